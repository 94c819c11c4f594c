// The three exports: the report as JSON, a Markdown summary of the discrepancies and
// the corroboration, and a CSV of the numbers. Pure functions of a ReportModel.
import { conflictKindLabel, formatNumberValue, groupKindLabel } from './report-model.js';

export function reportToJson(model) {
  return JSON.stringify(model.report, null, 2) + '\n';
}

// Markdown table cells: no pipes or line breaks inside.
const cell = (v) => String(v ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function memberValue(m) {
  if (m.mkind === 'number') return formatNumberValue(m) + (m.unit ? ` ${m.unit}` : '');
  if (m.mkind === 'date') return m.resolved || m.text;
  if (m.mkind === 'quote') return `“${m.text}”`;
  return m.text;
}

function memberDetail(m) {
  if (m.mkind === 'number') return [m.qualifier, m.source ? `source: ${m.source}` : ''].filter(Boolean).join('; ');
  if (m.mkind === 'quote') return m.speaker ? `speaker: ${m.speaker}` : '';
  if (m.mkind === 'claim') return m.support ? `support: ${m.support}` : '';
  return '';
}

export function reportToMarkdown(model) {
  const out = ['# Parallax report', ''];
  out.push(`Compared ${model.docCount} article(s):`, '');
  model.documents.forEach((d, i) => out.push(`${i + 1}. ${model.docName(i)}${d.published ? ` (${d.published})` : ''}`));
  out.push('', '## Discrepancies', '');
  const conflicts = model.conflictGroups();
  if (!conflicts.length) out.push('No discrepancies found.', '');
  for (const g of conflicts) {
    out.push(`### ${groupKindLabel(g.kind)}: ${g.label || g.id}`, '');
    const kind = conflictKindLabel(g.conflict_kind);
    if (kind || g.explanation) out.push([kind ? `**${kind}.**` : '', cell(g.explanation || '')].filter(Boolean).join(' '), '');
    out.push('| Article | Text | Value | Details |', '|---|---|---|---|');
    for (const m of model.members(g)) {
      out.push(`| ${cell(model.docName(m.doc))} | ${cell(m.text)} | ${cell(memberValue(m))} | ${cell(memberDetail(m))} |`);
    }
    out.push('');
  }
  const claims = model.report.claims || [];
  if (claims.length) {
    out.push('## Corroboration', '');
    const sorted = [...claims].sort((a, b) => (b.support || 0) - (a.support || 0));
    for (const c of sorted) {
      out.push(`- ${cell(model.supportLabel(c.support) || 'unknown support')} — ${cell(model.docName(c.doc))}: ${cell(c.text)}`);
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

export function numbersToCsv(model) {
  const header = ['article', 'doc', 'id', 'start', 'end', 'text', 'value', 'low', 'high', 'kind', 'unit', 'qualifier', 'source', 'group', 'conflict'];
  const rows = [header.join(',')];
  for (const n of model.report.numbers || []) {
    const m = model.mentionById.get(n.id) || { ...n, mkind: 'number' };
    const group = Array.isArray(n.group) ? n.group.join(' ') : n.group;
    rows.push(
      [model.docName(n.doc), n.doc, n.id, n.start, n.end, n.text, n.value, n.low, n.high, n.kind, n.unit, n.qualifier, n.source, group, model.inConflict(m) ? 'yes' : '']
        .map(csvField)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
