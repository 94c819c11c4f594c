// Bundles web/ into dist/parallax.html: one file holding the page, its CSS, its script,
// the worker code and the wasm module (inlined by Emscripten's -sSINGLE_FILE).
//
//   node scripts/build-web.mjs        (normally run by scripts/build-web)
//
// Why one file: Chromium refuses ES-module scripts, fetch() of .wasm and worker script
// URLs over file://. So the page script is an IIFE inlined in a <script>, and the worker
// is started from a Blob URL of inlined text (the Emscripten module + web/src/worker.js).
// Embedded data (the worker source, the examples) travels as JSON string literals with
// every "<" written as \u003c, so nothing in it can close the <script> element.
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wasmJs = process.env.PARALLAX_WASM_JS || path.join(root, 'build/wasm/parallax.js');
const outFile = path.join(root, 'dist/parallax.html');
const target = ['chrome100', 'firefox100', 'safari15'];

function fail(message) {
  console.error(`build-web: ${message}`);
  process.exit(1);
}

// A JS string literal safe inside an HTML <script>: JSON, with "<" escaped.
function scriptSafeLiteral(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// The examples bundled for "Load example": every examples/*.txt, in name order.
async function readExamples() {
  const dir = path.join(root, 'examples');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const examples = [];
  for (const name of names) {
    examples.push({ name: name.replace(/\.txt$/, ''), text: await readFile(path.join(dir, name), 'utf8') });
  }
  return examples;
}

async function bundle(entry, plugins = []) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'iife',
    minify: !process.env.PARALLAX_NO_MINIFY, // PARALLAX_NO_MINIFY=1: readable names in profiles
    write: false,
    charset: 'ascii',
    legalComments: 'none',
    target,
    plugins,
  });
  return result.outputFiles[0].text;
}

// Makes script text safe to inline: "</script" and "<!--" only occur in string, regex or
// comment text of our own bundle (esbuild already escapes them in strings), where "<\/"
// and "<\!--" mean the same.
function inlineScript(text, what) {
  const safe = text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script|<!--/i.test(safe)) fail(`${what} cannot be inlined safely`);
  return safe;
}

async function main() {
  if (!existsSync(wasmJs)) fail(`missing ${wasmJs}; build the wasm module first (scripts/build-web does)`);
  const parallaxJs = await readFile(wasmJs, 'utf8');
  const workerJs = await bundle('web/src/worker.js');
  // The worker runs the Emscripten module with fetch and XMLHttpRequest shadowed: with the
  // wasm inlined as a data: URI it would otherwise try fetch(data:...) first, which the
  // page's Content-Security-Policy (connect-src 'none') blocks. Nothing else needs them.
  const workerSource =
    '(function (fetch, XMLHttpRequest) {\n' + parallaxJs + '\n;\n' + workerJs + '\n})();\n';
  const examples = await readExamples();

  const embedded = {
    name: 'parallax-embedded',
    setup(build) {
      build.onResolve({ filter: /^parallax:embedded$/ }, () => ({ path: 'embedded', namespace: 'parallax' }));
      build.onLoad({ filter: /.*/, namespace: 'parallax' }, () => ({
        contents:
          `export const WORKER_SOURCE = ${scriptSafeLiteral(workerSource)};\n` +
          `export const EXAMPLES = ${scriptSafeLiteral(examples)};\n`,
        loader: 'js',
      }));
    },
  };
  const pageJs = inlineScript(await bundle('web/src/main.js', [embedded]), 'page script');

  const css = (await esbuild.transform(await readFile(path.join(root, 'web/style.css'), 'utf8'), {
    loader: 'css', minify: true, target,
  })).code;
  if (/<\/style/i.test(css)) fail('style.css cannot be inlined safely');

  const template = await readFile(path.join(root, 'web/index.html'), 'utf8');
  for (const marker of ['/*__PARALLAX_STYLE__*/', '/*__PARALLAX_SCRIPT__*/']) {
    if (template.split(marker).length !== 2) fail(`web/index.html must contain ${marker} once`);
  }
  // Function replacers: the inserted text may contain "$&" and friends.
  const html = template
    .replace('/*__PARALLAX_STYLE__*/', () => css)
    .replace('/*__PARALLAX_SCRIPT__*/', () => pageJs);

  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, html);
  const kib = (Buffer.byteLength(html) / 1024).toFixed(0);
  console.log(`build-web: wrote ${path.relative(root, outFile)} (${kib} KiB, ${examples.length} example article(s))`);
}

await main();
