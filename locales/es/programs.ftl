### Dónde guarda cada programa de correo la configuración del servidor. Los términos de Thunderbird vienen
### de thunderbird.ftl (los suyos). Los términos en español de Outlook y Apple Mail aún no se han tomado de
### su ayuda: hasta entonces se muestran los ingleses.

program-other = Otro
copy-all-heading =
    { $direction ->
        [incoming] Configuración de correo entrante para { $program }
       *[outgoing] Configuración de correo saliente para { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Configuración de correo entrante
       *[outgoing] Configuración de correo saliente
    }

tb-where-incoming =
    Cuenta nueva: Account Hub > «{ tb-advanced-config }» (cambie «{ tb-autodetect }» por estos valores). Cuenta
    existente: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Cuenta nueva: Account Hub > «{ tb-advanced-config }», servidor saliente. Cuenta existente: { tb-tools } >
    { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > elija su
    servidor (o Añadir…) > Editar… (allí «{ tb-server-name }» y «{ tb-user-name }»).

## Apple Mail: las palabras de Apple aún no se han tomado de la ayuda de Apple
## en español; «Ours:» marca las palabras de este programa.
# Ours: el estado de la casilla «Use TLS/SSL».
apple-on = Activado
# Ours.
apple-off = Desactivado
# Ours.
apple-oauth = OAuth2 (Apple Mail solo lo ofrece para cuentas de Google y Microsoft)

other-where-incoming = En la configuración de la cuenta o del servidor de su programa de correo, en «Servidor entrante», «IMAP» o «POP3».
other-where-outgoing = En la configuración de la cuenta o del servidor de su programa de correo, en «Servidor saliente» o «SMTP».
other-incoming-server = Servidor entrante
other-outgoing-server = Servidor saliente (SMTP)
other-server-type = Tipo de servidor
other-port = Puerto
other-encryption = Cifrado
other-tls = SSL/TLS (también llamado SSL o TLS implícito)
other-starttls = STARTTLS (programas antiguos: TLS)
other-none = Ninguno
other-authentication = Autenticación
other-oauth = OAuth2 (iniciar sesión con su proveedor en el navegador)
other-password = Contraseña normal (también llamada contraseña o texto plano)
other-user-name = Nombre de usuario
