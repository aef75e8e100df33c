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
what-happens-body = Jawaabaha qoysas badan ayaa la isku daraa. Shaqaaluhu waxay arkaan tirooyin oo keliya kooxaha ay dad badani ka jawaabeen, marnaba ma arkaan sida qoys keliya u jawaabay. Shaqaaluhu way akhrin karaan waxa aad ku qorto erayadaada, laakiin magacyada iyo lambarrada waa laga saaray, mana oga cidda qortay. Jawaabaha waxaa loo isticmaalaa hagaajinta adeegyada, shirar ay qoysaska iyo shaqaaluhu wada go’aamiyaan waxa la beddelayo.
footer-privacy = Waxaad u jawaabtaa adigoon la aqoon: ma kaydinno magac ama cinwaan IP, shaqaaluhuna waxay arkaan waxa aad qorto iyadoo magacyada iyo lambarrada laga saaray.

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
scale5-child-3 = Mararka qaarkood haa, mararka qaarkood maya
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
search-total-few = Wax ka yar { $k } qoraal ayaa ku habboon
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

## Workshops ("you said, we did") and follow-up
unit-did-done = Waa la sameeyay
unit-did-planned = Waxaa la qorsheeyay ilaa { $date }
workshops-title = Aqoon-is-weydaarsiyada
workshops-intro = Aqoon-is-weydaarsiyo wada-abuur ah: qoysaska, carruurta, shaqaalaha iyo la-shaqeeyayaashu waxay wada go'aamiyaan waxa la beddelayo. Samee mid, muuji macluumaadka, u oggolow ka-qaybgalayaasha inay ku soo biiraan taleefannadooda, oo qor waxa la go'aamiyay.
workshops-caption = Aqoon-is-weydaarsiyada, kuwa ugu cusub marka hore
workshops-none = Weli ma jiro aqoon-is-weydaarsi.
workshop-new = Aqoon-is-weydaarsi cusub
workshop-title-label = Cinwaan
workshop-scope = Ku saabsan
workshop-scope-unit = Xarun
workshop-scope-district = Qayb magaalada ka mid ah
workshop-scope-theme = Mawduuc
workshop-stage = Marxalad
workshop-stage-planning = Qorsheyn
workshop-stage-development = Horumarin
workshop-stage-decision = Go'aan
workshop-stage-evaluation = Qiimayn
workshop-with-children = Carruur ama dhallinyaro ayaa ka qayb qaadanaya
workshop-days = Maalmaha koodhka ku biiriddu shaqaynayo
workshop-create = Samee aqoon-is-weydaarsi
workshop-code = Koodh
workshop-status = Xaaladda
workshop-date = Taariikh
workshop-open = Furan
workshop-closed = Xiran
workshop-join-at = Ku biir { $link }
workshop-join-until = Ka-qaybgalayaal cusub ayaa ku biiri kara ilaa { $date } (UTC).
workshop-projector = Muuqaalka borojektarka
workshop-summary = Soo koobid
workshop-close = Xir aqoon-is-weydaarsiga
workshop-reopen = Mar kale fur
workshop-material = Macluumaad
workshop-no-material = Weli macluumaad ma jiro. Ku dar tirooyinka tilmaamayaasha, mawduucyo ama xigashooyin.
workshop-quote-pending = Waxay sugaysaa oggolaanshahaaga: weli lama muujin
workshop-approve = Oggolow
workshop-remove = Ka saar
workshop-add = Ku dar
workshop-add-indicator = Tirooyinka tilmaamayaasha
workshop-add-theme = Mawduuc
workshop-quotes = Xigashooyin laga soo qaaday waxa dadku qoreen
workshop-quotes-hint = Xigashooyinku waxay ka yimaadaan qoraallo la nadiifiyay oo ku saabsan xarunta, qaybta magaalada ama mawduuca aqoon-is-weydaarsigan. Akhri mid kasta ka hor intaadan oggolaan: xigashooyinka la oggolaaday oo keliya ayaa la muujiyaa.
workshop-quote-search = Erayada la raadinayo
workshop-quotes-withheld = Qoraallo aad u yar ayaa kooxdan ku jira, sidaa darteed xigashooyin lama muujin karo.
workshop-use-quote = Isticmaal xigashadan
workshop-notes = Qoraallo gaaban
workshop-participants = { $count ->
    [one] { $count } ka-qaybgale
   *[other] { $count } ka-qaybgale
}
workshop-participants-label = Ka-qaybgalayaasha
workshop-group-notes = Dooro qoraallada gaaban ee isku haya
workshop-in-proposal = waxay ku jirtaa soo jeedin
workshop-vote-count = { $count ->
    [one] { $count } cod
   *[other] { $count } cod
}
workshop-proposal-title = Soo jeedin
workshop-make-proposal = Ka samee soo jeedin qoraallada gaaban ee la doortay
workshop-proposals = Soo jeedinno
workshop-rating = qiimayn { $value } ka mid ah 5, { $count } qof ayaa qiimeeyay
workshop-rating-few = Ilaa hadda { $count } qiimayn (waxaa la muujiyaa marka ay 3 gaaraan)
workshop-rating-hidden = Weli qiimayn ku filan ma jirto
workshop-actions = Waxa aan samayn doonno
workshop-action-what = Waxa la samayn doono
workshop-action-who = Qofka mas'uulka ka ah
workshop-action-due = Goorta ugu dambaysa
workshop-action-unit = Xarunta lagu muujinayo
workshop-action-unit-same = Xarunta aqoon-is-weydaarsiga
workshop-action-unit-none = Xarun ma leh
workshop-action-themes = Mawduucyada ay tahay inay saamayso
workshop-action-indicators = Tilmaamayaasha ay tahay inay saamayso
workshop-action-record = Diiwaangeli tallaabada
workshop-action-done = U calaamadee la sameeyay
workshop-action-reopen = U calaamadee aan la samayn
workshop-action-planned = La qorsheeyay
workshop-batched = Natiijooyinku waxay u soo baxaan qaybo qaybo, sidaa darteed codka qof keliya lama arki karo.
workshop-votes-label = codad
workshop-theme = Mawduuc
workshop-few = Jawaabo aad u yar, lama muujin karo
workshop-enter-title = Ku biir aqoon-is-weydaarsi
workshop-enter-intro = Qor koodhka aad ku aragto shaashadda.
workshop-enter-go = Ku biir
workshop-join-intro = Soo dhowow! Halkan waxaad ku qori kartaa waxa aad u malaynayso, waxaadna u codayn kartaa waxa adiga kuugu muhiimsan.
workshop-join-anonymous = Magacaaga ma bixinaysid. Waxa aad qorto waxaa lagu muujiyaa shaashadda iyadoo aan magacaaga la qorin.
workshop-join-role = Waxaan uga qayb galayaa sida
workshop-join = Ku biir
workshop-role-parent = Waalid ama daryeele
workshop-role-child = Ilmo
workshop-role-youth = Qof dhallinyaro ah
workshop-role-staff = Shaqaale
workshop-role-partner = La-shaqeeye
workshop-add-note = Qor qoraal gaaban
workshop-note-label = Maxaad u malaynaysaa?
workshop-note-hint = Ugu badnaan { $max } xaraf. Ha qorin magacyo ama lambarro taleefan.
workshop-note-send = Dir qoraalka
workshop-no-notes = Weli qoraal gaaban ma jiro.
workshop-votes-left = { $count ->
    [one] Waxaa kuu hadhay { $count } cod.
   *[other] Waxaa kuu hadhay { $count } cod.
}
workshop-vote = U codee tan
workshop-unvote = Dib u qaado codkayga
workshop-rate = Kaydi qiimayntayda
workshop-score-1 = 1 – ma fiicna
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – aad bay u fiican tahay
workshop-closed-note = Aqoon-is-weydaarsigu waa xiran yahay. Waad ku mahadsan tahay ka qayb qaadashadaada!
workshop-done-joined = Soo dhowow! Waad ku biirtay.
workshop-done-note = Mahadsanid, qoraalkaaga waa la kaydiyay.
workshop-done-vote = Codkaaga waa la kaydiyay.
workshop-done-unvote = Codkaaga dib ayaa loo qaaday.
workshop-done-rating = Qiimayntaada waa la kaydiyay.
workshop-error-title = Wax baan sax ahayn
workshop-error-not-found = Ma helno aqoon-is-weydaarsi leh koodhkan. Fiiri koodhka shaashadda oo mar kale isku day.
workshop-error-closed = Aqoon-is-weydaarsigu waa xiran yahay, sidaa darteed tan lama kaydin. Waad ku mahadsan tahay ka qayb qaadashadaada!
workshop-error-expired = Koodhkan looma isticmaali karo in lagu biiro mar dambe. Caawimaad ka weydii hagaha.
workshop-error-too-fast = Qoraallo aad u dhaqso badan ayaad dirtay. Sug hal daqiiqo oo mar kale isku day; qoraalkaagu hoos buu ku jiraa.
workshop-error-no-votes-left = Waad isticmaashay dhammaan codadkaaga. Dib u qaado cod si aad u siiso qoraal kale.
workshop-error-unavailable = Tan hadda lama kaydin karin. Mar kale isku day wax yar kadib; qoraalkaagu hoos buu ku jiraa.
workshop-error-note = Qor qoraal gaaban oo aan ka badnayn 500 xaraf.
workshop-error-score = Dooro qiimayn u dhaxaysa 1 ilaa 5.
workshop-error-role = Dooro sida aad uga qayb qaadanayso.
workshop-error-workshop-title = Qor cinwaan.
workshop-error-material = Macluumaadkaas lama dari karo.
workshop-error-proposal = Qor cinwaan gaaban oo soo jeedinta ah.
workshop-error-action-what = Qor waxa la samayn doono.
workshop-error-action-who = Qor qofka mas'uulka ka ah.
workshop-error-action-due = Qor taariikhda ay tahay in la dhammeeyo.
workshop-error-scope = Dooro xarun, qayb magaalada ka mid ah ama mawduuc jira.
workshop-error-stage = Dooro marxalad.
follow-up-title = Dabagal: miyay waxa dadku yiraahdeen wax keeneen?
follow-up-intro = Tilmaamayaasha habraaca ee qorshayaasha: in fikradaha carruurta la weydiiyay, la diiwaangeliyay oo la isticmaalay (P1), in mawduucyada jawaab-celinta laga soo qaaday ay gaareen aqoon-is-weydaarsi iyo in tallaabooyinka la sameeyay (P2), iyo marxaladaha wada-abuurka ee xarun kastaa daboolay (P3).
follow-up-p2 = Mawduucyada iyo tallaabooyinka (P2)
follow-up-p2-reached = { $percent } % mawduucyadii lagu soo qaaday jawaab-celinta sanadkan ayaa gaaray aqoon-is-weydaarsi.
follow-up-p2-none = Sanadkan ma jiro mawduuc si ku filan loo soo qaaday oo la tirin karo.
follow-up-p2-done = { $percent } % ee { $count } tallaabo ee aqoon-is-weydaarsiyada waa la sameeyay.
follow-up-no-actions = Weli lama diiwaangelin tallaabooyin aqoon-is-weydaarsi.
follow-up-themes-caption = Mawduucyada laba iyo tobankii bilood ee ugu dambeeyay (qoraallada waxaa la muujiyaa laga bilaabo { $k })
follow-up-texts = Qoraallo
follow-up-workshops = Aqoon-is-weydaarsiyo
follow-up-actions = Tallaabooyin
follow-up-done = La sameeyay
follow-up-p1-p3 = Xarumaha: fikradaha carruurta (P1) iyo marxaladaha la daboolay (P3)
follow-up-units-caption = Xarun kasta: la weydiiyay → la diiwaangeliyay → la isticmaalay, iyo marxaladaha wada-abuurka
follow-up-asked = La weydiiyay
follow-up-documented = La diiwaangeliyay
follow-up-used = La isticmaalay
follow-up-stages = Marxaladaha
follow-up-yes = Haa
follow-up-no = Maya
staff-nav-catalogue = Kataloogga
catalogue-title = Kataloogga
catalogue-intro = Foomamka, su'aalahooda luqad kasta, iyo xarumaha iyo goobaha ay jawaabuhu ka tirsan yihiin. Isbeddel kasta waa dib-u-eegis lambar leh: jawaabaha horay loo bixiyay waxay sii haystaan qoraalkii su'aasha lagu weydiiyay.
catalogue-places-title = Xarumaha iyo goobaha
catalogue-surveys-caption = Foomamka
catalogue-survey = Foom
catalogue-audience = Loogu talagalay
catalogue-questions = Su'aalaha
catalogue-languages = Luqadaha dhammaystiran
catalogue-unreviewed = Qoraallo aan la hubin
catalogue-status = Xaaladda
catalogue-retired-count = { $count ->
    [one] { $count } su'aal oo la joojiyay
   *[other] { $count } su'aalood oo la joojiyay
}
catalogue-offered = La heli karo
catalogue-withdrawn = La dib u celiyay
catalogue-revisions = Isbeddelladii ugu dambeeyay
catalogue-revisions-intro = Kataloogga wuxuu marayaa dib-u-eegista { $revision }.
catalogue-revision = Dib-u-eegis
catalogue-no-revisions = Waxba lama beddelin tan iyo markii la soo geliyay kataloogga caadiga ah.
catalogue-problems = Isbeddelka lama kaydin
catalogue-survey-intro = Dadka loogu talagalay: { $audience }. Su'aalaha halkan ayaa lagu daraa, waxaana lagu joojiyaa boggooda gaarka ah; koodhadhkooda weligood lama beddelo.
catalogue-questions-caption = Su'aalaha sida ay u kala horreeyaan
catalogue-key = Koodh
catalogue-question-text = Su'aal
catalogue-kind = Nooca jawaabta
catalogue-missing = Luqadaha maqan
catalogue-required = Waajib
catalogue-asked = La weydiiyo
catalogue-retired = La joojiyay
catalogue-survey-texts = Cinwaanka iyo hordhaca
catalogue-offer-survey = Bixi foomkan
catalogue-incomplete = aan dhammaystirnayn
catalogue-not-reviewed = aan la hubin
catalogue-survey-title = Cinwaan
catalogue-survey-introduction = Hordhac
catalogue-reviewed = Waxaa hubiyay qof ay luqaddu af-hooyo u tahay
catalogue-empty-removes = Haddii aad qoraal tirtirto, luqaddaas waa la saarayaa. Qoraalka af Noorweejiga (bokmål) waa waajib: luqad kasta oo kale oo qoraalkeedu maqan yahay, isaga ayaa loo isticmaalaa.
catalogue-save = Kaydi
catalogue-add-question = Ku dar su'aal
catalogue-key-hint = Xarfo yaryar, tirooyin iyo xariijin. Koodhka dib looma beddeli karo.
catalogue-kind-scale5 = Shan waji (diidan … raacsan)
catalogue-kind-scale3 = Saddex waji (maya … haa)
catalogue-kind-yes-no = Haa, maya, ma hubo
catalogue-kind-single = Hal doorasho
catalogue-kind-multi = Doorashooyin badan
catalogue-kind-text = Qoraal xor ah
catalogue-section = Qayb
catalogue-question-text-nb = Su'aasha oo af Noorweeji (bokmål) ah
catalogue-help-nb = Qoraalka caawinta oo af Noorweeji (bokmål) ah (ikhtiyaari)
catalogue-choices = Doorashooyinka (kaliya hal doorasho iyo doorashooyin badan)
catalogue-choices-hint = Mid sadar kasta, qaabka koodh = qoraal, tusaale ahaan: bus = Buss
catalogue-add-question-hint = Su'aasha waxaa lagu daraa dhammaadka. Ilaa ay qoraal ku yeelato luqad, foomka laguma bixiyo luqaddaas: ku dar turjumaadaha bogga su'aasha.
catalogue-question-heading = Su'aal { $key }
catalogue-question-intro = Beddel qoraalka luqad kasta, calaamadee turjumaadaha uu hubiyay qof ay luqaddu af-hooyo u tahay, ama jooji su'aasha.
catalogue-counts-for = waxaa lagu xisaabiyaa tilmaamaha { $indicator }
catalogue-ask-question = Weydii su'aashan
catalogue-retire-hint = Su'aal la joojiyay mar dambe lama weydiiyo. Jawaabaheeda waa la hayaa, welina waxaa lagu xisaabiyaa tilmaamayaasha.
catalogue-missing-text = qoraal ma leh
catalogue-help = Qoraalka caawinta
catalogue-choice-label = Qoraalka { $value }
catalogue-versioned-hint = Qoraalkii ka horreeyay isbeddelkaaga waa la hayaa: jawaabaha horay loo bixiyay waxaa lagu muujiyaa su'aashii sidii loo weydiiyay.
catalogue-earlier = Qoraalladii hore
catalogue-earlier-caption = Qoraallada la beddelay, iyo dib-u-eegista beddeshay
catalogue-language = Luqad
catalogue-until = Lagu beddelay dib-u-eegista
catalogue-no-earlier = Qoraalka lama beddelin.
catalogue-places-intro = Xarumuhu waa adeegyada ay qoysasku ka jawaabaan; qaybaha magaalada iyo aagaggu waa meesha ay ku yaallaan. Koodhadhka weligood lama beddelo, sababtoo ah xiriirinnada, boodhadhka iyo warbixinnadu way isticmaalaan. Xarun la xiray jawaabo cusub ma qaadato; jawaabaheeda waa la hayaa.
catalogue-units = Xarumaha
catalogue-new-unit = Xarun cusub
catalogue-name = Magac
catalogue-service-kind = Adeeg
catalogue-district = Qaybta magaalada
catalogue-zone = Aag
catalogue-open = Furan
catalogue-closed = Xiran
catalogue-districts = Qaybaha magaalada
catalogue-unit-count = { $count ->
    [one] { $count } xarun
   *[other] { $count } xarumood
}
catalogue-new-district = Qayb magaalo oo cusub
catalogue-add = Ku dar
catalogue-zones = Aagagga
catalogue-new-zone = Aag cusub
catalogue-zone-hint = Ikhtiyaari. Aaggu waa inuu ku yaallaa qaybta magaalada ee xarunta.
catalogue-unit-open = Furan: waxay qaadataa jawaabo
catalogue-unit-open-hint = Xiritaanka xarunta wuxuu joojiyaa jawaabo cusub; jawaabaheeda iyo tirooyinkeeda waa la hayaa.
catalogue-saved = Waxaa loo kaydiyay dib-u-eegista { $revision }.
catalogue-unchanged = Waxba lama beddelin.
catalogue-error-not-found = Taasi kuma jirto kataloogga.
catalogue-error-invalid-slug = Koodhku waa 2–60 xaraf: xarfo yaryar, tirooyin, xariijin ama xariiq hoose.
catalogue-error-taken = Koodhkaas horay ayaa loo isticmaalay.
catalogue-error-invalid-name = Qor magac aan ka badnayn 120 xaraf.
catalogue-error-default-text-required = Qoraalka af Noorweejiga (bokmål) waa waajib.
catalogue-error-too-long = Qoraal ayaa aad u dheer.
catalogue-error-unknown-service-kind = Dooro adeeg.
catalogue-error-unknown-district = Dooro qayb magaalada ka mid ah.
catalogue-error-zone-outside-district = Aaggu kuma yaallo qaybtaas magaalada.
catalogue-error-unknown-kind = Dooro nooca jawaabta.
catalogue-error-choices-needed = Qor laba ama in ka badan oo doorashooyin kala duwan ah, mid sadar kasta, qaabka koodh = qoraal.
catalogue-error-second-text-question = Foomku horay ayuu u leeyahay su'aal qoraal xor ah.
catalogue-error-title-kept = Cinwaanka luqad lama saari karo. Haddii aad rabto in foomka aan lagu bixin luqad, tirtir qoraalka mid ka mid ah su'aalaha ee luqaddaas.
catalogue-error-unavailable = Kataloogga hadda lama kaydin karin. Waxba lama beddelin; fadlan mar kale isku day.
login-oidc = Ku gal { $provider }
login-oidc-refused-title = Ma lihid gelitaanka stemme
login-oidc-refused-body = Koontadaada degmada kuma siinayso door stemme. Weydii maamulaha inuu kugu daro koox door bixisa.
login-oidc-failed-title = Galitaanku ma shaqayn
login-oidc-failed-body = Galitaanka adeegga galitaanka degmada ma shaqayn. Ku noqo bogga galitaanka oo isku day mar kale.

# Disclosure control: what protected figures mean.
hidden-too_few = Jawaabo aad u yar (ka yar { $k })
hidden-uniform = Waa la qariyay: dhammaan si isku mid ah ayay u jawaabeen
figures-protected = Tirooyinka waa la ilaaliyay: tiro kastaa waxay ka duwanaan kartaa tan saxda ah dhowr jawaabood, sidaa darteed qofna ma xisaabin karo koox yar.
figures-protected-link = Maxay taasi ka dhigan tahay?
figures-so-far = ilaa hadda
protection-title = Sida tirooyinka loo ilaaliyo
protection-why = Qoysasku si qarsoodi ah ayay u jawaabaan. Si aan qofna u ogaan sida koox yar u jawaabtay, xitaa isagoo tiro mid kale ka jaraya, tiro kasta oo la muujiyo waa la ilaaliyay.
protection-noise-heading = Leexasho yar oo tiro kasta ku jirta
protection-noise = Tiro kastaa waxay leedahay leexasho yar oo go'an oo ugu badnaan ah { $noise } jawaabood, inta badan 0 ama 1. Jawaabaha isku midka ahi had iyo jeer waxay helaan leexasho isku mid ah. Laakiin farqiga u dhexeeya laba tiro, tusaale ahaan degmo laga jaray aagaggeeda, weligii si sax ah uma sheego inta qof ee koox yar ku jira. Saamiyada iyo kala-dheereynta hubaal-la'aanta waxaa laga xisaabiyaa tirooyinka la ilaaliyay.
protection-hidden-heading = Tirooyin aan la muujin
protection-too-few = kooxdu waxay leedahay wax ka yar { $k } jawaabood, ama aad u yar oo tirada leexashadeeda la socotaa ka hoos marto { $k }.
protection-uniform = koox yar dhexdeeda (ka yar laba jeer { $k } jawaabood) 0 % ama 100 % waxay sheegi lahaayeen waxa qof kastaa ku jawaabay.
protection-periods-heading = Bilo dhan
protection-periods = Muuqaalladu waxay daboolaan bilo dhan ilaa bisha ugu dambeysay ee dhammaatay. Bisha socota waxaa la muujiyaa oo keliya marka aad doorato, waxaana lagu calaameeyaa "ilaa hadda".
protection-published = Waxa laga muujiyo dibadda dowladda hoose (bogga dadweynaha ee unugga iyo warbixinta sanadlaha ah) waxay leeyihiin oo keliya kooxo leh ugu yaraan { $published_k } jawaabood.
login-expired = Foomka gelitaanka wuu dhacay ama wuxuu ka yimid bog kale. Mar kale qor magaca isticmaalaha iyo furaha sirta ah.

# API tokens on the users page.
tokens-title = Furayaasha API
tokens-hint = Ku samee fure "stemme token create --user USERNAME --name NAME". Furaha isticmaale leeyahay wuu joogsadaa marka isticmaalaha la joojiyo.
token-name = Magaca
token-owner = Waxaa leh
token-created = La sameeyay
token-expires = Wuu dhacayaa
token-never = weligii
token-status = Xaaladda
token-status-active = wuu shaqeynayaa
token-status-expired = wuu dhacay
token-status-revoked = waa la laabtay
token-status-owner_disabled = isticmaalaha waa la joojiyay
token-revoke = Ka noqo
token-revoked = Furaha waa laga noqday.
workshop-error-quote = Waxaa lagu dari karaa oo keliya xigashooyin ka yimid liiska aqoon-is-weydaarsiga: qoraallo ka yimid unuggiisa, degmadiisa ama mowduuciisa.

# Recordings of questions (catalogue admin)
catalogue-recordings = Duubab
catalogue-recordings-intro = Duubka ayaa la shidaa halkii codka taleefanka marka qof riixo «Kor u akhri». Soo geli MP3, Ogg, M4A, WebM ama WAV, ugu badnaan 2 MB. Haddii aad beddesho qoraalka su’aasha luqad ahaan, ama aad joojiso su’aasha, duubka waa la tirtirayaa.
catalogue-recording-none = Weli duub ma jiro.
catalogue-recording-upload = Soo geli duubka
catalogue-recording-remove = Tirtir duubka
catalogue-recording-file = Duub: { $lang }
catalogue-recording-not-audio = Faylku ma aha duub stemme shidi karo. Isticmaal MP3, Ogg, M4A, WebM ama WAV.
catalogue-recording-too-large = Duubku waa inuusan ka badnaan 2 MB.
catalogue-recording-no-text = Ku qor su’aasha luqaddan ka hor intaadan ku darin duub.

# An answer sent without signal (form.js)
offline-kept = Internet ma haysatid. Jawaabahaaga waxaa lagu hayaa taleefankan, waxaana si iskood ah loo diri doonaa marka internetku soo laabto. Bogga fur ka dhig haddii aad awoodid.
offline-sending = Internetku waa soo laabtay. Jawaabahaaga hadda ayaa la dirayaa …

# The thank-you page of the children's forms
thanks-child-title = Mahadsanid! Hadda waxaad sheegtay waxa aad u maleyso.
thanks-child-body = Jawaabtaada waa la diray. Dadka waaweyn ee degmada ayaa akhrin doona oo isku dayi doona inay wax u wanaajiyaan carruurta.
thanks-next-child = Ilmaha xiga
thanks-next-child-hint = Ma u gudbinaysaa taleefanka ama tablet-ka? Ilmaha xiga wuxuu helayaa foom madhan, qofna ma arko waxa ilmahan ka jawaabay.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] Janaayo–Maarso
    [2] Abriil–Juun
    [3] Luulyo–Sebteembar
    *[4] Oktoobar–Diseembar
} { $year }
unit-none-yet = Weli jawaabo ku filan ma iman si tirooyin loo muujiyo iyadoo aan qofna la aqoonsan. Hoos waxaad ku arkaysaa waxa la sameeyay kadib waxa qoysasku sheegeen.

# The privacy notice (/personvern) and the footer
privacy-title = Arrimaadka xogta
privacy-intro = Sidaan u ilaalino waxa aad ka jawaabto. Waxaad u jawaabtaa adigoon magacaaga sheegin: weligeen magacaaga ma weydiinno.
privacy-h-who = Yaa mas’uul ah
privacy-who = { $municipality } ayaa mas’uul ka ah jawaabaha.
privacy-contact = Su’aalo ku saabsan arrimaadka xogta: { $contact }
privacy-contact-none = Waxaad weydiin kartaa sarkaalka ilaalinta xogta ee degmada.
privacy-h-why = Sababta aan u weydiinno
privacy-why = Si aan u ogaanno in caawimaadda qoysaska iyo carruurtu helaan ay shaqeyso, iyo inaan qoysaska la go’aansanno waxa la beddelayo. Tani waa qayb ka mid ah hawsha dadweynaha ee degmada (GDPR qodobka 6(1)(e)).
privacy-h-stored = Waxa aan kaydinno, iyo cidda aragta
privacy-stored = Waxaan kaydinnaa jawaabahaaga, adeegga iyo luqadda ay khuseeyaan, iyo bisha aad jawaabtay. Ma kaydinno magacaaga, cinwaanka IP-gaaga ama wax kale oo sheegaya cidda aad tahay. Waxa aad ku qorto erayadaada waxaa loo kaydiyaa sidaad u qortay, laakiin maamulaha degmada oo keliya ayaa sidaas u akhrin kara. Shaqaalaha kale oo dhan waxay arkaan qoraalka iyadoo magacyada, lambarrada taleefanka iyo cinwaannada laga saaray, tirooyinkana waxay arkaan oo keliya kooxaha leh ugu yaraan shan jawaabood.
privacy-h-kept = Muddo intee le’eg
privacy-kept-months = Jawaabaha waa la tirtiraa { $months } bilood kadib.
privacy-kept-forever = Jawaabaha waa la hayaa inta degmadu u isticmaalayso la socodka adeegyadeeda, waana la tirtiraa marka aan loo baahnayn.
privacy-h-rights = Xuquuqdaada
privacy-rights = Maadaama aanaan garanayn cidda aad tahay, ma heli karno jawaab gaar ah oo adiga kaa timid. Waxaad u cabban kartaa Hay’adda Ilaalinta Xogta Norway (datatilsynet.no) haddii aad u malaynayso inaanan xogta u ilaalin sidii loo baahnaa.
footer-accessibility = Bayaanka helitaanka

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Ima khuseeyo
choice-na-child = Ma garanayo
