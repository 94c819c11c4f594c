// The People & organisations view: entities by canonical name, with the spellings each
// article uses and the articles that name them. The tab's count is the number of names
// listed; long sections show a page at a time with "Show more".
import { h, clear } from './dom.js';
import { SidePanel } from './side-panel.js';
import { pagedList } from './paged-list.js';

const TYPE_ORDER = ['person', 'organization', 'place', 'other'];
const TYPE_TITLES = { person: 'People', organization: 'Organisations', place: 'Places', other: 'Other' };
export const PAGE_SIZE = 25;

// One row per (type, canonical name), most widely named first.
export function entityRows(model) {
  const entities = model && Array.isArray(model.report.entities) ? model.report.entities : [];
  const byName = new Map();
  for (const e of entities) {
    const canonical = e.canonical || e.text;
    const type = TYPE_ORDER.includes(e.type) ? e.type : 'other';
    const key = `${type}\u0000${canonical}`;
    if (!byName.has(key)) byName.set(key, { type, canonical, variants: new Map(), docs: new Set(), first: e.id });
    const row = byName.get(key);
    row.docs.add(e.doc);
    row.variants.set(e.text, (row.variants.get(e.text) || 0) + 1);
  }
  return [...byName.values()].sort((a, b) => b.docs.size - a.docs.size || a.canonical.localeCompare(b.canonical));
}

export class PeoplePanel extends SidePanel {
  render(model) {
    clear(this._container);
    const rows = entityRows(model);
    if (!model || !rows.length) {
      return this._showEmpty(model ? 'No people or organisations were found.' : 'People, organisations and places named in the articles will be listed here.');
    }
    for (const type of TYPE_ORDER) {
      const list = rows.filter((r) => r.type === type);
      if (list.length) this._container.append(this._section(model, type, list));
    }
    return rows.length;
  }

  _section(model, type, list) {
    const ul = h('ul', { class: 'entities' });
    const more = pagedList(ul, list, (r) => this._row(model, r), PAGE_SIZE);
    return h('section', { class: 'entity-section' }, h('h3', {}, `${TYPE_TITLES[type]} (${list.length})`), ul, more);
  }

  _row(model, r) {
    return h(
      'li',
      { class: 'entity-row' },
      h('button', { type: 'button', class: 'member-link entity-name', onclick: () => this._onReveal(r.first) }, r.canonical),
      h('span', { class: 'fact' }, `${r.docs.size} of ${model.docCount} articles`),
      h('span', { class: 'entity-docs' }, [...r.docs].map((d) => model.docName(d)).join(', ')),
      h('span', { class: 'variants' }, [...r.variants.entries()].map(([v, n]) => `${v}${n > 1 ? ` ×${n}` : ''}`).join(', ')),
    );
  }
}
