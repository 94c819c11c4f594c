// The reading view: each analysed article as paragraphs of sentences, with the
// mentions of the report wrapped in <mark> elements around text nodes (never HTML).
// Furniture lines (bylines, credits, "subscribe") are dimmed. Within an article the
// arrow keys move between highlights (one tab stop per article).
import { h, clear, formatCount } from './dom.js';
import { nestIntervals, bucketByParagraph } from './highlight.js';
import { MENTION_KINDS } from './report-model.js';
import { articleNotice } from './unplaced-dates.js';

// Claims and entities are quiet by default, so that conflicts stand out; the legend's
// checkboxes turn them on.
const HIDDEN_BY_DEFAULT = ['claim', 'entity'];

const RANK = { sentence: 1, claim: 2, quote: 3, number: 4, date: 4, entity: 5 };

export class ReadingView {
  constructor(container, legend, summary, warnings) {
    this._container = container;
    this._legend = legend;
    this._summary = summary;
    this._warnings = warnings;
    this._hidden = new Set(HIDDEN_BY_DEFAULT);
    for (const kind of this._hidden) container.classList.add(`hide-${kind}`);
    container.addEventListener('keydown', (e) => this._onKeyDown(e));
    this._renderLegend(null);
    this._renderEmpty();
  }

  render(model) {
    this._renderLegend(model);
    this._renderSummary(model);
    this._renderWarnings(model);
    clear(this._container);
    if (!model) return this._renderEmpty();
    const articles = model.documents.map((doc, i) => this._renderArticle(model, doc, i));
    this._container.append(...articles);
    return undefined;
  }

  // Scrolls to the first piece of a mention, focuses it and makes it flash.
  reveal(mentionId) {
    const pieces = [...this._container.querySelectorAll('[data-mention]')].filter((el) => el.dataset.mention === mentionId);
    if (!pieces.length) return false;
    const first = pieces[0];
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    for (const el of pieces) {
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('flash');
    }
    return true;
  }

  _renderEmpty() {
    clear(this._container).append(
      h('p', { class: 'empty' }, 'Add two or more articles about the same event, then press Analyze. Each article appears here with its numbers, dates, quotes, people and claims highlighted.'),
    );
  }

  _renderSummary(model) {
    clear(this._summary);
    if (!model) return;
    const c = model.counts;
    const sentences = model.documents.reduce((n, d) => n + (Array.isArray(d.sentences) ? d.sentences.length : 0), 0);
    const conflicts = model.discrepancyGroups().length;
    this._summary.append(
      [formatCount(model.docCount, 'article'), formatCount(sentences, 'sentence'), formatCount(c.number, 'number'), formatCount(c.date, 'date'), formatCount(c.quote, 'quote'), formatCount(conflicts, 'discrepancy', 'discrepancies')].join(' · '),
    );
  }

  _renderWarnings(model) {
    clear(this._warnings);
    const warnings = model && Array.isArray(model.report.warnings) ? model.report.warnings : [];
    if (!warnings.length) return;
    const list = h('ul', {});
    for (const w of warnings) {
      const where = w && typeof w.doc === 'number' && w.doc >= 0 ? `${model.docName(w.doc)}: ` : '';
      list.append(h('li', {}, where + (w && w.message ? w.message : String(w))));
    }
    this._warnings.append(h('details', {}, h('summary', {}, formatCount(warnings.length, 'warning')), list));
  }

  _renderLegend(model) {
    clear(this._legend);
    const conflict = h('span', { class: 'legend-item' }, h('span', { class: 'hl hl-number conflict legend-sample', 'aria-hidden': 'true' }, 'Conflict'), ' disagrees across articles');
    const items = MENTION_KINDS.map(({ kind, label }) => {
      const box = h('input', { type: 'checkbox', checked: !this._hidden.has(kind), 'aria-label': `Show ${label.toLowerCase()} highlights` });
      box.addEventListener('change', () => {
        if (box.checked) this._hidden.delete(kind);
        else this._hidden.add(kind);
        this._container.classList.toggle(`hide-${kind}`, !box.checked);
      });
      const count = model ? ` (${model.counts[kind]})` : '';
      return h('label', { class: 'legend-item' }, box, h('span', { class: `hl hl-${kind} legend-sample`, 'aria-hidden': 'true' }, label), count);
    });
    items.unshift(conflict);
    items.push(h('span', { class: 'legend-item' }, h('span', { class: 'furniture-pill', 'aria-hidden': 'true' }, 'byline'), ' dimmed: not part of the story'));
    this._legend.append(h('span', { class: 'legend-title' }, 'Highlights:'), ...items);
  }

  _renderArticle(model, doc, index) {
    const text = model.text(index);
    const name = model.docName(index);
    // A document the core did not analyse (over a limit, empty) has no paragraphs: its
    // text is not shown, the reason is.
    const paragraphs = Array.isArray(doc.paragraphs) ? doc.paragraphs : [{ start: 0, end: text.length, furniture: null }];
    const warnings = (Array.isArray(model.report.warnings) ? model.report.warnings : []).filter((w) => w && w.doc === doc.id && w.message);
    const unplaced = model.unplacedDates().find((e) => e.doc === doc.id);
    const intervals = [];
    (doc.sentences || []).forEach((s, si) => intervals.push({ start: s.start, end: s.end, rank: RANK.sentence, item: { sentence: si, headline: !!s.headline } }));
    for (const m of model.mentionsByDoc[index]) {
      if (typeof m.start === 'number' && typeof m.end === 'number') intervals.push({ start: m.start, end: m.end, rank: RANK[m.mkind], item: m });
    }
    const buckets = bucketByParagraph(intervals, paragraphs);
    const body = h('div', { class: 'article-body' });
    let firstMark = null;
    paragraphs.forEach((p, pi) => {
      const tree = nestIntervals(buckets[pi], p.start, p.end);
      const para = h('p', { class: p.furniture ? 'para furniture' : 'para', dataset: { paragraph: String(pi) } });
      if (p.furniture) para.dataset.furniture = p.furniture;
      this._renderNode(model, tree, text, para, doc);
      body.append(para);
      if (!firstMark) firstMark = para.querySelector('mark');
    });
    if (firstMark) firstMark.tabIndex = 0;
    const conflicts = model.mentionsByDoc[index].filter((m) => m.mkind !== 'claim' && model.inConflict(m)).length;
    const meta = [
      doc.published ? `published ${doc.published}${doc.published_source && doc.published_source !== 'given' ? ` (${doc.published_source})` : ''}` : 'no publication date',
      conflicts ? `≠ ${conflicts} in discrepancies` : 'nothing in discrepancies',
      formatCount((doc.sentences || []).length, 'sentence'),
      formatCount(model.mentionsByDoc[index].length, 'highlight'),
    ].join(' · ');
    return h(
      'article',
      { class: 'article', dataset: { doc: doc.id, index: String(index) }, 'aria-label': `Article ${index + 1}: ${name}` },
      h('h3', { class: 'article-title' }, h('span', { class: 'article-number', 'aria-hidden': 'true' }, String(index + 1)), name),
      h('p', { class: 'article-info' }, meta),
      warnings.length ? h('ul', { class: 'article-notice' }, warnings.map((w) => h('li', { class: /not analysed/.test(w.message) ? 'notice-error' : 'notice-warning' }, String(w.message)))) : null,
      unplaced ? h('p', { class: 'article-notice unplaced-dates notice-warning' }, articleNotice(unplaced)) : null,
      body,
    );
  }

  _renderNode(model, node, text, parent, doc) {
    let pos = node.start;
    for (const child of node.children) {
      if (child.start > pos) parent.append(text.slice(pos, child.start));
      const el = this._element(model, child, doc);
      this._renderNode(model, child, text, el, doc);
      parent.append(el);
      pos = child.end;
    }
    if (node.end > pos) parent.append(text.slice(pos, node.end));
  }

  _element(model, node, doc) {
    const item = node.item;
    if (item.sentence !== undefined) {
      return h('span', { class: `sentence${item.sentence % 2 ? ' odd' : ''}${item.headline ? ' headline' : ''}`, dataset: { sentence: String(item.sentence), doc: doc.id } });
    }
    const classes = ['hl', `hl-${item.mkind}`];
    if (model.inConflict(item)) classes.push('conflict');
    if (node.start === item.start) classes.push('hl-first');
    if (node.end === item.end) classes.push('hl-last');
    if (item.mkind === 'claim') classes.push(model.claimStating(item).articles === 1 ? 'single' : 'corroborated');
    const mark = h('mark', { class: classes.join(' '), tabindex: '-1', 'aria-describedby': 'tooltip', dataset: { mention: String(item.id), kind: item.mkind } });
    if (item.mkind === 'claim' && node.end === item.end) {
      const label = model.supportLabel(model.claimStating(item));
      if (label) mark.dataset.support = label;
    }
    return mark;
  }

  _onKeyDown(e) {
    if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) return;
    const current = e.target.closest && e.target.closest('mark[data-mention]');
    if (!current) return;
    const body = current.closest('.article-body');
    const marks = [...body.querySelectorAll('mark[data-mention]')].filter((m) => m.offsetParent !== null);
    const i = marks.indexOf(current);
    let next = null;
    if (e.key === 'ArrowRight') next = marks[i + 1];
    else if (e.key === 'ArrowLeft') next = marks[i - 1];
    else if (e.key === 'Home') next = marks[0];
    else next = marks[marks.length - 1];
    if (!next) return;
    e.preventDefault();
    current.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }
}
