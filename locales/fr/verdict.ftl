### Ce que signifie chaque résultat, pourquoi un paramètre a été choisi et
### pourquoi rien ne fonctionne.

protection-tls = chiffrée dès le début (SSL/TLS)
protection-starttls = chiffrée avec STARTTLS
protection-plain = NON chiffrée

works-signed-in = Fonctionne : la connexion est { $protection } et le serveur a accepté votre connexion via votre fournisseur.
works-password = Fonctionne : la connexion est { $protection } et le mot de passe a été accepté.
works-unchecked = La connexion fonctionne et est { $protection }. Le mot de passe n’a pas été vérifié.
auth-failed =
    Le serveur a refusé le nom d’utilisateur ou le mot de passe. Vérifiez les deux ; certains fournisseurs
    exigent aussi un « mot de passe d’application », créé dans leurs paramètres web, à la place de votre
    mot de passe habituel.
auth-temporary =
    Le serveur n’a pas pu vérifier le mot de passe pour l’instant (un problème passager de son côté, pas
    un mauvais mot de passe). Réessayez dans quelques minutes.
auth-disabled =
    Votre fournisseur a désactivé pour ce compte l’identification par mot de passe depuis les programmes
    de messagerie (Microsoft 365 l’appelle « SMTP AUTH »). Votre mot de passe est peut-être correct :
    l’administrateur de la messagerie de votre organisation peut l’activer pour votre boîte, ou votre
    programme de messagerie doit se connecter avec OAuth2.
web-login-required =
    Votre fournisseur veut que vous vous connectiez une fois par sa page web avant que les programmes de
    messagerie puissent s’identifier (Google : « Please log in via your web browser »). Connectez-vous à
    votre messagerie dans un navigateur, répondez aux éventuelles questions de sécurité, puis réessayez ;
    avec la validation en deux étapes, utilisez un mot de passe d’application.
app-password-required =
    Votre fournisseur n’accepte pas votre mot de passe habituel depuis les programmes de messagerie. Créez
    un « mot de passe d’application » (mot de passe propre à une application) dans les paramètres de
    sécurité de votre compte et utilisez-le à la place.
oauth-required =
    Ce serveur n’accepte qu’une connexion par la page web de votre fournisseur (OAuth2), pas un mot de
    passe saisi ; votre mot de passe n’a donc pas été envoyé. Dans Thunderbird, choisissez « OAuth2 »
    comme méthode d’authentification ; dans Apple Mail, ajoutez-le de nouveau comme compte Google ou
    Microsoft ; les paramètres IMAP d’Outlook classique n’ont pas OAuth2, ajoutez-le donc là aussi comme
    compte Microsoft ou Google.
no-login-incoming = Le port { $port } n’offre pas d’identification utilisable par les programmes de messagerie ; votre courrier ne peut pas être lu par ce port.
no-login-outgoing = Le port { $port } n’offre pas d’identification ; un programme de messagerie ne peut pas envoyer par ce port avec votre compte.
no-login-port-25 =
    Le port { $port } n’offre pas d’identification ; un programme de messagerie ne peut pas envoyer par ce
    port avec votre compte (le port 25 sert aux échanges entre serveurs de courrier).
plaintext-auth-refused =
    Le port { $port } accepterait votre mot de passe sans chiffrement, nous ne l’avons donc pas envoyé.
    N’importe qui sur le réseau pourrait le lire là.

starttls-unavailable = Le port { $port } n’offre pas de chiffrement (STARTTLS), il n’est donc pas sûr.
cert-self-signed =
    Le certificat du serveur est auto-signé (personne ne s’en porte garant), nous ne pouvons donc pas être
    sûrs qu’il s’agit vraiment de votre serveur de courrier. Le mot de passe n’a pas été envoyé. Si votre
    organisation utilise sa propre autorité de certification, ajoutez-la comme certificat de confiance.
cert-untrusted =
    Le certificat du serveur n’est pas émis par une autorité de confiance, nous ne pouvons donc pas être
    sûrs qu’il s’agit vraiment de votre serveur de courrier. Le mot de passe n’a pas été envoyé. Si votre
    organisation utilise sa propre autorité de certification, ajoutez-la comme certificat de confiance.
cert-expired =
    Le certificat du serveur n’est pas valide à cette date (expiré ou pas encore valide). Le mot de passe
    n’a pas été envoyé. Le fournisseur doit le renouveler ; vérifiez aussi que la date de votre ordinateur
    est juste.
cert-no-name = Le certificat du serveur n’est pas valide pour le nom { $host }. Le mot de passe n’a pas été envoyé.
cert-other-name =
    Le certificat du serveur est valide pour { $names }, pas pour { $host }. Utilisez plutôt ce nom comme
    serveur ; le mot de passe n’a pas été envoyé.
tls-failed = La connexion chiffrée sur le port { $port } n’a pas pu être établie.
wrong-mode-wants-starttls =
    Le port { $port } attend STARTTLS (d’abord un accueil en clair, puis le chiffrement), pas SSL/TLS dès
    le début.
wrong-mode-wants-tls = Le port { $port } attend SSL/TLS dès le tout début, pas STARTTLS.

refused = Rien ne répond sur le port { $port } de ce serveur : le port est fermé.
server-busy = Le serveur sur le port { $port } est occupé et a refusé la connexion pour l’instant. Réessayez dans quelques minutes.
service-refused =
    Le serveur sur le port { $port } refuse le service à votre connexion. Les fournisseurs font cela pour
    des adresses sur leurs listes de blocage ou hors de leur réseau ; demandez à votre fournisseur, ou
    essayez depuis un autre réseau.
timeout-port-25 = Pas de réponse : le port 25 est souvent bloqué par les fournisseurs d’accès à Internet.
timeout-connect = Pas de réponse sur le port { $port } : un pare-feu de votre réseau ou de celui du serveur le bloque peut-être.
timeout-login =
    Le serveur n’a pas répondu à temps à l’identification. Il ralentit peut-être les identifications après
    de précédents mauvais mots de passe ; attendez quelques minutes et réessayez.
timeout-midway =
    Le serveur sur le port { $port } a cessé de répondre en cours de route, ou a répondu trop lentement
    pour le délai. S’il est seulement lent, vérifiez de nouveau avec un délai plus long par étape.
dns-failed = Le nom { $host } n’existe pas (ou votre réseau ne peut pas le rechercher).
protocol-error = Le serveur sur le port { $port } ne s’est pas comporté comme un serveur de courrier ; nous nous sommes arrêtés par sécurité.
cancelled = Arrêté avant la fin.
not-tried = Non essayé.

not-confirmed-dns =
    Le port { $port } fonctionne, avec un certificat valide pour { $host }. Mais seul { $source } a nommé
    ce serveur, et il n’est pas dans le domaine de votre adresse. Les réponses DNS peuvent être falsifiées,
    votre mot de passe n’y a donc pas été envoyé. Si { $host } est le serveur de votre fournisseur,
    confirmez-le et vérifiez de nouveau.
not-confirmed-redirect =
    Le port { $port } fonctionne, avec un certificat valide pour { $host }. Mais { $source } nous a renvoyés
    vers un autre site pour cela, et le serveur n’est pas dans le domaine de votre adresse. Un tel détour
    peut être falsifié, votre mot de passe n’y a donc pas été envoyé. Si { $host } est le serveur de votre
    fournisseur, confirmez-le et vérifiez de nouveau.
private-address =
    Le port { $port } de { $host } fonctionne, mais { $host } est sur cet ordinateur ou sur un réseau privé
    ({ $address }), alors que le domaine de votre adresse est sur Internet. Une résolution qui mène là est
    ce que ferait un réseau hostile ou une réponse falsifiée pour capturer un mot de passe ; le vôtre n’a
    donc pas été envoyé. S’il s’agit du propre serveur de votre organisation, saisissez-le comme votre
    serveur et vérifiez de nouveau.
private-address-unknown = une adresse locale
password-refused-elsewhere =
    Non vérifié : { $host } a déjà refusé votre mot de passe sur un autre port, et un essai de plus
    pourrait bloquer votre compte. Vérifiez le mot de passe (et le nom d’utilisateur) et réessayez.
pipelined-answer =
    Le serveur sur le port { $port } a envoyé une réponse avant qu’on lui pose la question. Un vrai serveur
    ne fait jamais cela ; c’est ce que fait un attaquant entre vous et le serveur pour simuler un « oui »,
    ou un serveur gravement défaillant. Rien de ce qu’il a dit ne compte, et nous nous sommes arrêtés.
pipelined-answer-before-password =
    Le serveur sur le port { $port } a envoyé une réponse avant qu’on lui pose la question. Un vrai serveur
    ne fait jamais cela ; c’est ce que fait un attaquant entre vous et le serveur pour simuler un « oui »,
    ou un serveur gravement défaillant. Rien de ce qu’il a dit ne compte, et nous nous sommes arrêtés
    avant d’envoyer votre mot de passe.
preauth-tls =
    Le serveur sur le port { $port } dit que vous êtes identifié avant qu’un mot de passe soit donné (IMAP
    « PREAUTH »). L’identification ne peut donc pas être vérifiée ici, et le mot de passe n’a pas été
    envoyé. Les programmes de messagerie traitent cela comme une erreur ; prévenez votre fournisseur.
preauth-plain =
    Le serveur sur le port { $port } dit que vous êtes identifié avant qu’un mot de passe soit donné (IMAP
    « PREAUTH »), ce qui exclut aussi le chiffrement. Sur un réseau normal, c’est la ruse d’un attaquant
    pour garder la connexion non chiffrée ; le mot de passe n’a donc pas été envoyé. Utilisez plutôt
    SSL/TLS sur le port 993.
missing-intermediate =
    Le serveur a envoyé son certificat sans le certificat intermédiaire qui le relie à une autorité de
    confiance ({ $issuer }). C’est une erreur de configuration du serveur, pas de votre côté : le
    fournisseur doit installer la chaîne de certificats complète. Le mot de passe n’a pas été envoyé.
no-subject-alt-name =
    Le certificat du serveur ne nomme { $host } que dans son ancien champ « nom commun » et n’a pas de
    subjectAltName, qu’exigent les navigateurs et les programmes de messagerie actuels. Aucun autre nom de
    serveur n’aiderait : le fournisseur doit remplacer le certificat. Le mot de passe n’a pas été envoyé.
weak-key =
    Le certificat du serveur utilise une clé ou une signature trop faible pour qu’on s’y fie aujourd’hui
    (par exemple une clé RSA de 1024 bits). Le fournisseur doit le remplacer. Le mot de passe n’a pas été
    envoyé.
old-tls-version =
    Le serveur sur le port { $port } a coupé la connexion quand le chiffrement devait commencer. Les
    serveurs font cela quand ils ne parlent que d’anciennes versions du chiffrement (TLS 1.0 ou 1.1), qui
    ne sont plus sûres et que les programmes de messagerie actuels refusent. Le fournisseur doit mettre
    le serveur à jour.
client-certificate-required =
    Le serveur sur le port { $port } demande un certificat client (un certificat installé sur votre
    ordinateur, utilisé dans certaines entreprises) à la place ou avant un mot de passe. Demandez-le à
    votre administrateur.
tls-broken-on-server =
    Le port { $port } offre le chiffrement (STARTTLS) mais n’a pas pu le démarrer (« TLS not available ») :
    un problème du serveur, souvent un certificat ou une clé qu’il ne peut pas lire. Prévenez le
    fournisseur ; réessayez plus tard.
plaintext-only = Le port { $port } répond sans aucun chiffrement et n’offre pas non plus STARTTLS, il n’est donc pas sûr.
other-mechanisms =
    Le port { $port } n’offre l’identification qu’avec { $offered }, qui envoie une preuve du mot de passe
    plutôt que le mot de passe. Les programmes de messagerie l’appellent « { $program } ». Ce programme ne
    peut pas vérifier le mot de passe de cette façon ; il n’a donc pas été vérifié.
mechanisms-or = { $first } ou { $second }
mechanism-own = une méthode qui lui est propre
mechanism-encrypted-password = Mot de passe chiffré
unreachable = Il n’y a aucun chemin de ce réseau vers { $host } (réseau ou hôte injoignable : pas de route) ; on ne sait donc rien du port { $port }, qui n’est pas dit fermé.
login-not-permitted =
    Le serveur sur le port { $port } n’autorise pas d’identification sur cette connexion (il a répondu
    530). Son administrateur n’autorise peut-être les identifications que depuis certains réseaux ou pour
    certains comptes ; demandez à votre fournisseur.
closed-after-login =
    Le serveur sur le port { $port } a accepté l’identification puis a fermé la session ; il ne peut donc
    pas envoyer de courrier maintenant. C’est un problème du côté du serveur ; réessayez plus tard ou
    prévenez votre fournisseur.
tls-required =
    Le serveur sur le port { $port } veut une connexion chiffrée avant d’accepter une identification ; il a
    refusé le nom d’utilisateur, le mot de passe n’a donc pas été envoyé. Utilisez un paramètre avec
    SSL/TLS ou STARTTLS.
access-disabled =
    Votre fournisseur a désactivé l’accès { $protocol } pour ce compte ; les programmes de messagerie ne
    peuvent donc pas s’y identifier (votre mot de passe est peut-être correct). Activez-le dans les
    paramètres de votre messagerie web (Gmail : Paramètres → Voir tous les paramètres → Transfert et
    POP/IMAP ; Microsoft 365 : votre administrateur, dans les applications de messagerie de la boîte), puis
    vérifiez de nouveau.
mechanism-refused =
    Le serveur sur le port { $port } a proposé une méthode d’identification ({ $mechanism }) puis l’a
    lui-même refusée, sans juger le mot de passe : une erreur de configuration du serveur. Aucune autre
    méthode d’identification n’a fonctionné là.
mechanism-its-login = son identification
login-spared =
    Le port { $port } fonctionne ({ $protection }) et offre une identification ; elle n’a pas été essayée,
    pour ménager votre compte : un autre paramètre était déjà vérifié, et les fournisseurs peuvent bloquer
    ou signaler un compte après de nombreuses identifications depuis un nouveau programme. Pour
    s’identifier sur chaque paramètre, choisissez « Vérifier chaque paramètre » (ligne de commande :
    --verify-all).
sign-in-refused-elsewhere =
    Non vérifié : { $host } a déjà refusé votre connexion sur un autre port, et un essai de plus pourrait
    bloquer votre compte. Connectez-vous de nouveau, avec le compte propre à cette adresse.
sign-in-refused =
    Le serveur sur le port { $port } a refusé votre connexion. Le compte avec lequel vous vous êtes
    connecté dans le navigateur n’est peut-être pas celui de cette adresse, ou votre fournisseur ne le
    laisse pas utiliser des programmes de messagerie ; connectez-vous de nouveau avec le compte propre à
    cette adresse.
login-unanswered =
    Le mot de passe a été envoyé sur le port { $port }, mais le serveur n’a pas répondu à temps. Les
    serveurs ralentissent exprès après de mauvais mots de passe, cela compte donc comme une identification
    échouée : pour protéger votre compte, il n’a pas été essayé sur d’autres ports. Vérifiez le mot de
    passe, attendez quelques minutes et réessayez.

choice-tls =
    Le port { $port } avec SSL/TLS (« TLS implicite ») chiffre la connexion dès le tout premier octet. La
    RFC 8314 (2018) recommande exactement cela pour les programmes de messagerie.
choice-starttls =
    Le port { $port } accueille en clair, puis la connexion passe au chiffrement avec STARTTLS. C’est aussi
    sûr que SSL/TLS tant que votre programme de messagerie est réglé pour exiger STARTTLS ; le mot de
    passe n’est alors jamais envoyé que chiffré.
choice-imap =
    IMAP garde votre courrier sur le serveur : chaque appareil que vous utilisez (ordinateur, téléphone,
    messagerie web) voit les mêmes dossiers, marques de lecture et messages envoyés.
choice-pop3 =
    Seul POP3 fonctionne ici : il télécharge votre courrier sur ce seul appareil (et le supprime en général
    du serveur), les autres appareils ne verront donc pas le même courrier. Cela convient à un seul
    ordinateur, ou à une boîte pleine ; pour plusieurs appareils, demandez IMAP à votre fournisseur.
choice-smtp-465 =
    Le port 465 avec SSL/TLS (« TLS implicite ») chiffre la connexion dès le tout premier octet, avant que
    votre programme de messagerie et le serveur n’échangent quoi que ce soit. La RFC 8314 (2018)
    recommande exactement cela pour les programmes de messagerie. Les articles qui disent le port 465
    « obsolète » ont été écrits avant 2018 et sont dépassés.
choice-smtp-tls =
    Le port { $port } avec SSL/TLS : la connexion est chiffrée dès le tout premier octet, ce que la
    RFC 8314 recommande pour les programmes de messagerie.
choice-smtp-587 =
    Le port 587 est le port standard pour envoyer du courrier depuis un programme de messagerie (RFC 6409).
    Le serveur accueille en clair, puis la connexion passe au chiffrement avec STARTTLS. C’est aussi sûr
    que le port 465 tant que votre programme est réglé pour exiger STARTTLS (et non « STARTTLS, si
    disponible ») ; le mot de passe n’est alors jamais envoyé que chiffré.
choice-smtp-2525 =
    Le port 2525 n’est pas un port de courrier officiel, mais de nombreux fournisseurs le proposent parce
    que certains réseaux bloquent les ports officiels. La connexion passe au chiffrement avec STARTTLS
    avant l’envoi du mot de passe.
choice-smtp-25 =
    Le port 25 sert aux échanges entre serveurs de courrier, et de nombreux fournisseurs d’accès le
    bloquent pour les connexions domestiques et mobiles ; il peut donc cesser de fonctionner quand vous
    changez de réseau. Il fonctionne ici, avec le chiffrement STARTTLS, parce que rien de mieux n’a
    fonctionné.
choice-smtp-starttls = Le port { $port } fonctionne avec STARTTLS : la connexion passe au chiffrement avant l’envoi du mot de passe.
choice-better-failed = Le port { $port } ({ $security }) serait préférable, mais il n’a pas fonctionné : { $why }
choice-misconfigured =
    Remarque : le port { $port } utilise normalement { $usual } ; ce serveur y parle { $security }, une
    erreur de configuration. Réglez votre programme de messagerie exactement comme indiqué, sinon le
    fournisseur pourrait corriger cela un jour et casser ce paramètre.
choice-other-misconfigured =
    Le port { $port } répond aussi, mais avec { $security } là où les programmes de messagerie attendent
    { $usual } : une erreur de configuration du serveur, il n’est donc pas recommandé.
also-works = Fonctionne aussi : port { $port } avec { $security }.
also-works-but = Fonctionne aussi : port { $port } avec { $security } ({ $caveat }).
plaintext-warning =
    Attention : le port { $port } ne fonctionne que SANS chiffrement. Votre mot de passe et votre courrier
    circulent lisibles par quiconque sur le chemin du réseau. Vous avez autorisé cette vérification ;
    utilisez-la seulement sur un réseau de confiance, et demandez à votre fournisseur un paramètre chiffré.
certificate-exception-warning =
    Attention : cela ne fonctionne que parce que vous avez accepté le certificat du serveur par son
    empreinte ; aucune autorité de certification ne s’en porte garante. Votre programme de messagerie vous
    avertira aussi : acceptez-le là seulement s’il affiche la même empreinte.

caveat-insecure = non chiffré : à éviter
caveat-certificate = seulement avec le certificat accepté à la main
caveat-login-spared = offre une identification ; non essayée, pour ménager votre compte

found-through = Trouvé grâce à { $source }.
source-user = le serveur que vous avez saisi
source-autoconfig = le fichier de paramètres de votre fournisseur
source-well-known = le fichier de paramètres sur le site de votre fournisseur
source-ispdb = la base de données des fournisseurs de Thunderbird
source-mx = le fournisseur qui gère le courrier de votre domaine (son enregistrement MX)
source-srv = le DNS de votre domaine (enregistrements SRV)
source-guess = une supposition d’après le domaine de votre adresse
source-control = un nom qui ne peut pas exister

list-and = { $first } et { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] Les serveurs entrants n’ont pas pu être vérifiés : cet ordinateur semble hors ligne.
       *[outgoing] Les serveurs sortants n’ont pas pu être vérifiés : cet ordinateur semble hors ligne.
    }
diagnosis-offline-advice = Une fois connecté, vérifiez de nouveau ; rien ici ne dit que les paramètres sont faux.
diagnosis-blocked = Aucun serveur n’a répondu.
diagnosis-blocked-advice =
    Votre réseau ou un pare-feu bloque peut-être les connexions de courrier. Essayez un autre réseau (par
    exemple le partage de connexion d’un téléphone), ou demandez à l’administrateur de votre réseau.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Aucun des noms de serveur entrant n’existe.
       *[outgoing] Aucun des noms de serveur sortant n’existe.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Vérifiez l’orthographe de « { $domain } » dans votre adresse. Si elle est juste, vérifiez de
            nouveau avec le nom du serveur entrant de votre fournisseur ; il figure en général dans ses pages d’aide.
       *[outgoing]
            Vérifiez l’orthographe de « { $domain } » dans votre adresse. Si elle est juste, vérifiez de
            nouveau avec le nom du serveur sortant de votre fournisseur ; il figure en général dans ses pages d’aide.
    }
diagnosis-other =
    { $direction ->
        [incoming] Aucun paramètre de courrier entrant qui fonctionne n’a été trouvé.
       *[outgoing] Aucun paramètre de courrier sortant qui fonctionne n’a été trouvé.
    }
diagnosis-other-advice = Voyez ci-dessous ce qui a été essayé pour chaque serveur et chaque port.
diagnosis-app-password = Votre fournisseur demande un mot de passe d’application.
diagnosis-auth-disabled = Votre fournisseur a désactivé l’identification par mot de passe pour ce compte.
diagnosis-web-login = Votre fournisseur veut d’abord que vous vous connectiez par sa page web.
diagnosis-sign-in-refused = Votre connexion via votre fournisseur n’a pas été acceptée.
diagnosis-wrong-password = Le mot de passe (ou le nom d’utilisateur) n’a pas été accepté.
diagnosis-password-refused-by = Non vérifié : le mot de passe a été refusé par { $host }.
diagnosis-oauth = Votre fournisseur veut que vous vous connectiez par sa page web.
diagnosis-no-subject-alt-name = Le serveur { $host } présente un certificat que les programmes actuels refusent.
diagnosis-name-mismatch = Le serveur { $host } présente un certificat pour un autre nom.
diagnosis-cert-expired = Le certificat du serveur n’est pas valide à cette date.
diagnosis-cert-untrusted = Le certificat du serveur n’est pas de confiance.
diagnosis-plaintext-only = Le serveur n’offre l’identification que sans chiffrement.

skipped-plaintext-not-needed = Non essayé : un paramètre chiffré fonctionne, le mot de passe n’a donc pas été envoyé ici sans chiffrement.
skipped-plaintext-used =
    Non essayé : l’accord couvre une vérification sans chiffrement pour { $protocol }, et le mot de passe
    est déjà passé sans chiffrement sur le port { $port }.
skipped-ruled-out =
    Non essayé : { $provider } a déjà dit que ce mot de passe ne peut pas être utilisé ainsi (voir sa réponse
    sur l’autre port), et d’autres identifications ne feraient que compter contre le compte.
skipped-own-mode = Inutile : le port a finalement répondu dans son propre mode.
