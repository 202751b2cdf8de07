#!/usr/bin/env bash
# Runs a command where a screen reader would find the browser: inside `xvfb-run -a
# dbus-run-session --` (an X display and a D-Bus session of its own), with the AT-SPI bus
# started and accessibility switched on, as a desktop does when a screen reader is enabled.
# Usage: xvfb-run -a dbus-run-session -- tests/screen-reader/session.sh COMMAND...
# The bus launcher (and the registry it starts) are stopped when the command ends, however it ends.
set -euo pipefail

[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "session.sh: no D-Bus session (run it under dbus-run-session)" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "session.sh: no X display (run it under xvfb-run)" >&2; exit 2; }

/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
# The launcher's children (the accessibility bus's dbus-daemon, at-spi2-registryd) end with the
# D-Bus session; the launcher itself is ours to stop.
trap 'kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true' EXIT

# Wait until the launcher owns org.a11y.Bus, then say accessibility is on (org.a11y.Status
# IsEnabled: what GNOME's "screen reader" switch sets), so that Chromium loads its AT-SPI bridge.
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
  string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
export ACCESSIBILITY_ENABLED=1

"$@"
