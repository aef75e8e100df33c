# Interface texts for stemme, Ukrainian. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = Перейти до вмісту
language-switcher = Мова
language-unavailable = Цієї сторінки ще немає потрібною мовою ({ $code }). Тому ми показуємо її цією мовою.

## Головна сторінка
home-title = Чи допомогла допомога?
home-intro = Розкажи муніципалітету, чи була тобі корисною допомога. Ти відповідаєш анонімно, і це займає лише кілька хвилин.
home-choose-form = Вибери анкету
home-for-staff = Для працівників і партнерів
home-no-forms = Зараз немає анкет, на які можна відповісти.

## Анонімність і захист даних
anonymous-heading = Твоя відповідь анонімна
anonymous-body = Ми не питаємо твого імені. Ми не зберігаємо, хто ти і звідки відповідаєш, і твою відповідь ніколи не додають до твоєї справи.
what-happens-summary = Що буде з моєю відповіддю?
what-happens-body = Відповіді багатьох родин об’єднуються. Працівники бачать цифри лише для груп, де відповіли багато людей, і ніколи — як відповіла одна родина. Працівники можуть прочитати те, що ви пишете своїми словами, але без імен і номерів і не знаючи, хто це написав. Відповіді використовують, щоб покращувати служби, на зустрічах, де родини й працівники разом вирішують, що змінити.
footer-privacy = Ви відповідаєте анонімно: ми не зберігаємо імені чи IP-адреси, а працівники бачать написане вами без імен і номерів.

## Анкета
answering-about = Ти відповідаєш про:
choose-unit = Про яку службу ти відповідаєш?
choose-unit-placeholder = Вибери службу
section-progress = Частина { $current } з { $total }
progress-answered = Питань із відповіддю: { $answered } з { $total }
required-mark = треба відповісти
skip-hint = Ти можеш пропустити будь-яке питання, біля якого немає позначки «треба відповісти».
role-question = Хто відповідає?
role-skip = Не хочу казати
role-parent = Батько, мати або опікун
role-next_of_kin = Близький родич
role-client = Людина, яка отримала допомогу
role-resident = Людина, яка живе в цьому районі
role-participant = Людина, яка бере участь у житті району
role-pupil = Учень або учениця
role-staff = Працівник або працівниця
role-partner = Організація-партнер
scale5-1 = Зовсім не погоджуюся
scale5-2 = Не погоджуюся
scale5-3 = Щось середнє
scale5-4 = Погоджуюся
scale5-5 = Повністю погоджуюся
scale3-1 = Ні
scale3-2 = Трохи
scale3-3 = Так
yes_no-yes = Так
yes_no-no = Ні
yes_no-unsure = Не знаю
text-limit = Можна написати до { $max } знаків будь-якою мовою.
submit = Надіслати відповідь

## Помилки в анкеті
form-has-errors = { $count ->
    [one] Перш ніж надіслати відповідь, треба виправити { $count } пункт.
    [few] Перш ніж надіслати відповідь, треба виправити { $count } пункти.
    [many] Перш ніж надіслати відповідь, треба виправити { $count } пунктів.
   *[other] Перш ніж надіслати відповідь, треба виправити { $count } пункту.
}
form-kept = Усе, що вже заповнено, збережено.
error-required = Будь ласка, дай відповідь на це питання.
error-choice = Будь ласка, вибери одну з показаних відповідей.
error-text-too-long = Текст задовгий. Знаків: { $count }, а можна щонайбільше { $max }.
error-unit = Будь ласка, вибери службу, про яку ти відповідаєш.
error-role = Будь ласка, вибери одну з показаних ролей або «Не хочу казати».
error-rate-limited = Зараз із твоєї мережі надходить багато відповідей. Будь ласка, зачекай хвилину й надішли ще раз.
error-unavailable = Нам не вдалося зберегти твою відповідь саме зараз. На цій сторінці нічого не втрачено: спробуй надіслати ще раз трохи згодом.

## Сторінка подяки
thanks-title = Дякуємо!
thanks-body = Твою відповідь збережено.
thanks-next = Твою відповідь об'єднають із відповідями інших сімей. Муніципалітет використовує їх, щоб зрозуміти, що працює, і разом із сім'ями вирішити, що змінити.
thanks-another = Відповісти про іншу службу
back-home = Назад на початок

## Сторінки помилок
error-title = Щось пішло не так
error-body = Не вдалося виконати те, що ти просиш. Будь ласка, спробуй ще раз трохи згодом.
not-found-title = Ми не знайшли цю сторінку
not-found-body = Можливо, посилання застаріле або в ньому помилка.

## Анкети для дітей і читання вголос
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання
question-progress = Питання { $current } з { $total }
next-question = Наступне питання
assisted-heading = Для дорослого
assisted-by-question = Хто допомагає дитині відповідати?
role-other_adult = Інший дорослий
child-skip-hint = Ти можеш пропустити питання, якщо не хочеш на нього відповідати.
scale3-child-1 = Ні
scale3-child-2 = Трохи
scale3-child-3 = Так
scale5-child-1 = Ні, зовсім ні
scale5-child-2 = Не дуже
scale5-child-3 = Іноді так, іноді ні
scale5-child-4 = Так, здебільшого
scale5-child-5 = Так, дуже

## Плакати
poster-scan = Щоб відповісти, відскануй код камерою телефона.
poster-or-type = Або введи цю адресу:
posters-title = Плакати на стіну
posters-intro = Роздрукуй запрошення з QR-кодом, щоб сім'ї могли відповісти зі своїх телефонів. Вибери мови, якими читають сім'ї у вашому закладі.
posters-languages = Мови на плакаті
posters-size = Розмір паперу
posters-make = Створити плакат

## Видалені особисті дані (стоять на місці того, що видалили)
pii-fnr = особистий номер
pii-account = номер рахунку
pii-phone = телефон
pii-email = ел. пошта
pii-address = адреса
pii-name = ім'я

## Вхід для працівників
login-title = Вхід
login-submit = Увійти
login-failed = Ім'я користувача або пароль неправильні.
logout = Вийти
signed-in-as = Вхід виконано: { $name } ({ $role })
forbidden-title = Немає доступу
forbidden-body = Твоя роль не дає доступу до цієї сторінки.
staff-nav-search = Пошук у текстах
staff-nav-posters = Плакати

## Пошук у вільних текстах
search-title = Що пишуть сім'ї
search-intro = Шукай у тому, що сім'ї написали своїми словами. Імена, номери й адреси видалено.
search-query-label = Слова для пошуку
search-query-hint = Слова будь-якою з мов. Пошук знаходить також інші форми слова.
search-submit = Шукати
search-filters = Звузити вибірку
search-any = Усі
search-filter-lang = Мова
search-filter-unit = Служба
search-filter-district = Район
search-filter-zone = Територія
search-filter-survey = Анкета
search-filter-audience = Хто відповідав
search-filter-theme = Тема
search-filter-from = Перший місяць
search-filter-to = Останній місяць
search-total = { $count ->
    [one] Знайдено { $count } текст
    [few] Знайдено { $count } тексти
    [many] Знайдено { $count } текстів
   *[other] Знайдено { $count } тексту
}
search-no-hits = Немає текстів, які підходять. Спробуй інше слово або більшу вибірку.
search-withheld-title = Тексти не показано
search-withheld = У вибраній вибірці замало відповідей: менше ніж { $k }. Тоді можна впізнати сім'ю, тому тексти не показано. Вибери більшу вибірку, наприклад більше місяців або весь район.
search-facets = Як розподілено тексти
search-facet-few = менше ніж { $k }
search-total-few = Підходить менше ніж { $k } текстів
search-hit-language = Мова
search-hit-period = Період
search-hit-unit = Служба
search-lang-und = Мову не визначено
search-declared-language = Мова анкети: { $lang }
search-more = Показати більше
search-facet-service_kind = Тип служби
search-rebuilding = Пошук будується заново: готово { $percent } %. Поки це не закінчиться, деяких текстів бракує.
audience-parent = Батьки
audience-child_4_7 = Діти 4–7 років
audience-child_8_12 = Діти 8–12 років
audience-youth_13_18 = Молодь 13–18 років
audience-partner = Партнери
lang-da = данська
lang-sv = шведська

## Показники для планувальників
staff-nav-dashboard = Показники
dashboard-title = Показники
dashboard-intro = Частка тих, хто відповідає позитивно, з інтервалом невизначеності 95 %. Групи, у яких кількість відповідей менша за { $k }, а також числа, що могли б їх розкрити, не показуються.
dashboard-core = Чи допомогла допомога?
dashboard-by-district = За районом
dashboard-by-zone = За територією
dashboard-trend = Зміни з часом
dashboard-grain = Тривалість періоду
grain-month = Місяць
grain-quarter = Квартал
grain-year = Рік
dashboard-show = Показати
dashboard-table = Числа в таблиці
dashboard-no-data = У цьому періоді відповідей немає.
dashboard-themes = Теми в тому, що пишуть сім'ї
dashboard-change = Зміна порівняно з попереднім періодом (у відсоткових пунктах): { $change }
dashboard-change-real = (більша за невизначеність)
dashboard-change-noise = (у межах невизначеності)
table-group = Група
table-share = Частка позитивних
table-interval = Невизначеність (95 %)
table-n = Кількість відповідей
dashboard-registry = Дані реєстрів поряд із тим, що відповідають самі сім'ї
dashboard-self-report = Власні відповіді сімей (частка позитивних)
registry-city = Усе місто
table-value = Значення
table-source = Джерело
unit-title = Що сказали сім'ї
unit-intro = Ось як відповідали сім'ї, які отримали допомогу в службі { $name }, за останні чотири повні квартали. Ми показуємо цифри лише для груп, де щонайменше { $k } відповідей, щоб нікого не можна було впізнати.
unit-few = Менше ніж { $k } відповідей – не показано
unit-said = Що ви сказали
unit-quarter = Квартал
unit-agree = Кажуть «так»
unit-did = Що ми зробили
unit-did-none = Тут з'являться кроки, про які сім'ї та працівники домовляться на робочих зустрічах. Поки що не записано жодного кроку.
unit-answer = Заповнити анкету
thanks-see-unit = Подивися, що сім'ї сказали про службу { $name }
report-voice = Голос сімей: допомога допомагає
dashboard-report = Річний звіт
dashboard-report-intro = Таблиці для бюджету умов життя та річного звіту: одна таблиця на кожну сферу результатів із власними відповідями сімей, даними реєстрів і змінами протягом року. Звіт вважається опублікованим: групи, менші за { $k }, не показано, і враховано лише повні місяці.
dashboard-report-year = Рік
dashboard-report-xlsx = Завантажити (Excel)
dashboard-report-csv = Завантажити річний звіт за { $year } у форматі CSV
dashboard-theme-trend = Теми за кварталами
dashboard-theme-trend-hint = Кількість текстів із темою та їхня частка серед усіх текстів кварталу. – означає, що текстів замало, щоб їх показати.
staff-nav-themes = Теми
themes-title = Теми
themes-intro = Теми, про які пишуть сім'ї, зі словами для пошуку, якими позначаються тексти. Коли ти змінюєш тему, усі збережені тексти незабаром позначаються заново.
themes-caption = Теми, слова для пошуку і як часто їхні позначки підтверджували чи відхиляли
themes-new = Нова тема
themes-edit = Змінити тему
themes-confirmed = Підтверджено
themes-rejected = Відхилено
themes-precision = Влучність
theme-name = Назва
theme-terms = Слова для пошуку
theme-terms-hint = Одне слово для пошуку в рядку (або через кому). Слова знаходять також інші форми слова мовою тексту.
theme-code = Код
theme-code-hint = Малі літери a–z, цифри, - і _. Код не можна змінити пізніше.
theme-form-intro = Напиши назви й слова для пошуку тими мовами, які знаєш. Потрібні назва норвезькою (букмол) і щонайменше одне слово для пошуку.
theme-problems = Тему не збережено
theme-save = Зберегти й позначити тексти заново
theme-cancel = Скасувати
theme-saved = Тему «{ $name }» збережено. Тексти зараз позначаються заново.
staff-nav-indicators = Показники
indicators-title = Показники
indicators-intro = Показники, до яких зараховуються відповіді: за яким планом вони звітують, до якої сфери результатів належать і які питання та відповіді вважаються позитивними.
indicator-plan = План і пріоритетний напрям
indicator-outcome = Сфера результатів
indicator-no-outcome = Немає
indicator-questions = Питання, що зараховуються
indicator-positive = позитивні відповіді
indicator-no-questions = До цього показника поки не зараховується жодне питання.
indicator-questions-hint = Які питання зараховуються, визначається в анкетах. Числа перераховуються самі, коли питання змінюється.
indicator-problems = Показник не збережено
indicator-save = Зберегти
indicator-saved = Показник «{ $name }» збережено.
staff-nav-registry = Дані реєстрів
registry-title = Дані з реєстрів
registry-intro = Завантаж дані з microdata.no, SSB, Bufdir або KOSTRA як файл CSV зі стовпцями indicator, area, period, value і source (і, за потреби, note). Дані показано поряд із власними відповідями сімей для тієї самої сфери результатів. Зберігається весь файл або нічого.
registry-file = Файл CSV
registry-file-hint = Приклад дивись у docs/registry-example.csv. Не більше 5 МБ.
registry-upload = Завантажити
registry-imported = Кількість збережених значень: { $count }.
registry-problems = Нічого не збережено. Виправ ці рядки й завантаж файл знову:
registry-line = Рядок { $line }
registry-stored = Збережені дані
registry-indicator = Показник
registry-none = Ще не завантажено жодних даних.

## Staff accounts, sessions and the audit log
login-username-label = Ім'я користувача
login-password-label = Пароль
staff-nav-follow-up = Подальші кроки
staff-nav-workshops = Робочі зустрічі
staff-nav-users = Користувачі
staff-nav-audit = Журнал дій
staff-nav-account = Твій обліковий запис
staff-role-admin = Адміністратор
staff-role-planner = Планувальник
staff-role-facilitator = Модератор зустрічей
staff-role-unit-lead = Керівник закладу
users-title = Користувачі
users-caption = Облікові записи працівників
user-username = Ім'я користувача
user-username-hint = 2–32 символи: малі латинські літери, цифри, крапка, дефіс або підкреслення.
user-display-name = Ім'я
user-role = Роль
user-units = Заклади
user-units-hint = Лише для керівників закладів: заклади, дані яких вони можуть читати, через кому.
user-password = Пароль
user-password-hint = Залиш порожнім, щоб отримати згенерований пароль; його буде показано один раз.
user-status = Стан
user-actions = Дії
user-active = Активний
user-disabled = Вимкнений
user-disable = Вимкнути
user-enable = Увімкнути
user-reset = Новий пароль
user-save-role = Зберегти роль
user-new = Новий обліковий запис
user-create = Створити обліковий запис
user-created = Обліковий запис створено.
user-changed = Обліковий запис змінено.
user-new-password = Пароль для { $name }, показаний лише зараз. Передай його особисто або телефоном; після входу його варто змінити.
user-error-invalid-username = Ім'я користувача має 2–32 символи: малі латинські літери, цифри, крапка, дефіс або підкреслення.
user-error-username-taken = Це ім'я користувача вже зайняте.
user-error-not-found = Такого облікового запису немає.
user-error-unknown-unit = Одного із закладів не існує. Використовуй короткі назви закладів зі списку.
user-error-units-needed = Керівникові закладу потрібен щонайменше один заклад.
user-error-invalid-name = Напиши ім'я довжиною 1–100 символів.
user-error-last-admin = Останнього активного адміністратора не можна вимкнути або дати йому іншу роль.
user-error-password-too-short = Пароль має містити щонайменше 12 символів. Кілька слів поспіль — це добрий пароль.
user-error-password-too-long = Пароль може містити щонайбільше 256 символів.
user-error-unavailable = Зараз не вдалося зберегти зміну. Спробуй ще раз трохи згодом.
account-title = Твій обліковий запис
account-change-password = Зміни пароль
account-current = Поточний пароль
account-new = Новий пароль
account-new-hint = Щонайменше { $count } символів. Кілька слів поспіль — це добрий пароль.
account-repeat = Новий пароль ще раз
account-save = Змінити пароль
account-mismatch = Два нові паролі не збігаються.
account-wrong-password = Поточний пароль неправильний.
account-password-changed = Твій пароль змінено. З інших твоїх сеансів виконано вихід.
audit-title = Журнал дій
audit-intro = Хто і коли входив, читав необроблені тексти, експортував, видаляв або щось змінював. Журнал ніколи не містить того, що написали мешканці.
audit-actor = Хто
audit-action = Дія
audit-from = Від
audit-to = До
audit-filter = Фільтрувати
audit-caption = Записані дії, спочатку найновіші
audit-at = Коли (UTC)
audit-target = Об'єкт
audit-detail = Подробиці
audit-none = Жодна записана дія не відповідає цим фільтрам.
audit-older = Старіші записи

## Workshops ("you said, we did") and follow-up
unit-did-done = Зроблено
unit-did-planned = Заплановано до { $date }
workshops-title = Робочі зустрічі
workshops-intro = Робочі зустрічі для спільного творення: сім'ї, діти, працівники й партнери разом вирішують, що змінити. Створи зустріч, покажи матеріали, дай учасникам приєднатися з телефонів і запиши, що вирішили.
workshops-caption = Робочі зустрічі, спершу найновіші
workshops-none = Робочих зустрічей ще немає.
workshop-new = Нова робоча зустріч
workshop-title-label = Назва
workshop-scope = Про що
workshop-scope-unit = Заклад
workshop-scope-district = Район
workshop-scope-theme = Тема
workshop-stage = Етап
workshop-stage-planning = Планування
workshop-stage-development = Розроблення
workshop-stage-decision = Рішення
workshop-stage-evaluation = Оцінювання
workshop-with-children = Беруть участь діти або молодь
workshop-days = Скільки днів діє код
workshop-create = Створити зустріч
workshop-code = Код
workshop-status = Стан
workshop-date = Дата
workshop-open = Відкрита
workshop-closed = Закрита
workshop-join-at = Приєднуйся на { $link }
workshop-join-until = Нові учасники можуть приєднатися до { $date } (UTC).
workshop-projector = Вигляд для проєктора
workshop-summary = Підсумок
workshop-close = Закрити зустріч
workshop-reopen = Відкрити знову
workshop-material = Матеріали
workshop-no-material = Матеріалів ще немає. Додай дані показників, теми або цитати.
workshop-quote-pending = Чекає на твоє схвалення: ще не показано
workshop-approve = Схвалити
workshop-remove = Вилучити
workshop-add = Додати
workshop-add-indicator = Дані показників
workshop-add-theme = Тема
workshop-quotes = Цитати з того, що написали люди
workshop-quotes-hint = Цитати взято з очищених текстів про заклад, район або тему цієї зустрічі. Прочитай кожну цитату, перш ніж схвалити її: показуються лише схвалені цитати.
workshop-quote-search = Слова для пошуку
workshop-quotes-withheld = У цій групі замало текстів, щоб показувати цитати.
workshop-use-quote = Використати цю цитату
workshop-notes = Записки
workshop-participants = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
workshop-participants-label = Учасники
workshop-group-notes = Вибери записки, які пасують одна до одної
workshop-in-proposal = у пропозиції
workshop-vote-count = { $count ->
    [one] { $count } голос
    [few] { $count } голоси
    [many] { $count } голосів
   *[other] { $count } голосу
}
workshop-proposal-title = Пропозиція
workshop-make-proposal = Зробити пропозицію з вибраних записок
workshop-proposals = Пропозиції
workshop-rating = оцінка { $value } з 5 (оцінок: { $count })
workshop-rating-few = Поки що оцінок: { $count } (показуємо від 3)
workshop-rating-hidden = Поки що замало оцінок
workshop-actions = Що ми зробимо
workshop-action-what = Що буде зроблено
workshop-action-who = Хто відповідає
workshop-action-due = До коли
workshop-action-unit = Заклад, для якого показується
workshop-action-unit-same = Заклад цієї зустрічі
workshop-action-unit-none = Без закладу
workshop-action-themes = Теми, на які це має вплинути
workshop-action-indicators = Показники, на які це має вплинути
workshop-action-record = Записати крок
workshop-action-done = Позначити як зроблене
workshop-action-reopen = Позначити як не зроблене
workshop-action-planned = Заплановано
workshop-batched = Результати з'являються частинами, тож голос окремої людини побачити не можна.
workshop-votes-label = голоси
workshop-theme = Тема
workshop-few = Замало відповідей, щоб показати
workshop-enter-title = Приєднатися до зустрічі
workshop-enter-intro = Введи код, який бачиш на екрані.
workshop-enter-go = Приєднатися
workshop-join-intro = Вітаємо! Тут ти можеш написати, що думаєш, і проголосувати за те, що для тебе найважливіше.
workshop-join-anonymous = Ти не вказуєш свого імені. Те, що ти пишеш, показується на екрані без імені.
workshop-join-role = Я беру участь як
workshop-join = Приєднатися
workshop-role-parent = Батько, мати або опікун
workshop-role-child = Дитина
workshop-role-youth = Молода людина
workshop-role-staff = Працівник або працівниця
workshop-role-partner = Партнер
workshop-add-note = Напиши записку
workshop-note-label = Що ти думаєш?
workshop-note-hint = Щонайбільше { $max } знаків. Не пиши імен чи номерів телефону.
workshop-note-send = Надіслати записку
workshop-no-notes = Записок ще немає.
workshop-votes-left = { $count ->
    [one] У тебе залишився { $count } голос.
    [few] У тебе залишилося { $count } голоси.
    [many] У тебе залишилося { $count } голосів.
   *[other] У тебе залишилося { $count } голосу.
}
workshop-vote = Голосую за це
workshop-unvote = Забрати мій голос
workshop-rate = Зберегти мою оцінку
workshop-score-1 = 1 – погано
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – дуже добре
workshop-closed-note = Зустріч закрита. Дякуємо за участь!
workshop-done-joined = Вітаємо! Ти приєднався(-лася).
workshop-done-note = Дякуємо, твою записку збережено.
workshop-done-vote = Твій голос збережено.
workshop-done-unvote = Твій голос забрано.
workshop-done-rating = Твою оцінку збережено.
workshop-error-title = Щось не так
workshop-error-not-found = Ми не знаходимо зустрічі з таким кодом. Перевір код на екрані й спробуй ще раз.
workshop-error-closed = Зустріч закрита, тому це не збережено. Дякуємо за участь!
workshop-error-expired = Цим кодом більше не можна приєднатися. Попроси допомоги в модератора.
workshop-error-too-fast = Ти надсилаєш записки дуже швидко. Зачекай хвилину й спробуй ще раз; твій текст збережено нижче.
workshop-error-no-votes-left = Ти вже використав(-ла) усі свої голоси. Забери один голос, щоб віддати його іншій записці.
workshop-error-unavailable = Зараз не вдалося це зберегти. Спробуй ще раз трохи згодом; твій текст збережено нижче.
workshop-error-note = Напиши записку не довшу за 500 знаків.
workshop-error-score = Вибери оцінку від 1 до 5.
workshop-error-role = Вибери, як ти береш участь.
workshop-error-workshop-title = Напиши назву.
workshop-error-material = Цей матеріал не можна додати.
workshop-error-proposal = Напиши коротку назву пропозиції.
workshop-error-action-what = Напиши, що буде зроблено.
workshop-error-action-who = Напиши, хто відповідає.
workshop-error-action-due = Вкажи дату, до якої це має бути зроблено.
workshop-error-scope = Вибери наявний заклад, район або тему.
workshop-error-stage = Вибери етап.
follow-up-title = Подальші кроки: чи до чогось привело те, що сказали люди?
follow-up-intro = Показники процесу з планів: чи питали думку дітей, чи її записали й використали (P1), чи теми з відгуків дійшли до робочої зустрічі та чи кроки виконано (P2), і які етапи спільного творення охопив кожен заклад (P3).
follow-up-p2 = Теми й кроки (P2)
follow-up-p2-reached = { $percent } % тем, що з'явилися у відгуках цього року, дійшли до робочої зустрічі.
follow-up-p2-none = Цього року жодна тема не з'являлася досить часто, щоб її врахувати.
follow-up-p2-done = Виконано { $percent } % кроків із робочих зустрічей (усього: { $count }).
follow-up-no-actions = Кроків із робочих зустрічей ще не записано.
follow-up-themes-caption = Теми за останні дванадцять місяців (тексти показано від { $k })
follow-up-texts = Тексти
follow-up-workshops = Робочі зустрічі
follow-up-actions = Кроки
follow-up-done = Зроблено
follow-up-p1-p3 = Заклади: думка дітей (P1) і охоплені етапи (P3)
follow-up-units-caption = Для кожного закладу: спитали → записали → використали, і етапи спільного творення
follow-up-asked = Спитали
follow-up-documented = Записали
follow-up-used = Використали
follow-up-stages = Етапи
follow-up-yes = Так
follow-up-no = Ні
staff-nav-catalogue = Каталог
catalogue-title = Каталог
catalogue-intro = Анкети, їхні питання всіма мовами, а також заклади й місця, до яких належать відповіді. Кожна зміна — це пронумерована версія: відповіді, які вже надано, зберігають те формулювання, з яким питання було поставлене.
catalogue-places-title = Заклади й місця
catalogue-surveys-caption = Анкети
catalogue-survey = Анкета
catalogue-audience = Для кого
catalogue-questions = Питання
catalogue-languages = Повні мови
catalogue-unreviewed = Неперевірені тексти
catalogue-status = Статус
catalogue-retired-count = { $count ->
    [one] { $count } питання знято
    [few] { $count } питання знято
    [many] { $count } питань знято
   *[other] { $count } питання знято
}
catalogue-offered = Пропонується
catalogue-withdrawn = Відкликано
catalogue-revisions = Останні зміни
catalogue-revisions-intro = Каталог має версію { $revision }.
catalogue-revision = Версія
catalogue-no-revisions = Відтоді як завантажено стандартний каталог, нічого не змінено.
catalogue-problems = Зміну не збережено
catalogue-survey-intro = Цільова група: { $audience }. Питання додаються тут, а знімаються на власній сторінці; їхні коди ніколи не змінюються.
catalogue-questions-caption = Питання по черзі
catalogue-key = Код
catalogue-question-text = Питання
catalogue-kind = Тип відповіді
catalogue-missing = Бракує мов
catalogue-required = Обов'язкове
catalogue-asked = Ставиться
catalogue-retired = Знято
catalogue-survey-texts = Назва і вступ
catalogue-offer-survey = Пропонувати цю анкету
catalogue-incomplete = неповна
catalogue-not-reviewed = не перевірено
catalogue-survey-title = Назва
catalogue-survey-introduction = Вступ
catalogue-reviewed = Перевірено носієм мови
catalogue-empty-removes = Якщо очистити текст, цю мову буде вилучено. Текст норвезькою (букмол) обов'язковий: усі інші мови в разі потреби замінюються ним.
catalogue-save = Зберегти
catalogue-add-question = Додати питання
catalogue-key-hint = Малі латинські літери, цифри й дефіси. Пізніше код не можна змінити.
catalogue-kind-scale5 = П'ять облич (не згоден … згоден)
catalogue-kind-scale3 = Три обличчя (ні … так)
catalogue-kind-yes-no = Так, ні, не знаю
catalogue-kind-single = Один варіант
catalogue-kind-multi = Кілька варіантів
catalogue-kind-text = Довільний текст
catalogue-section = Розділ
catalogue-question-text-nb = Питання норвезькою (букмол)
catalogue-help-nb = Пояснення норвезькою (букмол) (необов'язково)
catalogue-choices = Варіанти (лише для типів «один варіант» і «кілька варіантів»)
catalogue-choices-hint = По одному в рядку у форматі код = назва, наприклад: bus = Buss
catalogue-add-question-hint = Питання додається в кінець. Доки в нього немає тексту певною мовою, анкета цією мовою не пропонується: додай переклади на сторінці питання.
catalogue-question-heading = Питання { $key }
catalogue-question-intro = Зміни формулювання кожною мовою, познач переклади, які перевірив носій мови, або зніми питання.
catalogue-counts-for = зараховується до показника { $indicator }
catalogue-ask-question = Ставити це питання
catalogue-retire-hint = Зняте питання більше не ставиться. Відповіді на нього зберігаються й далі зараховуються до показників.
catalogue-missing-text = немає тексту
catalogue-help = Пояснення
catalogue-choice-label = Назва для { $value }
catalogue-versioned-hint = Формулювання до твоєї зміни зберігається: відповіді, які вже надано, показуються з тим питанням, яке тоді ставилося.
catalogue-earlier = Попередні формулювання
catalogue-earlier-caption = Замінені формулювання з версією, у якій їх замінено
catalogue-language = Мова
catalogue-until = Замінено у версії
catalogue-no-earlier = Формулювання не змінювалося.
catalogue-places-intro = Заклади — це служби, про які відповідають родини; райони й території — це місця, де вони розташовані. Коди ніколи не змінюються, бо їх використовують посилання, плакати й звіти. Закритий заклад більше не приймає відповідей; його відповіді зберігаються.
catalogue-units = Заклади
catalogue-new-unit = Новий заклад
catalogue-name = Назва
catalogue-service-kind = Служба
catalogue-district = Район
catalogue-zone = Територія
catalogue-open = Відкритий
catalogue-closed = Закритий
catalogue-districts = Райони
catalogue-unit-count = { $count ->
    [one] { $count } заклад
    [few] { $count } заклади
    [many] { $count } закладів
   *[other] { $count } закладу
}
catalogue-new-district = Новий район
catalogue-add = Додати
catalogue-zones = Території
catalogue-new-zone = Нова територія
catalogue-zone-hint = Необов'язково. Територія має бути в районі закладу.
catalogue-unit-open = Відкритий: приймає відповіді
catalogue-unit-open-hint = Якщо закрити заклад, нові відповіді більше не надходитимуть; його відповіді й показники зберігаються.
catalogue-saved = Збережено як версію { $revision }.
catalogue-unchanged = Нічого не змінено.
catalogue-error-not-found = Цього немає в каталозі.
catalogue-error-invalid-slug = Код має 2–60 символів: малі латинські літери, цифри, дефіс або підкреслення.
catalogue-error-taken = Цей код уже зайнятий.
catalogue-error-invalid-name = Напиши назву довжиною не більше 120 символів.
catalogue-error-default-text-required = Текст норвезькою (букмол) обов'язковий.
catalogue-error-too-long = Один із текстів задовгий.
catalogue-error-unknown-service-kind = Обери службу.
catalogue-error-unknown-district = Обери район.
catalogue-error-zone-outside-district = Ця територія не належить до цього району.
catalogue-error-unknown-kind = Обери тип відповіді.
catalogue-error-choices-needed = Вкажи два або більше різних варіантів, по одному в рядку, у форматі код = назва.
catalogue-error-second-text-question = В анкеті вже є питання з довільним текстом.
catalogue-error-title-kept = Назву певною мовою не можна видалити. Щоб припинити пропонувати анкету певною мовою, видали текст одного з питань цією мовою.
catalogue-error-unavailable = Зараз не вдалося зберегти каталог. Нічого не змінено; спробуй ще раз.
login-oidc = Увійти через { $provider }
login-oidc-refused-title = Немає доступу до stemme
login-oidc-refused-body = Ваш обліковий запис у муніципалітеті не дає ролі в stemme. Попросіть адміністратора додати вас до групи, яка дає роль.
login-oidc-failed-title = Вхід не вдався
login-oidc-failed-body = Вхід через службу входу муніципалітету не вдався. Поверніться на сторінку входу та спробуйте ще раз.

# Disclosure control: what protected figures mean.
hidden-too_few = Замало відповідей (менше ніж { $k })
hidden-uniform = Приховано: усі відповіли однаково
figures-protected = Цифри захищені: кожне число може відрізнятися від точного на кілька відповідей, тож ніхто не зможе вирахувати малу групу.
figures-protected-link = Що це означає?
figures-so-far = поки що
protection-title = Як захищено цифри
protection-why = Родини відповідають анонімно. Щоб ніхто не міг дізнатися, як відповіла мала група, навіть віднявши одне число від іншого, кожне показане число захищене.
protection-noise-heading = Невелике відхилення в кожному числі
protection-noise = Кожне число має невелике стале відхилення щонайбільше на { $noise } відповідей, найчастіше 0 або 1. Ті самі відповіді завжди мають те саме відхилення, хоч як запитуй, тож цифри не змінюються від разу до разу. Але різниця двох чисел, наприклад район мінус його зони, ніколи не показує точно, скільки людей у малій групі. Частки та інтервали невизначеності пораховано із захищених чисел.
protection-hidden-heading = Цифри, які не показано
protection-too-few = у групі менше ніж { $k } відповідей, або так мало, що число з відхиленням стає меншим за { $k }.
protection-uniform = у малій групі (менше ніж подвійне { $k } відповідей) 0 % або 100 % показали б, що відповіла кожна людина.
protection-periods-heading = Цілі місяці
protection-periods = Перегляди охоплюють цілі місяці до останнього завершеного. Поточний місяць показано лише тоді, коли ти його вибереш, і він позначений «поки що».
protection-published = Те, що показано поза муніципалітетом (публічна сторінка підрозділу та річний звіт), містить лише групи з щонайменше { $published_k } відповідей.
login-expired = Форма входу застаріла або прийшла з іншого сайту. Введи ім’я користувача та пароль ще раз.

# API tokens on the users page.
tokens-title = Ключі API
tokens-hint = Створи ключ командою «stemme token create --user USERNAME --name NAME». Ключ, що належить користувачеві, перестає діяти, коли користувача вимкнено.
token-name = Назва
token-owner = Належить
token-created = Створено
token-expires = Діє до
token-never = ніколи
token-status = Стан
token-status-active = діє
token-status-expired = прострочений
token-status-revoked = відкликаний
token-status-owner_disabled = користувача вимкнено
token-revoke = Відкликати
token-revoked = Ключ відкликано.
workshop-error-quote = Можна додати лише цитати зі списку самої зустрічі: тексти з її підрозділу, району чи теми.

# Recordings of questions (catalogue admin)
catalogue-recordings = Записи
catalogue-recordings-intro = Коли хтось натискає «Прочитати вголос», замість голосу телефону звучить запис. Завантажте MP3, Ogg, M4A, WebM або WAV, не більше 2 МБ. Якщо змінити текст питання якоюсь мовою або перестати ставити питання, запис видаляється.
catalogue-recording-none = Запису ще немає.
catalogue-recording-upload = Завантажити запис
catalogue-recording-remove = Видалити запис
catalogue-recording-file = Запис: { $lang }
catalogue-recording-not-audio = Цей файл не запис, який stemme може відтворити. Використайте MP3, Ogg, M4A, WebM або WAV.
catalogue-recording-too-large = Запис може бути не більше 2 МБ.
catalogue-recording-no-text = Перш ніж додати запис, напишіть питання цією мовою.

# An answer sent without signal (form.js)
offline-kept = Немає підключення до інтернету. Ваші відповіді збережено в телефоні, і вони надішлються самі, коли зв’язок повернеться. Якщо можете, не закривайте сторінку.
offline-sending = Зв’язок повернувся. Надсилаємо ваші відповіді …

# The thank-you page of the children's forms
thanks-child-title = Дякуємо! Тепер ти сказав, що думаєш.
thanks-child-body = Твою відповідь надіслано. Дорослі в комуні прочитають її і спробують зробити життя дітей кращим.
thanks-next-child = Наступна дитина
thanks-next-child-hint = Передаєте телефон чи планшет далі? Наступна дитина отримає порожню анкету, і ніхто не побачить, що відповіла ця дитина.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] січень–березень
    [2] квітень–червень
    [3] липень–вересень
    *[4] жовтень–грудень
} { $year }
unit-none-yet = Відповідей поки недостатньо, щоб показати цифри так, аби нікого не можна було впізнати. Нижче видно, що зроблено після того, що сказали родини.

# The privacy notice (/personvern) and the footer
privacy-title = Конфіденційність
privacy-intro = Як ми бережемо ваші відповіді. Ви відповідаєте анонімно: ми ніколи не питаємо вашого імені.
privacy-h-who = Хто відповідає
privacy-who = За відповіді відповідає { $municipality }.
privacy-contact = Питання про конфіденційність: { $contact }
privacy-contact-none = Про конфіденційність можна запитати уповноваженого із захисту даних комуни.
privacy-h-why = Навіщо ми питаємо
privacy-why = Щоб дізнатися, чи допомога, яку отримують родини й діти, діє, і разом із родинами вирішити, що змінити. Це частина публічного завдання комуни (GDPR, стаття 6(1)(e)).
privacy-h-stored = Що ми зберігаємо і хто це бачить
privacy-stored = Ми зберігаємо ваші відповіді, до якої служби й мови вони стосуються, і місяць, коли ви відповіли. Ми не зберігаємо вашого імені, IP-адреси чи будь-чого іншого, що каже, хто ви. Те, що ви пишете своїми словами, зберігається так, як ви написали, але прочитати це так може лише адміністратор комуни. Усі інші працівники бачать текст без імен, номерів телефонів і адрес, а цифри — лише для груп щонайменше з п’яти відповідей.
privacy-h-kept = Як довго
privacy-kept-months = Відповіді видаляються через { $months } місяців.
privacy-kept-forever = Відповіді зберігаються, поки комуна використовує їх для стеження за своїми службами, і видаляються, коли більше не потрібні.
privacy-h-rights = Ваші права
privacy-rights = Оскільки ми не знаємо, хто ви, ми не можемо знайти якусь одну вашу відповідь. Ви можете поскаржитися до Управління із захисту даних Норвегії (datatilsynet.no), якщо вважаєте, що ми поводимося з інформацією не так, як слід.
footer-accessibility = Заява про доступність

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Мене не стосується
choice-na-child = Не знаю
