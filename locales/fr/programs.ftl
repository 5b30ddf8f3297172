### Où chaque programme de messagerie garde ses paramètres de serveur. Les termes de Thunderbird viennent de
### thunderbird.ftl (les siens). Les termes français d’Outlook et d’Apple Mail ne sont pas encore repris de
### leur aide : d’ici là, les termes anglais s’affichent.

program-other = Autre
copy-all-heading =
    { $direction ->
        [incoming] Paramètres de courrier entrant pour { $program }
       *[outgoing] Paramètres de courrier sortant pour { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Paramètres de courrier entrant
       *[outgoing] Paramètres de courrier sortant
    }

tb-where-incoming =
    Nouveau compte : Account Hub > « { tb-advanced-config } » (remplacer « { tb-autodetect } » par ces valeurs).
    Compte existant : { tb-tools } > { tb-account-settings } (Linux : { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Nouveau compte : Account Hub > « { tb-advanced-config } », serveur sortant. Compte existant : { tb-tools } >
    { tb-account-settings } (Linux : { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > choisir votre
    serveur (ou Ajouter…) > Modifier… (là, « { tb-server-name } » et « { tb-user-name } »).

## Apple Mail : les mots d'Apple ne sont pas encore repris de l'aide française
## d'Apple ; « Ours: » marque les mots de ce programme.
# Ours: l'état de la case « Use TLS/SSL ».
apple-on = Activé
# Ours.
apple-off = Désactivé
# Ours.
apple-oauth = OAuth2 (Apple Mail ne le propose que pour les comptes Google et Microsoft)

other-where-incoming = Dans les paramètres du compte ou du serveur de votre programme de messagerie, sous « Serveur entrant », « IMAP » ou « POP3 ».
other-where-outgoing = Dans les paramètres du compte ou du serveur de votre programme de messagerie, sous « Serveur sortant » ou « SMTP ».
other-incoming-server = Serveur entrant
other-outgoing-server = Serveur sortant (SMTP)
other-server-type = Type de serveur
other-port = Port
other-encryption = Chiffrement
other-tls = SSL/TLS (aussi appelé SSL ou TLS implicite)
other-starttls = STARTTLS (anciens programmes : TLS)
other-none = Aucun
other-authentication = Authentification
other-oauth = OAuth2 (connexion chez votre fournisseur dans le navigateur)
other-password = Mot de passe normal (aussi appelé mot de passe ou en clair)
other-user-name = Nom d’utilisateur
