#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (.ci/run calls this).
# On a fresh Debian machine, as root, it installs what the tests need,
# starts a private Postfix + Dovecot + Exim (SMTP, IMAP, POP3), a DNS server (dnsmasq) and a web
# server for the lookups on 127.0.1.x (scripts/mail-world.sh),
# runs formatting, lints and every test, and stops the servers again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Mail servers for the end-to-end tests; an X server, screenshot tools and
# the libraries the window loads at run time (OpenGL, X11, xkbcommon) for
# the window smoke test and the measurements; a session bus, the
# accessibility bus and Python's AT-SPI bindings to read the window as a
# screen reader does; nftables and faketime for the network-condition
# tests; Chromium, the real browser one sign-in test drives; the
# launcher and metainfo validators for the package test; MinGW to
# cross-compile the Windows program.
# Exim's daemon is unpacked from its package by scripts/mail-world.sh (its
# package and Postfix's exclude each other); these are the libraries it loads.
packages=(postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-submissiond dnsmasq-base openssl python3 dbus-daemon dbus-bin nftables faketime xvfb xdotool imagemagick
          libcrypt1 libdb5.3 libgnutls30 libgnutls-dane0 libidn12 libidn2-0 libnsl2 libpcre2-8-0 iproute2
          libgl1 libegl1 libgl1-mesa-dri libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6
          libxkbcommon0 libxkbcommon-x11-0 desktop-file-utils appstream at-spi2-core python3-pyatspi
          gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 chromium)
need=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "scripts/test.sh: please install ${need[*]} (or run as root)" >&2
        exit 1
    fi
    echo "== installing ${need[*]}"
    # "No configuration": the package must not set up or start a system mailer.
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The scripted servers in tests/ listen on the real mail ports (25, 465, 587)
# of 127.77.x.y; a non-root developer needs this once.
if [ "$(id -u)" != 0 ] && [ "$(cat /proc/sys/net/ipv4/ip_unprivileged_port_start)" -gt 25 ]; then
    echo "scripts/test.sh: tests bind ports below 1024; run as root or: sudo sysctl net.ipv4.ip_unprivileged_port_start=0" >&2
    exit 1
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo doc (every link in the API docs resolves)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --locked --quiet

world=$PWD/target/mail-world
scripts/mail-world.sh prepare
# The tests must not read this machine's /etc/hosts: every name of the test
# world comes from its DNS server or --resolve. As root, the suite runs in a
# private mount namespace whose /etc/hosts sends every name of the world's
# zone to an address where nothing listens, so a lookup that read it would
# fail. (A developer's /etc/hosts that names ispdb.test is the case.)
hostile_hosts=$PWD/target/hostile-hosts
{
    echo "127.0.0.1 localhost"
    echo "::1 localhost"
    grep -oE '^(host-record=[^,]+|address=/[^/]+)' tests/data/discovery/dnsmasq.conf \
        | sed -E 's/^host-record=//; s|^address=/||' | sed 's/^/127.0.9.9 /'
} > "$hostile_hosts"
if [ "$(id -u)" = 0 ] && unshare -mn true 2>/dev/null; then
    # ...and in a private network namespace: only its own loopback, where
    # the world also gets the internet addresses of public.test. Nothing a
    # test does can reach another machine.
    echo "== starting the mail world (Postfix, Dovecot, Exim, dnsmasq, an HTTPS server on 127.0.1.x)"
    echo "== cargo test"
    echo "   (in a private network namespace, with an /etc/hosts that sends the test world's names elsewhere)"
    MAILSETUP_MAIL_WORLD=$world MAILSETUP_REQUIRE_WORLD=1 MAILSETUP_REQUIRE_INTERNET_ADDRESSES=1 \
        MAILSETUP_PRIVATE_NETWORK=1 MAILSETUP_REQUIRE_BROWSER=1 unshare -mn bash -c '
            set -euo pipefail
            ip link set lo up
            mount --bind "$1" /etc/hosts
            trap "scripts/mail-world.sh stop \"\$MAILSETUP_MAIL_WORLD\"" EXIT
            scripts/mail-world.sh start "$MAILSETUP_MAIL_WORLD" >/dev/null
            cargo test --locked' bash "$hostile_hosts"
else
    trap 'scripts/mail-world.sh stop "$world"' EXIT
    echo "== starting the mail world (Postfix, Dovecot, Exim, dnsmasq, an HTTPS server on 127.0.1.x)"
    scripts/mail-world.sh start "$world" >/dev/null
    echo "== cargo test"
    echo "   (not root: the machine's own /etc/hosts and network stay in place)"
    MAILSETUP_MAIL_WORLD=$world MAILSETUP_REQUIRE_WORLD=1 MAILSETUP_REQUIRE_BROWSER=1 cargo test --locked
fi

echo "== benchmark: time to recommendation"
cargo bench --locked --bench time_to_recommendation

echo "== the real window under Xvfb"
scripts/gui-smoke.sh target/gui-smoke.png

echo "== the real window as a screen reader hears it (AT-SPI)"
scripts/screen-reader.sh

echo "== the .deb: build, validate, install, run, remove"
scripts/package-test.sh

echo "== Windows and macOS: the packaging config and the cross-compiled Windows program"
scripts/other-platforms.sh

echo "== measurements (printed, never failing: machines are noisy)"
scripts/measure.sh || echo "measure.sh could not measure (see above)"
