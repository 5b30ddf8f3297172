### La ventana: su marco (cada paso) y el paso de la cuenta.

## El marco

about = Acerca de
about-title = Acerca de Mail Setup Assistant
about-version = Versión { $version }
about-what =
    Encuentra la configuración de correo entrante y saliente que de verdad funciona, comprueba su
    contraseña solo a través de una conexión cifrada y explica el resultado.
about-password = Su contraseña solo va al servidor de correo que se comprueba y nunca se guarda.
about-finding = Cómo se encuentran sus servidores
about-lookups =
    Si usted no indica un servidor, este programa pregunta: al archivo de configuración de su proveedor
    (su proveedor ve su dirección, como con Thunderbird); al DNS de su dominio (registros MX y SRV); y a
    dos terceros: la base de datos de proveedores de Thunderbird, que solo ve su dominio, y el proveedor
    que gestiona el correo de su dominio, encontrado por su registro MX.
about-third-parties = Preguntar a terceros (la base de datos de Thunderbird, el proveedor de correo de su dominio)
about-licence = Licencia: { $licence }
close = Cerrar
language-name = Español
language-menu = Idioma: { $language }
language-system = Sistema ({ $language })
theme = Tema: { $theme }
theme-system = Sistema
theme-light = Claro
theme-dark = Oscuro
step-account = Su cuenta
step-checking = Comprobación
step-result = Su configuración
step-numbered = { $number }. { $name }
step-spoken = Paso { $number } de { $count }: { $name }

## El paso de la cuenta

account-title = Configure su cuenta de correo
account-intro =
    Escriba su dirección de correo electrónico y su contraseña. Encontramos la configuración de los
    servidores de correo entrante y saliente que funciona y comprobamos que se acepta su contraseña, solo
    a través de una conexión cifrada.
email = Dirección de correo electrónico
email-hint = nombre@example.com
email-invalid = Esto no parece una dirección de correo electrónico (nombre@example.com).
password = Contraseña
password-hint = la contraseña que usa para esta dirección
password-show = Mostrar
password-hide = Ocultar
password-toggle = Mostrar u ocultar la contraseña
password-none = Sin contraseña podemos comprobar las conexiones, pero no que su inicio de sesión funcione.
sign-in-instead = Iniciar sesión con mi proveedor
sign-in-with = Iniciar sesión con { $provider }
sign-in-instead-tip =
    Para proveedores que le piden iniciar sesión en su propia página (OAuth2): su navegador la abre y los
    servidores se comprueban con ese inicio de sesión. Aquí no se escribe ninguna contraseña.
display-name = Su nombre (opcional)
display-name-hint = lo ven las personas a quienes escribe
know-server = Conozco mi servidor
server = Servidor de correo
server-hint = p. ej. mail.example.com, para correo entrante y saliente
server-invalid = Un nombre de servidor solo tiene letras, números, puntos y guiones.
incoming-server = Servidor entrante, si es distinto
incoming-server-hint = p. ej. imap.example.com
username = Nombre de usuario, si no es su dirección de correo
username-hint = normalmente su dirección de correo completa
ports = Puertos salientes que probar
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } no es un número de puerto (1–65535).
advanced = Avanzado
time-limit = Tiempo límite de cada paso (segundos)
verify-all = Verificar todas las configuraciones
verify-all-tip =
    Iniciar sesión en cada puerto que funcione, no solo en el recomendado (para servicios de ayuda).
    Desactivado de forma predeterminada: los proveedores pueden bloquear o marcar una cuenta tras muchos
    inicios de sesión desde un programa nuevo.
client-id = ID de cliente para iniciar sesión, solo si su proveedor o administrador le dio uno
client-id-hint = para «Iniciar sesión con mi proveedor»
tenant = Inquilino de Microsoft de ese ID de cliente, si su administrador indicó uno
tenant-hint = p. ej. contoso.onmicrosoft.com
allow-plaintext = Permitir comprobar sin cifrado
allow-plaintext-warning =
    Solo si su servidor no ofrece nada mejor: su contraseña viajaría legible para cualquiera en la red
    entre usted y el servidor. Esto vale solo para la próxima comprobación, y una configuración así nunca
    se recomienda por encima de una cifrada.
certificate = Certificado de confianza adicional (para la autoridad de certificación de una empresa o escuela)
certificate-none = ninguno
certificate-remove = Quitar
certificate-choose = Elegir archivo…
certificate-path = Ruta del archivo del certificado
certificate-path-hint = /ruta/a/ac-empresa.pem
certificate-use = Usar este archivo
find-settings = Encontrar mi configuración
start-over = Empezar de nuevo
start-over-tip = Borrar el formulario y lo recordado

## Piezas compartidas

decimal-point = ,
copy = Copiar
copy-what = Copiar { $what }
copy-what-value = Copiar { $what }: { $value }
copied = Copiado
show-words-of = Mostrar la configuración con los términos de:
mark-works = Funciona
mark-failed = Falló
mark-stopped = No probado
