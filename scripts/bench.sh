#!/usr/bin/env bash
# npm run bench: native criterion benchmarks and the wasm timing in Node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo bench --bench analyze
node benches/wasm.mjs
