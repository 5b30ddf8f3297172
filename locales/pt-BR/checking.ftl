### A etapa de verificação: o que está sendo testado, fase por fase.

checking-title = Verificando { $email }
checking-elapsed = { $seconds } s
checking-found = Configuração { $direction } encontrada: { $protocol } { $host } porta { $port } ({ $security }).
checking-incoming = de entrada
checking-outgoing = de saída
show-now = Mostrar minhas configurações agora
cancel = Cancelar
cancel-tip = Parar a verificação (Esc)
esc-stops = (Esc também para)

phase-queued = Aguardando a vez…
phase-resolve = Procurando o servidor…
phase-connect = Conectando…
phase-tls = Preparando a criptografia…
phase-greeting = Aguardando a saudação do servidor…
phase-capabilities = Perguntando o que o servidor oferece…
phase-starttls = Mudando para criptografia…
phase-capabilities-tls = Perguntando de novo, com criptografia…
phase-ready = A conexão funciona; a senha é verificada em seguida…
phase-auth = Verificando sua senha…
phase-done = Pronto
trying = Testando
looking = Procurando

signing-in-title = Aguardando você entrar no navegador
signing-in-finding = Descobrindo onde seu provedor faz o acesso
signing-in-opened =
    A página de acesso do seu provedor em { $host } abriu no seu navegador. Confira se o navegador mostra
    esse nome e entre por lá; esta janela continua sozinha quando você terminar (em até 5 minutos).
signing-in-no-browser = Se nenhum navegador abriu, abra este endereço:
copy-address = Copiar endereço
signing-in-cancel-tip = Parar o acesso (Esc)

lookups-title = Onde estão seus servidores
lookup-autoconfig = Pedindo as configurações ao seu provedor
lookup-well-known = Procurando configurações no site de { $domain }
lookup-ispdb = Consultando o banco de dados de provedores do Thunderbird
lookup-mx = Procurando para onde vai o e-mail de { $domain }
lookup-srv = Procurando os servidores de e-mail de { $domain } no DNS
lookup-guess = Testando os nomes de servidor comuns
lookup-control = Verificando se o DNS desta rede responde honestamente
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = respondeu só sem criptografia, por isso não foi usado
lookup-timeout = sem resposta a tempo
lookup-error = não pôde ser consultado
lookup-nothing = nada encontrado

attempts-incoming = E-mail de entrada
attempts-outgoing = E-mail de saída
portal-in-the-way = A página de acesso desta rede está no caminho
portal-attempts =
    { $count ->
        [one] { $count } tentativa não chegou ao servidor
       *[other] { $count } tentativas não chegaram aos servidores
    }
ports-blocked =
    { $count ->
        [one] A porta { $ports } está bloqueada nesta rede
       *[other] As portas { $ports } estão bloqueadas nesta rede
    }
blocked-attempts =
    { $count ->
        [one] { $count } tentativa não teve resposta
       *[other] { $count } tentativas não tiveram resposta
    }
guesses-missing =
    { $count ->
        [one] { $count } outro nome possível: não existe
       *[other] { $count } outros nomes possíveis: nenhum existe
    }
guesses-usual = Os programas de e-mail também tentam esses nomes; a maioria dos domínios usa só alguns deles.

## Por que uma verificação não pôde começar, ou um login não deu token. Um
## $why são as palavras de uma biblioteca, de um servidor ou do sistema, como
## vieram.
error-invalid-email = { $text } não é um endereço de e-mail (esperado: nome@domínio, por ex. alice@example.com)
error-invalid-server = { $text } não é um nome de servidor
error-invalid-port = a porta { $port } não é uma porta em que um servidor possa escutar (1 a 65535)
error-empty-username = o nome de usuário está vazio (omita-o para usar o endereço de e-mail)
error-ca-file = não é possível usar o arquivo de certificados { $path }: { $why }
error-tls = a preparação do TLS falhou: { $why }
oauth-no-provider = nada indica um login OAuth2 para { $domain } (não há <oAuth2> no arquivo de configurações nem na ISPDB)
oauth-metadata = a descrição do servidor de login (RFC 8414) não serve: { $why }
oauth-registration = o servidor de login não registrou este programa: { $why }
oauth-browser = nenhum navegador aberto: { $why }
oauth-not-completed = login não concluído em { $seconds } s; nada foi verificado
oauth-refused = o provedor não fez o seu login: { $why }
oauth-mismatch = a resposta que voltou não era deste login ({ $what }); nada foi usado
oauth-token = o servidor de login não deu nenhum token: { $why }
oauth-cancelled = login interrompido
oauth-only-google =
    O Google só deixa entrar os programas que conhece. Use estas configurações com o login próprio do seu
    programa de e-mail (Thunderbird: { tb-auth } "OAuth2"; Apple Mail e Outlook: adicione a conta como conta
    do Google), ou crie uma senha de app (requer a verificação em duas etapas) na sua Conta do Google, em
    Segurança, e verifique com ela como senha.
oauth-only-microsoft =
    A Microsoft só deixa entrar os programas que conhece. Use estas configurações com o login próprio do seu
    programa de e-mail (Thunderbird: { tb-auth } "OAuth2"; Outlook e Apple Mail: adicione a conta como conta
    Microsoft). Para uma conta corporativa ou de escola, o seu administrador pode registrar um app no Entra
    ID e lhe dar o ID de cliente dele ({ advanced }, ou --oauth-client-id).
oauth-app-password =
    { $provider } só deixa entrar os programas que conhece. Use estas configurações com o login próprio do
    seu programa de e-mail (Thunderbird: { tb-auth } "OAuth2"), ou crie uma senha de app em { $place }, e
    verifique com ela como senha.
oauth-place-yahoo = sua conta Yahoo, em Account security ("Generate app password")
oauth-place-aol = sua conta AOL, em Account security ("Generate app password")
oauth-place-fastmail = Fastmail, em Settings, Privacy & Security ("App passwords")
oauth-no-registration =
    { $issuer } só deixa entrar programas conhecidos e não oferece registro: digite um ID de cliente
    ({ advanced }, ou --oauth-client-id) do seu provedor ou administrador, ou use o login próprio do seu
    programa de e-mail (Thunderbird: { tb-auth } "OAuth2")
oauth-bad-tenant = { $tenant } não é um ID de locatário nem um domínio
oauth-tenant-not-microsoft = um locatário serve só para o login da Microsoft (login.microsoftonline.com)
oauth-cannot-listen = não é possível escutar em 127.0.0.1: { $error }
