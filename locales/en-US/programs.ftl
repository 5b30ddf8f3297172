### Where each mail program keeps its server settings, and its fields.
### Thunderbird's words come from thunderbird.ftl (its own, per language).
### Outlook's and Apple Mail's (outlook-*, apple-*) are those programs'
### own English words: a translation gives the words of that program in
### that language, from its maker's published help (cited above each
### message), or leaves them out (then the English ones show). The Mac and
### the iPhone paths are separate messages, so either can be translated
### alone.

program-other = Other
# $program: the program's name, for the heading of "Copy all".
copy-all-heading =
    { $direction ->
        [incoming] Incoming mail settings for { $program }
       *[outgoing] Outgoing mail settings for { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Incoming mail settings
       *[outgoing] Outgoing mail settings
    }

## Thunderbird
tb-where-incoming =
    New account: Account Hub > "{ tb-advanced-config }" (change "{ tb-autodetect }" to these values). Existing
    account: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-server-settings }.
tb-where-outgoing =
    New account: Account Hub > "{ tb-advanced-config }", outgoing server. Existing account: { tb-tools } > { tb-account-settings }
    (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > select your server (or Add…) > Edit…
    (there "{ tb-server-name }" and "{ tb-user-name }").

## Outlook
outlook-where-incoming =
    Classic Outlook: File > Account Settings > Account Settings… > select the account > Change…
    (port and encryption: More Settings… > Advanced, under "Incoming server"); newer builds: File >
    Account Settings > Server Settings > Incoming mail. Outlook for Mac: Tools > Accounts >
    Incoming server (tick "Use SSL to connect").
outlook-where-outgoing =
    Classic Outlook: File > Account Settings > Account Settings… > select the account > Change… >
    More Settings… > Outgoing Server and Advanced (under "Outgoing server (SMTP)"); newer builds:
    File > Account Settings > Server Settings > Outgoing mail. Outlook for Mac: Tools > Accounts >
    Outgoing server (tick "Use SSL to connect").
outlook-account-type = Account type
outlook-incoming-server = Incoming mail server
outlook-imap-port = Incoming server (IMAP) port
outlook-pop3-port = Incoming server (POP3) port
outlook-encrypted = Use the following type of encrypted connection
outlook-user-name = User Name
outlook-outgoing-server = Outgoing mail server (SMTP)
outlook-outgoing-port = Outgoing server (SMTP) port
outlook-requires-auth = My outgoing server (SMTP) requires authentication
outlook-log-on-using = Yes, log on using

## Apple Mail
## Each translated apple-* message cites, in the comment above it, the page
## of Apple's help in that language its words come from, or says "Ours:"
## when the words are this program's own (a test holds this).
apple-where-incoming =
    Mail > Settings… (macOS 12 and earlier: Preferences…) > Accounts > select the account > Server
    Settings > Incoming Mail Server (untick "Automatically manage connection settings").
apple-ios-where-incoming = iPhone and iPad: Settings > Apps > Mail > Mail Accounts > the account > Account > Advanced.
apple-where-outgoing =
    Mail > Settings… (macOS 12 and earlier: Preferences…) > Accounts > select the account > Server
    Settings > Outgoing Mail Server > Account > Edit SMTP Server List… (untick "Automatically
    manage connection settings").
apple-ios-where-outgoing = iPhone and iPad: Settings > Apps > Mail > Mail Accounts > the account > Account > SMTP.
apple-account-type = Account Type
apple-host-name = Host Name
apple-user-name = User Name
apple-port = Port
apple-use-tls = Use TLS/SSL
# The state of the "Use TLS/SSL" box.
apple-on = On
apple-off = Off
apple-authentication = Authentication
apple-oauth = OAuth2 (Apple Mail offers it only for Google and Microsoft accounts)
apple-password = Password

## Any other program: the usual names, with their other names
other-where-incoming = Your mail program's account or server settings, under "Incoming server", "IMAP" or "POP3".
other-where-outgoing = Your mail program's account or server settings, under "Outgoing server" or "SMTP".
other-incoming-server = Incoming server
other-outgoing-server = Outgoing server (SMTP)
other-server-type = Server type
other-port = Port
other-encryption = Encryption
other-tls = SSL/TLS (also called SSL or implicit TLS)
other-starttls = STARTTLS (older programs: TLS)
other-none = None
other-authentication = Authentication
other-oauth = OAuth2 (sign in with your provider in the browser)
other-password = Normal password (also called password or plain)
other-user-name = User name
