// Indexes one analysis report (../shared/REPORT.md, offsets in UTF-16 units) for the
// panels: documents by id, mentions by id and by document, groups by id. Every array of
// the report may be missing or empty; the model then simply has nothing to show.
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

export class ReportModel {
  // articles: the inputs the report was computed from, in the same order as documents.
  constructor(report, articles) {
    this.report = report;
    this.articles = articles;
    this.documents = asArray(report.documents);
    this.docIndex = new Map(this.documents.map((d, i) => [d.id, i]));
    this.groups = asArray(report.groups);
    this.groupById = new Map(this.groups.map((g) => [g.id, g]));
    this.mentionById = new Map();
    this.mentionsByDoc = this.documents.map(() => []);
    this.counts = {};
    for (const { key, kind } of MENTION_KINDS) {
      const list = asArray(report[key]);
      this.counts[kind] = list.length;
      for (const m of list) {
        // `mkind` is our highlight kind; `kind` stays the report's own field (count, money, …).
        const mention = { ...m, mkind: kind };
        if (m.id !== undefined) this.mentionById.set(m.id, mention);
        const di = this.docIndex.get(m.doc);
        if (di !== undefined) this.mentionsByDoc[di].push(mention);
      }
    }
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
    return this.groupsOf(mention).some((g) => g.conflict);
  }

  conflictGroups() {
    return this.groups.filter((g) => g.conflict);
  }

  members(group) {
    return asArray(group.members).map((id) => this.mentionById.get(id)).filter(Boolean);
  }

  supportLabel(support) {
    if (!(support >= 1)) return '';
    if (support === 1) return 'only here';
    return `${support} of ${this.docCount} sources`;
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
      add('Source', m.source);
      break;
    case 'date':
      add('Resolved', m.resolved);
      if (m.range) add('Range', `${m.range.from} – ${m.range.to}`);
      break;
    case 'quote':
      add('Speaker', m.speaker);
      break;
    case 'entity':
      add('Type', m.type);
      add('Canonical', m.canonical);
      break;
    case 'claim':
      add('Support', model.supportLabel(m.support));
      break;
    default:
      break;
  }
  for (const g of model.groupsOf(m)) {
    add(g.conflict ? 'Conflict' : 'Group', g.label || g.id);
  }
  return rows;
}
