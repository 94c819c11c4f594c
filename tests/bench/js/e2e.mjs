// End to end, as a user runs it: read the article files, analyse them, write the JSON report
// to a file. Native: the `parallax` command line (one process per run, stdout to a file).
// wasm: the shipped module (build/wasm/parallax.js) in node, files read with fs, the report
// string written with fs. Writes build/bench/e2e.json.
//
//   node tests/bench/js/e2e.mjs BUILD_BENCH_DIR CLI WASM_JS CORPUS_NAME [RUNS]
//
// Each side runs RUNS times (default 5), alternating, so both are measured in the same
// minutes; the table shows the median.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const [outDir, cli, wasmJs, corpus, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const dir = path.join(outDir, "corpus", corpus);
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(dir, f));
const inputBytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const date = "2024-10-23";
const MB = 1048576;

const nativeOut = path.join(outDir, `e2e-native-${corpus}.json`);
function runNative() {
  const fd = fs.openSync(nativeOut, "w");
  const start = process.hrtime.bigint();
  const r = spawnSync(cli, ["analyze", "--format", "json", "--date", date, ...files], {
    stdio: ["ignore", fd, "ignore"],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  fs.closeSync(fd);
  if (r.status !== 0) throw new Error(`${cli} exited with ${r.status}`);
  return seconds;
}

const wasmOut = path.join(outDir, `e2e-wasm-${corpus}.json`);
let parallax = null;
if (wasmJs && fs.existsSync(wasmJs)) parallax = await require(path.resolve(wasmJs))();
function runWasm() {
  const start = process.hrtime.bigint();
  const docs = files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, "utf8") }));
  const report = parallax.analyze(docs, { referenceDate: date });
  fs.writeFileSync(wasmOut, report);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const times = { native: [], wasm: [] };
for (let i = 0; i < runs; ++i) {
  times.native.push(runNative());
  if (parallax) times.wasm.push(runWasm());
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const side = (xs, out) =>
  xs.length === 0
    ? null
    : {
        seconds: xs,
        median_seconds: median(xs),
        best_seconds: Math.min(...xs),
        mb_per_s: inputBytes / median(xs) / MB,
        report_bytes: fs.statSync(out).size,
        report_ratio: fs.statSync(out).size / inputBytes,
      };
const result = {
  corpus,
  documents: files.length,
  input_bytes: inputBytes,
  runs,
  native: side(times.native, nativeOut),
  wasm: side(times.wasm, wasmOut),
};
fs.writeFileSync(path.join(outDir, `e2e-${corpus}.json`), JSON.stringify(result, null, 2));
const fmt = (s) => (s ? `${s.mb_per_s.toFixed(1)} MB/s (median ${s.median_seconds.toFixed(3)} s), report ×${s.report_ratio.toFixed(2)}` : "–");
console.log(`end to end on ${corpus} (${(inputBytes / MB).toFixed(2)} MB, ${files.length} files): ` +
            `native ${fmt(result.native)}; wasm ${fmt(result.wasm)}`);
