#!/usr/bin/env bash
# Installs the web build tools from the package registries only, idempotently:
#   - the wasm32-unknown-unknown Rust target (rustup),
#   - trunk 0.21.14 (the last release that builds with Rust 1.95),
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock,
#   - wasm-opt from Debian's `binaryen` (version 108, native and multi-threaded: `-Oz` on the app
#     takes 2.3 min on two cores, against 5-7 min for npm's `binaryen` 132, which runs compiled to
#     WebAssembly on one core in Node, for a file 1.6 KB gzip larger out of 6.7 MB; the wasm
#     features Rust 1.95 uses are enabled by name in index.html).
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

if [ ! -x /usr/bin/wasm-opt ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "setup-web: installing binaryen (wasm-opt)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binaryen >/dev/null
fi
echo "setup-web: ok (trunk $("$bin/trunk" --version | awk '{print $2}'), wasm-bindgen $bindgen_version, $(/usr/bin/wasm-opt --version))"
