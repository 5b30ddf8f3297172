### Ce qui ne va pas avec cet ordinateur ou son réseau, avec les indices et le conseil.

network-title-port-blocked = Votre réseau : un port est bloqué ici
network-title-offline = Votre réseau : cet ordinateur semble hors ligne
network-title-clock = Votre ordinateur : l’horloge est fausse
network-title-portal = Votre réseau : il demande d’abord une connexion
network-title-interception = Votre réseau : les connexions sécurisées sont déchiffrées en chemin
network-title-ipv6 = Votre réseau : IPv6 ne fonctionne pas ici
network-whose-network = Votre réseau
network-whose-computer = Votre ordinateur

network-offline-evidence =
    Aucune des { $count } recherches n’a obtenu de réponse — pas même la base de données des fournisseurs
    de Thunderbird, qui ne dépend pas de votre domaine — et aucun serveur de courrier n’a pu être joint.
network-offline-advice =
    Cet ordinateur ne semble pas connecté à Internet. Vérifiez le Wi-Fi ou le câble (et le mode avion),
    puis vérifiez de nouveau. Si les pages web s’ouvrent dans votre navigateur, ce sont peut-être les
    paramètres DNS de cet ordinateur (ou un VPN) qui échouent.

network-server-at = { $host } à { $address }
network-ports-silent =
    { $count ->
        [one] Le port { $ports } n’a obtenu aucune réponse de { $servers } serveurs ({ $named }), qui répondent sur d’autres ports.
       *[other] Les ports { $ports } n’ont obtenu aucune réponse de { $servers } serveurs ({ $named }), qui répondent sur d’autres ports.
    }
network-drops =
    Quelque chose sur ce réseau abandonne les connexions vers le port { $ports } : courant sur le Wi-Fi des
    hôtels, des bureaux et des lieux publics, avec certains VPN, et chez les fournisseurs qui bloquent les
    ports de courrier.
network-drops-but-works =
    { network-drops } Les paramètres affichés fonctionnent sur ce réseau ; un programme de messagerie réglé
    sur un port bloqué attendrait et échouerait ici, et fonctionnerait de nouveau ailleurs.
network-drops-try-elsewhere =
    { network-drops } Vérifiez de nouveau depuis un autre réseau (le partage de connexion d’un téléphone,
    par exemple), ou demandez à qui gère ce réseau de l’autoriser.
network-port-25-advice =
    La plupart des fournisseurs d’accès domestiques et mobiles bloquent le port 25 pour les ordinateurs de
    leur réseau ; c’est normal et sans importance : les programmes de messagerie envoient par le port 465
    ou 587.

network-clock-web =
    { $direction ->
        [behind] L’horloge de cet ordinateur indique { $now }, mais les { $count } serveurs web interrogés ({ $names }) indiquent { $then } : cet ordinateur retarde de { $span }.
       *[ahead] L’horloge de cet ordinateur indique { $now }, mais les { $count } serveurs web interrogés ({ $names }) indiquent { $then } : cet ordinateur avance de { $span }.
    }
network-clock-certificates =
    L’horloge de cet ordinateur indique { $now }, mais les certificats de { $count } serveurs sans lien
    ({ $names }) ne deviennent valides que plus tard, le dernier le { $then } : cet ordinateur retarde
    d’au moins { $span }.
network-clock-advice =
    Les connexions sécurisées vérifient le certificat de chaque serveur par rapport à la date de cet
    ordinateur : avec une horloge aussi décalée, elles échouent, ou échoueront bientôt, dans tous les
    programmes, et le courrier part avec la mauvaise date. Réglez la date et l’heure (activez le réglage
    automatique), puis vérifiez de nouveau.
network-date = { $day }/{ $month }/{ $year } à { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
network-span-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
network-span-hours =
    { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
network-span-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }

network-portal-evidence =
    Un nom qui ne peut pas exister ({ $name }) a une adresse sur ce réseau, et les serveurs web de { $hosts }
    ont répondu avec un certificat pour { $other } : ici, les noms ne mènent pas où ils devraient.
network-portal-another-name = un autre nom
network-portal-advice =
    Ce réseau semble vouloir que vous vous connectiez d’abord, comme le Wi-Fi des hôtels, aéroports, trains
    et cafés : ouvrez une page web dans votre navigateur, connectez-vous ou acceptez les conditions, puis
    vérifiez de nouveau. Si ce n’est pas un tel réseau, son DNS (ou un VPN, ou un programme sur cet
    ordinateur) redirige des noms qu’il ne devrait pas ; les paramètres de courrier ne peuvent pas être
    vérifiés à travers lui.

network-interception-something = Quelque chose sur cet ordinateur ou ce réseau
network-interception-product = Quelque chose sur cet ordinateur ou ce réseau (d’après le nom de son autorité, { $product })
network-interception-evidence =
    Les certificats de { $hosts } mènent à « { $root } », une autorité à laquelle seul cet ordinateur fait
    confiance — ni publique, ni indiquée par vous. { $what } déchiffre les connexions sécurisées et les
    signe à nouveau.
network-interception-advice =
    Les paramètres affichés sont justes. Un programme de messagerie sur cet ordinateur fonctionne avec eux
    tant qu’il fait aussi confiance à cette autorité (la plupart utilisent le magasin du système ;
    Thunderbird a le sien et affiche des avertissements de certificat) ; sinon, désactivez l’analyse du
    courrier ou du HTTPS dans ce programme, ou vérifiez depuis un autre réseau pour voir les propres
    certificats des serveurs.

network-ipv6-evidence =
    { $count } adresses IPv6 de serveurs ({ $named }) n’ont jamais répondu, alors que les mêmes serveurs
    ont répondu aussitôt en IPv4 ; aucun serveur n’a répondu en IPv6.
network-ipv6-advice =
    Ce réseau distribue de l’IPv6 mais ne l’achemine pas. Cette vérification, comme les navigateurs et
    programmes de messagerie actuels, essaie IPv4 un quart de seconde plus tard ; les paramètres affichés
    fonctionnent donc ici. Un programme de messagerie qui attend IPv6 se bloque une minute ou plus à chaque
    connexion, ou échoue. Qui gère le réseau (ou le routeur) peut réparer son IPv6 ; d’ici là, désactiver
    IPv6 pour cette connexion aide ces programmes.
