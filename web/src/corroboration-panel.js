// The Corroboration view: claim sentences by how many articles state them, the
// single-source ("only here") claims last.
import { h, clear } from './dom.js';
import { SidePanel } from './side-panel.js';

export class CorroborationPanel extends SidePanel {
  render(model) {
    clear(this._container);
    const claims = model && Array.isArray(model.report.claims) ? model.report.claims : [];
    if (!model || !claims.length) {
      return this._showEmpty(model ? 'No check-worthy claims were found.' : 'Claims and how many articles support them will be listed here.');
    }
    // One row per claim group (or per ungrouped claim), strongest support first.
    const rows = new Map();
    for (const c of claims) {
      const key = c.group != null ? `g:${c.group}` : `c:${c.id}`;
      if (!rows.has(key)) rows.set(key, { support: c.support || 1, claims: [] });
      const row = rows.get(key);
      row.support = Math.max(row.support, c.support || 1);
      row.claims.push(c);
    }
    const sorted = [...rows.values()].sort((a, b) => b.support - a.support);
    const corroborated = sorted.filter((r) => r.support > 1);
    const single = sorted.filter((r) => r.support <= 1);
    const section = (title, list) =>
      h(
        'section',
        { class: 'claim-section' },
        h('h3', {}, `${title} (${list.length})`),
        list.length
          ? h(
              'ul',
              { class: 'claims' },
              list.map((row) =>
                h(
                  'li',
                  { class: `claim-row ${row.support > 1 ? 'corroborated' : 'single'}` },
                  h('span', { class: 'support' }, model.supportLabel(row.support)),
                  h(
                    'ul',
                    {},
                    row.claims.map((c) =>
                      h('li', {}, h('button', { type: 'button', class: 'member-link', onclick: () => this._onReveal(c.id) }, h('span', { class: 'member-doc' }, model.docName(c.doc)), h('span', { class: 'member-text' }, c.text))),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'empty' }, 'None.'),
      );
    this._container.append(section('Stated by several articles', corroborated), section('Only in one article', single));
    return claims.length;
  }
}
