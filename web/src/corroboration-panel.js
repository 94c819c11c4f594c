// The Corroboration view: figures, days and quotes that several articles state alike (the
// groups with one reading: no discrepancy, no red border), then claim sentences by how
// many independent articles state them, the single-article ("only here") claims last. The
// support figure is model.claimStating, the one the reading view's badges show.
//
// A row lists every claim of its group: a long article repeating its sentences gives rows
// of hundreds of claims (9,000 on the first page of one 1 MB article), so the rows' claims
// are drawn a slice at a time (slices.js), and so are the agreements (a view each);
// drawn() resolves when all are.
import { h, clear } from './dom.js';
import { SlicedWork } from './slices.js';
import { SidePanel } from './side-panel.js';
import { pagedList } from './paged-list.js';
import { groupKindLabel, claimKey } from './report-model.js';
import { groupView } from './group-view.js';

const PAGE_SIZE = 40;
// Claims of a row drawn in one step of the sliced work.
const CLAIMS_PER_STEP = 50;
const rowsCache = new WeakMap();

// Claim rows (one per claim group, or per ungrouped claim), strongest support first
// (worked out once per model: the summary bar counts them too).
export function claimRows(model) {
  if (!(model && rowsCache.has(model))) for (const step of claimRowsInSteps(model)) void step;
  return model && rowsCache.has(model) ? rowsCache.get(model) : [];
}

// The same, worked out a few hundred claims per step (an iterator for slices.js); the
// rows are cached for claimRows() once the steps are done.
export function* claimRowsInSteps(model) {
  if (!model || rowsCache.has(model)) return;
  const claims = Array.isArray(model.report.claims) ? model.report.claims : [];
  const rows = new Map();
  for (let i = 0; i < claims.length; i++) {
    if (i % 500 === 499) yield;
    const c = claims[i];
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
  rowsCache.set(model, [...rows.values()].sort((a, b) => b.sources - a.sources || b.support - a.support));
}

// A row's claim: the document and the sentence, a button that shows it in the reading
// view. Cloned from a template: the first page of a long article's rows holds thousands.
let claimTemplate = null;
function claimItem(docName, text, onClick) {
  if (!claimTemplate) claimTemplate = h('li', {}, h('button', { type: 'button', class: 'member-link' }, h('span', { class: 'member-doc' }), h('span', { class: 'member-text' })));
  const li = claimTemplate.cloneNode(true);
  const button = li.firstChild;
  button.firstChild.textContent = docName;
  button.lastChild.textContent = text;
  button.addEventListener('click', onClick);
  return li;
}

export class CorroborationPanel extends SidePanel {
  // Resolves when the claims of the rows shown are all drawn (or a newer render began).
  drawn() {
    return this._work ? this._work.idle() : Promise.resolve();
  }

  render(model) {
    if (!this._work) this._work = new SlicedWork();
    this._work.cancel();
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
        // An agreement's view compares quote wordings word by word: one a step.
        ...(agreeing.length ? this._paged(h('ul', { class: 'agreements' }), agreeing, (g) => this._work.placeholder(h('li', {}), () => this._agreement(model, groupView(model, g)))) : [h('p', { class: 'empty' }, 'None.')]),
      ),
      this._claims(model, 'Claims stated by several articles', corroborated, 'section-corroborated'),
      this._claims(model, 'Claims in one article only', single, 'section-single'),
    );
    // As much as fits in this task; the rest in the next ones.
    this._work.run();
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
            (row) => {
              const claims = h('ul', {});
              this._work.add(this._fill(model, claims, row.claims));
              return h(
                'li',
                { class: `claim-row ${row.support > 1 ? 'corroborated' : 'single'}` },
                h('span', { class: 'support' }, model.supportLabel({ articles: row.support, sources: row.sources })),
                claims,
              );
            },
          )
        : [h('p', { class: 'empty' }, 'None.')]),
    );
  }

  // A row's claims, a few per step of the sliced work.
  *_fill(model, ul, claims) {
    for (let i = 0; i < claims.length; i += CLAIMS_PER_STEP) {
      ul.append(
        ...claims
          .slice(i, i + CLAIMS_PER_STEP)
          .map((c) => claimItem(model.docName(c.doc), c.text, () => this._onReveal(c.id))),
      );
      yield;
    }
  }

  // The list with its first page drawn, and its "Show more" button (whose rows' claims are
  // drawn as those of the first page: what fits in the click's task, the rest after).
  _paged(ul, items, draw) {
    const more = pagedList(ul, items, draw, PAGE_SIZE);
    more.addEventListener('click', () => this._work.run());
    return [ul, more];
  }
}
