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
what-happens-body = Answers from many families are put together. Staff see figures only for groups where many have answered, never how one family answered. Staff can read what you write in your own words, but with names and numbers removed and without seeing who wrote it. The answers are used to make the services better, in meetings where families and staff decide together what to change.
footer-privacy = You answer anonymously: we store no name or IP address, and staff see what you write with names and numbers removed.

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
scale5-child-3 = Sometimes yes, sometimes no
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
search-total-few = Fewer than { $k } texts match
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

## Workshops ("you said, we did") and follow-up
unit-did-done = Done
unit-did-planned = Planned by { $date }
workshops-title = Workshops
workshops-intro = Co-creation workshops: families, children, staff and partners decide together what to change. Create one, show material, let participants join on their phones, and record what was decided.
workshops-caption = Workshops, newest first
workshops-none = No workshops yet.
workshop-new = New workshop
workshop-title-label = Title
workshop-scope = About
workshop-scope-unit = A unit
workshop-scope-district = A district
workshop-scope-theme = A theme
workshop-stage = Stage
workshop-stage-planning = Planning
workshop-stage-development = Development
workshop-stage-decision = Decision
workshop-stage-evaluation = Evaluation
workshop-with-children = Children or young people take part
workshop-days = Days the join code works
workshop-create = Create workshop
workshop-code = Code
workshop-status = Status
workshop-date = Date
workshop-open = Open
workshop-closed = Closed
workshop-join-at = Join at { $link }
workshop-join-until = New participants can join until { $date } (UTC).
workshop-projector = Projector view
workshop-summary = Summary
workshop-close = Close the workshop
workshop-reopen = Open again
workshop-material = Material
workshop-no-material = No material yet. Add indicator figures, themes or quotes.
workshop-quote-pending = Waiting for your approval: not shown yet
workshop-approve = Approve
workshop-remove = Remove
workshop-add = Add
workshop-add-indicator = Indicator figures
workshop-add-theme = Theme
workshop-quotes = Quotes from what people wrote
workshop-quotes-hint = Quotes come from scrubbed texts about this workshop's unit, district or theme. Read each one before you approve it: only approved quotes are shown.
workshop-quote-search = Words to look for
workshop-quotes-withheld = Too few texts in this group to show quotes.
workshop-use-quote = Use this quote
workshop-notes = Notes
workshop-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
workshop-participants-label = Participants
workshop-group-notes = Choose notes that belong together
workshop-in-proposal = in a proposal
workshop-vote-count = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
workshop-proposal-title = Proposal
workshop-make-proposal = Make a proposal of the chosen notes
workshop-proposals = Proposals
workshop-rating = rated { $value } of 5 by { $count }
workshop-rating-few = { $count } ratings so far (shown from 3)
workshop-rating-hidden = Not enough ratings yet
workshop-actions = What we will do
workshop-action-what = What will be done
workshop-action-who = Who is responsible
workshop-action-due = By when
workshop-action-unit = Unit it is shown for
workshop-action-unit-same = The workshop's unit
workshop-action-unit-none = No unit
workshop-action-themes = Themes it should move
workshop-action-indicators = Indicators it should move
workshop-action-record = Record the action
workshop-action-done = Mark as done
workshop-action-reopen = Mark as not done
workshop-action-planned = Planned
workshop-batched = Results appear in batches, so no single person's vote can be seen.
workshop-votes-label = votes
workshop-theme = Theme
workshop-few = Too few answers to show
workshop-enter-title = Join a workshop
workshop-enter-intro = Type the code you see on the screen.
workshop-enter-go = Join
workshop-join-intro = Welcome! Here you can write what you think, and vote for what matters most to you.
workshop-join-anonymous = You do not give your name. What you write is shown on the screen without your name.
workshop-join-role = I am taking part as
workshop-join = Join
workshop-role-parent = Parent or carer
workshop-role-child = Child
workshop-role-youth = Young person
workshop-role-staff = Staff member
workshop-role-partner = Partner
workshop-add-note = Write a note
workshop-note-label = What do you think?
workshop-note-hint = At most { $max } characters. Do not write names or phone numbers.
workshop-note-send = Send the note
workshop-no-notes = No notes yet.
workshop-votes-left = { $count ->
    [one] You have { $count } vote left.
   *[other] You have { $count } votes left.
}
workshop-vote = Vote for this
workshop-unvote = Take back my vote
workshop-rate = Save my rating
workshop-score-1 = 1 – not good
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – very good
workshop-closed-note = The workshop is closed. Thank you for taking part!
workshop-done-joined = Welcome! You have joined.
workshop-done-note = Thank you, your note was saved.
workshop-done-vote = Your vote was saved.
workshop-done-unvote = Your vote was taken back.
workshop-done-rating = Your rating was saved.
workshop-error-title = Something is not right
workshop-error-not-found = We cannot find a workshop with this code. Check the code on the screen and try again.
workshop-error-closed = The workshop is closed, so this was not saved. Thank you for taking part!
workshop-error-expired = This code can no longer be used to join. Ask the facilitator for help.
workshop-error-too-fast = You are sending notes very fast. Wait a minute and try again; your text is kept below.
workshop-error-no-votes-left = You have used all your votes. Take back a vote to give it to another note.
workshop-error-unavailable = This could not be saved just now. Try again in a moment; your text is kept below.
workshop-error-note = Write a note of at most 500 characters.
workshop-error-score = Choose a rating from 1 to 5.
workshop-error-role = Choose how you take part.
workshop-error-workshop-title = Write a title.
workshop-error-material = That material cannot be added.
workshop-error-proposal = Write a short title for the proposal.
workshop-error-action-what = Write what will be done.
workshop-error-action-who = Write who is responsible.
workshop-error-action-due = Give the date it should be done by.
workshop-error-scope = Choose a unit, district or theme that exists.
workshop-error-stage = Choose a stage.
follow-up-title = Follow-up: did what people said lead somewhere?
follow-up-intro = The process indicators of the plans: whether children's views were asked for, documented and used (P1), whether themes raised in feedback reached a workshop and whether actions were done (P2), and which stages of co-creation each unit covered (P3).
follow-up-p2 = Themes and actions (P2)
follow-up-p2-reached = { $percent } % of the themes raised in feedback this year reached a workshop.
follow-up-p2-none = No theme was raised often enough this year to count.
follow-up-p2-done = { $percent } % of { $count } workshop actions are done.
follow-up-no-actions = No workshop actions recorded yet.
follow-up-themes-caption = Themes in the last twelve months (texts shown from { $k })
follow-up-texts = Texts
follow-up-workshops = Workshops
follow-up-actions = Actions
follow-up-done = Done
follow-up-p1-p3 = Units: children's views (P1) and stages covered (P3)
follow-up-units-caption = Per unit: asked → documented → used, and stages of co-creation
follow-up-asked = Asked
follow-up-documented = Documented
follow-up-used = Used
follow-up-stages = Stages
follow-up-yes = Yes
follow-up-no = No
staff-nav-catalogue = Catalogue
catalogue-title = Catalogue
catalogue-intro = The surveys, their questions in every language, and the units and places answers belong to. Every change is a numbered revision: answers already given keep the wording they were asked in.
catalogue-places-title = Units and places
catalogue-surveys-caption = Surveys
catalogue-survey = Survey
catalogue-audience = For
catalogue-questions = Questions
catalogue-languages = Complete languages
catalogue-unreviewed = Texts not reviewed
catalogue-status = Status
catalogue-retired-count = { $count ->
    [one] { $count } retired
   *[other] { $count } retired
}
catalogue-offered = Offered
catalogue-withdrawn = Withdrawn
catalogue-revisions = Latest changes
catalogue-revisions-intro = The catalogue is at revision { $revision }.
catalogue-revision = Revision
catalogue-no-revisions = Nothing has been changed since the default catalogue was loaded.
catalogue-problems = The change was not saved
catalogue-survey-intro = Audience: { $audience }. Questions are added here and retired on their own page; their keys never change.
catalogue-questions-caption = Questions in order
catalogue-key = Code
catalogue-question-text = Question
catalogue-kind = Answer type
catalogue-missing = Languages missing
catalogue-required = Required
catalogue-asked = Asked
catalogue-retired = Retired
catalogue-survey-texts = Title and introduction
catalogue-offer-survey = Offer this survey
catalogue-incomplete = incomplete
catalogue-not-reviewed = not reviewed
catalogue-survey-title = Title
catalogue-survey-introduction = Introduction
catalogue-reviewed = Checked by a native speaker
catalogue-empty-removes = Emptying a text removes that language. Bokmål is required: every other language falls back to it.
catalogue-save = Save
catalogue-add-question = Add a question
catalogue-key-hint = Lower-case letters, digits and dashes. It cannot be changed later.
catalogue-kind-scale5 = Five faces (disagree … agree)
catalogue-kind-scale3 = Three faces (no … yes)
catalogue-kind-yes-no = Yes, no, not sure
catalogue-kind-single = One choice
catalogue-kind-multi = Several choices
catalogue-kind-text = Free text
catalogue-section = Section
catalogue-question-text-nb = Question in Bokmål
catalogue-help-nb = Help text in Bokmål (optional)
catalogue-choices = Choices (one choice and several choices only)
catalogue-choices-hint = One per line, as code = label, for example: bus = Buss
catalogue-add-question-hint = The question is added at the end. Until it has a text in a language, the survey is not offered in that language: add the translations on the question's page.
catalogue-question-heading = Question { $key }
catalogue-question-intro = Change the wording in each language, mark translations a native speaker has checked, or retire the question.
catalogue-counts-for = counts for indicator { $indicator }
catalogue-ask-question = Ask this question
catalogue-retire-hint = A retired question is no longer asked. Its answers are kept and still count in indicators.
catalogue-missing-text = no text
catalogue-help = Help text
catalogue-choice-label = Label for { $value }
catalogue-versioned-hint = The wording before your change is kept: answers already given are shown with the question they were asked.
catalogue-earlier = Earlier wordings
catalogue-earlier-caption = Wordings replaced, with the revision that replaced them
catalogue-language = Language
catalogue-until = Replaced in revision
catalogue-no-earlier = The wording has not been changed.
catalogue-places-intro = Units are the services families answer about; districts and zones are where they are. Codes never change, because links, posters and reports use them. A closed unit no longer takes answers; its answers are kept.
catalogue-units = Units
catalogue-new-unit = New unit
catalogue-name = Name
catalogue-service-kind = Service
catalogue-district = District
catalogue-zone = Zone
catalogue-open = Open
catalogue-closed = Closed
catalogue-districts = Districts
catalogue-unit-count = { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
catalogue-new-district = New district
catalogue-add = Add
catalogue-zones = Zones
catalogue-new-zone = New zone
catalogue-zone-hint = Optional. The zone must lie in the unit's district.
catalogue-unit-open = Open: takes answers
catalogue-unit-open-hint = Closing a unit stops new answers; its answers and figures are kept.
catalogue-saved = Saved as revision { $revision }.
catalogue-unchanged = Nothing was changed.
catalogue-error-not-found = That is not in the catalogue.
catalogue-error-invalid-slug = A code is 2–60 characters: lower-case letters, digits, dash or underscore.
catalogue-error-taken = That code is taken already.
catalogue-error-invalid-name = Write a name of at most 120 characters.
catalogue-error-default-text-required = The text in Bokmål is required.
catalogue-error-too-long = A text is too long.
catalogue-error-unknown-service-kind = Choose a service.
catalogue-error-unknown-district = Choose a district.
catalogue-error-zone-outside-district = The zone does not lie in that district.
catalogue-error-unknown-kind = Choose an answer type.
catalogue-error-choices-needed = Give two or more different choices, one per line, as code = label.
catalogue-error-second-text-question = The survey already has a free-text question.
catalogue-error-title-kept = A language's title cannot be removed. To stop offering the survey in a language, remove a question's text in that language.
catalogue-error-unavailable = The catalogue could not be saved just now. Nothing was changed; please try again.
login-oidc = Sign in with { $provider }
login-oidc-refused-title = No access to stemme
login-oidc-refused-body = Your account at the municipality gives no role in stemme. Ask the administrator to add you to a group that gives one.
login-oidc-failed-title = Sign-in did not work
login-oidc-failed-body = Signing in through the municipality's sign-in service did not work. Go back to the sign-in page and try again.

# Disclosure control: what protected figures mean.
hidden-too_few = Too few answers (under { $k })
hidden-uniform = Hidden: everyone answered alike
figures-protected = Figures are protected: each count may differ from the exact one by a few answers, so nobody can work out a small group.
figures-protected-link = What does that mean?
figures-so-far = so far
protection-title = How the figures are protected
protection-why = Families answer anonymously. So that nobody can find out how a small group answered, not even by subtracting one figure from another, every figure shown is protected.
protection-noise-heading = A small deviation in every count
protection-noise = Every count carries a small, fixed deviation of at most { $noise } answers, most often 0 or 1. The same answers always get the same deviation, however you ask, so figures do not change from one look to the next. But the difference between two figures, such as a district minus its zones, never tells exactly how many are in a small group. Shares and uncertainty intervals are worked out from the protected counts.
protection-hidden-heading = Figures that are not shown
protection-too-few = the group has fewer than { $k } answers, or so few that the count with its deviation falls under { $k }.
protection-uniform = in a small group (under twice { $k } answers) 0 % or 100 % would tell what each person answered.
protection-periods-heading = Whole months
protection-periods = Views cover whole months up to the last one that has ended. The month under way is shown only when you choose it, and is marked "so far".
protection-published = What is shown outside the municipality (the unit's public page and the annual report) holds only groups of at least { $published_k } answers.
login-expired = The sign-in form had expired or came from another site. Type your username and password again.

# API tokens on the users page.
tokens-title = API tokens
tokens-hint = Make a token with "stemme token create --user USERNAME --name NAME". A token that belongs to a user stops working when the user is disabled.
token-name = Name
token-owner = Belongs to
token-created = Created
token-expires = Expires
token-never = never
token-status = Status
token-status-active = works
token-status-expired = expired
token-status-revoked = revoked
token-status-owner_disabled = user disabled
token-revoke = Revoke
token-revoked = The token is revoked.
workshop-error-quote = Only quotes from the workshop's own list can be added: texts from its unit, district or theme.

# Recordings of questions (catalogue admin)
catalogue-recordings = Recordings
catalogue-recordings-intro = A recording is played instead of the phone’s voice when someone presses “Read aloud”. Upload MP3, Ogg, M4A, WebM or WAV, at most 2 MB. Changing the question’s text in a language, or no longer asking the question, removes its recording.
catalogue-recording-none = No recording yet.
catalogue-recording-upload = Upload recording
catalogue-recording-remove = Remove recording
catalogue-recording-file = Recording in { $lang }
catalogue-recording-not-audio = The file is not a recording stemme can play. Use MP3, Ogg, M4A, WebM or WAV.
catalogue-recording-too-large = A recording can be at most 2 MB.
catalogue-recording-no-text = Write the question in this language before adding a recording.

# An answer sent without signal (form.js)
offline-kept = You are offline. Your answers are kept here on your phone and will be sent by themselves when you are back online. Keep this page open if you can.
offline-sending = You are back online. Sending your answers …

# The thank-you page of the children's forms
thanks-child-title = Thank you! Now you have said what you think.
thanks-child-body = Your answer has been sent. The grown-ups in the municipality will read it and try to make things better for children.
thanks-next-child = Next child
thanks-next-child-hint = Passing the phone or tablet on? The next child gets an empty form, and nobody sees what this child answered.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] January–March
    [2] April–June
    [3] July–September
    *[4] October–December
} { $year }
unit-none-yet = There are not enough answers yet to show figures without anyone being recognised. Below you can see what has been done after what families said.

# The privacy notice (/personvern) and the footer
privacy-title = Privacy
privacy-intro = How we look after what you answer. You answer anonymously: we never ask for your name.
privacy-h-who = Who is responsible
privacy-who = { $municipality } is the controller of the answers.
privacy-contact = Questions about privacy: { $contact }
privacy-contact-none = You can ask the municipality’s data protection officer about privacy.
privacy-h-why = Why we ask
privacy-why = To find out whether the help families and children get works, and to decide together with families what should change. This is part of the municipality’s public task (GDPR Article 6(1)(e)).
privacy-h-stored = What we store, and who sees it
privacy-stored = We store your answers, which service and language they are about, and the month you answered. We do not store your name, your IP address or anything else that says who you are. What you write in your own words is stored as you wrote it, but only the municipality’s administrator can read it that way. All other staff see the text with names, phone numbers and addresses removed, and see figures only for groups of at least five answers.
privacy-h-kept = How long
privacy-kept-months = Answers are erased after { $months } months.
privacy-kept-forever = Answers are kept while the municipality uses them to follow its services, and erased when they are no longer needed.
privacy-h-rights = Your rights
privacy-rights = Because we do not know who you are, we cannot find one particular answer of yours. You can complain to the Norwegian Data Protection Authority (datatilsynet.no) if you think we do not look after the information as we should.
footer-accessibility = Accessibility statement

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Does not apply to me
choice-na-child = I don't know
