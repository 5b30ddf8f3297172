### Il passaggio del risultato: le schede delle impostazioni, perché questa porta, che cos’altro funziona,
### che cosa è stato provato e i file da salvare.

result-for = Per { $name } <{ $email }>
copy-all = Copia tutto
copy-all-tip = Copia le impostazioni in arrivo e in uscita
what-we-tried = Che cosa abbiamo provato
working = In corso
finishing = Conclusione della verifica…
still-checking-others =
    { $count ->
        [one] Ancora { $count } connessione in verifica per altre impostazioni che funzionano; non può cambiare queste.
       *[other] Ancora { $count } connessioni in verifica per altre impostazioni che funzionano; non possono cambiare queste.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Ancora { $count } connessione in verifica per le impostazioni della posta in arrivo.
               *[other] Ancora { $count } connessioni in verifica per le impostazioni della posta in arrivo.
            }
        [outgoing]
            { $count ->
                [one] Ancora { $count } connessione in verifica per le impostazioni della posta in uscita.
               *[other] Ancora { $count } connessioni in verifica per le impostazioni della posta in uscita.
            }
       *[both]
            { $count ->
                [one] Ancora { $count } connessione in verifica per le impostazioni della posta in arrivo e in uscita.
               *[other] Ancora { $count } connessioni in verifica per le impostazioni della posta in arrivo e in uscita.
            }
    }
stop = Interrompi
stop-tip = Interrompi le verifiche rimanenti

files-need-both =
    I file per i programmi di posta richiedono un’impostazione in arrivo e in uscita verificata: inserisci
    la password e verifica di nuovo, o copia le impostazioni qui sopra.
save-thunderbird = Salva il file di Thunderbird…
save-apple = Salva il profilo di Apple Mail…
save-text = Salva il rapporto di testo…
save-json = Salva il rapporto JSON…
files-need-both-tip = I programmi di posta accettano un file di impostazioni solo con server in arrivo e in uscita verificati.
profile-no-sign-in =
    Apple Mail accede tramite un provider (OAuth2) solo per gli account Google e Microsoft, e un profilo non
    può contenere un accesso: aggiungi l’account a mano in Apple Mail con queste impostazioni
files-incomplete =
    un programma di posta richiede un’impostazione in arrivo e in uscita verificata (cifrata), e questa
    verifica non le ha verificate entrambe
check-again = Verifica di nuovo
change-details = Modifica i dati
change-details-tip = Torna ai dati dell’account (Esc)

card-incoming = Posta in arrivo ({ $protocol })
card-outgoing = Posta in uscita (SMTP)
card-stopped-certain = Alcune verifiche meno importanti sono state interrotte prima; non possono cambiare questo consiglio.
card-stopped-uncertain = La verifica è stata interrotta prima di essere certa: si sarebbe potuta trovare un’impostazione migliore.
card-plaintext = Attenzione: funziona solo SENZA cifratura: la password e i messaggi si possono leggere sulla rete.
card-exception =
    Funziona solo con il certificato accettato a mano: nessuna autorità di certificazione ne garantisce.
    Anche il programma di posta ti avviserà; accettalo lì solo se mostra questa impronta:
enter-as-my-server = Inserisci { $host } come mio server
enter-as-my-server-tip = Torna al modulo con questo server inserito; non viene inviato niente finché non verifichi
send-password-to = Invia la mia password a { $hosts } e verifica di nuovo
send-password-to-tip = Solo per questa verifica, e solo ai server indicati: niente che ne garantisca li ha indicati
verified-signed-in = Verificato con l’accesso: il server ha accettato il tuo accesso tramite una connessione cifrata.
verified-password = Verificato: il server ha accettato la password tramite una connessione cifrata.
connection-only = La connessione cifrata funziona. La password non è stata verificata (non ne è stata inserita alcuna).
copy-field-name =
    { $direction ->
        [incoming] { $field } in arrivo
       *[outgoing] { $field } in uscita
    }
copy-settings =
    { $direction ->
        [incoming] Copia le impostazioni in arrivo
       *[outgoing] Copia le impostazioni in uscita
    }

why-port = Perché la porta { $port }?
why-port-and = Perché la porta { $port } e { $protocol }?
why-tls =
    SSL/TLS (TLS implicito) e STARTTLS cifrano entrambi la posta. Con SSL/TLS non si dice niente prima che
    inizi la cifratura, quindi niente può essere manomesso lungo il percorso; per questo la RFC 8314 lo
    preferisce.
why-starttls =
    STARTTLS inizia in chiaro e poi passa alla cifratura. Lascia «STARTTLS» (non «STARTTLS, se
    disponibile») così il programma di posta rifiuta di inviare la password se la cifratura dovesse
    fallire. Potresti leggere che la porta 465 è «deprecata»: quel consiglio è precedente alla RFC 8314
    (2018), che ha reso di nuovo la 465 la porta preferita. Semplicemente non è quella che funziona per
    questo server.
why-plaintext =
    Senza cifratura, chiunque sul percorso di rete può leggere la password e i messaggi. Chiedi al tuo
    provider un’impostazione cifrata (porta 465 o 587).
also-works-heading = Funziona anche:
also-works-line = { $protocol } { $host } porta { $port } con { $security }
also-works-line-but = { $protocol } { $host } porta { $port } con { $security } ({ $caveat })

card-still-checking-incoming = Posta in arrivo: verifica in corso
card-still-checking-outgoing = Posta in uscita: verifica in corso
card-still-checking = Un’impostazione migliore potrebbe ancora rispondere. Comparirà qui appena sarà certa.
card-nothing-incoming = Posta in arrivo: nessuna impostazione funzionante trovata
card-nothing-outgoing = Posta in uscita: nessuna impostazione funzionante trovata
try-again-with = Riprova con { $host }
fingerprint-compare = Impronta del certificato (SHA-256), da confrontare con quella pubblicata dal tuo provider:
fingerprint-own-ca =
    Se è l’autorità di certificazione della tua organizzazione, aggiungi il suo certificato in Avanzate >
    Certificato attendibile aggiuntivo, poi verifica di nuovo. La password non viene mai inviata a un server
    il cui certificato non è stato possibile verificare.
fingerprint-accept-warning =
    Se il tuo provider o amministratore ti ha dato esattamente questa impronta, puoi accettare questo
    certificato per una verifica. Se non è il loro, chi l’ha creato otterrebbe la tua password.
accept-certificate = Accetta questo certificato per una verifica
accept-certificate-tip = Verifica di nuovo, inviando la password a un server con questo certificato
change-password = Cambia password
enter-server-name = Inserisci il nome del server
sign-in-with-provider = Accedi con il tuo provider
sign-in-with-provider-tip = Il browser apre la pagina di accesso del tuo provider; i server vengono verificati con essa
fingerprint-tip = Impronta SHA-256 del certificato del server

details = Dettagli
details-of = Dettagli di { $attempt }
detail-address = Indirizzo
detail-phase = Arrivato fino a
detail-time = Tempo
detail-milliseconds = { $ms } ms
detail-server-said = Il server ha detto
detail-greeting = Saluto
detail-capabilities = Funzionalità
detail-certificate-for = Certificato per
detail-and-more = { $names } e altri { $count }
detail-issued-by = Emesso da
detail-valid = Valido
detail-valid-range = dal { $from } al { $to }
detail-sha256 = SHA-256
detail-all-names = Tutti i { $count } nomi del certificato
phase-name-queued = non iniziato
phase-name-resolve = la ricerca del nome
phase-name-connect = la connessione
phase-name-tls = l’handshake TLS
phase-name-greeting = il saluto
phase-name-capabilities = la richiesta di ciò che il server offre
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = la nuova richiesta tramite TLS
phase-name-ready = una connessione funzionante
phase-name-auth = l’accesso
phase-name-done = la fine: tutto ha funzionato

no-dialog-certificate = Su questo desktop non si può aprire alcuna finestra di selezione file: digita il percorso del file del certificato in Avanzate.
saved-to = Salvato in { $path }
saved-in-downloads = Su questo desktop non si può aprire alcuna finestra di selezione file, quindi il file è stato salvato nella cartella Download: { $path }
no-dialog-nowhere = Qui non si può aprire alcuna finestra di selezione file, e non c’è una cartella Download o home in cui salvare. Usa invece Copia.
could-not-save = Impossibile salvare { $path }: { $error }
choose-certificate-title = Scegli un certificato attendibile (PEM)
certificate-files = Certificati
