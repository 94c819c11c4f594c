// One shared tooltip for highlights: shown on hover and on keyboard focus, filled with
// text rows (value, unit, qualifier, source, resolved date, speaker, group). Focus moved
// by a tap or click elsewhere (a card row revealing a mention) shows nothing, and a tap
// anywhere outside the highlight hides it, so no tooltip is left behind on a touch screen.
// While the page scrolls it follows its highlight, and goes when that leaves the window.
import { h, clear } from './dom.js';
import { mentionFacts } from './report-model.js';

const KIND_TITLES = { number: 'Number', date: 'Date', quote: 'Quote', entity: 'Entity', claim: 'Claim' };

export class Tooltip {
  constructor(tip, container, getModel) {
    this._tip = tip;
    this._getModel = getModel;
    this._current = null;
    const markOf = (e) => e.target.closest && e.target.closest('mark[data-mention]');
    container.addEventListener('mouseover', (e) => {
      const mark = markOf(e);
      if (mark) this.show(mark);
    });
    // A tap on a touch screen has no hover: the tap itself shows the tooltip.
    container.addEventListener('click', (e) => {
      // A paragraph drawn with CSS highlights gets its <mark>s as the tap begins: the
      // click's target may be the text that was there before.
      const under = markOf(e) ? null : document.elementFromPoint(e.clientX, e.clientY);
      const mark = markOf(e) || (under && under.closest && under.closest('mark[data-mention]'));
      if (mark) this.show(mark);
    });
    container.addEventListener('focusin', (e) => {
      const mark = markOf(e);
      if (mark && mark.matches(':focus-visible')) this.show(mark);
    });
    document.addEventListener('pointerdown', (e) => {
      if (this._current && !this._current.contains(e.target)) this.hide();
    }, true);
    container.addEventListener('mouseout', (e) => {
      if (this._current && !this._current.contains(e.relatedTarget) && document.activeElement !== this._current) this.hide();
    });
    container.addEventListener('focusout', () => this.hide());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
    window.addEventListener('scroll', () => this._current && this._place(this._current), true);
  }

  show(mark) {
    const model = this._getModel();
    const mention = model && model.mentionById.get(mark.dataset.mention);
    if (!mention) return;
    // The innermost highlight wins when several are nested.
    this._current = mark;
    const rows = mentionFacts(model, mention);
    const excerpt = mention.text && mention.text.length > 90 ? `${mention.text.slice(0, 87)}…` : mention.text;
    clear(this._tip).append(
      h('div', { class: 'tip-title' }, `${KIND_TITLES[mention.mkind] || 'Mention'}${excerpt ? `: ${excerpt}` : ''}`),
      h('dl', {}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', { class: k === 'Conflict' ? 'tip-conflict' : '' }, v)])),
    );
    this._tip.hidden = false;
    this._place(mark);
  }

  _place(mark) {
    const r = mark.getBoundingClientRect();
    if (!mark.isConnected || r.bottom < 0 || r.top > window.innerHeight) {
      this.hide();
      return;
    }
    const t = this._tip.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, window.innerWidth - t.width - 8));
    const below = r.bottom + 6 + t.height < window.innerHeight;
    this._tip.style.left = `${left}px`;
    this._tip.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - t.height - 6)}px`;
  }

  hide() {
    this._current = null;
    this._tip.hidden = true;
  }
}
