// Work done a slice at a time, so that drawing a large result never holds the page for
// long: queued jobs (iterators: each next() does one small step) run for at most sliceMs
// per task, then the page gets a turn for input and painting before the next task.
//
//   const work = new SlicedWork();
//   work.add(fillList(ul, rows));   // function* fillList(...) { ...; yield; ... }
//   list.append(work.placeholder(document.createElement('li'), () => drawRow(row)));
//   work.run();                      // what fits in this task now; the rest in later tasks
//   await work.idle();               // all done (or cancelled)
//   work.cancel();                   // drop what is left (a newer result replaces this one)

// Runs fn as a new task, letting input and painting in first.
export function nextTask(fn) {
  if (globalThis.scheduler && typeof globalThis.scheduler.postTask === 'function') globalThis.scheduler.postTask(fn, { priority: 'user-visible' });
  else setTimeout(fn, 0);
}

export class SlicedWork {
  constructor({ sliceMs = 8 } = {}) {
    this._sliceMs = sliceMs;
    this._jobs = [];
    this._waiters = [];
    this._scheduled = false;
    this._token = 0;
  }

  get busy() {
    return this._jobs.length > 0;
  }

  add(job) {
    this._jobs.push(job);
    this._schedule();
  }

  // Returns `placeholder` (an empty element for its place in a list) and queues one step
  // that replaces it with draw()'s element.
  placeholder(placeholder, draw) {
    this.add(
      (function* replace() {
        placeholder.replaceWith(draw());
      })(),
    );
    return placeholder;
  }

  // Runs queued steps until the deadline (a time from performance.now()), at least one;
  // Infinity finishes everything now.
  run(deadline = performance.now() + this._sliceMs) {
    for (let first = true; this._jobs.length && (first || performance.now() < deadline); first = false) {
      if (this._jobs[0].next().done) this._jobs.shift();
    }
    if (this._jobs.length) this._schedule();
    else this._settle();
  }

  // Resolves once nothing is left to do (finished or cancelled).
  idle() {
    if (!this._jobs.length) return Promise.resolve();
    return new Promise((resolve) => this._waiters.push(resolve));
  }

  cancel() {
    this._jobs = [];
    this._token++;
    this._settle();
  }

  _settle() {
    const waiters = this._waiters;
    this._waiters = [];
    for (const resolve of waiters) resolve();
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    const token = this._token;
    nextTask(() => {
      this._scheduled = false;
      if (token === this._token) this.run();
      else if (this._jobs.length) this._schedule();
    });
  }
}
