### Onde cada programa de e-mail guarda as configurações do servidor. Os termos do Thunderbird vêm de
### thunderbird.ftl (os dele). Os termos em português do Outlook e do Apple Mail ainda não foram tirados da
### ajuda deles: até lá, aparecem os ingleses.

program-other = Outro
copy-all-heading =
    { $direction ->
        [incoming] Configurações de e-mail de entrada para o { $program }
       *[outgoing] Configurações de e-mail de saída para o { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Configurações de e-mail de entrada
       *[outgoing] Configurações de e-mail de saída
    }

tb-where-incoming =
    Conta nova: Account Hub > “{ tb-advanced-config }” (troque “{ tb-autodetect }” por estes valores). Conta
    existente: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Conta nova: Account Hub > “{ tb-advanced-config }”, servidor de saída. Conta existente: { tb-tools } >
    { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > escolha seu
    servidor (ou Adicionar…) > Editar… (lá, “{ tb-server-name }” e “{ tb-user-name }”).

## Apple Mail: as palavras da Apple ainda não foram tiradas da ajuda da Apple
## em português; "Ours:" marca as palavras deste programa.
# Ours: o estado da caixa "Use TLS/SSL".
apple-on = Ativado
# Ours.
apple-off = Desativado
# Ours.
apple-oauth = OAuth2 (o Apple Mail só o oferece para contas do Google e da Microsoft)

other-where-incoming = Nas configurações da conta ou do servidor do seu programa de e-mail, em “Servidor de entrada”, “IMAP” ou “POP3”.
other-where-outgoing = Nas configurações da conta ou do servidor do seu programa de e-mail, em “Servidor de saída” ou “SMTP”.
other-incoming-server = Servidor de entrada
other-outgoing-server = Servidor de saída (SMTP)
other-server-type = Tipo de servidor
other-port = Porta
other-encryption = Criptografia
other-tls = SSL/TLS (também chamado SSL ou TLS implícito)
other-starttls = STARTTLS (programas antigos: TLS)
other-none = Nenhuma
other-authentication = Autenticação
other-oauth = OAuth2 (entrar pelo seu provedor no navegador)
other-password = Senha normal (também chamada senha ou texto simples)
other-user-name = Nome de usuário
