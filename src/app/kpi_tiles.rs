//! The headline figures across the top, each with its formula and the scenario's own numbers
//! in the tooltip.

use egui::{RichText, Ui};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::locale::format::{grouped, money, money_whole, payback, percent};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::tr;

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
            caption: tr!("tiles-roi-caption", months = horizon),
            value: percent(s.roi_pct),
            negative: s.roi_pct.is_some_and(is_negative),
            formula: format!(
                "{}\n= ({} - {}) / {} × 100\n= {}",
                tr!("tiles-roi-formula"),
                m(s.total_gain),
                m(s.total_cost),
                m(s.total_cost),
                percent(s.roi_pct)
            ),
        },
        Tile {
            caption: tr!("tiles-net-gain-caption"),
            value: money_whole(s.net_gain, cur),
            negative: is_negative(s.net_gain),
            formula: format!(
                "{}\n= {} - {}\n= {}",
                tr!("tiles-net-gain-formula", months = horizon),
                m(s.total_gain),
                m(s.total_cost),
                m(s.net_gain)
            ),
        },
        Tile {
            caption: tr!("tiles-payback-caption"),
            value: payback(s.payback_months, horizon),
            negative: s.payback_months.is_none(),
            formula: payback_formula(projection, horizon, cur),
        },
        Tile {
            caption: tr!("tiles-npv-caption"),
            value: money_whole(s.npv, cur),
            negative: is_negative(s.npv),
            formula: format!(
                "{}\n{}\n= {}\n= {}",
                tr!("tiles-npv-formula"),
                tr!(
                    "tiles-npv-rate",
                    monthly = grouped(d.monthly_discount_rate * Decimal::ONE_HUNDRED, 4),
                    annual = grouped(scenario.finance.discount_rate_annual_pct, 2),
                ),
                tr!(
                    "tiles-npv-present-values",
                    gains = m(s.pv_gains),
                    costs = m(s.pv_costs)
                ),
                m(s.npv)
            ),
        },
        Tile {
            caption: tr!("tiles-monthly-net-caption"),
            value: money_whole(s.monthly_net_at_full_adoption, cur),
            negative: is_negative(s.monthly_net_at_full_adoption),
            formula: format!(
                "{}\n{}\n      {}\n{}\n      {}\n= {}",
                tr!("tiles-monthly-net-formula", month = horizon),
                tr!("tiles-monthly-net-gain"),
                tr!(
                    "tiles-monthly-net-gain-more",
                    gain = m(s.monthly_gain_at_full_adoption)
                ),
                tr!("tiles-monthly-net-cost"),
                tr!(
                    "tiles-monthly-net-cost-more",
                    cost = m(s.monthly_cost_at_full_adoption)
                ),
                m(s.monthly_net_at_full_adoption)
            ),
        },
        Tile {
            caption: tr!("tiles-cycle-caption"),
            value: tr!("tiles-days", days = grouped(s.new_sales_cycle_days, 1)),
            negative: false,
            formula: format!(
                "{}\n= {}\n= {}",
                tr!("tiles-cycle-formula"),
                tr!(
                    "tiles-cycle-formula-values",
                    days = grouped(scenario.baseline.sales_cycle_days, 1),
                    reduction = grouped(scenario.gains.cycle_time_reduction_pct, 1),
                ),
                tr!("tiles-days", days = grouped(s.new_sales_cycle_days, 2))
            ),
        },
    ];
    let customers = s.customers_at_horizon;
    if !scenario.customers.active_customers.is_zero() {
        tiles.push(Tile {
            caption: tr!("tiles-customers-caption", months = horizon),
            value: tr!(
                "tiles-customers-value",
                with = grouped(customers.with_crm, 1),
                without = grouped(customers.without_crm, 1),
            ),
            negative: false,
            formula: tr!(
                "tiles-customers-formula",
                start = grouped(scenario.customers.active_customers, 1),
                churn = grouped(scenario.customers.monthly_churn_pct, 2),
                reduction = grouped(scenario.gains.churn_reduction_pct, 2),
                month = horizon,
                kept = grouped(customers.with_crm - customers.without_crm, 1),
                worth = m(projection
                    .months
                    .last()
                    .map_or(Decimal::ZERO, |m| m.gains.retention)),
            ),
        });
    }
    tiles
}

fn payback_formula(projection: &Projection, horizon: u32, currency: &str) -> String {
    let rule = tr!("tiles-payback-rule");
    let Some(payback_months) = projection.summary.payback_months else {
        return format!(
            "{rule}\n{}",
            tr!(
                "tiles-payback-not-reached",
                net = money(projection.summary.net_gain, currency),
                months = horizon,
            )
        );
    };
    let Some(index) = payback_months.ceil().to_usize().filter(|&i| i > 0) else {
        return format!("{rule}\n{}", tr!("tiles-payback-at-zero"));
    };
    match (
        projection.months.get(index - 1),
        projection.months.get(index),
    ) {
        (Some(before), Some(after)) => format!(
            "{rule}\n= {} + {} / ({} - {})\n= {}",
            before.month,
            grouped(-before.cumulative_net, 2),
            grouped(after.cumulative_net, 2),
            grouped(before.cumulative_net, 2),
            tr!("tiles-payback-months", months = grouped(payback_months, 2))
        ),
        _ => rule,
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
