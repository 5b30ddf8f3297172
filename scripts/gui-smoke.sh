#!/usr/bin/env bash
# Starts the real release binary under Xvfb, takes a screenshot of its
# window and fails if nothing was drawn (a blank or single-colour image).
#   scripts/gui-smoke.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/gui-smoke.png}

cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup

. scripts/xvfb.sh
trap stop_xvfb EXIT
start_xvfb 1024x768

# The checks below read the window in English, whatever this machine speaks.
export MAILSETUP_LANG=en-US
"$binary" >"$config/app.log" 2>&1 &
app=$!
window=$(timeout 20 xdotool search --sync --name "Mail Setup Assistant" | head -n 1) || {
    echo "$0: no window appeared" >&2; cat "$config/app.log" >&2; exit 1; }
sleep 1
mkdir -p "$(dirname "$out")"
import -window "$window" "$out"
geometry=$(identify -format '%wx%h' "$out")
deviation=$(identify -format '%[fx:int(1000*standard_deviation)]' "$out")
colours=$(identify -format '%k' "$out")
echo "gui-smoke: window $geometry, $colours colours, grey deviation $deviation/1000 -> $out"
if [ "$colours" -lt 8 ] || [ "$deviation" -lt 20 ]; then
    echo "$0: the window looks blank" >&2
    exit 1
fi
kill -0 "$app" || { echo "$0: the app exited" >&2; cat "$config/app.log" >&2; exit 1; }
