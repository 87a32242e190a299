# crm-roi: English messages, the source of every other language.
app-name = crm-roi
## Typed numbers
entry-empty = type a number
entry-not-a-number = "{ $typed }" is not a number: type e.g. { $examples }
entry-too-large = "{ $typed }" is too large
# crm-roi: English messages of the model's terms (src/locale/terms.rs), the formatted figures
# (src/locale/format.rs) and the errors shown in the window (src/locale/messages.rs).

## Drivers: label and help, keyed by the driver's field name.

term-driver-seats = CRM seats (sales team members)
term-driver-seats-help = People who will use the CRM. Multiplies licences, training, baseline deals and time saved.
term-driver-rep-monthly-cost = Cost per sales team member / month
term-driver-rep-monthly-cost-help = Loaded monthly cost to the company of one team member (salary, taxes, overhead). Sets the value of an hour saved: cost / working hours.
term-driver-working-hours-per-month = Working hours per month
term-driver-working-hours-per-month-help = Paid hours of one team member per month. Hourly value = monthly cost / these hours.
term-driver-deals-per-rep-per-month = Deals won per member / month
term-driver-deals-per-rep-per-month-help = Closed-won deals per team member per month before the CRM. Baseline revenue = seats × deals × revenue per deal.
term-driver-revenue-per-deal = Revenue per deal
term-driver-revenue-per-deal-help = Average revenue of one won deal. Every revenue gain is a share of the baseline revenue it sets.
term-driver-gross-margin-pct = Gross margin
term-driver-gross-margin-pct-help = Share of extra revenue that counts as gain (revenue minus the cost of what is sold). Use 100 % to count revenue, as vendor calculators do.
term-driver-sales-cycle-days = Sales cycle
term-driver-sales-cycle-days-help = Average days from first contact to close, before the CRM. Shown shortened by the cycle reduction; the gain itself comes from the reduction.
term-driver-seat-cost-per-month = Seat cost / month
term-driver-seat-cost-per-month-help = Licence price per seat per month. Recurring cost = seats × seat cost + admin cost, every month from month 1.
term-driver-implementation-cost = Implementation (one-time)
term-driver-implementation-cost-help = Setup, data migration, integration and consulting, paid once at go-live (month 0).
term-driver-training-cost-per-seat = Training per seat (one-time)
term-driver-training-cost-per-seat-help = One-time training cost per seat, paid at go-live (month 0).
term-driver-admin-cost-per-month = Admin, add-ons, support / month
term-driver-admin-cost-per-month-help = Ongoing administration, add-ons and support per month, from month 1.
term-driver-internal-rollout-hours = Staff time for the rollout (one-time)
term-driver-internal-rollout-hours-help = Hours your own people spend on the rollout: data clean-up, workshops, time in training. Paid at go-live (month 0), valued at the team member's hourly cost (monthly cost / working hours).
term-driver-licence-increase-pct-per-year = Licence price rise per year
term-driver-licence-increase-pct-per-year-help = Seat price rise at each yearly renewal. In licence year y the seat costs seat cost × (1 + rise)^(y − 1).
term-driver-cross-sell-uplift-pct = Cross-sell / upsell uplift
term-driver-cross-sell-uplift-pct-help = More revenue per deal from a 360° view of the customer. Gain = baseline revenue × uplift × margin.
term-driver-cycle-time-reduction-pct = Sales-cycle reduction
term-driver-cycle-time-reduction-pct-help = How much shorter the sales cycle gets. The same pipeline then closes 1/(1 − c) times as many deals a month: gain = baseline revenue × c/(1 − c) × margin.
term-driver-win-rate-uplift-pct = Win-rate uplift
term-driver-win-rate-uplift-pct-help = More deals won from the same pipeline. Gain = baseline revenue × uplift × margin.
term-driver-hours-saved-per-rep-per-week = Admin time saved per member
term-driver-hours-saved-per-rep-per-week-help = Hours of data entry and reporting saved per team member per week. Gain = seats × hours × 52/12 × hourly cost.
term-driver-active-customers = Active customers at go-live
term-driver-active-customers-help = Paying customers with recurring revenue when the CRM goes live. Each month some leave (churn); the CRM keeps more of them. Customers are expected values, so fractions are fine.
term-driver-revenue-per-customer-per-month = Recurring revenue per customer / month
term-driver-revenue-per-customer-per-month-help = What one customer pays per month (subscription, maintenance, repeat orders). Each customer kept brings this × margin a month.
term-driver-monthly-churn-pct = Monthly churn without the CRM
term-driver-monthly-churn-pct-help = Share of customers lost each month before the CRM. Without the CRM the base shrinks by this share every month.
term-driver-churn-reduction-pct = Churn reduction
term-driver-churn-reduction-pct-help = How much the CRM lowers monthly churn (30 % turns 2 % churn into 1.4 %), ramped and scaled by adoption. Kept customers stay, so the gain compounds: (customers with − without the CRM) × revenue per customer × margin × (1 − risk).
term-driver-acquisition-spend-per-month = Acquisition spend / month
term-driver-acquisition-spend-per-month-help = Marketing and lead-generation spend per month to win new customers.
term-driver-acquisition-cost-reduction-pct = Acquisition cost reduction
term-driver-acquisition-cost-reduction-pct-help = The same new customers for this much less spend (better targeting, fewer lost leads). Gain = spend × reduction: a saving, so no margin.
term-driver-support-cost-per-month = Support team cost / month
term-driver-support-cost-per-month-help = Monthly cost of the support or customer-service team.
term-driver-support-time-reduction-pct = Support time reduction
term-driver-support-time-reduction-pct-help = Support work done in this much less time (the customer's history at hand, fewer hand-offs). Gain = support cost × reduction.
term-driver-ramp-months = Ramp-up
term-driver-ramp-months-help = Months until gains reach their full level; they grow linearly until then (month m gets m / ramp of the full gain). 0 = full gains from month 1.
term-driver-adoption-pct = Adoption
term-driver-adoption-pct-help = Share of seats that really use the CRM. Every gain is multiplied by it; costs are not.
term-driver-discount-rate-annual-pct = Discount rate (annual)
term-driver-discount-rate-annual-pct-help = Yearly cost of capital, used for NPV and discounted ROI: month m is divided by (1 + rate)^(m/12).
term-driver-benefit-risk-pct = Benefit risk adjustment
term-driver-benefit-risk-pct-help = Cut applied to every gain for the risk that it does not fully happen (as in Forrester's TEI method). Gains × (1 − risk).

## Units as shown after a value (money shows the currency code, not a message).

term-unit-percent = %
term-unit-seats = seats
term-unit-deals-per-month = deals/month
term-unit-hours-per-month = hours/month
term-unit-hours-per-week = hours/week
term-unit-hours = hours
term-unit-customers = customers
term-unit-days = days
term-unit-months = months

## Units with their count: $value is the count as formatted, $count chooses the plural
## (a whole count shown with decimals, 1.00, selects as a fraction).

term-unit-count-seats = { $count ->
        [one] { $value } seat
       *[other] { $value } seats
    }
term-unit-count-deals-per-month = { $count ->
        [one] { $value } deal/month
       *[other] { $value } deals/month
    }
term-unit-count-hours-per-month = { $count ->
        [one] { $value } hour/month
       *[other] { $value } hours/month
    }
term-unit-count-hours-per-week = { $count ->
        [one] { $value } hour/week
       *[other] { $value } hours/week
    }
term-unit-count-hours = { $count ->
        [one] { $value } hour
       *[other] { $value } hours
    }
term-unit-count-customers = { $count ->
        [one] { $value } customer
       *[other] { $value } customers
    }
term-unit-count-days = { $count ->
        [one] { $value } day
       *[other] { $value } days
    }
term-unit-count-months = { $count ->
        [one] { $value } month
       *[other] { $value } months
    }

## Input groups.

term-group-team = Team
term-group-sales-before = Sales before the CRM
term-group-crm-costs = CRM costs
term-group-gains = Gains from the CRM
term-group-customers = Customers (retention)
term-group-marketing = Marketing
term-group-service = Service
term-group-adoption-and-risk = Adoption and risk
term-group-finance = Finance

## Parts of the gain and kinds of cost.

term-gain-cross-sell = Cross-sell / upsell
term-gain-faster-cycle = Faster sales cycle
term-gain-win-rate = Higher win rate
term-gain-time-saved = Time saved
term-gain-customers-kept = Customers kept
term-gain-cheaper-acquisition = Cheaper acquisition
term-gain-faster-service = Faster service
term-gain-other-gains = Other gains
term-cost-licences = Licences
term-cost-admin = Administration and add-ons
term-cost-one-time = One-time (rollout)
term-cost-other-costs = Other costs

## Groups tracked after go-live.

term-tracked-sales = Sales
term-tracked-time-saved = Time saved
term-tracked-customers-kept = Customers kept
term-tracked-cheaper-acquisition = Cheaper acquisition
term-tracked-faster-service = Faster service
term-tracked-other-gains = Other gains

## Measures: column headings of the tracking grid.

term-measure-revenue = Revenue
term-measure-deals-won = Deals won
term-measure-sales-cycle-days = Cycle (days)
term-measure-hours-saved-per-rep-per-week = Hours saved/wk
term-measure-active-customers = Customers
term-measure-acquisition-spend = Acquisition
term-measure-support-cost = Support cost
term-measure-crm-cost = CRM cost
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = Deals won
term-dept-new-business-revenue = New-business revenue
term-dept-customers = Customers
term-dept-recurring-revenue = Recurring revenue
term-dept-gross-profit = Gross profit
term-dept-team-cost = Team cost
term-dept-crm-cost = CRM cost
term-dept-marketing-spend = Marketing spend
term-dept-support-cost = Support cost
term-dept-time-value-freed = Time value freed
term-dept-other-gains = Other gains
term-dept-contribution = Contribution

## Formatted figures.

format-roi-beyond-limit = beyond 10^20 %
format-roi-below-limit = below -10^20 %
format-not-available = n/a
# $months is the payback as formatted, always with 2 decimals; $count chooses the plural
# (English: always "months" with decimals, "1.00 months").
format-payback-months = { $count ->
        [one] { $months } month
       *[other] { $months } months
    }
# $count is the horizon in whole months.
format-payback-not-within = { $count ->
        [one] not within { $count } month
       *[other] not within { $count } months
    }

## Errors shown in the window. $path is the file; $reason and $message come from the system,
## the file reader or the checks and stay as they are.

error-in-file = { $path }: { $reason }
error-file-not-text = { $path }: { $at }: the file is not UTF-8 text (is it a scenario file?)
error-file-syntax = { $path }: { $at }: { $message }
error-file-newer-version = { $path }: scenario format version { $version } is newer than this build of crm-roi reads (versions { $oldest } to { $newest }); a newer crm-roi opens it
error-file-unknown-version = { $path }: scenario format version { $version } does not exist (versions are { $oldest } to { $newest })
error-file-cannot-save = { $path }: cannot save: { $reason }
error-read-io = cannot read the file: { $reason }
error-read-not-regular-file = not a regular file (a folder, a pipe or a device), so it is not read
error-read-too-large = the file is { $size } MB, larger than the { $limit } MB limit, so it is not read
error-position = line { $line }, column { $column }
error-csv-cell = { $path }: { $place }: { $reason }
error-csv-row = row { $row }
error-csv-column = column { $column }
error-csv-column-named = column { $column } ({ $name })
error-csv-row-and-column = { $row }, { $column }
error-calc-invalid = the scenario is not valid: { $errors }
error-calc-overflow = the numbers are too large to compute: { $step } overflows
error-calc-division-by-zero = division by zero in { $step }
error-calc-cancelled = cancelled
## Commands (menus and shortcuts)

command-new = New
command-open = Open…
command-save = Save
command-save-as = Save As…
command-undo = Undo
command-redo = Redo
command-present = Present
command-quit = Quit
command-new-help = Start a new scenario from the defaults
command-open-help = Open a scenario file (.ron)
command-save-help = Save the scenario to its file
command-save-as-help = Save the scenario to a new file
command-undo-help = Undo the last change of an input
command-redo-help = Redo the change just undone
command-present-help = Full-screen view for a meeting room (Esc to return)
command-quit-help = Close the window; the scenario on screen comes back next time

## The window (app)

app-view-calculator = Calculator
app-view-compare = Compare
app-view-sensitivity = Sensitivity
app-view-risk = Risk range
app-view-goal-seek = Goal seek
app-view-tracking = Plan vs actual
app-view-calculator-help = KPIs, charts and the monthly projection
app-view-compare-help = This scenario next to up to three others
app-view-sensitivity-help = Which assumption matters most: each driver moved alone
app-view-risk-help = How wrong could it be: Monte Carlo over low / likely / high ranges
app-view-goal-seek-help = What would have to be true to reach a target ROI or payback
app-view-tracking-help = After go-live: the months as they happened, against the plan
app-status-last-file-failed = The last file could not be opened: see above
app-status-last-file-gone = The last file, { $path }, is no longer there: a new scenario is open
app-status-restored = Restored the unsaved changes to "{ $name }"
app-error-recovery-delete = The recovery copy { $path } could not be deleted: { $error }
app-error-recovery-set-aside = The recovery copy { $path } could not be set aside: { $error }
app-presentation-cannot-compute = Cannot compute this scenario: leave presentation mode (Esc) to see why.
app-dismiss = Dismiss
app-cannot-compute = Cannot compute this scenario: { $error }
app-note = Note: { $note }
app-note-help = A result worth a second look; the figures stand as computed
app-years-heading = The business case by year ({ $currency })
app-monthly-table = Monthly table

## Menu bar and status bar

menu-file = File
menu-export = Export
menu-export-csv = Monthly table as CSV…
menu-export-html = Report as HTML…
menu-export-chart-png = Chart as PNG…
menu-export-window-png = Window as PNG…
# $what: what is exported, as dialog-kind-* says it ("the report (HTML)")
menu-export-help = Save { $what }
menu-edit = Edit
menu-presets = Presets
menu-view = View
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark
menu-zoom = Zoom: Ctrl+plus, Ctrl+minus, Ctrl+0
menu-present-button = Present (F5)
menu-status-not-saved-yet = Not saved yet
menu-status-unsaved = Unsaved changes
menu-status-saved = Saved
menu-status-waiting-dialog = Waiting for the file dialog…

## File dialogs and what is exported

# What is exported, as the object of "Save …" and "Export …" (menu-export-help,
# dialog-title-export, export-status-exported)
dialog-kind-csv = the monthly table (CSV)
dialog-kind-html = the report (HTML)
dialog-kind-chart-png = the chart (PNG)
dialog-kind-window-png = the window (PNG)
dialog-kind-actuals-template = the template of measured months (CSV)
dialog-filter-scenario = Scenario (RON)
dialog-title-open = Open scenario
dialog-title-add-to-compare = Add a scenario to compare
dialog-title-import-actuals = Import measured months (CSV)
dialog-title-save-as = Save scenario as
dialog-title-export = Export { $what }

## Exports

export-error-chart = Cannot export the chart: { $error }
export-status-exported = Exported { $what } to { $path }
export-status-image = Exported the image to { $path }
export-error-image = Cannot export the image: { $error }

## Opening and saving files

files-confirm-before-new = "{ $name }" has changes that are not saved. Save them before starting a new scenario?
files-confirm-before-open = "{ $name }" has changes that are not saved. Save them before opening another scenario?
files-confirm-before-close = "{ $name }" has changes that are not saved. Save them before closing?
files-status-opened = Opened { $path }
files-status-saved = Saved to { $path }
files-status-imported = { $count ->
    [one] Imported { $count } measured month from { $path }
   *[other] Imported { $count } measured months from { $path }
}
files-status-opened-preset = Opened the preset "{ $title }"
files-status-new = New scenario
files-gone-heading = The file is no longer there
files-gone-text = "{ $name }" is no longer at { $path } (moved, renamed or deleted). Save it there again, or somewhere else?
files-gone-save-again = Save there again
files-changed-heading = The file changed on disk
files-changed-text = "{ $name }" ({ $path }) was changed by another program or window since it was opened here. Saving now replaces those changes with this scenario.
files-changed-overwrite = Overwrite
files-save = Save
files-save-as = Save As…
files-cancel = Cancel
files-confirm-heading = Unsaved changes
files-discard = Discard
files-discard-help = Throw the changes away; the file stays as it was saved

## Settings and recovery of unsaved work

session-settings-not-utf8 = it is not UTF-8 text
session-settings-set-aside = The last session could not be restored: its settings file was damaged ({ $problem }). It is kept as { $path }; the window starts with fresh settings. No scenario file was touched.
session-settings-not-set-aside = The last session could not be restored: { $path } is damaged ({ $problem }) and could not be set aside ({ $error }).
session-no-recovery = Unsaved changes cannot be kept for recovery after a crash ({ $error }); save often.
session-error-write = The recovery copy could not be written: { $error }
session-found-heading = Unsaved changes were found
# $time: "14:32" today, else "26 Nov 14:32"
session-restore-question = Restore the unsaved changes to "{ $name }" from { $time }?
session-found-text = crm-roi ended without saving them (it crashed or was stopped). They were kept in a recovery copy.
session-file = File: { $path }
session-never-saved = Never saved to a file
session-saved-after = The file was saved after this copy was made (at { $time }); restoring brings back the older, unsaved changes.
session-changed = Changed:
session-restore = Restore
session-restore-help = Open the scenario as it was, with its changes unsaved
session-discard = Discard
session-discard-help = Delete the recovery copy; the file stays as it was saved
session-unreadable-heading = A recovery copy could not be read
session-unreadable-text = { $path } could not be read ({ $reason }). It will be kept beside it, renamed to end in .unreadable, and not offered again.
session-ok = OK
session-change-name = Name: was "{ $before }", now "{ $after }"
session-change-input = { $input }: was { $before }, now { $after }
session-change-notes = Notes
session-change-ranges = Risk ranges
session-change-actuals = Measured months (plan against actual)
session-change-more = and { $count } more
session-unknown-time = an unknown time
session-day-and-time = { $day } { $month } { $time }

## The scenario's name, currency, horizon and notes (header)

header-name = Name
header-name-help = The scenario's name, shown in the title and on reports
header-currency = Currency
header-currency-help = Currency of every amount (for display; nothing is converted)
header-horizon = Horizon
header-horizon-measured = Month { $month } is measured (Plan vs actual): the horizon cannot end before it
# After the horizon's number: "12 months"
header-horizon-unit = { $count ->
    [one] month
   *[other] months
}
# $note: header-horizon-measured
header-horizon-help-measured = How many months after go-live the ROI is measured: { $shortest } to 60. { $note }.
header-horizon-help = How many months after go-live the ROI is measured: 1 to 60. Drag, type, or pick a common horizon on the right.
header-horizon-pick = { $count ->
    [one] Measure over { $count } month
   *[other] Measure over { $count } months
}
header-notes = Notes
header-notes-hint = Assumptions, sources, who said what…
header-notes-help = Free notes saved with the scenario; not used in the calculation

## The inputs panel

inputs-key-drivers = Key drivers
inputs-key-drivers-note = What vendor ROI calculators ask for
# After an input group's title, when all its inputs are zero
inputs-not-used = not used
inputs-extra-lines = Extra lines
inputs-extra-lines-count = Extra lines ({ $count })
# Under a driver's help, in its tooltip; $range: inputs-range-text, $unit: the driver's unit
inputs-allowed = Allowed: { $range } { $unit }.
inputs-range-toggle-name = Risk range of { $driver }
inputs-range-toggle-help = Give this driver a risk range (low / most likely / high)
inputs-range = Range
inputs-hint-customers = For a recurring customer base: how many customers, what each pays a month, how many leave, and how much the CRM cuts that churn.
inputs-hint-marketing = Marketing spend, and how much cheaper the CRM makes each new customer.
inputs-hint-service = The support team's cost, and how much of its time the CRM saves.
inputs-billing = Licences billed
inputs-billing-monthly = Monthly
inputs-billing-annual = Annually, a year ahead
inputs-billing-help = Monthly: seats × seat price every month from month 1. Annually: 12 months of licences paid at the start of each licence year (months 1, 13, 25, …), even when the horizon ends inside that year. The same licences either way over whole years; annual billing moves the cost earlier, which shows in payback and NPV.
inputs-error-outside = { $value } is outside the allowed range { $range }
inputs-range-text = { $min } to { $max }
inputs-read-as = Read “{ $typed }” as { $value }.

## Risk ranges (low / most likely / high) of a driver

ranges-low = Low
ranges-most-likely = Most likely
ranges-high = High
ranges-low-help = Low value of { $driver }
ranges-most-likely-help = Most likely value of { $driver }
ranges-high-help = High value of { $driver }
# The messages about a driver's range start with its name (the inputs panel finds them so)
ranges-error-order = { $driver }: low must not be above most likely, nor most likely above high
ranges-error-allowed = { $whole ->
    [yes] { $driver }: allowed { $min } to { $max } (whole number)
   *[no] { $driver }: allowed { $min } to { $max }
}
ranges-error-entry = { $driver }: { $error }

## The extra lines editor

lines-intro = Gains or costs the drivers do not cover: an old system you stop paying for, an integration partner, a yearly data fee.
lines-add = Add a line
lines-add-help = A cost every month from month 1; change its name, kind, amount and months
lines-add-full = A scenario holds at most { $max } lines
# The name a new line gets
lines-new-name = Line { $number }
# The names screen readers give a line's fields and buttons
lines-name-name = Line { $number } name
lines-kind-name = Line { $number } kind
lines-kind-help = A gain (cut by the risk adjustment) or a cost
lines-up = Up
lines-up-name = Move line { $number } up
lines-up-help = Move up
lines-down = Down
lines-down-name = Move line { $number } down
lines-down-help = Move down
lines-remove = Remove
lines-remove-name = Remove line { $number }
lines-remove-help = Remove this line (Ctrl+Z brings it back)
lines-amount-name = Line { $number } amount
lines-per-name = Line { $number } per
lines-per-help = Once: the whole amount in its month. A month: the amount every month. A year: an annual amount, a twelfth every month.
# "in month [3]" (a one-time line) or "months [1] to [the horizon]"
lines-in-month = in month
lines-months = months
lines-from-help = The first month it counts in (0 is go-live)
lines-to = to
lines-through-horizon = the horizon
lines-through-horizon-help = Until the end of the horizon, however long it is
lines-to-name = Line { $number } to month
lines-to-help = The last month it counts in
lines-error-no-name = A line needs a name
lines-error-name-too-long = A name has at most { $max } characters (this one has { $count })
lines-error-amount-outside = { $value } is outside the allowed range 0 to { $max }
lines-kind-gain = Gain
lines-kind-cost = Cost
# "2,400 EUR once", "… a month", "… a year"
lines-per-once = once
lines-per-month = a month
lines-per-year = a year

## The KPI tiles and their formulas (tooltips)

tiles-roi-caption = { $months ->
    [one] ROI at { $months } month
   *[other] ROI at { $months } months
}
tiles-roi-formula = ROI = (total gain - total cost) / total cost × 100
tiles-net-gain-caption = Net gain
tiles-net-gain-formula = { $months ->
    [one] Net gain = total gain - total cost over { $months } month
   *[other] Net gain = total gain - total cost over { $months } months
}
tiles-payback-caption = Payback
tiles-npv-caption = NPV
tiles-npv-formula = NPV = sum over months m of (gain - cost) / (1 + i)^m
tiles-npv-rate = i = { $monthly } % a month ({ $annual } % a year)
tiles-npv-present-values = present value of gains { $gains } - of costs { $costs }
tiles-monthly-net-caption = Monthly net at full adoption
tiles-monthly-net-formula = Monthly gain once ramped up - monthly CRM cost, in month { $month }
tiles-monthly-net-gain = gain = full gains × adoption × (1 - risk)
# Shown indented under tiles-monthly-net-gain
tiles-monthly-net-gain-more = + customers kept that month + recurring gain lines = { $gain }
tiles-monthly-net-cost = cost = seats × seat price of the year + admin
# Shown indented under tiles-monthly-net-cost
tiles-monthly-net-cost-more = + recurring cost lines (whatever the billing) = { $cost }
tiles-cycle-caption = New sales cycle
# $days: a formatted number, such as 42.5
tiles-days = { $days } days
tiles-cycle-formula = Sales cycle × (1 - cycle reduction)
tiles-cycle-formula-values = { $days } days × (1 - { $reduction } %)
tiles-customers-caption = { $months ->
    [one] Customers at { $months } month
   *[other] Customers at { $months } months
}
tiles-customers-value = { $with } ({ $without } without CRM)
tiles-customers-formula =
    Customers month by month, from { $start } at go-live:
    without the CRM the base loses { $churn } % a month;
    with it, a churn lower by { $reduction } % (ramped, × adoption).
    Kept at month { $month }: { $kept } customers, worth { $worth } that month
    (× revenue per customer × margin × (1 - risk)).
tiles-payback-rule =
    Payback: the first month from which the cumulative net stays at or above zero,
    interpolated inside that month.
tiles-payback-not-reached = { $months ->
    [one] The cumulative net is still { $net } after { $months } month.
   *[other] The cumulative net is still { $net } after { $months } months.
}
tiles-payback-at-zero = Nothing is owed at go-live: paid back at month 0.
# $months: a formatted number, such as 2.79
tiles-payback-months = { $months } months

## The department before and after the CRM (ba)

ba-heading = The department, one month ({ $currency })
ba-heading-help = Before the CRM, and once it is fully adopted (adoption and risk applied; customers as at the horizon). The change in contribution is the monthly net at full adoption.
ba-before = Before
ba-after = After
ba-change = Change

## The monthly table's headings


## Charts shared by the calculator and presentation mode (src/app/plots.rs)

plot-month-axis = Month
plot-tooltip-month = Month { $month }
plot-roi-title = Cumulative ROI
plot-roi-axis = ROI
plot-roi-series = ROI
# $payback: a payback already written in months, as "2.79 months"
plot-payback = Payback { $payback }
plot-cost-gain-title = Cumulative cost and gain
plot-cumulative-cost = Cumulative cost
plot-cumulative-gain = Cumulative gain
plot-break-even = Break-even at month { $month }
plot-cumulative-net = Cumulative net
plot-customers-title = Customers
plot-customers-without = Without the CRM
plot-customers-with = With the CRM
plot-customers-axis = Customers
plot-gains-title = Monthly gain by driver
plot-costs-title = Monthly cost by kind
plot-total = Total

## Compare (src/app/compare_view.rs)

compare-heading = Compared with the scenario on screen:
compare-remove-help = Remove from the comparison
compare-add-file = Add a file…
compare-add-preset = Add a preset
compare-add-preset-help = Add one of the example scenarios
compare-empty = Add a scenario file or a preset to compare it with the one on screen.
# Where the scenario on screen comes from (shown beside file paths)
compare-on-screen = On screen
compare-warning-currencies = These scenarios use different currencies: amounts are not converted, so they are not ranked.
compare-warning-horizons = These scenarios are measured over different horizons: totals, ROI and NPV cover different periods, so they are not ranked.
compare-roi-title = Cumulative ROI
compare-roi-axis = ROI
compare-cost-gain-title = Cumulative cost (dashed) and gain
# $name: a scenario's name
compare-series-cost = { $name } cost
compare-series-gain = { $name } gain
compare-kpis-title = Headline figures
compare-horizon = Horizon
compare-horizon-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
compare-row-total-cost = Total cost
compare-row-total-gain = Total gain
compare-row-net-gain = Net gain
compare-row-roi = ROI
compare-row-payback = Payback
compare-row-npv = NPV
compare-row-discounted-roi = Discounted ROI
compare-row-monthly-net = Monthly net at full adoption
compare-not-ranked-currencies = different currencies: not ranked
compare-not-ranked-horizons = different horizons: not ranked
compare-best-help = Best of this row
compare-inputs-title = Inputs that differ
compare-inputs-same = Every input is the same.

## Sensitivity (src/app/sensitivity_view.rs)

sens-swing = Swing
sens-swing-help = How far each driver moves down and up, in percent of its value
sens-explanation = Each driver alone moves down and up; widest effect on ROI on top.
sens-no-roi = ROI is not defined for this scenario (no cost at all).
sens-base-roi = ROI at the horizon: { $roi } with today's inputs (the centre line)
sens-legend-down = driver −{ $swing } %
sens-legend-up = driver +{ $swing } %
sens-driver-help = { $driver }, today { $today }:
    { $low } gives ROI { $roi_low }
    { $high } gives ROI { $roi_high }
    (NPV { $npv_low } to { $npv_high } { $currency }). Click to select this input.
# The accessible name of a driver's bar
sens-bar-name = { $driver } effect
sens-no-effect = No effect on the ROI at ±{ $swing } %:
sens-no-effect-help = A driver at 0 cannot move by a share of itself; the discount rate changes the NPV, not the ROI. Click one to select its input.
sens-no-effect-driver-help = Today { $value }. Click to select this input.
# Under the centre line of the tornado; $roi as "289.6 %"
sens-axis-today = today { $roi }

## Risk range (src/app/risk_view.rs)

risk-runs = Runs
risk-runs-help = Number of Monte Carlo runs
risk-seed = Seed
risk-seed-help = The same seed gives the same result
risk-no-ranges = Give at least one driver a range below to see how wrong the estimate could be.
risk-updating = Updating…
risk-simulating = Simulating…
risk-ranges-title = Ranges (low / most likely / high)
risk-driver = Driver
risk-uncertain = Uncertain
risk-tile-p50-roi = { $months ->
    [one] P50 ROI at { $months } month
   *[other] P50 ROI at { $months } months
}
risk-tile-p50-roi-formula = Half the runs end above this ROI, half below
risk-tile-roi-range = ROI range, P10 to P90
risk-tile-roi-range-value = { $p10 } to { $p90 } %
risk-tile-roi-range-formula = Eight runs in ten end between these ROIs
risk-tile-payback-chance = { $months ->
    [one] Chance of paying back in { $months } month
   *[other] Chance of paying back in { $months } months
}
risk-tile-payback-chance-formula = Share of runs whose cumulative net ends at or above zero
risk-tile-negative-chance = Chance of a negative ROI
risk-tile-negative-chance-formula = Share of runs that lose money over the horizon
risk-tile-p50-payback = P50 payback
# Each value a payback already written in months, as "2.79 months"
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
# $runs: the number of runs written with grouping; $count: the same number, to choose the form
risk-runs-seed = { $count ->
    [one] { $runs } run, seed { $seed }
   *[other] { $runs } runs, seed { $seed }
}
risk-band-title = Cumulative ROI: P50 with the P10–P90 band
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
# $percentile: P90, P50 or P10
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = ROI at the horizon across runs
risk-histogram-axis = ROI at the horizon (%)
risk-histogram-runs-axis = Runs
risk-histogram-runs = Runs
risk-histogram-tooltip = { $count ->
    [one] ROI from { $from } % to { $to } %: { $count } run
   *[other] ROI from { $from } % to { $to } %: { $count } runs
}

## Goal seek (src/app/goal_seek_view.rs)

goal-title = What would have to be true?
goal-driver = Driver
goal-target = Target
goal-roi = ROI at the horizon
goal-payback = Payback
# After the target's number when the target is a payback
goal-months-unit = months
goal-roi-help = The ROI at the horizon to reach, in percent
goal-payback-help = The payback to reach, in months (within the horizon)
goal-near-today = Near today
goal-near-today-help = A target close to today's figure
goal-apply = Apply to the scenario
goal-apply-help = Set the driver to this value (undo with Ctrl+Z)

## Plan against actual (src/app/tracking_view.rs)

tracking-plan-changed = The plan changed after months were measured: they are now compared with the new plan (Ctrl+Z brings the old one back).
tracking-plan-changed-ok = OK
tracking-cannot-compute = Cannot compute this scenario: see the calculator for why.
tracking-nothing-measured = Nothing measured yet. Type what each month brought in the grid below (the plan's figures are shown faintly in the empty cells), or import a CSV from a spreadsheet or your CRM. Export the template to start one.
tracking-grid-heading = Measured months ({ $currency })
tracking-go-live = Go-live month
# The hint in the empty go-live field
tracking-go-live-hint = YYYY-MM
tracking-go-live-help = The calendar month of go-live (month 0), as 2026-03: the months then show their dates. Leave empty to number them only.
# $typed: what was typed, in quotes
tracking-error-go-live = Go-live month { $typed }: write the year and month as 2026-03
tracking-attribution = Credited to the CRM
tracking-attribution-help = How much of each measured change the CRM is credited with. Revenue also grows from hiring, new markets and new products, and customers stay for other reasons too: credit the CRM with its share only. 100 % credits it with all of it.
tracking-rollout-cost = Rollout's real cost
tracking-not-measured = not measured
tracking-rollout-cost-help = What the rollout really cost at go-live (month 0): implementation, training, staff time. Empty: the plan's one-time cost stands.
tracking-error-rollout-cost = Rollout's real cost: { $message }
tracking-import-csv = Import CSV…
tracking-import-csv-help = Merge measured months from a CSV (a month in the file replaces that month); Ctrl+Z undoes it
tracking-export-template = Export template CSV…
tracking-export-template-help = A CSV with every measure's column and the plan's figures per month, ready to overwrite with what happened
tracking-error-outside = { $value } is outside 0 to { $max }
tracking-month = Month
# A grid cell's tooltip; $month: the month as the grid labels it, $plan: the plan's figure or –
tracking-cell-help = { $measure }, month { $month }. The plan: { $plan }. Empty: not measured.
# A grid cell's accessible name; $month: the month's number
tracking-cell-name = { $measure }, month { $month }
tracking-error-cell = Month { $month }, { $measure }: { $message }
tracking-help-revenue = New-business revenue of the month ({ $currency }). Realized sales gain = (revenue − revenue before the CRM) × margin × the share credited to the CRM.
tracking-help-deals-won = Deals won in the month: shown beside the plan's; not counted as money.
tracking-help-sales-cycle = Average days from first contact to close: shown beside the plan's new cycle; not counted as money.
tracking-help-hours-saved = Admin hours saved per team member per week: valued at the hourly cost × the share credited.
tracking-help-customers = Paying customers at the end of the month: those above the base without the CRM count as kept.
tracking-help-acquisition = Marketing spend of the month ({ $currency }): below the planned spend is the saving.
tracking-help-support-cost = Support team cost of the month ({ $currency }): below the planned cost is the saving.
tracking-help-crm-cost = All the CRM cost of the month ({ $currency }): licences, admin and anything else. Empty: the plan's cost stands.
# The "Measured through" tile when no month is measured
tracking-through-none = none yet
tracking-tile-roi = ROI to date (plan)
tracking-tile-roi-formula = Months 0 to { $through }: cumulative net / cumulative cost × 100,
    actual { $actual } against the plan's { $plan }
tracking-tile-net = Net to date
tracking-tile-net-formula = Actual { $actual } against the plan's { $plan }
    variance { $variance }
tracking-tile-variance = Variance to date
tracking-tile-variance-formula = Actual net to date − the plan's net to date
tracking-tile-outlook-roi = { $months ->
    [one] Outlook: ROI at { $months } month
   *[other] Outlook: ROI at { $months } months
}
tracking-tile-outlook-roi-formula = The measured months, then the plan for the months after:
    net at the horizon { $net }
tracking-tile-outlook-payback = Outlook: payback
tracking-tile-outlook-payback-formula = The measured months, then the plan: the first month from which the cumulative net stays at or above zero
tracking-tile-through = Measured through
tracking-tile-through-formula = The last month with a measure; { $attribution } % of each measured change is credited to the CRM
tracking-chart-title = Cumulative net: plan against actual
tracking-plan = Plan
tracking-actual = Actual
tracking-outlook = Outlook
tracking-measured-month = Measured month
tracking-variance = Variance
# $through: the last measured month (0: none yet)
tracking-groups-heading = { $through ->
    [0] Gains to date by group, no month measured yet ({ $currency })
    [1] Gains to date by group, month 1 ({ $currency })
   *[other] Gains to date by group, months 1–{ $through } ({ $currency })
}
tracking-group-sales-help = Cross-sell, faster cycle and win rate together: measured revenue cannot tell them apart
tracking-total = Total
tracking-kpis-title = Deals, cycle and customers against the plan
tracking-kpis-none = No deals, cycle length or customers measured yet.
# $difference: signed, as +2.0 or -1.5
tracking-kpi-cell = { $actual } (plan { $plan }, { $difference })
tracking-quarters-title = By quarter
tracking-later-quarters = Months { $first }–{ $last }: nothing measured yet, the plan by quarter

## Presentation mode (src/app/presentation.rs)

present-exit = Exit (Esc)
present-exit-help = Back to the calculator
present-high-contrast = High contrast
present-high-contrast-help = Black and white, for projectors
present-larger = A+
present-larger-help = Larger text (Ctrl+plus)
present-smaller = A-
present-smaller-help = Smaller text (Ctrl+minus)
present-subtitle = { $months ->
    [one] Return on the CRM over { $months } month, amounts in { $currency }
   *[other] Return on the CRM over { $months } months, amounts in { $currency }
}
present-reset = Reset
# $value: the driver's value with its unit
present-reset-help = Back to the scenario's { $value }
# $help: what the driver means
present-what-if-help = What if? { $help }
    The mark under the slider is the scenario's value.

## Reports (src/report/): the terminal table, Markdown, HTML, analyses and tracking.

## Shared figures and words
report-horizon = Horizon
report-horizon-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
report-total-cost = Total cost
report-total-gain = Total gain
report-net-gain = Net gain
report-roi = ROI
report-payback = Payback
report-npv = NPV
report-discounted-roi = Discounted ROI
report-monthly-gain-full-adoption = Monthly gain at full adoption
report-monthly-net-full-adoption = Monthly net at full adoption
report-new-sales-cycle = New sales cycle
report-days = { $days } days
report-roi-at-months = { $months ->
    [one] ROI at { $months } month
   *[other] ROI at { $months } months
}
report-currency = Currency
report-licences-billed = Licences billed
report-billing-monthly = monthly
report-billing-annually = annually
report-billing-annually-ahead = annually, a year ahead
report-gain = Gain
report-cost = Cost
report-net = Net
report-initial = Initial
report-note = Note: { $note }
report-notes-heading = Notes
report-figure = Figure
report-value = Value

## Monthly table columns
report-col-month = Month
report-col-cost = Cost
report-col-gain = Gain
report-col-net = Net
report-col-cumulative-cost = Cumulative cost
report-col-cumulative-gain = Cumulative gain
report-col-cumulative-net = Cumulative net
report-col-roi = ROI

## Extra lines
report-extra-lines = Extra lines
report-lines-line = Line
report-lines-kind = Kind
report-lines-amount = Amount
report-lines-per = Per
report-lines-months = Months
report-line-per-once = once
report-line-per-month = a month
report-line-per-year = a year (a twelfth each month)
report-line-month = month { $month }
report-line-months = months { $from }–{ $to }
report-lines-count = { $count ->
    [0] none
    [one] { $count } line
   *[other] { $count } lines
}

## Plausibility notes
report-notes-high-roi = An ROI of { $roi } is far above what CRM cases report (a few hundred percent).
report-notes-high-roi-driver = Most of it ({ $share } % of the gain) is { $part }, from { $driver } = { $value }: check that assumption.
report-notes-high-roi-lines = Most of it ({ $share } % of the gain) comes from the extra gain lines: check them.
report-notes-payback-no-cost = Payback is immediate because there is no one-time cost (implementation, training, rollout): the first month already gains { $gain }. Most rollouts cost something up front.
report-notes-fast-payback = Payback within the first month: the first month's gain ({ $gain }) already covers the one-time cost ({ $cost }).
report-notes-gain-above-revenue = At full adoption the CRM would gain { $gain } a month, more than the { $revenue } the whole team sells in a month today: check the uplifts.
report-notes-time-saved = Time saved is counted as money ({ $value } a month, { $share } % of the gain): it pays only if the freed hours go into selling or the payroll shrinks.

## Terminal table and Markdown
report-table-title = { $name } (amounts in { $currency })
report-md-amounts-in = Amounts in { $currency }.
report-month-by-month = Month by month

## HTML report
report-html-title = { $name } – CRM ROI
report-html-meta = { $months ->
    [one] CRM return on investment · prepared { $date } · amounts in { $currency } · horizon { $months } month
   *[other] CRM return on investment · prepared { $date } · amounts in { $currency } · horizon { $months } months
}
report-html-charts = Charts
report-html-inputs = Inputs
report-html-footer = Computed with crm-roi: exact decimal arithmetic, rounded to cents for display.
report-before-after-heading = The department, one month at full adoption ({ $currency })
report-before-after-before = Before
report-before-after-after = After
report-before-after-change = Change

## Charts
report-chart-month-axis = Month
report-chart-bar-title = { $series }, month { $month }: { $value }
report-chart-break-even = Break-even at month { $month }
report-chart-cost-gain = Cumulative cost and gain ({ $currency })
report-chart-cumulative-cost = Cumulative cost
report-chart-cumulative-gain = Cumulative gain
report-chart-payback = Payback { $months } months
report-chart-roi = Cumulative ROI
report-chart-roi-series = ROI %
report-chart-gain-by-driver = Monthly gain by driver ({ $currency })
report-chart-cost-by-kind = Monthly cost by kind ({ $currency })

## How the numbers are computed (HTML report)
report-formulas-heading = How the numbers are computed
report-formulas-baseline = Baseline monthly revenue = seats × deals per member per month × revenue per deal. The gross margin ({ $margin } %) is the share of extra revenue counted as gain.
report-formulas-gains = Gains at full adoption, which add up: cross-sell / upsell = baseline revenue × uplift × margin; faster sales cycle = baseline revenue × c/(1 − c) × margin, since the same pipeline closes 1/(1 − c) times as many deals when the cycle is shorter by c; higher win rate = baseline revenue × uplift × margin; time saved = seats × hours saved per week × 52/12 × hourly cost (monthly cost / working hours); cheaper acquisition = acquisition spend × reduction and faster service = support cost × reduction (savings, so no margin).
report-formulas-adoption = These gains are multiplied by adoption ({ $adoption } %) and by 1 − risk adjustment ({ $risk } %), and grow linearly over the { $ramp }-month ramp-up. Gains start in month 1.
report-formulas-customers = Customers kept: the customer base is projected month by month, losing the monthly churn without the CRM and a churn lower by the churn reduction (ramped, × adoption) with it; the gain is the difference in customers × revenue per customer × margin × (1 − risk), so it compounds.
report-formulas-costs = Costs: implementation, training and the rollout's staff time (hours × hourly cost) at go-live (month 0); licences and administration every month after. Licences rise by the yearly price rise at each renewal; billed annually, a licence year is paid at its start.
report-formulas-lines = Extra lines count as entered (once, every month, or a yearly amount spread over the months); gain lines are cut by the risk adjustment but not by adoption or the ramp-up.
report-formulas-roi = ROI = cumulative net / cumulative cost × 100. Payback is the first month from which the cumulative net stays at or above zero, interpolated within the month.
report-formulas-npv = NPV discounts month m by (1 + { $rate } %)^(m/12); discounted ROI = (present value of gains − present value of costs) / present value of costs. The business case by year discounts each year at its end instead.

## The business case by year
report-years-heading = The business case by year ({ $currency })
report-years-title = { $name }: the business case by year (amounts in { $currency })
report-years-year = Year { $year }
report-years-part-year = Year { $year } (months { $first }–{ $last })
report-years-total = Total
report-years-present-value = Present value
report-years-total-gains = Total gains
report-years-total-costs = Total costs
report-years-footnote = Present value: each year's figures divided by (1 + { $rate } %)^year, discounted at the end of the year as published business cases (the Forrester TEI method) do; Initial (go-live, month 0) is not discounted. NPV by years { $npv }, ROI by years { $roi }. The headline NPV ({ $headline_npv }) discounts month by month.

## Plan against actual
report-tracking-heading = Plan against actual
report-tracking-title = { $name }: plan against actual (amounts in { $currency })
report-tracking-measured-through = Measured through
report-tracking-none-measured = no month measured yet
report-tracking-through-month = month { $month }
report-tracking-attribution = Attribution to the CRM
report-tracking-roi-to-date = ROI to date, actual (plan)
report-tracking-net-to-date = Net to date, actual (plan)
report-tracking-variance-to-date = Variance to date
report-tracking-outlook-net = Outlook: net at the horizon
report-tracking-outlook-roi = Outlook: ROI at the horizon
report-tracking-outlook-payback = Outlook: payback
report-tracking-col-measured = Measured
report-tracking-col-plan-gain = Plan gain
report-tracking-col-actual-gain = Actual gain
report-tracking-col-plan-cost = Plan cost
report-tracking-col-actual-cost = Actual cost
report-tracking-col-plan-cum-net = Plan cum. net
report-tracking-col-actual-cum-net = Actual cum. net
report-tracking-yes = yes
report-tracking-by-quarter = By quarter
report-tracking-quarter = Quarter
report-tracking-plan = Plan
report-tracking-actual = Actual
report-tracking-variance = Variance
report-tracking-outlook = Outlook
report-tracking-measured-month = Measured month
report-tracking-chart = Cumulative net: plan against actual ({ $currency })
report-quarter-month = Q{ $quarter } (month { $month })
report-quarter-months = Q{ $quarter } (months { $first }–{ $last })

## Calendar months, short, and a month of a year (`Mar 2026`)
report-month-jan = Jan
report-month-feb = Feb
report-month-mar = Mar
report-month-apr = Apr
report-month-may = May
report-month-jun = Jun
report-month-jul = Jul
report-month-aug = Aug
report-month-sep = Sep
report-month-oct = Oct
report-month-nov = Nov
report-month-dec = Dec
report-short-month = { $month } { $year }

## Sensitivity
report-sensitivity-title = { $months ->
    [one] { $name }: each driver alone moved by -/+{ $swing } %; ROI at { $months } month { $roi }, NPV { $npv }
   *[other] { $name }: each driver alone moved by -/+{ $swing } %; ROI at { $months } months { $roi }, NPV { $npv }
}
report-sensitivity-driver = Driver
report-sensitivity-low-value = Low value
report-sensitivity-high-value = High value
report-sensitivity-roi-low = ROI low
report-sensitivity-roi-high = ROI high
report-sensitivity-npv-low = NPV low ({ $currency })
report-sensitivity-npv-high = NPV high ({ $currency })

## Risk range
report-risk-title = { $runs ->
    [one] { $name }: { $runs } run, seed { $seed }
   *[other] { $name }: { $runs } runs, seed { $seed }
}
report-risk-heading = { $runs ->
    [one] Risk range ({ $runs } run, seed { $seed })
   *[other] Risk range ({ $runs } runs, seed { $seed })
}
report-risk-payback-months = Payback, months (– = not within { $horizon })
report-risk-chance-payback = { $months ->
    [one] Chance of paying back within { $months } month
   *[other] Chance of paying back within { $months } months
}
report-risk-chance-payback-value = { $months ->
    [one] Chance of paying back within { $months } month: { $chance } %
   *[other] Chance of paying back within { $months } months: { $chance } %
}
report-risk-chance-negative = Chance of a negative ROI
report-risk-chance-negative-value = Chance of a negative ROI: { $chance } %
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }: low { $low }, most likely { $likely }, high { $high }

## Goal seek
report-goal-target-roi = { $months ->
    [one] an ROI of { $roi } at { $months } month
   *[other] an ROI of { $roi } at { $months } months
}
report-goal-target-payback = payback in { $months } months
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = no ROI (nothing is spent)
report-goal-metric-payback = payback { $payback }
report-goal-today = Today: { $value }.
report-goal-reached = { $driver } = { $value } gives { $target }.
report-goal-reached-exactly = { $driver } = { $value } gives { $target } ({ $achieved }).
report-goal-before-month-zero = A payback cannot be earlier than month 0.
report-goal-beyond-horizon = Payback in { $months } months is beyond the { $horizon }-month horizon: the projection does not reach that far. Lengthen the horizon to look for it.
report-goal-jump-roi = { $target } is not reachable: as { $driver } changes, the ROI jumps over it.
report-goal-jump-payback = { $target } is not reachable: as { $driver } changes, the payback jumps over it.
report-goal-between-whole = No whole value of { $driver } gives exactly { $target }: { $low } gives { $low_metric }, { $high } gives { $high_metric }.
report-goal-no-whole = No whole value of { $driver } gives exactly { $target }.
report-goal-out-of-range = No value of { $driver } from { $min } to { $max } reaches { $target }: { $min } gives { $at_min }, { $max } gives { $at_max }.
report-goal-nearest = Nearest reachable: { $metric } at { $driver } = { $value }.

## Compare
report-compare-currencies-differ = Warning: these scenarios use different currencies. Amounts are not converted; compare them on ROI and payback only.
report-compare-horizons-differ = Note: the horizons differ, so totals, ROI and NPV cover different periods; compare them with care.
report-compare-inputs-differ = Inputs that differ

## Images
report-png-cannot-make = cannot make an image of { $width }×{ $height }
report-png-wrong-size = an image of { $width }×{ $height } needs { $expected } bytes, got { $got }


## Added after the first translation pass
menu-language = Language
preset-defaults = Defaults
preset-200-percent = The 200 % case
preset-vendor-quick-estimate = Vendor-style quick estimate
preset-cautious-founder = Cautious founder
preset-large-team = Large team, 3 years
preset-subscription = Subscription business, 2 years
preset-tracked-half-year = Six months after go-live
menu-export-spreadsheet-csv = Monthly table for a spreadsheet in this language…
dialog-kind-spreadsheet-csv = the monthly table for a spreadsheet (CSV)
