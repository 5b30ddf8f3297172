### Thunderbird's own words, verbatim, from its English (en-US) strings
### (comm-central: mail/messenger/accountcreation/accountHub.ftl,
### mail/chrome/messenger/messenger.dtd, am-server-top.dtd,
### smtpEditOverlay.dtd, mail/messenger/accountSettings.ftl). The other
### languages' files are written by scripts/thunderbird-words.py from
### Thunderbird's localisation.

tb-protocol = Protocol
tb-hostname = Hostname
tb-port = Port
tb-security = Connection security
tb-auth = Authentication method
tb-username = Username
tb-normal-password = Normal password
tb-no-encryption = None
tb-autodetect = Autodetect
tb-advanced-config = Advanced config
tb-tools = Tools
tb-edit = Edit
tb-account-settings = Account Settings
tb-server-settings = Server Settings
tb-outgoing-server = Outgoing Server
tb-server-name = Server Name
tb-user-name = User Name
