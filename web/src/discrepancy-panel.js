// The Discrepancies panel: one card per conflicting group (figures, days, quote wording,
// attribution). A card shows the readings side by side (each value, day or wording with
// the articles and sources stating it), marks the odd one out, names the kind of conflict
// in words and says it in one sentence on top. Groups whose articles agree are not here
// (the Corroboration view lists them). Dates that could not be placed for want of a
// publication date are named first, since they can hide a conflict.
import { h, clear, formatCount } from './dom.js';
import { SlicedWork } from './slices.js';
import { SidePanel } from './side-panel.js';
import { pagedList } from './paged-list.js';

export const PAGE_SIZE = 30;
import { groupKindLabel } from './report-model.js';
import { groupView, cleanName } from './group-view.js';
import { unplacedNotice } from './unplaced-dates.js';

export class DiscrepancyPanel extends SidePanel {
  // Resolves when the cards shown are all drawn (or a newer render began).
  drawn() {
    return this._work ? this._work.idle() : Promise.resolve();
  }

  render(model) {
    if (!this._work) this._work = new SlicedWork();
    this._work.cancel();
    clear(this._container);
    if (!model) {
      return this._showEmpty('Discrepancies between the articles will be listed here after an analysis.');
    }
    const notice = unplacedNotice(model);
    if (notice) this._container.append(h('p', { class: 'unplaced-notice', role: 'note' }, notice));
    const groups = model.discrepancyGroups();
    if (!groups.length) {
      this._showEmpty('No conflicting figures, days or quotes were found between these articles.');
      return 0;
    }
    // A card is drawn when its page is shown (groupView is worked out then too), a card a
    // step of sliced work (slices.js): fifty articles' cards list dozens of articles each.
    const list = h('div', { class: 'card-list' });
    const more = pagedList(list, groups, (g) => this._work.placeholder(h('div', {}), () => this._card(model, groupView(model, g))), PAGE_SIZE);
    more.addEventListener('click', () => this._work.run());
    this._container.append(list, more);
    this._work.run();
    return groups.length;
  }

  _card(model, view) {
    const { group } = view;
    const kindClass = view.attribution ? 'attribution' : view.conflictKind;
    return h(
      'article',
      { class: `card conflict-card kind-${group.kind} conflict-${kindClass}`, dataset: { group: group.id }, 'aria-label': `${groupKindLabel(group.kind)}: ${view.title}` },
      h('h3', {}, h('span', { class: 'card-kind' }, view.attribution ? 'Attribution' : groupKindLabel(group.kind)), ' ', h('span', { class: 'card-title' }, view.title)),
      view.context ? h('p', { class: 'card-context' }, `“${view.context.text}” — ${model.docName(view.context.doc)}`) : null,
      h('p', { class: `conflict-kind conflict-${kindClass}` }, view.attribution ? 'Same words, different speakers' : view.kindWords),
      h('p', { class: 'card-sentence' }, view.sentence),
      h('ul', { class: 'readings' }, view.readings.map((r) => this._reading(model, view, r))),
    );
  }

  _reading(model, view, r) {
    const docSet = (o) => {
      if (!o._docSet) Object.defineProperty(o, '_docSet', { value: new Set(o.docs) });
      return o._docSet;
    };
    const value =
      view.kind === 'utterance'
        ? h('q', { class: 'reading-value quote-text' }, r.diff ? r.diff.map((run) => (run.op === '+' ? h('ins', { class: 'diff-changed' }, run.text) : run.op === '-' ? h('del', { class: 'diff-removed' }, run.text) : run.text)) : r.value)
        : h('span', { class: 'reading-value' }, r.value);
    const byDoc = new Map();
    for (const m of r.members) {
      if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
      byDoc.get(m.doc).push(m);
    }
    const docs = r.docs.map((doc) => {
      const mentions = byDoc.get(doc) || [];
      const words = [...new Set(mentions.map((m) => (view.spans.get(m.id) || m).text))];
      const speakers = [...new Set(mentions.map((m) => cleanName(view.kind === 'utterance' ? m.speaker : m.source)).filter(Boolean))];
      const first = mentions[0];
      // The same article in another reading too: it reports both figures or days.
      const elsewhere = view.readings.filter((o) => o !== r && docSet(o).has(doc)).map((o) => o.value);
      return h(
        'li',
        { class: 'reading-article' },
        h(
          'button',
          { type: 'button', class: 'member-link', 'aria-label': `Show in ${model.docName(doc)}: ${words.join(', ')}`, onclick: () => first && this._onReveal(first.id) },
          h('span', { class: 'member-doc' }, model.docName(doc)),
          view.kind === 'utterance' ? null : h('span', { class: 'member-text' }, words.map((w) => `“${w}”`).join(', ')),
        ),
        speakers.length ? h('span', { class: 'fact' }, `${view.kind === 'utterance' ? '' : 'citing '}${speakers.join(', ')}`) : null,
        elsewhere.length && view.kind !== 'utterance' ? h('span', { class: 'fact also' }, `also says ${elsewhere.join(', ')}`) : null,
      );
    });
    const count = r.count < r.docs.length ? `${formatCount(r.docs.length, 'article')} (${formatCount(r.count, 'independent source')}: copies count once)` : formatCount(r.count, 'article');
    const partial = view.kind === 'utterance' ? r.renderings.filter((x) => x.partial) : [];
    return h(
      'li',
      { class: `reading-card${r.odd ? ' odd' : ''}` },
      r.odd ? h('span', { class: 'odd-mark' }, 'Odd one out') : null,
      value,
      h('span', { class: 'reading-count' }, count),
      h('ul', { class: 'reading-articles' }, docs),
      partial.length ? h('p', { class: 'partial-note' }, partial.map((x) => `${x.names.join(', ')} quote${x.names.length === 1 ? 's' : ''} part of it: “${x.text}”`).join('; ')) : null,
    );
  }
}
