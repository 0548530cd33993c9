#!/usr/bin/env bash
# Installs the web build's tools from the package registries only, idempotently:
#   - the wasm32-unknown-unknown Rust target (rustup),
#   - Binaryen 116's library, native, from the PyPI wheel `icpp-binaryen` (hash-pinned), for
#     `scripts/bin/wasm-opt`, which drives it on both cores: `-Oz` on the app in about 2 min.
#     npm's `binaryen` (WebAssembly in Node, one core) took 5-7 min; Debian's `binaryen` (108)
#     is too old: its output fails in the browser ("WebAssembly.Table.set(): Argument 1 is
#     invalid for table", wasm-bindgen's table of JavaScript references).
#   - the browser checks' packages from npm (package-lock.json).
# The JavaScript glue is written by crates/web-bindgen, a workspace tool that Cargo builds
# (scripts/package-web.sh): no wasm-bindgen command and no Trunk to build on a fresh machine
# (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

binaryen_home=$(scripts/bin/wasm-opt --home)
if [ ! -f "$binaryen_home/icpp_binaryen/lib/libbinaryen.so" ]; then
    pinned=$(mktemp)
    echo "icpp-binaryen==116.0.1 --hash=sha256:35fe9e8dd512977cd3dbaebf352eda4d6f686d0292d7d73942b5ffd3a1b06b20" > "$pinned"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
        --no-deps --require-hashes --target "$binaryen_home" -r "$pinned"
    rm -f "$pinned"
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup-web: ok ($(scripts/bin/wasm-opt --version))"
