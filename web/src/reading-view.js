// The reading view: each analysed article as paragraphs of sentences, with the
// mentions of the report highlighted around text nodes (never HTML). Furniture lines
// (bylines, credits, "subscribe") are dimmed. Within an article the arrow keys move
// between highlights (one tab stop per article).
//
// Large results are drawn without blocking the page:
// - articles are drawn when they come near the window (IntersectionObserver), a few
//   paragraphs at a time between other work (at most sliceMs of drawing per task);
//   until then an article is its title and an empty body of about its height, a tab stop
//   that draws it when the keyboard reaches it;
// - an article with many highlights is drawn with the CSS Custom Highlight API (ranges,
//   range-highlights.js) instead of thousands of <mark>s (a mention in a discrepancy is
//   tinted with a wavy red line); a paragraph gets real <mark>s (outline, ≠, badges,
//   focus, tooltip) when it is the article's first with a highlight (its tab stop), is
//   pointed at, or is reached with the arrow keys or a card's link. Without the API every
//   paragraph has <mark>s, as before.
// Small results (most) are drawn at once, all with <mark>s.
import { h, clear, formatCount } from './dom.js';
import { nestIntervals, paragraphBuckets } from './highlight.js';
import { MENTION_KINDS } from './report-model.js';
import { articleNotice } from './unplaced-dates.js';
import { RangeHighlights } from './range-highlights.js';
import { nextTask } from './slices.js';

// Claims and entities are quiet by default, so that conflicts stand out; the legend's
// checkboxes turn them on.
const HIDDEN_BY_DEFAULT = ['claim', 'entity'];

const RANK = { sentence: 1, claim: 2, quote: 3, number: 4, date: 4, entity: 5 };

const DEFAULTS = {
  eagerChars: 60000, // results with less text and ...
  eagerMentions: 2000, // ... fewer highlights than this are drawn at once
  rangeMentions: 300, // an article with more highlights is drawn with CSS highlights
  sliceMs: 8, // drawing work per task
};

// Highlight intervals sorted into paragraphs in one step of _prepare.
const PREPARE_STEP = 1000;

// Paragraphs of an article longer than this are laid out only near the window
// (content-visibility: auto), or each slice drawn would lay the whole article out again.
const BIG_ARTICLE_CHARS = 50000;

// Tests and the benchmark may change the thresholds (window.parallaxRenderOptions).
const renderOptions = () => ({ ...DEFAULTS, ...(globalThis.parallaxRenderOptions || {}) });


export class ReadingView {
  // onDrawn({drawn, total}): articles drawn of those asked for so far, after each slice.
  constructor(container, legend, summary, warnings, { onDrawn = () => {} } = {}) {
    this._container = container;
    this._legend = legend;
    this._summary = summary;
    this._warnings = warnings;
    this._onDrawn = onDrawn;
    this._hidden = new Set(HIDDEN_BY_DEFAULT);
    for (const kind of this._hidden) container.classList.add(`hide-${kind}`);
    this._layer = RangeHighlights.supported() ? new RangeHighlights(this._hidden) : null;
    this._states = [];
    this._queue = [];
    this._token = 0;
    this._observer = null;
    container.addEventListener('keydown', (e) => this._onKeyDown(e));
    // A paragraph drawn with CSS highlights gets its <mark>s when pointed at, so that
    // hover, tap and the tooltip work as everywhere else.
    container.addEventListener('pointerover', (e) => this._onPointerOver(e));
    container.addEventListener('focusin', (e) => this._onFocusIn(e));
    this._renderLegend(null);
    this._renderEmpty();
  }

  render(model) {
    this._token++;
    this._queue = [];
    if (this._observer) this._observer.disconnect();
    this._observer = null;
    if (this._layer) this._layer.clear();
    this._model = model;
    this._states = [];
    this._renderLegend(model);
    this._renderSummary(model);
    this._renderWarnings(model);
    clear(this._container);
    if (!model) {
      this._setDrawing(false);
      return this._renderEmpty();
    }
    const options = renderOptions();
    const chars = model.documents.reduce((n, d, i) => n + model.text(i).length, 0);
    const mentions = model.mentionsByDoc.reduce((n, list) => n + list.length, 0);
    const unplaced = new Map(model.unplacedDates().map((e) => [e.doc, e]));
    const warnings = Array.isArray(model.report.warnings) ? model.report.warnings : [];
    this._states = model.documents.map((doc, i) => this._shell(model, doc, i, unplaced.get(doc.id), warnings, options));
    this._container.append(...this._states.map((st) => st.element));
    this._asked = 0;
    this._done = 0;
    if (chars <= options.eagerChars && mentions <= options.eagerMentions) {
      for (const st of this._states) this._drawAll(st);
      this._setDrawing(false);
      return undefined;
    }
    // Drawn as they come near the window (also when the pane itself scrolls).
    this._setDrawing(true);
    this._observer = new IntersectionObserver((entries) => this._onIntersect(entries), { rootMargin: '600px 0px', scrollMargin: '600px 0px' });
    for (const st of this._states) this._observer.observe(st.element);
    return undefined;
  }

  // How many highlights are drawn as CSS highlight ranges (0 without the API).
  get rangeCount() {
    return this._layer ? this._layer.size : 0;
  }

  // Scrolls to the first piece of a mention, focuses it and makes it flash.
  reveal(mentionId) {
    const st = this._stateOfMention(mentionId);
    if (!st) return false;
    this._drawAll(st);
    const m = this._model.mentionById.get(mentionId);
    if (st.ranges) st.paragraphs.forEach((p, pi) => p.start < m.end && p.end > m.start && this._upgrade(st, pi));
    const pieces = [...st.element.querySelectorAll('[data-mention]')].filter((el) => el.dataset.mention === mentionId);
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

  _stateOfMention(mentionId) {
    const m = this._model && this._model.mentionById.get(mentionId);
    if (!m || typeof m.start !== 'number') return null;
    return this._states[this._model.docIndex.get(m.doc)] || null;
  }

  // --- Drawing ------------------------------------------------------------------

  _setDrawing(on) {
    this._container.dataset.drawing = String(on);
  }

  _onIntersect(entries) {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const st = this._states[Number(e.target.dataset.index)];
      if (st && e.target === st.element) this._enqueue(st);
    }
    if (!this._queue.length) this._setDrawing(false);
  }

  _enqueue(st) {
    if (st.done || st.queued) return;
    st.queued = true;
    this._asked++;
    this._queue.push(st);
    this._setDrawing(true);
    this._schedule();
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    const token = this._token;
    nextTask(() => {
      this._scheduled = false;
      if (token === this._token) this._slice();
    });
  }

  // One task's worth of drawing.
  _slice() {
    const deadline = performance.now() + renderOptions().sliceMs;
    while (this._queue.length && performance.now() < deadline) {
      const st = this._queue[0];
      this._draw(st, deadline);
      if (st.done) this._queue.shift();
    }
    this._onDrawn({ drawn: this._done, total: this._asked });
    if (this._queue.length) this._schedule();
    else this._setDrawing(false);
  }

  _drawAll(st) {
    this._draw(st, Infinity);
    const i = this._queue.indexOf(st);
    if (i >= 0) this._queue.splice(i, 1);
  }

  // Draws paragraphs of one article until the deadline (checked every few paragraphs).
  _draw(st, deadline) {
    if (st.done) return;
    if (!st.buckets) {
      // A long article's highlights are sorted into paragraphs over several slices.
      if (!st.preparing) st.preparing = this._prepare(st);
      while (!st.buckets && !st.preparing.next().done && performance.now() < deadline);
      if (!st.buckets) return;
    }
    const fragment = document.createDocumentFragment();
    let n = 0;
    while (st.next < st.paragraphs.length) {
      fragment.append(this._paragraph(st, st.next++));
      if (++n % 8 === 0 && performance.now() >= deadline) break;
    }
    st.body.append(fragment);
    if (st.next < st.paragraphs.length) return;
    st.done = true;
    this._done += st.queued ? 1 : 0;
    st.body.style.minHeight = '';
    st.body.removeAttribute('tabindex');
    st.body.removeAttribute('aria-label');
    st.element.dataset.drawn = 'true';
    if (this._observer) this._observer.unobserve(st.element);
    const firstMark = st.body.querySelector('mark');
    if (firstMark) firstMark.tabIndex = 0;
  }

  // The highlight intervals of an article, by paragraph; which paragraphs get <mark>s.
  // Steps of a thousand intervals (an iterator): st.buckets is set when they are done.
  *_prepare(st) {
    const model = this._model;
    const bucketer = paragraphBuckets(st.paragraphs);
    const sentences = st.doc.sentences || [];
    for (let si = 0; si < sentences.length; si++) {
      if (si % PREPARE_STEP === PREPARE_STEP - 1) yield;
      const s = sentences[si];
      bucketer.add({ start: s.start, end: s.end, rank: RANK.sentence, item: { sentence: si, headline: !!s.headline } });
    }
    const mentions = model.mentionsByDoc[st.index];
    for (let i = 0; i < mentions.length; i++) {
      if (i % PREPARE_STEP === PREPARE_STEP - 1) yield;
      const m = mentions[i];
      if (typeof m.start === 'number' && typeof m.end === 'number') bucketer.add({ start: m.start, end: m.end, rank: RANK[m.mkind], item: m });
    }
    st.withMentions = [];
    st.marked = new Set();
    bucketer.buckets.forEach((list, pi) => {
      if (list.some((iv) => iv.rank !== RANK.sentence)) st.withMentions.push(pi);
    });
    if (st.withMentions.length) st.marked.add(st.withMentions[0]);
    st.paraEls = [];
    st.buckets = bucketer.buckets;
  }

  _paragraph(st, pi) {
    const p = st.paragraphs[pi];
    const para = h('p', { class: p.furniture ? 'para furniture' : 'para', dataset: { paragraph: String(pi) } });
    if (p.furniture) para.dataset.furniture = p.furniture;
    st.paraEls[pi] = para;
    if (!st.ranges || st.marked.has(pi)) {
      this._renderNode(this._model, nestIntervals(st.buckets[pi], p.start, p.end), st.text, para, st.doc);
      return para;
    }
    // Sentences as elements, mentions as ranges over their text nodes.
    const items = st.buckets[pi];
    const texts = [];
    this._renderNode(this._model, nestIntervals(items.filter((iv) => iv.rank === RANK.sentence), p.start, p.end), st.text, para, st.doc, texts);
    for (const iv of items) {
      if (iv.rank === RANK.sentence) continue;
      const range = textRange(texts, Math.max(iv.start, p.start), Math.min(iv.end, p.end));
      if (range) this._layer.add(para, iv.item.mkind, iv.item.mkind !== 'claim' && this._model.inConflict(iv.item), range);
    }
    para.dataset.lite = '';
    return para;
  }

  // Redraws a paragraph drawn with CSS highlights with <mark>s.
  _upgrade(st, pi) {
    const para = st.paraEls && st.paraEls[pi];
    if (!para || !('lite' in para.dataset)) return;
    const p = st.paragraphs[pi];
    this._layer.removeParagraph(para);
    clear(para);
    delete para.dataset.lite;
    st.marked.add(pi);
    this._renderNode(this._model, nestIntervals(st.buckets[pi], p.start, p.end), st.text, para, st.doc);
  }

  // Focus reached an article not drawn yet: draw it and move to its first highlight.
  _onFocusIn(e) {
    const body = e.target;
    if (!body.classList || !body.classList.contains('article-body') || !body.hasAttribute('tabindex')) return;
    const article = body.closest('article.article');
    const st = article && this._states[Number(article.dataset.index)];
    if (!st || st.element !== article) return;
    this._drawAll(st);
    const stop = body.querySelector('mark[tabindex="0"]');
    if (stop) stop.focus();
  }

  _onPointerOver(e) {
    const para = e.target.closest && e.target.closest('.para[data-lite]');
    if (!para) return;
    const article = para.closest('article.article');
    const st = article && this._states[Number(article.dataset.index)];
    if (!st || st.element !== article) return;
    this._upgrade(st, Number(para.dataset.paragraph));
    // The pointer is now over a <mark>: let the tooltip know without waiting for a move.
    const under = document.elementFromPoint(e.clientX, e.clientY);
    const mark = under && under.closest && under.closest('mark[data-mention]');
    if (mark) mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: e.clientX, clientY: e.clientY }));
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
        if (this._layer) this._layer.setShown(kind, box.checked);
      });
      const count = model ? ` (${model.counts[kind]})` : '';
      return h('label', { class: 'legend-item' }, box, h('span', { class: `hl hl-${kind} legend-sample`, 'aria-hidden': 'true' }, label), count);
    });
    items.unshift(conflict);
    items.push(h('span', { class: 'legend-item' }, h('span', { class: 'furniture-pill', 'aria-hidden': 'true' }, 'byline'), ' dimmed: not part of the story'));
    this._legend.append(h('span', { class: 'legend-title' }, 'Highlights:'), ...items);
  }

  // An article's title, facts and notices, with an empty body of about its height that
  // is filled when the article is drawn.
  _shell(model, doc, index, unplaced, allWarnings, options) {
    const text = model.text(index);
    const name = model.docName(index);
    // A document the core did not analyse (over a limit, empty) has no paragraphs: its
    // text is not shown, the reason is.
    const paragraphs = Array.isArray(doc.paragraphs) ? doc.paragraphs : [{ start: 0, end: text.length, furniture: null }];
    const warnings = allWarnings.filter((w) => w && w.doc === doc.id && w.message);
    const mentions = model.mentionsByDoc[index];
    const conflicts = mentions.filter((m) => m.mkind !== 'claim' && model.inConflict(m)).length;
    const meta = [
      doc.published ? `published ${doc.published}${doc.published_source && doc.published_source !== 'given' ? ` (${doc.published_source})` : ''}` : 'no publication date',
      conflicts ? `≠ ${conflicts} in discrepancies` : 'nothing in discrepancies',
      formatCount((doc.sentences || []).length, 'sentence'),
      formatCount(mentions.length, 'highlight'),
    ].join(' · ');
    const shown = paragraphs.reduce((n, p) => n + Math.max(0, p.end - p.start), 0);
    // About 80 characters to a line of 1.75em, and a gap after each paragraph.
    const body = h('div', { class: shown > BIG_ARTICLE_CHARS ? 'article-body big' : 'article-body', style: `min-height: ${Math.round(shown / 80 + paragraphs.length * 0.4) * 1.75}em` });
    // Until it is drawn, the body is a tab stop that draws it, so that the keyboard does
    // not pass over articles nobody has scrolled to.
    body.tabIndex = 0;
    body.setAttribute('aria-label', `${name}: not drawn yet, focus to draw`);
    const ranges = !!this._layer && mentions.length > options.rangeMentions;
    const element = h(
      'article',
      { class: 'article', dataset: { doc: doc.id, index: String(index), highlights: ranges ? 'ranges' : 'marks' }, 'aria-label': `Article ${index + 1}: ${name}` },
      h('h3', { class: 'article-title' }, h('span', { class: 'article-number', 'aria-hidden': 'true' }, String(index + 1)), name),
      h('p', { class: 'article-info' }, meta),
      warnings.length ? h('ul', { class: 'article-notice' }, warnings.map((w) => h('li', { class: /not analysed/.test(w.message) ? 'notice-error' : 'notice-warning' }, String(w.message)))) : null,
      unplaced ? h('p', { class: 'article-notice unplaced-dates notice-warning' }, articleNotice(unplaced)) : null,
      body,
    );
    return { index, doc, text, paragraphs, body, element, ranges, next: 0, done: false, queued: false, buckets: null, preparing: null };
  }

  _renderNode(model, node, text, parent, doc, texts) {
    let pos = node.start;
    const put = (start, end) => {
      const t = document.createTextNode(text.slice(start, end));
      if (texts) texts.push({ start, node: t });
      parent.append(t);
    };
    for (const child of node.children) {
      if (child.start > pos) put(pos, child.start);
      const el = this._element(model, child, doc);
      this._renderNode(model, child, text, el, doc, texts);
      parent.append(el);
      pos = child.end;
    }
    if (node.end > pos) put(pos, node.end);
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
    const article = body.closest('article.article');
    const st = this._states[Number(article.dataset.index)];
    if (st && st.element === article) {
      this._drawAll(st);
      if (st.ranges) {
        // The paragraph the key leads to gets its <mark>s first.
        const pi = Number(current.closest('.para').dataset.paragraph);
        const list = st.withMentions;
        const target =
          e.key === 'ArrowRight' ? list.find((x) => x > pi) : e.key === 'ArrowLeft' ? [...list].reverse().find((x) => x < pi) : e.key === 'Home' ? list[0] : list[list.length - 1];
        if (target !== undefined) this._upgrade(st, target);
      }
    }
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

// A range from UTF-16 offset `start` to `end` over text nodes listed as [{start, node}]
// in order.
function textRange(texts, start, end) {
  if (!texts.length || end <= start) return null;
  const find = (offset, before) => {
    let lo = 0;
    let hi = texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before ? texts[mid].start < offset : texts[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return texts[lo];
  };
  const a = find(start, false);
  const b = find(end, true);
  return new StaticRange({ startContainer: a.node, startOffset: start - a.start, endContainer: b.node, endOffset: end - b.start });
}
