#!/usr/bin/env bash
# npm start: sets up what is missing, builds the wasm module, serves the page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
