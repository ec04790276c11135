#!/usr/bin/env bash
# Builds the WebAssembly module (release, LTO) and its JavaScript bindings into pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }
say "compiling the wasm module (cargo rustc --release --target wasm32-unknown-unknown, LTO)"
# LTO needs the cdylib alone: cargo ignores lto when crate-type also lists rlib.
cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --crate-type cdylib
say "generating JS bindings (wasm-bindgen --target web) into pkg/"
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name mizan target/wasm32-unknown-unknown/release/mizan.wasm
# pkg/ is loaded as ES modules in Node and browsers.
printf '{ "type": "module" }\n' > pkg/package.json
raw=$(wc -c < pkg/mizan_bg.wasm)
gz=$(gzip -9 -c pkg/mizan_bg.wasm | wc -c)
say "pkg/mizan_bg.wasm: $raw bytes, $gz gzipped"
