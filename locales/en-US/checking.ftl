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
