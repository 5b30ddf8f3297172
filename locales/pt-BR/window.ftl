### A janela: sua moldura (todas as etapas) e a etapa da conta.

## A moldura

about = Sobre
about-title = Sobre o Mail Setup Assistant
about-version = Versão { $version }
about-what =
    Encontra as configurações de e-mail de entrada e de saída que realmente funcionam, verifica sua senha
    somente por uma conexão criptografada e explica o resultado.
about-password = Sua senha vai somente para o servidor de e-mail verificado e nunca é salva.
about-finding = Como seus servidores são encontrados
about-lookups =
    Sem um servidor informado por você, este programa consulta: o arquivo de configurações do seu provedor
    (seu provedor vê seu endereço, como no Thunderbird); o DNS do seu domínio (registros MX e SRV); e dois
    terceiros: o banco de dados de provedores do Thunderbird, que vê só o seu domínio, e o provedor que
    cuida do e-mail do seu domínio, encontrado pelo registro MX.
about-third-parties = Consultar terceiros (o banco de dados do Thunderbird, o provedor de e-mail do seu domínio)
about-licence = Licença: { $licence }
close = Fechar
language-name = Português (Brasil)
language-menu = Idioma: { $language }
language-system = Sistema ({ $language })
theme = Tema: { $theme }
theme-system = Sistema
theme-light = Claro
theme-dark = Escuro
step-account = Sua conta
step-checking = Verificação
step-result = Suas configurações
step-numbered = { $number }. { $name }
step-spoken = Etapa { $number } de { $count }: { $name }

## A etapa da conta

account-title = Configure sua conta de e-mail
account-intro =
    Digite seu endereço de e-mail e sua senha. Encontramos as configurações dos servidores de entrada e de
    saída que funcionam e verificamos se sua senha é aceita — somente por uma conexão criptografada.
email = Endereço de e-mail
email-hint = nome@example.com
email-invalid = Isto não parece um endereço de e-mail (nome@example.com).
password = Senha
password-hint = a senha que você usa para este endereço
password-show = Mostrar
password-hide = Ocultar
password-toggle = Mostrar ou ocultar a senha
password-none = Sem senha, podemos verificar as conexões, mas não se o seu login funciona.
sign-in-instead = Entrar pelo meu provedor
sign-in-with = Entrar com { $provider }
sign-in-instead-tip =
    Para provedores que pedem que você entre na própria página deles (OAuth2): seu navegador a abre, e os
    servidores são verificados com esse acesso. Nenhuma senha é digitada aqui.
display-name = Seu nome (opcional)
display-name-hint = mostrado às pessoas para quem você escreve
know-server = Eu sei qual é o meu servidor
server = Servidor de e-mail
server-hint = p. ex. mail.example.com, para e-mail de entrada e de saída
server-invalid = Um nome de servidor tem só letras, números, pontos e hifens.
incoming-server = Servidor de entrada, se for diferente
incoming-server-hint = p. ex. imap.example.com
username = Nome de usuário, se não for seu endereço de e-mail
username-hint = geralmente seu endereço de e-mail completo
ports = Portas de saída a testar
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } não é um número de porta (1–65535).
advanced = Avançado
time-limit = Tempo limite de cada etapa (segundos)
verify-all = Verificar todas as configurações
verify-all-tip =
    Fazer login em cada porta que funciona, não só na recomendada (para suporte técnico). Desativado por
    padrão: provedores podem bloquear ou sinalizar uma conta depois de muitos logins de um programa novo.
client-id = ID de cliente para entrar, só se seu provedor ou administrador lhe deu um
client-id-hint = para “Entrar pelo meu provedor”
tenant = Locatário Microsoft desse ID de cliente, se seu administrador indicou um
tenant-hint = p. ex. contoso.onmicrosoft.com
allow-plaintext = Permitir verificar sem criptografia
allow-plaintext-warning =
    Somente se seu servidor não oferece nada melhor: sua senha viajaria legível para qualquer pessoa na
    rede entre você e o servidor. Vale só para a próxima verificação, e uma configuração assim nunca é
    recomendada no lugar de uma criptografada.
certificate = Certificado confiável adicional (para a autoridade certificadora de uma empresa ou escola)
certificate-none = nenhum
certificate-remove = Remover
certificate-choose = Escolher arquivo…
certificate-path = Caminho do arquivo do certificado
certificate-path-hint = /caminho/para/ac-empresa.pem
certificate-use = Usar este arquivo
find-settings = Encontrar minhas configurações
start-over = Recomeçar
start-over-tip = Limpar o formulário e o que foi lembrado

## Partes compartilhadas

decimal-point = ,
copy = Copiar
copy-what = Copiar { $what }
copy-what-value = Copiar { $what }: { $value }
copied = Copiado
show-words-of = Mostrar as configurações com os termos de:
mark-works = Funciona
mark-failed = Falhou
mark-stopped = Não testado
