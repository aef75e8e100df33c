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
what-happens-body = Svar fra mange familier blir satt sammen. De ansatte ser tall bare for grupper der mange har svart, aldri hvordan én familie krysset av. Det du skriver med egne ord, kan ansatte lese, men med navn og nummer fjernet og uten å se hvem som skrev det. Svarene brukes til å gjøre tjenestene bedre, på møter der familier og ansatte sammen bestemmer hva som skal endres.
footer-privacy = Du svarer anonymt: vi lagrer ikke navn eller IP-adresse, og ansatte ser det du skriver med navn og nummer fjernet.

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
scale5-child-3 = Både og
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
search-total-few = Færre enn { $k } tekster passer
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

## Workshops ("you said, we did") and follow-up
unit-did-done = Gjort
unit-did-planned = Planlagt innen { $date }
workshops-title = Verksteder
workshops-intro = Samskapingsverksteder: familier, barn, ansatte og partnere bestemmer sammen hva som skal endres. Opprett et verksted, vis materiale, la deltakerne bli med på mobilen, og skriv ned hva som ble bestemt.
workshops-caption = Verksteder, nyeste først
workshops-none = Ingen verksteder ennå.
workshop-new = Nytt verksted
workshop-title-label = Tittel
workshop-scope = Handler om
workshop-scope-unit = En enhet
workshop-scope-district = En bydel
workshop-scope-theme = Et tema
workshop-stage = Fase
workshop-stage-planning = Planlegging
workshop-stage-development = Utvikling
workshop-stage-decision = Beslutning
workshop-stage-evaluation = Evaluering
workshop-with-children = Barn eller unge deltar
workshop-days = Dager koden kan brukes
workshop-create = Opprett verksted
workshop-code = Kode
workshop-status = Status
workshop-date = Dato
workshop-open = Åpent
workshop-closed = Lukket
workshop-join-at = Bli med på { $link }
workshop-join-until = Nye deltakere kan bli med fram til { $date } (UTC).
workshop-projector = Prosjektorvisning
workshop-summary = Referat
workshop-close = Lukk verkstedet
workshop-reopen = Åpne igjen
workshop-material = Materiale
workshop-no-material = Ikke noe materiale ennå. Legg til indikatortall, temaer eller sitater.
workshop-quote-pending = Venter på godkjenning: vises ikke ennå
workshop-approve = Godkjenn
workshop-remove = Fjern
workshop-add = Legg til
workshop-add-indicator = Indikatortall
workshop-add-theme = Tema
workshop-quotes = Sitater fra det folk skrev
workshop-quotes-hint = Sitatene kommer fra vaskede tekster om verkstedets enhet, bydel eller tema. Les hvert sitat før du godkjenner det: bare godkjente sitater vises.
workshop-quote-search = Ord å lete etter
workshop-quotes-withheld = For få tekster i denne gruppen til å vise sitater.
workshop-use-quote = Bruk dette sitatet
workshop-notes = Lapper
workshop-participants = { $count ->
    [one] { $count } deltaker
   *[other] { $count } deltakere
}
workshop-participants-label = Deltakere
workshop-group-notes = Velg lapper som hører sammen
workshop-in-proposal = i et forslag
workshop-vote-count = { $count ->
    [one] { $count } stemme
   *[other] { $count } stemmer
}
workshop-proposal-title = Forslag
workshop-make-proposal = Lag et forslag av de valgte lappene
workshop-proposals = Forslag
workshop-rating = vurdert til { $value } av 5 av { $count }
workshop-rating-few = { $count } vurderinger så langt (vises fra 3)
workshop-rating-hidden = Ikke nok vurderinger ennå
workshop-actions = Dette gjør vi
workshop-action-what = Hva som skal gjøres
workshop-action-who = Hvem som har ansvaret
workshop-action-due = Innen når
workshop-action-unit = Enheten tiltaket vises for
workshop-action-unit-same = Verkstedets enhet
workshop-action-unit-none = Ingen enhet
workshop-action-themes = Temaer det skal påvirke
workshop-action-indicators = Indikatorer det skal påvirke
workshop-action-record = Lagre tiltaket
workshop-action-done = Merk som gjort
workshop-action-reopen = Merk som ikke gjort
workshop-action-planned = Planlagt
workshop-batched = Resultatene kommer i puljer, så ingen enkeltpersons stemme kan ses.
workshop-votes-label = stemmer
workshop-theme = Tema
workshop-few = For få svar til å vise
workshop-enter-title = Bli med i et verksted
workshop-enter-intro = Skriv koden du ser på skjermen.
workshop-enter-go = Bli med
workshop-join-intro = Velkommen! Her kan du skrive hva du mener, og stemme på det som betyr mest for deg.
workshop-join-anonymous = Du oppgir ikke navnet ditt. Det du skriver, vises på skjermen uten navn.
workshop-join-role = Jeg deltar som
workshop-join = Bli med
workshop-role-parent = Forelder eller foresatt
workshop-role-child = Barn
workshop-role-youth = Ungdom
workshop-role-staff = Ansatt
workshop-role-partner = Samarbeidspartner
workshop-add-note = Skriv en lapp
workshop-note-label = Hva mener du?
workshop-note-hint = Høyst { $max } tegn. Ikke skriv navn eller telefonnumre.
workshop-note-send = Send lappen
workshop-no-notes = Ingen lapper ennå.
workshop-votes-left = { $count ->
    [one] Du har { $count } stemme igjen.
   *[other] Du har { $count } stemmer igjen.
}
workshop-vote = Stem på denne
workshop-unvote = Ta tilbake stemmen
workshop-rate = Lagre vurderingen
workshop-score-1 = 1 – ikke bra
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – veldig bra
workshop-closed-note = Verkstedet er lukket. Takk for at du var med!
workshop-done-joined = Velkommen! Du er med.
workshop-done-note = Takk, lappen din er lagret.
workshop-done-vote = Stemmen din er lagret.
workshop-done-unvote = Stemmen din er tatt tilbake.
workshop-done-rating = Vurderingen din er lagret.
workshop-error-title = Noe er ikke riktig
workshop-error-not-found = Vi finner ikke noe verksted med denne koden. Sjekk koden på skjermen og prøv igjen.
workshop-error-closed = Verkstedet er lukket, så dette ble ikke lagret. Takk for at du var med!
workshop-error-expired = Denne koden kan ikke lenger brukes for å bli med. Spør prosesslederen om hjelp.
workshop-error-too-fast = Du sender lapper veldig fort. Vent et minutt og prøv igjen; teksten din står under.
workshop-error-no-votes-left = Du har brukt alle stemmene dine. Ta tilbake en stemme for å gi den til en annen lapp.
workshop-error-unavailable = Dette kunne ikke lagres akkurat nå. Prøv igjen om litt; teksten din står under.
workshop-error-note = Skriv en lapp på høyst 500 tegn.
workshop-error-score = Velg en vurdering fra 1 til 5.
workshop-error-role = Velg hvordan du deltar.
workshop-error-workshop-title = Skriv en tittel.
workshop-error-material = Det materialet kan ikke legges til.
workshop-error-proposal = Skriv en kort tittel på forslaget.
workshop-error-action-what = Skriv hva som skal gjøres.
workshop-error-action-who = Skriv hvem som har ansvaret.
workshop-error-action-due = Oppgi datoen det skal være gjort innen.
workshop-error-scope = Velg en enhet, bydel eller et tema som finnes.
workshop-error-stage = Velg en fase.
follow-up-title = Oppfølging: førte det folk sa til noe?
follow-up-intro = Prosessindikatorene i planene: om barns synspunkter ble etterspurt, dokumentert og brukt (P1), om temaer fra tilbakemeldingene nådde et verksted og om tiltakene ble gjort (P2), og hvilke faser av samskaping hver enhet har dekket (P3).
follow-up-p2 = Temaer og tiltak (P2)
follow-up-p2-reached = { $percent } % av temaene som kom opp i tilbakemeldingene i år, nådde et verksted.
follow-up-p2-none = Ingen temaer kom opp ofte nok i år til å telle.
follow-up-p2-done = { $percent } % av { $count } tiltak fra verksteder er gjort.
follow-up-no-actions = Ingen tiltak fra verksteder er registrert ennå.
follow-up-themes-caption = Temaer de siste tolv månedene (tekster vises fra { $k })
follow-up-texts = Tekster
follow-up-workshops = Verksteder
follow-up-actions = Tiltak
follow-up-done = Gjort
follow-up-p1-p3 = Enheter: barns synspunkter (P1) og faser dekket (P3)
follow-up-units-caption = Per enhet: etterspurt → dokumentert → brukt, og faser av samskaping
follow-up-asked = Etterspurt
follow-up-documented = Dokumentert
follow-up-used = Brukt
follow-up-stages = Faser
follow-up-yes = Ja
follow-up-no = Nei
staff-nav-catalogue = Katalog
catalogue-title = Katalog
catalogue-intro = Skjemaene, spørsmålene deres på alle språk, og enhetene og stedene svarene hører til. Hver endring er en nummerert revisjon: svar som alt er gitt, beholder ordlyden de ble stilt med.
catalogue-places-title = Enheter og steder
catalogue-surveys-caption = Skjemaer
catalogue-survey = Skjema
catalogue-audience = For
catalogue-questions = Spørsmål
catalogue-languages = Fullstendige språk
catalogue-unreviewed = Tekster som ikke er kontrollert
catalogue-status = Status
catalogue-retired-count = { $count ->
    [one] { $count } tatt ut
   *[other] { $count } tatt ut
}
catalogue-offered = Tilbys
catalogue-withdrawn = Trukket tilbake
catalogue-revisions = Siste endringer
catalogue-revisions-intro = Katalogen er på revisjon { $revision }.
catalogue-revision = Revisjon
catalogue-no-revisions = Ingenting er endret siden standardkatalogen ble lastet inn.
catalogue-problems = Endringen ble ikke lagret
catalogue-survey-intro = Målgruppe: { $audience }. Spørsmål legges til her og tas ut på sin egen side; kodene deres endres aldri.
catalogue-questions-caption = Spørsmål i rekkefølge
catalogue-key = Kode
catalogue-question-text = Spørsmål
catalogue-kind = Svartype
catalogue-missing = Språk som mangler
catalogue-required = Obligatorisk
catalogue-asked = Stilles
catalogue-retired = Tatt ut
catalogue-survey-texts = Tittel og innledning
catalogue-offer-survey = Tilby dette skjemaet
catalogue-incomplete = ufullstendig
catalogue-not-reviewed = ikke kontrollert
catalogue-survey-title = Tittel
catalogue-survey-introduction = Innledning
catalogue-reviewed = Kontrollert av en som har språket som morsmål
catalogue-empty-removes = Tømmer du en tekst, fjernes det språket. Bokmål er påkrevd: alle andre språk faller tilbake til det.
catalogue-save = Lagre
catalogue-add-question = Legg til et spørsmål
catalogue-key-hint = Små bokstaver, sifre og bindestrek. Den kan ikke endres senere.
catalogue-kind-scale5 = Fem fjes (uenig … enig)
catalogue-kind-scale3 = Tre fjes (nei … ja)
catalogue-kind-yes-no = Ja, nei, vet ikke
catalogue-kind-single = Ett valg
catalogue-kind-multi = Flere valg
catalogue-kind-text = Fritekst
catalogue-section = Del
catalogue-question-text-nb = Spørsmålet på bokmål
catalogue-help-nb = Hjelpetekst på bokmål (valgfri)
catalogue-choices = Valg (bare for ett valg og flere valg)
catalogue-choices-hint = Ett per linje, som kode = tekst, for eksempel: buss = Buss
catalogue-add-question-hint = Spørsmålet legges til sist. Til det har tekst på et språk, tilbys ikke skjemaet på det språket: legg inn oversettelsene på spørsmålets side.
catalogue-question-heading = Spørsmål { $key }
catalogue-question-intro = Endre ordlyden på hvert språk, merk oversettelser som er kontrollert, eller ta spørsmålet ut.
catalogue-counts-for = teller for indikator { $indicator }
catalogue-ask-question = Still dette spørsmålet
catalogue-retire-hint = Et spørsmål som er tatt ut, stilles ikke lenger. Svarene beholdes og teller fortsatt i indikatorene.
catalogue-missing-text = ingen tekst
catalogue-help = Hjelpetekst
catalogue-choice-label = Tekst for { $value }
catalogue-versioned-hint = Ordlyden før endringen din tas vare på: svar som alt er gitt, vises med spørsmålet slik det ble stilt.
catalogue-earlier = Tidligere ordlyd
catalogue-earlier-caption = Erstattet ordlyd, med revisjonen som erstattet den
catalogue-language = Språk
catalogue-until = Erstattet i revisjon
catalogue-no-earlier = Ordlyden er ikke endret.
catalogue-places-intro = Enheter er tjenestene familiene svarer om; bydeler og soner er hvor de ligger. Koder endres aldri, fordi lenker, plakater og rapporter bruker dem. En stengt enhet tar ikke imot nye svar; svarene beholdes.
catalogue-units = Enheter
catalogue-new-unit = Ny enhet
catalogue-name = Navn
catalogue-service-kind = Tjeneste
catalogue-district = Bydel
catalogue-zone = Sone
catalogue-open = Åpen
catalogue-closed = Stengt
catalogue-districts = Bydeler
catalogue-unit-count = { $count ->
    [one] { $count } enhet
   *[other] { $count } enheter
}
catalogue-new-district = Ny bydel
catalogue-add = Legg til
catalogue-zones = Soner
catalogue-new-zone = Ny sone
catalogue-zone-hint = Valgfri. Sonen må ligge i enhetens bydel.
catalogue-unit-open = Åpen: tar imot svar
catalogue-unit-open-hint = Stenger du en enhet, stopper nye svar; svarene og tallene beholdes.
catalogue-saved = Lagret som revisjon { $revision }.
catalogue-unchanged = Ingenting ble endret.
catalogue-error-not-found = Det finnes ikke i katalogen.
catalogue-error-invalid-slug = En kode har 2–60 tegn: små bokstaver, sifre, bindestrek eller understrek.
catalogue-error-taken = Den koden er allerede i bruk.
catalogue-error-invalid-name = Skriv et navn på høyst 120 tegn.
catalogue-error-default-text-required = Teksten på bokmål er påkrevd.
catalogue-error-too-long = En tekst er for lang.
catalogue-error-unknown-service-kind = Velg en tjeneste.
catalogue-error-unknown-district = Velg en bydel.
catalogue-error-zone-outside-district = Sonen ligger ikke i den bydelen.
catalogue-error-unknown-kind = Velg en svartype.
catalogue-error-choices-needed = Gi to eller flere ulike valg, ett per linje, som kode = tekst.
catalogue-error-second-text-question = Skjemaet har allerede et fritekstspørsmål.
catalogue-error-title-kept = Tittelen på et språk kan ikke fjernes. For å slutte å tilby skjemaet på et språk, fjern teksten til et spørsmål på det språket.
catalogue-error-unavailable = Katalogen kunne ikke lagres akkurat nå. Ingenting ble endret; prøv igjen.
login-oidc = Logg inn med { $provider }
login-oidc-refused-title = Ingen tilgang til stemme
login-oidc-refused-body = Kontoen din i kommunen gir ingen rolle i stemme. Be administratoren om å legge deg i en gruppe som gir en rolle.
login-oidc-failed-title = Innloggingen virket ikke
login-oidc-failed-body = Innlogging gjennom kommunens innloggingstjeneste virket ikke. Gå tilbake til innloggingssiden og prøv igjen.

# Disclosure control: what protected figures mean.
hidden-too_few = For få svar (under { $k })
hidden-uniform = Skjult: alle svarte likt
figures-protected = Tallene er beskyttet: hvert antall kan avvike med noen få svar fra det nøyaktige, så ingen kan regne seg fram til en liten gruppe.
figures-protected-link = Hva betyr det?
figures-so-far = så langt
protection-title = Slik er tallene beskyttet
protection-why = Familiene svarer anonymt. For at ingen skal kunne finne ut hvordan en liten gruppe svarte, heller ikke ved å trekke ett tall fra et annet, er hvert tall som vises, beskyttet.
protection-noise-heading = Et lite avvik i hvert antall
protection-noise = Hvert antall har et lite, fast avvik på høyst { $noise } svar, som oftest 0 eller 1. De samme svarene får alltid det samme avviket, uansett hvordan du spør, så tallene endrer seg ikke fra gang til gang. Men forskjellen mellom to tall, for eksempel en bydel minus områdene i den, sier aldri nøyaktig hvor mange som er i en liten gruppe. Andeler og usikkerhetsintervaller er regnet ut fra de beskyttede tallene.
protection-hidden-heading = Tall som ikke vises
protection-too-few = gruppen har færre enn { $k } svar, eller så få at tallet med avviket blir under { $k }.
protection-uniform = i en liten gruppe (under dobbelt så mange svar som { $k }) ville 0 % eller 100 % fortelle hva hver enkelt svarte.
protection-periods-heading = Hele måneder
protection-periods = Visningene dekker hele måneder fram til den siste som er avsluttet. Måneden som pågår, vises bare når du velger den, og er merket «så langt».
protection-published = Det som vises utenfor kommunen (enhetens offentlige side og årsrapporten), har bare grupper med minst { $published_k } svar.
login-expired = Innloggingsskjemaet var utløpt eller kom fra en annen side. Skriv brukernavn og passord på nytt.

# API tokens on the users page.
tokens-title = API-nøkler
tokens-hint = Lag en nøkkel med «stemme token create --user BRUKERNAVN --name NAVN». En nøkkel som tilhører en bruker, slutter å virke når brukeren deaktiveres.
token-name = Navn
token-owner = Tilhører
token-created = Laget
token-expires = Utløper
token-never = aldri
token-status = Status
token-status-active = virker
token-status-expired = utløpt
token-status-revoked = trukket tilbake
token-status-owner_disabled = brukeren er deaktivert
token-revoke = Trekk tilbake
token-revoked = Nøkkelen er trukket tilbake.
workshop-error-quote = Bare sitater fra verkstedets eget utvalg kan legges til: tekster fra dets enhet, bydel eller tema.

# Recordings of questions (catalogue admin)
catalogue-recordings = Innlesinger
catalogue-recordings-intro = En innlesing spilles av i stedet for telefonens stemme når noen trykker «Les opp». Last opp MP3, Ogg, M4A, WebM eller WAV, høyst 2 MB. Endrer du spørsmålets tekst på et språk, eller slutter å stille spørsmålet, fjernes innlesingen.
catalogue-recording-none = Ingen innlesing ennå.
catalogue-recording-upload = Last opp innlesing
catalogue-recording-remove = Fjern innlesingen
catalogue-recording-file = Innlesing på { $lang }
catalogue-recording-not-audio = Filen er ikke en innlesing stemme kan spille av. Bruk MP3, Ogg, M4A, WebM eller WAV.
catalogue-recording-too-large = En innlesing kan være høyst 2 MB.
catalogue-recording-no-text = Skriv spørsmålet på dette språket før du legger til en innlesing.

# An answer sent without signal (form.js)
offline-kept = Du er uten nett. Svarene dine er tatt vare på her på telefonen og blir sendt av seg selv når du får nett igjen. La siden være åpen hvis du kan.
offline-sending = Du har nett igjen. Svarene sendes nå …

# The thank-you page of the children's forms
thanks-child-title = Takk! Nå har du sagt hva du synes.
thanks-child-body = Svaret ditt er sendt. De voksne i kommunen skal lese det og prøve å gjøre ting bedre for barn.
thanks-next-child = Neste barn
thanks-next-child-hint = Gir du telefonen eller nettbrettet videre? Da får neste barn et tomt skjema, og ingen ser hva dette barnet svarte.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] januar–mars
    [2] april–juni
    [3] juli–september
    *[4] oktober–desember
} { $year }
unit-none-yet = Det har ikke kommet nok svar ennå til å vise tall uten at noen kan kjennes igjen. Under ser du hva som er gjort etter det familiene har sagt.

# The privacy notice (/personvern) and the footer
privacy-title = Personvern
privacy-intro = Slik tar vi vare på det du svarer. Du svarer anonymt: vi spør aldri om navnet ditt.
privacy-h-who = Hvem er ansvarlig
privacy-who = { $municipality } er behandlingsansvarlig for svarene.
privacy-contact = Spørsmål om personvern: { $contact }
privacy-contact-none = Spørsmål om personvern kan du stille til kommunens personvernombud.
privacy-h-why = Hvorfor vi spør
privacy-why = For å finne ut om hjelpen familier og barn får, virker, og for å bestemme sammen med familiene hva som skal endres. Dette er en del av kommunens oppgave (personvernforordningen artikkel 6 nr. 1 bokstav e).
privacy-h-stored = Hva vi lagrer, og hvem som ser det
privacy-stored = Vi lagrer svarene dine, hvilken tjeneste og hvilket språk de gjelder, og måneden du svarte. Vi lagrer ikke navnet ditt, IP-adressen din eller noe annet som sier hvem du er. Det du skriver med egne ord, lagres slik du skrev det, men bare kommunens administrator kan lese det slik. Alle andre ansatte ser teksten med navn, telefonnumre og adresser fjernet, og ser tall bare for grupper på minst fem svar.
privacy-h-kept = Hvor lenge
privacy-kept-months = Svarene slettes etter { $months } måneder.
privacy-kept-forever = Svarene oppbevares så lenge kommunen bruker dem til å følge med på tjenestene, og slettes når de ikke lenger trengs.
privacy-h-rights = Dine rettigheter
privacy-rights = Fordi vi ikke vet hvem du er, kan vi ikke finne igjen ett bestemt svar fra deg. Du kan klage til Datatilsynet (datatilsynet.no) hvis du mener vi ikke tar vare på opplysningene slik vi skal.
footer-accessibility = Tilgjengelighetserklæring

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Gjelder ikke meg
choice-na-child = Vet ikke
