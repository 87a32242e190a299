//! Checked `Decimal` arithmetic for the engine. `Decimal`'s operators panic on overflow; these
//! return a [`CalcError`] naming the step instead, so absurd inputs give a message, not a crash.

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};
use thiserror::Error;

use crate::model::scenario::ValidationErrors;

/// Why a scenario could not be computed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CalcError {
    #[error("the scenario is not valid: {0}")]
    Invalid(ValidationErrors),
    #[error("the numbers are too large to compute: {step} overflows")]
    Overflow { step: &'static str },
    #[error("division by zero in {step}")]
    DivisionByZero { step: &'static str },
    /// A long analysis was stopped because its result is no longer wanted.
    #[error("cancelled")]
    Cancelled,
}

pub type CalcResult<T> = Result<T, CalcError>;

/// The arithmetic the projection is written in. [`Decimal`] is the exact arithmetic of every
/// figure shown or exported; the risk simulation also runs the same formulas on an f64
/// enclosure of the Decimal results (`crate::model::enclosure`) to find, cheaply, which runs matter.
pub trait Number: Copy + Default {
    /// An input value.
    fn of(value: Decimal) -> Self;
    fn add(self, other: Self, step: &'static str) -> CalcResult<Self>;
    fn sub(self, other: Self, step: &'static str) -> CalcResult<Self>;
    fn mul(self, other: Self, step: &'static str) -> CalcResult<Self>;
    fn div(self, other: Self, step: &'static str) -> CalcResult<Self>;
    /// A percentage as a fraction: `12.5` becomes `0.125`.
    fn percent_as_fraction(self) -> CalcResult<Self>;
    /// `-self`, exactly.
    fn negated(self) -> Self;
    /// Whether this is exactly zero (a part that adds nothing, whose work can be skipped).
    fn is_exact_zero(&self) -> bool;
    /// The ROI of cumulative figures: net over cost, in percent; `None` when nothing was spent.
    fn roi_pct(gain: Self, cost: Self, net: Self) -> CalcResult<Option<Self>>;
}

impl Number for Decimal {
    fn of(value: Decimal) -> Self {
        value
    }

    fn add(self, other: Self, step: &'static str) -> CalcResult<Self> {
        self.checked_add(other).ok_or(CalcError::Overflow { step })
    }

    fn sub(self, other: Self, step: &'static str) -> CalcResult<Self> {
        self.checked_sub(other).ok_or(CalcError::Overflow { step })
    }

    fn mul(self, other: Self, step: &'static str) -> CalcResult<Self> {
        self.checked_mul(other).ok_or(CalcError::Overflow { step })
    }

    fn div(self, other: Self, step: &'static str) -> CalcResult<Self> {
        if other.is_zero() {
            return Err(CalcError::DivisionByZero { step });
        }
        self.checked_div(other).ok_or(CalcError::Overflow { step })
    }

    fn percent_as_fraction(self) -> CalcResult<Self> {
        // Dividing by 100 is moving the decimal point: exact, and far cheaper than a division.
        let mut fraction = self;
        if fraction.set_scale(self.scale() + 2).is_ok() {
            return Ok(fraction);
        }
        div(self, Decimal::ONE_HUNDRED, "percentage")
    }

    fn negated(self) -> Self {
        -self
    }

    fn is_exact_zero(&self) -> bool {
        self.is_zero()
    }

    fn roi_pct(_gain: Self, cost: Self, net: Self) -> CalcResult<Option<Self>> {
        percent_of(net, cost, "ROI")
    }
}

pub fn add<T: Number>(a: T, b: T, step: &'static str) -> CalcResult<T> {
    a.add(b, step)
}

pub fn sub<T: Number>(a: T, b: T, step: &'static str) -> CalcResult<T> {
    a.sub(b, step)
}

pub fn mul<T: Number>(a: T, b: T, step: &'static str) -> CalcResult<T> {
    a.mul(b, step)
}

pub fn div<T: Number>(a: T, b: T, step: &'static str) -> CalcResult<T> {
    a.div(b, step)
}

/// A percentage as a fraction: `12.5` becomes `0.125`.
pub fn from_percent<T: Number>(value: T) -> CalcResult<T> {
    value.percent_as_fraction()
}

/// `value × 100`, exactly.
fn times_hundred(value: Decimal, step: &'static str) -> CalcResult<Decimal> {
    // As above: with two or more decimals, × 100 only moves the decimal point.
    if value.scale() >= 2 {
        let mut scaled = value;
        if scaled.set_scale(value.scale() - 2).is_ok() {
            return Ok(scaled);
        }
    }
    mul(value, Decimal::ONE_HUNDRED, step)
}

/// The largest ROI told apart, in percent: 10^20 %. A valid scenario can spend almost nothing
/// (a cost of 10^-28) for a large gain, and its ROI then exceeds what a `Decimal` holds; such
/// an ROI is held at ±10^20 % and shown as "beyond 10^20 %", and every other figure stands.
pub const ROI_LIMIT_PCT: Decimal = Decimal::from_parts(1_661_992_960, 1_808_227_885, 5, false, 0);

/// `numerator / denominator × 100`, or `None` where the denominator is zero (an ROI on no cost);
/// held within ±[`ROI_LIMIT_PCT`], so a ratio too large for a `Decimal` is never an error.
pub fn percent_of(
    numerator: Decimal,
    denominator: Decimal,
    step: &'static str,
) -> CalcResult<Option<Decimal>> {
    if denominator.is_zero() {
        return Ok(None);
    }
    let beyond = if numerator.is_sign_negative() != denominator.is_sign_negative() {
        -ROI_LIMIT_PCT
    } else {
        ROI_LIMIT_PCT
    };
    let percent = numerator
        .checked_div(denominator)
        .and_then(|ratio| times_hundred(ratio, step).ok());
    Ok(Some(match percent {
        Some(percent) if percent.abs() <= ROI_LIMIT_PCT => percent,
        _ if numerator.is_zero() => Decimal::ZERO,
        _ => beyond,
    }))
}

/// The `n`-th root of `value >= 1` by Newton's method, in full `Decimal` precision.
/// Used for the monthly discount rate, `(1 + annual)^(1/12)`; `powd` is an approximation that
/// can be off in the last cents of an NPV.
pub fn nth_root(value: Decimal, n: u32, step: &'static str) -> CalcResult<Decimal> {
    if value < Decimal::ONE || n == 0 {
        return Err(CalcError::Overflow { step });
    }
    let n_dec = Decimal::from(n);
    // Newton's error after a step of size d is about (n − 1)/2 · d²: once a step is below
    // 1e-15 the root is exact to Decimal's 28 digits. Seeding with the f64 root (16 digits) gets
    // there in one step; the seed only saves time, the result is the exact iteration's.
    let tolerance = Decimal::new(1, 15);
    let seed = value
        .to_f64()
        .map(|v| v.powf(1.0 / f64::from(n)))
        .and_then(Decimal::from_f64);
    let mut x = match seed {
        Some(seed) if seed >= Decimal::ONE => seed,
        // Above the root by Bernoulli's inequality, from where the iteration falls monotonically.
        _ => add(Decimal::ONE, div(value - Decimal::ONE, n_dec, step)?, step)?,
    };
    for _ in 0..100 {
        let x_pow_n_minus_1 = pow(x, n - 1, step)?;
        let x_pow_n = mul(x_pow_n_minus_1, x, step)?;
        let slope = mul(n_dec, x_pow_n_minus_1, step)?;
        let delta = div(sub(x_pow_n, value, step)?, slope, step)?;
        x = sub(x, delta, step)?;
        if delta.abs() <= tolerance {
            break;
        }
    }
    Ok(x)
}

/// `base^exponent` by repeated squaring.
pub fn pow(base: Decimal, mut exponent: u32, step: &'static str) -> CalcResult<Decimal> {
    let mut result = Decimal::ONE;
    let mut square = base;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul(result, square, step)?;
        }
        exponent >>= 1;
        if exponent > 0 {
            square = mul(square, square, step)?;
        }
    }
    Ok(result)
}

#[cfg(test)]
mod roi_limit_tests {
    use super::*;

    #[test]
    fn the_limit_is_ten_to_the_twentieth() {
        assert_eq!(
            ROI_LIMIT_PCT,
            "100000000000000000000".parse::<Decimal>().unwrap()
        );
    }

    #[test]
    fn an_roi_beyond_the_limit_is_held_at_it() {
        let tiny = Decimal::new(1, 28);
        let big = Decimal::from(1_000_000_000_000_i64);
        assert_eq!(percent_of(big, tiny, "ROI"), Ok(Some(ROI_LIMIT_PCT)));
        assert_eq!(percent_of(-big, tiny, "ROI"), Ok(Some(-ROI_LIMIT_PCT)));
        assert_eq!(
            percent_of(Decimal::ZERO, tiny, "ROI"),
            Ok(Some(Decimal::ZERO))
        );
        assert_eq!(
            percent_of(Decimal::ONE, Decimal::TWO, "ROI"),
            Ok(Some(Decimal::from(50)))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        assert_eq!(
            mul(Decimal::MAX, Decimal::TWO, "test"),
            Err(CalcError::Overflow { step: "test" })
        );
        assert_eq!(
            div(Decimal::ONE, Decimal::ZERO, "test"),
            Err(CalcError::DivisionByZero { step: "test" })
        );
        assert_eq!(percent_of(Decimal::ONE, Decimal::ZERO, "test"), Ok(None));
    }

    #[test]
    fn percentages_move_the_decimal_point() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(from_percent(d("12.5")), Ok(d("0.125")));
        assert_eq!(from_percent(d("90")), Ok(d("0.9")));
        assert_eq!(percent_of(d("1"), d("8"), "t"), Ok(Some(d("12.5"))));
        assert_eq!(percent_of(d("3"), d("1"), "t"), Ok(Some(d("300"))));
        assert_eq!(
            percent_of(d("-1"), d("3"), "t")
                .unwrap()
                .unwrap()
                .round_dp(4),
            d("-33.3333")
        );
    }

    #[test]
    fn twelfth_root_of_one_point_one() {
        let root = nth_root(Decimal::from_str("1.1").unwrap(), 12, "t").unwrap();
        let exact = Decimal::from_str("1.0079741404289037410660318442").unwrap();
        assert!((root - exact).abs() < Decimal::new(1, 25), "{root}");
        assert_eq!(nth_root(Decimal::ONE, 12, "t").unwrap(), Decimal::ONE);
        let back = pow(root, 12, "t").unwrap();
        assert!((back - Decimal::from_str("1.1").unwrap()).abs() < Decimal::new(1, 24));
    }
}
