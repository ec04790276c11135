// Mizan for browsers and web workers: the wasm module is fetched next to this file
// (same origin, no bundler needed); importing this module waits until it is ready.
import init, { Analyzer, version } from "../pkg/mizan.js";

await init({ module_or_path: new URL("../pkg/mizan_bg.wasm", import.meta.url) });

export { Analyzer, version };
