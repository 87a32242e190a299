//! Checked `Decimal` arithmetic for the engine. `Decimal`'s operators panic on overflow; these
//! return a [`CalcError`] naming the step instead, so absurd inputs give a message, not a crash.

use rust_decimal::Decimal;
use thiserror::Error;

use crate::scenario::ValidationErrors;

/// Why a scenario could not be computed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CalcError {
    #[error("the scenario is not valid: {0}")]
    Invalid(ValidationErrors),
    #[error("the numbers are too large to compute: {step} overflows")]
    Overflow { step: &'static str },
    #[error("division by zero in {step}")]
    DivisionByZero { step: &'static str },
}

pub type CalcResult<T> = Result<T, CalcError>;

pub fn add(a: Decimal, b: Decimal, step: &'static str) -> CalcResult<Decimal> {
    a.checked_add(b).ok_or(CalcError::Overflow { step })
}

pub fn sub(a: Decimal, b: Decimal, step: &'static str) -> CalcResult<Decimal> {
    a.checked_sub(b).ok_or(CalcError::Overflow { step })
}

pub fn mul(a: Decimal, b: Decimal, step: &'static str) -> CalcResult<Decimal> {
    a.checked_mul(b).ok_or(CalcError::Overflow { step })
}

pub fn div(a: Decimal, b: Decimal, step: &'static str) -> CalcResult<Decimal> {
    if b.is_zero() {
        return Err(CalcError::DivisionByZero { step });
    }
    a.checked_div(b).ok_or(CalcError::Overflow { step })
}

/// A percentage as a fraction: `12.5` becomes `0.125`.
pub fn from_percent(value: Decimal) -> CalcResult<Decimal> {
    div(value, Decimal::ONE_HUNDRED, "percentage")
}

/// `numerator / denominator × 100`, or `None` where the denominator is zero (an ROI on no cost).
pub fn percent_of(
    numerator: Decimal,
    denominator: Decimal,
    step: &'static str,
) -> CalcResult<Option<Decimal>> {
    if denominator.is_zero() {
        return Ok(None);
    }
    let ratio = div(numerator, denominator, step)?;
    mul(ratio, Decimal::ONE_HUNDRED, step).map(Some)
}

/// The `n`-th root of `value >= 1` by Newton's method, in full `Decimal` precision.
/// Used for the monthly discount rate, `(1 + annual)^(1/12)`; `powd` is an approximation that
/// can be off in the last cents of an NPV.
pub fn nth_root(value: Decimal, n: u32, step: &'static str) -> CalcResult<Decimal> {
    if value < Decimal::ONE || n == 0 {
        return Err(CalcError::Overflow { step });
    }
    let n_dec = Decimal::from(n);
    let tolerance = Decimal::new(1, 26);
    // Start above the root (Bernoulli's inequality), so the iteration falls monotonically.
    let mut x = add(Decimal::ONE, div(value - Decimal::ONE, n_dec, step)?, step)?;
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
    fn twelfth_root_of_one_point_one() {
        let root = nth_root(Decimal::from_str("1.1").unwrap(), 12, "t").unwrap();
        // 1.1^(1/12) = 1.007974140428903...
        assert_eq!(
            root.round_dp(15),
            Decimal::from_str("1.007974140428903").unwrap()
        );
        assert_eq!(nth_root(Decimal::ONE, 12, "t").unwrap(), Decimal::ONE);
        let back = pow(root, 12, "t").unwrap();
        assert!((back - Decimal::from_str("1.1").unwrap()).abs() < Decimal::new(1, 24));
    }
}
