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
    let mut tiles = vec![
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
                "Monthly gain once ramped up - monthly CRM cost, in month {horizon}\n\
                 gain = full gains × adoption × (1 - risk)\n\
                 \u{20}     + customers kept that month + recurring gain lines = {}\n\
                 cost = seats × seat price of the year + admin\n\
                 \u{20}     + recurring cost lines (whatever the billing) = {}\n= {}",
                m(s.monthly_gain_at_full_adoption),
                m(s.monthly_cost_at_full_adoption),
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
    ];
    let customers = s.customers_at_horizon;
    if !scenario.customers.active_customers.is_zero() {
        tiles.push(Tile {
            caption: format!("Customers at {horizon} months"),
            value: format!(
                "{} ({} without)",
                grouped(customers.with_crm, 1),
                grouped(customers.without_crm, 1)
            ),
            negative: false,
            formula: format!(
                "Customers month by month, from {} at go-live:\n\
                 without the CRM the base loses {} % a month;\n\
                 with it, a churn lower by {} % (ramped, × adoption).\n\
                 Kept at month {horizon}: {} customers, worth {} that month\n\
                 (× revenue per customer × margin × (1 - risk)).",
                grouped(scenario.customers.active_customers, 1),
                grouped(scenario.customers.monthly_churn_pct, 2),
                grouped(scenario.gains.churn_reduction_pct, 2),
                grouped(customers.with_crm - customers.without_crm, 1),
                m(projection
                    .months
                    .last()
                    .map_or(Decimal::ZERO, |m| m.gains.retention)),
            ),
        });
    }
    tiles
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

/// Lays the tiles out in as few rows of equal tiles as fit the width (each at least
/// `min_width` wide), balanced so no row is left with one tile. A figure too wide for its
/// tile is drawn smaller, never cut. `scale` is 1 in the calculator and larger in
/// presentation mode.
pub fn show(ui: &mut Ui, tiles: &[Tile], scale: f32, min_width: f32) {
    let count = tiles.len().max(1);
    let spacing = ui.spacing().item_spacing.x;
    let available = ui.available_width();
    let fits = (((available + spacing) / (min_width + spacing)).floor() as usize).clamp(1, count);
    let rows = count.div_ceil(fits);
    let per_row = count.div_ceil(rows);
    let width = (available - spacing * (per_row as f32 - 1.0)) / per_row as f32;
    let value_size = 21.0 * scale;
    let caption_size = 12.5 * scale;
    for row in tiles.chunks(per_row) {
        ui.horizontal(|ui| {
            for tile in row {
                tile_ui(ui, tile, width, value_size, caption_size, scale);
            }
        });
    }
}

/// Narrowest a tile gets before the tiles wrap into another row.
pub const MIN_TILE_WIDTH: f32 = 165.0;
/// The frame's inner margin and stroke, on both sides.
const TILE_PADDING: f32 = 14.0;

fn tile_ui(ui: &mut Ui, tile: &Tile, width: f32, value_size: f32, caption_size: f32, scale: f32) {
    let colour = if tile.negative {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().strong_text_color()
    };
    let inner_width = (width - TILE_PADDING).max(20.0);
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(inner_width);
            // Equal heights even when a caption wraps to two lines.
            ui.set_min_height(58.0 * scale);
            ui.vertical(|ui| {
                ui.label(RichText::new(&tile.caption).size(caption_size).weak());
                // A figure wider than the tile is drawn smaller, not wrapped or cut.
                let font = egui::FontId::proportional(value_size);
                let measured = ui
                    .painter()
                    .layout_no_wrap(tile.value.clone(), font, colour)
                    .size()
                    .x;
                let fitted = value_size * (inner_width / measured.max(1.0)).min(1.0);
                ui.add(
                    egui::Label::new(
                        RichText::new(&tile.value)
                            .size(fitted)
                            .strong()
                            .color(colour),
                    )
                    .wrap_mode(egui::TextWrapMode::Extend),
                );
            });
        })
        .response
        .on_hover_text(RichText::new(&tile.formula).monospace());
}
