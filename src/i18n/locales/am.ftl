# Interface texts for stemme, Amharic. Machine-made translation, not yet checked by a native speaker.
# Plain, everyday words. Adults are addressed with the polite "እርስዎ" (gender-neutral); children's texts use the plural "እናንተ".

app-name = Stemme
skip-to-content = ወደ ይዘቱ ይለፉ
language-switcher = ቋንቋ
language-unavailable = ይህ ገጽ በጠየቁት ቋንቋ ({ $code }) ገና አልተዘጋጀም። ስለዚህ በምትኩ በዚህ ቋንቋ ቀርቧል።

## የመጀመሪያ ገጽ
home-title = እርዳታው ጠቀመ?
home-intro = ያገኙት እርዳታ ጠቃሚ እንደነበረ ለማዘጋጃ ቤቱ ይንገሩ። ስምዎን ሳይገልጹ ነው የሚመልሱት፤ ጥቂት ደቂቃዎች ብቻ ይወስዳል።
home-choose-form = ቅጽ ይምረጡ
home-for-staff = ለሠራተኞችና ለአጋሮች
home-no-forms = አሁን የሚሞላ ቅጽ የለም።

## ስም አለመግለጽና ግላዊነት
anonymous-heading = መልስዎ ስም-አልባ ነው
anonymous-body = ስምዎን አንጠይቅም። ማን እንደሆኑም ሆነ ከየት እንደሚመልሱ አናስቀምጥም፤ መልስዎም በፍጹም ወደ ጉዳይ ማህደርዎ አይገባም።
what-happens-summary = መልሴ ምን ይሆናል?
what-happens-body = የብዙ ቤተሰቦች መልሶች በአንድ ላይ ይሰበሰባሉ። ሠራተኞች ቁጥሮችን የሚያዩት ብዙ ሰዎች ሲመልሱ ብቻ ነው፤ የአንድን ቤተሰብ መልስ በፍጹም አያዩም። ማንም ሰው ከማንበቡ በፊት ስሞችና ቁጥሮች ከጻፉት ላይ ይወገዳሉ። መልሶቹ ቤተሰቦችና ሠራተኞች ምን መቀየር እንዳለበት በጋራ በሚወስኑባቸው ስብሰባዎች ላይ አገልግሎቶቹን ለማሻሻል ይጠቅማሉ።
footer-privacy = ስም-አልባ፦ ከመልሶቹ ጋር ስም፣ አድራሻ ወይም የኢንተርኔት (IP) አድራሻ አይቀመጥም።

## ቅጽ
answering-about = የሚመልሱት ስለዚህ ነው፦
choose-unit = የሚመልሱት ስለ የትኛው አገልግሎት ነው?
choose-unit-placeholder = አገልግሎት ይምረጡ
section-progress = ክፍል { $current } ከ { $total }
progress-answered = ከ { $total } ጥያቄዎች ውስጥ { $answered } ተመልሰዋል
required-mark = መመለስ አለበት
skip-hint = «መመለስ አለበት» የሚል ምልክት የሌለበትን ማንኛውንም ጥያቄ መዝለል ይችላሉ።
role-question = የሚመልሱት በምን ሚና ነው?
role-skip = ባልናገር እመርጣለሁ
role-parent = ወላጅ ወይም አሳዳጊ
role-next_of_kin = የቅርብ ቤተሰብ አባል
role-client = እርዳታውን ያገኘው ሰው
role-resident = በአካባቢው የሚኖር ሰው
role-participant = በአካባቢው ማህበረሰብ ውስጥ የሚሳተፍ ሰው
role-pupil = ተማሪ
role-staff = ሠራተኛ
role-partner = አጋር ድርጅት
scale5-1 = በጣም አልስማማም
scale5-2 = አልስማማም
scale5-3 = ገለልተኛ
scale5-4 = እስማማለሁ
scale5-5 = በጣም እስማማለሁ
scale3-1 = አይ
scale3-2 = ትንሽ
scale3-3 = አዎ
yes_no-yes = አዎ
yes_no-no = አይ
yes_no-unsure = እርግጠኛ አይደለሁም
text-limit = በማንኛውም ቋንቋ እስከ { $max } ፊደላት መጻፍ ይችላሉ።
submit = መልሴን ላክ

## በቅጹ ላይ ያሉ ስህተቶች
form-has-errors = { $count ->
    [one] መልሱ ከመላኩ በፊት መስተካከል ያለበት አንድ ነገር አለ።
   *[other] መልሱ ከመላኩ በፊት መስተካከል ያለባቸው { $count } ነገሮች አሉ።
}
form-kept = የሞሉት ነገር ተቀምጧል።
error-required = እባክዎ ይህን ጥያቄ ይመልሱ።
error-choice = እባክዎ ከሚታዩት መልሶች አንዱን ይምረጡ።
error-text-too-long = ጽሑፉ በጣም ረጅም ነው፦ { $count } ፊደላት አሉት፤ ቢበዛ { $max } ብቻ ነው የሚገባው።
error-unit = እባክዎ የሚመልሱት ስለ የትኛው አገልግሎት እንደሆነ ይምረጡ።
error-role = እባክዎ ከሚታዩት ሚናዎች አንዱን ይምረጡ፣ ወይም «ባልናገር እመርጣለሁ» የሚለውን።
error-rate-limited = አሁን ከእርስዎ ኔትወርክ ብዙ መልሶች እየመጡ ነው። እባክዎ አንድ ደቂቃ ጠብቀው እንደገና ይላኩ።
error-unavailable = መልስዎን አሁን ማስቀመጥ አልቻልንም። በዚህ ገጽ ላይ ምንም ነገር አልጠፋም፤ እባክዎ ትንሽ ቆይተው እንደገና ለመላክ ይሞክሩ።

## የምስጋና ገጽ
thanks-title = እናመሰግናለን!
thanks-body = መልስዎ ተቀምጧል።
thanks-next = መልስዎ ከሌሎች ቤተሰቦች መልሶች ጋር ይደመራል። ማዘጋጃ ቤቱ መልሶቹን የሚጠቀመው የቱ እንደሚጠቅም ለማወቅና ምን መቀየር እንዳለበት ከቤተሰቦች ጋር ለመወሰን ነው።
thanks-another = ስለ ሌላ አገልግሎት ይመልሱ
back-home = ወደ መጀመሪያው ይመለሱ

## የስህተት ገጾች
error-title = የሆነ ችግር ተፈጥሯል
error-body = የጠየቁትን ማድረግ አልቻልንም። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
not-found-title = ይህን ገጽ ማግኘት አልቻልንም
not-found-body = ሊንኩ የቆየ ወይም በስህተት የተጻፈ ሊሆን ይችላል።

## የልጆች ቅጾችና ጮክ ብሎ ማንበብ
read-aloud = ጮክ ብለህ አንብብልኝ
read-aloud-stop = ማንበብ አቁም
question-progress = ጥያቄ { $current } ከ { $total }
next-question = ቀጣይ ጥያቄ
assisted-heading = ለአዋቂው
assisted-by-question = ልጁ እንዲመልስ የሚረዳው ማን ነው?
role-other_adult = ሌላ አዋቂ
child-skip-hint = መመለስ ካልፈለጋችሁ ጥያቄውን መዝለል ትችላላችሁ።
scale3-child-1 = አይ
scale3-child-2 = ትንሽ
scale3-child-3 = አዎ
scale5-child-1 = አይ፣ በፍጹም
scale5-child-2 = ብዙም አይደለም
scale5-child-3 = አላውቅም
scale5-child-4 = አዎ፣ በአብዛኛው
scale5-child-5 = አዎ፣ በጣም

## ፖስተሮች
poster-scan = ለመመለስ ኮዱን በስልክዎ ካሜራ ይቃኙ።
poster-or-type = ወይም ይህን አድራሻ ይጻፉ፦
posters-title = ለግድግዳ የሚሆኑ ፖስተሮች
posters-intro = ቤተሰቦች በራሳቸው ስልክ መመለስ እንዲችሉ የQR ኮድ ያለበት ግብዣ ያትሙ። በተቋምዎ ያሉ ቤተሰቦች የሚያነቡትን ቋንቋዎች ይምረጡ።
posters-languages = በፖስተሩ ላይ ያሉ ቋንቋዎች
posters-size = የወረቀት መጠን
posters-make = ፖስተሩን ያዘጋጁ

## የተወገዱ የግል መረጃዎች (በተወገደው ቦታ የሚታዩ)
pii-fnr = የመታወቂያ ቁጥር
pii-account = የሂሳብ ቁጥር
pii-phone = ስልክ
pii-email = ኢሜይል
pii-address = አድራሻ
pii-name = ስም

## የሠራተኞች መግቢያ
login-title = መግቢያ
login-submit = ይግቡ
login-failed = የተጠቃሚ ስሙ ወይም የይለፍ ቃሉ ትክክል አይደለም።
logout = ይውጡ
signed-in-as = ገብተዋል፦ { $name } ({ $role })
forbidden-title = ፈቃድ የለዎትም
forbidden-body = ሚናዎ ይህን ገጽ እንዲያዩ አይፈቅድልዎትም።
staff-nav-search = በጽሑፎች ውስጥ ይፈልጉ
staff-nav-posters = ፖስተሮች

## በነጻ ጽሑፍ ውስጥ መፈለግ
search-title = ቤተሰቦች የሚጽፉት
search-intro = ቤተሰቦች በራሳቸው ቃላት የጻፉትን ይፈልጉ። ስሞች፣ ቁጥሮችና አድራሻዎች ተወግደዋል።
search-query-label = የመፈለጊያ ቃላት
search-query-hint = በማንኛውም ቋንቋ የተጻፉ ቃላት። የቃሉ ሌሎች ቅርጾችም ይገኛሉ።
search-submit = ይፈልጉ
search-filters = ምርጫውን ያጥብቡ
search-any = ሁሉም
search-filter-lang = ቋንቋ
search-filter-unit = አገልግሎት
search-filter-district = ክፍለ ከተማ
search-filter-zone = አካባቢ
search-filter-survey = ቅጽ
search-filter-audience = ማን መለሰ
search-filter-theme = ርዕስ
search-filter-from = ከወር
search-filter-to = እስከ ወር
search-total = { $count ->
    [one] { $count } ጽሑፍ ተገኝቷል
   *[other] { $count } ጽሑፎች ተገኝተዋል
}
search-no-hits = ከፍለጋው ጋር የሚስማማ ጽሑፍ የለም። ሌላ ቃል ወይም ሰፋ ያለ ምርጫ ይሞክሩ።
search-withheld-title = ጽሑፎቹ አይታዩም
search-withheld = በመረጡት ምርጫ ውስጥ ያሉት መልሶች ከ { $k } ያነሱ ናቸው። በዚህ ጊዜ አንድ ቤተሰብ ሊታወቅ ይችላል፤ ስለዚህ ጽሑፎቹ አይታዩም። ሰፋ ያለ ምርጫ ይምረጡ፤ ለምሳሌ ብዙ ወራትን ወይም ሙሉውን ክፍለ ከተማ።
search-facets = የጽሑፎቹ ስርጭት
search-facet-few = ከ { $k } ያነሰ
search-hit-language = ቋንቋ
search-hit-period = ጊዜ
search-hit-unit = አገልግሎት
search-lang-und = ቋንቋው አልታወቀም
search-declared-language = የቅጹ ቋንቋ፦ { $lang }
search-more = ተጨማሪ አሳይ
search-facet-service_kind = የአገልግሎት ዓይነት
search-rebuilding = ፍለጋው እንደገና እየተገነባ ነው፦ { $percent } % ተጠናቋል። እስኪጠናቀቅ ድረስ አንዳንድ ጽሑፎች አይገኙም።
audience-parent = ወላጆች
audience-child_4_7 = ልጆች 4–7 ዓመት
audience-child_8_12 = ልጆች 8–12 ዓመት
audience-youth_13_18 = ወጣቶች 13–18 ዓመት
audience-partner = አጋሮች
lang-da = ዴንማርክኛ
lang-sv = ስዊድንኛ

## ለዕቅድ አውጪዎች አመልካቾች
staff-nav-dashboard = አመልካቾች
dashboard-title = አመልካቾች
dashboard-intro = በአዎንታ የሚመልሱ ሰዎች ድርሻ፣ ከ95 % የእርግጠኛ አለመሆን ክልል ጋር። ከ { $k } ያነሰ መልስ ያላቸው ቡድኖች እና እነሱን ሊያጋልጡ የሚችሉ ቁጥሮች አይታዩም።
dashboard-core = እርዳታው ጠቅሟል?
dashboard-by-district = በክፍለ ከተማ
dashboard-by-zone = በአካባቢ
dashboard-trend = በጊዜ ሂደት ያለው ለውጥ
dashboard-grain = የጊዜው ርዝመት
grain-month = ወር
grain-quarter = ሩብ ዓመት
grain-year = ዓመት
dashboard-show = አሳይ
dashboard-table = ቁጥሮቹ በሰንጠረዥ
dashboard-no-data = በዚህ ጊዜ ውስጥ ምንም መልስ የለም።
dashboard-themes = ቤተሰቦች በሚጽፉት ውስጥ ያሉ ርዕሶች
dashboard-change = ካለፈው ጊዜ የተለወጠው፦ { $change } የመቶኛ ነጥብ
dashboard-change-real = (ከእርግጠኛ አለመሆኑ ይበልጣል)
dashboard-change-noise = (በእርግጠኛ አለመሆኑ ክልል ውስጥ)
table-group = ቡድን
table-share = የአዎንታዊ መልሶች ድርሻ
table-interval = እርግጠኛ አለመሆን (95 %)
table-n = የመልሶች ብዛት
dashboard-registry = የመዝገብ አሃዞች፣ ቤተሰቦች ራሳቸው ከሚመልሱት ጎን
dashboard-self-report = የቤተሰቦች የራሳቸው መልሶች (የአዎንታዊ ድርሻ)
registry-city = መላው ከተማ
table-value = እሴት
table-source = ምንጭ
unit-title = ቤተሰቦች ያሉት
unit-intro = በ { $name } እርዳታ ያገኙ ቤተሰቦች ባለፉት አራት ሙሉ ሩብ ዓመታት እንዲህ ብለው መልሰዋል። ማንም እንዳይታወቅ፣ ቁጥሮችን የምናሳየው ቢያንስ { $k } መልሶች ላሏቸው ቡድኖች ብቻ ነው።
unit-few = ከ { $k } ያነሱ መልሶች – አይታዩም
unit-said = እናንተ ያላችሁት
unit-quarter = ሩብ ዓመት
unit-agree = አዎ ይላሉ
unit-did = እኛ ያደረግነው
unit-did-none = ቤተሰቦችና ሠራተኞች በአውደ ጥናቶች ላይ የሚስማሙባቸው እርምጃዎች እዚህ ይቀርባሉ። እስካሁን ምንም እርምጃ አልተመዘገበም።
unit-answer = መጠይቁን ይመልሱ
thanks-see-unit = ቤተሰቦች ስለ { $name } ምን እንዳሉ ይመልከቱ
report-voice = የቤተሰቦች ድምፅ፦ እርዳታው ይጠቅማል
dashboard-report = ዓመታዊ ሪፖርት
dashboard-report-intro = ለኑሮ ሁኔታ በጀትና ለዓመታዊ ሪፖርቱ የሚሆኑ ሰንጠረዦች፦ ለእያንዳንዱ የውጤት መስክ አንድ ሰንጠረዥ፣ የቤተሰቦች የራሳቸው መልሶች፣ የመዝገብ አሃዞችና በዓመቱ ውስጥ ያለው ለውጥ ያሉበት። ሪፖርቱ እንደ ታተመ ይቆጠራል፦ ከ { $k } ያነሱ ቡድኖች አይታዩም፤ ሙሉ ወራት ብቻ ይካተታሉ።
dashboard-report-year = ዓመት
dashboard-report-xlsx = አውርድ (Excel)
dashboard-report-csv = የ { $year } ዓመታዊ ሪፖርትን በ CSV አውርድ
dashboard-theme-trend = ርዕሶች በሩብ ዓመት
dashboard-theme-trend-hint = ርዕሱ ያለባቸው ጽሑፎች፣ እና ከሩብ ዓመቱ ጽሑፎች ሁሉ ያላቸው ድርሻ። – ለማሳየት በጣም ጥቂት ጽሑፎች ማለት ነው።
staff-nav-themes = ርዕሶች
themes-title = ርዕሶች
themes-intro = ቤተሰቦች የሚጽፉባቸው ርዕሶች፣ ጽሑፎቹን ምልክት ከሚያደርጉት የመፈለጊያ ቃላት ጋር። አንድን ርዕስ ሲቀይሩ፣ የተቀመጡ ጽሑፎች ሁሉ በአጭር ጊዜ ውስጥ እንደገና ምልክት ይደረግባቸዋል።
themes-caption = ርዕሶች፣ የመፈለጊያ ቃላት እና ምልክቶቻቸው ስንት ጊዜ እንደተረጋገጡ ወይም ውድቅ እንደተደረጉ
themes-new = አዲስ ርዕስ
themes-edit = ርዕሱን ይቀይሩ
themes-confirmed = ተረጋግጧል
themes-rejected = ውድቅ ተደርጓል
themes-precision = ትክክለኛነት
theme-name = ስም
theme-terms = የመፈለጊያ ቃላት
theme-terms-hint = በእያንዳንዱ መስመር አንድ የመፈለጊያ ቃል (ወይም በነጠላ ሰረዝ የተለዩ)። ቃላቱ በጽሑፉ ቋንቋ ሌሎች የቃሉን ቅርጾችም ያገኛሉ።
theme-code = ኮድ
theme-code-hint = ትንንሽ ፊደላት a–z፣ ቁጥሮች፣ - እና _። ኮዱ በኋላ ሊቀየር አይችልም።
theme-form-intro = በሚያውቋቸው ቋንቋዎች ስሞችንና የመፈለጊያ ቃላትን ይጻፉ። በኖርዌይኛ (bokmål) የተጻፈ ስም እና ቢያንስ አንድ የመፈለጊያ ቃል ያስፈልጋሉ።
theme-problems = ርዕሱ አልተቀመጠም
theme-save = ያስቀምጡና ጽሑፎቹን እንደገና ምልክት ያድርጉ
theme-cancel = ይሰርዙ
theme-saved = { $name } ተቀምጧል። ጽሑፎቹ አሁን እንደገና ምልክት እየተደረገባቸው ነው።
staff-nav-indicators = አመልካቾች
indicators-title = አመልካቾች
indicators-intro = መልሶቹ የሚቆጠሩባቸው አመልካቾች፦ ለየትኛው ዕቅድ ሪፖርት እንደሚያደርጉ፣ የየትኛው የውጤት መስክ አካል እንደሆኑ፣ እና የትኞቹ ጥያቄዎችና መልሶች እንደ አዎንታዊ እንደሚቆጠሩ።
indicator-plan = ዕቅድ እና የትኩረት መስክ
indicator-outcome = የውጤት መስክ
indicator-no-outcome = የለም
indicator-questions = የሚቆጠሩ ጥያቄዎች
indicator-positive = አዎንታዊ መልሶች
indicator-no-questions = እስካሁን በዚህ አመልካች ውስጥ የሚቆጠር ጥያቄ የለም።
indicator-questions-hint = የትኞቹ ጥያቄዎች እንደሚቆጠሩ የሚወሰነው በቅጾቹ ውስጥ ነው። አንድ ጥያቄ ሲቀየር አሃዞቹ በራሳቸው እንደገና ይሰላሉ።
indicator-problems = አመልካቹ አልተቀመጠም
indicator-save = ያስቀምጡ
indicator-saved = { $name } ተቀምጧል።
staff-nav-registry = የመዝገብ አሃዞች
registry-title = ከመዝገቦች የተገኙ አሃዞች
registry-intro = ከ microdata.no፣ SSB፣ Bufdir ወይም KOSTRA የተገኙ አሃዞችን indicator፣ area፣ period፣ value እና source (እና ከተፈለገ note) የሚሉ ዓምዶች ያሉት CSV ፋይል አድርገው ይስቀሉ። አሃዞቹ ለተመሳሳዩ የውጤት መስክ ቤተሰቦች ራሳቸው ከሰጡት መልስ ጎን ይታያሉ። ፋይሉ በሙሉ ይቀመጣል፤ አለበለዚያ ምንም አይቀመጥም።
registry-file = CSV ፋይል
registry-file-hint = ለምሳሌ docs/registry-example.csv ን ይመልከቱ። ቢበዛ 5 MB።
registry-upload = ስቀል
registry-imported = የተቀመጡ አሃዞች፦ { $count }።
registry-problems = ምንም አልተቀመጠም። እነዚህን መስመሮች አስተካክለው ፋይሉን እንደገና ይስቀሉ፦
registry-line = መስመር { $line }
registry-stored = የተቀመጡ አሃዞች
registry-indicator = አመልካች
registry-none = እስካሁን ምንም አሃዝ አልተሰቀለም።
dashboard-window-edge = የጊዜው የመጀመሪያው ወይም የመጨረሻው ወር ለብቻው ለመታየት በቂ መልሶች የሉትም፤ ስለዚህ ጊዜው ራሱም ሊታይ አይችልም። አንድ ወር ቀደም ብሎ የሚያበቃ ጊዜ ይምረጡ።

## Staff accounts, sessions and the audit log
login-username-label = የተጠቃሚ ስም
login-password-label = የይለፍ ቃል
staff-nav-follow-up = ክትትል
staff-nav-workshops = አውደ ጥናቶች
staff-nav-users = ተጠቃሚዎች
staff-nav-audit = የተግባር መዝገብ
staff-nav-account = መለያዎ
staff-role-admin = አስተዳዳሪ
staff-role-planner = እቅድ አውጪ
staff-role-facilitator = የአውደ ጥናት አመቻች
staff-role-unit-lead = የተቋም ኃላፊ
users-title = ተጠቃሚዎች
users-caption = የሠራተኞች መለያዎች
user-username = የተጠቃሚ ስም
user-username-hint = 2–32 ቁምፊዎች፦ ትንንሽ ፊደላት፣ ቁጥሮች፣ ነጥብ፣ ሰረዝ (-) ወይም የታች ሰረዝ (_)።
user-display-name = ስም
user-role = ሚና
user-units = ተቋማት
user-units-hint = ለተቋም ኃላፊዎች ብቻ፦ ሊያነቧቸው የሚችሏቸው ተቋማት፣ በኮማ ተለያይተው።
user-password = የይለፍ ቃል
user-password-hint = የተፈጠረ የይለፍ ቃል ለማግኘት ባዶ ይተዉት፤ አንድ ጊዜ ብቻ ይታያል።
user-status = ሁኔታ
user-actions = ተግባራት
user-active = ንቁ
user-disabled = ተሰናክሏል
user-disable = ያሰናክሉ
user-enable = ያንቁ
user-reset = አዲስ የይለፍ ቃል
user-save-role = ሚናውን ያስቀምጡ
user-new = አዲስ መለያ
user-create = መለያ ይፍጠሩ
user-created = መለያው ተፈጥሯል።
user-changed = መለያው ተቀይሯል።
user-new-password = የ { $name } የይለፍ ቃል፣ አሁን ብቻ የሚታይ። በአካል ወይም በስልክ ይስጧቸው፤ ሲገቡ መቀየር አለባቸው።
user-error-invalid-username = የተጠቃሚ ስም 2–32 ቁምፊዎች ነው፦ ትንንሽ ፊደላት፣ ቁጥሮች፣ ነጥብ፣ ሰረዝ (-) ወይም የታች ሰረዝ (_)።
user-error-username-taken = ይህ የተጠቃሚ ስም ተይዟል።
user-error-not-found = እንዲህ ያለ መለያ የለም።
user-error-unknown-unit = ከተቋማቱ አንዱ የለም። በዝርዝሩ ውስጥ ያሉትን የተቋማት አጭር ስሞች ይጠቀሙ።
user-error-units-needed = የተቋም ኃላፊ ቢያንስ አንድ ተቋም ያስፈልገዋል።
user-error-invalid-name = ከ1–100 ቁምፊዎች ያለው ስም ይጻፉ።
user-error-last-admin = የመጨረሻውን ንቁ አስተዳዳሪ ማሰናከል ወይም ሌላ ሚና መስጠት አይቻልም።
user-error-password-too-short = የይለፍ ቃሉ ቢያንስ 12 ቁምፊዎች ሊኖሩት ይገባል። በተከታታይ የተጻፉ ጥቂት ቃላት ጥሩ የይለፍ ቃል ይሆናሉ።
user-error-password-too-long = የይለፍ ቃሉ ቢበዛ 256 ቁምፊዎች ሊኖሩት ይችላል።
user-error-unavailable = ለውጡን አሁን ማስቀመጥ አልተቻለም። ትንሽ ቆይተው እንደገና ይሞክሩ።
account-title = መለያዎ
account-change-password = የይለፍ ቃልዎን ይቀይሩ
account-current = የአሁኑ የይለፍ ቃል
account-new = አዲስ የይለፍ ቃል
account-new-hint = ቢያንስ { $count } ቁምፊዎች። በተከታታይ የተጻፉ ጥቂት ቃላት ጥሩ የይለፍ ቃል ይሆናሉ።
account-repeat = አዲሱን የይለፍ ቃል እንደገና
account-save = የይለፍ ቃል ይቀይሩ
account-mismatch = ሁለቱ አዲስ የይለፍ ቃሎች አንድ አይደሉም።
account-wrong-password = የአሁኑ የይለፍ ቃል ትክክል አይደለም።
account-password-changed = የይለፍ ቃልዎ ተቀይሯል። ከገቡባቸው ሌሎች ቦታዎች እንዲወጡ ተደርጓል።
audit-title = የተግባር መዝገብ
audit-intro = ማን እንደገባ፣ ጥሬ ጽሑፎችን እንዳነበበ፣ ወደ ውጭ እንዳወጣ፣ እንደሰረዘ ወይም አንድ ነገር እንደቀየረ፣ እና መቼ። መዝገቡ ነዋሪዎች የጻፉትን ፈጽሞ አይይዝም።
audit-actor = ማን
audit-action = ተግባር
audit-from = ከቀን
audit-to = እስከ ቀን
audit-filter = ያጣሩ
audit-caption = የተመዘገቡ ተግባራት፣ አዲሶቹ በመጀመሪያ
audit-at = መቼ (UTC)
audit-target = ምን ላይ
audit-detail = ዝርዝር
audit-none = ከእነዚህ ማጣሪያዎች ጋር የሚስማማ የተመዘገበ ነገር የለም።
audit-older = የቆዩ መዝገቦች
