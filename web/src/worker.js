// The analysis worker. It runs inside a Blob-URL worker whose source is the Emscripten
// module (which defines createParallax) followed by this file; see scripts/build-web.mjs.
//
// Protocol (see worker-messenger.js): {id, action: 'analyze', args: {documents, options,
// fingerprintOf}} in; {id, progress: {step, steps, label}} while it works (the analysis
// is one wasm call over all documents, so progress is by step: starting the module,
// analysing, reading the report; the page draws in step 4), then {id, part: {key, items}}
// for each part of a long list and {id, jsonPart} for each piece of the report's JSON
// text, then {id, result, version, fingerprint} (the report, its long lists given in the
// parts; the fingerprint of args.fingerprintOf, {referenceDate, articles: [{name,
// published}]}, with the documents' texts: what the page stores the report under, see
// storage.js) or {id, error, refused, fatal} out. {id, action: 'warm', args: {documents}}
// analyses a small text to compile and optimise the module before it is needed.
// `refused` means the core turned the input down (ok: false, e.g. too many documents);
// `fatal` means the module aborted and the worker must be replaced.
/* global createParallax */
import { fingerprint } from './storage.js';

let modulePromise = null;

function parallaxModule() {
  if (!modulePromise) modulePromise = createParallax();
  return modulePromise;
}

const STEPS = 4;

// The report's long lists go to the page in parts of this many items, each part a message
// of its own: the page reads each in a short task instead of one long one.
const PART_ITEMS = 1000;
const PARTED = ['numbers', 'dates', 'quotes', 'entities', 'claims', 'groups'];

// The JSON text goes in pieces of this many characters: the page reads (deserialises) a
// message of 5 million characters in one task of 50-70 ms, a piece in a few.
const JSON_PIECE = 1 << 19;

function sendJson(id, json) {
  for (let i = 0; i < json.length; i += JSON_PIECE) self.postMessage({ id, jsonPart: json.slice(i, i + JSON_PIECE) });
}

function sendParts(id, report) {
  for (const key of PARTED) {
    const list = report[key];
    if (!Array.isArray(list) || list.length <= PART_ITEMS) continue;
    for (let i = 0; i < list.length; i += PART_ITEMS) self.postMessage({ id, part: { key, items: list.slice(i, i + PART_ITEMS) } });
    report[key] = [];
  }
}

async function handle(action, args, progress, id) {
  // Warms the module up (compiled, and its hot code optimised) on a small text while the
  // page is idle, so that the first real analysis does not pay for it.
  if (action === 'warm') {
    const parallax = await parallaxModule();
    parallax.analyze(args.documents, {});
    return { result: null };
  }
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
  sendParts(id, report);
  // The text goes too: the page stores it as it is instead of serialising the report again.
  sendJson(id, json);
  const of = args.fingerprintOf;
  const documents = args.documents;
  const stored = of ? fingerprint(of.articles.map((a, i) => ({ name: a.name, published: a.published, text: documents[i].text })), of.referenceDate) : '';
  return { result: report, version: parallax.version(), fingerprint: stored };
}

self.onmessage = async (event) => {
  const { id, action, args } = event.data || {};
  try {
    const progress = (step, label) => self.postMessage({ id, progress: { step, steps: STEPS, label } });
    self.postMessage({ id, ...(await handle(action, args, progress, id)) });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err), fatal: true });
  }
};
