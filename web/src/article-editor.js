// The input panel: one card per article with its name (outlet), publication date and
// text, plus move up/down and remove. Cards are kept per article id and reordered rather
// than rebuilt, so typing never loses focus or the caret.
import { h, formatCount } from './dom.js';

export class ArticleEditor {
  // callbacks: onChange(id, fields), onMove(id, delta), onRemove(id), onFiles(files)
  constructor(list, dropZone, callbacks) {
    this._list = list;
    this._callbacks = callbacks;
    this._cards = new Map();
    this._wireDrop(dropZone);
  }

  render(articles) {
    const seen = new Set();
    articles.forEach((article, index) => {
      seen.add(article.id);
      let card = this._cards.get(article.id);
      if (!card) {
        card = this._createCard(article);
        this._cards.set(article.id, card);
      }
      this._updateCard(card, article, index, articles.length);
      // Appending an element already in place would blur a focused control inside it.
      if (this._list.children[index] !== card.root) this._list.insertBefore(card.root, this._list.children[index] || null);
    });
    for (const [id, card] of this._cards) {
      if (!seen.has(id)) {
        card.root.remove();
        this._cards.delete(id);
      }
    }
  }

  // notices: Map of article id -> [{kind: 'error' | 'warning', message}].
  setNotices(notices) {
    for (const [id, card] of this._cards) {
      const list = notices.get(id) || [];
      const key = JSON.stringify(list);
      if (card.noticeKey === key) continue;
      card.noticeKey = key;
      card.notice.replaceChildren(...list.map((n) => h('li', { class: `notice-${n.kind}` }, n.message)));
      card.notice.hidden = !list.length;
      card.root.classList.toggle('over-limit', list.some((n) => n.kind === 'error'));
      if (list.length) card.text.setAttribute('aria-describedby', card.notice.id);
      else card.text.removeAttribute('aria-describedby');
    }
  }

  focusArticle(id, what = 'text') {
    const card = this._cards.get(id);
    if (card) card[what === 'name' ? 'name' : 'text'].focus();
  }

  focusButton(id, which) {
    const card = this._cards.get(id);
    if (card && card[which] && !card[which].disabled) card[which].focus();
    else if (card) card.remove.focus();
  }

  _createCard(article) {
    const id = article.id;
    const change = (fields) => this._callbacks.onChange(id, fields);
    const name = h('input', { type: 'text', class: 'article-name', autocomplete: 'off', spellcheck: 'false', placeholder: 'Outlet or name' });
    const date = h('input', { type: 'date', class: 'article-date' });
    const text = h('textarea', { class: 'article-text', rows: '6', placeholder: 'Paste the article text here', spellcheck: 'false' });
    const meta = h('span', { class: 'article-meta' });
    // Why this article will not be (or was not) analysed as it is: limits, core warnings.
    const notice = h('ul', { class: 'article-notice', id: `notice-${id}`, hidden: true });
    const up = h('button', { type: 'button', class: 'icon', onclick: () => this._callbacks.onMove(id, -1) }, '↑');
    const down = h('button', { type: 'button', class: 'icon', onclick: () => this._callbacks.onMove(id, +1) }, '↓');
    const remove = h('button', { type: 'button', class: 'icon danger', onclick: () => this._callbacks.onRemove(id) }, '✕');
    const number = h('span', { class: 'article-number', 'aria-hidden': 'true' });
    name.addEventListener('input', () => change({ name: name.value }));
    date.addEventListener('input', () => change({ published: date.value }));
    text.addEventListener('input', () => {
      change({ text: text.value });
      meta.textContent = formatCount(text.value.length, 'character');
    });
    const nameLabel = h('label', { class: 'field field-name' }, h('span', { class: 'field-label' }, 'Name'), name);
    const dateLabel = h('label', { class: 'field field-date' }, h('span', { class: 'field-label' }, 'Published'), date);
    const root = h(
      'li',
      { class: 'article-card', dataset: { articleId: id } },
      h('div', { class: 'card-head' }, number, nameLabel, dateLabel, h('div', { class: 'card-actions' }, up, down, remove)),
      text,
      meta,
      notice,
    );
    // Keyboard reordering: Alt+Up/Down on the card's name, date or buttons (not in the
    // text, where Alt+arrows move the caret on some systems). Focus stays where it was.
    root.addEventListener('keydown', (e) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !['ArrowUp', 'ArrowDown'].includes(e.key) || e.target === text) return;
      e.preventDefault();
      const focused = e.target;
      this._callbacks.onMove(id, e.key === 'ArrowUp' ? -1 : +1);
      if (focused && focused.focus) focused.focus();
    });
    for (const el of [name, date, up, down, remove]) el.setAttribute('aria-keyshortcuts', 'Alt+ArrowUp Alt+ArrowDown');
    return { root, name, date, text, meta, notice, up, down, remove, number };
  }

  _updateCard(card, article, index, count) {
    const n = index + 1;
    const label = article.name || `article ${n}`;
    if (card.name.value !== article.name) card.name.value = article.name;
    if (card.date.value !== article.published) card.date.value = article.published;
    if (card.text.value !== article.text) {
      card.text.value = article.text;
      card.meta.textContent = formatCount(article.text.length, 'character');
    } else if (!card.meta.textContent) {
      card.meta.textContent = formatCount(article.text.length, 'character');
    }
    card.number.textContent = String(n);
    card.root.setAttribute('aria-label', `Article ${n}: ${label}`);
    card.name.setAttribute('aria-label', `Name of article ${n}`);
    card.date.setAttribute('aria-label', `Publication date of article ${n}`);
    card.text.setAttribute('aria-label', `Text of article ${n}`);
    card.up.setAttribute('aria-label', `Move article ${n} up`);
    card.down.setAttribute('aria-label', `Move article ${n} down`);
    card.remove.setAttribute('aria-label', `Remove article ${n}`);
    card.up.title = 'Move up (Alt+↑)';
    card.down.title = 'Move down (Alt+↓)';
    card.remove.title = 'Remove';
    card.up.disabled = index === 0;
    card.down.disabled = index === count - 1;
  }

  _wireDrop(zone) {
    let depth = 0;
    const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    zone.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (!depth) zone.classList.remove('dragging');
    });
    zone.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    zone.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      zone.classList.remove('dragging');
      this._callbacks.onFiles([...e.dataTransfer.files]);
    });
  }
}
