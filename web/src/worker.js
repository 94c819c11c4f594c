// The analysis worker. It runs inside a Blob-URL worker whose source is the Emscripten
// module (which defines createParallax) followed by this file; see scripts/build-web.mjs.
//
// Protocol (see worker-messenger.js): {id, action: 'analyze', args: {documents, options}}
// in; {id, result} or {id, error, refused, fatal} out. `refused` means the core turned the
// input down (ok: false, e.g. too many documents); `fatal` means the module aborted and the
// worker must be replaced.
/* global createParallax */

let modulePromise = null;

function parallaxModule() {
  if (!modulePromise) modulePromise = createParallax();
  return modulePromise;
}

async function handle(action, args) {
  if (action !== 'analyze') throw new Error(`unknown action "${action}"`);
  const parallax = await parallaxModule();
  const report = JSON.parse(parallax.analyze(args.documents, args.options || {}));
  // The core refused the input (over its limits): say so, the worker stays usable.
  if (report && report.ok === false) return { error: report.error || 'analysis failed', refused: true, fatal: false };
  return { result: report, version: parallax.version() };
}

self.onmessage = async (event) => {
  const { id, action, args } = event.data || {};
  try {
    self.postMessage({ id, ...(await handle(action, args)) });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err), fatal: true });
  }
};
