# Sourced by the scripts that run the real window: starts a private Xvfb,
# points DISPLAY and the app's config folder at throw-away places, and
# stops both on exit. Sets $config (a temporary folder) for the caller.
#   . scripts/xvfb.sh 1024x768
start_xvfb() {
    for tool in Xvfb xdotool import; do
        command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
    done
    local display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 "${1:-1024x768}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    config=$(mktemp -d)
    export DISPLAY=$display XDG_CONFIG_HOME=$config
    for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && return; sleep 0.1; done
    echo "$0: Xvfb did not start" >&2
    exit 1
}

stop_xvfb() {
    kill "${app:-}" "${xvfb_pid:-}" 2>/dev/null || true
    rm -rf "${config:-}"
}
