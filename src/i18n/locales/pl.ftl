# Interface texts for stemme, Polish. Machine-made translation, not yet checked by a native speaker.

app-name = Stemme
skip-to-content = Przejdź do treści
language-switcher = Język
language-unavailable = Ta strona nie jest jeszcze dostępna w wybranym języku ({ $code }). Dlatego pokazujemy ją w tym języku.

## Strona startowa
home-title = Czy pomoc pomogła?
home-intro = Powiedz gminie, czy pomoc była dla ciebie przydatna. Odpowiadasz anonimowo, a zajmie ci to tylko kilka minut.
home-choose-form = Wybierz ankietę
home-for-staff = Dla pracowników i partnerów
home-no-forms = W tej chwili nie ma ankiet do wypełnienia.

## Anonimowość i prywatność
anonymous-heading = Twoja odpowiedź jest anonimowa
anonymous-body = Nie pytamy o twoje imię. Nie zapisujemy, kim jesteś ani skąd odpowiadasz, a twoja odpowiedź nigdy nie trafia do akt twojej sprawy.
what-happens-summary = Co się stanie z moją odpowiedzią?
what-happens-body = Odpowiedzi wielu rodzin są łączone. Pracownicy widzą liczby tylko dla grup, w których odpowiedziało wiele osób, nigdy to, jak odpowiedziała jedna rodzina. Pracownicy mogą przeczytać to, co piszesz własnymi słowami, ale z usuniętymi imionami i numerami i bez wiedzy, kto to napisał. Odpowiedzi służą poprawie usług, na spotkaniach, na których rodziny i pracownicy razem decydują, co zmienić.
footer-privacy = Odpowiadasz anonimowo: nie przechowujemy imion ani adresów IP, a pracownicy widzą to, co piszesz, bez imion i numerów.

## Ankieta
answering-about = Odpowiadasz na temat:
choose-unit = Której instytucji dotyczy twoja odpowiedź?
choose-unit-placeholder = Wybierz instytucję
section-progress = Część { $current } z { $total }
progress-answered = Odpowiedziano na { $answered } z { $total } pytań
required-mark = obowiązkowe
skip-hint = Możesz pominąć każde pytanie, które nie ma oznaczenia „obowiązkowe”.
role-question = Kto odpowiada?
role-skip = Wolę nie mówić
role-parent = Rodzic lub opiekun
role-next_of_kin = Bliski członek rodziny
role-client = Osoba, która dostała pomoc
role-resident = Osoba mieszkająca w okolicy
role-participant = Osoba aktywna w lokalnej społeczności
role-pupil = Uczeń lub uczennica
role-staff = Pracownik lub pracownica
role-partner = Organizacja partnerska
scale5-1 = Zdecydowanie nie
scale5-2 = Raczej nie
scale5-3 = Ani tak, ani nie
scale5-4 = Raczej tak
scale5-5 = Zdecydowanie tak
scale3-1 = Nie
scale3-2 = Trochę
scale3-3 = Tak
yes_no-yes = Tak
yes_no-no = Nie
yes_no-unsure = Nie wiem
text-limit = Możesz napisać do { $max } znaków, w dowolnym języku.
submit = Wyślij odpowiedź

## Błędy w ankiecie
form-has-errors = { $count ->
    [one] Przed wysłaniem odpowiedzi trzeba poprawić jedną rzecz.
    [few] Przed wysłaniem odpowiedzi trzeba poprawić { $count } rzeczy.
    [many] Przed wysłaniem odpowiedzi trzeba poprawić { $count } rzeczy.
   *[other] Przed wysłaniem odpowiedzi trzeba poprawić { $count } rzeczy.
}
form-kept = To, co już wypełniono, zostało zachowane.
error-required = Odpowiedz, proszę, na to pytanie.
error-choice = Wybierz, proszę, jedną z pokazanych odpowiedzi.
error-text-too-long = Tekst jest za długi. Liczba znaków: { $count }, a można najwyżej { $max }.
error-unit = Wybierz, proszę, instytucję, której dotyczy twoja odpowiedź.
error-role = Wybierz, proszę, jedną z pokazanych ról albo „Wolę nie mówić”.
error-rate-limited = Z twojej sieci przychodzi teraz dużo odpowiedzi. Poczekaj, proszę, minutę i wyślij jeszcze raz.
error-unavailable = Nie udało się teraz zapisać twojej odpowiedzi. Nic na tej stronie nie zginęło: spróbuj wysłać jeszcze raz za chwilę.

## Strona z podziękowaniem
thanks-title = Dziękujemy!
thanks-body = Twoja odpowiedź została zapisana.
thanks-next = Twoja odpowiedź zostanie połączona z odpowiedziami innych rodzin. Gmina wykorzystuje je, żeby sprawdzić, co działa, i żeby razem z rodzinami zdecydować, co zmienić.
thanks-another = Odpowiedz na temat innej instytucji
back-home = Wróć na początek

## Strony błędów
error-title = Coś poszło nie tak
error-body = Nie udało się zrobić tego, o co prosisz. Spróbuj ponownie za chwilę.
not-found-title = Nie znaleźliśmy tej strony
not-found-body = Link może być stary albo źle wpisany.

## Ankiety dla dzieci i czytanie na głos
read-aloud = Przeczytaj na głos
read-aloud-stop = Zatrzymaj czytanie
question-progress = Pytanie { $current } z { $total }
next-question = Następne pytanie
assisted-heading = Dla dorosłego
assisted-by-question = Kto pomaga dziecku odpowiadać?
role-other_adult = Inna osoba dorosła
child-skip-hint = Możesz pominąć pytanie, jeśli nie chcesz na nie odpowiadać.
scale3-child-1 = Nie
scale3-child-2 = Trochę
scale3-child-3 = Tak
scale5-child-1 = Nie, wcale
scale5-child-2 = Raczej nie
scale5-child-3 = Czasem tak, czasem nie
scale5-child-4 = Raczej tak
scale5-child-5 = Tak, bardzo

## Plakaty
poster-scan = Zeskanuj kod aparatem w telefonie, żeby odpowiedzieć.
poster-or-type = Albo wpisz ten adres:
posters-title = Plakaty na ścianę
posters-intro = Wydrukuj zaproszenie z kodem QR, żeby rodziny mogły odpowiedzieć na własnych telefonach. Wybierz języki, w których czytają rodziny z twojej instytucji.
posters-languages = Języki na plakacie
posters-size = Rozmiar papieru
posters-make = Utwórz plakat

## Usunięte dane osobowe (stoją w miejscu tego, co usunięto)
pii-fnr = numer identyfikacyjny
pii-account = numer konta
pii-phone = telefon
pii-email = e-mail
pii-address = adres
pii-name = imię

## Logowanie dla pracowników
login-title = Logowanie
login-submit = Zaloguj się
login-failed = Nazwa użytkownika lub hasło są nieprawidłowe.
logout = Wyloguj się
signed-in-as = Zalogowano jako { $name } ({ $role })
forbidden-title = Brak dostępu
forbidden-body = Twoja rola nie daje dostępu do tej strony.
staff-nav-search = Szukaj w tekstach
staff-nav-posters = Plakaty

## Wyszukiwanie w tekstach
search-title = Co piszą rodziny
search-intro = Szukaj w tym, co rodziny napisały własnymi słowami. Imiona, numery i adresy są usunięte.
search-query-label = Szukane słowa
search-query-hint = Słowa w dowolnym z języków. Wyszukiwanie znajduje też inne formy słowa.
search-submit = Szukaj
search-filters = Zawęź zakres
search-any = Wszystkie
search-filter-lang = Język
search-filter-unit = Instytucja
search-filter-district = Dzielnica
search-filter-zone = Obszar
search-filter-survey = Ankieta
search-filter-audience = Kto odpowiadał
search-filter-theme = Temat
search-filter-from = Od miesiąca
search-filter-to = Do miesiąca
search-total = { $count ->
    [one] Pasuje jeden tekst
    [few] Pasują { $count } teksty
    [many] Pasuje { $count } tekstów
   *[other] Pasuje { $count } tekstu
}
search-no-hits = Żaden tekst nie pasuje. Spróbuj innego słowa albo większego zakresu.
search-withheld-title = Teksty nie są pokazane
search-withheld = W wybranym zakresie jest mniej odpowiedzi niż { $k }. Wtedy można by rozpoznać rodzinę, więc teksty nie są pokazane. Wybierz większy zakres, na przykład więcej miesięcy albo całą dzielnicę.
search-facets = Jak rozkładają się teksty
search-facet-few = mniej niż { $k }
search-total-few = Pasuje mniej niż { $k } tekstów
search-hit-language = Język
search-hit-period = Okres
search-hit-unit = Instytucja
search-lang-und = Nie rozpoznano języka
search-declared-language = Język ankiety: { $lang }
search-more = Pokaż więcej
search-facet-service_kind = Rodzaj instytucji
search-rebuilding = Wyszukiwanie jest budowane od nowa: gotowe w { $percent } %. Dopóki to się nie skończy, brakuje niektórych tekstów.
audience-parent = Rodzice
audience-child_4_7 = Dzieci 4–7 lat
audience-child_8_12 = Dzieci 8–12 lat
audience-youth_13_18 = Młodzież 13–18 lat
audience-partner = Partnerzy
lang-da = duński
lang-sv = szwedzki

## Wskaźniki dla planistów
staff-nav-dashboard = Wskaźniki
dashboard-title = Wskaźniki
dashboard-intro = Odsetek osób, które odpowiadają pozytywnie, z 95 % przedziałem niepewności. Grupy, w których liczba odpowiedzi jest mniejsza niż { $k }, oraz liczby, które mogłyby je ujawnić, nie są pokazywane.
dashboard-core = Czy pomoc pomogła?
dashboard-by-district = Według dzielnicy
dashboard-by-zone = Według obszaru
dashboard-trend = Zmiany w czasie
dashboard-grain = Długość okresu
grain-month = Miesiąc
grain-quarter = Kwartał
grain-year = Rok
dashboard-show = Pokaż
dashboard-table = Liczby w tabeli
dashboard-no-data = Brak odpowiedzi w tym okresie.
dashboard-themes = Tematy w tym, co piszą rodziny
dashboard-change = Zmiana względem poprzedniego okresu (w punktach procentowych): { $change }
dashboard-change-real = (większa niż niepewność)
dashboard-change-noise = (w granicach niepewności)
table-group = Grupa
table-share = Odsetek pozytywnych
table-interval = Niepewność (95 %)
table-n = Liczba odpowiedzi
dashboard-registry = Dane z rejestrów obok tego, co odpowiadają same rodziny
dashboard-self-report = Własne odpowiedzi rodzin (odsetek pozytywnych)
registry-city = Całe miasto
table-value = Wartość
table-source = Źródło
unit-title = Co powiedziały rodziny
unit-intro = Tak odpowiadały rodziny, które dostały pomoc w instytucji { $name }, w ostatnich czterech pełnych kwartałach. Pokazujemy liczby tylko dla grup, w których jest co najmniej { $k } odpowiedzi, żeby nikogo nie można było rozpoznać.
unit-few = Mniej niż { $k } odpowiedzi – nie pokazano
unit-said = Co powiedzieliście
unit-quarter = Kwartał
unit-agree = Mówią „tak”
unit-did = Co zrobiliśmy
unit-did-none = Tutaj pojawią się działania, na które rodziny i pracownicy umówią się na warsztatach. Na razie nie zapisano żadnych działań.
unit-answer = Wypełnij ankietę
thanks-see-unit = Zobacz, co rodziny powiedziały o instytucji { $name }
report-voice = Głos rodzin: pomoc pomaga
dashboard-report = Raport roczny
dashboard-report-intro = Tabele do budżetu warunków życia i raportu rocznego: jedna tabela na każdy obszar wyników, z własnymi odpowiedziami rodzin, danymi z rejestrów i zmianami w ciągu roku. Raport traktuje się jako opublikowany: grupy poniżej { $k } nie są pokazywane i uwzględnia się tylko pełne miesiące.
dashboard-report-year = Rok
dashboard-report-xlsx = Pobierz (Excel)
dashboard-report-csv = Pobierz raport roczny za { $year } jako CSV
dashboard-theme-trend = Tematy kwartał po kwartale
dashboard-theme-trend-hint = Liczba tekstów z tematem i ich odsetek wśród wszystkich tekstów w kwartale. – oznacza zbyt mało tekstów, by je pokazać.
staff-nav-themes = Tematy
themes-title = Tematy
themes-intro = Tematy, o których piszą rodziny, z szukanymi słowami, które oznaczają teksty. Gdy zmienisz temat, wszystkie zapisane teksty zostaną wkrótce oznaczone od nowa.
themes-caption = Tematy, szukane słowa i jak często ich oznaczenia potwierdzano lub odrzucano
themes-new = Nowy temat
themes-edit = Zmień temat
themes-confirmed = Potwierdzone
themes-rejected = Odrzucone
themes-precision = Trafność
theme-name = Nazwa
theme-terms = Szukane słowa
theme-terms-hint = Jedno szukane słowo w każdym wierszu (albo oddzielone przecinkami). Słowa znajdują też inne formy słowa w języku tekstu.
theme-code = Kod
theme-code-hint = Małe litery a–z, cyfry, - i _. Kodu nie można później zmienić.
theme-form-intro = Wpisz nazwy i szukane słowa w językach, które znasz. Potrzebna jest nazwa po norwesku (bokmål) i co najmniej jedno szukane słowo.
theme-problems = Temat nie został zapisany
theme-save = Zapisz i oznacz teksty od nowa
theme-cancel = Anuluj
theme-saved = Zapisano temat { $name }. Teksty są teraz oznaczane od nowa.
staff-nav-indicators = Wskaźniki
indicators-title = Wskaźniki
indicators-intro = Wskaźniki, do których liczą się odpowiedzi: do którego planu są raportowane, do którego obszaru wyników należą oraz które pytania i odpowiedzi liczą się jako pozytywne.
indicator-plan = Plan i obszar priorytetowy
indicator-outcome = Obszar wyników
indicator-no-outcome = Brak
indicator-questions = Pytania, które się liczą
indicator-positive = odpowiedzi pozytywne
indicator-no-questions = Żadne pytanie nie liczy się jeszcze do tego wskaźnika.
indicator-questions-hint = To, które pytania się liczą, ustawia się w ankietach. Liczby są przeliczane automatycznie, gdy pytanie się zmieni.
indicator-problems = Wskaźnik nie został zapisany
indicator-save = Zapisz
indicator-saved = Zapisano wskaźnik { $name }.
staff-nav-registry = Dane rejestrowe
registry-title = Dane z rejestrów
registry-intro = Prześlij dane z microdata.no, SSB, Bufdir lub KOSTRA jako plik CSV z kolumnami indicator, area, period, value i source (oraz opcjonalnie note). Dane są pokazywane obok własnych odpowiedzi rodzin dla tego samego obszaru wyników. Zapisywany jest cały plik albo nic.
registry-file = Plik CSV
registry-file-hint = Przykład znajdziesz w docs/registry-example.csv. Maksymalnie 5 MB.
registry-upload = Prześlij
registry-imported = Liczba zapisanych wartości: { $count }.
registry-problems = Nic nie zostało zapisane. Popraw te wiersze i prześlij plik ponownie:
registry-line = Wiersz { $line }
registry-stored = Zapisane dane
registry-indicator = Wskaźnik
registry-none = Nie przesłano jeszcze żadnych danych.

## Staff accounts, sessions and the audit log
login-username-label = Nazwa użytkownika
login-password-label = Hasło
staff-nav-follow-up = Dalsze działania
staff-nav-workshops = Warsztaty
staff-nav-users = Użytkownicy
staff-nav-audit = Dziennik zdarzeń
staff-nav-account = Twoje konto
staff-role-admin = Administrator
staff-role-planner = Planista
staff-role-facilitator = Prowadzący warsztaty
staff-role-unit-lead = Kierownik instytucji
users-title = Użytkownicy
users-caption = Konta pracowników
user-username = Nazwa użytkownika
user-username-hint = 2–32 znaki: małe litery, cyfry, kropka, myślnik lub podkreślnik.
user-display-name = Imię i nazwisko
user-role = Rola
user-units = Instytucje
user-units-hint = Tylko dla kierowników instytucji: instytucje, których dane mogą czytać, oddzielone przecinkami.
user-password = Hasło
user-password-hint = Zostaw puste, aby otrzymać wygenerowane hasło, pokazane tylko raz.
user-status = Status
user-actions = Działania
user-active = Aktywne
user-disabled = Wyłączone
user-disable = Wyłącz
user-enable = Włącz
user-reset = Nowe hasło
user-save-role = Zapisz rolę
user-new = Nowe konto
user-create = Utwórz konto
user-created = Konto zostało utworzone.
user-changed = Konto zostało zmienione.
user-new-password = Hasło użytkownika { $name }, pokazane tylko teraz. Przekaż je osobiście lub przez telefon; ta osoba powinna je zmienić po zalogowaniu.
user-error-invalid-username = Nazwa użytkownika ma 2–32 znaki: małe litery, cyfry, kropka, myślnik lub podkreślnik.
user-error-username-taken = Ta nazwa użytkownika jest już zajęta.
user-error-not-found = Nie ma takiego konta.
user-error-unknown-unit = Jedna z instytucji nie istnieje. Użyj krótkich nazw instytucji z listy.
user-error-units-needed = Kierownik instytucji musi mieć co najmniej jedną instytucję.
user-error-invalid-name = Wpisz imię i nazwisko o długości 1–100 znaków.
user-error-last-admin = Ostatniego aktywnego administratora nie można wyłączyć ani dać mu innej roli.
user-error-password-too-short = Hasło musi mieć co najmniej 12 znaków. Kilka słów z rzędu to dobre hasło.
user-error-password-too-long = Hasło może mieć najwyżej 256 znaków.
user-error-unavailable = Nie udało się teraz zapisać zmiany. Spróbuj ponownie za chwilę.
account-title = Twoje konto
account-change-password = Zmień hasło
account-current = Obecne hasło
account-new = Nowe hasło
account-new-hint = Co najmniej { $count } znaków. Kilka słów z rzędu to dobre hasło.
account-repeat = Powtórz nowe hasło
account-save = Zmień hasło
account-mismatch = Dwa nowe hasła nie są takie same.
account-wrong-password = Obecne hasło jest nieprawidłowe.
account-password-changed = Twoje hasło zostało zmienione. Twoje pozostałe sesje zostały wylogowane.
audit-title = Dziennik zdarzeń
audit-intro = Kto i kiedy się zalogował, czytał surowe teksty, eksportował, usuwał lub coś zmieniał. Dziennik nigdy nie zawiera tego, co napisali mieszkańcy.
audit-actor = Kto
audit-action = Działanie
audit-from = Od
audit-to = Do
audit-filter = Filtruj
audit-caption = Zapisane działania, od najnowszych
audit-at = Kiedy (UTC)
audit-target = Czego dotyczy
audit-detail = Szczegóły
audit-none = Żadne zapisane działanie nie pasuje do tych filtrów.
audit-older = Starsze wpisy

## Workshops ("you said, we did") and follow-up
unit-did-done = Zrobione
unit-did-planned = Planowane do { $date }
workshops-title = Warsztaty
workshops-intro = Warsztaty współtworzenia: rodziny, dzieci, pracownicy i partnerzy razem decydują, co zmienić. Utwórz warsztat, pokaż materiały, pozwól uczestnikom dołączyć przez telefon i zapisz, co postanowiono.
workshops-caption = Warsztaty, od najnowszych
workshops-none = Nie ma jeszcze warsztatów.
workshop-new = Nowy warsztat
workshop-title-label = Tytuł
workshop-scope = Dotyczy
workshop-scope-unit = Instytucji
workshop-scope-district = Dzielnicy
workshop-scope-theme = Tematu
workshop-stage = Etap
workshop-stage-planning = Planowanie
workshop-stage-development = Opracowanie
workshop-stage-decision = Decyzja
workshop-stage-evaluation = Ocena
workshop-with-children = Biorą udział dzieci lub młodzież
workshop-days = Przez ile dni działa kod
workshop-create = Utwórz warsztat
workshop-code = Kod
workshop-status = Status
workshop-date = Data
workshop-open = Otwarty
workshop-closed = Zamknięty
workshop-join-at = Dołącz na { $link }
workshop-join-until = Nowi uczestnicy mogą dołączać do { $date } (UTC).
workshop-projector = Widok na projektor
workshop-summary = Podsumowanie
workshop-close = Zamknij warsztat
workshop-reopen = Otwórz ponownie
workshop-material = Materiały
workshop-no-material = Nie ma jeszcze materiałów. Dodaj dane wskaźników, tematy lub cytaty.
workshop-quote-pending = Czeka na twoje zatwierdzenie: jeszcze niepokazany
workshop-approve = Zatwierdź
workshop-remove = Usuń
workshop-add = Dodaj
workshop-add-indicator = Dane wskaźników
workshop-add-theme = Temat
workshop-quotes = Cytaty z tego, co ludzie napisali
workshop-quotes-hint = Cytaty pochodzą z oczyszczonych tekstów o instytucji, dzielnicy lub temacie tego warsztatu. Przeczytaj każdy cytat, zanim go zatwierdzisz: pokazywane są tylko zatwierdzone cytaty.
workshop-quote-search = Słowa do wyszukania
workshop-quotes-withheld = W tej grupie jest za mało tekstów, żeby pokazać cytaty.
workshop-use-quote = Użyj tego cytatu
workshop-notes = Karteczki
workshop-participants = { $count ->
    [one] { $count } uczestnik
    [few] { $count } uczestników
    [many] { $count } uczestników
   *[other] { $count } uczestnika
}
workshop-participants-label = Uczestnicy
workshop-group-notes = Wybierz karteczki, które do siebie pasują
workshop-in-proposal = w propozycji
workshop-vote-count = { $count ->
    [one] { $count } głos
    [few] { $count } głosy
    [many] { $count } głosów
   *[other] { $count } głosu
}
workshop-proposal-title = Propozycja
workshop-make-proposal = Zrób propozycję z wybranych karteczek
workshop-proposals = Propozycje
workshop-rating = ocena { $value } na 5 (liczba ocen: { $count })
workshop-rating-few = Liczba ocen do tej pory: { $count } (pokazujemy od 3)
workshop-rating-hidden = Za mało ocen
workshop-actions = Co zrobimy
workshop-action-what = Co zostanie zrobione
workshop-action-who = Kto jest odpowiedzialny
workshop-action-due = Do kiedy
workshop-action-unit = Instytucja, przy której jest pokazywane
workshop-action-unit-same = Instytucja warsztatu
workshop-action-unit-none = Brak instytucji
workshop-action-themes = Tematy, na które ma wpłynąć
workshop-action-indicators = Wskaźniki, na które ma wpłynąć
workshop-action-record = Zapisz działanie
workshop-action-done = Oznacz jako zrobione
workshop-action-reopen = Oznacz jako niezrobione
workshop-action-planned = Planowane
workshop-batched = Wyniki pojawiają się partiami, więc nie widać głosu żadnej pojedynczej osoby.
workshop-votes-label = głosy
workshop-theme = Temat
workshop-few = Za mało odpowiedzi, żeby je pokazać
workshop-enter-title = Dołącz do warsztatu
workshop-enter-intro = Wpisz kod, który widzisz na ekranie.
workshop-enter-go = Dołącz
workshop-join-intro = Witaj! Tutaj możesz napisać, co myślisz, i zagłosować na to, co jest dla ciebie najważniejsze.
workshop-join-anonymous = Nie podajesz swojego imienia. To, co napiszesz, pojawi się na ekranie bez imienia.
workshop-join-role = Biorę udział jako
workshop-join = Dołącz
workshop-role-parent = Rodzic lub opiekun
workshop-role-child = Dziecko
workshop-role-youth = Młoda osoba
workshop-role-staff = Pracownik lub pracownica
workshop-role-partner = Partner
workshop-add-note = Napisz karteczkę
workshop-note-label = Co myślisz?
workshop-note-hint = Najwyżej { $max } znaków. Nie pisz imion ani numerów telefonu.
workshop-note-send = Wyślij karteczkę
workshop-no-notes = Nie ma jeszcze karteczek.
workshop-votes-left = { $count ->
    [one] Został ci { $count } głos.
    [few] Zostały ci { $count } głosy.
    [many] Zostało ci { $count } głosów.
   *[other] Zostało ci { $count } głosu.
}
workshop-vote = Głosuję na to
workshop-unvote = Cofnij mój głos
workshop-rate = Zapisz moją ocenę
workshop-score-1 = 1 – niedobrze
workshop-score-2 = 2
workshop-score-3 = 3
workshop-score-4 = 4
workshop-score-5 = 5 – bardzo dobrze
workshop-closed-note = Warsztat jest zamknięty. Dziękujemy, że wziąłeś(-ęłaś) udział!
workshop-done-joined = Witaj! Dołączono cię.
workshop-done-note = Dziękujemy, twoja karteczka została zapisana.
workshop-done-vote = Twój głos został zapisany.
workshop-done-unvote = Twój głos został cofnięty.
workshop-done-rating = Twoja ocena została zapisana.
workshop-error-title = Coś jest nie tak
workshop-error-not-found = Nie możemy znaleźć warsztatu z tym kodem. Sprawdź kod na ekranie i spróbuj jeszcze raz.
workshop-error-closed = Warsztat jest zamknięty, więc tego nie zapisano. Dziękujemy za udział!
workshop-error-expired = Tego kodu nie można już użyć, żeby dołączyć. Poproś o pomoc osobę prowadzącą warsztat.
workshop-error-too-fast = Wysyłasz karteczki bardzo szybko. Poczekaj minutę i spróbuj jeszcze raz; twój tekst jest poniżej.
workshop-error-no-votes-left = Wykorzystano już wszystkie twoje głosy. Cofnij jeden głos, żeby dać go innej karteczce.
workshop-error-unavailable = Nie udało się teraz tego zapisać. Spróbuj jeszcze raz za chwilę; twój tekst jest poniżej.
workshop-error-note = Napisz karteczkę, która ma najwyżej 500 znaków.
workshop-error-score = Wybierz ocenę od 1 do 5.
workshop-error-role = Wybierz, jako kto bierzesz udział.
workshop-error-workshop-title = Wpisz tytuł.
workshop-error-material = Tego materiału nie można dodać.
workshop-error-proposal = Wpisz krótki tytuł propozycji.
workshop-error-action-what = Wpisz, co zostanie zrobione.
workshop-error-action-who = Wpisz, kto jest odpowiedzialny.
workshop-error-action-due = Podaj datę, do której ma być zrobione.
workshop-error-scope = Wybierz istniejącą instytucję, dzielnicę lub temat.
workshop-error-stage = Wybierz etap.
follow-up-title = Dalsze działania: czy to, co ludzie powiedzieli, do czegoś doprowadziło?
follow-up-intro = Wskaźniki procesu z planów: czy pytano o zdanie dzieci, czy je udokumentowano i wykorzystano (P1), czy tematy z opinii trafiły na warsztat i czy działania zostały zrobione (P2) oraz które etapy współtworzenia objęła każda instytucja (P3).
follow-up-p2 = Tematy i działania (P2)
follow-up-p2-reached = { $percent } % tematów, które pojawiły się w opiniach w tym roku, trafiło na warsztat.
follow-up-p2-none = W tym roku żaden temat nie pojawiał się wystarczająco często, żeby go liczyć.
follow-up-p2-done = Zrobiono { $percent } % działań z warsztatów (wszystkich: { $count }).
follow-up-no-actions = Nie zapisano jeszcze żadnych działań z warsztatów.
follow-up-themes-caption = Tematy w ostatnich dwunastu miesiącach (teksty pokazywane od { $k })
follow-up-texts = Teksty
follow-up-workshops = Warsztaty
follow-up-actions = Działania
follow-up-done = Zrobione
follow-up-p1-p3 = Instytucje: zdanie dzieci (P1) i objęte etapy (P3)
follow-up-units-caption = Dla każdej instytucji: zapytano → udokumentowano → wykorzystano, oraz etapy współtworzenia
follow-up-asked = Zapytano
follow-up-documented = Udokumentowano
follow-up-used = Wykorzystano
follow-up-stages = Etapy
follow-up-yes = Tak
follow-up-no = Nie
staff-nav-catalogue = Katalog
catalogue-title = Katalog
catalogue-intro = Ankiety, ich pytania we wszystkich językach oraz instytucje i miejsca, do których należą odpowiedzi. Każda zmiana to numerowana wersja: udzielone już odpowiedzi zachowują brzmienie, w jakim zadano pytanie.
catalogue-places-title = Instytucje i miejsca
catalogue-surveys-caption = Ankiety
catalogue-survey = Ankieta
catalogue-audience = Dla kogo
catalogue-questions = Pytania
catalogue-languages = Kompletne języki
catalogue-unreviewed = Niesprawdzone teksty
catalogue-status = Status
catalogue-retired-count = { $count ->
    [one] { $count } wycofane pytanie
    [few] { $count } wycofane pytania
    [many] { $count } wycofanych pytań
   *[other] { $count } wycofanego pytania
}
catalogue-offered = Udostępniona
catalogue-withdrawn = Wycofana
catalogue-revisions = Ostatnie zmiany
catalogue-revisions-intro = Katalog jest w wersji { $revision }.
catalogue-revision = Wersja
catalogue-no-revisions = Od wczytania katalogu domyślnego nic nie zostało zmienione.
catalogue-problems = Zmiana nie została zapisana
catalogue-survey-intro = Odbiorcy: { $audience }. Pytania dodaje się tutaj, a wycofuje na ich własnej stronie; ich kody nigdy się nie zmieniają.
catalogue-questions-caption = Pytania w kolejności
catalogue-key = Kod
catalogue-question-text = Pytanie
catalogue-kind = Rodzaj odpowiedzi
catalogue-missing = Brakujące języki
catalogue-required = Obowiązkowe
catalogue-asked = Zadawane
catalogue-retired = Wycofane
catalogue-survey-texts = Tytuł i wstęp
catalogue-offer-survey = Udostępnij tę ankietę
catalogue-incomplete = niekompletne
catalogue-not-reviewed = niesprawdzone
catalogue-survey-title = Tytuł
catalogue-survey-introduction = Wstęp
catalogue-reviewed = Sprawdzone przez osobę, dla której to język ojczysty
catalogue-empty-removes = Wyczyszczenie tekstu usuwa ten język. Tekst po norwesku (bokmål) jest obowiązkowy: gdy w innym języku brakuje tekstu, używany jest właśnie ten.
catalogue-save = Zapisz
catalogue-add-question = Dodaj pytanie
catalogue-key-hint = Małe litery, cyfry i łączniki. Kodu nie można później zmienić.
catalogue-kind-scale5 = Pięć buziek (nie zgadzam się … zgadzam się)
catalogue-kind-scale3 = Trzy buźki (nie … tak)
catalogue-kind-yes-no = Tak, nie, nie wiem
catalogue-kind-single = Jednokrotny wybór
catalogue-kind-multi = Wielokrotny wybór
catalogue-kind-text = Dowolny tekst
catalogue-section = Część
catalogue-question-text-nb = Pytanie po norwesku (bokmål)
catalogue-help-nb = Tekst pomocy po norwesku, bokmål (opcjonalnie)
catalogue-choices = Opcje (tylko przy jednokrotnym i wielokrotnym wyborze)
catalogue-choices-hint = Jedna opcja w wierszu, w formie kod = etykieta, na przykład: bus = Buss
catalogue-add-question-hint = Pytanie zostanie dodane na końcu. Dopóki nie ma tekstu w danym języku, ankieta nie jest udostępniana w tym języku: dodaj tłumaczenia na stronie pytania.
catalogue-question-heading = Pytanie { $key }
catalogue-question-intro = Zmień brzmienie w każdym języku, oznacz tłumaczenia sprawdzone przez osobę, dla której to język ojczysty, albo wycofaj pytanie.
catalogue-counts-for = liczy się do wskaźnika { $indicator }
catalogue-ask-question = Zadawaj to pytanie
catalogue-retire-hint = Wycofane pytanie nie jest już zadawane. Odpowiedzi na nie zostają zachowane i nadal liczą się do wskaźników.
catalogue-missing-text = brak tekstu
catalogue-help = Tekst pomocy
catalogue-choice-label = Etykieta dla { $value }
catalogue-versioned-hint = Brzmienie sprzed Twojej zmiany zostaje zachowane: udzielone już odpowiedzi są pokazywane z pytaniem w takiej formie, w jakiej je zadano.
catalogue-earlier = Wcześniejsze brzmienia
catalogue-earlier-caption = Zastąpione brzmienia wraz z wersją, która je zastąpiła
catalogue-language = Język
catalogue-until = Zastąpione w wersji
catalogue-no-earlier = Brzmienie nie było zmieniane.
catalogue-places-intro = Instytucje to usługi, o których odpowiadają rodziny; dzielnice i strefy mówią, gdzie się znajdują. Kody nigdy się nie zmieniają, bo korzystają z nich linki, plakaty i raporty. Zamknięta instytucja nie przyjmuje już odpowiedzi; jej odpowiedzi zostają zachowane.
catalogue-units = Instytucje
catalogue-new-unit = Nowa instytucja
catalogue-name = Nazwa
catalogue-service-kind = Rodzaj instytucji
catalogue-district = Dzielnica
catalogue-zone = Strefa
catalogue-open = Otwarta
catalogue-closed = Zamknięta
catalogue-districts = Dzielnice
catalogue-unit-count = { $count ->
    [one] { $count } instytucja
    [few] { $count } instytucje
    [many] { $count } instytucji
   *[other] { $count } instytucji
}
catalogue-new-district = Nowa dzielnica
catalogue-add = Dodaj
catalogue-zones = Strefy
catalogue-new-zone = Nowa strefa
catalogue-zone-hint = Opcjonalnie. Strefa musi leżeć w dzielnicy tej instytucji.
catalogue-unit-open = Otwarta: przyjmuje odpowiedzi
catalogue-unit-open-hint = Zamknięcie instytucji wstrzymuje nowe odpowiedzi; jej odpowiedzi i dane liczbowe zostają zachowane.
catalogue-saved = Zapisano jako wersję { $revision }.
catalogue-unchanged = Nic nie zostało zmienione.
catalogue-error-not-found = Tego nie ma w katalogu.
catalogue-error-invalid-slug = Kod ma 2–60 znaków: małe litery, cyfry, łącznik lub podkreślnik.
catalogue-error-taken = Ten kod jest już zajęty.
catalogue-error-invalid-name = Wpisz nazwę o długości najwyżej 120 znaków.
catalogue-error-default-text-required = Tekst po norwesku (bokmål) jest obowiązkowy.
catalogue-error-too-long = Jeden z tekstów jest za długi.
catalogue-error-unknown-service-kind = Wybierz rodzaj instytucji.
catalogue-error-unknown-district = Wybierz dzielnicę.
catalogue-error-zone-outside-district = Strefa nie leży w tej dzielnicy.
catalogue-error-unknown-kind = Wybierz rodzaj odpowiedzi.
catalogue-error-choices-needed = Podaj co najmniej dwie różne opcje, jedną w wierszu, w formie kod = etykieta.
catalogue-error-second-text-question = Ankieta ma już pytanie z dowolnym tekstem.
catalogue-error-title-kept = Tytułu w danym języku nie można usunąć. Aby przestać udostępniać ankietę w danym języku, usuń tekst jednego z pytań w tym języku.
catalogue-error-unavailable = Nie udało się teraz zapisać katalogu. Nic nie zostało zmienione; spróbuj ponownie.
login-oidc = Zaloguj się przez { $provider }
login-oidc-refused-title = Brak dostępu do stemme
login-oidc-refused-body = Twoje konto w gminie nie daje żadnej roli w stemme. Poproś administratora o dodanie cię do grupy, która daje rolę.
login-oidc-failed-title = Logowanie nie powiodło się
login-oidc-failed-body = Logowanie przez usługę logowania gminy nie powiodło się. Wróć do strony logowania i spróbuj ponownie.

# Disclosure control: what protected figures mean.
hidden-too_few = Za mało odpowiedzi (poniżej { $k })
hidden-uniform = Ukryte: wszyscy odpowiedzieli tak samo
figures-protected = Liczby są chronione: każda może różnić się od dokładnej o kilka odpowiedzi, więc nikt nie wyliczy małej grupy.
figures-protected-link = Co to znaczy?
figures-so-far = dotychczas
protection-title = Jak chronione są liczby
protection-why = Rodziny odpowiadają anonimowo. Żeby nikt nie mógł ustalić, jak odpowiedziała mała grupa, nawet odejmując jedną liczbę od drugiej, każda pokazana liczba jest chroniona.
protection-noise-heading = Małe odchylenie w każdej liczbie
protection-noise = Każda liczba ma małe, stałe odchylenie o najwyżej { $noise } odpowiedzi, najczęściej 0 lub 1. Te same odpowiedzi zawsze dostają to samo odchylenie, niezależnie od tego, jak pytasz, więc liczby nie zmieniają się z razu na raz. Ale różnica dwóch liczb, na przykład dzielnica minus jej strefy, nigdy nie mówi dokładnie, ile osób jest w małej grupie. Odsetki i przedziały niepewności liczone są z chronionych liczb.
protection-hidden-heading = Liczby, których nie pokazujemy
protection-too-few = grupa ma mniej niż { $k } odpowiedzi albo tak mało, że liczba z odchyleniem spada poniżej { $k }.
protection-uniform = w małej grupie (poniżej dwukrotności { $k } odpowiedzi) 0 % lub 100 % zdradziłoby, co odpowiedziała każda osoba.
protection-periods-heading = Pełne miesiące
protection-periods = Widoki obejmują pełne miesiące do ostatniego zakończonego. Bieżący miesiąc pokazujemy tylko wtedy, gdy go wybierzesz, i oznaczamy go „dotychczas”.
protection-published = To, co pokazujemy poza gminą (publiczna strona jednostki i raport roczny), obejmuje tylko grupy liczące co najmniej { $published_k } odpowiedzi.
login-expired = Formularz logowania wygasł albo pochodził z innej strony. Wpisz ponownie nazwę użytkownika i hasło.

# API tokens on the users page.
tokens-title = Klucze API
tokens-hint = Utwórz klucz poleceniem „stemme token create --user USERNAME --name NAME”. Klucz należący do użytkownika przestaje działać, gdy użytkownik zostanie wyłączony.
token-name = Nazwa
token-owner = Należy do
token-created = Utworzony
token-expires = Wygasa
token-never = nigdy
token-status = Stan
token-status-active = działa
token-status-expired = wygasł
token-status-revoked = cofnięty
token-status-owner_disabled = użytkownik wyłączony
token-revoke = Cofnij
token-revoked = Klucz został cofnięty.
workshop-error-quote = Można dodać tylko cytaty z listy samych warsztatów: teksty z ich jednostki, dzielnicy lub tematu.

# Recordings of questions (catalogue admin)
catalogue-recordings = Nagrania
catalogue-recordings-intro = Nagranie jest odtwarzane zamiast głosu telefonu, gdy ktoś naciśnie „Czytaj na głos”. Prześlij plik MP3, Ogg, M4A, WebM lub WAV, najwyżej 2 MB. Zmiana treści pytania w danym języku albo zakończenie zadawania pytania usuwa nagranie.
catalogue-recording-none = Brak nagrania.
catalogue-recording-upload = Prześlij nagranie
catalogue-recording-remove = Usuń nagranie
catalogue-recording-file = Nagranie: { $lang }
catalogue-recording-not-audio = Ten plik nie jest nagraniem, które stemme może odtworzyć. Użyj MP3, Ogg, M4A, WebM lub WAV.
catalogue-recording-too-large = Nagranie może mieć najwyżej 2 MB.
catalogue-recording-no-text = Zanim dodasz nagranie, napisz pytanie w tym języku.

# An answer sent without signal (form.js)
offline-kept = Nie masz połączenia z internetem. Twoje odpowiedzi są zapisane w telefonie i zostaną wysłane same, gdy połączenie wróci. Jeśli możesz, nie zamykaj tej strony.
offline-sending = Połączenie wróciło. Wysyłamy Twoje odpowiedzi …

# The thank-you page of the children's forms
thanks-child-title = Dziękujemy! Teraz powiedziałeś, co myślisz.
thanks-child-body = Twoja odpowiedź została wysłana. Dorośli w gminie ją przeczytają i spróbują zrobić coś lepiej dla dzieci.
thanks-next-child = Następne dziecko
thanks-next-child-hint = Przekazujesz telefon lub tablet dalej? Następne dziecko dostanie pusty formularz i nikt nie zobaczy, co odpowiedziało to dziecko.

# Quarters by their months, for the public pages
quarter-label = { $quarter ->
    [1] styczeń–marzec
    [2] kwiecień–czerwiec
    [3] lipiec–wrzesień
    *[4] październik–grudzień
} { $year }
unit-none-yet = Nie ma jeszcze dość odpowiedzi, by pokazać liczby tak, żeby nikogo nie dało się rozpoznać. Poniżej widać, co zrobiono po tym, co powiedziały rodziny.

# The privacy notice (/personvern) and the footer
privacy-title = Prywatność
privacy-intro = Tak dbamy o Twoje odpowiedzi. Odpowiadasz anonimowo: nigdy nie pytamy o Twoje imię i nazwisko.
privacy-h-who = Kto odpowiada
privacy-who = Administratorem odpowiedzi jest { $municipality }.
privacy-contact = Pytania o prywatność: { $contact }
privacy-contact-none = O prywatność możesz zapytać inspektora ochrony danych gminy.
privacy-h-why = Dlaczego pytamy
privacy-why = Aby sprawdzić, czy pomoc, którą dostają rodziny i dzieci, działa, i razem z rodzinami zdecydować, co zmienić. To część zadań publicznych gminy (RODO, art. 6 ust. 1 lit. e).
privacy-h-stored = Co przechowujemy i kto to widzi
privacy-stored = Przechowujemy Twoje odpowiedzi, informację, jakiej usługi i języka dotyczą, oraz miesiąc odpowiedzi. Nie przechowujemy Twojego imienia i nazwiska, adresu IP ani niczego, co mówi, kim jesteś. To, co piszesz własnymi słowami, jest zapisywane tak, jak to napisałeś, ale tylko administrator gminy może to tak przeczytać. Wszyscy inni pracownicy widzą tekst z usuniętymi imionami, numerami telefonów i adresami, a liczby widzą tylko dla grup co najmniej pięciu odpowiedzi.
privacy-h-kept = Jak długo
privacy-kept-months = Odpowiedzi są usuwane po { $months } miesiącach.
privacy-kept-forever = Odpowiedzi są przechowywane, dopóki gmina używa ich do śledzenia swoich usług, i usuwane, gdy nie są już potrzebne.
privacy-h-rights = Twoje prawa
privacy-rights = Ponieważ nie wiemy, kim jesteś, nie możemy odnaleźć konkretnej Twojej odpowiedzi. Możesz złożyć skargę do norweskiego organu ochrony danych (datatilsynet.no), jeśli uważasz, że nie dbamy o dane tak, jak powinniśmy.
footer-accessibility = Deklaracja dostępności

# "Does not apply" / "I don't know": kept, counted neither way
choice-na = Nie dotyczy mnie
choice-na-child = Nie wiem
