# Interface texts for stemme, Persian. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = رفتن به محتوا
language-switcher = زبان
language-unavailable = این صفحه هنوز به زبانی که خواستید ({ $code }) وجود ندارد. برای همین به این زبان نشان داده می‌شود.

## صفحهٔ اصلی
home-title = کمک به دردتان خورد؟
home-intro = به شهرداری بگویید کمکی که گرفتید مفید بود یا نه. شما ناشناس پاسخ می‌دهید و این کار فقط چند دقیقه طول می‌کشد.
home-choose-form = یک پرسشنامه انتخاب کنید
home-for-staff = برای کارکنان و همکاران
home-no-forms = فعلاً پرسشنامه‌ای برای پاسخ دادن نیست.

## ناشناس بودن و حریم خصوصی
anonymous-heading = پاسخ شما ناشناس است
anonymous-body = ما اسم شما را نمی‌پرسیم. ما ذخیره نمی‌کنیم که شما چه کسی هستید یا از کجا پاسخ می‌دهید، و پاسخ شما هرگز به هیچ پرونده‌ای اضافه نمی‌شود.
what-happens-summary = پاسخ من چه می‌شود؟
what-happens-body = پاسخ‌های خانواده‌های زیادی با هم جمع می‌شود. کارکنان فقط وقتی عددها را می‌بینند که افراد زیادی پاسخ داده باشند، و هرگز پاسخ یک خانواده را نمی‌بینند. اسم‌ها و شماره‌ها از آنچه می‌نویسید پاک می‌شود، پیش از آنکه کسی آن را بخواند. از پاسخ‌ها برای بهتر کردن خدمات استفاده می‌شود، در جلسه‌هایی که خانواده‌ها و کارکنان با هم تصمیم می‌گیرند چه چیزی باید تغییر کند.
footer-privacy = ناشناس: هیچ اسم، آدرس یا آدرس اینترنتی (IP) همراه پاسخ‌ها ذخیره نمی‌شود.

## پرسشنامه
answering-about = شما درباره‌ی این خدمت پاسخ می‌دهید:
choose-unit = درباره‌ی کدام خدمت پاسخ می‌دهید؟
choose-unit-placeholder = یک خدمت انتخاب کنید
section-progress = بخش { $current } از { $total }
progress-answered = به { $answered } سؤال از { $total } سؤال پاسخ داده‌اید
required-mark = باید پاسخ داده شود
skip-hint = از هر سؤالی که علامت «باید پاسخ داده شود» ندارد، می‌توانید بگذرید.
role-question = به عنوان چه کسی پاسخ می‌دهید؟
role-skip = ترجیح می‌دهم نگویم
role-parent = پدر، مادر یا سرپرست
role-next_of_kin = یکی از اعضای نزدیک خانواده
role-client = کسی که کمک گرفته است
role-resident = کسی که در این منطقه زندگی می‌کند
role-participant = کسی که در جامعه‌ی محلی فعال است
role-pupil = دانش‌آموز
role-staff = کارمند
role-partner = سازمان همکار
scale5-1 = کاملاً مخالفم
scale5-2 = مخالفم
scale5-3 = نه موافق، نه مخالف
scale5-4 = موافقم
scale5-5 = کاملاً موافقم
scale3-1 = نه
scale3-2 = کمی
scale3-3 = بله
yes_no-yes = بله
yes_no-no = نه
yes_no-unsure = مطمئن نیستم
text-limit = می‌توانید تا { $max } حرف بنویسید، به هر زبانی که بخواهید.
submit = فرستادن پاسخ

## خطاهای پرسشنامه
form-has-errors = { $count ->
    [one] پیش از فرستادن پاسخ، باید یک مورد را درست کنید.
   *[other] پیش از فرستادن پاسخ، باید { $count } مورد را درست کنید.
}
form-kept = آنچه پر کرده‌اید، نگه داشته شده است.
error-required = لطفاً به این سؤال پاسخ دهید.
error-choice = لطفاً یکی از پاسخ‌هایی را که اینجا هست انتخاب کنید.
error-text-too-long = متن خیلی طولانی است: { $count } حرف، ولی حداکثر { $max } حرف جا می‌شود.
error-unit = لطفاً خدمتی را که درباره‌اش پاسخ می‌دهید انتخاب کنید.
error-role = لطفاً یکی از نقش‌هایی را که اینجا هست انتخاب کنید، یا «ترجیح می‌دهم نگویم».
error-rate-limited = الان پاسخ‌های زیادی از شبکه‌ی شما می‌رسد. لطفاً یک دقیقه صبر کنید و دوباره بفرستید.
error-unavailable = همین حالا نتوانستیم پاسخ شما را ذخیره کنیم. چیزی از این صفحه از بین نرفته است: لطفاً کمی بعد دوباره بفرستید.

## صفحهٔ تشکر
thanks-title = خیلی ممنون!
thanks-body = پاسخ شما ذخیره شد.
thanks-next = پاسخ شما با پاسخ‌های خانواده‌های دیگر جمع می‌شود. شهرداری از این پاسخ‌ها استفاده می‌کند تا بفهمد چه چیزی مؤثر است، و همراه با خانواده‌ها تصمیم بگیرد چه چیزی باید تغییر کند.
thanks-another = پاسخ درباره‌ی یک خدمت دیگر
back-home = بازگشت به صفحه‌ی اول

## صفحه‌های خطا
error-title = مشکلی پیش آمد
error-body = نتوانستیم کاری را که خواستید انجام دهیم. لطفاً کمی بعد دوباره امتحان کنید.
not-found-title = این صفحه را پیدا نکردیم
not-found-body = شاید لینک قدیمی باشد یا اشتباه نوشته شده باشد.

## پرسشنامه‌های کودکان و بلندخوانی
read-aloud = خواندن با صدای بلند
read-aloud-stop = توقف خواندن
question-progress = سؤال { $current } از { $total }
next-question = سؤال بعدی
assisted-heading = برای بزرگسال
assisted-by-question = چه کسی به کودک کمک می‌کند تا پاسخ دهد؟
role-other_adult = یک بزرگسال دیگر
child-skip-hint = اگر نمی‌خواهی به سؤالی جواب بدهی، می‌توانی از آن بگذری.
scale3-child-1 = نه
scale3-child-2 = کمی
scale3-child-3 = بله
scale5-child-1 = نه، اصلاً
scale5-child-2 = نه خیلی
scale5-child-3 = نمی‌دانم
scale5-child-4 = بیشتر بله
scale5-child-5 = بله، خیلی زیاد

## پوسترها
poster-scan = برای پاسخ دادن، کد را با دوربین گوشی‌تان اسکن کنید.
poster-or-type = یا این آدرس را وارد کنید:
posters-title = پوستر برای دیوار
posters-intro = یک دعوت‌نامه با کد QR چاپ کنید تا خانواده‌ها بتوانند با گوشی خودشان پاسخ دهند. زبان‌هایی را انتخاب کنید که خانواده‌های مرکز شما می‌خوانند.
posters-languages = زبان‌های روی پوستر
posters-size = اندازه‌ی کاغذ
posters-make = ساختن پوستر

## اطلاعات شخصی حذف‌شده (به جای آنچه حذف شده است نشان داده می‌شود)
pii-fnr = شماره‌ی شناسایی
pii-account = شماره‌ی حساب
pii-phone = تلفن
pii-email = ایمیل
pii-address = آدرس
pii-name = اسم

## ورود کارکنان
login-title = ورود
login-submit = ورود
login-failed = نام کاربری یا رمز عبور درست نیست.
logout = خروج
signed-in-as = شما با نام { $name } ({ $role }) وارد شده‌اید
forbidden-title = دسترسی ندارید
forbidden-body = نقش شما اجازه‌ی دسترسی به این صفحه را نمی‌دهد.
staff-nav-search = جستجو در متن‌ها
staff-nav-posters = پوسترها

## جستجو در متن‌های آزاد
search-title = خانواده‌ها چه می‌نویسند
search-intro = در آنچه خانواده‌ها با کلمات خودشان نوشته‌اند جستجو کنید. اسم‌ها، شماره‌ها و آدرس‌ها حذف شده‌اند.
search-query-label = کلمه‌های جستجو
search-query-hint = کلمه به هر کدام از زبان‌ها. شکل‌های دیگر کلمه هم پیدا می‌شود.
search-submit = جستجو
search-filters = محدود کردن انتخاب
search-any = همه
search-filter-lang = زبان
search-filter-unit = خدمت
search-filter-district = بخش شهر
search-filter-zone = منطقه
search-filter-survey = پرسشنامه
search-filter-audience = چه کسی پاسخ داد
search-filter-theme = موضوع
search-filter-from = از ماه
search-filter-to = تا ماه
search-total = { $count ->
    [one] { $count } متن پیدا شد
   *[other] { $count } متن پیدا شد
}
search-no-hits = هیچ متنی پیدا نشد. کلمه‌ی دیگری را امتحان کنید، یا انتخاب بزرگ‌تری بکنید.
search-withheld-title = متن‌ها نشان داده نمی‌شوند
search-withheld = انتخاب شما کمتر از { $k } پاسخ دارد. در این حالت ممکن است یک خانواده شناخته شود، برای همین متن‌ها نشان داده نمی‌شوند. انتخاب بزرگ‌تری بکنید، مثلاً ماه‌های بیشتر یا کل بخش شهر.
search-facets = توزیع متن‌ها
search-facet-few = کمتر از { $k }
search-hit-language = زبان
search-hit-period = دوره
search-hit-unit = خدمت
search-lang-und = زبان مشخص نشد
search-declared-language = زبان پرسشنامه: { $lang }
search-more = نمایش بیشتر
search-facet-service_kind = نوع خدمت
search-rebuilding = جستجو دوباره ساخته می‌شود: { $percent } درصد انجام شده است. تا وقتی کار تمام نشده، بعضی از متن‌ها پیدا نمی‌شوند.
audience-parent = والدین
audience-child_4_7 = کودکان 4 تا 7 ساله
audience-child_8_12 = کودکان 8 تا 12 ساله
audience-youth_13_18 = نوجوانان 13 تا 18 ساله
audience-partner = همکاران
lang-da = دانمارکی
lang-sv = سوئدی

## شاخص‌ها برای برنامه‌ریزان
staff-nav-dashboard = شاخص‌ها
dashboard-title = شاخص‌ها
dashboard-intro = سهم کسانی که پاسخ مثبت می‌دهند، با بازهٔ عدم قطعیت ۹۵ درصد. گروه‌هایی که کمتر از { $k } پاسخ دارند، و ارقامی که می‌توانند آن‌ها را آشکار کنند، نشان داده نمی‌شوند.
dashboard-core = آیا کمک مفید بود؟
dashboard-by-district = بر اساس بخش شهر
dashboard-by-zone = بر اساس منطقه
dashboard-trend = تغییرات در طول زمان
dashboard-grain = طول دوره
grain-month = ماه
grain-quarter = سه‌ماهه
grain-year = سال
dashboard-show = نمایش
dashboard-table = ارقام در یک جدول
dashboard-no-data = در این دوره پاسخی نیست.
dashboard-themes = موضوع‌ها در نوشته‌های خانواده‌ها
dashboard-change = تغییر نسبت به دورهٔ قبل: { $change } واحد درصد
dashboard-change-real = (بزرگ‌تر از عدم قطعیت)
dashboard-change-noise = (در محدودهٔ عدم قطعیت)
table-group = گروه
table-share = سهم پاسخ‌های مثبت
table-interval = عدم قطعیت (۹۵ درصد)
table-n = تعداد پاسخ‌ها
dashboard-registry = ارقام ثبتی، در کنار آنچه خود خانواده‌ها پاسخ می‌دهند
dashboard-self-report = پاسخ‌های خود خانواده‌ها (سهم پاسخ‌های مثبت)
registry-city = کل شهر
table-value = مقدار
table-source = منبع
unit-title = خانواده‌ها چه گفتند
unit-intro = خانواده‌هایی که در { $name } کمک گرفتند، در چهار سه‌ماههٔ کامل گذشته این‌طور پاسخ دادند. ما فقط ارقام گروه‌هایی را نشان می‌دهیم که دست‌کم { $k } پاسخ دارند، تا هیچ‌کس شناخته نشود.
unit-few = کمتر از { $k } پاسخ – نشان داده نمی‌شود
unit-said = شما چه گفتید
unit-quarter = سه‌ماهه
unit-agree = می‌گویند بله
unit-did = ما چه کردیم
unit-did-none = کارهایی که خانواده‌ها و کارکنان در کارگاه‌ها بر سر آن‌ها توافق می‌کنند، اینجا می‌آید. هنوز هیچ کاری ثبت نشده است.
unit-answer = به پرسشنامه پاسخ دهید
thanks-see-unit = ببینید خانواده‌ها درباره‌ی { $name } چه گفته‌اند
report-voice = صدای خانواده‌ها: کمک اثر دارد
dashboard-report = گزارش سالانه
dashboard-report-intro = جدول‌های بودجهٔ شرایط زندگی و گزارش سالانه: برای هر حوزهٔ پیامد یک جدول، با پاسخ‌های خود خانواده‌ها، ارقام ثبتی و روند در طول سال. این گزارش منتشرشده به حساب می‌آید: گروه‌های کمتر از { $k } نشان داده نمی‌شوند و فقط ماه‌های کامل در آن آمده‌اند.
dashboard-report-year = سال
dashboard-report-xlsx = دانلود (Excel)
dashboard-report-csv = دانلود گزارش سالانهٔ { $year } به صورت CSV
dashboard-theme-trend = موضوع‌ها به تفکیک سه‌ماهه
dashboard-theme-trend-hint = تعداد متن‌هایی که این موضوع را دارند، و سهم آن‌ها از همهٔ متن‌های آن سه‌ماهه. – یعنی متن‌ها برای نمایش خیلی کم‌اند.
staff-nav-themes = موضوع‌ها
themes-title = موضوع‌ها
themes-intro = موضوع‌هایی که خانواده‌ها درباره‌شان می‌نویسند، همراه با کلمه‌های جستجو که به متن‌ها برچسب می‌زنند. وقتی موضوعی را تغییر می‌دهید، همهٔ متن‌های ذخیره‌شده کمی بعد دوباره برچسب می‌خورند.
themes-caption = موضوع‌ها، کلمه‌های جستجو و اینکه برچسب‌هایشان چند بار تأیید یا رد شده است
themes-new = موضوع جدید
themes-edit = ویرایش موضوع
themes-confirmed = تأییدشده
themes-rejected = ردشده
themes-precision = دقت
theme-name = نام
theme-terms = کلمه‌های جستجو
theme-terms-hint = در هر خط یک کلمهٔ جستجو (یا جدا شده با ویرگول). کلمه‌ها شکل‌های دیگر کلمه را هم در زبان متن پیدا می‌کنند.
theme-code = کد
theme-code-hint = حروف کوچک a–z، رقم‌ها، - و _. کد را بعداً نمی‌توان تغییر داد.
theme-form-intro = نام و کلمه‌های جستجو را به زبان‌هایی که بلدید بنویسید. یک نام به نروژی (بوکمول) و دست‌کم یک کلمهٔ جستجو لازم است.
theme-problems = موضوع ذخیره نشد
theme-save = ذخیره و برچسب‌زدن دوبارهٔ متن‌ها
theme-cancel = لغو
theme-saved = { $name } ذخیره شد. متن‌ها اکنون دوباره برچسب می‌خورند.
staff-nav-indicators = شاخص‌ها
indicators-title = شاخص‌ها
indicators-intro = شاخص‌هایی که پاسخ‌ها در آن‌ها شمرده می‌شوند: به کدام برنامه گزارش می‌دهند، به کدام حوزهٔ پیامد تعلق دارند، و کدام سؤال‌ها و پاسخ‌ها مثبت به حساب می‌آیند.
indicator-plan = برنامه و حوزهٔ تمرکز
indicator-outcome = حوزهٔ پیامد
indicator-no-outcome = هیچ‌کدام
indicator-questions = سؤال‌هایی که شمرده می‌شوند
indicator-positive = پاسخ‌های مثبت
indicator-no-questions = هنوز هیچ سؤالی در این شاخص شمرده نمی‌شود.
indicator-questions-hint = اینکه کدام سؤال‌ها شمرده شوند، در پرسشنامه‌ها تعیین می‌شود. وقتی سؤالی تغییر کند، ارقام خودبه‌خود دوباره محاسبه می‌شوند.
indicator-problems = شاخص ذخیره نشد
indicator-save = ذخیره
indicator-saved = { $name } ذخیره شد.
staff-nav-registry = ارقام ثبتی
registry-title = ارقام برگرفته از ثبت‌ها
registry-intro = ارقام microdata.no، SSB، Bufdir یا KOSTRA را به صورت یک فایل CSV با ستون‌های indicator، area، period، value و source (و در صورت نیاز note) بارگذاری کنید. این ارقام در کنار پاسخ‌های خود خانواده‌ها برای همان حوزهٔ پیامد نشان داده می‌شوند. یا کل فایل ذخیره می‌شود یا هیچ چیز.
registry-file = فایل CSV
registry-file-hint = برای نمونه، docs/registry-example.csv را ببینید. حداکثر 5 MB.
registry-upload = بارگذاری
registry-imported = تعداد ارقام ذخیره‌شده: { $count }.
registry-problems = هیچ چیز ذخیره نشد. این خط‌ها را اصلاح کنید و فایل را دوباره بارگذاری کنید:
registry-line = خط { $line }
registry-stored = ارقام ذخیره‌شده
registry-indicator = شاخص
registry-none = هنوز هیچ رقمی بارگذاری نشده است.
dashboard-window-edge = ماه اول یا آخر دوره آن‌قدر پاسخ کم دارد که نمی‌شود آن را جداگانه نشان داد، برای همین دوره هم نشان داده نمی‌شود. دوره‌ای انتخاب کنید که یک ماه زودتر تمام شود.

## Staff accounts, sessions and the audit log
login-username-label = نام کاربری
login-password-label = رمز عبور
staff-nav-follow-up = پیگیری
staff-nav-workshops = کارگاه‌ها
staff-nav-users = کاربران
staff-nav-audit = گزارش فعالیت‌ها
staff-nav-account = حساب شما
staff-role-admin = مدیر سیستم
staff-role-planner = برنامه‌ریز
staff-role-facilitator = تسهیلگر کارگاه
staff-role-unit-lead = مسئول مرکز
users-title = کاربران
users-caption = حساب‌های کارکنان
user-username = نام کاربری
user-username-hint = ۲ تا ۳۲ نویسه: حروف کوچک لاتین، رقم، نقطه، خط تیره (-) یا زیرخط (_).
user-display-name = نام
user-role = نقش
user-units = مراکز
user-units-hint = فقط برای مسئولان مراکز: مراکزی که می‌توانند اطلاعاتشان را بخوانند، جداشده با ویرگول.
user-password = رمز عبور
user-password-hint = خالی بگذارید تا یک رمز عبور ساخته شود؛ این رمز فقط یک بار نشان داده می‌شود.
user-status = وضعیت
user-actions = کارها
user-active = فعال
user-disabled = غیرفعال
user-disable = غیرفعال کردن
user-enable = فعال کردن
user-reset = رمز عبور جدید
user-save-role = ذخیرهٔ نقش
user-new = حساب جدید
user-create = ساختن حساب
user-created = حساب ساخته شد.
user-changed = حساب تغییر کرد.
user-new-password = رمز عبور { $name }، که فقط همین حالا نشان داده می‌شود. آن را حضوری یا تلفنی به او بدهید؛ بهتر است هنگام ورود آن را تغییر دهد.
user-error-invalid-username = نام کاربری ۲ تا ۳۲ نویسه است: حروف کوچک لاتین، رقم، نقطه، خط تیره (-) یا زیرخط (_).
user-error-username-taken = این نام کاربری قبلاً گرفته شده است.
user-error-not-found = چنین حسابی وجود ندارد.
user-error-unknown-unit = یکی از مراکز وجود ندارد. نام‌های کوتاه مراکز را از فهرست به کار ببرید.
user-error-units-needed = مسئول مرکز دست‌کم به یک مرکز نیاز دارد.
user-error-invalid-name = نامی با ۱ تا ۱۰۰ نویسه بنویسید.
user-error-last-admin = آخرین مدیر سیستمِ فعال را نمی‌توان غیرفعال کرد یا به او نقش دیگری داد.
user-error-password-too-short = رمز عبور باید دست‌کم ۱۲ نویسه داشته باشد. چند کلمه پشت سر هم رمز عبور خوبی می‌سازد.
user-error-password-too-long = رمز عبور حداکثر می‌تواند ۲۵۶ نویسه داشته باشد.
user-error-unavailable = همین حالا نتوانستیم تغییر را ذخیره کنیم. لطفاً کمی بعد دوباره امتحان کنید.
account-title = حساب شما
account-change-password = رمز عبور خود را تغییر دهید
account-current = رمز عبور فعلی
account-new = رمز عبور جدید
account-new-hint = دست‌کم { $count } نویسه. چند کلمه پشت سر هم رمز عبور خوبی می‌سازد.
account-repeat = تکرار رمز عبور جدید
account-save = تغییر رمز عبور
account-mismatch = دو رمز عبور جدید یکسان نیستند.
account-wrong-password = رمز عبور فعلی درست نیست.
account-password-changed = رمز عبور شما تغییر کرد. از نشست‌های دیگرتان خارج شدید.
audit-title = گزارش فعالیت‌ها
audit-intro = چه کسی و چه زمانی وارد شد، متن‌های خام را خواند، خروجی گرفت، چیزی را پاک کرد یا تغییر داد. این گزارش هرگز آنچه را شهروندان نوشته‌اند در خود ندارد.
audit-actor = چه کسی
audit-action = کار
audit-from = از تاریخ
audit-to = تا تاریخ
audit-filter = اعمال فیلتر
audit-caption = کارهای ثبت‌شده، جدیدترین اول
audit-at = زمان (UTC)
audit-target = روی چه چیزی
audit-detail = جزئیات
audit-none = هیچ کار ثبت‌شده‌ای با این فیلترها جور نیست.
audit-older = موارد قدیمی‌تر
