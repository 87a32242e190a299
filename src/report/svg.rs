//! Small, dependency-free SVG charts for the HTML report: lines and stacked bars over months,
//! with grid, axis labels and a legend. Self-contained, so the report prints anywhere.

use std::fmt::Write as _;

/// One named series of (month, value) points.
pub struct Series<'a> {
    pub name: &'a str,
    pub colour: &'a str,
    pub points: Vec<(f64, f64)>,
}

/// A labelled point to call out (payback, break-even).
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 44.0;

/// Escapes text for XML/HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A step of 1, 2 or 5 × 10^n that cuts `span` into about five parts.
fn nice_step(span: f64) -> f64 {
    if !span.is_finite() || span <= 0.0 {
        return 1.0;
    }
    let raw = span / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

struct Frame {
    x_max: f64,
    y_min: f64,
    y_max: f64,
    y_step: f64,
}

impl Frame {
    fn new(x_max: f64, values: impl Iterator<Item = f64>) -> Self {
        let (mut y_min, mut y_max) = (0.0_f64, 0.0_f64);
        for v in values.filter(|v| v.is_finite()) {
            y_min = y_min.min(v);
            y_max = y_max.max(v);
        }
        if y_max - y_min < 1e-9 {
            y_max = y_min + 1.0;
        }
        let y_step = nice_step(y_max - y_min);
        Self {
            x_max: x_max.max(1.0),
            y_min: (y_min / y_step).floor() * y_step,
            y_max: (y_max / y_step).ceil() * y_step,
            y_step,
        }
    }

    fn x(&self, month: f64) -> f64 {
        LEFT + month / self.x_max * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (self.y_max - value) / (self.y_max - self.y_min) * (HEIGHT - TOP - BOTTOM)
    }

    /// Grid, axes and their labels.
    fn axes(&self, out: &mut String, title: &str, y_label: &dyn Fn(f64) -> String) {
        let _ = write!(
            out,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{t}" font-family="Helvetica, Arial, sans-serif" font-size="13">"##,
            t = escape(title)
        );
        let _ = write!(out, r##"<title>{}</title>"##, escape(title));
        let _ = write!(
            out,
            r##"<text x="{LEFT}" y="16" font-size="15" font-weight="bold">{}</text>"##,
            escape(title)
        );
        let steps = ((self.y_max - self.y_min) / self.y_step).round() as i64;
        for i in 0..=steps {
            let value = self.y_min + i as f64 * self.y_step;
            let y = self.y(value);
            let stroke = if value.abs() < 1e-9 { "#555" } else { "#ddd" };
            let _ = write!(
                out,
                r##"<line x1="{LEFT}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" stroke="{stroke}"/><text x="{lx}" y="{ty:.1}" text-anchor="end">{label}</text>"##,
                x2 = WIDTH - RIGHT,
                lx = LEFT - 6.0,
                ty = y + 4.0,
                label = escape(&y_label(value))
            );
        }
        let month_step = nice_step(self.x_max).max(1.0);
        let mut month = 0.0;
        while month <= self.x_max + 1e-9 {
            let x = self.x(month);
            let _ = write!(
                out,
                r##"<text x="{x:.1}" y="{y}" text-anchor="middle">{month}</text>"##,
                y = HEIGHT - BOTTOM + 16.0
            );
            month += month_step;
        }
        let _ = write!(
            out,
            r##"<text x="{x}" y="{y}" text-anchor="middle">Month</text>"##,
            x = (LEFT + WIDTH - RIGHT) / 2.0,
            y = HEIGHT - 8.0
        );
    }
}

/// Legend entries left to right, wrapping to a new line at the right edge.
fn legend(out: &mut String, entries: &[(&str, &str)]) {
    let (mut x, mut y) = (LEFT + 8.0, TOP + 4.0);
    for (name, colour) in entries {
        let width = 24.0 + name.chars().count() as f64 * 7.0;
        if x + width > WIDTH - RIGHT && x > LEFT + 8.0 {
            x = LEFT + 8.0;
            y += 16.0;
        }
        let _ = write!(
            out,
            r##"<rect x="{x:.1}" y="{y:.1}" width="11" height="11" fill="{colour}"/><text x="{tx:.1}" y="{ty:.1}">{name}</text>"##,
            tx = x + 15.0,
            ty = y + 10.0,
            name = escape(name)
        );
        x += width;
    }
}

/// Lines over months, with optional call-outs.
pub fn line_chart(
    title: &str,
    series: &[Series<'_>],
    markers: &[Marker],
    y_label: &dyn Fn(f64) -> String,
) -> String {
    let x_max = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .fold(1.0, f64::max);
    let frame = Frame::new(
        x_max,
        series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .chain(markers.iter().map(|m| m.y)),
    );
    let mut out = String::new();
    frame.axes(&mut out, title, y_label);
    for s in series {
        let points: Vec<String> = s
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", frame.x(x), frame.y(y)))
            .collect();
        let _ = write!(
            out,
            r##"<polyline fill="none" stroke="{}" stroke-width="2.5" points="{}"/>"##,
            s.colour,
            points.join(" ")
        );
    }
    for marker in markers {
        let (x, y) = (frame.x(marker.x), frame.y(marker.y));
        let _ = write!(
            out,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="#222"/><text x="{tx:.1}" y="{ty:.1}" font-weight="bold">{}</text>"##,
            escape(&marker.label),
            tx = x + 8.0,
            ty = y - 8.0
        );
    }
    let entries: Vec<(&str, &str)> = series.iter().map(|s| (s.name, s.colour)).collect();
    legend(&mut out, &entries);
    out.push_str("</svg>");
    out
}

/// Bars per month, the series stacked in order.
pub fn stacked_bars(title: &str, series: &[Series<'_>], y_label: &dyn Fn(f64) -> String) -> String {
    let months: Vec<f64> = series
        .first()
        .map(|s| s.points.iter().map(|p| p.0).collect())
        .unwrap_or_default();
    let totals: Vec<f64> = (0..months.len())
        .map(|i| {
            series
                .iter()
                .map(|s| s.points.get(i).map_or(0.0, |p| p.1))
                .sum()
        })
        .collect();
    let x_max = months.iter().copied().fold(1.0, f64::max) + 0.5;
    // Headroom above the tallest bar for the two-line legend.
    let frame = Frame::new(x_max, totals.iter().map(|t| t * 1.45));
    let mut out = String::new();
    frame.axes(&mut out, title, y_label);
    let bar_width = (frame.x(1.0) - frame.x(0.0)) * 0.7;
    for (i, &month) in months.iter().enumerate() {
        let mut base = 0.0;
        for s in series {
            let value = s.points.get(i).map_or(0.0, |p| p.1);
            let (top, bottom) = (frame.y(base + value), frame.y(base));
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="{top:.1}" width="{bar_width:.1}" height="{h:.1}" fill="{c}"><title>{n}, month {month}: {v}</title></rect>"##,
                x = frame.x(month) - bar_width / 2.0,
                h = (bottom - top).max(0.0),
                c = s.colour,
                n = escape(s.name),
                v = escape(&y_label(value))
            );
            base += value;
        }
    }
    let entries: Vec<(&str, &str)> = series.iter().map(|s| (s.name, s.colour)).collect();
    legend(&mut out, &entries);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(100.0), 20.0);
        assert_eq!(nice_step(36_400.0), 10_000.0);
        assert_eq!(nice_step(12.0), 5.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("A & <B>"), "A &amp; &lt;B&gt;");
        let svg = line_chart(
            "R&D <plan>",
            &[Series {
                name: "x<y",
                colour: "#000",
                points: vec![(0.0, 1.0), (1.0, 2.0)],
            }],
            &[],
            &|v| format!("{v}"),
        );
        assert!(svg.contains("R&amp;D &lt;plan&gt;"));
        assert!(!svg.contains("<plan>"));
    }
}
