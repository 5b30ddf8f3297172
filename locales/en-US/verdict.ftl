### What each outcome means, why a setting was chosen, and why nothing
### works: the window, the text report and the JSON "explanation" all read
### these. Ports, host names and counts are variables; $security is the
### mail program's own word for the connection type ("SSL/TLS", "STARTTLS").

## How a connection is protected, inside a sentence
protection-tls = encrypted from the start (SSL/TLS)
protection-starttls = encrypted with STARTTLS
protection-plain = NOT encrypted

## A login's outcome
works-signed-in = Works: the connection is { $protection } and the server accepted your sign-in with your provider.
works-password = Works: the connection is { $protection } and the password was accepted.
works-unchecked = The connection works and is { $protection }. The password was not checked.
auth-failed =
    The server refused the user name or password. Check both; some providers also need an
    "app password" created in their web settings instead of your usual password.
auth-temporary =
    The server could not check the password right now (a temporary problem on its side,
    not a wrong password). Try again in a few minutes.
auth-disabled =
    Your provider has switched off logins with a password from mail programs for this
    account (Microsoft 365 calls it "SMTP AUTH"). Your password may well be right: the administrator of your
    organisation's mail can switch it on for your mailbox, or your mail program must sign in with OAuth2.
web-login-required =
    Your provider wants you to sign in once through its web page before mail programs
    may log in (Google: "Please log in via your web browser"). Sign in to your mail in a browser, confirm any
    security question, then try again; with 2-Step Verification on, use an app password.
app-password-required =
    Your provider does not accept your usual password from mail programs. Create an
    "app password" (application-specific password) in your account's security settings and use that instead.
oauth-required =
    This server only accepts a sign-in through your provider's web page (OAuth2), not a typed
    password, so your password was not sent. In Thunderbird choose "OAuth2" as the authentication method;
    in Apple Mail add it again as a Google or Microsoft account; classic Outlook's IMAP settings have no
    OAuth2, so add it there as a Microsoft or Google account too.
no-login-incoming = Port { $port } does not offer a login that mail programs can use, so your mail cannot be read through it.
no-login-outgoing = Port { $port } does not offer a login, so a mail program cannot send through it with your account.
no-login-port-25 =
    Port { $port } does not offer a login, so a mail program cannot send through it with your account
    (port 25 is for mail servers talking to each other).
plaintext-auth-refused =
    Port { $port } would take your password without encryption, so we did not send it. Anyone on the network
    could read it there.

## Encryption and certificates
starttls-unavailable = Port { $port } does not offer encryption (STARTTLS), so it is not safe to use.
cert-self-signed =
    The server's certificate is self-signed (nobody vouches for it), so we cannot be sure this is really
    your mail server. The password was not sent. If your organisation uses its own certificate authority,
    add it as a trusted certificate.
cert-untrusted =
    The server's certificate is not issued by a trusted authority, so we cannot be sure this is really
    your mail server. The password was not sent. If your organisation uses its own certificate authority,
    add it as a trusted certificate.
cert-expired =
    The server's certificate is out of date (expired or not yet valid). The password was not
    sent. The provider needs to renew it; also check that your computer's date is right.
cert-no-name = The server's certificate is not valid for the name { $host }. The password was not sent.
# $names: the names the certificate is valid for, comma-separated.
cert-other-name =
    The server's certificate is valid for { $names }, not for { $host }. Use that name as the server instead;
    the password was not sent.
tls-failed = The encrypted connection on port { $port } could not be set up.
wrong-mode-wants-starttls =
    Port { $port } expects STARTTLS (a plain greeting first, then encryption), not SSL/TLS from the start.
wrong-mode-wants-tls = Port { $port } expects SSL/TLS from the very start, not STARTTLS.

## The connection
refused = Nothing answers on port { $port } of this server: the port is closed.
server-busy =
    The server on port { $port } is busy and turned the connection away for now. Try again in a few minutes.
service-refused =
    The server on port { $port } refuses service to your connection. Providers do this for addresses on their
    block lists or outside their network; ask your provider, or try from another network.
timeout-port-25 = No answer: port 25 is often blocked by internet providers.
timeout-connect = No answer on port { $port }: a firewall on your network or the server's may be blocking it.
timeout-login =
    The server did not answer the login in time. It may be slowing down logins
    after earlier wrong passwords; wait a few minutes and try again.
timeout-midway =
    The server on port { $port } stopped answering part-way through, or answered too slowly for the time
    limit. If it is just slow, check again with a longer time limit per step.
dns-failed = The name { $host } does not exist (or your network cannot look it up).
protocol-error =
    The server on port { $port } did not behave like a mail server should, so we stopped for safety.
cancelled = Stopped before it finished.
not-tried = Not tried.

## Not tried, where no finer reason is known
skipped-plaintext-not-needed = Not tried: an encrypted setting works, so the password was not sent here without encryption.
skipped-plaintext-used =
    Not tried: the consent covers one check without encryption for { $protocol }, and the password
    already went without encryption on port { $port }.
# $provider: the provider's domain, such as gmail.com.
skipped-ruled-out =
    Not tried: { $provider } already said this password cannot be used this way (see its answer on
    the other port), and more logins would only count against the account.
skipped-own-mode = Not needed: the port answered in its own mode after all.

## Finer reasons
# $source is one of the source-* phrases below.
not-confirmed-dns =
    Port { $port } works, with a valid certificate for { $host }. But only { $source } named this server, and it is not
    in your address's domain. DNS answers can be forged, so your password was not sent there. If { $host }
    is your provider's server, confirm it and check again.
not-confirmed-redirect =
    Port { $port } works, with a valid certificate for { $host }. But { $source } sent us on to another website for it,
    and the server is not in your address's domain. Such a detour can be forged, so your password was
    not sent there. If { $host } is your provider's server, confirm it and check again.
# $address: the private address, such as 192.168.1.2.
private-address =
    Port { $port } of { $host } works, but { $host } is on this computer or a private network ({ $address }), while your
    address's domain is on the internet. A lookup that points there is what a hostile network or a forged
    answer would do to catch a password, so yours was not sent. If this is your organisation's own server,
    enter it as your server and check again.
private-address-unknown = a local address
password-refused-elsewhere =
    Not checked: { $host } already refused your password on another port, and one more try could lock your
    account. Check the password (and the user name) and try again.
pipelined-answer =
    The server on port { $port } sent an answer before it was asked the question. A real server never does
    that; it is what an attacker between you and the server does to fake a "yes", or a badly broken
    server. Nothing it said counts, and we stopped.
pipelined-answer-before-password =
    The server on port { $port } sent an answer before it was asked the question. A real server never does
    that; it is what an attacker between you and the server does to fake a "yes", or a badly broken
    server. Nothing it said counts, and we stopped before sending your password.
preauth-tls =
    The server on port { $port } says you are logged in before any password was given (IMAP "PREAUTH").
    So a login cannot be checked here, and the password was not sent. Mail programs treat this as an
    error; tell your provider.
preauth-plain =
    The server on port { $port } says you are logged in before any password was given (IMAP "PREAUTH"),
    which also rules out encryption. On a normal network this is the trick an attacker uses to keep
    the connection unencrypted, so the password was not sent. Use SSL/TLS on port 993 instead.
# $issuer: the certificate's issuer, as the certificate names it.
missing-intermediate =
    The server sent its certificate without the intermediate certificate that links it to a trusted
    authority ({ $issuer }). That is a mistake in the server's set-up, not on your side: the provider must
    install the full certificate chain. The password was not sent.
no-subject-alt-name =
    The server's certificate names { $host } only in its old "common name" field and has no subjectAltName, which
    browsers and current mail programs require. No other server name would help: the provider must replace
    the certificate. The password was not sent.
weak-key =
    The server's certificate uses a key or signature too weak to be trusted today (for example
    a 1024-bit RSA key). The provider must replace it. The password was not sent.
old-tls-version =
    The server on port { $port } ended the connection when encryption was to start. Servers do this when
    they speak only old versions of encryption (TLS 1.0 or 1.1), which are no longer safe and which current
    mail programs refuse. The provider must update the server.
client-certificate-required =
    The server on port { $port } asks for a client certificate (a certificate installed on your computer, used
    in some companies) instead of, or before, a password. Ask your administrator for it.
tls-broken-on-server =
    Port { $port } offers encryption (STARTTLS) but could not start it ("TLS not available"): a problem on the
    server, often a certificate or key it cannot read. Tell the provider; try again later.
plaintext-only =
    Port { $port } answers without any encryption and does not offer STARTTLS either, so it is not safe to use.
# $offered: the mechanisms, such as "CRAM-MD5 or GSSAPI"; $program: what mail programs call it.
other-mechanisms =
    Port { $port } offers the login only with { $offered }, which sends proof of the password rather than the
    password. Mail programs call it "{ $program }". This program cannot verify the password that way, so it
    was not checked.
mechanisms-or = { $first } or { $second }
mechanism-own = a method of its own
mechanism-encrypted-password = Encrypted password
# An address with no route to it (ENETUNREACH, EHOSTUNREACH).
unreachable = There is no way from this network to { $host } (the network or the host is unreachable: no route), so nothing is known of port { $port }: it is not said to be closed.
login-not-permitted =
    The server on port { $port } does not allow a login on this connection (it answered 530). Its administrator
    may allow logins only from certain networks or for certain accounts; ask your provider.
closed-after-login =
    The server on port { $port } accepted the login and then ended the session, so it cannot send mail now.
    That is a problem on the server's side; try again later or tell your provider.
tls-required =
    The server on port { $port } wants an encrypted connection before it takes a login; it refused the user
    name, so the password was not sent. Use a setting with SSL/TLS or STARTTLS.
# $protocol: IMAP or POP3.
access-disabled =
    Your provider has { $protocol } access switched off for this account, so mail programs cannot log in with it
    (your password may well be right). Switch it on in your web mail's settings (Gmail: Settings → See all
    settings → Forwarding and POP/IMAP; Microsoft 365: your administrator, under the mailbox's email apps),
    then check again.
# $mechanism: the login method, such as PLAIN.
mechanism-refused =
    The server on port { $port } offered a way to log in ({ $mechanism }) and then refused that way itself, without
    judging the password: a mistake in the server's set-up. No other way to log in worked there.
mechanism-its-login = its login
login-spared =
    Port { $port } works ({ $protection }) and offers a login; it was not tried, to spare your account: another setting
    was verified already, and providers may lock or flag an account after many logins from a new
    program. To log in on every setting, choose "Verify every setting" (command line: --verify-all).
sign-in-refused-elsewhere =
    Not checked: { $host } already refused your sign-in on another port, and one more try could lock your
    account. Sign in again, with this address's own account.
sign-in-refused =
    The server on port { $port } refused your sign-in. The account you signed in with in the browser may not
    be this address's, or your provider does not let it use mail programs; sign in again with this
    address's own account.
login-unanswered =
    The password was sent on port { $port }, but the server did not answer in time. Servers slow down on
    purpose after wrong passwords, so this counts as a failed login: to protect your account, it was not
    tried on more ports. Check the password, wait a few minutes and try again.

## Why this setting
choice-tls =
    Port { $port } with SSL/TLS ("implicit TLS") encrypts the connection from the very first byte. RFC 8314
    (2018) recommends exactly this for mail programs.
choice-starttls =
    Port { $port } greets in plain text and the connection is then switched to encryption with STARTTLS. This is
    as safe as SSL/TLS as long as your mail program is set to require STARTTLS, so the password is only ever
    sent encrypted.
choice-imap =
    IMAP keeps your mail on the server, so every device you use (computer, phone, web mail) sees the same
    folders, read marks and sent mail.
choice-pop3 =
    Only POP3 works here: it downloads your mail to this one device (and usually removes it from the
    server), so other devices will not see the same mail. That suits one computer, or a full mailbox; for
    several devices ask your provider about IMAP.
choice-smtp-465 =
    Port 465 with SSL/TLS ("implicit TLS") encrypts the connection from the very first byte,
    before your mail program and the server exchange anything. RFC 8314 (2018) recommends exactly this for mail programs.
    Articles that call port 465 "deprecated" were written before 2018 and are out of date.
choice-smtp-tls =
    Port { $port } with SSL/TLS: the connection is encrypted from the very first byte, which RFC 8314 recommends for mail programs.
choice-smtp-587 =
    Port 587 is the standard port for sending mail from a mail program (RFC 6409). The server greets
    in plain text and the connection is then switched to encryption with STARTTLS. This is as safe as port 465 as long as your
    mail program is set to require STARTTLS (not "STARTTLS, if available"), so the password is only ever sent encrypted.
choice-smtp-2525 =
    Port 2525 is not an official mail port, but many providers offer it because some networks block
    the official ones. The connection is switched to encryption with STARTTLS before the password is sent.
choice-smtp-25 =
    Port 25 is meant for mail servers talking to each other, and many internet providers block it for
    home and mobile connections, so it may stop working when you change networks. It works here, with STARTTLS encryption,
    because nothing better did.
choice-smtp-starttls =
    Port { $port } works with STARTTLS: the connection is switched to encryption before the password is sent.
# $why: the explanation of what happened on that port.
choice-better-failed = Port { $port } ({ $security }) would be preferred, but it did not work: { $why }
# $usual: the connection type the port normally uses; $security: the one this server speaks.
choice-misconfigured =
    Note: port { $port } normally uses { $usual }; this server speaks { $security } there, which is a mistake in its set-up.
    Set your mail program exactly as shown, or the provider may fix it one day and break this setting.
choice-other-misconfigured =
    Port { $port } also answers, but with { $security } where mail programs expect { $usual }: a mistake in the server's
    set-up, so it is not recommended.
also-works = Also works: port { $port } with { $security }.
# $caveat: one of the caveat-* phrases.
also-works-but = Also works: port { $port } with { $security } ({ $caveat }).
plaintext-warning =
    Warning: port { $port } works only WITHOUT encryption. Your password and your mail travel readable by anyone on
    the network path. You allowed this check; use it only on a network you trust, and ask your provider for an
    encrypted setting.
certificate-exception-warning =
    Warning: this works only because you accepted the server's
    certificate by its fingerprint; no certificate authority vouches for it. Your mail program will warn about it
    too: accept it there only if it shows the same fingerprint.

## What a person must know before using a setting
caveat-insecure = not encrypted: avoid
caveat-certificate = only with the certificate you accepted by hand
caveat-login-spared = offers a login; not tried, to spare your account

## Where a setting came from
# $source is one of the source-* phrases.
found-through = Found through { $source }.
source-user = the server you entered
source-autoconfig = your provider's own settings file
source-well-known = your provider's settings file on its website
source-ispdb = Thunderbird's database of mail providers
source-mx = the provider that handles your domain's mail (its MX record)
source-srv = your domain's DNS (SRV records)
source-guess = a guess from your address's domain
source-control = a name that cannot exist

## Lists
# "a and b"; for three or more, the others are joined by list-comma first.
list-and = { $first } and { $last }
list-comma = ,{ " " }

## Why nothing works in one direction
# $direction: incoming or outgoing.
diagnosis-offline =
    { $direction ->
        [incoming] The incoming servers could not be checked: this computer seems to be offline.
       *[outgoing] The outgoing servers could not be checked: this computer seems to be offline.
    }
diagnosis-offline-advice = Once it is connected, check again; nothing here says the settings are wrong.
diagnosis-blocked = No server answered at all.
diagnosis-blocked-advice =
    Your network or a firewall may block mail connections. Try another network (for example a phone
    hotspot), or ask your network's administrator.
diagnosis-no-such-server =
    { $direction ->
        [incoming] None of the incoming server names exist.
       *[outgoing] None of the outgoing server names exist.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Check the spelling of "{ $domain }" in your address. If it is right, check again with your
            provider's incoming server name; it is usually in your provider's help pages.
       *[outgoing]
            Check the spelling of "{ $domain }" in your address. If it is right, check again with your
            provider's outgoing server name; it is usually in your provider's help pages.
    }
diagnosis-other =
    { $direction ->
        [incoming] No working incoming mail setting was found.
       *[outgoing] No working outgoing mail setting was found.
    }
diagnosis-other-advice = See what was tried below for each server and port.
diagnosis-app-password = Your provider wants an app password.
diagnosis-auth-disabled = Your provider has switched off password logins for this account.
diagnosis-web-login = Your provider wants you to sign in through its web page first.
diagnosis-sign-in-refused = Your sign-in with your provider was not accepted.
diagnosis-wrong-password = The password (or user name) was not accepted.
diagnosis-password-refused-by = Not checked: the password was refused by { $host }.
diagnosis-oauth = Your provider wants you to sign in through its web page.
diagnosis-no-subject-alt-name = The server { $host } presents a certificate that current programs refuse.
diagnosis-name-mismatch = The server { $host } presents a certificate for a different name.
diagnosis-cert-expired = The server's certificate is out of date.
diagnosis-cert-untrusted = The server's certificate is not trusted.
diagnosis-plaintext-only = The server offers login only without encryption.
