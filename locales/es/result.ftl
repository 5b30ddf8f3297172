### El paso del resultado: las tarjetas de configuración, por qué este puerto, qué más funciona, qué se
### probó y los archivos que guardar.

result-for = Para { $name } <{ $email }>
copy-all = Copiar todo
copy-all-tip = Copiar la configuración entrante y saliente
what-we-tried = Qué probamos
working = Trabajando
finishing = Terminando la comprobación…
still-checking-others =
    { $count ->
        [one] Aún se comprueba { $count } conexión más en busca de otras configuraciones que también funcionen; no pueden cambiar estas.
       *[other] Aún se comprueban { $count } conexiones más en busca de otras configuraciones que también funcionen; no pueden cambiar estas.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Aún se comprueba { $count } conexión para su configuración de correo entrante.
               *[other] Aún se comprueban { $count } conexiones para su configuración de correo entrante.
            }
        [outgoing]
            { $count ->
                [one] Aún se comprueba { $count } conexión para su configuración de correo saliente.
               *[other] Aún se comprueban { $count } conexiones para su configuración de correo saliente.
            }
       *[both]
            { $count ->
                [one] Aún se comprueba { $count } conexión para su configuración de correo entrante y saliente.
               *[other] Aún se comprueban { $count } conexiones para su configuración de correo entrante y saliente.
            }
    }
stop = Detener
stop-tip = Detener las comprobaciones restantes

files-need-both =
    Los archivos para programas de correo necesitan una configuración entrante y saliente verificada:
    escriba su contraseña y compruebe de nuevo, o copie la configuración de arriba.
save-thunderbird = Guardar archivo de Thunderbird…
save-apple = Guardar perfil de Apple Mail…
save-text = Guardar informe de texto…
save-json = Guardar informe JSON…
files-need-both-tip = Los programas de correo solo aceptan un archivo de configuración con servidores entrante y saliente verificados.
profile-no-sign-in =
    Apple Mail solo inicia sesión con un proveedor (OAuth2) en cuentas de Google y de Microsoft, y un perfil
    no puede llevar un inicio de sesión: añada la cuenta a mano en Apple Mail con esta configuración
files-incomplete =
    un programa de correo necesita una configuración entrante y saliente verificada (cifrada), y esta
    comprobación no verificó ambas
check-again = Comprobar de nuevo
change-details = Cambiar datos
change-details-tip = Volver a los datos de su cuenta (Esc)

card-incoming = Correo entrante ({ $protocol })
card-outgoing = Correo saliente (SMTP)
card-stopped-certain = Algunas comprobaciones de menor prioridad se detuvieron antes; no pueden cambiar esta recomendación.
card-stopped-uncertain = La comprobación se detuvo antes de estar segura: podría haberse encontrado una configuración mejor.
card-plaintext = Atención: solo funciona SIN cifrado: su contraseña y sus mensajes se pueden leer en la red.
card-exception =
    Solo funciona con el certificado que aceptó a mano: ninguna autoridad de certificación lo respalda. Su
    programa de correo también le avisará; acéptelo allí solo si muestra esta huella:
enter-as-my-server = Escribir { $host } como mi servidor
enter-as-my-server-tip = Volver al formulario con este servidor escrito; no se envía nada hasta que compruebe
send-password-to = Enviar mi contraseña a { $hosts } y comprobar de nuevo
send-password-to-tip = Solo para esta comprobación y solo a los servidores nombrados: nada que los respalde los nombró
verified-signed-in = Verificado al iniciar sesión: el servidor aceptó su inicio de sesión por una conexión cifrada.
verified-password = Verificado: el servidor aceptó su contraseña por una conexión cifrada.
connection-only = La conexión cifrada funciona. Su contraseña no se comprobó (no se escribió ninguna).
copy-field-name =
    { $direction ->
        [incoming] { $field } entrante
       *[outgoing] { $field } saliente
    }
copy-settings =
    { $direction ->
        [incoming] Copiar la configuración entrante
       *[outgoing] Copiar la configuración saliente
    }

why-port = ¿Por qué el puerto { $port }?
why-port-and = ¿Por qué el puerto { $port } e { $protocol }?
why-tls =
    SSL/TLS (TLS implícito) y STARTTLS cifran su correo. Con SSL/TLS no se dice nada antes de que empiece el
    cifrado, así que nada se puede manipular por el camino; por eso la RFC 8314 lo prefiere.
why-starttls =
    STARTTLS empieza sin cifrar y luego cambia a cifrado. Mantenga «STARTTLS» (no «STARTTLS, si está
    disponible») para que su programa de correo se niegue a enviar la contraseña si el cifrado falla
    alguna vez. Puede que lea que el puerto 465 está «obsoleto»: ese consejo es anterior a la RFC 8314
    (2018), que volvió a hacer de 465 el puerto preferido. Simplemente no es el que funciona con este
    servidor.
why-plaintext =
    Sin cifrado, cualquiera en el camino de la red puede leer su contraseña y sus mensajes. Pida a su
    proveedor una configuración cifrada (puerto 465 o 587).
also-works-heading = También funciona:
also-works-line = { $protocol } { $host } puerto { $port } con { $security }
also-works-line-but = { $protocol } { $host } puerto { $port } con { $security } ({ $caveat })

card-still-checking-incoming = Correo entrante: aún comprobando
card-still-checking-outgoing = Correo saliente: aún comprobando
card-still-checking = Aún puede responder una configuración mejor. Aparecerá aquí en cuanto sea segura.
card-nothing-incoming = Correo entrante: no se encontró ninguna configuración que funcione
card-nothing-outgoing = Correo saliente: no se encontró ninguna configuración que funcione
try-again-with = Volver a probar con { $host }
fingerprint-compare = Huella del certificado (SHA-256), para compararla con la que publica su proveedor:
fingerprint-own-ca =
    Si es la autoridad de certificación propia de su organización, añada su certificado en Avanzado >
    Certificado de confianza adicional y compruebe de nuevo. Su contraseña nunca se envía a un servidor
    cuyo certificado no se pudo verificar.
fingerprint-accept-warning =
    Si su proveedor o administrador le dio exactamente esta huella, puede aceptar este certificado para
    una comprobación. Si no es suyo, quien lo creó obtendría su contraseña.
accept-certificate = Aceptar este certificado para una comprobación
accept-certificate-tip = Comprobar de nuevo, enviando la contraseña a un servidor con este certificado
change-password = Cambiar contraseña
enter-server-name = Escribir el nombre del servidor
sign-in-with-provider = Iniciar sesión con su proveedor
sign-in-with-provider-tip = Su navegador abre la página de inicio de sesión de su proveedor; los servidores se comprueban con ella
fingerprint-tip = Huella SHA-256 del certificado del servidor

details = Detalles
details-of = Detalles de { $attempt }
detail-address = Dirección
detail-phase = Llegó hasta
detail-time = Tiempo
detail-milliseconds = { $ms } ms
detail-server-said = El servidor dijo
detail-greeting = Saludo
detail-capabilities = Capacidades
detail-certificate-for = Certificado para
detail-and-more = { $names } y { $count } más
detail-issued-by = Emitido por
detail-valid = Válido
detail-valid-range = del { $from } al { $to }
detail-sha256 = SHA-256
detail-all-names = Los { $count } nombres del certificado
phase-name-queued = sin empezar
phase-name-resolve = la búsqueda del nombre
phase-name-connect = la conexión
phase-name-tls = la negociación TLS
phase-name-greeting = el saludo
phase-name-capabilities = la pregunta de qué ofrece el servidor
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = la nueva pregunta por TLS
phase-name-ready = una conexión que funciona
phase-name-auth = el inicio de sesión
phase-name-done = el final: todo funcionó

no-dialog-certificate = En este escritorio no se puede abrir ningún diálogo de archivos: escriba la ruta del archivo del certificado en Avanzado.
saved-to = Guardado en { $path }
saved-in-downloads = En este escritorio no se puede abrir ningún diálogo de archivos, así que el archivo se guardó en su carpeta Descargas: { $path }
no-dialog-nowhere = Aquí no se puede abrir ningún diálogo de archivos, y no hay carpeta Descargas ni carpeta personal donde guardar. Use Copiar en su lugar.
could-not-save = No se pudo guardar { $path }: { $error }
choose-certificate-title = Elegir un certificado de confianza (PEM)
certificate-files = Certificados
