### L’étape du résultat : les cartes de paramètres, pourquoi ce port, ce qui fonctionne aussi, ce qui a
### été essayé, et les fichiers à enregistrer.

result-for = Pour { $name } <{ $email }>
copy-all = Tout copier
copy-all-tip = Copier les paramètres entrants et sortants
what-we-tried = Ce que nous avons essayé
working = En cours
finishing = Fin de la vérification…
still-checking-others =
    { $count ->
        [one] Encore { $count } connexion en cours de vérification pour d’autres paramètres qui fonctionnent aussi ; elle ne peut pas changer ceux-ci.
       *[other] Encore { $count } connexions en cours de vérification pour d’autres paramètres qui fonctionnent aussi ; elles ne peuvent pas changer ceux-ci.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Encore { $count } connexion en cours de vérification pour vos paramètres de courrier entrant.
               *[other] Encore { $count } connexions en cours de vérification pour vos paramètres de courrier entrant.
            }
        [outgoing]
            { $count ->
                [one] Encore { $count } connexion en cours de vérification pour vos paramètres de courrier sortant.
               *[other] Encore { $count } connexions en cours de vérification pour vos paramètres de courrier sortant.
            }
       *[both]
            { $count ->
                [one] Encore { $count } connexion en cours de vérification pour vos paramètres de courrier entrant et sortant.
               *[other] Encore { $count } connexions en cours de vérification pour vos paramètres de courrier entrant et sortant.
            }
    }
stop = Arrêter
stop-tip = Arrêter les vérifications restantes

files-need-both =
    Les fichiers pour programmes de messagerie exigent un paramètre entrant et un paramètre sortant
    vérifiés : saisissez votre mot de passe et vérifiez de nouveau, ou copiez les paramètres ci-dessus.
save-thunderbird = Enregistrer le fichier Thunderbird…
save-apple = Enregistrer le profil Apple Mail…
save-text = Enregistrer le rapport texte…
save-json = Enregistrer le rapport JSON…
files-need-both-tip = Les programmes de messagerie n’acceptent un fichier de paramètres qu’avec des serveurs entrant et sortant vérifiés.
profile-no-sign-in =
    Apple Mail ne se connecte via un fournisseur (OAuth2) que pour les comptes Google et Microsoft, et un
    profil ne peut pas contenir de connexion : ajoutez le compte à la main dans Apple Mail avec ces
    paramètres
files-incomplete =
    un programme de messagerie a besoin d’un paramètre entrant et sortant vérifié (chiffré), et cette
    vérification n’a pas vérifié les deux
check-again = Vérifier de nouveau
change-details = Modifier les informations
change-details-tip = Retour aux informations de votre compte (Échap)

card-incoming = Courrier entrant ({ $protocol })
card-outgoing = Courrier sortant (SMTP)
card-stopped-certain = Certaines vérifications moins prioritaires ont été arrêtées tôt ; elles ne peuvent pas changer cette recommandation.
card-stopped-uncertain = La vérification a été arrêtée avant d’être sûre : un meilleur paramètre aurait pu être trouvé.
card-plaintext = Attention : ne fonctionne que SANS chiffrement : votre mot de passe et vos messages peuvent être lus sur le réseau.
card-exception =
    Ne fonctionne qu’avec le certificat accepté à la main : aucune autorité de certification ne s’en porte
    garante. Votre programme de messagerie vous avertira aussi ; acceptez-le là seulement s’il affiche
    cette empreinte :
enter-as-my-server = Saisir { $host } comme mon serveur
enter-as-my-server-tip = Retour au formulaire avec ce serveur rempli ; rien n’est envoyé avant que vous vérifiiez
send-password-to = Envoyer mon mot de passe à { $hosts } et vérifier de nouveau
send-password-to-tip = Pour cette seule vérification, et seulement aux serveurs nommés : rien de fiable ne les a nommés
verified-signed-in = Vérifié par connexion : le serveur a accepté votre connexion par une connexion chiffrée.
verified-password = Vérifié : le serveur a accepté votre mot de passe par une connexion chiffrée.
connection-only = La connexion chiffrée fonctionne. Votre mot de passe n’a pas été vérifié (aucun n’a été saisi).
copy-field-name =
    { $direction ->
        [incoming] { $field } entrant
       *[outgoing] { $field } sortant
    }
copy-settings =
    { $direction ->
        [incoming] Copier les paramètres entrants
       *[outgoing] Copier les paramètres sortants
    }

why-port = Pourquoi le port { $port } ?
why-port-and = Pourquoi le port { $port } et { $protocol } ?
why-tls =
    SSL/TLS (TLS implicite) et STARTTLS chiffrent tous deux votre courrier. Avec SSL/TLS, rien n’est dit
    avant le début du chiffrement, rien ne peut donc être altéré en chemin ; c’est pourquoi la RFC 8314
    le préfère.
why-starttls =
    STARTTLS commence en clair puis passe au chiffrement. Gardez « STARTTLS » (et non « STARTTLS, si
    disponible ») pour que votre programme de messagerie refuse d’envoyer le mot de passe si le
    chiffrement échoue un jour. Vous lirez peut-être que le port 465 est « obsolète » : ce conseil est
    antérieur à la RFC 8314 (2018), qui a refait de 465 le port préféré. Ce n’est simplement pas celui qui
    fonctionne pour ce serveur.
why-plaintext =
    Sans chiffrement, n’importe qui sur le chemin du réseau peut lire votre mot de passe et vos messages.
    Demandez à votre fournisseur un paramètre chiffré (port 465 ou 587).
also-works-heading = Fonctionne aussi :
also-works-line = { $protocol } { $host } port { $port } avec { $security }
also-works-line-but = { $protocol } { $host } port { $port } avec { $security } ({ $caveat })

card-still-checking-incoming = Courrier entrant : vérification en cours
card-still-checking-outgoing = Courrier sortant : vérification en cours
card-still-checking = Un meilleur paramètre peut encore répondre. Il apparaîtra ici dès qu’il sera sûr.
card-nothing-incoming = Courrier entrant : aucun paramètre qui fonctionne
card-nothing-outgoing = Courrier sortant : aucun paramètre qui fonctionne
try-again-with = Réessayer avec { $host }
fingerprint-compare = Empreinte du certificat (SHA-256), à comparer avec celle que publie votre fournisseur :
fingerprint-own-ca =
    S’il s’agit de l’autorité de certification propre à votre organisation, ajoutez son certificat sous
    Avancé > Certificat de confiance supplémentaire, puis vérifiez de nouveau. Votre mot de passe n’est
    jamais envoyé à un serveur dont le certificat n’a pas pu être vérifié.
fingerprint-accept-warning =
    Si votre fournisseur ou administrateur vous a donné exactement cette empreinte, vous pouvez accepter
    ce certificat pour une vérification. Sinon, celui qui l’a fabriqué obtiendrait votre mot de passe.
accept-certificate = Accepter ce certificat pour une vérification
accept-certificate-tip = Vérifier de nouveau, en envoyant le mot de passe à un serveur avec ce certificat
change-password = Changer le mot de passe
enter-server-name = Saisir le nom du serveur
sign-in-with-provider = Me connecter chez mon fournisseur
sign-in-with-provider-tip = Votre navigateur ouvre la page de connexion de votre fournisseur ; les serveurs sont vérifiés avec cette connexion
fingerprint-tip = Empreinte SHA-256 du certificat du serveur

details = Détails
details-of = Détails de { $attempt }
detail-address = Adresse
detail-phase = Arrivé jusqu’à
detail-time = Durée
detail-milliseconds = { $ms } ms
detail-server-said = Réponse du serveur
detail-greeting = Accueil
detail-capabilities = Capacités
detail-certificate-for = Certificat pour
detail-and-more = { $names } et { $count } autres
detail-issued-by = Émis par
detail-valid = Valide
detail-valid-range = du { $from } au { $to }
detail-sha256 = SHA-256
detail-all-names = Les { $count } noms du certificat
phase-name-queued = pas commencé
phase-name-resolve = la recherche du nom
phase-name-connect = la connexion
phase-name-tls = la négociation TLS
phase-name-greeting = l’accueil
phase-name-capabilities = la demande de ce que le serveur propose
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = la nouvelle demande par TLS
phase-name-ready = une connexion qui fonctionne
phase-name-auth = l’identification
phase-name-done = la fin : tout a fonctionné

no-dialog-certificate = Aucune boîte de dialogue de fichier ne peut s’ouvrir sur ce bureau : saisissez le chemin du fichier de certificat sous Avancé.
saved-to = Enregistré dans { $path }
saved-in-downloads = Aucune boîte de dialogue de fichier ne peut s’ouvrir sur ce bureau ; le fichier a donc été enregistré dans votre dossier Téléchargements : { $path }
no-dialog-nowhere = Aucune boîte de dialogue de fichier ne peut s’ouvrir ici, et il n’y a ni dossier Téléchargements ni dossier personnel où enregistrer. Utilisez plutôt Copier.
could-not-save = Impossible d’enregistrer { $path } : { $error }
choose-certificate-title = Choisir un certificat de confiance (PEM)
certificate-files = Certificats
