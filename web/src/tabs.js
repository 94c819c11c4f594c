// An accessible tab list (WAI-ARIA tabs pattern): click or arrow keys switch panels.
export class Tabs {
  constructor(tablist) {
    this._tabs = [...tablist.querySelectorAll('[role="tab"]')];
    this._base = new Map(this._tabs.map((t) => [t, t.textContent]));
    for (const tab of this._tabs) tab.addEventListener('click', () => this.select(tab));
    tablist.addEventListener('keydown', (e) => {
      const i = this._tabs.indexOf(document.activeElement);
      if (i < 0) return;
      let next = null;
      if (e.key === 'ArrowRight') next = this._tabs[(i + 1) % this._tabs.length];
      else if (e.key === 'ArrowLeft') next = this._tabs[(i - 1 + this._tabs.length) % this._tabs.length];
      else if (e.key === 'Home') next = this._tabs[0];
      else if (e.key === 'End') next = this._tabs[this._tabs.length - 1];
      if (!next) return;
      e.preventDefault();
      this.select(next);
      next.focus();
    });
  }

  select(tab) {
    for (const t of this._tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
  }

  setCount(id, count) {
    const tab = this._tabs.find((t) => t.id === id);
    if (!tab) return;
    tab.textContent = this._base.get(tab);
    if (count !== null) {
      const badge = document.createElement('span');
      badge.className = 'tab-count';
      badge.textContent = String(count);
      tab.append(' ', badge);
    }
  }
}
