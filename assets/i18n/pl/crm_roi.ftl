# crm-roi: komunikaty w języku polskim (tłumaczenie z en/crm_roi.ftl).
app-name = crm-roi
## Wpisywane liczby
entry-empty = wpisz liczbę
entry-not-a-number = „{ $typed }” to nie liczba: wpisz np. { $examples }
entry-too-large = „{ $typed }” to za duża liczba
# crm-roi: pojęcia modelu (src/locale/terms.rs), sformatowane wartości
# (src/locale/format.rs) i błędy pokazywane w oknie (src/locale/messages.rs).

## Czynniki: etykieta i opis, według nazwy pola czynnika.

term-driver-seats = Użytkownicy CRM (zespół sprzedaży)
term-driver-seats-help = Osoby, które będą korzystać z CRM. Mnożnik licencji, szkoleń, bazowej liczby transakcji i zaoszczędzonego czasu.
term-driver-rep-monthly-cost = Koszt członka zespołu / mies.
term-driver-rep-monthly-cost-help = Pełny miesięczny koszt jednego członka zespołu dla firmy (wynagrodzenie, podatki i składki, koszty ogólne). Wyznacza wartość zaoszczędzonej godziny: koszt / godziny pracy.
term-driver-working-hours-per-month = Godziny pracy w miesiącu
term-driver-working-hours-per-month-help = Płatne godziny pracy jednego członka zespołu w miesiącu. Wartość godziny = koszt miesięczny / te godziny.
term-driver-deals-per-rep-per-month = Wygrane transakcje na osobę / mies.
term-driver-deals-per-rep-per-month-help = Wygrane transakcje na członka zespołu w miesiącu przed wdrożeniem CRM. Bazowy przychód = użytkownicy × transakcje × przychód z transakcji.
term-driver-revenue-per-deal = Przychód z transakcji
term-driver-revenue-per-deal-help = Średni przychód z jednej wygranej transakcji. Każdy wzrost przychodu jest liczony jako odsetek wyznaczonego nim przychodu bazowego.
term-driver-gross-margin-pct = Marża brutto
term-driver-gross-margin-pct-help = Część dodatkowego przychodu liczona jako korzyść (przychód minus koszt sprzedanych towarów lub usług). Wpisz 100%, aby liczyć cały przychód, tak jak kalkulatory dostawców.
term-driver-sales-cycle-days = Cykl sprzedaży
term-driver-sales-cycle-days-help = Średnia liczba dni od pierwszego kontaktu do zamknięcia transakcji przed wdrożeniem CRM. Pokazywany po skróceniu o redukcję cyklu; sama korzyść wynika z tej redukcji.
term-driver-seat-cost-per-month = Koszt licencji na użytkownika / mies.
term-driver-seat-cost-per-month-help = Miesięczna cena licencji na jednego użytkownika. Koszt bieżący = użytkownicy × koszt licencji + koszt administracji, co miesiąc od miesiąca 1.
term-driver-implementation-cost = Wdrożenie (jednorazowo)
term-driver-implementation-cost-help = Konfiguracja, migracja danych, integracje i doradztwo, płatne jednorazowo przy uruchomieniu (miesiąc 0).
term-driver-training-cost-per-seat = Szkolenie na użytkownika (jednorazowo)
term-driver-training-cost-per-seat-help = Jednorazowy koszt szkolenia na użytkownika, płatny przy uruchomieniu (miesiąc 0).
term-driver-admin-cost-per-month = Administracja, dodatki, wsparcie / mies.
term-driver-admin-cost-per-month-help = Bieżąca administracja, dodatki i wsparcie techniczne miesięcznie, od miesiąca 1.
term-driver-internal-rollout-hours = Czas pracowników na wdrożenie (jednorazowo)
term-driver-internal-rollout-hours-help = Godziny, które Twoi pracownicy poświęcą na wdrożenie: porządkowanie danych, warsztaty, czas szkoleń. Liczone przy uruchomieniu (miesiąc 0), wyceniane według kosztu godziny członka zespołu (koszt miesięczny / godziny pracy).
term-driver-licence-increase-pct-per-year = Roczny wzrost ceny licencji
term-driver-licence-increase-pct-per-year-help = Wzrost ceny licencji przy każdym corocznym odnowieniu. W roku licencyjnym y licencja na użytkownika kosztuje koszt licencji × (1 + wzrost)^(y − 1).
term-driver-cross-sell-uplift-pct = Wzrost z cross-sellingu / upsellingu
term-driver-cross-sell-uplift-pct-help = Wyższy przychód z transakcji dzięki widokowi 360° klienta. Korzyść = przychód bazowy × wzrost × marża.
term-driver-cycle-time-reduction-pct = Skrócenie cyklu sprzedaży
term-driver-cycle-time-reduction-pct-help = O ile krótszy staje się cykl sprzedaży. Ten sam lejek zamyka wtedy 1/(1 − c) razy więcej transakcji miesięcznie: korzyść = przychód bazowy × c/(1 − c) × marża.
term-driver-win-rate-uplift-pct = Wzrost skuteczności sprzedaży
term-driver-win-rate-uplift-pct-help = Więcej wygranych transakcji z tego samego lejka. Korzyść = przychód bazowy × wzrost × marża.
term-driver-hours-saved-per-rep-per-week = Czas administracyjny zaoszczędzony na osobę
term-driver-hours-saved-per-rep-per-week-help = Godziny wprowadzania danych i raportowania zaoszczędzone przez członka zespołu tygodniowo. Korzyść = użytkownicy × godziny × 52/12 × koszt godziny.
term-driver-active-customers = Aktywni klienci przy uruchomieniu
term-driver-active-customers-help = Płacący klienci z przychodem cyklicznym w chwili uruchomienia CRM. Co miesiąc część z nich odchodzi (churn); CRM pozwala zatrzymać ich więcej. Liczba klientów to wartość oczekiwana, więc ułamki są dopuszczalne.
term-driver-revenue-per-customer-per-month = Przychód cykliczny na klienta / mies.
term-driver-revenue-per-customer-per-month-help = Ile jeden klient płaci miesięcznie (abonament, serwis, zamówienia powtarzalne). Każdy zatrzymany klient przynosi miesięcznie tę kwotę × marża.
term-driver-monthly-churn-pct = Miesięczny churn bez CRM
term-driver-monthly-churn-pct-help = Odsetek klientów traconych co miesiąc przed wdrożeniem CRM. Bez CRM baza klientów kurczy się co miesiąc o ten odsetek.
term-driver-churn-reduction-pct = Redukcja churnu
term-driver-churn-reduction-pct-help = O ile CRM obniża miesięczny churn (30% zmienia churn 2% w 1,4%), z uwzględnieniem rozruchu i stopnia wdrożenia. Zatrzymani klienci zostają, więc korzyść się kumuluje: (klienci z CRM − bez CRM) × przychód na klienta × marża × (1 − ryzyko).
term-driver-acquisition-spend-per-month = Wydatki na pozyskanie / mies.
term-driver-acquisition-spend-per-month-help = Miesięczne wydatki na marketing i generowanie leadów w celu pozyskania nowych klientów.
term-driver-acquisition-cost-reduction-pct = Obniżenie kosztu pozyskania
term-driver-acquisition-cost-reduction-pct-help = Tyle samo nowych klientów za mniejsze o tyle wydatki (lepsze targetowanie, mniej utraconych leadów). Korzyść = wydatki × obniżenie: to oszczędność, więc bez marży.
term-driver-support-cost-per-month = Koszt zespołu wsparcia / mies.
term-driver-support-cost-per-month-help = Miesięczny koszt zespołu wsparcia lub obsługi klienta.
term-driver-support-time-reduction-pct = Skrócenie czasu obsługi
term-driver-support-time-reduction-pct-help = Praca wsparcia wykonywana w czasie krótszym o tyle (historia klienta pod ręką, mniej przekazań). Korzyść = koszt wsparcia × skrócenie.
term-driver-ramp-months = Rozruch
term-driver-ramp-months-help = Liczba miesięcy do osiągnięcia pełnych korzyści; do tego czasu rosną liniowo (miesiąc m daje m / rozruch pełnej korzyści). 0 = pełne korzyści od miesiąca 1.
term-driver-adoption-pct = Stopień wdrożenia
term-driver-adoption-pct-help = Odsetek użytkowników, którzy faktycznie korzystają z CRM. Mnoży każdą korzyść; kosztów nie.
term-driver-discount-rate-annual-pct = Stopa dyskontowa (roczna)
term-driver-discount-rate-annual-pct-help = Roczny koszt kapitału, używany do NPV i zdyskontowanego ROI: miesiąc m jest dzielony przez (1 + stopa)^(m/12).
term-driver-benefit-risk-pct = Korekta korzyści o ryzyko
term-driver-benefit-risk-pct-help = Obniżka każdej korzyści o ryzyko, że nie zrealizuje się w pełni (jak w metodzie TEI Forrestera). Korzyści × (1 − ryzyko).

## Jednostki pokazywane po wartości (kwoty pokazują kod waluty, nie komunikat).

term-unit-percent = %
term-unit-seats = użytkowników
term-unit-deals-per-month = transakcji/mies.
term-unit-hours-per-month = godz./mies.
term-unit-hours-per-week = godz./tydz.
term-unit-hours = godz.
term-unit-customers = klientów
term-unit-days = dni
term-unit-months = mies.

## Jednostki z liczbą: $value to sformatowana liczba, $count wybiera formę liczby mnogiej
## (liczba całkowita z miejscami po przecinku, 1,00, wybiera formę ułamka).

term-unit-count-seats = { $count ->
        [one] { $value } użytkownik
        [few] { $value } użytkowników
        [many] { $value } użytkowników
       *[other] { $value } użytkownika
    }
term-unit-count-deals-per-month = { $count ->
        [one] { $value } transakcja/mies.
        [few] { $value } transakcje/mies.
        [many] { $value } transakcji/mies.
       *[other] { $value } transakcji/mies.
    }
term-unit-count-hours-per-month = { $count ->
        [one] { $value } godzina/mies.
        [few] { $value } godziny/mies.
        [many] { $value } godzin/mies.
       *[other] { $value } godziny/mies.
    }
term-unit-count-hours-per-week = { $count ->
        [one] { $value } godzina/tydz.
        [few] { $value } godziny/tydz.
        [many] { $value } godzin/tydz.
       *[other] { $value } godziny/tydz.
    }
term-unit-count-hours = { $count ->
        [one] { $value } godzina
        [few] { $value } godziny
        [many] { $value } godzin
       *[other] { $value } godziny
    }
term-unit-count-customers = { $count ->
        [one] { $value } klient
        [few] { $value } klientów
        [many] { $value } klientów
       *[other] { $value } klienta
    }
term-unit-count-days = { $count ->
        [one] { $value } dzień
        [few] { $value } dni
        [many] { $value } dni
       *[other] { $value } dnia
    }
term-unit-count-months = { $count ->
        [one] { $value } miesiąc
        [few] { $value } miesiące
        [many] { $value } miesięcy
       *[other] { $value } miesiąca
    }

## Grupy danych wejściowych.

term-group-team = Zespół
term-group-sales-before = Sprzedaż przed CRM
term-group-crm-costs = Koszty CRM
term-group-gains = Korzyści z CRM
term-group-customers = Klienci (retencja)
term-group-marketing = Marketing
term-group-service = Obsługa klienta
term-group-adoption-and-risk = Stopień wdrożenia i ryzyko
term-group-finance = Finanse

## Składniki korzyści i rodzaje kosztów.

term-gain-cross-sell = Cross-selling / upselling
term-gain-faster-cycle = Krótszy cykl sprzedaży
term-gain-win-rate = Wyższa skuteczność sprzedaży
term-gain-time-saved = Zaoszczędzony czas
term-gain-customers-kept = Zatrzymani klienci
term-gain-cheaper-acquisition = Tańsze pozyskanie
term-gain-faster-service = Szybsza obsługa
term-gain-other-gains = Inne korzyści
term-cost-licences = Licencje
term-cost-admin = Administracja i dodatki
term-cost-one-time = Jednorazowe (wdrożenie)
term-cost-other-costs = Inne koszty

## Grupy śledzone po uruchomieniu.

term-tracked-sales = Sprzedaż
term-tracked-time-saved = Zaoszczędzony czas
term-tracked-customers-kept = Zatrzymani klienci
term-tracked-cheaper-acquisition = Tańsze pozyskanie
term-tracked-faster-service = Szybsza obsługa
term-tracked-other-gains = Inne korzyści

## Mierniki: nagłówki kolumn siatki pomiarów.

term-measure-revenue = Przychód
term-measure-deals-won = Wygrane transakcje
term-measure-sales-cycle-days = Cykl (dni)
term-measure-hours-saved-per-rep-per-week = Godz. zaoszcz./tydz.
term-measure-active-customers = Klienci
term-measure-acquisition-spend = Pozyskanie
term-measure-support-cost = Koszt wsparcia
term-measure-crm-cost = Koszt CRM
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = Wygrane transakcje
term-dept-new-business-revenue = Przychód z nowej sprzedaży
term-dept-customers = Klienci
term-dept-recurring-revenue = Przychód cykliczny
term-dept-gross-profit = Zysk brutto
term-dept-team-cost = Koszt zespołu
term-dept-crm-cost = Koszt CRM
term-dept-marketing-spend = Wydatki marketingowe
term-dept-support-cost = Koszt obsługi klienta
term-dept-time-value-freed = Wartość zaoszczędzonego czasu
term-dept-other-gains = Inne korzyści
term-dept-contribution = Marża pokrycia

## Sformatowane wartości.

format-roi-beyond-limit = powyżej 10^20%
format-roi-below-limit = poniżej -10^20%
format-not-available = b.d.
# $months to okres zwrotu, zawsze z 2 miejscami po przecinku; $count wybiera formę
# (z miejscami po przecinku polszczyzna używa formy ułamkowej: „1,00 miesiąca”).
format-payback-months = { $count ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    }
# $count to horyzont w pełnych miesiącach.
format-payback-not-within = { $count ->
        [one] brak zwrotu w ciągu { $count } miesiąca
        [few] brak zwrotu w ciągu { $count } miesięcy
        [many] brak zwrotu w ciągu { $count } miesięcy
       *[other] brak zwrotu w ciągu { $count } miesiąca
    }

## Błędy pokazywane w oknie. $path to plik; $reason i $message pochodzą od systemu,
## czytnika plików lub kontroli i pozostają bez zmian.

error-in-file = { $path }: { $reason }
error-file-not-text = { $path }: { $at }: plik nie jest tekstem UTF-8 (czy to plik scenariusza?)
error-file-syntax = { $path }: { $at }: { $message }
error-file-newer-version = { $path }: wersja formatu scenariusza { $version } jest nowsza niż obsługiwana przez tę wersję crm-roi (wersje od { $oldest } do { $newest }); otworzy go nowsza wersja crm-roi
error-file-unknown-version = { $path }: wersja formatu scenariusza { $version } nie istnieje (wersje to od { $oldest } do { $newest })
error-file-cannot-save = { $path }: nie można zapisać: { $reason }
error-read-io = nie można odczytać pliku: { $reason }
error-read-not-regular-file = to nie jest zwykły plik (lecz folder, potok lub urządzenie), więc nie zostanie odczytany
error-read-too-large = plik ma { $size } MB, więcej niż limit { $limit } MB, więc nie zostanie odczytany
error-position = wiersz { $line }, kolumna { $column }
error-csv-cell = { $path }: { $place }: { $reason }
error-csv-row = wiersz { $row }
error-csv-column = kolumna { $column }
error-csv-column-named = kolumna { $column } ({ $name })
error-csv-row-and-column = { $row }, { $column }
error-calc-invalid = scenariusz jest nieprawidłowy: { $errors }
error-calc-overflow = liczby są zbyt duże do obliczenia: przepełnienie ({ $step })
error-calc-division-by-zero = dzielenie przez zero ({ $step })
error-calc-cancelled = anulowano
## Polecenia (menu i skróty)

command-new = Nowy
command-open = Otwórz…
command-save = Zapisz
command-save-as = Zapisz jako…
command-undo = Cofnij
command-redo = Ponów
command-present = Prezentuj
command-quit = Zakończ
command-new-help = Utwórz nowy scenariusz z wartości domyślnych
command-open-help = Otwórz plik scenariusza (.ron)
command-save-help = Zapisz scenariusz w jego pliku
command-save-as-help = Zapisz scenariusz w nowym pliku
command-undo-help = Cofnij ostatnią zmianę danych wejściowych
command-redo-help = Ponów właśnie cofniętą zmianę
command-present-help = Widok pełnoekranowy do sali spotkań (Esc, aby wrócić)
command-quit-help = Zamknij okno; scenariusz z ekranu wróci przy następnym uruchomieniu

## Okno (aplikacja)

app-view-calculator = Kalkulator
app-view-compare = Porównanie
app-view-sensitivity = Wrażliwość
app-view-risk = Zakres ryzyka
app-view-goal-seek = Szukaj wyniku
app-view-tracking = Plan a wykonanie
app-view-calculator-help = Wskaźniki KPI, wykresy i prognoza miesięczna
app-view-compare-help = Ten scenariusz obok maksymalnie trzech innych
app-view-sensitivity-help = Które założenie jest najważniejsze: każdy czynnik zmieniany osobno
app-view-risk-help = Na ile szacunek może się mylić: symulacja Monte Carlo na zakresach niski / najbardziej prawdopodobny / wysoki
app-view-goal-seek-help = Co musiałoby być prawdą, aby osiągnąć docelowy ROI lub okres zwrotu
app-view-tracking-help = Po uruchomieniu: rzeczywiste miesiące w porównaniu z planem
app-status-last-file-failed = Nie udało się otworzyć ostatniego pliku: szczegóły powyżej
app-status-last-file-gone = Ostatniego pliku, { $path }, już nie ma: otwarto nowy scenariusz
app-status-restored = Przywrócono niezapisane zmiany scenariusza „{ $name }”
app-error-recovery-delete = Nie udało się usunąć kopii odzyskiwania { $path }: { $error }
app-error-recovery-set-aside = Nie udało się odłożyć kopii odzyskiwania { $path }: { $error }
app-presentation-cannot-compute = Nie można obliczyć tego scenariusza: wyjdź z trybu prezentacji (Esc), aby zobaczyć dlaczego.
app-dismiss = Zamknij
app-cannot-compute = Nie można obliczyć tego scenariusza: { $error }
app-note = Uwaga: { $note }
app-note-help = Wynik wart ponownego sprawdzenia; liczby pozostają takie, jak obliczono
app-years-heading = Analiza opłacalności rok po roku ({ $currency })
app-monthly-table = Tabela miesięczna

## Pasek menu i pasek stanu

menu-file = Plik
menu-export = Eksport
menu-export-csv = Tabela miesięczna jako CSV…
menu-export-html = Raport jako HTML…
menu-export-chart-png = Wykres jako PNG…
menu-export-window-png = Okno jako PNG…
# $what: co jest eksportowane, tak jak podaje dialog-kind-* („raport (HTML)”)
menu-export-help = Zapisz { $what }
menu-edit = Edycja
menu-presets = Przykłady
menu-view = Widok
menu-theme = Motyw
menu-theme-system = Zgodny z systemem
menu-theme-light = Jasny
menu-theme-dark = Ciemny
menu-zoom = Powiększenie: Ctrl+plus, Ctrl+minus, Ctrl+0
menu-present-button = Prezentuj (F5)
menu-status-not-saved-yet = Jeszcze nie zapisano
menu-status-unsaved = Niezapisane zmiany
menu-status-saved = Zapisano
menu-status-waiting-dialog = Oczekiwanie na okno wyboru pliku…

## Okna wyboru plików i eksportowane elementy

# Co jest eksportowane, jako dopełnienie „Zapisz …” i „Eksportuj …” (menu-export-help,
# dialog-title-export, export-status-exported); biernik
dialog-kind-csv = tabelę miesięczną (CSV)
dialog-kind-html = raport (HTML)
dialog-kind-chart-png = wykres (PNG)
dialog-kind-window-png = okno (PNG)
dialog-kind-actuals-template = szablon zmierzonych miesięcy (CSV)
dialog-filter-scenario = Scenariusz (RON)
dialog-title-open = Otwórz scenariusz
dialog-title-add-to-compare = Dodaj scenariusz do porównania
dialog-title-import-actuals = Importuj zmierzone miesiące (CSV)
dialog-title-save-as = Zapisz scenariusz jako
dialog-title-export = Eksportuj { $what }

## Eksport

export-error-chart = Nie można wyeksportować wykresu: { $error }
export-status-exported = Wyeksportowano { $what } do { $path }
export-status-image = Wyeksportowano obraz do { $path }
export-error-image = Nie można wyeksportować obrazu: { $error }

## Otwieranie i zapisywanie plików

files-confirm-before-new = Scenariusz „{ $name }” ma niezapisane zmiany. Zapisać je przed utworzeniem nowego scenariusza?
files-confirm-before-open = Scenariusz „{ $name }” ma niezapisane zmiany. Zapisać je przed otwarciem innego scenariusza?
files-confirm-before-close = Scenariusz „{ $name }” ma niezapisane zmiany. Zapisać je przed zamknięciem?
files-status-opened = Otwarto { $path }
files-status-saved = Zapisano w { $path }
files-status-imported = { $count ->
    [one] Zaimportowano { $count } zmierzony miesiąc z { $path }
    [few] Zaimportowano { $count } zmierzone miesiące z { $path }
    [many] Zaimportowano { $count } zmierzonych miesięcy z { $path }
   *[other] Zaimportowano { $count } zmierzonego miesiąca z { $path }
}
files-status-opened-preset = Otwarto przykład „{ $title }”
files-status-new = Nowy scenariusz
files-gone-heading = Pliku już nie ma
files-gone-text = Scenariusza „{ $name }” nie ma już w { $path } (przeniesiony, zmieniona nazwa lub usunięty). Zapisać go tam ponownie czy w innym miejscu?
files-gone-save-again = Zapisz tam ponownie
files-changed-heading = Plik zmienił się na dysku
files-changed-text = Scenariusz „{ $name }” ({ $path }) został zmieniony przez inny program lub okno, odkąd go tu otwarto. Zapisanie teraz zastąpi te zmiany tym scenariuszem.
files-changed-overwrite = Zastąp
files-save = Zapisz
files-save-as = Zapisz jako…
files-cancel = Anuluj
files-confirm-heading = Niezapisane zmiany
files-discard = Odrzuć
files-discard-help = Porzuć zmiany; plik pozostanie taki, jak go zapisano

## Ustawienia i odzyskiwanie niezapisanej pracy

session-settings-not-utf8 = to nie jest tekst UTF-8
session-settings-set-aside = Nie udało się przywrócić ostatniej sesji: jej plik ustawień był uszkodzony ({ $problem }). Zachowano go jako { $path }; okno startuje z nowymi ustawieniami. Żaden plik scenariusza nie został zmieniony.
session-settings-not-set-aside = Nie udało się przywrócić ostatniej sesji: plik { $path } jest uszkodzony ({ $problem }) i nie udało się go odłożyć ({ $error }).
session-no-recovery = Niezapisanych zmian nie da się zachować do odzyskania po awarii ({ $error }); zapisuj często.
session-error-write = Nie udało się zapisać kopii odzyskiwania: { $error }
session-found-heading = Znaleziono niezapisane zmiany
# $time: „14:32” dzisiaj, w innym przypadku „26 lis 14:32”
session-restore-question = Przywrócić niezapisane zmiany scenariusza „{ $name }” z { $time }?
session-found-text = crm-roi zakończył działanie bez ich zapisania (awaria lub zatrzymanie). Zostały zachowane w kopii odzyskiwania.
session-file = Plik: { $path }
session-never-saved = Nigdy nie zapisano w pliku
session-saved-after = Plik został zapisany po utworzeniu tej kopii (o { $time }); przywrócenie przywraca starsze, niezapisane zmiany.
session-changed = Zmieniono:
session-restore = Przywróć
session-restore-help = Otwórz scenariusz w dawnym stanie, z niezapisanymi zmianami
session-discard = Odrzuć
session-discard-help = Usuń kopię odzyskiwania; plik pozostanie taki, jak go zapisano
session-unreadable-heading = Nie udało się odczytać kopii odzyskiwania
session-unreadable-text = Nie udało się odczytać { $path } ({ $reason }). Plik zostanie zachowany obok, z nazwą zakończoną na .unreadable, i nie będzie ponownie proponowany.
session-ok = OK
session-change-name = Nazwa: było „{ $before }”, jest „{ $after }”
session-change-input = { $input }: było { $before }, jest { $after }
session-change-notes = Notatki
session-change-ranges = Zakresy ryzyka
session-change-actuals = Zmierzone miesiące (plan a wykonanie)
session-change-more = { $count ->
    [one] i jeszcze { $count } zmiana
    [few] i jeszcze { $count } zmiany
    [many] i jeszcze { $count } zmian
   *[other] i jeszcze { $count } zmiany
}
session-unknown-time = nieznanej godziny
session-day-and-time = { $day } { $month } { $time }

## Nazwa scenariusza, waluta, horyzont i notatki (nagłówek)

header-name = Nazwa
header-name-help = Nazwa scenariusza, widoczna w tytule i w raportach
header-currency = Waluta
header-currency-help = Waluta wszystkich kwot (tylko do wyświetlania; nic nie jest przeliczane)
header-horizon = Horyzont
header-horizon-measured = Miesiąc { $month } jest zmierzony (Plan a wykonanie): horyzont nie może skończyć się wcześniej
# Po liczbie horyzontu: „12 miesięcy”
header-horizon-unit = { $count ->
    [one] miesiąc
    [few] miesiące
    [many] miesięcy
   *[other] miesiąca
}
# $note: header-horizon-measured
header-horizon-help-measured = Przez ile miesięcy od uruchomienia mierzony jest ROI: od { $shortest } do 60. { $note }.
header-horizon-help = Przez ile miesięcy od uruchomienia mierzony jest ROI: od 1 do 60. Przeciągnij, wpisz lub wybierz typowy horyzont po prawej.
header-horizon-pick = { $count ->
    [one] Licz w horyzoncie { $count } miesiąca
    [few] Licz w horyzoncie { $count } miesięcy
    [many] Licz w horyzoncie { $count } miesięcy
   *[other] Licz w horyzoncie { $count } miesiąca
}
header-notes = Notatki
header-notes-hint = Założenia, źródła, kto co powiedział…
header-notes-help = Dowolne notatki zapisywane ze scenariuszem; nie wpływają na obliczenia

## Panel danych wejściowych

inputs-key-drivers = Kluczowe czynniki
inputs-key-drivers-note = O co pytają kalkulatory ROI dostawców
# Po tytule grupy danych wejściowych, gdy wszystkie jej pola są zerowe
inputs-not-used = nieużywane
inputs-extra-lines = Dodatkowe pozycje
inputs-extra-lines-count = Dodatkowe pozycje ({ $count })
# Pod opisem czynnika, w jego podpowiedzi; $range: inputs-range-text, $unit: jednostka czynnika
inputs-allowed = Dozwolone: { $range } { $unit }.
inputs-range-toggle-name = Zakres ryzyka: { $driver }
inputs-range-toggle-help = Nadaj temu czynnikowi zakres ryzyka (niski / najbardziej prawdopodobny / wysoki)
inputs-range = Zakres
inputs-hint-customers = Dla bazy klientów z przychodem cyklicznym: ilu jest klientów, ile każdy płaci miesięcznie, ilu odchodzi i o ile CRM zmniejsza ten churn.
inputs-hint-marketing = Wydatki na marketing i o ile CRM obniża koszt pozyskania każdego nowego klienta.
inputs-hint-service = Koszt zespołu wsparcia i ile jego czasu oszczędza CRM.
inputs-billing = Rozliczanie licencji
inputs-billing-monthly = Miesięcznie
inputs-billing-annual = Rocznie, z góry
inputs-billing-help = Miesięcznie: użytkownicy × cena licencji co miesiąc od miesiąca 1. Rocznie: 12 miesięcy licencji płatnych na początku każdego roku licencyjnego (miesiące 1, 13, 25, …), nawet gdy horyzont kończy się w trakcie tego roku. W pełnych latach licencje kosztują tyle samo; rozliczenie roczne przesuwa koszt wcześniej, co widać w okresie zwrotu i NPV.
inputs-error-outside = { $value } jest poza dozwolonym zakresem { $range }
inputs-range-text = od { $min } do { $max }
inputs-read-as = Odczytano „{ $typed }” jako { $value }.

## Zakresy ryzyka czynnika (niski / najbardziej prawdopodobny / wysoki)

ranges-low = Niski
ranges-most-likely = Najbardziej prawdopodobny
ranges-high = Wysoki
ranges-low-help = Niska wartość: { $driver }
ranges-most-likely-help = Najbardziej prawdopodobna wartość: { $driver }
ranges-high-help = Wysoka wartość: { $driver }
# Komunikaty o zakresie czynnika zaczynają się od jego nazwy (panel danych wejściowych tak je odnajduje)
ranges-error-order = { $driver }: wartość niska nie może być wyższa od najbardziej prawdopodobnej, a najbardziej prawdopodobna od wysokiej
ranges-error-allowed = { $whole ->
    [yes] { $driver }: dozwolone od { $min } do { $max } (liczba całkowita)
   *[no] { $driver }: dozwolone od { $min } do { $max }
}
ranges-error-entry = { $driver }: { $error }

## Edytor dodatkowych pozycji

lines-intro = Korzyści lub koszty, których nie obejmują czynniki: stary system, za który przestajesz płacić, partner integracyjny, roczna opłata za dane.
lines-add = Dodaj pozycję
lines-add-help = Koszt co miesiąc od miesiąca 1; zmień jego nazwę, rodzaj, kwotę i miesiące
lines-add-full = Scenariusz może mieć najwyżej { $max } pozycji
# Nazwa nowej pozycji
lines-new-name = Pozycja { $number }
# Nazwy pól i przycisków pozycji dla czytników ekranu
lines-name-name = Pozycja { $number }, nazwa
lines-kind-name = Pozycja { $number }, rodzaj
lines-kind-help = Korzyść (pomniejszana o korektę ryzyka) lub koszt
lines-up = W górę
lines-up-name = Przesuń pozycję { $number } w górę
lines-up-help = Przesuń w górę
lines-down = W dół
lines-down-name = Przesuń pozycję { $number } w dół
lines-down-help = Przesuń w dół
lines-remove = Usuń
lines-remove-name = Usuń pozycję { $number }
lines-remove-help = Usuń tę pozycję (Ctrl+Z ją przywraca)
lines-amount-name = Pozycja { $number }, kwota
lines-per-name = Pozycja { $number }, okres
lines-per-help = Jednorazowo: cała kwota w danym miesiącu. Miesięcznie: kwota co miesiąc. Rocznie: kwota roczna, co miesiąc jedna dwunasta.
# „w miesiącu [3]” (pozycja jednorazowa) lub „miesiące [1] do [horyzontu]”
lines-in-month = w miesiącu
lines-months = miesiące
lines-from-help = Pierwszy miesiąc, w którym jest liczona (0 to uruchomienie)
lines-to = do
lines-through-horizon = końca horyzontu
lines-through-horizon-help = Do końca horyzontu, niezależnie od jego długości
lines-to-name = Pozycja { $number }, do miesiąca
lines-to-help = Ostatni miesiąc, w którym jest liczona
lines-error-no-name = Pozycja musi mieć nazwę
lines-error-name-too-long = { $count ->
    [one] Nazwa może mieć najwyżej { $max } znaków (ta ma { $count } znak)
    [few] Nazwa może mieć najwyżej { $max } znaków (ta ma { $count } znaki)
    [many] Nazwa może mieć najwyżej { $max } znaków (ta ma { $count } znaków)
   *[other] Nazwa może mieć najwyżej { $max } znaków (ta ma { $count } znaku)
}
lines-error-amount-outside = { $value } jest poza dozwolonym zakresem od 0 do { $max }
lines-kind-gain = Korzyść
lines-kind-cost = Koszt
# „2 400 EUR jednorazowo”, „… miesięcznie”, „… rocznie”
lines-per-once = jednorazowo
lines-per-month = miesięcznie
lines-per-year = rocznie

## Kafelki KPI i ich wzory (podpowiedzi)

tiles-roi-caption = { $months ->
    [one] ROI po { $months } miesiącu
    [few] ROI po { $months } miesiącach
    [many] ROI po { $months } miesiącach
   *[other] ROI po { $months } miesiąca
}
tiles-roi-formula = ROI = (łączne korzyści - łączne koszty) / łączne koszty × 100
tiles-net-gain-caption = Korzyść netto
tiles-net-gain-formula = { $months ->
    [one] Korzyść netto = łączne korzyści - łączne koszty w ciągu { $months } miesiąca
    [few] Korzyść netto = łączne korzyści - łączne koszty w ciągu { $months } miesięcy
    [many] Korzyść netto = łączne korzyści - łączne koszty w ciągu { $months } miesięcy
   *[other] Korzyść netto = łączne korzyści - łączne koszty w ciągu { $months } miesiąca
}
tiles-payback-caption = Okres zwrotu
tiles-npv-caption = NPV
tiles-npv-formula = NPV = suma po miesiącach m z (korzyści - koszty) / (1 + i)^m
tiles-npv-rate = i = { $monthly }% miesięcznie ({ $annual }% rocznie)
tiles-npv-present-values = wartość bieżąca korzyści { $gains } - kosztów { $costs }
tiles-monthly-net-caption = Miesięczny wynik netto przy pełnym wdrożeniu
tiles-monthly-net-formula = Miesięczna korzyść po rozruchu - miesięczny koszt CRM, w miesiącu { $month }
tiles-monthly-net-gain = korzyść = pełne korzyści × stopień wdrożenia × (1 - ryzyko)
# Pokazywane z wcięciem pod tiles-monthly-net-gain
tiles-monthly-net-gain-more = + klienci zatrzymani w tym miesiącu + cykliczne pozycje korzyści = { $gain }
tiles-monthly-net-cost = koszt = użytkownicy × cena licencji w danym roku + administracja
# Pokazywane z wcięciem pod tiles-monthly-net-cost
tiles-monthly-net-cost-more = + cykliczne pozycje kosztów (niezależnie od rozliczania) = { $cost }
tiles-cycle-caption = Nowy cykl sprzedaży
# $days: sformatowana liczba, np. 42,5
tiles-days = { $days } dni
tiles-cycle-formula = Cykl sprzedaży × (1 - skrócenie cyklu)
tiles-cycle-formula-values = { $days } dni × (1 - { $reduction }%)
tiles-customers-caption = { $months ->
    [one] Klienci po { $months } miesiącu
    [few] Klienci po { $months } miesiącach
    [many] Klienci po { $months } miesiącach
   *[other] Klienci po { $months } miesiąca
}
tiles-customers-value = { $with } ({ $without } bez CRM)
tiles-customers-formula =
    Klienci miesiąc po miesiącu, od { $start } przy uruchomieniu:
    bez CRM baza traci { $churn }% miesięcznie;
    z CRM churn jest niższy o { $reduction }% (z rozruchem, × stopień wdrożenia).
    Zatrzymani klienci w miesiącu { $month }: { $kept }, wartość { $worth } w tym miesiącu
    (× przychód na klienta × marża × (1 - ryzyko)).
tiles-payback-rule =
    Okres zwrotu: pierwszy miesiąc, od którego skumulowany wynik netto pozostaje na poziomie zera lub wyżej,
    interpolowany w obrębie tego miesiąca.
tiles-payback-not-reached = { $months ->
    [one] Skumulowany wynik netto po { $months } miesiącu wynosi nadal { $net }.
    [few] Skumulowany wynik netto po { $months } miesiącach wynosi nadal { $net }.
    [many] Skumulowany wynik netto po { $months } miesiącach wynosi nadal { $net }.
   *[other] Skumulowany wynik netto po { $months } miesiąca wynosi nadal { $net }.
}
tiles-payback-at-zero = Przy uruchomieniu nic nie jest należne: zwrot w miesiącu 0.
# $months: sformatowana liczba, np. 2,79
tiles-payback-months = { $months } mies.

## Dział przed i po wdrożeniu CRM (ba)

ba-heading = Dział w ciągu miesiąca ({ $currency })
ba-heading-help = Przed wdrożeniem CRM oraz przy pełnym wdrożeniu (z uwzględnieniem stopnia wdrożenia i ryzyka; klienci według stanu na koniec horyzontu). Zmiana marży pokrycia to miesięczny wynik netto przy pełnym wdrożeniu.
ba-before = Przed
ba-after = Po
ba-change = Zmiana

## Nagłówki tabeli miesięcznej


## Wykresy wspólne dla kalkulatora i trybu prezentacji (src/app/plots.rs)

plot-month-axis = Miesiąc
plot-tooltip-month = Miesiąc { $month }
plot-roi-title = Skumulowany ROI
plot-roi-axis = ROI
plot-roi-series = ROI
# $payback: okres zwrotu już zapisany w miesiącach, np. „2,79 miesiąca”
plot-payback = Okres zwrotu: { $payback }
plot-cost-gain-title = Skumulowane koszty i korzyści
plot-cumulative-cost = Skumulowane koszty
plot-cumulative-gain = Skumulowane korzyści
plot-break-even = Próg rentowności w miesiącu { $month }
plot-cumulative-net = Skumulowany wynik netto
plot-customers-title = Klienci
plot-customers-without = Bez CRM
plot-customers-with = Z CRM
plot-customers-axis = Klienci
plot-gains-title = Miesięczne korzyści według czynników
plot-costs-title = Miesięczne koszty według rodzaju
plot-total = Razem

## Porównanie (src/app/compare_view.rs)

compare-heading = W porównaniu ze scenariuszem na ekranie:
compare-remove-help = Usuń z porównania
compare-add-file = Dodaj plik…
compare-add-preset = Dodaj przykład
compare-add-preset-help = Dodaj jeden z przykładowych scenariuszy
compare-empty = Dodaj plik scenariusza lub przykład, aby porównać go z tym na ekranie.
# Skąd pochodzi scenariusz na ekranie (pokazywane obok ścieżek plików)
compare-on-screen = Na ekranie
compare-warning-currencies = Te scenariusze używają różnych walut: kwoty nie są przeliczane, więc scenariusze nie są szeregowane.
compare-warning-horizons = Te scenariusze mają różne horyzonty: sumy, ROI i NPV obejmują różne okresy, więc scenariusze nie są szeregowane.
compare-roi-title = Skumulowany ROI
compare-roi-axis = ROI
compare-cost-gain-title = Skumulowane koszty (linia przerywana) i korzyści
# $name: nazwa scenariusza
compare-series-cost = { $name }: koszty
compare-series-gain = { $name }: korzyści
compare-kpis-title = Główne wskaźniki
compare-horizon = Horyzont
compare-horizon-months = { $months ->
    [one] { $months } miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}
compare-row-total-cost = Łączne koszty
compare-row-total-gain = Łączne korzyści
compare-row-net-gain = Korzyść netto
compare-row-roi = ROI
compare-row-payback = Okres zwrotu
compare-row-npv = NPV
compare-row-discounted-roi = Zdyskontowany ROI
compare-row-monthly-net = Miesięczny wynik netto przy pełnym wdrożeniu
compare-not-ranked-currencies = różne waluty: bez szeregowania
compare-not-ranked-horizons = różne horyzonty: bez szeregowania
compare-best-help = Najlepszy w tym wierszu
compare-inputs-title = Różniące się dane wejściowe
compare-inputs-same = Wszystkie dane wejściowe są takie same.

## Wrażliwość (src/app/sensitivity_view.rs)

sens-swing = Wychylenie
sens-swing-help = O ile każdy czynnik jest zmniejszany i zwiększany, w procentach jego wartości
sens-explanation = Każdy czynnik osobno jest zmniejszany i zwiększany; największy wpływ na ROI na górze.
sens-no-roi = ROI nie jest określony dla tego scenariusza (brak jakichkolwiek kosztów).
sens-base-roi = ROI na koniec horyzontu: { $roi } przy obecnych danych (linia środkowa)
sens-legend-down = czynnik −{ $swing }%
sens-legend-up = czynnik +{ $swing }%
sens-driver-help = { $driver }, obecnie { $today }:
    { $low } daje ROI { $roi_low }
    { $high } daje ROI { $roi_high }
    (NPV od { $npv_low } do { $npv_high } { $currency }). Kliknij, aby wybrać to pole.
# Nazwa dostępności słupka czynnika
sens-bar-name = Wpływ: { $driver }
sens-no-effect = Brak wpływu na ROI przy ±{ $swing }%:
sens-no-effect-help = Czynnika równego 0 nie da się zmienić o część jego wartości; stopa dyskontowa zmienia NPV, a nie ROI. Kliknij czynnik, aby wybrać jego pole.
sens-no-effect-driver-help = Obecnie { $value }. Kliknij, aby wybrać to pole.
# Pod linią środkową wykresu tornado; $roi np. „289,6%”
sens-axis-today = obecnie { $roi }

## Zakres ryzyka (src/app/risk_view.rs)

risk-runs = Symulacje
risk-runs-help = Liczba symulacji Monte Carlo
risk-seed = Ziarno
risk-seed-help = To samo ziarno daje ten sam wynik
risk-no-ranges = Nadaj poniżej co najmniej jednemu czynnikowi zakres, aby zobaczyć, na ile szacunek może się mylić.
risk-updating = Aktualizowanie…
risk-simulating = Symulowanie…
risk-ranges-title = Zakresy (niski / najbardziej prawdopodobny / wysoki)
risk-driver = Czynnik
risk-uncertain = Niepewny
risk-tile-p50-roi = { $months ->
    [one] ROI P50 po { $months } miesiącu
    [few] ROI P50 po { $months } miesiącach
    [many] ROI P50 po { $months } miesiącach
   *[other] ROI P50 po { $months } miesiąca
}
risk-tile-p50-roi-formula = Połowa symulacji kończy się powyżej tego ROI, połowa poniżej
risk-tile-roi-range = Zakres ROI, P10 do P90
risk-tile-roi-range-value = od { $p10 } do { $p90 }%
risk-tile-roi-range-formula = Osiem symulacji na dziesięć kończy się między tymi wartościami ROI
risk-tile-payback-chance = { $months ->
    [one] Szansa zwrotu w ciągu { $months } miesiąca
    [few] Szansa zwrotu w ciągu { $months } miesięcy
    [many] Szansa zwrotu w ciągu { $months } miesięcy
   *[other] Szansa zwrotu w ciągu { $months } miesiąca
}
risk-tile-payback-chance-formula = Odsetek symulacji, w których skumulowany wynik netto kończy się na poziomie zera lub wyżej
risk-tile-negative-chance = Szansa ujemnego ROI
risk-tile-negative-chance-formula = Odsetek symulacji, w których w horyzoncie traci się pieniądze
risk-tile-p50-payback = Okres zwrotu P50
# Każda wartość to okres zwrotu już zapisany w miesiącach, np. „2,79 miesiąca”
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
# $runs: liczba symulacji z separatorami tysięcy; $count: ta sama liczba, do wyboru formy
risk-runs-seed = { $count ->
    [one] { $runs } symulacja, ziarno { $seed }
    [few] { $runs } symulacje, ziarno { $seed }
    [many] { $runs } symulacji, ziarno { $seed }
   *[other] { $runs } symulacji, ziarno { $seed }
}
risk-band-title = Skumulowany ROI: P50 z pasmem P10–P90
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
# $percentile: P90, P50 lub P10
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = ROI na koniec horyzontu we wszystkich symulacjach
risk-histogram-axis = ROI na koniec horyzontu (%)
risk-histogram-runs-axis = Symulacje
risk-histogram-runs = Symulacje
risk-histogram-tooltip = { $count ->
    [one] ROI od { $from }% do { $to }%: { $count } symulacja
    [few] ROI od { $from }% do { $to }%: { $count } symulacje
    [many] ROI od { $from }% do { $to }%: { $count } symulacji
   *[other] ROI od { $from }% do { $to }%: { $count } symulacji
}

## Szukaj wyniku (src/app/goal_seek_view.rs)

goal-title = Co musiałoby być prawdą?
goal-driver = Czynnik
goal-target = Cel
goal-roi = ROI na koniec horyzontu
goal-payback = Okres zwrotu
# Po liczbie celu, gdy celem jest okres zwrotu
goal-months-unit = mies.
goal-roi-help = ROI na koniec horyzontu do osiągnięcia, w procentach
goal-payback-help = Okres zwrotu do osiągnięcia, w miesiącach (w ramach horyzontu)
goal-near-today = Blisko obecnego
goal-near-today-help = Cel zbliżony do obecnej wartości
goal-apply = Zastosuj w scenariuszu
goal-apply-help = Ustaw czynnik na tę wartość (cofnij przez Ctrl+Z)

## Plan a wykonanie (src/app/tracking_view.rs)

tracking-plan-changed = Plan zmienił się po zmierzeniu miesięcy: są one teraz porównywane z nowym planem (Ctrl+Z przywraca poprzedni).
tracking-plan-changed-ok = OK
tracking-cannot-compute = Nie można obliczyć tego scenariusza: przyczynę pokazuje kalkulator.
tracking-nothing-measured = Nic jeszcze nie zmierzono. Wpisz w siatce poniżej, co przyniósł każdy miesiąc (w pustych komórkach widać blado wartości z planu), albo zaimportuj CSV z arkusza kalkulacyjnego lub z CRM. Aby zacząć, wyeksportuj szablon.
tracking-grid-heading = Zmierzone miesiące ({ $currency })
tracking-go-live = Miesiąc uruchomienia
# Podpowiedź w pustym polu miesiąca uruchomienia
tracking-go-live-hint = RRRR-MM
tracking-go-live-help = Miesiąc kalendarzowy uruchomienia (miesiąc 0), w formacie 2026-03: miesiące pokażą wtedy swoje daty. Zostaw puste, aby tylko je numerować.
# $typed: to, co wpisano, w cudzysłowie
tracking-error-go-live = Miesiąc uruchomienia { $typed }: wpisz rok i miesiąc w formacie 2026-03
tracking-attribution = Przypisane do CRM
tracking-attribution-help = Jaką część każdej zmierzonej zmiany przypisać CRM. Przychód rośnie też dzięki zatrudnieniom, nowym rynkom i nowym produktom, a klienci zostają także z innych powodów: przypisz CRM tylko jego udział. 100% przypisuje mu całość.
tracking-rollout-cost = Rzeczywisty koszt wdrożenia
tracking-not-measured = nie zmierzono
tracking-rollout-cost-help = Ile wdrożenie rzeczywiście kosztowało przy uruchomieniu (miesiąc 0): wdrożenie, szkolenia, czas pracowników. Puste: obowiązuje koszt jednorazowy z planu.
tracking-error-rollout-cost = Rzeczywisty koszt wdrożenia: { $message }
tracking-import-csv = Importuj CSV…
tracking-import-csv-help = Scal zmierzone miesiące z pliku CSV (miesiąc z pliku zastępuje ten miesiąc); Ctrl+Z to cofa
tracking-export-template = Eksportuj szablon CSV…
tracking-export-template-help = Plik CSV z kolumną dla każdego miernika i wartościami z planu na każdy miesiąc, gotowy do nadpisania rzeczywistymi danymi
tracking-error-outside = { $value } jest poza zakresem od 0 do { $max }
tracking-month = Miesiąc
# Podpowiedź komórki siatki; $month: miesiąc tak, jak go opisuje siatka, $plan: wartość z planu lub –
tracking-cell-help = { $measure }, miesiąc { $month }. Plan: { $plan }. Puste: nie zmierzono.
# Nazwa dostępności komórki siatki; $month: numer miesiąca
tracking-cell-name = { $measure }, miesiąc { $month }
tracking-error-cell = Miesiąc { $month }, { $measure }: { $message }
tracking-help-revenue = Przychód z nowej sprzedaży w miesiącu ({ $currency }). Zrealizowana korzyść ze sprzedaży = (przychód − przychód przed CRM) × marża × część przypisana do CRM.
tracking-help-deals-won = Transakcje wygrane w miesiącu: pokazywane obok planowanych; nie są liczone jako pieniądze.
tracking-help-sales-cycle = Średnia liczba dni od pierwszego kontaktu do zamknięcia: pokazywana obok nowego cyklu z planu; nie jest liczona jako pieniądze.
tracking-help-hours-saved = Godziny pracy administracyjnej zaoszczędzone na członka zespołu tygodniowo: wyceniane według kosztu godziny × przypisanej części.
tracking-help-customers = Płacący klienci na koniec miesiąca: ci ponad bazą bez CRM liczą się jako zatrzymani.
tracking-help-acquisition = Wydatki na marketing w miesiącu ({ $currency }): kwota poniżej planowanych wydatków to oszczędność.
tracking-help-support-cost = Koszt zespołu wsparcia w miesiącu ({ $currency }): kwota poniżej planowanego kosztu to oszczędność.
tracking-help-crm-cost = Cały koszt CRM w miesiącu ({ $currency }): licencje, administracja i wszystko inne. Puste: obowiązuje koszt z planu.
# Kafelek „Zmierzono do”, gdy żaden miesiąc nie jest zmierzony
tracking-through-none = jeszcze brak
tracking-tile-roi = ROI dotychczas (plan)
tracking-tile-roi-formula = Miesiące od 0 do { $through }: skumulowany wynik netto / skumulowane koszty × 100,
    rzeczywisty { $actual } wobec planowanego { $plan }
tracking-tile-net = Wynik netto dotychczas
tracking-tile-net-formula = Rzeczywisty { $actual } wobec planowanego { $plan }
    odchylenie { $variance }
tracking-tile-variance = Odchylenie dotychczas
tracking-tile-variance-formula = Rzeczywisty wynik netto dotychczas − planowany wynik netto dotychczas
tracking-tile-outlook-roi = { $months ->
    [one] Prognoza: ROI po { $months } miesiącu
    [few] Prognoza: ROI po { $months } miesiącach
    [many] Prognoza: ROI po { $months } miesiącach
   *[other] Prognoza: ROI po { $months } miesiąca
}
tracking-tile-outlook-roi-formula = Zmierzone miesiące, a dla dalszych miesięcy plan:
    wynik netto na koniec horyzontu { $net }
tracking-tile-outlook-payback = Prognoza: okres zwrotu
tracking-tile-outlook-payback-formula = Zmierzone miesiące, a potem plan: pierwszy miesiąc, od którego skumulowany wynik netto pozostaje na poziomie zera lub wyżej
tracking-tile-through = Zmierzono do
tracking-tile-through-formula = Ostatni miesiąc z pomiarem; { $attribution }% każdej zmierzonej zmiany jest przypisywane do CRM
tracking-chart-title = Skumulowany wynik netto: plan a wykonanie
tracking-plan = Plan
tracking-actual = Wykonanie
tracking-outlook = Prognoza
tracking-measured-month = Zmierzony miesiąc
tracking-variance = Odchylenie
# $through: ostatni zmierzony miesiąc (0: jeszcze żaden)
tracking-groups-heading = { $through ->
    [0] Korzyści dotychczas według grup, brak zmierzonych miesięcy ({ $currency })
    [1] Korzyści dotychczas według grup, miesiąc 1 ({ $currency })
   *[other] Korzyści dotychczas według grup, miesiące 1–{ $through } ({ $currency })
}
tracking-group-sales-help = Cross-selling, krótszy cykl i skuteczność sprzedaży łącznie: zmierzony przychód nie pozwala ich rozdzielić
tracking-total = Razem
tracking-kpis-title = Transakcje, cykl i klienci wobec planu
tracking-kpis-none = Nie zmierzono jeszcze transakcji, długości cyklu ani liczby klientów.
# $difference: ze znakiem, np. +2,0 lub -1,5
tracking-kpi-cell = { $actual } (plan { $plan }, { $difference })
tracking-quarters-title = Według kwartałów
tracking-later-quarters = Miesiące { $first }–{ $last }: nic jeszcze nie zmierzono, plan według kwartałów

## Tryb prezentacji (src/app/presentation.rs)

present-exit = Zakończ (Esc)
present-exit-help = Powrót do kalkulatora
present-high-contrast = Wysoki kontrast
present-high-contrast-help = Czerń i biel, do projektorów
present-larger = A+
present-larger-help = Większy tekst (Ctrl+plus)
present-smaller = A-
present-smaller-help = Mniejszy tekst (Ctrl+minus)
present-subtitle = { $months ->
    [one] Zwrot z inwestycji (ROI) w CRM w ciągu { $months } miesiąca, kwoty w { $currency }
    [few] Zwrot z inwestycji (ROI) w CRM w ciągu { $months } miesięcy, kwoty w { $currency }
    [many] Zwrot z inwestycji (ROI) w CRM w ciągu { $months } miesięcy, kwoty w { $currency }
   *[other] Zwrot z inwestycji (ROI) w CRM w ciągu { $months } miesiąca, kwoty w { $currency }
}
present-reset = Przywróć
# $value: wartość czynnika z jednostką
present-reset-help = Powrót do wartości ze scenariusza: { $value }
# $help: co oznacza czynnik
present-what-if-help = Co, jeśli? { $help }
    Znacznik pod suwakiem to wartość ze scenariusza.

## Raporty (src/report/): tabela w terminalu, Markdown, HTML, analizy i plan a wykonanie.

## Wspólne wartości i słowa
report-horizon = Horyzont
report-horizon-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
report-total-cost = Łączne koszty
report-total-gain = Łączne korzyści
report-net-gain = Korzyść netto
report-roi = ROI
report-payback = Okres zwrotu
report-npv = NPV
report-discounted-roi = Zdyskontowany ROI
report-monthly-gain-full-adoption = Miesięczna korzyść przy pełnym wdrożeniu
report-monthly-net-full-adoption = Miesięczny wynik netto przy pełnym wdrożeniu
report-new-sales-cycle = Nowy cykl sprzedaży
report-days = { $days } dni
report-roi-at-months = { $months ->
    [one] ROI po { $months } miesiącu
    [few] ROI po { $months } miesiącach
    [many] ROI po { $months } miesiącach
   *[other] ROI po { $months } miesiąca
}
report-currency = Waluta
report-licences-billed = Rozliczanie licencji
report-billing-monthly = miesięcznie
report-billing-annually = rocznie
report-billing-annually-ahead = rocznie, z góry
report-gain = Korzyści
report-cost = Koszty
report-net = Netto
report-initial = Start (miesiąc 0)
report-note = Uwaga: { $note }
report-notes-heading = Uwagi
report-figure = Wskaźnik
report-value = Wartość

## Kolumny tabeli miesięcznej
report-col-month = Miesiąc
report-col-cost = Koszty
report-col-gain = Korzyści
report-col-net = Netto
report-col-cumulative-cost = Skumulowane koszty
report-col-cumulative-gain = Skumulowane korzyści
report-col-cumulative-net = Skumulowane netto
report-col-roi = ROI

## Dodatkowe pozycje
report-extra-lines = Dodatkowe pozycje
report-lines-line = Pozycja
report-lines-kind = Rodzaj
report-lines-amount = Kwota
report-lines-per = Okres
report-lines-months = Miesiące
report-line-per-once = jednorazowo
report-line-per-month = miesięcznie
report-line-per-year = rocznie (co miesiąc jedna dwunasta)
report-line-month = miesiąc { $month }
report-line-months = miesiące { $from }–{ $to }
report-lines-count = { $count ->
    [0] brak
    [one] { $count } pozycja
    [few] { $count } pozycje
    [many] { $count } pozycji
   *[other] { $count } pozycji
}

## Uwagi o wiarygodności
report-notes-high-roi = ROI na poziomie { $roi } znacznie przekracza wartości podawane w analizach wdrożeń CRM (kilkaset procent).
report-notes-high-roi-driver = Większość tego wyniku ({ $share }% korzyści) to { $part }, przy { $driver } = { $value }: sprawdź to założenie.
report-notes-high-roi-lines = Większość tego wyniku ({ $share }% korzyści) pochodzi z dodatkowych pozycji korzyści: sprawdź je.
report-notes-payback-no-cost = Zwrot jest natychmiastowy, bo nie ma kosztu jednorazowego (wdrożenie, szkolenia, uruchomienie): już pierwszy miesiąc przynosi { $gain }. Większość wdrożeń wymaga jednak nakładów na starcie.
report-notes-fast-payback = Zwrot w pierwszym miesiącu: korzyść z pierwszego miesiąca ({ $gain }) pokrywa już koszt jednorazowy ({ $cost }).
report-notes-gain-above-revenue = Przy pełnym wdrożeniu CRM dawałby { $gain } miesięcznie, czyli więcej niż obecna miesięczna sprzedaż całego zespołu ({ $revenue }): sprawdź założone wzrosty.
report-notes-time-saved = Zaoszczędzony czas jest liczony jako pieniądze ({ $value } miesięcznie, { $share }% korzyści): to się opłaca tylko wtedy, gdy uwolnione godziny idą na sprzedaż albo maleją koszty wynagrodzeń.

## Tabela w terminalu i Markdown
report-table-title = { $name } (kwoty w { $currency })
report-md-amounts-in = Kwoty w { $currency }.
report-month-by-month = Miesiąc po miesiącu

## Raport HTML
report-html-title = { $name } – ROI z CRM
report-html-meta = { $months ->
    [one] Zwrot z inwestycji (ROI) w CRM · przygotowano { $date } · kwoty w { $currency } · horyzont { $months } miesiąc
    [few] Zwrot z inwestycji (ROI) w CRM · przygotowano { $date } · kwoty w { $currency } · horyzont { $months } miesiące
    [many] Zwrot z inwestycji (ROI) w CRM · przygotowano { $date } · kwoty w { $currency } · horyzont { $months } miesięcy
   *[other] Zwrot z inwestycji (ROI) w CRM · przygotowano { $date } · kwoty w { $currency } · horyzont { $months } miesiąca
}
report-html-charts = Wykresy
report-html-inputs = Dane wejściowe
report-html-footer = Obliczono w crm-roi: dokładna arytmetyka dziesiętna, do wyświetlenia zaokrąglona do groszy.
report-before-after-heading = Dział w ciągu miesiąca przy pełnym wdrożeniu ({ $currency })
report-before-after-before = Przed
report-before-after-after = Po
report-before-after-change = Zmiana

## Wykresy
report-chart-month-axis = Miesiąc
report-chart-bar-title = { $series }, miesiąc { $month }: { $value }
report-chart-break-even = Próg rentowności w miesiącu { $month }
report-chart-cost-gain = Skumulowane koszty i korzyści ({ $currency })
report-chart-cumulative-cost = Skumulowane koszty
report-chart-cumulative-gain = Skumulowane korzyści
report-chart-payback = Okres zwrotu: { $months } mies.
report-chart-roi = Skumulowany ROI
report-chart-roi-series = ROI %
report-chart-gain-by-driver = Miesięczne korzyści według czynników ({ $currency })
report-chart-cost-by-kind = Miesięczne koszty według rodzaju ({ $currency })

## Jak obliczane są liczby (raport HTML)
report-formulas-heading = Jak obliczane są liczby
report-formulas-baseline = Bazowy przychód miesięczny = użytkownicy × transakcje na osobę miesięcznie × przychód z transakcji. Marża brutto ({ $margin }%) to część dodatkowego przychodu liczona jako korzyść.
report-formulas-gains = Korzyści przy pełnym wdrożeniu, które się sumują: cross-selling / upselling = przychód bazowy × wzrost × marża; krótszy cykl sprzedaży = przychód bazowy × c/(1 − c) × marża, ponieważ ten sam lejek zamyka 1/(1 − c) razy więcej transakcji, gdy cykl jest krótszy o c; wyższa skuteczność sprzedaży = przychód bazowy × wzrost × marża; zaoszczędzony czas = użytkownicy × godziny zaoszczędzone tygodniowo × 52/12 × koszt godziny (koszt miesięczny / godziny pracy); tańsze pozyskanie = wydatki na pozyskanie × obniżenie, a szybsza obsługa = koszt wsparcia × skrócenie (to oszczędności, więc bez marży).
report-formulas-adoption = Te korzyści są mnożone przez stopień wdrożenia ({ $adoption }%) i przez 1 − korektę o ryzyko ({ $risk }%) oraz rosną liniowo w { $ramp }-miesięcznym okresie rozruchu. Korzyści zaczynają się w miesiącu 1.
report-formulas-customers = Zatrzymani klienci: bazę klientów prognozuje się miesiąc po miesiącu, bez CRM z miesięcznym churnem, a z CRM z churnem niższym o redukcję churnu (z rozruchem, × stopień wdrożenia); korzyść to różnica liczby klientów × przychód na klienta × marża × (1 − ryzyko), więc się kumuluje.
report-formulas-costs = Koszty: wdrożenie, szkolenia i czas pracowników na wdrożenie (godziny × koszt godziny) przy uruchomieniu (miesiąc 0); licencje i administracja co miesiąc później. Ceny licencji rosną o roczny wzrost ceny przy każdym odnowieniu; przy rozliczeniu rocznym rok licencyjny jest płatny na jego początku.
report-formulas-lines = Dodatkowe pozycje liczą się tak, jak je wpisano (jednorazowo, co miesiąc lub jako kwota roczna rozłożona na miesiące); pozycje korzyści są pomniejszane o korektę ryzyka, ale nie zależą od stopnia wdrożenia ani od rozruchu.
report-formulas-roi = ROI = skumulowany wynik netto / skumulowane koszty × 100. Okres zwrotu to pierwszy miesiąc, od którego skumulowany wynik netto pozostaje na poziomie zera lub wyżej, interpolowany w obrębie miesiąca.
report-formulas-npv = NPV dyskontuje miesiąc m przez (1 + { $rate }%)^(m/12); zdyskontowany ROI = (wartość bieżąca korzyści − wartość bieżąca kosztów) / wartość bieżąca kosztów. Analiza opłacalności rok po roku dyskontuje natomiast każdy rok na jego koniec.

## Analiza opłacalności rok po roku
report-years-heading = Analiza opłacalności rok po roku ({ $currency })
report-years-title = { $name }: analiza opłacalności rok po roku (kwoty w { $currency })
report-years-year = Rok { $year }
report-years-part-year = Rok { $year } (miesiące { $first }–{ $last })
report-years-total = Razem
report-years-present-value = Wartość bieżąca
report-years-total-gains = Łączne korzyści
report-years-total-costs = Łączne koszty
report-years-footnote = Wartość bieżąca: wartości każdego roku podzielone przez (1 + { $rate }%)^rok, dyskontowane na koniec roku, tak jak w publikowanych analizach opłacalności (metoda TEI Forrestera); kolumna „Start (miesiąc 0)”, czyli uruchomienie, nie jest dyskontowana. NPV według lat { $npv }, ROI według lat { $roi }. Główne NPV ({ $headline_npv }) dyskontuje miesiąc po miesiącu.

## Plan a wykonanie
report-tracking-heading = Plan a wykonanie
report-tracking-title = { $name }: plan a wykonanie (kwoty w { $currency })
report-tracking-measured-through = Zmierzono do
report-tracking-none-measured = jeszcze nie zmierzono żadnego miesiąca
report-tracking-through-month = miesiąca { $month }
report-tracking-attribution = Przypisanie do CRM
report-tracking-roi-to-date = ROI dotychczas, wykonanie (plan)
report-tracking-net-to-date = Wynik netto dotychczas, wykonanie (plan)
report-tracking-variance-to-date = Odchylenie dotychczas
report-tracking-outlook-net = Prognoza: wynik netto na koniec horyzontu
report-tracking-outlook-roi = Prognoza: ROI na koniec horyzontu
report-tracking-outlook-payback = Prognoza: okres zwrotu
report-tracking-col-measured = Zmierzono
report-tracking-col-plan-gain = Korzyści (plan)
report-tracking-col-actual-gain = Korzyści (wykonanie)
report-tracking-col-plan-cost = Koszty (plan)
report-tracking-col-actual-cost = Koszty (wykonanie)
report-tracking-col-plan-cum-net = Skum. netto (plan)
report-tracking-col-actual-cum-net = Skum. netto (wykonanie)
report-tracking-yes = tak
report-tracking-by-quarter = Według kwartałów
report-tracking-quarter = Kwartał
report-tracking-plan = Plan
report-tracking-actual = Wykonanie
report-tracking-variance = Odchylenie
report-tracking-outlook = Prognoza
report-tracking-measured-month = Zmierzony miesiąc
report-tracking-chart = Skumulowany wynik netto: plan a wykonanie ({ $currency })
report-quarter-month = Q{ $quarter } (miesiąc { $month })
report-quarter-months = Q{ $quarter } (miesiące { $first }–{ $last })

## Miesiące kalendarzowe, skrócone, i miesiąc roku (`mar 2026`)
report-month-jan = sty
report-month-feb = lut
report-month-mar = mar
report-month-apr = kwi
report-month-may = maj
report-month-jun = cze
report-month-jul = lip
report-month-aug = sie
report-month-sep = wrz
report-month-oct = paź
report-month-nov = lis
report-month-dec = gru
report-short-month = { $month } { $year }

## Wrażliwość
report-sensitivity-title = { $months ->
    [one] { $name }: każdy czynnik osobno zmieniony o -/+{ $swing }%; ROI po { $months } miesiącu { $roi }, NPV { $npv }
    [few] { $name }: każdy czynnik osobno zmieniony o -/+{ $swing }%; ROI po { $months } miesiącach { $roi }, NPV { $npv }
    [many] { $name }: każdy czynnik osobno zmieniony o -/+{ $swing }%; ROI po { $months } miesiącach { $roi }, NPV { $npv }
   *[other] { $name }: każdy czynnik osobno zmieniony o -/+{ $swing }%; ROI po { $months } miesiąca { $roi }, NPV { $npv }
}
report-sensitivity-driver = Czynnik
report-sensitivity-low-value = Wartość niska
report-sensitivity-high-value = Wartość wysoka
report-sensitivity-roi-low = ROI niski
report-sensitivity-roi-high = ROI wysoki
report-sensitivity-npv-low = NPV niskie ({ $currency })
report-sensitivity-npv-high = NPV wysokie ({ $currency })

## Zakres ryzyka
report-risk-title = { $runs ->
    [one] { $name }: { $runs } symulacja, ziarno { $seed }
    [few] { $name }: { $runs } symulacje, ziarno { $seed }
    [many] { $name }: { $runs } symulacji, ziarno { $seed }
   *[other] { $name }: { $runs } symulacji, ziarno { $seed }
}
report-risk-heading = { $runs ->
    [one] Zakres ryzyka ({ $runs } symulacja, ziarno { $seed })
    [few] Zakres ryzyka ({ $runs } symulacje, ziarno { $seed })
    [many] Zakres ryzyka ({ $runs } symulacji, ziarno { $seed })
   *[other] Zakres ryzyka ({ $runs } symulacji, ziarno { $seed })
}
report-risk-payback-months = Okres zwrotu, mies. (– = brak zwrotu w ciągu { $horizon } mies.)
report-risk-chance-payback = { $months ->
    [one] Szansa zwrotu w ciągu { $months } miesiąca
    [few] Szansa zwrotu w ciągu { $months } miesięcy
    [many] Szansa zwrotu w ciągu { $months } miesięcy
   *[other] Szansa zwrotu w ciągu { $months } miesiąca
}
report-risk-chance-payback-value = { $months ->
    [one] Szansa zwrotu w ciągu { $months } miesiąca: { $chance }%
    [few] Szansa zwrotu w ciągu { $months } miesięcy: { $chance }%
    [many] Szansa zwrotu w ciągu { $months } miesięcy: { $chance }%
   *[other] Szansa zwrotu w ciągu { $months } miesiąca: { $chance }%
}
report-risk-chance-negative = Szansa ujemnego ROI
report-risk-chance-negative-value = Szansa ujemnego ROI: { $chance }%
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }: niski { $low }, najbardziej prawdopodobny { $likely }, wysoki { $high }

## Szukaj wyniku
report-goal-target-roi = { $months ->
    [one] ROI { $roi } po { $months } miesiącu
    [few] ROI { $roi } po { $months } miesiącach
    [many] ROI { $roi } po { $months } miesiącach
   *[other] ROI { $roi } po { $months } miesiąca
}
report-goal-target-payback = okres zwrotu { $months } mies.
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = brak ROI (nie ma żadnych wydatków)
report-goal-metric-payback = okres zwrotu { $payback }
report-goal-today = Obecnie: { $value }.
report-goal-reached = { $driver } = { $value } daje { $target }.
report-goal-reached-exactly = { $driver } = { $value } daje { $target } ({ $achieved }).
report-goal-before-month-zero = Zwrot nie może nastąpić przed miesiącem 0.
report-goal-beyond-horizon = Okres zwrotu { $months } mies. wykracza poza { $horizon }-miesięczny horyzont: prognoza nie sięga tak daleko. Aby go szukać, wydłuż horyzont.
report-goal-jump-roi = Cel ({ $target }) jest nieosiągalny: przy zmianie czynnika { $driver } ROI przeskakuje tę wartość.
report-goal-jump-payback = Cel ({ $target }) jest nieosiągalny: przy zmianie czynnika { $driver } okres zwrotu przeskakuje tę wartość.
report-goal-between-whole = Żadna całkowita wartość czynnika { $driver } nie daje dokładnie celu ({ $target }): { $low } daje { $low_metric }, { $high } daje { $high_metric }.
report-goal-no-whole = Żadna całkowita wartość czynnika { $driver } nie daje dokładnie celu ({ $target }).
report-goal-out-of-range = Żadna wartość czynnika { $driver } od { $min } do { $max } nie pozwala osiągnąć celu ({ $target }): { $min } daje { $at_min }, { $max } daje { $at_max }.
report-goal-nearest = Najbliższy osiągalny wynik: { $metric } przy { $driver } = { $value }.

## Porównanie
report-compare-currencies-differ = Ostrzeżenie: te scenariusze używają różnych walut. Kwoty nie są przeliczane; porównuj je wyłącznie pod kątem ROI i okresu zwrotu.
report-compare-horizons-differ = Uwaga: horyzonty się różnią, więc sumy, ROI i NPV obejmują różne okresy; porównuj je ostrożnie.
report-compare-inputs-differ = Różniące się dane wejściowe

## Obrazy
report-png-cannot-make = nie można utworzyć obrazu o wymiarach { $width }×{ $height }
report-png-wrong-size = obraz o wymiarach { $width }×{ $height } wymaga { $expected } bajtów, otrzymano { $got }


## Dodane po pierwszym tłumaczeniu
menu-language = Język
preset-defaults = Wartości domyślne
preset-200-percent = Przypadek 200%
preset-vendor-quick-estimate = Szybki szacunek w stylu dostawcy
preset-cautious-founder = Ostrożny założyciel
preset-large-team = Duży zespół, 3 lata
preset-subscription = Firma abonamentowa, 2 lata
preset-tracked-half-year = Pół roku po uruchomieniu
menu-export-spreadsheet-csv = Tabela miesięczna do arkusza w tym języku…
dialog-kind-spreadsheet-csv = tabelę miesięczną do arkusza (CSV)
