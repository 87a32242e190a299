//! Where the tick marks of a chart go, for the window's charts and the report's SVG charts
//! alike: a month axis a reader can count along, and value axes with at least four labels.

/// Months between two labelled ticks: every month up to a year, then every 2, 3 or 6.
pub fn month_step(horizon_months: u32) -> u32 {
    match horizon_months {
        0..=12 => 1,
        13..=24 => 2,
        25..=36 => 3,
        _ => 6,
    }
}

/// The labelled months of a chart over months `0..=horizon_months`.
pub fn month_ticks(horizon_months: u32) -> Vec<u32> {
    let step = month_step(horizon_months) as usize;
    (0..=horizon_months).step_by(step).collect()
}

/// The fewest ticks a value axis shows.
pub const MIN_VALUE_TICKS: usize = 4;

/// Round values (1, 2, 2.5 or 5 × 10ⁿ apart) inside `min..=max`, at least
/// [`MIN_VALUE_TICKS`] of them and as few as allow that; returns the ticks and their step.
/// Works the same for charts that are all loss (`max <= 0`).
pub fn value_ticks(min: f64, max: f64) -> (Vec<f64>, f64) {
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    if !(min.is_finite() && max.is_finite()) || max - min < 1e-9 {
        let centre = if min.is_finite() { min } else { 0.0 };
        return (vec![centre], 1.0);
    }
    let span = max - min;
    // Start from a step that gives about four intervals and shrink until enough ticks fit.
    let mut magnitude = 10f64.powf((span / 2.0).log10().ceil());
    for _ in 0..12 {
        for factor in [5.0, 2.5, 2.0, 1.0] {
            let step = factor * magnitude;
            let ticks = ticks_with_step(min, max, step);
            if ticks.len() >= MIN_VALUE_TICKS {
                return (ticks, step);
            }
        }
        magnitude /= 10.0;
    }
    let step = span / 4.0;
    (ticks_with_step(min, max, step), step)
}

fn ticks_with_step(min: f64, max: f64, step: f64) -> Vec<f64> {
    let first = (min / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    (first..=last)
        .map(|i| i as f64 * step)
        // -0 reads as "-0" in some formatters.
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twelve_month_chart_labels_every_month() {
        assert_eq!(month_ticks(12), (0..=12).collect::<Vec<_>>());
        assert_eq!(month_ticks(6), [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(
            month_ticks(24),
            [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]
        );
        assert_eq!(month_ticks(36).len(), 13);
        assert_eq!(month_ticks(60), [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
        assert_eq!(month_ticks(1), [0, 1]);
    }

    #[test]
    fn value_axes_have_at_least_four_round_labels() {
        for (min, max) in [
            (0.0, 150_000.0),
            (-45_000.0, -2_000.0),
            (-100.0, 290.0),
            (0.0, 1.0),
            (-19_000.0, 0.0),
            (0.0, 3.0e9),
            (12.0, 13.0),
        ] {
            let (ticks, step) = value_ticks(min, max);
            assert!(ticks.len() >= MIN_VALUE_TICKS, "{min}..{max}: {ticks:?}");
            assert!(ticks.len() <= 11, "{min}..{max}: {ticks:?}");
            assert!(ticks.iter().all(|t| *t >= min - 1e-9 && *t <= max + 1e-9));
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!(
                [1.0, 2.0, 2.5, 5.0]
                    .iter()
                    .any(|m| (mantissa - m).abs() < 1e-9),
                "{step}"
            );
        }
        assert_eq!(
            value_ticks(0.0, 150_000.0).0,
            [0.0, 50_000.0, 100_000.0, 150_000.0]
        );
    }
}
