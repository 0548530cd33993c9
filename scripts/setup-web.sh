#!/usr/bin/env bash
# Installs the web build tools from the package registries only, idempotently:
#   - the wasm32-unknown-unknown Rust target (rustup),
#   - trunk 0.21.14 (the last release that builds with Rust 1.95),
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock,
#   - wasm-opt from the npm `binaryen` package (recent enough for Rust 1.95's wasm features).
#     It runs in Node, compiled to WebAssembly, on one core: `-Oz` on the app takes 5-7 min.
#     Debian's native `binaryen` (108) does it in 2.3 min on two cores, but its output fails in
#     the browser ("WebAssembly.Table.set(): Argument 1 is invalid for table": it mishandles
#     wasm-bindgen's table of JavaScript references), so it is not used.
# Trunk is then run with these on PATH and told never to download anything (Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

bin="${CARGO_HOME:-$HOME/.cargo}/bin"
have_version() { [ -x "$bin/$1" ] && "$bin/$1" --version 2>/dev/null | grep -q "$2"; }

have_version trunk "0.21.14" || cargo install trunk --version 0.21.14 --locked

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || { echo "setup-web: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
# Without --locked: the CLI's own lock file does not resolve on this toolchain.
have_version wasm-bindgen "$bindgen_version" || cargo install wasm-bindgen-cli --version "$bindgen_version"

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup-web: ok (trunk $("$bin/trunk" --version | awk '{print $2}'), wasm-bindgen $bindgen_version, $(node_modules/.bin/wasm-opt --version))"
