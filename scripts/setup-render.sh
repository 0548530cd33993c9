#!/usr/bin/env bash
# Installs what the rendering checks need: Xvfb and Mesa (lavapipe Vulkan) for the desktop
# screenshot, the AT-SPI accessibility bus and its Python client for the screen-reader check,
# Debian's Chromium for the browser check, and the npm packages (playwright-core).
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need+=(mesa-vulkan-drivers libvulkan1)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# fonts so Chromium's error page text renders
fc-list >/dev/null 2>&1 || need+=(fontconfig fonts-dejavu-core)
# the screen-reader check (check-a11y.sh): a D-Bus session, the AT-SPI bus, and its Python client
command -v dbus-run-session >/dev/null 2>&1 || need+=(dbus)
[ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
/usr/bin/python3 -c 'import pyatspi' >/dev/null 2>&1 || need+=(python3-pyatspi gir1.2-atspi-2.0)
if [ "${#need[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "setup-render: installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxrandr2 libxi6 >/dev/null
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup-render: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup-render: ok"
