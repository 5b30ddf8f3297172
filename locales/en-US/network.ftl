### What is wrong with this computer or its network, with the evidence
### and the advice. Counts select plural forms; lists of servers and
### dates are variables.

## The box's title in the window, and the start of the text report's line
network-title-port-blocked = Your network: a port is blocked here
network-title-offline = Your network: this computer seems to be offline
network-title-clock = Your computer: the clock is wrong
network-title-portal = Your network: it wants a sign-in first
network-title-interception = Your network: secure connections are decrypted on the way
network-title-ipv6 = Your network: IPv6 does not work here
network-whose-network = Your network
network-whose-computer = Your computer

## Offline
network-offline-evidence =
    None of the { $count } lookups got an answer — not even Thunderbird's database of mail providers,
    which does not depend on your domain — and no mail server could be reached.
network-offline-advice =
    This computer does not seem to be connected to the internet. Check Wi-Fi or the cable
    (and flight mode), then check again. If web pages open in your browser, this computer's
    DNS settings (or a VPN) may be what fails.

## Blocked ports
# A server and its address, in a list: "mail.example.com at 192.0.2.1".
network-server-at = { $host } at { $address }
# $ports: one port, or several as a list ("587 and 2525"); $count: how many ports.
network-ports-silent =
    { $count ->
        [one] Port { $ports } got no answer from { $servers } servers ({ $named }), which answer on other ports.
       *[other] Ports { $ports } got no answer from { $servers } servers ({ $named }), which answer on other ports.
    }
network-drops =
    Something on this network drops connections to port { $ports }: common on hotel, office and public
    Wi-Fi, with some VPNs, and with providers that block mail ports.
network-drops-but-works =
    { network-drops } The settings shown work on this network; a mail program set to a blocked port would
    wait and fail here, and work again elsewhere.
network-drops-try-elsewhere =
    { network-drops } Check again from another network (a phone's hotspot, say), or ask whoever runs this
    network to allow it.
network-port-25-advice =
    Most home and mobile internet providers block port 25 for computers on their
    network; that is normal and does not matter: mail programs send on port 465 or 587.

## The clock
# $now and $then are dates; $span a length of time (network-span).
network-clock-web =
    { $direction ->
        [behind] This computer's clock says { $now }, but the { $count } web servers asked ({ $names }) say { $then }: this computer is { $span } behind.
       *[ahead] This computer's clock says { $now }, but the { $count } web servers asked ({ $names }) say { $then }: this computer is { $span } ahead.
    }
network-clock-certificates =
    This computer's clock says { $now }, but the certificates of { $count } unrelated servers ({ $names }) only become
    valid later, the last of them on { $then }: this computer is at least { $span } behind.
network-clock-advice =
    Secure connections check each server's certificate against this computer's date: with
    the clock this far off they fail, or soon will, in every program, and mail goes out
    with the wrong date. Set the date and time (turn on setting them automatically), then
    check again.
# A date: "Mon 30 Nov 2026, 04:12 UTC". $weekday is 1 (Monday) to 7, $month
# 1 to 12, $day the day of the month; $time is "04:12".
network-date =
    { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
network-span-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
network-span-hours =
    { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
network-span-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }

## A sign-in page (captive portal)
network-portal-evidence =
    A name that cannot exist ({ $name }) has an address on this network, and the web servers of { $hosts }
    answered with a certificate for { $other }: names here do not lead where they should.
network-portal-another-name = another name
network-portal-advice =
    This network seems to want you to sign in first, as hotel, airport, train and café Wi-Fi
    do: open any web page in your browser, sign in or accept the terms, then check again. If
    it is not such a network, its DNS (or a VPN, or a program on this computer) redirects
    names it should not; the mail settings cannot be checked through it.

## Secure connections decrypted on the way
network-interception-something = Something on this computer or network
# $product: the name of the program or device, from its authority's name.
network-interception-product = Something on this computer or network (by the name of its authority, { $product })
network-interception-evidence =
    The certificates of { $hosts } lead to "{ $root }", an authority that only this computer trusts — not a
    public one, and not one you named. { $what } decrypts secure connections and signs them again.
network-interception-advice =
    The settings shown are right. A mail program on this computer works with them as long as
    it trusts that authority too (most use the system's store; Thunderbird has its own and
    shows certificate warnings); otherwise switch off mail or HTTPS scanning in that program,
    or check from another network to see the servers' own certificates.

## IPv6
network-ipv6-evidence =
    { $count } IPv6 addresses of servers ({ $named }) never answered, while the same servers answered over IPv4
    at once; no server answered over IPv6.
network-ipv6-advice =
    This network gives out IPv6 but does not carry it. This check, like current browsers and
    mail programs, tries IPv4 a quarter of a second later, so the settings shown work here; a
    mail program that waits for IPv6 hangs for a minute or more at each connection, or fails.
    Whoever runs the network (or the router) can fix its IPv6; until then, turning IPv6 off
    for this connection helps such programs.
