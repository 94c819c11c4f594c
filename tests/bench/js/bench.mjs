// The wasm and JavaScript side of scripts/bench. Reads the corpora parallax_bench wrote
// (build/bench/corpus/*.json), times the wasm module's stages on them, then the peers
// (compromise + compromise-dates, wink-nlp + wink-eng-lite-web-model) on the same text,
// and writes build/bench/js.json.
//
//   node tests/bench/js/bench.mjs BUILD_BENCH_DIR WASM_BENCH_JS
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const [outDir, wasmJs] = process.argv.slice(2);
const corpusDir = path.join(outDir, "corpus");
const load = (name) => JSON.parse(fs.readFileSync(path.join(corpusDir, `${name}.json`), "utf8"));
const utf8Bytes = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);

// Runs fn until at least minSeconds have passed (and at least once); seconds per run.
function time(fn, minSeconds = 1) {
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    ++runs;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < minSeconds);
  return elapsed / runs;
}

const result = { wasm: {}, peers: {} };

// --- Parallax in wasm -------------------------------------------------------------------
const createBench = require(path.resolve(wasmJs));
const mod = await createBench();
const heapBytes = () => (mod.HEAP8 ? mod.HEAP8.length : mod.wasmMemory?.buffer.byteLength ?? 0);
{
  const docs = load("full-5");
  const bytes = utf8Bytes(docs);
  mod.setCorpus(docs);
  for (const stage of ["segment", "numbers", "dates", "quotes"]) {
    const s = time(() => mod.run(stage));
    result.wasm[stage] = { seconds: s, mb_per_s: bytes / s / 1048576 };
  }
}
for (const mb of [1, 5, 25]) {
  const docs = load(`full-${mb}`);
  const bytes = utf8Bytes(docs);
  mod.setCorpus(docs);
  // One analysis per run; the best of three (one for 25 MB), as on the native side.
  const s = Math.min(...Array.from({ length: mb === 25 ? 1 : 3 }, () => time(() => mod.run("full"), 0)));
  result.wasm[`full-${mb}`] = { seconds: s, mb_per_s: bytes / s / 1048576, bytes };
  if (mb === 5) result.wasm.heap_after_full_5 = heapBytes();
}
// The no-repeat corpora (scripts/lib/norepeat_corpus.py), when written.
for (const mb of [1, 5]) {
  if (!fs.existsSync(path.join(corpusDir, `norepeat-${mb}.json`))) continue;
  const docs = load(`norepeat-${mb}`);
  const bytes = utf8Bytes(docs);
  mod.setCorpus(docs);
  const s = Math.min(...Array.from({ length: 3 }, () => time(() => mod.run("full"), 0)));
  result.wasm[`norepeat-${mb}`] = { seconds: s, mb_per_s: bytes / s / 1048576, bytes };
}
// The JSON report alone (to_json of an analysis made beforehand), 5 MB corpora.
for (const name of ["full-5", "norepeat-5"]) {
  if (!fs.existsSync(path.join(corpusDir, `${name}.json`))) continue;
  const docs = load(name);
  const bytes = utf8Bytes(docs);
  mod.setCorpus(docs);
  mod.run("analysis");
  const s = time(() => mod.run("report"));
  result.wasm[`report-${name}`] = { seconds: s, mb_per_s: bytes / s / 1048576, bytes };
  mod.setCorpus([]);
  mod.run("analysis");  // lets the kept analysis go
}
for (const n of [10, 100, 1000]) {
  const docs = load(`cluster-${n}`);
  mod.setCorpus(docs);
  const s = time(() => mod.run("full"), 0);
  result.wasm[`cluster-${n}`] = { seconds: s, bytes: utf8Bytes(docs) };
}
result.wasm.heap_bytes = heapBytes();  // the heap only grows: its size is the peak

// --- Peers ------------------------------------------------------------------------------
// compromise is slow (tens of KB/s), so every peer reads the same prefix of the 1 MB corpus.
const sampleBytes = Number(process.env.PARALLAX_BENCH_PEER_BYTES || 256 * 1024);
const sample = [];
for (const d of load("full-1")) {
  if (utf8Bytes(sample) >= sampleBytes) break;
  sample.push(d);
}
const texts = sample.map((d) => d.text);
const bytes = utf8Bytes(sample);
result.peers.sample_bytes = bytes;
const versionOf = (pkg) =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname),
                                       "node_modules", pkg, "package.json"), "utf8")).version;
const rate = (fn) => {
  const s = time(() => texts.forEach(fn), 0);
  return { seconds: s, mb_per_s: bytes / s / 1048576 };
};

try {
  const nlp = require("compromise");
  nlp.plugin(require("compromise-dates"));
  const c = {};
  c.version = versionOf("compromise");
  c.numbers = rate((t) => nlp(t).numbers().json());
  c.dates = rate((t) => nlp(t).dates({ today: "2024-10-23" }).json());
  c.quotes = rate((t) => nlp(t).quotations().json());
  c.entities = rate((t) => {
    const doc = nlp(t);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  });
  result.peers.compromise = c;
} catch (e) {
  result.peers.compromise = { error: String(e) };
}

try {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  const w = { version: versionOf("wink-nlp") };
  // wink's entity pass finds numbers (CARDINAL, MONEY, PERCENT...) and dates (DATE, TIME)
  // together; each task below runs the pass and keeps its own types.
  const entitiesOf = (t, keep) =>
    nlp.readDoc(t).entities().filter((e) => keep(e.out(its.type))).out(its.detail);
  const NUM = new Set(["CARDINAL", "ORDINAL", "MONEY", "PERCENT", "DURATION", "MEASURE"]);
  const DATE = new Set(["DATE", "TIME"]);
  w.numbers = rate((t) => entitiesOf(t, (type) => NUM.has(type)));
  w.dates = rate((t) => entitiesOf(t, (type) => DATE.has(type)));
  w.entities = rate((t) => nlp.readDoc(t).entities().out(its.detail));
  w.quotes = null;  // no quotation extraction
  result.peers["wink-nlp"] = w;
} catch (e) {
  result.peers["wink-nlp"] = { error: String(e) };
}

fs.writeFileSync(path.join(outDir, "js.json"), JSON.stringify(result, null, 2));
