# Tekstar i grensesnittet til stemme, nynorsk. Nøklane er dei same i alle språkfilene.
# Enkle ord: mange som les, har norsk som andre- eller tredjespråk.

app-name = Stemme
skip-to-content = Gå til innhaldet
language-switcher = Språk
language-unavailable = Denne sida finst ikkje enno på språket du bad om ({ $code }). Du ser ho på dette språket i staden.

## Startside
home-title = Hjelpte hjelpa?
home-intro = Var hjelpa du fekk, nyttig? Sei det til kommunen. Du svarar anonymt, og det tek berre nokre minutt.
home-choose-form = Vel eit skjema
home-for-staff = For tilsette og samarbeidspartnarar
home-no-forms = Det er ingen skjema å svare på akkurat no.

## Anonymitet og personvern
anonymous-heading = Svaret ditt er anonymt
anonymous-body = Vi spør ikkje om namnet ditt. Vi lagrar ikkje kven du er eller kvar du svarar frå, og svaret ditt kjem aldri i saka di.
what-happens-summary = Kva skjer med svaret mitt?
what-happens-body = Svar frå mange familiar blir sette saman. Dei tilsette ser berre tal når mange har svart, aldri svaret til éin familie. Namn og nummer blir fjerna frå det du skriv, før nokon les det. Svara blir brukte til å gjere tenestene betre, på møte der familiar og tilsette saman bestemmer kva som skal endrast.
footer-privacy = Anonymt: Vi lagrar ingen namn, adresser eller IP-adresser saman med svara.

## Skjema
answering-about = Du svarar om:
choose-unit = Kva teneste svarar du om?
choose-unit-placeholder = Vel ei teneste
section-progress = Del { $current } av { $total }
progress-answered = Du har svart på { $answered } av { $total } spørsmål
required-mark = må svarast på
skip-hint = Du kan hoppe over alle spørsmål som ikkje er merkte «må svarast på».
role-question = Kven svarar du som?
role-skip = Eg vil helst ikkje seie det
role-parent = Forelder eller omsorgsperson
role-next_of_kin = Nær familie
role-client = Den som fekk hjelpa
role-resident = Ein som bur i området
role-participant = Ein som tek del i nærmiljøet
role-pupil = Elev
role-staff = Tilsett
role-partner = Samarbeidspartnar
scale5-1 = Heilt ueinig
scale5-2 = Litt ueinig
scale5-3 = Verken einig eller ueinig
scale5-4 = Litt einig
scale5-5 = Heilt einig
scale3-1 = Nei
scale3-2 = Litt
scale3-3 = Ja
yes_no-yes = Ja
yes_no-no = Nei
yes_no-unsure = Usikker
text-limit = Du kan skrive opptil { $max } teikn, på det språket du vil.
submit = Send svaret mitt

## Feil i skjemaet
form-has-errors = { $count ->
    [one] Det er éin ting du må rette før svaret kan sendast.
   *[other] Det er { $count } ting du må rette før svaret kan sendast.
}
form-kept = Det du har fylt ut, er teke vare på.
error-required = Hugs å svare på dette spørsmålet.
error-choice = Vel eitt av svara som står her.
error-text-too-long = Teksten er for lang: { $count } teikn, og det er berre plass til { $max }.
error-unit = Vel tenesta du svarar om.
error-role = Vel ei av rollene som står her, eller «Eg vil helst ikkje seie det».
error-rate-limited = Det kjem mange svar frå nettverket ditt akkurat no. Vent eit minutt, og send igjen.
error-unavailable = Vi fekk ikkje lagra svaret ditt akkurat no. Det du har fylt ut, er ikkje borte: prøv å sende igjen om litt.

## Takkeside
thanks-title = Tusen takk!
thanks-body = Svaret ditt er lagra.
thanks-next = Svaret ditt blir sett saman med svara frå andre familiar. Kommunen brukar dei til å finne ut kva som verkar, og til å bestemme saman med familiane kva som skal endrast.
thanks-another = Svar om ei anna teneste
back-home = Tilbake til starten

## Feilsider
error-title = Noko gjekk gale
error-body = Vi klarte ikkje å gjere det du bad om. Prøv igjen om litt.
not-found-title = Vi fann ikkje denne sida
not-found-body = Lenkja kan vere gammal eller skriven feil.

## Skjema for barn og opplesing
read-aloud = Les opp
read-aloud-stop = Stopp opplesinga
question-progress = Spørsmål { $current } av { $total }
next-question = Neste spørsmål
assisted-heading = Til den vaksne
assisted-by-question = Kven hjelper barnet med å svare?
role-other_adult = Ein annan vaksen
child-skip-hint = Du kan hoppe over eit spørsmål om du ikkje vil svare.
scale3-child-1 = Nei
scale3-child-2 = Litt
scale3-child-3 = Ja
scale5-child-1 = Nei, ikkje i det heile
scale5-child-2 = Nei, ikkje så mykje
scale5-child-3 = Veit ikkje
scale5-child-4 = Ja, for det meste
scale5-child-5 = Ja, veldig

## Plakatar
poster-scan = Skann koden med kameraet på mobilen for å svare.
poster-or-type = Eller skriv inn denne adressa:
posters-title = Plakatar til veggen
posters-intro = Skriv ut ein invitasjon med QR-kode, så familiane kan svare på sin eigen mobil. Vel språka familiane hos dykk les.
posters-languages = Språk på plakaten
posters-size = Papirstorleik
posters-make = Lag plakaten

## Fjerna personopplysningar (står i staden for det som vart fjerna)
pii-fnr = fødselsnummer
pii-account = kontonummer
pii-phone = telefon
pii-email = e-post
pii-address = adresse
pii-name = namn

## Innlogging for tilsette
login-title = Logg inn
login-submit = Logg inn
login-failed = Brukarnamnet eller passordet er feil.
logout = Logg ut
signed-in-as = Innlogga som { $name } ({ $role })
forbidden-title = Inga tilgang
forbidden-body = Rolla di gir ikkje tilgang til denne sida.
staff-nav-search = Søk i tekstar
staff-nav-posters = Plakatar

## Søk i fritekst
search-title = Kva familiane skriv
search-intro = Søk i det familiane har skrive med eigne ord. Namn, nummer og adresser er fjerna.
search-query-label = Søkjeord
search-query-hint = Ord på kva som helst av språka. Andre bøyingsformer blir også funne.
search-submit = Søk
search-filters = Avgrens utvalet
search-any = Alle
search-filter-lang = Språk
search-filter-unit = Teneste
search-filter-district = Bydel
search-filter-zone = Område
search-filter-survey = Skjema
search-filter-audience = Kven svarte
search-filter-theme = Tema
search-filter-from = Frå månad
search-filter-to = Til månad
search-total = { $count ->
    [one] Éin tekst passar
   *[other] { $count } tekstar passar
}
search-no-hits = Ingen tekstar passar til søket. Prøv eit anna ord eller eit større utval.
search-withheld-title = Tekstane blir ikkje viste
search-withheld = Utvalet du har valt, har færre enn { $k } svar. Då kan ein familie kjennast att, så tekstane blir ikkje viste. Vel eit større utval, til dømes fleire månader eller heile bydelen.
search-facets = Fordeling av tekstane
search-facet-few = færre enn { $k }
search-hit-language = Språk
search-hit-period = Periode
search-hit-unit = Teneste
search-lang-und = Språket er ikkje fastslått
search-declared-language = Skjemaet var på { $lang }
search-more = Vis fleire
search-facet-service_kind = Type teneste
search-rebuilding = Søket blir bygt opp att: { $percent } % er ferdig. Nokre tekstar manglar til det er ferdig.
audience-parent = Foreldre
audience-child_4_7 = Barn 4–7 år
audience-child_8_12 = Barn 8–12 år
audience-youth_13_18 = Ungdom 13–18 år
audience-partner = Samarbeidspartnarar
lang-da = dansk
lang-sv = svensk

## Indikatorar for planleggjarar
staff-nav-dashboard = Indikatorar
dashboard-title = Indikatorar
dashboard-intro = Delen som svarar positivt, med 95 % uvissheitsintervall. Grupper med færre enn { $k } svar, og tal som kunne avsløre dei, blir ikkje viste.
dashboard-core = Hjelpte hjelpa?
dashboard-by-district = Etter bydel
dashboard-by-zone = Etter område
dashboard-trend = Utvikling over tid
dashboard-grain = Periodelengd
grain-month = Månad
grain-quarter = Kvartal
grain-year = År
dashboard-show = Vis
dashboard-table = Tala i ein tabell
dashboard-no-data = Ingen svar i denne perioden.
dashboard-themes = Tema i det familiane skriv
dashboard-change = Endring frå førre periode: { $change } prosentpoeng
dashboard-change-real = (større enn uvissa)
dashboard-change-noise = (innanfor uvissa)
table-group = Gruppe
table-share = Del positive
table-interval = Uvisse (95 %)
table-n = Tal på svar
dashboard-registry = Tal frå registera, ved sida av det familiane sjølve svarar
dashboard-self-report = Familiane sine eigne svar (del positive)
registry-city = Heile byen
table-value = Verdi
table-source = Kjelde
unit-title = Dette sa familiane
unit-intro = Slik svara familiane som har fått hjelp hos { $name }, dei siste fire heile kvartala. Vi viser berre tal for grupper med minst { $k } svar, så ingen kan kjennast att.
unit-few = Færre enn { $k } svar – ikkje vist
unit-said = Dette sa de
unit-quarter = Kvartal
unit-agree = Seier ja
unit-did = Dette gjorde vi
unit-did-none = Her kjem tiltaka som familiar og tilsette blir samde om i verkstadene. Ingen tiltak er registrerte enno.
unit-answer = Svar på undersøkinga
thanks-see-unit = Sjå kva familiane har sagt om { $name }
report-voice = Familiane si stemme: hjelpa hjelper
dashboard-report = Årsrapport
dashboard-report-intro = Tabellane til levekårsbudsjettet og årsrapporten: éin tabell per utfallsområde med familiane sine eigne svar, tal frå registera og utviklinga gjennom året. Rapporten blir rekna som publisert: grupper under { $k } blir ikkje viste, og berre heile månader er med.
dashboard-report-year = År
dashboard-report-xlsx = Last ned (Excel)
dashboard-report-csv = Last ned årsrapporten for { $year } som CSV
dashboard-theme-trend = Tema kvartal for kvartal
dashboard-theme-trend-hint = Talet på tekstar med temaet, og delen av alle tekstane i kvartalet. – tyder at det er for få tekstar til å vise.
staff-nav-themes = Tema
themes-title = Tema
themes-intro = Temaa familiane skriv om, med søkjeorda som merkjer tekstane. Når de endrar eit tema, blir alle lagra tekstar merkte på nytt innan kort tid.
themes-caption = Tema, søkjeord og kor ofte merka er stadfesta eller avviste
themes-new = Nytt tema
themes-edit = Endre tema
themes-confirmed = Stadfesta
themes-rejected = Avvist
themes-precision = Treffsikkerheit
theme-name = Namn
theme-terms = Søkjeord
theme-terms-hint = Eitt søkjeord per linje (eller skilde med komma). Orda finn også bøygde former på språket i teksten.
theme-code = Kode
theme-code-hint = Små bokstavar a–z, tal, - og _. Koden kan ikkje endrast seinare.
theme-form-intro = Skriv namn og søkjeord på dei språka de kan. Eit namn på bokmål og minst eitt søkjeord trengst.
theme-problems = Temaet vart ikkje lagra
theme-save = Lagre og merk tekstane på nytt
theme-cancel = Avbryt
theme-saved = { $name } er lagra. Tekstane blir merkte på nytt no.
staff-nav-indicators = Indikatorar
indicators-title = Indikatorar
indicators-intro = Indikatorane som svara tel inn i: kva plan dei rapporterer til, kva utfallsområde dei høyrer til, og kva spørsmål og svar som tel som positive.
indicator-plan = Plan og innsatsområde
indicator-outcome = Utfallsområde
indicator-no-outcome = Ingen
indicator-questions = Spørsmål som tel
indicator-positive = positive svar
indicator-no-questions = Ingen spørsmål tel inn i denne indikatoren enno.
indicator-questions-hint = Kva spørsmål som tel, står i skjemaa. Svara blir rekna på nytt av seg sjølve når eit spørsmål blir endra.
indicator-problems = Indikatoren vart ikkje lagra
indicator-save = Lagre
indicator-saved = { $name } er lagra.
staff-nav-registry = Registertal
registry-title = Tal frå registera
registry-intro = Last opp tal frå microdata.no, SSB, Bufdir eller KOSTRA som ei CSV-fil med kolonnane indicator, area, period, value og source (og eventuelt note). Tala blir viste ved sida av familiane sine eigne svar for same utfallsområde. Heile fila blir lagra, eller ingenting.
registry-file = CSV-fil
registry-file-hint = Sjå docs/registry-example.csv for eit døme. Høgst 5 MB.
registry-upload = Last opp
registry-imported = { $count } tal er lagra.
registry-problems = Ingenting vart lagra. Rett desse linjene og last opp fila på nytt:
registry-line = Linje { $line }
registry-stored = Lagra tal
registry-indicator = Indikator
registry-none = Ingen tal er lasta opp enno.
dashboard-window-edge = Den første eller siste månaden i perioden har for få svar til å visast for seg, og då kan ikkje perioden visast heller. Vel ein periode som sluttar ein månad tidlegare.

## Staff accounts, sessions and the audit log
login-username-label = Brukarnamn
login-password-label = Passord
staff-nav-follow-up = Oppfølging
staff-nav-workshops = Verkstader
staff-nav-users = Brukarar
staff-nav-audit = Logg
staff-nav-account = Kontoen din
staff-role-admin = Administrator
staff-role-planner = Planleggjar
staff-role-facilitator = Prosessleiar
staff-role-unit-lead = Einingsleiar
users-title = Brukarar
users-caption = Kontoar for tilsette
user-username = Brukarnamn
user-username-hint = 2–32 teikn: små bokstavar, siffer, punktum, bindestrek eller understrek.
user-display-name = Namn
user-role = Rolle
user-units = Einingar
user-units-hint = Berre for einingsleiarar: einingane dei kan lese, skilde med komma.
user-password = Passord
user-password-hint = La feltet stå tomt for å få eit laga passord, som blir vist éin gong.
user-status = Status
user-actions = Handlingar
user-active = Aktiv
user-disabled = Deaktivert
user-disable = Deaktiver
user-enable = Aktiver
user-reset = Nytt passord
user-save-role = Lagre rolle
user-new = Ny konto
user-create = Opprett konto
user-created = Kontoen vart oppretta.
user-changed = Kontoen vart endra.
user-new-password = Passordet til { $name }, vist berre no. Gi det vidare personleg eller på telefon; det bør bytast ved første innlogging.
user-error-invalid-username = Eit brukarnamn har 2–32 teikn: små bokstavar, siffer, punktum, bindestrek eller understrek.
user-error-username-taken = Brukarnamnet er teke.
user-error-not-found = Kontoen finst ikkje.
user-error-unknown-unit = Ei av einingane finst ikkje. Bruk kortnamna til einingane frå lista.
user-error-units-needed = Ein einingsleiar treng minst éi eining.
user-error-invalid-name = Skriv eit namn på 1–100 teikn.
user-error-last-admin = Den siste aktive administratoren kan ikkje deaktiverast eller få ei anna rolle.
user-error-password-too-short = Passordet må ha minst 12 teikn. Nokre ord etter kvarandre gir eit godt passord.
user-error-password-too-long = Passordet kan ha høgst 256 teikn.
user-error-unavailable = Endringa kunne ikkje lagrast akkurat no. Prøv igjen om litt.
account-title = Kontoen din
account-change-password = Byt passord
account-current = Noverande passord
account-new = Nytt passord
account-new-hint = Minst { $count } teikn. Nokre ord etter kvarandre gir eit godt passord.
account-repeat = Nytt passord ein gong til
account-save = Byt passord
account-mismatch = Dei to nye passorda er ikkje like.
account-wrong-password = Det noverande passordet er feil.
account-password-changed = Passordet ditt er bytt. Dei andre øktene dine er logga ut.
audit-title = Logg
audit-intro = Kven som logga inn, las råtekst, eksporterte, sletta eller endra noko, og når. Loggen inneheld aldri det innbyggjarane skreiv.
audit-actor = Kven
audit-action = Handling
audit-from = Frå
audit-to = Til
audit-filter = Filtrer
audit-caption = Registrerte handlingar, nyaste først
audit-at = Når (UTC)
audit-target = Kva
audit-detail = Detaljar
audit-none = Ingen registrerte handlingar passar med filtera.
audit-older = Eldre oppføringar
