### Het venster: het kader (elke stap) en de accountstap.

## Het kader

about = Over
about-title = Over Mail Setup Assistant
about-version = Versie { $version }
about-what =
    Vindt de instellingen voor inkomende en uitgaande e-mail die echt werken, controleert uw wachtwoord
    alleen via een versleutelde verbinding en legt het resultaat uit.
about-password = Uw wachtwoord gaat alleen naar de mailserver die wordt gecontroleerd en wordt nooit opgeslagen.
about-finding = Hoe uw servers worden gevonden
about-lookups =
    Zonder een server die u opgeeft, vraagt dit programma: het instellingenbestand van uw provider (uw
    provider ziet uw adres, net als bij Thunderbird); de DNS van uw domein (MX- en SRV-records); en twee
    derden: de providerdatabase van Thunderbird, die alleen uw domein ziet, en de provider die de e-mail
    van uw domein verwerkt, gevonden via het MX-record.
about-third-parties = Derden vragen (de database van Thunderbird, de e-mailprovider van uw domein)
about-licence = Licentie: { $licence }
close = Sluiten
language-name = Nederlands
language-menu = Taal: { $language }
language-system = Systeem ({ $language })
theme = Thema: { $theme }
theme-system = Systeem
theme-light = Licht
theme-dark = Donker
step-account = Uw account
step-checking = Controle
step-result = Uw instellingen
step-numbered = { $number }. { $name }
step-spoken = Stap { $number } van { $count }: { $name }

## De accountstap

account-title = Uw e-mailaccount instellen
account-intro =
    Voer uw e-mailadres en wachtwoord in. Wij vinden de instellingen voor de inkomende en uitgaande
    mailserver die werken en controleren of uw wachtwoord wordt geaccepteerd — alleen via een versleutelde
    verbinding.
email = E-mailadres
email-hint = naam@example.com
email-invalid = Dit lijkt geen e-mailadres (naam@example.com).
password = Wachtwoord
password-hint = het wachtwoord dat u voor dit adres gebruikt
password-show = Tonen
password-hide = Verbergen
password-toggle = Wachtwoord tonen of verbergen
password-none = Zonder wachtwoord kunnen we de verbindingen controleren, maar niet of uw aanmelding werkt.
sign-in-instead = In plaats daarvan aanmelden bij mijn provider
sign-in-with = In plaats daarvan aanmelden met { $provider }
sign-in-instead-tip =
    Voor providers die u op hun eigen pagina laten aanmelden (OAuth2): uw browser opent die, en de servers
    worden met die aanmelding gecontroleerd. Hier wordt geen wachtwoord ingetypt.
display-name = Uw naam (optioneel)
display-name-hint = getoond aan de mensen naar wie u schrijft
know-server = Ik ken mijn server
server = Mailserver
server-hint = bijv. mail.example.com, voor inkomende en uitgaande e-mail
server-invalid = Een servernaam bevat alleen letters, cijfers, punten en koppeltekens.
incoming-server = Inkomende server, als die anders is
incoming-server-hint = bijv. imap.example.com
username = Gebruikersnaam, als die niet uw e-mailadres is
username-hint = meestal uw volledige e-mailadres
ports = Uitgaande poorten om te proberen
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } is geen poortnummer (1–65535).
advanced = Geavanceerd
time-limit = Tijdslimiet per stap (seconden)
verify-all = Elke instelling verifiëren
verify-all-tip =
    Aanmelden op elke werkende poort, niet alleen op de aanbevolen poort (voor helpdesks). Standaard uit:
    providers kunnen een account blokkeren of markeren na veel aanmeldingen vanuit een nieuw programma.
client-id = Client-ID voor aanmelden, alleen als uw provider of beheerder u er een gaf
client-id-hint = voor ‘Aanmelden bij mijn provider’
tenant = Microsoft-tenant van die client-ID, als uw beheerder er een noemde
tenant-hint = bijv. contoso.onmicrosoft.com
allow-plaintext = Controle zonder versleuteling toestaan
allow-plaintext-warning =
    Alleen als uw server niets beters biedt: uw wachtwoord zou leesbaar zijn voor iedereen op het netwerk
    tussen u en de server. Dit geldt alleen voor de volgende controle, en zo’n instelling wordt nooit
    aanbevolen boven een versleutelde.
certificate = Extra vertrouwd certificaat (voor de certificeringsinstantie van een bedrijf of school)
certificate-none = geen
certificate-remove = Verwijderen
certificate-choose = Bestand kiezen…
certificate-path = Pad naar het certificaatbestand
certificate-path-hint = /pad/naar/bedrijfs-ca.pem
certificate-use = Dit bestand gebruiken
find-settings = Mijn instellingen vinden
start-over = Opnieuw beginnen
start-over-tip = Het formulier en wat onthouden is wissen

## Gedeelde onderdelen

decimal-point = ,
copy = Kopiëren
copy-what = { $what } kopiëren
copy-what-value = { $what } kopiëren: { $value }
copied = Gekopieerd
show-words-of = De instellingen tonen in de woorden van:
mark-works = Werkt
mark-failed = Mislukt
mark-stopped = Niet geprobeerd
