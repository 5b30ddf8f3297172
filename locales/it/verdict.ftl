### Che cosa significa ogni esito, perché è stata scelta un’impostazione e perché non funziona niente.

protection-tls = cifrata fin dall’inizio (SSL/TLS)
protection-starttls = cifrata con STARTTLS
protection-plain = NON cifrata

works-signed-in = Funziona: la connessione è { $protection } e il server ha accettato il tuo accesso con il provider.
works-password = Funziona: la connessione è { $protection } e la password è stata accettata.
works-unchecked = La connessione funziona ed è { $protection }. La password non è stata verificata.
auth-failed =
    Il server ha rifiutato il nome utente o la password. Controlla entrambi; alcuni provider richiedono
    anche una «password per le app», creata nelle impostazioni web, al posto della password abituale.
auth-temporary =
    Il server non ha potuto verificare la password in questo momento (un problema temporaneo dalla sua
    parte, non una password sbagliata). Riprova tra qualche minuto.
auth-disabled =
    Il tuo provider ha disattivato per questo account l’accesso con password dai programmi di posta
    (Microsoft 365 lo chiama «SMTP AUTH»). La password potrebbe essere giusta: l’amministratore della posta
    della tua organizzazione può attivarlo per la tua casella, oppure il programma di posta deve accedere
    con OAuth2.
web-login-required =
    Il tuo provider vuole che tu acceda una volta dalla sua pagina web prima che i programmi di posta
    possano accedere (Google: «Please log in via your web browser»). Accedi alla posta da un browser,
    conferma eventuali domande di sicurezza, poi riprova; con la verifica in due passaggi, usa una password
    per le app.
app-password-required =
    Il tuo provider non accetta la password abituale dai programmi di posta. Crea una «password per le app»
    (password specifica per l’applicazione) nelle impostazioni di sicurezza dell’account e usa quella.
oauth-required =
    Questo server accetta solo l’accesso dalla pagina web del tuo provider (OAuth2), non una password
    digitata, quindi la password non è stata inviata. In Thunderbird scegli «OAuth2» come metodo di
    autenticazione; in Apple Mail aggiungilo di nuovo come account Google o Microsoft; le impostazioni IMAP
    di Outlook classico non hanno OAuth2, quindi aggiungilo anche lì come account Microsoft o Google.
no-login-incoming = La porta { $port } non offre un accesso utilizzabile dai programmi di posta, quindi la posta non si può leggere da lì.
no-login-outgoing = La porta { $port } non offre un accesso, quindi un programma di posta non può inviare da lì con il tuo account.
no-login-port-25 =
    La porta { $port } non offre un accesso, quindi un programma di posta non può inviare da lì con il tuo
    account (la porta 25 serve ai server di posta per parlare tra loro).
plaintext-auth-refused =
    La porta { $port } accetterebbe la password senza cifratura, quindi non l’abbiamo inviata. Chiunque
    sulla rete potrebbe leggerla lì.

starttls-unavailable = La porta { $port } non offre cifratura (STARTTLS), quindi non è sicura.
cert-self-signed =
    Il certificato del server è autofirmato (nessuno ne garantisce), quindi non possiamo essere sicuri che
    sia davvero il tuo server di posta. La password non è stata inviata. Se la tua organizzazione usa una
    propria autorità di certificazione, aggiungila come certificato attendibile.
cert-untrusted =
    Il certificato del server non è emesso da un’autorità attendibile, quindi non possiamo essere sicuri
    che sia davvero il tuo server di posta. La password non è stata inviata. Se la tua organizzazione usa
    una propria autorità di certificazione, aggiungila come certificato attendibile.
cert-expired =
    Il certificato del server non è valido in questa data (scaduto o non ancora valido). La password non è
    stata inviata. Il provider deve rinnovarlo; controlla anche che la data del computer sia giusta.
cert-no-name = Il certificato del server non è valido per il nome { $host }. La password non è stata inviata.
cert-other-name =
    Il certificato del server è valido per { $names }, non per { $host }. Usa invece quel nome come server;
    la password non è stata inviata.
tls-failed = Non è stato possibile stabilire la connessione cifrata sulla porta { $port }.
wrong-mode-wants-starttls =
    La porta { $port } si aspetta STARTTLS (prima un saluto in chiaro, poi la cifratura), non SSL/TLS fin
    dall’inizio.
wrong-mode-wants-tls = La porta { $port } si aspetta SSL/TLS fin dall’inizio, non STARTTLS.

refused = Niente risponde sulla porta { $port } di questo server: la porta è chiusa.
server-busy = Il server sulla porta { $port } è occupato e per ora ha rifiutato la connessione. Riprova tra qualche minuto.
service-refused =
    Il server sulla porta { $port } rifiuta il servizio alla tua connessione. I provider lo fanno con
    indirizzi nelle loro liste di blocco o fuori dalla loro rete; chiedi al tuo provider, o prova da
    un’altra rete.
timeout-port-25 = Nessuna risposta: la porta 25 è spesso bloccata dai provider internet.
timeout-connect = Nessuna risposta sulla porta { $port }: forse la blocca un firewall della tua rete o di quella del server.
timeout-login =
    Il server non ha risposto in tempo all’accesso. Forse rallenta gli accessi dopo password sbagliate
    precedenti; attendi qualche minuto e riprova.
timeout-midway =
    Il server sulla porta { $port } ha smesso di rispondere a metà, o ha risposto troppo lentamente per il
    tempo massimo. Se è solo lento, verifica di nuovo con un tempo massimo più lungo per passaggio.
dns-failed = Il nome { $host } non esiste (o la tua rete non riesce a cercarlo).
protocol-error = Il server sulla porta { $port } non si è comportato come un server di posta, quindi ci siamo fermati per sicurezza.
cancelled = Interrotto prima della fine.
not-tried = Non provato.

not-confirmed-dns =
    La porta { $port } funziona, con un certificato valido per { $host }. Ma solo { $source } ha indicato
    questo server, e non è nel dominio del tuo indirizzo. Le risposte DNS si possono falsificare, quindi la
    password non è stata inviata lì. Se { $host } è il server del tuo provider, confermalo e verifica di
    nuovo.
not-confirmed-redirect =
    La porta { $port } funziona, con un certificato valido per { $host }. Ma { $source } ci ha mandati a un
    altro sito per questo, e il server non è nel dominio del tuo indirizzo. Una deviazione del genere si può
    falsificare, quindi la password non è stata inviata lì. Se { $host } è il server del tuo provider,
    confermalo e verifica di nuovo.
private-address =
    La porta { $port } di { $host } funziona, ma { $host } è su questo computer o su una rete privata
    ({ $address }), mentre il dominio del tuo indirizzo è su internet. Una ricerca che porta lì è ciò che
    farebbe una rete ostile o una risposta falsificata per catturare una password, quindi la tua non è
    stata inviata. Se è il server della tua organizzazione, inseriscilo come tuo server e verifica di
    nuovo.
private-address-unknown = un indirizzo locale
password-refused-elsewhere =
    Non verificato: { $host } ha già rifiutato la password su un’altra porta, e un altro tentativo potrebbe
    bloccare l’account. Controlla la password (e il nome utente) e riprova.
pipelined-answer =
    Il server sulla porta { $port } ha inviato una risposta prima che gli fosse posta la domanda. Un vero
    server non lo fa mai; è ciò che fa un aggressore tra te e il server per simulare un «sì», o un server
    gravemente difettoso. Niente di ciò che ha detto vale, e ci siamo fermati.
pipelined-answer-before-password =
    Il server sulla porta { $port } ha inviato una risposta prima che gli fosse posta la domanda. Un vero
    server non lo fa mai; è ciò che fa un aggressore tra te e il server per simulare un «sì», o un server
    gravemente difettoso. Niente di ciò che ha detto vale, e ci siamo fermati prima di inviare la password.
preauth-tls =
    Il server sulla porta { $port } dice che hai già effettuato l’accesso prima di qualsiasi password (IMAP
    «PREAUTH»). Quindi l’accesso non si può verificare qui, e la password non è stata inviata. I programmi
    di posta lo trattano come un errore; avvisa il tuo provider.
preauth-plain =
    Il server sulla porta { $port } dice che hai già effettuato l’accesso prima di qualsiasi password (IMAP
    «PREAUTH»), il che esclude anche la cifratura. Su una rete normale è il trucco di un aggressore per
    tenere la connessione non cifrata, quindi la password non è stata inviata. Usa invece SSL/TLS sulla
    porta 993.
missing-intermediate =
    Il server ha inviato il suo certificato senza il certificato intermedio che lo collega a un’autorità
    attendibile ({ $issuer }). È un errore nella configurazione del server, non da parte tua: il provider
    deve installare la catena di certificati completa. La password non è stata inviata.
no-subject-alt-name =
    Il certificato del server nomina { $host } solo nel vecchio campo «nome comune» e non ha un
    subjectAltName, che i browser e i programmi di posta attuali richiedono. Nessun altro nome di server
    aiuterebbe: il provider deve sostituire il certificato. La password non è stata inviata.
weak-key =
    Il certificato del server usa una chiave o una firma troppo debole per fidarsene oggi (ad esempio una
    chiave RSA a 1024 bit). Il provider deve sostituirlo. La password non è stata inviata.
old-tls-version =
    Il server sulla porta { $port } ha chiuso la connessione quando doveva iniziare la cifratura. I server
    lo fanno quando parlano solo vecchie versioni della cifratura (TLS 1.0 o 1.1), che non sono più sicure e
    che i programmi di posta attuali rifiutano. Il provider deve aggiornare il server.
client-certificate-required =
    Il server sulla porta { $port } chiede un certificato client (un certificato installato sul computer,
    usato in alcune aziende) al posto di una password, o prima. Chiedilo al tuo amministratore.
tls-broken-on-server =
    La porta { $port } offre la cifratura (STARTTLS) ma non è riuscita ad avviarla («TLS not available»): un
    problema del server, spesso un certificato o una chiave che non riesce a leggere. Avvisa il provider;
    riprova più tardi.
plaintext-only = La porta { $port } risponde senza alcuna cifratura e non offre nemmeno STARTTLS, quindi non è sicura.
other-mechanisms =
    La porta { $port } offre l’accesso solo con { $offered }, che invia una prova della password anziché la
    password. I programmi di posta lo chiamano «{ $program }». Questo programma non può verificare la
    password in quel modo, quindi non è stata verificata.
mechanisms-or = { $first } o { $second }
mechanism-own = un metodo suo
mechanism-encrypted-password = Password cifrata
unreachable = Non c'è alcuna strada da questa rete verso { $host } (rete o host irraggiungibile: nessuna route), quindi non si sa nulla della porta { $port }: non si dice che sia chiusa.
login-not-permitted =
    Il server sulla porta { $port } non consente l’accesso su questa connessione (ha risposto 530). Il suo
    amministratore potrebbe consentire l’accesso solo da certe reti o per certi account; chiedi al tuo
    provider.
closed-after-login =
    Il server sulla porta { $port } ha accettato l’accesso e poi ha chiuso la sessione, quindi ora non può
    inviare posta. È un problema del server; riprova più tardi o avvisa il tuo provider.
tls-required =
    Il server sulla porta { $port } vuole una connessione cifrata prima di accettare un accesso; ha
    rifiutato il nome utente, quindi la password non è stata inviata. Usa un’impostazione con SSL/TLS o
    STARTTLS.
access-disabled =
    Il tuo provider ha disattivato l’accesso { $protocol } per questo account, quindi i programmi di posta
    non possono accedere con esso (la password potrebbe essere giusta). Attivalo nelle impostazioni della
    webmail (Gmail: Impostazioni → Visualizza tutte le impostazioni → Inoltro e POP/IMAP; Microsoft 365: il
    tuo amministratore, nelle app di posta della casella), poi verifica di nuovo.
mechanism-refused =
    Il server sulla porta { $port } ha offerto un modo di accedere ({ $mechanism }) e poi lo ha rifiutato lui
    stesso, senza giudicare la password: un errore nella configurazione del server. Nessun altro modo di
    accedere ha funzionato lì.
mechanism-its-login = il suo accesso
login-spared =
    La porta { $port } funziona ({ $protection }) e offre un accesso; non è stato provato, per non
    affaticare l’account: un’altra impostazione era già verificata, e i provider possono bloccare o
    segnalare un account dopo molti accessi da un programma nuovo. Per accedere su ogni impostazione,
    scegli «Verifica ogni impostazione» (riga di comando: --verify-all).
sign-in-refused-elsewhere =
    Non verificato: { $host } ha già rifiutato il tuo accesso su un’altra porta, e un altro tentativo
    potrebbe bloccare l’account. Accedi di nuovo, con l’account proprio di questo indirizzo.
sign-in-refused =
    Il server sulla porta { $port } ha rifiutato il tuo accesso. L’account con cui hai effettuato l’accesso
    nel browser forse non è quello di questo indirizzo, oppure il provider non gli consente di usare
    programmi di posta; accedi di nuovo con l’account proprio di questo indirizzo.
login-unanswered =
    La password è stata inviata sulla porta { $port }, ma il server non ha risposto in tempo. I server
    rallentano apposta dopo password sbagliate, quindi conta come accesso non riuscito: per proteggere
    l’account, non è stata provata su altre porte. Controlla la password, attendi qualche minuto e riprova.

choice-tls =
    La porta { $port } con SSL/TLS («TLS implicito») cifra la connessione fin dal primo byte. La RFC 8314
    (2018) raccomanda esattamente questo per i programmi di posta.
choice-starttls =
    La porta { $port } saluta in chiaro, poi la connessione passa alla cifratura con STARTTLS. È sicuro
    quanto SSL/TLS purché il programma di posta richieda STARTTLS; così la password viene inviata solo
    cifrata.
choice-imap =
    IMAP tiene la posta sul server, quindi ogni dispositivo che usi (computer, telefono, webmail) vede le
    stesse cartelle, gli stessi segni di lettura e la stessa posta inviata.
choice-pop3 =
    Qui funziona solo POP3: scarica la posta su questo solo dispositivo (e di solito la toglie dal server),
    quindi gli altri dispositivi non vedranno la stessa posta. Va bene per un solo computer o per una
    casella piena; per più dispositivi chiedi al tuo provider di IMAP.
choice-smtp-465 =
    La porta 465 con SSL/TLS («TLS implicito») cifra la connessione fin dal primo byte, prima che il
    programma di posta e il server si scambino qualsiasi cosa. La RFC 8314 (2018) raccomanda esattamente
    questo per i programmi di posta. Gli articoli che definiscono la porta 465 «deprecata» sono stati
    scritti prima del 2018 e sono superati.
choice-smtp-tls =
    La porta { $port } con SSL/TLS: la connessione è cifrata fin dal primo byte, come la RFC 8314 raccomanda
    per i programmi di posta.
choice-smtp-587 =
    La porta 587 è la porta standard per inviare posta da un programma di posta (RFC 6409). Il server saluta
    in chiaro, poi la connessione passa alla cifratura con STARTTLS. È sicura quanto la porta 465 purché il
    programma richieda STARTTLS (non «STARTTLS, se disponibile»); così la password viene inviata solo
    cifrata.
choice-smtp-2525 =
    La porta 2525 non è una porta di posta ufficiale, ma molti provider la offrono perché alcune reti
    bloccano quelle ufficiali. La connessione passa alla cifratura con STARTTLS prima dell’invio della
    password.
choice-smtp-25 =
    La porta 25 serve ai server di posta per parlare tra loro, e molti provider internet la bloccano sulle
    connessioni domestiche e mobili, quindi può smettere di funzionare quando cambi rete. Qui funziona, con
    la cifratura STARTTLS, perché niente di meglio ha funzionato.
choice-smtp-starttls = La porta { $port } funziona con STARTTLS: la connessione passa alla cifratura prima dell’invio della password.
choice-better-failed = La porta { $port } ({ $security }) sarebbe preferibile, ma non ha funzionato: { $why }
choice-misconfigured =
    Nota: la porta { $port } di solito usa { $usual }; questo server lì parla { $security }, un errore nella
    sua configurazione. Imposta il programma di posta esattamente come mostrato, altrimenti il provider
    potrebbe correggerlo un giorno e rompere questa impostazione.
choice-other-misconfigured =
    Anche la porta { $port } risponde, ma con { $security } dove i programmi di posta si aspettano { $usual }:
    un errore nella configurazione del server, quindi non è consigliata.
also-works = Funziona anche: porta { $port } con { $security }.
also-works-but = Funziona anche: porta { $port } con { $security } ({ $caveat }).
plaintext-warning =
    Attenzione: la porta { $port } funziona solo SENZA cifratura. La password e la posta viaggiano leggibili
    da chiunque sul percorso di rete. Hai consentito questa verifica; usala solo su una rete di cui ti fidi
    e chiedi al tuo provider un’impostazione cifrata.
certificate-exception-warning =
    Attenzione: funziona solo perché hai accettato il certificato del server tramite la sua impronta;
    nessuna autorità di certificazione ne garantisce. Anche il programma di posta ti avviserà: accettalo lì
    solo se mostra la stessa impronta.

caveat-insecure = non cifrata: da evitare
caveat-certificate = solo con il certificato accettato a mano
caveat-login-spared = offre un accesso; non provato, per non affaticare l’account

found-through = Trovato tramite { $source }.
source-user = il server che hai inserito
source-autoconfig = il file di impostazioni del tuo provider
source-well-known = il file di impostazioni sul sito del tuo provider
source-ispdb = il database dei provider di Thunderbird
source-mx = il provider che gestisce la posta del tuo dominio (il suo record MX)
source-srv = il DNS del tuo dominio (record SRV)
source-guess = un’ipotesi dal dominio del tuo indirizzo
source-control = un nome che non può esistere

list-and = { $first } e { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] Non è stato possibile verificare i server in arrivo: questo computer sembra offline.
       *[outgoing] Non è stato possibile verificare i server in uscita: questo computer sembra offline.
    }
diagnosis-offline-advice = Quando è connesso, verifica di nuovo; niente qui dice che le impostazioni siano sbagliate.
diagnosis-blocked = Nessun server ha risposto.
diagnosis-blocked-advice =
    La tua rete o un firewall potrebbero bloccare le connessioni di posta. Prova un’altra rete (ad esempio
    l’hotspot di un telefono) o chiedi all’amministratore della tua rete.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Nessuno dei nomi di server in arrivo esiste.
       *[outgoing] Nessuno dei nomi di server in uscita esiste.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Controlla come è scritto «{ $domain }» nel tuo indirizzo. Se è giusto, verifica di nuovo con il
            nome del server in arrivo del tuo provider; di solito è nelle sue pagine di aiuto.
       *[outgoing]
            Controlla come è scritto «{ $domain }» nel tuo indirizzo. Se è giusto, verifica di nuovo con il
            nome del server in uscita del tuo provider; di solito è nelle sue pagine di aiuto.
    }
diagnosis-other =
    { $direction ->
        [incoming] Non è stata trovata alcuna impostazione di posta in arrivo funzionante.
       *[outgoing] Non è stata trovata alcuna impostazione di posta in uscita funzionante.
    }
diagnosis-other-advice = Qui sotto trovi che cosa è stato provato per ogni server e porta.
diagnosis-app-password = Il tuo provider chiede una password per le app.
diagnosis-auth-disabled = Il tuo provider ha disattivato l’accesso con password per questo account.
diagnosis-web-login = Il tuo provider vuole che tu acceda prima dalla sua pagina web.
diagnosis-sign-in-refused = Il tuo accesso con il provider non è stato accettato.
diagnosis-wrong-password = La password (o il nome utente) non è stata accettata.
diagnosis-password-refused-by = Non verificato: la password è stata rifiutata da { $host }.
diagnosis-oauth = Il tuo provider vuole che tu acceda dalla sua pagina web.
diagnosis-no-subject-alt-name = Il server { $host } presenta un certificato che i programmi attuali rifiutano.
diagnosis-name-mismatch = Il server { $host } presenta un certificato per un altro nome.
diagnosis-cert-expired = Il certificato del server non è valido in questa data.
diagnosis-cert-untrusted = Il certificato del server non è attendibile.
diagnosis-plaintext-only = Il server offre l’accesso solo senza cifratura.

skipped-plaintext-not-needed = Non provato: un’impostazione cifrata funziona, quindi la password non è stata inviata qui senza cifratura.
skipped-plaintext-used =
    Non provato: il consenso vale per una verifica senza cifratura per { $protocol }, e la password è già
    passata senza cifratura sulla porta { $port }.
skipped-ruled-out =
    Non provato: { $provider } ha già detto che questa password non si può usare così (vedi la sua risposta
    sull’altra porta), e altri accessi conterebbero solo contro l’account.
skipped-own-mode = Non necessario: alla fine la porta ha risposto nella sua modalità.
