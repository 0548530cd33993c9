#!/usr/bin/env bash
# Screen-reader check on the desktop: starts an accessibility bus (AT-SPI, what Orca uses on
# Linux) with the screen reader flag on, runs the app's binary under Xvfb with the soleus
# selected, and reads the app's accessibility tree (scripts/a11y_tree.py): the panels' buttons
# and the selected structure's card must be in it.
# Usage: dbus-run-session -- scripts/check-a11y.sh EXE OUT_DIR   (check-desktop.sh runs it)
set -uo pipefail
cd "$(dirname "$0")/.."
exe="$1"
out="$2"

/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill "${app:-}" "$launcher" 2>/dev/null' EXIT
sleep 1
# What a screen reader sets when it starts: AccessKit builds the tree only when asked for.
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --dest=org.a11y.Bus --print-reply=literal /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status "string:$property" \
        variant:boolean:true >/dev/null
done
timeout 600 xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" --assets assets --window-size 1280x720 \
    --select soleus --view posterior --benchmark 100000 > "$out/a11y-app.log" 2>&1 &
app=$!
/usr/bin/python3 scripts/a11y_tree.py cramp --timeout 240 --dump "$out/a11y-tree.txt" \
    --expect "Soleus" --expect "Musculus soleus" --expect "Learn" --expect "Posterior" \
    --expect "Search structures" --expect "Show or hide Soleus" --expect "Muscle colour: atlas colours" --expect "Animation: Manual (sliders)"
