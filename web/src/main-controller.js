// The controller: holds the state (articles, reference date, the current report) and
// connects the panels. Panels only render what they are given and report user actions
// back; the controller decides. Analyses run in the worker; a result that arrives after
// a newer analysis was started is dropped.
import { ArticleEditor } from './article-editor.js';
import { ReadingView } from './reading-view.js';
import { DiscrepancyPanel } from './discrepancy-panel.js';
import { CorroborationPanel, claimRowsInSteps } from './corroboration-panel.js';
import { PeoplePanel } from './people-panel.js';
import { Tabs } from './tabs.js';
import { Tooltip } from './tooltip.js';
import { ReportModel } from './report-model.js';
import { WorkerMessenger } from './worker-messenger.js';
import { SummaryBar } from './summary-bar.js';
import { jumpTo } from './section-jump.js';
import { loadWorkspace, saveWorkspace, loadReport, saveReport, fingerprint } from './storage.js';
import { articleNotice } from './unplaced-dates.js';
import { fileToArticle } from './file-import.js';
import { reportToJson, reportToMarkdown, mentionsToCsv } from './exporters.js';
import { checkLimits, utf8Length, LIMITS_TEXT } from './limits.js';
import { SlicedWork } from './slices.js';

const $ = (id) => document.getElementById(id);
// Edits are written at most this long after they are made, even while typing goes on, so
// that a crashed tab loses at most the last moment of work.
const SAVE_DELAY_MS = 200;
const REANALYZE_DELAY_MS = 800;
const PROGRESS_DELAY_MS = 150;
// Steps of an analysis: start the module, analyse, read the report (in the worker), draw.
const STEPS = 4;
const WARM_UP_RUNS = 12;

// Resolves in a new task: what comes after runs once input and painting have had a turn.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class MainController {
  constructor({ workerSource, examples }) {
    this._examples = examples;
    this._messenger = new WorkerMessenger(workerSource);
    this._nextId = 1;
    this._job = 0;
    this._busy = false;
    this._model = null;
    this._saveTimer = 0;
    this._dirty = false;
    this._reanalyzeTimer = 0;
    this._refusal = ''; // the core's reason for refusing the last analysis
    this._coreNotices = new Map(); // article id -> the core's warnings about it
    this._unplaced = new Map(); // article id -> why some of its dates could not be placed
    this._work = new SlicedWork(); // a large result's model and lists, a slice at a time
    this._workJob = 0;

    const restored = loadWorkspace();
    this._referenceDate = (restored && restored.referenceDate) || '';
    this._articles = (restored && restored.articles.length ? restored.articles : [this._blank(), this._blank()]).map((a) => this._withId(a));

    this._editor = new ArticleEditor($('article-list'), $('input-pane'), {
      onChange: (id, fields) => this._update(id, fields),
      onMove: (id, delta) => this._move(id, delta),
      onRemove: (id) => this._remove(id),
      onFiles: (files) => this._addFiles(files),
    });
    const reveal = (mentionId) => this._reading.reveal(mentionId);
    this._reading = new ReadingView($('reading'), $('legend'), $('summary'), $('warnings'), { onDrawn: (p) => this._onDrawn(p) });
    this._discrepancies = new DiscrepancyPanel($('panel-discrepancies'), reveal);
    this._corroboration = new CorroborationPanel($('panel-corroboration'), reveal);
    this._people = new PeoplePanel($('panel-people'), reveal);
    this._tabs = new Tabs(document.querySelector('[role="tablist"]'));
    this._tooltip = new Tooltip($('tooltip'), $('reading'), () => this._model);
    this._summaryBar = new SummaryBar($('summary-bar'), (target) => this.jump(target));

    this._wireToolbar();
    this._editor.render(this._articles);
    $('limits-help').textContent = LIMITS_TEXT;
    this._checkLimits();
    this._setState('idle');
    this._warmUp();
    if (restored && restored.articles.some((a) => a.text.trim())) {
      this._status(`Restored ${restored.articles.length} article(s) from this browser.`);
      this._restoreResults();
    }
  }

  // The last results come back with the articles: the stored report when it was computed
  // from exactly these articles, otherwise (edited since, or too large to store) the
  // analysis runs again.
  _restoreResults() {
    const saved = loadReport();
    if (!saved) return;
    const snapshot = this._snapshot();
    if (saved.report && saved.fingerprint === fingerprint(snapshot, this._referenceDate)) {
      this._noteCoreWarnings(saved.report, snapshot);
      const job = ++this._job;
      this._setModel(new ReportModel(saved.report, snapshot), job).then(() => job === this._job && this._setState('done'));
      this._status(`Restored ${snapshot.length} article(s) and their last analysis from this browser.`);
    } else {
      this.analyze();
    }
  }

  // The articles an analysis is run on: those with text, in order.
  _snapshot() {
    return this._articles.filter((a) => a.text.trim()).map((a) => ({ ...a }));
  }

  // --- Articles ---------------------------------------------------------------

  _blank() {
    return { name: '', published: '', text: '' };
  }

  _withId(article) {
    return { id: `a${this._nextId++}`, name: article.name || '', published: article.published || '', text: article.text || '' };
  }

  _changed({ structure = false } = {}) {
    if (structure) this._editor.render(this._articles);
    this._refusal = '';
    this._checkLimits();
    this._dirty = true;
    // Not a debounce: continuous typing must not put the save off indefinitely.
    if (!this._saveTimer) this._saveTimer = setTimeout(() => this._save(), SAVE_DELAY_MS);
    // Once results are shown, keep them in step with the text, as svgomg does.
    if (this._model) {
      clearTimeout(this._reanalyzeTimer);
      this._reanalyzeTimer = setTimeout(() => this.analyze(), REANALYZE_DELAY_MS);
    }
  }

  // Writes unsaved edits now (used when the page goes away; a clean page writes nothing,
  // so it cannot overwrite what another tab saved).
  _flush() {
    if (this._dirty) this._save();
  }

  _save() {
    clearTimeout(this._saveTimer);
    this._saveTimer = 0;
    this._dirty = false;
    const workspace = { referenceDate: this._referenceDate, articles: this._articles };
    // The articles come first: if the stored report leaves no room for them, it goes (the
    // analysis then runs again on the next load).
    if (!saveWorkspace(workspace) && !(saveReport('', null) && saveWorkspace(workspace))) {
      this._status('Could not save the articles in this browser (storage full or disabled).', 'error');
    }
  }

  _update(id, fields) {
    const article = this._articles.find((a) => a.id === id);
    if (!article) return;
    Object.assign(article, fields);
    if ('text' in fields) this._coreNotices.delete(id); // about the old text
    if ('text' in fields || 'published' in fields) this._unplaced.delete(id);
    this._changed();
  }

  _move(id, delta) {
    const i = this._articles.findIndex((a) => a.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= this._articles.length) return;
    const [article] = this._articles.splice(i, 1);
    this._articles.splice(j, 0, article);
    this._changed({ structure: true });
    this._editor.focusButton(id, delta < 0 ? 'up' : 'down');
    this._status(`Moved article to position ${j + 1}.`);
  }

  _remove(id) {
    const i = this._articles.findIndex((a) => a.id === id);
    if (i < 0) return;
    const article = this._articles[i];
    if (article.text.trim() && !window.confirm(`Remove “${article.name || `article ${i + 1}`}”?`)) return;
    this._articles.splice(i, 1);
    if (!this._articles.length) this._articles.push(this._withId(this._blank()));
    this._changed({ structure: true });
    const next = this._articles[Math.min(i, this._articles.length - 1)];
    this._editor.focusButton(next.id, 'remove');
    this._status('Article removed.');
  }

  addArticle(article = this._blank(), { focus = true } = {}) {
    // Fill an empty last card before adding another one.
    const last = this._articles[this._articles.length - 1];
    let target;
    if (last && !last.text.trim() && !last.name && (article.text || article.name)) {
      Object.assign(last, { name: article.name || '', published: article.published || '', text: article.text || '' });
      target = last;
    } else {
      target = this._withId(article);
      this._articles.push(target);
    }
    this._changed({ structure: true });
    if (focus) this._editor.focusArticle(target.id, 'name');
    return target;
  }

  async _addFiles(files) {
    let added = 0;
    for (const file of files) {
      try {
        const article = await fileToArticle(file);
        if (!article.text.trim()) continue;
        this.addArticle(article, { focus: false });
        added++;
      } catch (err) {
        this._status(`Could not read ${file.name}: ${err.message}`, 'error');
      }
    }
    if (added) this._status(`Added ${added} article(s) from files.`);
  }

  loadExample() {
    if (!this._examples.length) return;
    const hasText = this._articles.some((a) => a.text.trim());
    if (hasText && !window.confirm('Replace your articles with the example?')) return;
    this._articles = this._examples.map((e) => this._withId({ name: e.name, published: e.published || '', text: e.text }));
    this._changed({ structure: true });
    this._status(`Loaded the example (${this._examples.length} articles).`);
    this.analyze();
  }

  clear() {
    if (!window.confirm('Remove all articles and results? This cannot be undone.')) return;
    this._cancel();
    this._articles = [this._withId(this._blank()), this._withId(this._blank())];
    this._setModel(null);
    saveReport('', null);
    this._changed({ structure: true });
    this._save();
    this._editor.focusArticle(this._articles[0].id, 'text');
    this._status('Cleared.');
  }

  // --- Limits -------------------------------------------------------------------

  _bytes(article) {
    if (article._sizedText !== article.text) {
      article._sizedText = article.text;
      article._bytes = utf8Length(article.text);
    }
    return article._bytes;
  }

  // Shows, beside each article, why it will not be analysed (the page's own check against
  // the limits) or what the core said about it, and above the list what is wrong with
  // the input as a whole. Never silent: nothing over a limit goes unexplained.
  _checkLimits() {
    const sent = this._articles.filter((a) => a.text.trim()).map((a) => ({ id: a.id, bytes: this._bytes(a) }));
    const { perArticle, overall } = checkLimits(sent);
    const notices = new Map();
    for (const a of this._articles) {
      const list = [];
      if (perArticle.has(a.id)) list.push({ kind: 'error', message: perArticle.get(a.id) });
      if (this._unplaced.has(a.id)) list.push({ kind: 'warning', message: this._unplaced.get(a.id) });
      for (const message of this._coreNotices.get(a.id) || []) {
        // The page's own message already says it; the core's would repeat it.
        if (!(perArticle.has(a.id) && /not analysed/.test(message))) list.push({ kind: /not analysed/.test(message) ? 'error' : 'warning', message });
      }
      notices.set(a.id, list);
    }
    this._editor.setNotices(notices);
    const alerts = [...overall];
    if (this._refusal) alerts.push(`Parallax refused to analyse these articles: ${this._refusal}.`);
    const box = $('input-alert');
    box.replaceChildren(...alerts.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
    box.hidden = !alerts.length;
  }

  // The core's warnings about single documents, by article id (documents are in the
  // order of the articles sent).
  _noteCoreWarnings(report, snapshot) {
    this._coreNotices = new Map();
    const documents = Array.isArray(report.documents) ? report.documents : [];
    const index = new Map(documents.map((d, i) => [d.id, i]));
    for (const w of Array.isArray(report.warnings) ? report.warnings : []) {
      const i = w && index.get(w.doc);
      if (i === undefined || !snapshot[i] || !w.message) continue;
      const id = snapshot[i].id;
      if (!this._coreNotices.has(id)) this._coreNotices.set(id, []);
      this._coreNotices.get(id).push(String(w.message));
    }
    this._checkLimits();
  }

  // --- Analysis -----------------------------------------------------------------

  // Once the page is idle, the worker compiles the module and analyses the example a few
  // times (one small analysis per request, so that a real one waits for at most one), so
  // that the first analysis runs on optimised code: measured on 50 articles (1 MB), the
  // analysis took 1.2 s in a cold worker and 0.42 s in a warm one.
  _warmUp() {
    const texts = this._examples.length ? this._examples : [{ name: 'warm-up', text: 'Officials said 1,200 people left on Tuesday. “We are safe,” Mayor Ana Ruiz said.' }];
    const documents = texts.map((e) => ({ name: e.name, text: e.text, published: '' }));
    let left = WARM_UP_RUNS;
    const step = () => {
      if (!left-- || this._busy || this._messenger.busy) return;
      this._messenger.request('warm', { documents }).then(() => setTimeout(step, 0), () => {});
    };
    const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 500));
    idle(step, { timeout: 2000 });
  }

  async analyze() {
    clearTimeout(this._reanalyzeTimer);
    const snapshot = this._snapshot();
    if (!snapshot.length) {
      this._status('Paste the text of two or more articles first.', 'error');
      return;
    }
    // A wasm call cannot be interrupted: replace a busy worker instead of queueing.
    if (this._busy) this._messenger.abort();
    const job = ++this._job;
    this._busy = true;
    this._setState('busy');
    const progressTimer = setTimeout(() => {
      if (job === this._job && this._busy) $('progress').hidden = false;
    }, PROGRESS_DELAY_MS);
    const started = performance.now();
    const referenceDate = this._referenceDate;
    this._analysing = snapshot.length;
    this._progress(0, STEPS, 'sending the articles');
    this._drawJob = 0;
    try {
      const documents = snapshot.map((a, i) => ({ name: a.name.trim() || `Article ${i + 1}`, text: a.text, published: a.published }));
      const options = referenceDate ? { referenceDate } : {};
      const onProgress = (p) => job === this._job && this._progress(p.step - 1, p.steps || STEPS, p.label);
      // The worker also works out the fingerprint the report is stored with (storage.js).
      const fingerprintOf = { referenceDate, articles: snapshot.map((a) => ({ name: a.name, published: a.published })) };
      const { result, json, version, fingerprint: stored } = await this._messenger.request('analyze', { documents, options, fingerprintOf }, onProgress);
      if (job !== this._job) return; // a newer analysis has started: drop this one
      // The result's last part arrived in this task: the model is built in the next.
      await nextTask();
      if (job !== this._job) return;
      this._version = version;
      this._progress(STEPS - 1, STEPS, 'drawing the results');
      this._noteCoreWarnings(result, snapshot);
      this._drawJob = job;
      // A long report is indexed a slice at a time.
      const model = new ReportModel(result, snapshot, { inSteps: true });
      if (!(await this._inSlices(model.indexing(), job))) return;
      await this._setModel(model, job);
      if (job !== this._job) return;
      // Stored in a task of its own: a large report takes a while to write. The worker
      // worked out the articles' fingerprint (a pass over all their text).
      setTimeout(() => job === this._job && this._persistResults(stored, result, json), 0);
      const ms = Math.round(performance.now() - started);
      const skipped = [...this._coreNotices.values()].filter((list) => list.some((m) => /not analysed/.test(m))).length;
      const one = snapshot.length === 1 ? ' Add a second article to compare.' : '';
      this._status(`Analyzed ${snapshot.length} article(s) in ${ms} ms.${one}${skipped ? ` ${skipped} not analysed: see the message beside it.` : ''}`, skipped ? 'error' : 'info');
      this._setState('done');
    } catch (err) {
      if (job !== this._job) return;
      if (err && err.refused) {
        // Over the core's limits: old results would pass for these articles' results.
        this._refusal = err.message;
        this._coreNotices = new Map();
        this._setModel(null);
        this._checkLimits();
        this._status(`Not analysed: ${err.message}`, 'error');
        this._setState('error');
      } else if (err && err.name === 'AbortError') {
        this._status('Analysis cancelled.');
        this._setState('idle');
      } else {
        this._status(`Analysis failed: ${err && err.message}`, 'error');
        this._setState('error');
      }
    } finally {
      clearTimeout(progressTimer);
      if (job === this._job) {
        this._busy = false;
        // The bar stays while the articles in view are still being drawn.
        if (this._drawJob !== job || $('reading').dataset.drawing !== 'true') $('progress').hidden = true;
        $('cancel').hidden = true;
      }
    }
  }

  // Shows how far the analysis is: `done` of `steps` steps, a step's own fraction where it
  // has one (articles drawn), and what is happening, in the bar and for screen readers.
  _progress(done, steps, label, within = 0) {
    const bar = $('progress');
    const fraction = Math.min(1, (done + within) / steps);
    bar.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
    bar.setAttribute('aria-valuetext', `step ${Math.min(done + 1, steps)} of ${steps}: ${label}`);
    bar.dataset.step = String(done + 1);
    bar.querySelector('.progress-bar').style.width = `${Math.max(3, fraction * 100)}%`;
    $('progress-label').textContent = `Step ${Math.min(done + 1, steps)} of ${steps}: ${label}`;
    if (this._busy) this._status(`Analyzing ${this._analysing} article(s)… step ${Math.min(done + 1, steps)} of ${steps}: ${label}`);
  }

  // The reading view drew some more of the articles asked for (those in view).
  _onDrawn({ drawn, total }) {
    if (this._drawJob !== this._job || !total) return;
    this._progress(STEPS - 1, STEPS, `drawing ${drawn} of ${total} article${total === 1 ? '' : 's'} in view`, drawn / total);
    if (drawn >= total && !this._busy) $('progress').hidden = true;
  }

  // Shows a report computed elsewhere (a saved export, or a test's synthetic report) for
  // the given articles, in the report's document order.
  showReport(report, articles) {
    const job = ++this._job;
    return this._setModel(new ReportModel(report, articles.map((a) => this._withId(a))), job).then(() => job === this._job && this._setState('done'));
  }

  // Analyses at the user's request and brings the results into view. On a narrow screen
  // the discrepancies are far below the editor: the page goes there, the summary bar
  // staying at the top; on a wide one the results are beside the editor already and the
  // summary bar's first button takes the focus.
  async _analyzeAndShow() {
    await this.analyze();
    if (!this._model || document.body.dataset.state !== 'done') return;
    if (window.matchMedia('(max-width: 760px)').matches) {
      this.jump('discrepancies');
      return;
    }
    // After the next frame's layout: focusing now would force a layout of its own.
    requestAnimationFrame(() => {
      const first = $('summary-bar').querySelector('button');
      if (first) first.focus({ preventScroll: true });
    });
  }

  // Jumps to a section of the results: 'discrepancies', 'agree', 'corroborated', 'reading'.
  jump(target) {
    this._tooltip.hide();
    jumpTo(target, this._tabs);
  }

  _persistResults(fingerprintValue, report, json) {
    saveReport(fingerprintValue, report, json);
  }

  // Runs steps (an iterator) a slice at a time (slices.js); false when a newer job has
  // taken over meanwhile (its own steps replace these).
  async _inSlices(steps, job) {
    if (this._workJob !== job) {
      this._work.cancel();
      this._workJob = job;
    }
    this._work.add(steps);
    this._work.run();
    await this._work.idle();
    return job === this._job;
  }

  _cancel() {
    if (!this._busy) return;
    this._job++;
    this._busy = false;
    this._messenger.abort();
    $('progress').hidden = true;
    $('cancel').hidden = true;
    this._setState('idle');
    this._status('Analysis cancelled.');
  }

  // Shows a model: the reading view's articles and the discrepancies first, the other
  // panels in a task of their own so that neither step holds the page for long. Resolves
  // when all is shown (or a newer job has taken over: `job` is no longer this._job).
  async _setModel(model, job = this._job) {
    this._model = model;
    this._unplaced = new Map();
    if (model) for (const entry of model.unplacedDates()) if (model.articles[entry.index]) this._unplaced.set(model.articles[entry.index].id, articleNotice(entry));
    this._checkLimits();
    this._tooltip.hide();
    // Between steps: stop if a newer job or model has taken over.
    const later = async () => {
      if (!model) return true;
      await nextTask();
      return job === this._job && this._model === model;
    };
    this._reading.render(model);
    if (!(await later())) return;
    const d = this._discrepancies.render(model);
    this._tabs.setCount('tab-discrepancies', model ? d : null);
    for (const id of ['export-json', 'export-md', 'export-csv']) $(id).disabled = !model;
    // Cards (and, below, a long article's claim rows) are drawn a slice at a time.
    await this._discrepancies.drawn();
    if (!(await later())) return;
    // The claim rows of a long report are worked out a slice at a time, then drawn.
    if (model && !((await this._inSlices(claimRowsInSteps(model), job)) && this._model === model)) return;
    const c = this._corroboration.render(model);
    await this._corroboration.drawn();
    if (!(await later())) return;
    const p = this._people.render(model);
    this._summaryBar.render(model);
    this._tabs.setCount('tab-corroboration', model ? c : null);
    this._tabs.setCount('tab-people', model ? p : null);
  }

  // --- Toolbar, export, status -------------------------------------------------

  _wireToolbar() {
    $('analyze').addEventListener('click', () => this._analyzeAndShow());
    $('cancel').addEventListener('click', () => this._cancel());
    $('add-article').addEventListener('click', () => this.addArticle());
    $('open-files').addEventListener('click', () => $('file-input').click());
    $('file-input').addEventListener('change', (e) => {
      this._addFiles([...e.target.files]);
      e.target.value = '';
    });
    const example = $('load-example');
    if (this._examples.length) example.addEventListener('click', () => this.loadExample());
    else {
      example.disabled = true;
      example.title = 'No example was bundled with this build';
    }
    $('clear').addEventListener('click', () => this.clear());
    const ref = $('reference-date');
    ref.value = this._referenceDate;
    ref.addEventListener('input', () => {
      this._referenceDate = ref.value;
      this._changed();
    });
    $('export-json').addEventListener('click', () => this._download('parallax-report.json', 'application/json', reportToJson(this._model)));
    $('export-md').addEventListener('click', () => this._download('parallax-report.md', 'text/markdown', reportToMarkdown(this._model)));
    $('export-csv').addEventListener('click', () => this._download('parallax-mentions.csv', 'text/csv', mentionsToCsv(this._model)));
    const toggle = $('toggle-input');
    toggle.addEventListener('click', () => {
      const hidden = $('layout').classList.toggle('editor-hidden');
      toggle.setAttribute('aria-expanded', String(!hidden));
      toggle.textContent = hidden ? 'Show editor' : 'Hide editor';
    });
    // Keyboard: Ctrl/Cmd+Enter analyses from anywhere.
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this._analyzeAndShow();
      }
    });
    // Write pending edits before the page goes away.
    window.addEventListener('pagehide', () => this._flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this._flush();
    });
    $('cancel').hidden = true;
    this._showCancelWhenBusy();
  }

  _showCancelWhenBusy() {
    const progress = $('progress');
    new MutationObserver(() => {
      $('cancel').hidden = progress.hidden;
    }).observe(progress, { attributes: true, attributeFilter: ['hidden'] });
  }

  _download(filename, type, content) {
    if (!this._model) return;
    const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this._status(`Exported ${filename}.`);
  }

  _status(message, kind = 'info') {
    const el = $('status');
    el.textContent = message;
    el.dataset.kind = kind;
  }

  _setState(state) {
    document.body.dataset.state = state;
    $('analyze').setAttribute('aria-busy', String(state === 'busy'));
  }
}
