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
what-happens-body = Pinagsasama-sama ang mga sagot ng maraming pamilya. Makikita lang ng mga kawani ang mga numero kapag marami nang sumagot, at hindi kailanman ang sagot ng isang pamilya. Tinatanggal ang mga pangalan at numero sa isinulat mo bago ito basahin ng sinuman. Ginagamit ang mga sagot para pagbutihin ang mga serbisyo, sa mga pulong kung saan sama-samang nagpapasya ang mga pamilya at kawani kung ano ang babaguhin.
footer-privacy = Anonymous: walang pangalan, address o network address na itinatago kasama ng mga sagot.

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
scale5-child-3 = Hindi ko alam
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
dashboard-window-edge = Masyadong kaunti ang sagot sa una o huling buwan ng panahon para maipakita ito nang hiwalay, kaya hindi rin maipapakita ang panahon. Pumili ng panahong nagtatapos nang isang buwan na mas maaga.

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
