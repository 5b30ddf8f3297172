### El paso de comprobación: qué se está probando, fase por fase.

checking-title = Comprobando { $email }
checking-elapsed = { $seconds } s
checking-found = Encontrada la configuración { $direction }: { $protocol } { $host } puerto { $port } ({ $security }).
checking-incoming = de entrada
checking-outgoing = de salida
show-now = Mostrar mi configuración ahora
cancel = Cancelar
cancel-tip = Detener la comprobación (Esc)
esc-stops = (Esc también la detiene)

phase-queued = Esperando su turno…
phase-resolve = Buscando el servidor…
phase-connect = Conectando…
phase-tls = Preparando el cifrado…
phase-greeting = Esperando el saludo del servidor…
phase-capabilities = Preguntando qué ofrece el servidor…
phase-starttls = Cambiando a cifrado…
phase-capabilities-tls = Preguntando de nuevo, cifrado…
phase-ready = La conexión funciona; después se comprueba la contraseña…
phase-auth = Comprobando su contraseña…
phase-done = Hecho
trying = Probando
looking = Buscando

signing-in-title = Esperando a que inicie sesión en su navegador
signing-in-finding = Buscando dónde inicia sesión su proveedor
signing-in-opened =
    La página de inicio de sesión de su proveedor en { $host } se abrió en su navegador. Compruebe que su
    navegador muestra ese nombre e inicie sesión allí; esta ventana continuará sola cuando termine (en
    5 minutos como máximo).
signing-in-no-browser = Si no se abrió ningún navegador, abra esta dirección:
copy-address = Copiar dirección
signing-in-cancel-tip = Detener el inicio de sesión (Esc)

lookups-title = Dónde están sus servidores
lookup-autoconfig = Preguntando a su proveedor por su configuración
lookup-well-known = Buscando la configuración en el sitio web de { $domain }
lookup-ispdb = Preguntando a la base de datos de proveedores de Thunderbird
lookup-mx = Buscando adónde va el correo de { $domain }
lookup-srv = Buscando los servidores de correo de { $domain } en el DNS
lookup-guess = Probando los nombres de servidor habituales
lookup-control = Comprobando que el DNS de esta red responde con honestidad
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = solo respondió sin cifrado, así que no se usa
lookup-timeout = sin respuesta a tiempo
lookup-error = no se pudo preguntar
lookup-nothing = no hay nada

attempts-incoming = Correo entrante
attempts-outgoing = Correo saliente
portal-in-the-way = La página de inicio de sesión de esta red se interpone
portal-attempts =
    { $count ->
        [one] { $count } intento no pudo llegar a su servidor
       *[other] { $count } intentos no pudieron llegar a sus servidores
    }
ports-blocked =
    { $count ->
        [one] El puerto { $ports } está bloqueado en esta red
       *[other] Los puertos { $ports } están bloqueados en esta red
    }
blocked-attempts =
    { $count ->
        [one] { $count } intento no obtuvo respuesta
       *[other] { $count } intentos no obtuvieron respuesta
    }
guesses-missing =
    { $count ->
        [one] { $count } otro nombre posible: no existe
       *[other] { $count } otros nombres posibles: ninguno existe
    }
guesses-usual = Los programas de correo también prueban estos nombres; la mayoría de los dominios solo usan algunos.

## Por qué una comprobación no pudo empezar o un inicio de sesión no dio
## ningún token. Un $why son las palabras de una biblioteca, un servidor o el
## sistema, tal como llegaron.
error-invalid-email = { $text } no es una dirección de correo (se espera nombre@dominio, p. ej. alice@example.com)
error-invalid-server = { $text } no es un nombre de servidor
error-invalid-port = el puerto { $port } no es un puerto en el que un servidor pueda escuchar (1 a 65535)
error-empty-username = el nombre de usuario está vacío (omítalo para usar la dirección de correo)
error-ca-file = no se puede usar el archivo de certificados { $path }: { $why }
error-tls = falló la preparación de TLS: { $why }
oauth-no-provider = nada indica un inicio de sesión OAuth2 para { $domain } (no hay <oAuth2> en su archivo de configuración ni en la ISPDB)
oauth-metadata = la descripción del servidor de inicio de sesión (RFC 8414) no sirve: { $why }
oauth-registration = el servidor de inicio de sesión no registró este programa: { $why }
oauth-browser = no se abrió ningún navegador: { $why }
oauth-not-completed = el inicio de sesión no terminó en { $seconds } s; no se comprobó nada
oauth-refused = el proveedor no inició su sesión: { $why }
oauth-mismatch = la respuesta que volvió no era de este inicio de sesión ({ $what }); no se usó nada
oauth-token = el servidor de inicio de sesión no dio ningún token: { $why }
oauth-cancelled = inicio de sesión detenido
oauth-only-google =
    Google solo deja iniciar sesión a los programas que conoce. Use esta configuración con el inicio de
    sesión propio de su programa de correo (Thunderbird: { tb-auth } «OAuth2»; Apple Mail y Outlook: añada
    la cuenta como cuenta de Google), o cree una contraseña de aplicación (requiere la verificación en dos
    pasos) en su cuenta de Google, en Seguridad, y compruebe con ella como contraseña.
oauth-only-microsoft =
    Microsoft solo deja iniciar sesión a los programas que conoce. Use esta configuración con el inicio de
    sesión propio de su programa de correo (Thunderbird: { tb-auth } «OAuth2»; Outlook y Apple Mail: añada
    la cuenta como cuenta de Microsoft). Para una cuenta profesional o educativa, su administrador puede
    registrar una aplicación en Entra ID y darle su ID de cliente ({ advanced }, o --oauth-client-id).
oauth-app-password =
    { $provider } solo deja iniciar sesión a los programas que conoce. Use esta configuración con el inicio
    de sesión propio de su programa de correo (Thunderbird: { tb-auth } «OAuth2»), o cree una contraseña de
    aplicación en { $place }, y compruebe con ella como contraseña.
oauth-place-yahoo = su cuenta de Yahoo, en Account security («Generate app password»)
oauth-place-aol = su cuenta de AOL, en Account security («Generate app password»)
oauth-place-fastmail = Fastmail, en Settings, Privacy & Security («App passwords»)
oauth-no-registration =
    { $issuer } solo deja iniciar sesión a programas conocidos y no ofrece registro: escriba un ID de
    cliente ({ advanced }, o --oauth-client-id) de su proveedor o administrador, o use el inicio de sesión
    propio de su programa de correo (Thunderbird: { tb-auth } «OAuth2»)
oauth-bad-tenant = { $tenant } no es un ID de inquilino ni un dominio
oauth-tenant-not-microsoft = un inquilino sirve solo para el inicio de sesión de Microsoft (login.microsoftonline.com)
oauth-cannot-listen = no se puede escuchar en 127.0.0.1: { $error }
