#!/usr/bin/env bash
# Drives the real window under Xvfb through each step against the private
# Postfix world and saves a screenshot of each into assets/screenshots/
# (the README shows them). Run after changing the UI.
#   scripts/screenshots.sh
# The README shows both themes: the light pictures in assets/screenshots/,
# the dark ones in assets/screenshots/dark/:
#   APPEARANCE=dark SHOTS=assets/screenshots/dark scripts/screenshots.sh
# To look at the window under display scaling without touching the README's
# pictures, choose another folder and a scale factor:
#   SHOTS=/tmp/shots-150 WINIT_X11_SCALE_FACTOR=1.5 scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup
shots=${SHOTS:-$PWD/assets/screenshots}
scale=${WINIT_X11_SCALE_FACTOR:-1}
appearance=${APPEARANCE:-light}
mkdir -p "$shots"

world=$PWD/target/mail-world
scripts/mail-world.sh start "$world" >/dev/null
. scripts/xvfb.sh
start_xvfb 1920x1200
# A server that accepts connections and never speaks, so that the
# checking step can be seen with work in progress.
python3 -c '
import socket, time
socks = []
for port in (465, 587, 2525, 25, 993, 143, 995, 110):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.1.20", port)); s.listen(16); socks.append(s)
time.sleep(120)' &
silent=$!
cleanup() { kill "$silent" 2>/dev/null || true; stop_xvfb; scripts/mail-world.sh stop "$world"; }
trap cleanup EXIT

start_app() {
    # A fresh form each time, in the chosen theme.
    mkdir -p "$config/mailsetup"
    printf '{"appearance": "%s"}\n' "$appearance" >"$config/mailsetup/settings.json"
    # "$@": a command to run the app under (unshare -n for no network).
    "$@" "$binary" --resolve mail.full.test:127.0.1.1 --resolve smtp.full.test:127.0.1.20 \
        --resolve imap.full.test:127.0.1.20 --resolve pop.full.test:127.0.1.20 \
        --resolve mail.wrongname.test:127.0.1.6 --resolve mail.selfsigned.test:127.0.1.4 --ca-file "$world/tls/ca.crt" \
        --dns 127.0.1.53 --ispdb https://ispdb.test/v1.1/ >"$config/app.log" 2>&1 &
    app=$!
    window=$(timeout 20 xdotool search --sync --name "Mail Setup Assistant" | head -n 1)
    sleep 1
    # No window manager here: give the window the keyboard ourselves.
    xdotool windowfocus --sync "$window"
    sleep 0.3
}
shot() { sleep "${2:-0.5}"; import -window "$window" "$shots/$1.png"; echo "saved $shots/$1.png"; }

start_app
xdotool type --delay 20 "alice@full.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
shot 1-account
xdotool key Return
shot 2-checking 0.08
shot 3-result 12
# The window's minimum size, in physical pixels at this scale.
xdotool windowsize "$window" "$(awk "BEGIN {print int(520 * $scale)}")" "$(awk "BEGIN {print int(460 * $scale)}")"
shot 3-result-minimum-size 1
kill "$app"; wait "$app" 2>/dev/null || true

start_app
xdotool type --delay 20 "alice@wrongname.test"
xdotool key Tab
xdotool type --delay 20 "whatever"
xdotool key Return
shot 4-certificate-for-another-name 3
kill "$app"; wait "$app" 2>/dev/null || true

start_app
xdotool type --delay 20 "alice@selfsigned.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
shot 5-certificate-not-trusted 8
# The keyboard's way to the button: the focus starts on the page's first
# heading, and the next Tab reaches "Accept this certificate".
xdotool key Tab Return
shot 6-certificate-accepted-for-one-check 6
kill "$app"; wait "$app" 2>/dev/null || true

# A hosted domain: found through its MX record (the world's DNS) and the
# ISPDB's entry for its provider.
start_app
xdotool type --delay 20 "alice@hosted.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
shot 7-checking-lookups 0.2
kill "$app"; wait "$app" 2>/dev/null || true

# A server that only the MX provider's own autoconfig names: the password
# waits for a confirmation that names it.
start_app
xdotool type --delay 20 "alice@selfhost.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
shot 8-server-needs-confirmation 6
kill "$app"; wait "$app" 2>/dev/null || true

# No network at all (a namespace of its own, with nothing in it): the
# network box, and cards that do not blame the names. Needs root.
if unshare -n true 2>/dev/null; then
    start_app unshare -n
    xdotool type --delay 20 "alice@full.test"
    xdotool key Tab
    xdotool type --delay 20 "$(cat "$world/password")"
    xdotool key Return
    shot 9-offline 6
fi
