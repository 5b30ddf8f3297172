### A ajuda da linha de comando (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: encontra as configurações de e-mail de entrada (IMAP, POP3) e de saída (SMTP) que realmente funcionam, e explica por quê.
cli-usage = mailsetup [OPÇÕES] [COMANDO]
cli-usage-line = Uso: { $usage }
cli-commands = Comandos:
cli-arguments = Argumentos:
cli-options-heading = Opções:
cli-help = Mostrar a ajuda
cli-version = Mostrar a versão
cli-default = Padrão: { $value }.
cli-without-command = Sem um comando, abre a janela de configuração.
cli-examples = Exemplos:
cli-example-window = abrir a janela de configuração
cli-example-probe = verificar, pedindo a senha
cli-example-no-auth = verificar só as conexões
cli-example-json = verificar com a senha vinda de um script e imprimir JSON

cli-arg-resolve = Para a janela: usar ADDR para HOST em vez do DNS (repetível), para verificar um servidor antes de o DNS apontar para ele.
cli-arg-ca-file = Para a janela: certificado(s) confiável(is) adicional(is) em PEM, por ex. a CA de uma empresa.
cli-arg-dns = Para a janela: consultar este servidor DNS em vez do do sistema.
cli-arg-ispdb = Para a janela: o banco de dados de provedores a consultar (https).
cli-arg-no-lookup = Para a janela: não consultar nada (só as suposições e os servidores indicados).
cli-arg-lang =
    O idioma da janela e das explicações (relatório, “explanation” do JSON), como uma etiqueta como de ou
    ja; padrão: o do sistema. As chaves JSON e os códigos de resultado continuam em inglês.

cli-probe-about = Verificar quais configurações de servidor de entrada e de saída funcionam para um endereço.
cli-probe-usage = mailsetup probe [OPÇÕES] <EMAIL>
cli-probe-password-from =
    A senha é pedida (sem eco), lida de --password-stdin ou da variável de ambiente MAILSETUP_PASSWORD;
    nunca da linha de comando.
cli-probe-exit-status =
    Código de saída: 0 se cada sentido verificado (entrada, saída) tem uma configuração verificada (com
    --no-auth: uma conexão segura), 1 caso contrário, 2 para uso ou entrada incorretos.
cli-probe-email = Seu endereço de e-mail, por ex. alice@example.com.
cli-probe-protocols = Só estes protocolos (repetível): smtp (saída), imap, pop3 (entrada). Padrão: os três.
cli-probe-servers = Servidor a verificar, para cada protocolo (repetível). Padrão: smtp./imap./pop.DOMÍNIO, mail.DOMÍNIO, DOMÍNIO.
cli-probe-incoming-servers = Servidor de entrada (IMAP, POP3), quando não é o --server (repetível).
cli-probe-ports = Porta a verificar (repetível). Padrão: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Nome de usuário para o login. Padrão: o endereço de e-mail completo.
cli-probe-timeout = Tempo limite de cada etapa de uma conexão, em segundos.
cli-probe-ca-file = Certificado(s) confiável(is) adicional(is) em PEM, por ex. a CA da sua empresa.
cli-probe-resolve = Usar ADDR para HOST em vez do DNS, como o curl (repetível).
cli-probe-allow-plaintext =
    Permitir enviar a senha SEM criptografia onde um servidor não oferece nada melhor. Qualquer pessoa no
    caminho da rede poderia lê-la.
cli-probe-danger-accept-certificates =
    Aceitar um certificado de servidor não confiável (por ex. autoassinado) pela sua impressão digital
    SHA-256 (repetível), só depois de compará-la com a que o administrador do servidor publica.
cli-probe-no-auth = Verificar só as conexões; não fazer login.
cli-probe-password-stdin = Ler a senha da primeira linha da entrada padrão.
cli-probe-json = Imprimir o relatório como JSON (o contrato estável) em vez de texto.
cli-probe-thunderbird-file = Gravar aqui um arquivo de configuração automática do Thunderbird (config-v1.1.xml) com as configurações verificadas.
cli-probe-apple-profile = Gravar aqui um perfil de configuração da Apple (.mobileconfig) com as configurações verificadas.
cli-probe-dns = Consultar este servidor DNS (porta 53 se não indicada) em vez do do sistema, para cada nome e cada registro MX e SRV.
cli-probe-ispdb = O banco de dados de provedores do Thunderbird a consultar (o domínio é acrescentado).
cli-probe-no-third-party =
    Não consultar terceiros: nem o banco de dados de provedores nem, pelo registro MX, o provedor que
    cuida do e-mail do domínio.
cli-probe-no-lookup = Não consultar nada: verificar só os servidores indicados (--server) ou as suposições.
cli-probe-trust-discovered =
    Enviar a senha a este servidor (repetir, ou separar com vírgulas), embora ele esteja fora do domínio do
    endereço e só o DNS (MX, SRV) ou um redirecionamento o tenha indicado: essas respostas podem ser
    falsificadas. A senha não vai para nenhum outro servidor assim.
cli-probe-verify-all =
    Fazer login em cada configuração que funciona, não só na recomendada (para centrais de suporte). Por
    padrão, as outras são verificadas até a oferta de login, para poupar a conta: os provedores bloqueiam
    ou marcam contas após rajadas de logins.
cli-probe-oauth =
    Entrar com o seu provedor no navegador (OAuth2) em vez de digitar uma senha; os servidores são
    verificados com esse login.
cli-probe-oauth-client-id =
    O ID de cliente OAuth2 com que entrar (do seu provedor ou administrador), onde o provedor não deixa os
    programas se registrarem sozinhos.
cli-probe-oauth-tenant = Um locatário da Microsoft (ID ou domínio) cujo diretório registrou o ID de cliente.
cli-probe-oauth-wait = Quanto tempo esperar que você entre, em segundos (no máximo 300).
