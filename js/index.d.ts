// Types for `import { Analyzer } from "mizan"` (Node and browsers alike).
export { Analyzer, version } from "../pkg/mizan.js";
export type * from "../pkg/mizan.js";
