# Interface texts for stemme, Lithuanian. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = Pereiti prie turinio
language-switcher = Kalba
language-unavailable = Šio puslapio dar nėra pasirinkta kalba ({ $code }). Todėl jis rodomas šia kalba.

## Pradžios puslapis
home-title = Ar pagalba padėjo?
home-intro = Pasakyk savivaldybei, ar gauta pagalba tau buvo naudinga. Atsakai anonimiškai, ir tai užtrunka tik kelias minutes.
home-choose-form = Pasirink anketą
home-for-staff = Darbuotojams ir partneriams
home-no-forms = Šiuo metu nėra anketų, į kurias galima atsakyti.

## Anonimiškumas ir privatumas
anonymous-heading = Tavo atsakymas yra anoniminis
anonymous-body = Mes neklausiame tavo vardo. Nesaugome, kas tu esi ir iš kur atsakai, o tavo atsakymas niekada nepatenka į tavo bylą.
what-happens-summary = Kas bus su mano atsakymu?
what-happens-body = Daugelio šeimų atsakymai sujungiami. Darbuotojai mato skaičius tik grupėms, kuriose atsakė daug žmonių, ir niekada nemato, kaip atsakė viena šeima. Darbuotojai gali perskaityti, ką parašėte savo žodžiais, bet be vardų ir numerių ir nežinodami, kas tai parašė. Atsakymai naudojami paslaugoms gerinti, susitikimuose, kuriuose šeimos ir darbuotojai kartu sprendžia, ką keisti.
footer-privacy = Atsakote anonimiškai: nesaugome vardų ar IP adresų, o darbuotojai mato, ką parašėte, be vardų ir numerių.

## Anketa
answering-about = Atsakai apie:
choose-unit = Apie kurią įstaigą atsakai?
choose-unit-placeholder = Pasirink įstaigą
section-progress = Dalis { $current } iš { $total }
progress-answered = Atsakyti klausimai: { $answered } iš { $total }
required-mark = būtina atsakyti
skip-hint = Gali praleisti bet kurį klausimą, kuris nepažymėtas „būtina atsakyti“.
role-question = Kas atsako?
role-skip = Geriau nesakysiu
role-parent = Tėtis, mama ar globėjas
role-next_of_kin = Artimas šeimos narys
role-client = Žmogus, kuris gavo pagalbą
role-resident = Žmogus, kuris gyvena šiame rajone
role-participant = Žmogus, kuris dalyvauja vietos bendruomenės gyvenime
role-pupil = Mokinys ar mokinė
role-staff = Darbuotojas ar darbuotoja
role-partner = Organizacija partnerė
scale5-1 = Visiškai nesutinku
scale5-2 = Nesutinku
scale5-3 = Nei sutinku, nei nesutinku
scale5-4 = Sutinku
scale5-5 = Visiškai sutinku
scale3-1 = Ne
scale3-2 = Šiek tiek
scale3-3 = Taip
yes_no-yes = Taip
yes_no-no = Ne
yes_no-unsure = Nežinau
text-limit = Gali parašyti iki { $max } ženklų bet kuria kalba.
submit = Siųsti atsakymą

## Klaidos anketoje
form-has-errors = { $count ->
    [one] Prieš siunčiant atsakymą, reikia pataisyti { $count } dalyką.
    [few] Prieš siunčiant atsakymą, reikia pataisyti { $count } dalykus.
    [many] Prieš siunčiant atsakymą, reikia pataisyti { $count } dalyko.
   *[other] Prieš siunčiant atsakymą, reikia pataisyti { $count } dalykų.
}
form-kept = Tai, ką jau užpildei, išsaugota.
error-required = Prašom atsakyti į šį klausimą.
error-choice = Prašom pasirinkti vieną iš pateiktų atsakymų.
error-text-too-long = Tekstas per ilgas. Ženklų: { $count }, o telpa daugiausia { $max }.
error-unit = Prašom pasirinkti įstaigą, apie kurią atsakai.
error-role = Prašom pasirinkti vieną iš pateiktų vaidmenų arba „Geriau nesakysiu“.
error-rate-limited = Šiuo metu iš tavo tinklo ateina daug atsakymų. Palauk minutę ir išsiųsk dar kartą.
error-unavailable = Šiuo metu nepavyko išsaugoti tavo atsakymo. Šiame puslapyje niekas neprarasta: netrukus pabandyk išsiųsti dar kartą.

## Padėkos puslapis
thanks-title = Ačiū!
thanks-body = Tavo atsakymas išsaugotas.
thanks-next = Tavo atsakymas bus sujungtas su kitų šeimų atsakymais. Savivaldybė juos naudoja, kad sužinotų, kas veikia, ir kartu su šeimomis nuspręstų, ką keisti.
thanks-another = Atsakyti apie kitą įstaigą
back-home = Grįžti į pradžią

## Klaidų puslapiai
error-title = Kažkas nepavyko
error-body = Nepavyko padaryti to, ko prašei. Netrukus pabandyk dar kartą.
not-found-title = Šio puslapio neradome
not-found-body = Nuoroda gali būti sena arba parašyta su klaida.

## Anketos vaikams ir skaitymas garsiai
read-aloud = Skaityti garsiai
read-aloud-stop = Nustoti skaityti
question-progress = Klausimas { $current } iš { $total }
next-question = Kitas klausimas
assisted-heading = Suaugusiajam
assisted-by-question = Kas padeda vaikui atsakyti?
role-other_adult = Kitas suaugęs žmogus
child-skip-hint = Gali praleisti klausimą, jei nenori į jį atsakyti.
scale3-child-1 = Ne
scale3-child-2 = Šiek tiek
scale3-child-3 = Taip
scale5-child-1 = Ne, visai ne
scale5-child-2 = Nelabai
scale5-child-3 = Kartais taip, kartais ne
scale5-child-4 = Dažniausiai taip
scale5-child-5 = Taip, labai

## Plakatai
poster-scan = Nuskenuok kodą telefono kamera, kad atsakytum.
poster-or-type = Arba įvesk šį adresą:
posters-title = Plakatai ant sienos
posters-intro = Atsispausdink kvietimą su QR kodu, kad šeimos galėtų atsakyti savo telefonais. Pasirink kalbas, kuriomis skaito tavo įstaigos šeimos.
posters-languages = Plakato kalbos
posters-size = Popieriaus dydis
posters-make = Sukurti plakatą

## Pašalinti asmens duomenys (rodomi vietoj to, kas pašalinta)
pii-fnr = asmens kodas
pii-account = sąskaitos numeris
pii-phone = telefonas
pii-email = el. paštas
pii-address = adresas
pii-name = vardas

## Darbuotojų prisijungimas
login-title = Prisijungimas
login-submit = Prisijungti
login-failed = Neteisingas naudotojo vardas arba slaptažodis.
logout = Atsijungti
signed-in-as = Prisijungta kaip { $name } ({ $role })
forbidden-title = Prieigos nėra
forbidden-body = Tavo vaidmuo nesuteikia prieigos prie šio puslapio.
staff-nav-search = Ieškoti tekstuose
staff-nav-posters = Plakatai

## Laisvo teksto paieška
search-title = Ką rašo šeimos
search-intro = Ieškok to, ką šeimos parašė savo žodžiais. Vardai, numeriai ir adresai pašalinti.
search-query-label = Paieškos žodžiai
search-query-hint = Žodžiai bet kuria iš kalbų. Paieška randa ir kitas žodžio formas.
search-submit = Ieškoti
search-filters = Susiaurinti atranką
search-any = Visi
search-filter-lang = Kalba
search-filter-unit = Įstaiga
search-filter-district = Miesto dalis
search-filter-zone = Vietovė
search-filter-survey = Anketa
search-filter-audience = Kas atsakė
search-filter-theme = Tema
search-filter-from = Nuo mėnesio
search-filter-to = Iki mėnesio
search-total = { $count ->
    [one] Rastas { $count } tekstas
    [few] Rasti { $count } tekstai
    [many] Rasta { $count } teksto
   *[other] Rasta { $count } tekstų
}
search-no-hits = Tinkamų tekstų nėra. Pabandyk kitą žodį arba platesnę atranką.
search-withheld-title = Tekstai nerodomi
search-withheld = Pasirinktoje atrankoje atsakymų yra mažiau nei { $k }. Tada šeimą būtų galima atpažinti, todėl tekstai nerodomi. Pasirink platesnę atranką, pavyzdžiui, daugiau mėnesių arba visą miesto dalį.
search-facets = Kaip pasiskirstę tekstai
search-facet-few = mažiau nei { $k }
search-total-few = Atitinka mažiau nei { $k } tekstai
search-hit-language = Kalba
search-hit-period = Laikotarpis
search-hit-unit = Įstaiga
search-lang-und = Kalba nenustatyta
search-declared-language = Anketos kalba: { $lang }
search-more = Rodyti daugiau
search-facet-service_kind = Įstaigos rūšis
search-rebuilding = Paieška kuriama iš naujo: atlikta { $percent } %. Kol darbas nebaigtas, kai kurių tekstų trūksta.
audience-parent = Tėvai
audience-child_4_7 = 4–7 metų vaikai
audience-child_8_12 = 8–12 metų vaikai
audience-youth_13_18 = 13–18 metų jaunimas
audience-partner = Partneriai
lang-da = danų
lang-sv = švedų

## Rodikliai planuotojams
staff-nav-dashboard = Rodikliai
dashboard-title = Rodikliai
dashboard-intro = Dalis tų, kurie atsako teigiamai, su 95 % neapibrėžtumo intervalu. Grupės, kuriose atsakymų mažiau nei { $k }, ir skaičiai, kurie galėtų jas atskleisti, nerodomi.
dashboard-core = Ar pagalba padėjo?
dashboard-by-district = Pagal miesto dalį
dashboard-by-zone = Pagal vietovę
dashboard-trend = Pokyčiai laikui bėgant
dashboard-grain = Laikotarpio trukmė
grain-month = Mėnuo
grain-quarter = Ketvirtis
grain-year = Metai
dashboard-show = Rodyti
dashboard-table = Skaičiai lentelėje
dashboard-no-data = Šiuo laikotarpiu atsakymų nėra.
dashboard-themes = Temos, apie kurias rašo šeimos
dashboard-change = Pokytis, palyginti su ankstesniu laikotarpiu (procentiniais punktais): { $change }
dashboard-change-real = (didesnis nei neapibrėžtumas)
dashboard-change-noise = (neapibrėžtumo ribose)
table-group = Grupė
table-share = Teigiamų dalis
table-interval = Neapibrėžtumas (95 %)
table-n = Atsakymų skaičius
dashboard-registry = Registrų duomenys greta to, ką atsako pačios šeimos
dashboard-self-report = Pačių šeimų atsakymai (teigiamų dalis)
registry-city = Visas miestas
table-value = Reikšmė
table-source = Šaltinis
unit-title = Ką sakė šeimos
unit-intro = Taip atsakė šeimos, gavusios pagalbą įstaigoje { $name }, per paskutinius keturis pilnus ketvirčius. Skaičius rodome tik tų grupių, kuriose yra bent { $k } atsakymų, kad nė vieno nebūtų galima atpažinti.
unit-few = Mažiau nei { $k } atsakymų – nerodoma
unit-said = Ką jūs sakėte
unit-quarter = Ketvirtis
unit-agree = Sako „taip“
unit-did = Ką mes padarėme
unit-did-none = Čia bus veiksmai, dėl kurių šeimos ir darbuotojai susitars dirbtuvėse. Kol kas neužregistruota nė vieno veiksmo.
unit-answer = Atsakyti į apklausą
thanks-see-unit = Pažiūrėk, ką šeimos sakė apie įstaigą { $name }
report-voice = Šeimų balsas: pagalba padeda
dashboard-report = Metinė ataskaita
dashboard-report-intro = Lentelės gyvenimo sąlygų biudžetui ir metinei ataskaitai: po vieną lentelę kiekvienai rezultatų sričiai su pačių šeimų atsakymais, registrų duomenimis ir pokyčiais per metus. Ataskaita laikoma paskelbta: grupės, mažesnės nei { $k }, nerodomos, ir įtraukiami tik pilni mėnesiai.
dashboard-report-year = Metai
dashboard-report-xlsx = Atsisiųsti (Excel)
dashboard-report-csv = Atsisiųsti { $year } m. metinę ataskaitą CSV formatu
dashboard-theme-trend = Temos pagal ketvirčius
dashboard-theme-trend-hint = Tekstų su tema skaičius ir jų dalis tarp visų ketvirčio tekstų. – reiškia, kad tekstų per mažai, kad juos būtų galima rodyti.
staff-nav-themes = Temos
themes-title = Temos
themes-intro = Temos, apie kurias rašo šeimos, su paieškos žodžiais, kuriais žymimi tekstai. Kai pakeiti temą, visi išsaugoti tekstai netrukus pažymimi iš naujo.
themes-caption = Temos, paieškos žodžiai ir kaip dažnai jų žymos buvo patvirtintos ar atmestos
themes-new = Nauja tema
themes-edit = Keisti temą
themes-confirmed = Patvirtinta
themes-rejected = Atmesta
themes-precision = Tikslumas
theme-name = Pavadinimas
theme-terms = Paieškos žodžiai
theme-terms-hint = Po vieną paieškos žodį eilutėje (arba atskirtus kableliais). Žodžiai randa ir kitas žodžio formas teksto kalba.
theme-code = Kodas
theme-code-hint = Mažosios raidės a–z, skaitmenys, - ir _. Kodo vėliau pakeisti negalima.
theme-form-intro = Parašyk pavadinimus ir paieškos žodžius tomis kalbomis, kurias moki. Reikia pavadinimo norvegų bokmål kalba ir bent vieno paieškos žodžio.
theme-problems = Tema neišsaugota
theme-save = Išsaugoti ir pažymėti tekstus iš naujo
theme-cancel = Atšaukti
theme-saved = Tema „{ $name }“ išsaugota. Tekstai dabar žymimi iš naujo.
staff-nav-indicators = Rodikliai
indicators-title = Rodikliai
indicators-intro = Rodikliai, į kuriuos įskaičiuojami atsakymai: kokiam planui jie atsiskaito, kokiai rezultatų sričiai jie priklauso ir kurie klausimai bei atsakymai laikomi teigiamais.
indicator-plan = Planas ir prioritetinė sritis
indicator-outcome = Rezultatų sritis
indicator-no-outcome = Nėra
indicator-questions = Įskaičiuojami klausimai
indicator-positive = teigiami atsakymai
indicator-no-questions = Į šį rodiklį dar neįskaičiuojamas nė vienas klausimas.
indicator-questions-hint = Kurie klausimai įskaičiuojami, nustatoma anketose. Skaičiai perskaičiuojami savaime, kai klausimas pakeičiamas.
indicator-problems = Rodiklis neišsaugotas
indicator-save = Išsaugoti
indicator-saved = Rodiklis „{ $name }“ išsaugotas.
staff-nav-registry = Registrų duomenys
registry-title = Duomenys iš registrų
registry-intro = Įkelk duomenis iš microdata.no, SSB, Bufdir arba KOSTRA kaip CSV failą su stulpeliais indicator, area, period, value ir source (ir, jei reikia, note). Duomenys rodomi greta pačių šeimų atsakymų toje pačioje rezultatų srityje. Išsaugomas visas failas arba nieko.
registry-file = CSV failas
registry-file-hint = Pavyzdį rasi faile docs/registry-example.csv. Ne daugiau kaip 5 MB.
registry-upload = Įkelti
registry-imported = Išsaugotų reikšmių skaičius: { $count }.
registry-problems = Nieko neišsaugota. Ištaisyk šias eilutes ir įkelk failą iš naujo:
registry-line = Eilutė { $line }
registry-stored = Išsaugoti duomenys
registry-indicator = Rodiklis
registry-none = Dar neįkelta jokių duomenų.

## Staff accounts, sessions and the audit log
login-username-label = Naudotojo vardas
login-password-label = Slaptažodis
staff-nav-follow-up = Tolesni veiksmai
staff-nav-workshops = Dirbtuvės
staff-nav-users = Naudotojai
staff-nav-audit = Veiksmų žurnalas
staff-nav-account = Tavo paskyra
staff-role-admin = Administratorius
staff-role-planner = Planuotojas
staff-role-facilitator = Dirbtuvių vedėjas
staff-role-unit-lead = Įstaigos vadovas
users-title = Naudotojai
users-caption = Darbuotojų paskyros
user-username = Naudotojo vardas
user-username-hint = 2–32 ženklai: mažosios raidės, skaitmenys, taškas, brūkšnelis arba pabraukimo ženklas.
user-display-name = Vardas
user-role = Vaidmuo
user-units = Įstaigos
user-units-hint = Tik įstaigų vadovams: įstaigos, kurių duomenis jie gali skaityti, atskirtos kableliais.
user-password = Slaptažodis
user-password-hint = Palik tuščią, kad gautum sugeneruotą slaptažodį; jis bus parodytas vieną kartą.
user-status = Būsena
user-actions = Veiksmai
user-active = Aktyvi
user-disabled = Išjungta
user-disable = Išjungti
user-enable = Įjungti
user-reset = Naujas slaptažodis
user-save-role = Išsaugoti vaidmenį
user-new = Nauja paskyra
user-create = Sukurti paskyrą
user-created = Paskyra sukurta.
user-changed = Paskyra pakeista.
user-new-password = Naudotojo { $name } slaptažodis, rodomas tik dabar. Perduok jį asmeniškai arba telefonu; prisijungęs naudotojas turėtų jį pakeisti.
user-error-invalid-username = Naudotojo vardą sudaro 2–32 ženklai: mažosios raidės, skaitmenys, taškas, brūkšnelis arba pabraukimo ženklas.
user-error-username-taken = Šis naudotojo vardas jau užimtas.
user-error-not-found = Tokios paskyros nėra.
user-error-unknown-unit = Vienos iš įstaigų nėra. Naudok trumpuosius įstaigų pavadinimus iš sąrašo.
user-error-units-needed = Įstaigos vadovui reikia bent vienos įstaigos.
user-error-invalid-name = Parašyk vardą, kurį sudaro 1–100 ženklų.
user-error-last-admin = Paskutinio aktyvaus administratoriaus negalima išjungti ar jam suteikti kito vaidmens.
user-error-password-too-short = Slaptažodį turi sudaryti bent 12 ženklų. Keli žodžiai iš eilės yra geras slaptažodis.
user-error-password-too-long = Slaptažodį gali sudaryti ne daugiau kaip 256 ženklai.
user-error-unavailable = Šiuo metu nepavyko išsaugoti pakeitimo. Netrukus pabandyk dar kartą.
account-title = Tavo paskyra
account-change-password = Pakeisk slaptažodį
account-current = Dabartinis slaptažodis
account-new = Naujas slaptažodis
account-new-hint = Bent { $count } ženklų. Keli žodžiai iš eilės yra geras slaptažodis.
account-repeat = Naujas slaptažodis dar kartą
account-save = Pakeisti slaptažodį
account-mismatch = Abu nauji slaptažodžiai nesutampa.
account-wrong-password = Dabartinis slaptažodis neteisingas.
account-password-changed = Tavo slaptažodis pakeistas. Kitose tavo sesijose atsijungta.
audit-title = Veiksmų žurnalas
audit-intro = Kas ir kada prisijungė, skaitė neapdorotus tekstus, eksportavo, ištrynė ar ką nors pakeitė. Žurnale niekada nėra to, ką parašė gyventojai.
audit-actor = Kas
audit-action = Veiksmas
audit-from = Nuo
audit-to = Iki
audit-filter = Filtruoti
audit-caption = Užregistruoti veiksmai, naujausi pirmiau
audit-at = Kada (UTC)
audit-target = Objektas
audit-detail = Išsami informacija
audit-none = Pagal šiuos filtrus užregistruotų veiksmų nėra.
audit-older = Senesni įrašai

## Workshops ("you said, we did") and follow-up
unit-did-done = Padaryta
unit-did-planned = Planuojama iki { $date }
workshops-title = Dirbtuvės
workshops-intro = Bendrakūros dirbtuvės: šeimos, vaikai, darbuotojai ir partneriai kartu sprendžia, ką keisti. Sukurk dirbtuves, parodyk medžiagą, leisk dalyviams prisijungti telefonais ir užrašyk, kas nuspręsta.
workshops-caption = Dirbtuvės, naujausios pirmiau
workshops-none = Dirbtuvių dar nėra.
workshop-new = Naujos dirbtuvės
workshop-title-label = Pavadinimas
workshop-scope = Apie ką
workshop-scope-unit = Įstaiga
workshop-scope-district = Miesto dalis
workshop-scope-theme = Tema
workshop-stage = Etapas
workshop-stage-planning = Planavimas
workshop-stage-development = Kūrimas
workshop-stage-decision = Sprendimas
workshop-stage-evaluation = Vertinimas
workshop-with-children = Dalyvauja vaikai ar jaunimas
workshop-days = Kiek dienų galioja kodas
workshop-create = Sukurti dirbtuves
workshop-code = Kodas
workshop-status = Būsena
workshop-date = Data
workshop-open = Atviros
workshop-closed = Uždarytos
workshop-join-at = Prisijunk adresu { $link }
workshop-join-until = Nauji dalyviai gali prisijungti iki { $date } (UTC).
workshop-projector = Vaizdas projektoriui
workshop-summary = Santrauka
workshop-close = Uždaryti dirbtuves
workshop-reopen = Vėl atidaryti
workshop-material = Medžiaga
workshop-no-material = Medžiagos dar nėra. Pridėk rodiklių duomenų, temų ar citatų.
workshop-quote-pending = Laukia tavo patvirtinimo: dar nerodoma
workshop-approve = Patvirtinti
workshop-remove = Pašalinti
workshop-add = Pridėti
workshop-add-indicator = Rodiklių duomenys
workshop-add-theme = Tema
workshop-quotes = Citatos iš to, ką parašė žmonės
workshop-quotes-hint = Citatos paimtos iš išvalytų tekstų apie šių dirbtuvių įstaigą, miesto dalį ar temą. Perskaityk kiekvieną citatą prieš ją patvirtindamas: rodomos tik patvirtintos citatos.
workshop-quote-search = Ieškomi žodžiai
workshop-quotes-withheld = Šioje grupėje per mažai tekstų, kad būtų galima rodyti citatas.
workshop-use-quote = Naudoti šią citatą
workshop-notes = Lapeliai
workshop-participants = { $count ->
    [one] { $count } dalyvis
    [few] { $count } dalyviai
    [many] { $count } dalyvio
   *[other] { $count } dalyvių
}
workshop-participants-label = Dalyviai
workshop-group-notes = Pasirink lapelius, kurie tinka kartu
workshop-in-proposal = pasiūlyme
workshop-vote-count = { $count ->
    [one] { $count } balsas
    [few] { $count } balsai
    [many] { $count } balso
   *[other] { $count } balsų
}
workshop-proposal-title = Pasiūlymas
workshop-make-proposal = Sudaryti pasiūlymą iš pasirinktų lapelių
workshop-proposals = Pasiūlymai
workshop-rating = įvertinta { $value } iš 5 (vertinimų: { $count })
workshop-rating-few = Kol kas vertinimų: { $count } (rodoma nuo 3)
workshop-rating-hidden = Kol kas per mažai vertinimų
workshop-actions = Ką darysime
workshop-action-what = Kas bus padaryta
workshop-action-who = Kas atsakingas
workshop-action-due = Iki kada
workshop-action-unit = Įstaiga, kuriai rodoma
workshop-action-unit-same = Dirbtuvių įstaiga
workshop-action-unit-none = Jokios įstaigos
workshop-action-themes = Temos, kurias tai turėtų paveikti
workshop-action-indicators = Rodikliai, kuriuos tai turėtų paveikti
workshop-action-record = Užregistruoti veiksmą
workshop-action-done = Pažymėti kaip padarytą
workshop-action-reopen = Pažymėti kaip nepadarytą
workshop-action-planned = Planuojama
workshop-batched = Rezultatai rodomi dalimis, todėl nė vieno žmogaus balso negalima pamatyti.
workshop-votes-label = balsai
workshop-theme = Tema
workshop-few = Per mažai atsakymų, kad būtų galima rodyti
workshop-enter-title = Prisijunk prie dirbtuvių
workshop-enter-intro = Įrašyk kodą, kurį matai ekrane.
workshop-enter-go = Prisijungti
workshop-join-intro = Sveiki! Čia gali parašyti, ką galvoji, ir balsuoti už tai, kas tau svarbiausia.
workshop-join-anonymous = Savo vardo nenurodai. Tai, ką parašai, rodoma ekrane be vardo.
workshop-join-role = Dalyvauju kaip
workshop-join = Prisijungti
workshop-role-parent = Tėtis, mama ar globėjas
workshop-role-child = Vaikas
workshop-role-youth = Jaunuolis ar jaunuolė
workshop-role-staff = Darbuotojas ar darbuotoja
workshop-role-partner = Partneris
workshop-add-note = Parašyk lapelį
workshop-note-label = Ką tu galvoji?
workshop-note-hint = Daugiausia { $max } ženklų. Nerašyk vardų ar telefono numerių.
workshop-note-send = Siųsti lapelį
workshop-no-notes = Lapelių dar nėra.
workshop-votes-left = { $count ->
    [one] Tau liko { $count } balsas.
    [few] Tau liko { $count } balsai.
    [many] Tau liko { $count } balso.
   *[other] Tau liko { $count } balsų.
}
workshop-vote = Balsuoti už tai
workshop-unvote = Atsiimti savo balsą
workshop-rate = Išsaugoti mano įvertinimą
workshop-score-1 = 1 – negerai
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – labai gerai
workshop-closed-note = Dirbtuvės uždarytos. Ačiū, kad dalyvavai!
workshop-done-joined = Sveiki! Tu prisijungei.
workshop-done-note = Ačiū, tavo lapelis išsaugotas.
workshop-done-vote = Tavo balsas išsaugotas.
workshop-done-unvote = Tavo balsas atsiimtas.
workshop-done-rating = Tavo įvertinimas išsaugotas.
workshop-error-title = Kažkas negerai
workshop-error-not-found = Nerandame dirbtuvių su šiuo kodu. Patikrink kodą ekrane ir pabandyk dar kartą.
workshop-error-closed = Dirbtuvės uždarytos, todėl tai neišsaugota. Ačiū, kad dalyvavai!
workshop-error-expired = Šiuo kodu prisijungti jau nebegalima. Paprašyk dirbtuvių vedėjo pagalbos.
workshop-error-too-fast = Siunti lapelius labai greitai. Palauk minutę ir pabandyk dar kartą; tavo tekstas išsaugotas žemiau.
workshop-error-no-votes-left = Jau panaudojai visus savo balsus. Atsiimk vieną balsą, kad galėtum jį atiduoti kitam lapeliui.
workshop-error-unavailable = Šiuo metu nepavyko to išsaugoti. Netrukus pabandyk dar kartą; tavo tekstas išsaugotas žemiau.
workshop-error-note = Parašyk lapelį, ne ilgesnį nei 500 ženklų.
workshop-error-score = Pasirink įvertinimą nuo 1 iki 5.
workshop-error-role = Pasirink, kaip dalyvauji.
workshop-error-workshop-title = Įrašyk pavadinimą.
workshop-error-material = Šios medžiagos pridėti negalima.
workshop-error-proposal = Įrašyk trumpą pasiūlymo pavadinimą.
workshop-error-action-what = Įrašyk, kas bus padaryta.
workshop-error-action-who = Įrašyk, kas atsakingas.
workshop-error-action-due = Nurodyk datą, iki kurios tai turi būti padaryta.
workshop-error-scope = Pasirink esamą įstaigą, miesto dalį ar temą.
workshop-error-stage = Pasirink etapą.
follow-up-title = Tolesni veiksmai: ar tai, ką sakė žmonės, kur nors nuvedė?
follow-up-intro = Planų proceso rodikliai: ar buvo klausiama vaikų nuomonės, ar ji užfiksuota ir panaudota (P1), ar atsiliepimuose iškeltos temos pasiekė dirbtuves ir ar veiksmai buvo atlikti (P2), ir kuriuos bendrakūros etapus apėmė kiekviena įstaiga (P3).
follow-up-p2 = Temos ir veiksmai (P2)
follow-up-p2-reached = { $percent } % šiemet atsiliepimuose iškeltų temų pasiekė dirbtuves.
follow-up-p2-none = Šiemet nė viena tema nebuvo iškelta pakankamai dažnai, kad būtų skaičiuojama.
follow-up-p2-done = Atlikta { $percent } % dirbtuvių veiksmų (iš viso: { $count }).
follow-up-no-actions = Dirbtuvių veiksmų dar neužregistruota.
follow-up-themes-caption = Temos per paskutinius dvylika mėnesių (tekstai rodomi nuo { $k })
follow-up-texts = Tekstai
follow-up-workshops = Dirbtuvės
follow-up-actions = Veiksmai
follow-up-done = Padaryta
follow-up-p1-p3 = Įstaigos: vaikų nuomonė (P1) ir apimti etapai (P3)
follow-up-units-caption = Kiekvienai įstaigai: paklausta → užfiksuota → panaudota, ir bendrakūros etapai
follow-up-asked = Paklausta
follow-up-documented = Užfiksuota
follow-up-used = Panaudota
follow-up-stages = Etapai
follow-up-yes = Taip
follow-up-no = Ne
staff-nav-catalogue = Katalogas
catalogue-title = Katalogas
catalogue-intro = Anketos, jų klausimai visomis kalbomis ir įstaigos bei vietos, kurioms priskiriami atsakymai. Kiekvienas pakeitimas yra sunumeruota versija: jau pateikti atsakymai išlaiko tą formuluotę, kuria klausimas buvo užduotas.
catalogue-places-title = Įstaigos ir vietos
catalogue-surveys-caption = Anketos
catalogue-survey = Anketa
catalogue-audience = Kam skirta
catalogue-questions = Klausimai
catalogue-languages = Užbaigtos kalbos
catalogue-unreviewed = Nepatikrinti tekstai
catalogue-status = Būsena
catalogue-retired-count = { $count ->
    [one] { $count } nebenaudojamas
    [few] { $count } nebenaudojami
    [many] { $count } nebenaudojamo
   *[other] { $count } nebenaudojamų
}
catalogue-offered = Siūloma
catalogue-withdrawn = Atšaukta
catalogue-revisions = Naujausi pakeitimai
catalogue-revisions-intro = Katalogo versija: { $revision }.
catalogue-revision = Versija
catalogue-no-revisions = Nuo numatytojo katalogo įkėlimo niekas nepakeista.
catalogue-problems = Pakeitimas neišsaugotas
catalogue-survey-intro = Tikslinė grupė: { $audience }. Klausimai pridedami čia, o jų naudojimas nutraukiamas atskirame jų puslapyje; jų kodai niekada nesikeičia.
catalogue-questions-caption = Klausimai eilės tvarka
catalogue-key = Kodas
catalogue-question-text = Klausimas
catalogue-kind = Atsakymo tipas
catalogue-missing = Trūkstamos kalbos
catalogue-required = Privalomas
catalogue-asked = Užduodamas
catalogue-retired = Nebenaudojamas
catalogue-survey-texts = Pavadinimas ir įžanga
catalogue-offer-survey = Siūlyti šią anketą
catalogue-incomplete = neužbaigta
catalogue-not-reviewed = nepatikrinta
catalogue-survey-title = Pavadinimas
catalogue-survey-introduction = Įžanga
catalogue-reviewed = Patikrino gimtakalbis
catalogue-empty-removes = Ištrynus tekstą, ta kalba pašalinama. Tekstas norvegų bokmål kalba privalomas: kai kita kalba teksto nėra, naudojamas jis.
catalogue-save = Išsaugoti
catalogue-add-question = Pridėti klausimą
catalogue-key-hint = Mažosios raidės, skaitmenys ir brūkšneliai. Kodo vėliau pakeisti negalima.
catalogue-kind-scale5 = Penki veidukai (nesutinku … sutinku)
catalogue-kind-scale3 = Trys veidukai (ne … taip)
catalogue-kind-yes-no = Taip, ne, nežinau
catalogue-kind-single = Vienas pasirinkimas
catalogue-kind-multi = Keli pasirinkimai
catalogue-kind-text = Laisvas tekstas
catalogue-section = Dalis
catalogue-question-text-nb = Klausimas norvegų bokmål kalba
catalogue-help-nb = Pagalbinis tekstas norvegų bokmål kalba (neprivaloma)
catalogue-choices = Pasirinkimai (tik klausimams su vienu ar keliais pasirinkimais)
catalogue-choices-hint = Po vieną eilutėje, forma kodas = tekstas, pavyzdžiui: bus = Buss
catalogue-add-question-hint = Klausimas pridedamas pabaigoje. Kol jis neturi teksto kuria nors kalba, anketa ta kalba nesiūloma: vertimus pridėk klausimo puslapyje.
catalogue-question-heading = Klausimas { $key }
catalogue-question-intro = Pakeisk formuluotę kiekviena kalba, pažymėk gimtakalbio patikrintus vertimus arba nutrauk klausimo naudojimą.
catalogue-counts-for = įskaičiuojamas į rodiklį { $indicator }
catalogue-ask-question = Užduoti šį klausimą
catalogue-retire-hint = Nebenaudojamas klausimas nebeužduodamas. Jo atsakymai išsaugomi ir toliau įskaičiuojami į rodiklius.
catalogue-missing-text = nėra teksto
catalogue-help = Pagalbinis tekstas
catalogue-choice-label = Tekstas pasirinkimui { $value }
catalogue-versioned-hint = Formuluotė prieš tavo pakeitimą išsaugoma: jau pateikti atsakymai rodomi su klausimu taip, kaip jis buvo užduotas.
catalogue-earlier = Ankstesnės formuluotės
catalogue-earlier-caption = Pakeistos formuluotės ir versija, kuri jas pakeitė
catalogue-language = Kalba
catalogue-until = Pakeista versijoje
catalogue-no-earlier = Formuluotė nebuvo keista.
catalogue-places-intro = Įstaigos – tai paslaugos, apie kurias atsako šeimos; miesto dalys ir zonos nurodo, kur jos yra. Kodai niekada nesikeičia, nes juos naudoja nuorodos, plakatai ir ataskaitos. Uždaryta įstaiga nebepriima atsakymų; jos atsakymai išsaugomi.
catalogue-units = Įstaigos
catalogue-new-unit = Nauja įstaiga
catalogue-name = Pavadinimas
catalogue-service-kind = Įstaigos rūšis
catalogue-district = Miesto dalis
catalogue-zone = Zona
catalogue-open = Atidaryta
catalogue-closed = Uždaryta
catalogue-districts = Miesto dalys
catalogue-unit-count = { $count ->
    [one] { $count } įstaiga
    [few] { $count } įstaigos
    [many] { $count } įstaigos
   *[other] { $count } įstaigų
}
catalogue-new-district = Nauja miesto dalis
catalogue-add = Pridėti
catalogue-zones = Zonos
catalogue-new-zone = Nauja zona
catalogue-zone-hint = Neprivaloma. Zona turi būti įstaigos miesto dalyje.
catalogue-unit-open = Atidaryta: priima atsakymus
catalogue-unit-open-hint = Uždarius įstaigą, nauji atsakymai nebepriimami; jos atsakymai ir skaičiai išsaugomi.
catalogue-saved = Išsaugota kaip versija { $revision }.
catalogue-unchanged = Niekas nepakeista.
catalogue-error-not-found = To kataloge nėra.
catalogue-error-invalid-slug = Kodą sudaro 2–60 ženklų: mažosios raidės, skaitmenys, brūkšnelis arba pabraukimo brūkšnys.
catalogue-error-taken = Toks kodas jau užimtas.
catalogue-error-invalid-name = Parašyk pavadinimą, ne ilgesnį kaip 120 ženklų.
catalogue-error-default-text-required = Tekstas norvegų bokmål kalba privalomas.
catalogue-error-too-long = Vienas iš tekstų per ilgas.
catalogue-error-unknown-service-kind = Pasirink įstaigos rūšį.
catalogue-error-unknown-district = Pasirink miesto dalį.
catalogue-error-zone-outside-district = Zona nėra toje miesto dalyje.
catalogue-error-unknown-kind = Pasirink atsakymo tipą.
catalogue-error-choices-needed = Nurodyk du ar daugiau skirtingų pasirinkimų, po vieną eilutėje, forma kodas = tekstas.
catalogue-error-second-text-question = Anketoje jau yra laisvo teksto klausimas.
catalogue-error-title-kept = Pavadinimo kuria nors kalba pašalinti negalima. Jei nori, kad anketa ta kalba nebebūtų siūloma, pašalink kurio nors klausimo tekstą ta kalba.
catalogue-error-unavailable = Šiuo metu katalogo išsaugoti nepavyko. Niekas nepakeista; bandyk dar kartą.
login-oidc = Prisijungti per { $provider }
login-oidc-refused-title = Nėra prieigos prie stemme
login-oidc-refused-body = Jūsų paskyra savivaldybėje nesuteikia jokio vaidmens stemme. Paprašykite administratoriaus įtraukti jus į grupę, kuri suteikia vaidmenį.
login-oidc-failed-title = Prisijungti nepavyko
login-oidc-failed-body = Prisijungti per savivaldybės prisijungimo paslaugą nepavyko. Grįžkite į prisijungimo puslapį ir bandykite dar kartą.

# Disclosure control: what protected figures mean.
hidden-too_few = Per mažai atsakymų (mažiau nei { $k })
hidden-uniform = Paslėpta: visi atsakė vienodai
figures-protected = Skaičiai apsaugoti: kiekvienas gali skirtis nuo tikslaus keliais atsakymais, todėl niekas negali apskaičiuoti mažos grupės.
figures-protected-link = Ką tai reiškia?
figures-so-far = kol kas
protection-title = Kaip apsaugoti skaičiai
protection-why = Šeimos atsako anonimiškai. Kad niekas negalėtų sužinoti, kaip atsakė maža grupė, net atimdamas vieną skaičių iš kito, kiekvienas rodomas skaičius yra apsaugotas.
protection-noise-heading = Mažas nuokrypis kiekviename skaičiuje
protection-noise = Kiekvienas skaičius turi mažą, pastovų nuokrypį, ne didesnį nei { $noise } atsakymai, dažniausiai 0 arba 1. Tie patys atsakymai visada gauna tą patį nuokrypį, kad ir kaip klaustum, todėl skaičiai nesikeičia. Tačiau dviejų skaičių skirtumas, pavyzdžiui, rajonas atėmus jo zonas, niekada tiksliai nepasako, kiek žmonių yra mažoje grupėje. Dalys ir neapibrėžtumo intervalai skaičiuojami iš apsaugotų skaičių.
protection-hidden-heading = Nerodomi skaičiai
protection-too-few = grupėje yra mažiau nei { $k } atsakymų arba tiek mažai, kad skaičius su nuokrypiu tampa mažesnis nei { $k }.
protection-uniform = mažoje grupėje (mažiau nei dvigubai { $k } atsakymų) 0 % ar 100 % atskleistų, ką atsakė kiekvienas.
protection-periods-heading = Ištisi mėnesiai
protection-periods = Rodiniai apima ištisus mėnesius iki paskutinio pasibaigusio. Einamasis mėnuo rodomas tik jį pasirinkus ir pažymimas „kol kas“.
protection-published = Tai, kas rodoma už savivaldybės ribų (viešas padalinio puslapis ir metinė ataskaita), apima tik grupes, turinčias bent { $published_k } atsakymų.
login-expired = Prisijungimo forma nebegalioja arba atėjo iš kitos svetainės. Dar kartą įvesk naudotojo vardą ir slaptažodį.

# API tokens on the users page.
tokens-title = API raktai
tokens-hint = Sukurk raktą komanda „stemme token create --user USERNAME --name NAME“. Naudotojui priklausantis raktas nustoja veikti, kai naudotojas išjungiamas.
token-name = Pavadinimas
token-owner = Priklauso
token-created = Sukurtas
token-expires = Galioja iki
token-never = niekada
token-status = Būsena
token-status-active = veikia
token-status-expired = nebegalioja
token-status-revoked = atšauktas
token-status-owner_disabled = naudotojas išjungtas
token-revoke = Atšaukti
token-revoked = Raktas atšauktas.
workshop-error-quote = Galima pridėti tik citatas iš pačių dirbtuvių sąrašo: tekstus iš jų padalinio, rajono ar temos.

# Recordings of questions (catalogue admin)
catalogue-recordings = Įrašai
catalogue-recordings-intro = Kai kas nors paspaudžia „Skaityti garsiai“, vietoj telefono balso grojamas įrašas. Įkelkite MP3, Ogg, M4A, WebM arba WAV, ne didesnį nei 2 MB. Pakeitus klausimo tekstą kuria nors kalba arba nebeklausiant klausimo, įrašas pašalinamas.
catalogue-recording-none = Įrašo dar nėra.
catalogue-recording-upload = Įkelti įrašą
catalogue-recording-remove = Pašalinti įrašą
catalogue-recording-file = Įrašas: { $lang }
catalogue-recording-not-audio = Šis failas nėra įrašas, kurį stemme gali groti. Naudokite MP3, Ogg, M4A, WebM arba WAV.
catalogue-recording-too-large = Įrašas gali būti ne didesnis nei 2 MB.
catalogue-recording-no-text = Prieš pridėdami įrašą, parašykite klausimą šia kalba.

# An answer sent without signal (form.js)
offline-kept = Nėra interneto ryšio. Jūsų atsakymai išsaugoti šiame telefone ir bus išsiųsti patys, kai ryšys grįš. Jei galite, nepalikite šio puslapio.
offline-sending = Ryšys grįžo. Siunčiame jūsų atsakymus …

# The thank-you page of the children's forms
thanks-child-title = Ačiū! Dabar pasakei, ką galvoji.
thanks-child-body = Tavo atsakymas išsiųstas. Savivaldybės suaugusieji jį perskaitys ir stengsis, kad vaikams būtų geriau.
thanks-next-child = Kitas vaikas
thanks-next-child-hint = Perduodate telefoną ar planšetę kitam? Kitas vaikas gaus tuščią formą, ir niekas nematys, ką atsakė šis vaikas.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] sausis–kovas
    [2] balandis–birželis
    [3] liepa–rugsėjis
    *[4] spalis–gruodis
} { $year }
unit-none-yet = Dar nėra pakankamai atsakymų, kad būtų galima parodyti skaičius neatpažįstant nė vieno. Žemiau matote, kas padaryta po to, ką pasakė šeimos.

# The privacy notice (/personvern) and the footer
privacy-title = Privatumas
privacy-intro = Štai kaip saugome jūsų atsakymus. Atsakote anonimiškai: niekada neklausiame jūsų vardo.
privacy-h-who = Kas atsako
privacy-who = Už atsakymus atsako { $municipality }.
privacy-contact = Klausimai apie privatumą: { $contact }
privacy-contact-none = Dėl privatumo galite kreiptis į savivaldybės duomenų apsaugos pareigūną.
privacy-h-why = Kodėl klausiame
privacy-why = Kad sužinotume, ar šeimoms ir vaikams teikiama pagalba veikia, ir kartu su šeimomis nuspręstume, ką keisti. Tai savivaldybės viešosios užduoties dalis (BDAR 6 straipsnio 1 dalies e punktas).
privacy-h-stored = Ką saugome ir kas tai mato
privacy-stored = Saugome jūsų atsakymus, kokios paslaugos ir kalbos jie yra, ir mėnesį, kada atsakėte. Nesaugome jūsų vardo, IP adreso ar nieko kito, kas pasako, kas jūs esate. Tai, ką parašote savo žodžiais, saugoma taip, kaip parašėte, bet taip perskaityti gali tik savivaldybės administratorius. Visi kiti darbuotojai mato tekstą be vardų, telefono numerių ir adresų, o skaičius mato tik grupėms, kuriose yra bent penki atsakymai.
privacy-h-kept = Kiek laiko
privacy-kept-months = Atsakymai ištrinami po { $months } mėnesių.
privacy-kept-forever = Atsakymai saugomi tol, kol savivaldybė juos naudoja stebėdama savo paslaugas, ir ištrinami, kai nebereikalingi.
privacy-h-rights = Jūsų teisės
privacy-rights = Kadangi nežinome, kas jūs esate, negalime rasti konkretaus jūsų atsakymo. Galite pateikti skundą Norvegijos duomenų apsaugos institucijai (datatilsynet.no), jei manote, kad informaciją saugome ne taip, kaip turėtume.
footer-accessibility = Prieinamumo pareiškimas

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Manęs tai neliečia
choice-na-child = Nežinau
