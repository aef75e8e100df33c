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
what-happens-body = መልስታት ናይ ብዙሓት ስድራቤታት ብሓባር ይእከብ። ሰራሕተኛታት ቁጽርታት ዝርእዩ ብዙሓት ሰባት ምስ መለሱ ጥራይ እዩ፣ መልሲ ናይ ሓንቲ ስድራቤት ግን ፈጺሞም ኣይርእዩን። ዝኾነ ሰብ ከየንበቦ ከሎ፣ ኣስማትን ቁጽርታትን ካብቲ ዝጸሓፍኩምዎ ይድምሰሱ። እቲ መልስታት፣ ስድራቤታትን ሰራሕተኛታትን እንታይ ክቕየር ከም ዘለዎ ብሓባር ኣብ ዝውስኑሉ ኣኼባታት፣ ኣገልግሎታት ንምምሕያሽ ይውዕል።
footer-privacy = ብዘይ ስም፦ ምስቲ መልስታት ኣስማት፣ ኣድራሻታት ወይ ኣድራሻ ኢንተርነት (IP) ኣይዕቀብን።

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
scale5-child-3 = ኣይፈልጥን
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
dashboard-window-edge = ቀዳማይ ወይ ናይ መወዳእታ ወርሒ ናይቲ ግዜ በይኑ ንኽርአ ዝኣክል መልስታት የብሉን፣ ስለዚ እቲ ግዜ'ውን ክርአ ኣይክእልን እዩ። ሓደ ወርሒ ቀደም ዝውዳእ ግዜ ምረጹ።

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
