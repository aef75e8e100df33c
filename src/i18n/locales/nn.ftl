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
what-happens-body = Svar frå mange familiar blir sette saman. Dei tilsette ser tal berre for grupper der mange har svara, aldri korleis éin familie kryssa av. Det du skriv med eigne ord, kan tilsette lese, men med namn og nummer fjerna og utan å sjå kven som skreiv det. Svara blir brukte til å gjere tenestene betre, på møte der familiar og tilsette saman avgjer kva som skal endrast.
footer-privacy = Du svarar anonymt: vi lagrar ikkje namn eller IP-adresse, og tilsette ser det du skriv med namn og nummer fjerna.

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
scale5-child-3 = Både og
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
search-total-few = Færre enn { $k } tekstar passar
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

## Workshops ("you said, we did") and follow-up
unit-did-done = Gjort
unit-did-planned = Planlagt innan { $date }
workshops-title = Verkstader
workshops-intro = Samskapingsverkstader: familiar, barn, tilsette og partnarar bestemmer saman kva som skal endrast. Opprett eit verkstad, vis materiale, la deltakarane bli med på mobilen, og skriv ned kva som vart bestemt.
workshops-caption = Verkstader, nyaste først
workshops-none = Ingen verkstader enno.
workshop-new = Nytt verkstad
workshop-title-label = Tittel
workshop-scope = Handlar om
workshop-scope-unit = Ei eining
workshop-scope-district = Ein bydel
workshop-scope-theme = Eit tema
workshop-stage = Fase
workshop-stage-planning = Planlegging
workshop-stage-development = Utvikling
workshop-stage-decision = Avgjerd
workshop-stage-evaluation = Evaluering
workshop-with-children = Barn eller unge er med
workshop-days = Dagar koden kan brukast
workshop-create = Opprett verkstad
workshop-code = Kode
workshop-status = Status
workshop-date = Dato
workshop-open = Ope
workshop-closed = Lukka
workshop-join-at = Bli med på { $link }
workshop-join-until = Nye deltakarar kan bli med fram til { $date } (UTC).
workshop-projector = Prosjektorvising
workshop-summary = Referat
workshop-close = Lukk verkstadet
workshop-reopen = Opne igjen
workshop-material = Materiale
workshop-no-material = Ikkje noko materiale enno. Legg til indikatortal, tema eller sitat.
workshop-quote-pending = Ventar på godkjenninga di: blir ikkje vist enno
workshop-approve = Godkjenn
workshop-remove = Fjern
workshop-add = Legg til
workshop-add-indicator = Indikatortal
workshop-add-theme = Tema
workshop-quotes = Sitat frå det folk skreiv
workshop-quotes-hint = Sitata kjem frå vaska tekstar om eininga, bydelen eller temaet til verkstadet. Les kvart sitat før du godkjenner det: berre godkjende sitat blir viste.
workshop-quote-search = Ord å leite etter
workshop-quotes-withheld = For få tekstar i denne gruppa til å vise sitat.
workshop-use-quote = Bruk dette sitatet
workshop-notes = Lappar
workshop-participants = { $count ->
    [one] { $count } deltakar
   *[other] { $count } deltakarar
}
workshop-participants-label = Deltakarar
workshop-group-notes = Vel lappar som høyrer saman
workshop-in-proposal = i eit forslag
workshop-vote-count = { $count ->
    [one] { $count } stemme
   *[other] { $count } stemmer
}
workshop-proposal-title = Forslag
workshop-make-proposal = Lag eit forslag av dei valde lappane
workshop-proposals = Forslag
workshop-rating = vurdert til { $value } av 5 av { $count }
workshop-rating-few = { $count } vurderingar så langt (blir viste frå 3)
workshop-rating-hidden = Ikkje nok vurderingar enno
workshop-actions = Dette gjer vi
workshop-action-what = Kva som skal gjerast
workshop-action-who = Kven som har ansvaret
workshop-action-due = Innan når
workshop-action-unit = Eininga tiltaket blir vist for
workshop-action-unit-same = Eininga til verkstadet
workshop-action-unit-none = Inga eining
workshop-action-themes = Tema det skal påverke
workshop-action-indicators = Indikatorar det skal påverke
workshop-action-record = Lagre tiltaket
workshop-action-done = Merk som gjort
workshop-action-reopen = Merk som ikkje gjort
workshop-action-planned = Planlagt
workshop-batched = Resultata kjem i puljar, så ingen kan sjå kva éin person har stemt.
workshop-votes-label = stemmer
workshop-theme = Tema
workshop-few = For få svar til å vise
workshop-enter-title = Bli med i eit verkstad
workshop-enter-intro = Skriv koden du ser på skjermen.
workshop-enter-go = Bli med
workshop-join-intro = Velkomen! Her kan du skrive kva du meiner, og stemme på det som betyr mest for deg.
workshop-join-anonymous = Du skriv ikkje namnet ditt. Det du skriv, blir vist på skjermen utan namn.
workshop-join-role = Eg er med som
workshop-join = Bli med
workshop-role-parent = Forelder eller omsorgsperson
workshop-role-child = Barn
workshop-role-youth = Ungdom
workshop-role-staff = Tilsett
workshop-role-partner = Samarbeidspartnar
workshop-add-note = Skriv ein lapp
workshop-note-label = Kva meiner du?
workshop-note-hint = Høgst { $max } teikn. Ikkje skriv namn eller telefonnummer.
workshop-note-send = Send lappen
workshop-no-notes = Ingen lappar enno.
workshop-votes-left = { $count ->
    [one] Du har { $count } stemme att.
   *[other] Du har { $count } stemmer att.
}
workshop-vote = Stem på denne
workshop-unvote = Ta tilbake stemma mi
workshop-rate = Lagre vurderinga mi
workshop-score-1 = 1 – ikkje bra
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – veldig bra
workshop-closed-note = Verkstadet er lukka. Takk for at du var med!
workshop-done-joined = Velkomen! No er du med.
workshop-done-note = Takk, lappen din er lagra.
workshop-done-vote = Stemma di er lagra.
workshop-done-unvote = Stemma di er teken tilbake.
workshop-done-rating = Vurderinga di er lagra.
workshop-error-title = Noko er ikkje rett
workshop-error-not-found = Vi finn ikkje noko verkstad med denne koden. Sjå på koden på skjermen og prøv igjen.
workshop-error-closed = Verkstadet er lukka, så dette vart ikkje lagra. Takk for at du var med!
workshop-error-expired = Denne koden kan ikkje lenger brukast for å bli med. Spør prosessleiaren om hjelp.
workshop-error-too-fast = Du sender lappar veldig fort. Vent eit minutt og prøv igjen; teksten din står under.
workshop-error-no-votes-left = Du har brukt alle stemmene dine. Ta tilbake ei stemme for å gi ho til ein annan lapp.
workshop-error-unavailable = Dette kunne ikkje lagrast akkurat no. Prøv igjen om litt; teksten din står under.
workshop-error-note = Skriv ein lapp på høgst 500 teikn.
workshop-error-score = Vel ei vurdering frå 1 til 5.
workshop-error-role = Vel korleis du er med.
workshop-error-workshop-title = Skriv ein tittel.
workshop-error-material = Det materialet kan ikkje leggjast til.
workshop-error-proposal = Skriv ein kort tittel på forslaget.
workshop-error-action-what = Skriv kva som skal gjerast.
workshop-error-action-who = Skriv kven som har ansvaret.
workshop-error-action-due = Skriv datoen det skal vere gjort innan.
workshop-error-scope = Vel ei eining, ein bydel eller eit tema som finst.
workshop-error-stage = Vel ein fase.
follow-up-title = Oppfølging: førte det folk sa, til noko?
follow-up-intro = Prosessindikatorane i planane: om synspunkta til barn vart etterspurde, dokumenterte og brukte (P1), om tema frå tilbakemeldingane nådde eit verkstad og om tiltaka vart gjorde (P2), og kva fasar av samskaping kvar eining har dekt (P3).
follow-up-p2 = Tema og tiltak (P2)
follow-up-p2-reached = { $percent } % av temaa som kom opp i tilbakemeldingane i år, nådde eit verkstad.
follow-up-p2-none = Ingen tema kom opp ofte nok i år til å telje.
follow-up-p2-done = { $percent } % av { $count } tiltak frå verkstader er gjorde.
follow-up-no-actions = Ingen tiltak frå verkstader er registrerte enno.
follow-up-themes-caption = Tema dei siste tolv månadene (tekstar blir viste frå { $k })
follow-up-texts = Tekstar
follow-up-workshops = Verkstader
follow-up-actions = Tiltak
follow-up-done = Gjort
follow-up-p1-p3 = Einingar: synspunkta til barn (P1) og fasar som er dekte (P3)
follow-up-units-caption = Per eining: etterspurt → dokumentert → brukt, og fasar av samskaping
follow-up-asked = Etterspurt
follow-up-documented = Dokumentert
follow-up-used = Brukt
follow-up-stages = Fasar
follow-up-yes = Ja
follow-up-no = Nei
staff-nav-catalogue = Katalog
catalogue-title = Katalog
catalogue-intro = Skjemaa, spørsmåla deira på alle språk, og einingane og stadene svara høyrer til. Kvar endring er ein nummerert revisjon: svar som alt er gitt, held på ordlyden dei vart stilte med.
catalogue-places-title = Einingar og stader
catalogue-surveys-caption = Skjema
catalogue-survey = Skjema
catalogue-audience = For
catalogue-questions = Spørsmål
catalogue-languages = Fullstendige språk
catalogue-unreviewed = Tekstar som ikkje er kontrollerte
catalogue-status = Status
catalogue-retired-count = { $count ->
    [one] { $count } teke ut
   *[other] { $count } tekne ut
}
catalogue-offered = Blir tilbode
catalogue-withdrawn = Trekt tilbake
catalogue-revisions = Siste endringar
catalogue-revisions-intro = Katalogen er på revisjon { $revision }.
catalogue-revision = Revisjon
catalogue-no-revisions = Ingenting er endra sidan standardkatalogen vart lasta inn.
catalogue-problems = Endringa vart ikkje lagra
catalogue-survey-intro = Målgruppe: { $audience }. Spørsmål blir lagde til her og tekne ut på ei eiga side; kodane deira blir aldri endra.
catalogue-questions-caption = Spørsmål i rekkjefølgje
catalogue-key = Kode
catalogue-question-text = Spørsmål
catalogue-kind = Svartype
catalogue-missing = Språk som manglar
catalogue-required = Obligatorisk
catalogue-asked = Blir stilt
catalogue-retired = Teke ut
catalogue-survey-texts = Tittel og innleiing
catalogue-offer-survey = Tilby dette skjemaet
catalogue-incomplete = ufullstendig
catalogue-not-reviewed = ikkje kontrollert
catalogue-survey-title = Tittel
catalogue-survey-introduction = Innleiing
catalogue-reviewed = Kontrollert av ein som har språket som morsmål
catalogue-empty-removes = Tømer du ein tekst, blir det språket fjerna. Bokmål er påkravd: alle andre språk fell tilbake til det.
catalogue-save = Lagre
catalogue-add-question = Legg til eit spørsmål
catalogue-key-hint = Små bokstavar, siffer og bindestrek. Koden kan ikkje endrast seinare.
catalogue-kind-scale5 = Fem fjes (ueinig … einig)
catalogue-kind-scale3 = Tre fjes (nei … ja)
catalogue-kind-yes-no = Ja, nei, usikker
catalogue-kind-single = Eitt val
catalogue-kind-multi = Fleire val
catalogue-kind-text = Fritekst
catalogue-section = Del
catalogue-question-text-nb = Spørsmålet på bokmål
catalogue-help-nb = Hjelpetekst på bokmål (valfri)
catalogue-choices = Val (berre for eitt val og fleire val)
catalogue-choices-hint = Eitt per linje, som kode = tekst, til dømes: buss = Buss
catalogue-add-question-hint = Spørsmålet blir lagt til sist. Før det har tekst på eit språk, blir ikkje skjemaet tilbode på det språket: legg inn omsetjingane på sida til spørsmålet.
catalogue-question-heading = Spørsmål { $key }
catalogue-question-intro = Endre ordlyden på kvart språk, merk omsetjingar som ein med språket som morsmål har kontrollert, eller ta spørsmålet ut.
catalogue-counts-for = tel for indikator { $indicator }
catalogue-ask-question = Still dette spørsmålet
catalogue-retire-hint = Eit spørsmål som er teke ut, blir ikkje stilt lenger. Svara blir tekne vare på og tel framleis i indikatorane.
catalogue-missing-text = ingen tekst
catalogue-help = Hjelpetekst
catalogue-choice-label = Tekst for { $value }
catalogue-versioned-hint = Ordlyden før endringa di blir teken vare på: svar som alt er gitt, blir viste med spørsmålet slik det vart stilt.
catalogue-earlier = Tidlegare ordlyd
catalogue-earlier-caption = Erstatta ordlyd, med revisjonen som erstatta han
catalogue-language = Språk
catalogue-until = Erstatta i revisjon
catalogue-no-earlier = Ordlyden er ikkje endra.
catalogue-places-intro = Einingar er tenestene familiane svarer om; bydelar og soner er kvar dei ligg. Kodar blir aldri endra, fordi lenkjer, plakatar og rapportar bruker dei. Ei stengd eining tek ikkje imot nye svar; svara blir tekne vare på.
catalogue-units = Einingar
catalogue-new-unit = Ny eining
catalogue-name = Namn
catalogue-service-kind = Teneste
catalogue-district = Bydel
catalogue-zone = Sone
catalogue-open = Open
catalogue-closed = Stengd
catalogue-districts = Bydelar
catalogue-unit-count = { $count ->
    [one] { $count } eining
   *[other] { $count } einingar
}
catalogue-new-district = Ny bydel
catalogue-add = Legg til
catalogue-zones = Soner
catalogue-new-zone = Ny sone
catalogue-zone-hint = Valfri. Sona må liggje i bydelen til eininga.
catalogue-unit-open = Open: tek imot svar
catalogue-unit-open-hint = Stengjer du ei eining, kjem det ikkje fleire svar; svara og tala blir tekne vare på.
catalogue-saved = Lagra som revisjon { $revision }.
catalogue-unchanged = Ingenting vart endra.
catalogue-error-not-found = Det finst ikkje i katalogen.
catalogue-error-invalid-slug = Ein kode har 2–60 teikn: små bokstavar, siffer, bindestrek eller understrek.
catalogue-error-taken = Den koden er alt i bruk.
catalogue-error-invalid-name = Skriv eit namn på høgst 120 teikn.
catalogue-error-default-text-required = Teksten på bokmål er påkravd.
catalogue-error-too-long = Ein tekst er for lang.
catalogue-error-unknown-service-kind = Vel ei teneste.
catalogue-error-unknown-district = Vel ein bydel.
catalogue-error-zone-outside-district = Sona ligg ikkje i den bydelen.
catalogue-error-unknown-kind = Vel ein svartype.
catalogue-error-choices-needed = Gje to eller fleire ulike val, eitt per linje, som kode = tekst.
catalogue-error-second-text-question = Skjemaet har alt eit fritekstspørsmål.
catalogue-error-title-kept = Tittelen på eit språk kan ikkje fjernast. For å slutte å tilby skjemaet på eit språk, fjern teksten til eit spørsmål på det språket.
catalogue-error-unavailable = Katalogen kunne ikkje lagrast akkurat no. Ingenting vart endra; prøv igjen.
login-oidc = Logg inn med { $provider }
login-oidc-refused-title = Ingen tilgang til stemme
login-oidc-refused-body = Kontoen din i kommunen gjev ingen rolle i stemme. Be administratoren om å leggje deg i ei gruppe som gjev ei rolle.
login-oidc-failed-title = Innlogginga verka ikkje
login-oidc-failed-body = Innlogging gjennom innloggingstenesta til kommunen verka ikkje. Gå tilbake til innloggingssida og prøv igjen.

# Disclosure control: what protected figures mean.
hidden-too_few = For få svar (under { $k })
hidden-uniform = Skjult: alle svara likt
figures-protected = Tala er verna: kvart tal kan avvike med nokre få svar frå det nøyaktige, så ingen kan rekne seg fram til ei lita gruppe.
figures-protected-link = Kva tyder det?
figures-so-far = så langt
protection-title = Slik er tala verna
protection-why = Familiane svarar anonymt. For at ingen skal kunne finne ut korleis ei lita gruppe svara, heller ikkje ved å trekkje eitt tal frå eit anna, er kvart tal som blir vist, verna.
protection-noise-heading = Eit lite avvik i kvart tal
protection-noise = Kvart tal har eit lite, fast avvik på høgst { $noise } svar, oftast 0 eller 1. Dei same svara får alltid det same avviket, same korleis du spør, så tala endrar seg ikkje frå gong til gong. Men skilnaden mellom to tal, til dømes ein bydel minus områda i han, seier aldri nøyaktig kor mange som er i ei lita gruppe. Delar og uvissemargin er rekna ut frå dei verna tala.
protection-hidden-heading = Tal som ikkje blir viste
protection-too-few = gruppa har færre enn { $k } svar, eller så få at talet med avviket blir under { $k }.
protection-uniform = i ei lita gruppe (under dobbelt så mange svar som { $k }) ville 0 % eller 100 % fortelje kva kvar einskild svara.
protection-periods-heading = Heile månader
protection-periods = Visingane dekkjer heile månader fram til den siste som er avslutta. Månaden som går no, blir berre vist når du vel han, og er merkt «så langt».
protection-published = Det som blir vist utanfor kommunen (den offentlege sida til eininga og årsrapporten), har berre grupper med minst { $published_k } svar.
login-expired = Innloggingsskjemaet var gått ut eller kom frå ei anna side. Skriv brukarnamn og passord på nytt.

# API tokens on the users page.
tokens-title = API-nøklar
tokens-hint = Lag ein nøkkel med «stemme token create --user BRUKARNAMN --name NAMN». Ein nøkkel som høyrer til ein brukar, sluttar å verke når brukaren blir deaktivert.
token-name = Namn
token-owner = Høyrer til
token-created = Laga
token-expires = Går ut
token-never = aldri
token-status = Status
token-status-active = verkar
token-status-expired = gått ut
token-status-revoked = trekt tilbake
token-status-owner_disabled = brukaren er deaktivert
token-revoke = Trekk tilbake
token-revoked = Nøkkelen er trekt tilbake.
workshop-error-quote = Berre sitat frå verkstaden sitt eige utval kan leggjast til: tekstar frå eininga, bydelen eller temaet.

# Recordings of questions (catalogue admin)
catalogue-recordings = Innlesingar
catalogue-recordings-intro = Ei innlesing blir spelt av i staden for telefonen si stemme når nokon trykkjer «Les opp». Last opp MP3, Ogg, M4A, WebM eller WAV, høgst 2 MB. Endrar du teksten til spørsmålet på eit språk, eller sluttar å stille spørsmålet, blir innlesinga fjerna.
catalogue-recording-none = Inga innlesing enno.
catalogue-recording-upload = Last opp innlesing
catalogue-recording-remove = Fjern innlesinga
catalogue-recording-file = Innlesing på { $lang }
catalogue-recording-not-audio = Fila er ikkje ei innlesing stemme kan spele av. Bruk MP3, Ogg, M4A, WebM eller WAV.
catalogue-recording-too-large = Ei innlesing kan vere høgst 2 MB.
catalogue-recording-no-text = Skriv spørsmålet på dette språket før du legg til ei innlesing.

# An answer sent without signal (form.js)
offline-kept = Du er utan nett. Svara dine er tekne vare på her på telefonen og blir sende av seg sjølv når du får nett igjen. La sida vere open om du kan.
offline-sending = Du har nett igjen. Svara blir sende no …

# The thank-you page of the children's forms
thanks-child-title = Takk! No har du sagt kva du synest.
thanks-child-body = Svaret ditt er sendt. Dei vaksne i kommunen skal lese det og prøve å gjere ting betre for barn.
thanks-next-child = Neste barn
thanks-next-child-hint = Gjev du telefonen eller nettbrettet vidare? Då får neste barn eit tomt skjema, og ingen ser kva dette barnet svara.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] januar–mars
    [2] april–juni
    [3] juli–september
    *[4] oktober–desember
} { $year }
unit-none-yet = Det har ikkje kome nok svar enno til å vise tal utan at nokon kan kjennast att. Under ser du kva som er gjort etter det familiane har sagt.

# The privacy notice (/personvern) and the footer
privacy-title = Personvern
privacy-intro = Slik tek vi vare på det du svarar. Du svarar anonymt: vi spør aldri om namnet ditt.
privacy-h-who = Kven er ansvarleg
privacy-who = { $municipality } er behandlingsansvarleg for svara.
privacy-contact = Spørsmål om personvern: { $contact }
privacy-contact-none = Spørsmål om personvern kan du stille til personvernombodet i kommunen.
privacy-h-why = Kvifor vi spør
privacy-why = For å finne ut om hjelpa familiar og barn får, verkar, og for å avgjere saman med familiane kva som skal endrast. Dette er ein del av oppgåva til kommunen (personvernforordninga artikkel 6 nr. 1 bokstav e).
privacy-h-stored = Kva vi lagrar, og kven som ser det
privacy-stored = Vi lagrar svara dine, kva teneste og kva språk dei gjeld, og månaden du svara. Vi lagrar ikkje namnet ditt, IP-adressa di eller noko anna som seier kven du er. Det du skriv med eigne ord, blir lagra slik du skreiv det, men berre administratoren i kommunen kan lese det slik. Alle andre tilsette ser teksten med namn, telefonnummer og adresser fjerna, og ser tal berre for grupper på minst fem svar.
privacy-h-kept = Kor lenge
privacy-kept-months = Svara blir sletta etter { $months } månader.
privacy-kept-forever = Svara blir tekne vare på så lenge kommunen brukar dei til å følgje med på tenestene, og blir sletta når dei ikkje lenger trengst.
privacy-h-rights = Rettane dine
privacy-rights = Fordi vi ikkje veit kven du er, kan vi ikkje finne att eitt bestemt svar frå deg. Du kan klage til Datatilsynet (datatilsynet.no) om du meiner vi ikkje tek vare på opplysningane slik vi skal.
footer-accessibility = Tilgjengeerklæring

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Gjeld ikkje meg
choice-na-child = Veit ikkje
