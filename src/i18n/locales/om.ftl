# Interface texts for stemme, Oromo (Afaan Oromoo). Machine-made translation, not yet checked by a native speaker.
# Jechoota salphaa: namoonni dubbisan hedduun afaan kana akka afaan lammaffaa ykn sadaffaatti fayyadamu.

app-name = Stemme
skip-to-content = Gara qabiyyeetti darbi
language-switcher = Afaan
language-unavailable = Fuulli kun ammaaf afaan ati gaafatteen ({ $code }) hin jiru. Kanaafuu afaan kanaan siif agarsiifameera.

## Fuula jalqabaa
home-title = Gargaarsi si fayyadee?
home-intro = Gargaarsi ati argatte faayidaa qabaachuu isaa bulchiinsa magaalaatti himi. Maqaa malee deebifta, daqiiqaa muraasa qofa fudhata.
home-choose-form = Unka filadhu
home-for-staff = Hojjettootaa fi michoota hojiitiif
home-no-forms = Amma unki deebisamu hin jiru.

## Maqaa dhoksuu fi iccitii
anonymous-heading = Deebiin kee maqaa hin qabu
anonymous-body = Maqaa kee hin gaafannu. Eenyu akka taate ykn eessaa akka deebiftu hin kuusnu, deebiin kees galmee dhimma keetii keessa gonkumaa hin galu.
what-happens-summary = Deebiin koo maal ta'a?
what-happens-body = Deebiiwwan maatii baay’ee walitti qabamu. Hojjettoonni lakkoofsa kan argan garee namoonni baay’een itti deebisan qofaaf, maatiin tokko akkamitti akka deebise gonkumaa hin argan. Hojjettoonni waan ati jechoota keetiin barreessitu dubbisuu danda’u, garuu maqaan fi lakkoofsi irraa haqamee fi eenyu akka barreesse osoo hin beekin. Deebiiwwan tajaajila fooyyessuuf oolu, walgahii maatiin fi hojjettoonni waliin maal akka jijjiiramu murteessan irratti.
footer-privacy = Maqaa malee deebista: maqaa ykn teessoo IP hin kuufnu, hojjettoonnis waan ati barreessitu maqaa fi lakkoofsi irraa haqamee argu.

## Unka
answering-about = Kan ati waa'ee isaa deebiftu:
choose-unit = Waa'ee tajaajila kamii deebisaa jirta?
choose-unit-placeholder = Tajaajila filadhu
section-progress = Kutaa { $current }ffaa ({ $total } keessaa)
progress-answered = Gaaffii { $total } keessaa { $answered } deebifteetta
required-mark = deebisuun dirqama
skip-hint = Gaaffii “deebisuun dirqama” jedhamee hin mallattoofne kamiyyuu irra darbuu dandeessa.
role-question = Akka eenyuutti deebisaa jirta?
role-skip = Himuu hin barbaadu
role-parent = Warra ykn nama mucaa kunuunsu
role-next_of_kin = Fira dhihoo
role-client = Nama gargaarsa argate
role-resident = Nama naannoo sana jiraatu
role-participant = Nama hawaasa naannoo keessatti hirmaatu
role-pupil = Barataa
role-staff = Hojjetaa
role-partner = Dhaabbata waliin hojjetu
scale5-1 = Baay'ee walii hin galu
scale5-2 = Walii hin galu
scale5-3 = Giddu-galeessa
scale5-4 = Walii nan gala
scale5-5 = Baay'ee walii nan gala
scale3-1 = Lakki
scale3-2 = Xiqqoo
scale3-3 = Eeyyee
yes_no-yes = Eeyyee
yes_no-no = Lakki
yes_no-unsure = Hin beeku
text-limit = Hanga qubee { $max } barreessuu dandeessa, afaan kamiinuu.
submit = Deebii koo ergi

## Dogoggora unka irratti
form-has-errors = { $count ->
    [one] Osoo deebiin hin ergamin dura, wanti tokko sirreeffamuu qaba.
   *[other] Osoo deebiin hin ergamin dura, wantoonni { $count } sirreeffamuu qabu.
}
form-kept = Wanti ati guutte hin badne, kuufameera.
error-required = Maaloo gaaffii kana deebisi.
error-choice = Maaloo deebiiwwan asitti mul'atan keessaa tokko filadhu.
error-text-too-long = Barreeffamni kun baay'ee dheeraa dha: qubee { $count }, garuu kan gahu hanga { $max } qofa.
error-unit = Maaloo tajaajila waa'ee isaa deebiftu filadhu.
error-role = Maaloo gahee asitti mul'atan keessaa tokko filadhu, ykn “Himuu hin barbaadu”.
error-rate-limited = Yeroo ammaa deebiin hedduun neetworkii kee irraa dhufaa jira. Maaloo daqiiqaa tokko eegii irra deebi'ii ergi.
error-unavailable = Amma deebii kee kuusuu hin dandeenye. Fuula kana irraa wanti bade hin jiru: maaloo yeroo muraasa booda irra deebi'ii erguu yaali.

## Fuula galataa
thanks-title = Galatoomi!
thanks-body = Deebiin kee kuufameera.
thanks-next = Deebiin kee deebii maatii biroo waliin walitti qabama. Bulchiinsi magaalaa maaltu akka hojjetu baruuf, akkasumas maatii waliin waan jijjiiramuu qabu murteessuuf itti fayyadama.
thanks-another = Waa'ee tajaajila biraa deebisi
back-home = Gara jalqabaatti deebi'i

## Fuulota dogoggoraa
error-title = Wanti tokko dogoggoreera
error-body = Waan ati gaafatte raawwachuu hin dandeenye. Maaloo yeroo muraasa booda irra deebi'ii yaali.
not-found-title = Fuula kana argachuu hin dandeenye
not-found-body = Liinkichi moofaa ta'uu ykn dogoggoraan barreeffamuu danda'a.

## Unka ijoolleetiif fi sagaleen dubbisuu
read-aloud = Sagaleen dubbisi
read-aloud-stop = Dubbisuu dhaabi
question-progress = Gaaffii { $current }ffaa ({ $total } keessaa)
next-question = Gaaffii itti aanu
assisted-heading = Nama ga'eessaaf
assisted-by-question = Mucaan akka deebisu eenyutu gargaaraa jira?
role-other_adult = Nama ga'eessa biraa
child-skip-hint = Yoo deebisuu hin barbaanne, gaaffii irra darbuu dandeessa.
scale3-child-1 = Lakki
scale3-child-2 = Xiqqoo
scale3-child-3 = Eeyyee
scale5-child-1 = Lakki, gonkumaa
scale5-child-2 = Baay'ee miti
scale5-child-3 = Yeroo tokko eeyyee, yeroo tokko lakki
scale5-child-4 = Eeyyee, baay'inaan
scale5-child-5 = Eeyyee, baay'ee

## Poostaroota
poster-scan = Deebisuuf, koodii kana kaameraa bilbila keetiin iskaanii godhi.
poster-or-type = Ykn teessoo kana barreessi:
posters-title = Poostaroota fannisuuf
posters-intro = Affeerraa koodii QR qabu maxxansi, akka maatiin bilbila ofii isaaniitiin deebisan. Afaanota maatiin bakka keessan jiran dubbisan filadhu.
posters-languages = Afaanota poostara irra jiran
posters-size = Hamma waraqaa
posters-make = Poostara qopheessi

## Odeeffannoo dhuunfaa haqame (bakka waan haqamee bu'a)
pii-fnr = lakkoofsa eenyummaa
pii-account = lakkoofsa herregaa
pii-phone = bilbila
pii-email = imeelii
pii-address = teessoo
pii-name = maqaa

## Seensa hojjettootaa
login-title = Seeni
login-submit = Seeni
login-failed = Maqaan fayyadamaa ykn jechi icciitii sirrii miti.
logout = Ba'i
signed-in-as = Seentee jirta: { $name } ({ $role })
forbidden-title = Hayyama hin qabdu
forbidden-body = Gaheen kee fuula kana akka banattu hin hayyamu.
staff-nav-search = Barreeffamoota keessa barbaadi
staff-nav-posters = Poostaroota

## Barreeffama bilisaa keessa barbaaduu
search-title = Waan maatiin barreessan
search-intro = Waan maatiin jechoota ofii isaaniitiin barreessan keessa barbaadi. Maqaaleen, lakkoofsonni fi teessoowwan haqamaniiru.
search-query-label = Jechoota barbaaduu
search-query-hint = Jechoota afaan kamiinuu. Bifni biroo jechichaa illee ni argama.
search-submit = Barbaadi
search-filters = Filannoo dhiphisi
search-any = Hunda
search-filter-lang = Afaan
search-filter-unit = Tajaajila
search-filter-district = Kutaa magaalaa
search-filter-zone = Naannoo
search-filter-survey = Unka
search-filter-audience = Eenyutu deebise
search-filter-theme = Mata duree
search-filter-from = Ji'a irraa
search-filter-to = Hanga ji'aa
search-total = { $count ->
    [one] Barreeffamni tokko argame
   *[other] Barreeffamoonni { $count } argaman
}
search-no-hits = Barreeffamni barbaacha kana waliin walsimu hin jiru. Jecha biraa ykn filannoo bal'aa yaali.
search-withheld-title = Barreeffamoonni hin agarsiifaman
search-withheld = Filannoo ati filatte keessa deebiiwwan { $k } gadi jiru. Kanaan maatiin tokko beekamuu danda'a, kanaafuu barreeffamoonni hin agarsiifaman. Filannoo bal'aa filadhu, fakkeenyaaf ji'oota dabalataa ykn kutaa magaalaa guutuu.
search-facets = Akkaataa barreeffamoonni itti qoodaman
search-facet-few = { $k } gadi
search-total-few = Barreeffamoota { $k } gadi ta’an walsimu
search-hit-language = Afaan
search-hit-period = Yeroo
search-hit-unit = Tajaajila
search-lang-und = Afaan hin beekamne
search-declared-language = Afaan unkaa: { $lang }
search-more = Dabalata agarsiisi
search-facet-service_kind = Gosa tajaajilaa
search-rebuilding = Barbaachi irra deebiin ijaaramaa jira: { $percent } % xumurameera. Hanga inni xumuramutti barreeffamoonni tokko tokko hin jiran.
audience-parent = Warra
audience-child_4_7 = Ijoollee waggaa 4–7
audience-child_8_12 = Ijoollee waggaa 8–12
audience-youth_13_18 = Dargaggoota waggaa 13–18
audience-partner = Michoota hojii
lang-da = Afaan Deenmaarkii
lang-sv = Afaan Iswiidin

## Agarsiistota karoorsitootaaf
staff-nav-dashboard = Agarsiistota
dashboard-title = Agarsiistota
dashboard-intro = Harka warra deebii gaarii kennanii, hanga mirkanaa'uu dhabuu 95 % waliin. Gareewwan deebii { $k } gadi qaban, fi lakkoofsonni isaan saaxiluu danda'an, hin mul'atan.
dashboard-core = Gargaarsi sun gargaaree?
dashboard-by-district = Kutaa magaalaatiin
dashboard-by-zone = Naannootiin
dashboard-trend = Jijjiirama yeroo keessa
dashboard-grain = Dheerina yeroo
grain-month = Ji'a
grain-quarter = Kurmaana waggaa
grain-year = Waggaa
dashboard-show = Agarsiisi
dashboard-table = Lakkoofsota gabatee keessatti
dashboard-no-data = Yeroo kana keessatti deebiin hin jiru.
dashboard-themes = Mata dureewwan maatiileen barreessan
dashboard-change = Jijjiirama yeroo darbe irraa: { $change } qabxii dhibbeentaa
dashboard-change-real = (mirkanaa'uu dhabuu caalaa)
dashboard-change-noise = (daangaa mirkanaa'uu dhabuu keessa)
table-group = Garee
table-share = Harka deebii gaarii
table-interval = Mirkanaa'uu dhabuu (95 %)
table-n = Baay'ina deebii
dashboard-registry = Lakkoofsota galmee, waan maatiin ofii isaanii deebisan cinaatti
dashboard-self-report = Deebii maatii ofii isaanii (harka deebii gaarii)
registry-city = Magaalaa guutuu
table-value = Gatii
table-source = Madda
unit-title = Waan maatiin jedhan
unit-intro = Maatiin { $name } irraa gargaarsa argatan, kurmaana waggaa guutuu afran darban keessatti akkana deebisan. Akka namni tokko illee hin beekamneef, lakkoofsa kan agarsiisnu gareewwan yoo xiqqaate deebii { $k } qabaniif qofa.
unit-few = Deebii { $k } gadi – hin agarsiifamne
unit-said = Waan isin jettan
unit-quarter = Kurmaana waggaa
unit-agree = Eeyyee jedhu
unit-did = Waan nuti goone
unit-did-none = Tarkaanfiiwwan maatiin fi hojjettoonni walgahii hojii irratti waliif galan asitti mul'atu. Hanga ammaatti tarkaanfiin galmaa'e hin jiru.
unit-answer = Gaaffilee deebisi
thanks-see-unit = Maatiin waa'ee { $name } maal akka jedhan ilaali
report-voice = Sagalee maatii: gargaarsi ni gargaara
dashboard-report = Gabaasa waggaa
dashboard-report-intro = Gabateewwan baajata haala jireenyaa fi gabaasa waggaaf: dirree bu'aa tokkoon tokkoon isaatiif gabatee tokko, deebii maatii ofii isaanii, lakkoofsota galmee fi jijjiirama waggaa keessaa waliin. Gabaasni akka maxxanfameetti lakkaa'ama: gareewwan { $k } gadi hin agarsiifaman, ji'oota guutuu qofatu itti hammatama.
dashboard-report-year = Waggaa
dashboard-report-xlsx = Buusi (Excel)
dashboard-report-csv = Gabaasa waggaa { $year } CSV tiin buusi
dashboard-theme-trend = Mata dureewwan kurmaana waggaatiin
dashboard-theme-trend-hint = Barreeffamoota mata duree qaban, fi harka isaan barreeffamoota kurmaana waggaa sanaa hunda keessaa qaban. – jechuun barreeffamoonni agarsiifamuuf baay'ee xiqqaadha.
staff-nav-themes = Mata dureewwan
themes-title = Mata dureewwan
themes-intro = Mata dureewwan maatiin waa'ee isaanii barreessan, jechoota barbaaduu barreeffamoota mallatteessan waliin. Yeroo mata duree tokko jijjiirtan, barreeffamoonni kuufaman hundi yeroo gabaabaa keessatti irra deebiin mallatteeffamu.
themes-caption = Mata dureewwan, jechoota barbaaduu fi mallattoon isaanii hammam akka mirkanaa'e ykn akka didame
themes-new = Mata duree haaraa
themes-edit = Mata duree jijjiiri
themes-confirmed = Mirkanaa'e
themes-rejected = Didame
themes-precision = Sirrummaa
theme-name = Maqaa
theme-terms = Jechoota barbaaduu
theme-terms-hint = Sarara tokko irratti jecha barbaaduu tokko (ykn koommaan addaan baasi). Jechoonni bifa jechichaa biroo afaan barreeffamichaa keessatti illee ni argatu.
theme-code = Koodii
theme-code-hint = Qubee xixiqqaa a–z, lakkoofsota, - fi _. Koodiin booda jijjiiramuu hin danda'u.
theme-form-intro = Maqaa fi jechoota barbaaduu afaanota beektan keessatti barreessaa. Maqaan Afaan Noorweeyiitiin (bokmål) barreeffame tokkoo fi yoo xiqqaate jechi barbaaduu tokko ni barbaachisa.
theme-problems = Mata dureen hin kuufamne
theme-save = Kuusi, barreeffamoota irra deebiin mallatteessi
theme-cancel = Dhiisi
theme-saved = { $name } kuufameera. Barreeffamoonni amma irra deebiin mallatteeffamaa jiru.
staff-nav-indicators = Agarsiistota
indicators-title = Agarsiistota
indicators-intro = Agarsiistota deebiiwwan itti lakkaa'aman: karoora kam akka itti gabaasan, dirree bu'aa kamiif akka ta'an, akkasumas gaaffileen fi deebiiwwan kamtu akka gaariitti akka lakkaa'aman.
indicator-plan = Karoora fi dirree xiyyeeffannaa
indicator-outcome = Dirree bu'aa
indicator-no-outcome = Hin jiru
indicator-questions = Gaaffilee lakkaa'aman
indicator-positive = deebii gaarii
indicator-no-questions = Hanga ammaatti gaaffiin agarsiisaa kana keessatti lakkaa'amu hin jiru.
indicator-questions-hint = Gaaffileen kamtu akka lakkaa'aman unkaalee keessatti murtaa'a. Yeroo gaaffiin tokko jijjiiramu, lakkoofsonni ofumaan irra deebiin herregamu.
indicator-problems = Agarsiisaan hin kuufamne
indicator-save = Kuusi
indicator-saved = { $name } kuufameera.
staff-nav-registry = Lakkoofsota galmee
registry-title = Lakkoofsota galmeewwan irraa
registry-intro = Lakkoofsota microdata.no, SSB, Bufdir ykn KOSTRA irraa argaman faayilii CSV utubaalee indicator, area, period, value fi source (fi yoo barbaachise note) qabu godhii ol fe'i. Lakkoofsonni kun deebii maatii ofii isaanii kan dirree bu'aa walfakkaataa cinaatti agarsiifamu. Faayilichi guutummaan kuufama, yookaan homtuu hin kuufamu.
registry-file = Faayilii CSV
registry-file-hint = Fakkeenyaaf docs/registry-example.csv ilaali. Yoo baay'ate 5 MB.
registry-upload = Ol fe'i
registry-imported = Lakkoofsota kuufaman: { $count }.
registry-problems = Homtuu hin kuufamne. Sararawwan kana sirreessi, faayilicha irra deebiin ol fe'i:
registry-line = Sarara { $line }
registry-stored = Lakkoofsota kuufaman
registry-indicator = Agarsiisaa
registry-none = Hanga ammaatti lakkoofsi ol fe'ame hin jiru.

## Staff accounts, sessions and the audit log
login-username-label = Maqaa fayyadamaa
login-password-label = Jecha icciitii
staff-nav-follow-up = Hordoffii
staff-nav-workshops = Walgahiiwwan hojii
staff-nav-users = Fayyadamtoota
staff-nav-audit = Galmee gochaalee
staff-nav-account = Akkaawuntii kee
staff-role-admin = Bulchaa sirnaa
staff-role-planner = Karoorsaa
staff-role-facilitator = Qindeessaa walgahii
staff-role-unit-lead = Itti gaafatamaa dhaabbataa
users-title = Fayyadamtoota
users-caption = Akkaawuntiiwwan hojjettootaa
user-username = Maqaa fayyadamaa
user-username-hint = Mallattoolee 2–32: qubee xixiqqaa, lakkoofsota, tuqaa, sarara (-) ykn sarara jalaa (_).
user-display-name = Maqaa
user-role = Gahee
user-units = Dhaabbilee
user-units-hint = Itti gaafatamtoota dhaabbataa qofaaf: dhaabbilee isaan dubbisuu danda'an, koomaan addaan baafaman.
user-password = Jecha icciitii
user-password-hint = Jecha icciitii uumame argachuuf duwwaa dhiisi; yeroo tokko qofa mul'ata.
user-status = Haala
user-actions = Gochaalee
user-active = Hojii irra jira
user-disabled = Cufameera
user-disable = Cufi
user-enable = Bani
user-reset = Jecha icciitii haaraa
user-save-role = Gahee kuusi
user-new = Akkaawuntii haaraa
user-create = Akkaawuntii uumi
user-created = Akkaawuntiin uumameera.
user-changed = Akkaawuntiin jijjiirameera.
user-new-password = Jecha icciitii { $name }, amma qofa mul'ata. Qaamaan ykn bilbilaan kenniif; yeroo seenu jijjiiruu qaba.
user-error-invalid-username = Maqaan fayyadamaa mallattoolee 2–32 qaba: qubee xixiqqaa, lakkoofsota, tuqaa, sarara (-) ykn sarara jalaa (_).
user-error-username-taken = Maqaan fayyadamaa kun qabameera.
user-error-not-found = Akkaawuntiin akkasii hin jiru.
user-error-unknown-unit = Dhaabbilee keessaa tokko hin jiru. Maqaa gabaabaa dhaabbilee tarree irra jiru fayyadami.
user-error-units-needed = Itti gaafatamaan dhaabbataa yoo xiqqaate dhaabbata tokko barbaada.
user-error-invalid-name = Maqaa mallattoolee 1–100 qabu barreessi.
user-error-last-admin = Bulchaan sirnaa inni dhumaa hojii irra jiru cufamuu ykn gahee biraa kennamuufii hin danda'u.
user-error-password-too-short = Jechi icciitii yoo xiqqaate mallattoolee 12 qabaachuu qaba. Jechoonni muraasni walitti aananii jecha icciitii gaarii taasisu.
user-error-password-too-long = Jechi icciitii yoo baay'ate mallattoolee 256 qabaachuu danda'a.
user-error-unavailable = Jijjiiramni amma kuufamuu hin dandeenye. Yeroo muraasa booda irra deebi'ii yaali.
account-title = Akkaawuntii kee
account-change-password = Jecha icciitii kee jijjiiri
account-current = Jecha icciitii ammaa
account-new = Jecha icciitii haaraa
account-new-hint = Yoo xiqqaate mallattoolee { $count }. Jechoonni muraasni walitti aananii jecha icciitii gaarii taasisu.
account-repeat = Jecha icciitii haaraa ammas
account-save = Jecha icciitii jijjiiri
account-mismatch = Jechoonni icciitii haaraan lamaan wal hin fakkaatan.
account-wrong-password = Jechi icciitii ammaa sirrii miti.
account-password-changed = Jechi icciitii kee jijjiirameera. Bakkeewwan biroo itti seentee turte keessaa baafamteetta.
audit-title = Galmee gochaalee
audit-intro = Eenyu akka seene, barreeffamoota jalqabaa akka dubbise, akka alatti baase, akka haqe ykn waan tokko akka jijjiire, fi yoom. Galmeen kun waan jiraattonni barreessan gonkumaa hin qabatu.
audit-actor = Eenyu
audit-action = Gocha
audit-from = Guyyaa irraa
audit-to = Hanga guyyaa
audit-filter = Calali
audit-caption = Gochaalee galmaa'an, haaraan dura
audit-at = Yoom (UTC)
audit-target = Maal irratti
audit-detail = Odeeffannoo dabalataa
audit-none = Gochi galmaa'e calaltuu kanaan walsimu hin jiru.
audit-older = Galmeewwan durii

## Workshops ("you said, we did") and follow-up
unit-did-done = Raawwatame
unit-did-planned = Hanga { $date }tti karoorfame
workshops-title = Walgahiiwwan hojii
workshops-intro = Walgahiiwwan hojii uumama waloo: maatiin, ijoolleen, hojjettoonni fi michoonni hojii waan jijjiiramuu qabu waliin murteessu. Walgahii hojii uumi, meeshaalee agarsiisi, hirmaattonni bilbila isaaniitiin akka makaman godhi, waan murtaa'es galmeessi.
workshops-caption = Walgahiiwwan hojii, kan haaraan dura
workshops-none = Hanga ammaatti walgahiin hojii hin jiru.
workshop-new = Walgahii hojii haaraa
workshop-title-label = Mata duree walgahii
workshop-scope = Waa'ee
workshop-scope-unit = Dhaabbata
workshop-scope-district = Kutaa magaalaa
workshop-scope-theme = Mata duree
workshop-stage = Sadarkaa
workshop-stage-planning = Karoorsuu
workshop-stage-development = Qopheessuu
workshop-stage-decision = Murteessuu
workshop-stage-evaluation = Madaaluu
workshop-with-children = Ijoolleen ykn dargaggoonni ni hirmaatu
workshop-days = Guyyoota koodiin makamuu itti hojjetu
workshop-create = Walgahii hojii uumi
workshop-code = Koodii
workshop-status = Haala
workshop-date = Guyyaa
workshop-open = Banaa
workshop-closed = Cufaa
workshop-join-at = { $link } irratti makami
workshop-join-until = Hirmaattonni haaraan hanga { $date } (UTC) tti makamuu danda'u.
workshop-projector = Mul'ata pirojektaraa
workshop-summary = Cuunfaa
workshop-close = Walgahii hojii cufi
workshop-reopen = Irra deebi'ii bani
workshop-material = Meeshaalee
workshop-no-material = Hanga ammaatti meeshaan hin jiru. Lakkoofsota agarsiistotaa, mata dureewwan ykn waraabbiiwwan dabali.
workshop-quote-pending = Mirkaneessa kee eegaa jira: ammallee hin mul'atu
workshop-approve = Mirkaneessi
workshop-remove = Haqi
workshop-add = Dabali
workshop-add-indicator = Lakkoofsota agarsiistotaa
workshop-add-theme = Mata duree
workshop-quotes = Waraabbiiwwan waan namoonni barreessan irraa
workshop-quotes-hint = Waraabbiiwwan barreeffamoota qulqullaa'an kanneen waa'ee dhaabbata, kutaa magaalaa ykn mata duree walgahii hojii kanaa irraa dhufu. Tokkoon tokkoon isaa osoo hin mirkaneessin dura dubbisi: waraabbiiwwan mirkanaa'an qofatu mul'ata.
workshop-quote-search = Jechoota barbaadaman
workshop-quotes-withheld = Waraabbii agarsiisuuf barreeffamoonni garee kana keessa jiran baay'ee xiqqaa dha.
workshop-use-quote = Waraabbii kana fayyadami
workshop-notes = Yaadannoowwan
workshop-participants = { $count ->
    [one] Hirmaataa { $count }
   *[other] Hirmaattota { $count }
}
workshop-participants-label = Hirmaattota
workshop-group-notes = Yaadannoowwan walitti dhufan filadhu
workshop-in-proposal = yaada dhiyeeffame keessa
workshop-vote-count = { $count ->
    [one] Sagalee { $count }
   *[other] Sagaleewwan { $count }
}
workshop-proposal-title = Yaada dhiyeeffame
workshop-make-proposal = Yaadannoowwan filataman irraa yaada dhiyeeffame tokko uumi
workshop-proposals = Yaadota dhiyeeffaman
workshop-rating = qabxii { $value } 5 keessaa (namoota { $count } irraa)
workshop-rating-few = Hanga ammaatti qabxiiwwan { $count } (3 irraa eegalee mul'ata)
workshop-rating-hidden = Hanga ammaatti qabxiin gahaan hin jiru
workshop-actions = Waan nuti goonu
workshop-action-what = Waan hojjetamu
workshop-action-who = Eenyutu itti gaafatama
workshop-action-due = Hanga yoomitti
workshop-action-unit = Dhaabbata tarkaanfiin itti mul'atu
workshop-action-unit-same = Dhaabbata walgahii hojii kanaa
workshop-action-unit-none = Dhaabbanni hin jiru
workshop-action-themes = Mata dureewwan inni jijjiiruu qabu
workshop-action-indicators = Agarsiistota inni jijjiiruu qabu
workshop-action-record = Tarkaanfii galmeessi
workshop-action-done = Akka raawwatameetti mallatteessi
workshop-action-reopen = Akka hin raawwatamneetti mallatteessi
workshop-action-planned = Karoorfame
workshop-batched = Bu'aaleen garee gareedhaan mul'atu, kanaafuu sagaleen nama tokkoo hin mul'atu.
workshop-votes-label = sagaleewwan
workshop-theme = Mata duree
workshop-few = Agarsiisuuf deebiin baay'ee xiqqaa dha
workshop-enter-title = Walgahii hojii tokkotti makami
workshop-enter-intro = Koodii iskiriinii irratti argitu barreessi.
workshop-enter-go = Makami
workshop-join-intro = Baga nagaan dhufte! Asitti waan yaaddu barreessuu fi waan siif baay'ee barbaachisaa ta'eef sagalee kennuu dandeessa.
workshop-join-anonymous = Maqaa kee hin kennitu. Waan ati barreessitu maqaa malee iskiriinii irratti mul'ata.
workshop-join-role = Ani akka kanaan hirmaadha
workshop-join = Makami
workshop-role-parent = Warra ykn nama mucaa kunuunsu
workshop-role-child = Mucaa
workshop-role-youth = Dargaggeessa ykn dargaggeettii
workshop-role-staff = Hojjetaa
workshop-role-partner = Michuu hojii
workshop-add-note = Yaadannoo barreessi
workshop-note-label = Maal yaadda?
workshop-note-hint = Qubee { $max } hin caalle. Maqaa ykn lakkoofsa bilbilaa hin barreessin.
workshop-note-send = Yaadannoo ergi
workshop-no-notes = Hanga ammaatti yaadannoon hin jiru.
workshop-votes-left = { $count ->
    [one] Sagaleen { $count } siif hafeera.
   *[other] Sagaleewwan { $count } siif hafaniiru.
}
workshop-vote = Kanaaf sagalee kenni
workshop-unvote = Sagalee koo deebifadhu
workshop-rate = Qabxii koo kuusi
workshop-score-1 = 1 – gaarii miti
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – baay'ee gaarii
workshop-closed-note = Walgahiin hojii cufameera. Waan hirmaatteef galatoomi!
workshop-done-joined = Baga nagaan dhufte! Makamteetta.
workshop-done-note = Galatoomi, yaadannoon kee kuufameera.
workshop-done-vote = Sagaleen kee kuufameera.
workshop-done-unvote = Sagaleen kee deebi'eera.
workshop-done-rating = Qabxiin kee kuufameera.
workshop-error-title = Wanti tokko sirrii miti
workshop-error-not-found = Walgahii hojii koodii kana qabu argachuu hin dandeenye. Koodii iskiriinii irra jiru ilaalii irra deebi'ii yaali.
workshop-error-closed = Walgahiin hojii cufameera, kanaafuu kun hin kuufamne. Waan hirmaatteef galatoomi!
workshop-error-expired = Koodiin kun kana booda makamuuf hin tajaajilu. Qindeessaa walgahii gargaarsa gaafadhu.
workshop-error-too-fast = Yaadannoowwan baay'ee saffisaan ergaa jirta. Daqiiqaa tokko eegii irra deebi'ii yaali; barreeffamni kee gadii jira.
workshop-error-no-votes-left = Sagaleewwan kee hunda fayyadamteetta. Yaadannoo biraaf kennuuf sagalee tokko deebifadhu.
workshop-error-unavailable = Kun amma kuufamuu hin dandeenye. Yeroo muraasa booda irra deebi'ii yaali; barreeffamni kee gadii jira.
workshop-error-note = Yaadannoo qubee 500 hin caalle barreessi.
workshop-error-score = Qabxii 1 hanga 5 filadhu.
workshop-error-role = Akkamitti akka hirmaattu filadhu.
workshop-error-workshop-title = Mata duree barreessi.
workshop-error-material = Meeshaan sun dabalamuu hin danda'u.
workshop-error-proposal = Yaada dhiyeeffameef mata duree gabaabaa barreessi.
workshop-error-action-what = Waan hojjetamu barreessi.
workshop-error-action-who = Eenyu akka itti gaafatamu barreessi.
workshop-error-action-due = Guyyaa hanga isaatti raawwatamuu qabu kenni.
workshop-error-scope = Dhaabbata, kutaa magaalaa ykn mata duree jiru filadhu.
workshop-error-stage = Sadarkaa filadhu.
follow-up-title = Hordoffii: waan namoonni jedhan bu'aa fideeraa?
follow-up-intro = Agarsiistota adeemsaa karoorotaa: yaadni ijoollee gaafatamee, galmeeffamee fi itti fayyadamameeraa (P1), mata dureewwan yaada deebii keessatti ka'an walgahii hojii gahaniiruu, tarkaanfiiwwan raawwatamaniiruu (P2), akkasumas dhaabbanni tokkoon tokkoon sadarkaalee uumama waloo kam kam akka haguuge (P3).
follow-up-p2 = Mata dureewwan fi tarkaanfiiwwan (P2)
follow-up-p2-reached = Mata dureewwan bara kana yaada deebii keessatti ka'an keessaa { $percent } % walgahii hojii gaheera.
follow-up-p2-none = Bara kana mata dureen lakkaa'amuuf gahu irra deddeebiin hin kaane.
follow-up-p2-done = Tarkaanfiiwwan walgahii hojii { $count } keessaa { $percent } % raawwatameera.
follow-up-no-actions = Hanga ammaatti tarkaanfiin walgahii hojii galmaa'e hin jiru.
follow-up-themes-caption = Mata dureewwan ji'oota kudha lamaan darban (barreeffamoonni { $k } irraa eegalanii mul'atu)
follow-up-texts = Barreeffamoota
follow-up-workshops = Walgahiiwwan hojii
follow-up-actions = Tarkaanfiiwwan
follow-up-done = Raawwatame
follow-up-p1-p3 = Dhaabbilee: yaada ijoollee (P1) fi sadarkaalee haguugaman (P3)
follow-up-units-caption = Dhaabbata tokkoon tokkoon: gaafatame → galmeeffame → itti fayyadamame, akkasumas sadarkaalee uumama waloo
follow-up-asked = Gaafatame
follow-up-documented = Galmeeffame
follow-up-used = Itti fayyadamame
follow-up-stages = Sadarkaalee
follow-up-yes = Eeyyee
follow-up-no = Lakki
staff-nav-catalogue = Kaataalogii
catalogue-title = Kaataalogii
catalogue-intro = Unkaalee, gaaffilee isaanii afaanota hundaan, akkasumas dhaabbilee fi bakkeewwan deebiiwwan itti hidhatan. Jijjiiramni hundi gulaallii lakkoofsa qabu dha: deebiiwwan duraan kennaman barreeffama gaaffiin itti gaafatame akkuma jirutti eegu.
catalogue-places-title = Dhaabbilee fi bakkeewwan
catalogue-surveys-caption = Unkaalee
catalogue-survey = Unka
catalogue-audience = Eenyuuf
catalogue-questions = Gaaffilee
catalogue-languages = Afaanota guutuu
catalogue-unreviewed = Barreeffamoota hin mirkanoofne
catalogue-status = Haala
catalogue-retired-count = { $count ->
    [one] gaaffii { $count } tajaajilaa ala
   *[other] gaaffilee { $count } tajaajilaa ala
}
catalogue-offered = Ni dhiyaata
catalogue-withdrawn = Dhaabbateera
catalogue-revisions = Jijjiiramoota dhiyoo
catalogue-revisions-intro = Kaataalogiin gulaallii { $revision } irra jira.
catalogue-revision = Gulaallii
catalogue-no-revisions = Erga kaataalogiin jalqabaa fe'amee as wanti jijjiirame hin jiru.
catalogue-problems = Jijjiiramni hin kuufamne
catalogue-survey-intro = Eenyuuf: { $audience }. Gaaffileen asitti dabalamu, fuula mataa isaanii irratti immoo tajaajilaa ala taasifamu; koodiin isaanii gonkumaa hin jijjiiramu.
catalogue-questions-caption = Gaaffilee akka tartiibaatti
catalogue-key = Koodii
catalogue-question-text = Gaaffii
catalogue-kind = Gosa deebii
catalogue-missing = Afaanota hir'atan
catalogue-required = Dirqama
catalogue-asked = Ni gaafatama
catalogue-retired = Tajaajilaa ala
catalogue-survey-texts = Mata duree fi seensa
catalogue-offer-survey = Unka kana dhiyeessi
catalogue-incomplete = hin guutamne
catalogue-not-reviewed = hin mirkanoofne
catalogue-survey-title = Mata duree
catalogue-survey-introduction = Seensa
catalogue-reviewed = Dubbataa afaan dhalootaatiin mirkanaa'eera
catalogue-empty-removes = Barreeffama tokko duwwaa gochuun afaan sana ni haqa. Barreeffamni Afaan Noorweeyiitiin (bokmål) dirqama: afaanonni biroo hundi yoo barreeffamni isaanii hin jirre isa fayyadamu.
catalogue-save = Kuusi
catalogue-add-question = Gaaffii dabali
catalogue-key-hint = Qubee xixiqqaa, lakkoofsota fi sarara (-). Booda jijjiiramuu hin danda'u.
catalogue-kind-scale5 = Fuula shan (walii hin galu … walii nan gala)
catalogue-kind-scale3 = Fuula sadii (lakki … eeyyee)
catalogue-kind-yes-no = Eeyyee, lakki, hin beeku
catalogue-kind-single = Filannoo tokko
catalogue-kind-multi = Filannoowwan hedduu
catalogue-kind-text = Barreeffama bilisaa
catalogue-section = Kutaa
catalogue-question-text-nb = Gaaffii Afaan Noorweeyiitiin (bokmål)
catalogue-help-nb = Barreeffama gargaarsaa Afaan Noorweeyiitiin (bokmål) (dirqama miti)
catalogue-choices = Filannoowwan (filannoo tokkoo fi filannoowwan hedduu qofaaf)
catalogue-choices-hint = Sarara tokko irratti tokko, akka koodii = maqaa, fakkeenyaaf: bus = Buss
catalogue-add-question-hint = Gaaffiin dhuma irratti dabalama. Hamma afaan tokkoon barreeffama qabaatutti, unkichi afaan sanaan hin dhiyaatu: hiikkaawwan fuula gaaffichaa irratti dabali.
catalogue-question-heading = Gaaffii { $key }
catalogue-question-intro = Barreeffama afaan tokko tokkoon jiru jijjiiri, hiikkaawwan dubbataan afaan dhalootaa mirkaneesse mallatteessi, ykn gaaffii sana tajaajilaa ala godhi.
catalogue-counts-for = agarsiisaa { $indicator } keessatti ni lakkaa'ama
catalogue-ask-question = Gaaffii kana gaafadhu
catalogue-retire-hint = Gaaffiin tajaajilaa ala ta'e kana booda hin gaafatamu. Deebiiwwan isaa ni kuufamu, agarsiistota keessattis itti fufanii ni lakkaa'amu.
catalogue-missing-text = barreeffamni hin jiru
catalogue-help = Barreeffama gargaarsaa
catalogue-choice-label = Maqaa { $value }
catalogue-versioned-hint = Barreeffamni jijjiirama kee dura ture ni kuufama: deebiiwwan duraan kennaman gaaffii yeroo sana gaafatameen wajjin mul'atu.
catalogue-earlier = Barreeffamoota duraanii
catalogue-earlier-caption = Barreeffamoota bakka buufaman, gulaallii bakka isaanii buuse waliin
catalogue-language = Afaan
catalogue-until = Gulaallii itti bakka bu'e
catalogue-no-earlier = Barreeffamni hin jijjiiramne.
catalogue-places-intro = Dhaabbileen tajaajiloota maatiin waa'ee isaanii deebisan dha; kutaaleen magaalaa fi naannooleen bakka isaan argaman agarsiisu. Sababa liinkiiwwan, poostaroonni fi gabaasni isaan fayyadamaniif, koodiiwwan gonkumaa hin jijjiiraman. Dhaabbanni cufame kana booda deebii hin fudhatu; deebiiwwan isaa garuu ni kuufamu.
catalogue-units = Dhaabbilee
catalogue-new-unit = Dhaabbata haaraa
catalogue-name = Maqaa
catalogue-service-kind = Tajaajila
catalogue-district = Kutaa magaalaa
catalogue-zone = Naannoo
catalogue-open = Banaa
catalogue-closed = Cufaa
catalogue-districts = Kutaalee magaalaa
catalogue-unit-count = { $count ->
    [one] dhaabbata { $count }
   *[other] dhaabbilee { $count }
}
catalogue-new-district = Kutaa magaalaa haaraa
catalogue-add = Dabali
catalogue-zones = Naannoolee
catalogue-new-zone = Naannoo haaraa
catalogue-zone-hint = Dirqama miti. Naannoon kutaa magaalaa dhaabbatichaa keessa jiraachuu qaba.
catalogue-unit-open = Banaa: deebii ni fudhata
catalogue-unit-open-hint = Dhaabbata cufuun deebii haaraa dhaabsisa; deebiiwwanii fi lakkoofsonni isaa ni kuufamu.
catalogue-saved = Gulaallii { $revision } ta'ee kuufameera.
catalogue-unchanged = Wanti jijjiirame hin jiru.
catalogue-error-not-found = Kun kaataalogii keessa hin jiru.
catalogue-error-invalid-slug = Koodiin mallattoolee 2–60 qaba: qubee xixiqqaa, lakkoofsota, sarara (-) ykn sarara jalaa (_).
catalogue-error-taken = Koodiin kun duraanuu qabameera.
catalogue-error-invalid-name = Maqaa mallattoolee 120 hin caalle barreessi.
catalogue-error-default-text-required = Barreeffamni Afaan Noorweeyiitiin (bokmål) dirqama.
catalogue-error-too-long = Barreeffamni tokko baay'ee dheeraa dha.
catalogue-error-unknown-service-kind = Tajaajila filadhu.
catalogue-error-unknown-district = Kutaa magaalaa filadhu.
catalogue-error-zone-outside-district = Naannoon sun kutaa magaalaa sana keessa hin jiru.
catalogue-error-unknown-kind = Gosa deebii filadhu.
catalogue-error-choices-needed = Filannoowwan adda addaa lama ykn isaa ol kenni, sarara tokko irratti tokko, akka koodii = maqaa.
catalogue-error-second-text-question = Unkichi duraanuu gaaffii barreeffama bilisaa qaba.
catalogue-error-title-kept = Mata dureen afaan tokkoo haqamuu hin danda'u. Unkicha afaan tokkoon dhiyeessuu dhaabuuf, barreeffama gaaffii tokkoo afaan sanaan haqi.
catalogue-error-unavailable = Kaataalogiin amma kuufamuu hin dandeenye. Wanti jijjiirame hin jiru; maaloo irra deebi'ii yaali.
login-oidc = { $provider } tiin seeni
login-oidc-refused-title = stemme argachuu hin dandeessu
login-oidc-refused-body = Herregni kee magaalaa keessatti stemme keessatti gahee tokkollee siif hin kennu. Bulchaan garee gahee kennu keessa si akka galchu gaafadhu.
login-oidc-failed-title = Seenuun hin hojjenne
login-oidc-failed-body = Tajaajila seensa magaalaatiin seenuun hin hojjenne. Gara fuula seensaatti deebi'iitii irra deebi'ii yaali.

# Disclosure control: what protected figures mean.
hidden-too_few = Deebiin baayʼee xiqqaa dha (gadi { $k })
hidden-uniform = Dhokfameera: hundi akkuma tokkotti deebisan
figures-protected = Lakkoofsonni eegamaniiru: lakkoofsi hundi kan sirrii irraa deebii muraasaan garaagarummaa qabaachuu danda'a, kanaaf namni tokkollee garee xiqqaa herreeguu hin danda'u.
figures-protected-link = Kun maal jechuu dha?
figures-so-far = hanga ammaatti
protection-title = Lakkoofsonni akkamitti akka eegaman
protection-why = Maatiin maqaa malee deebisu. Namni tokkollee akka gareen xiqqaan deebise akka hin beekneef, lakkoofsa tokko isa biraa irraa hir'isuunillee, lakkoofsi mul'atu hundi eegameera.
protection-noise-heading = Garaagarummaa xiqqaa lakkoofsa hunda keessatti
protection-noise = Lakkoofsi hundi garaagarummaa xiqqaa fi dhaabbataa, yoo baay'ate deebii { $noise }, yeroo baay'ee 0 ykn 1 qaba. Deebiin wal fakkaatan yeroo hunda garaagarummaa wal fakkaatu argatu. Garuu garaagarummaan lakkoofsa lamaa, fakkeenyaaf aanaa tokko godinaalee isaa hir'isuun, garee xiqqaa keessa namni meeqa akka jiru sirriitti gonkumaa hin himu. Qoodni fi daangaan mirkanaa'ina dhabuu lakkoofsota eegaman irraa herreegamu.
protection-hidden-heading = Lakkoofsota hin mul'anne
protection-too-few = gareen deebii { $k } gadi qaba, ykn hamma lakkoofsi garaagarummaa isaa waliin { $k } gadi ta'utti xiqqaa dha.
protection-uniform = garee xiqqaa keessatti (deebii dachaa { $k } gadi) 0 % ykn 100 % namni hundi maal akka deebise ni hima.
protection-periods-heading = Ji'oota guutuu
protection-periods = Agarsiisni ji'oota guutuu hanga ji'a dhumaa xumurameetti ni haguuga. Ji'i ammaa yoo isa filatte qofa mul'ata, «hanga ammaatti» jedhamees mallattaa'a.
protection-published = Wanti mootummaa naannoo ala mul'atu (fuula ummataa kutaa fi gabaasa waggaa) garee deebii yoo xiqqaate { $published_k } qaban qofa qabata.
login-expired = Unkaan seensaa yeroon isaa darbeera ykn marsariitii biraa irraa dhufe. Maqaa fayyadamaa fi jecha darbii irra deebi'ii barreessi.

# API tokens on the users page.
tokens-title = Furtuuwwan API
tokens-hint = Furtuu «stemme token create --user USERNAME --name NAME» tiin uumi. Furtuun kan fayyadamaa tokkoo, yeroo fayyadamaan dhaabbatu hojii dhaaba.
token-name = Maqaa
token-owner = Abbaa
token-created = Kan uumame
token-expires = Kan xumuramu
token-never = gonkumaa
token-status = Haala
token-status-active = ni hojjeta
token-status-expired = yeroon darbe
token-status-revoked = deebi'ee fudhatame
token-status-owner_disabled = fayyadamaan dhaabbateera
token-revoke = Deebisii fudhu
token-revoked = Furtuun deebi'ee fudhatameera.
workshop-error-quote = Waraabbiiwwan tarree hojii mariidhaa qofaatu itti dabalamuu danda'a: barreeffamoota kutaa, aanaa ykn mata duree isaa irraa.

# Recordings of questions (catalogue admin)
catalogue-recordings = Sagaleewwan waraabaman
catalogue-recordings-intro = Namni tokko «Sagaleen dubbisi» yeroo tuqu, sagalee bilbilaa bakka bu’uun sagaleen waraabame ni taphata. MP3, Ogg, M4A, WebM ykn WAV, yoo baay’ate 2 MB fe’i. Barreeffama gaaffii afaan tokkoon yoo jijjiirte, ykn gaafficha gaafachuu yoo dhiifte, sagaleen waraabame ni haqama.
catalogue-recording-none = Ammaaf sagaleen waraabame hin jiru.
catalogue-recording-upload = Sagalee fe’i
catalogue-recording-remove = Sagalee haqi
catalogue-recording-file = Sagalee: { $lang }
catalogue-recording-not-audio = Faayiliin kun sagalee stemme taphachiisuu danda’u miti. MP3, Ogg, M4A, WebM ykn WAV fayyadami.
catalogue-recording-too-large = Sagaleen waraabame 2 MB caalaa ta’uu hin qabu.
catalogue-recording-no-text = Sagalee osoo hin dabaliin dura gaaffii afaan kanaan barreessi.

# An answer sent without signal (form.js)
offline-kept = Interneetii hin qabdu. Deebiin kee bilbila kana irratti kuufameera, yeroo interneetiin deebi’utti ofiin ni ergama. Yoo dandeesse fuula kana banaa dhiisi.
offline-sending = Interneetiin deebi’eera. Deebiin kee amma ergamaa jira …

# The thank-you page of the children's forms
thanks-child-title = Galatoomi! Amma waan yaaddu dubbatteetta.
thanks-child-body = Deebiin kee ergameera. Namoonni gurguddoon bulchiinsa magaalaa ni dubbisu, ijoolleef wantoota fooyyessuuf ni yaalu.
thanks-next-child = Daa’ima itti aanu
thanks-next-child-hint = Bilbila ykn taabileetii dabarsitaa? Daa’imni itti aanu unka duwwaa argata, namni tokko illee waan daa’imni kun deebise hin argu.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] Amajjii–Bitootessa
    [2] Eebila–Waxabajjii
    [3] Adooleessa–Fulbaana
    *[4] Onkoloolessa–Muddee
} { $year }
unit-none-yet = Namni tokko illee osoo hin beekamin lakkoofsa agarsiisuuf deebiin gahaan ammallee hin dhufne. Gadii maatiin erga dubbatanii booda maaltu akka hojjetame ni argita.

# The privacy notice (/personvern) and the footer
privacy-title = Eegumsa odeeffannoo dhuunfaa
privacy-intro = Waan ati deebistu akkasitti eegna. Maqaa malee deebista: maqaa kee gonkumaa hin gaafannu.
privacy-h-who = Itti gaafatamaan eenyu
privacy-who = { $municipality } deebiiwwaniif itti gaafatamaa dha.
privacy-contact = Gaaffii waa’ee eegumsa odeeffannoo: { $contact }
privacy-contact-none = Waa’ee eegumsa odeeffannoo qondaala eegumsa odeeffannoo bulchiinsa magaalaa gaafachuu dandeessa.
privacy-h-why = Maaliif gaafanna
privacy-why = Gargaarsi maatiin fi ijoolleen argatan hojjechuu isaa beekuuf, akkasumas maatii waliin maal akka jijjiiramu murteessuuf. Kun hojii ummataa bulchiinsa magaalaa keessaa tokko (GDPR keewwata 6(1)(e)).
privacy-h-stored = Maal akka kuufnu, eenyutu arga
privacy-stored = Deebii kee, tajaajilaa fi afaan isaan ilaallatan, fi ji’a itti deebifte ni kuufna. Maqaa kee, teessoo IP kee ykn waan biraa eenyu akka taate agarsiisu hin kuufnu. Wanti jechoota keetiin barreessitu akkuma barreessitetti kuufama, garuu akkasitti dubbisuu kan danda’u bulchaa bulchiinsa magaalaa qofa. Hojjettoonni biroo hundi barreeffama maqaan, lakkoofsi bilbilaa fi teessoon irraa haqamee argu, lakkoofsota immoo garee yoo xiqqaate deebii shanii qaban qofaaf argu.
privacy-h-kept = Hammam turuuf
privacy-kept-months = Deebiiwwan ji’a { $months } booda ni haqamu.
privacy-kept-forever = Deebiiwwan hamma bulchiinsi magaalaa tajaajila isaa hordofuuf itti fayyadamutti ni kuufamu, yeroo hin barbaachifne ni haqamu.
privacy-h-rights = Mirgoota kee
privacy-rights = Eenyu akka taate waan hin beekneef, deebii kee addaa tokko argachuu hin dandeenyu. Odeeffannoo akka barbaachisutti hin eegnu jettee yoo yaadde, Abbaa Taayitaa Eegumsa Odeeffannoo Noorweey (datatilsynet.no) bira komachuu dandeessa.
footer-accessibility = Ibsa dhaqqabamummaa

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Na hin ilaallatu
choice-na-child = Hin beeku
