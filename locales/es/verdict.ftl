### Qué significa cada resultado, por qué se eligió una configuración y por qué no funciona nada.

protection-tls = cifrada desde el principio (SSL/TLS)
protection-starttls = cifrada con STARTTLS
protection-plain = NO cifrada

works-signed-in = Funciona: la conexión está { $protection } y el servidor aceptó su inicio de sesión con su proveedor.
works-password = Funciona: la conexión está { $protection } y se aceptó la contraseña.
works-unchecked = La conexión funciona y está { $protection }. La contraseña no se comprobó.
auth-failed =
    El servidor rechazó el nombre de usuario o la contraseña. Compruebe ambos; algunos proveedores también
    exigen una «contraseña de aplicación», creada en su configuración web, en lugar de su contraseña
    habitual.
auth-temporary =
    El servidor no pudo comprobar la contraseña en este momento (un problema temporal de su lado, no una
    contraseña incorrecta). Vuelva a intentarlo en unos minutos.
auth-disabled =
    Su proveedor ha desactivado en esta cuenta el inicio de sesión con contraseña desde programas de correo
    (Microsoft 365 lo llama «SMTP AUTH»). Su contraseña puede ser correcta: el administrador del correo de
    su organización puede activarlo para su buzón, o su programa de correo debe iniciar sesión con OAuth2.
web-login-required =
    Su proveedor quiere que inicie sesión una vez en su página web antes de que los programas de correo
    puedan hacerlo (Google: «Please log in via your web browser»). Inicie sesión en su correo en un
    navegador, conteste las preguntas de seguridad y vuelva a intentarlo; con la verificación en dos pasos,
    use una contraseña de aplicación.
app-password-required =
    Su proveedor no acepta su contraseña habitual desde programas de correo. Cree una «contraseña de
    aplicación» (contraseña específica de aplicación) en la configuración de seguridad de su cuenta y úsela
    en su lugar.
oauth-required =
    Este servidor solo acepta iniciar sesión en la página web de su proveedor (OAuth2), no una contraseña
    escrita, así que su contraseña no se envió. En Thunderbird, elija «OAuth2» como método de
    autenticación; en Apple Mail, añada la cuenta de nuevo como cuenta de Google o de Microsoft; la
    configuración IMAP del Outlook clásico no tiene OAuth2, así que añádala también allí como cuenta de
    Microsoft o de Google.
no-login-incoming = El puerto { $port } no ofrece un inicio de sesión que puedan usar los programas de correo, así que su correo no se puede leer por él.
no-login-outgoing = El puerto { $port } no ofrece inicio de sesión, así que un programa de correo no puede enviar por él con su cuenta.
no-login-port-25 =
    El puerto { $port } no ofrece inicio de sesión, así que un programa de correo no puede enviar por él con
    su cuenta (el puerto 25 es para que los servidores de correo hablen entre sí).
plaintext-auth-refused =
    El puerto { $port } aceptaría su contraseña sin cifrado, así que no la enviamos. Cualquiera en la red
    podría leerla allí.

starttls-unavailable = El puerto { $port } no ofrece cifrado (STARTTLS), así que no es seguro.
cert-self-signed =
    El certificado del servidor es autofirmado (nadie lo respalda), así que no podemos estar seguros de
    que sea de verdad su servidor de correo. La contraseña no se envió. Si su organización usa su propia
    autoridad de certificación, añádala como certificado de confianza.
cert-untrusted =
    El certificado del servidor no lo emitió una autoridad de confianza, así que no podemos estar seguros
    de que sea de verdad su servidor de correo. La contraseña no se envió. Si su organización usa su propia
    autoridad de certificación, añádala como certificado de confianza.
cert-expired =
    El certificado del servidor no es válido en esta fecha (caducado o aún no válido). La contraseña no se
    envió. El proveedor debe renovarlo; compruebe también que la fecha de su ordenador es correcta.
cert-no-name = El certificado del servidor no es válido para el nombre { $host }. La contraseña no se envió.
cert-other-name =
    El certificado del servidor es válido para { $names }, no para { $host }. Use ese nombre como servidor;
    la contraseña no se envió.
tls-failed = No se pudo establecer la conexión cifrada en el puerto { $port }.
wrong-mode-wants-starttls =
    El puerto { $port } espera STARTTLS (primero un saludo sin cifrar, luego cifrado), no SSL/TLS desde el
    principio.
wrong-mode-wants-tls = El puerto { $port } espera SSL/TLS desde el principio, no STARTTLS.

refused = Nada responde en el puerto { $port } de este servidor: el puerto está cerrado.
server-busy = El servidor del puerto { $port } está ocupado y rechazó la conexión por ahora. Vuelva a intentarlo en unos minutos.
service-refused =
    El servidor del puerto { $port } niega el servicio a su conexión. Los proveedores lo hacen con
    direcciones de sus listas de bloqueo o de fuera de su red; pregunte a su proveedor o pruebe desde otra
    red.
timeout-port-25 = Sin respuesta: los proveedores de internet suelen bloquear el puerto 25.
timeout-connect = Sin respuesta en el puerto { $port }: puede que un cortafuegos de su red o del servidor lo bloquee.
timeout-login =
    El servidor no respondió a tiempo al inicio de sesión. Puede que esté frenando los inicios de sesión
    tras contraseñas incorrectas anteriores; espere unos minutos y vuelva a intentarlo.
timeout-midway =
    El servidor del puerto { $port } dejó de responder a mitad de camino o respondió demasiado despacio
    para el tiempo límite. Si solo es lento, compruebe de nuevo con un tiempo límite mayor por paso.
dns-failed = El nombre { $host } no existe (o su red no puede buscarlo).
protocol-error = El servidor del puerto { $port } no se comportó como un servidor de correo, así que nos detuvimos por seguridad.
cancelled = Se detuvo antes de terminar.
not-tried = No probado.

not-confirmed-dns =
    El puerto { $port } funciona, con un certificado válido para { $host }. Pero solo { $source } nombró
    este servidor, y no está en el dominio de su dirección. Las respuestas del DNS se pueden falsificar, así
    que su contraseña no se envió allí. Si { $host } es el servidor de su proveedor, confírmelo y compruebe
    de nuevo.
not-confirmed-redirect =
    El puerto { $port } funciona, con un certificado válido para { $host }. Pero { $source } nos envió a otro
    sitio web para ello, y el servidor no está en el dominio de su dirección. Un desvío así se puede
    falsificar, así que su contraseña no se envió allí. Si { $host } es el servidor de su proveedor,
    confírmelo y compruebe de nuevo.
private-address =
    El puerto { $port } de { $host } funciona, pero { $host } está en este ordenador o en una red privada
    ({ $address }), mientras que el dominio de su dirección está en internet. Una búsqueda que apunta allí
    es lo que haría una red hostil o una respuesta falsificada para capturar una contraseña, así que la suya
    no se envió. Si es el servidor propio de su organización, escríbalo como su servidor y compruebe de
    nuevo.
private-address-unknown = una dirección local
password-refused-elsewhere =
    No comprobado: { $host } ya rechazó su contraseña en otro puerto, y un intento más podría bloquear su
    cuenta. Compruebe la contraseña (y el nombre de usuario) y vuelva a intentarlo.
pipelined-answer =
    El servidor del puerto { $port } envió una respuesta antes de que se le hiciera la pregunta. Un servidor
    de verdad nunca lo hace; es lo que hace un atacante entre usted y el servidor para falsificar un «sí»,
    o un servidor muy defectuoso. Nada de lo que dijo cuenta, y nos detuvimos.
pipelined-answer-before-password =
    El servidor del puerto { $port } envió una respuesta antes de que se le hiciera la pregunta. Un servidor
    de verdad nunca lo hace; es lo que hace un atacante entre usted y el servidor para falsificar un «sí»,
    o un servidor muy defectuoso. Nada de lo que dijo cuenta, y nos detuvimos antes de enviar su
    contraseña.
preauth-tls =
    El servidor del puerto { $port } dice que usted ya ha iniciado sesión antes de dar ninguna contraseña
    (IMAP «PREAUTH»). Así que aquí no se puede comprobar el inicio de sesión, y la contraseña no se envió.
    Los programas de correo lo tratan como un error; avise a su proveedor.
preauth-plain =
    El servidor del puerto { $port } dice que usted ya ha iniciado sesión antes de dar ninguna contraseña
    (IMAP «PREAUTH»), lo que también impide el cifrado. En una red normal es el truco de un atacante para
    mantener la conexión sin cifrar, así que la contraseña no se envió. Use SSL/TLS en el puerto 993.
missing-intermediate =
    El servidor envió su certificado sin el certificado intermedio que lo enlaza con una autoridad de
    confianza ({ $issuer }). Es un error en la configuración del servidor, no de su lado: el proveedor
    debe instalar la cadena de certificados completa. La contraseña no se envió.
no-subject-alt-name =
    El certificado del servidor nombra { $host } solo en su antiguo campo «nombre común» y no tiene
    subjectAltName, que exigen los navegadores y los programas de correo actuales. Ningún otro nombre de
    servidor ayudaría: el proveedor debe sustituir el certificado. La contraseña no se envió.
weak-key =
    El certificado del servidor usa una clave o firma demasiado débil para confiar en ella hoy (por ejemplo
    una clave RSA de 1024 bits). El proveedor debe sustituirlo. La contraseña no se envió.
old-tls-version =
    El servidor del puerto { $port } cortó la conexión cuando debía empezar el cifrado. Los servidores lo
    hacen cuando solo hablan versiones antiguas del cifrado (TLS 1.0 o 1.1), que ya no son seguras y que
    los programas de correo actuales rechazan. El proveedor debe actualizar el servidor.
client-certificate-required =
    El servidor del puerto { $port } pide un certificado de cliente (un certificado instalado en su
    ordenador, que usan algunas empresas) en lugar de una contraseña o antes de ella. Pídaselo a su
    administrador.
tls-broken-on-server =
    El puerto { $port } ofrece cifrado (STARTTLS) pero no pudo iniciarlo («TLS not available»): un problema
    del servidor, a menudo un certificado o una clave que no puede leer. Avise al proveedor; vuelva a
    intentarlo más tarde.
plaintext-only = El puerto { $port } responde sin ningún cifrado y tampoco ofrece STARTTLS, así que no es seguro.
other-mechanisms =
    El puerto { $port } solo ofrece el inicio de sesión con { $offered }, que envía una prueba de la
    contraseña en lugar de la contraseña. Los programas de correo lo llaman «{ $program }». Este programa no
    puede verificar la contraseña de esa forma, así que no se comprobó.
mechanisms-or = { $first } o { $second }
mechanism-own = un método propio
mechanism-encrypted-password = Contraseña cifrada
unreachable = No hay camino desde esta red hasta { $host } (red o host inalcanzable: sin ruta), así que no se sabe nada del puerto { $port }: no se dice que esté cerrado.
login-not-permitted =
    El servidor del puerto { $port } no permite iniciar sesión en esta conexión (respondió 530). Puede que su
    administrador solo permita iniciar sesión desde ciertas redes o para ciertas cuentas; pregunte a su
    proveedor.
closed-after-login =
    El servidor del puerto { $port } aceptó el inicio de sesión y luego cerró la sesión, así que ahora no
    puede enviar correo. Es un problema del lado del servidor; vuelva a intentarlo más tarde o avise a su
    proveedor.
tls-required =
    El servidor del puerto { $port } quiere una conexión cifrada antes de aceptar un inicio de sesión;
    rechazó el nombre de usuario, así que la contraseña no se envió. Use una configuración con SSL/TLS o
    STARTTLS.
access-disabled =
    Su proveedor tiene desactivado el acceso { $protocol } para esta cuenta, así que los programas de correo
    no pueden iniciar sesión con él (su contraseña puede ser correcta). Actívelo en la configuración de su
    correo web (Gmail: Configuración → Ver todos los ajustes → Reenvío y correo POP/IMAP; Microsoft 365: su
    administrador, en las aplicaciones de correo del buzón) y compruebe de nuevo.
mechanism-refused =
    El servidor del puerto { $port } ofreció una forma de iniciar sesión ({ $mechanism }) y luego la rechazó
    él mismo, sin juzgar la contraseña: un error en la configuración del servidor. Ninguna otra forma de
    iniciar sesión funcionó allí.
mechanism-its-login = su inicio de sesión
login-spared =
    El puerto { $port } funciona ({ $protection }) y ofrece inicio de sesión; no se probó, para proteger su
    cuenta: otra configuración ya estaba verificada, y los proveedores pueden bloquear o marcar una cuenta
    tras muchos inicios de sesión desde un programa nuevo. Para iniciar sesión en todas las
    configuraciones, elija «Verificar todas las configuraciones» (línea de órdenes: --verify-all).
sign-in-refused-elsewhere =
    No comprobado: { $host } ya rechazó su inicio de sesión en otro puerto, y un intento más podría bloquear
    su cuenta. Inicie sesión de nuevo, con la cuenta propia de esta dirección.
sign-in-refused =
    El servidor del puerto { $port } rechazó su inicio de sesión. Puede que la cuenta con la que inició
    sesión en el navegador no sea la de esta dirección, o que su proveedor no le permita usar programas de
    correo; inicie sesión de nuevo con la cuenta propia de esta dirección.
login-unanswered =
    La contraseña se envió en el puerto { $port }, pero el servidor no respondió a tiempo. Los servidores
    se frenan a propósito tras contraseñas incorrectas, así que esto cuenta como un inicio de sesión
    fallido: para proteger su cuenta, no se probó en más puertos. Compruebe la contraseña, espere unos
    minutos y vuelva a intentarlo.

choice-tls =
    El puerto { $port } con SSL/TLS («TLS implícito») cifra la conexión desde el primer byte. La RFC 8314
    (2018) recomienda exactamente esto para los programas de correo.
choice-starttls =
    El puerto { $port } saluda sin cifrar y luego la conexión cambia a cifrado con STARTTLS. Es tan seguro
    como SSL/TLS siempre que su programa de correo exija STARTTLS; así la contraseña solo se envía cifrada.
choice-imap =
    IMAP guarda su correo en el servidor, así que cada dispositivo que use (ordenador, teléfono, correo web)
    ve las mismas carpetas, marcas de leído y correo enviado.
choice-pop3 =
    Aquí solo funciona POP3: descarga su correo en este dispositivo (y normalmente lo borra del servidor),
    así que otros dispositivos no verán el mismo correo. Sirve para un solo ordenador o un buzón lleno;
    para varios dispositivos, pregunte a su proveedor por IMAP.
choice-smtp-465 =
    El puerto 465 con SSL/TLS («TLS implícito») cifra la conexión desde el primer byte, antes de que su
    programa de correo y el servidor intercambien nada. La RFC 8314 (2018) recomienda exactamente esto para
    los programas de correo. Los artículos que llaman «obsoleto» al puerto 465 se escribieron antes de 2018
    y están desfasados.
choice-smtp-tls =
    El puerto { $port } con SSL/TLS: la conexión está cifrada desde el primer byte, como recomienda la
    RFC 8314 para los programas de correo.
choice-smtp-587 =
    El puerto 587 es el puerto estándar para enviar correo desde un programa de correo (RFC 6409). El
    servidor saluda sin cifrar y luego la conexión cambia a cifrado con STARTTLS. Es tan seguro como el
    puerto 465 siempre que su programa exija STARTTLS (no «STARTTLS, si está disponible»); así la
    contraseña solo se envía cifrada.
choice-smtp-2525 =
    El puerto 2525 no es un puerto de correo oficial, pero muchos proveedores lo ofrecen porque algunas
    redes bloquean los oficiales. La conexión cambia a cifrado con STARTTLS antes de enviar la contraseña.
choice-smtp-25 =
    El puerto 25 es para que los servidores de correo hablen entre sí, y muchos proveedores de internet lo
    bloquean en conexiones domésticas y móviles, así que puede dejar de funcionar al cambiar de red. Aquí
    funciona, con cifrado STARTTLS, porque nada mejor funcionó.
choice-smtp-starttls = El puerto { $port } funciona con STARTTLS: la conexión cambia a cifrado antes de enviar la contraseña.
choice-better-failed = El puerto { $port } ({ $security }) sería preferible, pero no funcionó: { $why }
choice-misconfigured =
    Nota: el puerto { $port } suele usar { $usual }; este servidor habla { $security } en él, un error en su
    configuración. Configure su programa de correo exactamente como se muestra, o el proveedor podría
    corregirlo algún día y romper esta configuración.
choice-other-misconfigured =
    El puerto { $port } también responde, pero con { $security } donde los programas de correo esperan
    { $usual }: un error en la configuración del servidor, así que no se recomienda.
also-works = También funciona: puerto { $port } con { $security }.
also-works-but = También funciona: puerto { $port } con { $security } ({ $caveat }).
plaintext-warning =
    Atención: el puerto { $port } solo funciona SIN cifrado. Su contraseña y su correo viajan legibles para
    cualquiera en el camino de la red. Usted permitió esta comprobación; úsela solo en una red de confianza
    y pida a su proveedor una configuración cifrada.
certificate-exception-warning =
    Atención: esto solo funciona porque usted aceptó el certificado del servidor por su huella; ninguna
    autoridad de certificación lo respalda. Su programa de correo también le avisará: acéptelo allí solo si
    muestra la misma huella.

caveat-insecure = sin cifrar: evítelo
caveat-certificate = solo con el certificado que aceptó a mano
caveat-login-spared = ofrece inicio de sesión; no probado, para proteger su cuenta

found-through = Encontrado mediante { $source }.
source-user = el servidor que usted escribió
source-autoconfig = el archivo de configuración de su proveedor
source-well-known = el archivo de configuración del sitio web de su proveedor
source-ispdb = la base de datos de proveedores de Thunderbird
source-mx = el proveedor que gestiona el correo de su dominio (su registro MX)
source-srv = el DNS de su dominio (registros SRV)
source-guess = una suposición a partir del dominio de su dirección
source-control = un nombre que no puede existir

list-and = { $first } y { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] No se pudieron comprobar los servidores entrantes: este ordenador parece estar sin conexión.
       *[outgoing] No se pudieron comprobar los servidores salientes: este ordenador parece estar sin conexión.
    }
diagnosis-offline-advice = Cuando esté conectado, compruebe de nuevo; nada aquí indica que la configuración sea incorrecta.
diagnosis-blocked = Ningún servidor respondió.
diagnosis-blocked-advice =
    Puede que su red o un cortafuegos bloquee las conexiones de correo. Pruebe otra red (por ejemplo, el
    punto de acceso de un teléfono) o pregunte al administrador de su red.
diagnosis-no-such-server =
    { $direction ->
        [incoming] No existe ninguno de los nombres de servidor entrante.
       *[outgoing] No existe ninguno de los nombres de servidor saliente.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Compruebe cómo está escrito «{ $domain }» en su dirección. Si es correcto, compruebe de nuevo con
            el nombre del servidor entrante de su proveedor; suele estar en sus páginas de ayuda.
       *[outgoing]
            Compruebe cómo está escrito «{ $domain }» en su dirección. Si es correcto, compruebe de nuevo con
            el nombre del servidor saliente de su proveedor; suele estar en sus páginas de ayuda.
    }
diagnosis-other =
    { $direction ->
        [incoming] No se encontró ninguna configuración de correo entrante que funcione.
       *[outgoing] No se encontró ninguna configuración de correo saliente que funcione.
    }
diagnosis-other-advice = Más abajo verá lo que se probó en cada servidor y puerto.
diagnosis-app-password = Su proveedor pide una contraseña de aplicación.
diagnosis-auth-disabled = Su proveedor ha desactivado el inicio de sesión con contraseña en esta cuenta.
diagnosis-web-login = Su proveedor quiere que primero inicie sesión en su página web.
diagnosis-sign-in-refused = No se aceptó su inicio de sesión con su proveedor.
diagnosis-wrong-password = No se aceptó la contraseña (o el nombre de usuario).
diagnosis-password-refused-by = No comprobado: { $host } rechazó la contraseña.
diagnosis-oauth = Su proveedor quiere que inicie sesión en su página web.
diagnosis-no-subject-alt-name = El servidor { $host } presenta un certificado que los programas actuales rechazan.
diagnosis-name-mismatch = El servidor { $host } presenta un certificado para otro nombre.
diagnosis-cert-expired = El certificado del servidor no es válido en esta fecha.
diagnosis-cert-untrusted = El certificado del servidor no es de confianza.
diagnosis-plaintext-only = El servidor solo ofrece iniciar sesión sin cifrado.

skipped-plaintext-not-needed = No probado: funciona una configuración cifrada, así que la contraseña no se envió aquí sin cifrado.
skipped-plaintext-used =
    No probado: el permiso cubre una comprobación sin cifrado para { $protocol }, y la contraseña ya se
    envió sin cifrado en el puerto { $port }.
skipped-ruled-out =
    No probado: { $provider } ya dijo que esta contraseña no se puede usar así (vea su respuesta en el otro
    puerto), y más inicios de sesión solo contarían en contra de la cuenta.
skipped-own-mode = No hace falta: el puerto respondió al final en su propio modo.
