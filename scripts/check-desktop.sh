#!/usr/bin/env bash
# Desktop rendering check: the app's binary (release by default; CRAMP_EXE picks another, as CI
# does with the test build's) under Xvfb with Mesa's software Vulkan (lavapipe)
# saves a screenshot, whose pixels must show the leg and the panel; a screen reader's view of the
# app (scripts/check-a11y.sh) must hold its panels and the selected card. Then a short benchmark.
# Usage: [CRAMP_EXE=path] scripts/check-desktop.sh [OUT_DIR]   (needs scripts/setup-render.sh and a build)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out}"
mkdir -p "$out"
target="${CARGO_TARGET_DIR:-target}"
exe="${CRAMP_EXE:-$target/release/cramp-explorer}"
[ -x "$exe" ] || { echo "check-desktop: $exe is missing; run cargo build --release (or set CRAMP_EXE)" >&2; exit 1; }

run() { timeout 600 xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" --assets assets "$@"; }

run --window-size 1280x720 --screenshot "$out/desktop.png" 2> "$out/desktop.log" || {
    tail -n 30 "$out/desktop.log" >&2
    exit 1
}
python3 scripts/png_stats.py "$out/desktop.png" --expect-size 1280x720 --panel-width 320

# A deep state from flags: posterior view with the soleus selected.
run --window-size 1280x720 --view posterior --select soleus --screenshot "$out/desktop-soleus.png" 2>> "$out/desktop.log"
python3 scripts/png_stats.py "$out/desktop-soleus.png" --expect-size 1280x720 --panel-width 320 \
    --differs-from "$out/desktop.png" --min-difference 0.02
# The flags reached the view state (the app logs each view it applies, as a link).
grep -q "view applied: select=soleus&view=posterior" "$out/desktop.log" || {
    echo "check-desktop: --view/--select were not applied" >&2
    exit 1
}

# Labels asked for from the start are drawn: the skin, which would cover every label, is hidden
# a frame after the view applies, and the labels must follow.
run --window-size 1280x720 --labels --screenshot "$out/desktop-labels.png" 2>> "$out/desktop.log"
python3 scripts/png_stats.py "$out/desktop-labels.png" --expect-size 1280x720 --panel-width 320 \
    --differs-from "$out/desktop.png" --min-difference 0.001

# A tour step from flags: the presenter view (no side panels, a large caption at the bottom).
run --window-size 1280x720 --tour cramp_for_patients --step 3 --screenshot "$out/desktop-tour.png" 2>> "$out/desktop.log"
python3 scripts/png_stats.py "$out/desktop-tour.png" --expect-size 1280x720 --caption-height 150

# Screen readers: the accessibility tree Orca would read, over AT-SPI on a private D-Bus session.
dbus-run-session -- bash scripts/check-a11y.sh "$exe" "$out" 2>> "$out/desktop.log" || {
    echo "check-desktop: the accessibility tree is missing or incomplete ($out/a11y-tree.txt)" >&2
    exit 1
}

frames="${BENCHMARK_FRAMES:-120}"
run --window-size 1280x720 --benchmark "$frames" 2>> "$out/desktop.log" | tee "$out/benchmark.json"
grep -q "\"frames\":$frames," "$out/benchmark.json"
echo "check-desktop: ok"
