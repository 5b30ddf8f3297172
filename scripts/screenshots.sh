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
# The window in another language (the first three pictures only, which
# the README shows per language):
#   LANGUAGE_TAG=de SHOTS=assets/screenshots/de scripts/screenshots.sh
# The fields in another program's words (Thunderbird unless asked):
#   LANGUAGE_TAG=de CLIENT=AppleMail SHOTS=/tmp/shots-apple scripts/screenshots.sh
# The network findings need a network of their own (IPv6 addresses and
# nftables rules); inside a private namespace, as scripts/test.sh makes
# one, set MAILSETUP_PRIVATE_NETWORK=1 to take those pictures too.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
binary=$PWD/target/release/mailsetup
language=${LANGUAGE_TAG:-}
# The README's pictures are English unless a language is asked for (then
# the window's remembered choice says which; a named one would win).
if [ -n "$language" ]; then unset MAILSETUP_LANG; else export MAILSETUP_LANG=en-US; fi
shots=${SHOTS:-$PWD/assets/screenshots}
scale=${WINIT_X11_SCALE_FACTOR:-1}
appearance=${APPEARANCE:-light}
client=${CLIENT:-}
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

# Where mail.full.test and the ISPDB are, and which DNS server is asked:
# the findings' pictures move them.
# (Several addresses, IPv6 first, race as RFC 8305 says.)
full=127.0.1.1 ispdb=127.0.1.80 dns=127.0.1.53 silent_at=127.0.1.20
start_app() {
    # A fresh form each time, in the chosen theme.
    mkdir -p "$config/mailsetup"
    local settings="\"appearance\": \"$appearance\""
    [ -z "$language" ] || settings="$settings, \"language\": \"$language\""
    [ -z "$client" ] || settings="$settings, \"client\": \"$client\""
    printf '{%s}\n' "$settings" >"$config/mailsetup/settings.json"
    # "$@": a command to run the app under (unshare -n for no network).
    local at=() address
    for address in $full; do at+=(--resolve "mail.full.test:$address"); done
    for address in $silent_at; do at+=(--resolve "smtp.full.test:$address" --resolve "imap.full.test:$address" --resolve "pop.full.test:$address"); done
    "$@" "$binary" "${at[@]}" --resolve ispdb.test:$ispdb \
        --resolve mail.wrongname.test:127.0.1.6 --resolve mail.selfsigned.test:127.0.1.4 --ca-file "$world/tls/ca.crt" \
        --dns $dns --ispdb https://ispdb.test/v1.1/ >"$config/app.log" 2>&1 &
    app=$!
    window=$(timeout 20 xdotool search --sync --name "Mail Setup Assistant" | head -n 1)
    sleep 1
    # No window manager here: give the window the keyboard ourselves.
    xdotool windowfocus --sync "$window"
    sleep 0.3
}
# The app, and what it runs under (faketime keeps it as a child).
stop_app() { pkill -P "$app" 2>/dev/null || true; kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
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
stop_app
[ -z "$language" ] || exit 0

start_app
xdotool type --delay 20 "alice@wrongname.test"
xdotool key Tab
xdotool type --delay 20 "whatever"
xdotool key Return
shot 4-certificate-for-another-name 3
stop_app

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
stop_app

# A hosted domain: found through its MX record (the world's DNS) and the
# ISPDB's entry for its provider.
start_app
xdotool type --delay 20 "alice@hosted.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
shot 7-checking-lookups 0.2
stop_app

# A server that only the MX provider's own autoconfig names: the password
# waits for a confirmation that names it.
start_app
xdotool type --delay 20 "alice@selfhost.test"
xdotool key Tab
xdotool type --delay 20 "$(cat "$world/password")"
xdotool key Return
shot 8-server-needs-confirmation 6
stop_app

# No network at all (a namespace of its own, with nothing in it): the
# network box, and cards that do not blame the names. Needs root.
if unshare -n true 2>/dev/null; then
    start_app unshare -n
    xdotool type --delay 20 "alice@full.test"
    xdotool key Tab
    xdotool type --delay 20 "$(cat "$world/password")"
    xdotool key Return
    shot 9-offline 6
    stop_app
fi

# The network findings, each on the result page.
finding() { # name email password-or-empty wait [command to run the app under]
    local name=$1 email=$2 password=$3 wait=$4
    shift 4
    start_app "$@"
    xdotool type --delay 20 "$email"
    if [ -n "$password" ]; then xdotool key Tab; xdotool type --delay 20 "$password"; fi
    xdotool key Return
    shot "$name" "$wait"
    stop_app
}
password=$(cat "$world/password")
# The clock three days behind the world's.
if command -v faketime >/dev/null; then
    finding 10-clock-wrong alice@wellknown.test "$password" 6 faketime -f -3d
fi
# A hotel network: its DNS answers every name with its sign-in page.
dns=127.0.1.55 full= silent_at= ispdb=127.0.1.90 finding 11-captive-portal alice@full.test "$password" 10
# An intercepting proxy whose root only the system store holds.
full=127.0.1.91 ispdb=127.0.1.91 finding 12-tls-interception alice@full.test "$password" 6 \
    env SSL_CERT_FILE="$world/tls/intercept-ca.crt"
if [ -n "${MAILSETUP_PRIVATE_NETWORK:-}" ]; then
    # IPv6 given out, not carried: an IPv6 address for each of the two
    # servers, dropped on the way. The finding needs the run's end (the
    # silent server's checks take their whole time).
    ip -6 address add fd00:6::1/128 dev lo
    ip -6 address add fd00:6::2/128 dev lo
    nft add table inet shots
    nft add chain inet shots out '{ type filter hook output priority 0 ; policy accept ; }'
    nft add rule inet shots out ip6 daddr '{ fd00:6::1, fd00:6::2 }' drop
    full="fd00:6::1 127.0.1.1" silent_at="fd00:6::2 127.0.1.20" \
        finding 13-ipv6-broken alice@full.test "$password" 30 env
    nft delete table inet shots
    ip -6 address del fd00:6::1/128 dev lo
    ip -6 address del fd00:6::2/128 dev lo
fi

# Signing in with the provider (the world's OAuth-only provider), with
# tests/oauth/person.py as the browser: the page that waits while the
# person has not signed in yet, then the result verified by signing in.
# The keyboard's way: the address, then Tab past the password and its
# "Show" to "Sign in with my provider instead".
signing_in() { # name stays-away wait
    start_app env BROWSER="python3 $PWD/tests/oauth/person.py %s" PERSON_RESOLVE=auth.oauthmail.test=127.0.1.70 \
        PERSON_LOGIN=alice@oauthmail.test PERSON_PASSWORD="$password" PERSON_CA="$world/tls/ca.crt" \
        PERSON_STAY_AWAY="$2"
    xdotool type --delay 20 "alice@oauthmail.test"
    xdotool key Tab Tab Tab space
    shot "$1" "$3"
    stop_app
}
signing_in 14-waiting-for-the-browser 1 2
signing_in 15-verified-by-signing-in "" 6
