# Interface texts for stemme, Filipino (Tagalog). Machine-made translation, not yet checked by a native speaker.
# Simpleng salita: marami sa mga nagbabasa ang may ganitong wika bilang ikalawa o ikatlong wika.

app-name = Stemme
skip-to-content = Lumaktaw sa nilalaman
language-switcher = Wika
language-unavailable = Wala pa ang pahinang ito sa wikang hiniling mo ({ $code }). Kaya ipinapakita ito sa wikang ito.

## Panimulang pahina
home-title = Nakatulong ba ang tulong?
home-intro = Sabihin sa munisipyo kung may silbi ang tulong na natanggap mo. Sasagot ka nang hindi nagpapakilala, at ilang minuto lang ito.
home-choose-form = Pumili ng form
home-for-staff = Para sa mga kawani at katuwang
home-no-forms = Walang form na masasagutan ngayon.

## Pagiging anonymous at privacy
anonymous-heading = Anonymous ang sagot mo
anonymous-body = Hindi namin itatanong ang pangalan mo. Hindi namin itinatala kung sino ka o kung saan ka sumasagot, at hindi kailanman isasama ang sagot mo sa file ng kaso mo.
what-happens-summary = Ano ang mangyayari sa sagot ko?
what-happens-body = Pinagsasama-sama ang mga sagot ng maraming pamilya. Nakakakita lamang ang mga kawani ng mga bilang para sa mga grupong marami ang sumagot, at hindi kailanman kung paano sumagot ang isang pamilya. Nababasa ng mga kawani ang isinulat mo sa sarili mong salita, pero tinanggal na ang mga pangalan at numero at hindi nila alam kung sino ang sumulat. Ginagamit ang mga sagot para pagandahin ang mga serbisyo, sa mga pulong kung saan magkasamang nagpapasya ang mga pamilya at kawani kung ano ang babaguhin.
footer-privacy = Sumasagot ka nang hindi nagpapakilala: hindi kami nag-iimbak ng pangalan o IP address, at nakikita ng mga kawani ang isinulat mo na tinanggalan ng pangalan at numero.

## Form
answering-about = Ang sinasagot mo ay tungkol sa:
choose-unit = Tungkol sa aling serbisyo ang sagot mo?
choose-unit-placeholder = Pumili ng serbisyo
section-progress = Bahagi { $current } ng { $total }
progress-answered = { $answered } sa { $total } tanong ang nasagot na
required-mark = dapat sagutan
skip-hint = Puwede mong laktawan ang anumang tanong na walang markang “dapat sagutan”.
role-question = Bilang sino ka sumasagot?
role-skip = Mas gusto kong hindi sabihin
role-parent = Magulang o tagapag-alaga
role-next_of_kin = Malapit na kapamilya
role-client = Ang taong natulungan
role-resident = Taong nakatira sa lugar
role-participant = Taong kasali sa lokal na komunidad
role-pupil = Mag-aaral
role-staff = Kawani
role-partner = Katuwang na organisasyon
scale5-1 = Lubos na hindi sang-ayon
scale5-2 = Hindi sang-ayon
scale5-3 = Nasa gitna
scale5-4 = Sang-ayon
scale5-5 = Lubos na sang-ayon
scale3-1 = Hindi
scale3-2 = Kaunti
scale3-3 = Oo
yes_no-yes = Oo
yes_no-no = Hindi
yes_no-unsure = Hindi sigurado
text-limit = Puwede kang sumulat nang hanggang { $max } na titik, sa kahit anong wika.
submit = Ipadala ang sagot ko

## Mga mali sa form
form-has-errors = { $count ->
    [one] May { $count } bagay na kailangang ayusin bago maipadala ang sagot.
   *[other] May { $count } bagay na kailangang ayusin bago maipadala ang sagot.
}
form-kept = Naitabi ang mga nailagay mo na.
error-required = Pakisagot ang tanong na ito.
error-choice = Pakipili ang isa sa mga sagot na nakikita rito.
error-text-too-long = Masyadong mahaba ang teksto: { $count } titik, at hanggang { $max } lang ang kasya.
error-unit = Pakipili ang serbisyong tinutukoy ng sagot mo.
error-role = Pakipili ang isa sa mga papel na nakikita rito, o “Mas gusto kong hindi sabihin”.
error-rate-limited = Maraming sagot ang dumarating mula sa network mo ngayon. Maghintay muna ng isang minuto at ipadala ulit.
error-unavailable = Hindi namin nai-save ang sagot mo ngayon. Walang nawala sa pahinang ito: subukang ipadala ulit maya-maya.

## Pahina ng pasasalamat
thanks-title = Salamat!
thanks-body = Nai-save na ang sagot mo.
thanks-next = Isasama ang sagot mo sa mga sagot ng ibang pamilya. Ginagamit ito ng munisipyo para malaman kung ano ang epektibo, at para magpasya kasama ng mga pamilya kung ano ang babaguhin.
thanks-another = Sumagot tungkol sa ibang serbisyo
back-home = Bumalik sa simula

## Mga pahina ng error
error-title = May nangyaring mali
error-body = Hindi namin nagawa ang hiniling mo. Pakisubukang muli maya-maya.
not-found-title = Hindi namin makita ang pahinang ito
not-found-body = Maaaring luma na ang link o mali ang pagkakasulat.

## Mga form para sa bata at pagbasa nang malakas
read-aloud = Basahin nang malakas
read-aloud-stop = Itigil ang pagbasa
question-progress = Tanong { $current } ng { $total }
next-question = Susunod na tanong
assisted-heading = Para sa kasamang matanda
assisted-by-question = Sino ang tumutulong sa bata na sumagot?
role-other_adult = Ibang matanda
child-skip-hint = Puwede mong laktawan ang tanong kung ayaw mo itong sagutin.
scale3-child-1 = Hindi
scale3-child-2 = Kaunti
scale3-child-3 = Oo
scale5-child-1 = Hindi, hinding-hindi
scale5-child-2 = Hindi masyado
scale5-child-3 = Minsan oo, minsan hindi
scale5-child-4 = Oo, kadalasan
scale5-child-5 = Oo, sobra

## Mga poster
poster-scan = I-scan ang code gamit ang camera ng phone mo para sumagot.
poster-or-type = O i-type ang address na ito:
posters-title = Mga poster para sa pader
posters-intro = Mag-print ng imbitasyon na may QR code, para makasagot ang mga pamilya gamit ang sarili nilang phone. Piliin ang mga wikang binabasa ng mga pamilya sa inyo.
posters-languages = Mga wika sa poster
posters-size = Laki ng papel
posters-make = Gawin ang poster

## Tinanggal na personal na impormasyon (ipinapalit sa tinanggal)
pii-fnr = numero ng ID
pii-account = numero ng account
pii-phone = telepono
pii-email = email
pii-address = address
pii-name = pangalan

## Pag-sign in ng kawani
login-title = Mag-sign in
login-submit = Mag-sign in
login-failed = Mali ang username o password.
logout = Mag-sign out
signed-in-as = Naka-sign in bilang { $name } ({ $role })
forbidden-title = Walang access
forbidden-body = Hindi nagbibigay ng access sa pahinang ito ang papel mo.
staff-nav-search = Maghanap sa mga teksto
staff-nav-posters = Mga poster

## Paghahanap sa malayang teksto
search-title = Ang isinusulat ng mga pamilya
search-intro = Hanapin ang isinulat ng mga pamilya sa sarili nilang salita. Tinanggal na ang mga pangalan, numero at address.
search-query-label = Mga salitang hahanapin
search-query-hint = Mga salita sa kahit anong wika. Nahahanap din ang ibang anyo ng salita.
search-submit = Maghanap
search-filters = Paliitin ang saklaw
search-any = Lahat
search-filter-lang = Wika
search-filter-unit = Serbisyo
search-filter-district = Distrito
search-filter-zone = Lugar
search-filter-survey = Form
search-filter-audience = Sino ang sumagot
search-filter-theme = Paksa
search-filter-from = Mula sa buwan
search-filter-to = Hanggang sa buwan
search-total = { $count ->
    [one] { $count } teksto ang tugma
   *[other] { $count } teksto ang tugma
}
search-no-hits = Walang tekstong tugma. Subukan ang ibang salita o mas malawak na saklaw.
search-withheld-title = Hindi ipinapakita ang mga teksto
search-withheld = Mas kaunti sa { $k } ang sagot sa saklaw na pinili mo. Puwedeng makilala ang isang pamilya, kaya hindi ipinapakita ang mga teksto. Pumili ng mas malawak na saklaw, halimbawa mas maraming buwan o ang buong distrito.
search-facets = Paano nahahati ang mga teksto
search-facet-few = mas kaunti sa { $k }
search-total-few = Mas kaunti sa { $k } na teksto ang tugma
search-hit-language = Wika
search-hit-period = Panahon
search-hit-unit = Serbisyo
search-lang-und = Hindi natukoy ang wika
search-declared-language = Wika ng form: { $lang }
search-more = Magpakita pa
search-facet-service_kind = Uri ng serbisyo
search-rebuilding = Muling binubuo ang paghahanap: tapos na ang { $percent } %. Kulang pa ang ilang teksto hangga't hindi pa ito tapos.
audience-parent = Mga magulang
audience-child_4_7 = Mga batang 4–7 taon
audience-child_8_12 = Mga batang 8–12 taon
audience-youth_13_18 = Mga kabataang 13–18 taon
audience-partner = Mga katuwang
lang-da = Danish
lang-sv = Swedish

## Mga tagapagpahiwatig para sa mga tagaplano
staff-nav-dashboard = Mga tagapagpahiwatig
dashboard-title = Mga tagapagpahiwatig
dashboard-intro = Ang bahagi ng mga sumasagot nang positibo, na may 95 % na agwat ng kawalang-katiyakan. Hindi ipinapakita ang mga grupong may mas kaunti sa { $k } na sagot, at ang mga bilang na maaaring magbunyag sa kanila.
dashboard-core = Nakatulong ba ang tulong?
dashboard-by-district = Ayon sa distrito
dashboard-by-zone = Ayon sa lugar
dashboard-trend = Pagbabago sa paglipas ng panahon
dashboard-grain = Haba ng panahon
grain-month = Buwan
grain-quarter = Tatlong buwan
grain-year = Taon
dashboard-show = Ipakita
dashboard-table = Ang mga bilang sa isang talahanayan
dashboard-no-data = Walang sagot sa panahong ito.
dashboard-themes = Mga paksa sa isinusulat ng mga pamilya
dashboard-change = Pagbabago mula sa nakaraang panahon: { $change } percentage point
dashboard-change-real = (mas malaki kaysa sa kawalang-katiyakan)
dashboard-change-noise = (nasa loob ng kawalang-katiyakan)
table-group = Grupo
table-share = Bahaging positibo
table-interval = Kawalang-katiyakan (95 %)
table-n = Bilang ng sagot
dashboard-registry = Mga bilang mula sa rehistro, katabi ng mismong sagot ng mga pamilya
dashboard-self-report = Sariling sagot ng mga pamilya (bahaging positibo)
registry-city = Ang buong lungsod
table-value = Halaga
table-source = Pinagmulan
unit-title = Ang sinabi ng mga pamilya
unit-intro = Ganito sumagot ang mga pamilyang nakatanggap ng tulong sa { $name } sa huling apat na buong quarter (tig-tatlong buwan). Ipinapakita lang namin ang mga bilang para sa mga grupong may hindi bababa sa { $k } na sagot, para walang makilala.
unit-few = Mas kaunti sa { $k } na sagot – hindi ipinapakita
unit-said = Ang sinabi ninyo
unit-quarter = Tatlong buwan
unit-agree = Sumasagot ng oo
unit-did = Ang ginawa namin
unit-did-none = Dito ilalagay ang mga hakbang na pagkakasunduan ng mga pamilya at kawani sa mga workshop. Wala pang naitatalang hakbang.
unit-answer = Sagutan ang survey
thanks-see-unit = Tingnan ang sinabi ng mga pamilya tungkol sa { $name }
report-voice = Tinig ng mga pamilya: nakakatulong ang tulong
dashboard-report = Taunang ulat
dashboard-report-intro = Ang mga talahanayan para sa badyet sa kalagayan ng pamumuhay at sa taunang ulat: isang talahanayan bawat larangan ng resulta, kasama ang sariling sagot ng mga pamilya, mga bilang mula sa rehistro at ang pagbabago sa buong taon. Itinuturing na nailathala ang ulat: hindi ipinapakita ang mga grupong mas kaunti sa { $k }, at buong buwan lang ang kasama.
dashboard-report-year = Taon
dashboard-report-xlsx = I-download (Excel)
dashboard-report-csv = I-download ang taunang ulat para sa { $year } bilang CSV
dashboard-theme-trend = Mga paksa bawat tatlong buwan
dashboard-theme-trend-hint = Mga tekstong may paksa, at ang bahagi nila sa lahat ng teksto sa tatlong buwan. – ibig sabihin ay masyadong kaunti ang teksto para ipakita.
staff-nav-themes = Mga paksa
themes-title = Mga paksa
themes-intro = Ang mga paksang isinusulat ng mga pamilya, kasama ang mga salitang hahanapin na nagmamarka sa mga teksto. Kapag binago ninyo ang isang paksa, mamarkahan ulit ang lahat ng naka-save na teksto sa loob ng maikling panahon.
themes-caption = Mga paksa, mga salitang hahanapin, at kung gaano kadalas kinumpirma o tinanggihan ang mga marka nila
themes-new = Bagong paksa
themes-edit = Baguhin ang paksa
themes-confirmed = Kinumpirma
themes-rejected = Tinanggihan
themes-precision = Katumpakan
theme-name = Pangalan
theme-terms = Mga salitang hahanapin
theme-terms-hint = Isang salitang hahanapin bawat linya (o pinaghiwalay ng kuwit). Nahahanap din ng mga salita ang ibang anyo nila sa wika ng teksto.
theme-code = Code
theme-code-hint = Maliliit na titik a–z, mga numero, - at _. Hindi na mababago ang code mamaya.
theme-form-intro = Isulat ang mga pangalan at salitang hahanapin sa mga wikang alam ninyo. Kailangan ng pangalan sa Norwegian (Bokmål) at kahit isang salitang hahanapin.
theme-problems = Hindi na-save ang paksa
theme-save = I-save at markahan ulit ang mga teksto
theme-cancel = Kanselahin
theme-saved = Na-save ang { $name }. Minamarkahan ulit ngayon ang mga teksto.
staff-nav-indicators = Mga tagapagpahiwatig
indicators-title = Mga tagapagpahiwatig
indicators-intro = Ang mga tagapagpahiwatig na binibilangan ng mga sagot: kung saang plano sila nag-uulat, kung saang larangan ng resulta sila kabilang, at kung aling mga tanong at sagot ang binibilang na positibo.
indicator-plan = Plano at larangang pinagtutuunan
indicator-outcome = Larangan ng resulta
indicator-no-outcome = Wala
indicator-questions = Mga tanong na binibilang
indicator-positive = mga positibong sagot
indicator-no-questions = Wala pang tanong na binibilang sa tagapagpahiwatig na ito.
indicator-questions-hint = Sa mga form itinatakda kung aling mga tanong ang binibilang. Kusang kinukuwenta ulit ang mga bilang kapag nagbago ang isang tanong.
indicator-problems = Hindi na-save ang tagapagpahiwatig
indicator-save = I-save
indicator-saved = Na-save ang { $name }.
staff-nav-registry = Mga bilang mula sa rehistro
registry-title = Mga bilang mula sa mga rehistro
registry-intro = Mag-upload ng mga bilang mula sa microdata.no, SSB, Bufdir o KOSTRA bilang CSV file na may mga hanay na indicator, area, period, value at source (at, kung kailangan, note). Ipinapakita ang mga bilang katabi ng sariling sagot ng mga pamilya para sa parehong larangan ng resulta. Nase-save ang buong file, o walang nase-save.
registry-file = CSV file
registry-file-hint = Tingnan ang docs/registry-example.csv para sa halimbawa. Hanggang 5 MB lang.
registry-upload = I-upload
registry-imported = Mga na-save na bilang: { $count }.
registry-problems = Walang na-save. Itama ang mga linyang ito at i-upload ulit ang file:
registry-line = Linya { $line }
registry-stored = Mga naka-save na bilang
registry-indicator = Tagapagpahiwatig
registry-none = Wala pang na-upload na bilang.

## Staff accounts, sessions and the audit log
login-username-label = Username
login-password-label = Password
staff-nav-follow-up = Follow-up
staff-nav-workshops = Mga workshop
staff-nav-users = Mga user
staff-nav-audit = Audit log
staff-nav-account = Ang account ninyo
staff-role-admin = Administrator
staff-role-planner = Tagaplano
staff-role-facilitator = Facilitator ng workshop
staff-role-unit-lead = Pinuno ng yunit
users-title = Mga user
users-caption = Mga account ng kawani
user-username = Username
user-username-hint = 2–32 character: maliliit na titik, numero, tuldok, gitling o underscore.
user-display-name = Pangalan
user-role = Papel
user-units = Mga yunit
user-units-hint = Para lang sa mga pinuno ng yunit: ang mga yunit na puwede nilang basahin, hinihiwalay ng kuwit.
user-password = Password
user-password-hint = Iwanang blangko para makakuha ng ginawang password, na ipapakita nang isang beses lang.
user-status = Status
user-actions = Mga aksiyon
user-active = Aktibo
user-disabled = Naka-disable
user-disable = I-disable
user-enable = I-enable
user-reset = Bagong password
user-save-role = I-save ang papel
user-new = Bagong account
user-create = Gumawa ng account
user-created = Nagawa na ang account.
user-changed = Nabago na ang account.
user-new-password = Ang password ni { $name }, ipinapakita ngayon lang. Ibigay ito nang personal o sa telepono; dapat niya itong palitan pag-sign in niya.
user-error-invalid-username = Ang username ay 2–32 character: maliliit na titik, numero, tuldok, gitling o underscore.
user-error-username-taken = May gumagamit na ng username na iyan.
user-error-not-found = Walang ganoong account.
user-error-unknown-unit = Hindi umiiral ang isa sa mga yunit. Gamitin ang maiikling pangalan ng mga yunit mula sa listahan.
user-error-units-needed = Kailangan ng pinuno ng yunit ng kahit isang yunit.
user-error-invalid-name = Sumulat ng pangalang may 1–100 character.
user-error-last-admin = Hindi puwedeng i-disable o bigyan ng ibang papel ang huling aktibong administrator.
user-error-password-too-short = Dapat may hindi bababa sa 12 character ang password. Magandang password ang ilang salitang magkakasunod.
user-error-password-too-long = Hanggang 256 character lang ang puwede sa password.
user-error-unavailable = Hindi mai-save ang pagbabago ngayon. Subukan ulit maya-maya.
account-title = Ang account ninyo
account-change-password = Palitan ang password ninyo
account-current = Kasalukuyang password
account-new = Bagong password
account-new-hint = Hindi bababa sa { $count } character. Magandang password ang ilang salitang magkakasunod.
account-repeat = Ulitin ang bagong password
account-save = Palitan ang password
account-mismatch = Hindi magkapareho ang dalawang bagong password.
account-wrong-password = Mali ang kasalukuyang password.
account-password-changed = Napalitan na ang password ninyo. Na-sign out na kayo sa iba ninyong session.
audit-title = Audit log
audit-intro = Kung sino ang nag-sign in, nagbasa ng mga orihinal na teksto, nag-export, nagbura o nagbago ng anuman, at kailan. Hindi kailanman naglalaman ang log ng isinulat ng mga residente.
audit-actor = Sino
audit-action = Aksiyon
audit-from = Mula
audit-to = Hanggang
audit-filter = I-filter
audit-caption = Mga naitalang aksiyon, pinakabago muna
audit-at = Kailan (UTC)
audit-target = Ano
audit-detail = Detalye
audit-none = Walang naitalang tumutugma sa mga filter na ito.
audit-older = Mas lumang tala

## Workshops ("you said, we did") and follow-up
unit-did-done = Tapos na
unit-did-planned = Nakaplanong matapos bago ang { $date }
workshops-title = Mga workshop
workshops-intro = Mga workshop ng sama-samang paglikha: magkakasamang nagpapasya ang mga pamilya, bata, kawani at katuwang kung ano ang babaguhin. Gumawa ng workshop, magpakita ng materyal, hayaang sumali ang mga kalahok gamit ang kanilang phone, at itala ang napagpasyahan.
workshops-caption = Mga workshop, pinakabago muna
workshops-none = Wala pang workshop.
workshop-new = Bagong workshop
workshop-title-label = Pamagat
workshop-scope = Tungkol sa
workshop-scope-unit = Isang yunit
workshop-scope-district = Isang distrito
workshop-scope-theme = Isang paksa
workshop-stage = Yugto
workshop-stage-planning = Pagpaplano
workshop-stage-development = Pagbuo
workshop-stage-decision = Pagpapasya
workshop-stage-evaluation = Pagsusuri
workshop-with-children = May mga bata o kabataang kasali
workshop-days = Ilang araw gumagana ang code
workshop-create = Gumawa ng workshop
workshop-code = Code
workshop-status = Status
workshop-date = Petsa
workshop-open = Bukas
workshop-closed = Sarado
workshop-join-at = Sumali sa { $link }
workshop-join-until = Puwedeng sumali ang mga bagong kalahok hanggang { $date } (UTC).
workshop-projector = View para sa projector
workshop-summary = Buod
workshop-close = Isara ang workshop
workshop-reopen = Buksan ulit
workshop-material = Materyal
workshop-no-material = Wala pang materyal. Magdagdag ng mga bilang ng tagapagpahiwatig, paksa o sipi.
workshop-quote-pending = Naghihintay ng pag-apruba mo: hindi pa ipinapakita
workshop-approve = Aprubahan
workshop-remove = Alisin
workshop-add = Idagdag
workshop-add-indicator = Mga bilang ng tagapagpahiwatig
workshop-add-theme = Paksa
workshop-quotes = Mga sipi mula sa isinulat ng mga tao
workshop-quotes-hint = Galing ang mga sipi sa mga nilinis na teksto tungkol sa yunit, distrito o paksa ng workshop na ito. Basahin ang bawat isa bago mo aprubahan: ang mga naaprubahang sipi lang ang ipinapakita.
workshop-quote-search = Mga salitang hahanapin
workshop-quotes-withheld = Masyadong kaunti ang teksto sa grupong ito para magpakita ng mga sipi.
workshop-use-quote = Gamitin ang siping ito
workshop-notes = Mga tala
workshop-participants = { $count ->
    [one] { $count } kalahok
   *[other] { $count } kalahok
}
workshop-participants-label = Mga kalahok
workshop-group-notes = Piliin ang mga talang magkakaugnay
workshop-in-proposal = nasa isang mungkahi
workshop-vote-count = { $count ->
    [one] { $count } boto
   *[other] { $count } boto
}
workshop-proposal-title = Mungkahi
workshop-make-proposal = Gumawa ng mungkahi mula sa mga napiling tala
workshop-proposals = Mga mungkahi
workshop-rating = may markang { $value } sa 5 mula sa { $count }
workshop-rating-few = { $count } marka pa lang (ipinapakita mula 3)
workshop-rating-hidden = Kulang pa ang marka
workshop-actions = Ang gagawin namin
workshop-action-what = Ano ang gagawin
workshop-action-who = Sino ang mananagot
workshop-action-due = Hanggang kailan
workshop-action-unit = Yunit kung saan ito ipinapakita
workshop-action-unit-same = Ang yunit ng workshop
workshop-action-unit-none = Walang yunit
workshop-action-themes = Mga paksang dapat nitong maapektuhan
workshop-action-indicators = Mga tagapagpahiwatig na dapat nitong maapektuhan
workshop-action-record = Itala ang hakbang
workshop-action-done = Markahang tapos na
workshop-action-reopen = Markahang hindi pa tapos
workshop-action-planned = Nakaplano
workshop-batched = Lumalabas ang mga resulta nang pangkat-pangkat, kaya hindi makikita ang boto ng sinumang isang tao.
workshop-votes-label = boto
workshop-theme = Paksa
workshop-few = Masyadong kaunti ang sagot para ipakita
workshop-enter-title = Sumali sa workshop
workshop-enter-intro = I-type ang code na nakikita mo sa screen.
workshop-enter-go = Sumali
workshop-join-intro = Maligayang pagdating! Dito, puwede mong isulat ang iniisip mo, at bumoto para sa pinakamahalaga sa iyo.
workshop-join-anonymous = Hindi mo ibibigay ang pangalan mo. Ang isusulat mo ay ipapakita sa screen nang walang pangalan.
workshop-join-role = Sumasali ako bilang
workshop-join = Sumali
workshop-role-parent = Magulang o tagapag-alaga
workshop-role-child = Bata
workshop-role-youth = Kabataan
workshop-role-staff = Kawani
workshop-role-partner = Katuwang
workshop-add-note = Sumulat ng tala
workshop-note-label = Ano sa tingin mo?
workshop-note-hint = Hanggang { $max } titik lang. Huwag magsulat ng pangalan o numero ng telepono.
workshop-note-send = Ipadala ang tala
workshop-no-notes = Wala pang tala.
workshop-votes-left = { $count ->
    [one] May { $count } boto ka pang natitira.
   *[other] May { $count } boto ka pang natitira.
}
workshop-vote = Iboto ito
workshop-unvote = Bawiin ang boto ko
workshop-rate = I-save ang marka ko
workshop-score-1 = 1 – hindi maganda
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – napakaganda
workshop-closed-note = Sarado na ang workshop. Salamat sa pagsali mo!
workshop-done-joined = Maligayang pagdating! Nakasali ka na.
workshop-done-note = Salamat, naitabi ang tala mo.
workshop-done-vote = Naitabi ang boto mo.
workshop-done-unvote = Nabawi ang boto mo.
workshop-done-rating = Naitabi ang marka mo.
workshop-error-title = May hindi tama
workshop-error-not-found = Wala kaming makitang workshop na may ganitong code. Tingnan ang code sa screen at subukan ulit.
workshop-error-closed = Sarado na ang workshop, kaya hindi ito naitabi. Salamat sa pagsali mo!
workshop-error-expired = Hindi na puwedeng gamitin ang code na ito para sumali. Humingi ng tulong sa facilitator.
workshop-error-too-fast = Napakabilis mong magpadala ng mga tala. Maghintay ng isang minuto at subukan ulit; nasa ibaba pa ang isinulat mo.
workshop-error-no-votes-left = Nagamit mo na ang lahat ng boto mo. Bawiin ang isang boto para maibigay ito sa ibang tala.
workshop-error-unavailable = Hindi ito mai-save ngayon. Subukan ulit maya-maya; nasa ibaba pa ang isinulat mo.
workshop-error-note = Sumulat ng tala na hanggang 500 titik lang.
workshop-error-score = Pumili ng marka mula 1 hanggang 5.
workshop-error-role = Piliin kung paano ka sumasali.
workshop-error-workshop-title = Sumulat ng pamagat.
workshop-error-material = Hindi puwedeng idagdag ang materyal na iyan.
workshop-error-proposal = Sumulat ng maikling pamagat para sa mungkahi.
workshop-error-action-what = Isulat kung ano ang gagawin.
workshop-error-action-who = Isulat kung sino ang mananagot.
workshop-error-action-due = Ilagay ang petsa kung kailan dapat itong matapos.
workshop-error-scope = Pumili ng yunit, distrito o paksang umiiral.
workshop-error-stage = Pumili ng yugto.
follow-up-title = Follow-up: may kinahinatnan ba ang sinabi ng mga tao?
follow-up-intro = Ang mga tagapagpahiwatig ng proseso sa mga plano: kung hiningi, itinala at ginamit ang pananaw ng mga bata (P1), kung umabot sa isang workshop ang mga paksang lumitaw sa feedback at kung natapos ang mga hakbang (P2), at kung aling mga yugto ng sama-samang paglikha ang sinaklaw ng bawat yunit (P3).
follow-up-p2 = Mga paksa at hakbang (P2)
follow-up-p2-reached = { $percent } % ng mga paksang lumitaw sa feedback ngayong taon ang umabot sa isang workshop.
follow-up-p2-none = Walang paksang lumitaw nang sapat na dalas ngayong taon para mabilang.
follow-up-p2-done = { $percent } % ng { $count } hakbang mula sa mga workshop ang tapos na.
follow-up-no-actions = Wala pang naitatalang hakbang mula sa mga workshop.
follow-up-themes-caption = Mga paksa sa nakaraang labindalawang buwan (ipinapakita ang mga teksto mula { $k })
follow-up-texts = Mga teksto
follow-up-workshops = Mga workshop
follow-up-actions = Mga hakbang
follow-up-done = Tapos na
follow-up-p1-p3 = Mga yunit: pananaw ng mga bata (P1) at mga yugtong nasaklaw (P3)
follow-up-units-caption = Bawat yunit: hiningi → itinala → ginamit, at mga yugto ng sama-samang paglikha
follow-up-asked = Hiningi
follow-up-documented = Itinala
follow-up-used = Ginamit
follow-up-stages = Mga yugto
follow-up-yes = Oo
follow-up-no = Hindi
staff-nav-catalogue = Katalogo
catalogue-title = Katalogo
catalogue-intro = Ang mga survey, ang mga tanong nila sa bawat wika, at ang mga yunit at lokasyon na kinabibilangan ng mga sagot. Bawat pagbabago ay isang may-numerong rebisyon: pinananatili ng mga naibigay nang sagot ang pananalitang ginamit nang itanong ang mga ito.
catalogue-places-title = Mga yunit at lokasyon
catalogue-surveys-caption = Mga survey
catalogue-survey = Survey
catalogue-audience = Para kanino
catalogue-questions = Mga tanong
catalogue-languages = Mga kumpletong wika
catalogue-unreviewed = Mga tekstong hindi pa nasusuri
catalogue-status = Katayuan
catalogue-retired-count = { $count ->
    [one] { $count } itinigil na tanong
   *[other] { $count } itinigil na tanong
}
catalogue-offered = Iniaalok
catalogue-withdrawn = Binawi
catalogue-revisions = Mga pinakabagong pagbabago
catalogue-revisions-intro = Nasa rebisyon { $revision } ang katalogo.
catalogue-revision = Rebisyon
catalogue-no-revisions = Walang nabago mula nang i-load ang default na katalogo.
catalogue-problems = Hindi na-save ang pagbabago
catalogue-survey-intro = Para sa: { $audience }. Dito idinadagdag ang mga tanong at sa sarili nilang pahina itinitigil; hindi kailanman nagbabago ang mga code nila.
catalogue-questions-caption = Mga tanong ayon sa pagkakasunod-sunod
catalogue-key = Code
catalogue-question-text = Tanong
catalogue-kind = Uri ng sagot
catalogue-missing = Mga kulang na wika
catalogue-required = Kailangan
catalogue-asked = Itinatanong
catalogue-retired = Itinigil
catalogue-survey-texts = Pamagat at panimula
catalogue-offer-survey = Ialok ang survey na ito
catalogue-incomplete = hindi kumpleto
catalogue-not-reviewed = hindi pa nasusuri
catalogue-survey-title = Pamagat
catalogue-survey-introduction = Panimula
catalogue-reviewed = Nasuri ng katutubong nagsasalita ng wika
catalogue-empty-removes = Kapag binura ang laman ng isang teksto, aalisin ang wikang iyon. Kailangan ang tekstong Norwegian (Bokmål): ito ang ginagamit ng lahat ng ibang wika kapag wala silang teksto.
catalogue-save = I-save
catalogue-add-question = Magdagdag ng tanong
catalogue-key-hint = Maliliit na titik, numero at gitling. Hindi na ito mababago mamaya.
catalogue-kind-scale5 = Limang mukha (hindi sang-ayon … sang-ayon)
catalogue-kind-scale3 = Tatlong mukha (hindi … oo)
catalogue-kind-yes-no = Oo, hindi, hindi sigurado
catalogue-kind-single = Isang pagpipilian
catalogue-kind-multi = Ilang pagpipilian
catalogue-kind-text = Malayang teksto
catalogue-section = Seksiyon
catalogue-question-text-nb = Tanong sa Norwegian (Bokmål)
catalogue-help-nb = Tulong na teksto sa Norwegian (Bokmål) (opsiyonal)
catalogue-choices = Mga pagpipilian (para lang sa isang pagpipilian at ilang pagpipilian)
catalogue-choices-hint = Isa bawat linya, bilang code = label, halimbawa: bus = Buss
catalogue-add-question-hint = Idinadagdag ang tanong sa dulo. Hangga't wala pa itong teksto sa isang wika, hindi iniaalok ang survey sa wikang iyon: idagdag ang mga salin sa pahina ng tanong.
catalogue-question-heading = Tanong { $key }
catalogue-question-intro = Baguhin ang pananalita sa bawat wika, markahan ang mga salin na nasuri ng katutubong nagsasalita, o itigil ang tanong.
catalogue-counts-for = binibilang para sa tagapagpahiwatig na { $indicator }
catalogue-ask-question = Itanong ang tanong na ito
catalogue-retire-hint = Hindi na itinatanong ang itinigil na tanong. Itinatabi ang mga sagot dito at binibilang pa rin sa mga tagapagpahiwatig.
catalogue-missing-text = walang teksto
catalogue-help = Tulong na teksto
catalogue-choice-label = Label para sa { $value }
catalogue-versioned-hint = Itinatabi ang pananalita bago ang pagbabago mo: ipinapakita ang mga naibigay nang sagot kasama ang tanong na itinanong noon.
catalogue-earlier = Mga dating pananalita
catalogue-earlier-caption = Mga pinalitang pananalita, kasama ang rebisyong pumalit sa mga ito
catalogue-language = Wika
catalogue-until = Pinalitan sa rebisyon
catalogue-no-earlier = Hindi pa nababago ang pananalita.
catalogue-places-intro = Ang mga yunit ay ang mga serbisyong sinasagutan ng mga pamilya; ang mga distrito at lugar ay kung saan sila matatagpuan. Hindi kailanman nagbabago ang mga code, dahil ginagamit ang mga ito ng mga link, poster at ulat. Hindi na tumatanggap ng sagot ang saradong yunit; itinatabi ang mga sagot nito.
catalogue-units = Mga yunit
catalogue-new-unit = Bagong yunit
catalogue-name = Pangalan
catalogue-service-kind = Serbisyo
catalogue-district = Distrito
catalogue-zone = Lugar
catalogue-open = Bukas
catalogue-closed = Sarado
catalogue-districts = Mga distrito
catalogue-unit-count = { $count ->
    [one] { $count } yunit
   *[other] { $count } yunit
}
catalogue-new-district = Bagong distrito
catalogue-add = Idagdag
catalogue-zones = Mga lugar
catalogue-new-zone = Bagong lugar
catalogue-zone-hint = Opsiyonal. Dapat nasa distrito ng yunit ang lugar.
catalogue-unit-open = Bukas: tumatanggap ng sagot
catalogue-unit-open-hint = Kapag isinara ang isang yunit, hihinto ang mga bagong sagot; itinatabi ang mga sagot at bilang nito.
catalogue-saved = Na-save bilang rebisyon { $revision }.
catalogue-unchanged = Walang binago.
catalogue-error-not-found = Wala iyan sa katalogo.
catalogue-error-invalid-slug = Ang code ay 2–60 character: maliliit na titik, numero, gitling o underscore.
catalogue-error-taken = May gumagamit na ng code na iyan.
catalogue-error-invalid-name = Sumulat ng pangalang hindi hihigit sa 120 character.
catalogue-error-default-text-required = Kailangan ang teksto sa Norwegian (Bokmål).
catalogue-error-too-long = Masyadong mahaba ang isang teksto.
catalogue-error-unknown-service-kind = Pumili ng serbisyo.
catalogue-error-unknown-district = Pumili ng distrito.
catalogue-error-zone-outside-district = Wala sa distritong iyon ang lugar.
catalogue-error-unknown-kind = Pumili ng uri ng sagot.
catalogue-error-choices-needed = Magbigay ng dalawa o higit pang magkakaibang pagpipilian, isa bawat linya, bilang code = label.
catalogue-error-second-text-question = May tanong na malayang teksto na ang survey.
catalogue-error-title-kept = Hindi maaaring alisin ang pamagat sa isang wika. Para itigil ang pag-aalok ng survey sa isang wika, alisin ang teksto ng isang tanong sa wikang iyon.
catalogue-error-unavailable = Hindi mai-save ang katalogo ngayon. Walang nabago; pakisubukan ulit.
login-oidc = Mag-sign in gamit ang { $provider }
login-oidc-refused-title = Walang access sa stemme
login-oidc-refused-body = Ang iyong account sa munisipyo ay hindi nagbibigay ng tungkulin sa stemme. Hilingin sa administrator na idagdag ka sa isang grupong nagbibigay ng tungkulin.
login-oidc-failed-title = Hindi gumana ang pag-sign in
login-oidc-failed-body = Hindi gumana ang pag-sign in sa pamamagitan ng serbisyo ng pag-sign in ng munisipyo. Bumalik sa pahina ng pag-sign in at subukang muli.

# Disclosure control: what protected figures mean.
hidden-too_few = Masyadong kaunti ang sagot (mababa sa { $k })
hidden-uniform = Nakatago: pare-pareho ang sagot ng lahat
figures-protected = Protektado ang mga numero: maaaring maiba nang ilang sagot ang bawat bilang sa eksaktong bilang, kaya walang makakakalkula ng maliit na grupo.
figures-protected-link = Ano ang ibig sabihin nito?
figures-so-far = sa ngayon
protection-title = Paano pinoprotektahan ang mga numero
protection-why = Sumasagot ang mga pamilya nang hindi nagpapakilala. Para walang makaalam kung paano sumagot ang isang maliit na grupo, kahit sa pagbabawas ng isang numero sa iba, protektado ang bawat numerong ipinapakita.
protection-noise-heading = Maliit na paglihis sa bawat bilang
protection-noise = May maliit at hindi nagbabagong paglihis ang bawat bilang na hindi hihigit sa { $noise } sagot, kadalasan 0 o 1. Laging pareho ang paglihis ng parehong mga sagot, paano man itanong. Pero ang pagkakaiba ng dalawang numero, halimbawa isang distrito bawas ang mga sona nito, ay hindi kailanman nagsasabi nang eksakto kung ilan ang nasa maliit na grupo. Kinakalkula ang mga bahagdan at agwat ng kawalang-katiyakan mula sa mga protektadong bilang.
protection-hidden-heading = Mga numerong hindi ipinapakita
protection-too-few = may mas kaunti sa { $k } sagot ang grupo, o napakakaunti kaya bumababa sa { $k } ang bilang kasama ang paglihis.
protection-uniform = sa maliit na grupo (mababa sa doble ng { $k } sagot) sasabihin ng 0 % o 100 % kung ano ang isinagot ng bawat isa.
protection-periods-heading = Buong buwan
protection-periods = Sinasaklaw ng mga view ang buong buwan hanggang sa huling natapos. Ipinapakita lang ang kasalukuyang buwan kapag pinili mo ito, at may markang "sa ngayon".
protection-published = Ang ipinapakita sa labas ng munisipyo (ang pampublikong pahina ng yunit at ang taunang ulat) ay may mga grupong may hindi bababa sa { $published_k } sagot lamang.
login-expired = Nag-expire na ang form sa pag-sign in o galing ito sa ibang site. I-type muli ang username at password.

# API tokens on the users page.
tokens-title = Mga API token
tokens-hint = Gumawa ng token gamit ang "stemme token create --user USERNAME --name NAME". Humihinto ang token ng isang user kapag na-disable ang user.
token-name = Pangalan
token-owner = Pag-aari ni
token-created = Ginawa
token-expires = Mag-e-expire
token-never = hindi kailanman
token-status = Katayuan
token-status-active = gumagana
token-status-expired = expired
token-status-revoked = binawi
token-status-owner_disabled = naka-disable ang user
token-revoke = Bawiin
token-revoked = Binawi ang token.
workshop-error-quote = Mga sipi lamang mula sa sariling listahan ng workshop ang maidaragdag: mga teksto mula sa yunit, distrito o tema nito.

# Recordings of questions (catalogue admin)
catalogue-recordings = Mga recording
catalogue-recordings-intro = Pinapatugtog ang recording sa halip na boses ng telepono kapag pinindot ang “Basahin nang malakas”. Mag-upload ng MP3, Ogg, M4A, WebM o WAV, hanggang 2 MB. Kapag binago ang teksto ng tanong sa isang wika, o hindi na itinatanong ang tanong, aalisin ang recording nito.
catalogue-recording-none = Wala pang recording.
catalogue-recording-upload = I-upload ang recording
catalogue-recording-remove = Alisin ang recording
catalogue-recording-file = Recording sa { $lang }
catalogue-recording-not-audio = Hindi recording na kayang patugtugin ng stemme ang file. Gumamit ng MP3, Ogg, M4A, WebM o WAV.
catalogue-recording-too-large = Hanggang 2 MB lamang ang recording.
catalogue-recording-no-text = Isulat muna ang tanong sa wikang ito bago magdagdag ng recording.

# An answer sent without signal (form.js)
offline-kept = Wala kang internet. Nakatago ang iyong mga sagot dito sa telepono at kusang ipapadala pagbalik ng internet. Iwanang bukas ang pahina kung kaya mo.
offline-sending = May internet na ulit. Ipinapadala na ang iyong mga sagot …

# The thank-you page of the children's forms
thanks-child-title = Salamat! Nasabi mo na ang iniisip mo.
thanks-child-body = Naipadala na ang sagot mo. Babasahin ito ng matatanda sa munisipyo at susubukan nilang pagandahin ang mga bagay para sa mga bata.
thanks-next-child = Susunod na bata
thanks-next-child-hint = Ipapasa mo ba ang telepono o tablet? Makakakuha ang susunod na bata ng bagong form, at walang makakakita ng isinagot ng batang ito.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] Enero–Marso
    [2] Abril–Hunyo
    [3] Hulyo–Setyembre
    *[4] Oktubre–Disyembre
} { $year }
unit-none-yet = Wala pang sapat na sagot para maipakita ang mga bilang nang walang makikilala. Sa ibaba makikita mo ang ginawa pagkatapos ng sinabi ng mga pamilya.

# The privacy notice (/personvern) and the footer
privacy-title = Privacy
privacy-intro = Ganito namin iniingatan ang iyong mga sagot. Sumasagot ka nang hindi nagpapakilala: hindi namin kailanman itatanong ang pangalan mo.
privacy-h-who = Sino ang may pananagutan
privacy-who = Ang { $municipality } ang may pananagutan sa mga sagot.
privacy-contact = Mga tanong tungkol sa privacy: { $contact }
privacy-contact-none = Maaari mong tanungin ang data protection officer ng munisipyo tungkol sa privacy.
privacy-h-why = Bakit kami nagtatanong
privacy-why = Para malaman kung gumagana ang tulong na natatanggap ng mga pamilya at bata, at para magpasya kasama ng mga pamilya kung ano ang babaguhin. Bahagi ito ng pampublikong tungkulin ng munisipyo (GDPR Artikulo 6(1)(e)).
privacy-h-stored = Ano ang iniimbak namin, at sino ang nakakakita
privacy-stored = Iniimbak namin ang iyong mga sagot, kung aling serbisyo at wika ang mga ito, at ang buwan kung kailan ka sumagot. Hindi namin iniimbak ang pangalan mo, ang IP address mo, o anumang nagsasabi kung sino ka. Ang isinulat mo sa sarili mong salita ay iniimbak kung paano mo ito isinulat, pero ang administrator lamang ng munisipyo ang makakabasa nito nang ganoon. Nakikita ng lahat ng iba pang kawani ang teksto na tinanggalan ng mga pangalan, numero ng telepono at address, at nakakakita lamang sila ng mga bilang para sa mga grupong may hindi bababa sa limang sagot.
privacy-h-kept = Gaano katagal
privacy-kept-months = Binubura ang mga sagot pagkatapos ng { $months } buwan.
privacy-kept-forever = Iniingatan ang mga sagot habang ginagamit ito ng munisipyo para subaybayan ang mga serbisyo nito, at binubura kapag hindi na kailangan.
privacy-h-rights = Ang iyong mga karapatan
privacy-rights = Dahil hindi namin alam kung sino ka, hindi namin mahahanap ang isang partikular na sagot mo. Maaari kang magreklamo sa Norwegian Data Protection Authority (datatilsynet.no) kung sa tingin mo ay hindi namin iniingatan nang tama ang impormasyon.
footer-accessibility = Pahayag sa accessibility

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Hindi ito para sa akin
choice-na-child = Hindi ko alam
