### El informe de texto: lo que muestra `mailsetup probe` y la exportación «informe de texto» de la ventana.

outcome-ok = funciona
outcome-auth-failed = contraseña rechazada
outcome-auth-temporary = ahora no se puede iniciar sesión (problema del servidor)
outcome-auth-disabled = inicio de sesión con contraseña desactivado por el proveedor
outcome-web-login-required = primero inicie sesión en la página web
outcome-app-password-required = se necesita una contraseña de aplicación
outcome-oauth-required = se necesita iniciar sesión en el navegador (OAuth2)
outcome-auth-unavailable = no ofrece inicio de sesión
outcome-plaintext-auth-refused = inicio de sesión solo sin cifrado (contraseña no enviada)
outcome-starttls-unavailable = no ofrece cifrado
outcome-cert-untrusted = certificado no fiable
outcome-cert-expired = certificado caducado
outcome-cert-name-mismatch = el certificado es de otro nombre
outcome-tls-failed = falló el cifrado
outcome-wrong-mode = habla el otro tipo de conexión
outcome-refused = cerrado
outcome-server-busy = servidor ocupado
outcome-service-refused = el servidor niega el servicio
outcome-timeout = sin respuesta
outcome-dns-failed = no existe ese servidor
outcome-protocol-error = respuesta impropia de un servidor de correo
outcome-cancelled = cancelado
outcome-skipped = no probado
cause-closed-after-login = inicio de sesión aceptado, después el servidor cerró la sesión
cause-plaintext-only = sin ningún cifrado
cause-pipelined-answer = respondió antes de que se le preguntara
cause-preauth = afirma un inicio de sesión antes de cualquier contraseña
cause-login-unanswered = contraseña enviada, sin respuesta
cause-access-disabled = desactivado en la configuración del proveedor
cause-login-spared = ofrece inicio de sesión; no probado, para proteger su cuenta
cause-mechanism-refused = rechazó el método de inicio de sesión que ofrecía
cause-unreachable = sin ruta hasta él

report-short-reason = { $words }.

report-server-type = Tipo de servidor:
report-server = Servidor:
report-port = Puerto:
report-security = Seguridad de la conexión:
report-authentication = Autenticación:
report-username = Nombre de usuario:
report-certificate = Certificado SHA-256:
report-auth-oauth = OAuth2 (iniciar sesión con su proveedor)
report-auth-password = Contraseña normal
report-auth-unchecked = (no comprobado)

report-cancelled = Se detuvo antes de terminar la comprobación; esto es lo que se encontró hasta entonces.
report-works-plaintext =
    { $direction ->
        [incoming] El correo entrante solo funciona SIN cifrado:
       *[outgoing] El correo saliente solo funciona SIN cifrado:
    }
report-works-exception =
    { $direction ->
        [incoming] El correo entrante solo funciona con el certificado que aceptó a mano:
       *[outgoing] El correo saliente solo funciona con el certificado que aceptó a mano:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Configuración de correo entrante recomendada (conexión comprobada, contraseña no comprobada):
       *[outgoing] Configuración de correo saliente recomendada (conexión comprobada, contraseña no comprobada):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Configuración de correo entrante recomendada (verificada al iniciar sesión con su proveedor):
       *[outgoing] Configuración de correo saliente recomendada (verificada al iniciar sesión con su proveedor):
    }
report-recommended =
    { $direction ->
        [incoming] Configuración de correo entrante recomendada (verificada: se aceptó su contraseña):
       *[outgoing] Configuración de correo saliente recomendada (verificada: se aceptó su contraseña):
    }
report-found-private =
    { $direction ->
        [incoming] Configuración de correo entrante encontrada en una dirección local o de red privada (la contraseña no se envió):
       *[outgoing] Configuración de correo saliente encontrada en una dirección local o de red privada (la contraseña no se envió):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Configuración de correo entrante encontrada que necesita su confirmación (la contraseña no se envió):
       *[outgoing] Configuración de correo saliente encontrada que necesita su confirmación (la contraseña no se envió):
    }
report-if-own-server = Si es el servidor propio de su organización:
report-to-send-there = Para enviar allí la contraseña:
report-why = Por qué:
report-also-works =
    { $direction ->
        [incoming] También funciona (entrante):
       *[outgoing] También funciona (saliente):
    }
report-looked-for = Dónde se buscaron los servidores:
report-else-tried = Qué más se probó:

report-lookup-found = encontrado
report-lookup-nothing = nada
report-lookup-timeout = sin respuesta
report-lookup-failed = falló
report-lookup-ignored = IGNORADO
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = Archivo de Thunderbird
cli-apple-profile = Perfil de Apple
cli-wrote = { $what } escrito en { $path }
cli-not-written = { $what } no escrito: { $why }.
cli-password-prompt = Contraseña de { $email }:{ " " }
cli-sign-in-open =
    Inicie sesión con su proveedor ({ $issuer }) en su navegador. Si no se abre ningún navegador, abra esta
    dirección:
cli-sign-in-waiting = Esperando a que inicie sesión (Ctrl-C detiene)…
cli-no-browser = (aquí no se pudo abrir ningún navegador: { $error })
cli-signed-in = Sesión iniciada; se comprueban los servidores con ella.
cli-unknown-language = No hay idioma «{ $tag }» aquí; se habla { $spoken }.
cli-give-the-name = Para indicar el nombre:
cli-recommended = => { $setting } funciona; terminando las demás comprobaciones (Ctrl-C las detiene)
cli-lookup = búsqueda
cli-with-exception = , con el certificado que usted aceptó
cli-timeout-range = --timeout debe estar entre 0 y 600 segundos
cli-ispdb-https = --ispdb debe ser una URL https:// (una respuesta por http simple podría falsificarse)
cli-no-password =
    no hay contraseña: escríbala cuando se le pida, pásela con --password-stdin, defina MAILSETUP_PASSWORD,
    o use --no-auth para comprobar solo las conexiones
cli-empty-password = la contraseña está vacía (--no-auth comprueba solo las conexiones)
cli-password-too-long = la primera línea de la entrada estándar es demasiado larga para una contraseña
cli-password-not-utf8 = la contraseña no es texto UTF-8
cli-cannot-write = no se puede escribir { $path }: { $error }
cli-window-failed = La línea de órdenes sigue funcionando: mailsetup probe DIRECCIÓN (vea mailsetup --help).
cli-no-window-build = Esta versión no tiene ventana (compilada sin la función «gui»). Use: mailsetup probe DIRECCIÓN
cli-error = error: { $error }
cli-error-more = Más información: { $help }
cli-error-unknown-argument = no existe la opción { $argument }
cli-error-unknown-command = no existe la orden { $command }
cli-error-invalid-value = «{ $value }» no es un valor para { $argument }
cli-error-invalid-value-why = «{ $value }» no es un valor para { $argument }: { $why }
cli-error-missing = falta { $argument }
cli-error-conflict = { $argument } no se puede usar con { $other }
cli-error-similar = (¿quiso decir { $similar }?)
cli-not-dns-server = { $text } no es ADDR ni ADDR:PORT
cli-not-fingerprint = { $text } no es una huella SHA-256 (64 dígitos hexadecimales, p. ej. AB:CD:...)
cli-not-host-addr = { $text } no es HOST:ADDR
cli-not-ip-address = { $text } no es una dirección IP
