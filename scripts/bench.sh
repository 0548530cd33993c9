#!/usr/bin/env bash
# Frame cost of the app against the minimal scene (examples/baseline.rs), on the same renderer
# (Xvfb + Mesa lavapipe), same window, run alternately so both see the same machine; then the
# CPU an idle app window uses. Prints medians and ratios.
#
# Usage: scripts/bench.sh [RUNS] [FRAMES]     (default 5 runs of 300 frames each)
#        BEFORE=/path/to/older/cramp-explorer scripts/bench.sh ...   also runs an older build of
#        the app (cramp playing) in the same alternation, for a before/after column.
# Needs scripts/setup-render.sh. Compare numbers only within one run of this script: the
# machines are noisy, so the ratios are what count (docs/performance.md).
set -euo pipefail
if [ -n "${BEFORE:-}" ]; then BEFORE="$(realpath "$BEFORE")"; fi
cd "$(dirname "$0")/.."
runs="${1:-5}"
frames="${2:-300}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cramp-explorer/target}"
cargo build --release --locked --bin cramp-explorer --example baseline
app="$CARGO_TARGET_DIR/release/cramp-explorer"
baseline="$CARGO_TARGET_DIR/release/examples/baseline"
out="$(mktemp -d)"
xrun() { timeout 900 xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }

for run in $(seq 1 "$runs"); do
    # The cramp playing with the default panels open, as the issue measures it.
    xrun "$app" --assets assets --window-size 1280x720 --scenario calf_cramp \
        --benchmark "$frames" 2>/dev/null | grep '^{' >> "$out/app.jsonl"
    xrun "$baseline" --window-size 1280x720 --benchmark "$frames" 2>/dev/null \
        | grep '^{' >> "$out/baseline.jsonl"
    if [ -n "${BEFORE:-}" ]; then
        xrun "$BEFORE" --assets assets --window-size 1280x720 --scenario calf_cramp \
            --benchmark "$frames" 2>/dev/null | grep '^{' >> "$out/before.jsonl"
    fi
    # The default view with nothing playing.
    xrun "$app" --assets assets --window-size 1280x720 --benchmark "$frames" 2>/dev/null \
        | grep '^{' >> "$out/app-still.jsonl"
    echo "run $run of $runs done" >&2
done

# Idle: start the app, let it load and settle, then count the CPU time it uses in 10 s with
# nothing moving and no input.
idle() {
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --assets assets --window-size 1280x720 \
        2>/dev/null &
    local wrapper=$!
    sleep "${IDLE_SETTLE_S:-60}"
    local pid
    pid=$(pgrep -n -f "release/cramp-explorer --assets assets --window-size 1280x720$" || true)
    if [ -z "$pid" ]; then echo "idle: the app did not start" >&2; kill "$wrapper" 2>/dev/null; return; fi
    local ticks before after
    ticks=$(getconf CLK_TCK)
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    kill "$pid" 2>/dev/null || true
    wait "$wrapper" 2>/dev/null || true
    python3 -c "print(f'idle: {100 * ($after - $before) / $ticks / 10:.2f} % of one core over 10 s')"
}
idle

python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
def load(name):
    return [json.loads(line) for line in open(f"{out}/{name}.jsonl") if line.strip()]
app, base, still = load("app"), load("baseline"), load("app-still")
def median(rows, key):
    values = [r[key] for r in rows if r.get(key) is not None]
    return statistics.median(values) if values else float("nan")
print(f"{'':22}{'app (cramp)':>14}{'app (still)':>14}{'baseline':>12}{'cramp/base':>12}")
for key in ["mean_frame_ms", "p95_frame_ms", "first_frame_ms", "peak_rss_mb"]:
    a, s, b = median(app, key), median(still, key), median(base, key)
    print(f"{key:22}{a:14.1f}{s:14.1f}{b:12.1f}{a / b:12.2f}")
print(f"runs: {len(app)} app, {len(still)} still, {len(base)} baseline")
try:
    before = load("before")
except FileNotFoundError:
    before = []
if before:
    print(f"\n{'':22}{'before (cramp)':>16}{'before/base':>12}{'app/before':>12}")
    for key in ["mean_frame_ms", "p95_frame_ms", "first_frame_ms", "peak_rss_mb"]:
        p, a, b = median(before, key), median(app, key), median(base, key)
        print(f"{key:22}{p:16.1f}{p / b:12.2f}{a / p:12.2f}")
PY
