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
