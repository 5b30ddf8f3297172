### O que há de errado com este computador ou sua rede, com as evidências e o conselho.

network-title-port-blocked = Sua rede: uma porta está bloqueada aqui
network-title-offline = Sua rede: este computador parece estar sem conexão
network-title-clock = Seu computador: o relógio está errado
network-title-portal = Sua rede: ela pede um acesso primeiro
network-title-interception = Sua rede: conexões seguras são descriptografadas no caminho
network-title-ipv6 = Sua rede: o IPv6 não funciona aqui
network-whose-network = Sua rede
network-whose-computer = Seu computador

network-offline-evidence =
    Nenhuma das { $count } consultas teve resposta — nem mesmo o banco de dados de provedores do
    Thunderbird, que não depende do seu domínio — e nenhum servidor de e-mail pôde ser alcançado.
network-offline-advice =
    Este computador não parece estar conectado à internet. Confira o Wi-Fi ou o cabo (e o modo avião) e
    verifique de novo. Se as páginas web abrem no navegador, as configurações de DNS deste computador (ou
    uma VPN) podem ser o que falha.

network-server-at = { $host } em { $address }
network-ports-silent =
    { $count ->
        [one] A porta { $ports } não teve resposta de { $servers } servidores ({ $named }), que respondem em outras portas.
       *[other] As portas { $ports } não tiveram resposta de { $servers } servidores ({ $named }), que respondem em outras portas.
    }
network-drops =
    Algo nesta rede descarta conexões para a porta { $ports }: comum no Wi-Fi de hotéis, escritórios e
    locais públicos, com algumas VPNs e com provedores que bloqueiam portas de e-mail.
network-drops-but-works =
    { network-drops } As configurações mostradas funcionam nesta rede; um programa de e-mail configurado
    numa porta bloqueada esperaria e falharia aqui, e voltaria a funcionar em outro lugar.
network-drops-try-elsewhere =
    { network-drops } Verifique de novo a partir de outra rede (o ponto de acesso de um celular, por
    exemplo) ou peça a quem administra esta rede que a libere.
network-port-25-advice =
    A maioria dos provedores de internet residenciais e móveis bloqueia a porta 25 para os computadores da
    rede deles; isso é normal e não importa: programas de e-mail enviam pela porta 465 ou 587.

network-clock-web =
    { $direction ->
        [behind] O relógio deste computador marca { $now }, mas os { $count } servidores web consultados ({ $names }) dizem { $then }: este computador está { $span } atrasado.
       *[ahead] O relógio deste computador marca { $now }, mas os { $count } servidores web consultados ({ $names }) dizem { $then }: este computador está { $span } adiantado.
    }
network-clock-certificates =
    O relógio deste computador marca { $now }, mas os certificados de { $count } servidores sem relação
    entre si ({ $names }) só passam a valer depois, o último em { $then }: este computador está atrasado
    pelo menos { $span }.
network-clock-advice =
    Conexões seguras conferem o certificado de cada servidor com a data deste computador: com o relógio tão
    errado elas falham, ou logo vão falhar, em todos os programas, e os e-mails saem com a data errada.
    Ajuste a data e a hora (ative o ajuste automático) e verifique de novo.
network-date = { $day }/{ $month }/{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } ano
       *[other] { $count } anos
    }
network-span-days =
    { $count ->
        [one] { $count } dia
       *[other] { $count } dias
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
    Um nome que não pode existir ({ $name }) tem um endereço nesta rede, e os servidores web de { $hosts }
    responderam com um certificado para { $other }: aqui os nomes não levam aonde deveriam.
network-portal-another-name = outro nome
network-portal-advice =
    Esta rede parece querer que você entre primeiro, como o Wi-Fi de hotéis, aeroportos, trens e cafés:
    abra qualquer página web no navegador, entre ou aceite os termos e verifique de novo. Se não for uma
    rede assim, o DNS dela (ou uma VPN, ou um programa neste computador) redireciona nomes que não deveria;
    as configurações de e-mail não podem ser verificadas por ela.

network-interception-something = Algo neste computador ou nesta rede
network-interception-product = Algo neste computador ou nesta rede (pelo nome da autoridade dele, { $product })
network-interception-evidence =
    Os certificados de { $hosts } levam a “{ $root }”, uma autoridade em que só este computador confia —
    nem pública, nem indicada por você. { $what } descriptografa conexões seguras e as assina de novo.
network-interception-advice =
    As configurações mostradas estão certas. Um programa de e-mail neste computador funciona com elas
    desde que também confie nessa autoridade (a maioria usa o repositório do sistema; o Thunderbird tem o
    dele e mostra avisos de certificado); senão, desative a verificação de e-mail ou de HTTPS nesse
    programa, ou verifique de outra rede para ver os certificados dos próprios servidores.

network-ipv6-evidence =
    { $count } endereços IPv6 de servidores ({ $named }) nunca responderam, enquanto os mesmos servidores
    responderam na hora por IPv4; nenhum servidor respondeu por IPv6.
network-ipv6-advice =
    Esta rede distribui IPv6 mas não o transporta. Esta verificação, como os navegadores e programas de
    e-mail atuais, tenta IPv4 um quarto de segundo depois, então as configurações mostradas funcionam aqui;
    um programa de e-mail que espera o IPv6 trava um minuto ou mais a cada conexão, ou falha. Quem
    administra a rede (ou o roteador) pode consertar o IPv6; até lá, desativar o IPv6 nesta conexão ajuda
    esses programas.
