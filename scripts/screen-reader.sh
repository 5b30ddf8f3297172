#!/usr/bin/env bash
# Reads the real window as a screen reader (Orca) does, through AT-SPI,
# at each step of a real check against the private mail world, prints what
# is heard, and fails when something a person relies on is not heard.
#   scripts/screen-reader.sh
# Needs Debian's at-spi2-core, python3-pyatspi and dbus-daemon
# (scripts/test.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
# A session bus of its own: the accessibility bus hangs off it.
if [ -z "${MAILSETUP_SCREEN_READER_SESSION:-}" ]; then
    exec env MAILSETUP_SCREEN_READER_SESSION=1 dbus-run-session -- "$0" "$@"
fi
cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup
walk=scripts/atspi-walk.py

world=${MAILSETUP_WORLD_DIR:-$PWD/target/mail-world}
scripts/mail-world.sh start "$world" >/dev/null
. scripts/xvfb.sh
start_xvfb 1280x1024
/usr/libexec/at-spi-bus-launcher --launch-immediately &
a11y=$!
cleanup() { kill "$a11y" 2>/dev/null || true; stop_xvfb; scripts/mail-world.sh stop "$world"; }
trap cleanup EXIT
# What a screen reader does when it starts; without it no application
# publishes its tree.
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
        string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null 2>&1 && break
    sleep 0.1
done

# The checks below read the window in English, whatever this machine speaks.
export MAILSETUP_LANG=en-US
"$binary" --resolve mail.full.test:127.0.1.1 --resolve smtp.full.test:127.0.1.20 \
    --resolve imap.full.test:127.0.1.20 --resolve pop.full.test:127.0.1.20 \
    --ca-file "$world/tls/ca.crt" --dns 127.0.1.53 --ispdb https://ispdb.test/v1.1/ >"$config/app.log" 2>&1 &
app=$!
window=$(timeout 20 xdotool search --sync --name "Mail Setup Assistant" | head -n 1)
sleep 1
xdotool windowfocus --sync "$window"

echo "== 1. The form, as it opens"
$walk mailsetup --expect "entry 'Email address' [focused]" \
    "password text 'Password' — described by 'Without a password" \
    "toggle button 'I know my server' [not pressed]" "combo box 'Theme: System'"
xdotool type --delay 20 "alice@"
xdotool key Return
sleep 0.5
echo
echo "== 2. Enter on an address that is not complete: what the focused field says"
$walk mailsetup --focused --expect "entry 'Email address' [focused] — described by"
xdotool type --delay 20 "full.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
sleep 0.3
echo
echo "== 3. A moment after Enter: the focus is on the new page's first heading"
echo "   (the checking page's, or the result's when the answer is already certain)"
$walk mailsetup --focused --expect "heading '"
sleep 12
echo
echo "== 4. The result"
$walk mailsetup --expect "heading 'Incoming mail (IMAP)' [focused]" "image 'Works'" \
    "push button 'Copy incoming Hostname: mail.full.test'" "push button 'Copy outgoing Port: 465'" \
    "toggle button 'Why port 465?' [pressed]" "toggle button 'What we tried' [not pressed]"
