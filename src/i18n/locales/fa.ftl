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
what-happens-body = پاسخ‌های خانواده‌های زیادی کنار هم گذاشته می‌شود. کارکنان عددها را فقط برای گروه‌هایی می‌بینند که افراد زیادی در آن پاسخ داده‌اند، و هرگز نمی‌بینند یک خانواده چه پاسخی داده است. کارکنان می‌توانند آنچه را با کلمات خودتان می‌نویسید بخوانند، اما با نام‌ها و شماره‌های حذف‌شده و بدون اینکه بدانند چه کسی آن را نوشته است. از پاسخ‌ها برای بهتر کردن خدمات استفاده می‌شود، در جلساتی که خانواده‌ها و کارکنان با هم تصمیم می‌گیرند چه چیزی تغییر کند.
footer-privacy = بی‌نام پاسخ می‌دهید: نام یا نشانی IP ذخیره نمی‌کنیم و کارکنان نوشتهٔ شما را با نام‌ها و شماره‌های حذف‌شده می‌بینند.

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
scale5-child-3 = گاهی آره، گاهی نه
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
search-total-few = کمتر از { $k } متن مطابقت دارد
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

## Workshops ("you said, we did") and follow-up
unit-did-done = انجام شد
unit-did-planned = برنامه‌ریزی‌شده تا { $date }
workshops-title = کارگاه‌ها
workshops-intro = کارگاه‌های هم‌آفرینی: خانواده‌ها، کودکان، کارکنان و همکاران با هم تصمیم می‌گیرند چه چیزی باید تغییر کند. یک کارگاه بسازید، مطالب را نشان دهید، بگذارید شرکت‌کنندگان با گوشی خود وارد شوند، و آنچه تصمیم گرفته شد را ثبت کنید.
workshops-caption = کارگاه‌ها، جدیدترین اول
workshops-none = هنوز کارگاهی نیست.
workshop-new = کارگاه جدید
workshop-title-label = عنوان
workshop-scope = درباره‌ی
workshop-scope-unit = یک مرکز
workshop-scope-district = یک بخش شهر
workshop-scope-theme = یک موضوع
workshop-stage = مرحله
workshop-stage-planning = برنامه‌ریزی
workshop-stage-development = توسعه
workshop-stage-decision = تصمیم‌گیری
workshop-stage-evaluation = ارزیابی
workshop-with-children = کودکان یا نوجوانان شرکت می‌کنند
workshop-days = تعداد روزهایی که کد ورود کار می‌کند
workshop-create = ساختن کارگاه
workshop-code = کد
workshop-status = وضعیت
workshop-date = تاریخ
workshop-open = باز
workshop-closed = بسته
workshop-join-at = از این نشانی وارد شوید: { $link }
workshop-join-until = شرکت‌کنندگان تازه تا { $date } (UTC) می‌توانند وارد شوند.
workshop-projector = نمای پروژکتور
workshop-summary = خلاصه
workshop-close = بستن کارگاه
workshop-reopen = باز کردن دوباره
workshop-material = مطالب
workshop-no-material = هنوز مطلبی نیست. ارقام شاخص‌ها، موضوع‌ها یا نقل‌قول‌ها را اضافه کنید.
workshop-quote-pending = در انتظار تأیید شما: هنوز نشان داده نمی‌شود
workshop-approve = تأیید
workshop-remove = حذف
workshop-add = افزودن
workshop-add-indicator = ارقام شاخص‌ها
workshop-add-theme = موضوع
workshop-quotes = نقل‌قول‌هایی از نوشته‌های مردم
workshop-quotes-hint = نقل‌قول‌ها از متن‌های پاک‌سازی‌شده درباره‌ی مرکز، بخش شهر یا موضوع این کارگاه می‌آیند. هر کدام را پیش از تأیید بخوانید: فقط نقل‌قول‌های تأییدشده نشان داده می‌شوند.
workshop-quote-search = کلمه‌هایی برای جستجو
workshop-quotes-withheld = متن‌های این گروه برای نشان دادن نقل‌قول خیلی کم است.
workshop-use-quote = استفاده از این نقل‌قول
workshop-notes = یادداشت‌ها
workshop-participants = { $count ->
    [one] { $count } شرکت‌کننده
   *[other] { $count } شرکت‌کننده
}
workshop-participants-label = شرکت‌کنندگان
workshop-group-notes = یادداشت‌هایی را که به هم مربوط‌اند انتخاب کنید
workshop-in-proposal = در یک پیشنهاد
workshop-vote-count = { $count ->
    [one] { $count } رأی
   *[other] { $count } رأی
}
workshop-proposal-title = پیشنهاد
workshop-make-proposal = از یادداشت‌های انتخاب‌شده یک پیشنهاد بسازید
workshop-proposals = پیشنهادها
workshop-rating = امتیاز { $value } از 5، از سوی { $count } نفر
workshop-rating-few = تا الان { $count } امتیاز (از 3 به بعد نشان داده می‌شود)
workshop-rating-hidden = هنوز امتیاز کافی نیست
workshop-actions = کارهایی که انجام می‌دهیم
workshop-action-what = چه کاری انجام می‌شود
workshop-action-who = چه کسی مسئول است
workshop-action-due = تا چه زمانی
workshop-action-unit = مرکزی که کار برای آن نشان داده می‌شود
workshop-action-unit-same = مرکز همین کارگاه
workshop-action-unit-none = بدون مرکز
workshop-action-themes = موضوع‌هایی که باید بر آن‌ها اثر بگذارد
workshop-action-indicators = شاخص‌هایی که باید بر آن‌ها اثر بگذارد
workshop-action-record = ثبت کار
workshop-action-done = علامت‌گذاری به‌عنوان انجام‌شده
workshop-action-reopen = علامت‌گذاری به‌عنوان انجام‌نشده
workshop-action-planned = برنامه‌ریزی‌شده
workshop-batched = نتیجه‌ها دسته‌دسته نشان داده می‌شوند، تا رأی هیچ فردی دیده نشود.
workshop-votes-label = رأی‌ها
workshop-theme = موضوع
workshop-few = پاسخ‌ها برای نشان دادن خیلی کم است
workshop-enter-title = ورود به کارگاه
workshop-enter-intro = کدی را که روی صفحه می‌بینید بنویسید.
workshop-enter-go = ورود
workshop-join-intro = خوش آمدید! اینجا می‌توانید بنویسید چه فکر می‌کنید، و به چیزی که برایتان از همه مهم‌تر است رأی بدهید.
workshop-join-anonymous = اسمتان را نمی‌دهید. آنچه می‌نویسید بدون اسم روی صفحه نشان داده می‌شود.
workshop-join-role = من شرکت می‌کنم به‌عنوان
workshop-join = ورود
workshop-role-parent = پدر، مادر یا سرپرست
workshop-role-child = کودک
workshop-role-youth = نوجوان یا جوان
workshop-role-staff = کارمند
workshop-role-partner = همکار
workshop-add-note = یک یادداشت بنویسید
workshop-note-label = چه فکر می‌کنید؟
workshop-note-hint = حداکثر { $max } حرف. اسم یا شماره‌ی تلفن ننویسید.
workshop-note-send = فرستادن یادداشت
workshop-no-notes = هنوز یادداشتی نیست.
workshop-votes-left = { $count ->
    [one] { $count } رأی برایتان مانده است.
   *[other] { $count } رأی برایتان مانده است.
}
workshop-vote = به این رأی می‌دهم
workshop-unvote = پس گرفتن رأی من
workshop-rate = ذخیره‌ی امتیاز من
workshop-score-1 = 1 – خوب نیست
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – خیلی خوب
workshop-closed-note = کارگاه بسته شده است. از شرکت شما ممنونیم!
workshop-done-joined = خوش آمدید! وارد شدید.
workshop-done-note = ممنون، یادداشت شما ذخیره شد.
workshop-done-vote = رأی شما ذخیره شد.
workshop-done-unvote = رأی شما پس گرفته شد.
workshop-done-rating = امتیاز شما ذخیره شد.
workshop-error-title = چیزی درست نیست
workshop-error-not-found = کارگاهی با این کد پیدا نمی‌کنیم. کد روی صفحه را نگاه کنید و دوباره امتحان کنید.
workshop-error-closed = کارگاه بسته شده است، برای همین این ذخیره نشد. از شرکت شما ممنونیم!
workshop-error-expired = با این کد دیگر نمی‌شود وارد شد. از تسهیلگر کمک بخواهید.
workshop-error-too-fast = یادداشت‌ها را خیلی تند می‌فرستید. یک دقیقه صبر کنید و دوباره امتحان کنید؛ متن شما پایین نگه داشته شده است.
workshop-error-no-votes-left = همه‌ی رأی‌هایتان را داده‌اید. یک رأی را پس بگیرید تا آن را به یادداشت دیگری بدهید.
workshop-error-unavailable = همین حالا نشد این را ذخیره کنیم. کمی بعد دوباره امتحان کنید؛ متن شما پایین نگه داشته شده است.
workshop-error-note = یادداشتی با حداکثر 500 حرف بنویسید.
workshop-error-score = امتیازی از 1 تا 5 انتخاب کنید.
workshop-error-role = انتخاب کنید به چه عنوانی شرکت می‌کنید.
workshop-error-workshop-title = یک عنوان بنویسید.
workshop-error-material = این مطلب را نمی‌شود اضافه کرد.
workshop-error-proposal = یک عنوان کوتاه برای پیشنهاد بنویسید.
workshop-error-action-what = بنویسید چه کاری انجام می‌شود.
workshop-error-action-who = بنویسید چه کسی مسئول است.
workshop-error-action-due = تاریخی را بدهید که کار باید تا آن انجام شود.
workshop-error-scope = مرکز، بخش شهر یا موضوعی را انتخاب کنید که وجود دارد.
workshop-error-stage = یک مرحله انتخاب کنید.
follow-up-title = پیگیری: آیا حرف مردم به جایی رسید؟
follow-up-intro = شاخص‌های فرایندی برنامه‌ها: آیا نظر کودکان پرسیده، ثبت و به کار گرفته شد (P1)، آیا موضوع‌هایی که در بازخوردها مطرح شد به کارگاه رسید و آیا کارها انجام شد (P2)، و هر مرکز کدام مرحله‌های هم‌آفرینی را پوشش داده است (P3).
follow-up-p2 = موضوع‌ها و کارها (P2)
follow-up-p2-reached = { $percent } درصد از موضوع‌هایی که امسال در بازخوردها مطرح شد، به یک کارگاه رسید.
follow-up-p2-none = امسال هیچ موضوعی به اندازه‌ی کافی مطرح نشد که شمرده شود.
follow-up-p2-done = { $percent } درصد از { $count } کار کارگاه‌ها انجام شده است.
follow-up-no-actions = هنوز هیچ کاری از کارگاه‌ها ثبت نشده است.
follow-up-themes-caption = موضوع‌ها در دوازده ماه گذشته (متن‌ها از { $k } به بعد نشان داده می‌شوند)
follow-up-texts = متن‌ها
follow-up-workshops = کارگاه‌ها
follow-up-actions = کارها
follow-up-done = انجام‌شده
follow-up-p1-p3 = مراکز: نظر کودکان (P1) و مرحله‌های پوشش‌داده‌شده (P3)
follow-up-units-caption = برای هر مرکز: پرسیده‌شده ← ثبت‌شده ← به‌کاررفته، و مرحله‌های هم‌آفرینی
follow-up-asked = پرسیده شد
follow-up-documented = ثبت شد
follow-up-used = به کار رفت
follow-up-stages = مرحله‌ها
follow-up-yes = بله
follow-up-no = نه
staff-nav-catalogue = کاتالوگ
catalogue-title = کاتالوگ
catalogue-intro = پرسشنامه‌ها، سؤال‌های آن‌ها به همهٔ زبان‌ها، و مراکز و مکان‌هایی که پاسخ‌ها به آن‌ها مربوط است. هر تغییر یک نسخهٔ شماره‌دار است: پاسخ‌هایی که پیش‌تر داده شده‌اند، همان متنی را نگه می‌دارند که سؤال با آن پرسیده شده بود.
catalogue-places-title = مراکز و مکان‌ها
catalogue-surveys-caption = پرسشنامه‌ها
catalogue-survey = پرسشنامه
catalogue-audience = برای
catalogue-questions = سؤال‌ها
catalogue-languages = زبان‌های کامل
catalogue-unreviewed = متن‌های بازبینی‌نشده
catalogue-status = وضعیت
catalogue-retired-count = { $count ->
    [one] { $count } سؤال کنار گذاشته‌شده
   *[other] { $count } سؤال کنار گذاشته‌شده
}
catalogue-offered = ارائه می‌شود
catalogue-withdrawn = پس گرفته شده
catalogue-revisions = آخرین تغییرها
catalogue-revisions-intro = کاتالوگ در نسخهٔ { $revision } است.
catalogue-revision = نسخه
catalogue-no-revisions = از زمان بارگذاری کاتالوگ پیش‌فرض، چیزی تغییر نکرده است.
catalogue-problems = تغییر ذخیره نشد
catalogue-survey-intro = مخاطبان: { $audience }. سؤال‌ها اینجا افزوده می‌شوند و در صفحهٔ خودشان کنار گذاشته می‌شوند؛ کدهای آن‌ها هرگز تغییر نمی‌کند.
catalogue-questions-caption = سؤال‌ها به ترتیب
catalogue-key = کد
catalogue-question-text = سؤال
catalogue-kind = نوع پاسخ
catalogue-missing = زبان‌هایی که متن ندارند
catalogue-required = اجباری
catalogue-asked = پرسیده می‌شود
catalogue-retired = کنار گذاشته شده
catalogue-survey-texts = عنوان و مقدمه
catalogue-offer-survey = ارائهٔ این پرسشنامه
catalogue-incomplete = ناقص
catalogue-not-reviewed = بازبینی نشده
catalogue-survey-title = عنوان
catalogue-survey-introduction = مقدمه
catalogue-reviewed = بازبینی‌شده توسط یک گویشور بومی
catalogue-empty-removes = اگر متنی را خالی کنید، آن زبان حذف می‌شود. متن نروژی (بوکمول) اجباری است: همهٔ زبان‌های دیگر، وقتی متن خودشان نباشد، از آن استفاده می‌کنند.
catalogue-save = ذخیره
catalogue-add-question = افزودن سؤال
catalogue-key-hint = حروف کوچک، رقم‌ها و خط تیره. کد را بعداً نمی‌توان تغییر داد.
catalogue-kind-scale5 = پنج چهره (مخالفم … موافقم)
catalogue-kind-scale3 = سه چهره (نه … بله)
catalogue-kind-yes-no = بله، نه، مطمئن نیستم
catalogue-kind-single = یک گزینه
catalogue-kind-multi = چند گزینه
catalogue-kind-text = متن آزاد
catalogue-section = بخش
catalogue-question-text-nb = سؤال به نروژی (بوکمول)
catalogue-help-nb = متن راهنما به نروژی (بوکمول)، اختیاری
catalogue-choices = گزینه‌ها (فقط برای «یک گزینه» و «چند گزینه»)
catalogue-choices-hint = هر گزینه در یک خط، به شکل کد = برچسب، برای نمونه: bus = Buss
catalogue-add-question-hint = سؤال در انتها افزوده می‌شود. تا وقتی سؤال به زبانی متن نداشته باشد، پرسشنامه به آن زبان ارائه نمی‌شود: ترجمه‌ها را در صفحهٔ سؤال اضافه کنید.
catalogue-question-heading = سؤال { $key }
catalogue-question-intro = متن را در هر زبان تغییر دهید، ترجمه‌هایی را که یک گویشور بومی بازبینی کرده علامت بزنید، یا سؤال را کنار بگذارید.
catalogue-counts-for = برای شاخص { $indicator } شمرده می‌شود
catalogue-ask-question = این سؤال پرسیده شود
catalogue-retire-hint = سؤالی که کنار گذاشته شده، دیگر پرسیده نمی‌شود. پاسخ‌های آن نگه داشته می‌شوند و همچنان در شاخص‌ها شمرده می‌شوند.
catalogue-missing-text = بدون متن
catalogue-help = متن راهنما
catalogue-choice-label = برچسب برای { $value }
catalogue-versioned-hint = متن پیش از تغییر شما نگه داشته می‌شود: پاسخ‌هایی که پیش‌تر داده شده‌اند، همراه با سؤال به همان شکلی که پرسیده شده بود نشان داده می‌شوند.
catalogue-earlier = متن‌های پیشین
catalogue-earlier-caption = متن‌های جایگزین‌شده، همراه با نسخه‌ای که جایگزینشان کرد
catalogue-language = زبان
catalogue-until = جایگزین‌شده در نسخه
catalogue-no-earlier = متن تغییر نکرده است.
catalogue-places-intro = مراکز خدماتی هستند که خانواده‌ها دربارهٔ آن‌ها پاسخ می‌دهند؛ بخش‌های شهر و منطقه‌ها نشان می‌دهند که این مراکز کجا هستند. کدها هرگز تغییر نمی‌کنند، چون پیوندها، پوسترها و گزارش‌ها از آن‌ها استفاده می‌کنند. مرکزی که بسته شده، دیگر پاسخ نمی‌گیرد؛ پاسخ‌هایش نگه داشته می‌شوند.
catalogue-units = مراکز
catalogue-new-unit = مرکز جدید
catalogue-name = نام
catalogue-service-kind = خدمت
catalogue-district = بخش شهر
catalogue-zone = منطقه
catalogue-open = باز
catalogue-closed = بسته
catalogue-districts = بخش‌های شهر
catalogue-unit-count = { $count ->
    [one] { $count } مرکز
   *[other] { $count } مرکز
}
catalogue-new-district = بخش شهر جدید
catalogue-add = افزودن
catalogue-zones = منطقه‌ها
catalogue-new-zone = منطقهٔ جدید
catalogue-zone-hint = اختیاری. منطقه باید در بخش شهرِ همین مرکز باشد.
catalogue-unit-open = باز: پاسخ می‌پذیرد
catalogue-unit-open-hint = با بستن یک مرکز، پاسخ تازه‌ای پذیرفته نمی‌شود؛ پاسخ‌ها و ارقام آن نگه داشته می‌شوند.
catalogue-saved = به‌عنوان نسخهٔ { $revision } ذخیره شد.
catalogue-unchanged = چیزی تغییر نکرد.
catalogue-error-not-found = این مورد در کاتالوگ نیست.
catalogue-error-invalid-slug = کد 2–60 نویسه دارد: حروف کوچک، رقم، خط تیره یا زیرخط.
catalogue-error-taken = این کد قبلاً استفاده شده است.
catalogue-error-invalid-name = نامی با حداکثر 120 نویسه بنویسید.
catalogue-error-default-text-required = متن نروژی (بوکمول) اجباری است.
catalogue-error-too-long = یکی از متن‌ها بیش از حد طولانی است.
catalogue-error-unknown-service-kind = یک خدمت انتخاب کنید.
catalogue-error-unknown-district = یک بخش شهر انتخاب کنید.
catalogue-error-zone-outside-district = این منطقه در آن بخش شهر نیست.
catalogue-error-unknown-kind = یک نوع پاسخ انتخاب کنید.
catalogue-error-choices-needed = دو گزینهٔ متفاوت یا بیشتر بنویسید، هر گزینه در یک خط، به شکل کد = برچسب.
catalogue-error-second-text-question = این پرسشنامه از قبل یک سؤال با متن آزاد دارد.
catalogue-error-title-kept = عنوان را در هیچ زبانی نمی‌توان حذف کرد. برای اینکه پرسشنامه دیگر به زبانی ارائه نشود، متن یکی از سؤال‌ها را به آن زبان حذف کنید.
catalogue-error-unavailable = اکنون نتوانستیم کاتالوگ را ذخیره کنیم. چیزی تغییر نکرد؛ لطفاً دوباره امتحان کنید.
login-oidc = ورود با { $provider }
login-oidc-refused-title = دسترسی به stemme ندارید
login-oidc-refused-body = حساب شما در شهرداری هیچ نقشی در stemme نمی‌دهد. از مدیر بخواهید شما را به گروهی اضافه کند که نقش می‌دهد.
login-oidc-failed-title = ورود انجام نشد
login-oidc-failed-body = ورود از طریق سرویس ورود شهرداری انجام نشد. به صفحهٔ ورود برگردید و دوباره تلاش کنید.

# Disclosure control: what protected figures mean.
hidden-too_few = پاسخ‌ها خیلی کم است (کمتر از { $k })
hidden-uniform = پنهان: همه یک‌جور پاسخ دادند
figures-protected = ارقام محافظت شده‌اند: هر شمارش ممکن است چند پاسخ با عدد دقیق فرق داشته باشد، تا کسی نتواند یک گروه کوچک را حساب کند.
figures-protected-link = یعنی چه؟
figures-so-far = تا اینجا
protection-title = ارقام چگونه محافظت می‌شوند
protection-why = خانواده‌ها بی‌نام پاسخ می‌دهند. برای اینکه هیچ‌کس نتواند بفهمد یک گروه کوچک چگونه پاسخ داده، حتی با کم کردن یک عدد از عدد دیگر، هر عددی که نشان داده می‌شود محافظت شده است.
protection-noise-heading = انحرافی کوچک در هر شمارش
protection-noise = هر شمارش انحرافی کوچک و ثابت دارد که حداکثر { $noise } پاسخ است و بیشتر وقت‌ها 0 یا 1. پاسخ‌های یکسان همیشه همان انحراف را می‌گیرند، هر طور که بپرسید، پس ارقام از یک بار به بار دیگر تغییر نمی‌کنند. اما تفاوت دو عدد، مثلاً یک منطقه منهای بخش‌هایش، هرگز دقیقاً نمی‌گوید چند نفر در یک گروه کوچک هستند. سهم‌ها و بازه‌های عدم قطعیت از شمارش‌های محافظت‌شده حساب می‌شوند.
protection-hidden-heading = ارقامی که نشان داده نمی‌شوند
protection-too-few = گروه کمتر از { $k } پاسخ دارد، یا آن‌قدر کم که عدد با انحرافش کمتر از { $k } می‌شود.
protection-uniform = در یک گروه کوچک (کمتر از دو برابر { $k } پاسخ) 0 % یا 100 % نشان می‌دهد هر نفر چه پاسخی داده است.
protection-periods-heading = ماه‌های کامل
protection-periods = نمایش‌ها ماه‌های کامل را تا آخرین ماهی که تمام شده پوشش می‌دهند. ماه جاری فقط وقتی نشان داده می‌شود که آن را انتخاب کنید و با «تا اینجا» مشخص می‌شود.
protection-published = آنچه بیرون از شهرداری نشان داده می‌شود (صفحه عمومی واحد و گزارش سالانه) فقط گروه‌هایی با دست‌کم { $published_k } پاسخ را دارد.
login-expired = فرم ورود منقضی شده بود یا از سایت دیگری آمده بود. نام کاربری و گذرواژه را دوباره بنویسید.

# API tokens on the users page.
tokens-title = کلیدهای API
tokens-hint = با «stemme token create --user USERNAME --name NAME» کلید بسازید. کلیدی که به یک کاربر تعلق دارد با غیرفعال شدن کاربر از کار می‌افتد.
token-name = نام
token-owner = متعلق به
token-created = ساخته‌شده
token-expires = انقضا
token-never = هرگز
token-status = وضعیت
token-status-active = کار می‌کند
token-status-expired = منقضی
token-status-revoked = لغوشده
token-status-owner_disabled = کاربر غیرفعال است
token-revoke = لغو
token-revoked = کلید لغو شد.
workshop-error-quote = فقط نقل‌قول‌هایی از فهرست خود کارگاه را می‌توان افزود: متن‌هایی از واحد، منطقه یا موضوع آن.

# Recordings of questions (catalogue admin)
catalogue-recordings = ضبط‌های صوتی
catalogue-recordings-intro = وقتی کسی «بلند بخوان» را می‌زند، به جای صدای تلفن، ضبط صوتی پخش می‌شود. فایل MP3، Ogg، M4A، WebM یا WAV تا ۲ مگابایت بارگذاری کنید. تغییر متن پرسش در یک زبان، یا کنار گذاشتن پرسش، ضبط آن را حذف می‌کند.
catalogue-recording-none = هنوز ضبطی نیست.
catalogue-recording-upload = بارگذاری ضبط
catalogue-recording-remove = حذف ضبط
catalogue-recording-file = ضبط به زبان { $lang }
catalogue-recording-not-audio = این فایل ضبطی نیست که stemme بتواند پخش کند. از MP3، Ogg، M4A، WebM یا WAV استفاده کنید.
catalogue-recording-too-large = حجم ضبط حداکثر ۲ مگابایت است.
catalogue-recording-no-text = پیش از افزودن ضبط، پرسش را به این زبان بنویسید.

# An answer sent without signal (form.js)
offline-kept = به اینترنت وصل نیستید. پاسخ‌های شما روی همین تلفن نگه داشته می‌شود و وقتی دوباره وصل شدید خودبه‌خود فرستاده می‌شود. اگر می‌توانید این صفحه را باز بگذارید.
offline-sending = دوباره وصل شدید. پاسخ‌ها در حال فرستادن است …

# The thank-you page of the children's forms
thanks-child-title = ممنون! حالا گفتی چه فکر می‌کنی.
thanks-child-body = پاسخت فرستاده شد. بزرگ‌ترها در شهرداری آن را می‌خوانند و تلاش می‌کنند همه‌چیز را برای بچه‌ها بهتر کنند.
thanks-next-child = کودک بعدی
thanks-next-child-hint = تلفن یا تبلت را به بچهٔ دیگری می‌دهید؟ بچهٔ بعدی فرم خالی می‌گیرد و هیچ‌کس پاسخ این بچه را نمی‌بیند.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] ژانویه–مارس
    [2] آوریل–ژوئن
    [3] ژوئیه–سپتامبر
    *[4] اکتبر–دسامبر
} { $year }
unit-none-yet = هنوز پاسخ کافی نرسیده تا بتوان عددها را بدون شناخته‌شدن کسی نشان داد. پایین می‌بینید پس از آنچه خانواده‌ها گفتند چه کارهایی انجام شده است.

# The privacy notice (/personvern) and the footer
privacy-title = حریم خصوصی
privacy-intro = این‌گونه از پاسخ‌های شما مراقبت می‌کنیم. بی‌نام پاسخ می‌دهید: هرگز نامتان را نمی‌پرسیم.
privacy-h-who = مسئول کیست
privacy-who = { $municipality } مسئول پردازش پاسخ‌هاست.
privacy-contact = پرسش دربارهٔ حریم خصوصی: { $contact }
privacy-contact-none = می‌توانید دربارهٔ حریم خصوصی از مسئول حفاظت داده‌های شهرداری بپرسید.
privacy-h-why = چرا می‌پرسیم
privacy-why = تا بفهمیم آیا کمکی که خانواده‌ها و کودکان می‌گیرند مؤثر است، و همراه خانواده‌ها تصمیم بگیریم چه چیزی باید تغییر کند. این بخشی از وظیفهٔ عمومی شهرداری است (مقررات عمومی حفاظت از داده، مادهٔ ۶(۱)(هـ)).
privacy-h-stored = چه چیزی ذخیره می‌کنیم و چه کسی آن را می‌بیند
privacy-stored = پاسخ‌های شما، اینکه به کدام خدمت و زبان مربوط‌اند و ماهی که پاسخ دادید را ذخیره می‌کنیم. نام، نشانی IP یا هر چیز دیگری که نشان دهد شما کیستید را ذخیره نمی‌کنیم. آنچه با کلمات خودتان می‌نویسید همان‌طور ذخیره می‌شود، اما فقط مدیر سامانه در شهرداری می‌تواند آن را این‌گونه بخواند. همهٔ کارکنان دیگر متن را با نام‌ها، شماره‌تلفن‌ها و نشانی‌های حذف‌شده می‌بینند و عددها را فقط برای گروه‌هایی با دست‌کم پنج پاسخ.
privacy-h-kept = تا چه مدت
privacy-kept-months = پاسخ‌ها پس از { $months } ماه پاک می‌شوند.
privacy-kept-forever = پاسخ‌ها تا زمانی که شهرداری برای پیگیری خدماتش از آن‌ها استفاده می‌کند نگه داشته و وقتی دیگر لازم نباشند پاک می‌شوند.
privacy-h-rights = حقوق شما
privacy-rights = چون نمی‌دانیم شما کیستید، نمی‌توانیم پاسخ مشخصی از شما را پیدا کنیم. اگر فکر می‌کنید از اطلاعات آن‌طور که باید مراقبت نمی‌کنیم، می‌توانید به سازمان حفاظت از داده‌های نروژ (datatilsynet.no) شکایت کنید.
footer-accessibility = بیانیهٔ دسترس‌پذیری

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = به من مربوط نیست
choice-na-child = نمی‌دانم
