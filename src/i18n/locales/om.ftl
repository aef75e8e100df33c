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
what-happens-body = Deebiin maatii hedduu walitti qabama. Hojjettoonni lakkoofsa kan argan yeroo namoonni hedduun deebisan qofa; deebii maatii tokkoo gonkumaa hin argan. Maqaaleen fi lakkoofsonni waan ati barreessite keessaa haqamu, osoo namni kamiyyuu hin dubbisin dura. Deebiiwwan tajaajiloota fooyyessuuf oolu, walgahii maatiin fi hojjettoonni waan jijjiiramuu qabu waliin itti murteessan irratti.
footer-privacy = Maqaa malee: maqaan, teessoon ykn teessoon neetworkii deebii waliin hin kuufamu.

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
scale5-child-3 = Hin beeku
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
dashboard-window-edge = Ji'i jalqabaa ykn ji'i dhumaa yeroo sanaa deebii kophaa isaa agarsiifamuuf ga'u hin qabu, kanaafuu yeroon sunis agarsiifamuu hin danda'u. Yeroo ji'a tokko dura xumuramu filadhu.

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
