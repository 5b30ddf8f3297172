### O relatório em texto: o que `mailsetup probe` mostra e a exportação “relatório em texto” da janela.

outcome-ok = funciona
outcome-auth-failed = senha recusada
outcome-auth-temporary = login impossível agora (problema no servidor)
outcome-auth-disabled = login com senha desativado pelo provedor
outcome-web-login-required = entrar primeiro pela página web
outcome-app-password-required = senha de app necessária
outcome-oauth-required = acesso pelo navegador (OAuth2) necessário
outcome-auth-unavailable = nenhum login oferecido
outcome-plaintext-auth-refused = login só sem criptografia (senha não enviada)
outcome-starttls-unavailable = nenhuma criptografia oferecida
outcome-cert-untrusted = certificado não confiável
outcome-cert-expired = certificado expirado
outcome-cert-name-mismatch = certificado de outro nome
outcome-tls-failed = a criptografia falhou
outcome-wrong-mode = fala o outro tipo de conexão
outcome-refused = fechada
outcome-server-busy = servidor ocupado
outcome-service-refused = o servidor recusa atender
outcome-timeout = sem resposta
outcome-dns-failed = servidor inexistente
outcome-protocol-error = resposta imprópria de servidor de e-mail
outcome-cancelled = cancelado
outcome-skipped = não testado
cause-closed-after-login = login aceito, depois o servidor encerrou a sessão
cause-plaintext-only = nenhuma criptografia
cause-pipelined-answer = respondeu antes de ser perguntado
cause-preauth = afirma um login antes de qualquer senha
cause-login-unanswered = senha enviada, sem resposta
cause-access-disabled = desativado nas configurações do provedor
cause-login-spared = oferece login; não testado, para poupar sua conta
cause-mechanism-refused = recusou o método de login que ofereceu
cause-unreachable = sem rota até ele

report-short-reason = { $words }.

report-server-type = Tipo de servidor:
report-server = Servidor:
report-port = Porta:
report-security = Segurança da conexão:
report-authentication = Autenticação:
report-username = Nome de usuário:
report-certificate = Certificado SHA-256:
report-auth-oauth = OAuth2 (entrar pelo seu provedor)
report-auth-password = Senha normal
report-auth-unchecked = (não verificado)

report-cancelled = Parado antes de a verificação terminar; isto é o que foi encontrado até então.
report-works-plaintext =
    { $direction ->
        [incoming] O e-mail de entrada só funciona SEM criptografia:
       *[outgoing] O e-mail de saída só funciona SEM criptografia:
    }
report-works-exception =
    { $direction ->
        [incoming] O e-mail de entrada só funciona com o certificado aceito manualmente:
       *[outgoing] O e-mail de saída só funciona com o certificado aceito manualmente:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Configurações de e-mail de entrada recomendadas (conexão verificada, senha não verificada):
       *[outgoing] Configurações de e-mail de saída recomendadas (conexão verificada, senha não verificada):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Configurações de e-mail de entrada recomendadas (verificadas pelo acesso com seu provedor):
       *[outgoing] Configurações de e-mail de saída recomendadas (verificadas pelo acesso com seu provedor):
    }
report-recommended =
    { $direction ->
        [incoming] Configurações de e-mail de entrada recomendadas (verificadas: sua senha foi aceita):
       *[outgoing] Configurações de e-mail de saída recomendadas (verificadas: sua senha foi aceita):
    }
report-found-private =
    { $direction ->
        [incoming] Configurações de e-mail de entrada encontradas num endereço local ou de rede privada (a senha não foi enviada):
       *[outgoing] Configurações de e-mail de saída encontradas num endereço local ou de rede privada (a senha não foi enviada):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Configurações de e-mail de entrada encontradas que precisam da sua confirmação (a senha não foi enviada):
       *[outgoing] Configurações de e-mail de saída encontradas que precisam da sua confirmação (a senha não foi enviada):
    }
report-if-own-server = Se for o servidor próprio da sua organização:
report-to-send-there = Para enviar a senha para lá:
report-why = Por quê:
report-also-works =
    { $direction ->
        [incoming] Também funciona (entrada):
       *[outgoing] Também funciona (saída):
    }
report-looked-for = Onde os servidores foram procurados:
report-else-tried = O que mais foi testado:

report-lookup-found = encontrado
report-lookup-nothing = nada
report-lookup-timeout = sem resposta
report-lookup-failed = falhou
report-lookup-ignored = IGNORADO
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = Arquivo do Thunderbird
cli-apple-profile = Perfil da Apple
cli-wrote = { $what } gravado em { $path }
cli-not-written = { $what } não gravado: { $why }.
cli-password-prompt = Senha de { $email }:{ " " }
cli-sign-in-open =
    Entre pelo seu provedor ({ $issuer }) no navegador. Se nenhum navegador abrir, abra este endereço:
cli-sign-in-waiting = Aguardando você entrar (Ctrl-C para)…
cli-no-browser = (nenhum navegador pôde ser aberto aqui: { $error })
cli-signed-in = Acesso feito; verificando os servidores com ele.
cli-unknown-language = Não há idioma “{ $tag }” aqui; o idioma usado é { $spoken }.
cli-give-the-name = Para informar o nome:
cli-recommended = => { $setting } funciona; terminando as outras verificações (Ctrl-C as interrompe)
cli-lookup = consulta
cli-with-exception = , com o certificado que você aceitou
cli-timeout-range = --timeout deve estar entre 0 e 600 segundos
cli-ispdb-https = --ispdb deve ser uma URL https:// (uma resposta por http simples poderia ser falsificada)
cli-no-password =
    sem senha: digite-a quando pedida, passe-a com --password-stdin, defina MAILSETUP_PASSWORD, ou use
    --no-auth para verificar só as conexões
cli-empty-password = a senha está vazia (--no-auth verifica só as conexões)
cli-password-too-long = a primeira linha da entrada padrão é longa demais para uma senha
cli-password-not-utf8 = a senha não é texto UTF-8
cli-cannot-write = não é possível gravar { $path }: { $error }
cli-window-failed = A linha de comando continua funcionando: mailsetup probe ENDEREÇO (veja mailsetup --help).
cli-no-window-build = Esta versão não tem janela (compilada sem o recurso "gui"). Use: mailsetup probe ENDEREÇO
cli-error = erro: { $error }
cli-error-more = Para saber mais: { $help }
cli-error-unknown-argument = não existe a opção { $argument }
cli-error-unknown-command = não existe o comando { $command }
cli-error-invalid-value = “{ $value }” não é um valor para { $argument }
cli-error-invalid-value-why = “{ $value }” não é um valor para { $argument }: { $why }
cli-error-missing = falta { $argument }
cli-error-conflict = { $argument } não pode ser usado com { $other }
cli-error-similar = (você quis dizer { $similar }?)
cli-not-dns-server = { $text } não é ADDR nem ADDR:PORT
cli-not-fingerprint = { $text } não é uma impressão digital SHA-256 (64 dígitos hexadecimais, por ex. AB:CD:...)
cli-not-host-addr = { $text } não é HOST:ADDR
cli-not-ip-address = { $text } não é um endereço IP
