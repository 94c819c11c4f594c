// The summary bar above the results: how many discrepancies of each kind, how many
// figures, days and quotes agree, how many claims several articles state, how many
// articles; each count is a button that jumps to its section (on a narrow screen the
// bar stays at the top while the page scrolls).
import { h, clear, formatCount } from './dom.js';
import { groupView } from './group-view.js';
import { claimRows } from './corroboration-panel.js';

const KIND_NOUNS = {
  contradicts: (n) => (n === 1 ? 'contradiction' : 'contradictions'),
  estimates_differ: () => 'estimates differ by source',
  updated: () => 'updated later',
  attribution: () => 'different speakers',
};

export class SummaryBar {
  // onJump(target): 'discrepancies' | 'agree' | 'corroborated' | 'reading'
  constructor(container, onJump) {
    this._container = container;
    this._onJump = onJump;
    this.render(null);
  }

  render(model) {
    clear(this._container);
    this._container.hidden = !model;
    if (!model) return;
    const groups = model.discrepancyGroups();
    const kinds = new Map();
    for (const g of groups) {
      const view = groupView(model, g);
      const key = view.attribution ? 'attribution' : view.conflictKind;
      kinds.set(key, (kinds.get(key) || 0) + 1);
    }
    const breakdown = [...kinds].map(([key, n]) => `${n} ${KIND_NOUNS[key] ? KIND_NOUNS[key](n) : key}`).join(' · ');
    const corroborated = claimRows(model).filter((r) => r.support > 1).length;
    const agreeing = model.agreeingGroups().length;
    const unplaced = model.unplacedDates().length;
    const jump = (target, cls, ...children) => h('button', { type: 'button', class: `summary-jump ${cls}`, dataset: { target }, onclick: () => this._onJump(target) }, ...children);
    const buttons = [
      jump('discrepancies', groups.length ? 'has-conflicts' : '', h('strong', {}, formatCount(groups.length, 'discrepancy', 'discrepancies')), breakdown ? h('span', { class: 'summary-detail' }, breakdown) : null),
      unplaced ? jump('discrepancies', 'has-warning', h('strong', {}, formatCount(unplaced, 'article')), h('span', { class: 'summary-detail' }, 'without a date: days not compared')) : null,
      jump('agree', '', h('strong', {}, `${agreeing} agreeing`), h('span', { class: 'summary-detail' }, 'figures, days, quotes')),
      jump('corroborated', '', h('strong', {}, formatCount(corroborated, 'corroborated claim')), h('span', { class: 'summary-detail' }, 'stated by 2+ articles')),
      jump('reading', '', h('strong', {}, formatCount(model.docCount, 'article')), h('span', { class: 'summary-detail' }, 'reading view')),
    ];
    this._container.append(...buttons.filter(Boolean));
  }
}
