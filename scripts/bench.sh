#!/usr/bin/env bash
# npm run bench: native criterion benchmarks and the wasm timing in Node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo bench --bench analyze
cargo bench --target wasm32-unknown-unknown --bench wasm_text
node benches/wasm.mjs
