//! Rounding and formatting of money, percentages and months, in one place, so the terminal,
//! the exports and the window show the same figure the same way.

use rust_decimal::{Decimal, RoundingStrategy};

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

/// Human-readable number with thousands separators: `-1,234.50`.
pub fn grouped(value: Decimal, decimals: u32) -> String {
    let mut rounded = round_to(value, decimals);
    rounded.rescale(decimals);
    if rounded.is_zero() {
        rounded.set_sign_positive(true);
    }
    let text = rounded.abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    if rounded.is_sign_negative() {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
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
    use crate::model::driver::Unit;
    let number = match decimals {
        Some(decimals) => grouped(value, decimals),
        None => grouped_natural(value),
    };
    match driver.unit() {
        Unit::Money => format!("{number} {currency}"),
        Unit::Percent => format!("{number} %"),
        unit => format!("{number} {}", unit.suffix(currency)),
    }
}

/// Money with grouping and the currency code: `105,417.50 EUR`.
pub fn money(value: Decimal, currency: &str) -> String {
    format!("{} {currency}", grouped(value, 2))
}

/// Money without cents, for axes and big tiles: `105,418 EUR`.
pub fn money_whole(value: Decimal, currency: &str) -> String {
    format!("{} {currency}", grouped(value, 0))
}

/// A percentage, or a dash where there is none (an ROI on no cost).
pub fn percent(value: Option<Decimal>) -> String {
    use crate::model::checked::ROI_LIMIT_PCT;
    match value {
        // An ROI held at the limit (a gain on an almost-zero cost) says so rather than
        // pretending to be exact.
        Some(value) if value >= ROI_LIMIT_PCT => "beyond 10^20 %".into(),
        Some(value) if value <= -ROI_LIMIT_PCT => "below -10^20 %".into(),
        Some(value) => format!("{} %", grouped(value, 2)),
        None => "n/a".into(),
    }
}

/// Payback in months: `2.79 months`, or `not within 12 months`.
pub fn payback(value: Option<Decimal>, horizon_months: u32) -> String {
    match value {
        Some(value) => format!("{} months", grouped(value, 2)),
        None => format!("not within {horizon_months} months"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
