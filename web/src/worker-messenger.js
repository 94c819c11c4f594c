// Talks to the analysis worker: one request id per call, a map of pending promises, and
// abort() which terminates the worker (a running wasm call cannot be interrupted) and
// starts a fresh one on the next request. The worker is created from a Blob URL of
// inlined source, because Chromium refuses worker script URLs over file://.
export class WorkerMessenger {
  constructor(source) {
    this._source = source;
    this._url = null;
    this._worker = null;
    this._nextId = 1;
    this._pending = new Map();
  }

  // onProgress(progress) is called with each progress message the worker sends first.
  // busy: whether a request is waiting for its answer.
  request(action, args, onProgress = () => {}) {
    const worker = this._ensureWorker();
    const id = this._nextId++;
    return new Promise((resolve, reject) => {
      this._pending.set(id, { resolve, reject, onProgress, parts: [], json: [] });
      worker.postMessage({ id, action, args });
    });
  }

  get busy() {
    return this._pending.size > 0;
  }

  // Rejects every pending request with an AbortError and drops the worker.
  abort() {
    if (!this._worker) return;
    this._worker.terminate();
    this._worker = null;
    this._rejectAll(new DOMException('analysis cancelled', 'AbortError'));
  }

  _ensureWorker() {
    if (this._worker) return this._worker;
    if (!this._url) this._url = URL.createObjectURL(new Blob([this._source], { type: 'text/javascript' }));
    const worker = new Worker(this._url, { name: 'parallax-analysis' });
    worker.onmessage = (event) => this._onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.abort();
      this._rejectAll(new Error(event.message || 'the analysis worker failed'));
    };
    this._worker = worker;
    return worker;
  }

  _onMessage(data) {
    const pending = this._pending.get(data.id);
    if (!pending) return;
    if (data.progress) {
      pending.onProgress(data.progress);
      return;
    }
    // A long list of the result comes ahead of it in parts (each read in a task of its own).
    if (data.part) {
      pending.parts.push(data.part);
      return;
    }
    // So does the report's JSON text, in pieces.
    if (data.jsonPart !== undefined) {
      pending.json.push(data.jsonPart);
      return;
    }
    this._pending.delete(data.id);
    if (data.error !== undefined) {
      // After an abort inside the wasm module its state is unusable: start afresh.
      if (data.fatal && this._worker) {
        this._worker.terminate();
        this._worker = null;
        this._rejectAll(new Error('the analysis worker was restarted'));
      }
      const error = new Error(data.error);
      error.refused = !!data.refused;
      pending.reject(error);
    } else {
      if (data.result && pending.parts.length) {
        const lists = new Map();
        for (const { key, items } of pending.parts) {
          if (!lists.has(key)) lists.set(key, []);
          const list = lists.get(key);
          for (const item of items) list.push(item);
        }
        for (const [key, list] of lists) data.result[key] = list;
      }
      // The pieces stay apart: they are joined only if the report is stored (storage.js).
      if (data.result && pending.json.length) data.json = pending.json;
      pending.resolve(data);
    }
  }

  _rejectAll(error) {
    const pending = [...this._pending.values()];
    this._pending.clear();
    for (const p of pending) p.reject(error);
  }
}
