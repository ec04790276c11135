// Mizan for Node.js (>= 18): the wasm module is read from disk and instantiated synchronously.
import { readFileSync } from "node:fs";
import { initSync, Analyzer, version } from "../pkg/mizan.js";

initSync({ module: readFileSync(new URL("../pkg/mizan_bg.wasm", import.meta.url)) });

export { Analyzer, version };
