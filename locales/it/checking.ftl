### Il passaggio di verifica: che cosa si sta provando, fase per fase.

checking-title = Verifica di { $email }
checking-elapsed = { $seconds } s
checking-found = Trovata l’impostazione { $direction }: { $protocol } { $host } porta { $port } ({ $security }).
checking-incoming = in arrivo
checking-outgoing = in uscita
show-now = Mostra subito le mie impostazioni
cancel = Annulla
cancel-tip = Interrompi la verifica (Esc)
esc-stops = (anche Esc interrompe)

phase-queued = In attesa del proprio turno…
phase-resolve = Ricerca del server…
phase-connect = Connessione…
phase-tls = Preparazione della cifratura…
phase-greeting = In attesa del saluto del server…
phase-capabilities = Richiesta di ciò che il server offre…
phase-starttls = Passaggio alla cifratura…
phase-capabilities-tls = Nuova richiesta, cifrata…
phase-ready = La connessione funziona; poi si verifica la password…
phase-auth = Verifica della password…
phase-done = Fatto
trying = Prova in corso
looking = Ricerca in corso

signing-in-title = In attesa del tuo accesso nel browser
signing-in-finding = Ricerca di dove il tuo provider ti fa accedere
signing-in-opened =
    La pagina di accesso del tuo provider su { $host } si è aperta nel browser. Controlla che il browser
    mostri quel nome, poi accedi lì; questa finestra prosegue da sola quando hai finito (entro 5 minuti).
signing-in-no-browser = Se non si è aperto alcun browser, apri questo indirizzo:
copy-address = Copia indirizzo
signing-in-cancel-tip = Interrompi l’accesso (Esc)

lookups-title = Dove sono i tuoi server
lookup-autoconfig = Richiesta delle impostazioni al tuo provider
lookup-well-known = Ricerca delle impostazioni sul sito di { $domain }
lookup-ispdb = Interrogazione del database dei provider di Thunderbird
lookup-mx = Ricerca di dove va la posta di { $domain }
lookup-srv = Ricerca dei server di posta di { $domain } nel DNS
lookup-guess = Prova dei nomi di server consueti
lookup-control = Verifica che il DNS di questa rete risponda onestamente
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = ha risposto solo senza cifratura, quindi non è stato usato
lookup-timeout = nessuna risposta in tempo
lookup-error = impossibile interrogare
lookup-nothing = niente

attempts-incoming = Posta in arrivo
attempts-outgoing = Posta in uscita
portal-in-the-way = La pagina di accesso di questa rete è d’intralcio
portal-attempts =
    { $count ->
        [one] { $count } tentativo non ha raggiunto il suo server
       *[other] { $count } tentativi non hanno raggiunto i loro server
    }
ports-blocked =
    { $count ->
        [one] La porta { $ports } è bloccata su questa rete
       *[other] Le porte { $ports } sono bloccate su questa rete
    }
blocked-attempts =
    { $count ->
        [one] { $count } tentativo non ha avuto risposta
       *[other] { $count } tentativi non hanno avuto risposta
    }
guesses-missing =
    { $count ->
        [one] { $count } altro nome possibile: non esiste
       *[other] { $count } altri nomi possibili: nessuno esiste
    }
guesses-usual = Anche i programmi di posta provano questi nomi; la maggior parte dei domini ne usa solo alcuni.

## Perché una verifica non è potuta iniziare, o un accesso non ha dato alcun
## token. Un $why sono le parole di una libreria, di un server o del sistema,
## così come sono arrivate.
error-invalid-email = { $text } non è un indirizzo email (atteso: nome@dominio, ad es. alice@example.com)
error-invalid-server = { $text } non è un nome di server
error-invalid-port = la porta { $port } non è una porta su cui un server possa essere in ascolto (da 1 a 65535)
error-empty-username = il nome utente è vuoto (omettilo per usare l'indirizzo email)
error-ca-file = impossibile usare il file di certificati { $path }: { $why }
error-tls = la preparazione di TLS non è riuscita: { $why }
oauth-no-provider = nulla indica un accesso OAuth2 per { $domain } (nessun <oAuth2> nel suo file di impostazioni o nell'ISPDB)
oauth-metadata = la descrizione del server di accesso (RFC 8414) non è utilizzabile: { $why }
oauth-registration = il server di accesso non ha registrato questo programma: { $why }
oauth-browser = nessun browser aperto: { $why }
oauth-not-completed = accesso non completato entro { $seconds } s; non è stato verificato nulla
oauth-refused = il provider non ti ha fatto accedere: { $why }
oauth-mismatch = la risposta tornata non era per questo accesso ({ $what }); non è stato usato nulla
oauth-token = il server di accesso non ha dato alcun token: { $why }
oauth-cancelled = accesso interrotto
oauth-only-google =
    Google fa accedere solo i programmi che conosce. Usa queste impostazioni con l'accesso proprio del tuo
    programma di posta (Thunderbird: { tb-auth } «OAuth2»; Apple Mail e Outlook: aggiungi l'account come
    account Google), oppure crea una password per le app (richiede la verifica in due passaggi) nel tuo
    Account Google, in Sicurezza, e verifica con essa come password.
oauth-only-microsoft =
    Microsoft fa accedere solo i programmi che conosce. Usa queste impostazioni con l'accesso proprio del tuo
    programma di posta (Thunderbird: { tb-auth } «OAuth2»; Outlook e Apple Mail: aggiungi l'account come
    account Microsoft). Per un account aziendale o dell'istituto di istruzione, l'amministratore può
    registrare un'app in Entra ID e darti il suo ID client ({ advanced }, o --oauth-client-id).
oauth-app-password =
    { $provider } fa accedere solo i programmi che conosce. Usa queste impostazioni con l'accesso proprio del
    tuo programma di posta (Thunderbird: { tb-auth } «OAuth2»), oppure crea una password per le app in
    { $place }, e verifica con essa come password.
oauth-place-yahoo = il tuo account Yahoo, in Account security («Generate app password»)
oauth-place-aol = il tuo account AOL, in Account security («Generate app password»)
oauth-place-fastmail = Fastmail, in Settings, Privacy & Security («App passwords»)
oauth-no-registration =
    { $issuer } fa accedere solo programmi conosciuti e non offre la registrazione: inserisci un ID client
    ({ advanced }, o --oauth-client-id) avuto dal tuo provider o amministratore, oppure usa l'accesso proprio
    del tuo programma di posta (Thunderbird: { tb-auth } «OAuth2»)
oauth-bad-tenant = { $tenant } non è un ID tenant né un dominio
oauth-tenant-not-microsoft = un tenant vale solo per l'accesso Microsoft (login.microsoftonline.com)
oauth-cannot-listen = impossibile restare in ascolto su 127.0.0.1: { $error }
