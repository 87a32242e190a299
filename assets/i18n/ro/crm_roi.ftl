# crm-roi: mesajele în limba română (sursa: en/crm_roi.ftl).
app-name = crm-roi
## Typed numbers
entry-empty = introduceți un număr
entry-not-a-number = „{ $typed }” nu este un număr: introduceți, de exemplu, { $examples }
entry-too-large = „{ $typed }” este prea mare
# Termenii modelului (src/locale/terms.rs), cifrele formatate (src/locale/format.rs)
# și erorile afișate în fereastră (src/locale/messages.rs).

## Drivers: label and help, keyed by the driver's field name.

term-driver-seats = Utilizatori CRM (echipa de vânzări)
term-driver-seats-help = Persoanele care vor folosi CRM-ul. Înmulțește licențele, instruirea, contractele de referință și timpul economisit.
term-driver-rep-monthly-cost = Cost pe membru al echipei / lună
term-driver-rep-monthly-cost-help = Costul lunar complet pentru companie al unui membru al echipei (salariu, taxe, cheltuieli indirecte). Stabilește valoarea unei ore economisite: cost / ore lucrate.
term-driver-working-hours-per-month = Ore lucrate pe lună
term-driver-working-hours-per-month-help = Orele plătite ale unui membru al echipei pe lună. Valoarea orară = cost lunar / aceste ore.
term-driver-deals-per-rep-per-month = Contracte câștigate pe membru / lună
term-driver-deals-per-rep-per-month-help = Contracte câștigate de fiecare membru al echipei într-o lună, înainte de CRM. Venitul de referință = utilizatori × contracte × venit pe contract.
term-driver-revenue-per-deal = Venit pe contract
term-driver-revenue-per-deal-help = Venitul mediu al unui contract câștigat. Fiecare creștere de venit este o cotă din venitul de referință stabilit astfel.
term-driver-gross-margin-pct = Marjă brută
term-driver-gross-margin-pct-help = Cota din venitul suplimentar care se socotește câștig (venitul minus costul a ceea ce se vinde). Folosiți 100 % pentru a socoti venitul întreg, ca în calculatoarele furnizorilor.
term-driver-sales-cycle-days = Ciclu de vânzare
term-driver-sales-cycle-days-help = Numărul mediu de zile de la primul contact până la semnarea contractului, înainte de CRM. Este afișat scurtat cu reducerea ciclului; câștigul propriu-zis provine din reducere.
term-driver-seat-cost-per-month = Cost licență / lună
term-driver-seat-cost-per-month-help = Prețul lunar al licenței pe utilizator. Costul recurent = utilizatori × cost licență + cost de administrare, în fiecare lună începând cu luna 1.
term-driver-implementation-cost = Implementare (unic)
term-driver-implementation-cost-help = Configurare, migrarea datelor, integrare și consultanță, plătite o singură dată la lansare (luna 0).
term-driver-training-cost-per-seat = Instruire pe utilizator (unic)
term-driver-training-cost-per-seat-help = Costul unic al instruirii pe utilizator, plătit la lansare (luna 0).
term-driver-admin-cost-per-month = Administrare, extensii, suport / lună
term-driver-admin-cost-per-month-help = Administrare curentă, extensii și suport pe lună, începând cu luna 1.
term-driver-internal-rollout-hours = Timpul personalului pentru implementare (unic)
term-driver-internal-rollout-hours-help = Orele pe care propriii oameni le dedică implementării: curățarea datelor, ateliere, timpul petrecut la instruire. Plătite la lansare (luna 0), evaluate la costul orar al unui membru al echipei (cost lunar / ore lucrate).
term-driver-licence-increase-pct-per-year = Creșterea anuală a prețului licenței
term-driver-licence-increase-pct-per-year-help = Creșterea prețului licenței la fiecare reînnoire anuală. În anul de licență y, licența costă cost licență × (1 + creștere)^(y − 1).
term-driver-cross-sell-uplift-pct = Creștere din cross-sell / upsell
term-driver-cross-sell-uplift-pct-help = Venit mai mare pe contract datorită unei imagini de 360° asupra clientului. Câștig = venit de referință × creștere × marjă.
term-driver-cycle-time-reduction-pct = Reducerea ciclului de vânzare
term-driver-cycle-time-reduction-pct-help = Cu cât se scurtează ciclul de vânzare. Același portofoliu de oportunități închide atunci de 1/(1 − c) ori mai multe contracte pe lună: câștig = venit de referință × c/(1 − c) × marjă.
term-driver-win-rate-uplift-pct = Creșterea ratei de conversie
term-driver-win-rate-uplift-pct-help = Mai multe contracte câștigate din același portofoliu de oportunități. Câștig = venit de referință × creștere × marjă.
term-driver-hours-saved-per-rep-per-week = Timp administrativ economisit pe membru
term-driver-hours-saved-per-rep-per-week-help = Ore de introducere a datelor și de raportare economisite săptămânal de fiecare membru al echipei. Câștig = utilizatori × ore × 52/12 × cost orar.
term-driver-active-customers = Clienți activi la lansare
term-driver-active-customers-help = Clienții plătitori cu venit recurent la data lansării CRM-ului. În fiecare lună unii pleacă (rata de pierdere a clienților); CRM-ul păstrează mai mulți dintre ei. Clienții sunt valori așteptate, deci fracțiile sunt acceptate.
term-driver-revenue-per-customer-per-month = Venit recurent pe client / lună
term-driver-revenue-per-customer-per-month-help = Cât plătește un client pe lună (abonament, mentenanță, comenzi repetate). Fiecare client păstrat aduce această sumă × marjă pe lună.
term-driver-monthly-churn-pct = Rata lunară de pierdere a clienților fără CRM
term-driver-monthly-churn-pct-help = Cota de clienți pierduți în fiecare lună înainte de CRM. Fără CRM, baza de clienți scade lunar cu această cotă.
term-driver-churn-reduction-pct = Reducerea ratei de pierdere a clienților
term-driver-churn-reduction-pct-help = Cu cât reduce CRM-ul rata lunară de pierdere a clienților (30 % transformă o rată de 2 % în 1,4 %), cu creștere treptată și ponderat cu adopția. Clienții păstrați rămân, deci câștigul se cumulează: (clienți cu − fără CRM) × venit pe client × marjă × (1 − risc).
term-driver-acquisition-spend-per-month = Cheltuieli de achiziție / lună
term-driver-acquisition-spend-per-month-help = Cheltuielile lunare de marketing și generare de lead-uri pentru atragerea de clienți noi.
term-driver-acquisition-cost-reduction-pct = Reducerea costului de achiziție
term-driver-acquisition-cost-reduction-pct-help = Aceiași clienți noi cu atât mai puține cheltuieli (țintire mai bună, mai puține lead-uri pierdute). Câștig = cheltuieli × reducere: o economie, deci fără marjă.
term-driver-support-cost-per-month = Cost echipă de suport / lună
term-driver-support-cost-per-month-help = Costul lunar al echipei de suport sau de relații cu clienții.
term-driver-support-time-reduction-pct = Reducerea timpului de suport
term-driver-support-time-reduction-pct-help = Munca de suport făcută în atât mai puțin timp (istoricul clientului la îndemână, mai puține transferuri). Câștig = cost suport × reducere.
term-driver-ramp-months = Perioadă de creștere treptată
term-driver-ramp-months-help = Lunile până când câștigurile ating nivelul deplin; până atunci cresc liniar (luna m primește m / durata creșterii treptate din câștigul deplin). 0 = câștiguri depline din luna 1.
term-driver-adoption-pct = Adopție
term-driver-adoption-pct-help = Cota de utilizatori care folosesc efectiv CRM-ul. Fiecare câștig se înmulțește cu ea; costurile nu.
term-driver-discount-rate-annual-pct = Rată de actualizare (anuală)
term-driver-discount-rate-annual-pct-help = Costul anual al capitalului, folosit pentru VAN și ROI actualizat: luna m se împarte la (1 + rată)^(m/12).
term-driver-benefit-risk-pct = Ajustare pentru risc
term-driver-benefit-risk-pct-help = Reducere aplicată fiecărui câștig pentru riscul ca acesta să nu se realizeze pe deplin (ca în metoda TEI a Forrester). Câștiguri × (1 − risc).

## Units as shown after a value (money shows the currency code, not a message).

term-unit-percent = %
term-unit-seats = utilizatori
term-unit-deals-per-month = contracte/lună
term-unit-hours-per-month = ore/lună
term-unit-hours-per-week = ore/săptămână
term-unit-hours = ore
term-unit-customers = clienți
term-unit-days = zile
term-unit-months = luni

## Units with their count: $value is the count as formatted, $count chooses the plural
## (a whole count shown with decimals, 1.00, selects as a fraction).

term-unit-count-seats = { $count ->
        [one] { $value } utilizator
        [few] { $value } utilizatori
       *[other] { $value } de utilizatori
    }
term-unit-count-deals-per-month = { $count ->
        [one] { $value } contract/lună
        [few] { $value } contracte/lună
       *[other] { $value } de contracte/lună
    }
term-unit-count-hours-per-month = { $count ->
        [one] { $value } oră/lună
        [few] { $value } ore/lună
       *[other] { $value } de ore/lună
    }
term-unit-count-hours-per-week = { $count ->
        [one] { $value } oră/săptămână
        [few] { $value } ore/săptămână
       *[other] { $value } de ore/săptămână
    }
term-unit-count-hours = { $count ->
        [one] { $value } oră
        [few] { $value } ore
       *[other] { $value } de ore
    }
term-unit-count-customers = { $count ->
        [one] { $value } client
        [few] { $value } clienți
       *[other] { $value } de clienți
    }
term-unit-count-days = { $count ->
        [one] { $value } zi
        [few] { $value } zile
       *[other] { $value } de zile
    }
term-unit-count-months = { $count ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }

## Input groups.

term-group-team = Echipa
term-group-sales-before = Vânzări înainte de CRM
term-group-crm-costs = Costuri CRM
term-group-gains = Câștiguri din CRM
term-group-customers = Clienți (retenție)
term-group-marketing = Marketing
term-group-service = Servicii pentru clienți
term-group-adoption-and-risk = Adopție și risc
term-group-finance = Finanțe

## Parts of the gain and kinds of cost.

term-gain-cross-sell = Cross-sell / upsell
term-gain-faster-cycle = Ciclu de vânzare mai scurt
term-gain-win-rate = Rată de conversie mai mare
term-gain-time-saved = Timp economisit
term-gain-customers-kept = Clienți păstrați
term-gain-cheaper-acquisition = Achiziție mai ieftină
term-gain-faster-service = Suport mai rapid
term-gain-other-gains = Alte câștiguri
term-cost-licences = Licențe
term-cost-admin = Administrare și extensii
term-cost-one-time = Unice (implementare)
term-cost-other-costs = Alte costuri

## Groups tracked after go-live.

term-tracked-sales = Vânzări
term-tracked-time-saved = Timp economisit
term-tracked-customers-kept = Clienți păstrați
term-tracked-cheaper-acquisition = Achiziție mai ieftină
term-tracked-faster-service = Suport mai rapid
term-tracked-other-gains = Alte câștiguri

## Measures: column headings of the tracking grid.

term-measure-revenue = Venit
term-measure-deals-won = Contracte câștigate
term-measure-sales-cycle-days = Ciclu (zile)
term-measure-hours-saved-per-rep-per-week = Ore economisite/săpt.
term-measure-active-customers = Clienți
term-measure-acquisition-spend = Achiziție
term-measure-support-cost = Cost suport
term-measure-crm-cost = Cost CRM
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = Contracte câștigate
term-dept-new-business-revenue = Venituri din clienți noi
term-dept-customers = Clienți
term-dept-recurring-revenue = Venituri recurente
term-dept-gross-profit = Profit brut
term-dept-team-cost = Costul echipei
term-dept-crm-cost = Costul CRM
term-dept-marketing-spend = Cheltuieli de marketing
term-dept-support-cost = Costuri de suport
term-dept-time-value-freed = Valoarea timpului eliberat
term-dept-other-gains = Alte câștiguri
term-dept-contribution = Marjă de contribuție

## Formatted figures.

format-roi-beyond-limit = peste 10^20 %
format-roi-below-limit = sub -10^20 %
format-not-available = n.d.
# $months is the payback as formatted, always with 2 decimals; $count chooses the plural
# (în română, o valoare cu zecimale, 1,00, selectează „few”: „1,00 luni”).
format-payback-months = { $count ->
        [one] { $months } lună
        [few] { $months } luni
       *[other] { $months } de luni
    }
# $count is the horizon in whole months.
format-payback-not-within = { $count ->
        [one] nerecuperată în { $count } lună
        [few] nerecuperată în { $count } luni
       *[other] nerecuperată în { $count } de luni
    }

## Errors shown in the window. $path is the file; $reason and $message come from the system,
## the file reader or the checks and stay as they are.

error-in-file = { $path }: { $reason }
error-file-not-text = { $path }: { $at }: fișierul nu este text UTF-8 (este un fișier de scenariu?)
error-file-syntax = { $path }: { $at }: { $message }
error-file-newer-version = { $path }: versiunea { $version } a formatului de scenariu este mai nouă decât cele pe care le citește această versiune a crm-roi (de la { $oldest } la { $newest }); o versiune mai nouă a crm-roi îl deschide
error-file-unknown-version = { $path }: versiunea { $version } a formatului de scenariu nu există (versiunile sunt de la { $oldest } la { $newest })
error-file-cannot-save = { $path }: nu se poate salva: { $reason }
error-read-io = fișierul nu poate fi citit: { $reason }
error-read-not-regular-file = nu este un fișier obișnuit (este un dosar, un pipe sau un dispozitiv), deci nu este citit
error-read-too-large = fișierul are { $size } MB, peste limita de { $limit } MB, deci nu este citit
error-position = linia { $line }, coloana { $column }
error-csv-cell = { $path }: { $place }: { $reason }
error-csv-row = rândul { $row }
error-csv-column = coloana { $column }
error-csv-column-named = coloana { $column } ({ $name })
error-csv-row-and-column = { $row }, { $column }
error-calc-invalid = scenariul nu este valid: { $errors }
error-calc-overflow = numerele sunt prea mari pentru calcul: { $step } depășește capacitatea
error-calc-division-by-zero = împărțire la zero în { $step }
error-calc-cancelled = anulat
## Commands (menus and shortcuts)

command-new = Nou
command-open = Deschide…
command-save = Salvează
command-save-as = Salvează ca…
command-undo = Anulează
command-redo = Refă
command-present = Prezentare
command-quit = Ieși
command-new-help = Începe un scenariu nou cu valorile implicite
command-open-help = Deschide un fișier de scenariu (.ron)
command-save-help = Salvează scenariul în fișierul său
command-save-as-help = Salvează scenariul într-un fișier nou
command-undo-help = Anulează ultima modificare a unei intrări
command-redo-help = Refă modificarea tocmai anulată
command-present-help = Ecran complet pentru o sală de ședințe (Esc pentru revenire)
command-quit-help = Închide fereastra; scenariul de pe ecran revine data viitoare

## The window (app)

app-view-calculator = Calculator
app-view-compare = Comparație
app-view-sensitivity = Sensibilitate
app-view-risk = Interval de risc
app-view-goal-seek = Căutare țintă
app-view-tracking = Plan vs. realizat
app-view-calculator-help = Indicatori-cheie, grafice și proiecția lunară
app-view-compare-help = Acest scenariu alături de până la alte trei
app-view-sensitivity-help = Care ipoteză contează cel mai mult: fiecare factor variat separat
app-view-risk-help = Cât de greșită ar putea fi estimarea: Monte Carlo pe intervale minim / probabil / maxim
app-view-goal-seek-help = Ce ar trebui să fie adevărat pentru a atinge un ROI sau o recuperare a investiției țintă
app-view-tracking-help = După lansare: lunile așa cum au fost, comparate cu planul
app-status-last-file-failed = Ultimul fișier nu a putut fi deschis: vedeți mai sus
app-status-last-file-gone = Ultimul fișier, { $path }, nu mai există: s-a deschis un scenariu nou
app-status-restored = Au fost restaurate modificările nesalvate ale scenariului „{ $name }”
app-error-recovery-delete = Copia de recuperare { $path } nu a putut fi ștearsă: { $error }
app-error-recovery-set-aside = Copia de recuperare { $path } nu a putut fi pusă deoparte: { $error }
app-presentation-cannot-compute = Acest scenariu nu poate fi calculat: ieșiți din modul de prezentare (Esc) pentru a vedea de ce.
app-dismiss = Închide
app-cannot-compute = Acest scenariu nu poate fi calculat: { $error }
app-note = Notă: { $note }
app-note-help = Un rezultat care merită privit de două ori; cifrele rămân cele calculate
app-years-heading = Analiza pe ani ({ $currency })
app-monthly-table = Tabel lunar

## Menu bar and status bar

menu-file = Fișier
menu-export = Export
menu-export-csv = Tabelul lunar ca CSV…
menu-export-html = Raportul ca HTML…
menu-export-chart-png = Graficul ca PNG…
menu-export-window-png = Fereastra ca PNG…
# $what: what is exported, as dialog-kind-* says it ("the report (HTML)")
menu-export-help = Salvează { $what }
menu-edit = Editare
menu-presets = Exemple
menu-view = Vizualizare
menu-theme = Temă
menu-theme-system = Ca sistemul
menu-theme-light = Luminoasă
menu-theme-dark = Întunecată
menu-zoom = Zoom: Ctrl+plus, Ctrl+minus, Ctrl+0
menu-present-button = Prezentare (F5)
menu-status-not-saved-yet = Nesalvat încă
menu-status-unsaved = Modificări nesalvate
menu-status-saved = Salvat
menu-status-waiting-dialog = Se așteaptă fereastra de dialog pentru fișiere…

## File dialogs and what is exported

# What is exported, as the object of "Save …" and "Export …" (menu-export-help,
# dialog-title-export, export-status-exported)
dialog-kind-csv = tabelul lunar (CSV)
dialog-kind-html = raportul (HTML)
dialog-kind-chart-png = graficul (PNG)
dialog-kind-window-png = fereastra (PNG)
dialog-kind-actuals-template = șablonul lunilor măsurate (CSV)
dialog-filter-scenario = Scenariu (RON)
dialog-title-open = Deschide un scenariu
dialog-title-add-to-compare = Adaugă un scenariu la comparație
dialog-title-import-actuals = Importă lunile măsurate (CSV)
dialog-title-save-as = Salvează scenariul ca
dialog-title-export = Exportă { $what }

## Exports

export-error-chart = Graficul nu poate fi exportat: { $error }
export-status-exported = S-a exportat { $what } în { $path }
export-status-image = Imaginea a fost exportată în { $path }
export-error-image = Imaginea nu poate fi exportată: { $error }

## Opening and saving files

files-confirm-before-new = „{ $name }” are modificări nesalvate. Le salvați înainte de a începe un scenariu nou?
files-confirm-before-open = „{ $name }” are modificări nesalvate. Le salvați înainte de a deschide alt scenariu?
files-confirm-before-close = „{ $name }” are modificări nesalvate. Le salvați înainte de închidere?
files-status-opened = S-a deschis { $path }
files-status-saved = Salvat în { $path }
files-status-imported = { $count ->
    [one] S-a importat { $count } lună măsurată din { $path }
    [few] S-au importat { $count } luni măsurate din { $path }
   *[other] S-au importat { $count } de luni măsurate din { $path }
}
files-status-opened-preset = S-a deschis exemplul „{ $title }”
files-status-new = Scenariu nou
files-gone-heading = Fișierul nu mai există
files-gone-text = „{ $name }” nu mai este în { $path } (mutat, redenumit sau șters). Îl salvați din nou acolo sau în altă parte?
files-gone-save-again = Salvează din nou acolo
files-changed-heading = Fișierul s-a modificat pe disc
files-changed-text = „{ $name }” ({ $path }) a fost modificat de alt program sau de altă fereastră după ce a fost deschis aici. Dacă salvați acum, acele modificări sunt înlocuite cu acest scenariu.
files-changed-overwrite = Suprascrie
files-save = Salvează
files-save-as = Salvează ca…
files-cancel = Renunță
files-confirm-heading = Modificări nesalvate
files-discard = Nu salva
files-discard-help = Renunță la modificări; fișierul rămâne așa cum a fost salvat

## Settings and recovery of unsaved work

session-settings-not-utf8 = nu este text UTF-8
session-settings-set-aside = Ultima sesiune nu a putut fi restaurată: fișierul ei de setări era deteriorat ({ $problem }). A fost păstrat ca { $path }; fereastra pornește cu setări noi. Niciun fișier de scenariu nu a fost atins.
session-settings-not-set-aside = Ultima sesiune nu a putut fi restaurată: { $path } este deteriorat ({ $problem }) și nu a putut fi pus deoparte ({ $error }).
session-no-recovery = Modificările nesalvate nu pot fi păstrate pentru recuperare după o blocare ({ $error }); salvați des.
session-error-write = Copia de recuperare nu a putut fi scrisă: { $error }
session-found-heading = S-au găsit modificări nesalvate
# $time: "14:32" today, else "26 Nov 14:32"
session-restore-question = Restaurați modificările nesalvate ale scenariului „{ $name }” din { $time }?
session-found-text = crm-roi s-a închis fără să le salveze (s-a blocat sau a fost oprit). Au fost păstrate într-o copie de recuperare.
session-file = Fișier: { $path }
session-never-saved = Nu a fost salvat niciodată într-un fișier
session-saved-after = Fișierul a fost salvat după crearea acestei copii (la { $time }); restaurarea readuce modificările mai vechi, nesalvate.
session-changed = Modificat:
session-restore = Restaurează
session-restore-help = Deschide scenariul așa cum era, cu modificările nesalvate
session-discard = Elimină
session-discard-help = Șterge copia de recuperare; fișierul rămâne așa cum a fost salvat
session-unreadable-heading = O copie de recuperare nu a putut fi citită
session-unreadable-text = { $path } nu a putut fi citit ({ $reason }). Va fi păstrat alături, redenumit cu terminația .unreadable, și nu va mai fi propus.
session-ok = OK
session-change-name = Nume: era „{ $before }”, acum „{ $after }”
session-change-input = { $input }: era { $before }, acum { $after }
session-change-notes = Note
session-change-ranges = Intervale de risc
session-change-actuals = Luni măsurate (plan vs. realizat)
session-change-more = și încă { $count }
session-unknown-time = o oră necunoscută
session-day-and-time = { $day } { $month } { $time }

## The scenario's name, currency, horizon and notes (header)

header-name = Nume
header-name-help = Numele scenariului, afișat în titlu și în rapoarte
header-currency = Monedă
header-currency-help = Moneda tuturor sumelor (doar pentru afișare; nu se face nicio conversie)
header-horizon = Orizont
header-horizon-measured = Luna { $month } este măsurată (plan vs. realizat): orizontul nu se poate încheia înaintea ei
# After the horizon's number: "12 months"
header-horizon-unit = { $count ->
    [one] lună
    [few] luni
   *[other] de luni
}
# $note: header-horizon-measured
header-horizon-help-measured = Pe câte luni după lansare se măsoară ROI-ul: între { $shortest } și 60. { $note }.
header-horizon-help = Pe câte luni după lansare se măsoară ROI-ul: între 1 și 60. Trageți, introduceți o valoare sau alegeți un orizont uzual din dreapta.
header-horizon-pick = { $count ->
    [one] Măsoară pe { $count } lună
    [few] Măsoară pe { $count } luni
   *[other] Măsoară pe { $count } de luni
}
header-notes = Note
header-notes-hint = Ipoteze, surse, cine ce a spus…
header-notes-help = Note libere salvate cu scenariul; nu sunt folosite în calcul

## The inputs panel

inputs-key-drivers = Factori-cheie
inputs-key-drivers-note = Ce cer calculatoarele ROI ale furnizorilor
# After an input group's title, when all its inputs are zero
inputs-not-used = nefolosit
inputs-extra-lines = Linii suplimentare
inputs-extra-lines-count = Linii suplimentare ({ $count })
# Under a driver's help, in its tooltip; $range: inputs-range-text, $unit: the driver's unit
inputs-allowed = Permis: { $range } { $unit }.
inputs-range-toggle-name = Intervalul de risc pentru { $driver }
inputs-range-toggle-help = Dați acestui factor un interval de risc (minim / cel mai probabil / maxim)
inputs-range = Interval
inputs-hint-customers = Pentru o bază de clienți recurenți: câți clienți, cât plătește fiecare pe lună, câți pleacă și cât reduce CRM-ul această rată de pierdere.
inputs-hint-marketing = Cheltuielile de marketing și cu cât mai ieftin face CRM-ul fiecare client nou.
inputs-hint-service = Costul echipei de suport și cât din timpul ei economisește CRM-ul.
inputs-billing = Facturarea licențelor
inputs-billing-monthly = Lunar
inputs-billing-annual = Anual, în avans
inputs-billing-help = Lunar: utilizatori × preț licență în fiecare lună, începând cu luna 1. Anual: 12 luni de licențe plătite la începutul fiecărui an de licență (lunile 1, 13, 25, …), chiar dacă orizontul se încheie în cursul acelui an. Pe ani întregi, licențele sunt aceleași în ambele cazuri; facturarea anuală mută costul mai devreme, ceea ce se vede în recuperarea investiției și în VAN.
inputs-error-outside = { $value } nu este în intervalul permis: { $range }
inputs-range-text = între { $min } și { $max }
inputs-read-as = „{ $typed }” a fost citit ca { $value }.

## Risk ranges (low / most likely / high) of a driver

ranges-low = Minim
ranges-most-likely = Cel mai probabil
ranges-high = Maxim
ranges-low-help = Valoarea minimă pentru { $driver }
ranges-most-likely-help = Valoarea cea mai probabilă pentru { $driver }
ranges-high-help = Valoarea maximă pentru { $driver }
# The messages about a driver's range start with its name (the inputs panel finds them so)
ranges-error-order = { $driver }: minimul nu poate depăși valoarea cea mai probabilă, nici aceasta maximul
ranges-error-allowed = { $whole ->
    [yes] { $driver }: permis între { $min } și { $max } (număr întreg)
   *[no] { $driver }: permis între { $min } și { $max }
}
ranges-error-entry = { $driver }: { $error }

## The extra lines editor

lines-intro = Câștiguri sau costuri pe care factorii nu le acoperă: un sistem vechi pe care nu îl mai plătiți, un partener de integrare, o taxă anuală pentru date.
lines-add = Adaugă o linie
lines-add-help = Un cost lunar începând cu luna 1; schimbați-i numele, tipul, suma și lunile
lines-add-full = Numărul maxim de linii dintr-un scenariu este { $max }
# The name a new line gets
lines-new-name = Linia { $number }
# The names screen readers give a line's fields and buttons
lines-name-name = Numele liniei { $number }
lines-kind-name = Tipul liniei { $number }
lines-kind-help = Un câștig (redus prin ajustarea pentru risc) sau un cost
lines-up = Sus
lines-up-name = Mută linia { $number } în sus
lines-up-help = Mută în sus
lines-down = Jos
lines-down-name = Mută linia { $number } în jos
lines-down-help = Mută în jos
lines-remove = Elimină
lines-remove-name = Elimină linia { $number }
lines-remove-help = Elimină această linie (Ctrl+Z o readuce)
lines-amount-name = Suma liniei { $number }
lines-per-name = Periodicitatea liniei { $number }
lines-per-help = O dată: întreaga sumă în luna sa. Pe lună: suma în fiecare lună. Pe an: o sumă anuală, câte o douăsprezecime în fiecare lună.
# "in month [3]" (a one-time line) or "months [1] to [the horizon]"
lines-in-month = în luna
lines-months = lunile
lines-from-help = Prima lună în care se socotește (0 este lansarea)
lines-to = până la
lines-through-horizon = orizont
lines-through-horizon-help = Până la sfârșitul orizontului, oricât de lung ar fi
lines-to-name = Linia { $number } până în luna
lines-to-help = Ultima lună în care se socotește
lines-error-no-name = O linie trebuie să aibă un nume
lines-error-name-too-long = { $count ->
    [one] Numele este prea lung: { $count } caracter (maximum { $max })
    [few] Numele este prea lung: { $count } caractere (maximum { $max })
   *[other] Numele este prea lung: { $count } de caractere (maximum { $max })
}
lines-error-amount-outside = { $value } este în afara intervalului permis, între 0 și { $max }
lines-kind-gain = Câștig
lines-kind-cost = Cost
# "2,400 EUR once", "… a month", "… a year"
lines-per-once = o dată
lines-per-month = pe lună
lines-per-year = pe an

## The KPI tiles and their formulas (tooltips)

tiles-roi-caption = { $months ->
    [one] ROI la { $months } lună
    [few] ROI la { $months } luni
   *[other] ROI la { $months } de luni
}
tiles-roi-formula = ROI = (câștig total - cost total) / cost total × 100
tiles-net-gain-caption = Câștig net
tiles-net-gain-formula = { $months ->
    [one] Câștig net = câștig total - cost total pe { $months } lună
    [few] Câștig net = câștig total - cost total pe { $months } luni
   *[other] Câștig net = câștig total - cost total pe { $months } de luni
}
tiles-payback-caption = Recuperarea investiției
tiles-npv-caption = VAN
tiles-npv-formula = VAN = suma pe lunile m a (câștig - cost) / (1 + i)^m
tiles-npv-rate = i = { $monthly } % pe lună ({ $annual } % pe an)
tiles-npv-present-values = valoarea actualizată a câștigurilor { $gains } - a costurilor { $costs }
tiles-monthly-net-caption = Câștig net lunar la adopție deplină
tiles-monthly-net-formula = Câștig lunar după creșterea treptată - cost lunar CRM, în luna { $month }
tiles-monthly-net-gain = câștig = câștiguri depline × adopție × (1 - risc)
# Shown indented under tiles-monthly-net-gain
tiles-monthly-net-gain-more = + clienții păstrați în acea lună + liniile de câștig recurente = { $gain }
tiles-monthly-net-cost = cost = utilizatori × prețul licenței în anul respectiv + administrare
# Shown indented under tiles-monthly-net-cost
tiles-monthly-net-cost-more = + liniile de cost recurente (indiferent de facturare) = { $cost }
tiles-cycle-caption = Noul ciclu de vânzare
# $days: a formatted number, such as 42.5 (cu zecimale: „42,5 zile”)
tiles-days = { $days } zile
tiles-cycle-formula = Ciclu de vânzare × (1 - reducerea ciclului)
tiles-cycle-formula-values = { $days } zile × (1 - { $reduction } %)
tiles-customers-caption = { $months ->
    [one] Clienți la { $months } lună
    [few] Clienți la { $months } luni
   *[other] Clienți la { $months } de luni
}
tiles-customers-value = { $with } ({ $without } fără CRM)
tiles-customers-formula =
    Clienții lună de lună, pornind de la { $start } la lansare:
    fără CRM, baza pierde { $churn } % pe lună;
    cu CRM, o rată de pierdere mai mică cu { $reduction } % (cu creștere treptată, × adopție).
    Clienți păstrați în luna { $month }: { $kept }, în valoare de { $worth } în acea lună
    (× venit pe client × marjă × (1 - risc)).
tiles-payback-rule =
    Recuperarea investiției: prima lună de la care rezultatul net cumulat rămâne la zero sau peste,
    interpolată în cadrul acelei luni.
tiles-payback-not-reached = { $months ->
    [one] Rezultatul net cumulat este încă { $net } după { $months } lună.
    [few] Rezultatul net cumulat este încă { $net } după { $months } luni.
   *[other] Rezultatul net cumulat este încă { $net } după { $months } de luni.
}
tiles-payback-at-zero = La lansare nu există nicio sumă de recuperat: investiția este recuperată în luna 0.
# $months: a formatted number, such as 2.79 (cu zecimale: „2,79 luni”)
tiles-payback-months = { $months } luni

## The department before and after the CRM (ba)

ba-heading = Departamentul, o lună ({ $currency })
ba-heading-help = Înainte de CRM și după adopția deplină (cu adopția și riscul aplicate; clienții la sfârșitul orizontului). Variația marjei de contribuție este câștigul net lunar la adopție deplină.
ba-before = Înainte
ba-after = După
ba-change = Variație

## The monthly table's headings


## Charts shared by the calculator and presentation mode (src/app/plots.rs)

plot-month-axis = Luna
plot-tooltip-month = Luna { $month }
plot-roi-title = ROI cumulat
plot-roi-axis = ROI
plot-roi-series = ROI
# $payback: a payback already written in months, as "2.79 months"
plot-payback = Recuperare: { $payback }
plot-cost-gain-title = Cost și câștig cumulate
plot-cumulative-cost = Cost cumulat
plot-cumulative-gain = Câștig cumulat
plot-break-even = Prag de rentabilitate în luna { $month }
plot-cumulative-net = Rezultat net cumulat
plot-customers-title = Clienți
plot-customers-without = Fără CRM
plot-customers-with = Cu CRM
plot-customers-axis = Clienți
plot-gains-title = Câștig lunar pe factori
plot-costs-title = Cost lunar pe tipuri
plot-total = Total

## Compare (src/app/compare_view.rs)

compare-heading = Comparat cu scenariul de pe ecran:
compare-remove-help = Elimină din comparație
compare-add-file = Adaugă un fișier…
compare-add-preset = Adaugă un exemplu
compare-add-preset-help = Adaugă unul dintre scenariile de exemplu
compare-empty = Adăugați un fișier de scenariu sau un exemplu pentru a-l compara cu cel de pe ecran.
# Where the scenario on screen comes from (shown beside file paths)
compare-on-screen = Pe ecran
compare-warning-currencies = Aceste scenarii folosesc monede diferite: sumele nu sunt convertite, deci nu sunt clasificate.
compare-warning-horizons = Aceste scenarii sunt măsurate pe orizonturi diferite: totalurile, ROI-ul și VAN-ul acoperă perioade diferite, deci nu sunt clasificate.
compare-roi-title = ROI cumulat
compare-roi-axis = ROI
compare-cost-gain-title = Cost cumulat (linie întreruptă) și câștig
# $name: a scenario's name
compare-series-cost = { $name }: cost
compare-series-gain = { $name }: câștig
compare-kpis-title = Cifre principale
compare-horizon = Orizont
compare-horizon-months = { $months ->
    [one] { $months } lună
    [few] { $months } luni
   *[other] { $months } de luni
}
compare-row-total-cost = Cost total
compare-row-total-gain = Câștig total
compare-row-net-gain = Câștig net
compare-row-roi = ROI
compare-row-payback = Recuperarea investiției
compare-row-npv = VAN
compare-row-discounted-roi = ROI actualizat
compare-row-monthly-net = Câștig net lunar la adopție deplină
compare-not-ranked-currencies = monede diferite: fără clasament
compare-not-ranked-horizons = orizonturi diferite: fără clasament
compare-best-help = Cel mai bun din acest rând
compare-inputs-title = Intrări care diferă
compare-inputs-same = Toate intrările sunt identice.

## Sensitivity (src/app/sensitivity_view.rs)

sens-swing = Variație
sens-swing-help = Cât de mult coboară și urcă fiecare factor, în procente din valoarea sa
sens-explanation = Fiecare factor coboară și urcă separat; efectul cel mai mare asupra ROI-ului este sus.
sens-no-roi = ROI-ul nu este definit pentru acest scenariu (nu există niciun cost).
sens-base-roi = ROI la orizont: { $roi } cu intrările actuale (linia centrală)
sens-legend-down = factor −{ $swing } %
sens-legend-up = factor +{ $swing } %
sens-driver-help = { $driver }, acum { $today }:
    { $low } dă un ROI de { $roi_low }
    { $high } dă un ROI de { $roi_high }
    (VAN între { $npv_low } și { $npv_high } { $currency }). Faceți clic pentru a selecta această intrare.
# The accessible name of a driver's bar
sens-bar-name = Efectul factorului { $driver }
sens-no-effect = Fără efect asupra ROI-ului la ±{ $swing } %:
sens-no-effect-help = Un factor egal cu 0 nu se poate modifica cu o cotă din el însuși; rata de actualizare modifică VAN-ul, nu ROI-ul. Faceți clic pe unul pentru a-i selecta intrarea.
sens-no-effect-driver-help = Acum { $value }. Faceți clic pentru a selecta această intrare.
# Under the centre line of the tornado; $roi as "289.6 %"
sens-axis-today = acum { $roi }

## Risk range (src/app/risk_view.rs)

risk-runs = Simulări
risk-runs-help = Numărul de simulări Monte Carlo
risk-seed = Seed
risk-seed-help = Același seed dă același rezultat
risk-no-ranges = Dați cel puțin unui factor de mai jos un interval pentru a vedea cât de greșită ar putea fi estimarea.
risk-updating = Se actualizează…
risk-simulating = Se simulează…
risk-ranges-title = Intervale (minim / cel mai probabil / maxim)
risk-driver = Factor
risk-uncertain = Incert
risk-tile-p50-roi = { $months ->
    [one] ROI P50 la { $months } lună
    [few] ROI P50 la { $months } luni
   *[other] ROI P50 la { $months } de luni
}
risk-tile-p50-roi-formula = Jumătate dintre simulări se încheie peste acest ROI, jumătate sub el
risk-tile-roi-range = Interval ROI, P10 - P90
risk-tile-roi-range-value = între { $p10 } % și { $p90 } %
risk-tile-roi-range-formula = Opt simulări din zece se încheie între aceste valori ale ROI-ului
risk-tile-payback-chance = { $months ->
    [one] Șansa de recuperare în { $months } lună
    [few] Șansa de recuperare în { $months } luni
   *[other] Șansa de recuperare în { $months } de luni
}
risk-tile-payback-chance-formula = Cota de simulări în care rezultatul net cumulat se încheie la zero sau peste
risk-tile-negative-chance = Șansa unui ROI negativ
risk-tile-negative-chance-formula = Cota de simulări care pierd bani pe orizont
risk-tile-p50-payback = Recuperare P50
# Each value a payback already written in months, as "2.79 months"
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
# $runs: the number of runs written with grouping; $count: the same number, to choose the form
risk-runs-seed = { $count ->
    [one] { $runs } simulare, seed { $seed }
    [few] { $runs } simulări, seed { $seed }
   *[other] { $runs } de simulări, seed { $seed }
}
risk-band-title = ROI cumulat: P50 cu banda P10–P90
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
# $percentile: P90, P50 or P10
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = ROI la orizont, pe simulări
risk-histogram-axis = ROI la orizont (%)
risk-histogram-runs-axis = Simulări
risk-histogram-runs = Simulări
risk-histogram-tooltip = { $count ->
    [one] ROI între { $from } % și { $to } %: { $count } simulare
    [few] ROI între { $from } % și { $to } %: { $count } simulări
   *[other] ROI între { $from } % și { $to } %: { $count } de simulări
}

## Goal seek (src/app/goal_seek_view.rs)

goal-title = Ce ar trebui să fie adevărat?
goal-driver = Factor
goal-target = Țintă
goal-roi = ROI la orizont
goal-payback = Recuperarea investiției
# After the target's number when the target is a payback
goal-months-unit = luni
goal-roi-help = ROI-ul de atins la orizont, în procente
goal-payback-help = Recuperarea investiției de atins, în luni (în cadrul orizontului)
goal-near-today = Aproape de acum
goal-near-today-help = O țintă apropiată de cifra actuală
goal-apply = Aplică în scenariu
goal-apply-help = Setează factorul la această valoare (anulare cu Ctrl+Z)

## Plan against actual (src/app/tracking_view.rs)

tracking-plan-changed = Planul s-a modificat după ce au fost măsurate luni: acestea sunt acum comparate cu noul plan (Ctrl+Z readuce planul vechi).
tracking-plan-changed-ok = OK
tracking-cannot-compute = Acest scenariu nu poate fi calculat: motivul apare în calculator.
tracking-nothing-measured = Nimic măsurat încă. Introduceți în grila de mai jos ce a adus fiecare lună (cifrele planului apar estompat în celulele goale) sau importați un CSV dintr-o foaie de calcul ori din CRM. Exportați șablonul pentru a începe unul.
tracking-grid-heading = Luni măsurate ({ $currency })
tracking-go-live = Luna lansării
# The hint in the empty go-live field
tracking-go-live-hint = AAAA-LL
tracking-go-live-help = Luna calendaristică a lansării (luna 0), sub forma 2026-03: lunile își afișează atunci datele. Lăsați gol pentru a le numerota doar.
# $typed: what was typed, in quotes
tracking-error-go-live = Luna lansării { $typed }: scrieți anul și luna sub forma 2026-03
tracking-attribution = Atribuit CRM-ului
tracking-attribution-help = Ce parte din fiecare variație măsurată se atribuie CRM-ului. Venitul crește și datorită angajărilor, piețelor noi și produselor noi, iar clienții rămân și din alte motive: atribuiți CRM-ului doar partea sa. 100 % îi atribuie totul.
tracking-rollout-cost = Costul real al implementării
tracking-not-measured = nemăsurat
tracking-rollout-cost-help = Cât a costat efectiv implementarea la lansare (luna 0): implementare, instruire, timpul personalului. Gol: rămâne costul unic din plan.
tracking-error-rollout-cost = Costul real al implementării: { $message }
tracking-import-csv = Importă CSV…
tracking-import-csv-help = Îmbină lunile măsurate dintr-un CSV (o lună din fișier o înlocuiește pe cea existentă); Ctrl+Z anulează operația
tracking-export-template = Exportă șablonul CSV…
tracking-export-template-help = Un CSV cu coloana fiecărei măsuri și cifrele planului pe fiecare lună, gata de suprascris cu ce s-a întâmplat
tracking-error-outside = { $value } nu este între 0 și { $max }
tracking-month = Luna
# A grid cell's tooltip; $month: the month as the grid labels it, $plan: the plan's figure or –
tracking-cell-help = { $measure }, luna { $month }. Planul: { $plan }. Gol: nemăsurat.
# A grid cell's accessible name; $month: the month's number
tracking-cell-name = { $measure }, luna { $month }
tracking-error-cell = Luna { $month }, { $measure }: { $message }
tracking-help-revenue = Venitul din afaceri noi al lunii ({ $currency }). Câștigul realizat din vânzări = (venit − venitul dinainte de CRM) × marjă × partea atribuită CRM-ului.
tracking-help-deals-won = Contractele câștigate în lună: afișate lângă cele din plan; nu se socotesc în bani.
tracking-help-sales-cycle = Numărul mediu de zile de la primul contact până la semnarea contractului: afișat lângă noul ciclu din plan; nu se socotește în bani.
tracking-help-hours-saved = Ore administrative economisite săptămânal de fiecare membru al echipei: evaluate la costul orar × partea atribuită.
tracking-help-customers = Clienții plătitori la sfârșitul lunii: cei peste baza fără CRM se socotesc păstrați.
tracking-help-acquisition = Cheltuielile de marketing ale lunii ({ $currency }): ce este sub cheltuiala planificată reprezintă economia.
tracking-help-support-cost = Costul echipei de suport în lună ({ $currency }): ce este sub costul planificat reprezintă economia.
tracking-help-crm-cost = Întregul cost CRM al lunii ({ $currency }): licențe, administrare și orice altceva. Gol: rămâne costul din plan.
# The "Measured through" tile when no month is measured
tracking-through-none = niciuna încă
tracking-tile-roi = ROI până acum (plan)
tracking-tile-roi-formula = Lunile 0–{ $through }: rezultat net cumulat / cost cumulat × 100,
    realizat { $actual } față de { $plan } în plan
tracking-tile-net = Rezultat net până acum
tracking-tile-net-formula = Realizat { $actual } față de { $plan } în plan
    abatere { $variance }
tracking-tile-variance = Abatere până acum
tracking-tile-variance-formula = Rezultatul net realizat până acum − rezultatul net din plan până acum
tracking-tile-outlook-roi = { $months ->
    [one] Prognoză: ROI la { $months } lună
    [few] Prognoză: ROI la { $months } luni
   *[other] Prognoză: ROI la { $months } de luni
}
tracking-tile-outlook-roi-formula = Lunile măsurate, apoi planul pentru lunile următoare:
    rezultat net la orizont { $net }
tracking-tile-outlook-payback = Prognoză: recuperarea investiției
tracking-tile-outlook-payback-formula = Lunile măsurate, apoi planul: prima lună de la care rezultatul net cumulat rămâne la zero sau peste
tracking-tile-through = Măsurat până la
tracking-tile-through-formula = Ultima lună cu o măsurătoare; { $attribution } % din fiecare variație măsurată se atribuie CRM-ului
tracking-chart-title = Rezultat net cumulat: plan vs. realizat
tracking-plan = Plan
tracking-actual = Realizat
tracking-outlook = Prognoză
tracking-measured-month = Lună măsurată
tracking-variance = Abatere
# $through: the last measured month (0: none yet)
tracking-groups-heading = { $through ->
    [0] Câștiguri până acum pe grupe, nicio lună măsurată încă ({ $currency })
    [1] Câștiguri până acum pe grupe, luna 1 ({ $currency })
   *[other] Câștiguri până acum pe grupe, lunile 1–{ $through } ({ $currency })
}
tracking-group-sales-help = Cross-sell, ciclu mai scurt și rată de conversie împreună: venitul măsurat nu le poate separa
tracking-total = Total
tracking-kpis-title = Contracte, ciclu și clienți față de plan
tracking-kpis-none = Nu s-au măsurat încă contracte, durata ciclului sau clienți.
# $difference: signed, as +2.0 or -1.5
tracking-kpi-cell = { $actual } (plan { $plan }, { $difference })
tracking-quarters-title = Pe trimestre
tracking-later-quarters = Lunile { $first }–{ $last }: nimic măsurat încă, planul pe trimestre

## Presentation mode (src/app/presentation.rs)

present-exit = Ieși (Esc)
present-exit-help = Înapoi la calculator
present-high-contrast = Contrast ridicat
present-high-contrast-help = Alb-negru, pentru proiectoare
present-larger = A+
present-larger-help = Text mai mare (Ctrl+plus)
present-smaller = A-
present-smaller-help = Text mai mic (Ctrl+minus)
present-subtitle = { $months ->
    [one] Rentabilitatea investiției (ROI) în CRM pe { $months } lună, sume în { $currency }
    [few] Rentabilitatea investiției (ROI) în CRM pe { $months } luni, sume în { $currency }
   *[other] Rentabilitatea investiției (ROI) în CRM pe { $months } de luni, sume în { $currency }
}
present-reset = Resetează
# $value: the driver's value with its unit
present-reset-help = Înapoi la valoarea din scenariu: { $value }
# $help: what the driver means
present-what-if-help = Ce-ar fi dacă? { $help }
    Marcajul de sub glisor este valoarea din scenariu.

## Reports (src/report/): the terminal table, Markdown, HTML, analyses and tracking.

## Shared figures and words
report-horizon = Orizont
report-horizon-months = { $count ->
    [one] { $count } lună
    [few] { $count } luni
   *[other] { $count } de luni
}
report-total-cost = Cost total
report-total-gain = Câștig total
report-net-gain = Câștig net
report-roi = ROI
report-payback = Recuperarea investiției
report-npv = VAN
report-discounted-roi = ROI actualizat
report-monthly-gain-full-adoption = Câștig lunar la adopție deplină
report-monthly-net-full-adoption = Câștig net lunar la adopție deplină
report-new-sales-cycle = Noul ciclu de vânzare
report-days = { $days } zile
report-roi-at-months = { $months ->
    [one] ROI la { $months } lună
    [few] ROI la { $months } luni
   *[other] ROI la { $months } de luni
}
report-currency = Monedă
report-licences-billed = Facturarea licențelor
report-billing-monthly = lunar
report-billing-annually = anual
report-billing-annually-ahead = anual, în avans
report-gain = Câștig
report-cost = Cost
report-net = Rezultat net
report-initial = Inițial
report-note = Notă: { $note }
report-notes-heading = Note
report-figure = Indicator
report-value = Valoare

## Monthly table columns
report-col-month = Luna
report-col-cost = Cost
report-col-gain = Câștig
report-col-net = Rezultat net
report-col-cumulative-cost = Cost cumulat
report-col-cumulative-gain = Câștig cumulat
report-col-cumulative-net = Rezultat net cumulat
report-col-roi = ROI

## Extra lines
report-extra-lines = Linii suplimentare
report-lines-line = Linie
report-lines-kind = Tip
report-lines-amount = Sumă
report-lines-per = Periodicitate
report-lines-months = Luni
report-line-per-once = o dată
report-line-per-month = pe lună
report-line-per-year = pe an (o douăsprezecime în fiecare lună)
report-line-month = luna { $month }
report-line-months = lunile { $from }–{ $to }
report-lines-count = { $count ->
    [0] niciuna
    [one] { $count } linie
    [few] { $count } linii
   *[other] { $count } de linii
}

## Plausibility notes
report-notes-high-roi = Un ROI de { $roi } este mult peste ce raportează cazurile de implementare CRM (câteva sute de procente).
report-notes-high-roi-driver = Cea mai mare parte ({ $share } % din câștig) provine din { $part }, cu { $driver } = { $value }: verificați această ipoteză.
report-notes-high-roi-lines = Cea mai mare parte ({ $share } % din câștig) provine din liniile suplimentare de câștig: verificați-le.
report-notes-payback-no-cost = Investiția se recuperează imediat pentru că nu există niciun cost unic (implementare, instruire, lansare): prima lună aduce deja un câștig de { $gain }. Majoritatea implementărilor costă ceva de la început.
report-notes-fast-payback = Investiția se recuperează în prima lună: câștigul primei luni ({ $gain }) acoperă deja costul unic ({ $cost }).
report-notes-gain-above-revenue = La adopție deplină, CRM-ul ar aduce un câștig de { $gain } pe lună, mai mult decât { $revenue }, cât vinde azi întreaga echipă într-o lună: verificați creșterile estimate.
report-notes-time-saved = Timpul economisit este socotit în bani ({ $value } pe lună, { $share } % din câștig): se justifică doar dacă orele eliberate merg în vânzări sau dacă scade fondul de salarii.

## Terminal table and Markdown
report-table-title = { $name } (sume în { $currency })
report-md-amounts-in = Sume în { $currency }.
report-month-by-month = Lună de lună

## HTML report
report-html-title = { $name } – ROI CRM
report-html-meta = { $months ->
    [one] Rentabilitatea investiției (ROI) în CRM · întocmit { $date } · sume în { $currency } · orizont de { $months } lună
    [few] Rentabilitatea investiției (ROI) în CRM · întocmit { $date } · sume în { $currency } · orizont de { $months } luni
   *[other] Rentabilitatea investiției (ROI) în CRM · întocmit { $date } · sume în { $currency } · orizont de { $months } de luni
}
report-html-charts = Grafice
report-html-inputs = Intrări
report-html-footer = Calculat cu crm-roi: aritmetică zecimală exactă, rotunjită la cenți pentru afișare.
report-before-after-heading = Departamentul, o lună la adopție deplină ({ $currency })
report-before-after-before = Înainte
report-before-after-after = După
report-before-after-change = Variație

## Charts
report-chart-month-axis = Luna
report-chart-bar-title = { $series }, luna { $month }: { $value }
report-chart-break-even = Prag de rentabilitate în luna { $month }
report-chart-cost-gain = Cost și câștig cumulate ({ $currency })
report-chart-cumulative-cost = Cost cumulat
report-chart-cumulative-gain = Câștig cumulat
report-chart-payback = Recuperare în { $months } luni
report-chart-roi = ROI cumulat
report-chart-roi-series = ROI %
report-chart-gain-by-driver = Câștig lunar pe factori ({ $currency })
report-chart-cost-by-kind = Cost lunar pe tipuri ({ $currency })

## How the numbers are computed (HTML report)
report-formulas-heading = Cum se calculează cifrele
report-formulas-baseline = Venitul lunar de referință = utilizatori × contracte lunare pe membru × venit pe contract. Marja brută ({ $margin } %) este cota din venitul suplimentar socotită drept câștig.
report-formulas-gains = Câștigurile la adopție deplină, care se adună: cross-sell / upsell = venit de referință × creștere × marjă; ciclu de vânzare mai scurt = venit de referință × c/(1 − c) × marjă, deoarece același portofoliu de oportunități închide de 1/(1 − c) ori mai multe contracte când ciclul este mai scurt cu c; rată de conversie mai mare = venit de referință × creștere × marjă; timp economisit = utilizatori × ore economisite pe săptămână × 52/12 × cost orar (cost lunar / ore lucrate); achiziție mai ieftină = cheltuieli de achiziție × reducere, iar suport mai rapid = cost suport × reducere (economii, deci fără marjă).
report-formulas-adoption = Aceste câștiguri se înmulțesc cu adopția ({ $adoption } %) și cu 1 − ajustarea pentru risc ({ $risk } %) și cresc liniar pe durata perioadei de creștere treptată (luni: { $ramp }). Câștigurile încep în luna 1.
report-formulas-customers = Clienți păstrați: baza de clienți este proiectată lună de lună, scăzând fără CRM cu rata lunară de pierdere a clienților, iar cu CRM cu o rată diminuată prin reducerea ratei de pierdere (cu creștere treptată, × adopție); câștigul este diferența de clienți × venit pe client × marjă × (1 − risc), deci se cumulează.
report-formulas-costs = Costuri: implementarea, instruirea și timpul personalului pentru implementare (ore × cost orar) la lansare (luna 0); licențele și administrarea în fiecare lună după aceea. Licențele cresc cu creșterea anuală de preț la fiecare reînnoire; la facturarea anuală, un an de licență se plătește la începutul lui.
report-formulas-lines = Liniile suplimentare se socotesc așa cum au fost introduse (o dată, în fiecare lună sau o sumă anuală repartizată pe luni); liniile de câștig sunt reduse prin ajustarea pentru risc, dar nu prin adopție sau prin creșterea treptată.
report-formulas-roi = ROI = rezultat net cumulat / cost cumulat × 100. Recuperarea investiției are loc în prima lună de la care rezultatul net cumulat rămâne la zero sau peste, interpolată în cadrul lunii.
report-formulas-npv = VAN actualizează luna m cu (1 + { $rate } %)^(m/12); ROI actualizat = (valoarea actualizată a câștigurilor − valoarea actualizată a costurilor) / valoarea actualizată a costurilor. Analiza pe ani actualizează în schimb fiecare an la sfârșitul lui.

## The business case by year
report-years-heading = Analiza pe ani ({ $currency })
report-years-title = { $name }: analiza pe ani (sume în { $currency })
report-years-year = Anul { $year }
report-years-part-year = Anul { $year } (lunile { $first }–{ $last })
report-years-total = Total
report-years-present-value = Valoare actualizată
report-years-total-gains = Total câștiguri
report-years-total-costs = Total costuri
report-years-footnote = Valoare actualizată: cifrele fiecărui an împărțite la (1 + { $rate } %)^an, actualizate la sfârșitul anului, ca în analizele publicate (metoda TEI a Forrester); coloana Inițial (lansarea, luna 0) nu se actualizează. VAN pe ani { $npv }, ROI pe ani { $roi }. VAN-ul principal ({ $headline_npv }) actualizează lună de lună.

## Plan against actual
report-tracking-heading = Plan vs. realizat
report-tracking-title = { $name }: plan vs. realizat (sume în { $currency })
report-tracking-measured-through = Măsurat până la
report-tracking-none-measured = nicio lună măsurată încă
report-tracking-through-month = luna { $month }
report-tracking-attribution = Atribuire către CRM
report-tracking-roi-to-date = ROI până acum, realizat (plan)
report-tracking-net-to-date = Rezultat net până acum, realizat (plan)
report-tracking-variance-to-date = Abatere până acum
report-tracking-outlook-net = Prognoză: rezultat net la orizont
report-tracking-outlook-roi = Prognoză: ROI la orizont
report-tracking-outlook-payback = Prognoză: recuperarea investiției
report-tracking-col-measured = Măsurat
report-tracking-col-plan-gain = Câștig plan
report-tracking-col-actual-gain = Câștig realizat
report-tracking-col-plan-cost = Cost plan
report-tracking-col-actual-cost = Cost realizat
report-tracking-col-plan-cum-net = Rez. net cum. plan
report-tracking-col-actual-cum-net = Rez. net cum. realizat
report-tracking-yes = da
report-tracking-by-quarter = Pe trimestre
report-tracking-quarter = Trimestru
report-tracking-plan = Plan
report-tracking-actual = Realizat
report-tracking-variance = Abatere
report-tracking-outlook = Prognoză
report-tracking-measured-month = Lună măsurată
report-tracking-chart = Rezultat net cumulat: plan vs. realizat ({ $currency })
report-quarter-month = T{ $quarter } (luna { $month })
report-quarter-months = T{ $quarter } (lunile { $first }–{ $last })

## Calendar months, short, and a month of a year (`Mar 2026`)
report-month-jan = ian.
report-month-feb = feb.
report-month-mar = mar.
report-month-apr = apr.
report-month-may = mai
report-month-jun = iun.
report-month-jul = iul.
report-month-aug = aug.
report-month-sep = sept.
report-month-oct = oct.
report-month-nov = nov.
report-month-dec = dec.
report-short-month = { $month } { $year }

## Sensitivity
report-sensitivity-title = { $months ->
    [one] { $name }: fiecare factor variat separat cu -/+{ $swing } %; ROI la { $months } lună { $roi }, VAN { $npv }
    [few] { $name }: fiecare factor variat separat cu -/+{ $swing } %; ROI la { $months } luni { $roi }, VAN { $npv }
   *[other] { $name }: fiecare factor variat separat cu -/+{ $swing } %; ROI la { $months } de luni { $roi }, VAN { $npv }
}
report-sensitivity-driver = Factor
report-sensitivity-low-value = Valoare minimă
report-sensitivity-high-value = Valoare maximă
report-sensitivity-roi-low = ROI minim
report-sensitivity-roi-high = ROI maxim
report-sensitivity-npv-low = VAN minim ({ $currency })
report-sensitivity-npv-high = VAN maxim ({ $currency })

## Risk range
report-risk-title = { $runs ->
    [one] { $name }: { $runs } simulare, seed { $seed }
    [few] { $name }: { $runs } simulări, seed { $seed }
   *[other] { $name }: { $runs } de simulări, seed { $seed }
}
report-risk-heading = { $runs ->
    [one] Interval de risc ({ $runs } simulare, seed { $seed })
    [few] Interval de risc ({ $runs } simulări, seed { $seed })
   *[other] Interval de risc ({ $runs } de simulări, seed { $seed })
}
report-risk-payback-months = Recuperarea investiției, luni (– = nerecuperată până în luna { $horizon })
report-risk-chance-payback = { $months ->
    [one] Șansa de recuperare în { $months } lună
    [few] Șansa de recuperare în { $months } luni
   *[other] Șansa de recuperare în { $months } de luni
}
report-risk-chance-payback-value = { $months ->
    [one] Șansa de recuperare în { $months } lună: { $chance } %
    [few] Șansa de recuperare în { $months } luni: { $chance } %
   *[other] Șansa de recuperare în { $months } de luni: { $chance } %
}
report-risk-chance-negative = Șansa unui ROI negativ
report-risk-chance-negative-value = Șansa unui ROI negativ: { $chance } %
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }: minim { $low }, cel mai probabil { $likely }, maxim { $high }

## Goal seek
report-goal-target-roi = { $months ->
    [one] un ROI de { $roi } la { $months } lună
    [few] un ROI de { $roi } la { $months } luni
   *[other] un ROI de { $roi } la { $months } de luni
}
report-goal-target-payback = recuperarea investiției în { $months } luni
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = niciun ROI (nu se cheltuiește nimic)
report-goal-metric-payback = recuperare: { $payback }
report-goal-today = Acum: { $value }.
report-goal-reached = { $driver } = { $value } dă { $target }.
report-goal-reached-exactly = { $driver } = { $value } dă { $target } ({ $achieved }).
report-goal-before-month-zero = Recuperarea investiției nu poate avea loc înainte de luna 0.
report-goal-beyond-horizon = Recuperarea în { $months } luni depășește orizontul (luna { $horizon }): proiecția nu ajunge atât de departe. Prelungiți orizontul pentru a o căuta.
report-goal-jump-roi = { $target } nu poate fi atins: când { $driver } variază, ROI-ul sare peste această valoare.
report-goal-jump-payback = { $target } nu poate fi atinsă: când { $driver } variază, recuperarea investiției sare peste această valoare.
report-goal-between-whole = Nicio valoare întreagă pentru { $driver } nu dă exact { $target }: { $low } dă { $low_metric }, { $high } dă { $high_metric }.
report-goal-no-whole = Nicio valoare întreagă pentru { $driver } nu dă exact { $target }.
report-goal-out-of-range = Nicio valoare pentru { $driver } între { $min } și { $max } nu atinge { $target }: { $min } dă { $at_min }, { $max } dă { $at_max }.
report-goal-nearest = Cea mai apropiată valoare accesibilă: { $metric } la { $driver } = { $value }.

## Compare
report-compare-currencies-differ = Atenție: aceste scenarii folosesc monede diferite. Sumele nu sunt convertite; comparați-le doar după ROI și recuperarea investiției.
report-compare-horizons-differ = Notă: orizonturile diferă, deci totalurile, ROI-ul și VAN-ul acoperă perioade diferite; comparați-le cu grijă.
report-compare-inputs-differ = Intrări care diferă

## Images
report-png-cannot-make = nu se poate crea o imagine de { $width }×{ $height }
report-png-wrong-size = o imagine de { $width }×{ $height } necesită { $expected } octeți, s-au primit { $got }


## Added after the first translation pass
menu-language = Limbă
preset-defaults = Valori implicite
preset-200-percent = Cazul de 200 %
preset-vendor-quick-estimate = Estimare rapidă, stil furnizor
preset-cautious-founder = Fondator prudent
preset-large-team = Echipă mare, 3 ani
preset-subscription = Afacere pe abonament, 2 ani
preset-tracked-half-year = Șase luni după lansare
menu-export-spreadsheet-csv = Tabelul lunar pentru o foaie de calcul în această limbă…
dialog-kind-spreadsheet-csv = tabelul lunar pentru o foaie de calcul (CSV)
