// What the three side panels (discrepancies, corroboration, people) share: a container
// they redraw from the model, a callback that reveals a mention in the reading view, and
// a one-line message when there is nothing to list.
import { h } from './dom.js';

export class SidePanel {
  constructor(container, onReveal) {
    this._container = container;
    this._onReveal = onReveal;
    this.render(null);
  }

  // Shows `text` in place of a list; returns the count the panel's tab shows (none).
  _showEmpty(text) {
    this._container.append(h('p', { class: 'empty' }, text));
    return 0;
  }
}
