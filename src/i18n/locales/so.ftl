# Interface texts for stemme, Somali. Machine-made translation, not yet checked by a native speaker.
# Plain, everyday words, addressed to one reader ("adiga"). Keys are shared by every language file.

app-name = Stemme
skip-to-content = U gudub qoraalka
language-switcher = Luqadda
language-unavailable = Boggan weli lagama hayo luqadda aad codsatay ({ $code }). Sidaa darteed waxaa lagu tusayaa luqaddan.

## Bogga hore
home-title = Caawimaaddu ma ku caawisay?
home-intro = U sheeg degmada haddii caawimaadda aad heshay ay faa'iido lahayd. Waxaad ku jawaabaysaa magac la'aan, waxayna qaadanaysaa dhowr daqiiqo oo keliya.
home-choose-form = Dooro foom
home-for-staff = Shaqaalaha iyo la-shaqeeyayaasha
home-no-forms = Hadda ma jiro foom laga jawaabo.

## Magac la'aan iyo sirta
anonymous-heading = Jawaabtaadu waa magac la'aan
anonymous-body = Magacaaga ma weydiinno. Ma kaydinno cidda aad tahay iyo meesha aad ka jawaabayso, jawaabtaadana weligeed laguma darayo galka kiiskaaga.
what-happens-summary = Maxaa ku dhacaya jawaabtayda?
what-happens-body = Jawaabaha qoysas badan ayaa la isku daraa. Shaqaaluhu waxay arkaan tirooyin oo keliya marka dad badani jawaabaan, weligoodna ma arkaan jawaabta hal qoys. Magacyada iyo lambarrada waa laga saaraa waxa aad qorto, ka hor inta aan qofna akhrin. Jawaabaha waxaa loo isticmaalaa in adeegyada la hagaajiyo, iyadoo lagu sameeyo shirar ay qoysaska iyo shaqaaluhu ku wada go'aamiyaan waxa la beddelayo.
footer-privacy = Magac la'aan: jawaabaha laguma kaydiyo magacyo, cinwaanno ama cinwaanka internetka (IP).

## Foomka
answering-about = Waxaad ka jawaabaysaa:
choose-unit = Adeeggee ayaad ka jawaabaysaa?
choose-unit-placeholder = Dooro adeeg
section-progress = Qaybta { $current } ee { $total }
progress-answered = { $answered } ka mid ah { $total } su'aalood ayaa laga jawaabay
required-mark = waa in laga jawaabo
skip-hint = Waad ka boodi kartaa su'aal kasta oo aan lagu calaamadin “waa in laga jawaabo”.
role-question = Doorkee ayaad ku jawaabaysaa?
role-skip = Ma rabo inaan sheego
role-parent = Waalid ama daryeele
role-next_of_kin = Qaraabo dhow
role-client = Qofka caawimaadda helay
role-resident = Qof xaafadda deggan
role-participant = Qof ka qayb qaata bulshada xaafadda
role-pupil = Arday
role-staff = Shaqaale
role-partner = Hay'ad iskaashi
scale5-1 = Aad baan u diidanahay
scale5-2 = Waan diidanahay
scale5-3 = Dhexdhexaad
scale5-4 = Waan raacsanahay
scale5-5 = Aad baan u raacsanahay
scale3-1 = Maya
scale3-2 = Wax yar
scale3-3 = Haa
yes_no-yes = Haa
yes_no-no = Maya
yes_no-unsure = Ma hubo
text-limit = Waxaad qori kartaa ilaa { $max } xaraf, luqad kasta oo aad rabto.
submit = Dir jawaabtayda

## Khaladaadka foomka
form-has-errors = { $count ->
    [one] Waxaa jira hal shay oo ay tahay in la saxo ka hor inta aan jawaabta la dirin.
   *[other] Waxaa jira { $count } shay oo ay tahay in la saxo ka hor inta aan jawaabta la dirin.
}
form-kept = Wixii aad buuxisay waa la hayaa.
error-required = Fadlan ka jawaab su'aashan.
error-choice = Fadlan dooro mid ka mid ah jawaabaha halkan ku qoran.
error-text-too-long = Qoraalku aad buu u dheer yahay: { $count } xaraf, waxaana la oggol yahay ugu badnaan { $max }.
error-unit = Fadlan dooro adeegga aad ka jawaabayso.
error-role = Fadlan dooro mid ka mid ah doorarka halkan ku qoran, ama “Ma rabo inaan sheego”.
error-rate-limited = Hadda jawaabo badan ayaa ka imanaya shabakaddaada. Fadlan sug hal daqiiqo, kadibna mar kale dir.
error-unavailable = Hadda ma aanan kaydin karin jawaabtaada. Waxba kama lumin boggan: fadlan mar kale isku day inaad dirto wax yar kadib.

## Bogga mahadnaqa
thanks-title = Mahadsanid!
thanks-body = Jawaabtaada waa la kaydiyay.
thanks-next = Jawaabtaada waxaa lagu darayaa jawaabaha qoysaska kale. Degmadu waxay u isticmaashaa si ay u ogaato waxa shaqeeya, iyo si ay qoysaska ula go'aamiso waxa la beddelayo.
thanks-another = Ka jawaab adeeg kale
back-home = Ku noqo bilowga

## Bogagga khaladka
error-title = Wax baa khaldamay
error-body = Ma aanan samayn karin wixii aad codsatay. Fadlan mar kale isku day wax yar kadib.
not-found-title = Boggan ma aanan helin
not-found-body = Linkigu waxaa laga yaabaa inuu duug yahay ama si khaldan loo qoray.

## Foomamka carruurta iyo akhrinta cod dheer
read-aloud = Cod dheer ii akhri
read-aloud-stop = Jooji akhriska
question-progress = Su'aasha { $current } ee { $total }
next-question = Su'aasha xigta
assisted-heading = Qofka weyn
assisted-by-question = Yaa ilmaha ka caawinaya inuu jawaabo?
role-other_adult = Qof weyn oo kale
child-skip-hint = Waad ka boodi kartaa su'aal haddii aadan rabin inaad ka jawaabto.
scale3-child-1 = Maya
scale3-child-2 = Wax yar
scale3-child-3 = Haa
scale5-child-1 = Maya, haba yaraatee
scale5-child-2 = Maya, ma badna
scale5-child-3 = Ma garanayo
scale5-child-4 = Haa, inta badan
scale5-child-5 = Haa, aad iyo aad

## Boodhadhka (posters)
poster-scan = Si aad uga jawaabto, koodhka ku sawir kamaradda taleefankaaga.
poster-or-type = Ama qor cinwaankan:
posters-title = Boodhadh derbiga lagu dhejiyo
posters-intro = Daabac casuumad leh koodh QR ah, si qoysasku uga jawaabi karaan taleefannadooda. Dooro luqadaha ay akhriyaan qoysaska xaruntaada.
posters-languages = Luqadaha boodhka ku qoran
posters-size = Cabbirka warqadda
posters-make = Samee boodhka

## Xogta shakhsiga ah ee la tirtiray (waxay beddelaan wixii la tirtiray)
pii-fnr = lambarka aqoonsiga
pii-account = lambarka xisaabta
pii-phone = taleefan
pii-email = iimayl
pii-address = cinwaan
pii-name = magac

## Gelitaanka shaqaalaha
login-title = Gal
login-submit = Gal
login-failed = Magaca isticmaalaha ama erayga sirta ah ma saxna.
logout = Ka bax
signed-in-as = Waxaad ku gashay: { $name } ({ $role })
forbidden-title = Ogolaansho ma lihid
forbidden-body = Doorkaagu kuuma oggola inaad furto boggan.
staff-nav-search = Ka raadi qoraallada
staff-nav-posters = Boodhadh

## Ka raadinta qoraalka xorta ah
search-title = Waxa qoysasku qoraan
search-intro = Ka raadi waxa qoysasku ku qoreen erayadooda. Magacyada, lambarrada iyo cinwaannada waa laga saaray.
search-query-label = Erayada la raadinayo
search-query-hint = Erayo luqad kasta ah. Qaababka kale ee erayga sidoo kale waa la helaa.
search-submit = Raadi
search-filters = Yaree xulashada
search-any = Dhammaan
search-filter-lang = Luqadda
search-filter-unit = Adeegga
search-filter-district = Qaybta magaalada
search-filter-zone = Aagga
search-filter-survey = Foomka
search-filter-audience = Yaa jawaabay
search-filter-theme = Mawduuca
search-filter-from = Laga bilaabo bisha
search-filter-to = Ilaa bisha
search-total = { $count ->
    [one] Hal qoraal ayaa ku habboon
   *[other] { $count } qoraal ayaa ku habboon
}
search-no-hits = Ma jiro qoraal ku habboon. Isku day eray kale ama xulasho ka ballaaran.
search-withheld-title = Qoraallada lama muujinayo
search-withheld = Xulashada aad dooratay waxay leedahay wax ka yar { $k } jawaabood. Markaas qoys waa la garan karaa, sidaa darteed qoraallada lama muujinayo. Dooro xulasho ka ballaaran, tusaale ahaan bilo badan ama qaybta magaalada oo dhan.
search-facets = Sida qoraallada u qaybsan yihiin
search-facet-few = ka yar { $k }
search-hit-language = Luqadda
search-hit-period = Muddada
search-hit-unit = Adeegga
search-lang-und = Luqadda lama garan
search-declared-language = Luqadda foomka: { $lang }
search-more = Tus wax badan
search-facet-service_kind = Nooca adeegga
search-rebuilding = Raadinta dib ayaa loo dhisayaa: { $percent } % waa diyaar. Qoraallo qaar ah ayaa maqan ilaa ay dhammaato.
audience-parent = Waalidiinta
audience-child_4_7 = Carruurta 4–7 jir
audience-child_8_12 = Carruurta 8–12 jir
audience-youth_13_18 = Dhallinyarada 13–18 jir
audience-partner = La-shaqeeyayaasha
lang-da = Dhaanish
lang-sv = Iswiidhish

## Tilmaamayaal loogu talagalay qorsheeyayaasha
staff-nav-dashboard = Tilmaamayaal
dashboard-title = Tilmaamayaal
dashboard-intro = Qaybta dadka si togan uga jawaaba, oo leh xad hubanti la'aan oo 95 % ah. Kooxaha leh wax ka yar { $k } jawaabood, iyo tirooyinka kashifi kara, lama muujiyo.
dashboard-core = Caawimaaddu ma caawisay?
dashboard-by-district = Marka loo eego qaybta magaalada
dashboard-by-zone = Marka loo eego aagga
dashboard-trend = Isbeddelka waqtiga
dashboard-grain = Dhererka muddada
grain-month = Bil
grain-quarter = Rubuc sanadeed
grain-year = Sanad
dashboard-show = Muuji
dashboard-table = Tirooyinka oo shax ku jira
dashboard-no-data = Jawaab kuma jirto muddadan.
dashboard-themes = Mawduucyada waxa qoysasku qoraan
dashboard-change = Isbeddelka tan iyo muddadii hore: { $change } dhibcood boqolkiiba
dashboard-change-real = (ka weyn hubanti la'aanta)
dashboard-change-noise = (gudaha hubanti la'aanta)
table-group = Koox
table-share = Qaybta jawaabaha togan
table-interval = Hubanti la'aan (95 %)
table-n = Tirada jawaabaha
dashboard-registry = Tirooyinka diiwaanka, oo ay la socdaan waxa qoysasku naftooda ka jawaabaan
dashboard-self-report = Jawaabaha qoysaska naftooda (qaybta jawaabaha togan)
registry-city = Magaalada oo dhan
table-value = Qiimaha
table-source = Isha
unit-title = Waxa qoysasku yiraahdeen
unit-intro = Sidan ayay u jawaabeen qoysaskii caawimaad ka helay { $name }, afartii rubuc sanadeed ee dhammaa ee ugu dambeeyay. Tirooyinka waxaan u muujinnaa oo keliya kooxaha leh ugu yaraan { $k } jawaabood, si aan qofna loo garan.
unit-few = Wax ka yar { $k } jawaabood – lama muujin
unit-said = Waxa aad tiraahdeen
unit-quarter = Rubuc sanadeed
unit-agree = Waxay yiraahdaan haa
unit-did = Waxa aan samaynay
unit-did-none = Halkan waxaa soo bixi doona tallaabooyinka ay qoysaska iyo shaqaaluhu isku raacaan aqoon-is-weydaarsiyada. Weli wax tallaabo ah lama diiwaangelin.
unit-answer = Ka jawaab su'aalaha
thanks-see-unit = Eeg waxa qoysasku ka yiraahdeen { $name }
report-voice = Codka qoysaska: caawimaaddu way caawisaa
dashboard-report = Warbixinta sanadlaha ah
dashboard-report-intro = Shaxaha miisaaniyadda xaaladaha nolosha iyo warbixinta sanadlaha ah: hal shax oo loogu talagalay aag kasta oo natiijo ah, oo ay ku jiraan jawaabaha qoysaska naftooda, tirooyinka diiwaanka iyo isbeddelka sanadka oo dhan. Warbixinta waxaa loo tixgeliyaa mid la daabacay: kooxaha ka yar { $k } lama muujiyo, waxaana ku jira oo keliya bilaha dhammaystiran.
dashboard-report-year = Sanad
dashboard-report-xlsx = Soo deji (Excel)
dashboard-report-csv = Soo deji warbixinta sanadlaha ah ee { $year } oo CSV ah
dashboard-theme-trend = Mawduucyada rubuc sanadeed kasta
dashboard-theme-trend-hint = Qoraallada leh mawduuca, iyo qaybta ay ka yihiin dhammaan qoraallada rubuca sanadeed. – waxay ka dhigan tahay qoraallo aad u yar oo aan la muujin karin.
staff-nav-themes = Mawduucyada
themes-title = Mawduucyada
themes-intro = Mawduucyada ay qoysasku ka qoraan, iyo erayada la raadinayo ee calaamadeeya qoraallada. Markaad beddesho mawduuc, dhammaan qoraallada la kaydiyay waxaa mar kale la calaamadeyn doonaa wakhti gaaban gudihiis.
themes-caption = Mawduucyada, erayada la raadinayo iyo inta jeer ee calaamadahooda la xaqiijiyay ama la diiday
themes-new = Mawduuc cusub
themes-edit = Beddel mawduuca
themes-confirmed = La xaqiijiyay
themes-rejected = La diiday
themes-precision = Saxnaanta
theme-name = Magaca
theme-terms = Erayada la raadinayo
theme-terms-hint = Hal eray oo la raadinayo sadar kasta (ama ku kala saar hakad). Erayadu waxay sidoo kale helaan qaababka kale ee erayga ee luqadda qoraalka.
theme-code = Koodh
theme-code-hint = Xarfo yaryar a–z, tirooyin, - iyo _. Koodhka dib looma beddeli karo.
theme-form-intro = Ku qor magacyada iyo erayada la raadinayo luqadaha aad taqaan. Waxaa loo baahan yahay magac af Noorweeji ah (bokmål) iyo ugu yaraan hal eray oo la raadinayo.
theme-problems = Mawduuca lama kaydin
theme-save = Kaydi oo mar kale calaamadee qoraallada
theme-cancel = Jooji
theme-saved = { $name } waa la kaydiyay. Qoraallada hadda ayaa mar kale la calaamadeynayaa.
staff-nav-indicators = Tilmaamayaal
indicators-title = Tilmaamayaal
indicators-intro = Tilmaamayaasha ay jawaabuhu ku xisaabtamaan: qorshaha ay warbixin u gudbiyaan, aagga natiijada ee ay ka tirsan yihiin, iyo su'aalaha iyo jawaabaha loo xisaabiyo inay yihiin kuwo togan.
indicator-plan = Qorshaha iyo aagga diiradda
indicator-outcome = Aagga natiijada
indicator-no-outcome = Ma jiro
indicator-questions = Su'aalaha la xisaabiyo
indicator-positive = jawaabaha togan
indicator-no-questions = Weli ma jirto su'aal lagu xisaabiyo tilmaamahan.
indicator-questions-hint = Su'aalaha la xisaabiyo waxaa lagu dejiyaa foomamka. Tirooyinka si iskood ah ayaa dib loogu xisaabiyaa marka su'aal la beddelo.
indicator-problems = Tilmaamaha lama kaydin
indicator-save = Kaydi
indicator-saved = { $name } waa la kaydiyay.
staff-nav-registry = Tirooyinka diiwaanka
registry-title = Tirooyinka diiwaannada
registry-intro = Soo geli tirooyin ka yimid microdata.no, SSB, Bufdir ama KOSTRA oo ah fayl CSV ah oo leh tiirarka indicator, area, period, value iyo source (iyo haddii loo baahdo note). Tirooyinka waxaa lagu muujiyaa dhinaca jawaabaha qoysaska naftooda ee isla aagga natiijada. Faylka oo dhan ayaa la kaydiyaa, ama waxba lama kaydiyo.
registry-file = Fayl CSV ah
registry-file-hint = Tusaale ahaan eeg docs/registry-example.csv. Ugu badnaan 5 MB.
registry-upload = Soo geli
registry-imported = Tirooyinka la kaydiyay: { $count }.
registry-problems = Waxba lama kaydin. Sax sadarradan oo mar kale soo geli faylka:
registry-line = Sadar { $line }
registry-stored = Tirooyinka la kaydiyay
registry-indicator = Tilmaame
registry-none = Weli wax tirooyin ah lama soo gelin.
dashboard-window-edge = Bisha ugu horreysa ama bisha ugu dambeysa ee muddada jawaabaheedu aad bay ugu yar yihiin in keligeed la muujiyo, sidaa darteed muddada sidoo kale lama muujin karo. Dooro muddo dhammaanaysa hal bil ka hor.

## Staff accounts, sessions and the audit log
login-username-label = Magaca isticmaalaha
login-password-label = Erayga sirta ah
staff-nav-follow-up = Dabagal
staff-nav-workshops = Aqoon-is-weydaarsiyada
staff-nav-users = Isticmaalayaasha
staff-nav-audit = Diiwaanka hawlaha
staff-nav-account = Akoonkaaga
staff-role-admin = Maamule
staff-role-planner = Qorsheeye
staff-role-facilitator = Hage aqoon-is-weydaarsi
staff-role-unit-lead = Madaxa xarunta
users-title = Isticmaalayaasha
users-caption = Akoonnada shaqaalaha
user-username = Magaca isticmaalaha
user-username-hint = 2–32 xaraf: xarfo yaryar, tirooyin, dhibic, xariiq (-) ama xariiq hoose (_).
user-display-name = Magaca
user-role = Doorka
user-units = Xarumaha
user-units-hint = Madaxda xarumaha oo keliya: xarumaha ay akhriyi karaan, oo hakad (,) lagu kala saaray.
user-password = Erayga sirta ah
user-password-hint = Banaan u dhaaf si aad u hesho eray sir ah oo la sameeyay, oo hal mar oo keliya la muujinayo.
user-status = Xaaladda
user-actions = Ficillada
user-active = Firfircoon
user-disabled = La joojiyay
user-disable = Jooji
user-enable = Dib u daar
user-reset = Eray sir ah oo cusub
user-save-role = Kaydi doorka
user-new = Akoon cusub
user-create = Samee akoon
user-created = Akoonka waa la sameeyay.
user-changed = Akoonka waa la beddelay.
user-new-password = Erayga sirta ah ee { $name }, hadda oo keliya ayaa la muujinayaa. Si toos ah ama taleefan ugu dhiib; waa inay beddelaan marka ay galaan.
user-error-invalid-username = Magaca isticmaaluhu waa 2–32 xaraf: xarfo yaryar, tirooyin, dhibic, xariiq (-) ama xariiq hoose (_).
user-error-username-taken = Magacaas isticmaale horay ayaa loo qaatay.
user-error-not-found = Akoonkaas ma jiro.
user-error-unknown-unit = Mid ka mid ah xarumaha ma jiro. Isticmaal magacyada gaaban ee xarumaha ee liiska ku jira.
user-error-units-needed = Madaxa xaruntu wuxuu u baahan yahay ugu yaraan hal xarun.
user-error-invalid-name = Qor magac ka kooban 1–100 xaraf.
user-error-last-admin = Maamulaha ugu dambeeya ee firfircoon lama joojin karo, door kalena lama siin karo.
user-error-password-too-short = Erayga sirta ahi waa inuu ahaadaa ugu yaraan 12 xaraf. Dhowr eray oo isku xiga ayaa samaynaya eray sir ah oo wanaagsan.
user-error-password-too-long = Erayga sirta ahi wuxuu noqon karaa ugu badnaan 256 xaraf.
user-error-unavailable = Isbeddelka hadda lama kaydin karin. Mar kale isku day wax yar kadib.
account-title = Akoonkaaga
account-change-password = Beddel erayga sirta ah
account-current = Erayga sirta ah ee hadda
account-new = Eray sir ah oo cusub
account-new-hint = Ugu yaraan { $count } xaraf. Dhowr eray oo isku xiga ayaa samaynaya eray sir ah oo wanaagsan.
account-repeat = Mar kale qor erayga sirta ah ee cusub
account-save = Beddel erayga sirta ah
account-mismatch = Labada eray sir ah ee cusub isku mid ma aha.
account-wrong-password = Erayga sirta ah ee hadda ma saxna.
account-password-changed = Erayga sirta ah waa la beddelay. Meelaha kale ee aad ku jirtay waa lagaa saaray.
audit-title = Diiwaanka hawlaha
audit-intro = Cidda gashay, akhriday qoraallada asalka ah, soo saartay, tirtirtay ama wax beddeshay, iyo goorta. Diiwaanka weligiis kuma jiro waxa dadka deegaanku qoreen.
audit-actor = Yaa
audit-action = Ficil
audit-from = Laga bilaabo
audit-to = Ilaa
audit-filter = Sifee
audit-caption = Ficillada la diiwaangeliyay, kuwa ugu dambeeyay marka hore
audit-at = Goorma (UTC)
audit-target = Maxaa
audit-detail = Faahfaahin
audit-none = Ma jiro wax la diiwaangeliyay oo sifeyntan u dhigma.
audit-older = Kuwii hore
