// A long list drawn a page at a time: the first `size` rows, then a "Show N more (M not
// shown)" button after the list that adds the next page. Cards, agreements, claims and
// names of a large cluster run to thousands; drawing them all would block the page.
//
//   const more = pagedList(ul, rows, (row) => h('li', {}, row.name), 25);
//   section.append(ul, more);   // `more` is hidden once everything is shown
import { h } from './dom.js';

export function pagedList(list, items, draw, size) {
  const more = h('button', { type: 'button', class: 'show-more' });
  let shown = 0;
  const page = () => {
    const next = items.slice(shown, shown + size);
    list.append(...next.map(draw));
    shown += next.length;
    more.hidden = shown >= items.length;
    more.textContent = `Show ${Math.min(size, items.length - shown)} more (${items.length - shown} not shown)`;
  };
  more.addEventListener('click', page);
  page();
  return more;
}
