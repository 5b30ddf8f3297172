### Dove ogni programma di posta tiene le impostazioni del server. I termini di Thunderbird vengono da
### thunderbird.ftl (i suoi). I termini italiani di Outlook e Apple Mail non sono ancora presi dalla loro
### guida: fino ad allora compaiono quelli inglesi.

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
