//! Small, dependency-free SVG charts for the HTML report: lines and stacked bars over months,
//! with grid, axis labels and a legend. Self-contained, so the report prints anywhere.

use std::fmt::Write as _;

use super::axis::{month_ticks, value_ticks};
use crate::tr;

/// One named series of (month, value) points.
pub struct Series<'a> {
    pub name: &'a str,
    pub colour: &'a str,
    pub points: Vec<(f64, f64)>,
    pub stroke: Stroke,
}

/// How a series is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// A forecast rather than a record.
    Dashed,
    /// A dot at each point and no line: the records among the months.
    Dots,
}

/// A labelled point to call out (payback, break-even).
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// The size of a chart in SVG units; text keeps its size, so a larger canvas gives the plot
/// more room rather than larger letters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Canvas {
    pub width: f64,
    pub height: f64,
}

impl Canvas {
    /// A chart in the one-page report (three side by side).
    pub const REPORT: Canvas = Canvas {
        width: 480.0,
        height: 320.0,
    };
    /// A chart for a slide: 16:9, rendered at 1600 × 900 pixels by the PNG export.
    pub const SLIDE: Canvas = Canvas {
        width: 960.0,
        height: 540.0,
    };
}

const LEFT: f64 = 84.0;
const RIGHT: f64 = 18.0;
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

struct Frame {
    canvas: Canvas,
    /// The month axis runs from `x_min` to `x_max` (bars get half a month on each side) and
    /// labels months `0..=horizon`.
    x_min: f64,
    x_max: f64,
    horizon: u32,
    y_min: f64,
    y_max: f64,
    y_ticks: Vec<f64>,
}

impl Frame {
    fn new(
        canvas: Canvas,
        (x_min, x_max): (f64, f64),
        horizon: u32,
        values: impl Iterator<Item = f64>,
    ) -> Self {
        let (mut y_min, mut y_max) = (0.0_f64, 0.0_f64);
        for v in values.filter(|v| v.is_finite()) {
            y_min = y_min.min(v);
            y_max = y_max.max(v);
        }
        if y_max - y_min < 1e-9 {
            y_max = y_min + 1.0;
        }
        // Ticks at round values, then the frame widened to the next tick on each side.
        let (_, step) = value_ticks(y_min, y_max);
        let (y_min, y_max) = ((y_min / step).floor() * step, (y_max / step).ceil() * step);
        let (y_ticks, _) = value_ticks(y_min, y_max);
        Self {
            canvas,
            x_min,
            x_max: x_max.max(x_min + 1.0),
            horizon,
            y_min,
            y_max,
            y_ticks,
        }
    }

    fn x(&self, month: f64) -> f64 {
        LEFT + (month - self.x_min) / (self.x_max - self.x_min) * (self.canvas.width - LEFT - RIGHT)
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (self.y_max - value) / (self.y_max - self.y_min) * (self.canvas.height - TOP - BOTTOM)
    }

    /// Grid, axes and their labels.
    fn axes(&self, out: &mut String, title: &str, y_label: &dyn Fn(f64) -> String) {
        let (width, height) = (self.canvas.width, self.canvas.height);
        let _ = write!(
            out,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{t}" font-family="Helvetica, Arial, sans-serif" font-size="13">"##,
            t = escape(title)
        );
        let _ = write!(out, r##"<title>{}</title>"##, escape(title));
        let _ = write!(
            out,
            r##"<rect width="{width}" height="{height}" fill="#fff"/><text x="{LEFT}" y="18" font-size="15" font-weight="bold">{}</text>"##,
            escape(title)
        );
        for &value in &self.y_ticks {
            let y = self.y(value);
            let stroke = if value.abs() < 1e-9 { "#555" } else { "#ddd" };
            let _ = write!(
                out,
                r##"<line x1="{LEFT}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" stroke="{stroke}"/><text x="{lx}" y="{ty:.1}" text-anchor="end">{label}</text>"##,
                x2 = width - RIGHT,
                lx = LEFT - 6.0,
                ty = y + 4.0,
                label = escape(&y_label(value))
            );
        }
        for month in month_ticks(self.horizon) {
            let x = self.x(f64::from(month));
            let _ = write!(
                out,
                r##"<line x1="{x:.1}" x2="{x:.1}" y1="{y1:.1}" y2="{y2:.1}" stroke="#999"/><text x="{x:.1}" y="{y}" text-anchor="middle">{month}</text>"##,
                y1 = height - BOTTOM,
                y2 = height - BOTTOM + 4.0,
                y = height - BOTTOM + 17.0
            );
        }
        let _ = write!(
            out,
            r##"<text x="{x}" y="{y}" text-anchor="middle">{label}</text>"##,
            x = (LEFT + width - RIGHT) / 2.0,
            y = height - 8.0,
            label = escape(&tr!("report-chart-month-axis"))
        );
    }

    /// A call-out's text position and anchor: to the right of the point in the left half of
    /// the chart, to its left in the right half, so it stays inside.
    fn callout(&self, x: f64) -> (f64, &'static str) {
        if x <= (self.x_min + self.x_max) / 2.0 {
            (self.x(x) + 8.0, "start")
        } else {
            (self.x(x) - 8.0, "end")
        }
    }
}

/// About how wide `text` is at the charts' 11 px: Latin and Cyrillic letters ~7 px, Chinese
/// characters and full-width forms a whole em.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 12.5 } else { 7.0 })
        .sum()
}

/// East Asian wide characters: CJK ideographs and punctuation, full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}')
}

/// Legend entries left to right, wrapping to a new line at the right edge; a dashed or dotted
/// series shows its stroke, so a forecast is told from a record in print.
fn legend(out: &mut String, canvas: Canvas, entries: &[(&str, &str, Stroke)]) {
    let (mut x, mut y) = (LEFT + 8.0, TOP + 4.0);
    for (name, colour, stroke) in entries {
        let swatch = if *stroke == Stroke::Dashed {
            22.0
        } else {
            11.0
        };
        let width = 13.0 + swatch + text_width(name);
        if x + width > canvas.width - RIGHT && x > LEFT + 8.0 {
            x = LEFT + 8.0;
            y += 16.0;
        }
        match stroke {
            Stroke::Solid => {
                let _ = write!(
                    out,
                    r##"<rect x="{x:.1}" y="{y:.1}" width="11" height="11" fill="{colour}"/>"##
                );
            }
            Stroke::Dashed => {
                let _ = write!(
                    out,
                    r##"<line x1="{x:.1}" x2="{x2:.1}" y1="{ym:.1}" y2="{ym:.1}" stroke="{colour}" stroke-width="2.5" stroke-dasharray="5 3"/>"##,
                    x2 = x + swatch,
                    ym = y + 5.5
                );
            }
            Stroke::Dots => {
                let _ = write!(
                    out,
                    r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="4" fill="{colour}"/>"##,
                    cx = x + 5.5,
                    cy = y + 5.5
                );
            }
        }
        let _ = write!(
            out,
            r##"<text x="{tx:.1}" y="{ty:.1}">{name}</text>"##,
            tx = x + swatch + 4.0,
            ty = y + 10.0,
            name = escape(name)
        );
        x += width;
    }
}

/// Lines over months, with optional call-outs.
pub fn line_chart(
    canvas: Canvas,
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
        canvas,
        (0.0, x_max),
        x_max.round() as u32,
        series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .chain(markers.iter().map(|m| m.y)),
    );
    let mut out = String::new();
    frame.axes(&mut out, title, y_label);
    for s in series {
        if s.stroke == Stroke::Dots {
            for &(x, y) in &s.points {
                let _ = write!(
                    out,
                    r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="{}"/>"##,
                    frame.x(x),
                    frame.y(y),
                    s.colour
                );
            }
            continue;
        }
        let points: Vec<String> = s
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", frame.x(x), frame.y(y)))
            .collect();
        let _ = write!(
            out,
            r##"<polyline fill="none" stroke="{}" stroke-width="2.5"{} points="{}"/>"##,
            s.colour,
            if s.stroke == Stroke::Dashed {
                r#" stroke-dasharray="7 5""#
            } else {
                ""
            },
            points.join(" ")
        );
    }
    for marker in markers {
        let (x, y) = (frame.x(marker.x), frame.y(marker.y));
        let (tx, anchor) = frame.callout(marker.x);
        // Below the point when it sits near the top, where the text would leave the chart.
        let ty = if y - 8.0 < TOP + 20.0 {
            y + 18.0
        } else {
            y - 8.0
        };
        let _ = write!(
            out,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="#222"/><text x="{tx:.1}" y="{ty:.1}" text-anchor="{anchor}" font-weight="bold" stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
            escape(&marker.label),
        );
    }
    let entries: Vec<(&str, &str, Stroke)> = series
        .iter()
        .map(|s| (s.name, s.colour, s.stroke))
        .collect();
    legend(&mut out, canvas, &entries);
    out.push_str("</svg>");
    out
}

/// Bars per month, the series stacked in order.
pub fn stacked_bars(
    canvas: Canvas,
    title: &str,
    series: &[Series<'_>],
    y_label: &dyn Fn(f64) -> String,
) -> String {
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
    let horizon = months.iter().copied().fold(1.0, f64::max);
    // Half a month either side for the first and last bars; headroom above the tallest bar
    // for the legend.
    let frame = Frame::new(
        canvas,
        (months.first().copied().unwrap_or(0.0) - 0.5, horizon + 0.5),
        horizon.round() as u32,
        totals.iter().map(|t| t * 1.45),
    );
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
                r##"<rect x="{x:.1}" y="{top:.1}" width="{bar_width:.1}" height="{h:.1}" fill="{c}"><title>{t}</title></rect>"##,
                x = frame.x(month) - bar_width / 2.0,
                h = (bottom - top).max(0.0),
                c = s.colour,
                t = escape(&tr!(
                    "report-chart-bar-title",
                    series = s.name,
                    month = month.to_string(),
                    value = y_label(value),
                ))
            );
            base += value;
        }
    }
    let entries: Vec<(&str, &str, Stroke)> = series
        .iter()
        .map(|s| (s.name, s.colour, s.stroke))
        .collect();
    legend(&mut out, canvas, &entries);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twelve_month_chart_labels_every_month_and_four_values() {
        let svg = line_chart(
            Canvas::REPORT,
            "Loss",
            &[Series {
                name: "net",
                colour: "#000",
                points: (0..=12)
                    .map(|m| (f64::from(m), -1000.0 * f64::from(m)))
                    .collect(),
                stroke: Stroke::Solid,
            }],
            &[],
            &|v| format!("{v:.0}"),
        );
        for month in 0..=12 {
            assert!(
                svg.contains(&format!("text-anchor=\"middle\">{month}</text>")),
                "{month}"
            );
        }
        let value_labels = svg.matches("text-anchor=\"end\">").count();
        assert!(value_labels >= 4, "{svg}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("A & <B>"), "A &amp; &lt;B&gt;");
        let svg = line_chart(
            Canvas::REPORT,
            "R&D <plan>",
            &[Series {
                name: "x<y",
                colour: "#000",
                points: vec![(0.0, 1.0), (1.0, 2.0)],
                stroke: Stroke::Solid,
            }],
            &[],
            &|v| format!("{v}"),
        );
        assert!(svg.contains("R&amp;D &lt;plan&gt;"));
        assert!(!svg.contains("<plan>"));
    }
}
