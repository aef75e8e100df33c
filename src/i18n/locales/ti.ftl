# Interface texts for stemme, Tigrinya. Machine-made translation, not yet checked by a native speaker.
# Plain, everyday words, Eritrean usage. The reader is addressed with the plural "ንስኹም" (gender-neutral and polite).

app-name = Stemme
skip-to-content = ናብቲ ትሕዝቶ ሕለፉ
language-switcher = ቋንቋ
language-unavailable = እዚ ገጽ ብዝሓተትኩምዎ ቋንቋ ({ $code }) ገና ኣይተዳለወን። ስለዚ ኣብ ክንድኡ ብዚ ቋንቋ ይርአ ኣሎ።

## መእተዊ ገጽ
home-title = እቲ ሓገዝ ሓጊዙኩም ዶ?
home-intro = እቲ ዝረኸብኩምዎ ሓገዝ ጠቓሚ እንተነይሩ ንምምሕዳር ከተማ ንገሩ። ብዘይ ስም ኢኹም ትምልሱ፣ ሒደት ደቓይቕ ጥራይ ይወስድ።
home-choose-form = ቅጥዒ ምረጹ
home-for-staff = ንሰራሕተኛታትን መሻርኽትን
home-no-forms = ሕጂ ዝምለስ ቅጥዒ የለን።

## ብዘይ ስምን ውልቃዊ ምስጢርን
anonymous-heading = መልስኹም ብዘይ ስም እዩ
anonymous-body = ስምኩም ኣይንሓትትን ኢና። መን ምዃንኩም ወይ ካበይ ከም እትምልሱ ኣይንዕቅብን ኢና፣ መልስኹም ድማ ፈጺሙ ናብ ፋይል ጉዳይኩም ኣይኣቱን።
what-happens-summary = መልሰይ እንታይ ይኸውን?
what-happens-body = መልስታት ብዙሓት ስድራቤታት ይእከቡ። ሰራሕተኛታት ቍጽርታት ንጉጅለታት ብዙሓት ዝመለሱሎም ጥራይ ይርእዩ፡ ሓንቲ ስድራቤት ከመይ ከም ዝመለሰት ፈጺሞም ኣይርእዩን። ብቓላትኩም ዝጸሓፍኩምዎ ሰራሕተኛታት ከንብብዎ ይኽእሉ፡ ግን ኣስማትን ቁጽርታትን ተሰሪዞም፡ መን ከም ዝጸሓፎ ከይፈለጡ። መልስታት ኣገልግሎታት ንምምሕያሽ ይጥቀሙሎም፡ ኣብ ስድራቤታትን ሰራሕተኛታትን ብሓባር እንታይ ክቕየር ከም ዘለዎ ዝውስኑሉ ኣኼባታት።
footer-privacy = ብዘይ ስም ትምልሱ፡ ስም ወይ IP ኣድራሻ ኣይንዕቅብን፡ ሰራሕተኛታት ድማ ዝጸሓፍኩምዎ ኣስማትን ቁጽርታትን ተሰሪዞም ይርእይዎ።

## ቅጥዒ
answering-about = ብዛዕባ እዚ ኢኹም ትምልሱ ዘለኹም፦
choose-unit = ብዛዕባ ኣየናይ ኣገልግሎት ኢኹም ትምልሱ?
choose-unit-placeholder = ኣገልግሎት ምረጹ
section-progress = ክፋል { $current } ካብ { $total }
progress-answered = ካብ { $total } ሕቶታት { $answered } ተመሊሶም
required-mark = ክምለስ ኣለዎ
skip-hint = ምልክት «ክምለስ ኣለዎ» ዘይብሉ ዝኾነ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
role-question = ከም መን ኢኹም ትምልሱ ዘለኹም?
role-skip = ክነግር ኣይደልን
role-parent = ወላዲ ወይ ኣላዪ
role-next_of_kin = ቀረባ ኣባል ስድራ
role-client = ሓገዝ ዝረኸበ ሰብ
role-resident = ኣብቲ ከባቢ ዝነብር ሰብ
role-participant = ኣብ ሕብረተሰብ ከባቢ ዝሳተፍ ሰብ
role-pupil = ተምሃራይ
role-staff = ሰራሕተኛ
role-partner = መሻርኽቲ ትካል
scale5-1 = ፈጺመ ኣይሰማማዕን
scale5-2 = ኣይሰማማዕን
scale5-3 = ማእከላይ
scale5-4 = እሰማማዕ
scale5-5 = ብጣዕሚ እሰማማዕ
scale3-1 = ኣይፋል
scale3-2 = ቁሩብ
scale3-3 = እወ
yes_no-yes = እወ
yes_no-no = ኣይፋል
yes_no-unsure = ርግጸኛ ኣይኮንኩን
text-limit = ክሳብ { $max } ፊደላት፣ ብዝደለኹምዎ ቋንቋ ክትጽሕፉ ትኽእሉ ኢኹም።
submit = መልሰይ ስደድ

## ኣብቲ ቅጥዒ ዘለዉ ጌጋታት
form-has-errors = { $count ->
    [one] ቅድሚ እቲ መልሲ ምስዳዱ ክእረም ዘለዎ ሓደ ነገር ኣሎ።
   *[other] ቅድሚ እቲ መልሲ ምስዳዱ ክእረሙ ዘለዎም { $count } ነገራት ኣለዉ።
}
form-kept = ዝመላእኩምዎ ተዓቂቡ ኣሎ።
error-required = በጃኹም ነዚ ሕቶ መልሱ።
error-choice = በጃኹም ካብቶም ዝተራእዩ መልስታት ሓደ ምረጹ።
error-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ፦ { $count } ፊደላት ኣለዎ፣ ዝበዝሐ { $max } ጥራይ እዩ ዝኣቱ።
error-unit = በጃኹም ብዛዕባኡ ትምልሱ ዘለኹም ኣገልግሎት ምረጹ።
error-role = በጃኹም ካብቶም ዝተራእዩ ተራታት ሓደ ምረጹ፣ ወይ «ክነግር ኣይደልን»።
error-rate-limited = ሕጂ ካብ መርበብኩም ብዙሓት መልስታት ይመጽእ ኣሎ። በጃኹም ሓንቲ ደቒቕ ተጸበዩ፣ ደጊምኩም ስደዱ።
error-unavailable = ሕጂ መልስኹም ክንዕቅቦ ኣይከኣልናን። ኣብዚ ገጽ ዝጠፍአ ነገር የለን፦ በጃኹም ድሕሪ ቁሩብ ደጊምኩም ክትሰዱ ፈትኑ።

## ገጽ ምስጋና
thanks-title = የቐንየልና!
thanks-body = መልስኹም ተዓቂቡ ኣሎ።
thanks-next = መልስኹም ምስ መልስታት ካልኦት ስድራቤታት ብሓባር ይእከብ። ምምሕዳር ከተማ ነዞም መልስታት፣ እንታይ ከም ዝሰርሕ ንምፍላጥን ምስ ስድራቤታት ብሓባር እንታይ ክቕየር ከም ዘለዎ ንምውሳንን ይጥቀመሎም።
thanks-another = ብዛዕባ ካልእ ኣገልግሎት መልሱ
back-home = ናብ መጀመርታ ተመለሱ

## ገጻት ጌጋ
error-title = ገለ ጌጋ ኣጋጢሙ
error-body = ዝሓተትኩምዎ ክንገብሮ ኣይከኣልናን። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
not-found-title = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
not-found-body = እቲ ሊንክ ኣረጊት ወይ ብጌጋ ዝተጻሕፈ ክኸውን ይኽእል።

## ቅጥዕታት ቆልዑን ብዓው ኢልካ ምንባብን
read-aloud = ብዓው ኢልካ ኣንብበለይ
read-aloud-stop = ምንባብ ኣቋርጽ
question-progress = ሕቶ { $current } ካብ { $total }
next-question = ዝቕጽል ሕቶ
assisted-heading = ነቲ ዓቢ ሰብ
assisted-by-question = ነቲ ቆልዓ ክምልስ ዝሕግዞ ዘሎ መን እዩ?
role-other_adult = ካልእ ዓቢ ሰብ
child-skip-hint = ክትምልሱ እንተዘይደሊኹም፣ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
scale3-child-1 = ኣይፋል
scale3-child-2 = ቁሩብ
scale3-child-3 = እወ
scale5-child-1 = ኣይፋል፣ ፈጺሙ
scale5-child-2 = ብዙሕ ኣይኮነን
scale5-child-3 = ሓደ ሳዕ እወ፡ ሓደ ሳዕ ኣይፋል
scale5-child-4 = እወ፣ መብዛሕትኡ
scale5-child-5 = እወ፣ ብጣዕሚ

## ፖስተራት
poster-scan = ንምምላስ፣ ነቲ ኮድ ብካሜራ ሞባይልኩም ስካን ግበሩ።
poster-or-type = ወይ ድማ ነዚ ኣድራሻ ጽሓፉ፦
posters-title = ፖስተራት ንመንደቕ
posters-intro = ስድራቤታት ብናይ ገዛእ ርእሶም ሞባይል ክምልሱ ምእንቲ ክኽእሉ፣ QR ኮድ ዘለዎ ዕድመ ሕተሙ። ስድራቤታትኩም ዘንብብዎ ቋንቋታት ምረጹ።
posters-languages = ቋንቋታት ኣብቲ ፖስተር
posters-size = ዓቐን ወረቐት
posters-make = ፖስተር ኣዳልዉ

## ዝተደምሰሰ ውልቃዊ ሓበሬታ (ኣብ ክንዲ እቲ ዝተደምሰሰ ዝርአ)
pii-fnr = መለለዪ ቁጽሪ
pii-account = ቁጽሪ ሕሳብ
pii-phone = ተሌፎን
pii-email = ኢመይል
pii-address = ኣድራሻ
pii-name = ስም

## መእተዊ ሰራሕተኛታት
login-title = ምእታው
login-submit = እተዉ
login-failed = ስም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ።
logout = ውጹ
signed-in-as = ኣቲኹም ኣለኹም፦ { $name } ({ $role })
forbidden-title = ፍቓድ የብልኩምን
forbidden-body = ብተራኹም ናብዚ ገጽ ክትኣትዉ ኣይትኽእሉን ኢኹም።
staff-nav-search = ኣብ ጽሑፋት ድለዩ
staff-nav-posters = ፖስተራት

## ኣብ ናጻ ጽሑፍ ምድላይ
search-title = ስድራቤታት እንታይ ይጽሕፉ
search-intro = ስድራቤታት ብናይ ገዛእ ርእሶም ቃላት ኣብ ዝጸሓፍዎ ድለዩ። ኣስማት፣ ቁጽርታትን ኣድራሻታትን ተደምሲሶም እዮም።
search-query-label = መድለዪ ቃላት
search-query-hint = ብዝኾነ ካብዞም ቋንቋታት ዝተጻሕፈ ቃላት። ካልእ ቅርጺ ናይቲ ቃል እውን ይርከብ።
search-submit = ድለዩ
search-filters = ምርጫ ኣጽብቡ
search-any = ኩሉ
search-filter-lang = ቋንቋ
search-filter-unit = ኣገልግሎት
search-filter-district = ክፋል ከተማ
search-filter-zone = ከባቢ
search-filter-survey = ቅጥዒ
search-filter-audience = መን መለሰ
search-filter-theme = ኣርእስቲ
search-filter-from = ካብ ወርሒ
search-filter-to = ክሳብ ወርሒ
search-total = { $count ->
    [one] { $count } ጽሑፍ ተረኺቡ
   *[other] { $count } ጽሑፋት ተረኺቦም
}
search-no-hits = ምስቲ ምድላይ ዝሰማማዕ ጽሑፍ የለን። ካልእ ቃል ወይ ዝዓበየ ምርጫ ፈትኑ።
search-withheld-title = እቶም ጽሑፋት ኣይርኣዩን
search-withheld = ኣብቲ ዝመረጽኩምዎ ምርጫ ዘለዉ መልስታት ካብ { $k } ዝውሕዱ እዮም። ከምዚ ምስ ዝኸውን ሓንቲ ስድራቤት ክትፍለጥ ትኽእል፣ ስለዚ እቶም ጽሑፋት ኣይርኣዩን። ዝዓበየ ምርጫ ምረጹ፣ ንኣብነት ዝበዝሑ ኣዋርሕ ወይ ምሉእ ክፋል ከተማ።
search-facets = ምክፍፋል ጽሑፋት
search-facet-few = ካብ { $k } ዝውሕድ
search-total-few = ካብ { $k } ዝውሕዱ ጽሑፋት ይሰማምዑ
search-hit-language = ቋንቋ
search-hit-period = እዋን
search-hit-unit = ኣገልግሎት
search-lang-und = ቋንቋ ኣይተፈልጠን
search-declared-language = ቋንቋ ቅጥዒ፦ { $lang }
search-more = ተወሳኺ ኣርእዩ
search-facet-service_kind = ዓይነት ኣገልግሎት
search-rebuilding = ምድላይ ብሓድሽ ይስራሕ ኣሎ፦ { $percent } % ተወዲኡ። ክሳብ ዝውዳእ ገለ ጽሑፋት ይጎድሉ።
audience-parent = ወለዲ
audience-child_4_7 = ቆልዑ 4–7 ዓመት
audience-child_8_12 = ቆልዑ 8–12 ዓመት
audience-youth_13_18 = መንእሰያት 13–18 ዓመት
audience-partner = መሻርኽቲ
lang-da = ዴንማርክኛ
lang-sv = ስዊድንኛ

## መመልከቲታት ንኣዳለውቲ መደብ
staff-nav-dashboard = መመልከቲታት
dashboard-title = መመልከቲታት
dashboard-intro = ብኣወንታ ዝምልሱ ሰባት ብጽሒት፣ ምስ 95 % ናይ ዘይርጉጽነት ክልል። ካብ { $k } ዝወሓደ መልሲ ዘለዎም ጉጅለታትን ንዕኦም ክቃልዑ ዝኽእሉ ቁጽርታትን ኣይርኣዩን።
dashboard-core = እቲ ሓገዝ ሓጊዙዶ?
dashboard-by-district = ብክፋል ከተማ
dashboard-by-zone = ብከባቢ
dashboard-trend = ለውጢ ብግዜ
dashboard-grain = ንውሓት ግዜ
grain-month = ወርሒ
grain-quarter = ርብዒ ዓመት
grain-year = ዓመት
dashboard-show = ኣርኢ
dashboard-table = እቶም ቁጽርታት ብሰንጠረዥ
dashboard-no-data = ኣብዚ ግዜ እዚ መልሲ የለን።
dashboard-themes = ኣብቲ ስድራቤታት ዝጽሕፍዎ ዘለዉ ኣርእስታት
dashboard-change = ካብ ዝሓለፈ ግዜ ለውጢ፦ { $change } ነጥቢ ሚእታዊት
dashboard-change-real = (ካብ ዘይርጉጽነት ዝዓቢ)
dashboard-change-noise = (ኣብ ውሽጢ ዘይርጉጽነት)
table-group = ጉጅለ
table-share = ብጽሒት ኣወንታዊ መልስታት
table-interval = ዘይርጉጽነት (95 %)
table-n = ብዝሒ መልስታት
dashboard-registry = ቁጽርታት መዝገብ፣ ኣብ ጎኒ እቲ ስድራቤታት ባዕሎም ዝምልስዎ
dashboard-self-report = ናይ ስድራቤታት ባዕሎም መልስታት (ብጽሒት ኣወንታዊ)
registry-city = ምሉእ ከተማ
table-value = ዋጋ
table-source = ምንጪ
unit-title = ስድራቤታት ዝበልዎ
unit-intro = እቶም ኣብ { $name } ሓገዝ ዝረኸቡ ስድራቤታት፣ ኣብ ዝሓለፉ ኣርባዕተ ምሉኣት ርብዒ ዓመታት ከምዚ ኢሎም መሊሶም። ሓደ ሰብ እኳ ምእንቲ ከይፍለጥ፣ ቁጽርታት ነቶም እንተወሓደ { $k } መልስታት ዘለዎም ጉጅለታት ጥራይ ኢና ነርኢ።
unit-few = ካብ { $k } ዝውሕድ መልሲ – ኣይርኣዩን
unit-said = ንስኻትኩም ዝበልኩምዎ
unit-quarter = ርብዒ ዓመት
unit-agree = እወ ይብሉ
unit-did = ንሕና ዝገበርናዮ
unit-did-none = ኣብዚ፣ ስድራቤታትን ሰራሕተኛታትን ኣብ ዓውደ ስራሕ ዝሰማምዕሉ ስጉምትታት ክቐርብ እዩ። ክሳብ ሕጂ ዝተመዝገበ ስጉምቲ የለን።
unit-answer = ነቲ ሕቶታት መልሱ
thanks-see-unit = ስድራቤታት ብዛዕባ { $name } እንታይ ከም ዝበሉ ርኣዩ
report-voice = ድምጺ ስድራቤታት፦ እቲ ሓገዝ ይሕግዝ
dashboard-report = ዓመታዊ ጸብጻብ
dashboard-report-intro = ሰንጠረዣት ንበጀት ኩነታት መነባብሮን ንዓመታዊ ጸብጻብን፦ ንነፍሲ ወከፍ ዓውዲ ውጽኢት ሓደ ሰንጠረዥ፣ ምስ ናይ ስድራቤታት ባዕሎም መልስታት፣ ቁጽርታት መዝገብን ኣብ ውሽጢ ዓመት ዘሎ ምዕባለን። እቲ ጸብጻብ ከም ዝተሓትመ ይቑጸር፦ ካብ { $k } ዝንእሱ ጉጅለታት ኣይርኣዩን፣ ምሉኣት ኣዋርሕ ጥራይ ይኣትዉ።
dashboard-report-year = ዓመት
dashboard-report-xlsx = ኣውርድ (Excel)
dashboard-report-csv = ዓመታዊ ጸብጻብ { $year } ብ CSV ኣውርድ
dashboard-theme-trend = ኣርእስታት ብርብዒ ዓመት
dashboard-theme-trend-hint = ነቲ ኣርእስቲ ዝጠቕሱ ጽሑፋት፣ ከምኡ'ውን ካብ ኩሎም ጽሑፋት እቲ ርብዒ ዓመት ዘለዎም ብጽሒት። – ንምርኣይ ዝኣክል ጽሑፋት የለን ማለት እዩ።
staff-nav-themes = ኣርእስታት
themes-title = ኣርእስታት
themes-intro = ስድራቤታት ዝጽሕፉሉ ኣርእስታት፣ ምስቶም ንጽሑፋት ዝምልክቱ መድለዪ ቃላት። ሓደ ኣርእስቲ ምስ እትቕይሩ፣ ኩሎም ዝተዓቀቡ ጽሑፋት ድሕሪ ሓጺር ግዜ ብሓድሽ ይምልከቱ።
themes-caption = ኣርእስታት፣ መድለዪ ቃላትን ምልክታቶም ክንደይ ግዜ ከም ዝተረጋገጹ ወይ ከም ዝተነጽጉን
themes-new = ሓድሽ ኣርእስቲ
themes-edit = ኣርእስቲ ቀይሩ
themes-confirmed = ተረጋጊጹ
themes-rejected = ተነጺጉ
themes-precision = ልክዕነት
theme-name = ስም
theme-terms = መድለዪ ቃላት
theme-terms-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ መድለዪ ቃል (ወይ ብ «,» ተፈልዮም)። እቶም ቃላት ኣብ ቋንቋ እቲ ጽሑፍ ካልእ ቅርጺ ናይቲ ቃል እውን ይረኽቡ።
theme-code = ኮድ
theme-code-hint = ንኣሽቱ ፊደላት a–z፣ ቁጽርታት፣ - ከምኡ'ውን _። እቲ ኮድ ደሓር ክቕየር ኣይክእልን እዩ።
theme-form-intro = ብእትፈልጥዎም ቋንቋታት ኣስማትን መድለዪ ቃላትን ጸሓፉ። ብኖርወይኛ (bokmål) ዝተጻሕፈ ስምን እንተወሓደ ሓደ መድለዪ ቃልን የድልዩ።
theme-problems = እቲ ኣርእስቲ ኣይተዓቀበን
theme-save = ዓቕቡን ጽሑፋት ብሓድሽ ምልክቱን
theme-cancel = ሰርዙ
theme-saved = { $name } ተዓቂቡ ኣሎ። ጽሑፋት ሕጂ ብሓድሽ ይምልከቱ ኣለዉ።
staff-nav-indicators = መመልከቲታት
indicators-title = መመልከቲታት
indicators-intro = እቶም መልስታት ዝቑጸሩሎም መመልከቲታት፦ ናብ ኣየናይ ትልሚ ከም ዝጸብጽቡ፣ ኣብ ኣየናይ ዓውዲ ውጽኢት ከም ዝምደቡ፣ ከምኡ'ውን ኣየኖት ሕቶታትን መልስታትን ከም ኣወንታዊ ከም ዝቑጸሩ።
indicator-plan = ትልሚን ዓውዲ ትኹረትን
indicator-outcome = ዓውዲ ውጽኢት
indicator-no-outcome = የለን
indicator-questions = ዝቑጸሩ ሕቶታት
indicator-positive = ኣወንታዊ መልስታት
indicator-no-questions = ክሳዕ ሕጂ ኣብዚ መመልከቲ ዝቑጸር ሕቶ የለን።
indicator-questions-hint = ኣየኖት ሕቶታት ከም ዝቑጸሩ ኣብ ቅጥዕታት ይውሰን። ሓደ ሕቶ ምስ ዝቕየር፣ እቶም ቁጽርታት ባዕሎም ብሓድሽ ይሕሰቡ።
indicator-problems = እቲ መመልከቲ ኣይተዓቀበን
indicator-save = ዓቕቡ
indicator-saved = { $name } ተዓቂቡ ኣሎ።
staff-nav-registry = ቁጽርታት መዝገብ
registry-title = ቁጽርታት ካብ መዛግብቲ
registry-intro = ካብ microdata.no፣ SSB፣ Bufdir ወይ KOSTRA ዝተረኽቡ ቁጽርታት ከም CSV ፋይል ምስ ዓምድታት indicator፣ area፣ period፣ value ከምኡ'ውን source (ኣድላዪ እንተኾይኑ ድማ note) ስቐሉ። እቶም ቁጽርታት ኣብ ጎኒ ናይ ስድራቤታት ባዕሎም መልስታት ንተመሳሳሊ ዓውዲ ውጽኢት ይርኣዩ። ምሉእ ፋይል ይዕቀብ፣ ወይ ከኣ ገለ እኳ ኣይዕቀብን።
registry-file = CSV ፋይል
registry-file-hint = ንኣብነት docs/registry-example.csv ርኣዩ። ካብ 5 MB ክበዝሕ የብሉን።
registry-upload = ስቐል
registry-imported = ዝተዓቀቡ ቁጽርታት፦ { $count }።
registry-problems = ገለ እኳ ኣይተዓቀበን። ነዞም መስመራት ኣርምዎም፣ ነቲ ፋይል ድማ ብሓድሽ ስቐልዎ፦
registry-line = መስመር { $line }
registry-stored = ዝተዓቀቡ ቁጽርታት
registry-indicator = መመልከቲ
registry-none = ክሳብ ሕጂ ዝተሰቕለ ቁጽሪ የለን።

## Staff accounts, sessions and the audit log
login-username-label = ስም ተጠቃሚ
login-password-label = መሕለፊ ቃል
staff-nav-follow-up = ክትትል
staff-nav-workshops = ዓውደ ስራሓት
staff-nav-users = ተጠቀምቲ
staff-nav-audit = መዝገብ ተግባራት
staff-nav-account = ኣካውንትኹም
staff-role-admin = ኣመሓዳሪ
staff-role-planner = መደብ ኣውጻኢ
staff-role-facilitator = ኣመቻቺ ዓውደ ስራሕ
staff-role-unit-lead = ሓላፊ ኣሃዱ
users-title = ተጠቀምቲ
users-caption = ኣካውንትታት ሰራሕተኛታት
user-username = ስም ተጠቃሚ
user-username-hint = 2–32 ምልክታት፦ ንኣሽቱ ፊደላት፣ ቁጽርታት፣ ነጥቢ፣ - ወይ _።
user-display-name = ስም
user-role = ተራ
user-units = ኣሃዱታት
user-units-hint = ንሓለፍቲ ኣሃዱ ጥራይ፦ ከንብብዎም ዝኽእሉ ኣሃዱታት፣ ብኮማ ተፈልዮም።
user-password = መሕለፊ ቃል
user-password-hint = ዝተፈጥረ መሕለፊ ቃል ክትረኽቡ ባዶ ግደፍዎ፤ ሓንሳብ ጥራይ እዩ ዝርአ።
user-status = ኩነታት
user-actions = ተግባራት
user-active = ንጡፍ
user-disabled = ተዓጽዩ
user-disable = ዕጸዉ
user-enable = ክፈቱ
user-reset = ሓድሽ መሕለፊ ቃል
user-save-role = ተራ ዓቕቡ
user-new = ሓድሽ ኣካውንት
user-create = ኣካውንት ፍጠሩ
user-created = እቲ ኣካውንት ተፈጢሩ።
user-changed = እቲ ኣካውንት ተቐይሩ።
user-new-password = መሕለፊ ቃል ናይ { $name }፣ ሕጂ ጥራይ እዩ ዝርአ። ብኣካል ወይ ብተሌፎን ሃብዎ፤ ምስ ኣተወ ክቕይሮ ይግባእ።
user-error-invalid-username = ስም ተጠቃሚ 2–32 ምልክታት ይህልዎ፦ ንኣሽቱ ፊደላት፣ ቁጽርታት፣ ነጥቢ፣ - ወይ _።
user-error-username-taken = እዚ ስም ተጠቃሚ ተታሒዙ እዩ።
user-error-not-found = ከምዚ ዝበለ ኣካውንት የለን።
user-error-unknown-unit = ሓደ ካብቶም ኣሃዱታት የለን። ካብቲ ዝርዝር ዘለዉ ሓጸርቲ ኣስማት ኣሃዱታት ተጠቐሙ።
user-error-units-needed = ሓላፊ ኣሃዱ እንተወሓደ ሓደ ኣሃዱ የድልዮ።
user-error-invalid-name = ካብ 1–100 ምልክታት ዘለዎ ስም ጸሓፉ።
user-error-last-admin = እቲ ናይ መወዳእታ ንጡፍ ኣመሓዳሪ ክዕጾ ወይ ካልእ ተራ ክወሃቦ ኣይክእልን።
user-error-password-too-short = መሕለፊ ቃል እንተወሓደ 12 ምልክታት ክህልዎ ኣለዎ። ብተኸታታሊ ዝተጻሕፉ ገለ ቃላት ጽቡቕ መሕለፊ ቃል ይገብሩ።
user-error-password-too-long = መሕለፊ ቃል እንተበዝሐ 256 ምልክታት ክህልዎ ይኽእል።
user-error-unavailable = እቲ ለውጢ ሕጂ ክዕቀብ ኣይከኣለን። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
account-title = ኣካውንትኹም
account-change-password = መሕለፊ ቃልኩም ቀይሩ
account-current = ናይ ሕጂ መሕለፊ ቃል
account-new = ሓድሽ መሕለፊ ቃል
account-new-hint = እንተወሓደ { $count } ምልክታት። ብተኸታታሊ ዝተጻሕፉ ገለ ቃላት ጽቡቕ መሕለፊ ቃል ይገብሩ።
account-repeat = ሓድሽ መሕለፊ ቃል ደጊምኩም
account-save = መሕለፊ ቃል ቀይሩ
account-mismatch = እቶም ክልተ ሓደሽቲ መሕለፊ ቃላት ሓደ ኣይኮኑን።
account-wrong-password = ናይ ሕጂ መሕለፊ ቃል ጌጋ እዩ።
account-password-changed = መሕለፊ ቃልኩም ተቐይሩ። ካብ ካልእ ዝኣተኹምሉ ቦታታት ኣውጺእናኩም ኣለና።
audit-title = መዝገብ ተግባራት
audit-intro = መን ከም ዝኣተወ፣ ጥረ ጽሑፋት ከም ዘንበበ፣ ከም ዘውጽአ፣ ከም ዝሰረዘ ወይ ገለ ነገር ከም ዝቐየረ፣ መዓስ ድማ። እቲ መዝገብ ተቐማጦ ዝጸሓፍዎ ፈጺሙ ኣይሕዝን።
audit-actor = መን
audit-action = ተግባር
audit-from = ካብ ዕለት
audit-to = ክሳብ ዕለት
audit-filter = ኣጻርዩ
audit-caption = ዝተመዝገቡ ተግባራት፣ እቲ ሓድሽ ቀዲሙ
audit-at = መዓስ (UTC)
audit-target = እንታይ
audit-detail = ዝርዝር
audit-none = ምስዚ ምርጫ ዝሰማማዕ ዝተመዝገበ ነገር የለን።
audit-older = ዝቐደሙ መዝገባት

## Workshops ("you said, we did") and follow-up
unit-did-done = ተገይሩ
unit-did-planned = ክሳብ { $date } ክግበር ተመዲቡ
workshops-title = ዓውደ ስራሓት
workshops-intro = ዓውደ ስራሓት ሓባራዊ ምፍጣር፦ ስድራቤታት፣ ቆልዑ፣ ሰራሕተኛታትን መሻርኽትን እንታይ ክቕየር ከም ዘለዎ ብሓባር ይውስኑ። ዓውደ ስራሕ ፍጠሩ፣ ትሕዝቶ ኣርእዩ፣ ተሳተፍቲ ብሞባይሎም ክጽንበሩ ግደፉ፣ እቲ ዝተወሰነ ድማ መዝግቡ።
workshops-caption = ዓውደ ስራሓት፣ እቲ ሓድሽ መጀመርታ
workshops-none = ክሳብ ሕጂ ዓውደ ስራሕ የለን።
workshop-new = ሓድሽ ዓውደ ስራሕ
workshop-title-label = ርእሲ
workshop-scope = ብዛዕባ
workshop-scope-unit = ኣሃዱ
workshop-scope-district = ክፋል ከተማ
workshop-scope-theme = ኣርእስቲ
workshop-stage = ደረጃ
workshop-stage-planning = ምድላው
workshop-stage-development = ምምዕባል
workshop-stage-decision = ውሳነ
workshop-stage-evaluation = ገምጋም
workshop-with-children = ቆልዑ ወይ መንእሰያት ይሳተፉ
workshop-days = እቲ ኮድ ዝሰርሓሉ መዓልታት
workshop-create = ዓውደ ስራሕ ፍጠር
workshop-code = ኮድ
workshop-status = ኩነታት
workshop-date = ዕለት
workshop-open = ክፉት
workshop-closed = ዕጹው
workshop-join-at = ኣብ { $link } ተጸንበሩ
workshop-join-until = ሓደስቲ ተሳተፍቲ ክሳብ { $date } (UTC) ክጽንበሩ ይኽእሉ።
workshop-projector = ናይ ፕሮጀክተር ምርኣይ
workshop-summary = ጽማቝ
workshop-close = ነቲ ዓውደ ስራሕ ዕጸው
workshop-reopen = ደጊምካ ክፈት
workshop-material = ትሕዝቶ
workshop-no-material = ክሳብ ሕጂ ትሕዝቶ የለን። ቁጽርታት መመልከቲ፣ ኣርእስታት ወይ ጥቕስታት ወስኹ።
workshop-quote-pending = ፍቓድኩም ይጽበ ኣሎ፦ ገና ኣይረአየን
workshop-approve = ኣጽድቕ
workshop-remove = ኣውጽእ
workshop-add = ወስኽ
workshop-add-indicator = ቁጽርታት መመልከቲ
workshop-add-theme = ኣርእስቲ
workshop-quotes = ካብቲ ሰባት ዝጸሓፍዎ ጥቕስታት
workshop-quotes-hint = ጥቕስታት ካብ ውልቃዊ ሓበሬታ ዝተጸረዩ ጽሑፋት ብዛዕባ ኣሃዱ፣ ክፋል ከተማ ወይ ኣርእስቲ ናይዚ ዓውደ ስራሕ እዮም ዝመጹ። ነፍሲ ወከፍ ጥቕሲ ቅድሚ ምጽዳቕኩም ኣንብብዎ፦ ዝጸደቑ ጥቕስታት ጥራይ እዮም ዝርኣዩ።
workshop-quote-search = ዝድለዩ ቃላት
workshop-quotes-withheld = ጥቕስታት ንምርኣይ ኣብዚ ጉጅለ ዘለዉ ጽሑፋት ኣዝዮም ውሑዳት እዮም።
workshop-use-quote = ነዚ ጥቕሲ ተጠቐም
workshop-notes = ሓሳባት
workshop-participants = { $count ->
    [one] { $count } ተሳታፊ
   *[other] { $count } ተሳተፍቲ
}
workshop-participants-label = ተሳተፍቲ
workshop-group-notes = ብሓደ ዝኸዱ ሓሳባት ምረጹ
workshop-in-proposal = ኣብ እማመ
workshop-vote-count = { $count ->
    [one] { $count } ድምጺ
   *[other] { $count } ድምጽታት
}
workshop-proposal-title = እማመ
workshop-make-proposal = ካብቶም ዝተመርጹ ሓሳባት እማመ ስራሕ
workshop-proposals = እማመታት
workshop-rating = { $value } ካብ 5 ነጥቢ (ዝሃቡ ሰባት፦ { $count })
workshop-rating-few = ክሳብ ሕጂ { $count } ነጥብታት (ካብ 3 ጀሚሩ ይርአ)
workshop-rating-hidden = ክሳብ ሕጂ እኹል ነጥብታት የለን
workshop-actions = እንገብሮ
workshop-action-what = እንታይ ክግበር እዩ
workshop-action-who = መን እዩ ሓላፍነት ዘለዎ
workshop-action-due = ክሳብ መዓስ
workshop-action-unit = እቲ ስጉምቲ ዝርኣየሉ ኣሃዱ
workshop-action-unit-same = ኣሃዱ ናይቲ ዓውደ ስራሕ
workshop-action-unit-none = ኣሃዱ የለን
workshop-action-themes = ክጸልዎም ዘለዎ ኣርእስታት
workshop-action-indicators = ክጸልዎም ዘለዎ መመልከቲታት
workshop-action-record = ነቲ ስጉምቲ መዝግብ
workshop-action-done = ከም ዝተገብረ ምልክት ግበር
workshop-action-reopen = ከም ዘይተገብረ ምልክት ግበር
workshop-action-planned = ተመዲቡ
workshop-batched = ውጽኢታት ብጉጅለ እዮም ዝርኣዩ፣ ስለዚ ድምጺ ናይ ሓደ ሰብ ክርአ ኣይክእልን።
workshop-votes-label = ድምጽታት
workshop-theme = ኣርእስቲ
workshop-few = ንምርኣይ ዝኣክል መልሲ የለን
workshop-enter-title = ናብ ዓውደ ስራሕ ተጸንበሩ
workshop-enter-intro = ነቲ ኣብ ስክሪን ትርእይዎ ኮድ ጽሓፉ።
workshop-enter-go = ተጸንበሩ
workshop-join-intro = እንቋዕ ብደሓን መጻእኩም! ኣብዚ ሓሳብኩም ክትጽሕፉን፣ ንዓኹም እቲ ዝያዳ ኣገዳሲ ዝኾነ ድምጺ ክትህቡን ትኽእሉ ኢኹም።
workshop-join-anonymous = ስምኩም ኣይትህቡን ኢኹም። ዝጸሓፍኩምዎ ብዘይ ስም ኣብ ስክሪን ይርአ።
workshop-join-role = ዝሳተፍ ዘለኹ ከም
workshop-join = ተጸንበሩ
workshop-role-parent = ወላዲ ወይ ኣላዪ
workshop-role-child = ቆልዓ
workshop-role-youth = መንእሰይ
workshop-role-staff = ሰራሕተኛ
workshop-role-partner = መሻርኽቲ
workshop-add-note = ሓሳብ ጽሓፉ
workshop-note-label = እንታይ ትሓስቡ?
workshop-note-hint = ዝበዝሐ { $max } ፊደላት። ኣስማት ወይ ቁጽሪ ተሌፎን ኣይትጽሓፉ።
workshop-note-send = ነቲ ሓሳብ ስደድ
workshop-no-notes = ክሳብ ሕጂ ሓሳብ የለን።
workshop-votes-left = { $count ->
    [one] { $count } ድምጺ ተሪፉኩም ኣሎ።
   *[other] { $count } ድምጽታት ተሪፎምኩም ኣለዉ።
}
workshop-vote = ነዚ ድምጺ ሃብ
workshop-unvote = ድምጸይ ምለስ
workshop-rate = ነጥበይ ዓቅብ
workshop-score-1 = 1 – ጽቡቕ ኣይኮነን
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – ኣዝዩ ጽቡቕ
workshop-closed-note = እቲ ዓውደ ስራሕ ተዓጽዩ ኣሎ። ስለ ዝተሳተፍኩም የቐንየልና!
workshop-done-joined = እንቋዕ ብደሓን መጻእኩም! ተጸንቢርኩም ኣለኹም።
workshop-done-note = የቐንየልና፣ ሓሳብኩም ተዓቂቡ።
workshop-done-vote = ድምጽኹም ተዓቂቡ።
workshop-done-unvote = ድምጽኹም ተመሊሱ።
workshop-done-rating = ነጥብኹም ተዓቂቡ።
workshop-error-title = ገለ ነገር ቅኑዕ ኣይኮነን
workshop-error-not-found = በዚ ኮድ ዓውደ ስራሕ ክንረክብ ኣይከኣልናን። ነቲ ኣብ ስክሪን ዘሎ ኮድ ርኣዩ እሞ ደጊምኩም ፈትኑ።
workshop-error-closed = እቲ ዓውደ ስራሕ ተዓጽዩ ስለ ዘሎ፣ እዚ ኣይተዓቀበን። ስለ ዝተሳተፍኩም የቐንየልና!
workshop-error-expired = እዚ ኮድ ንምጽንባር ድሕሪ ሕጂ ክጥቀመሉ ኣይከኣልን። ነቲ ኣመቻቺ ሓገዝ ሕተቱ።
workshop-error-too-fast = ሓሳባት ብጣዕሚ ቀልጢፍኩም ትሰዱ ኣለኹም። ሓንቲ ደቒቕ ተጸበዩ እሞ ደጊምኩም ፈትኑ፤ ጽሑፍኩም ኣብ ታሕቲ ተዓቂቡ ኣሎ።
workshop-error-no-votes-left = ኩሉ ድምጽታትኩም ተጠቒምኩም ኢኹም። ንካልእ ሓሳብ ክትህብዎ፣ ሓደ ድምጺ ምለሱ።
workshop-error-unavailable = እዚ ሕጂ ክዕቀብ ኣይከኣለን። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ፤ ጽሑፍኩም ኣብ ታሕቲ ተዓቂቡ ኣሎ።
workshop-error-note = ዝበዝሐ 500 ፊደላት ዘለዎ ሓሳብ ጽሓፉ።
workshop-error-score = ካብ 1 ክሳብ 5 ነጥቢ ምረጹ።
workshop-error-role = ብኸመይ ከም እትሳተፉ ምረጹ።
workshop-error-workshop-title = ርእሲ ጽሓፉ።
workshop-error-material = እዚ ትሕዝቶ ክውሰኽ ኣይክእልን።
workshop-error-proposal = ንእማመ ሓጺር ርእሲ ጽሓፉ።
workshop-error-action-what = እንታይ ክግበር ከም ዘለዎ ጽሓፉ።
workshop-error-action-who = መን ሓላፍነት ከም ዘለዎ ጽሓፉ።
workshop-error-action-due = ክሳብ መዓስ ክግበር ከም ዘለዎ ዕለት ሃቡ።
workshop-error-scope = ዘሎ ኣሃዱ፣ ክፋል ከተማ ወይ ኣርእስቲ ምረጹ።
workshop-error-stage = ደረጃ ምረጹ።
follow-up-title = ክትትል፦ እቲ ሰባት ዝበልዎ ናብ ገለ ውጽኢት ኣብጺሑ ድዩ?
follow-up-intro = መመልከቲታት መስርሕ ናይቶም ትልምታት፦ ርእይቶ ቆልዑ ተሓቲቱ፣ ተሰኒዱን ተጠቒምሉን ድዩ (P1)፣ ኣብ ርእይቶታት ዝተላዕሉ ኣርእስታት ናብ ዓውደ ስራሕ በጺሖም ድዮም፣ ስጉምትታት ተገይሮም ድዮም (P2)፣ ነፍሲ ወከፍ ኣሃዱ ኣየኖት ደረጃታት ሓባራዊ ምፍጣር ሸፊኑ (P3)።
follow-up-p2 = ኣርእስታትን ስጉምትታትን (P2)
follow-up-p2-reached = ካብቶም ኣብዚ ዓመት ኣብ ርእይቶታት ዝተላዕሉ ኣርእስታት { $percent } % ናብ ዓውደ ስራሕ በጺሖም።
follow-up-p2-none = ኣብዚ ዓመት ክቑጸር ዝኣክል ብተደጋጋሚ ዝተላዕለ ኣርእስቲ የለን።
follow-up-p2-done = ካብ { $count } ስጉምትታት ዓውደ ስራሕ { $percent } % ተገይሮም።
follow-up-no-actions = ክሳብ ሕጂ ዝተመዝገበ ስጉምቲ ዓውደ ስራሕ የለን።
follow-up-themes-caption = ኣርእስታት ኣብ ዝሓለፉ ዓሰርተው ክልተ ኣዋርሕ (ጽሑፋት ካብ { $k } ጀሚሮም ይርኣዩ)
follow-up-texts = ጽሑፋት
follow-up-workshops = ዓውደ ስራሓት
follow-up-actions = ስጉምትታት
follow-up-done = ተገይሩ
follow-up-p1-p3 = ኣሃዱታት፦ ርእይቶ ቆልዑ (P1) ዝተሸፈኑ ደረጃታትን (P3)
follow-up-units-caption = ንነፍሲ ወከፍ ኣሃዱ፦ ተሓቲቱ → ተሰኒዱ → ተጠቒምሉ፣ ከምኡ'ውን ደረጃታት ሓባራዊ ምፍጣር
follow-up-asked = ተሓቲቱ
follow-up-documented = ተሰኒዱ
follow-up-used = ተጠቒምሉ
follow-up-stages = ደረጃታት
follow-up-yes = እወ
follow-up-no = ኣይፋል
staff-nav-catalogue = ካታሎግ
catalogue-title = ካታሎግ
catalogue-intro = እቶም ቅጥዕታት፣ ሕቶታቶም ብኹሉ ቋንቋታት፣ ከምኡ'ውን እቶም መልስታት ዝምልከትዎም ኣሃዱታትን ቦታታትን። ነፍሲ ወከፍ ለውጢ ቁጽሪ ዘለዎ ክለሳ እዩ፦ ቀደም ዝተዋህቡ መልስታት እቲ ሕቶ ዝተሓተተሉ ኣበሃህላ ሒዞም ይጸንሑ።
catalogue-places-title = ኣሃዱታትን ቦታታትን
catalogue-surveys-caption = ቅጥዕታት
catalogue-survey = ቅጥዒ
catalogue-audience = ንመን
catalogue-questions = ሕቶታት
catalogue-languages = ምሉኣት ቋንቋታት
catalogue-unreviewed = ዘይተመርመሩ ጽሑፋት
catalogue-status = ኩነታት
catalogue-retired-count = { $count ->
    [one] { $count } ሕቶ ካብ ጥቕሚ ወጺኡ
   *[other] { $count } ሕቶታት ካብ ጥቕሚ ወጺኦም
}
catalogue-offered = ይቐርብ ኣሎ
catalogue-withdrawn = ተሰሒቡ
catalogue-revisions = ናይ ቀረባ ግዜ ለውጥታት
catalogue-revisions-intro = እቲ ካታሎግ ኣብ ክለሳ { $revision } ይርከብ።
catalogue-revision = ክለሳ
catalogue-no-revisions = እቲ መበገሲ ካታሎግ ካብ ዝተጻዕነሉ ጀሚሩ ዝተቐየረ ነገር የለን።
catalogue-problems = እቲ ለውጢ ኣይተዓቀበን
catalogue-survey-intro = ንመን፦ { $audience }። ሕቶታት ኣብዚ ይውሰኹ፣ ኣብ ናይ ባዕሎም ገጽ ድማ ካብ ጥቕሚ ይወጹ፤ ኮዶም ፈጺሙ ኣይቕየርን።
catalogue-questions-caption = ሕቶታት ብመስርዕ
catalogue-key = ኮድ
catalogue-question-text = ሕቶ
catalogue-kind = ዓይነት መልሲ
catalogue-missing = ዝጎደሉ ቋንቋታት
catalogue-required = ግድን
catalogue-asked = ይሕተት
catalogue-retired = ካብ ጥቕሚ ወጺኡ
catalogue-survey-texts = ኣርእስትን መእተውን
catalogue-offer-survey = ነዚ ቅጥዒ ኣቕርቡ
catalogue-incomplete = ዘይተማልአ
catalogue-not-reviewed = ኣይተመርመረን
catalogue-survey-title = ኣርእስቲ
catalogue-survey-introduction = መእተዊ
catalogue-reviewed = ብወናኒ ቋንቋ ተመርሚሩ
catalogue-empty-removes = ጽሑፍ ባዶ ምግባር ነቲ ቋንቋ የእልዮ። ብኖርወይኛ (bokmål) ዝተጻሕፈ ጽሑፍ ግድን የድሊ፦ ኩሎም ካልኦት ቋንቋታት ጽሑፍ ምስ ዝጎድሎም ናብኡ ይምለሱ።
catalogue-save = ዓቕቡ
catalogue-add-question = ሕቶ ወስኹ
catalogue-key-hint = ንኣሽቱ ፊደላት፣ ቁጽርታትን - ን። ደሓር ክቕየር ኣይክእልን እዩ።
catalogue-kind-scale5 = ሓሙሽተ ገጻት (ኣይሰማማዕን … እሰማማዕ)
catalogue-kind-scale3 = ሰለስተ ገጻት (ኣይፋል … እወ)
catalogue-kind-yes-no = እወ፣ ኣይፋል፣ ርግጸኛ ኣይኮንኩን
catalogue-kind-single = ሓደ ምርጫ
catalogue-kind-multi = ብዙሓት ምርጫታት
catalogue-kind-text = ነጻ ጽሑፍ
catalogue-section = ክፋል
catalogue-question-text-nb = ሕቶ ብኖርወይኛ (bokmål)
catalogue-help-nb = ሓገዝ ጽሑፍ ብኖርወይኛ (bokmål) (ኣማራጺ)
catalogue-choices = ምርጫታት (ንሓደ ምርጫን ብዙሓት ምርጫታትን ጥራይ)
catalogue-choices-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ፣ ከም ኮድ = ስም፣ ንኣብነት፦ bus = Buss
catalogue-add-question-hint = እቲ ሕቶ ኣብ መወዳእታ ይውሰኽ። ብሓደ ቋንቋ ጽሑፍ ክሳብ ዝህልዎ፣ እቲ ቅጥዒ በቲ ቋንቋ ኣይቐርብን፦ ትርጉማት ኣብ ገጽ እቲ ሕቶ ወስኹ።
catalogue-question-heading = ሕቶ { $key }
catalogue-question-intro = ኣበሃህላ ኣብ ነፍሲ ወከፍ ቋንቋ ቀይሩ፣ ብወናኒ ቋንቋ ዝተመርመሩ ትርጉማት ምልክት ግበሩ፣ ወይ ነቲ ሕቶ ካብ ጥቕሚ ኣውጽኡ።
catalogue-counts-for = ንመመልከቲ { $indicator } ይቑጸር
catalogue-ask-question = ነዚ ሕቶ ሕተቱ
catalogue-retire-hint = ካብ ጥቕሚ ዝወጸ ሕቶ ደጊሙ ኣይሕተትን። መልስታቱ ይዕቀቡን ኣብ መመልከቲታት ምቑጻሮም ይቕጽሉን።
catalogue-missing-text = ጽሑፍ የለን
catalogue-help = ሓገዝ ጽሑፍ
catalogue-choice-label = ስም ናይ { $value }
catalogue-versioned-hint = ቅድሚ ለውጥኹም ዝነበረ ኣበሃህላ ይዕቀብ፦ ቀደም ዝተዋህቡ መልስታት ምስቲ ኣብቲ እዋን ዝተሓተተ ሕቶ ይርኣዩ።
catalogue-earlier = ናይ ቀደም ኣበሃህላታት
catalogue-earlier-caption = ዝተተኽኡ ኣበሃህላታት፣ ምስቲ ዝተክኦም ክለሳ
catalogue-language = ቋንቋ
catalogue-until = ዝተተክአሉ ክለሳ
catalogue-no-earlier = እቲ ኣበሃህላ ኣይተቐየረን።
catalogue-places-intro = ኣሃዱታት ስድራቤታት ብዛዕባኦም ዝምልሱሎም ኣገልግሎታት እዮም፤ ክፋላት ከተማን ከባቢታትን ድማ ኣበይ ከም ዘለዋ የርእዩ። ሊንክታት፣ ፖስተራትን ጸብጻባትን ስለ ዝጥቀሙሎም፣ ኮዳት ፈጺሞም ኣይቕየሩን። ዝተዓጽወ ኣሃዱ ደጊሙ መልሲ ኣይቕበልን፤ መልስታቱ ግን ይዕቀቡ።
catalogue-units = ኣሃዱታት
catalogue-new-unit = ሓድሽ ኣሃዱ
catalogue-name = ስም
catalogue-service-kind = ኣገልግሎት
catalogue-district = ክፋል ከተማ
catalogue-zone = ከባቢ
catalogue-open = ክፉት
catalogue-closed = ዕጹው
catalogue-districts = ክፋላት ከተማ
catalogue-unit-count = { $count ->
    [one] { $count } ኣሃዱ
   *[other] { $count } ኣሃዱታት
}
catalogue-new-district = ሓድሽ ክፋል ከተማ
catalogue-add = ወስኹ
catalogue-zones = ከባቢታት
catalogue-new-zone = ሓድሽ ከባቢ
catalogue-zone-hint = ኣማራጺ። እቲ ከባቢ ኣብቲ ክፋል ከተማ ናይቲ ኣሃዱ ክኸውን ኣለዎ።
catalogue-unit-open = ክፉት፦ መልስታት ይቕበል
catalogue-unit-open-hint = ሓደ ኣሃዱ ምዕጻው ሓደስቲ መልስታት የቋርጽ፤ መልስታቱን ቁጽርታቱን ይዕቀቡ።
catalogue-saved = ከም ክለሳ { $revision } ተዓቂቡ።
catalogue-unchanged = ዝተቐየረ ነገር የለን።
catalogue-error-not-found = እዚ ኣብቲ ካታሎግ የለን።
catalogue-error-invalid-slug = ኮድ 2–60 ምልክታት ይህልዎ፦ ንኣሽቱ ፊደላት፣ ቁጽርታት፣ - ወይ _።
catalogue-error-taken = እዚ ኮድ ድሮ ተታሒዙ እዩ።
catalogue-error-invalid-name = ካብ 120 ምልክታት ዘይበዝሕ ስም ጸሓፉ።
catalogue-error-default-text-required = ብኖርወይኛ (bokmål) ዝተጻሕፈ ጽሑፍ ግድን የድሊ።
catalogue-error-too-long = ሓደ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
catalogue-error-unknown-service-kind = ኣገልግሎት ምረጹ።
catalogue-error-unknown-district = ክፋል ከተማ ምረጹ።
catalogue-error-zone-outside-district = እቲ ከባቢ ኣብቲ ክፋል ከተማ ኣይርከብን።
catalogue-error-unknown-kind = ዓይነት መልሲ ምረጹ።
catalogue-error-choices-needed = ክልተ ወይ ልዕሊኡ ዝተፈላለዩ ምርጫታት ሃቡ፣ ኣብ ነፍሲ ወከፍ መስመር ሓደ፣ ከም ኮድ = ስም።
catalogue-error-second-text-question = እቲ ቅጥዒ ድሮ ናይ ነጻ ጽሑፍ ሕቶ ኣለዎ።
catalogue-error-title-kept = ኣርእስቲ ናይ ሓደ ቋንቋ ክስረዝ ኣይከኣልን። እቲ ቅጥዒ ብሓደ ቋንቋ ከይቐርብ እንተደሊኹም፣ ናይ ሓደ ሕቶ ጽሑፍ በቲ ቋንቋ ሰርዙ።
catalogue-error-unavailable = እቲ ካታሎግ ሕጂ ክዕቀብ ኣይከኣለን። ዝተቐየረ ነገር የለን፤ በጃኹም ደጊምኩም ፈትኑ።
login-oidc = ብ { $provider } እቶ
login-oidc-refused-title = ናብ stemme መእተዊ የብልካን
login-oidc-refused-body = ኣብ ምምሕዳር ዘሎ ሕሳብካ ኣብ stemme ተራ ኣይህበካን። ተራ ናብ ዝህብ ጉጅለ ክውስከካ ንኣመሓዳሪ ሕተት።
login-oidc-failed-title = ምእታው ኣይሰርሐን
login-oidc-failed-body = ብኣገልግሎት ምእታው ምምሕዳር ምእታው ኣይሰርሐን። ናብ ገጽ ምእታው ተመለስ እሞ ደጊምካ ፈትን።

# Disclosure control: what protected figures mean.
hidden-too_few = ኣዝዩ ውሑድ መልስታት (ትሕቲ { $k })
hidden-uniform = ተሓቢኡ: ኩሎም ብሓደ ዓይነት መሊሶም
figures-protected = ቍጽርታት ዝተሓለዉ እዮም: ነፍሲ ወከፍ ቍጽሪ ካብቲ ልክዕ ቍጽሪ ብውሑዳት መልስታት ክፈሊ ይኽእል፣ ስለዚ ሓደ'ኳ ንእሽቶ ጕጅለ ክሕስብ ኣይክእልን።
figures-protected-link = እዚ እንታይ ማለት እዩ?
figures-so-far = ክሳብ ሕጂ
protection-title = ቍጽርታት ብኸመይ ይሕለዉ
protection-why = ስድራቤታት ብዘይ ስም ይምልሱ። ሓደ'ኳ ንእሽቶ ጕጅለ ከመይ ከም ዝመለሰ ከይፈልጥ፣ ሓደ ቍጽሪ ካብ ካልእ ብምጕዳል'ውን፣ ነፍሲ ወከፍ ዝርአ ቍጽሪ ዝተሓለወ እዩ።
protection-noise-heading = ንእሽቶ ፍልልይ ኣብ ነፍሲ ወከፍ ቍጽሪ
protection-noise = ነፍሲ ወከፍ ቍጽሪ ንእሽቶን ቀዋሚን ፍልልይ ኣለዎ፣ እንተበዝሐ { $noise } መልስታት፣ መብዛሕትኡ ግዜ 0 ወይ 1። ሓደ ዓይነት መልስታት ኩሉ ግዜ ሓደ ዓይነት ፍልልይ ይረኽቡ። ግን ፍልልይ ክልተ ቍጽርታት፣ ንኣብነት ከባቢ ነቲ ዞባታቱ ምስ ጐደልካ፣ ኣብ ንእሽቶ ጕጅለ ክንደይ ሰባት ከም ዘለዉ ብልክዕ ኣይነግርን። ምጣኔታትን ናይ ዘይርግጸኛነት ክፍተታትን ካብቶም ዝተሓለዉ ቍጽርታት እዮም ዝሕሰቡ።
protection-hidden-heading = ዘይርኣዩ ቍጽርታት
protection-too-few = እቲ ጕጅለ ካብ { $k } ዝውሕድ መልስታት ኣለዎ፣ ወይ ምስቲ ፍልልይ ትሕቲ { $k } ዝኸውን ውሑድ።
protection-uniform = ኣብ ንእሽቶ ጕጅለ (ትሕቲ ክልተ ዕጽፊ { $k } መልስታት) 0 % ወይ 100 % ነፍሲ ወከፍ ሰብ እንታይ ከም ዝመለሰ ምነገረ።
protection-periods-heading = ምሉኣት ኣዋርሕ
protection-periods = እቶም ርእይቶታት ክሳብ እቲ ናይ መወዳእታ ዝተወድአ ወርሒ ምሉኣት ኣዋርሕ ይሽፍኑ። እቲ ሕጂ ዘሎ ወርሒ ክትመርጾ ከለኻ ጥራይ ይርአ፣ «ክሳብ ሕጂ» ተባሂሉ ድማ ይምልከት።
protection-published = ካብ ምምሕዳር ወጻኢ ዝርአ (ናይቲ ኣሃዱ ህዝባዊ ገጽን ዓመታዊ ጸብጻብን) እንተወሓደ { $published_k } መልስታት ዘለዎም ጕጅለታት ጥራይ ይሕዝ።
login-expired = ቅጥዒ ምእታው ግዜኡ ሓሊፉ ወይ ካብ ካልእ ገጽ መጺኡ። ስም ተጠቃሚን መሕለፊ ቃልን ደጊምኩም ጽሓፉ።

# API tokens on the users page.
tokens-title = መፍትሕታት API
tokens-hint = ብ«stemme token create --user USERNAME --name NAME» መፍትሕ ስርሑ። ናይ ሓደ ተጠቃሚ መፍትሕ እቲ ተጠቃሚ ምስ ዝዕጾ ምስራሕ የቋርጽ።
token-name = ስም
token-owner = ወናኒ
token-created = ዝተሰርሐ
token-expires = ዝውዳእ
token-never = ፈጺሙ
token-status = ኩነታት
token-status-active = ይሰርሕ
token-status-expired = ግዜኡ ሓሊፉ
token-status-revoked = ተሰሒቡ
token-status-owner_disabled = ተጠቃሚ ተዓጽዩ
token-revoke = ስሓብ
token-revoked = እቲ መፍትሕ ተሰሒቡ።
workshop-error-quote = ካብቲ ናይቲ ዎርክሾፕ ዝርዝር ዝመጹ ጥቕስታት ጥራይ ክውሰኹ ይኽእሉ፦ ካብ ኣሃዱኡ፣ ከባቢኡ ወይ ኣርእስቱ ዝመጹ ጽሑፋት።

# Recordings of questions (catalogue admin)
catalogue-recordings = ዝተቐድሑ ድምጽታት
catalogue-recordings-intro = ሓደ ሰብ «ብድምጺ ኣንብብ» ክጥውቕ ከሎ፡ ኣብ ክንዲ ድምጺ ተለፎን እቲ ዝተቐድሐ ድምጺ ይጻወት። MP3፡ Ogg፡ M4A፡ WebM ወይ WAV፡ ክሳብ 2 MB ኣእቱ። ጽሑፍ ሕቶ ብሓደ ቋንቋ እንተቐየርካ ወይ ነቲ ሕቶ ምሕታት እንተኣቋረጽካ፡ እቲ ድምጺ ይስረዝ።
catalogue-recording-none = ገና ዝተቐድሐ ድምጺ የለን።
catalogue-recording-upload = ድምጺ ኣእቱ
catalogue-recording-remove = ድምጺ ሰርዝ
catalogue-recording-file = ድምጺ ብ{ $lang }
catalogue-recording-not-audio = እቲ ፋይል stemme ክጻወቶ ዝኽእል ድምጺ ኣይኮነን። MP3፡ Ogg፡ M4A፡ WebM ወይ WAV ተጠቐም።
catalogue-recording-too-large = ዝተቐድሐ ድምጺ ካብ 2 MB ክበዝሕ የብሉን።
catalogue-recording-no-text = ድምጺ ቅድሚ ምውሳኽካ ነቲ ሕቶ ብዚ ቋንቋ ጽሓፎ።

# An answer sent without signal (form.js)
offline-kept = ኢንተርነት የብልካን። መልስታትካ ኣብዚ ተለፎን ተዓቂቦም ኣለዉ፡ ኢንተርነት ምስ ተመልሰ ባዕሎም ክለኣኹ እዮም። ከም እትኽእል እንተኾንካ ነዚ ገጽ ክፉት ግደፎ።
offline-sending = ኢንተርነት ተመሊሱ። መልስታትካ ይለኣኹ ኣለዉ …

# The thank-you page of the children's forms
thanks-child-title = የቐንየለይ! ሕጂ ዝሓሰብካዮ ተዛሪብካ።
thanks-child-body = መልስኻ ተላኢኹ። ዓበይቲ ኣብ ምምሕዳር ከተማ ከንብብዎን ንቖልዑ ነገራት ከመሓይሹ ክፍትኑን እዮም።
thanks-next-child = ቀጺሉ ዘሎ ቆልዓ
thanks-next-child-hint = ተለፎን ወይ ታብለት ንኻልእ ትህብ ዲኻ? ቀጺሉ ዘሎ ቆልዓ ባዶ ቅጥዒ ይረክብ፡ ሓደ እኳ እዚ ቆልዓ ዝመለሶ ኣይርእን።

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] ጥሪ–መጋቢት
    [2] ሚያዝያ–ሰነ
    [3] ሓምለ–መስከረም
    *[4] ጥቅምቲ–ታሕሳስ
} { $year }
unit-none-yet = ሓደ እኳ ከይፍለጥ ቍጽርታት ንምርኣይ ዝኣክል መልስታት ገና ኣይመጽአን። ኣብ ታሕቲ ድሕሪ እቲ ስድራቤታት ዝበልዎ እንታይ ከም ዝተገብረ ትርኢ።

# The privacy notice (/personvern) and the footer
privacy-title = ውልቃዊ ሓበሬታ
privacy-intro = ንዝመለስኩምዎ ከምዚ ንሕልዎ። ብዘይ ስም ትምልሱ፡ ንስምኩም ፈጺምና ኣይንሓትትን።
privacy-h-who = ሓላፍነት ዘለዎ መን እዩ
privacy-who = { $municipality } ንመልስታት ሓላፍነት ዘለዎ እዩ።
privacy-contact = ሕቶታት ብዛዕባ ውልቃዊ ሓበሬታ: { $contact }
privacy-contact-none = ብዛዕባ ውልቃዊ ሓበሬታ ንሓላፊ ሓለዋ ሓበሬታ ምምሕዳር ከተማ ክትሓቱ ትኽእሉ።
privacy-h-why = ስለምንታይ ንሓትት
privacy-why = እቲ ስድራቤታትን ቆልዑን ዝረኽብዎ ሓገዝ ይሰርሕ እንተኾይኑ ንምፍላጥ፡ ምስ ስድራቤታት ድማ እንታይ ክቕየር ከም ዘለዎ ንምውሳን። እዚ ክፋል ህዝባዊ ዕማም ምምሕዳር ከተማ እዩ (GDPR ዓንቀጽ 6(1)(e))።
privacy-h-stored = እንታይ ንዕቅብ፡ መን ድማ ይርእዮ
privacy-stored = መልስታትኩም፡ ብዛዕባ ኣየናይ ኣገልግሎትን ቋንቋን ምዃኖም፡ ዝመለስኩምሉ ወርሕን ንዕቅብ። ስምኩም፡ IP ኣድራሻኹም ወይ ካልእ መን ምዃንኩም ዝሕብር ኣይንዕቅብን። ብቓላትኩም ዝጸሓፍኩምዎ ከም ዝጸሓፍኩምዎ ይዕቀብ፡ ግን ከምኡ ከንብቦ ዝኽእል ኣመሓዳሪ ምምሕዳር ከተማ ጥራይ እዩ። ካልኦት ሰራሕተኛታት ኩሎም ነቲ ጽሑፍ ኣስማትን ቁጽሪ ተለፎንን ኣድራሻታትን ተሰሪዞም ይርእይዎ፡ ቍጽርታት ድማ ንጉጅለታት ብውሑዱ ሓሙሽተ መልሲ ጥራይ ይርእዩ።
privacy-h-kept = ክሳብ መዓስ
privacy-kept-months = መልስታት ድሕሪ { $months } ኣዋርሕ ይድምሰሱ።
privacy-kept-forever = ምምሕዳር ከተማ ንኣገልግሎታቱ ንምክትታል ክሳብ ዝጥቀመሎም ይዕቀቡ፡ ምስ ዘይድለዩ ድማ ይድምሰሱ።
privacy-h-rights = መሰላትኩም
privacy-rights = መን ምዃንኩም ስለ ዘይንፈልጥ፡ ሓንቲ ፍልይቲ መልሲ ካባኹም ክንረክብ ኣይንኽእልን። ሓበሬታ ከም ዝግባእ ከም ዘይንሕልዎ እንተ ኣሚንኩም፡ ናብ ናይ ኖርወይ ሓላዊ ሓበሬታ (datatilsynet.no) ክትከሱ ትኽእሉ።
footer-accessibility = መግለጺ ተበጻሕነት

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = ኣይምልከተንን
choice-na-child = ኣይፈልጥን
