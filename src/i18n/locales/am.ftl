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
what-happens-body = የብዙ ቤተሰቦች መልሶች አንድ ላይ ይሰበሰባሉ። ሠራተኞች ቁጥሮችን የሚያዩት ብዙዎች የመለሱባቸውን ቡድኖች ብቻ ነው፤ አንድ ቤተሰብ እንዴት እንደመለሰ በፍጹም አያዩም። በራስዎ ቃላት የሚጽፉትን ሠራተኞች ማንበብ ይችላሉ፣ ግን ስሞችና ቁጥሮች ተወግደው፣ ማን እንደጻፈው ሳያውቁ። መልሶቹ አገልግሎቶችን ለማሻሻል ይውላሉ፣ ቤተሰቦችና ሠራተኞች ምን መቀየር እንዳለበት በጋራ በሚወስኑባቸው ስብሰባዎች።
footer-privacy = ስም ሳይገልጹ ይመልሳሉ፤ ስም ወይም የIP አድራሻ አናስቀምጥም፣ ሠራተኞችም የሚጽፉትን ስሞችና ቁጥሮች ተወግደው ያዩታል።

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
scale5-child-3 = አንዳንዴ አዎ፣ አንዳንዴ አይ
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
search-total-few = ከ{ $k } ያነሱ ጽሑፎች ይዛመዳሉ
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

## Workshops ("you said, we did") and follow-up
unit-did-done = ተከናውኗል
unit-did-planned = እስከ { $date } ድረስ ታቅዷል
workshops-title = አውደ ጥናቶች
workshops-intro = የጋራ ፈጠራ አውደ ጥናቶች፦ ቤተሰቦች፣ ልጆች፣ ሠራተኞችና አጋሮች ምን መቀየር እንዳለበት በጋራ ይወስናሉ። አውደ ጥናት ይፍጠሩ፣ መረጃ ያሳዩ፣ ተሳታፊዎች በስልካቸው እንዲቀላቀሉ ያድርጉ፣ የተወሰነውንም ይመዝግቡ።
workshops-caption = አውደ ጥናቶች፣ አዲሱ መጀመሪያ
workshops-none = እስካሁን ምንም አውደ ጥናት የለም።
workshop-new = አዲስ አውደ ጥናት
workshop-title-label = ስያሜ
workshop-scope = ስለ
workshop-scope-unit = ተቋም
workshop-scope-district = ክፍለ ከተማ
workshop-scope-theme = ርዕስ
workshop-stage = ደረጃ
workshop-stage-planning = ዕቅድ
workshop-stage-development = ማዘጋጀት
workshop-stage-decision = ውሳኔ
workshop-stage-evaluation = ግምገማ
workshop-with-children = ልጆች ወይም ወጣቶች ይሳተፋሉ
workshop-days = የመቀላቀያ ኮዱ የሚሠራባቸው ቀናት
workshop-create = አውደ ጥናት ይፍጠሩ
workshop-code = ኮድ
workshop-status = ሁኔታ
workshop-date = ቀን
workshop-open = ክፍት
workshop-closed = ዝግ
workshop-join-at = በ { $link } ይቀላቀሉ
workshop-join-until = አዲስ ተሳታፊዎች እስከ { $date } (UTC) ድረስ መቀላቀል ይችላሉ።
workshop-projector = የፕሮጀክተር እይታ
workshop-summary = ማጠቃለያ
workshop-close = አውደ ጥናቱን ዝጋ
workshop-reopen = እንደገና ክፈት
workshop-material = መረጃ
workshop-no-material = እስካሁን ምንም መረጃ የለም። የአመልካች አሃዞችን፣ ርዕሶችን ወይም ጥቅሶችን ያክሉ።
workshop-quote-pending = የእርስዎን ማጽደቅ እየጠበቀ ነው፦ ገና አይታይም
workshop-approve = አጽድቅ
workshop-remove = አስወግድ
workshop-add = አክል
workshop-add-indicator = የአመልካች አሃዞች
workshop-add-theme = ርዕስ
workshop-quotes = ሰዎች ከጻፉት የተወሰዱ ጥቅሶች
workshop-quotes-hint = ጥቅሶቹ የግል መረጃ ከተወገደላቸው ጽሑፎች የተወሰዱ ናቸው፤ ስለዚህ አውደ ጥናት ተቋም፣ ክፍለ ከተማ ወይም ርዕስ። እያንዳንዱን ጥቅስ ከማጽደቅዎ በፊት ያንብቡት፦ የሚታዩት የጸደቁ ጥቅሶች ብቻ ናቸው።
workshop-quote-search = የሚፈለጉ ቃላት
workshop-quotes-withheld = ጥቅሶችን ለማሳየት በዚህ ቡድን ውስጥ ያሉት ጽሑፎች በጣም ጥቂት ናቸው።
workshop-use-quote = ይህን ጥቅስ ተጠቀም
workshop-notes = ማስታወሻዎች
workshop-participants = { $count ->
    [one] { $count } ተሳታፊ
   *[other] { $count } ተሳታፊዎች
}
workshop-participants-label = ተሳታፊዎች
workshop-group-notes = አብረው የሚሄዱ ማስታወሻዎችን ይምረጡ
workshop-in-proposal = በሐሳብ ውስጥ
workshop-vote-count = { $count ->
    [one] { $count } ድምፅ
   *[other] { $count } ድምፆች
}
workshop-proposal-title = ሐሳብ
workshop-make-proposal = ከተመረጡት ማስታወሻዎች ሐሳብ ያዘጋጁ
workshop-proposals = ሐሳቦች
workshop-rating = ከ5 { $value } ነጥብ (የሰጡ ሰዎች፦ { $count })
workshop-rating-few = እስካሁን { $count } ነጥቦች (ከ3 ጀምሮ ይታያል)
workshop-rating-hidden = እስካሁን በቂ ነጥቦች የሉም
workshop-actions = የምናደርገው
workshop-action-what = ምን ይደረጋል
workshop-action-who = ኃላፊነቱ የማን ነው
workshop-action-due = እስከ መቼ
workshop-action-unit = እርምጃው የሚታይበት ተቋም
workshop-action-unit-same = የአውደ ጥናቱ ተቋም
workshop-action-unit-none = ምንም ተቋም የለም
workshop-action-themes = ሊያሻሽላቸው የሚገቡ ርዕሶች
workshop-action-indicators = ሊያሻሽላቸው የሚገቡ አመልካቾች
workshop-action-record = እርምጃውን መዝግብ
workshop-action-done = እንደተከናወነ ምልክት አድርግ
workshop-action-reopen = እንዳልተከናወነ ምልክት አድርግ
workshop-action-planned = ታቅዷል
workshop-batched = ውጤቶቹ በቡድን በቡድን ይታያሉ፤ ስለዚህ የአንድ ሰው ድምፅ ሊታይ አይችልም።
workshop-votes-label = ድምፆች
workshop-theme = ርዕስ
workshop-few = ለማሳየት በጣም ጥቂት መልሶች
workshop-enter-title = አውደ ጥናት ይቀላቀሉ
workshop-enter-intro = በስክሪኑ ላይ የሚያዩትን ኮድ ይጻፉ።
workshop-enter-go = ይቀላቀሉ
workshop-join-intro = እንኳን ደህና መጡ! እዚህ የሚያስቡትን መጻፍ፣ ለእርስዎ በጣም አስፈላጊ ለሆነውም ድምፅ መስጠት ይችላሉ።
workshop-join-anonymous = ስምዎን አይሰጡም። የሚጽፉት ያለ ስም በስክሪኑ ላይ ይታያል።
workshop-join-role = የምሳተፈው እንደ
workshop-join = ይቀላቀሉ
workshop-role-parent = ወላጅ ወይም አሳዳጊ
workshop-role-child = ልጅ
workshop-role-youth = ወጣት
workshop-role-staff = ሠራተኛ
workshop-role-partner = አጋር
workshop-add-note = ማስታወሻ ይጻፉ
workshop-note-label = ምን ያስባሉ?
workshop-note-hint = ቢበዛ { $max } ፊደላት። ስሞችን ወይም የስልክ ቁጥሮችን አይጻፉ።
workshop-note-send = ማስታወሻውን ላክ
workshop-no-notes = እስካሁን ምንም ማስታወሻ የለም።
workshop-votes-left = { $count ->
    [one] { $count } ድምፅ ቀርቶልዎታል።
   *[other] { $count } ድምፆች ቀርተውልዎታል።
}
workshop-vote = ለዚህ ድምፅ ስጥ
workshop-unvote = ድምፄን መልስ
workshop-rate = ነጥቤን አስቀምጥ
workshop-score-1 = 1 – ጥሩ አይደለም
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – በጣም ጥሩ
workshop-closed-note = አውደ ጥናቱ ተዘግቷል። ስለተሳተፉ እናመሰግናለን!
workshop-done-joined = እንኳን ደህና መጡ! ተቀላቅለዋል።
workshop-done-note = እናመሰግናለን፣ ማስታወሻዎ ተቀምጧል።
workshop-done-vote = ድምፅዎ ተቀምጧል።
workshop-done-unvote = ድምፅዎ ተመልሷል።
workshop-done-rating = ነጥብዎ ተቀምጧል።
workshop-error-title = የሆነ ነገር ትክክል አይደለም
workshop-error-not-found = በዚህ ኮድ አውደ ጥናት ማግኘት አልቻልንም። በስክሪኑ ላይ ያለውን ኮድ ያረጋግጡና እንደገና ይሞክሩ።
workshop-error-closed = አውደ ጥናቱ ተዘግቷል፤ ስለዚህ ይህ አልተቀመጠም። ስለተሳተፉ እናመሰግናለን!
workshop-error-expired = ይህን ኮድ ለመቀላቀል ከእንግዲህ መጠቀም አይቻልም። አመቻቹን እርዳታ ይጠይቁ።
workshop-error-too-fast = ማስታወሻዎችን በጣም በፍጥነት እየላኩ ነው። አንድ ደቂቃ ጠብቀው እንደገና ይሞክሩ፤ ጽሑፍዎ ከታች ተቀምጧል።
workshop-error-no-votes-left = ድምፆችዎን በሙሉ ተጠቅመዋል። ለሌላ ማስታወሻ ለመስጠት አንድ ድምፅ ይመልሱ።
workshop-error-unavailable = ይህ አሁን ሊቀመጥ አልቻለም። ትንሽ ቆይተው እንደገና ይሞክሩ፤ ጽሑፍዎ ከታች ተቀምጧል።
workshop-error-note = ቢበዛ 500 ፊደላት ያለው ማስታወሻ ይጻፉ።
workshop-error-score = ከ1 እስከ 5 ነጥብ ይምረጡ።
workshop-error-role = እንዴት እንደሚሳተፉ ይምረጡ።
workshop-error-workshop-title = ስያሜ ይጻፉ።
workshop-error-material = ያንን መረጃ ማከል አይቻልም።
workshop-error-proposal = ለሐሳቡ አጭር ስያሜ ይጻፉ።
workshop-error-action-what = ምን እንደሚደረግ ይጻፉ።
workshop-error-action-who = ኃላፊነቱ የማን እንደሆነ ይጻፉ።
workshop-error-action-due = መከናወን ያለበትን ቀን ይስጡ።
workshop-error-scope = ያለ ተቋም፣ ክፍለ ከተማ ወይም ርዕስ ይምረጡ።
workshop-error-stage = ደረጃ ይምረጡ።
follow-up-title = ክትትል፦ ሰዎች ያሉት ወደ አንድ ውጤት አድርሷል?
follow-up-intro = የዕቅዶቹ የሂደት አመልካቾች፦ የልጆች አስተያየት ተጠይቆ፣ ተመዝግቦና ጥቅም ላይ ውሎ እንደሆነ (P1)፣ በአስተያየቶች የተነሱ ርዕሶች አውደ ጥናት ላይ ደርሰው እንደሆነና እርምጃዎቹ ተከናውነው እንደሆነ (P2)፣ እንዲሁም እያንዳንዱ ተቋም የትኞቹን የጋራ ፈጠራ ደረጃዎች እንደሸፈነ (P3)።
follow-up-p2 = ርዕሶችና እርምጃዎች (P2)
follow-up-p2-reached = በዚህ ዓመት በአስተያየቶች ከተነሱት ርዕሶች { $percent } % አውደ ጥናት ላይ ደርሰዋል።
follow-up-p2-none = በዚህ ዓመት ለመቆጠር በበቂ ሁኔታ የተነሳ ርዕስ የለም።
follow-up-p2-done = ከ{ $count } የአውደ ጥናት እርምጃዎች { $percent } % ተከናውነዋል።
follow-up-no-actions = እስካሁን የተመዘገበ የአውደ ጥናት እርምጃ የለም።
follow-up-themes-caption = ባለፉት አሥራ ሁለት ወራት የነበሩ ርዕሶች (ጽሑፎች ከ { $k } ጀምሮ ይታያሉ)
follow-up-texts = ጽሑፎች
follow-up-workshops = አውደ ጥናቶች
follow-up-actions = እርምጃዎች
follow-up-done = ተከናውኗል
follow-up-p1-p3 = ተቋማት፦ የልጆች አስተያየት (P1) እና የተሸፈኑ ደረጃዎች (P3)
follow-up-units-caption = በየተቋሙ፦ ተጠይቋል → ተመዝግቧል → ጥቅም ላይ ውሏል፣ እና የጋራ ፈጠራ ደረጃዎች
follow-up-asked = ተጠይቋል
follow-up-documented = ተመዝግቧል
follow-up-used = ጥቅም ላይ ውሏል
follow-up-stages = ደረጃዎች
follow-up-yes = አዎ
follow-up-no = አይ
staff-nav-catalogue = ካታሎግ
catalogue-title = ካታሎግ
catalogue-intro = ቅጾቹ፣ ጥያቄዎቻቸው በሁሉም ቋንቋዎች፣ እንዲሁም መልሶቹ የሚመለከቷቸው ተቋማትና ቦታዎች። እያንዳንዱ ለውጥ ቁጥር ያለው ክለሳ ነው፤ ቀደም ብለው የተሰጡ መልሶች ጥያቄው በተጠየቀበት አገላለጽ ይቆያሉ።
catalogue-places-title = ተቋማትና ቦታዎች
catalogue-surveys-caption = ቅጾች
catalogue-survey = ቅጽ
catalogue-audience = ለማን
catalogue-questions = ጥያቄዎች
catalogue-languages = የተሟሉ ቋንቋዎች
catalogue-unreviewed = ያልተረጋገጡ ጽሑፎች
catalogue-status = ሁኔታ
catalogue-retired-count = { $count ->
    [one] { $count } ጥያቄ ከአገልግሎት ወጥቷል
   *[other] { $count } ጥያቄዎች ከአገልግሎት ወጥተዋል
}
catalogue-offered = እየቀረበ ነው
catalogue-withdrawn = ተቋርጧል
catalogue-revisions = የቅርብ ጊዜ ለውጦች
catalogue-revisions-intro = ካታሎጉ በክለሳ { $revision } ላይ ነው።
catalogue-revision = ክለሳ
catalogue-no-revisions = መነሻው ካታሎግ ከተጫነ ወዲህ ምንም የተቀየረ ነገር የለም።
catalogue-problems = ለውጡ አልተቀመጠም
catalogue-survey-intro = ለማን፦ { $audience }። ጥያቄዎች እዚህ ይታከላሉ፤ ከአገልግሎት የሚወጡት ደግሞ በራሳቸው ገጽ ላይ ነው። ኮዶቻቸው በፍጹም አይቀየሩም።
catalogue-questions-caption = ጥያቄዎች በቅደም ተከተል
catalogue-key = ኮድ
catalogue-question-text = ጥያቄ
catalogue-kind = የመልስ ዓይነት
catalogue-missing = የጎደሉ ቋንቋዎች
catalogue-required = ግዴታ
catalogue-asked = ይጠየቃል
catalogue-retired = ከአገልግሎት ወጥቷል
catalogue-survey-texts = ርዕስና መግቢያ
catalogue-offer-survey = ይህን ቅጽ ያቅርቡ
catalogue-incomplete = ያልተሟላ
catalogue-not-reviewed = አልተረጋገጠም
catalogue-survey-title = ርዕስ
catalogue-survey-introduction = መግቢያ
catalogue-reviewed = በቋንቋው ተናጋሪ ተረጋግጧል
catalogue-empty-removes = ጽሑፍን ባዶ ማድረግ ያንን ቋንቋ ያስወግዳል። በኖርዌይኛ (bokmål) የተጻፈ ጽሑፍ ግዴታ ነው፤ ሌሎች ቋንቋዎች ሁሉ ጽሑፍ ሲጎድላቸው ወደ እሱ ይመለሳሉ።
catalogue-save = ያስቀምጡ
catalogue-add-question = ጥያቄ ያክሉ
catalogue-key-hint = ትናንሽ ፊደላት፣ አሃዞችና ሰረዞች። በኋላ ሊቀየር አይችልም።
catalogue-kind-scale5 = አምስት ፊቶች (አልስማማም … እስማማለሁ)
catalogue-kind-scale3 = ሦስት ፊቶች (አይ … አዎ)
catalogue-kind-yes-no = አዎ፣ አይ፣ እርግጠኛ አይደለሁም
catalogue-kind-single = አንድ ምርጫ
catalogue-kind-multi = ብዙ ምርጫዎች
catalogue-kind-text = ነጻ ጽሑፍ
catalogue-section = ክፍል
catalogue-question-text-nb = ጥያቄ በኖርዌይኛ (bokmål)
catalogue-help-nb = የእገዛ ጽሑፍ በኖርዌይኛ (bokmål) (አማራጭ)
catalogue-choices = ምርጫዎች (ለአንድ ምርጫና ለብዙ ምርጫዎች ብቻ)
catalogue-choices-hint = በእያንዳንዱ መስመር አንድ፣ እንደ ኮድ = ስም፣ ለምሳሌ፦ bus = Buss
catalogue-add-question-hint = ጥያቄው መጨረሻ ላይ ይታከላል። በአንድ ቋንቋ ጽሑፍ እስኪኖረው ድረስ ቅጹ በዚያ ቋንቋ አይቀርብም፤ ትርጉሞቹን በጥያቄው ገጽ ላይ ያክሉ።
catalogue-question-heading = ጥያቄ { $key }
catalogue-question-intro = በእያንዳንዱ ቋንቋ ያለውን አገላለጽ ይቀይሩ፣ የቋንቋው ተናጋሪ ያረጋገጣቸውን ትርጉሞች ምልክት ያድርጉ፣ ወይም ጥያቄውን ከአገልግሎት ያውጡ።
catalogue-counts-for = ለአመልካች { $indicator } ይቆጠራል
catalogue-ask-question = ይህን ጥያቄ ይጠይቁ
catalogue-retire-hint = ከአገልግሎት የወጣ ጥያቄ ከእንግዲህ አይጠየቅም። መልሶቹ ይቀመጣሉ፤ በአመልካቾች ውስጥም መቆጠራቸው ይቀጥላል።
catalogue-missing-text = ጽሑፍ የለም
catalogue-help = የእገዛ ጽሑፍ
catalogue-choice-label = { $value }፦ የሚታይ ስም
catalogue-versioned-hint = ከለውጥዎ በፊት የነበረው አገላለጽ ይቀመጣል፤ ቀደም ብለው የተሰጡ መልሶች ከተጠየቁበት ጥያቄ ጋር ይታያሉ።
catalogue-earlier = የቀድሞ አገላለጾች
catalogue-earlier-caption = የተተኩ አገላለጾች፣ ከተኳቸው ክለሳ ጋር
catalogue-language = ቋንቋ
catalogue-until = የተተካበት ክለሳ
catalogue-no-earlier = አገላለጹ አልተቀየረም።
catalogue-places-intro = ተቋማት ቤተሰቦች ስለእነሱ የሚመልሱባቸው አገልግሎቶች ናቸው፤ ክፍለ ከተማዎችና አካባቢዎች ደግሞ የሚገኙበትን ቦታ ያሳያሉ። ሊንኮች፣ ፖስተሮችና ሪፖርቶች ስለሚጠቀሙባቸው ኮዶች በፍጹም አይቀየሩም። የተዘጋ ተቋም ከእንግዲህ መልስ አይቀበልም፤ መልሶቹ ግን ይቀመጣሉ።
catalogue-units = ተቋማት
catalogue-new-unit = አዲስ ተቋም
catalogue-name = ስም
catalogue-service-kind = አገልግሎት
catalogue-district = ክፍለ ከተማ
catalogue-zone = አካባቢ
catalogue-open = ክፍት
catalogue-closed = ዝግ
catalogue-districts = ክፍለ ከተማዎች
catalogue-unit-count = { $count ->
    [one] { $count } ተቋም
   *[other] { $count } ተቋማት
}
catalogue-new-district = አዲስ ክፍለ ከተማ
catalogue-add = ያክሉ
catalogue-zones = አካባቢዎች
catalogue-new-zone = አዲስ አካባቢ
catalogue-zone-hint = አማራጭ። አካባቢው በተቋሙ ክፍለ ከተማ ውስጥ መሆን አለበት።
catalogue-unit-open = ክፍት፦ መልሶችን ይቀበላል
catalogue-unit-open-hint = ተቋምን መዝጋት አዳዲስ መልሶችን ያቆማል፤ መልሶቹና አሃዞቹ ይቀመጣሉ።
catalogue-saved = እንደ ክለሳ { $revision } ተቀምጧል።
catalogue-unchanged = ምንም የተቀየረ ነገር የለም።
catalogue-error-not-found = ይህ በካታሎጉ ውስጥ የለም።
catalogue-error-invalid-slug = ኮድ ከ2–60 ምልክቶች ይኖሩታል፦ ትናንሽ ፊደላት፣ አሃዞች፣ ሰረዝ (-) ወይም የታች ሰረዝ (_)።
catalogue-error-taken = ይህ ኮድ አስቀድሞ ተይዟል።
catalogue-error-invalid-name = ከ120 ምልክቶች ያልበለጠ ስም ይጻፉ።
catalogue-error-default-text-required = በኖርዌይኛ (bokmål) የተጻፈ ጽሑፍ ግዴታ ነው።
catalogue-error-too-long = አንድ ጽሑፍ በጣም ረጅም ነው።
catalogue-error-unknown-service-kind = አገልግሎት ይምረጡ።
catalogue-error-unknown-district = ክፍለ ከተማ ይምረጡ።
catalogue-error-zone-outside-district = አካባቢው በዚያ ክፍለ ከተማ ውስጥ አይገኝም።
catalogue-error-unknown-kind = የመልስ ዓይነት ይምረጡ።
catalogue-error-choices-needed = ሁለት ወይም ከዚያ በላይ የተለያዩ ምርጫዎችን ይስጡ፣ በእያንዳንዱ መስመር አንድ፣ እንደ ኮድ = ስም።
catalogue-error-second-text-question = ቅጹ አስቀድሞ የነጻ ጽሑፍ ጥያቄ አለው።
catalogue-error-title-kept = የአንድ ቋንቋ ርዕስ ሊወገድ አይችልም። ቅጹን በአንድ ቋንቋ ማቅረብ ለማቆም፣ በዚያ ቋንቋ ያለውን የአንድ ጥያቄ ጽሑፍ ያስወግዱ።
catalogue-error-unavailable = ካታሎጉ አሁን ሊቀመጥ አልቻለም። ምንም የተቀየረ ነገር የለም፤ እባክዎ እንደገና ይሞክሩ።
login-oidc = በ { $provider } ይግቡ
login-oidc-refused-title = ወደ stemme መዳረሻ የለዎትም
login-oidc-refused-body = በማዘጋጃ ቤቱ ያለዎት መለያ በ stemme ውስጥ ምንም ሚና አይሰጥዎትም። ሚና ወደሚሰጥ ቡድን እንዲያክልዎ አስተዳዳሪውን ይጠይቁ።
login-oidc-failed-title = መግባት አልተሳካም
login-oidc-failed-body = በማዘጋጃ ቤቱ የመግቢያ አገልግሎት በኩል መግባት አልተሳካም። ወደ መግቢያ ገጹ ይመለሱና እንደገና ይሞክሩ።

# Disclosure control: what protected figures mean.
hidden-too_few = በጣም ጥቂት መልሶች (ከ{ $k } በታች)
hidden-uniform = ተደብቋል፦ ሁሉም በአንድ ዓይነት መለሱ
figures-protected = ቁጥሮቹ የተጠበቁ ናቸው፦ እያንዳንዱ ቁጥር ከትክክለኛው በጥቂት መልሶች ሊለያይ ይችላል፤ ስለዚህ ማንም ትንሽ ቡድንን ማስላት አይችልም።
figures-protected-link = ይህ ምን ማለት ነው?
figures-so-far = እስካሁን
protection-title = ቁጥሮቹ እንዴት እንደሚጠበቁ
protection-why = ቤተሰቦች ስማቸውን ሳይገልጹ ይመልሳሉ። ማንም ትንሽ ቡድን እንዴት እንደመለሰ እንዳያውቅ፣ አንዱን ቁጥር ከሌላው በመቀነስም ቢሆን፣ የሚታየው እያንዳንዱ ቁጥር የተጠበቀ ነው።
protection-noise-heading = በእያንዳንዱ ቁጥር ትንሽ ልዩነት
protection-noise = እያንዳንዱ ቁጥር ቢበዛ { $noise } መልሶች የሆነ ትንሽና ቋሚ ልዩነት አለው፤ ብዙውን ጊዜ 0 ወይም 1። ተመሳሳይ መልሶች ሁልጊዜ ተመሳሳይ ልዩነት ያገኛሉ። ነገር ግን የሁለት ቁጥሮች ልዩነት፣ ለምሳሌ ክፍለ ከተማ ቀንሶ ዞኖቹ፣ በትንሽ ቡድን ውስጥ ስንት ሰው እንዳለ በትክክል አይነግርም። ድርሻዎችና የጥርጣሬ ክልሎች የሚሰሉት ከተጠበቁት ቁጥሮች ነው።
protection-hidden-heading = የማይታዩ ቁጥሮች
protection-too-few = ቡድኑ ከ{ $k } ያነሱ መልሶች አሉት፣ ወይም ከልዩነቱ ጋር ቁጥሩ ከ{ $k } በታች የሚሆን ያህል ጥቂት ነው።
protection-uniform = በትንሽ ቡድን (ከ{ $k } እጥፍ ያነሱ መልሶች) 0 % ወይም 100 % እያንዳንዱ ሰው ምን እንደመለሰ ይነግራል።
protection-periods-heading = ሙሉ ወራት
protection-periods = ማሳያዎቹ እስከ መጨረሻው ያለቀ ወር ድረስ ሙሉ ወራትን ይሸፍናሉ። አሁን ያለው ወር የሚታየው ሲመርጡት ብቻ ነው፤ «እስካሁን» ተብሎም ምልክት ይደረግበታል።
protection-published = ከማዘጋጃ ቤቱ ውጭ የሚታየው (የክፍሉ ይፋዊ ገጽና ዓመታዊ ሪፖርት) ቢያንስ { $published_k } መልሶች ያላቸውን ቡድኖች ብቻ ይይዛል።
login-expired = የመግቢያ ቅጹ ጊዜው አልፎበታል ወይም ከሌላ ጣቢያ መጥቷል። የተጠቃሚ ስምና የይለፍ ቃል እንደገና ይጻፉ።

# API tokens on the users page.
tokens-title = የAPI ቁልፎች
tokens-hint = በ«stemme token create --user USERNAME --name NAME» ቁልፍ ይፍጠሩ። የአንድ ተጠቃሚ ቁልፍ ተጠቃሚው ሲሰናከል መሥራት ያቆማል።
token-name = ስም
token-owner = ባለቤት
token-created = የተፈጠረ
token-expires = የሚያበቃ
token-never = በጭራሽ
token-status = ሁኔታ
token-status-active = ይሠራል
token-status-expired = ጊዜው አልፏል
token-status-revoked = ተሰርዟል
token-status-owner_disabled = ተጠቃሚው ተሰናክሏል
token-revoke = ሰርዝ
token-revoked = ቁልፉ ተሰርዟል።
workshop-error-quote = ሊጨመሩ የሚችሉት ከአውደ ጥናቱ የራሱ ዝርዝር የመጡ ጥቅሶች ብቻ ናቸው፦ ከክፍሉ፣ ከክፍለ ከተማው ወይም ከርዕሱ የመጡ ጽሑፎች።

# Recordings of questions (catalogue admin)
catalogue-recordings = የተቀዱ ድምጾች
catalogue-recordings-intro = አንድ ሰው «ድምፅ አውጥተህ አንብብ» ሲጫን ከስልኩ ድምፅ ይልቅ የተቀዳው ድምፅ ይጫወታል። MP3፣ Ogg፣ M4A፣ WebM ወይም WAV እስከ 2 MB ይስቀሉ። የጥያቄውን ጽሑፍ በአንድ ቋንቋ ከቀየሩ ወይም ጥያቄውን መጠየቅ ካቆሙ ቅጂው ይሰረዛል።
catalogue-recording-none = እስካሁን ቅጂ የለም።
catalogue-recording-upload = ቅጂ ስቀል
catalogue-recording-remove = ቅጂውን አስወግድ
catalogue-recording-file = ቅጂ በ{ $lang }
catalogue-recording-not-audio = ፋይሉ stemme ሊጫወተው የሚችል ቅጂ አይደለም። MP3፣ Ogg፣ M4A፣ WebM ወይም WAV ይጠቀሙ።
catalogue-recording-too-large = ቅጂ ከ2 MB መብለጥ የለበትም።
catalogue-recording-no-text = ቅጂ ከመጨመርዎ በፊት ጥያቄውን በዚህ ቋንቋ ይጻፉ።

# An answer sent without signal (form.js)
offline-kept = ኢንተርኔት የለዎትም። መልሶችዎ እዚሁ ስልክዎ ላይ ተቀምጠዋል፣ ኢንተርኔት ሲመለስ በራሳቸው ይላካሉ። ከቻሉ ይህን ገጽ ክፍት ይተዉት።
offline-sending = ኢንተርኔት ተመልሷል። መልሶችዎ እየተላኩ ነው …

# The thank-you page of the children's forms
thanks-child-title = አመሰግናለሁ! አሁን የምታስበውን ተናግረሃል።
thanks-child-body = መልስህ ተልኳል። በማዘጋጃ ቤቱ ያሉ ትልልቆቹ ያነቡታል፣ ለልጆችም ነገሮችን ለማሻሻል ይሞክራሉ።
thanks-next-child = ቀጣዩ ልጅ
thanks-next-child-hint = ስልኩን ወይም ታብሌቱን ለሌላ ልጅ ትሰጣለህ? ቀጣዩ ልጅ ባዶ ቅጽ ያገኛል፣ ይህ ልጅ የመለሰውን ማንም አያይም።

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] ጥር–መጋቢት
    [2] ሚያዝያ–ሰኔ
    [3] ሐምሌ–መስከረም
    *[4] ጥቅምት–ታኅሣሥ
} { $year }
unit-none-yet = ማንም ሳይታወቅ ቁጥሮችን ለማሳየት በቂ መልሶች ገና አልመጡም። ከታች ቤተሰቦች ከተናገሩት በኋላ የተሠራውን ያያሉ።

# The privacy notice (/personvern) and the footer
privacy-title = የግል መረጃ ጥበቃ
privacy-intro = የሚመልሱትን እንዲህ እንጠብቃለን። ስም ሳይገልጹ ይመልሳሉ፤ ስምዎን በፍጹም አንጠይቅም።
privacy-h-who = ኃላፊነቱ የማን ነው
privacy-who = { $municipality } ለመልሶቹ ኃላፊ ነው።
privacy-contact = ስለ የግል መረጃ ጥያቄዎች: { $contact }
privacy-contact-none = ስለ የግል መረጃ የማዘጋጃ ቤቱን የመረጃ ጥበቃ ኃላፊ መጠየቅ ይችላሉ።
privacy-h-why = ለምን እንጠይቃለን
privacy-why = ቤተሰቦችና ልጆች የሚያገኙት እርዳታ ይሠራ እንደሆነ ለማወቅ፣ እና ከቤተሰቦች ጋር ምን መቀየር እንዳለበት ለመወሰን። ይህ የማዘጋጃ ቤቱ የሕዝብ ተግባር አካል ነው (GDPR አንቀጽ 6(1)(e))።
privacy-h-stored = ምን እናስቀምጣለን፣ ማንስ ያየዋል
privacy-stored = መልሶችዎን፣ የትኛውን አገልግሎትና ቋንቋ እንደሚመለከቱ፣ እና የመለሱበትን ወር እናስቀምጣለን። ስምዎን፣ የIP አድራሻዎን ወይም ማንነትዎን የሚገልጽ ሌላ ነገር አናስቀምጥም። በራስዎ ቃላት የሚጽፉት እንደጻፉት ይቀመጣል፣ ግን እንደዚያ ማንበብ የሚችለው የማዘጋጃ ቤቱ አስተዳዳሪ ብቻ ነው። ሌሎች ሠራተኞች ሁሉ ጽሑፉን ስሞች፣ ስልክ ቁጥሮችና አድራሻዎች ተወግደው ያዩታል፣ ቁጥሮችንም ቢያንስ አምስት መልስ ላላቸው ቡድኖች ብቻ ያያሉ።
privacy-h-kept = ለምን ያህል ጊዜ
privacy-kept-months = መልሶቹ ከ{ $months } ወራት በኋላ ይሰረዛሉ።
privacy-kept-forever = ማዘጋጃ ቤቱ አገልግሎቶቹን ለመከታተል እስከሚጠቀምባቸው ድረስ ይቀመጣሉ፣ ከዚያ በኋላ ሲያስፈልጉ ይሰረዛሉ።
privacy-h-rights = መብቶችዎ
privacy-rights = ማንነትዎን ስለማናውቅ፣ የእርስዎን አንድ የተወሰነ መልስ ማግኘት አንችልም። መረጃውን እንደሚገባ አንጠብቅም ብለው ካሰቡ ለኖርዌይ የመረጃ ጥበቃ ባለሥልጣን (datatilsynet.no) ማመልከት ይችላሉ።
footer-accessibility = የተደራሽነት መግለጫ

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = እኔን አይመለከትም
choice-na-child = አላውቅም
