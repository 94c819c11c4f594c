// The Corroboration view: figures, days and quotes that several articles state alike (the
// groups with one reading: no discrepancy, no red border), then claim sentences by how
// many independent articles state them, the single-article ("only here") claims last. The
// support figure is model.claimStating, the one the reading view's badges show.
import { h, clear } from './dom.js';
import { SidePanel } from './side-panel.js';
import { pagedList } from './paged-list.js';
import { groupKindLabel, claimKey } from './report-model.js';
import { groupView } from './group-view.js';

const PAGE_SIZE = 40;
const rowsCache = new WeakMap();

// Claim rows (one per claim group, or per ungrouped claim), strongest support first
// (worked out once per model: the summary bar counts them too).
export function claimRows(model) {
  if (model && rowsCache.has(model)) return rowsCache.get(model);
  const rows = buildClaimRows(model);
  if (model) rowsCache.set(model, rows);
  return rows;
}

function buildClaimRows(model) {
  const claims = model && Array.isArray(model.report.claims) ? model.report.claims : [];
  const rows = new Map();
  for (const c of claims) {
    // A claim group, or the same sentence printed word for word by several articles.
    const key = c.group != null ? `g:${c.group}` : `t:${claimKey(c.text)}`;
    if (!rows.has(key)) rows.set(key, { support: 0, sources: 0, claims: [] });
    const row = rows.get(key);
    const stating = model.claimStating(c);
    if (stating.articles > row.support || (stating.articles === row.support && stating.sources > row.sources)) {
      row.support = stating.articles;
      row.sources = stating.sources;
    }
    row.claims.push(c);
  }
  return [...rows.values()].sort((a, b) => b.sources - a.sources || b.support - a.support);
}

export class CorroborationPanel extends SidePanel {
  render(model) {
    clear(this._container);
    if (!model) return this._showEmpty('What several articles agree on, and which claims stand in one article only, will be listed here.');
    const agreeing = model.agreeingGroups();
    const rows = claimRows(model);
    const corroborated = rows.filter((r) => r.support > 1);
    const single = rows.filter((r) => r.support <= 1);
    this._container.append(
      h(
        'section',
        { class: 'claim-section agree-section', id: 'section-agree' },
        h('h3', {}, `Figures, days and quotes they agree on (${agreeing.length})`),
        ...(agreeing.length ? this._paged(h('ul', { class: 'agreements' }), agreeing, (g) => this._agreement(model, groupView(model, g))) : [h('p', { class: 'empty' }, 'None.')]),
      ),
      this._claims(model, 'Claims stated by several articles', corroborated, 'section-corroborated'),
      this._claims(model, 'Claims in one article only', single, 'section-single'),
    );
    return agreeing.length + rows.length;
  }

  _agreement(model, view) {
    const r = view.readings[0];
    const first = view.group.members && model.mentionById.get(view.group.members[0]);
    return h(
      'li',
      { class: `card agree-card kind-${view.kind}`, dataset: { group: view.group.id } },
      h('span', { class: 'card-kind agree-kind' }, groupKindLabel(view.kind)),
      ' ',
      h(
        'button',
        { type: 'button', class: 'member-link', onclick: () => first && this._onReveal(first.id) },
        view.kind === 'utterance' ? h('span', { class: 'member-doc' }, view.title) : null,
        h('span', { class: 'member-text' }, view.sentence),
      ),
      r && r.sources.length ? h('span', { class: 'fact' }, `${view.kind === 'utterance' ? 'speaker' : 'citing'}: ${r.sources.join(', ')}`) : null,
      r ? h('span', { class: 'support' }, `${r.count} of ${model.docCount} sources`) : null,
    );
  }

  _claims(model, title, list, id) {
    return h(
      'section',
      { class: 'claim-section', id },
      h('h3', {}, `${title} (${list.length})`),
      ...(list.length
        ? this._paged(
            h('ul', { class: 'claims' }),
            list,
            (row) =>
              h(
                'li',
                { class: `claim-row ${row.support > 1 ? 'corroborated' : 'single'}` },
                h('span', { class: 'support' }, model.supportLabel({ articles: row.support, sources: row.sources })),
                h(
                  'ul',
                  {},
                  row.claims.map((c) =>
                    h('li', {}, h('button', { type: 'button', class: 'member-link', onclick: () => this._onReveal(c.id) }, h('span', { class: 'member-doc' }, model.docName(c.doc)), h('span', { class: 'member-text' }, c.text))),
                  ),
                ),
              ),
          )
        : [h('p', { class: 'empty' }, 'None.')]),
    );
  }

  // The list with its first page drawn, and its "Show more" button.
  _paged(ul, items, draw) {
    return [ul, pagedList(ul, items, draw, PAGE_SIZE)];
  }
}
