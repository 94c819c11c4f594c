// The three exports, pure functions of a ReportModel: the full report as JSON; a Markdown
// summary with each discrepancy's verdict, kind and readings, what the articles agree on
// and the corroboration; a CSV with one row per number, date and quote.
import { groupKindLabel } from './report-model.js';
import { groupView, cleanName } from './group-view.js';
import { unplacedNotice } from './unplaced-dates.js';
import { claimRows } from './corroboration-panel.js';

export function reportToJson(model) {
  return JSON.stringify(model.report, null, 2) + '\n';
}

// Markdown text: no pipes or line breaks inside a table cell.
const cell = (v) => String(v ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function readingVerdict(view, r) {
  if (r.odd) return 'odd one out';
  if (view.conflictKind === 'contradicts' && view.readings.some((x) => x.odd)) return 'majority';
  return '';
}

function readingValueText(view, r) {
  if (view.kind !== 'utterance') return r.value;
  if (!r.diff) return `“${r.value}”`;
  // Changed words in **bold**, left-out words in ~~strike-through~~.
  return `“${r.diff.map((run) => (run.op === '+' ? `**${run.text.trim()}** ` : run.op === '-' ? `~~${run.text.trim()}~~ ` : run.text)).join('').trim()}”`;
}

export function reportToMarkdown(model) {
  const out = ['# Parallax report', ''];
  out.push(`Compared ${model.docCount} article(s):`, '');
  model.documents.forEach((d, i) => out.push(`${i + 1}. ${cell(model.docName(i))} (${d.published ? `published ${d.published}` : 'no publication date'})`));
  const conflicts = model.discrepancyGroups();
  out.push('', `## Discrepancies (${conflicts.length})`, '');
  const notice = unplacedNotice(model);
  if (notice) out.push(`> ${cell(notice)}`, '');
  if (!conflicts.length) out.push('No discrepancies found.', '');
  for (const g of conflicts) {
    const view = groupView(model, g);
    out.push(`### ${view.attribution ? 'Attribution' : groupKindLabel(g.kind)}: ${cell(view.title)}`, '');
    out.push(`**${view.attribution ? 'Same words, different speakers' : view.kindWords}.** ${cell(view.sentence)}`, '');
    out.push('| Reading | Articles | Sources | Verdict |', '|---|---|---|---|');
    for (const r of view.readings) {
      const articles = r.count < r.docs.length ? `${r.names.join(', ')} (${r.count} independent)` : r.names.join(', ');
      out.push(`| ${cell(readingValueText(view, r))} | ${cell(articles)} | ${cell(r.sources.join(', '))} | ${cell(readingVerdict(view, r))} |`);
    }
    out.push('');
  }
  const agreeing = model.agreeingGroups();
  if (agreeing.length) {
    out.push(`## Agreeing figures, days and quotes (${agreeing.length})`, '');
    for (const g of agreeing) {
      const view = groupView(model, g);
      const r = view.readings[0];
      out.push(`- ${groupKindLabel(g.kind)}: ${cell(view.sentence)}${r ? ` (${r.count} of ${model.docCount} sources)` : ''}`);
    }
    out.push('');
  }
  const rows = claimRows(model);
  if (rows.length) {
    out.push('## Corroboration', '');
    for (const row of rows) {
      const names = [...new Set(row.claims.map((c) => model.docName(c.doc)))].join(', ');
      out.push(`- **${cell(model.supportLabel({ articles: row.support, sources: row.sources }))}** — ${cell(row.claims[0].text)} (${cell(names)})`);
    }
    out.push('');
  }
  return out.join('\n');
}

// CSV field, quoted; a leading = + - @ is defused so spreadsheets do not run it.
function csvField(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['type', 'document', 'id', 'start', 'end', 'text', 'value', 'low', 'high', 'resolved', 'kind', 'unit', 'qualifier', 'source', 'speaker', 'group', 'conflict', 'reading'];

// A person or body named by the attribution, never the outlet itself.
function attributed(model, m, name) {
  const who = cleanName(name);
  return who && who !== model.docName(m.doc) ? who : '';
}

// The reading of the mention's first non-claim group, and that group's conflict kind.
function readingOf(model, m) {
  for (const g of model.groupsOf(m)) {
    if (g.kind === 'claim') continue;
    const view = groupView(model, g);
    const r = view.readings.find((x) => x.members.some((y) => y.id === m.id));
    return { group: g.id, conflict: view.conflict ? (view.attribution ? 'attribution' : view.conflictKind) : '', reading: r ? r.value : '' };
  }
  return { group: '', conflict: '', reading: '' };
}

export function mentionsToCsv(model) {
  const rows = [CSV_COLUMNS.join(',')];
  const push = (values) => rows.push(CSV_COLUMNS.map((c) => csvField(values[c])).join(','));
  for (const [key, type] of [['numbers', 'number'], ['dates', 'date'], ['quotes', 'quote']]) {
    for (const x of model.report[key] || []) {
      const m = model.mentionById.get(x.id) || { ...x, mkind: type };
      const { group, conflict, reading } = readingOf(model, m);
      const base = { type, document: model.docName(x.doc), id: x.id, start: x.start, end: x.end, text: x.text, group, conflict, reading };
      if (type === 'number') Object.assign(base, { value: x.value, low: x.low, high: x.high, kind: x.kind, unit: x.unit, qualifier: x.qualifier, source: attributed(model, x, x.source) });
      if (type === 'date') Object.assign(base, { resolved: x.resolved });
      if (type === 'quote') Object.assign(base, { speaker: attributed(model, x, x.speaker) });
      push(base);
    }
  }
  return rows.join('\r\n') + '\r\n';
}
