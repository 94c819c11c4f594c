// Highlights drawn with the CSS Custom Highlight API (CSS.highlights, ::highlight()):
// ranges over the article's text nodes, styled without a single element added, so that
// an article with thousands of figures, dates and names is drawn in milliseconds. One
// Highlight per kind (px-number, px-date, px-quote, px-entity, px-claim), shared by all
// articles, and one more per kind for mentions in a discrepancy (px-number-conflict, ...:
// tinted, wavy red underline); a kind the legend hides is taken out of the registry.
//
//   if (RangeHighlights.supported()) {
//     const layer = new RangeHighlights(hiddenKinds);
//     layer.add(para, 'number', false, new StaticRange({startContainer, startOffset, endContainer, endOffset}));
//     layer.removeParagraph(para);   // before the paragraph is redrawn with <mark>s
//   }
const PRIORITY = { claim: 1, quote: 2, number: 3, date: 3, entity: 4 };
const CONFLICT_PRIORITY = 5;
const CONFLICT_KINDS = ['number', 'date', 'quote'];

export class RangeHighlights {
  // Chromium 105+, Safari 17.2+, Firefox 140+. Tests force the <mark> fallback by deleting
  // window.Highlight in an init script.
  static supported() {
    return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function' && typeof StaticRange === 'function';
  }

  constructor(hidden) {
    this._highlights = new Map();
    this._byParagraph = new WeakMap(); // paragraph element -> [[name, range], ...]
    this._size = 0;
    for (const kind of Object.keys(PRIORITY)) {
      this._make(kind, `px-${kind}`, PRIORITY[kind], hidden);
      if (CONFLICT_KINDS.includes(kind)) this._make(kind, `px-${kind}-conflict`, CONFLICT_PRIORITY, hidden);
    }
  }

  _make(kind, name, priority, hidden) {
    const highlight = new Highlight();
    highlight.priority = priority;
    this._highlights.set(name, highlight);
    if (!hidden.has(kind)) CSS.highlights.set(name, highlight);
  }

  // How many ranges are drawn (all kinds, shown or not).
  get size() {
    return this._size;
  }

  add(paragraph, kind, conflict, range) {
    const name = conflict && CONFLICT_KINDS.includes(kind) ? `px-${kind}-conflict` : `px-${kind}`;
    const highlight = this._highlights.get(name);
    if (!highlight) return;
    highlight.add(range);
    this._size++;
    let list = this._byParagraph.get(paragraph);
    if (!list) this._byParagraph.set(paragraph, (list = []));
    list.push([name, range]);
  }

  removeParagraph(paragraph) {
    const list = this._byParagraph.get(paragraph);
    if (!list) return;
    for (const [name, range] of list) this._highlights.get(name).delete(range);
    this._size -= list.length;
    this._byParagraph.delete(paragraph);
  }

  clear() {
    for (const highlight of this._highlights.values()) highlight.clear();
    this._byParagraph = new WeakMap();
    this._size = 0;
  }

  setShown(kind, shown) {
    for (const name of [`px-${kind}`, `px-${kind}-conflict`]) {
      const highlight = this._highlights.get(name);
      if (!highlight) continue;
      if (shown) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
    }
  }
}
