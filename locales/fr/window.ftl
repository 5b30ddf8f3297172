### La fenêtre : son cadre (chaque étape) et l’étape du compte.

## Le cadre

about = À propos
about-title = À propos de Mail Setup Assistant
about-version = Version { $version }
about-what =
    Trouve les paramètres de courrier entrant et sortant qui fonctionnent vraiment, vérifie votre mot de
    passe uniquement par une connexion chiffrée et explique le résultat.
about-password = Votre mot de passe ne va qu’au serveur de courrier vérifié et n’est jamais enregistré.
about-finding = Comment vos serveurs sont trouvés
about-lookups =
    Sans serveur indiqué par vous, ce programme interroge : le fichier de paramètres de votre fournisseur
    (votre fournisseur voit votre adresse, comme avec Thunderbird) ; le DNS de votre domaine
    (enregistrements MX et SRV) ; et deux tiers : la base de données des fournisseurs de Thunderbird, qui
    ne voit que votre domaine, et le fournisseur qui gère le courrier de votre domaine, trouvé par son
    enregistrement MX.
about-third-parties = Interroger des tiers (la base de données de Thunderbird, le fournisseur de courrier de votre domaine)
about-licence = Licence : { $licence }
close = Fermer
language-name = Français
language-menu = Langue : { $language }
language-system = Système ({ $language })
theme = Thème : { $theme }
theme-system = Système
theme-light = Clair
theme-dark = Sombre
step-account = Votre compte
step-checking = Vérification
step-result = Vos paramètres
step-numbered = { $number }. { $name }
step-spoken = Étape { $number } sur { $count } : { $name }

## L’étape du compte

account-title = Configurer votre compte de messagerie
account-intro =
    Saisissez votre adresse électronique et votre mot de passe. Nous trouvons les paramètres des serveurs
    entrant et sortant qui fonctionnent et vérifions que votre mot de passe est accepté — uniquement par
    une connexion chiffrée.
email = Adresse électronique
email-hint = nom@example.com
email-invalid = Ceci ne ressemble pas à une adresse électronique (nom@example.com).
password = Mot de passe
password-hint = le mot de passe que vous utilisez pour cette adresse
password-show = Afficher
password-hide = Masquer
password-toggle = Afficher ou masquer le mot de passe
password-none = Sans mot de passe, nous pouvons vérifier les connexions, mais pas que votre identification fonctionne.
sign-in-instead = Me connecter plutôt chez mon fournisseur
sign-in-with = Me connecter plutôt avec { $provider }
sign-in-instead-tip =
    Pour les fournisseurs qui vous font vous connecter sur leur propre page (OAuth2) : votre navigateur
    l’ouvre, et les serveurs sont vérifiés avec cette connexion. Aucun mot de passe n’est saisi ici.
display-name = Votre nom (facultatif)
display-name-hint = montré aux personnes à qui vous écrivez
know-server = Je connais mon serveur
server = Serveur de courrier
server-hint = p. ex. mail.example.com, pour le courrier entrant et sortant
server-invalid = Un nom de serveur ne contient que des lettres, des chiffres, des points et des tirets.
incoming-server = Serveur entrant, s’il est différent
incoming-server-hint = p. ex. imap.example.com
username = Nom d’utilisateur, s’il ne s’agit pas de votre adresse électronique
username-hint = en général votre adresse électronique complète
ports = Ports sortants à essayer
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } n’est pas un numéro de port (1–65535).
advanced = Avancé
time-limit = Délai pour chaque étape (secondes)
verify-all = Vérifier chaque paramètre
verify-all-tip =
    S’identifier sur chaque port qui fonctionne, pas seulement sur celui recommandé (pour les services
    d’assistance). Désactivé par défaut : les fournisseurs peuvent bloquer ou signaler un compte après de
    nombreuses identifications depuis un nouveau programme.
client-id = Identifiant client de connexion, seulement si votre fournisseur ou administrateur vous en a donné un
client-id-hint = pour « Me connecter chez mon fournisseur »
tenant = Locataire Microsoft de cet identifiant client, si votre administrateur en a indiqué un
tenant-hint = p. ex. contoso.onmicrosoft.com
allow-plaintext = Autoriser la vérification sans chiffrement
allow-plaintext-warning =
    Seulement si votre serveur n’offre rien de mieux : votre mot de passe circulerait lisible par
    quiconque sur le réseau entre vous et le serveur. Cela ne vaut que pour la prochaine vérification, et
    un tel paramètre n’est jamais recommandé plutôt qu’un paramètre chiffré.
certificate = Certificat de confiance supplémentaire (pour l’autorité de certification d’une entreprise ou d’une école)
certificate-none = aucun
certificate-remove = Retirer
certificate-choose = Choisir un fichier…
certificate-path = Chemin du fichier de certificat
certificate-path-hint = /chemin/vers/ac-entreprise.pem
certificate-use = Utiliser ce fichier
find-settings = Trouver mes paramètres
start-over = Recommencer
start-over-tip = Effacer le formulaire et ce qui a été mémorisé

## Éléments partagés

decimal-point = ,
copy = Copier
copy-what = Copier { $what }
copy-what-value = Copier { $what } : { $value }
copied = Copié
show-words-of = Afficher les paramètres avec les termes de :
mark-works = Fonctionne
mark-failed = Échec
mark-stopped = Non essayé
