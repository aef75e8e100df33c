# Interface texts for stemme, Arabic. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = انتقل إلى المحتوى
language-switcher = اللغة
language-unavailable = هذه الصفحة غير متوفرة بعد باللغة التي طلبتها ({ $code }). لذلك تظهر لك بهذه اللغة بدلًا منها.

## الصفحة الرئيسية
home-title = هل أفادتك المساعدة؟
home-intro = أخبر البلدية هل كانت المساعدة التي حصلت عليها مفيدة. أنت تجيب دون الكشف عن هويتك، ولا يستغرق ذلك إلا بضع دقائق.
home-choose-form = اختر استبيانًا
home-for-staff = للموظفين والشركاء
home-no-forms = لا توجد استبيانات للإجابة عنها الآن.

## إخفاء الهوية والخصوصية
anonymous-heading = إجابتك مجهولة الهوية
anonymous-body = لا نسألك عن اسمك. لا نحفظ من أنت ولا من أين تجيب، ولا تُضاف إجابتك أبدًا إلى أي ملف من ملفاتك لدى الخدمات.
what-happens-summary = ماذا يحدث لإجابتي؟
what-happens-body = تُجمع إجابات عائلات كثيرة معاً. لا يرى الموظفون الأرقام إلا لمجموعات أجاب فيها كثيرون، ولا يرون أبداً كيف أجابت عائلة واحدة. يستطيع الموظفون قراءة ما تكتبه بكلماتك، لكن بعد حذف الأسماء والأرقام ودون أن يعرفوا من كتبه. تُستخدم الإجابات لتحسين الخدمات، في اجتماعات تقرر فيها العائلات والموظفون معاً ما الذي يجب تغييره.
footer-privacy = تجيب دون ذكر اسمك: لا نحفظ اسماً ولا عنوان IP، ويرى الموظفون ما تكتبه بعد حذف الأسماء والأرقام.

## الاستبيان
answering-about = أنت تجيب عن:
choose-unit = عن أي خدمة تجيب؟
choose-unit-placeholder = اختر خدمة
section-progress = الجزء { $current } من { $total }
progress-answered = الأسئلة التي أجبت عنها: { $answered } من { $total }
required-mark = يجب الإجابة عنه
skip-hint = يمكنك تخطي أي سؤال ليس عليه علامة «يجب الإجابة عنه».
role-question = بأي صفة تجيب؟
role-skip = أفضّل ألّا أقول
role-parent = أحد الوالدين أو مقدّم رعاية
role-next_of_kin = فرد من العائلة القريبة
role-client = الشخص الذي حصل على المساعدة
role-resident = شخص يسكن في المنطقة
role-participant = شخص يشارك في المجتمع المحلي
role-pupil = طالب
role-staff = موظف
role-partner = منظمة شريكة
scale5-1 = لا أوافق أبدًا
scale5-2 = لا أوافق
scale5-3 = محايد
scale5-4 = أوافق
scale5-5 = أوافق تمامًا
scale3-1 = لا
scale3-2 = قليلًا
scale3-3 = نعم
yes_no-yes = نعم
yes_no-no = لا
yes_no-unsure = لا أعرف
text-limit = يمكنك الكتابة بأي لغة. الحد الأقصى لعدد الأحرف: { $max }.
submit = أرسل إجابتي

## أخطاء في الاستبيان
form-has-errors = { $count ->
    [zero] لا يوجد شيء يجب تصحيحه قبل إرسال الإجابة.
    [one] يجب تصحيح شيء واحد قبل إرسال الإجابة.
    [two] يجب تصحيح شيئين قبل إرسال الإجابة.
    [few] يجب تصحيح { $count } أشياء قبل إرسال الإجابة.
    [many] يجب تصحيح { $count } شيئًا قبل إرسال الإجابة.
   *[other] يجب تصحيح { $count } شيء قبل إرسال الإجابة.
}
form-kept = كل ما ملأته محفوظ.
error-required = من فضلك أجب عن هذا السؤال.
error-choice = من فضلك اختر إحدى الإجابات المعروضة.
error-text-too-long = النص طويل جدًا: عدد أحرفه { $count }، والحد الأقصى { $max }.
error-unit = من فضلك اختر الخدمة التي تجيب عنها.
error-role = من فضلك اختر إحدى الصفات المعروضة، أو «أفضّل ألّا أقول».
error-rate-limited = تصل الآن إجابات كثيرة من شبكتك. من فضلك انتظر دقيقة ثم أرسل مرة أخرى.
error-unavailable = لم نتمكن من حفظ إجابتك الآن. لم يضِع شيء مما في هذه الصفحة: حاول الإرسال مرة أخرى بعد قليل.

## صفحة الشكر
thanks-title = شكرًا لك!
thanks-body = تم حفظ إجابتك.
thanks-next = تُجمع إجابتك مع إجابات عائلات أخرى. تستخدمها البلدية لتعرف ما الذي ينفع، ولتقرر مع العائلات ما يجب تغييره.
thanks-another = أجب عن خدمة أخرى
back-home = العودة إلى البداية

## صفحات الخطأ
error-title = حدث خطأ ما
error-body = لم نتمكن من تنفيذ ما طلبته. حاول مرة أخرى بعد قليل.
not-found-title = لم نجد هذه الصفحة
not-found-body = ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.

## استبيانات الأطفال والقراءة بصوت عالٍ
read-aloud = القراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة
question-progress = السؤال { $current } من { $total }
next-question = السؤال التالي
assisted-heading = للشخص البالغ
assisted-by-question = من يساعد الطفل في الإجابة؟
role-other_adult = شخص بالغ آخر
child-skip-hint = يمكنك أن تتخطى أي سؤال إذا كنت لا تريد الإجابة عنه.
scale3-child-1 = لا
scale3-child-2 = قليلًا
scale3-child-3 = نعم
scale5-child-1 = لا، أبدًا
scale5-child-2 = ليس كثيرًا
scale5-child-3 = أحياناً نعم وأحياناً لا
scale5-child-4 = نعم، غالبًا
scale5-child-5 = نعم، كثيرًا

## الملصقات
poster-scan = امسح الرمز بكاميرا هاتفك لتجيب.
poster-or-type = أو اكتب هذا العنوان:
posters-title = ملصقات للحائط
posters-intro = اطبع دعوة فيها رمز QR، حتى تستطيع العائلات أن تجيب من هواتفها. اختر اللغات التي تقرؤها العائلات عندكم.
posters-languages = اللغات على الملصق
posters-size = حجم الورق
posters-make = أنشئ الملصق

## البيانات الشخصية المحذوفة (تظهر مكان ما حُذف)
pii-fnr = رقم الهوية
pii-account = رقم الحساب
pii-phone = هاتف
pii-email = بريد إلكتروني
pii-address = عنوان
pii-name = اسم

## دخول الموظفين
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
logout = تسجيل الخروج
signed-in-as = أنت مسجّل الدخول باسم { $name } ({ $role })
forbidden-title = لا يوجد إذن بالدخول
forbidden-body = دورك لا يسمح لك بفتح هذه الصفحة.
staff-nav-search = البحث في النصوص
staff-nav-posters = الملصقات

## البحث في النصوص الحرة
search-title = ماذا تكتب العائلات
search-intro = ابحث فيما كتبته العائلات بكلماتها هي. الأسماء والأرقام والعناوين محذوفة.
search-query-label = كلمات البحث
search-query-hint = كلمات بأي لغة من اللغات. يجد البحث أيضًا صيغًا أخرى من الكلمة.
search-submit = ابحث
search-filters = تضييق نطاق البحث
search-any = الكل
search-filter-lang = اللغة
search-filter-unit = الخدمة
search-filter-district = الحي
search-filter-zone = المنطقة
search-filter-survey = الاستبيان
search-filter-audience = من أجاب
search-filter-theme = الموضوع
search-filter-from = من شهر
search-filter-to = إلى شهر
search-total = { $count ->
    [zero] لا يوجد نص مطابق
    [one] نص واحد مطابق
    [two] نصّان مطابقان
    [few] { $count } نصوص مطابقة
    [many] { $count } نصًا مطابقًا
   *[other] { $count } نص مطابق
}
search-no-hits = لا توجد نصوص مطابقة. جرّب كلمة أخرى أو نطاقًا أوسع.
search-withheld-title = النصوص غير معروضة
search-withheld = عدد الإجابات في النطاق الذي اخترته أقل من { $k }. في هذه الحالة يمكن التعرّف على عائلة، لذلك لا تُعرض النصوص. اختر نطاقًا أوسع، مثلًا أشهرًا أكثر أو الحي كله.
search-facets = توزيع النصوص
search-facet-few = أقل من { $k }
search-total-few = تطابق أقل من { $k } نصوص
search-hit-language = اللغة
search-hit-period = الفترة
search-hit-unit = الخدمة
search-lang-und = لم تُحدَّد اللغة
search-declared-language = لغة الاستبيان: { $lang }
search-more = اعرض المزيد
search-facet-service_kind = نوع الخدمة
search-rebuilding = يُعاد بناء البحث: اكتمل { $percent } بالمئة. بعض النصوص لا تظهر حتى ينتهي البناء.
audience-parent = أولياء الأمور
audience-child_4_7 = أطفال من 4 إلى 7 سنوات
audience-child_8_12 = أطفال من 8 إلى 12 سنة
audience-youth_13_18 = شباب من 13 إلى 18 سنة
audience-partner = الشركاء
lang-da = الدنماركية
lang-sv = السويدية

## مؤشرات للمخططين
staff-nav-dashboard = المؤشرات
dashboard-title = المؤشرات
dashboard-intro = نسبة من يجيبون إجابة إيجابية، مع فترة عدم يقين 95 بالمئة. لا تُعرض المجموعات التي يقل عدد إجاباتها عن { $k }، ولا الأرقام التي قد تكشف عنها.
dashboard-core = هل أفادت المساعدة؟
dashboard-by-district = حسب الحي
dashboard-by-zone = حسب المنطقة
dashboard-trend = التطور مع الوقت
dashboard-grain = طول الفترة
grain-month = شهر
grain-quarter = ربع سنة
grain-year = سنة
dashboard-show = عرض
dashboard-table = الأرقام في جدول
dashboard-no-data = لا توجد إجابات في هذه الفترة.
dashboard-themes = مواضيع فيما تكتبه العائلات
dashboard-change = التغيّر عن الفترة السابقة: { $change } نقطة مئوية
dashboard-change-real = (أكبر من عدم اليقين)
dashboard-change-noise = (ضمن حدود عدم اليقين)
table-group = المجموعة
table-share = نسبة الإجابات الإيجابية
table-interval = عدم اليقين (95 بالمئة)
table-n = عدد الإجابات
dashboard-registry = أرقام السجلات، بجانب ما تجيب به العائلات نفسها
dashboard-self-report = إجابات العائلات نفسها (نسبة الإجابات الإيجابية)
registry-city = المدينة كلها
table-value = القيمة
table-source = المصدر
unit-title = ماذا قالت العائلات
unit-intro = هكذا أجابت العائلات التي حصلت على المساعدة في { $name }، في آخر أربعة أرباع سنة كاملة. لا نعرض الأرقام إلا للمجموعات التي فيها { $k } إجابات على الأقل، حتى لا يمكن التعرّف على أحد.
unit-few = أقل من { $k } إجابات – لا تُعرض
unit-said = ماذا قلتم
unit-quarter = ربع السنة
unit-agree = يقولون نعم
unit-did = ماذا فعلنا
unit-did-none = هنا ستظهر الإجراءات التي تتفق عليها العائلات والموظفون في ورش العمل. لم يُسجَّل أي إجراء بعد.
unit-answer = أجب عن الاستبيان
thanks-see-unit = انظر ماذا قالت العائلات عن { $name }
report-voice = صوت العائلات: المساعدة تفيد
dashboard-report = التقرير السنوي
dashboard-report-intro = جداول ميزانية ظروف المعيشة والتقرير السنوي: جدول واحد لكل مجال من مجالات النتائج، فيه إجابات العائلات نفسها وأرقام السجلات والتطور خلال السنة. يُعامَل التقرير على أنه منشور: لا تُعرض المجموعات التي تقل عن { $k }، ولا تدخل فيه إلا الأشهر الكاملة.
dashboard-report-year = السنة
dashboard-report-xlsx = تنزيل (Excel)
dashboard-report-csv = تنزيل التقرير السنوي لعام { $year } بصيغة CSV
dashboard-theme-trend = المواضيع حسب ربع السنة
dashboard-theme-trend-hint = عدد النصوص التي تتناول الموضوع، ونسبتها من جميع نصوص ربع السنة. – تعني أن النصوص أقل من أن تُعرض.
staff-nav-themes = المواضيع
themes-title = المواضيع
themes-intro = المواضيع التي تكتب عنها العائلات، مع كلمات البحث التي تَسِم النصوص. عندما تغيّر موضوعًا، يُعاد وسم كل النصوص المحفوظة بعد وقت قصير.
themes-caption = المواضيع وكلمات البحث وكم مرة تم تأكيد وسومها أو رفضها
themes-new = موضوع جديد
themes-edit = تعديل الموضوع
themes-confirmed = مؤكَّد
themes-rejected = مرفوض
themes-precision = الدقة
theme-name = الاسم
theme-terms = كلمات البحث
theme-terms-hint = كلمة بحث واحدة في كل سطر (أو مفصولة بفواصل). تجد الكلمات أيضًا صيغًا أخرى من الكلمة في لغة النص.
theme-code = الرمز
theme-code-hint = حروف صغيرة a–z وأرقام و - و _. لا يمكن تغيير الرمز لاحقًا.
theme-form-intro = اكتب الأسماء وكلمات البحث باللغات التي تعرفها. المطلوب اسم بالنرويجية (بوكمول) وكلمة بحث واحدة على الأقل.
theme-problems = لم يُحفظ الموضوع
theme-save = احفظ وأعد وسم النصوص
theme-cancel = إلغاء
theme-saved = تم حفظ { $name }. يُعاد وسم النصوص الآن.
staff-nav-indicators = المؤشرات
indicators-title = المؤشرات
indicators-intro = المؤشرات التي تُحتسب فيها الإجابات: الخطة التي تُرفع إليها تقاريرها، ومجال النتائج الذي تنتمي إليه، والأسئلة والإجابات التي تُعدّ إيجابية.
indicator-plan = الخطة ومجال التركيز
indicator-outcome = مجال النتائج
indicator-no-outcome = لا يوجد
indicator-questions = الأسئلة التي تُحتسب
indicator-positive = الإجابات الإيجابية
indicator-no-questions = لا يُحتسب أي سؤال في هذا المؤشر بعد.
indicator-questions-hint = تُحدَّد الأسئلة التي تُحتسب في الاستبيانات. يُعاد حساب الأرقام تلقائيًا عندما يتغيّر سؤال.
indicator-problems = لم يُحفظ المؤشر
indicator-save = احفظ
indicator-saved = تم حفظ { $name }.
staff-nav-registry = أرقام السجلات
registry-title = أرقام من السجلات
registry-intro = ارفع أرقامًا من microdata.no أو SSB أو Bufdir أو KOSTRA في ملف CSV يحتوي على الأعمدة indicator و area و period و value و source (و note اختياريًا). تُعرض الأرقام بجانب إجابات العائلات نفسها عن مجال النتائج نفسه. يُحفظ الملف كله، أو لا يُحفظ شيء.
registry-file = ملف CSV
registry-file-hint = انظر docs/registry-example.csv للاطلاع على مثال. الحد الأقصى 5 MB.
registry-upload = رفع
registry-imported = عدد الأرقام المحفوظة: { $count }.
registry-problems = لم يُحفظ شيء. صحّح هذه الأسطر وارفع الملف مرة أخرى:
registry-line = السطر { $line }
registry-stored = الأرقام المحفوظة
registry-indicator = المؤشر
registry-none = لم تُرفع أي أرقام بعد.

## Staff accounts, sessions and the audit log
login-username-label = اسم المستخدم
login-password-label = كلمة المرور
staff-nav-follow-up = المتابعة
staff-nav-workshops = ورش العمل
staff-nav-users = المستخدمون
staff-nav-audit = سجل العمليات
staff-nav-account = حسابك
staff-role-admin = مدير النظام
staff-role-planner = مخطِّط
staff-role-facilitator = ميسِّر ورش العمل
staff-role-unit-lead = رئيس وحدة
users-title = المستخدمون
users-caption = حسابات الموظفين
user-username = اسم المستخدم
user-username-hint = من 2 إلى 32 حرفًا: حروف لاتينية صغيرة وأرقام ونقطة وشرطة (-) وشرطة سفلية (_).
user-display-name = الاسم
user-role = الدور
user-units = الوحدات
user-units-hint = لرؤساء الوحدات فقط: الوحدات التي يمكنهم الاطلاع عليها، مفصولة بفواصل.
user-password = كلمة المرور
user-password-hint = اترك الحقل فارغًا لتحصل على كلمة مرور مولَّدة تلقائيًا، تُعرض مرة واحدة فقط.
user-status = الحالة
user-actions = الإجراءات
user-active = مفعَّل
user-disabled = معطَّل
user-disable = تعطيل
user-enable = تفعيل
user-reset = كلمة مرور جديدة
user-save-role = حفظ الدور
user-new = حساب جديد
user-create = إنشاء الحساب
user-created = تم إنشاء الحساب.
user-changed = تم تغيير الحساب.
user-new-password = كلمة المرور الخاصة بـ { $name }، وهي تُعرض الآن فقط. سلّمها لصاحبها شخصيًا أو عبر الهاتف، وعليه أن يغيّرها عند تسجيل الدخول.
user-error-invalid-username = يتكوّن اسم المستخدم من 2 إلى 32 حرفًا: حروف لاتينية صغيرة وأرقام ونقطة وشرطة (-) وشرطة سفلية (_).
user-error-username-taken = اسم المستخدم هذا مأخوذ.
user-error-not-found = لا يوجد حساب بهذا الاسم.
user-error-unknown-unit = إحدى الوحدات غير موجودة. استخدم الأسماء المختصرة للوحدات كما في القائمة.
user-error-units-needed = يحتاج رئيس الوحدة إلى وحدة واحدة على الأقل.
user-error-invalid-name = اكتب اسمًا من 1 إلى 100 حرف.
user-error-last-admin = لا يمكن تعطيل آخر مدير نظام مفعَّل ولا إعطاؤه دورًا آخر.
user-error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل. بضع كلمات متتالية تصنع كلمة مرور جيدة.
user-error-password-too-long = يمكن أن تتكوّن كلمة المرور من 256 حرفًا على الأكثر.
user-error-unavailable = تعذّر حفظ التغيير الآن. حاول مرة أخرى بعد قليل.
account-title = حسابك
account-change-password = غيّر كلمة المرور
account-current = كلمة المرور الحالية
account-new = كلمة المرور الجديدة
account-new-hint = { $count } حرفًا على الأقل. بضع كلمات متتالية تصنع كلمة مرور جيدة.
account-repeat = كلمة المرور الجديدة مرة أخرى
account-save = تغيير كلمة المرور
account-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
account-wrong-password = كلمة المرور الحالية غير صحيحة.
account-password-changed = تم تغيير كلمة المرور. وتم تسجيل خروجك من جلساتك الأخرى.
audit-title = سجل العمليات
audit-intro = من سجّل الدخول، أو قرأ النصوص الأصلية، أو صدّر أو حذف أو غيّر شيئًا، ومتى. لا يحتوي السجل أبدًا على ما كتبه السكان.
audit-actor = من
audit-action = العملية
audit-from = من تاريخ
audit-to = إلى تاريخ
audit-filter = تصفية
audit-caption = العمليات المسجَّلة، الأحدث أولًا
audit-at = متى (UTC)
audit-target = على ماذا
audit-detail = التفاصيل
audit-none = لا توجد عمليات مسجَّلة تطابق عوامل التصفية هذه.
audit-older = إدخالات أقدم

## Workshops ("you said, we did") and follow-up
unit-did-done = تمّ
unit-did-planned = مخطط له قبل { $date }
workshops-title = ورش العمل
workshops-intro = ورش عمل للإنشاء المشترك: تقرر العائلات والأطفال والموظفون والشركاء معًا ما يجب تغييره. أنشئ ورشة، واعرض المواد، ودع المشاركين ينضمون من هواتفهم، وسجّل ما تقرر.
workshops-caption = ورش العمل، الأحدث أولًا
workshops-none = لا توجد ورش عمل بعد.
workshop-new = ورشة عمل جديدة
workshop-title-label = العنوان
workshop-scope = عن
workshop-scope-unit = وحدة
workshop-scope-district = حي
workshop-scope-theme = موضوع
workshop-stage = المرحلة
workshop-stage-planning = التخطيط
workshop-stage-development = التطوير
workshop-stage-decision = القرار
workshop-stage-evaluation = التقييم
workshop-with-children = يشارك أطفال أو شباب
workshop-days = عدد الأيام التي يعمل فيها رمز الانضمام
workshop-create = أنشئ ورشة العمل
workshop-code = الرمز
workshop-status = الحالة
workshop-date = التاريخ
workshop-open = مفتوحة
workshop-closed = مغلقة
workshop-join-at = انضم عبر { $link }
workshop-join-until = يمكن للمشاركين الجدد الانضمام حتى { $date } (UTC).
workshop-projector = عرض جهاز العرض
workshop-summary = الملخص
workshop-close = أغلق ورشة العمل
workshop-reopen = افتحها من جديد
workshop-material = المواد
workshop-no-material = لا توجد مواد بعد. أضف أرقام المؤشرات أو مواضيع أو اقتباسات.
workshop-quote-pending = ينتظر موافقتك: لا يُعرض بعد
workshop-approve = وافق
workshop-remove = احذف
workshop-add = أضف
workshop-add-indicator = أرقام المؤشرات
workshop-add-theme = موضوع
workshop-quotes = اقتباسات مما كتبه الناس
workshop-quotes-hint = تأتي الاقتباسات من نصوص حُذفت منها البيانات الشخصية، عن وحدة ورشة العمل هذه أو حيّها أو موضوعها. اقرأ كل اقتباس قبل أن توافق عليه: لا تُعرض إلا الاقتباسات الموافق عليها.
workshop-quote-search = كلمات للبحث عنها
workshop-quotes-withheld = النصوص في هذه المجموعة قليلة جدًا لعرض اقتباسات.
workshop-use-quote = استخدم هذا الاقتباس
workshop-notes = الملاحظات
workshop-participants = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
workshop-participants-label = المشاركون
workshop-group-notes = اختر ملاحظات تنتمي إلى بعضها
workshop-in-proposal = ضمن اقتراح
workshop-vote-count = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
workshop-proposal-title = الاقتراح
workshop-make-proposal = اصنع اقتراحًا من الملاحظات المختارة
workshop-proposals = الاقتراحات
workshop-rating = التقييم { $value } من 5 (عدد المقيّمين: { $count })
workshop-rating-few = عدد التقييمات حتى الآن: { $count } (تُعرض ابتداءً من 3)
workshop-rating-hidden = لا توجد تقييمات كافية بعد
workshop-actions = ما سنفعله
workshop-action-what = ما الذي سيُفعل
workshop-action-who = من المسؤول
workshop-action-due = متى
workshop-action-unit = الوحدة التي يظهر لها
workshop-action-unit-same = وحدة ورشة العمل
workshop-action-unit-none = بلا وحدة
workshop-action-themes = المواضيع التي يجب أن يؤثر فيها
workshop-action-indicators = المؤشرات التي يجب أن يؤثر فيها
workshop-action-record = سجّل الإجراء
workshop-action-done = علّمه كمُنجَز
workshop-action-reopen = علّمه كغير مُنجَز
workshop-action-planned = مخطط له
workshop-batched = تظهر النتائج على دفعات، فلا يمكن رؤية صوت أي شخص بمفرده.
workshop-votes-label = الأصوات
workshop-theme = الموضوع
workshop-few = الإجابات قليلة جدًا لعرضها
workshop-enter-title = انضم إلى ورشة عمل
workshop-enter-intro = اكتب الرمز الذي تراه على الشاشة.
workshop-enter-go = انضم
workshop-join-intro = أهلًا بك! هنا يمكنك أن تكتب رأيك، وأن تصوّت لما هو أهم بالنسبة لك.
workshop-join-anonymous = لا تكتب اسمك. ما تكتبه يظهر على الشاشة بدون اسمك.
workshop-join-role = أشارك بصفتي
workshop-join = انضم
workshop-role-parent = أحد الوالدين أو مقدّم رعاية
workshop-role-child = طفل
workshop-role-youth = شاب أو شابة
workshop-role-staff = موظف
workshop-role-partner = شريك
workshop-add-note = اكتب ملاحظة
workshop-note-label = ما رأيك؟
workshop-note-hint = الحد الأقصى { $max } حرفًا. لا تكتب أسماء أو أرقام هواتف.
workshop-note-send = أرسل الملاحظة
workshop-no-notes = لا توجد ملاحظات بعد.
workshop-votes-left = { $count ->
    [zero] لم يبقَ لديك أي صوت.
    [one] بقي لديك صوت واحد.
    [two] بقي لديك صوتان.
    [few] بقيت لديك { $count } أصوات.
    [many] بقي لديك { $count } صوتًا.
   *[other] بقي لديك { $count } صوت.
}
workshop-vote = صوّت لهذا
workshop-unvote = اسحب صوتي
workshop-rate = احفظ تقييمي
workshop-score-1 = 1 – ليس جيدًا
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – جيد جدًا
workshop-closed-note = ورشة العمل مغلقة. شكرًا لمشاركتك!
workshop-done-joined = أهلًا بك! لقد انضممت.
workshop-done-note = شكرًا، حُفظت ملاحظتك.
workshop-done-vote = حُفظ صوتك.
workshop-done-unvote = سُحب صوتك.
workshop-done-rating = حُفظ تقييمك.
workshop-error-title = هناك شيء غير صحيح
workshop-error-not-found = لا نجد ورشة عمل بهذا الرمز. تحقق من الرمز على الشاشة وحاول مرة أخرى.
workshop-error-closed = ورشة العمل مغلقة، لذلك لم يُحفظ هذا. شكرًا لمشاركتك!
workshop-error-expired = لم يعد من الممكن استخدام هذا الرمز للانضمام. اطلب المساعدة من الميسِّر.
workshop-error-too-fast = أنت ترسل الملاحظات بسرعة كبيرة. انتظر دقيقة وحاول مرة أخرى؛ نصّك محفوظ في الأسفل.
workshop-error-no-votes-left = لقد استخدمت كل أصواتك. اسحب صوتًا لتعطيه لملاحظة أخرى.
workshop-error-unavailable = تعذّر حفظ هذا الآن. حاول مرة أخرى بعد قليل؛ نصّك محفوظ في الأسفل.
workshop-error-note = اكتب ملاحظة لا تزيد على 500 حرف.
workshop-error-score = اختر تقييمًا من 1 إلى 5.
workshop-error-role = اختر بأي صفة تشارك.
workshop-error-workshop-title = اكتب عنوانًا.
workshop-error-material = لا يمكن إضافة هذه المادة.
workshop-error-proposal = اكتب عنوانًا قصيرًا للاقتراح.
workshop-error-action-what = اكتب ما الذي سيُفعل.
workshop-error-action-who = اكتب من المسؤول.
workshop-error-action-due = اكتب التاريخ الذي يجب أن يُنجز قبله.
workshop-error-scope = اختر وحدة أو حيًا أو موضوعًا موجودًا.
workshop-error-stage = اختر مرحلة.
follow-up-title = المتابعة: هل أدّى ما قاله الناس إلى نتيجة؟
follow-up-intro = مؤشرات العملية في الخطط: هل طُلبت آراء الأطفال ووُثّقت واستُخدمت (P1)، وهل وصلت المواضيع التي طُرحت في الملاحظات والآراء إلى ورشة عمل وهل نُفّذت الإجراءات (P2)، وأي مراحل الإنشاء المشترك غطّتها كل وحدة (P3).
follow-up-p2 = المواضيع والإجراءات (P2)
follow-up-p2-reached = { $percent } بالمئة من المواضيع التي طُرحت في الآراء هذه السنة وصلت إلى ورشة عمل.
follow-up-p2-none = لم يُطرح أي موضوع بما يكفي هذه السنة ليُحسب.
follow-up-p2-done = أُنجز { $percent } بالمئة من إجراءات ورش العمل (عددها { $count }).
follow-up-no-actions = لم تُسجَّل إجراءات من ورش العمل بعد.
follow-up-themes-caption = المواضيع في الاثني عشر شهرًا الماضية (تُعرض النصوص ابتداءً من { $k })
follow-up-texts = النصوص
follow-up-workshops = ورش العمل
follow-up-actions = الإجراءات
follow-up-done = مُنجَز
follow-up-p1-p3 = الوحدات: آراء الأطفال (P1) والمراحل المغطّاة (P3)
follow-up-units-caption = لكل وحدة: طُلبت → وُثّقت → استُخدمت، ومراحل الإنشاء المشترك
follow-up-asked = طُلبت
follow-up-documented = وُثّقت
follow-up-used = استُخدمت
follow-up-stages = المراحل
follow-up-yes = نعم
follow-up-no = لا
staff-nav-catalogue = الفهرس
catalogue-title = الفهرس
catalogue-intro = الاستبيانات وأسئلتها بكل اللغات، والوحدات والأماكن التي تنتمي إليها الإجابات. كل تغيير هو مراجعة مرقّمة: الإجابات المقدَّمة من قبل تحتفظ بالصياغة التي طُرح بها السؤال.
catalogue-places-title = الوحدات والأماكن
catalogue-surveys-caption = الاستبيانات
catalogue-survey = الاستبيان
catalogue-audience = موجَّه إلى
catalogue-questions = الأسئلة
catalogue-languages = اللغات المكتملة
catalogue-unreviewed = نصوص لم تُراجَع
catalogue-status = الحالة
catalogue-retired-count = { $count ->
    [zero] لا توجد أسئلة موقوفة
    [one] سؤال واحد موقوف
    [two] سؤالان موقوفان
    [few] { $count } أسئلة موقوفة
    [many] { $count } سؤالًا موقوفًا
   *[other] { $count } سؤال موقوف
}
catalogue-offered = متاح
catalogue-withdrawn = مسحوب
catalogue-revisions = آخر التغييرات
catalogue-revisions-intro = الفهرس الآن في المراجعة { $revision }.
catalogue-revision = المراجعة
catalogue-no-revisions = لم يُغيَّر شيء منذ تحميل الفهرس الافتراضي.
catalogue-problems = لم يُحفظ التغيير
catalogue-survey-intro = الفئة المستهدفة: { $audience }. تُضاف الأسئلة هنا ويُوقَف طرحها من صفحتها الخاصة؛ ورموزها لا تتغيّر أبدًا.
catalogue-questions-caption = الأسئلة بالترتيب
catalogue-key = الرمز
catalogue-question-text = السؤال
catalogue-kind = نوع الإجابة
catalogue-missing = اللغات الناقصة
catalogue-required = إلزامي
catalogue-asked = يُطرح
catalogue-retired = موقوف
catalogue-survey-texts = العنوان والمقدمة
catalogue-offer-survey = إتاحة هذا الاستبيان
catalogue-incomplete = غير مكتمل
catalogue-not-reviewed = لم يُراجَع
catalogue-survey-title = العنوان
catalogue-survey-introduction = المقدمة
catalogue-reviewed = راجعه متحدث أصلي باللغة
catalogue-empty-removes = إفراغ النص يحذف تلك اللغة. النص بالنرويجية (بوكمول) إلزامي: تعود إليه كل اللغات الأخرى عندما يغيب نصها.
catalogue-save = احفظ
catalogue-add-question = أضف سؤالًا
catalogue-key-hint = حروف صغيرة وأرقام وشرطات. لا يمكن تغيير الرمز لاحقًا.
catalogue-kind-scale5 = خمسة وجوه (لا أوافق … أوافق)
catalogue-kind-scale3 = ثلاثة وجوه (لا … نعم)
catalogue-kind-yes-no = نعم، لا، لا أعرف
catalogue-kind-single = اختيار واحد
catalogue-kind-multi = عدة اختيارات
catalogue-kind-text = نص حر
catalogue-section = القسم
catalogue-question-text-nb = السؤال بالنرويجية (بوكمول)
catalogue-help-nb = نص المساعدة بالنرويجية (بوكمول)، اختياري
catalogue-choices = الخيارات (لنوعَي «اختيار واحد» و«عدة اختيارات» فقط)
catalogue-choices-hint = خيار واحد في كل سطر، بالشكل رمز = تسمية، مثلًا: bus = Buss
catalogue-add-question-hint = يُضاف السؤال في النهاية. ما دام السؤال بلا نص بلغة ما، لا يُعرض الاستبيان بتلك اللغة: أضف الترجمات في صفحة السؤال.
catalogue-question-heading = السؤال { $key }
catalogue-question-intro = غيّر الصياغة في كل لغة، أو ضع علامة على الترجمات التي راجعها متحدث أصلي، أو أوقف طرح السؤال.
catalogue-counts-for = يُحتسب في المؤشر { $indicator }
catalogue-ask-question = اطرح هذا السؤال
catalogue-retire-hint = السؤال الموقوف لم يعد يُطرح. تُحفظ إجاباته وتظل تُحتسب في المؤشرات.
catalogue-missing-text = لا يوجد نص
catalogue-help = نص المساعدة
catalogue-choice-label = تسمية { $value }
catalogue-versioned-hint = تُحفظ الصياغة التي كانت قبل تغييرك: تُعرض الإجابات المقدَّمة من قبل مع السؤال كما طُرح.
catalogue-earlier = الصياغات السابقة
catalogue-earlier-caption = الصياغات المستبدَلة، مع المراجعة التي استبدلتها
catalogue-language = اللغة
catalogue-until = استُبدلت في المراجعة
catalogue-no-earlier = لم تُغيَّر الصياغة.
catalogue-places-intro = الوحدات هي الخدمات التي تجيب العائلات عنها؛ والأحياء والمناطق هي أماكن وجودها. الرموز لا تتغيّر أبدًا، لأن الروابط والملصقات والتقارير تستخدمها. الوحدة المغلقة لا تستقبل إجابات جديدة؛ وتُحفظ إجاباتها.
catalogue-units = الوحدات
catalogue-new-unit = وحدة جديدة
catalogue-name = الاسم
catalogue-service-kind = الخدمة
catalogue-district = الحي
catalogue-zone = المنطقة
catalogue-open = مفتوحة
catalogue-closed = مغلقة
catalogue-districts = الأحياء
catalogue-unit-count = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدةً
   *[other] { $count } وحدة
}
catalogue-new-district = حي جديد
catalogue-add = أضف
catalogue-zones = المناطق
catalogue-new-zone = منطقة جديدة
catalogue-zone-hint = اختياري. يجب أن تقع المنطقة في حي الوحدة.
catalogue-unit-open = مفتوحة: تستقبل الإجابات
catalogue-unit-open-hint = إغلاق الوحدة يوقف الإجابات الجديدة؛ وتُحفظ إجاباتها وأرقامها.
catalogue-saved = حُفظ بوصفه المراجعة { $revision }.
catalogue-unchanged = لم يُغيَّر شيء.
catalogue-error-not-found = هذا غير موجود في الفهرس.
catalogue-error-invalid-slug = يتكوّن الرمز من 2–60 حرفًا: حروف صغيرة أو أرقام أو شرطة أو شرطة سفلية.
catalogue-error-taken = هذا الرمز مستخدم بالفعل.
catalogue-error-invalid-name = اكتب اسمًا لا يزيد على 120 حرفًا.
catalogue-error-default-text-required = النص بالنرويجية (بوكمول) إلزامي.
catalogue-error-too-long = أحد النصوص طويل جدًا.
catalogue-error-unknown-service-kind = اختر خدمة.
catalogue-error-unknown-district = اختر حيًا.
catalogue-error-zone-outside-district = المنطقة لا تقع في ذلك الحي.
catalogue-error-unknown-kind = اختر نوع الإجابة.
catalogue-error-choices-needed = أدخل خيارين مختلفين أو أكثر، خيارًا واحدًا في كل سطر، بالشكل رمز = تسمية.
catalogue-error-second-text-question = في الاستبيان سؤال بنص حر بالفعل.
catalogue-error-title-kept = لا يمكن حذف العنوان بأي لغة. لإيقاف إتاحة الاستبيان بلغة ما، احذف نص أحد الأسئلة بتلك اللغة.
catalogue-error-unavailable = تعذّر حفظ الفهرس الآن. لم يُغيَّر شيء؛ يُرجى المحاولة مرة أخرى.
login-oidc = تسجيل الدخول عبر { $provider }
login-oidc-refused-title = لا يوجد وصول إلى stemme
login-oidc-refused-body = حسابك لدى البلدية لا يمنحك أي دور في stemme. اطلب من المسؤول إضافتك إلى مجموعة تمنح دورًا.
login-oidc-failed-title = لم ينجح تسجيل الدخول
login-oidc-failed-body = لم ينجح تسجيل الدخول عبر خدمة تسجيل الدخول في البلدية. ارجع إلى صفحة تسجيل الدخول وحاول مرة أخرى.

# Disclosure control: what protected figures mean.
hidden-too_few = إجابات قليلة جدًا (أقل من { $k })
hidden-uniform = مخفي: أجاب الجميع بالطريقة نفسها
figures-protected = الأرقام محمية: قد يختلف كل عدد عن العدد الدقيق ببضع إجابات، فلا يستطيع أحد أن يستنتج مجموعة صغيرة.
figures-protected-link = ماذا يعني ذلك؟
figures-so-far = حتى الآن
protection-title = كيف تُحمى الأرقام
protection-why = تجيب العائلات دون ذكر أسمائها. وحتى لا يستطيع أحد أن يعرف كيف أجابت مجموعة صغيرة، ولا بطرح رقم من رقم آخر، فإن كل رقم يُعرض محمي.
protection-noise-heading = انحراف صغير في كل عدد
protection-noise = في كل عدد انحراف صغير ثابت لا يتجاوز { $noise } إجابات، وغالبًا ما يكون 0 أو 1. الإجابات نفسها تحصل دائمًا على الانحراف نفسه مهما كانت طريقة السؤال، فلا تتغير الأرقام من مرة إلى أخرى. لكن الفرق بين رقمين، مثل حي ناقص مناطقه، لا يبيّن أبدًا بدقة عدد من في مجموعة صغيرة. النسب ومجالات عدم اليقين محسوبة من الأعداد المحمية.
protection-hidden-heading = أرقام لا تُعرض
protection-too-few = في المجموعة أقل من { $k } إجابات، أو عدد قليل بحيث يصبح العدد مع انحرافه أقل من { $k }.
protection-uniform = في مجموعة صغيرة (أقل من ضعف { $k } إجابات) تكشف نسبة 0 % أو 100 % ما أجاب به كل شخص.
protection-periods-heading = أشهر كاملة
protection-periods = تغطي العروض أشهرًا كاملة حتى آخر شهر انتهى. الشهر الجاري لا يُعرض إلا إذا اخترته، ويُوسم بعبارة «حتى الآن».
protection-published = ما يُعرض خارج البلدية (الصفحة العامة للوحدة والتقرير السنوي) لا يضم إلا مجموعات فيها { $published_k } إجابات على الأقل.
login-expired = انتهت صلاحية نموذج تسجيل الدخول أو جاء من موقع آخر. اكتب اسم المستخدم وكلمة المرور مرة أخرى.

# API tokens on the users page.
tokens-title = مفاتيح واجهة البرمجة
tokens-hint = أنشئ مفتاحًا بالأمر «stemme token create --user USERNAME --name NAME». المفتاح الذي يخص مستخدمًا يتوقف عن العمل عند تعطيل المستخدم.
token-name = الاسم
token-owner = يخص
token-created = أُنشئ
token-expires = ينتهي
token-never = أبدًا
token-status = الحالة
token-status-active = يعمل
token-status-expired = منتهٍ
token-status-revoked = مسحوب
token-status-owner_disabled = المستخدم معطّل
token-revoke = اسحب
token-revoked = تم سحب المفتاح.
workshop-error-quote = لا يمكن إضافة إلا اقتباسات من قائمة الورشة نفسها: نصوص من وحدتها أو حيّها أو موضوعها.

# Recordings of questions (catalogue admin)
catalogue-recordings = التسجيلات الصوتية
catalogue-recordings-intro = يُشغَّل التسجيل بدلاً من صوت الهاتف عندما يضغط أحدهم على «اقرأ بصوت عالٍ». ارفع ملف MP3 أو Ogg أو M4A أو WebM أو WAV، بحد أقصى 2 ميغابايت. تغيير نص السؤال بلغة ما، أو التوقف عن طرح السؤال، يحذف تسجيله.
catalogue-recording-none = لا يوجد تسجيل بعد.
catalogue-recording-upload = رفع التسجيل
catalogue-recording-remove = حذف التسجيل
catalogue-recording-file = تسجيل باللغة: { $lang }
catalogue-recording-not-audio = الملف ليس تسجيلاً يستطيع stemme تشغيله. استخدم MP3 أو Ogg أو M4A أو WebM أو WAV.
catalogue-recording-too-large = يجب ألا يزيد حجم التسجيل عن 2 ميغابايت.
catalogue-recording-no-text = اكتب السؤال بهذه اللغة قبل إضافة تسجيل.

# An answer sent without signal (form.js)
offline-kept = لا يوجد اتصال بالإنترنت. إجاباتك محفوظة هنا على هاتفك وسَتُرسل تلقائياً عند عودة الاتصال. اترك الصفحة مفتوحة إن استطعت.
offline-sending = عاد الاتصال. جارٍ إرسال إجاباتك …

# The thank-you page of the children's forms
thanks-child-title = شكرًا! لقد قلت الآن رأيك.
thanks-child-body = أُرسلت إجابتك. سيقرؤها الكبار في البلدية ويحاولون أن يجعلوا الأمور أفضل للأطفال.
thanks-next-child = الطفل التالي
thanks-next-child-hint = هل ستعطي الهاتف أو الجهاز اللوحي لطفل آخر؟ سيحصل الطفل التالي على استمارة فارغة، ولن يرى أحد ما أجاب به هذا الطفل.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] يناير–مارس
    [2] أبريل–يونيو
    [3] يوليو–سبتمبر
    *[4] أكتوبر–ديسمبر
} { $year }
unit-none-yet = لا توجد إجابات كافية بعد لعرض الأرقام دون أن يُعرف أحد. ترى أدناه ما الذي تم فعله بعد ما قالته العائلات.

# The privacy notice (/personvern) and the footer
privacy-title = الخصوصية
privacy-intro = هكذا نحافظ على ما تجيب به. تجيب دون ذكر اسمك: لا نسألك عن اسمك أبداً.
privacy-h-who = من المسؤول
privacy-who = { $municipality } هي الجهة المسؤولة عن معالجة الإجابات.
privacy-contact = أسئلة عن الخصوصية: { $contact }
privacy-contact-none = يمكنك أن تسأل مسؤول حماية البيانات في البلدية عن الخصوصية.
privacy-h-why = لماذا نسأل
privacy-why = لنعرف إن كانت المساعدة التي تحصل عليها العائلات والأطفال مفيدة، ولنقرر مع العائلات ما الذي يجب تغييره. هذا جزء من مهمة البلدية العامة (اللائحة العامة لحماية البيانات، المادة 6(1)(هـ)).
privacy-h-stored = ما الذي نحفظه، ومن يراه
privacy-stored = نحفظ إجاباتك، وأي خدمة ولغة تخصها، والشهر الذي أجبت فيه. لا نحفظ اسمك ولا عنوان IP الخاص بك ولا أي شيء آخر يدل على هويتك. ما تكتبه بكلماتك يُحفظ كما كتبته، لكن مسؤول النظام في البلدية وحده يستطيع قراءته هكذا. يرى جميع الموظفين الآخرين النص بعد حذف الأسماء وأرقام الهواتف والعناوين، ولا يرون الأرقام إلا لمجموعات من خمس إجابات على الأقل.
privacy-h-kept = إلى متى
privacy-kept-months = تُحذف الإجابات بعد { $months } شهراً.
privacy-kept-forever = تُحفظ الإجابات ما دامت البلدية تستخدمها لمتابعة خدماتها، وتُحذف عندما لا تعود هناك حاجة إليها.
privacy-h-rights = حقوقك
privacy-rights = لأننا لا نعرف من أنت، لا نستطيع العثور على إجابة بعينها لك. يمكنك تقديم شكوى إلى هيئة حماية البيانات النرويجية (datatilsynet.no) إذا رأيت أننا لا نحافظ على المعلومات كما يجب.
footer-accessibility = بيان إمكانية الوصول

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = لا ينطبق عليّ
choice-na-child = لا أعرف
