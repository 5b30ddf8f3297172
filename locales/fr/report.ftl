### Le rapport texte : ce qu’affiche `mailsetup probe` et l’export « rapport texte » de la fenêtre.

outcome-ok = fonctionne
outcome-auth-failed = mot de passe refusé
outcome-auth-temporary = identification impossible pour l’instant (problème du serveur)
outcome-auth-disabled = identification par mot de passe désactivée par le fournisseur
outcome-web-login-required = connexion d’abord par la page web
outcome-app-password-required = mot de passe d’application requis
outcome-oauth-required = connexion dans le navigateur (OAuth2) requise
outcome-auth-unavailable = aucune identification offerte
outcome-plaintext-auth-refused = identification seulement sans chiffrement (mot de passe non envoyé)
outcome-starttls-unavailable = aucun chiffrement offert
outcome-cert-untrusted = certificat non fiable
outcome-cert-expired = certificat expiré
outcome-cert-name-mismatch = certificat pour un autre nom
outcome-tls-failed = échec du chiffrement
outcome-wrong-mode = parle l’autre type de connexion
outcome-refused = fermé
outcome-server-busy = serveur occupé
outcome-service-refused = le serveur refuse le service
outcome-timeout = pas de réponse
outcome-dns-failed = serveur inexistant
outcome-protocol-error = réponse incorrecte pour un serveur de courrier
outcome-cancelled = annulé
outcome-skipped = non essayé
cause-closed-after-login = identification acceptée, puis le serveur a fermé la session
cause-plaintext-only = aucun chiffrement
cause-pipelined-answer = a répondu avant qu’on lui demande
cause-preauth = prétend une identification avant tout mot de passe
cause-login-unanswered = mot de passe envoyé, pas de réponse
cause-access-disabled = désactivé dans les paramètres du fournisseur
cause-login-spared = offre une identification ; non essayée, pour ménager votre compte
cause-mechanism-refused = a refusé la méthode d’identification qu’il proposait
cause-unreachable = aucune route vers lui

report-short-reason = { $words }.

report-server-type = Type de serveur :
report-server = Serveur :
report-port = Port :
report-security = Sécurité de la connexion :
report-authentication = Authentification :
report-username = Nom d’utilisateur :
report-certificate = Certificat SHA-256 :
report-auth-oauth = OAuth2 (connexion via votre fournisseur)
report-auth-password = Mot de passe normal
report-auth-unchecked = (non vérifié)

report-cancelled = Arrêté avant la fin de la vérification ; voici ce qui a été trouvé jusque-là.
report-works-plaintext =
    { $direction ->
        [incoming] Le courrier entrant ne fonctionne que SANS chiffrement :
       *[outgoing] Le courrier sortant ne fonctionne que SANS chiffrement :
    }
report-works-exception =
    { $direction ->
        [incoming] Le courrier entrant ne fonctionne qu’avec le certificat accepté à la main :
       *[outgoing] Le courrier sortant ne fonctionne qu’avec le certificat accepté à la main :
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Paramètres de courrier entrant recommandés (connexion vérifiée, mot de passe non vérifié) :
       *[outgoing] Paramètres de courrier sortant recommandés (connexion vérifiée, mot de passe non vérifié) :
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Paramètres de courrier entrant recommandés (vérifiés par connexion via votre fournisseur) :
       *[outgoing] Paramètres de courrier sortant recommandés (vérifiés par connexion via votre fournisseur) :
    }
report-recommended =
    { $direction ->
        [incoming] Paramètres de courrier entrant recommandés (vérifiés : votre mot de passe a été accepté) :
       *[outgoing] Paramètres de courrier sortant recommandés (vérifiés : votre mot de passe a été accepté) :
    }
report-found-private =
    { $direction ->
        [incoming] Paramètres de courrier entrant trouvés sur une adresse locale ou de réseau privé (le mot de passe n’a pas été envoyé) :
       *[outgoing] Paramètres de courrier sortant trouvés sur une adresse locale ou de réseau privé (le mot de passe n’a pas été envoyé) :
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Paramètres de courrier entrant trouvés qui demandent votre confirmation (le mot de passe n’a pas été envoyé) :
       *[outgoing] Paramètres de courrier sortant trouvés qui demandent votre confirmation (le mot de passe n’a pas été envoyé) :
    }
report-if-own-server = S’il s’agit du propre serveur de votre organisation :
report-to-send-there = Pour y envoyer le mot de passe :
report-why = Pourquoi :
report-also-works =
    { $direction ->
        [incoming] Fonctionne aussi (entrant) :
       *[outgoing] Fonctionne aussi (sortant) :
    }
report-looked-for = Où les serveurs ont été cherchés :
report-else-tried = Ce qui a aussi été essayé :

report-lookup-found = trouvé
report-lookup-nothing = rien
report-lookup-timeout = pas de réponse
report-lookup-failed = échec
report-lookup-ignored = IGNORÉ
report-lookup = { $mark } : { $query } ({ $ms } ms) : { $detail }

cli-thunderbird-file = Fichier Thunderbird
cli-apple-profile = Profil Apple
cli-wrote = { $what } écrit dans { $path }
cli-not-written = { $what } non écrit : { $why }.
cli-password-prompt = Mot de passe pour { $email } :{ " " }
cli-sign-in-open =
    Connectez-vous chez votre fournisseur ({ $issuer }) dans votre navigateur. Si aucun navigateur ne
    s’ouvre, ouvrez cette adresse :
cli-sign-in-waiting = En attente de votre connexion (Ctrl-C arrête)…
cli-no-browser = (aucun navigateur n’a pu être ouvert ici : { $error })
cli-signed-in = Connecté ; vérification des serveurs avec cette connexion.
cli-unknown-language = Pas de langue « { $tag } » ici ; la langue parlée est { $spoken }.
cli-give-the-name = Pour donner le nom :
cli-recommended = => { $setting } fonctionne ; les autres vérifications se terminent (Ctrl-C les arrête)
cli-lookup = recherche
cli-with-exception = , avec le certificat que vous avez accepté
cli-timeout-range = --timeout doit être compris entre 0 et 600 secondes
cli-ispdb-https = --ispdb doit être une URL https:// (une réponse en http simple pourrait être falsifiée)
cli-no-password =
    pas de mot de passe : saisissez-le à l’invite, transmettez-le avec --password-stdin, définissez
    MAILSETUP_PASSWORD, ou utilisez --no-auth pour vérifier seulement les connexions
cli-empty-password = le mot de passe est vide (--no-auth vérifie seulement les connexions)
cli-password-too-long = la première ligne de l’entrée standard est trop longue pour un mot de passe
cli-password-not-utf8 = le mot de passe n’est pas du texte UTF-8
cli-cannot-write = impossible d’écrire { $path } : { $error }
cli-window-failed = La ligne de commande fonctionne toujours : mailsetup probe ADRESSE (voir mailsetup --help).
cli-no-window-build = Cette version n’a pas de fenêtre (construite sans la fonction « gui »). Utilisez : mailsetup probe ADRESSE
cli-error = erreur : { $error }
cli-error-more = Pour en savoir plus : { $help }
cli-error-unknown-argument = il n’y a pas d’option { $argument }
cli-error-unknown-command = il n’y a pas de commande { $command }
cli-error-invalid-value = « { $value } » n’est pas une valeur pour { $argument }
cli-error-invalid-value-why = « { $value } » n’est pas une valeur pour { $argument } : { $why }
cli-error-missing = { $argument } est nécessaire
cli-error-conflict = { $argument } ne peut pas être utilisé avec { $other }
cli-error-similar = (vouliez-vous dire { $similar } ?)
cli-not-dns-server = { $text } n’est pas ADDR ou ADDR:PORT
cli-not-fingerprint = { $text } n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, par ex. AB:CD:...)
cli-not-host-addr = { $text } n’est pas HOST:ADDR
cli-not-ip-address = { $text } n’est pas une adresse IP
