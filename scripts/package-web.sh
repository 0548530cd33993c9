#!/usr/bin/env bash
# Builds the web app and packages it for any static host: `site/` (or the folder given), with the
# offline copy's service worker, the security policy, icons and manifest, and precompressed
# copies. How to host it: docs/hosting.md.
# Usage: bash scripts/package-web.sh [OUT=site]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cramp-explorer/target}"
# scripts/bin first: its wasm-opt (native Binaryen) is the one Trunk runs.
export PATH="$PWD/scripts/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
bash scripts/setup-web.sh
trunk build --release
node scripts/package-web.mjs dist "${1:-site}"
