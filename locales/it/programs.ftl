### Dove ogni programma di posta tiene le impostazioni del server. I termini di Thunderbird vengono da
### thunderbird.ftl (i suoi). I termini di Apple Mail vengono dalla guida italiana di Apple, per quanto
### ripresi (sotto, con le fonti); quelli di Outlook non ancora. I mancanti compaiono in inglese.

program-other = Altro
copy-all-heading =
    { $direction ->
        [incoming] Impostazioni della posta in arrivo per { $program }
       *[outgoing] Impostazioni della posta in uscita per { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Impostazioni della posta in arrivo
       *[outgoing] Impostazioni della posta in uscita
    }

tb-where-incoming =
    Nuovo account: Account Hub > «{ tb-advanced-config }» (sostituisci «{ tb-autodetect }» con questi valori).
    Account esistente: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Nuovo account: Account Hub > «{ tb-advanced-config }», server in uscita. Account esistente: { tb-tools } >
    { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > scegli il
    tuo server (o Aggiungi…) > Modifica… (lì «{ tb-server-name }» e «{ tb-user-name }»).

## Apple Mail: le parole di Apple dall'aiuto italiano di Apple, con la fonte
## sopra ogni messaggio; «Ours:» indica parole di questo programma. Il
## percorso su iPhone, l'elenco dei server SMTP e i nomi dei campi non sono
## ancora presi dall'aiuto italiano di Apple.
# Apple, https://support.apple.com/it-it/HT204208 (Mail > Preferenze, Account, pannello
# Impostazioni server, «Gestisci automaticamente impostazioni di connessione»; macOS Sierra–12).
apple-where-incoming =
    Mail > Preferenze (macOS 12 e precedenti) > Account > seleziona l'account > Impostazioni server,
    posta in entrata (deseleziona «Gestisci automaticamente impostazioni di connessione»).
# Ours: lo stato della casella «Use TLS/SSL».
apple-on = Attivato
# Ours.
apple-off = Disattivato
# Ours.
apple-oauth = OAuth2 (Apple Mail lo offre solo per gli account Google e Microsoft)

other-where-incoming = Nelle impostazioni dell’account o del server del tuo programma di posta, sotto «Server in arrivo», «IMAP» o «POP3».
other-where-outgoing = Nelle impostazioni dell’account o del server del tuo programma di posta, sotto «Server in uscita» o «SMTP».
other-incoming-server = Server in arrivo
other-outgoing-server = Server in uscita (SMTP)
other-server-type = Tipo di server
other-port = Porta
other-encryption = Cifratura
other-tls = SSL/TLS (detto anche SSL o TLS implicito)
other-starttls = STARTTLS (programmi vecchi: TLS)
other-none = Nessuna
other-authentication = Autenticazione
other-oauth = OAuth2 (accesso con il provider nel browser)
other-password = Password normale (detta anche password o testo in chiaro)
other-user-name = Nome utente
