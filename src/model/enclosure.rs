//! An f64 interval that surely holds the result the exact `Decimal` arithmetic gives for the same
//! formulas. The risk simulation runs every run's projection in this arithmetic first and
//! computes exactly only the runs whose order the intervals cannot settle; see
//! `analysis::risk`.
//!
//! Why the intervals are safe: each end is computed in f64 (off by at most half an ulp, 2⁻⁵³
//! relative) and then pushed outwards by [`RELATIVE_SLACK`] of its size plus
//! [`ABSOLUTE_SLACK`], which also covers the rounding of the Decimal operation itself (28
//! significant digits, or the 28th decimal for tiny values). An end that comes out exactly zero
//! stays: f64 gives zero only for an exact zero (a zero factor, or two ends that cancel
//! exactly; these magnitudes never underflow), and Decimal rounds nothing across zero. So
//! nothing spent stays exactly nothing. An interval that could be wrong (a divisor that may be
//! zero, a value near the Decimal limit) becomes [`Enclosure::UNKNOWN`], which the caller
//! settles exactly.

use rust_decimal::Decimal;

use crate::model::checked::{CalcResult, Number};

/// 2⁻⁴⁹: sixteen times the worst rounding of one f64 operation.
const RELATIVE_SLACK: f64 = 1.0 / 562_949_953_421_312.0;
/// Decimal rounds at the 28th decimal at the finest.
const ABSOLUTE_SLACK: f64 = 1e-27;
/// Decimal overflows near 7.9 × 10²⁸; past this an interval no longer says what Decimal does.
const DECIMAL_LIMIT: f64 = 1e28;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Enclosure {
    pub lo: f64,
    pub hi: f64,
}

impl Enclosure {
    /// Anything at all: the exact computation must decide.
    pub const UNKNOWN: Enclosure = Enclosure {
        lo: f64::NEG_INFINITY,
        hi: f64::INFINITY,
    };

    pub fn point(value: f64) -> Enclosure {
        Enclosure {
            lo: value,
            hi: value,
        }
    }

    pub fn is_known(self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }

    pub fn is_point(self) -> bool {
        self.lo == self.hi
    }

    pub fn is_zero(self) -> bool {
        self.lo == 0.0 && self.hi == 0.0
    }

    /// Whether the exact value is below zero, where the interval says so.
    pub fn is_below_zero(self) -> Option<bool> {
        if self.hi < 0.0 {
            Some(true)
        } else if self.lo >= 0.0 {
            Some(false)
        } else {
            None
        }
    }

    /// The interval from ends computed in f64, pushed outwards.
    fn widened(lo: f64, hi: f64) -> Enclosure {
        if lo.abs() < DECIMAL_LIMIT && hi.abs() < DECIMAL_LIMIT {
            Enclosure {
                lo: down(lo),
                hi: up(hi),
            }
        } else {
            Enclosure::UNKNOWN
        }
    }
}

/// Within two ulps of `value`: its integer mantissa, converted once, divided by its power of
/// ten. Several times quicker than `ToPrimitive::to_f64`, which divides 128-bit integers.
pub(crate) fn approximate_f64(value: Decimal) -> f64 {
    const POWERS_OF_TEN: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    // A Decimal's scale is at most 28, so the table always has its power.
    let power = POWERS_OF_TEN.get(value.scale() as usize).unwrap_or(&1e28);
    let mantissa = value.mantissa();
    // i64 to f64 is one instruction, i128 to f64 a library call; both round correctly.
    match i64::try_from(mantissa) {
        Ok(small) => small as f64 / power,
        Err(_) => mantissa as f64 / power,
    }
}

fn down(value: f64) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    value - value.abs() * RELATIVE_SLACK - ABSOLUTE_SLACK
}

fn up(value: f64) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    value + value.abs() * RELATIVE_SLACK + ABSOLUTE_SLACK
}

impl Number for Enclosure {
    fn of(value: Decimal) -> Self {
        let approximate = approximate_f64(value);
        Enclosure {
            lo: down(approximate),
            hi: up(approximate),
        }
    }

    fn add(self, other: Self, _step: &'static str) -> CalcResult<Self> {
        // Infinite ends (UNKNOWN) stay infinite, or become NaN, which fails the limit check.
        Ok(Enclosure::widened(self.lo + other.lo, self.hi + other.hi))
    }

    fn sub(self, other: Self, _step: &'static str) -> CalcResult<Self> {
        Ok(Enclosure::widened(self.lo - other.hi, self.hi - other.lo))
    }

    fn mul(self, other: Self, _step: &'static str) -> CalcResult<Self> {
        if self.lo >= 0.0 && other.lo >= 0.0 {
            // Both non-negative, as nearly every figure of a projection is.
            return Ok(Enclosure::widened(self.lo * other.lo, self.hi * other.hi));
        }
        let products = [
            self.lo * other.lo,
            self.lo * other.hi,
            self.hi * other.lo,
            self.hi * other.hi,
        ];
        Ok(Enclosure::widened(
            products.iter().copied().fold(f64::INFINITY, f64::min),
            products.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        ))
    }

    fn div(self, other: Self, _step: &'static str) -> CalcResult<Self> {
        if other.lo > 0.0 && self.lo >= 0.0 {
            return Ok(Enclosure::widened(self.lo / other.hi, self.hi / other.lo));
        }
        if !(other.lo > 0.0 || other.hi < 0.0) {
            // A divisor that may be zero (or is unknown): the exact computation decides.
            return Ok(Enclosure::UNKNOWN);
        }
        let quotients = [
            self.lo / other.lo,
            self.lo / other.hi,
            self.hi / other.lo,
            self.hi / other.hi,
        ];
        Ok(Enclosure::widened(
            quotients.iter().copied().fold(f64::INFINITY, f64::min),
            quotients.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        ))
    }

    fn percent_as_fraction(self) -> CalcResult<Self> {
        self.div(Enclosure::point(100.0), "percentage")
    }

    fn negated(self) -> Self {
        Enclosure {
            lo: -self.hi,
            hi: -self.lo,
        }
    }

    fn is_exact_zero(&self) -> bool {
        self.is_zero()
    }

    fn roi_pct(gain: Self, cost: Self, net: Self) -> CalcResult<Option<Self>> {
        if cost.is_zero() {
            return Ok(None);
        }
        // With no gain yet (month 0), the net is exactly minus the cost and the ROI exactly
        // -100 %; intervals would lose that the two are the same number.
        if gain.is_zero() && cost.lo > 0.0 {
            return Ok(Some(Enclosure::point(-100.0)));
        }
        let ratio = net.div(cost, "ROI")?;
        // Held within ±10^20 % like the exact ROI (`checked::ROI_LIMIT_PCT`): clamping both
        // bounds keeps the interval around the exact, held value.
        let limit = 1e20;
        ratio.mul(Enclosure::point(100.0), "ROI").map(|roi| {
            Some(Enclosure {
                lo: roi.lo.clamp(-limit, limit),
                hi: roi.hi.clamp(-limit, limit),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A Decimal like the scenario's: up to 4 decimals, up to 10^12.
    fn decimal() -> impl Strategy<Value = Decimal> {
        (
            -10_000_000_000_000_000_i64..10_000_000_000_000_000,
            0_u32..=4,
        )
            .prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
    }

    fn holds(enclosure: Enclosure, exact: Decimal) -> bool {
        let value = crate::analysis::risk::as_f64(exact);
        !enclosure.is_known() || (enclosure.lo <= value && value <= enclosure.hi)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Each operation's interval holds the Decimal result, also after a chain of them.
        #[test]
        fn operations_hold_the_exact_result(a in decimal(), b in decimal(), c in decimal()) {
            let (ea, eb, ec) = (Enclosure::of(a), Enclosure::of(b), Enclosure::of(c));
            let step = "test";
            if let (Ok(x), Ok(y)) = (Number::add(a, b, step), ea.add(eb, step)) {
                prop_assert!(holds(y, x), "{a} + {b}");
            }
            if let (Ok(x), Ok(y)) = (Number::sub(a, b, step), ea.sub(eb, step)) {
                prop_assert!(holds(y, x), "{a} - {b}");
            }
            if let (Ok(x), Ok(y)) = (Number::mul(a, b, step), ea.mul(eb, step)) {
                prop_assert!(holds(y, x), "{a} * {b}");
                if let (Ok(x), Ok(y)) = (Number::div(x, c, step), y.div(ec, step)) {
                    prop_assert!(holds(y, x), "{a} * {b} / {c}");
                }
            }
            if let (Ok(x), Ok(y)) = (Number::div(a, b, step), ea.div(eb, step)) {
                prop_assert!(holds(y, x), "{a} / {b}");
            }
        }
    }

    #[test]
    fn nothing_stays_exactly_nothing() {
        let e = |v: i64| Enclosure::of(Decimal::from(v));
        let step = "test";
        assert!(e(0).is_zero());
        assert!(e(0).mul(e(17), step).unwrap().is_zero());
        assert!(e(0).add(e(0), step).unwrap().is_zero());
        assert!(e(0).div(e(3), step).unwrap().is_zero());
        // Nothing spent: no ROI. Nothing gained yet: exactly -100 %.
        assert_eq!(Enclosure::roi_pct(e(0), e(0), e(0)), Ok(None));
        let cost = e(19_000);
        let net = e(0).sub(cost, step).unwrap();
        let roi = Enclosure::roi_pct(e(0), cost, net).unwrap().unwrap();
        assert!(roi.is_point() && roi.lo == -100.0);
        assert_eq!(e(1).div(e(0), step), Ok(Enclosure::UNKNOWN));
        let third = e(1).div(e(3), step).unwrap();
        assert!(third.lo < 1.0 / 3.0 && 1.0 / 3.0 < third.hi);
        let huge = e(1_000_000_000_000)
            .mul(e(1_000_000_000_000), step)
            .unwrap();
        assert!(!huge.mul(huge, step).unwrap().is_known());
    }
}
