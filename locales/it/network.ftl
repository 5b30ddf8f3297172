### Che cosa non va in questo computer o nella sua rete, con gli indizi e il consiglio.

network-title-port-blocked = La tua rete: qui una porta è bloccata
network-title-offline = La tua rete: questo computer sembra offline
network-title-clock = Il tuo computer: l’orologio è sbagliato
network-title-portal = La tua rete: chiede prima un accesso
network-title-interception = La tua rete: le connessioni sicure vengono decifrate lungo il percorso
network-title-ipv6 = La tua rete: qui IPv6 non funziona
network-whose-network = La tua rete
network-whose-computer = Il tuo computer

network-offline-evidence =
    Nessuna delle { $count } ricerche ha avuto risposta — nemmeno il database dei provider di Thunderbird,
    che non dipende dal tuo dominio — e non è stato raggiunto alcun server di posta.
network-offline-advice =
    Questo computer non sembra connesso a internet. Controlla il Wi-Fi o il cavo (e la modalità aereo), poi
    verifica di nuovo. Se le pagine web si aprono nel browser, forse non funzionano le impostazioni DNS di
    questo computer (o una VPN).

network-server-at = { $host } a { $address }
network-ports-silent =
    { $count ->
        [one] La porta { $ports } non ha avuto risposta da { $servers } server ({ $named }), che rispondono su altre porte.
       *[other] Le porte { $ports } non hanno avuto risposta da { $servers } server ({ $named }), che rispondono su altre porte.
    }
network-drops =
    Qualcosa su questa rete scarta le connessioni alla porta { $ports }: succede spesso sul Wi-Fi di hotel,
    uffici e luoghi pubblici, con alcune VPN e con i provider che bloccano le porte di posta.
network-drops-but-works =
    { network-drops } Le impostazioni mostrate funzionano su questa rete; un programma di posta impostato su
    una porta bloccata qui attenderebbe e fallirebbe, e altrove tornerebbe a funzionare.
network-drops-try-elsewhere =
    { network-drops } Verifica di nuovo da un’altra rete (l’hotspot di un telefono, ad esempio), o chiedi a
    chi gestisce questa rete di consentirla.
network-port-25-advice =
    La maggior parte dei provider internet domestici e mobili blocca la porta 25 per i computer della loro
    rete; è normale e non importa: i programmi di posta inviano dalla porta 465 o 587.

network-clock-web =
    { $direction ->
        [behind] L’orologio di questo computer segna { $now }, ma i { $count } server web interrogati ({ $names }) dicono { $then }: questo computer è indietro di { $span }.
       *[ahead] L’orologio di questo computer segna { $now }, ma i { $count } server web interrogati ({ $names }) dicono { $then }: questo computer è avanti di { $span }.
    }
network-clock-certificates =
    L’orologio di questo computer segna { $now }, ma i certificati di { $count } server non collegati tra
    loro ({ $names }) diventano validi solo dopo, l’ultimo il { $then }: questo computer è indietro di almeno
    { $span }.
network-clock-advice =
    Le connessioni sicure controllano il certificato di ogni server rispetto alla data di questo computer:
    con l’orologio così sbagliato falliscono, o presto falliranno, in ogni programma, e la posta parte con
    la data sbagliata. Imposta data e ora (attiva l’impostazione automatica), poi verifica di nuovo.
network-date = { $day }/{ $month }/{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } anno
       *[other] { $count } anni
    }
network-span-days =
    { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
network-span-hours =
    { $count ->
        [one] { $count } ora
       *[other] { $count } ore
    }
network-span-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }

network-portal-evidence =
    Un nome che non può esistere ({ $name }) ha un indirizzo su questa rete, e i server web di { $hosts }
    hanno risposto con un certificato per { $other }: qui i nomi non portano dove dovrebbero.
network-portal-another-name = un altro nome
network-portal-advice =
    Questa rete sembra volere che tu acceda prima, come il Wi-Fi di hotel, aeroporti, treni e bar: apri una
    pagina web qualsiasi nel browser, accedi o accetta le condizioni, poi verifica di nuovo. Se non è una
    rete del genere, il suo DNS (o una VPN, o un programma su questo computer) reindirizza nomi che non
    dovrebbe; le impostazioni di posta non si possono verificare attraverso di essa.

network-interception-something = Qualcosa su questo computer o su questa rete
network-interception-product = Qualcosa su questo computer o su questa rete (dal nome della sua autorità, { $product })
network-interception-evidence =
    I certificati di { $hosts } portano a «{ $root }», un’autorità di cui si fida solo questo computer — non
    pubblica, e non indicata da te. { $what } decifra le connessioni sicure e le firma di nuovo.
network-interception-advice =
    Le impostazioni mostrate sono giuste. Un programma di posta su questo computer funziona con esse purché
    si fidi anche di quell’autorità (la maggior parte usa l’archivio del sistema; Thunderbird ha il suo e
    mostra avvisi sui certificati); altrimenti disattiva la scansione della posta o di HTTPS in quel
    programma, o verifica da un’altra rete per vedere i certificati dei server.

network-ipv6-evidence =
    { $count } indirizzi IPv6 di server ({ $named }) non hanno mai risposto, mentre gli stessi server hanno
    risposto subito via IPv4; nessun server ha risposto via IPv6.
network-ipv6-advice =
    Questa rete assegna IPv6 ma non lo trasporta. Questa verifica, come i browser e i programmi di posta
    attuali, prova IPv4 un quarto di secondo dopo, quindi le impostazioni mostrate funzionano qui; un
    programma di posta che aspetta IPv6 si blocca per un minuto o più a ogni connessione, o fallisce. Chi
    gestisce la rete (o il router) può riparare il suo IPv6; nel frattempo, disattivare IPv6 per questa
    connessione aiuta quei programmi.
