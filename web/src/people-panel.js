// The People & organisations view: entities by canonical name, with the spellings each
// article uses and how many articles name them.
import { h, clear } from './dom.js';
import { SidePanel } from './side-panel.js';

const TYPE_ORDER = ['person', 'organization', 'place', 'other'];
const TYPE_TITLES = { person: 'People', organization: 'Organisations', place: 'Places', other: 'Other' };

export class PeoplePanel extends SidePanel {
  render(model) {
    clear(this._container);
    const entities = model && Array.isArray(model.report.entities) ? model.report.entities : [];
    if (!model || !entities.length) {
      return this._showEmpty(model ? 'No people or organisations were found.' : 'People, organisations and places named in the articles will be listed here.');
    }
    const byName = new Map();
    for (const e of entities) {
      const canonical = e.canonical || e.text;
      const key = `${e.type || 'other'}\u0000${canonical}`;
      if (!byName.has(key)) byName.set(key, { type: TYPE_ORDER.includes(e.type) ? e.type : 'other', canonical, variants: new Map(), docs: new Set(), first: e.id });
      const row = byName.get(key);
      row.docs.add(e.doc);
      row.variants.set(e.text, (row.variants.get(e.text) || 0) + 1);
    }
    for (const type of TYPE_ORDER) {
      const rows = [...byName.values()].filter((r) => r.type === type).sort((a, b) => b.docs.size - a.docs.size || a.canonical.localeCompare(b.canonical));
      if (!rows.length) continue;
      this._container.append(
        h(
          'section',
          { class: 'entity-section' },
          h('h3', {}, `${TYPE_TITLES[type]} (${rows.length})`),
          h(
            'ul',
            { class: 'entities' },
            rows.map((r) =>
              h(
                'li',
                { class: 'entity-row' },
                h('button', { type: 'button', class: 'member-link entity-name', onclick: () => this._onReveal(r.first) }, r.canonical),
                h('span', { class: 'fact' }, `${r.docs.size} of ${model.docCount} articles`),
                h('span', { class: 'variants' }, [...r.variants.entries()].map(([v, n]) => `${v}${n > 1 ? ` ×${n}` : ''}`).join(', ')),
              ),
            ),
          ),
        ),
      );
    }
    return entities.length;
  }
}
