### L’aide de la ligne de commande (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant : trouve les paramètres de courrier entrant (IMAP, POP3) et sortant (SMTP) qui fonctionnent vraiment, et explique pourquoi.
cli-usage = mailsetup [OPTIONS] [COMMANDE]
cli-usage-line = Utilisation : { $usage }
cli-commands = Commandes :
cli-arguments = Arguments :
cli-options-heading = Options :
cli-help = Afficher l’aide
cli-version = Afficher la version
cli-default = Par défaut : { $value }.
cli-without-command = Sans commande, la fenêtre de configuration s’ouvre.
cli-examples = Exemples :
cli-example-window = ouvrir la fenêtre de configuration
cli-example-probe = vérifier, en demandant le mot de passe
cli-example-no-auth = vérifier seulement les connexions
cli-example-json = vérifier avec le mot de passe fourni par un script, et afficher du JSON

cli-arg-resolve = Pour la fenêtre : utiliser ADDR pour HOST au lieu du DNS (répétable), pour vérifier un serveur avant que le DNS ne pointe vers lui.
cli-arg-ca-file = Pour la fenêtre : certificat(s) de confiance supplémentaire(s) en PEM, par ex. l’autorité d’une entreprise.
cli-arg-dns = Pour la fenêtre : interroger ce serveur DNS au lieu de celui du système.
cli-arg-ispdb = Pour la fenêtre : la base de données des fournisseurs à interroger (https).
cli-arg-no-lookup = Pour la fenêtre : ne rien rechercher (seulement les suppositions et les serveurs nommés).
cli-arg-lang =
    La langue de la fenêtre et des explications (rapport, « explanation » du JSON), sous forme d’étiquette
    comme de ou ja ; par défaut : celle du système. Les clés JSON et les codes de résultat restent en anglais.

cli-probe-about = Vérifier quels paramètres de serveur entrant et sortant fonctionnent pour une adresse.
cli-probe-usage = mailsetup probe [OPTIONS] <EMAIL>
cli-probe-password-from =
    Le mot de passe est demandé (sans écho), lu depuis --password-stdin ou depuis la variable
    d’environnement MAILSETUP_PASSWORD ; jamais depuis la ligne de commande.
cli-probe-exit-status =
    Code de sortie : 0 si chaque sens vérifié (entrant, sortant) a un paramètre vérifié (avec --no-auth :
    une connexion sûre), 1 sinon, 2 en cas d’utilisation ou de saisie incorrecte.
cli-probe-email = Votre adresse électronique, par ex. alice@example.com.
cli-probe-protocols = Seulement ces protocoles (répétable) : smtp (sortant), imap, pop3 (entrant). Par défaut : les trois.
cli-probe-servers = Serveur à vérifier, pour chaque protocole (répétable). Par défaut : smtp./imap./pop.DOMAINE, mail.DOMAINE, DOMAINE.
cli-probe-incoming-servers = Serveur entrant (IMAP, POP3), quand ce n’est pas le --server (répétable).
cli-probe-ports = Port à vérifier (répétable). Par défaut : SMTP 465, 587, 2525, 25 ; IMAP 993, 143 ; POP3 995, 110.
cli-probe-username = Nom d’utilisateur pour la connexion. Par défaut : l’adresse électronique complète.
cli-probe-timeout = Délai maximal de chaque étape d’une connexion, en secondes.
cli-probe-ca-file = Certificat(s) de confiance supplémentaire(s) en PEM, par ex. l’autorité de votre entreprise.
cli-probe-resolve = Utiliser ADDR pour HOST au lieu du DNS, comme curl (répétable).
cli-probe-allow-plaintext =
    Permettre d’envoyer le mot de passe SANS chiffrement là où un serveur n’offre rien de mieux. N’importe
    qui sur le chemin réseau pourrait le lire.
cli-probe-danger-accept-certificates =
    Accepter un certificat de serveur non fiable (par ex. autosigné) par son empreinte SHA-256 (répétable),
    seulement après l’avoir comparée avec celle que publie l’administrateur du serveur.
cli-probe-no-auth = Vérifier seulement les connexions ; ne pas se connecter au compte.
cli-probe-password-stdin = Lire le mot de passe sur la première ligne de l’entrée standard.
cli-probe-json = Afficher le rapport en JSON (le contrat stable) au lieu de texte.
cli-probe-thunderbird-file = Écrire ici un fichier de configuration automatique Thunderbird (config-v1.1.xml) des paramètres vérifiés.
cli-probe-apple-profile = Écrire ici un profil de configuration Apple (.mobileconfig) des paramètres vérifiés.
cli-probe-dns = Interroger ce serveur DNS (port 53 sauf indication) au lieu de celui du système, pour chaque nom et chaque enregistrement MX et SRV.
cli-probe-ispdb = La base de données des fournisseurs de Thunderbird à interroger (le domaine est ajouté).
cli-probe-no-third-party =
    N’interroger aucun tiers : ni la base de données des fournisseurs ni, via l’enregistrement MX, le
    fournisseur qui gère le courrier du domaine.
cli-probe-no-lookup = Ne rien rechercher : vérifier seulement les serveurs nommés (--server) ou les suppositions.
cli-probe-trust-discovered =
    Envoyer le mot de passe à ce serveur (répéter, ou séparer par des virgules), bien qu’il soit hors du
    domaine de l’adresse et que seul le DNS (MX, SRV) ou une redirection l’ait nommé : de telles réponses
    peuvent être falsifiées. Le mot de passe ne va à aucun autre serveur de ce genre.
cli-probe-verify-all =
    Se connecter avec chaque paramètre qui fonctionne, pas seulement avec celui recommandé (pour les
    services d’assistance). Par défaut, les autres sont vérifiés jusqu’à leur offre de connexion, pour
    ménager le compte : les fournisseurs bloquent ou signalent les comptes après des rafales de connexions.
cli-probe-oauth =
    Se connecter auprès de votre fournisseur dans le navigateur (OAuth2) au lieu de saisir un mot de passe ;
    les serveurs sont vérifiés avec cette connexion.
cli-probe-oauth-client-id =
    L’identifiant client OAuth2 avec lequel se connecter (fourni par votre fournisseur ou administrateur),
    là où le fournisseur ne laisse pas les programmes s’enregistrer eux-mêmes.
cli-probe-oauth-tenant = Un locataire Microsoft (ID ou domaine) dont l’annuaire a enregistré l’identifiant client.
cli-probe-oauth-wait = Combien de temps attendre votre connexion, en secondes (300 au plus).
