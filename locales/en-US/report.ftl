### The text report: what `mailsetup probe` prints and the window's "text
### report" export. Settings' field names are followed by their values in
### aligned columns; lines are wrapped at 78 columns.

## A few words per outcome, for one-line summaries
outcome-ok = works
outcome-auth-failed = password refused
outcome-auth-temporary = login not possible right now (server problem)
outcome-auth-disabled = password logins switched off by the provider
outcome-web-login-required = sign in through the web page first
outcome-app-password-required = app password required
outcome-oauth-required = browser sign-in (OAuth2) required
outcome-auth-unavailable = no login offered
outcome-plaintext-auth-refused = login only without encryption (password not sent)
outcome-starttls-unavailable = no encryption offered
outcome-cert-untrusted = certificate not trusted
outcome-cert-expired = certificate expired
outcome-cert-name-mismatch = certificate is for another name
outcome-tls-failed = encryption failed
outcome-wrong-mode = speaks the other connection type
outcome-refused = closed
outcome-server-busy = server busy
outcome-service-refused = server refuses service
outcome-timeout = no answer
outcome-dns-failed = no such server
outcome-protocol-error = not a proper mail server answer
outcome-cancelled = cancelled
outcome-skipped = not tried
cause-closed-after-login = login accepted, then the server closed the session
cause-plaintext-only = no encryption at all
cause-pipelined-answer = answered before it was asked
cause-preauth = claims a login before any password
cause-login-unanswered = password sent, no answer
cause-access-disabled = switched off in the provider's settings
cause-login-spared = offers a login; not tried, to spare your account
cause-mechanism-refused = refused the login method it offered
cause-unreachable = no route to it

# Several attempts that ended alike, in a few words: "Certificate not trusted."
report-short-reason = { $words }.

## A setting, field by field
report-server-type = Server type:
report-server = Server:
report-port = Port:
report-security = Connection security:
report-authentication = Authentication:
report-username = User name:
report-certificate = Certificate SHA-256:
report-auth-oauth = OAuth2 (sign in with your provider)
report-auth-password = Normal password
report-auth-unchecked = (not checked)

## Headings
report-cancelled = Stopped before the check finished; this is what was found so far.
# $direction: incoming or outgoing.
report-works-plaintext =
    { $direction ->
        [incoming] Incoming mail works only WITHOUT encryption:
       *[outgoing] Outgoing mail works only WITHOUT encryption:
    }
report-works-exception =
    { $direction ->
        [incoming] Incoming mail works only with the certificate you accepted by hand:
       *[outgoing] Outgoing mail works only with the certificate you accepted by hand:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Recommended incoming mail settings (connection checked, password not checked):
       *[outgoing] Recommended outgoing mail settings (connection checked, password not checked):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Recommended incoming mail settings (verified by signing in with your provider):
       *[outgoing] Recommended outgoing mail settings (verified by signing in with your provider):
    }
report-recommended =
    { $direction ->
        [incoming] Recommended incoming mail settings (verified: your password was accepted):
       *[outgoing] Recommended outgoing mail settings (verified: your password was accepted):
    }
report-found-private =
    { $direction ->
        [incoming] Found incoming mail settings on a local or private network address (the password was not sent):
       *[outgoing] Found outgoing mail settings on a local or private network address (the password was not sent):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Found incoming mail settings that need your confirmation (the password was not sent):
       *[outgoing] Found outgoing mail settings that need your confirmation (the password was not sent):
    }
# Followed by the command that would do it.
report-if-own-server = If it is your organisation's own server:
report-to-send-there = To send the password there:
# Before the explanation of a setting.
report-why = Why:
report-also-works =
    { $direction ->
        [incoming] Also works (incoming):
       *[outgoing] Also works (outgoing):
    }
report-looked-for = Where the servers were looked for:
report-else-tried = What else was tried:

## How a lookup ended
report-lookup-found = found
report-lookup-nothing = nothing
report-lookup-timeout = no answer
report-lookup-failed = failed
report-lookup-ignored = IGNORED
# One lookup: what was asked, how long it took and what came back.
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

## The command line's own words
cli-thunderbird-file = Thunderbird file
cli-apple-profile = Apple profile
# $what: cli-thunderbird-file or cli-apple-profile.
cli-wrote = Wrote the { $what } to { $path }
cli-not-written = No { $what } written: { $why }.
cli-password-prompt = Password for { $email }:{ " " }
cli-sign-in-open =
    Sign in with your provider ({ $issuer }) in your browser. If no browser opens, open this address:
cli-sign-in-waiting = Waiting for you to sign in (Ctrl-C stops)…
cli-no-browser = (no browser could be opened here: { $error })
cli-signed-in = Signed in; checking the servers with it.
# A --lang the program does not have.
cli-unknown-language = No language "{ $tag }" here; speaking { $spoken }.
# Followed by the command that names the server.
cli-give-the-name = To give the name:
# While the check goes on: "=> SMTP mail.example.com:465 SSL/TLS works; …".
cli-recommended = => { $setting } works; finishing the other checks (Ctrl-C stops them)
cli-lookup = lookup
cli-with-exception = , with the certificate you accepted
# Why the command line stops before checking anything.
cli-timeout-range = --timeout must be between 0 and 600 seconds
cli-ispdb-https = --ispdb must be an https:// URL (a plain-http answer could be forged)
cli-no-password =
    no password: type it at the prompt, pipe it with --password-stdin, set MAILSETUP_PASSWORD, or use
    --no-auth to check the connections only
cli-empty-password = the password is empty (use --no-auth to check the connections only)
cli-password-too-long = the first line of standard input is too long for a password
cli-password-not-utf8 = the password is not UTF-8 text
# $error: the system's words.
cli-cannot-write = cannot write { $path }: { $error }
# When the window cannot open (no display, no graphics driver).
cli-window-failed = The command line still works: mailsetup probe ADDRESS (see mailsetup --help).
cli-no-window-build = This build has no window (built without the "gui" feature). Use: mailsetup probe ADDRESS
# A command line that cannot be parsed. $error is one of cli-error-*.
cli-error = error: { $error }
cli-error-more = For more, see: { $help }
cli-error-unknown-argument = there is no option { $argument }
cli-error-unknown-command = there is no command { $command }
cli-error-invalid-value = "{ $value }" is not a value for { $argument }
# $why: one of cli-not-*, or another reason the value was refused.
cli-error-invalid-value-why = "{ $value }" is not a value for { $argument }: { $why }
cli-error-missing = { $argument } is needed
cli-error-conflict = { $argument } cannot be used with { $other }
cli-error-similar = (did you mean { $similar }?)
cli-not-dns-server = { $text } is not ADDR or ADDR:PORT
cli-not-fingerprint = { $text } is not a SHA-256 fingerprint (64 hex digits, e.g. AB:CD:...)
cli-not-host-addr = { $text } is not HOST:ADDR
cli-not-ip-address = { $text } is not an IP address
