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
