### Qué falla en este ordenador o en su red, con las pruebas y el consejo.

network-title-port-blocked = Su red: aquí hay un puerto bloqueado
network-title-offline = Su red: este ordenador parece estar sin conexión
network-title-clock = Su ordenador: el reloj está mal
network-title-portal = Su red: pide iniciar sesión primero
network-title-interception = Su red: las conexiones seguras se descifran por el camino
network-title-ipv6 = Su red: IPv6 no funciona aquí
network-whose-network = Su red
network-whose-computer = Su ordenador

network-offline-evidence =
    Ninguna de las { $count } búsquedas obtuvo respuesta —ni siquiera la base de datos de proveedores de
    Thunderbird, que no depende de su dominio— y no se pudo llegar a ningún servidor de correo.
network-offline-advice =
    Este ordenador no parece estar conectado a internet. Compruebe el wifi o el cable (y el modo avión) y
    compruebe de nuevo. Si las páginas web se abren en su navegador, puede que fallen los ajustes de DNS de
    este ordenador (o una VPN).

network-server-at = { $host } en { $address }
network-ports-silent =
    { $count ->
        [one] El puerto { $ports } no obtuvo respuesta de { $servers } servidores ({ $named }), que responden en otros puertos.
       *[other] Los puertos { $ports } no obtuvieron respuesta de { $servers } servidores ({ $named }), que responden en otros puertos.
    }
network-drops =
    Algo en esta red descarta las conexiones al puerto { $ports }: es habitual en el wifi de hoteles,
    oficinas y lugares públicos, con algunas VPN y con proveedores que bloquean los puertos de correo.
network-drops-but-works =
    { network-drops } La configuración mostrada funciona en esta red; un programa de correo configurado con
    un puerto bloqueado esperaría y fallaría aquí, y volvería a funcionar en otro sitio.
network-drops-try-elsewhere =
    { network-drops } Compruebe de nuevo desde otra red (el punto de acceso de un teléfono, por ejemplo) o
    pida a quien gestiona esta red que lo permita.
network-port-25-advice =
    La mayoría de los proveedores de internet domésticos y móviles bloquean el puerto 25 para los
    ordenadores de su red; es normal y no importa: los programas de correo envían por el puerto 465 o 587.

network-clock-web =
    { $direction ->
        [behind] El reloj de este ordenador marca { $now }, pero los { $count } servidores web consultados ({ $names }) dicen { $then }: este ordenador va { $span } atrasado.
       *[ahead] El reloj de este ordenador marca { $now }, pero los { $count } servidores web consultados ({ $names }) dicen { $then }: este ordenador va { $span } adelantado.
    }
network-clock-certificates =
    El reloj de este ordenador marca { $now }, pero los certificados de { $count } servidores sin relación
    entre sí ({ $names }) solo son válidos más tarde, el último el { $then }: este ordenador va atrasado al
    menos { $span }.
network-clock-advice =
    Las conexiones seguras comprueban el certificado de cada servidor con la fecha de este ordenador: con
    el reloj tan desviado fallan, o fallarán pronto, en todos los programas, y el correo sale con la fecha
    equivocada. Ajuste la fecha y la hora (active el ajuste automático) y compruebe de nuevo.
network-date = { $day }/{ $month }/{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
network-span-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
network-span-hours =
    { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
network-span-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }

network-portal-evidence =
    Un nombre que no puede existir ({ $name }) tiene una dirección en esta red, y los servidores web de
    { $hosts } respondieron con un certificado para { $other }: aquí los nombres no llevan adonde deberían.
network-portal-another-name = otro nombre
network-portal-advice =
    Parece que esta red quiere que inicie sesión primero, como el wifi de hoteles, aeropuertos, trenes y
    cafeterías: abra cualquier página web en su navegador, inicie sesión o acepte las condiciones y
    compruebe de nuevo. Si no es una red así, su DNS (o una VPN, o un programa de este ordenador) redirige
    nombres que no debería; la configuración de correo no se puede comprobar a través de ella.

network-interception-something = Algo en este ordenador o en esta red
network-interception-product = Algo en este ordenador o en esta red (por el nombre de su autoridad, { $product })
network-interception-evidence =
    Los certificados de { $hosts } llevan a «{ $root }», una autoridad en la que solo confía este ordenador:
    no es pública ni la indicó usted. { $what } descifra las conexiones seguras y las vuelve a firmar.
network-interception-advice =
    La configuración mostrada es correcta. Un programa de correo de este ordenador funciona con ella
    siempre que también confíe en esa autoridad (la mayoría usan el almacén del sistema; Thunderbird tiene
    el suyo y muestra avisos de certificado); si no, desactive el análisis del correo o de HTTPS en ese
    programa, o compruebe desde otra red para ver los certificados propios de los servidores.

network-ipv6-evidence =
    { $count } direcciones IPv6 de servidores ({ $named }) nunca respondieron, mientras que los mismos
    servidores respondieron enseguida por IPv4; ningún servidor respondió por IPv6.
network-ipv6-advice =
    Esta red reparte IPv6 pero no lo transporta. Esta comprobación, como los navegadores y programas de
    correo actuales, prueba IPv4 un cuarto de segundo después, así que la configuración mostrada funciona
    aquí; un programa de correo que espera a IPv6 se queda colgado un minuto o más en cada conexión, o
    falla. Quien gestiona la red (o el router) puede arreglar su IPv6; mientras tanto, desactivar IPv6 en
    esta conexión ayuda a esos programas.
