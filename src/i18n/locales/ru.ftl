# Interface texts for stemme, Russian. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = Перейти к содержанию
language-switcher = Язык
language-unavailable = Этой страницы пока нет на языке, который вы выбрали ({ $code }). Поэтому она показана на этом языке.

## Главная страница
home-title = Помогла ли вам помощь?
home-intro = Расскажите коммуне, была ли полезной помощь, которую вы получили. Вы отвечаете анонимно, и это займёт всего несколько минут.
home-choose-form = Выберите анкету
home-for-staff = Для сотрудников и партнёров
home-no-forms = Сейчас нет анкет, на которые можно ответить.

## Анонимность и защита данных
anonymous-heading = Ваш ответ анонимный
anonymous-body = Мы не спрашиваем ваше имя. Мы не сохраняем, кто вы и откуда отвечаете, и ваш ответ никогда не попадёт ни в какое дело о вас.
what-happens-summary = Что будет с моим ответом?
what-happens-body = Ответы многих семей собираются вместе. Сотрудники видят цифры только для групп, где ответили многие, и никогда — как ответила одна семья. Сотрудники могут прочитать то, что вы пишете своими словами, но без имён и номеров и не зная, кто это написал. Ответы используются, чтобы улучшать службы, на встречах, где семьи и сотрудники вместе решают, что изменить.
footer-privacy = Вы отвечаете анонимно: мы не храним имя или IP-адрес, а сотрудники видят написанное вами без имён и номеров.

## Анкета
answering-about = Ваш ответ касается:
choose-unit = О какой службе вы отвечаете?
choose-unit-placeholder = Выберите службу
section-progress = Часть { $current } из { $total }
progress-answered = Отвечено вопросов: { $answered } из { $total }
required-mark = нужно ответить
skip-hint = Любой вопрос без пометки «нужно ответить» можно пропустить.
role-question = В какой роли вы отвечаете?
role-skip = Предпочитаю не говорить
role-parent = Родитель или опекун
role-next_of_kin = Близкий родственник
role-client = Тот, кто получил помощь
role-resident = Житель района
role-participant = Участник жизни района
role-pupil = Ученик
role-staff = Сотрудник
role-partner = Организация-партнёр
scale5-1 = Совсем нет
scale5-2 = Скорее нет
scale5-3 = Ни да, ни нет
scale5-4 = Скорее да
scale5-5 = Да, полностью
scale3-1 = Нет
scale3-2 = Немного
scale3-3 = Да
yes_no-yes = Да
yes_no-no = Нет
yes_no-unsure = Трудно сказать
text-limit = Можно написать до { $max } знаков на любом языке.
submit = Отправить ответ

## Ошибки в анкете
form-has-errors = { $count ->
    [one] Чтобы отправить ответ, нужно исправить { $count } ошибку.
    [few] Чтобы отправить ответ, нужно исправить { $count } ошибки.
    [many] Чтобы отправить ответ, нужно исправить { $count } ошибок.
   *[other] Чтобы отправить ответ, нужно исправить { $count } ошибки.
}
form-kept = Всё, что вы заполнили, сохранено.
error-required = Пожалуйста, ответьте на этот вопрос.
error-choice = Пожалуйста, выберите один из показанных ответов.
error-text-too-long = Текст слишком длинный. Знаков: { $count }, а помещается не больше { $max }.
error-unit = Пожалуйста, выберите службу, о которой вы отвечаете.
error-role = Пожалуйста, выберите одну из показанных ролей или «Предпочитаю не говорить».
error-rate-limited = Сейчас из вашей сети приходит много ответов. Пожалуйста, подождите минуту и отправьте ещё раз.
error-unavailable = Сейчас нам не удалось сохранить ваш ответ. На этой странице ничего не пропало: попробуйте отправить ещё раз чуть позже.

## Страница благодарности
thanks-title = Спасибо!
thanks-body = Ваш ответ сохранён.
thanks-next = Ваш ответ объединят с ответами других семей. Коммуна по ним узнаёт, что работает, и вместе с семьями решает, что изменить.
thanks-another = Ответить о другой службе
back-home = Вернуться в начало

## Страницы ошибок
error-title = Что-то пошло не так
error-body = Не получилось сделать то, что вы просили. Попробуйте ещё раз чуть позже.
not-found-title = Мы не нашли эту страницу
not-found-body = Возможно, ссылка устарела или в ней опечатка.

## Анкеты для детей и чтение вслух
read-aloud = Читать вслух
read-aloud-stop = Остановить чтение
question-progress = Вопрос { $current } из { $total }
next-question = Следующий вопрос
assisted-heading = Для взрослого
assisted-by-question = Кто помогает ребёнку отвечать?
role-other_adult = Другой взрослый
child-skip-hint = Если не хочешь отвечать на вопрос, его можно пропустить.
scale3-child-1 = Нет
scale3-child-2 = Немного
scale3-child-3 = Да
scale5-child-1 = Нет, совсем нет
scale5-child-2 = Не очень
scale5-child-3 = Иногда да, иногда нет
scale5-child-4 = В основном да
scale5-child-5 = Да, очень

## Плакаты
poster-scan = Наведите камеру телефона на код, чтобы ответить.
poster-or-type = Или введите этот адрес:
posters-title = Плакаты на стену
posters-intro = Распечатайте приглашение с QR-кодом, чтобы семьи могли ответить со своих телефонов. Выберите языки, на которых читают семьи в вашем учреждении.
posters-languages = Языки на плакате
posters-size = Размер бумаги
posters-make = Создать плакат

## Удалённые личные данные (стоят на месте удалённого)
pii-fnr = личный номер
pii-account = номер счёта
pii-phone = телефон
pii-email = эл. почта
pii-address = адрес
pii-name = имя

## Вход для сотрудников
login-title = Вход
login-submit = Войти
login-failed = Неверное имя пользователя или пароль.
logout = Выйти
signed-in-as = Вход выполнен: { $name } ({ $role })
forbidden-title = Нет доступа
forbidden-body = Ваша роль не даёт доступа к этой странице.
staff-nav-search = Поиск по текстам
staff-nav-posters = Плакаты

## Поиск по свободным текстам
search-title = Что пишут семьи
search-intro = Ищите в том, что семьи написали своими словами. Имена, номера и адреса удалены.
search-query-label = Слова для поиска
search-query-hint = Слова на любом из языков. Поиск находит и другие формы слова.
search-submit = Найти
search-filters = Сузить выборку
search-any = Все
search-filter-lang = Язык
search-filter-unit = Служба
search-filter-district = Район
search-filter-zone = Территория
search-filter-survey = Анкета
search-filter-audience = Кто отвечал
search-filter-theme = Тема
search-filter-from = Первый месяц
search-filter-to = Последний месяц
search-total = { $count ->
    [one] Найден { $count } текст
    [few] Найдено { $count } текста
    [many] Найдено { $count } текстов
   *[other] Найдено { $count } текста
}
search-no-hits = Подходящих текстов нет. Попробуйте другое слово или выборку побольше.
search-withheld-title = Тексты не показаны
search-withheld = В выбранной выборке слишком мало ответов: меньше { $k }. Тогда можно узнать семью, поэтому тексты не показаны. Выберите выборку побольше, например больше месяцев или весь район.
search-facets = Как распределены тексты
search-facet-few = меньше { $k }
search-total-few = Подходит меньше { $k } текстов
search-hit-language = Язык
search-hit-period = Период
search-hit-unit = Служба
search-lang-und = Язык не определён
search-declared-language = Язык анкеты: { $lang }
search-more = Показать ещё
search-facet-service_kind = Тип службы
search-rebuilding = Поиск строится заново: готово { $percent } %. Пока это не закончится, некоторых текстов не хватает.
audience-parent = Родители
audience-child_4_7 = Дети 4–7 лет
audience-child_8_12 = Дети 8–12 лет
audience-youth_13_18 = Молодёжь 13–18 лет
audience-partner = Партнёры
lang-da = датский
lang-sv = шведский

## Показатели для планировщиков
staff-nav-dashboard = Показатели
dashboard-title = Показатели
dashboard-intro = Доля тех, кто отвечает положительно, с интервалом неопределённости 95 %. Группы, в которых число ответов меньше { $k }, а также цифры, которые могли бы их раскрыть, не показываются.
dashboard-core = Помогла ли помощь?
dashboard-by-district = По районам
dashboard-by-zone = По территориям
dashboard-trend = Изменения во времени
dashboard-grain = Длина периода
grain-month = Месяц
grain-quarter = Квартал
grain-year = Год
dashboard-show = Показать
dashboard-table = Цифры в таблице
dashboard-no-data = В этом периоде ответов нет.
dashboard-themes = Темы в том, что пишут семьи
dashboard-change = Изменение по сравнению с предыдущим периодом (в процентных пунктах): { $change }
dashboard-change-real = (больше неопределённости)
dashboard-change-noise = (в пределах неопределённости)
table-group = Группа
table-share = Доля положительных
table-interval = Неопределённость (95 %)
table-n = Число ответов
dashboard-registry = Данные реестров рядом с тем, что отвечают сами семьи
dashboard-self-report = Собственные ответы семей (доля положительных)
registry-city = Весь город
table-value = Значение
table-source = Источник
unit-title = Что сказали семьи
unit-intro = Вот как отвечали семьи, получившие помощь в службе { $name }, за последние четыре полных квартала. Мы показываем цифры только для групп, где не меньше { $k } ответов, чтобы никого нельзя было узнать.
unit-few = Меньше { $k } ответов – не показано
unit-said = Что вы сказали
unit-quarter = Квартал
unit-agree = Говорят «да»
unit-did = Что мы сделали
unit-did-none = Здесь появятся шаги, о которых семьи и сотрудники договорятся на рабочих встречах. Пока не записано ни одного шага.
unit-answer = Заполнить анкету
thanks-see-unit = Посмотрите, что семьи сказали о службе { $name }
report-voice = Голос семей: помощь помогает
dashboard-report = Годовой отчёт
dashboard-report-intro = Таблицы для бюджета условий жизни и годового отчёта: по одной таблице на каждую область результатов, с собственными ответами семей, данными реестров и изменениями в течение года. Отчёт считается опубликованным: группы меньше { $k } не показываются, и учитываются только полные месяцы.
dashboard-report-year = Год
dashboard-report-xlsx = Скачать (Excel)
dashboard-report-csv = Скачать годовой отчёт за { $year } в формате CSV
dashboard-theme-trend = Темы по кварталам
dashboard-theme-trend-hint = Число текстов с темой и их доля среди всех текстов квартала. – означает, что текстов слишком мало, чтобы их показать.
staff-nav-themes = Темы
themes-title = Темы
themes-intro = Темы, о которых пишут семьи, со словами для поиска, которыми отмечаются тексты. Когда вы меняете тему, все сохранённые тексты вскоре отмечаются заново.
themes-caption = Темы, слова для поиска и как часто их отметки подтверждали или отклоняли
themes-new = Новая тема
themes-edit = Изменить тему
themes-confirmed = Подтверждено
themes-rejected = Отклонено
themes-precision = Точность
theme-name = Название
theme-terms = Слова для поиска
theme-terms-hint = Одно слово для поиска на строку (или через запятую). Слова находят и другие формы слова на языке текста.
theme-code = Код
theme-code-hint = Строчные буквы a–z, цифры, - и _. Код нельзя изменить позже.
theme-form-intro = Напишите названия и слова для поиска на тех языках, которые вы знаете. Нужны название на норвежском (букмол) и хотя бы одно слово для поиска.
theme-problems = Тема не сохранена
theme-save = Сохранить и отметить тексты заново
theme-cancel = Отмена
theme-saved = Тема «{ $name }» сохранена. Тексты сейчас отмечаются заново.
staff-nav-indicators = Показатели
indicators-title = Показатели
indicators-intro = Показатели, в которые засчитываются ответы: по какому плану они отчитываются, к какой области результатов относятся и какие вопросы и ответы считаются положительными.
indicator-plan = План и приоритетное направление
indicator-outcome = Область результатов
indicator-no-outcome = Нет
indicator-questions = Засчитываемые вопросы
indicator-positive = положительные ответы
indicator-no-questions = В этот показатель пока не засчитывается ни один вопрос.
indicator-questions-hint = Какие вопросы засчитываются, задаётся в анкетах. Цифры пересчитываются сами, когда вопрос меняется.
indicator-problems = Показатель не сохранён
indicator-save = Сохранить
indicator-saved = Показатель «{ $name }» сохранён.
staff-nav-registry = Данные реестров
registry-title = Данные из реестров
registry-intro = Загрузите данные из microdata.no, SSB, Bufdir или KOSTRA в виде файла CSV со столбцами indicator, area, period, value и source (и при необходимости note). Данные показываются рядом с собственными ответами семей по той же области результатов. Сохраняется весь файл или ничего.
registry-file = Файл CSV
registry-file-hint = Пример см. в docs/registry-example.csv. Не более 5 МБ.
registry-upload = Загрузить
registry-imported = Количество сохранённых значений: { $count }.
registry-problems = Ничего не сохранено. Исправьте эти строки и загрузите файл снова:
registry-line = Строка { $line }
registry-stored = Сохранённые данные
registry-indicator = Показатель
registry-none = Данные ещё не загружены.

## Staff accounts, sessions and the audit log
login-username-label = Имя пользователя
login-password-label = Пароль
staff-nav-follow-up = Дальнейшие шаги
staff-nav-workshops = Рабочие встречи
staff-nav-users = Пользователи
staff-nav-audit = Журнал действий
staff-nav-account = Ваша учётная запись
staff-role-admin = Администратор
staff-role-planner = Планировщик
staff-role-facilitator = Ведущий встреч
staff-role-unit-lead = Руководитель учреждения
users-title = Пользователи
users-caption = Учётные записи сотрудников
user-username = Имя пользователя
user-username-hint = 2–32 символа: строчные латинские буквы, цифры, точка, дефис или подчёркивание.
user-display-name = Имя
user-role = Роль
user-units = Учреждения
user-units-hint = Только для руководителей учреждений: учреждения, данные которых они могут читать, через запятую.
user-password = Пароль
user-password-hint = Оставьте пустым, чтобы получить созданный системой пароль; он будет показан один раз.
user-status = Состояние
user-actions = Действия
user-active = Активна
user-disabled = Отключена
user-disable = Отключить
user-enable = Включить
user-reset = Новый пароль
user-save-role = Сохранить роль
user-new = Новая учётная запись
user-create = Создать учётную запись
user-created = Учётная запись создана.
user-changed = Учётная запись изменена.
user-new-password = Пароль для { $name }, показан только сейчас. Передайте его лично или по телефону; после входа его следует сменить.
user-error-invalid-username = Имя пользователя состоит из 2–32 символов: строчные латинские буквы, цифры, точка, дефис или подчёркивание.
user-error-username-taken = Это имя пользователя уже занято.
user-error-not-found = Такой учётной записи нет.
user-error-unknown-unit = Одного из учреждений не существует. Используйте краткие названия учреждений из списка.
user-error-units-needed = Руководителю учреждения нужно хотя бы одно учреждение.
user-error-invalid-name = Напишите имя длиной 1–100 символов.
user-error-last-admin = Последнего активного администратора нельзя отключить или назначить ему другую роль.
user-error-password-too-short = Пароль должен содержать не меньше 12 символов. Несколько слов подряд — хороший пароль.
user-error-password-too-long = Пароль может содержать не больше 256 символов.
user-error-unavailable = Сейчас не удалось сохранить изменение. Попробуйте ещё раз чуть позже.
account-title = Ваша учётная запись
account-change-password = Смена пароля
account-current = Текущий пароль
account-new = Новый пароль
account-new-hint = Не меньше { $count } символов. Несколько слов подряд — хороший пароль.
account-repeat = Новый пароль ещё раз
account-save = Сменить пароль
account-mismatch = Два новых пароля не совпадают.
account-wrong-password = Текущий пароль неверен.
account-password-changed = Ваш пароль изменён. Во всех остальных сеансах выполнен выход.
audit-title = Журнал действий
audit-intro = Кто и когда входил, читал исходные тексты, выгружал, удалял или что-то менял. В журнале никогда не хранится то, что написали жители.
audit-actor = Кто
audit-action = Действие
audit-from = С даты
audit-to = По дату
audit-filter = Фильтровать
audit-caption = Записанные действия, сначала новые
audit-at = Когда (UTC)
audit-target = Объект
audit-detail = Подробности
audit-none = Нет записанных действий, подходящих под эти фильтры.
audit-older = Более ранние записи

## Workshops ("you said, we did") and follow-up
unit-did-done = Сделано
unit-did-planned = Запланировано до { $date }
workshops-title = Рабочие встречи
workshops-intro = Рабочие встречи для совместного создания: семьи, дети, сотрудники и партнёры вместе решают, что изменить. Создайте встречу, покажите материалы, дайте участникам подключиться с телефонов и запишите, что решили.
workshops-caption = Рабочие встречи, сначала новые
workshops-none = Рабочих встреч пока нет.
workshop-new = Новая рабочая встреча
workshop-title-label = Название
workshop-scope = О чём
workshop-scope-unit = Учреждение
workshop-scope-district = Район
workshop-scope-theme = Тема
workshop-stage = Этап
workshop-stage-planning = Планирование
workshop-stage-development = Разработка
workshop-stage-decision = Решение
workshop-stage-evaluation = Оценка
workshop-with-children = Участвуют дети или молодёжь
workshop-days = Сколько дней действует код
workshop-create = Создать встречу
workshop-code = Код
workshop-status = Состояние
workshop-date = Дата
workshop-open = Открыта
workshop-closed = Закрыта
workshop-join-at = Подключайтесь на { $link }
workshop-join-until = Новые участники могут подключиться до { $date } (UTC).
workshop-projector = Вид для проектора
workshop-summary = Итоги
workshop-close = Закрыть встречу
workshop-reopen = Открыть снова
workshop-material = Материалы
workshop-no-material = Материалов пока нет. Добавьте данные показателей, темы или цитаты.
workshop-quote-pending = Ждёт вашего одобрения: пока не показывается
workshop-approve = Одобрить
workshop-remove = Убрать
workshop-add = Добавить
workshop-add-indicator = Данные показателей
workshop-add-theme = Тема
workshop-quotes = Цитаты из того, что написали люди
workshop-quotes-hint = Цитаты взяты из очищенных текстов об учреждении, районе или теме этой встречи. Прочитайте каждую цитату, прежде чем одобрить её: показываются только одобренные цитаты.
workshop-quote-search = Слова для поиска
workshop-quotes-withheld = В этой группе слишком мало текстов, чтобы показывать цитаты.
workshop-use-quote = Использовать эту цитату
workshop-notes = Записки
workshop-participants = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
workshop-participants-label = Участники
workshop-group-notes = Выберите записки, которые подходят друг к другу
workshop-in-proposal = в предложении
workshop-vote-count = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
workshop-proposal-title = Предложение
workshop-make-proposal = Сделать предложение из выбранных записок
workshop-proposals = Предложения
workshop-rating = оценка { $value } из 5 (оценок: { $count })
workshop-rating-few = Пока оценок: { $count } (показываем от 3)
workshop-rating-hidden = Пока слишком мало оценок
workshop-actions = Что мы сделаем
workshop-action-what = Что будет сделано
workshop-action-who = Кто отвечает
workshop-action-due = До какого срока
workshop-action-unit = Учреждение, для которого показывается
workshop-action-unit-same = Учреждение этой встречи
workshop-action-unit-none = Без учреждения
workshop-action-themes = Темы, на которые это должно повлиять
workshop-action-indicators = Показатели, на которые это должно повлиять
workshop-action-record = Записать шаг
workshop-action-done = Отметить как сделанное
workshop-action-reopen = Отметить как не сделанное
workshop-action-planned = Запланировано
workshop-batched = Результаты появляются порциями, поэтому голос отдельного человека увидеть нельзя.
workshop-votes-label = голоса
workshop-theme = Тема
workshop-few = Слишком мало ответов, чтобы показать
workshop-enter-title = Подключиться к встрече
workshop-enter-intro = Введите код, который вы видите на экране.
workshop-enter-go = Подключиться
workshop-join-intro = Добро пожаловать! Здесь можно написать, что вы думаете, и проголосовать за то, что для вас важнее всего.
workshop-join-anonymous = Вы не называете своё имя. То, что вы пишете, показывается на экране без имени.
workshop-join-role = Я участвую как
workshop-join = Подключиться
workshop-role-parent = Родитель или опекун
workshop-role-child = Ребёнок
workshop-role-youth = Молодой человек или девушка
workshop-role-staff = Сотрудник
workshop-role-partner = Партнёр
workshop-add-note = Написать записку
workshop-note-label = Что вы думаете?
workshop-note-hint = Не больше { $max } знаков. Не пишите имена и номера телефонов.
workshop-note-send = Отправить записку
workshop-no-notes = Записок пока нет.
workshop-votes-left = { $count ->
    [one] У вас остался { $count } голос.
    [few] У вас осталось { $count } голоса.
    [many] У вас осталось { $count } голосов.
   *[other] У вас осталось { $count } голоса.
}
workshop-vote = Голосую за это
workshop-unvote = Забрать мой голос
workshop-rate = Сохранить мою оценку
workshop-score-1 = 1 – плохо
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – очень хорошо
workshop-closed-note = Встреча закрыта. Спасибо за участие!
workshop-done-joined = Добро пожаловать! Вы подключились.
workshop-done-note = Спасибо, ваша записка сохранена.
workshop-done-vote = Ваш голос сохранён.
workshop-done-unvote = Ваш голос отозван.
workshop-done-rating = Ваша оценка сохранена.
workshop-error-title = Что-то не так
workshop-error-not-found = Мы не находим встречу с таким кодом. Проверьте код на экране и попробуйте ещё раз.
workshop-error-closed = Встреча закрыта, поэтому это не сохранено. Спасибо за участие!
workshop-error-expired = Этим кодом больше нельзя подключиться. Попросите помощи у ведущего.
workshop-error-too-fast = Вы отправляете записки очень быстро. Подождите минуту и попробуйте ещё раз; ваш текст сохранён ниже.
workshop-error-no-votes-left = Вы использовали все свои голоса. Заберите один голос, чтобы отдать его другой записке.
workshop-error-unavailable = Сейчас это не удалось сохранить. Попробуйте ещё раз чуть позже; ваш текст сохранён ниже.
workshop-error-note = Напишите записку не длиннее 500 знаков.
workshop-error-score = Выберите оценку от 1 до 5.
workshop-error-role = Выберите, как вы участвуете.
workshop-error-workshop-title = Напишите название.
workshop-error-material = Этот материал нельзя добавить.
workshop-error-proposal = Напишите короткое название предложения.
workshop-error-action-what = Напишите, что будет сделано.
workshop-error-action-who = Напишите, кто отвечает.
workshop-error-action-due = Укажите дату, к которой это должно быть сделано.
workshop-error-scope = Выберите существующее учреждение, район или тему.
workshop-error-stage = Выберите этап.
follow-up-title = Дальнейшие шаги: привело ли к чему-то то, что сказали люди?
follow-up-intro = Показатели процесса из планов: спрашивали ли мнение детей, записали ли его и использовали ли (P1), дошли ли темы из отзывов до рабочей встречи и выполнены ли шаги (P2), и какие этапы совместного создания охватило каждое учреждение (P3).
follow-up-p2 = Темы и шаги (P2)
follow-up-p2-reached = { $percent } % тем, появившихся в отзывах в этом году, дошли до рабочей встречи.
follow-up-p2-none = В этом году ни одна тема не появлялась достаточно часто, чтобы её учитывать.
follow-up-p2-done = Выполнено { $percent } % шагов с рабочих встреч (всего: { $count }).
follow-up-no-actions = Шагов с рабочих встреч пока не записано.
follow-up-themes-caption = Темы за последние двенадцать месяцев (тексты показываются от { $k })
follow-up-texts = Тексты
follow-up-workshops = Рабочие встречи
follow-up-actions = Шаги
follow-up-done = Сделано
follow-up-p1-p3 = Учреждения: мнение детей (P1) и охваченные этапы (P3)
follow-up-units-caption = По каждому учреждению: спросили → записали → использовали, и этапы совместного создания
follow-up-asked = Спросили
follow-up-documented = Записали
follow-up-used = Использовали
follow-up-stages = Этапы
follow-up-yes = Да
follow-up-no = Нет
staff-nav-catalogue = Каталог
catalogue-title = Каталог
catalogue-intro = Анкеты, их вопросы на всех языках, а также учреждения и места, к которым относятся ответы. Каждое изменение — это пронумерованная версия: уже полученные ответы сохраняют ту формулировку, в которой был задан вопрос.
catalogue-places-title = Учреждения и места
catalogue-surveys-caption = Анкеты
catalogue-survey = Анкета
catalogue-audience = Для кого
catalogue-questions = Вопросы
catalogue-languages = Полные языки
catalogue-unreviewed = Непроверенные тексты
catalogue-status = Статус
catalogue-retired-count = { $count ->
    [one] { $count } вопрос снят
    [few] { $count } вопроса сняты
    [many] { $count } вопросов снято
   *[other] { $count } вопроса снято
}
catalogue-offered = Предлагается
catalogue-withdrawn = Отозвана
catalogue-revisions = Последние изменения
catalogue-revisions-intro = Текущая версия каталога: { $revision }.
catalogue-revision = Версия
catalogue-no-revisions = С момента загрузки стандартного каталога ничего не изменилось.
catalogue-problems = Изменение не сохранено
catalogue-survey-intro = Целевая группа: { $audience }. Вопросы добавляются здесь, а снимаются на отдельной странице; их коды никогда не меняются.
catalogue-questions-caption = Вопросы по порядку
catalogue-key = Код
catalogue-question-text = Вопрос
catalogue-kind = Тип ответа
catalogue-missing = Недостающие языки
catalogue-required = Обязательный
catalogue-asked = Задаётся
catalogue-retired = Снят
catalogue-survey-texts = Название и вступление
catalogue-offer-survey = Предлагать эту анкету
catalogue-incomplete = неполный
catalogue-not-reviewed = не проверено
catalogue-survey-title = Название
catalogue-survey-introduction = Вступление
catalogue-reviewed = Проверено носителем языка
catalogue-empty-removes = Если очистить текст, этот язык будет удалён. Текст на норвежском (букмол) обязателен: все остальные языки при необходимости заменяются им.
catalogue-save = Сохранить
catalogue-add-question = Добавить вопрос
catalogue-key-hint = Строчные латинские буквы, цифры и дефисы. Позже код изменить нельзя.
catalogue-kind-scale5 = Пять лиц (не согласен … согласен)
catalogue-kind-scale3 = Три лица (нет … да)
catalogue-kind-yes-no = Да, нет, не знаю
catalogue-kind-single = Один вариант
catalogue-kind-multi = Несколько вариантов
catalogue-kind-text = Свободный текст
catalogue-section = Раздел
catalogue-question-text-nb = Вопрос на норвежском (букмол)
catalogue-help-nb = Пояснение на норвежском (букмол) (необязательно)
catalogue-choices = Варианты (только для типов «один вариант» и «несколько вариантов»)
catalogue-choices-hint = По одному на строку в формате код = название, например: bus = Buss
catalogue-add-question-hint = Вопрос добавляется в конец. Пока у него нет текста на каком-либо языке, анкета на этом языке не предлагается: добавьте переводы на странице вопроса.
catalogue-question-heading = Вопрос { $key }
catalogue-question-intro = Измените формулировку на каждом языке, отметьте переводы, проверенные носителем языка, или снимите вопрос.
catalogue-counts-for = засчитывается в показатель { $indicator }
catalogue-ask-question = Задавать этот вопрос
catalogue-retire-hint = Снятый вопрос больше не задаётся. Ответы на него сохраняются и по-прежнему засчитываются в показатели.
catalogue-missing-text = нет текста
catalogue-help = Пояснение
catalogue-choice-label = Название для { $value }
catalogue-versioned-hint = Формулировка до вашего изменения сохраняется: уже полученные ответы показываются с тем вопросом, который тогда задавался.
catalogue-earlier = Прежние формулировки
catalogue-earlier-caption = Заменённые формулировки и версия, в которой их заменили
catalogue-language = Язык
catalogue-until = Заменено в версии
catalogue-no-earlier = Формулировка не менялась.
catalogue-places-intro = Учреждения — это службы, о которых отвечают семьи; районы и территории — это места, где они находятся. Коды никогда не меняются, потому что их используют ссылки, плакаты и отчёты. Закрытое учреждение больше не принимает ответы; его ответы сохраняются.
catalogue-units = Учреждения
catalogue-new-unit = Новое учреждение
catalogue-name = Название
catalogue-service-kind = Служба
catalogue-district = Район
catalogue-zone = Территория
catalogue-open = Открыто
catalogue-closed = Закрыто
catalogue-districts = Районы
catalogue-unit-count = { $count ->
    [one] { $count } учреждение
    [few] { $count } учреждения
    [many] { $count } учреждений
   *[other] { $count } учреждения
}
catalogue-new-district = Новый район
catalogue-add = Добавить
catalogue-zones = Территории
catalogue-new-zone = Новая территория
catalogue-zone-hint = Необязательно. Территория должна находиться в районе учреждения.
catalogue-unit-open = Открыто: принимает ответы
catalogue-unit-open-hint = Если закрыть учреждение, новые ответы больше не поступают; его ответы и показатели сохраняются.
catalogue-saved = Сохранено как версия { $revision }.
catalogue-unchanged = Ничего не изменилось.
catalogue-error-not-found = Этого нет в каталоге.
catalogue-error-invalid-slug = Код состоит из 2–60 символов: строчные латинские буквы, цифры, дефис или подчёркивание.
catalogue-error-taken = Этот код уже занят.
catalogue-error-invalid-name = Введите название длиной не более 120 символов.
catalogue-error-default-text-required = Текст на норвежском (букмол) обязателен.
catalogue-error-too-long = Один из текстов слишком длинный.
catalogue-error-unknown-service-kind = Выберите службу.
catalogue-error-unknown-district = Выберите район.
catalogue-error-zone-outside-district = Эта территория не находится в этом районе.
catalogue-error-unknown-kind = Выберите тип ответа.
catalogue-error-choices-needed = Укажите два или более разных варианта, по одному на строку, в формате код = название.
catalogue-error-second-text-question = В анкете уже есть вопрос со свободным текстом.
catalogue-error-title-kept = Название на каком-либо языке удалить нельзя. Чтобы перестать предлагать анкету на каком-либо языке, удалите текст одного из вопросов на этом языке.
catalogue-error-unavailable = Сейчас не удалось сохранить каталог. Ничего не изменилось; попробуйте ещё раз.
login-oidc = Войти через { $provider }
login-oidc-refused-title = Нет доступа к stemme
login-oidc-refused-body = Ваша учётная запись в муниципалитете не даёт роли в stemme. Попросите администратора добавить вас в группу, которая даёт роль.
login-oidc-failed-title = Вход не удался
login-oidc-failed-body = Вход через службу входа муниципалитета не удался. Вернитесь на страницу входа и попробуйте ещё раз.

# Disclosure control: what protected figures mean.
hidden-too_few = Слишком мало ответов (меньше { $k })
hidden-uniform = Скрыто: все ответили одинаково
figures-protected = Цифры защищены: каждое число может отличаться от точного на несколько ответов, так что никто не сможет вычислить малую группу.
figures-protected-link = Что это значит?
figures-so-far = пока
protection-title = Как защищены цифры
protection-why = Семьи отвечают анонимно. Чтобы никто не мог узнать, как ответила малая группа, даже вычтя одно число из другого, каждое показанное число защищено.
protection-noise-heading = Небольшое отклонение в каждом числе
protection-noise = У каждого числа есть небольшое постоянное отклонение не больше { $noise } ответов, чаще всего 0 или 1. Одни и те же ответы всегда получают одно и то же отклонение, как бы вы ни спрашивали, поэтому цифры не меняются от раза к разу. Но разница двух чисел, например район минус его зоны, никогда не показывает точно, сколько человек в малой группе. Доли и доверительные интервалы рассчитаны по защищённым числам.
protection-hidden-heading = Цифры, которые не показаны
protection-too-few = в группе меньше { $k } ответов или так мало, что число с отклонением становится меньше { $k }.
protection-uniform = в малой группе (меньше удвоенного { $k } ответов) 0 % или 100 % показали бы, что ответил каждый.
protection-periods-heading = Целые месяцы
protection-periods = Показываются целые месяцы до последнего завершённого. Текущий месяц показывается, только если вы его выберете, и помечен «пока».
protection-published = То, что показывается вне муниципалитета (публичная страница подразделения и годовой отчёт), содержит только группы не меньше { $published_k } ответов.
login-expired = Форма входа устарела или пришла с другого сайта. Введите имя пользователя и пароль ещё раз.

# API tokens on the users page.
tokens-title = Ключи API
tokens-hint = Создайте ключ командой «stemme token create --user USERNAME --name NAME». Ключ, принадлежащий пользователю, перестаёт действовать, когда пользователь отключён.
token-name = Название
token-owner = Принадлежит
token-created = Создан
token-expires = Действует до
token-never = никогда
token-status = Состояние
token-status-active = действует
token-status-expired = истёк
token-status-revoked = отозван
token-status-owner_disabled = пользователь отключён
token-revoke = Отозвать
token-revoked = Ключ отозван.
workshop-error-quote = Можно добавить только цитаты из списка самой встречи: тексты из её подразделения, района или темы.

# Recordings of questions (catalogue admin)
catalogue-recordings = Записи
catalogue-recordings-intro = Когда кто-то нажимает «Прочитать вслух», вместо голоса телефона звучит запись. Загрузите MP3, Ogg, M4A, WebM или WAV, не больше 2 МБ. Если изменить текст вопроса на каком-то языке или перестать задавать вопрос, запись удаляется.
catalogue-recording-none = Записи пока нет.
catalogue-recording-upload = Загрузить запись
catalogue-recording-remove = Удалить запись
catalogue-recording-file = Запись: { $lang }
catalogue-recording-not-audio = Этот файл не запись, которую stemme может воспроизвести. Используйте MP3, Ogg, M4A, WebM или WAV.
catalogue-recording-too-large = Запись может быть не больше 2 МБ.
catalogue-recording-no-text = Прежде чем добавить запись, напишите вопрос на этом языке.

# An answer sent without signal (form.js)
offline-kept = Нет подключения к интернету. Ваши ответы сохранены в телефоне и отправятся сами, когда связь вернётся. Если можете, не закрывайте страницу.
offline-sending = Связь вернулась. Отправляем ваши ответы …

# The thank-you page of the children's forms
thanks-child-title = Спасибо! Теперь ты сказал, что думаешь.
thanks-child-body = Твой ответ отправлен. Взрослые в коммуне прочитают его и постараются сделать жизнь детей лучше.
thanks-next-child = Следующий ребёнок
thanks-next-child-hint = Передаёте телефон или планшет дальше? Следующий ребёнок получит пустую анкету, и никто не увидит, что ответил этот ребёнок.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] январь–март
    [2] апрель–июнь
    [3] июль–сентябрь
    *[4] октябрь–декабрь
} { $year }
unit-none-yet = Ответов пока недостаточно, чтобы показать цифры так, чтобы никого нельзя было узнать. Ниже видно, что сделано после того, что сказали семьи.

# The privacy notice (/personvern) and the footer
privacy-title = Конфиденциальность
privacy-intro = Как мы бережём ваши ответы. Вы отвечаете анонимно: мы никогда не спрашиваем ваше имя.
privacy-h-who = Кто отвечает
privacy-who = За ответы отвечает { $municipality }.
privacy-contact = Вопросы о конфиденциальности: { $contact }
privacy-contact-none = О конфиденциальности можно спросить уполномоченного по защите данных коммуны.
privacy-h-why = Зачем мы спрашиваем
privacy-why = Чтобы узнать, помогает ли помощь, которую получают семьи и дети, и вместе с семьями решить, что изменить. Это часть общественной задачи коммуны (GDPR, статья 6(1)(e)).
privacy-h-stored = Что мы храним и кто это видит
privacy-stored = Мы храним ваши ответы, к какой службе и языку они относятся, и месяц, когда вы ответили. Мы не храним ваше имя, IP-адрес или что-либо ещё, что говорит, кто вы. То, что вы пишете своими словами, хранится так, как вы написали, но прочитать это так может только администратор коммуны. Все остальные сотрудники видят текст без имён, номеров телефонов и адресов, а цифры — только для групп не менее чем из пяти ответов.
privacy-h-kept = Как долго
privacy-kept-months = Ответы удаляются через { $months } месяцев.
privacy-kept-forever = Ответы хранятся, пока коммуна использует их для наблюдения за своими службами, и удаляются, когда больше не нужны.
privacy-h-rights = Ваши права
privacy-rights = Поскольку мы не знаем, кто вы, мы не можем найти какой-то один ваш ответ. Вы можете пожаловаться в Управление по защите данных Норвегии (datatilsynet.no), если считаете, что мы обращаемся с информацией не так, как должны.
footer-accessibility = Заявление о доступности

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Ко мне не относится
choice-na-child = Не знаю
