// Times the wasm build in Node on the seeds repeated to about 1 MB (MB/s), and reports the
// module's size raw and gzipped. Run after `npm run build`: node benches/wasm.mjs [--json]
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { Analyzer } from "../js/node.js";

const shared = process.env.MIZAN_SHARED || new URL("../../shared", import.meta.url).pathname;
let unit = "";
for (const f of ["seeds/000_8c51726768af6fce.txt", "seeds/003_1519af166ae1b5ff.txt"]) {
  const p = join(shared, f);
  if (existsSync(p)) unit += readFileSync(p, "utf8") + "\n\n";
}
if (!unit) {
  console.error(`bench: seeds not found under ${shared}; using a built-in sample`);
  unit = "استقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي الخاص ستيف ويتكوف في الكرملين بموسكو.\n";
}
const mb = (s) => Buffer.byteLength(s, "utf8") / 1e6;
const big = unit.repeat(Math.ceil(1e6 / Buffer.byteLength(unit, "utf8")));
const a = new Analyzer();
a.analyze(unit); // warm up: the lexicon loads on first use

function time(text, runs, method = "analyze") {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    a[method](text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}
const textLayerMs = time(big, 5, "tokens");
const bigMs = time(big, 5);
const oneMs = time(unit, 30);
const wasm = readFileSync(new URL("../pkg/mizan_bg.wasm", import.meta.url));
const result = {
  input_mb: +mb(big).toFixed(3),
  tokens_api_mb_per_s: +(mb(big) / (textLayerMs / 1000)).toFixed(2), // text layer + conversion of every token to a JS object
  wasm_mb_per_s: +(mb(big) / (bigMs / 1000)).toFixed(2),
  median_ms_1mb: +bigMs.toFixed(1),
  median_ms_two_seeds: +oneMs.toFixed(2),
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
  node: process.version,
};
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else console.log(result);
