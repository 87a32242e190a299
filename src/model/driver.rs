//! The numeric inputs of a scenario ("drivers"), described once: name, unit, valid range,
//! everyday range and meaning. Validation, the input panel, sensitivity, goal seek and the risk
//! ranges all read this one table, so a driver cannot mean different things in different places.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::scenario::Scenario;

/// Upper bound of every money input. The spec sets no ceiling; a trillion per field is beyond
/// any real CRM case and keeps every product of the model far from `Decimal`'s limit.
pub const MONEY_MAX: i64 = 1_000_000_000_000;

/// What a driver's number counts; decides the unit shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the scenario's currency.
    Money,
    Percent,
    Seats,
    DealsPerMonth,
    HoursPerMonth,
    HoursPerWeek,
    /// Hours in all (the rollout's one-time staff hours).
    Hours,
    Days,
    Months,
    Customers,
}

impl Unit {
    /// The unit as shown after a value, with the scenario's currency filled in for money.
    pub fn suffix(self, currency: &str) -> String {
        match self {
            Unit::Money => currency.to_owned(),
            Unit::Percent => "%".into(),
            Unit::Seats => "seats".into(),
            Unit::DealsPerMonth => "deals/month".into(),
            Unit::HoursPerMonth => "hours/month".into(),
            Unit::HoursPerWeek => "hours/week".into(),
            Unit::Hours => "hours".into(),
            Unit::Customers => "customers".into(),
            Unit::Days => "days".into(),
            Unit::Months => "months".into(),
        }
    }
}

/// The groups of SPEC §2, in the order the input panel shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Team,
    SalesBefore,
    CrmCosts,
    Gains,
    /// The recurring customer base and how the CRM keeps it (retention).
    Customers,
    Marketing,
    Service,
    AdoptionAndRisk,
    Finance,
}

impl Group {
    pub const ALL: [Group; 9] = [
        Group::Team,
        Group::SalesBefore,
        Group::CrmCosts,
        Group::Gains,
        Group::Customers,
        Group::Marketing,
        Group::Service,
        Group::AdoptionAndRisk,
        Group::Finance,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::Team => "Team",
            Group::SalesBefore => "Sales before the CRM",
            Group::CrmCosts => "CRM costs",
            Group::Gains => "Gains from the CRM",
            Group::Customers => "Customers (retention)",
            Group::Marketing => "Marketing",
            Group::Service => "Service",
            Group::AdoptionAndRisk => "Adoption and risk",
            Group::Finance => "Finance",
        }
    }

    /// Groups a simple case leaves at zero: the window keeps them closed until they are used,
    /// so the first screen stays the vendor calculator's.
    pub fn optional(self) -> bool {
        matches!(self, Group::Customers | Group::Marketing | Group::Service)
    }
}

/// One numeric input of the model, named after its field in the scenario file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Driver {
    Seats,
    RepMonthlyCost,
    WorkingHoursPerMonth,
    DealsPerRepPerMonth,
    RevenuePerDeal,
    GrossMarginPct,
    SalesCycleDays,
    SeatCostPerMonth,
    ImplementationCost,
    TrainingCostPerSeat,
    AdminCostPerMonth,
    InternalRolloutHours,
    LicenceIncreasePctPerYear,
    CrossSellUpliftPct,
    CycleTimeReductionPct,
    WinRateUpliftPct,
    HoursSavedPerRepPerWeek,
    ActiveCustomers,
    RevenuePerCustomerPerMonth,
    MonthlyChurnPct,
    ChurnReductionPct,
    AcquisitionSpendPerMonth,
    AcquisitionCostReductionPct,
    SupportCostPerMonth,
    SupportTimeReductionPct,
    RampMonths,
    AdoptionPct,
    DiscountRateAnnualPct,
    BenefitRiskPct,
}

/// Everything fixed about one driver.
struct Spec {
    field_name: &'static str,
    label: &'static str,
    group: Group,
    unit: Unit,
    min: i64,
    max: i64,
    /// The slider's everyday span; the typed field accepts the whole valid range.
    everyday_max: i64,
    whole_number: bool,
    help: &'static str,
}

impl Driver {
    /// Every driver, in the order of the input panel's groups.
    pub const ALL: [Driver; 29] = [
        Driver::Seats,
        Driver::RepMonthlyCost,
        Driver::WorkingHoursPerMonth,
        Driver::DealsPerRepPerMonth,
        Driver::RevenuePerDeal,
        Driver::GrossMarginPct,
        Driver::SalesCycleDays,
        Driver::SeatCostPerMonth,
        Driver::ImplementationCost,
        Driver::TrainingCostPerSeat,
        Driver::AdminCostPerMonth,
        Driver::InternalRolloutHours,
        Driver::LicenceIncreasePctPerYear,
        Driver::CrossSellUpliftPct,
        Driver::CycleTimeReductionPct,
        Driver::WinRateUpliftPct,
        Driver::HoursSavedPerRepPerWeek,
        Driver::ActiveCustomers,
        Driver::RevenuePerCustomerPerMonth,
        Driver::MonthlyChurnPct,
        Driver::ChurnReductionPct,
        Driver::AcquisitionSpendPerMonth,
        Driver::AcquisitionCostReductionPct,
        Driver::SupportCostPerMonth,
        Driver::SupportTimeReductionPct,
        Driver::RampMonths,
        Driver::AdoptionPct,
        Driver::DiscountRateAnnualPct,
        Driver::BenefitRiskPct,
    ];

    /// The drivers vendor calculators ask for (Vtiger's), shown first in the app.
    pub const HEADLINE: [Driver; 5] = [
        Driver::RevenuePerDeal,
        Driver::RepMonthlyCost,
        Driver::SeatCostPerMonth,
        Driver::CrossSellUpliftPct,
        Driver::CycleTimeReductionPct,
    ];

    fn spec(self) -> Spec {
        let money = |field_name, label, group, everyday_max, help| Spec {
            field_name,
            label,
            group,
            unit: Unit::Money,
            min: 0,
            max: MONEY_MAX,
            everyday_max,
            whole_number: false,
            help,
        };
        let pct = |field_name, label, group, max, everyday_max, help| Spec {
            field_name,
            label,
            group,
            unit: Unit::Percent,
            min: 0,
            max,
            everyday_max,
            whole_number: false,
            help,
        };
        match self {
            Driver::Seats => Spec {
                field_name: "seats",
                label: "CRM seats (sales team members)",
                group: Group::Team,
                unit: Unit::Seats,
                min: 1,
                max: 100_000,
                everyday_max: 200,
                whole_number: true,
                help: "People who will use the CRM. Multiplies licences, training, baseline deals and time saved.",
            },
            Driver::RepMonthlyCost => money(
                "rep_monthly_cost",
                "Cost per sales team member / month",
                Group::Team,
                20_000,
                "Loaded monthly cost to the company of one team member (salary, taxes, overhead). Sets the value of an hour saved: cost / working hours.",
            ),
            Driver::WorkingHoursPerMonth => Spec {
                field_name: "working_hours_per_month",
                label: "Working hours per month",
                group: Group::Team,
                unit: Unit::HoursPerMonth,
                min: 1,
                max: 744,
                everyday_max: 220,
                whole_number: false,
                help: "Paid hours of one team member per month. Hourly value = monthly cost / these hours.",
            },
            Driver::DealsPerRepPerMonth => Spec {
                field_name: "deals_per_rep_per_month",
                label: "Deals won per member / month",
                group: Group::SalesBefore,
                unit: Unit::DealsPerMonth,
                min: 0,
                max: 100_000,
                everyday_max: 50,
                whole_number: false,
                help: "Closed-won deals per team member per month before the CRM. Baseline revenue = seats × deals × revenue per deal.",
            },
            Driver::RevenuePerDeal => money(
                "revenue_per_deal",
                "Revenue per deal",
                Group::SalesBefore,
                50_000,
                "Average revenue of one won deal. Every revenue gain is a share of the baseline revenue it sets.",
            ),
            Driver::GrossMarginPct => pct(
                "gross_margin_pct",
                "Gross margin",
                Group::SalesBefore,
                100,
                100,
                "Share of extra revenue that counts as gain (revenue minus the cost of what is sold). Use 100 % to count revenue, as vendor calculators do.",
            ),
            Driver::SalesCycleDays => Spec {
                field_name: "sales_cycle_days",
                label: "Sales cycle",
                group: Group::SalesBefore,
                unit: Unit::Days,
                min: 1,
                max: 3650,
                everyday_max: 365,
                whole_number: false,
                help: "Average days from first contact to close, before the CRM. Shown shortened by the cycle reduction; the gain itself comes from the reduction.",
            },
            Driver::SeatCostPerMonth => money(
                "seat_cost_per_month",
                "Seat cost / month",
                Group::CrmCosts,
                300,
                "Licence price per seat per month. Recurring cost = seats × seat cost + admin cost, every month from month 1.",
            ),
            Driver::ImplementationCost => money(
                "implementation_cost",
                "Implementation (one-time)",
                Group::CrmCosts,
                200_000,
                "Setup, data migration, integration and consulting, paid once at go-live (month 0).",
            ),
            Driver::TrainingCostPerSeat => money(
                "training_cost_per_seat",
                "Training per seat (one-time)",
                Group::CrmCosts,
                3_000,
                "One-time training cost per seat, paid at go-live (month 0).",
            ),
            Driver::AdminCostPerMonth => money(
                "admin_cost_per_month",
                "Admin, add-ons, support / month",
                Group::CrmCosts,
                20_000,
                "Ongoing administration, add-ons and support per month, from month 1.",
            ),
            Driver::CrossSellUpliftPct => pct(
                "cross_sell_uplift_pct",
                "Cross-sell / upsell uplift",
                Group::Gains,
                500,
                50,
                "More revenue per deal from a 360° view of the customer. Gain = baseline revenue × uplift × margin.",
            ),
            Driver::CycleTimeReductionPct => pct(
                "cycle_time_reduction_pct",
                "Sales-cycle reduction",
                Group::Gains,
                90,
                50,
                "How much shorter the sales cycle gets. The same pipeline then closes 1/(1 − c) times as many deals a month: gain = baseline revenue × c/(1 − c) × margin.",
            ),
            Driver::WinRateUpliftPct => pct(
                "win_rate_uplift_pct",
                "Win-rate uplift",
                Group::Gains,
                500,
                50,
                "More deals won from the same pipeline. Gain = baseline revenue × uplift × margin.",
            ),
            Driver::InternalRolloutHours => Spec {
                field_name: "internal_rollout_hours",
                label: "Staff time for the rollout (one-time)",
                group: Group::CrmCosts,
                unit: Unit::Hours,
                min: 0,
                max: 1_000_000,
                everyday_max: 2_000,
                whole_number: false,
                help: "Hours your own people spend on the rollout: data clean-up, workshops, time in training. Paid at go-live (month 0), valued at the team member's hourly cost (monthly cost / working hours).",
            },
            Driver::LicenceIncreasePctPerYear => pct(
                "licence_increase_pct_per_year",
                "Licence price rise per year",
                Group::CrmCosts,
                100,
                20,
                "Seat price rise at each yearly renewal. In licence year y the seat costs seat cost × (1 + rise)^(y − 1).",
            ),
            Driver::ActiveCustomers => Spec {
                field_name: "active_customers",
                label: "Active customers at go-live",
                group: Group::Customers,
                unit: Unit::Customers,
                min: 0,
                max: 10_000_000,
                everyday_max: 5_000,
                whole_number: false,
                help: "Paying customers with recurring revenue when the CRM goes live. Each month some leave (churn); the CRM keeps more of them. Customers are expected values, so fractions are fine.",
            },
            Driver::RevenuePerCustomerPerMonth => money(
                "revenue_per_customer_per_month",
                "Recurring revenue per customer / month",
                Group::Customers,
                2_000,
                "What one customer pays per month (subscription, maintenance, repeat orders). Each customer kept brings this × margin a month.",
            ),
            Driver::MonthlyChurnPct => pct(
                "monthly_churn_pct",
                "Monthly churn without the CRM",
                Group::Customers,
                100,
                10,
                "Share of customers lost each month before the CRM. Without the CRM the base shrinks by this share every month.",
            ),
            Driver::ChurnReductionPct => pct(
                "churn_reduction_pct",
                "Churn reduction",
                Group::Customers,
                100,
                50,
                "How much the CRM lowers monthly churn (30 % turns 2 % churn into 1.4 %), ramped and scaled by adoption. Kept customers stay, so the gain compounds: (customers with − without the CRM) × revenue per customer × margin × (1 − risk).",
            ),
            Driver::AcquisitionSpendPerMonth => money(
                "acquisition_spend_per_month",
                "Acquisition spend / month",
                Group::Marketing,
                100_000,
                "Marketing and lead-generation spend per month to win new customers.",
            ),
            Driver::AcquisitionCostReductionPct => pct(
                "acquisition_cost_reduction_pct",
                "Acquisition cost reduction",
                Group::Marketing,
                100,
                50,
                "The same new customers for this much less spend (better targeting, fewer lost leads). Gain = spend × reduction: a saving, so no margin.",
            ),
            Driver::SupportCostPerMonth => money(
                "support_cost_per_month",
                "Support team cost / month",
                Group::Service,
                100_000,
                "Monthly cost of the support or customer-service team.",
            ),
            Driver::SupportTimeReductionPct => pct(
                "support_time_reduction_pct",
                "Support time reduction",
                Group::Service,
                100,
                50,
                "Support work done in this much less time (the customer's history at hand, fewer hand-offs). Gain = support cost × reduction.",
            ),
            Driver::HoursSavedPerRepPerWeek => Spec {
                field_name: "hours_saved_per_rep_per_week",
                label: "Admin time saved per member",
                group: Group::Gains,
                unit: Unit::HoursPerWeek,
                min: 0,
                max: 60,
                everyday_max: 15,
                whole_number: false,
                help: "Hours of data entry and reporting saved per team member per week. Gain = seats × hours × 52/12 × hourly cost.",
            },
            Driver::RampMonths => Spec {
                field_name: "ramp_months",
                label: "Ramp-up",
                group: Group::AdoptionAndRisk,
                unit: Unit::Months,
                min: 0,
                max: 36,
                everyday_max: 12,
                whole_number: true,
                help: "Months until gains reach their full level; they grow linearly until then (month m gets m / ramp of the full gain). 0 = full gains from month 1.",
            },
            Driver::AdoptionPct => pct(
                "adoption_pct",
                "Adoption",
                Group::AdoptionAndRisk,
                100,
                100,
                "Share of seats that really use the CRM. Every gain is multiplied by it; costs are not.",
            ),
            Driver::BenefitRiskPct => pct(
                "benefit_risk_pct",
                "Benefit risk adjustment",
                Group::AdoptionAndRisk,
                100,
                50,
                "Cut applied to every gain for the risk that it does not fully happen (as in Forrester's TEI method). Gains × (1 − risk).",
            ),
            Driver::DiscountRateAnnualPct => pct(
                "discount_rate_annual_pct",
                "Discount rate (annual)",
                Group::Finance,
                100,
                25,
                "Yearly cost of capital, used for NPV and discounted ROI: month m is divided by (1 + rate)^(m/12).",
            ),
        }
    }

    pub fn field_name(self) -> &'static str {
        self.spec().field_name
    }

    /// The label a user reads, without unit.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    pub fn group(self) -> Group {
        self.spec().group
    }

    pub fn unit(self) -> Unit {
        self.spec().unit
    }

    /// What the driver means and how it enters the calculation.
    pub fn help(self) -> &'static str {
        self.spec().help
    }

    pub fn whole_number(self) -> bool {
        self.spec().whole_number
    }

    pub fn min(self) -> Decimal {
        Decimal::from(self.spec().min)
    }

    pub fn max(self) -> Decimal {
        Decimal::from(self.spec().max)
    }

    /// Upper end of the slider; typed values may go up to [`Driver::max`].
    pub fn everyday_max(self) -> Decimal {
        Decimal::from(self.spec().everyday_max)
    }

    pub fn contains(self, value: Decimal) -> bool {
        // One look-up of the table: every projection checks every driver.
        let spec = self.spec();
        value >= Decimal::from(spec.min)
            && value <= Decimal::from(spec.max)
            && (!spec.whole_number || value.fract().is_zero())
    }

    /// Brings a value into the valid range (and to a whole number where the field needs one).
    pub fn clamp(self, value: Decimal) -> Decimal {
        let value = if self.whole_number() {
            value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        } else {
            value
        };
        value.clamp(self.min(), self.max())
    }

    pub fn describe_range(self) -> String {
        let spec = self.spec();
        let whole = if spec.whole_number {
            " (whole number)"
        } else {
            ""
        };
        format!("{} to {}{whole}", spec.min, spec.max)
    }

    pub fn from_field_name(name: &str) -> Option<Driver> {
        Driver::ALL.into_iter().find(|d| d.field_name() == name)
    }

    pub fn field_names() -> Vec<&'static str> {
        Driver::ALL.iter().map(|d| d.field_name()).collect()
    }

    pub fn in_group(group: Group) -> impl Iterator<Item = Driver> {
        Driver::ALL.into_iter().filter(move |d| d.group() == group)
    }

    pub fn get(self, s: &Scenario) -> Decimal {
        match self {
            Driver::Seats => s.team.seats.into(),
            Driver::RepMonthlyCost => s.team.rep_monthly_cost,
            Driver::WorkingHoursPerMonth => s.team.working_hours_per_month,
            Driver::DealsPerRepPerMonth => s.baseline.deals_per_rep_per_month,
            Driver::RevenuePerDeal => s.baseline.revenue_per_deal,
            Driver::GrossMarginPct => s.baseline.gross_margin_pct,
            Driver::SalesCycleDays => s.baseline.sales_cycle_days,
            Driver::SeatCostPerMonth => s.costs.seat_cost_per_month,
            Driver::ImplementationCost => s.costs.implementation_cost,
            Driver::TrainingCostPerSeat => s.costs.training_cost_per_seat,
            Driver::AdminCostPerMonth => s.costs.admin_cost_per_month,
            Driver::InternalRolloutHours => s.costs.internal_rollout_hours,
            Driver::LicenceIncreasePctPerYear => s.costs.licence_increase_pct_per_year,
            Driver::ActiveCustomers => s.customers.active_customers,
            Driver::RevenuePerCustomerPerMonth => s.customers.revenue_per_customer_per_month,
            Driver::MonthlyChurnPct => s.customers.monthly_churn_pct,
            Driver::ChurnReductionPct => s.gains.churn_reduction_pct,
            Driver::AcquisitionSpendPerMonth => s.marketing.acquisition_spend_per_month,
            Driver::AcquisitionCostReductionPct => s.gains.acquisition_cost_reduction_pct,
            Driver::SupportCostPerMonth => s.service.support_cost_per_month,
            Driver::SupportTimeReductionPct => s.gains.support_time_reduction_pct,
            Driver::CrossSellUpliftPct => s.gains.cross_sell_uplift_pct,
            Driver::CycleTimeReductionPct => s.gains.cycle_time_reduction_pct,
            Driver::WinRateUpliftPct => s.gains.win_rate_uplift_pct,
            Driver::HoursSavedPerRepPerWeek => s.gains.hours_saved_per_rep_per_week,
            Driver::RampMonths => s.adoption.ramp_months.into(),
            Driver::AdoptionPct => s.adoption.adoption_pct,
            Driver::DiscountRateAnnualPct => s.finance.discount_rate_annual_pct,
            Driver::BenefitRiskPct => s.finance.benefit_risk_pct,
        }
    }

    /// Sets the driver, clamped into its valid range, so a scenario edited through drivers
    /// stays valid whatever the caller passes; its risk range, if any, moves with the value.
    pub fn set(self, s: &mut Scenario, value: Decimal) {
        self.set_value(s, value);
        let value = self.get(s);
        if let Some(triangle) = s.ranges.get_mut(self.field_name()) {
            *triangle = triangle.following(self, value);
        }
    }

    /// Sets the value alone, leaving a risk range behind: for the risk simulation's runs,
    /// which never validate or read the ranges of the scenarios they draw.
    pub(crate) fn set_value(self, s: &mut Scenario, value: Decimal) {
        let value = self.clamp(value);
        // Clamped whole numbers are within 0..=100_000, so the conversion cannot fail.
        let whole = || value.to_u32().unwrap_or(0);
        match self {
            Driver::Seats => s.team.seats = whole(),
            Driver::RepMonthlyCost => s.team.rep_monthly_cost = value,
            Driver::WorkingHoursPerMonth => s.team.working_hours_per_month = value,
            Driver::DealsPerRepPerMonth => s.baseline.deals_per_rep_per_month = value,
            Driver::RevenuePerDeal => s.baseline.revenue_per_deal = value,
            Driver::GrossMarginPct => s.baseline.gross_margin_pct = value,
            Driver::SalesCycleDays => s.baseline.sales_cycle_days = value,
            Driver::SeatCostPerMonth => s.costs.seat_cost_per_month = value,
            Driver::ImplementationCost => s.costs.implementation_cost = value,
            Driver::TrainingCostPerSeat => s.costs.training_cost_per_seat = value,
            Driver::AdminCostPerMonth => s.costs.admin_cost_per_month = value,
            Driver::InternalRolloutHours => s.costs.internal_rollout_hours = value,
            Driver::LicenceIncreasePctPerYear => s.costs.licence_increase_pct_per_year = value,
            Driver::ActiveCustomers => s.customers.active_customers = value,
            Driver::RevenuePerCustomerPerMonth => {
                s.customers.revenue_per_customer_per_month = value
            }
            Driver::MonthlyChurnPct => s.customers.monthly_churn_pct = value,
            Driver::ChurnReductionPct => s.gains.churn_reduction_pct = value,
            Driver::AcquisitionSpendPerMonth => s.marketing.acquisition_spend_per_month = value,
            Driver::AcquisitionCostReductionPct => s.gains.acquisition_cost_reduction_pct = value,
            Driver::SupportCostPerMonth => s.service.support_cost_per_month = value,
            Driver::SupportTimeReductionPct => s.gains.support_time_reduction_pct = value,
            Driver::CrossSellUpliftPct => s.gains.cross_sell_uplift_pct = value,
            Driver::CycleTimeReductionPct => s.gains.cycle_time_reduction_pct = value,
            Driver::WinRateUpliftPct => s.gains.win_rate_uplift_pct = value,
            Driver::HoursSavedPerRepPerWeek => s.gains.hours_saved_per_rep_per_week = value,
            Driver::RampMonths => s.adoption.ramp_months = whole(),
            Driver::AdoptionPct => s.adoption.adoption_pct = value,
            Driver::DiscountRateAnnualPct => s.finance.discount_rate_annual_pct = value,
            Driver::BenefitRiskPct => s.finance.benefit_risk_pct = value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_are_unique_and_round_trip() {
        for driver in Driver::ALL {
            assert_eq!(Driver::from_field_name(driver.field_name()), Some(driver));
        }
        let mut names = Driver::field_names();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Driver::ALL.len());
    }

    #[test]
    fn set_clamps_and_get_reads_back() {
        let mut scenario = Scenario::default();
        for driver in Driver::ALL {
            driver.set(&mut scenario, Decimal::from(-5));
            assert_eq!(driver.get(&scenario), driver.min(), "{driver:?}");
            driver.set(&mut scenario, Decimal::from(i64::MAX));
            assert_eq!(driver.get(&scenario), driver.max(), "{driver:?}");
            assert!(driver.everyday_max() <= driver.max());
        }
        Driver::Seats.set(&mut scenario, Decimal::new(125, 1));
        assert_eq!(scenario.team.seats, 13);
    }
}
