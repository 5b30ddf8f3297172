#!/usr/bin/env bash
# Starts the real release binary under Xvfb, takes a screenshot of its
# window and fails if nothing was drawn (a blank or single-colour image).
#   scripts/gui-smoke.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/gui-smoke.png}

for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
config=$(mktemp -d)
cleanup() { kill "${app:-}" "$xvfb" 2>/dev/null || true; rm -rf "$config"; }
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$config
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

"$binary" >"$config/app.log" 2>&1 &
app=$!
window=$(timeout 20 xdotool search --sync --name "Mail Setup Assistant" | head -n 1) || {
    echo "$0: no window appeared" >&2; cat "$config/app.log" >&2; exit 1; }
sleep 1
mkdir -p "$(dirname "$out")"
import -window "$window" "$out"
geometry=$(identify -format '%wx%h' "$out")
deviation=$(convert "$out" -colorspace Gray -format '%[fx:int(1000*standard_deviation)]' info:)
colours=$(convert "$out" -format '%k' info:)
echo "gui-smoke: window $geometry, $colours colours, grey deviation $deviation/1000 -> $out"
if [ "$colours" -lt 8 ] || [ "$deviation" -lt 20 ]; then
    echo "$0: the window looks blank" >&2
    exit 1
fi
kill -0 "$app" || { echo "$0: the app exited" >&2; cat "$config/app.log" >&2; exit 1; }
