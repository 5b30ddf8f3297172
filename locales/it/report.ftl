### Il rapporto di testo: ciò che stampa `mailsetup probe` e l’esportazione «rapporto di testo» della finestra.

outcome-ok = funziona
outcome-auth-failed = password rifiutata
outcome-auth-temporary = accesso impossibile ora (problema del server)
outcome-auth-disabled = accesso con password disattivato dal provider
outcome-web-login-required = prima accedere dalla pagina web
outcome-app-password-required = serve una password per le app
outcome-oauth-required = serve l’accesso dal browser (OAuth2)
outcome-auth-unavailable = nessun accesso offerto
outcome-plaintext-auth-refused = accesso solo senza cifratura (password non inviata)
outcome-starttls-unavailable = nessuna cifratura offerta
outcome-cert-untrusted = certificato non attendibile
outcome-cert-expired = certificato scaduto
outcome-cert-name-mismatch = certificato per un altro nome
outcome-tls-failed = cifratura non riuscita
outcome-wrong-mode = parla l’altro tipo di connessione
outcome-refused = chiusa
outcome-server-busy = server occupato
outcome-service-refused = il server rifiuta il servizio
outcome-timeout = nessuna risposta
outcome-dns-failed = server inesistente
outcome-protocol-error = risposta non da server di posta
outcome-cancelled = annullato
outcome-skipped = non provato
cause-closed-after-login = accesso accettato, poi il server ha chiuso la sessione
cause-plaintext-only = nessuna cifratura
cause-pipelined-answer = ha risposto prima della domanda
cause-preauth = dichiara un accesso prima di qualsiasi password
cause-login-unanswered = password inviata, nessuna risposta
cause-access-disabled = disattivato nelle impostazioni del provider
cause-login-spared = offre un accesso; non provato, per non affaticare l’account
cause-mechanism-refused = ha rifiutato il metodo di accesso che offriva
cause-unreachable = nessuna route verso di esso

report-short-reason = { $words }.

report-server-type = Tipo di server:
report-server = Server:
report-port = Porta:
report-security = Sicurezza della connessione:
report-authentication = Autenticazione:
report-username = Nome utente:
report-certificate = Certificato SHA-256:
report-auth-oauth = OAuth2 (accesso con il provider)
report-auth-password = Password normale
report-auth-unchecked = (non verificato)

report-cancelled = Interrotto prima della fine della verifica; ecco ciò che è stato trovato fin qui.
report-works-plaintext =
    { $direction ->
        [incoming] La posta in arrivo funziona solo SENZA cifratura:
       *[outgoing] La posta in uscita funziona solo SENZA cifratura:
    }
report-works-exception =
    { $direction ->
        [incoming] La posta in arrivo funziona solo con il certificato accettato a mano:
       *[outgoing] La posta in uscita funziona solo con il certificato accettato a mano:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Impostazioni consigliate per la posta in arrivo (connessione verificata, password non verificata):
       *[outgoing] Impostazioni consigliate per la posta in uscita (connessione verificata, password non verificata):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Impostazioni consigliate per la posta in arrivo (verificate con l’accesso tramite il provider):
       *[outgoing] Impostazioni consigliate per la posta in uscita (verificate con l’accesso tramite il provider):
    }
report-recommended =
    { $direction ->
        [incoming] Impostazioni consigliate per la posta in arrivo (verificate: la password è stata accettata):
       *[outgoing] Impostazioni consigliate per la posta in uscita (verificate: la password è stata accettata):
    }
report-found-private =
    { $direction ->
        [incoming] Impostazioni di posta in arrivo trovate su un indirizzo locale o di rete privata (la password non è stata inviata):
       *[outgoing] Impostazioni di posta in uscita trovate su un indirizzo locale o di rete privata (la password non è stata inviata):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Impostazioni di posta in arrivo trovate che richiedono la tua conferma (la password non è stata inviata):
       *[outgoing] Impostazioni di posta in uscita trovate che richiedono la tua conferma (la password non è stata inviata):
    }
report-if-own-server = Se è il server della tua organizzazione:
report-to-send-there = Per inviare lì la password:
report-why = Perché:
report-also-works =
    { $direction ->
        [incoming] Funziona anche (in arrivo):
       *[outgoing] Funziona anche (in uscita):
    }
report-looked-for = Dove sono stati cercati i server:
report-else-tried = Che cos’altro è stato provato:

report-lookup-found = trovato
report-lookup-nothing = niente
report-lookup-timeout = nessuna risposta
report-lookup-failed = non riuscita
report-lookup-ignored = IGNORATO
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = File di Thunderbird
cli-apple-profile = Profilo Apple
cli-wrote = { $what } scritto in { $path }
cli-not-written = { $what } non scritto: { $why }.
cli-password-prompt = Password per { $email }:{ " " }
cli-sign-in-open =
    Accedi con il tuo provider ({ $issuer }) nel browser. Se non si apre alcun browser, apri questo
    indirizzo:
cli-sign-in-waiting = In attesa del tuo accesso (Ctrl-C interrompe)…
cli-no-browser = (qui non è stato possibile aprire un browser: { $error })
cli-signed-in = Accesso effettuato; verifica dei server con esso.
cli-unknown-language = Nessuna lingua «{ $tag }» qui; si usa { $spoken }.
cli-give-the-name = Per indicare il nome:
cli-recommended = => { $setting } funziona; le altre verifiche si concludono (Ctrl-C le interrompe)
cli-lookup = ricerca
cli-with-exception = , con il certificato che hai accettato
cli-timeout-range = --timeout deve essere tra 0 e 600 secondi
cli-ispdb-https = --ispdb deve essere un URL https:// (una risposta in http semplice potrebbe essere falsificata)
cli-no-password =
    nessuna password: digitala quando richiesta, passala con --password-stdin, imposta MAILSETUP_PASSWORD,
    oppure usa --no-auth per verificare solo le connessioni
cli-empty-password = la password è vuota (--no-auth verifica solo le connessioni)
cli-password-too-long = la prima riga dello standard input è troppo lunga per una password
cli-password-not-utf8 = la password non è testo UTF-8
cli-cannot-write = impossibile scrivere { $path }: { $error }
cli-window-failed = La riga di comando funziona ancora: mailsetup probe INDIRIZZO (vedi mailsetup --help).
cli-no-window-build = Questa versione non ha finestra (compilata senza la funzione «gui»). Usa: mailsetup probe INDIRIZZO
cli-error = errore: { $error }
cli-error-more = Per saperne di più: { $help }
cli-error-unknown-argument = non esiste l'opzione { $argument }
cli-error-unknown-command = non esiste il comando { $command }
cli-error-invalid-value = «{ $value }» non è un valore per { $argument }
cli-error-invalid-value-why = «{ $value }» non è un valore per { $argument }: { $why }
cli-error-missing = manca { $argument }
cli-error-conflict = { $argument } non si può usare con { $other }
cli-error-similar = (forse intendevi { $similar }?)
cli-not-dns-server = { $text } non è ADDR né ADDR:PORT
cli-not-fingerprint = { $text } non è un'impronta SHA-256 (64 cifre esadecimali, ad es. AB:CD:...)
cli-not-host-addr = { $text } non è HOST:ADDR
cli-not-ip-address = { $text } non è un indirizzo IP
