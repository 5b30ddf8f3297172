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
