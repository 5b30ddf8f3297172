#!/usr/bin/env bash
# A private world of real mail servers for the end-to-end tests: Debian's
# Postfix (SMTP) and Dovecot (IMAP, POP3, and SASL for Postfix), on loopback
# addresses 127.0.1.x, with their own config, queue, mail, logs and test
# certificates under one folder. Nothing in /etc/postfix or /etc/dovecot is
# read or changed.
#
#   scripts/mail-world.sh start [DIR]   # default DIR: target/mail-world
#   scripts/mail-world.sh stop  [DIR]
#
# Servers (the names are resolved by the tests with --resolve, or, for the
# discovery tests, by the world's DNS server):
#   127.0.1.1 mail.full.test        465 implicit TLS, 587 STARTTLS required, 25 relay (no AUTH)
#   127.0.1.2 mail.only587.test     587 only
#   127.0.1.3 mail.only465.test     465 only
#   127.0.1.4 mail.selfsigned.test  465 + 587, self-signed certificate
#   127.0.1.5 mail.expired.test     465 + 587, expired certificate
#   127.0.1.6 mail.wrongname.test   465 + 587, certificate for mx.hoster.test
#   127.0.1.7 mail.plainauth.test   587 without TLS, offering AUTH in plaintext
# Incoming (Dovecot; LOGINDISABLED on 143 until STARTTLS):
#   127.0.1.1 mail.full.test        IMAP 993 + 143, POP3 995 + 110
#   127.0.1.4 mail.selfsigned.test  IMAP 993, self-signed certificate
#   127.0.1.5 mail.expired.test     IMAP 993, expired certificate
#   127.0.1.8 mail.poponly.test     SMTP 465; POP3 995 + 110, no IMAP
#   127.0.1.9 mail.localpart.test   SMTP 465, IMAP 993; the user logs in as "bob"
#   127.0.1.10 mail.imap143.test    IMAP 143 only (STARTTLS)
#   127.0.1.11 mail.imap993.test    IMAP 993 only (implicit TLS)
# A second SMTP implementation (Dovecot submission, four connections at a time):
#   127.0.1.12 mail.dovesub.test    465 implicit TLS, 587 STARTTLS, relaying to Postfix
#   127.0.1.13 mail.relaydown.test  the same, but its relay is down: 235, then 421
# Discovery (tests/data/discovery):
#   127.0.1.53 DNS (dnsmasq, zone in dnsmasq.conf): MX of hosted.test,
#              selfhost.test and ipmx.test, SRV of srv.test, srvout.test and
#              srvboth.test, NXDOMAIN for unknown .test names
#   127.0.1.80 HTTPS (scripts/web-world.py): autoconfig.provider.test,
#              wellknown.test/.well-known, ispdb.test/v1.1/ (ISPDB stand-in),
#              autoconfig.elsewhere.test (the MX provider of selfhost.test,
#              not in the ISPDB), autoconfig.redirect.test (redirects there)
#   127.0.1.81 plain HTTP only: autoconfig.httponly.test
#   127.0.1.55 DNS of a hotel network (dnsmasq): every name is 127.0.1.90
#   127.0.1.90 the hotel's sign-in page, HTTPS with a certificate for
#              portal.hotel.test only, whatever name is asked
#   127.0.1.17 mail.oauthmail.test  a second Dovecot: IMAP 993, POP3 995,
#              submission 465, OAuth2 sign-ins only (XOAUTH2, OAUTHBEARER)
#   127.0.1.70 auth.oauthmail.test  its authorization server (oidc-provider,
#              tests/oauth/server.mjs): RFC 8414, 7591, PKCE, 9207, 7662
#   127.0.1.72 auth-closed.oauthmail.test  the same, registration closed
#              (closedmail.test's provider: client IDs it knows only)
#   127.0.1.71 stand-ins for the big providers' sign-in servers
#              (accounts.google.com, login.microsoftonline.com, ...) and
#              hostile authorization servers (*.hostile.test): web-world.py
#   127.0.1.91 an intercepting proxy (scripts/intercept-world.py) on 443,
#              465, 993, 995: mail.full.test, ispdb.test and full.test's
#              web names, re-signed by its own root
#   127.0.1.14 mail.elsewhere.test  SMTP 465 (outside the domains that name
#              it: SRV of srvout.test and srvboth.test, selfhost.test's MX)
#   127.0.1.15 Big Mail: smtp.bigmail.test SMTP 465, imap.bigmail.test IMAP 993
#              (the provider hosted.test's MX points to)
# Exim (a third real SMTP server):
#   127.0.1.16 mail.exim.test       587 STARTTLS, and 465 sending its certificate
#              without the intermediate CA that signed it
# In a private network namespace, public.test's own names are on internet
# addresses (198.51.100.10, .25 on the namespace's loopback), while its
# autoconfig file names mail.full.test (127.0.1.1).
# Accounts: alice@full.test (and @only587.test, ...), bob (for
# bob@localpart.test) / password in $DIR/password. Dovecot logs every failed
# password check (auth_verbose) in log/dovecot.log.
set -euo pipefail

action=${1:-start}
W=$(realpath -m "${2:-target/mail-world}")
PASSWORD='Corr3ct-Horse-Battery'
repo=$(cd "$(dirname "$0")/.." && pwd)

# Exim's Debian package is the system mailer, as Postfix's is, and the two
# packages exclude each other. The world runs Exim's daemon unpacked from
# its Debian package into target/, with a config of its own (-C); the
# daemon looks up its compiled-in user, Debian-exim.
exim_binary() {
    if command -v exim4 >/dev/null; then command -v exim4; return; fi
    local unpacked=$repo/target/exim-deb
    if [ ! -x "$unpacked/usr/sbin/exim4" ]; then
        mkdir -p "$unpacked/download"
        (cd "$unpacked/download" && apt-get download -q exim4-daemon-light >/dev/null 2>&1) \
            || { echo "$0: could not download exim4-daemon-light (apt-get download)" >&2; exit 1; }
        dpkg-deb -x "$unpacked"/download/exim4-daemon-light_*.deb "$unpacked"
    fi
    getent passwd Debian-exim >/dev/null \
        || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin Debian-exim
    echo "$unpacked/usr/sbin/exim4"
}

# The authorization server's packages, and playwright-core to drive a real
# browser (npm, pinned by tests/oauth's lock file), fetched into target/.
oauth_modules() {
    local modules=$repo/target/oauth-world
    # Installed again whenever the lock file changed (npm may rewrite the
    # copy it installs from, so a copy of its own is kept to compare).
    if ! cmp -s "$repo/tests/oauth/package-lock.json" "$modules/installed-lock.json"; then
        command -v npm >/dev/null || { echo "$0: npm is missing (Node.js 20 or later)" >&2; exit 1; }
        rm -rf "$modules"
        mkdir -p "$modules"
        cp "$repo/tests/oauth/package.json" "$repo/tests/oauth/package-lock.json" "$modules/"
        (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
            || { echo "$0: npm ci failed for the authorization server" >&2; exit 1; }
        cp "$repo/tests/oauth/package-lock.json" "$modules/installed-lock.json"
    fi
    # ES modules find their packages beside them, not through NODE_PATH.
    cp "$repo/tests/oauth/server.mjs" "$repo/tests/oauth/browser.mjs" "$modules/"
    echo "$modules"
}

stop() {
    for pid in dnsmasq portal-dns web intercept oauth exim; do
        if [ -f "$W/run/$pid.pid" ]; then kill "$(cat "$W/run/$pid.pid")" 2>/dev/null || true; rm -f "$W/run/$pid.pid"; fi
    done
    if [ -f "$W/postfix/main.cf" ]; then postfix -c "$W/postfix" stop >/dev/null 2>&1 || true; fi
    if [ -f "$W/dovecot/dovecot.conf" ]; then doveadm -c "$W/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true; fi
    if [ -f "$W/dovecot/run/master.pid" ]; then kill "$(cat "$W/dovecot/run/master.pid")" 2>/dev/null || true; fi
    if [ -f "$W/dovecot-oauth/dovecot.conf" ]; then doveadm -c "$W/dovecot-oauth/dovecot.conf" stop >/dev/null 2>&1 || true; fi
    if [ -f "$W/dovecot-oauth/run/master.pid" ]; then kill "$(cat "$W/dovecot-oauth/run/master.pid")" 2>/dev/null || true; fi
}

if [ "$action" = stop ]; then stop; exit 0; fi
# What start needs from the network (Exim's package), fetched ahead: the
# world may start where there is no network.
if [ "$action" = prepare ]; then exim_binary >/dev/null; oauth_modules >/dev/null; exit 0; fi
[ "$action" = start ] || { echo "usage: $0 start|stop|prepare [DIR]" >&2; exit 2; }

for tool in postfix dovecot openssl dnsmasq python3; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install postfix dovecot-core openssl)" >&2; exit 1; }
done

stop
rm -rf "$W"
mkdir -p "$W"/{tls,postfix,queue,data,log,mail,dovecot/run,dovecot-oauth/run,run}
chmod 1777 "$W/mail"

# --- Certificates: a test CA and leaves signed by it -------------------------
tls=$W/tls
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Mail World Test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
cat > "$tls/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $tls
database = $tls/index.txt
new_certs_dir = $tls
serial = $tls/serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CNF
: > "$tls/index.txt"; echo 1000 > "$tls/serial"
leaf() { # name subjectAltName startdate enddate
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -addext "subjectAltName=$2" \
        -keyout "$tls/$1.key" -out "$tls/$1.csr" 2>/dev/null
    openssl ca -batch -config "$tls/ca.cnf" -cert "$tls/ca.crt" -keyfile "$tls/ca.key" \
        -startdate "$3" -enddate "$4" -in "$tls/$1.csr" -out "$tls/$1.crt" 2>/dev/null
    cat "$tls/$1.key" "$tls/$1.crt" > "$tls/$1.pem"
}
leaf good "DNS:mail.full.test,DNS:mail.only587.test,DNS:mail.only465.test,DNS:mail.plainauth.test,DNS:mail.poponly.test,DNS:mail.localpart.test,DNS:mail.imap143.test,DNS:mail.imap993.test,DNS:mail.dovesub.test,DNS:mail.relaydown.test,DNS:smtp.bigmail.test,DNS:imap.bigmail.test,DNS:mail.srv.test,DNS:mail.elsewhere.test,DNS:mail.oauthmail.test" \
    20240101000000Z 20991231000000Z
leaf web "DNS:autoconfig.provider.test,DNS:wellknown.test,DNS:autoconfig.wellknown.test,DNS:ispdb.test,DNS:autoconfig.elsewhere.test,DNS:autoconfig.redirect.test,DNS:autoconfig.public.test,DNS:autoconfig.vouchedlater.test,DNS:resource.test" \
    20240101000000Z 20991231000000Z
leaf expired "DNS:mail.expired.test" 20200101000000Z 20210101000000Z
leaf portal "DNS:portal.hotel.test" 20240101000000Z 20991231000000Z
leaf oauth "DNS:auth.oauthmail.test,DNS:auth-closed.oauthmail.test,IP:127.0.1.70,IP:127.0.1.72" 20240101000000Z 20991231000000Z
# The big providers' sign-in servers, as the stand-in on 127.0.1.71 plays
# them (the test CA is trusted only by the checks that name it), and the
# hostile authorization servers beside them.
leaf providers "DNS:accounts.google.com,DNS:oauth2.googleapis.com,DNS:www.googleapis.com,DNS:login.microsoftonline.com,DNS:login.yahoo.com,DNS:api.login.yahoo.com,DNS:login.aol.com,DNS:api.login.aol.com,DNS:www.fastmail.com,DNS:api.fastmail.com,DNS:*.hostile.test" \
    20240101000000Z 20991231000000Z
# The intercepting proxy's own root, and the certificate it shows for every
# name it stands in for: only the tests that play an antivirus or a company
# proxy trust that root, through the system store (SSL_CERT_FILE).
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Intercepting Proxy Test Root" \
    -keyout "$tls/intercept-ca.key" -out "$tls/intercept-ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=mail.full.test" \
    -addext "subjectAltName=DNS:mail.full.test,DNS:ispdb.test,DNS:autoconfig.full.test,DNS:full.test" \
    -keyout "$tls/intercepted.key" -out "$tls/intercepted.csr" 2>/dev/null
openssl ca -batch -config "$tls/ca.cnf" -cert "$tls/intercept-ca.crt" -keyfile "$tls/intercept-ca.key" \
    -startdate 20240101000000Z -enddate 20991231000000Z -in "$tls/intercepted.csr" -out "$tls/intercepted.crt" 2>/dev/null
cat "$tls/intercepted.key" "$tls/intercepted.crt" > "$tls/intercepted.pem"
# An intermediate CA, and Exim's leaf signed by it. Like a public CA's, the
# leaf names where its issuer can be fetched (AIA caIssuers). Exim sends
# the whole chain on 587 and, a common mistake, the leaf alone on 465.
openssl req -newkey rsa:2048 -nodes -subj "/CN=Mail World Intermediate CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$tls/intermediate.key" -out "$tls/intermediate.csr" 2>/dev/null
openssl ca -batch -config "$tls/ca.cnf" -cert "$tls/ca.crt" -keyfile "$tls/ca.key" \
    -startdate 20240101000000Z -enddate 20991231000000Z \
    -in "$tls/intermediate.csr" -out "$tls/intermediate.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=mail.exim.test" -addext "subjectAltName=DNS:mail.exim.test" \
    -addext "authorityInfoAccess=caIssuers;URI:http://ca.test/intermediate.crt" \
    -keyout "$tls/exim.key" -out "$tls/exim.csr" 2>/dev/null
openssl ca -batch -config "$tls/ca.cnf" -cert "$tls/intermediate.crt" -keyfile "$tls/intermediate.key" \
    -startdate 20240101000000Z -enddate 20991231000000Z -in "$tls/exim.csr" -out "$tls/exim.crt" 2>/dev/null
cat "$tls/exim.crt" "$tls/intermediate.crt" > "$tls/exim-chain.crt"
leaf wrongname "DNS:mx.hoster.test" 20240101000000Z 20991231000000Z
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mail.selfsigned.test" \
    -addext "subjectAltName=DNS:mail.selfsigned.test" \
    -keyout "$tls/selfsigned.key" -out "$tls/selfsigned.crt" 2>/dev/null
cat "$tls/selfsigned.key" "$tls/selfsigned.crt" > "$tls/selfsigned.pem"
chmod 644 "$tls"/*.pem "$tls"/*.key

# --- Dovecot: IMAP, POP3, and SASL for Postfix ----------------------------------
echo "$PASSWORD" > "$W/password"
for domain in full.test only587.test only465.test selfsigned.test expired.test wrongname.test plainauth.test \
              poponly.test imap143.test imap993.test dovesub.test relaydown.test \
              provider.test wellknown.test hosted.test srv.test srvout.test oauth.test \
              selfhost.test redirect.test srvboth.test public.test vouchedlater.test; do
    echo "alice@$domain:{PLAIN}$PASSWORD"
done > "$W/dovecot/users"
echo "bob:{PLAIN}$PASSWORD" >> "$W/dovecot/users"
cat > "$W/dovecot/dovecot.conf" <<CONF
protocols = imap pop3 submission
instance_name = mailsetup-world
listen = 127.0.0.1
base_dir = $W/dovecot/run
log_path = $W/log/dovecot.log
ssl = yes
ssl_cert = <$tls/good.crt
ssl_key = <$tls/good.key
local 127.0.1.4 {
  ssl_cert = <$tls/selfsigned.crt
  ssl_key = <$tls/selfsigned.key
}
local 127.0.1.5 {
  ssl_cert = <$tls/expired.crt
  ssl_key = <$tls/expired.key
}
# A second real SMTP server beside Postfix: Dovecot's submission service
# (127.0.1.12, relaying to Postfix's port 25; 127.0.1.13, whose relay is
# down, so it accepts the login and then closes the session with 421).
hostname = dovesub.test
submission_relay_host = 127.0.1.1
submission_relay_port = 25
local 127.0.1.13 {
  submission_relay_port = 9
}
auth_mechanisms = plain login
auth_verbose = yes
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $W/dovecot/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$W/mail/%u
}
# RFC 2595: no password before STARTTLS on 143 and 110 (Dovecot says
# LOGINDISABLED); Postfix's SASL requests keep their own rules.
protocol imap {
  disable_plaintext_auth = yes
}
protocol pop3 {
  disable_plaintext_auth = yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.1.1 127.0.1.10
    port = 143
  }
  inet_listener imaps {
    address = 127.0.1.1 127.0.1.4 127.0.1.5 127.0.1.9 127.0.1.11 127.0.1.15
    port = 993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    address = 127.0.1.1 127.0.1.8
    port = 110
  }
  inet_listener pop3s {
    address = 127.0.1.1 127.0.1.8
    port = 995
    ssl = yes
  }
}
# Four connections at a time, from everyone (one process, four clients): a
# client that opens more waits or is dropped, as at servers that limit
# connections per client address.
service submission-login {
  inet_listener submission {
    address = 127.0.1.12 127.0.1.13
    port = 587
  }
  inet_listener submissions {
    address = 127.0.1.12 127.0.1.13
    port = 465
    ssl = yes
  }
  process_limit = 1
  client_limit = 4
  service_count = 0
}
protocol submission {
  disable_plaintext_auth = yes
}
# Dovecot slows down logins from an address after a wrong password (up to
# 15 s). All tests come from 127.0.0.1, so one test's wrong password would
# slow the next; the engine's patience with it is tested with a scripted
# server instead.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener $W/queue/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
CONF

# --- A provider that takes only OAuth2 sign-ins (oauthmail.test) ---------------
# A second Dovecot (IMAP 993, POP3 995, submission 465) whose only logins
# are XOAUTH2 and OAUTHBEARER; it asks the authorization server whether
# each token is good (RFC 7662 introspection), by address: its own host
# name would go through /etc/hosts, which the tests replace. It serves
# oauthmail.test, closedmail.test and bearermail.test alike.
OAUTH_SECRET=dovecot-introspection-secret
cat > "$W/dovecot-oauth/oauth2.conf" <<CONF
introspection_mode = post
introspection_url = https://dovecot:$OAUTH_SECRET@127.0.1.70/token/introspection
username_attribute = email
active_attribute = active
active_value = true
force_introspection = yes
tls_ca_cert_file = $tls/ca.crt
# Said in every OAUTHBEARER failure (RFC 7628 §3.2.2): where to sign in,
# for a program that knows nothing else (bearermail.test's case).
openid_configuration_url = https://auth.oauthmail.test/.well-known/openid-configuration
scope = openid email mail
CONF
cat > "$W/dovecot-oauth/dovecot.conf" <<CONF
protocols = imap pop3 submission
instance_name = mailsetup-oauth
listen = 127.0.1.17
base_dir = $W/dovecot-oauth/run
log_path = $W/log/dovecot-oauth.log
ssl = yes
ssl_cert = <$tls/good.crt
ssl_key = <$tls/good.key
hostname = oauthmail.test
submission_relay_host = 127.0.1.1
submission_relay_port = 25
auth_mechanisms = xoauth2 oauthbearer
auth_verbose = yes
mail_location = maildir:~/Maildir
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $W/dovecot-oauth/oauth2.conf
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$W/mail/%u
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 995
    ssl = yes
  }
}
service submission-login {
  inet_listener submission {
    port = 0
  }
  inet_listener submissions {
    port = 465
    ssl = yes
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
CONF

# --- Postfix -------------------------------------------------------------------
chown postfix "$W/data"
cat > "$W/postfix/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $W/queue
data_directory = $W/data
maillog_file = $W/log/postfix.log
maillog_file_prefixes = $W/log
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mail.full.test
mydestination =
alias_maps =
alias_database =
smtpd_banner = \$myhostname ESMTP
smtpd_tls_chain_files = $tls/good.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
CONF

service() { # address:port name options...
    local listen=$1 name=$2; shift 2
    printf '%s inet n - n - - smtpd\n  -o syslog_name=%s\n' "$listen" "$name"
    for option in "$@"; do printf '  -o %s\n' "$option"; done
}
submission=(smtpd_sasl_auth_enable=yes smtpd_tls_auth_only=yes)
{
    # Every Debian default service, not chrooted (no chroot jail is set up),
    # without the public "smtp inet" listener on every address.
    awk '/^smtp[ \t]+inet/ {skip=1; next}
         skip && /^[ \t]/ {next}
         {skip=0}
         /^[a-z]/ && NF >= 8 { $5 = "n" }
         {print}' /usr/share/postfix/master.cf.dist
    service 127.0.1.1:465 full-465 smtpd_tls_wrappermode=yes "${submission[@]}"
    service 127.0.1.1:587 full-587 smtpd_tls_security_level=encrypt "${submission[@]}"
    service 127.0.1.1:25 full-25
    service 127.0.1.2:587 only587-587 smtpd_tls_security_level=encrypt "${submission[@]}"
    service 127.0.1.3:465 only465-465 smtpd_tls_wrappermode=yes "${submission[@]}"
    for port in 465 587; do
        for kind in selfsigned:4 expired:5 wrongname:6; do
            mode=smtpd_tls_security_level=encrypt
            [ "$port" = 465 ] && mode=smtpd_tls_wrappermode=yes
            service "127.0.1.${kind#*:}:$port" "${kind%:*}-$port" "$mode" \
                "smtpd_tls_chain_files=$tls/${kind%:*}.pem" "${submission[@]}"
        done
    done
    service 127.0.1.7:587 plainauth-587 smtpd_tls_security_level=none smtpd_sasl_auth_enable=yes \
        smtpd_tls_auth_only=no
    service 127.0.1.8:465 poponly-465 smtpd_tls_wrappermode=yes "${submission[@]}"
    service 127.0.1.9:465 localpart-465 smtpd_tls_wrappermode=yes "${submission[@]}"
    service 127.0.1.14:465 elsewhere-465 smtpd_tls_wrappermode=yes "${submission[@]}"
    service 127.0.1.15:465 bigmail-465 smtpd_tls_wrappermode=yes "${submission[@]}"
} > "$W/postfix/master.cf"

postfix -c "$W/postfix" check
postfix -c "$W/postfix" start >/dev/null 2>&1 || { cat "$W/log/postfix.log" >&2; exit 1; }
# Postfix creates queue/private; Dovecot puts its auth socket there.
dovecot -c "$W/dovecot/dovecot.conf"
dovecot -c "$W/dovecot-oauth/dovecot.conf"

# --- Exim -------------------------------------------------------------------------
exim=$(exim_binary)
mkdir -p "$W/exim/spool" "$W/exim/log"
chown Debian-exim "$W/exim/spool" "$W/exim/log"
cat > "$W/exim/exim.conf" <<CONF
primary_hostname = mail.exim.test
spool_directory = $W/exim/spool
log_file_path = $W/exim/log/%slog
keep_environment =
local_interfaces = 127.0.1.16
daemon_smtp_ports = 465 : 587
tls_on_connect_ports = 465
tls_advertise_hosts = *
tls_certificate = \${if eq{\$received_port}{587}{$tls/exim-chain.crt}{$tls/exim.crt}}
tls_privatekey = $tls/exim.key
acl_smtp_rcpt = refuse
begin acl
refuse:
  deny
begin authenticators
plain:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = \${if and {{eq{\$auth2}{alice@exim.test}}{eq{\$auth3}{$PASSWORD}}}}
  server_advertise_condition = \${if def:tls_in_cipher}
CONF
"$exim" -C "$W/exim/exim.conf" -bd -oP "$W/run/exim.pid"

# --- Internet addresses, in a private network namespace only ------------------
# public.test's own names (the domain, its MX host) are on the internet; a
# lookup that names a server on a local address for it is suspect. Such
# addresses go on the loopback interface only where nothing else can see
# them: in a network namespace of the world's own, which its starter says
# with MAILSETUP_PRIVATE_NETWORK=1 (scripts/test.sh runs the world and the
# tests in one). There nothing leaves the machine.
if [ "${MAILSETUP_PRIVATE_NETWORK:-}" = 1 ]; then
    for address in 198.51.100.10 198.51.100.25; do
        ip address add "$address/32" dev lo
    done
    echo "198.51.100.10 198.51.100.25" > "$W/internet-addresses"
fi

# --- DNS and web, for the discovery tests ---------------------------------------
dnsmasq --keep-in-foreground --port=53 --listen-address=127.0.1.53 --bind-interfaces \
    --conf-file="$repo/tests/data/discovery/dnsmasq.conf" --log-facility="$W/log/dnsmasq.log" --log-queries \
    --pid-file="$W/run/dnsmasq.pid" --user=root &
echo $! > "$W/run/dnsmasq.pid"
dnsmasq --keep-in-foreground --port=53 --listen-address=127.0.1.55 --bind-interfaces --no-resolv --no-hosts \
    --address=/#/127.0.1.90 --log-facility="$W/log/portal-dns.log" --pid-file="$W/run/portal-dns.pid" --user=root &
echo $! > "$W/run/portal-dns.pid"
: > "$W/log/web.log"
python3 "$repo/scripts/web-world.py" "$repo/tests/data/discovery" "$tls/web.pem" "$W/log/web.log" "$tls/portal.pem" "$tls/providers.pem" \
    > "$W/log/web-server.log" 2>&1 &
echo $! > "$W/run/web.pid"
python3 "$repo/scripts/intercept-world.py" "$tls/intercepted.pem" > "$W/log/intercept.log" 2>&1 &
echo $! > "$W/run/intercept.pid"
node "$(oauth_modules)/server.mjs" https://auth.oauthmail.test "$tls/oauth.crt" \
    "$tls/oauth.key" 127.0.1.70 "$OAUTH_SECRET" "$PASSWORD" "$W/log/oauth-tokens.log" \
    https://auth-closed.oauthmail.test 127.0.1.72 > "$W/log/oauth.log" 2>&1 &
echo $! > "$W/run/oauth.pid"

# Wait until every listener answers.
for target in 127.0.1.1:465 127.0.1.1:587 127.0.1.1:25 127.0.1.2:587 127.0.1.3:465 \
              127.0.1.4:465 127.0.1.5:587 127.0.1.6:465 127.0.1.7:587 127.0.1.8:465 127.0.1.9:465 \
              127.0.1.1:993 127.0.1.1:143 127.0.1.1:995 127.0.1.1:110 127.0.1.4:993 127.0.1.5:993 \
              127.0.1.8:995 127.0.1.8:110 127.0.1.9:993 127.0.1.10:143 127.0.1.11:993 \
              127.0.1.12:465 127.0.1.12:587 127.0.1.13:465 127.0.1.53:53 127.0.1.55:53 127.0.1.80:443 127.0.1.81:80 127.0.1.90:443 127.0.1.71:443 127.0.1.91:993 127.0.1.70:443 127.0.1.72:443 127.0.1.17:993 \
              127.0.1.14:465 127.0.1.15:465 127.0.1.15:993 127.0.1.16:465 127.0.1.16:587; do
    for _ in $(seq 100); do
        if (exec 3<>"/dev/tcp/${target%:*}/${target#*:}") 2>/dev/null; then continue 2; fi
        sleep 0.1
    done
    echo "$0: $target does not answer" >&2; cat "$W/log/postfix.log" "$W/log/dovecot.log" >&2; exit 1
done
for _ in $(seq 50); do [ -S "$W/queue/private/auth" ] && break; sleep 0.1; done
[ -S "$W/queue/private/auth" ] || { echo "$0: dovecot auth socket missing" >&2; cat "$W/log/dovecot.log" >&2; exit 1; }
echo "$W"
