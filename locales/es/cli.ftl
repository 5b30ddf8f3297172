### La ayuda de la línea de órdenes (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: encuentra la configuración de correo entrante (IMAP, POP3) y saliente (SMTP) que de verdad funciona, y explica por qué.
cli-usage = mailsetup [OPCIONES] [ORDEN]
cli-usage-line = Uso: { $usage }
cli-commands = Órdenes:
cli-arguments = Argumentos:
cli-options-heading = Opciones:
cli-help = Mostrar la ayuda
cli-version = Mostrar la versión
cli-default = Por omisión: { $value }.
cli-without-command = Sin una orden, se abre la ventana de configuración.
cli-examples = Ejemplos:
cli-example-window = abrir la ventana de configuración
cli-example-probe = comprobar, pidiendo la contraseña
cli-example-no-auth = comprobar solo las conexiones
cli-example-json = comprobar con la contraseña de un script e imprimir JSON

cli-arg-resolve = Para la ventana: usar ADDR para HOST en lugar del DNS (repetible), para comprobar un servidor antes de que el DNS apunte a él.
cli-arg-ca-file = Para la ventana: certificado(s) de confianza adicional(es) en PEM, p. ej. la CA de una empresa.
cli-arg-dns = Para la ventana: preguntar a este servidor DNS en lugar del del sistema.
cli-arg-ispdb = Para la ventana: la base de datos de proveedores a la que preguntar (https).
cli-arg-no-lookup = Para la ventana: no buscar nada (solo las suposiciones y los servidores indicados).
cli-arg-lang =
    El idioma de la ventana y de las explicaciones (informe, «explanation» del JSON), como una etiqueta
    como de o ja; por omisión: el del sistema. Las claves JSON y los códigos de resultado siguen en inglés.

cli-probe-about = Comprobar qué configuración de servidor entrante y saliente funciona para una dirección.
cli-probe-usage = mailsetup probe [OPCIONES] <EMAIL>
cli-probe-password-from =
    La contraseña se pide (sin eco), se lee de --password-stdin o de la variable de entorno
    MAILSETUP_PASSWORD; nunca de la línea de órdenes.
cli-probe-exit-status =
    Estado de salida: 0 si cada sentido comprobado (entrante, saliente) tiene una configuración verificada
    (con --no-auth: una conexión segura), 1 en otro caso, 2 si el uso o los datos son incorrectos.
cli-probe-email = Su dirección de correo, p. ej. alice@example.com.
cli-probe-protocols = Solo estos protocolos (repetible): smtp (saliente), imap, pop3 (entrante). Por omisión: los tres.
cli-probe-servers = Servidor a comprobar, para cada protocolo (repetible). Por omisión: smtp./imap./pop.DOMINIO, mail.DOMINIO, DOMINIO.
cli-probe-incoming-servers = Servidor entrante (IMAP, POP3), cuando no es el de --server (repetible).
cli-probe-ports = Puerto a comprobar (repetible). Por omisión: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Nombre de usuario para iniciar sesión. Por omisión: la dirección de correo completa.
cli-probe-timeout = Límite de tiempo para cada paso de una conexión, en segundos.
cli-probe-ca-file = Certificado(s) de confianza adicional(es) en PEM, p. ej. la CA de su empresa.
cli-probe-resolve = Usar ADDR para HOST en lugar del DNS, como curl (repetible).
cli-probe-allow-plaintext =
    Permitir enviar la contraseña SIN cifrado donde un servidor no ofrece nada mejor. Cualquiera en el
    camino de la red podría leerla.
cli-probe-danger-accept-certificates =
    Aceptar un certificado de servidor no fiable (p. ej. autofirmado) por su huella SHA-256 (repetible),
    solo después de compararla con la que publica el administrador del servidor.
cli-probe-no-auth = Comprobar solo las conexiones; no iniciar sesión.
cli-probe-password-stdin = Leer la contraseña de la primera línea de la entrada estándar.
cli-probe-json = Imprimir el informe como JSON (el contrato estable) en lugar de texto.
cli-probe-thunderbird-file = Escribir aquí un archivo de autoconfiguración de Thunderbird (config-v1.1.xml) con la configuración verificada.
cli-probe-apple-profile = Escribir aquí un perfil de configuración de Apple (.mobileconfig) con la configuración verificada.
cli-probe-dns = Preguntar a este servidor DNS (puerto 53 si no se indica) en lugar del del sistema, para cada nombre y cada registro MX y SRV.
cli-probe-ispdb = La base de datos de proveedores de Thunderbird a la que preguntar (se añade el dominio).
cli-probe-no-third-party =
    No preguntar a terceros: ni a la base de datos de proveedores ni, a través del registro MX, al
    proveedor que gestiona el correo del dominio.
cli-probe-no-lookup = No buscar nada: comprobar solo los servidores indicados (--server) o las suposiciones.
cli-probe-trust-discovered =
    Enviar la contraseña a este servidor (repetir, o separar con comas), aunque esté fuera del dominio de
    la dirección y solo el DNS (MX, SRV) o una redirección lo haya nombrado: esas respuestas se pueden
    falsificar. La contraseña no va a ningún otro servidor así.
cli-probe-verify-all =
    Iniciar sesión con cada configuración que funcione, no solo con la recomendada (para servicios de
    soporte). Por omisión, las demás se comprueban hasta su oferta de inicio de sesión, para cuidar la
    cuenta: los proveedores bloquean o marcan cuentas tras ráfagas de inicios de sesión.
cli-probe-oauth =
    Iniciar sesión con su proveedor en el navegador (OAuth2) en lugar de escribir una contraseña; los
    servidores se comprueban con ese inicio de sesión.
cli-probe-oauth-client-id =
    El ID de cliente OAuth2 con el que iniciar sesión (de su proveedor o administrador), donde el proveedor
    no deja que los programas se registren solos.
cli-probe-oauth-tenant = Un inquilino de Microsoft (ID o dominio) cuyo directorio registró el ID de cliente.
cli-probe-oauth-wait = Cuánto esperar a que inicie sesión, en segundos (300 como máximo).
