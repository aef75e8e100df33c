# Tekster i grensesnittet til stemme, bokmål. Nøklene er de samme i alle språkfilene.
# Enkle ord: mange som leser, har norsk som andre- eller tredjespråk.

app-name = Stemme
skip-to-content = Gå til innholdet
language-switcher = Språk
language-unavailable = Denne siden finnes ikke ennå på språket du ba om ({ $code }). Du ser den på dette språket i stedet.

## Startside
home-title = Hjalp hjelpen?
home-intro = Var hjelpen du fikk, nyttig? Si det til kommunen. Du svarer anonymt, og det tar bare noen minutter.
home-choose-form = Velg et skjema
home-for-staff = For ansatte og samarbeidspartnere
home-no-forms = Det er ingen skjemaer å svare på akkurat nå.

## Anonymitet og personvern
anonymous-heading = Svaret ditt er anonymt
anonymous-body = Vi spør ikke om navnet ditt. Vi lagrer ikke hvem du er eller hvor du svarer fra, og svaret ditt kommer aldri i saken din.
what-happens-summary = Hva skjer med svaret mitt?
what-happens-body = Svar fra mange familier blir satt sammen. De ansatte ser bare tall når mange har svart, aldri svaret til én familie. Navn og nummer blir fjernet fra det du skriver, før noen leser det. Svarene brukes til å gjøre tjenestene bedre, på møter der familier og ansatte sammen bestemmer hva som skal endres.
footer-privacy = Anonymt: Vi lagrer ingen navn, adresser eller IP-adresser sammen med svarene.

## Skjema
answering-about = Du svarer om:
choose-unit = Hvilken tjeneste svarer du om?
choose-unit-placeholder = Velg en tjeneste
section-progress = Del { $current } av { $total }
progress-answered = Du har svart på { $answered } av { $total } spørsmål
required-mark = må besvares
skip-hint = Du kan hoppe over alle spørsmål som ikke er merket «må besvares».
role-question = Hvem svarer du som?
role-skip = Jeg vil helst ikke si det
role-parent = Forelder eller omsorgsperson
role-next_of_kin = Nær familie
role-client = Den som fikk hjelpen
role-resident = En som bor i området
role-participant = En som deltar i nærmiljøet
role-pupil = Elev
role-staff = Ansatt
role-partner = Samarbeidspartner
scale5-1 = Helt uenig
scale5-2 = Litt uenig
scale5-3 = Verken enig eller uenig
scale5-4 = Litt enig
scale5-5 = Helt enig
scale3-1 = Nei
scale3-2 = Litt
scale3-3 = Ja
yes_no-yes = Ja
yes_no-no = Nei
yes_no-unsure = Usikker
text-limit = Du kan skrive opptil { $max } tegn, på det språket du vil.
submit = Send svaret mitt

## Feil i skjemaet
form-has-errors = { $count ->
    [one] Det er én ting du må rette før svaret kan sendes.
   *[other] Det er { $count } ting du må rette før svaret kan sendes.
}
form-kept = Det du har fylt ut, er tatt vare på.
error-required = Husk å svare på dette spørsmålet.
error-choice = Velg ett av svarene som står her.
error-text-too-long = Teksten er for lang: { $count } tegn, og det er bare plass til { $max }.
error-unit = Velg tjenesten du svarer om.
error-role = Velg en av rollene som står her, eller «Jeg vil helst ikke si det».
error-rate-limited = Det kommer mange svar fra nettverket ditt akkurat nå. Vent et minutt, og send igjen.
error-unavailable = Vi fikk ikke lagret svaret ditt akkurat nå. Det du har fylt ut, er ikke borte: prøv å sende igjen om litt.

## Takkeside
thanks-title = Tusen takk!
thanks-body = Svaret ditt er lagret.
thanks-next = Svaret ditt blir satt sammen med svarene fra andre familier. Kommunen bruker dem til å finne ut hva som virker, og til å bestemme sammen med familiene hva som skal endres.
thanks-another = Svar om en annen tjeneste
back-home = Tilbake til starten

## Feilsider
error-title = Noe gikk galt
error-body = Vi klarte ikke å gjøre det du ba om. Prøv igjen om litt.
not-found-title = Vi fant ikke denne siden
not-found-body = Lenken kan være gammel eller skrevet feil.

## Skjema for barn og opplesing
read-aloud = Les opp
read-aloud-stop = Stopp opplesingen
question-progress = Spørsmål { $current } av { $total }
next-question = Neste spørsmål
assisted-heading = Til den voksne
assisted-by-question = Hvem hjelper barnet med å svare?
role-other_adult = En annen voksen
child-skip-hint = Du kan hoppe over et spørsmål hvis du ikke vil svare.
scale3-child-1 = Nei
scale3-child-2 = Litt
scale3-child-3 = Ja
scale5-child-1 = Nei, ikke i det hele tatt
scale5-child-2 = Nei, ikke så mye
scale5-child-3 = Vet ikke
scale5-child-4 = Ja, for det meste
scale5-child-5 = Ja, veldig

## Plakater
poster-scan = Skann koden med kameraet på mobilen for å svare.
poster-or-type = Eller skriv inn denne adressen:
posters-title = Plakater til veggen
posters-intro = Skriv ut en invitasjon med QR-kode, så familiene kan svare på sin egen mobil. Velg språkene familiene hos dere leser.
posters-languages = Språk på plakaten
posters-size = Papirstørrelse
posters-make = Lag plakaten

## Fjernede personopplysninger (står i stedet for det som ble fjernet)
pii-fnr = fødselsnummer
pii-account = kontonummer
pii-phone = telefon
pii-email = e-post
pii-address = adresse
pii-name = navn

## Innlogging for ansatte
login-title = Logg inn
login-submit = Logg inn
login-failed = Brukernavnet eller passordet er feil.
logout = Logg ut
signed-in-as = Innlogget som { $name } ({ $role })
forbidden-title = Ingen tilgang
forbidden-body = Rollen din gir ikke tilgang til denne siden.
staff-nav-search = Søk i tekster
staff-nav-posters = Plakater

## Søk i fritekst
search-title = Hva familiene skriver
search-intro = Søk i det familiene har skrevet med egne ord. Navn, nummer og adresser er fjernet.
search-query-label = Søkeord
search-query-hint = Ord på hvilket som helst av språkene. Andre bøyningsformer blir også funnet.
search-submit = Søk
search-filters = Avgrens utvalget
search-any = Alle
search-filter-lang = Språk
search-filter-unit = Tjeneste
search-filter-district = Bydel
search-filter-zone = Område
search-filter-survey = Skjema
search-filter-audience = Hvem svarte
search-filter-theme = Tema
search-filter-from = Fra måned
search-filter-to = Til måned
search-total = { $count ->
    [one] Én tekst passer
   *[other] { $count } tekster passer
}
search-no-hits = Ingen tekster passer søket. Prøv et annet ord eller et større utvalg.
search-withheld-title = Tekstene vises ikke
search-withheld = Utvalget du har valgt, har færre enn { $k } svar. Da kan en familie kjennes igjen, så tekstene vises ikke. Velg et større utvalg, for eksempel flere måneder eller hele bydelen.
search-facets = Fordeling av tekstene
search-facet-few = færre enn { $k }
search-hit-language = Språk
search-hit-period = Periode
search-hit-unit = Tjeneste
search-lang-und = Språk ikke fastslått
search-declared-language = Skjemaet var på { $lang }
search-more = Vis flere
search-facet-service_kind = Type tjeneste
search-rebuilding = Søket bygges opp igjen: { $percent } % er ferdig. Noen tekster mangler til det er ferdig.
audience-parent = Foreldre
audience-child_4_7 = Barn 4–7 år
audience-child_8_12 = Barn 8–12 år
audience-youth_13_18 = Ungdom 13–18 år
audience-partner = Samarbeidspartnere
lang-da = dansk
lang-sv = svensk

## Indikatorer for planleggere
staff-nav-dashboard = Indikatorer
dashboard-title = Indikatorer
dashboard-intro = Andelen som svarer positivt, med 95 % usikkerhetsintervall. Grupper med færre enn { $k } svar, og tall som kunne avsløre dem, vises ikke.
dashboard-core = Hjalp hjelpen?
dashboard-by-district = Etter bydel
dashboard-by-zone = Etter område
dashboard-trend = Utvikling over tid
dashboard-grain = Periodelengde
grain-month = Måned
grain-quarter = Kvartal
grain-year = År
dashboard-show = Vis
dashboard-table = Tallene i en tabell
dashboard-no-data = Ingen svar i denne perioden.
dashboard-themes = Temaer i det familiene skriver
dashboard-change = Endring fra forrige periode: { $change } prosentpoeng
dashboard-change-real = (større enn usikkerheten)
dashboard-change-noise = (innenfor usikkerheten)
table-group = Gruppe
table-share = Andel positive
table-interval = Usikkerhet (95 %)
table-n = Antall svar
dashboard-registry = Tall fra registrene, ved siden av det familiene selv svarer
dashboard-self-report = Familienes egne svar (andel positive)
registry-city = Hele byen
table-value = Verdi
table-source = Kilde
unit-title = Dette sa familiene
unit-intro = Slik svarte familiene som har fått hjelp hos { $name }, de siste fire hele kvartalene. Vi viser bare tall for grupper på minst { $k } svar, så ingen kan kjennes igjen.
unit-few = Færre enn { $k } svar – ikke vist
unit-said = Dette sa dere
unit-quarter = Kvartal
unit-agree = Sier ja
unit-did = Dette gjorde vi
unit-did-none = Her kommer tiltakene som familier og ansatte blir enige om i verkstedene. Ingen tiltak er registrert ennå.
unit-answer = Svar på undersøkelsen
thanks-see-unit = Se hva familiene har sagt om { $name }
report-voice = Familienes stemme: hjelpen hjelper
dashboard-report = Årsrapport
dashboard-report-intro = Tabellene til levekårsbudsjettet og årsrapporten: én tabell per utfallsområde med familienes egne svar, tall fra registrene og utviklingen gjennom året. Rapporten regnes som publisert: grupper under { $k } vises ikke, og bare hele måneder er med.
dashboard-report-year = År
dashboard-report-xlsx = Last ned (Excel)
dashboard-report-csv = Last ned årsrapporten for { $year } som CSV
dashboard-theme-trend = Temaer kvartal for kvartal
dashboard-theme-trend-hint = Antall tekster med temaet, og andelen av alle tekstene i kvartalet. – betyr for få tekster til å vise.
staff-nav-themes = Temaer
themes-title = Temaer
themes-intro = Temaene familiene skriver om, med søkeordene som merker tekstene. Når dere endrer et tema, blir alle lagrede tekster merket på nytt i løpet av kort tid.
themes-caption = Temaer, søkeord og hvor ofte merkene er bekreftet eller avvist
themes-new = Nytt tema
themes-edit = Endre tema
themes-confirmed = Bekreftet
themes-rejected = Avvist
themes-precision = Treffsikkerhet
theme-name = Navn
theme-terms = Søkeord
theme-terms-hint = Ett søkeord per linje (eller skilt med komma). Ordene finner også bøyde former i tekstens språk.
theme-code = Kode
theme-code-hint = Små bokstaver a–z, tall, - og _. Koden kan ikke endres senere.
theme-form-intro = Skriv navn og søkeord på de språkene dere kan. Et navn på bokmål og minst ett søkeord trengs.
theme-problems = Temaet ble ikke lagret
theme-save = Lagre og merk tekstene på nytt
theme-cancel = Avbryt
theme-saved = { $name } er lagret. Tekstene blir merket på nytt nå.
staff-nav-indicators = Indikatorer
indicators-title = Indikatorer
indicators-intro = Indikatorene som svarene teller inn i: hvilken plan de rapporterer til, hvilket utfallsområde de hører til, og hvilke spørsmål og svar som teller som positive.
indicator-plan = Plan og innsatsområde
indicator-outcome = Utfallsområde
indicator-no-outcome = Ingen
indicator-questions = Spørsmål som teller
indicator-positive = positive svar
indicator-no-questions = Ingen spørsmål teller inn i denne indikatoren ennå.
indicator-questions-hint = Hvilke spørsmål som teller, står i skjemaene. Svarene regnes på nytt av seg selv når et spørsmål endres.
indicator-problems = Indikatoren ble ikke lagret
indicator-save = Lagre
indicator-saved = { $name } er lagret.
staff-nav-registry = Registertall
registry-title = Tall fra registrene
registry-intro = Last opp tall fra microdata.no, SSB, Bufdir eller KOSTRA som en CSV-fil med kolonnene indicator, area, period, value og source (og eventuelt note). Tallene vises ved siden av familienes egne svar for samme utfallsområde. Hele filen lagres, eller ingenting.
registry-file = CSV-fil
registry-file-hint = Se docs/registry-example.csv for et eksempel. Høyst 5 MB.
registry-upload = Last opp
registry-imported = { $count } tall er lagret.
registry-problems = Ingenting ble lagret. Rett disse linjene og last opp filen på nytt:
registry-line = Linje { $line }
registry-stored = Lagrede tall
registry-indicator = Indikator
registry-none = Ingen tall er lastet opp ennå.
dashboard-window-edge = Den første eller siste måneden i perioden har for få svar til å vises for seg, og da kan ikke perioden vises heller. Velg en periode som slutter en måned tidligere.

## Staff accounts, sessions and the audit log
login-username-label = Brukernavn
login-password-label = Passord
staff-nav-follow-up = Oppfølging
staff-nav-workshops = Verksteder
staff-nav-users = Brukere
staff-nav-audit = Logg
staff-nav-account = Din konto
staff-role-admin = Administrator
staff-role-planner = Planlegger
staff-role-facilitator = Prosessleder
staff-role-unit-lead = Enhetsleder
users-title = Brukere
users-caption = Kontoer for ansatte
user-username = Brukernavn
user-username-hint = 2–32 tegn: små bokstaver, sifre, punktum, bindestrek eller understrek.
user-display-name = Navn
user-role = Rolle
user-units = Enheter
user-units-hint = Bare for enhetsledere: enhetene de kan lese, skilt med komma.
user-password = Passord
user-password-hint = La feltet stå tomt for å få et laget passord, som vises én gang.
user-status = Status
user-actions = Handlinger
user-active = Aktiv
user-disabled = Deaktivert
user-disable = Deaktiver
user-enable = Aktiver
user-reset = Nytt passord
user-save-role = Lagre rolle
user-new = Ny konto
user-create = Opprett konto
user-created = Kontoen ble opprettet.
user-changed = Kontoen ble endret.
user-new-password = Passordet til { $name }, vist bare nå. Gi det videre personlig eller på telefon; det bør byttes ved første innlogging.
user-error-invalid-username = Et brukernavn har 2–32 tegn: små bokstaver, sifre, punktum, bindestrek eller understrek.
user-error-username-taken = Brukernavnet er tatt.
user-error-not-found = Kontoen finnes ikke.
user-error-unknown-unit = En av enhetene finnes ikke. Bruk enhetenes kortnavn fra listen.
user-error-units-needed = En enhetsleder trenger minst én enhet.
user-error-invalid-name = Skriv et navn på 1–100 tegn.
user-error-last-admin = Den siste aktive administratoren kan ikke deaktiveres eller få en annen rolle.
user-error-password-too-short = Passordet må ha minst 12 tegn. Noen ord etter hverandre gir et godt passord.
user-error-password-too-long = Passordet kan ha høyst 256 tegn.
user-error-unavailable = Endringen kunne ikke lagres akkurat nå. Prøv igjen om litt.
account-title = Din konto
account-change-password = Bytt passord
account-current = Nåværende passord
account-new = Nytt passord
account-new-hint = Minst { $count } tegn. Noen ord etter hverandre gir et godt passord.
account-repeat = Nytt passord en gang til
account-save = Bytt passord
account-mismatch = De to nye passordene er ikke like.
account-wrong-password = Det nåværende passordet er feil.
account-password-changed = Passordet ditt er byttet. Dine andre økter er logget ut.
audit-title = Logg
audit-intro = Hvem som logget inn, leste råtekst, eksporterte, slettet eller endret noe, og når. Loggen inneholder aldri det innbyggerne skrev.
audit-actor = Hvem
audit-action = Handling
audit-from = Fra
audit-to = Til
audit-filter = Filtrer
audit-caption = Registrerte handlinger, nyeste først
audit-at = Når (UTC)
audit-target = Hva
audit-detail = Detaljer
audit-none = Ingen registrerte handlinger passer med filtrene.
audit-older = Eldre oppføringer
