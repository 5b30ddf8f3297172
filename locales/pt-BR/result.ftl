### A etapa do resultado: os cartões de configuração, por que esta porta, o que mais funciona, o que foi
### testado e os arquivos para salvar.

result-for = Para { $name } <{ $email }>
copy-all = Copiar tudo
copy-all-tip = Copiar as configurações de entrada e de saída
what-we-tried = O que testamos
working = Trabalhando
finishing = Terminando a verificação…
still-checking-others =
    { $count ->
        [one] Ainda verificando mais { $count } conexão em busca de outras configurações que também funcionem; elas não podem mudar estas.
       *[other] Ainda verificando mais { $count } conexões em busca de outras configurações que também funcionem; elas não podem mudar estas.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Ainda verificando { $count } conexão para suas configurações de e-mail de entrada.
               *[other] Ainda verificando { $count } conexões para suas configurações de e-mail de entrada.
            }
        [outgoing]
            { $count ->
                [one] Ainda verificando { $count } conexão para suas configurações de e-mail de saída.
               *[other] Ainda verificando { $count } conexões para suas configurações de e-mail de saída.
            }
       *[both]
            { $count ->
                [one] Ainda verificando { $count } conexão para suas configurações de e-mail de entrada e de saída.
               *[other] Ainda verificando { $count } conexões para suas configurações de e-mail de entrada e de saída.
            }
    }
stop = Parar
stop-tip = Parar as verificações restantes

files-need-both =
    Arquivos para programas de e-mail precisam de uma configuração de entrada e de saída verificada:
    digite sua senha e verifique de novo, ou copie as configurações acima.
save-thunderbird = Salvar arquivo do Thunderbird…
save-apple = Salvar perfil do Apple Mail…
save-text = Salvar relatório em texto…
save-json = Salvar relatório JSON…
files-need-both-tip = Programas de e-mail só aceitam um arquivo de configurações com servidores de entrada e de saída verificados.
profile-no-sign-in =
    O Apple Mail só entra por um provedor (OAuth2) em contas Google e Microsoft, e um perfil não pode levar
    um acesso: adicione a conta manualmente no Apple Mail com estas configurações
files-incomplete =
    um programa de e-mail precisa de uma configuração de entrada e de saída verificada (criptografada), e
    esta verificação não verificou as duas
check-again = Verificar de novo
change-details = Alterar dados
change-details-tip = Voltar aos dados da sua conta (Esc)

card-incoming = E-mail de entrada ({ $protocol })
card-outgoing = E-mail de saída (SMTP)
card-stopped-certain = Algumas verificações de menor prioridade foram interrompidas antes; elas não podem mudar esta recomendação.
card-stopped-uncertain = A verificação foi interrompida antes de ter certeza: uma configuração melhor poderia ter sido encontrada.
card-plaintext = Atenção: só funciona SEM criptografia: sua senha e suas mensagens podem ser lidas na rede.
card-exception =
    Só funciona com o certificado aceito manualmente: nenhuma autoridade certificadora responde por ele.
    Seu programa de e-mail também vai avisar; aceite-o lá só se mostrar esta impressão digital:
enter-as-my-server = Digitar { $host } como meu servidor
enter-as-my-server-tip = Voltar ao formulário com este servidor preenchido; nada é enviado até você verificar
send-password-to = Enviar minha senha para { $hosts } e verificar de novo
send-password-to-tip = Só para esta verificação, e só para os servidores citados: nada que responda por eles os citou
verified-signed-in = Verificado pelo acesso: o servidor aceitou seu acesso por uma conexão criptografada.
verified-password = Verificado: o servidor aceitou sua senha por uma conexão criptografada.
connection-only = A conexão criptografada funciona. Sua senha não foi verificada (nenhuma foi digitada).
copy-field-name =
    { $direction ->
        [incoming] { $field } de entrada
       *[outgoing] { $field } de saída
    }
copy-settings =
    { $direction ->
        [incoming] Copiar configurações de entrada
       *[outgoing] Copiar configurações de saída
    }

why-port = Por que a porta { $port }?
why-port-and = Por que a porta { $port } e o { $protocol }?
why-tls =
    SSL/TLS (TLS implícito) e STARTTLS criptografam seu e-mail. Com SSL/TLS nada é dito antes de a
    criptografia começar, então nada pode ser adulterado no caminho; por isso a RFC 8314 o prefere.
why-starttls =
    O STARTTLS começa sem criptografia e depois muda para criptografia. Mantenha “STARTTLS” (não
    “STARTTLS, se disponível”) para que seu programa de e-mail se recuse a enviar a senha se a criptografia
    falhar. Você pode ler que a porta 465 é “obsoleta”: esse conselho é anterior à RFC 8314 (2018), que
    tornou a 465 a porta preferida de novo. Ela simplesmente não é a que funciona neste servidor.
why-plaintext =
    Sem criptografia, qualquer pessoa no caminho da rede pode ler sua senha e suas mensagens. Peça ao seu
    provedor uma configuração criptografada (porta 465 ou 587).
also-works-heading = Também funciona:
also-works-line = { $protocol } { $host } porta { $port } com { $security }
also-works-line-but = { $protocol } { $host } porta { $port } com { $security } ({ $caveat })

card-still-checking-incoming = E-mail de entrada: ainda verificando
card-still-checking-outgoing = E-mail de saída: ainda verificando
card-still-checking = Uma configuração melhor ainda pode responder. Ela aparece aqui assim que for certa.
card-nothing-incoming = E-mail de entrada: nenhuma configuração que funcione
card-nothing-outgoing = E-mail de saída: nenhuma configuração que funcione
try-again-with = Tentar de novo com { $host }
fingerprint-compare = Impressão digital do certificado (SHA-256), para comparar com a que seu provedor publica:
fingerprint-own-ca =
    Se for a autoridade certificadora própria da sua organização, adicione o certificado dela em Avançado >
    Certificado confiável adicional e verifique de novo. Sua senha nunca é enviada a um servidor cujo
    certificado não pôde ser verificado.
fingerprint-accept-warning =
    Se seu provedor ou administrador lhe deu exatamente esta impressão digital, você pode aceitar este
    certificado para uma verificação. Se não for deles, quem o criou receberia sua senha.
accept-certificate = Aceitar este certificado para uma verificação
accept-certificate-tip = Verificar de novo, enviando a senha a um servidor com este certificado
change-password = Alterar senha
enter-server-name = Digitar o nome do servidor
sign-in-with-provider = Entrar pelo seu provedor
sign-in-with-provider-tip = Seu navegador abre a página de acesso do seu provedor; os servidores são verificados com ele
fingerprint-tip = Impressão digital SHA-256 do certificado do servidor

details = Detalhes
details-of = Detalhes de { $attempt }
detail-address = Endereço
detail-phase = Chegou até
detail-time = Tempo
detail-milliseconds = { $ms } ms
detail-server-said = O servidor disse
detail-greeting = Saudação
detail-capabilities = Recursos
detail-certificate-for = Certificado para
detail-and-more = { $names } e mais { $count }
detail-issued-by = Emitido por
detail-valid = Válido
detail-valid-range = de { $from } a { $to }
detail-sha256 = SHA-256
detail-all-names = Todos os { $count } nomes do certificado
phase-name-queued = não iniciado
phase-name-resolve = a consulta do nome
phase-name-connect = a conexão
phase-name-tls = o handshake TLS
phase-name-greeting = a saudação
phase-name-capabilities = a pergunta do que o servidor oferece
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = a nova pergunta por TLS
phase-name-ready = uma conexão que funciona
phase-name-auth = o login
phase-name-done = o fim: tudo funcionou

no-dialog-certificate = Nenhuma caixa de diálogo de arquivo pode abrir nesta área de trabalho: digite o caminho do arquivo do certificado em Avançado.
saved-to = Salvo em { $path }
saved-in-downloads = Nenhuma caixa de diálogo de arquivo pode abrir nesta área de trabalho, então o arquivo foi salvo na sua pasta Downloads: { $path }
no-dialog-nowhere = Nenhuma caixa de diálogo de arquivo pode abrir aqui, e não há pasta Downloads nem pasta pessoal para salvar. Use Copiar.
could-not-save = Não foi possível salvar { $path }: { $error }
choose-certificate-title = Escolher um certificado confiável (PEM)
certificate-files = Certificados
