### The window: its frame (every step) and the account step.
### The source language: every other language translates these messages.
### Mail programs' own words (Thunderbird's field names, ...) are not
### here: they come from each program in each language.
### A line break inside a message is a space: the window wraps text itself.

## The frame

about = About
about-title = About Mail Setup Assistant
about-version = Version { $version }
about-what =
    Finds incoming and outgoing mail settings that really work, checks your
    password over an encrypted connection only, and explains the result.
about-password = Your password goes only to the mail server being checked and is never saved.
about-finding = Finding your servers
about-lookups =
    Without a server you name, this program asks: your provider's own
    settings file (your provider sees your address, as with Thunderbird);
    your domain's DNS (MX and SRV records); and two third parties:
    Thunderbird's database of mail providers, which sees only your domain,
    and the provider that handles your domain's mail, found through its MX
    record.
about-third-parties = Ask third parties (Thunderbird's database, your domain's mail provider)
about-licence = Licence: { $licence }
close = Close
# This language's own name, as the language menu lists it: "Deutsch", "日本語".
language-name = English
# The language menu: "Language: English".
language-menu = Language: { $language }
# The first choice: follow the system's language, named in its own words.
language-system = System ({ $language })
# The theme menu, named for what it sets: "Theme: Dark".
theme = Theme: { $theme }
theme-system = System
theme-light = Light
theme-dark = Dark
step-account = Your account
step-checking = Checking
step-result = Your settings
# A step in the line of steps: "2. Checking".
step-numbered = { $number }. { $name }
# The line of steps, as a screen reader says it: "Step 2 of 3: Checking".
step-spoken = Step { $number } of { $count }: { $name }

## The account step

account-title = Set up your mail account
account-intro =
    Enter your email address and password. We find the incoming and
    outgoing mail server settings that work and check that your password is
    accepted — over an encrypted connection only.
email = Email address
email-hint = name@example.com
email-invalid = This doesn't look like an email address (name@example.com).
password = Password
password-hint = the password you use for this address
password-show = Show
password-hide = Hide
password-toggle = Show or hide the password
password-none = Without a password we can check the connections, but not that your login works.
sign-in-instead = Sign in with my provider instead
# For an address at a provider known by its domain: "Sign in with Google instead".
sign-in-with = Sign in with { $provider } instead
sign-in-instead-tip =
    For providers that want you to sign in on their own page (OAuth2): your
    browser opens it, and the servers are checked with that sign-in. No
    password is typed here.
display-name = Your name (optional)
display-name-hint = shown to people you write to
know-server = I know my server
server = Mail server
server-hint = e.g. mail.example.com, for incoming and outgoing mail
server-invalid = A server name has only letters, digits, dots and hyphens.
incoming-server = Incoming server, if different
incoming-server-hint = e.g. imap.example.com
username = User name, if not your email address
username-hint = usually your full email address
ports = Outgoing ports to try
ports-hint = 465, 587, 2525, 25
# A port the person typed that is not one: "99999".
port-invalid = { $port } is not a port number (1–65535).
advanced = Advanced
time-limit = Time limit for each step (seconds)
verify-all = Verify every setting
verify-all-tip =
    Log in on every working port, not only on the one recommended (for help
    desks). Off by default: providers may lock or flag an account after many
    logins from a new program.
client-id = Sign-in client ID, only if your provider or administrator gave you one
client-id-hint = for "Sign in with my provider"
tenant = Microsoft tenant of that client ID, if your administrator named one
tenant-hint = e.g. contoso.onmicrosoft.com
allow-plaintext = Allow checking without encryption
allow-plaintext-warning =
    Only if your server offers nothing better: your password would travel
    readable by anyone on the network between you and the server. This
    applies to the next check only, and such a setting is never recommended
    over an encrypted one.
certificate = Extra trusted certificate (for a company or school certificate authority)
certificate-none = none
certificate-remove = Remove
certificate-choose = Choose file…
certificate-path = Certificate file path
certificate-path-hint = /path/to/company-ca.pem
certificate-use = Use this file
find-settings = Find my settings
start-over = Start over
start-over-tip = Clear the form and what was remembered

## Shared pieces

# How this language writes the decimal point in a number: "2.4 s".
decimal-point = .

# A small button beside each setting.
copy = Copy
# Its tooltip: "Copy Hostname".
copy-what = Copy { $what }
# Its name for a screen reader, with the value: "Copy Hostname: mail.example.com".
copy-what-value = Copy { $what }: { $value }
copied = Copied
show-words-of = Show the settings in the words of:
# A status mark, as a screen reader names it.
mark-works = Works
mark-failed = Failed
mark-stopped = Not tried
