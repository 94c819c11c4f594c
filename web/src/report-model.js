// Indexes one analysis report (../shared/REPORT.md, offsets in UTF-16 units) for the
// panels: documents by id, mentions by id and by document, groups by id. Every array of
// the report may be missing or empty; the model then simply has nothing to show.
import { groupView, cleanName } from './group-view.js';

export const MENTION_KINDS = [
  { key: 'numbers', kind: 'number', label: 'Number' },
  { key: 'dates', kind: 'date', label: 'Date' },
  { key: 'quotes', kind: 'quote', label: 'Quote' },
  { key: 'entities', kind: 'entity', label: 'Entity' },
  { key: 'claims', kind: 'claim', label: 'Claim' },
];

const GROUP_KIND_LABELS = { quantity: 'Figures', event: 'Days', utterance: 'Quote wording', claim: 'Claim', attribution: 'Attribution' };

export function groupKindLabel(kind) {
  return GROUP_KIND_LABELS[kind] || String(kind || 'group');
}

// How the readings of a conflict differ (the report's conflict_kind), for a reader.
const CONFLICT_KIND_LABELS = { estimates_differ: 'Estimates differ', updated: 'Updated', contradicts: 'Contradicts' };

export function conflictKindLabel(kind) {
  return CONFLICT_KIND_LABELS[kind] || '';
}

const asArray = (x) => (Array.isArray(x) ? x : []);

// A claim sentence compared across articles: lowercase letters and digits only. Wire
// copies print the same sentences many times over: each text is folded once.
const claimKeys = new Map();
export function claimKey(text) {
  const raw = String(text || '');
  let key = claimKeys.get(raw);
  if (key === undefined) {
    if (claimKeys.size > 200000) claimKeys.clear();
    key = raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    claimKeys.set(raw, key);
  }
  return key;
}

// A report document with its layout as objects, which the views read: the report gives
// `paragraph_spans` [[start, end, furniture?]], `sentence_spans` [[start, end, paragraph]]
// and `headline_sentences` (compact arrays: as objects they doubled the report's size).
// A document without spans (not analysed) keeps no `paragraphs`.
export function withLayout(doc) {
  if (!doc || typeof doc !== 'object') return { id: undefined };
  const out = { ...doc };
  if (Array.isArray(doc.paragraph_spans))
    out.paragraphs = doc.paragraph_spans.map((p) => ({ start: p[0], end: p[1], furniture: p.length > 2 ? p[2] : null }));
  if (Array.isArray(doc.sentence_spans)) {
    const headlines = new Set(asArray(doc.headline_sentences));
    out.sentences = doc.sentence_spans.map((s, i) => {
      const sentence = { start: s[0], end: s[1], paragraph: s[2] };
      if (headlines.has(i)) sentence.headline = true;
      return sentence;
    });
  }
  return out;
}

// Mentions indexed in one step of ReportModel.indexing().
const MENTIONS_PER_STEP = 1000;

export class ReportModel {
  // articles: the inputs the report was computed from, in the same order as documents.
  // { inSteps: true }: the model is indexed by running model.indexing() to its end (a
  // long report a slice at a time, slices.js); otherwise at once.
  constructor(report, articles, { inSteps = false } = {}) {
    this.report = report;
    this.articles = articles;
    this.documents = [];
    this.docIndex = new Map();
    this.groups = asArray(report.groups);
    this.groupById = new Map(this.groups.map((g) => [g.id, g]));
    this.mentionById = new Map();
    this.mentionsByDoc = [];
    this.counts = {};
    this._indexing = this._index();
    if (!inSteps) for (const step of this._indexing) void step;
  }

  // The indexing's steps (an iterator; each step a document's layout, a thousand
  // mentions or the view of a group with a conflict).
  indexing() {
    return this._indexing;
  }

  *_index() {
    for (const doc of asArray(this.report.documents)) {
      this.documents.push(withLayout(doc));
      yield;
    }
    this.docIndex = new Map(this.documents.map((d, i) => [d.id, i]));
    this.mentionsByDoc = this.documents.map(() => []);
    for (const { key, kind } of MENTION_KINDS) {
      const list = asArray(this.report[key]);
      this.counts[kind] = list.length;
      for (let i = 0; i < list.length; i++) {
        if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
        const m = list[i];
        // `mkind` is our highlight kind; `kind` stays the report's own field (count, money, …).
        const mention = { ...m, mkind: kind };
        if (m.id !== undefined) this.mentionById.set(m.id, mention);
        const di = this.docIndex.get(m.doc);
        if (di !== undefined) this.mentionsByDoc[di].push(mention);
      }
    }
    // Whether a group with a conflict is shown as a discrepancy takes its view (group-view.js,
    // cached: quote wordings compared word by word), which every panel asks for at once:
    // worked out here, a group a step.
    for (const g of this.groups) {
      if (!g.conflict || g.kind === 'claim') continue;
      groupView(this, g);
      yield;
    }
  }

  // How many independent sources `docIds` are: articles that are copies of one another
  // (the report's `copies`, a wire story run by two outlets) count once.
  sourceCount(docIds) {
    if (!this._copyRoot) {
      const parent = new Map();
      const find = (x) => {
        while (parent.has(x) && parent.get(x) !== x) x = parent.get(x);
        return x;
      };
      for (const c of asArray(this.report.copies)) {
        const [a, b] = asArray(c && c.documents);
        if (a === undefined || b === undefined) continue;
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent.set(rb, ra);
        if (!parent.has(ra)) parent.set(ra, ra);
      }
      const roots = new Map();
      this._copyRoot = (d) => {
        let r = roots.get(d);
        if (r === undefined) roots.set(d, (r = find(d)));
        return r;
      };
    }
    return new Set(docIds.map((d) => this._copyRoot(d))).size;
  }

  // How many articles state a claim and how many independent sources they are, the one
  // figure the reading view's badge and the corroboration view both show: the documents
  // of its claim group and those printing the very same sentence (case and punctuation
  // aside); articles that are copies of one another are one source.
  claimStating(claim) {
    if (!this._claimTexts) {
      this._claimTexts = new Map();
      for (const c of asArray(this.report.claims)) {
        const key = claimKey(c.text);
        if (!this._claimTexts.has(key)) this._claimTexts.set(key, new Set());
        this._claimTexts.get(key).add(c.doc);
      }
    }
    // The same for every claim of one group and text (a wire sentence printed 500 times).
    const key = claimKey(claim.text);
    const texts = this._claimTexts.get(key);
    const groupId = claim.group == null ? null : Array.isArray(claim.group) ? claim.group[0] : claim.group;
    const memo = `${groupId}\u0000${texts ? '' : claim.doc}\u0000${key}`;
    if (!this._stating) this._stating = new Map();
    let stating = this._stating.get(memo);
    if (!stating) {
      const docs = new Set(texts || [claim.doc]);
      const group = groupId == null ? null : this.groupById.get(groupId);
      if (group) for (const m of this.members(group)) docs.add(m.doc);
      stating = { articles: Math.max(1, docs.size), sources: Math.max(1, this.sourceCount([...docs])) };
      this._stating.set(memo, stating);
    }
    return { ...stating };
  }

  // The groups shown as discrepancies: figures, days and quotes whose readings conflict.
  discrepancyGroups() {
    return this.groups.filter((g) => this.isDiscrepancy(g));
  }

  // Figures, days and quotes that two or more articles state alike (no conflict).
  agreeingGroups() {
    return this.groups.filter((g) => g.kind !== 'claim' && !this.isDiscrepancy(g) && new Set(this.members(g).map((m) => m.doc)).size > 1);
  }

  // Dates the core could not place on the calendar in articles without a publication
  // date ("Tuesday", "last week"), by document id: [{doc, dates: [mention]}].
  unplacedDates() {
    const out = [];
    this.documents.forEach((d, i) => {
      if (d.published) return;
      const dates = this.mentionsByDoc[i].filter((m) => m.mkind === 'date' && !m.resolved);
      if (dates.length) out.push({ doc: d.id, index: i, dates });
    });
    return out;
  }

  get docCount() {
    return this.documents.length;
  }

  // The document's text, as analysed.
  text(docIndex) {
    return (this.articles[docIndex] && this.articles[docIndex].text) || '';
  }

  docName(docIdOrIndex) {
    const i = typeof docIdOrIndex === 'number' ? docIdOrIndex : this.docIndex.get(docIdOrIndex);
    if (i === undefined) return String(docIdOrIndex);
    const article = this.articles[i];
    return (article && article.name) || this.documents[i].name || this.documents[i].id;
  }

  // A mention's groups: `group` may be null, an id or a list of ids.
  groupsOf(mention) {
    const ids = mention.group == null ? [] : Array.isArray(mention.group) ? mention.group : [mention.group];
    return ids.map((id) => this.groupById.get(id)).filter(Boolean);
  }

  inConflict(mention) {
    return this.groupsOf(mention).some((g) => this.isDiscrepancy(g));
  }

  // Whether a group is shown as a discrepancy (the core's conflict, as the page reads it).
  isDiscrepancy(group) {
    return !!group.conflict && group.kind !== 'claim' && groupView(this, group).conflict;
  }

  members(group) {
    return asArray(group.members).map((id) => this.mentionById.get(id)).filter(Boolean);
  }

  // "only here", "3 of 5 sources", or "3 of 5 articles (1 independent)" where some are
  // copies of one story. `stating` is claimStating()'s answer, or a plain count.
  supportLabel(stating) {
    const { articles, sources } = typeof stating === 'number' ? { articles: stating, sources: stating } : stating || {};
    if (!(articles >= 1)) return '';
    if (articles === 1) return 'only here';
    if (sources >= articles) return `${articles} of ${this.docCount} sources`;
    return `${articles} of ${this.docCount} articles (${sources} independent)`;
  }

}

// A number mention's value as text: "3,000", "10,000–12,000", "up to 12,000".
export function formatNumberValue(m) {
  const fmt = (v) => (typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 6 }) : String(v));
  let text = '';
  if (m.low != null && m.high != null) text = `${fmt(m.low)}–${fmt(m.high)}`;
  else if (m.value != null) text = fmt(m.value);
  else if (m.low != null) text = `≥ ${fmt(m.low)}`;
  else if (m.high != null) text = `≤ ${fmt(m.high)}`;
  return text;
}

// The facts a highlight's tooltip and a discrepancy card show, as [label, value] rows.
export function mentionFacts(model, m) {
  const rows = [];
  const add = (label, value) => {
    if (value !== undefined && value !== null && value !== '') rows.push([label, String(value)]);
  };
  switch (m.mkind) {
    case 'number':
      add('Value', formatNumberValue(m));
      add('Kind', m.kind);
      add('Unit', m.unit);
      add('Qualifier', m.qualifier);
      add('Source', cleanName(m.source));
      break;
    case 'date':
      if (m.resolved) add('Resolved', m.resolved);
      else if (!(model.documents[model.docIndex.get(m.doc)] || {}).published) add('Resolved', 'cannot be placed: the article has no publication date');
      else add('Resolved', 'not placed on the calendar');
      if (m.range) add('Range', `${m.range.from} – ${m.range.to}`);
      break;
    case 'quote':
      add('Speaker', cleanName(m.speaker));
      break;
    case 'entity':
      add('Type', m.type);
      add('Canonical', m.canonical);
      break;
    case 'claim':
      add('Support', model.supportLabel(model.claimStating(m)));
      break;
    default:
      break;
  }
  for (const g of model.groupsOf(m)) {
    if (g.kind === 'claim') continue;
    const view = groupView(model, g);
    add(view.conflict ? 'Conflict' : 'Agrees', view.conflict ? `${view.attribution ? 'Same words, different speakers' : view.kindWords}: ${view.sentence}` : view.sentence);
  }
  return rows;
}
