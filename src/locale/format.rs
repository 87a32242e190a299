//! Rounding and formatting of money, percentages and months, in one place, so the terminal,
//! the exports and the window show the same figure the same way.

use rust_decimal::prelude::ToPrimitive as _;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::tr;

/// Rounds to cents, half away from zero (SPEC §4), the way people round money by hand.
pub fn round2(value: Decimal) -> Decimal {
    round_to(value, 2)
}

pub fn round_to(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// Machine-readable form for CSV and JSON: rounded to 2 places, always 2 decimals, `.` as
/// separator, no grouping: `-1234.50`.
pub fn plain(value: Decimal) -> String {
    let mut rounded = round2(value);
    rounded.rescale(2);
    // Rounding a tiny negative to zero leaves "-0.00"; nobody wants to read that.
    if rounded.is_zero() {
        rounded.set_sign_positive(true);
    }
    rounded.to_string()
}

/// Human-readable number with thousands separators, as the language in use writes it:
/// `-1,234.50`, `-1.234,50`, `-1 234,50`.
pub fn grouped(value: Decimal, decimals: u32) -> String {
    let mut rounded = round_to(value, decimals);
    rounded.rescale(decimals);
    if rounded.is_zero() {
        rounded.set_sign_positive(true);
    }
    super::numbers::localized(rounded, super::Lang::current())
}

/// A value as a person would type it: grouped, with up to 4 decimals and no trailing zeros:
/// `2,500`, `12.5`, `6,666.6667`.
pub fn grouped_natural(value: Decimal) -> String {
    let rounded = round_to(value, 4).normalize();
    grouped(rounded, rounded.scale())
}

/// A driver's value with its unit, as people read it: `2,500.00 EUR`, `12.5 %`, `10 seats`.
/// `decimals` fixes the number of decimals (goal seek's answers are shown to the precision
/// they were found at); `None` shows up to 4, without trailing zeros.
pub fn driver_value(
    driver: crate::model::driver::Driver,
    value: Decimal,
    decimals: Option<u32>,
    currency: &str,
) -> String {
    // The figure as shown, which chooses the unit's plural form.
    let shown = match decimals {
        Some(decimals) => {
            let mut rounded = round_to(value, decimals);
            rounded.rescale(decimals);
            rounded
        }
        None => round_to(value, 4).normalize(),
    };
    let number = match decimals {
        Some(decimals) => grouped(value, decimals),
        None => grouped_natural(value),
    };
    crate::locale::terms::unit_with_count(driver.unit(), &number, shown, currency)
}

/// The number that chooses the plural form of a figure shown as `shown` (rounded, with the
/// decimals it is shown with). Fluent reads an `f64` without trailing zeros, so a whole figure
/// shown with decimals (`1.00`) passes as `1.5`: the languages here choose a form by the whole
/// part and by whether decimals are shown, so `1.5` takes the form `1.00` needs ("1.00 months",
/// not "1.00 month").
pub fn plural_operand(shown: Decimal) -> f64 {
    let number = if shown.scale() > 0 && shown.fract().is_zero() {
        let half = Decimal::new(5, 1);
        if shown.is_sign_negative() {
            shown.trunc() - half
        } else {
            shown.trunc() + half
        }
    } else {
        shown
    };
    number.to_f64().unwrap_or_default()
}

/// Money with grouping and the currency's sign as the language writes it: `105,417.50 EUR`,
/// `105 417,50 zł`, `R$ 105.417,50`.
pub fn money(value: Decimal, currency: &str) -> String {
    super::numbers::with_currency(&grouped(value, 2), currency, super::Lang::current())
}

/// Money without cents, for axes and big tiles: `105,418 EUR`, `105 418 zł`.
pub fn money_whole(value: Decimal, currency: &str) -> String {
    super::numbers::with_currency(&grouped(value, 0), currency, super::Lang::current())
}

/// A percentage, or a dash where there is none (an ROI on no cost).
pub fn percent(value: Option<Decimal>) -> String {
    use crate::model::checked::ROI_LIMIT_PCT;
    match value {
        // An ROI held at the limit (a gain on an almost-zero cost) says so rather than
        // pretending to be exact.
        Some(value) if value >= ROI_LIMIT_PCT => tr!("format-roi-beyond-limit"),
        Some(value) if value <= -ROI_LIMIT_PCT => tr!("format-roi-below-limit"),
        Some(value) => super::numbers::with_percent(&grouped(value, 2), super::Lang::current()),
        None => tr!("format-not-available"),
    }
}

/// The percent sign as the language puts it after a number (` %`, `%`, with a no-break
/// space where there is one): the suffix of a slider or a spin box in percent.
pub fn percent_suffix() -> String {
    super::numbers::with_percent("", super::Lang::current())
}

/// A spin box's number as the language writes it, and read back the same way: the pair for
/// egui's `DragValue::custom_formatter` and `custom_parser`.
pub fn field_number(value: f64) -> String {
    grouped_natural(round_to(
        Decimal::from_f64_retain(value).unwrap_or_default(),
        2,
    ))
}

/// See [`field_number`].
pub fn parse_field_number(text: &str) -> Option<f64> {
    super::entry::parse_entry(text).ok()?.to_f64()
}

/// A percentage measured rather than computed exactly (a risk percentile, a probability), to
/// `decimals` places as the language writes it.
pub fn percent_approx(value: f64, decimals: u32) -> String {
    let value = Decimal::from_f64_retain(value).unwrap_or_default();
    super::numbers::with_percent(&grouped(value, decimals), super::Lang::current())
}

/// Payback in months: `2.79 months`, or `not within 12 months`.
pub fn payback(value: Option<Decimal>, horizon_months: u32) -> String {
    match value {
        Some(value) => {
            let mut shown = round2(value);
            shown.rescale(2);
            tr!(
                "format-payback-months",
                count = plural_operand(shown),
                months = grouped(value, 2),
            )
        }
        None => tr!("format-payback-not-within", count = horizon_months),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spin_box_numbers_read_back_in_every_language() {
        for lang in crate::locale::Lang::ALL {
            lang.use_here();
            for value in [0.0, 5.0, 319.0, 1234.5, 289.61, -50.25] {
                let shown = field_number(value);
                assert_eq!(parse_field_number(&shown), Some(value), "{lang:?}: {shown}");
            }
        }
        crate::locale::Lang::Ru.use_here();
        assert_eq!(field_number(319.0), "319");
        assert_eq!(field_number(1234.5), "1\u{a0}234,5");
        assert_eq!(percent_suffix(), "\u{a0}%");
        crate::locale::Lang::Pl.use_here();
        assert_eq!(percent_suffix(), "%");
        crate::locale::Lang::En.use_here();
    }
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(plain(d("2.345")), "2.35");
        assert_eq!(plain(d("-2.345")), "-2.35");
        assert_eq!(plain(d("2.5")), "2.50");
        assert_eq!(plain(d("-0.001")), "0.00");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(d("1234567.891"), 2), "1,234,567.89");
        assert_eq!(grouped(d("-1000"), 2), "-1,000.00");
        assert_eq!(grouped(d("999.995"), 2), "1,000.00");
        assert_eq!(grouped(d("12"), 0), "12");
        assert_eq!(grouped_natural(d("2500.00")), "2,500");
        assert_eq!(grouped_natural(d("12.50")), "12.5");
        assert_eq!(grouped_natural(d("6666.666666")), "6,666.6667");
        assert_eq!(money(d("105417.5"), "EUR"), "105,417.50 EUR");
        assert_eq!(percent(None), "n/a");
        assert_eq!(payback(None, 12), "not within 12 months");
    }
}
