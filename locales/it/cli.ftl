### L'aiuto della riga di comando (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: trova le impostazioni di posta in arrivo (IMAP, POP3) e in uscita (SMTP) che funzionano davvero, e spiega perché.
cli-usage = mailsetup [OPZIONI] [COMANDO]
cli-usage-line = Uso: { $usage }
cli-commands = Comandi:
cli-arguments = Argomenti:
cli-options-heading = Opzioni:
cli-help = Mostra l'aiuto
cli-version = Mostra la versione
cli-default = Predefinito: { $value }.
cli-without-command = Senza un comando, si apre la finestra di configurazione.
cli-examples = Esempi:
cli-example-window = aprire la finestra di configurazione
cli-example-probe = verificare, chiedendo la password
cli-example-no-auth = verificare solo le connessioni
cli-example-json = verificare con la password da uno script e stampare JSON

cli-arg-resolve = Per la finestra: usare ADDR per HOST invece del DNS (ripetibile), per verificare un server prima che il DNS punti a esso.
cli-arg-ca-file = Per la finestra: certificati attendibili aggiuntivi in PEM, ad es. la CA di un'azienda.
cli-arg-dns = Per la finestra: interrogare questo server DNS invece di quello del sistema.
cli-arg-ispdb = Per la finestra: il database dei provider da interrogare (https).
cli-arg-no-lookup = Per la finestra: non cercare nulla (solo le ipotesi e i server indicati).
cli-arg-lang =
    La lingua della finestra e delle spiegazioni (rapporto, «explanation» del JSON), come sigla, ad es. de o
    ja; predefinita: quella del sistema. Le chiavi JSON e i codici di esito restano in inglese.

cli-probe-about = Verificare quali impostazioni dei server in arrivo e in uscita funzionano per un indirizzo.
cli-probe-usage = mailsetup probe [OPZIONI] <EMAIL>
cli-probe-password-from =
    La password viene chiesta (senza eco), letta da --password-stdin o dalla variabile d'ambiente
    MAILSETUP_PASSWORD; mai dalla riga di comando.
cli-probe-exit-status =
    Stato di uscita: 0 se ogni direzione verificata (in arrivo, in uscita) ha un'impostazione verificata
    (con --no-auth: una connessione sicura), 1 altrimenti, 2 per uso o dati errati.
cli-probe-email = Il tuo indirizzo email, ad es. alice@example.com.
cli-probe-protocols = Solo questi protocolli (ripetibile): smtp (in uscita), imap, pop3 (in arrivo). Predefinito: tutti e tre.
cli-probe-servers = Server da verificare, per ogni protocollo (ripetibile). Predefinito: smtp./imap./pop.DOMINIO, mail.DOMINIO, DOMINIO.
cli-probe-incoming-servers = Server in arrivo (IMAP, POP3), quando non è il --server (ripetibile).
cli-probe-ports = Porta da verificare (ripetibile). Predefinito: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Nome utente per l'accesso. Predefinito: l'indirizzo email completo.
cli-probe-timeout = Tempo massimo per ogni passo di una connessione, in secondi.
cli-probe-ca-file = Certificati attendibili aggiuntivi in PEM, ad es. la CA della tua azienda.
cli-probe-resolve = Usare ADDR per HOST invece del DNS, come curl (ripetibile).
cli-probe-allow-plaintext =
    Consentire di inviare la password SENZA cifratura dove un server non offre niente di meglio. Chiunque sul
    percorso di rete potrebbe leggerla.
cli-probe-danger-accept-certificates =
    Accettare un certificato del server non attendibile (ad es. autofirmato) in base alla sua impronta SHA-256
    (ripetibile), solo dopo averla confrontata con quella pubblicata dall'amministratore del server.
cli-probe-no-auth = Verificare solo le connessioni; non accedere.
cli-probe-password-stdin = Leggere la password dalla prima riga dello standard input.
cli-probe-json = Stampare il rapporto come JSON (il contratto stabile) invece che come testo.
cli-probe-thunderbird-file = Scrivere qui un file di configurazione automatica di Thunderbird (config-v1.1.xml) con le impostazioni verificate.
cli-probe-apple-profile = Scrivere qui un profilo di configurazione Apple (.mobileconfig) con le impostazioni verificate.
cli-probe-dns = Interrogare questo server DNS (porta 53 se non indicata) invece di quello del sistema, per ogni nome e ogni record MX e SRV.
cli-probe-ispdb = Il database dei provider di Thunderbird da interrogare (viene aggiunto il dominio).
cli-probe-no-third-party =
    Non interrogare terzi: né il database dei provider né, tramite il record MX, il provider che gestisce la
    posta del dominio.
cli-probe-no-lookup = Non cercare nulla: verificare solo i server indicati (--server) o le ipotesi.
cli-probe-trust-discovered =
    Inviare la password a questo server (ripetere, o separare con virgole), anche se è fuori dal dominio
    dell'indirizzo e solo il DNS (MX, SRV) o un reindirizzamento lo ha indicato: queste risposte si possono
    falsificare. La password non va a nessun altro server di questo tipo.
cli-probe-verify-all =
    Accedere con ogni impostazione che funziona, non solo con quella consigliata (per gli help desk). Di
    norma le altre sono verificate fino all'offerta di accesso, per non stressare l'account: i provider
    bloccano o segnalano gli account dopo raffiche di accessi.
cli-probe-oauth =
    Accedere con il tuo provider nel browser (OAuth2) invece di digitare una password; i server sono
    verificati con quell'accesso.
cli-probe-oauth-client-id =
    L'ID client OAuth2 con cui accedere (dal tuo provider o amministratore), dove il provider non lascia che i
    programmi si registrino da soli.
cli-probe-oauth-tenant = Un tenant Microsoft (ID o dominio) la cui directory ha registrato l'ID client.
cli-probe-oauth-wait = Quanto attendere il tuo accesso, in secondi (al massimo 300).
