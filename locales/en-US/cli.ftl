### The command line's help (mailsetup --help, mailsetup probe --help).
### cli-arg-* are the options of the window's command line, cli-probe-*
### those of "mailsetup probe", each named after the option.

cli-about = Mail Setup Assistant: finds incoming (IMAP, POP3) and outgoing (SMTP) mail settings that really work, and explains why.
cli-usage = mailsetup [OPTIONS] [COMMAND]
# $usage: how the command is written, e.g. "mailsetup [OPTIONS] [COMMAND]".
cli-usage-line = Usage: { $usage }
cli-commands = Commands:
cli-arguments = Arguments:
cli-options-heading = Options:
cli-help = Print help
cli-version = Print version
# $value: the value used when the option is not given.
cli-default = Default: { $value }.
cli-without-command = Without a command, opens the setup window.
cli-examples = Examples:
cli-example-window = open the setup window
cli-example-probe = check, asking for the password
cli-example-no-auth = check the connections only
cli-example-json = check with the password from a script, and print JSON

## The window's options
cli-arg-resolve = For the window: use ADDR for HOST instead of DNS (repeatable), to check a server before DNS points at it.
cli-arg-ca-file = For the window: extra trusted certificate(s) in PEM, e.g. a company CA.
cli-arg-dns = For the window: ask this DNS server instead of the system's.
cli-arg-ispdb = For the window: the provider database to ask (https).
cli-arg-no-lookup = For the window: look nothing up (the guesses and named servers only).
cli-arg-lang =
    The language of the window and of the explanations (report, JSON "explanation"), as a tag such as de
    or ja; default: the system's. JSON keys and outcome codes stay English.

## mailsetup probe
cli-probe-about = Check which incoming and outgoing server settings work for an address.
cli-probe-usage = mailsetup probe [OPTIONS] <EMAIL>
cli-probe-password-from =
    The password is read from a prompt (no echo), from --password-stdin, or from the MAILSETUP_PASSWORD
    environment variable; never from the command line.
cli-probe-exit-status =
    Exit status: 0 every direction checked (incoming, outgoing) has a verified setting (with --no-auth: a
    secure connection), 1 otherwise, 2 bad usage or input.
cli-probe-email = Your email address, e.g. alice@example.com.
cli-probe-protocols = Only these protocols (repeatable): smtp (outgoing), imap, pop3 (incoming). Default: all three.
cli-probe-servers = Server to check, for every protocol (repeatable). Default: smtp./imap./pop.DOMAIN, mail.DOMAIN, DOMAIN.
cli-probe-incoming-servers = Incoming (IMAP, POP3) server, when it is not the --server (repeatable).
cli-probe-ports = Port to check (repeatable). Default: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = User name for the login. Default: the full email address.
cli-probe-timeout = Time limit for each step of a connection, in seconds.
cli-probe-ca-file = Extra trusted certificate(s) in PEM, e.g. your company's CA.
cli-probe-resolve = Use ADDR for HOST instead of DNS, like curl (repeatable).
cli-probe-allow-plaintext =
    Allow sending the password WITHOUT encryption where a server offers nothing better. Anyone on the
    network path could read it.
cli-probe-danger-accept-certificates =
    Accept an untrusted (e.g. self-signed) server certificate by its SHA-256 fingerprint (repeatable),
    only after comparing it with what the server's administrator publishes.
cli-probe-no-auth = Check the connections only; do not log in.
cli-probe-password-stdin = Read the password from the first line of standard input.
cli-probe-json = Print the report as JSON (the stable contract) instead of text.
cli-probe-thunderbird-file = Write a Thunderbird autoconfig file (config-v1.1.xml) of the verified settings here.
cli-probe-apple-profile = Write an Apple configuration profile (.mobileconfig) of the verified settings here.
cli-probe-dns = Ask this DNS server (port 53 unless given) instead of the system's, for every name, MX and SRV record.
cli-probe-ispdb = Thunderbird's provider database to ask (the domain is appended).
cli-probe-no-third-party =
    Ask no third party: neither the provider database nor, through the MX record, the provider that
    handles the domain's mail.
cli-probe-no-lookup = Look nothing up: check the named servers (--server) or the guesses only.
cli-probe-trust-discovered =
    Send the password to this server (repeat, or separate with commas), though it is outside the
    address's domain and only DNS (MX, SRV) or a redirect named it: such answers can be forged. The
    password goes to no other such server.
cli-probe-verify-all =
    Log in on every working setting, not only on the one recommended (for help desks). By default the
    others are checked up to their login offer, to spare the account: providers lock or flag accounts
    after bursts of logins.
cli-probe-oauth =
    Sign in with your provider in the browser (OAuth2) instead of typing a password; the servers are
    checked with that sign-in.
cli-probe-oauth-client-id =
    The OAuth2 client ID to sign in with (from your provider or administrator), where the provider does
    not let programs register themselves.
cli-probe-oauth-tenant = A Microsoft tenant (ID or domain) whose directory registered the client ID.
cli-probe-oauth-wait = How long to wait for you to sign in, in seconds (at most 300).
