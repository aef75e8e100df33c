# Interface texts for stemme, English. Keys are shared by every language file.
# Plain words: many readers have this as their second or third language.

app-name = Stemme
skip-to-content = Skip to the content
language-switcher = Language
language-unavailable = This page is not yet available in the language you asked for ({ $code }). It is shown in this language instead.

## Start page
home-title = Did the help help?
home-intro = Tell the municipality whether the help you got was useful. You answer anonymously, and it takes a few minutes.
home-choose-form = Choose a form
home-for-staff = For staff and partners
home-no-forms = There are no forms to answer right now.

## Anonymity and privacy
anonymous-heading = Your answer is anonymous
anonymous-body = We do not ask for your name. We do not store who you are or where you answer from, and your answer is never added to a case file.
what-happens-summary = What happens with my answer?
what-happens-body = Answers from many families are put together. Staff see numbers only when many people have answered, never the answer of one family. Names and numbers are removed from what you write before anyone reads it. The answers are used to make the services better, in meetings where families and staff decide together what to change.
footer-privacy = Anonymous: no names, addresses or network addresses are stored with the answers.

## Form
answering-about = You are answering about:
choose-unit = Which service are you answering about?
choose-unit-placeholder = Choose a service
section-progress = Part { $current } of { $total }
progress-answered = { $answered } of { $total } questions answered
required-mark = must be answered
skip-hint = You can skip any question that is not marked “must be answered”.
role-question = Who are you answering as?
role-skip = I would rather not say
role-parent = Parent or carer
role-next_of_kin = Close family member
role-client = The person who got help
role-resident = Someone who lives in the area
role-participant = Someone taking part in the local community
role-pupil = Pupil
role-staff = Staff member
role-partner = Partner organisation
scale5-1 = Strongly disagree
scale5-2 = Disagree
scale5-3 = Neither agree nor disagree
scale5-4 = Agree
scale5-5 = Strongly agree
scale3-1 = No
scale3-2 = A little
scale3-3 = Yes
yes_no-yes = Yes
yes_no-no = No
yes_no-unsure = Not sure
text-limit = You can write up to { $max } characters, in any language.
submit = Send my answer

## Errors on the form
form-has-errors = { $count ->
    [one] There is one thing to fix before the answer can be sent.
   *[other] There are { $count } things to fix before the answer can be sent.
}
form-kept = What you have filled in is kept.
error-required = Please answer this question.
error-choice = Please choose one of the answers shown.
error-text-too-long = The text is too long: { $count } characters, and at most { $max } fit.
error-unit = Please choose the service you are answering about.
error-role = Please choose one of the roles shown, or “I would rather not say”.
error-rate-limited = Many answers are arriving from your network right now. Please wait a minute and send again.
error-unavailable = We could not save your answer just now. Nothing is lost on this page: please try to send again in a moment.

## Thank-you page
thanks-title = Thank you!
thanks-body = Your answer is saved.
thanks-next = Your answer is put together with the answers of other families. The municipality uses them to find out what works, and to decide with families what to change.
thanks-another = Answer about another service
back-home = Back to the start

## Error pages
error-title = Something went wrong
error-body = We could not do what you asked. Please try again in a moment.
not-found-title = We could not find this page
not-found-body = The link may be old or mistyped.

## Children's forms and reading aloud
read-aloud = Read aloud
read-aloud-stop = Stop reading
question-progress = Question { $current } of { $total }
next-question = Next question
assisted-heading = For the adult
assisted-by-question = Who is helping the child answer?
role-other_adult = Another adult
child-skip-hint = You can skip a question if you do not want to answer it.
scale3-child-1 = No
scale3-child-2 = A little
scale3-child-3 = Yes
scale5-child-1 = No, not at all
scale5-child-2 = Not really
scale5-child-3 = I don't know
scale5-child-4 = Yes, mostly
scale5-child-5 = Yes, very much

## Posters
poster-scan = Scan the code with your phone's camera to answer.
poster-or-type = Or type this address:
posters-title = Posters for the wall
posters-intro = Print an invitation with a QR code, so families can answer on their own phones. Choose the languages the families at your unit read.
posters-languages = Languages on the poster
posters-size = Paper size
posters-make = Make the poster

## Removed personal data (stands in for what was removed)
pii-fnr = national ID number
pii-account = account number
pii-phone = phone
pii-email = e-mail
pii-address = address
pii-name = name

## Staff sign-in
login-title = Sign in
login-submit = Sign in
login-failed = The username or password is not right.
logout = Sign out
signed-in-as = Signed in as { $name } ({ $role })
forbidden-title = No access
forbidden-body = Your role does not give access to this page.
staff-nav-search = Search texts
staff-nav-posters = Posters

## Free-text search
search-title = What families write
search-intro = Search what families have written in their own words. Names, numbers and addresses are removed.
search-query-label = Search words
search-query-hint = Words in any of the languages. Other forms of a word are found too.
search-submit = Search
search-filters = Narrow the selection
search-any = All
search-filter-lang = Language
search-filter-unit = Service
search-filter-district = District
search-filter-zone = Area
search-filter-survey = Form
search-filter-audience = Who answered
search-filter-theme = Theme
search-filter-from = From month
search-filter-to = To month
search-total = { $count ->
    [one] One text matches
   *[other] { $count } texts match
}
search-no-hits = No texts match. Try another word or a larger selection.
search-withheld-title = Texts are not shown
search-withheld = The selection you chose has fewer than { $k } answers. A family could be recognised, so the texts are not shown. Choose a larger selection, for example more months or the whole district.
search-facets = How the texts are spread
search-facet-few = fewer than { $k }
search-hit-language = Language
search-hit-period = Period
search-hit-unit = Service
search-lang-und = Language not determined
search-declared-language = The form was in { $lang }
search-more = Show more
search-facet-service_kind = Kind of service
search-rebuilding = Search is being rebuilt: { $percent } % done. Some texts are missing until it is finished.
audience-parent = Parents
audience-child_4_7 = Children 4–7
audience-child_8_12 = Children 8–12
audience-youth_13_18 = Young people 13–18
audience-partner = Partners
lang-da = Danish
lang-sv = Swedish

## Indicators for planners
staff-nav-dashboard = Indicators
dashboard-title = Indicators
dashboard-intro = The share who answer positively, with a 95 % uncertainty interval. Groups with fewer than { $k } answers, and figures that could reveal them, are not shown.
dashboard-core = Did the help help?
dashboard-by-district = By district
dashboard-by-zone = By area
dashboard-trend = Over time
dashboard-grain = Period length
grain-month = Month
grain-quarter = Quarter
grain-year = Year
dashboard-show = Show
dashboard-table = The figures in a table
dashboard-no-data = No answers in this period.
dashboard-themes = Themes in what families write
dashboard-change = Change from the previous period: { $change } percentage points
dashboard-change-real = (larger than the uncertainty)
dashboard-change-noise = (within the uncertainty)
table-group = Group
table-share = Share positive
table-interval = Uncertainty (95 %)
table-n = Answers
dashboard-registry = Registry figures, beside what families themselves answer
dashboard-self-report = Families' own answers (share positive)
registry-city = The whole city
table-value = Value
table-source = Source
unit-title = What families said
unit-intro = This is how the families who got help at { $name } answered over the last four full quarters. We only show figures for groups of at least { $k } answers, so nobody can be recognised.
unit-few = Fewer than { $k } answers – not shown
unit-said = What you said
unit-quarter = Quarter
unit-agree = Say yes
unit-did = What we did
unit-did-none = The actions that families and staff agree on in workshops will be listed here. No actions have been recorded yet.
unit-answer = Answer the survey
thanks-see-unit = See what families have said about { $name }
report-voice = Families' voice: the help helps
dashboard-report = Annual report
dashboard-report-intro = The tables for the living-conditions budget and the annual report: one table per outcome area with the families' own answers, registry figures and the trend through the year. The report counts as published: groups under { $k } are not shown, and only complete months are included.
dashboard-report-year = Year
dashboard-report-xlsx = Download (Excel)
dashboard-report-csv = Download the { $year } annual report as CSV
dashboard-theme-trend = Themes quarter by quarter
dashboard-theme-trend-hint = Texts with the theme, and their share of all texts in the quarter. – means too few texts to show.
staff-nav-themes = Themes
themes-title = Themes
themes-intro = The themes families write about, with the search terms that tag the texts. When you change a theme, every stored text is tagged again shortly.
themes-caption = Themes, search terms and how often their tags were confirmed or rejected
themes-new = New theme
themes-edit = Edit theme
themes-confirmed = Confirmed
themes-rejected = Rejected
themes-precision = Precision
theme-name = Name
theme-terms = Search terms
theme-terms-hint = One search term per line (or separated by commas). The terms also find inflected forms in the text's language.
theme-code = Code
theme-code-hint = Lowercase a–z, digits, - and _. The code cannot be changed later.
theme-form-intro = Write names and search terms in the languages you know. A name in Bokmål and at least one search term are needed.
theme-problems = The theme was not saved
theme-save = Save and tag the texts again
theme-cancel = Cancel
theme-saved = { $name } is saved. The texts are being tagged again now.
staff-nav-indicators = Indicators
indicators-title = Indicators
indicators-intro = The indicators the answers count towards: which plan they report to, which outcome area they belong to, and which questions and answers count as positive.
indicator-plan = Plan and focus area
indicator-outcome = Outcome area
indicator-no-outcome = None
indicator-questions = Questions that count
indicator-positive = positive answers
indicator-no-questions = No question counts towards this indicator yet.
indicator-questions-hint = Which questions count is set in the forms. The figures are recomputed by themselves when a question changes.
indicator-problems = The indicator was not saved
indicator-save = Save
indicator-saved = { $name } is saved.
staff-nav-registry = Registry figures
registry-title = Figures from the registries
registry-intro = Upload figures from microdata.no, SSB, Bufdir or KOSTRA as a CSV file with the columns indicator, area, period, value and source (and optionally note). The figures are shown beside the families' own answers for the same outcome area. The whole file is stored, or nothing.
registry-file = CSV file
registry-file-hint = See docs/registry-example.csv for an example. At most 5 MB.
registry-upload = Upload
registry-imported = { $count } figures are stored.
registry-problems = Nothing was stored. Correct these lines and upload the file again:
registry-line = Line { $line }
registry-stored = Stored figures
registry-indicator = Indicator
registry-none = No figures have been uploaded yet.
dashboard-window-edge = The first or last month of the period has too few answers to be shown on its own, so the period cannot be shown either. Choose a period that ends a month earlier.

## Staff accounts, sessions and the audit log
login-username-label = Username
login-password-label = Password
staff-nav-follow-up = Follow-up
staff-nav-workshops = Workshops
staff-nav-users = Users
staff-nav-audit = Audit log
staff-nav-account = Your account
staff-role-admin = Administrator
staff-role-planner = Planner
staff-role-facilitator = Facilitator
staff-role-unit-lead = Unit lead
users-title = Users
users-caption = Staff accounts
user-username = Username
user-username-hint = 2–32 characters: lower-case letters, digits, dot, dash or underscore.
user-display-name = Name
user-role = Role
user-units = Units
user-units-hint = Only for unit leads: the units they may read, separated by commas.
user-password = Password
user-password-hint = Leave empty to get a generated password, shown once.
user-status = Status
user-actions = Actions
user-active = Active
user-disabled = Disabled
user-disable = Disable
user-enable = Enable
user-reset = New password
user-save-role = Save role
user-new = New account
user-create = Create account
user-created = The account was created.
user-changed = The account was changed.
user-new-password = The password for { $name }, shown only now. Give it to them in person or by phone; they should change it when they sign in.
user-error-invalid-username = A username is 2–32 characters: lower-case letters, digits, dot, dash or underscore.
user-error-username-taken = That username is taken.
user-error-not-found = There is no such account.
user-error-unknown-unit = One of the units does not exist. Use the units' short names from the list.
user-error-units-needed = A unit lead needs at least one unit.
user-error-invalid-name = Write a name of 1–100 characters.
user-error-last-admin = The last active administrator cannot be disabled or given another role.
user-error-password-too-short = The password must be at least 12 characters. A few words in a row make a good one.
user-error-password-too-long = The password may be at most 256 characters.
user-error-unavailable = The change could not be saved just now. Try again in a moment.
account-title = Your account
account-change-password = Change your password
account-current = Current password
account-new = New password
account-new-hint = At least { $count } characters. A few words in a row make a good password.
account-repeat = New password again
account-save = Change password
account-mismatch = The two new passwords are not the same.
account-wrong-password = The current password is not right.
account-password-changed = Your password was changed. Your other sessions have been signed out.
audit-title = Audit log
audit-intro = Who signed in, read raw texts, exported, erased or changed something, and when. The log never holds what citizens wrote.
audit-actor = Who
audit-action = Action
audit-from = From
audit-to = To
audit-filter = Filter
audit-caption = Recorded actions, newest first
audit-at = When (UTC)
audit-target = What
audit-detail = Detail
audit-none = Nothing recorded matches these filters.
audit-older = Older entries
