#!/usr/bin/env bash
# Installs the web build tools from the package registries only, idempotently:
#   - the wasm32-unknown-unknown Rust target (rustup),
#   - trunk 0.21.14 (the last release that builds with Rust 1.95),
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock,
#   - Binaryen 116's library, native, from the PyPI wheel `icpp-binaryen` (hash-pinned), for
#     `scripts/bin/wasm-opt`, which drives it on both cores: `-Oz` on the app in about 2 min.
#     npm's `binaryen` (WebAssembly in Node, one core) took 5-7 min; Debian's `binaryen` (108)
#     is too old: its output fails in the browser ("WebAssembly.Table.set(): Argument 1 is
#     invalid for table", wasm-bindgen's table of JavaScript references).
#   - the browser checks' packages from npm (package-lock.json).
# Trunk is then run with these on PATH and told never to download anything (Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

bin="${CARGO_HOME:-$HOME/.cargo}/bin"
have_version() { [ -x "$bin/$1" ] && "$bin/$1" --version 2>/dev/null | grep -q "$2"; }

# Trunk's own release profile asks for fat LTO and one codegen unit: a long single-threaded build
# on a fresh machine, for a program that only runs the build steps. Built without them.
have_version trunk "0.21.14" ||
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
        cargo install trunk --version 0.21.14 --locked

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || { echo "setup-web: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
# Without --locked: the CLI's own lock file does not resolve on this toolchain.
have_version wasm-bindgen "$bindgen_version" || cargo install wasm-bindgen-cli --version "$bindgen_version"

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
echo "setup-web: ok (trunk $("$bin/trunk" --version | awk '{print $2}'), wasm-bindgen $bindgen_version, $(scripts/bin/wasm-opt --version))"
