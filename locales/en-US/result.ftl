### The result step: the settings cards, why this port, what else works,
### what was tried, and the files to save.

# Above the cards: "For Alice Example <alice@example.com>".
result-for = For { $name } <{ $email }>
copy-all = Copy all
copy-all-tip = Copy the incoming and outgoing settings
what-we-tried = What we tried
working = Working
finishing = Finishing the check…
still-checking-others =
    { $count ->
        [one] Still checking { $count } more connection for other settings that also work; they cannot change these.
       *[other] Still checking { $count } more connections for other settings that also work; they cannot change these.
    }
# $direction: incoming, outgoing or both.
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Still checking { $count } connection for your incoming mail settings.
               *[other] Still checking { $count } connections for your incoming mail settings.
            }
        [outgoing]
            { $count ->
                [one] Still checking { $count } connection for your outgoing mail settings.
               *[other] Still checking { $count } connections for your outgoing mail settings.
            }
       *[both]
            { $count ->
                [one] Still checking { $count } connection for your incoming and outgoing mail settings.
               *[other] Still checking { $count } connections for your incoming and outgoing mail settings.
            }
    }
stop = Stop
stop-tip = Stop the remaining checks

## Files and the ways on
files-need-both =
    Files for mail programs need a verified incoming and outgoing setting: enter your password and
    check again, or copy the settings above.
save-thunderbird = Save Thunderbird file…
save-apple = Save Apple Mail profile…
save-text = Save text report…
save-json = Save JSON report…
files-need-both-tip = Mail programs accept a settings file only with a verified incoming and outgoing server.
profile-no-sign-in =
    Apple Mail signs in with a provider (OAuth2) only for Google and Microsoft
    accounts, and a profile cannot carry a sign-in: add the account in Apple Mail by hand with these settings
files-incomplete =
    a mail program needs a verified incoming and outgoing setting (encrypted),
    and this check did not verify both
check-again = Check again
change-details = Change details
change-details-tip = Back to your account details (Esc)

## A settings card
card-incoming = Incoming mail ({ $protocol })
card-outgoing = Outgoing mail (SMTP)
card-stopped-certain = Some lower-priority checks were stopped early; they cannot change this recommendation.
card-stopped-uncertain = The check was stopped before it was certain: a better setting might have been found.
card-plaintext = Warning: works only WITHOUT encryption: your password and messages can be read on the network.
card-exception =
    Works only with the certificate you accepted by hand: no certificate authority vouches for it.
    Your mail program will warn about it too; accept it there only if it shows this fingerprint:
enter-as-my-server = Enter { $host } as my server
enter-as-my-server-tip = Back to the form with this server filled in; nothing is sent until you check
# $hosts: one server name, or several as a list.
send-password-to = Send my password to { $hosts } and check again
send-password-to-tip = For this one check, and only to the servers named: nothing that vouches for them named them
verified-signed-in = Verified by signing in: the server accepted your sign-in over an encrypted connection.
verified-password = Verified: the server accepted your password over an encrypted connection.
connection-only = The encrypted connection works. Your password was not checked (none was entered).
# The copy buttons' names for a screen reader: "incoming Server", "outgoing Port".
copy-field-name =
    { $direction ->
        [incoming] incoming { $field }
       *[outgoing] outgoing { $field }
    }
copy-settings =
    { $direction ->
        [incoming] Copy incoming settings
       *[outgoing] Copy outgoing settings
    }

## Why this port
why-port = Why port { $port }?
why-port-and = Why port { $port } and { $protocol }?
why-tls =
    SSL/TLS (implicit TLS) and STARTTLS both encrypt your mail. With SSL/TLS nothing at all is
    said before encryption starts, so nothing can be tampered with on the way; that is why RFC 8314
    prefers it.
why-starttls =
    STARTTLS starts in plain text and then switches to encryption. Keep "STARTTLS" (not
    "STARTTLS, if available") so that your mail program refuses to send the password if
    encryption ever fails. You may read that port 465 is "deprecated": that advice is older
    than RFC 8314 (2018), which made 465 the preferred port again. It is simply not the one
    that works for this server.
why-plaintext =
    Without encryption, anyone on the network path can read your password and messages. Ask your
    provider for an encrypted setting (port 465 or 587).
also-works-heading = Also works:
also-works-line = { $protocol } { $host } port { $port } with { $security }
also-works-line-but = { $protocol } { $host } port { $port } with { $security } ({ $caveat })

## Still checking, or nothing works
card-still-checking-incoming = Incoming mail: still checking
card-still-checking-outgoing = Outgoing mail: still checking
card-still-checking = A better setting may still answer. This appears here as soon as it is certain.
card-nothing-incoming = Incoming mail: no working settings found
card-nothing-outgoing = Outgoing mail: no working settings found
try-again-with = Try again with { $host }
fingerprint-compare = Certificate fingerprint (SHA-256), to compare with what your provider publishes:
fingerprint-own-ca =
    If this is your organisation's own certificate authority, add its certificate under
    Advanced > Extra trusted certificate, then check again. Your password is never sent to
    a server whose certificate could not be verified.
fingerprint-accept-warning =
    If your provider or administrator gave you exactly this fingerprint, you can accept this
    certificate for one check. If it is not theirs, whoever made it would get your password.
accept-certificate = Accept this certificate for one check
accept-certificate-tip = Check again, sending the password to a server with this certificate
change-password = Change password
enter-server-name = Enter the server name
sign-in-with-provider = Sign in with your provider
sign-in-with-provider-tip = Your browser opens your provider's sign-in page; the servers are checked with it
fingerprint-tip = SHA-256 fingerprint of the server's certificate

## What we tried: the details of one attempt
details = Details
# For a screen reader: which attempt's details.
details-of = Details of { $attempt }
detail-address = Address
detail-phase = Got as far as
detail-time = Time
detail-milliseconds = { $ms } ms
detail-server-said = Server said
detail-greeting = Greeting
detail-capabilities = Capabilities
detail-certificate-for = Certificate for
# After the first few of a certificate's names.
detail-and-more = { $names } and { $count } more
detail-issued-by = Issued by
detail-valid = Valid
detail-valid-range = { $from } to { $to }
detail-sha256 = SHA-256
detail-all-names = All { $count } names on the certificate
phase-name-queued = not started
phase-name-resolve = looking up the name
phase-name-connect = connecting
phase-name-tls = the TLS handshake
phase-name-greeting = the greeting
phase-name-capabilities = asking what the server offers
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = asking again over TLS
phase-name-ready = a working connection
phase-name-auth = the login
phase-name-done = the end: everything worked

## Saving files and choosing a certificate
no-dialog-certificate = No file dialog can open on this desktop: type the certificate file's path under Advanced.
saved-to = Saved to { $path }
saved-in-downloads = No file dialog can open on this desktop, so the file was saved in your Downloads folder: { $path }
no-dialog-nowhere = No file dialog can open here, and there is no Downloads or home folder to save to. Use Copy instead.
could-not-save = Could not save { $path }: { $error }
choose-certificate-title = Choose a trusted certificate (PEM)
certificate-files = Certificates
