// The analysis worker. It runs inside a Blob-URL worker whose source is the Emscripten
// module (which defines createParallax) followed by this file; see scripts/build-web.mjs.
//
// Protocol (see worker-messenger.js): {id, action: 'analyze', args: {documents, options}}
// in; {id, progress: {step, steps, label}} while it works (the analysis is one wasm call
// over all documents, so progress is by step: starting the module, analysing, reading the
// report; the page draws in step 4), then {id, result} or {id, error, refused, fatal} out. `refused` means the core turned the
// input down (ok: false, e.g. too many documents); `fatal` means the module aborted and the
// worker must be replaced.
/* global createParallax */

let modulePromise = null;

function parallaxModule() {
  if (!modulePromise) modulePromise = createParallax();
  return modulePromise;
}

const STEPS = 4;

async function handle(action, args, progress) {
  if (action !== 'analyze') throw new Error(`unknown action "${action}"`);
  progress(1, 'starting the analysis module');
  const parallax = await parallaxModule();
  const count = Array.isArray(args.documents) ? args.documents.length : 0;
  progress(2, `analysing ${count} article${count === 1 ? '' : 's'} (all at once)`);
  const json = parallax.analyze(args.documents, args.options || {});
  progress(3, 'reading the report');
  const report = JSON.parse(json);
  // The core refused the input (over its limits): say so, the worker stays usable.
  if (report && report.ok === false) return { error: report.error || 'analysis failed', refused: true, fatal: false };
  return { result: report, version: parallax.version() };
}

self.onmessage = async (event) => {
  const { id, action, args } = event.data || {};
  try {
    const progress = (step, label) => self.postMessage({ id, progress: { step, steps: STEPS, label } });
    self.postMessage({ id, ...(await handle(action, args, progress)) });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err), fatal: true });
  }
};
