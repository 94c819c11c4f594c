// Joins the native (Google Benchmark JSON), wasm and peer figures into one table: printed,
// and written to build/bench/bench.json.
//
//   node tests/bench/js/table.mjs BUILD_BENCH_DIR DIST_HTML
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [outDir, html] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(path.join(outDir, f), "utf8"));
const native = read("native.json");
const memory = read("native-memory.json");
const js = read("js.json");
const readIf = (f) => (fs.existsSync(path.join(outDir, f)) ? read(f) : null);
const e2e = readIf("e2e-norepeat-5.json");
const norepeat = readIf("corpus/norepeat.json");

const MB = 1048576;
const bench = (json, name) => json.benchmarks.find((b) => b.name.startsWith(name));
// Repeated benchmarks (the full analysis) count their best repetition.
// A benchmark that did not run (a corpus missing) counts as null.
const nativeRate = (name) => {
  const rates = native.benchmarks
    .filter((b) => b.name.startsWith(name) && b.run_type !== "aggregate" && !b.error_occurred)
    .map((b) => b.bytes_per_second);
  return rates.length ? Math.max(...rates) / MB : null;
};
const nativeSeconds = (name) => {
  const b = bench(native, name);
  const scale = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 }[b.time_unit];
  return b.real_time * scale;
};
// A peer reads raw text; Parallax's extractor figures exclude segmentation, so a peer is
// compared with segmentation + that extractor (rates add as times).
const withSegment = (seg, x) => 1 / (1 / seg + 1 / x);

const f1 = (x) => (x == null ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (peer, ours) => (peer == null ? "–" : `${f1(peer)} (1/${Math.round(ours / peer)})`);
const peer = (name, task) => js.peers[name]?.[task]?.mb_per_s ?? null;

const seg = nativeRate("BM_Segment/5");
const rows = [];
const table = { machine: {}, extraction_mb_per_s: {}, clusters: {}, memory: {}, html: {} };
const addRate = (label, key, nat, wasm, peerTask) => {
  const ours = peerTask ? withSegment(seg, nat) : nat;
  const c = peerTask ? peer("compromise", peerTask) : null;
  const w = peerTask ? peer("wink-nlp", peerTask) : null;
  rows.push([label, f1(nat), f1(wasm), peerTask ? ratio(c, ours) : "", peerTask ? ratio(w, ours) : ""]);
  table.extraction_mb_per_s[key] = { native: nat, wasm, compromise: c, "wink-nlp": w,
                                     parallax_with_segmentation: peerTask ? ours : undefined };
};
addRate("segment (MB/s)", "segment", seg, js.wasm.segment.mb_per_s);
addRate("numbers (MB/s)", "numbers", nativeRate("BM_ExtractNumbers/5"), js.wasm.numbers.mb_per_s, "numbers");
addRate("dates (MB/s)", "dates", nativeRate("BM_ExtractDates/5"), js.wasm.dates.mb_per_s, "dates");
addRate("entities + quotes (MB/s)", "entities_quotes",
        nativeRate("BM_ExtractQuotesAndEntities/5"), js.wasm.quotes.mb_per_s, "entities");
rows.push(["  quotes alone, peers (MB/s)", "", "",
           ratio(peer("compromise", "quotes"), withSegment(seg, nativeRate("BM_ExtractQuotesAndEntities/5"))),
           "no quotes"]);
for (const mb of [1, 5, 25]) {
  addRate(`full analysis ${mb} MB (MB/s)`, `full_${mb}mb`,
          nativeRate(`BM_FullAnalysis/${mb}/`), js.wasm[`full-${mb}`].mb_per_s);
}
for (const mb of [1, 5]) {
  const wasm = js.wasm[`norepeat-${mb}`]?.mb_per_s ?? null;
  addRate(`full analysis ${mb} MB, no repeats (MB/s)`, `full_${mb}mb_norepeat`,
          nativeRate(`BM_FullAnalysisNoRepeat/${mb}/`), wasm);
}
addRate("JSON report alone, 5 MB (MB/s)", "report_5mb", nativeRate("BM_WriteReport/5"),
        js.wasm["report-full-5"]?.mb_per_s ?? null);
addRate("JSON report alone, 5 MB, no repeats (MB/s)", "report_5mb_norepeat",
        nativeRate("BM_WriteReportNoRepeat/5"), js.wasm["report-norepeat-5"]?.mb_per_s ?? null);
table.end_to_end = e2e;
if (e2e) {
  rows.push(["end to end, files → JSON file, 5 MB, no repeats (MB/s)", f1(e2e.native.mb_per_s),
             e2e.wasm ? f1(e2e.wasm.mb_per_s) : "–", "", ""]);
  const size = (s) => (s ? `${(s.report_bytes / MB).toFixed(1)} MB (${s.report_ratio.toFixed(1)}× input)` : "–");
  rows.push(["JSON report size, 5 MB, no repeats", size(e2e.native), size(e2e.wasm), "", ""]);
}
const times = {};
for (const n of [10, 100, 1000]) {
  const nat = nativeSeconds(`BM_Cluster/${n}/`);
  const wasm = js.wasm[`cluster-${n}`].seconds;
  times[n] = { native: nat, wasm };
  rows.push([`${n} documents (s)`, nat.toFixed(3), wasm.toFixed(3), "", ""]);
}
const growth = (k) => `×${(times[1000][k] / times[100][k]).toFixed(1)} / ×${(times[100][k] / times[10][k]).toFixed(1)}`;
rows.push(["growth 100→1000 / 10→100 docs", growth("native"), growth("wasm"), "", ""]);
table.clusters = { seconds: times, growth_100_to_1000: { native: times[1000].native / times[100].native, wasm: times[1000].wasm / times[100].wasm } };

// Many clusters (tests/bench/batch_bench.py): parallax batch with one and two threads, and
// scripts/cluster on a local Dask cluster of two worker processes.
const batchFile = path.join(outDir, "batch.json");
if (fs.existsSync(batchFile)) {
  const batch = JSON.parse(fs.readFileSync(batchFile, "utf8"));
  const r = batch.clusters_per_s;
  const n = (x) => (x == null ? "–" : x.toFixed(0));
  rows.push([`batch, ${batch.clusters} clusters (clusters/s)`,
             `jobs 1: ${n(r.jobs_1)} · jobs 2: ${n(r.jobs_2)} · Dask 2 workers: ${n(r.dask_local_2_workers)}`,
             "", "", ""]);
  table.batch = batch;
}

const m = bench(memory, "BM_PeakMemory/5/");
const rss = m.peak_rss_bytes;
rows.push(["peak memory, 5 MB analysis", `${(rss / MB).toFixed(0)} MB RSS (${(rss / m.input_bytes).toFixed(1)}× input)`,
           `${(js.wasm.heap_after_full_5 / MB).toFixed(0)} MB heap`, "", ""]);
table.memory = { native_peak_rss_bytes: rss, native_input_bytes: m.input_bytes, wasm_heap_bytes: js.wasm.heap_after_full_5, wasm_heap_bytes_at_end: js.wasm.heap_bytes };
const htmlBytes = fs.existsSync(html) ? fs.statSync(html).size : null;
rows.push(["dist/parallax.html", htmlBytes == null ? "missing" : `${(htmlBytes / MB).toFixed(2)} MB`, "", "", ""]);
table.html = { bytes: htmlBytes };

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
table.machine = { cpu, cores: os.cpus().length, os: `${os.type()} ${os.release()}`, node: process.version,
                  benchmark_context: native.context, date: new Date().toISOString() };
table.peers = { sample_bytes: js.peers.sample_bytes, compromise: js.peers.compromise?.version,
                "wink-nlp": js.peers["wink-nlp"]?.version };
table.rows = rows;

const header = ["", "Parallax native", "Parallax wasm (node)", `compromise ${table.peers.compromise ?? ""}`,
                `wink-nlp ${table.peers["wink-nlp"] ?? ""}`];
const lines = [header, ...rows];
const widths = header.map((_, i) => Math.max(...lines.map((r) => String(r[i]).length)));
const fmt = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
console.log(fmt(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(fmt(r));
console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${table.machine.os}, node ${process.version}.`);
if (e2e) {
  console.log(`End to end: median of ${e2e.runs} runs, native and wasm alternating; ` +
              `${e2e.documents} files, ${(e2e.input_bytes / MB).toFixed(2)} MB.`);
}
if (norepeat) {
  console.log(`No-repeat corpus: no sentence repeated verbatim, recombined from ${norepeat.sources.join(", ")}` +
              (norepeat.shared ? "." : " (../shared is absent: examples/ only)."));
}
console.log(`Peers read the first ${(js.peers.sample_bytes / 1024).toFixed(0)} KB of the 1 MB corpus; ` +
            "\"(1/N)\": Parallax (segmentation + that extractor, native) is N× faster.");
fs.writeFileSync(path.join(outDir, "bench.json"), JSON.stringify(table, null, 2));
