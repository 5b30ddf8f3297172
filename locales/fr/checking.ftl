### L’étape de vérification : ce qui est essayé, phase par phase.

checking-title = Vérification de { $email }
checking-elapsed = { $seconds } s
checking-found = Paramètre { $direction } trouvé : { $protocol } { $host } port { $port } ({ $security }).
checking-incoming = entrant
checking-outgoing = sortant
show-now = Afficher mes paramètres maintenant
cancel = Annuler
cancel-tip = Arrêter la vérification (Échap)
esc-stops = (Échap arrête aussi)

phase-queued = En attente de son tour…
phase-resolve = Recherche du serveur…
phase-connect = Connexion…
phase-tls = Mise en place du chiffrement…
phase-greeting = Attente de l’accueil du serveur…
phase-capabilities = Demande de ce que le serveur propose…
phase-starttls = Passage au chiffrement…
phase-capabilities-tls = Nouvelle demande, chiffrée…
phase-ready = La connexion fonctionne ; vérification du mot de passe ensuite…
phase-auth = Vérification de votre mot de passe…
phase-done = Terminé
trying = Essai
looking = Recherche

signing-in-title = En attente de votre connexion dans le navigateur
signing-in-finding = Recherche de l’endroit où votre fournisseur vous connecte
signing-in-opened =
    La page de connexion de votre fournisseur sur { $host } s’est ouverte dans votre navigateur. Vérifiez
    que votre navigateur affiche ce nom, puis connectez-vous ; cette fenêtre continue d’elle-même quand
    vous avez terminé (dans les 5 minutes).
signing-in-no-browser = Si aucun navigateur ne s’est ouvert, ouvrez cette adresse :
copy-address = Copier l’adresse
signing-in-cancel-tip = Arrêter la connexion (Échap)

lookups-title = Où sont vos serveurs
lookup-autoconfig = Demande de ses paramètres à votre fournisseur
lookup-well-known = Recherche de paramètres sur le site de { $domain }
lookup-ispdb = Interrogation de la base de données des fournisseurs de Thunderbird
lookup-mx = Recherche de la destination du courrier de { $domain }
lookup-srv = Recherche des serveurs de courrier de { $domain } dans le DNS
lookup-guess = Essai des noms de serveur habituels
lookup-control = Vérification que le DNS de ce réseau répond honnêtement
lookup-running = { $lookup }…
lookup-ended = { $lookup } : { $said }
lookup-plain-http = n’a répondu que sans chiffrement, donc pas utilisé
lookup-timeout = pas de réponse à temps
lookup-error = n’a pas pu être interrogé
lookup-nothing = rien trouvé

attempts-incoming = Courrier entrant
attempts-outgoing = Courrier sortant
portal-in-the-way = La page de connexion de ce réseau fait obstacle
portal-attempts =
    { $count ->
        [one] { $count } essai n’a pas pu joindre son serveur
       *[other] { $count } essais n’ont pas pu joindre leurs serveurs
    }
ports-blocked =
    { $count ->
        [one] Le port { $ports } est bloqué sur ce réseau
       *[other] Les ports { $ports } sont bloqués sur ce réseau
    }
blocked-attempts =
    { $count ->
        [one] { $count } essai n’a reçu aucune réponse
       *[other] { $count } essais n’ont reçu aucune réponse
    }
guesses-missing =
    { $count ->
        [one] { $count } autre nom possible : il n’existe pas
       *[other] { $count } autres noms possibles : aucun n’existe
    }
guesses-usual = Les programmes de messagerie devinent aussi ces noms ; la plupart des domaines n’en utilisent que certains.

## Pourquoi une vérification n’a pas pu commencer, ou une connexion n’a donné
## aucun jeton. Un $why, ce sont les mots d’une bibliothèque, d’un serveur ou
## du système, tels qu’ils sont venus.
error-invalid-email = { $text } n’est pas une adresse électronique (attendu : nom@domaine, par ex. alice@example.com)
error-invalid-server = { $text } n’est pas un nom de serveur
error-invalid-port = le port { $port } n’est pas un port sur lequel un serveur peut écouter (1 à 65535)
error-empty-username = le nom d’utilisateur est vide (omettez-le pour utiliser l’adresse électronique)
error-ca-file = impossible d’utiliser le fichier de certificats { $path } : { $why }
error-tls = la mise en place de TLS a échoué : { $why }
oauth-no-provider = rien n’indique de connexion OAuth2 pour { $domain } (pas de <oAuth2> dans son fichier de paramètres ni dans l’ISPDB)
oauth-metadata = la description du serveur de connexion (RFC 8414) est inutilisable : { $why }
oauth-registration = le serveur de connexion n’a pas enregistré ce programme : { $why }
oauth-browser = aucun navigateur ouvert : { $why }
oauth-not-completed = connexion non terminée en { $seconds } s ; rien n’a été vérifié
oauth-refused = le fournisseur ne vous a pas connecté : { $why }
oauth-mismatch = la réponse revenue n’était pas pour cette connexion ({ $what }) ; rien n’a été utilisé
oauth-token = le serveur de connexion n’a donné aucun jeton : { $why }
oauth-cancelled = connexion arrêtée
oauth-only-google =
    Google ne laisse se connecter que les programmes qu’il connaît. Utilisez ces paramètres avec la
    connexion propre à votre programme de messagerie (Thunderbird : { tb-auth } « OAuth2 » ; Apple Mail et
    Outlook : ajoutez le compte comme compte Google), ou créez un mot de passe d’application (il faut la
    validation en deux étapes) dans votre compte Google, sous Sécurité, et vérifiez avec lui comme mot de passe.
oauth-only-microsoft =
    Microsoft ne laisse se connecter que les programmes qu’il connaît. Utilisez ces paramètres avec la
    connexion propre à votre programme de messagerie (Thunderbird : { tb-auth } « OAuth2 » ; Outlook et Apple
    Mail : ajoutez le compte comme compte Microsoft). Pour un compte professionnel ou scolaire, votre
    administrateur peut enregistrer une application dans Entra ID et vous donner son identifiant client
    ({ advanced }, ou --oauth-client-id).
oauth-app-password =
    { $provider } ne laisse se connecter que les programmes qu’il connaît. Utilisez ces paramètres avec la
    connexion propre à votre programme de messagerie (Thunderbird : { tb-auth } « OAuth2 »), ou créez un mot
    de passe d’application dans { $place }, et vérifiez avec lui comme mot de passe.
oauth-place-yahoo = votre compte Yahoo, sous Account security (« Generate app password »)
oauth-place-aol = votre compte AOL, sous Account security (« Generate app password »)
oauth-place-fastmail = Fastmail, sous Settings, Privacy & Security (« App passwords »)
oauth-no-registration =
    { $issuer } ne laisse se connecter que les programmes connus et n’offre pas d’enregistrement : saisissez
    un identifiant client ({ advanced }, ou --oauth-client-id) fourni par votre fournisseur ou administrateur,
    ou utilisez la connexion propre à votre programme de messagerie (Thunderbird : { tb-auth } « OAuth2 »)
oauth-bad-tenant = { $tenant } n’est ni un ID de locataire ni un domaine
oauth-tenant-not-microsoft = un locataire ne sert qu’à la connexion Microsoft (login.microsoftonline.com)
oauth-cannot-listen = impossible d’écouter sur 127.0.0.1 : { $error }
