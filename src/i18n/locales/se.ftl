# Interface texts for stemme, Northern Sami. Machine-made translation, not yet checked by a native speaker.
# Álkes sánit: máŋgasiidda geat lohket, lea dát giella nubbi dahje goalmmát giella.

app-name = Stemme
skip-to-content = Mana sisdollui
language-switcher = Giella
language-unavailable = Dát siidu ii gávdno vel dan gielas maid bivddet ({ $code }). Dan sadjái oainnát siiddu dán gielas.

## Álgosiidu
home-title = Veahkehiigo veahkki?
home-intro = Muital suohkanii, leigo veahkki maid ožžot, ávkkálaš. Don vástidat anonyma, ja dat váldá dušše moadde minuhta.
home-choose-form = Vállje skovi
home-for-staff = Bargiide ja ovttasbargoguimmiide
home-no-forms = Dál eai leat makkárge skovit maid sáhtát deavdit.

## Anonymitehta ja persovdnasuodjalus
anonymous-heading = Du vástádus lea anonyma
anonymous-body = Mii eat jeara du nama. Mii eat vurke gii don leat dahje gos don vástidat, ja du vástádus ii goassege boađe du áššái.
what-happens-summary = Mii dáhpáhuvvá mu vástádusain?
what-happens-body = Máŋgga bearraša vástádusat biddjojit oktii. Bargit oidnet loguid dušše joavkkuin main máŋggas leat vástidan, eai goassege got okta bearaš vástidii. Bargit sáhttet lohkat dan maid čálát iežat sániiguin, muhto namat ja nummirat leat sihkkojuvvon, eaige sii oainne gii dan čálii. Vástádusaid geavahit buoridit bálvalusaid, čoahkkimiin gos bearrašat ja bargit ovttas mearridit maid galgá rievdadit.
footer-privacy = Don vástidat anonymalaččat: mii eat vurke nama dahje IP-čujuhusa, ja bargit oidnet dan maid čálát nu ahte namat ja nummirat leat sihkkojuvvon.

## Skovvi
answering-about = Don vástidat dán birra:
choose-unit = Makkár bálvalusa birra don vástidat?
choose-unit-placeholder = Vállje bálvalusa
section-progress = Oassi { $current } / { $total }
progress-answered = Vástiduvvon gažaldagat: { $answered } / { $total }
required-mark = ferte vástiduvvot
skip-hint = Sáhtát njuikestit gažaldagaid mat eai leat merkejuvvon ”ferte vástiduvvot”.
role-question = Makkár rollas don vástidat?
role-skip = Mun in háliit dadjat
role-parent = Váhnen dahje fuolaheaddji
role-next_of_kin = Lagas fuolki
role-client = Son guhte oaččui veahki
role-resident = Guhte orru guovllus
role-participant = Guhte searvá báikkálaš servodahkii
role-pupil = Oahppi
role-staff = Bargi
role-partner = Ovttasbargoguoibmi
scale5-1 = Áibbas sierramielalaš
scale5-2 = Sierramielalaš
scale5-3 = In ovttaoaivilis inge sierramielalaš
scale5-4 = Ovttaoaivilis
scale5-5 = Áibbas ovttaoaivilis
scale3-1 = Ii
scale3-2 = Veaháš
scale3-3 = Juo
yes_no-yes = Juo
yes_no-no = Ii
yes_no-unsure = In leat sihkar
text-limit = Sáhtát čállit eanemusat { $max } mearkka, vaikko makkár gillii.
submit = Sádde mu vástádusa

## Meattáhusat skovvis
form-has-errors = { $count ->
    [one] Lea okta ášši maid fertet divvut ovdal go vástádus sáhttá sáddejuvvot.
    [two] Leat guokte ášši maid fertet divvut ovdal go vástádus sáhttá sáddejuvvot.
   *[other] Leat { $count } ášši maid fertet divvut ovdal go vástádus sáhttá sáddejuvvot.
}
form-kept = Dat maid leat deavdán, lea vurkejuvvon.
error-required = Muitte vástidit dán gažaldahkii.
error-choice = Vállje ovtta dain vástádusain mat leat dás.
error-text-too-long = Teaksta lea menddo guhkki: { $count } mearkka, ja dušše { $max } čáhket.
error-unit = Vállje bálvalusa man birra vástidat.
error-role = Vállje ovtta dain rollain mat leat dás, dahje ”Mun in háliit dadjat”.
error-rate-limited = Dál bohtet ollu vástádusat du fierpmádagas. Vuordde minuhta ja sádde fas.
error-unavailable = Eat sáhttán vurket du vástádusa dál. Mihkkege ii leat láhppon dán siiddus: geahččal sáddet fas veaháš maŋŋá.

## Giitosiidu
thanks-title = Ollu giitu!
thanks-body = Du vástádus lea vurkejuvvon.
thanks-next = Du vástádus čohkkejuvvo oktii eará bearrašiid vástádusaiguin. Suohkan geavaha daid gávnnahit mii doaibmá, ja mearridit ovttas bearrašiiguin maid galgá rievdadit.
thanks-another = Vástidit eará bálvalusa birra
back-home = Ruovttoluotta álgui

## Meattáhussiiddut
error-title = Juoga manai boasttu
error-body = Eat sáhttán dahkat dan maid bivddet. Geahččal fas veaháš maŋŋá.
not-found-title = Eat gávdnan dán siiddu
not-found-body = Liŋka sáhttá leat boaris dahje boastut čállon.

## Mánáid skovit ja jitnosit lohkan
read-aloud = Loga jitnosit
read-aloud-stop = Heaitte lohkamis
question-progress = Gažaldat { $current } / { $total }
next-question = Čuovvovaš gažaldat
assisted-heading = Rávesolbmui
assisted-by-question = Gii veahkeha máná vástidit?
role-other_adult = Eará rávesolmmoš
child-skip-hint = Sáhtát njuikestit gažaldaga jus it háliit vástidit.
scale3-child-1 = Ii
scale3-child-2 = Veaháš
scale3-child-3 = Juo
scale5-child-1 = Ii, ii veahášge
scale5-child-2 = Ii nu olu
scale5-child-3 = Muhtimin juo, muhtimin ii
scale5-child-4 = Juo, eanaš
scale5-child-5 = Juo, hui olu

## Plakáhtat
poster-scan = Skánne koda telefuvnna kámeráin vai sáhtát vástidit.
poster-or-type = Dahje čále dán čujuhusa:
posters-title = Plakáhtat seaidnái
posters-intro = Printe bovdejumi mas lea QR-koda, vai bearrašat sáhttet vástidit iežaset telefuvnnain. Vállje daid gielaid maid bearrašat din luhtte lohket.
posters-languages = Gielat plakáhtas
posters-size = Bábira sturrodat
posters-make = Ráhkat plakáhta

## Sihkkojuvvon persovdnadieđut (čužžot dan sajis mii sihkkojuvvui)
pii-fnr = riegádannummir
pii-account = kontonummir
pii-phone = telefovdna
pii-email = e-poasta
pii-address = čujuhus
pii-name = namma

## Bargiide: čálit sisa
login-title = Čálit sisa
login-submit = Čálit sisa
login-failed = Geavaheaddjinamma dahje beassansátni ii leat riekta.
logout = Čálit olggos
signed-in-as = Sisačállon: { $name } ({ $role })
forbidden-title = It beasa dán siidui
forbidden-body = Du rolla ii atte beassama dán siidui.
staff-nav-search = Oza teavsttain
staff-nav-posters = Plakáhtat

## Ohcan friddja teavsttain
search-title = Maid bearrašat čállet
search-intro = Oza dain maid bearrašat leat čállán iežaset sániiguin. Namat, nummirat ja čujuhusat leat sihkkojuvvon.
search-query-label = Ohcansánit
search-query-hint = Sánit vaikko makkár dáin gielain. Sáni eará hámit gávdnojit maid.
search-submit = Oza
search-filters = Ráddje válljema
search-any = Buot
search-filter-lang = Giella
search-filter-unit = Bálvalus
search-filter-district = Gávpotoassi
search-filter-zone = Guovlu
search-filter-survey = Skovvi
search-filter-audience = Gii vástidii
search-filter-theme = Fáddá
search-filter-from = Álgománnu
search-filter-to = Loahppamánnu
search-total = { $count ->
    [one] Okta heivvolaš teaksta
    [two] Guokte heivvolaš teavstta
   *[other] { $count } heivvolaš teavstta
}
search-no-hits = Ii oktage teaksta heive. Geahččal eará sáni dahje stuorát válljema.
search-withheld-title = Teavsttat eai čájehuvvo
search-withheld = Dán válljemis leat unnit go { $k } vástádusa. Dalle sáhttá bearraša dovdat, ja danne teavsttat eai čájehuvvo. Vállje stuorát válljema, omd. eanet mánuid dahje olles gávpotoasi.
search-facets = Teavsttaid juohku
search-facet-few = unnit go { $k }
search-total-few = Unnit go { $k } teavstta heivejit
search-hit-language = Giella
search-hit-period = Áigodat
search-hit-unit = Bálvalus
search-lang-und = Giella ii leat čielggas
search-declared-language = Skovvi lei dán gielas: { $lang }
search-more = Čájet eanet
search-facet-service_kind = Bálvalusa šládja
search-rebuilding = Ohcan huksejuvvo ođđasit: { $percent } % lea gárvvis. Muhtun teavsttat váilot dassážii go dat lea gárvvis.
audience-parent = Váhnemat
audience-child_4_7 = Mánát 4–7 jagi
audience-child_8_12 = Mánát 8–12 jagi
audience-youth_13_18 = Nuorat 13–18 jagi
audience-partner = Ovttasbargoguoimmit
lang-da = dánskkagiella
lang-sv = ruoŧagiella

## Indikáhtorat plánejeddjiide
staff-nav-dashboard = Indikáhtorat
dashboard-title = Indikáhtorat
dashboard-intro = Oassi mii vástida positiivvalaččat, ja 95 % eahpesihkkarvuođagaskka. Joavkkut main leat unnit go { $k } vástádusa, ja logut mat sáhtášedje almmuhit daid, eai čájehuvvo.
dashboard-core = Veahkehiigo veahkki?
dashboard-by-district = Gávpotoasi mielde
dashboard-by-zone = Guovllu mielde
dashboard-trend = Ovdáneapmi áiggi mielde
dashboard-grain = Áigodaga guhkkodat
grain-month = Mánnu
grain-quarter = Kvártala
grain-year = Jahki
dashboard-show = Čájet
dashboard-table = Logut tabeallas
dashboard-no-data = Eai leat vástádusat dán áigodagas.
dashboard-themes = Fáttát das maid bearrašat čállet
dashboard-change = Rievdadus ovddit áigodagas: { $change } proseantačuoggá
dashboard-change-real = (stuorit go eahpesihkkarvuohta)
dashboard-change-noise = (eahpesihkkarvuođa siskkobealde)
table-group = Joavku
table-share = Positiivvalaš oassi
table-interval = Eahpesihkkarvuohta (95 %)
table-n = Vástádusaid lohku
dashboard-registry = Logut registtariin, dan bálddas maid bearrašat ieža vástidit
dashboard-self-report = Bearrašiid iežaset vástádusat (positiivvalaš oassi)
registry-city = Olles gávpot
table-value = Árvu
table-source = Gáldu
unit-title = Dán dadje bearrašat
unit-intro = Ná vástidedje bearrašat geat leat ožžon veahki bálvalusas { $name }, maŋimuš njeallje ollis kvártalis. Mii čájehit loguid dušše joavkkuin main leat unnimusat { $k } vástádusa, vai ii oktage sáhte dovdojuvvot.
unit-few = Unnit go { $k } vástádusa – ii čájehuvvo
unit-said = Dán dii dajaidet
unit-quarter = Kvártala
unit-agree = Dadjet juo
unit-did = Dán mii dahkaimet
unit-did-none = Dása bohtet doaibmabijut maid birra bearrašat ja bargit šiehttet bargobájiin. Ii leat vel oktage doaibmabidju registrerejuvvon.
unit-answer = Vástit jearahallamii
thanks-see-unit = Geahča maid bearrašat leat dadjan { $name } birra
report-voice = Bearrašiid jietna: veahkki veahkeha
dashboard-report = Jahkedieđáhus
dashboard-report-intro = Eallindilibušeahta ja jahkedieđáhusa tabeallat: okta tabealla juohke bohtosguvlui, mas leat bearrašiid iežaset vástádusat, logut registtariin ja ovdáneapmi jagi mielde. Dieđáhus adnojuvvo almmuhuvvon dieđáhussan: joavkkut mat leat unnit go { $k }, eai čájehuvvo, ja dušše ollis mánut leat mielde.
dashboard-report-year = Jahki
dashboard-report-xlsx = Viečča (Excel)
dashboard-report-csv = Viečča { $year } jahkedieđáhusa CSV-fiilan
dashboard-theme-trend = Fáttát kvártala mielde
dashboard-theme-trend-hint = Teavsttat main fáddá lea, ja daid oassi buot kvártala teavsttain. – mearkkaša ahte leat beare unnán teavsttat čájehit.
staff-nav-themes = Fáttát
themes-title = Fáttát
themes-intro = Fáttát maid birra bearrašat čállet, ja ohcansánit mat merkejit teavsttaid. Go dii rievdadehpet fáttá, de buot vurkejuvvon teavsttat merkejuvvojit ođđasit oanehis áiggis.
themes-caption = Fáttát, ohcansánit ja man dávjá merkkat leat dohkkehuvvon dahje hilgojuvvon
themes-new = Ođđa fáddá
themes-edit = Rievdat fáttá
themes-confirmed = Dohkkehuvvon
themes-rejected = Hilgojuvvon
themes-precision = Dárkkisvuohta
theme-name = Namma
theme-terms = Ohcansánit
theme-terms-hint = Okta ohcansátni juohke linnjái (dahje rihkkuin sirrejuvvon). Sánit gávdnet maid sáni eará hámiid teavstta gielas.
theme-code = Koda
theme-code-hint = Smávva bustávat a–z, logut, - ja _. Koda ii sáhte rievdadit maŋŋá.
theme-form-intro = Čállet namaid ja ohcansániid dain gielain maid dii máhttibehtet. Namma girjedárogillii ja unnimusat okta ohcansátni dárbbašuvvojit.
theme-problems = Fáddá ii vurkejuvvon
theme-save = Vurke ja merke teavsttaid ođđasit
theme-cancel = Gaskkalduhte
theme-saved = { $name } lea vurkejuvvon. Teavsttat merkejuvvojit ođđasit dál.
staff-nav-indicators = Indikáhtorat
indicators-title = Indikáhtorat
indicators-intro = Indikáhtorat maidda vástádusat rehkenastojuvvojit: makkár plánii dat raporterejit, makkár bohtosguvlui dat gullet, ja makkár gažaldagat ja vástádusat rehkenastojuvvojit positiivvalažžan.
indicator-plan = Plána ja áŋgiruššansuorgi
indicator-outcome = Bohtosguovlu
indicator-no-outcome = Ii oktage
indicator-questions = Gažaldagat mat rehkenastojuvvojit
indicator-positive = positiivvalaš vástádusat
indicator-no-questions = Ii oktage gažaldat rehkenastojuvvo vel dán indikáhtorii.
indicator-questions-hint = Makkár gažaldagat rehkenastojuvvojit, lea mearriduvvon skoviin. Vástádusat rehkenastojuvvojit ođđasit automáhtalaččat go gažaldat rievdaduvvo.
indicator-problems = Indikáhtor ii vurkejuvvon
indicator-save = Vurke
indicator-saved = { $name } lea vurkejuvvon.
staff-nav-registry = Registtarlogut
registry-title = Logut registtariin
registry-intro = Sádde loguid microdata.no:s, SSB:s, Bufdir:s dahje KOSTRA:s CSV-fiilan mas leat čuolddat indicator, area, period, value ja source (ja vejolaččat note). Logut čájehuvvojit bearrašiid iežaset vástádusaid bálddas seamma bohtosguovllus. Olles fiila vurkejuvvo, dahje ii mihkkege.
registry-file = CSV-fiila
registry-file-hint = Geahča ovdamearkka docs/registry-example.csv:s. Eanemusat 5 MB.
registry-upload = Sádde
registry-imported = Vurkejuvvon logut: { $count }.
registry-problems = Mihkkege ii vurkejuvvon. Divo dáid linnjáid ja sádde fiilla ođđasit:
registry-line = Linnjá { $line }
registry-stored = Vurkejuvvon logut
registry-indicator = Indikáhtor
registry-none = Logut eai leat vel sáddejuvvon.

## Staff accounts, sessions and the audit log
login-username-label = Geavaheaddjinamma
login-password-label = Beassansátni
staff-nav-follow-up = Čuovvoleapmi
staff-nav-workshops = Bargobájit
staff-nav-users = Geavaheaddjit
staff-nav-audit = Logga
staff-nav-account = Du konto
staff-role-admin = Administráhtor
staff-role-planner = Plánejeaddji
staff-role-facilitator = Proseassajođiheaddji
staff-role-unit-lead = Ovttadatjođiheaddji
users-title = Geavaheaddjit
users-caption = Bargiid kontot
user-username = Geavaheaddjinamma
user-username-hint = 2–32 mearkka: smávva bustávat, logut, čuokkis, - dahje _.
user-display-name = Namma
user-role = Rolla
user-units = Ovttadagat
user-units-hint = Dušše ovttadatjođiheddjiide: ovttadagat maid sii besset lohkat, rihkkumearkkaiguin sirrejuvvon.
user-password = Beassansátni
user-password-hint = Guođe guorusin, de oaččut ráhkaduvvon beassansáni mii čájehuvvo dušše oktii.
user-status = Dilli
user-actions = Doaimmat
user-active = Atnus
user-disabled = Ii atnus
user-disable = Váldde eret atnus
user-enable = Váldde atnui
user-reset = Ođđa beassansátni
user-save-role = Vurke rolla
user-new = Ođđa konto
user-create = Ráhkat konto
user-created = Konto ráhkaduvvui.
user-changed = Konto rievdaduvvui.
user-new-password = Beassansátni geavaheaddjái { $name }, čájehuvvo dušše dál. Atte dan persovnnalaččat dahje telefuvnnas; son berre rievdadit dan go čálii sisa.
user-error-invalid-username = Geavaheaddjinamas leat 2–32 mearkka: smávva bustávat, logut, čuokkis, - dahje _.
user-error-username-taken = Dát geavaheaddjinamma lea juo atnus.
user-error-not-found = Dakkár konto ii gávdno.
user-error-unknown-unit = Okta ovttadagain ii gávdno. Geavat ovttadagaid oanehisnamaid listtus.
user-error-units-needed = Ovttadatjođiheaddji dárbbaša unnimusat ovtta ovttadaga.
user-error-invalid-name = Čále nama mas leat 1–100 mearkka.
user-error-last-admin = Maŋimuš aktiiva administráhtora ii sáhte váldit eret atnus iige addit sutnje eará rolla.
user-error-password-too-short = Beassansánis fertejit leat unnimusat 12 mearkka. Moadde sáni maŋŋálagaid addet buori beassansáni.
user-error-password-too-long = Beassansánis sáhttet leat eanemusat 256 mearkka.
user-error-unavailable = Rievdadusa ii sáhttán vurket dál. Geahččal fas veaháš maŋŋá.
account-title = Du konto
account-change-password = Rievdat beassansáni
account-current = Dálá beassansátni
account-new = Ođđa beassansátni
account-new-hint = Unnimusat { $count } mearkka. Moadde sáni maŋŋálagaid addet buori beassansáni.
account-repeat = Ođđa beassansátni vel oktii
account-save = Rievdat beassansáni
account-mismatch = Guokte ođđa beassansáni eaba leat ovttaláganat.
account-wrong-password = Dálá beassansátni ii leat riekta.
account-password-changed = Du beassansátni lea rievdaduvvon. Don leat čálihuvvon olggos du eará sisačálihemiin.
audit-title = Logga
audit-intro = Gii čálii sisa, logai gieđahallakeahtes teavsttaid, eksporterii, sihkkui dahje rievdadii juoidá, ja goas. Loggas eai goassege leat dat maid ássit čálle.
audit-actor = Gii
audit-action = Doaibma
audit-from = Álgobeaivi
audit-to = Loahppabeaivi
audit-filter = Ráddje
audit-caption = Registrerejuvvon doaimmat, ođđaseamos vuosttažin
audit-at = Goas (UTC)
audit-target = Mii
audit-detail = Lassidieđut
audit-none = Ii oktage registrerejuvvon doaibma heive dáidda ráddjemiidda.
audit-older = Boarráset merkejumit

## Workshops ("you said, we did") and follow-up
unit-did-done = Dahkkon
unit-did-planned = Plánejuvvon { $date } rádjái
workshops-title = Bargobájit
workshops-intro = Ovttasráhkadeami bargobájit: bearrašat, mánát, bargit ja ovttasbargoguoimmit mearridit ovttas maid galgá rievdadit. Ráhkat bargobáji, čájet materiála, divtte oasseválddiid searvat telefuvnnaineaset, ja čále maid mearridedje.
workshops-caption = Bargobájit, ođđaseamos vuos
workshops-none = Eai leat vel bargobájit.
workshop-new = Ođđa bargobádji
workshop-title-label = Bajilčála
workshop-scope = Guoská
workshop-scope-unit = Ovttadat
workshop-scope-district = Gávpotoassi
workshop-scope-theme = Fáddá
workshop-stage = Fása
workshop-stage-planning = Plánen
workshop-stage-development = Ovdánahttin
workshop-stage-decision = Mearrádus
workshop-stage-evaluation = Evalueren
workshop-with-children = Mánát dahje nuorat leat mielde
workshop-days = Beaivvit goas koda doaibmá
workshop-create = Ráhkat bargobáji
workshop-code = Koda
workshop-status = Dilli
workshop-date = Dáhton
workshop-open = Rabas
workshop-closed = Giddejuvvon
workshop-join-at = Searvva dáppe: { $link }
workshop-join-until = Ođđa oasseválddit sáhttet searvat { $date } rádjái (UTC).
workshop-projector = Projektorčájáhus
workshop-summary = Čoahkkáigeassu
workshop-close = Gidde bargobáji
workshop-reopen = Raba fas
workshop-material = Materiála
workshop-no-material = Ii leat vel materiála. Lasit indikáhtorloguid, fáttáid dahje sitáhtaid.
workshop-quote-pending = Vuordá du dohkkeheami: ii čájehuvvo vel
workshop-approve = Dohkket
workshop-remove = Váldde eret
workshop-add = Lasit
workshop-add-indicator = Indikáhtorlogut
workshop-add-theme = Fáddá
workshop-quotes = Sitáhtat das maid olbmot čálle
workshop-quotes-hint = Sitáhtat bohtet buhtistuvvon teavsttain mat gusket bargobáji ovttadahkii, gávpotoassái dahje fáddái. Loga juohke sitáhta ovdal go dohkkehat dan: dušše dohkkehuvvon sitáhtat čájehuvvojit.
workshop-quote-search = Sánit maid ohcat
workshop-quotes-withheld = Menddo unnán teavsttat dán joavkkus vai sitáhtaid sáhttá čájehit.
workshop-use-quote = Geavat dán sitáhta
workshop-notes = Čállosat
workshop-participants = { $count ->
    [one] { $count } oasseváldi
    [two] { $count } oasseválddi
   *[other] { $count } oasseválddi
}
workshop-participants-label = Oasseválddit
workshop-group-notes = Vállje čállosiid mat gullet oktii
workshop-in-proposal = evttohusas
workshop-vote-count = { $count ->
    [one] { $count } jietna
    [two] { $count } jiena
   *[other] { $count } jiena
}
workshop-proposal-title = Evttohus
workshop-make-proposal = Ráhkat evttohusa válljejuvvon čállosiin
workshop-proposals = Evttohusat
workshop-rating = { $value } / 5 (árvvoštallamat: { $count })
workshop-rating-few = Árvvoštallamat dássážii: { $count } (čájehuvvo go leat 3)
workshop-rating-hidden = Eai leat vel doarvái árvvoštallamat
workshop-actions = Dán mii dahkat
workshop-action-what = Maid galgá dahkat
workshop-action-who = Gii lea ovddasvástideaddji
workshop-action-due = Goas rádjái
workshop-action-unit = Ovttadat masa dat čájehuvvo
workshop-action-unit-same = Bargobáji ovttadat
workshop-action-unit-none = Ii makkárge ovttadat
workshop-action-themes = Fáttát maidda dat galgá váikkuhit
workshop-action-indicators = Indikáhtorat maidda dat galgá váikkuhit
workshop-action-record = Vurke doaibmabiju
workshop-action-done = Merke dahkkon
workshop-action-reopen = Merke ii dahkkon
workshop-action-planned = Plánejuvvon
workshop-batched = Bohtosat bohtet joavkkuid mielde, nu ahte ii oktage sáhte oaidnit ovtta olbmo jiena.
workshop-votes-label = jienat
workshop-theme = Fáddá
workshop-few = Menddo unnán vástádusat čájeheapmái
workshop-enter-title = Searvva bargobádjái
workshop-enter-intro = Čále koda maid oaidnát šearpmas.
workshop-enter-go = Searvva
workshop-join-intro = Bures boahtin! Dáppe sáhtát čállit maid don oaivvildat, ja jienastit dan mii lea dutnje deháleamos.
workshop-join-anonymous = It atte du nama. Dat maid čálát, čájehuvvo šearpmas nama haga.
workshop-join-role = Mun lean mielde dego
workshop-join = Searvva
workshop-role-parent = Váhnen dahje fuolaheaddji
workshop-role-child = Mánná
workshop-role-youth = Nuorra
workshop-role-staff = Bargi
workshop-role-partner = Ovttasbargoguoibmi
workshop-add-note = Čále čállosa
workshop-note-label = Maid don oaivvildat?
workshop-note-hint = Eanemusat { $max } mearkka. Ale čále namaid dahje telefonnummiriid.
workshop-note-send = Sádde čállosa
workshop-no-notes = Eai leat vel čállosat.
workshop-votes-left = { $count ->
    [one] Dus lea { $count } jietna báhcán.
    [two] Dus leat { $count } jiena báhcán.
   *[other] Dus leat { $count } jiena báhcán.
}
workshop-vote = Jienas dán
workshop-unvote = Váldde mu jiena ruovttoluotta
workshop-rate = Vurke mu árvvoštallama
workshop-score-1 = 1 – ii buorre
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – hui buorre
workshop-closed-note = Bargobádji lea giddejuvvon. Giitu go leat leamaš mielde!
workshop-done-joined = Bures boahtin! Don leat dál mielde.
workshop-done-note = Giitu, du čálus lea vurkejuvvon.
workshop-done-vote = Du jietna lea vurkejuvvon.
workshop-done-unvote = Du jietna lea váldojuvvon ruovttoluotta.
workshop-done-rating = Du árvvoštallan lea vurkejuvvon.
workshop-error-title = Juoga ii leat riekta
workshop-error-not-found = Mii eat gávdna bargobáji mas lea dát koda. Geahča koda šearpmas ja geahččal fas.
workshop-error-closed = Bargobádji lea giddejuvvon, danne dát ii vurkejuvvon. Giitu go leat leamaš mielde!
workshop-error-expired = Dán koda ii sáhte šat geavahit searvamii. Jeara proseassajođiheaddjis veahki.
workshop-error-too-fast = Don sáddet čállosiid hui jođánit. Vuordde minuhta ja geahččal fas; du teaksta lea vuolábealde.
workshop-error-no-votes-left = Don leat geavahan buot jienaid. Váldde ovtta jiena ruovttoluotta vai sáhtát addit dan eará čállosii.
workshop-error-unavailable = Dán ii sáhttán vurket dál. Geahččal fas veaháš maŋŋá; du teaksta lea vuolábealde.
workshop-error-note = Čále čállosa mas leat eanemusat 500 mearkka.
workshop-error-score = Vállje árvvoštallama gaskal 1 ja 5.
workshop-error-role = Vállje mo don leat mielde.
workshop-error-workshop-title = Čále bajilčállaga.
workshop-error-material = Dan materiála ii sáhte lasihit.
workshop-error-proposal = Čále oanehis bajilčállaga evttohussii.
workshop-error-action-what = Čále maid galgá dahkat.
workshop-error-action-who = Čále gii lea ovddasvástideaddji.
workshop-error-action-due = Čále beaivvi goas dat galgá leat dahkkon.
workshop-error-scope = Vállje ovttadaga, gávpotoasi dahje fáttá mii gávdno.
workshop-error-stage = Vállje fása.
follow-up-title = Čuovvoleapmi: leigo das maid olbmot dadje, váikkuhus?
follow-up-intro = Plánaid proseassaindikáhtorat: leigo mánáid oaivilat jerrojuvvon, dokumenterejuvvon ja geavahuvvon (P1), ledjego máhcahusaid fáttát joavdan bargobádjái ja ledjego doaibmabijut dahkkon (P2), ja makkár ovttasráhkadeami fásaid juohke ovttadat lea gokčan (P3).
follow-up-p2 = Fáttát ja doaibmabijut (P2)
follow-up-p2-reached = { $percent } % fáttáin mat bohte ovdan máhcahusain dán jagi, jovde bargobádjái.
follow-up-p2-none = Ii oktage fáddá boahtán ovdan doarvái dávjá dán jagi vai dat rehkenastojuvvo.
follow-up-p2-done = { $percent } % bargobájiid doaibmabijuin ({ $count }) leat dahkkon.
follow-up-no-actions = Bargobájiid doaibmabijut eai leat vel registrerejuvvon.
follow-up-themes-caption = Fáttát maŋimuš guoktenuppelot mánus (teavsttat čájehuvvojit go leat { $k })
follow-up-texts = Teavsttat
follow-up-workshops = Bargobájit
follow-up-actions = Doaibmabijut
follow-up-done = Dahkkon
follow-up-p1-p3 = Ovttadagat: mánáid oaivilat (P1) ja gokčojuvvon fásat (P3)
follow-up-units-caption = Juohke ovttadat: jerrojuvvon → dokumenterejuvvon → geavahuvvon, ja ovttasráhkadeami fásat
follow-up-asked = Jerrojuvvon
follow-up-documented = Dokumenterejuvvon
follow-up-used = Geavahuvvon
follow-up-stages = Fásat
follow-up-yes = Juo
follow-up-no = Ii
staff-nav-catalogue = Kataloga
catalogue-title = Kataloga
catalogue-intro = Skovit, daid gažaldagat buot gielain, ja ovttadagat ja báikkit maidda vástádusat gullet. Juohke rievdadus lea nummirastojuvvon veršuvdna: vástádusat mat leat juo addojuvvon, dollet dan teavstta mainna gažaldat jearrojuvvui.
catalogue-places-title = Ovttadagat ja báikkit
catalogue-surveys-caption = Skovit
catalogue-survey = Skovvi
catalogue-audience = Geasa
catalogue-questions = Gažaldagat
catalogue-languages = Ollislaš gielat
catalogue-unreviewed = Teavsttat mat eai leat dárkkistuvvon
catalogue-status = Dilli
catalogue-retired-count = { $count ->
    [one] { $count } váldon eret
    [two] { $count } váldon eret
   *[other] { $count } váldon eret
}
catalogue-offered = Fállojuvvo
catalogue-withdrawn = Gessojuvvon ruovttoluotta
catalogue-revisions = Maŋimuš rievdadusat
catalogue-revisions-intro = Kataloga lea veršuvnnas { $revision }.
catalogue-revision = Veršuvdna
catalogue-no-revisions = Mihkkege ii leat rievdaduvvon dan rájes go standárdakataloga váldojuvvui atnui.
catalogue-problems = Rievdadus ii vurkejuvvon
catalogue-survey-intro = Ulbmiljoavku: { $audience }. Gažaldagat lasihuvvojit dáppe ja váldojuvvojit eret sierra siiddus; daid kodat eai goassege rievdda.
catalogue-questions-caption = Gažaldagat ortnega mielde
catalogue-key = Koda
catalogue-question-text = Gažaldat
catalogue-kind = Vástádusa šládja
catalogue-missing = Gielat mat váilot
catalogue-required = Bákkolaš
catalogue-asked = Jearrojuvvo
catalogue-retired = Váldon eret
catalogue-survey-texts = Namahus ja álggahus
catalogue-offer-survey = Fála dán skovi
catalogue-incomplete = ii ollislaš
catalogue-not-reviewed = ii dárkkistuvvon
catalogue-survey-title = Namahus
catalogue-survey-introduction = Álggahus
catalogue-reviewed = Dárkkistuvvon olbmos geas giella lea eatnigiella
catalogue-empty-removes = Jus guorusmahtát teavstta, de dat giella sihkkojuvvo. Girjedárogiella lea bákkolaš: buot eará gielat geavahit dan go sin teaksta váilu.
catalogue-save = Vurke
catalogue-add-question = Lasit gažaldaga
catalogue-key-hint = Smávva bustávat, logut ja sárggáš. Koda ii sáhte rievdadit maŋŋá.
catalogue-kind-scale5 = Vihtta ámadaju (sierramielalaš … ovttaoaivilis)
catalogue-kind-scale3 = Golbma ámadaju (ii … juo)
catalogue-kind-yes-no = Juo, ii, in leat sihkar
catalogue-kind-single = Okta válljen
catalogue-kind-multi = Máŋga válljema
catalogue-kind-text = Friddja teaksta
catalogue-section = Oassi
catalogue-question-text-nb = Gažaldat girjedárogillii
catalogue-help-nb = Veahkketeaksta girjedárogillii (eaktodáhtolaš)
catalogue-choices = Válljemat (dušše okta válljen ja máŋga válljema)
catalogue-choices-hint = Okta juohke linnjái, nu ahte koda = teaksta, omd.: bus = Buss
catalogue-add-question-hint = Gažaldat lasihuvvo maŋimužžan. Dassážii go das lea teaksta muhtun gillii, skovvi ii fállojuvvo dan gillii: lasit jorgalusaid gažaldaga siidui.
catalogue-question-heading = Gažaldat { $key }
catalogue-question-intro = Rievdat teavstta juohke gillii, merke jorgalusaid maid eatnigielat olmmoš lea dárkkistan, dahje váldde gažaldaga eret.
catalogue-counts-for = rehkenastojuvvo indikáhtorii { $indicator }
catalogue-ask-question = Jeara dán gažaldaga
catalogue-retire-hint = Gažaldat mii lea váldon eret, ii šat jearrojuvvo. Dan vástádusat vurkejuvvojit ja rehkenastojuvvojit ain indikáhtoriidda.
catalogue-missing-text = ii teaksta
catalogue-help = Veahkketeaksta
catalogue-choice-label = Teaksta válljemii { $value }
catalogue-versioned-hint = Teaksta ovdal du rievdadusa vurkejuvvo: vástádusat mat leat juo addojuvvon, čájehuvvojit dainna gažaldagain mii jearrojuvvui.
catalogue-earlier = Ovddit teavsttat
catalogue-earlier-caption = Lonuhuvvon teavsttat, ja veršuvdna mii daid lonuhii
catalogue-language = Giella
catalogue-until = Lonuhuvvon veršuvnnas
catalogue-no-earlier = Teaksta ii leat rievdaduvvon.
catalogue-places-intro = Ovttadagat leat bálvalusat maid birra bearrašat vástidit; gávpotoasit ja guovllut čájehit gos dat leat. Kodat eai goassege rievdda, danin go liŋkkat, plakáhtat ja raporttat geavahit daid. Giddejuvvon ovttadat ii šat vuostáiváldde vástádusaid; dan vástádusat vurkejuvvojit.
catalogue-units = Ovttadagat
catalogue-new-unit = Ođđa ovttadat
catalogue-name = Namma
catalogue-service-kind = Bálvalus
catalogue-district = Gávpotoassi
catalogue-zone = Guovlu
catalogue-open = Rabas
catalogue-closed = Giddejuvvon
catalogue-districts = Gávpotoasit
catalogue-unit-count = { $count ->
    [one] { $count } ovttadat
    [two] { $count } ovttadaga
   *[other] { $count } ovttadaga
}
catalogue-new-district = Ođđa gávpotoassi
catalogue-add = Lasit
catalogue-zones = Guovllut
catalogue-new-zone = Ođđa guovlu
catalogue-zone-hint = Eaktodáhtolaš. Guovlu ferte leat ovttadaga gávpotoasis.
catalogue-unit-open = Rabas: vuostáiváldá vástádusaid
catalogue-unit-open-hint = Go giddet ovttadaga, de ođđa vástádusat eai šat boađe; dan vástádusat ja logut vurkejuvvojit.
catalogue-saved = Vurkejuvvon veršuvdnan { $revision }.
catalogue-unchanged = Mihkkege ii rievdaduvvon.
catalogue-error-not-found = Dat ii gávdno katalogas.
catalogue-error-invalid-slug = Kodas leat 2–60 mearkka: smávva bustávat, logut, sárggáš dahje vuollesárggáš.
catalogue-error-taken = Dát koda lea juo atnus.
catalogue-error-invalid-name = Čále nama mas leat eanemusat 120 mearkka.
catalogue-error-default-text-required = Teaksta girjedárogillii lea bákkolaš.
catalogue-error-too-long = Muhtun teaksta lea menddo guhkki.
catalogue-error-unknown-service-kind = Vállje bálvalusa.
catalogue-error-unknown-district = Vállje gávpotoasi.
catalogue-error-zone-outside-district = Guovlu ii leat dan gávpotoasis.
catalogue-error-unknown-kind = Vállje vástádusa šlája.
catalogue-error-choices-needed = Čále guokte dahje eanet sierra válljema, okta juohke linnjái, nu ahte koda = teaksta.
catalogue-error-second-text-question = Skovis lea juo friddjateakstagažaldat.
catalogue-error-title-kept = Namahus muhtun gillii ii sáhte sihkkojuvvot. Jus skovvi ii galgga šat fállojuvvot muhtun gillii, de sihko muhtun gažaldaga teavstta dan gillii.
catalogue-error-unavailable = Kataloga ii sáhttán vurkejuvvot dál. Mihkkege ii rievdaduvvon; geahččal ođđasit.
login-oidc = Čálit sisa { $provider } bokte
login-oidc-refused-title = Ii beassan stemmii
login-oidc-refused-body = Du konto gielddas ii addde rolla stemmis. Bivdde administráhtora bidjat du joavkkus mii addá rolla.
login-oidc-failed-title = Sisačáliheapmi ii doaibman
login-oidc-failed-body = Sisačáliheapmi gieldda sisačálihanbálvalusa bokte ii doaibman. Mana ruovttoluotta sisačálihansiidui ja geahččal ođđasit.

# Disclosure control: what protected figures mean.
hidden-too_few = Beare unnán vástádusat (vuollel { $k })
hidden-uniform = Čihkkojuvvon: buohkat vástidedje seamma láhkai
figures-protected = Loguid leat suodjaluvvon: juohke lohku sáhttá spiehkastit moatti vástádusain duohta logus, nu ahte ii oktage sáhte rehkenastit unna joavkku.
figures-protected-link = Maid dat mearkkaša?
figures-so-far = dássážii
protection-title = Ná leat loguid suodjaluvvon
protection-why = Bearrašat vástidit anonymalaččat. Vai ii oktage sáhte gávdnat mo unna joavku vástidii, ii ge go geassá ovtta logu nuppis, de juohke lohku mii čájehuvvo lea suodjaluvvon.
protection-noise-heading = Unna spiehkastat juohke logus
protection-noise = Juohke logus lea unna, bissovaš spiehkastat eanemusat { $noise } vástádusa, dávjjimusat 0 dahje 1. Seamma vástádusat ožžot álo seamma spiehkastaga, beroškeahttá mo jearat. Muhto erohus guovtti logu gaskka, omd. gávpotoassi earret dan guovlluid, ii goassege čájet dárkilit man galle leat unna joavkkus. Oasit ja eahpesihkarvuođa gaskkat leat rehkenastojuvvon suodjaluvvon loguin.
protection-hidden-heading = Loguid mat eai čájehuvvo
protection-too-few = joavkkus leat unnit go { $k } vástádusa, dahje nu unnán ahte lohku spiehkastagain šaddá vuollel { $k }.
protection-uniform = unna joavkkus (vuollel guovtti geardde { $k } vástádusa) 0 % dahje 100 % muitalivčče maid juohkehaš vástidii.
protection-periods-heading = Olles mánut
protection-periods = Čájáhusat gokčet olles mánuid gitta maŋimuš mánnui mii lea nohkan. Dát mánnu čájehuvvo dušše go don válljet dan, ja lea merkejuvvon «dássážii».
protection-published = Dat mii čájehuvvo gieldda olggobealde (ovttadaga almmolaš siidu ja jahkedieđáhus), čájeha dušše joavkkuid main leat unnimusat { $published_k } vástádusa.
login-expired = Sisačálihanskovvi lei nohkan dahje bođii eará siiddus. Čális geavaheaddjinama ja beassansáni ođđasit.

# API tokens on the users page.
tokens-title = API-čoavddat
tokens-hint = Ráhkat čoavdaga «stemme token create --user GEAVAHEADDJINAMMA --name NAMMA». Čoavdda mii gullá geavaheaddjái, heaitá doaibmamis go geavaheaddji deaktiverejuvvo.
token-name = Namma
token-owner = Gullá
token-created = Ráhkaduvvon
token-expires = Nohká
token-never = ii goassege
token-status = Dilli
token-status-active = doaibmá
token-status-expired = nohkan
token-status-revoked = gessojuvvon ruovttoluotta
token-status-owner_disabled = geavaheaddji lea deaktiverejuvvon
token-revoke = Gease ruovttoluotta
token-revoked = Čoavdda lea gessojuvvon ruovttoluotta.
workshop-error-quote = Dušše sitáhtat bargobájiid iežas válljejumis sáhttet lasihuvvot: teavsttat dan ovttadagas, gávpotoasis dahje fáttás.

# Recordings of questions (catalogue admin)
catalogue-recordings = Jienastallamat
catalogue-recordings-intro = Jienastallan čuojaha telefuvnna jiena sadjái go soapmásaš deaddila «Loga jitnosit». Bija MP3, Ogg, M4A, WebM dahje WAV, eanemusat 2 MB. Jus rievdadat gažaldaga teavstta muhtin gillii, dahje it šat jeara gažaldaga, de jienastallan sihkkojuvvo.
catalogue-recording-none = Ii vel jienastallan.
catalogue-recording-upload = Bija jienastallama
catalogue-recording-remove = Sihko jienastallama
catalogue-recording-file = Jienastallan: { $lang }
catalogue-recording-not-audio = Fiila ii leat jienastallan maid stemme sáhttá čuojahit. Geavat MP3, Ogg, M4A, WebM dahje WAV.
catalogue-recording-too-large = Jienastallan sáhttá leat eanemusat 2 MB.
catalogue-recording-no-text = Čále gažaldaga dán gillii ovdal go lasihat jienastallama.

# An answer sent without signal (form.js)
offline-kept = Dus ii leat neahtta. Du vástádusat leat seailluhuvvon dán telefuvnnas ja sáddejuvvojit iešalddis go fas oaččut neahta. Divtte siiddu leat rabas jus sáhtát.
offline-sending = Dus lea fas neahtta. Vástádusat sáddejuvvojit dál …

# The thank-you page of the children's forms
thanks-child-title = Giitu! Dál leat dadjan maid oaivvildat.
thanks-child-body = Du vástádus lea sáddejuvvon. Suohkana rávesolbmot lohket dan ja geahččalit buoridit áššiid mánáide.
thanks-next-child = Boahtte mánná
thanks-next-child-hint = Addátgo telefuvnna dahje dihtora viidáset? De boahtte mánná oažžu guorus skovi, iige oktage oainne maid dát mánná vástidii.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] ođđajagemánnu–njukčamánnu
    [2] cuoŋománnu–geassemánnu
    [3] suoidnemánnu–čakčamánnu
    *[4] golggotmánnu–juovlamánnu
} { $year }
unit-none-yet = Ii leat vel boahtán doarvái vástádusat vai sáhttá čájehit loguid nu ahte ii oktage dovdojuvvo. Vuolábealde oainnát maid leat dahkan dan maŋŋá go bearrašat leat dadjan.

# The privacy notice (/personvern) and the footer
privacy-title = Persovdnasuodjaleapmi
privacy-intro = Nu mii fuolahit dan maid don vástidat. Don vástidat anonymalaččat: mii eat goassege jeara du nama.
privacy-h-who = Gii lea ovddasvástideaddji
privacy-who = { $municipality } lea vástádusaid giedahallanovddasvástideaddji.
privacy-contact = Gažaldagat persovdnasuodjaleami birra: { $contact }
privacy-contact-none = Persovdnasuodjaleami birra sáhtát jearrat suohkana persovdnasuodjalanáittardeaddjis.
privacy-h-why = Manne mii jearrat
privacy-why = Vai gávnnahit doaibmágo veahkki maid bearrašat ja mánát ožžot, ja mearridit ovttas bearrašiiguin maid galgá rievdadit. Dát lea oassi suohkana bargguin (persovdnasuodjalanásahusa artihkal 6 nr. 1 e).
privacy-h-stored = Maid mii vurket, ja gii oaidná dan
privacy-stored = Mii vurket du vástádusaid, makkár bálvalus ja giella dat gusket, ja mánu goas vástidit. Mii eat vurke du nama, du IP-čujuhusa dahje maidege eará mii muitala gii don leat. Dat maid čálát iežat sániiguin, vurkejuvvo nu go čállet, muhto dušše suohkana administráhtor sáhttá lohkat dan nu. Buot eará bargit oidnet teavstta nu ahte namat, telefonnummirat ja čujuhusat leat sihkkojuvvon, ja oidnet loguid dušše joavkkuin main leat unnimusat vihtta vástádusa.
privacy-h-kept = Man guhká
privacy-kept-months = Vástádusat sihkkojuvvojit { $months } mánu maŋŋá.
privacy-kept-forever = Vástádusat seailluhuvvojit nu guhká go suohkan geavaha daid čuovvut bálvalusaid, ja sihkkojuvvojit go eai šat dárbbašuvvo.
privacy-h-rights = Du vuoigatvuođat
privacy-rights = Go mii eat dieđe gii don leat, de eat sáhte gávdnat du dihto vástádusa. Sáhtát váidit Dáhtabearráigehččui (datatilsynet.no) jus oaivvildat ahte mii eat fuola dieđuin nu go galgat.
footer-accessibility = Olahahttivuođačilgehus

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Ii guoskka munnje
choice-na-child = In dieđe
