//! The headline figures across the top, each with its formula and the scenario's own numbers
//! in the tooltip.

use egui::{RichText, Ui};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::locale::format::{grouped, money, money_whole, payback, percent};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

/// One tile: caption, value, whether the value is bad news, and how it was computed.
pub struct Tile {
    pub caption: String,
    pub value: String,
    pub negative: bool,
    pub formula: String,
}

/// The six tiles of the calculator view, in order. Money shows whole units, readable at a
/// glance; the tooltip has the cents.
pub fn tiles(scenario: &Scenario, projection: &Projection) -> Vec<Tile> {
    let s = &projection.summary;
    let d = &projection.derived;
    let cur = scenario.currency.as_str();
    let horizon = scenario.horizon_months;
    let m = |v: Decimal| money(v, cur);
    let is_negative = |v: Decimal| v < Decimal::ZERO;
    vec![
        Tile {
            caption: format!("ROI at {horizon} months"),
            value: percent(s.roi_pct),
            negative: s.roi_pct.is_some_and(is_negative),
            formula: format!(
                "ROI = (total gain - total cost) / total cost × 100\n\
                 = ({} - {}) / {} × 100\n= {}",
                m(s.total_gain),
                m(s.total_cost),
                m(s.total_cost),
                percent(s.roi_pct)
            ),
        },
        Tile {
            caption: "Net gain".into(),
            value: money_whole(s.net_gain, cur),
            negative: is_negative(s.net_gain),
            formula: format!(
                "Net gain = total gain - total cost over {horizon} months\n= {} - {}\n= {}",
                m(s.total_gain),
                m(s.total_cost),
                m(s.net_gain)
            ),
        },
        Tile {
            caption: "Payback".into(),
            value: payback(s.payback_months, horizon),
            negative: s.payback_months.is_none(),
            formula: payback_formula(projection, horizon, cur),
        },
        Tile {
            caption: "NPV".into(),
            value: money_whole(s.npv, cur),
            negative: is_negative(s.npv),
            formula: format!(
                "NPV = sum over months m of (gain - cost) / (1 + i)^m\n\
                 i = {} % a month ({} % a year)\n\
                 = present value of gains {} - of costs {}\n= {}",
                grouped(d.monthly_discount_rate * Decimal::ONE_HUNDRED, 4),
                grouped(scenario.finance.discount_rate_annual_pct, 2),
                m(s.pv_gains),
                m(s.pv_costs),
                m(s.npv)
            ),
        },
        Tile {
            caption: "Monthly net at full adoption".into(),
            value: money_whole(s.monthly_net_at_full_adoption, cur),
            negative: is_negative(s.monthly_net_at_full_adoption),
            formula: format!(
                "Monthly gain once ramped up - monthly CRM cost\n\
                 gain = full gains × adoption × (1 - risk) = {}\n\
                 cost = seats × seat cost + admin = {}\n= {}",
                m(s.monthly_gain_at_full_adoption),
                m(d.monthly_recurring_cost),
                m(s.monthly_net_at_full_adoption)
            ),
        },
        Tile {
            caption: "New sales cycle".into(),
            value: format!("{} days", grouped(s.new_sales_cycle_days, 1)),
            negative: false,
            formula: format!(
                "Sales cycle × (1 - cycle reduction)\n= {} days × (1 - {} %)\n= {} days",
                grouped(scenario.baseline.sales_cycle_days, 1),
                grouped(scenario.gains.cycle_time_reduction_pct, 1),
                grouped(s.new_sales_cycle_days, 2)
            ),
        },
    ]
}

fn payback_formula(projection: &Projection, horizon: u32, currency: &str) -> String {
    let rule = "Payback: the first month from which the cumulative net stays at or above zero,\n\
                interpolated inside that month.";
    let Some(payback_months) = projection.summary.payback_months else {
        return format!(
            "{rule}\nThe cumulative net is still {} after {horizon} months.",
            money(projection.summary.net_gain, currency)
        );
    };
    let Some(index) = payback_months.ceil().to_usize().filter(|&i| i > 0) else {
        return format!("{rule}\nNothing is owed at go-live: paid back at month 0.");
    };
    match (
        projection.months.get(index - 1),
        projection.months.get(index),
    ) {
        (Some(before), Some(after)) => format!(
            "{rule}\n= {} + {} / ({} - {})\n= {} months",
            before.month,
            grouped(-before.cumulative_net, 2),
            grouped(after.cumulative_net, 2),
            grouped(before.cumulative_net, 2),
            grouped(payback_months, 2)
        ),
        _ => rule.to_owned(),
    }
}

/// Lays the tiles out in one row (wrapping on narrow windows).
pub fn ui(ui: &mut Ui, tiles: &[Tile], large: bool) {
    let count = tiles.len().max(1) as f32;
    let spacing = ui.spacing().item_spacing.x;
    let width = ((ui.available_width() - spacing * (count - 1.0)) / count).max(150.0);
    let value_size = if large { 40.0 } else { 21.0 };
    let caption_size = if large { 20.0 } else { 12.5 };
    ui.horizontal_wrapped(|ui| {
        for tile in tiles {
            let colour = if tile.negative {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().strong_text_color()
            };
            egui::Frame::group(ui.style())
                .fill(ui.visuals().faint_bg_color)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.set_width(width - 14.0);
                    // Equal heights even when a caption wraps to two lines.
                    ui.set_min_height(if large { 110.0 } else { 58.0 });
                    ui.vertical(|ui| {
                        ui.label(RichText::new(&tile.caption).size(caption_size).weak());
                        // Long figures (millions with a currency) get smaller, not wrapped.
                        let fitted =
                            value_size * (13.0 / tile.value.chars().count().max(13) as f32);
                        ui.label(
                            RichText::new(&tile.value)
                                .size(fitted)
                                .strong()
                                .color(colour),
                        );
                    });
                })
                .response
                .on_hover_text(RichText::new(&tile.formula).monospace());
        }
    });
}
