### La finestra: la sua cornice (ogni passaggio) e il passaggio dell’account.

## La cornice

about = Informazioni
about-title = Informazioni su Mail Setup Assistant
about-version = Versione { $version }
about-what =
    Trova le impostazioni di posta in arrivo e in uscita che funzionano davvero, verifica la password
    solo tramite una connessione cifrata e spiega il risultato.
about-password = La password va solo al server di posta che si verifica e non viene mai salvata.
about-finding = Come vengono trovati i server
about-lookups =
    Se non indichi un server, questo programma interroga: il file di impostazioni del tuo provider (il
    provider vede il tuo indirizzo, come con Thunderbird); il DNS del tuo dominio (record MX e SRV); e due
    terze parti: il database dei provider di Thunderbird, che vede solo il dominio, e il provider che
    gestisce la posta del dominio, trovato tramite il suo record MX.
about-third-parties = Interrogare terze parti (il database di Thunderbird, il provider di posta del dominio)
about-licence = Licenza: { $licence }
close = Chiudi
language-name = Italiano
language-menu = Lingua: { $language }
language-system = Sistema ({ $language })
theme = Tema: { $theme }
theme-system = Sistema
theme-light = Chiaro
theme-dark = Scuro
step-account = Il tuo account
step-checking = Verifica
step-result = Le tue impostazioni
step-numbered = { $number }. { $name }
step-spoken = Passaggio { $number } di { $count }: { $name }

## Il passaggio dell’account

account-title = Configura il tuo account di posta
account-intro =
    Inserisci il tuo indirizzo email e la password. Troviamo le impostazioni dei server di posta in arrivo
    e in uscita che funzionano e verifichiamo che la password venga accettata, solo tramite una
    connessione cifrata.
email = Indirizzo email
email-hint = nome@example.com
email-invalid = Questo non sembra un indirizzo email (nome@example.com).
password = Password
password-hint = la password che usi per questo indirizzo
password-show = Mostra
password-hide = Nascondi
password-toggle = Mostra o nascondi la password
password-none = Senza password possiamo verificare le connessioni, ma non che l’accesso funzioni.
sign-in-instead = Accedi invece con il mio provider
sign-in-with = Accedi invece con { $provider }
sign-in-instead-tip =
    Per i provider che ti fanno accedere dalla loro pagina (OAuth2): il browser la apre e i server vengono
    verificati con quell’accesso. Qui non si digita alcuna password.
display-name = Il tuo nome (facoltativo)
display-name-hint = mostrato alle persone a cui scrivi
know-server = Conosco il mio server
server = Server di posta
server-hint = ad es. mail.example.com, per la posta in arrivo e in uscita
server-invalid = Un nome di server contiene solo lettere, cifre, punti e trattini.
incoming-server = Server in arrivo, se diverso
incoming-server-hint = ad es. imap.example.com
username = Nome utente, se non è il tuo indirizzo email
username-hint = di solito il tuo indirizzo email completo
ports = Porte in uscita da provare
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } non è un numero di porta (1–65535).
advanced = Avanzate
time-limit = Tempo massimo per ogni passaggio (secondi)
verify-all = Verifica ogni impostazione
verify-all-tip =
    Accedi su ogni porta che funziona, non solo su quella consigliata (per l’assistenza). Disattivato per
    impostazione predefinita: i provider possono bloccare o segnalare un account dopo molti accessi da un
    programma nuovo.
client-id = ID client per l’accesso, solo se il tuo provider o amministratore te ne ha dato uno
client-id-hint = per «Accedi con il mio provider»
tenant = Tenant Microsoft di quell’ID client, se il tuo amministratore ne ha indicato uno
tenant-hint = ad es. contoso.onmicrosoft.com
allow-plaintext = Consenti la verifica senza cifratura
allow-plaintext-warning =
    Solo se il tuo server non offre niente di meglio: la password viaggerebbe leggibile da chiunque sulla
    rete tra te e il server. Vale solo per la prossima verifica, e un’impostazione del genere non viene mai
    consigliata al posto di una cifrata.
certificate = Certificato attendibile aggiuntivo (per l’autorità di certificazione di un’azienda o di una scuola)
certificate-none = nessuno
certificate-remove = Rimuovi
certificate-choose = Scegli file…
certificate-path = Percorso del file del certificato
certificate-path-hint = /percorso/di/ca-azienda.pem
certificate-use = Usa questo file
find-settings = Trova le mie impostazioni
start-over = Ricomincia
start-over-tip = Svuota il modulo e ciò che è stato memorizzato

## Parti condivise

decimal-point = ,
copy = Copia
copy-what = Copia { $what }
copy-what-value = Copia { $what }: { $value }
copied = Copiato
show-words-of = Mostra le impostazioni con i termini di:
mark-works = Funziona
mark-failed = Non riuscito
mark-stopped = Non provato
