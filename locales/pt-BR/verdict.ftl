### O que cada resultado significa, por que uma configuração foi escolhida e por que nada funciona.

protection-tls = criptografada desde o início (SSL/TLS)
protection-starttls = criptografada com STARTTLS
protection-plain = NÃO criptografada

works-signed-in = Funciona: a conexão está { $protection } e o servidor aceitou seu acesso pelo seu provedor.
works-password = Funciona: a conexão está { $protection } e a senha foi aceita.
works-unchecked = A conexão funciona e está { $protection }. A senha não foi verificada.
auth-failed =
    O servidor recusou o nome de usuário ou a senha. Confira os dois; alguns provedores também exigem uma
    “senha de app”, criada nas configurações da web, no lugar da sua senha de sempre.
auth-temporary =
    O servidor não conseguiu verificar a senha agora (um problema temporário do lado dele, não uma senha
    errada). Tente de novo em alguns minutos.
auth-disabled =
    Seu provedor desativou, nesta conta, o login com senha a partir de programas de e-mail (o Microsoft 365
    chama isso de “SMTP AUTH”). Sua senha pode estar certa: o administrador do e-mail da sua organização
    pode ativá-lo para sua caixa de correio, ou seu programa de e-mail precisa entrar com OAuth2.
web-login-required =
    Seu provedor quer que você entre uma vez pela página web dele antes que programas de e-mail possam
    fazer login (Google: “Please log in via your web browser”). Entre no seu e-mail por um navegador,
    confirme as perguntas de segurança e tente de novo; com a verificação em duas etapas, use uma senha de
    app.
app-password-required =
    Seu provedor não aceita sua senha de sempre vinda de programas de e-mail. Crie uma “senha de app”
    (senha específica de aplicativo) nas configurações de segurança da sua conta e use-a no lugar.
oauth-required =
    Este servidor só aceita acesso pela página web do seu provedor (OAuth2), não uma senha digitada, então
    sua senha não foi enviada. No Thunderbird, escolha “OAuth2” como método de autenticação; no Apple Mail,
    adicione a conta de novo como conta Google ou Microsoft; as configurações IMAP do Outlook clássico não
    têm OAuth2, então adicione-a lá também como conta Microsoft ou Google.
no-login-incoming = A porta { $port } não oferece um login que programas de e-mail possam usar, então seu e-mail não pode ser lido por ela.
no-login-outgoing = A porta { $port } não oferece login, então um programa de e-mail não pode enviar por ela com sua conta.
no-login-port-25 =
    A porta { $port } não oferece login, então um programa de e-mail não pode enviar por ela com sua conta
    (a porta 25 é para servidores de e-mail conversarem entre si).
plaintext-auth-refused =
    A porta { $port } aceitaria sua senha sem criptografia, então não a enviamos. Qualquer pessoa na rede
    poderia lê-la ali.

starttls-unavailable = A porta { $port } não oferece criptografia (STARTTLS), então não é segura.
cert-self-signed =
    O certificado do servidor é autoassinado (ninguém responde por ele), então não temos certeza de que é
    mesmo o seu servidor de e-mail. A senha não foi enviada. Se sua organização usa uma autoridade
    certificadora própria, adicione-a como certificado confiável.
cert-untrusted =
    O certificado do servidor não foi emitido por uma autoridade confiável, então não temos certeza de que
    é mesmo o seu servidor de e-mail. A senha não foi enviada. Se sua organização usa uma autoridade
    certificadora própria, adicione-a como certificado confiável.
cert-expired =
    O certificado do servidor não é válido nesta data (expirado ou ainda não válido). A senha não foi
    enviada. O provedor precisa renová-lo; confira também se a data do seu computador está certa.
cert-no-name = O certificado do servidor não é válido para o nome { $host }. A senha não foi enviada.
cert-other-name =
    O certificado do servidor é válido para { $names }, não para { $host }. Use esse nome como servidor; a
    senha não foi enviada.
tls-failed = Não foi possível estabelecer a conexão criptografada na porta { $port }.
wrong-mode-wants-starttls =
    A porta { $port } espera STARTTLS (primeiro uma saudação sem criptografia, depois criptografia), não
    SSL/TLS desde o início.
wrong-mode-wants-tls = A porta { $port } espera SSL/TLS desde o início, não STARTTLS.

refused = Nada responde na porta { $port } deste servidor: a porta está fechada.
server-busy = O servidor na porta { $port } está ocupado e recusou a conexão por enquanto. Tente de novo em alguns minutos.
service-refused =
    O servidor na porta { $port } recusa atender sua conexão. Provedores fazem isso com endereços de suas
    listas de bloqueio ou de fora da rede deles; pergunte ao seu provedor ou tente de outra rede.
timeout-port-25 = Sem resposta: a porta 25 costuma ser bloqueada pelos provedores de internet.
timeout-connect = Sem resposta na porta { $port }: um firewall na sua rede ou na do servidor pode estar bloqueando.
timeout-login =
    O servidor não respondeu ao login a tempo. Ele pode estar atrasando logins depois de senhas erradas
    anteriores; espere alguns minutos e tente de novo.
timeout-midway =
    O servidor na porta { $port } parou de responder no meio do caminho, ou respondeu devagar demais para o
    tempo limite. Se ele só for lento, verifique de novo com um tempo limite maior por etapa.
dns-failed = O nome { $host } não existe (ou sua rede não consegue consultá-lo).
protocol-error = O servidor na porta { $port } não se comportou como um servidor de e-mail, então paramos por segurança.
cancelled = Parado antes de terminar.
not-tried = Não testado.

not-confirmed-dns =
    A porta { $port } funciona, com um certificado válido para { $host }. Mas só { $source } indicou este
    servidor, e ele não está no domínio do seu endereço. Respostas de DNS podem ser falsificadas, então sua
    senha não foi enviada para lá. Se { $host } é o servidor do seu provedor, confirme-o e verifique de
    novo.
not-confirmed-redirect =
    A porta { $port } funciona, com um certificado válido para { $host }. Mas { $source } nos mandou para
    outro site para isso, e o servidor não está no domínio do seu endereço. Um desvio assim pode ser
    falsificado, então sua senha não foi enviada para lá. Se { $host } é o servidor do seu provedor,
    confirme-o e verifique de novo.
private-address =
    A porta { $port } de { $host } funciona, mas { $host } está neste computador ou numa rede privada
    ({ $address }), enquanto o domínio do seu endereço está na internet. Uma consulta que aponta para lá é o
    que uma rede hostil ou uma resposta falsificada faria para capturar uma senha, então a sua não foi
    enviada. Se for o servidor próprio da sua organização, digite-o como seu servidor e verifique de novo.
private-address-unknown = um endereço local
password-refused-elsewhere =
    Não verificado: { $host } já recusou sua senha em outra porta, e mais uma tentativa poderia bloquear sua
    conta. Confira a senha (e o nome de usuário) e tente de novo.
pipelined-answer =
    O servidor na porta { $port } enviou uma resposta antes de receber a pergunta. Um servidor de verdade
    nunca faz isso; é o que um atacante entre você e o servidor faz para falsificar um “sim”, ou um
    servidor muito defeituoso. Nada do que ele disse conta, e paramos.
pipelined-answer-before-password =
    O servidor na porta { $port } enviou uma resposta antes de receber a pergunta. Um servidor de verdade
    nunca faz isso; é o que um atacante entre você e o servidor faz para falsificar um “sim”, ou um
    servidor muito defeituoso. Nada do que ele disse conta, e paramos antes de enviar sua senha.
preauth-tls =
    O servidor na porta { $port } diz que você já está conectado antes de qualquer senha (IMAP “PREAUTH”).
    Então o login não pode ser verificado aqui, e a senha não foi enviada. Programas de e-mail tratam isso
    como erro; avise seu provedor.
preauth-plain =
    O servidor na porta { $port } diz que você já está conectado antes de qualquer senha (IMAP “PREAUTH”),
    o que também impede a criptografia. Numa rede normal, esse é o truque de um atacante para manter a
    conexão sem criptografia, então a senha não foi enviada. Use SSL/TLS na porta 993.
missing-intermediate =
    O servidor enviou seu certificado sem o certificado intermediário que o liga a uma autoridade confiável
    ({ $issuer }). É um erro na configuração do servidor, não do seu lado: o provedor precisa instalar a
    cadeia de certificados completa. A senha não foi enviada.
no-subject-alt-name =
    O certificado do servidor cita { $host } só no antigo campo “nome comum” e não tem subjectAltName, que
    navegadores e programas de e-mail atuais exigem. Nenhum outro nome de servidor ajudaria: o provedor
    precisa substituir o certificado. A senha não foi enviada.
weak-key =
    O certificado do servidor usa uma chave ou assinatura fraca demais para ser confiável hoje (por exemplo
    uma chave RSA de 1024 bits). O provedor precisa substituí-lo. A senha não foi enviada.
old-tls-version =
    O servidor na porta { $port } encerrou a conexão quando a criptografia ia começar. Servidores fazem
    isso quando só falam versões antigas da criptografia (TLS 1.0 ou 1.1), que não são mais seguras e que
    os programas de e-mail atuais recusam. O provedor precisa atualizar o servidor.
client-certificate-required =
    O servidor na porta { $port } pede um certificado de cliente (um certificado instalado no seu
    computador, usado em algumas empresas) no lugar de uma senha, ou antes dela. Peça-o ao seu
    administrador.
tls-broken-on-server =
    A porta { $port } oferece criptografia (STARTTLS), mas não conseguiu iniciá-la (“TLS not available”):
    um problema no servidor, muitas vezes um certificado ou chave que ele não consegue ler. Avise o
    provedor; tente de novo mais tarde.
plaintext-only = A porta { $port } responde sem nenhuma criptografia e também não oferece STARTTLS, então não é segura.
other-mechanisms =
    A porta { $port } só oferece login com { $offered }, que envia uma prova da senha em vez da senha. Os
    programas de e-mail chamam isso de “{ $program }”. Este programa não consegue verificar a senha desse
    jeito, então ela não foi verificada.
mechanisms-or = { $first } ou { $second }
mechanism-own = um método próprio
mechanism-encrypted-password = Senha criptografada
unreachable = Não há caminho desta rede até { $host } (rede ou host inalcançável: sem rota), então nada se sabe da porta { $port }: não se diz que ela está fechada.
login-not-permitted =
    O servidor na porta { $port } não permite login nesta conexão (respondeu 530). O administrador dele
    pode permitir logins só de certas redes ou para certas contas; pergunte ao seu provedor.
closed-after-login =
    O servidor na porta { $port } aceitou o login e depois encerrou a sessão, então não pode enviar e-mail
    agora. É um problema do lado do servidor; tente de novo mais tarde ou avise seu provedor.
tls-required =
    O servidor na porta { $port } quer uma conexão criptografada antes de aceitar um login; ele recusou o
    nome de usuário, então a senha não foi enviada. Use uma configuração com SSL/TLS ou STARTTLS.
access-disabled =
    Seu provedor está com o acesso { $protocol } desativado para esta conta, então programas de e-mail não
    conseguem fazer login com ele (sua senha pode estar certa). Ative-o nas configurações do seu webmail
    (Gmail: Configurações → Ver todas as configurações → Encaminhamento e POP/IMAP; Microsoft 365: seu
    administrador, nos aplicativos de e-mail da caixa de correio) e verifique de novo.
mechanism-refused =
    O servidor na porta { $port } ofereceu uma forma de login ({ $mechanism }) e depois a recusou, sem
    avaliar a senha: um erro na configuração do servidor. Nenhuma outra forma de login funcionou ali.
mechanism-its-login = o próprio login
login-spared =
    A porta { $port } funciona ({ $protection }) e oferece login; ele não foi testado, para poupar sua
    conta: outra configuração já foi verificada, e provedores podem bloquear ou sinalizar uma conta depois
    de muitos logins de um programa novo. Para fazer login em todas as configurações, escolha “Verificar
    todas as configurações” (linha de comando: --verify-all).
sign-in-refused-elsewhere =
    Não verificado: { $host } já recusou seu acesso em outra porta, e mais uma tentativa poderia bloquear
    sua conta. Entre de novo, com a conta própria deste endereço.
sign-in-refused =
    O servidor na porta { $port } recusou seu acesso. A conta com que você entrou no navegador pode não ser
    a deste endereço, ou seu provedor não a deixa usar programas de e-mail; entre de novo com a conta
    própria deste endereço.
login-unanswered =
    A senha foi enviada na porta { $port }, mas o servidor não respondeu a tempo. Servidores ficam lentos de
    propósito depois de senhas erradas, então isso conta como login com falha: para proteger sua conta, ela
    não foi testada em mais portas. Confira a senha, espere alguns minutos e tente de novo.

choice-tls =
    A porta { $port } com SSL/TLS (“TLS implícito”) criptografa a conexão desde o primeiro byte. A RFC 8314
    (2018) recomenda exatamente isso para programas de e-mail.
choice-starttls =
    A porta { $port } cumprimenta sem criptografia e depois a conexão muda para criptografia com STARTTLS.
    Isso é tão seguro quanto SSL/TLS desde que seu programa de e-mail exija STARTTLS; assim a senha só é
    enviada criptografada.
choice-imap =
    O IMAP mantém seu e-mail no servidor, então todo dispositivo que você usa (computador, celular,
    webmail) vê as mesmas pastas, marcas de lido e e-mails enviados.
choice-pop3 =
    Aqui só o POP3 funciona: ele baixa seu e-mail para este único dispositivo (e normalmente o apaga do
    servidor), então outros dispositivos não verão o mesmo e-mail. Serve para um computador só, ou para uma
    caixa cheia; para vários dispositivos, pergunte ao seu provedor sobre IMAP.
choice-smtp-465 =
    A porta 465 com SSL/TLS (“TLS implícito”) criptografa a conexão desde o primeiro byte, antes que seu
    programa de e-mail e o servidor troquem qualquer coisa. A RFC 8314 (2018) recomenda exatamente isso
    para programas de e-mail. Artigos que chamam a porta 465 de “obsoleta” foram escritos antes de 2018 e
    estão desatualizados.
choice-smtp-tls =
    A porta { $port } com SSL/TLS: a conexão é criptografada desde o primeiro byte, como a RFC 8314
    recomenda para programas de e-mail.
choice-smtp-587 =
    A porta 587 é a porta padrão para enviar e-mail de um programa de e-mail (RFC 6409). O servidor
    cumprimenta sem criptografia e depois a conexão muda para criptografia com STARTTLS. Isso é tão seguro
    quanto a porta 465 desde que seu programa exija STARTTLS (não “STARTTLS, se disponível”); assim a senha
    só é enviada criptografada.
choice-smtp-2525 =
    A porta 2525 não é uma porta de e-mail oficial, mas muitos provedores a oferecem porque algumas redes
    bloqueiam as oficiais. A conexão muda para criptografia com STARTTLS antes de a senha ser enviada.
choice-smtp-25 =
    A porta 25 é para servidores de e-mail conversarem entre si, e muitos provedores de internet a bloqueiam
    em conexões residenciais e móveis, então ela pode parar de funcionar quando você muda de rede. Aqui ela
    funciona, com criptografia STARTTLS, porque nada melhor funcionou.
choice-smtp-starttls = A porta { $port } funciona com STARTTLS: a conexão muda para criptografia antes de a senha ser enviada.
choice-better-failed = A porta { $port } ({ $security }) seria preferível, mas não funcionou: { $why }
choice-misconfigured =
    Observação: a porta { $port } normalmente usa { $usual }; este servidor fala { $security } nela, um erro
    na configuração. Configure seu programa de e-mail exatamente como mostrado, ou o provedor pode corrigir
    isso um dia e quebrar esta configuração.
choice-other-misconfigured =
    A porta { $port } também responde, mas com { $security } onde os programas de e-mail esperam { $usual }:
    um erro na configuração do servidor, então não é recomendada.
also-works = Também funciona: porta { $port } com { $security }.
also-works-but = Também funciona: porta { $port } com { $security } ({ $caveat }).
plaintext-warning =
    Atenção: a porta { $port } só funciona SEM criptografia. Sua senha e seus e-mails viajam legíveis para
    qualquer pessoa no caminho da rede. Você permitiu esta verificação; use-a só numa rede confiável e peça
    ao seu provedor uma configuração criptografada.
certificate-exception-warning =
    Atenção: isto só funciona porque você aceitou o certificado do servidor pela impressão digital;
    nenhuma autoridade certificadora responde por ele. Seu programa de e-mail também vai avisar: aceite-o lá
    só se mostrar a mesma impressão digital.

caveat-insecure = sem criptografia: evite
caveat-certificate = só com o certificado aceito manualmente
caveat-login-spared = oferece login; não testado, para poupar sua conta

found-through = Encontrado por meio de { $source }.
source-user = o servidor que você digitou
source-autoconfig = o arquivo de configurações do seu provedor
source-well-known = o arquivo de configurações no site do seu provedor
source-ispdb = o banco de dados de provedores do Thunderbird
source-mx = o provedor que cuida do e-mail do seu domínio (o registro MX)
source-srv = o DNS do seu domínio (registros SRV)
source-guess = um palpite a partir do domínio do seu endereço
source-control = um nome que não pode existir

list-and = { $first } e { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] Os servidores de entrada não puderam ser verificados: este computador parece estar sem conexão.
       *[outgoing] Os servidores de saída não puderam ser verificados: este computador parece estar sem conexão.
    }
diagnosis-offline-advice = Quando estiver conectado, verifique de novo; nada aqui diz que as configurações estão erradas.
diagnosis-blocked = Nenhum servidor respondeu.
diagnosis-blocked-advice =
    Sua rede ou um firewall pode estar bloqueando conexões de e-mail. Tente outra rede (por exemplo, o
    ponto de acesso de um celular) ou pergunte ao administrador da sua rede.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Nenhum dos nomes de servidor de entrada existe.
       *[outgoing] Nenhum dos nomes de servidor de saída existe.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Confira a grafia de “{ $domain }” no seu endereço. Se estiver certa, verifique de novo com o nome
            do servidor de entrada do seu provedor; ele costuma estar nas páginas de ajuda do provedor.
       *[outgoing]
            Confira a grafia de “{ $domain }” no seu endereço. Se estiver certa, verifique de novo com o nome
            do servidor de saída do seu provedor; ele costuma estar nas páginas de ajuda do provedor.
    }
diagnosis-other =
    { $direction ->
        [incoming] Nenhuma configuração de e-mail de entrada que funcione foi encontrada.
       *[outgoing] Nenhuma configuração de e-mail de saída que funcione foi encontrada.
    }
diagnosis-other-advice = Veja abaixo o que foi testado em cada servidor e porta.
diagnosis-app-password = Seu provedor pede uma senha de app.
diagnosis-auth-disabled = Seu provedor desativou o login com senha nesta conta.
diagnosis-web-login = Seu provedor quer que você entre primeiro pela página web dele.
diagnosis-sign-in-refused = Seu acesso pelo provedor não foi aceito.
diagnosis-wrong-password = A senha (ou o nome de usuário) não foi aceita.
diagnosis-password-refused-by = Não verificado: a senha foi recusada por { $host }.
diagnosis-oauth = Seu provedor quer que você entre pela página web dele.
diagnosis-no-subject-alt-name = O servidor { $host } apresenta um certificado que os programas atuais recusam.
diagnosis-name-mismatch = O servidor { $host } apresenta um certificado para outro nome.
diagnosis-cert-expired = O certificado do servidor não é válido nesta data.
diagnosis-cert-untrusted = O certificado do servidor não é confiável.
diagnosis-plaintext-only = O servidor só oferece login sem criptografia.

skipped-plaintext-not-needed = Não testado: uma configuração criptografada funciona, então a senha não foi enviada aqui sem criptografia.
skipped-plaintext-used =
    Não testado: a permissão vale para uma verificação sem criptografia para { $protocol }, e a senha já foi
    enviada sem criptografia na porta { $port }.
skipped-ruled-out =
    Não testado: { $provider } já disse que esta senha não pode ser usada assim (veja a resposta dele na outra
    porta), e mais logins só contariam contra a conta.
skipped-own-mode = Desnecessário: a porta acabou respondendo no próprio modo.
