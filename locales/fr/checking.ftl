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
