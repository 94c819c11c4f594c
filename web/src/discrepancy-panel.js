// The Discrepancies panel: one card per conflicting group (figures, days, quote wording,
// attribution) with the kind of conflict the core decided (estimates differ, updated,
// contradicts) and its explanation, then each article's value, qualifier and source, each marked
// compatible or contradictory; a click on an item reveals the mention in its article.
import { h, clear } from './dom.js';
import { SidePanel } from './side-panel.js';
import { conflictKindLabel, formatNumberValue, groupKindLabel } from './report-model.js';
import { diffWords } from './word-diff.js';

// The interval of values a number mention allows, or null when it says too little.
function numberRange(m) {
  const v = typeof m.value === 'number' ? m.value : null;
  if (typeof m.low === 'number' || typeof m.high === 'number') {
    return [typeof m.low === 'number' ? m.low : -Infinity, typeof m.high === 'number' ? m.high : Infinity];
  }
  if (v === null) return null;
  switch (m.qualifier) {
    case 'approx':
      return [v * 0.9, v * 1.1];
    case 'upper':
      return [-Infinity, v];
    case 'lower':
      return [v, Infinity];
    case 'vague':
      return null;
    default:
      return [v, v];
  }
}

const normQuote = (s) => String(s || '').toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

// Whether two members of a group can both be true.
export function compatible(a, b) {
  if (a.mkind === 'number' && b.mkind === 'number') {
    const ra = numberRange(a);
    const rb = numberRange(b);
    if (!ra || !rb) return true;
    return ra[0] <= rb[1] && rb[0] <= ra[1];
  }
  if (a.mkind === 'date' && b.mkind === 'date') {
    if (!a.resolved || !b.resolved) return true;
    return a.resolved.startsWith(b.resolved) || b.resolved.startsWith(a.resolved);
  }
  if (a.mkind === 'quote' && b.mkind === 'quote') return normQuote(a.text) === normQuote(b.text);
  return true;
}

export class DiscrepancyPanel extends SidePanel {
  render(model) {
    clear(this._container);
    if (!model) {
      return this._showEmpty('Discrepancies between the articles will be listed here after an analysis.');
    }
    const groups = model.conflictGroups();
    if (!groups.length) {
      return this._showEmpty('No conflicting figures, days or quotes were found between these articles.');
    }
    this._container.append(...groups.map((g) => this._card(model, g)));
    return groups.length;
  }

  _card(model, group) {
    const members = model.members(group);
    const first = members[0];
    const items = members.map((m) => {
      const others = members.filter((o) => o !== m && o.doc !== m.doc);
      const ok = others.every((o) => compatible(m, o));
      const facts = [];
      if (m.mkind === 'number') {
        facts.push(h('span', { class: 'value' }, [formatNumberValue(m), m.unit].filter(Boolean).join(' ')));
        if (m.qualifier) facts.push(h('span', { class: 'fact' }, m.qualifier));
        if (m.source) facts.push(h('span', { class: 'fact' }, `source: ${m.source}`));
      } else if (m.mkind === 'date') {
        facts.push(h('span', { class: 'value' }, m.resolved || 'unresolved'));
      } else if (m.mkind === 'quote') {
        const runs = m === first || !first ? [{ text: m.text, changed: false }] : diffWords(first.text || '', m.text || '');
        facts.push(h('q', { class: 'value quote-text' }, runs.map((r) => (r.changed ? h('ins', { class: 'diff-changed' }, r.text) : r.text))));
        if (m.speaker) facts.push(h('span', { class: 'fact' }, `speaker: ${m.speaker}`));
      } else {
        facts.push(h('span', { class: 'value' }, m.text));
      }
      const button = h(
        'button',
        { type: 'button', class: 'member-link', 'aria-label': `Show in ${model.docName(m.doc)}: ${m.text}`, onclick: () => this._onReveal(m.id) },
        h('span', { class: 'member-doc' }, model.docName(m.doc)),
        h('span', { class: 'member-text' }, `“${m.text}”`),
      );
      return h(
        'li',
        { class: `member ${ok ? 'compatible' : 'contradicts'}` },
        button,
        h('div', { class: 'member-facts' }, facts),
        h('span', { class: 'verdict' }, ok ? '✓ compatible' : '✗ contradicts'),
      );
    });
    return h(
      'article',
      { class: `card conflict-card kind-${group.kind}`, dataset: { group: group.id } },
      h('h3', {}, h('span', { class: 'card-kind' }, groupKindLabel(group.kind)), ' ', group.label || group.id),
      conflictKindLabel(group.conflict_kind) ? h('p', { class: `conflict-kind conflict-${group.conflict_kind}` }, conflictKindLabel(group.conflict_kind)) : null,
      group.explanation ? h('p', { class: 'explanation' }, group.explanation) : null,
      h('ul', { class: 'members' }, items),
    );
  }
}
