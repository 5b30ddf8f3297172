#!/usr/bin/env bash
# Measures the desktop app as shipped (release build) under Xvfb and prints
# the figures the README records:
#   - release binary size (stripped, as built by the release profile)
#   - cold start to first rendered frame (median of 5 launches)
#   - resident memory with the wizard open and idle
#   - CPU used while idle with the window open (should be ~0: egui repaints
#     only on input or worker events)
# It never fails on the figures themselves (machines are noisy); the budgets
# are printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup

. scripts/xvfb.sh
trap stop_xvfb EXIT
start_xvfb 1024x768

size_bytes=$(stat -c %s "$binary")

starts=()
for run in 1 2 3 4 5 6; do
    start=$(date +%s%N)
    MAILSETUP_PRINT_FIRST_FRAME=1 "$binary" 2>"$config/run.log" &
    app=$!
    for _ in $(seq 200); do grep -q first-frame-unix-ns "$config/run.log" && break; sleep 0.025; done
    end=$(awk '/first-frame-unix-ns/ {print $2}' "$config/run.log")
    kill "$app"; wait "$app" 2>/dev/null || true
    # The first launch warms the disk cache and the GL shader cache; it is not counted.
    [ "$run" = 1 ] || starts+=($(( (end - start) / 1000000 )))
done
start_ms=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)

"$binary" >/dev/null 2>&1 &
app=$!
sleep 3
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
# How much of it is Mesa's software renderer (llvmpipe: libLLVM and the
# swrast driver), which Xvfb needs and a desktop with a GPU driver does
# not load, and how much is the app's own: heap, stacks and its binary.
renderer_kb=$(awk '/^[0-9a-f]+-[0-9a-f]+ / {name = $6}
    /^Rss:/ && name ~ /libLLVM|swrast_dri|libgallium/ {sum += $2} END {print sum + 0}' "/proc/$app/smaps")
anon_kb=$(awk '/RssAnon/ {print $2}' "/proc/$app/status")
own_binary_kb=$(awk -v binary="$binary" '/^[0-9a-f]+-[0-9a-f]+ / {name = $6}
    /^Rss:/ && name == binary {sum += $2} END {print sum + 0}' "/proc/$app/smaps")
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
before=$(ticks); sleep 5; after=$(ticks)
hz=$(getconf CLK_TCK)
idle_cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.1f", 100 * t / hz / 5}')

printf 'binary size (release, stripped): %s MB   (budget 25 MB)\n' "$(awk -v b="$size_bytes" 'BEGIN {printf "%.1f", b / 1e6}')"
printf 'cold start to first frame:       %d ms    (median of 5; budget 300 ms)\n' "$start_ms"
printf 'resident memory, idle wizard:    %d MB    (budget 120 MB)\n' $((rss_kb / 1024))
printf '  software renderer (llvmpipe):   %d MB     (the Mesa CPU renderer Xvfb uses)\n' $((renderer_kb / 1024))
printf '  the app (heap, stacks, binary): %d MB\n' $(((anon_kb + own_binary_kb) / 1024))
printf 'CPU while idle (5 s):            %s %%    (budget ~0)\n' "$idle_cpu"
