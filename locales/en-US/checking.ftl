### The checking step: what is being tried, phase by phase.
### A line break inside a message is a space: the window wraps text itself.

# The page's heading: "Checking alice@example.com".
checking-title = Checking { $email }
# Time since the check began: "2.4 s".
checking-elapsed = { $seconds } s
# A setting already certain: "Found the incoming setting: IMAP mail.example.com port 993 (SSL/TLS)."
# $direction is checking-incoming or checking-outgoing; $security is the mail
# program's own word.
checking-found = Found the { $direction } setting: { $protocol } { $host } port { $port } ({ $security }).
checking-incoming = incoming
checking-outgoing = outgoing
show-now = Show my settings now
cancel = Cancel
cancel-tip = Stop checking (Esc)
esc-stops = (Esc also stops)

## The phases of one attempt
phase-queued = Waiting for its turn…
phase-resolve = Looking up the server…
phase-connect = Connecting…
phase-tls = Setting up encryption…
phase-greeting = Waiting for the server to say hello…
phase-capabilities = Asking what the server offers…
phase-starttls = Switching to encryption…
phase-capabilities-tls = Asking again, encrypted…
phase-ready = Connection works; password check comes next…
phase-auth = Checking your password…
phase-done = Done
# Said to a screen reader for a spinner.
trying = Trying
looking = Looking

## Signing in with the provider
signing-in-title = Waiting for you to sign in in your browser
signing-in-finding = Finding where your provider signs you in
signing-in-opened =
    Your provider's sign-in page at { $host } opened in your browser. Check
    that your browser shows that name, then sign in there; this window goes
    on by itself when you are done (within 5 minutes).
signing-in-no-browser = If no browser opened, open this address:
copy-address = Copy address
signing-in-cancel-tip = Stop signing in (Esc)

## Where the servers are
lookups-title = Where your servers are
lookup-autoconfig = Asking your provider for its settings
lookup-well-known = Looking for settings on { $domain }'s website
lookup-ispdb = Asking Thunderbird's database of mail providers
lookup-mx = Looking up where { $domain }'s mail goes
lookup-srv = Looking for { $domain }'s mail servers in DNS
lookup-guess = Trying the usual server names
lookup-control = Checking that this network's DNS answers honestly
# A lookup under way: "Asking your provider for its settings…".
lookup-running = { $lookup }…
# A lookup that ended: "Looking up where example.com's mail goes: nothing there".
lookup-ended = { $lookup }: { $said }
lookup-plain-http = answered only without encryption, so not used
lookup-timeout = no answer in time
lookup-error = could not be asked
lookup-nothing = nothing there

## The attempts
attempts-incoming = Incoming mail
attempts-outgoing = Outgoing mail
portal-in-the-way = This network's sign-in page stands in the way
portal-attempts =
    { $count ->
        [one] { $count } attempt could not reach its server
       *[other] { $count } attempts could not reach their servers
    }
# $ports is a list: "587", or "465 and 587".
ports-blocked =
    { $count ->
        [one] Port { $ports } is blocked on this network
       *[other] Ports { $ports } are blocked on this network
    }
blocked-attempts =
    { $count ->
        [one] { $count } attempt got no answer
       *[other] { $count } attempts got no answer
    }
guesses-missing =
    { $count ->
        [one] { $count } other possible name: it does not exist
       *[other] { $count } other possible names: none exist
    }
guesses-usual = Mail programs guess these names too; most domains use only some of them.

## Why a check could not start, or a sign-in gave no token. A $why is the
## words of a library, a server or the system, shown as they came.
error-invalid-email = { $text } is not an email address (expected name@domain, e.g. alice@example.com)
error-invalid-server = { $text } is not a server name
error-invalid-port = port { $port } is not a port a server can listen on (1 to 65535)
error-empty-username = the user name is empty (leave it out to use the email address)
error-ca-file = cannot use the certificate file { $path }: { $why }
error-tls = TLS setup failed: { $why }
oauth-no-provider = nothing names an OAuth2 sign-in for { $domain } (no <oAuth2> in its settings file or the ISPDB)
oauth-metadata = the sign-in server's description (RFC 8414) is unusable: { $why }
oauth-registration = the sign-in server did not register this program: { $why }
oauth-browser = no browser opened: { $why }
oauth-not-completed = sign-in not completed within { $seconds } s; nothing was checked
oauth-refused = the provider did not sign you in: { $why }
# $what says what was wrong, in the protocol's words ("another state").
oauth-mismatch = the answer that came back was not for this sign-in ({ $what }); nothing was used
oauth-token = the sign-in server gave no token: { $why }
oauth-cancelled = sign-in stopped
oauth-only-google =
    Google lets only programs it knows sign in. Use these settings with your mail program's own sign-in
    (Thunderbird: { tb-auth } "OAuth2"; Apple Mail and Outlook: add the account as a Google account), or
    create an app password (it needs 2-Step Verification) in your Google Account under Security, and check
    with it as the password.
oauth-only-microsoft =
    Microsoft lets only programs it knows sign in. Use these settings with your mail program's own sign-in
    (Thunderbird: { tb-auth } "OAuth2"; Outlook and Apple Mail: add the account as a Microsoft account).
    For a work or school account, your administrator can register an app in Entra ID and give you its
    client ID ({ advanced }, or --oauth-client-id).
# $provider: Yahoo, AOL or Fastmail; $place: where its app passwords are
# made (sign-in-place-*).
oauth-app-password =
    { $provider } lets only programs it knows sign in. Use these settings with your mail program's own
    sign-in (Thunderbird: { tb-auth } "OAuth2"), or create an app password in { $place }, and check with it
    as the password.
oauth-place-yahoo = your Yahoo account under Account security ("Generate app password")
oauth-place-aol = your AOL account under Account security ("Generate app password")
oauth-place-fastmail = Fastmail under Settings, Privacy & Security ("App passwords")
oauth-no-registration =
    { $issuer } lets only known programs sign in, and offers no registration: enter a client ID
    ({ advanced }, or --oauth-client-id) from your provider or administrator, or use your mail program's
    own sign-in (Thunderbird: { tb-auth } "OAuth2")
oauth-bad-tenant = { $tenant } is not a tenant ID or domain
oauth-tenant-not-microsoft = a tenant is for Microsoft's sign-in (login.microsoftonline.com) only
# $error: the system's words.
oauth-cannot-listen = cannot listen on 127.0.0.1: { $error }
