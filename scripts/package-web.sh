#!/usr/bin/env bash
# Builds the web app and packages it for any static host: `site/` (or the folder given), with the
# offline copy's service worker, the security policy, icons and manifest, and precompressed
# copies. How to host it: docs/hosting.md.
# Usage: bash scripts/package-web.sh [OUT=site]
# The steps: the app for wasm32 (profile wasm-release: small), its JavaScript glue
# (crates/web-bindgen), `wasm-opt -Oz` (scripts/bin/wasm-opt), the page's files staged beside them
# in `dist/`, then scripts/package-web.mjs (shipped names, service worker, sizes) -> OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cramp-explorer/target}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
out="${1:-site}"
bash scripts/setup-web.sh

cargo build --locked --profile wasm-release --target wasm32-unknown-unknown --bin cramp-explorer

rm -rf dist
# The glue (and any JavaScript snippets of the app's crates, none today) straight into dist/.
cargo run --locked --profile web-tools -p web-bindgen -- \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/cramp-explorer.wasm" dist cramp-explorer
# The features every browser with WebGL2 has had since 2021; the output keeps using them.
scripts/bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --output=dist/cramp-explorer.wasm dist/cramp-explorer_bg.wasm
rm dist/cramp-explorer_bg.wasm
cp -r index.html web/style.css web/start.mjs web/page.js web/manifest.webmanifest web/icons \
    assets CREDITS.md LICENSE-MIT LICENSE-APACHE dist/

node scripts/package-web.mjs dist "$out"
