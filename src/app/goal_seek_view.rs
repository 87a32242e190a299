//! Goal seek: which value of one driver reaches a target ROI or payback, with a button to apply
//! it to the scenario.

use egui::{RichText, Ui};
use rust_decimal::Decimal;

use crate::analysis::goal_seek::{GoalSeek, Target, goal_seek};
use crate::locale::format::{grouped, grouped_natural, percent};
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Goal {
    Roi,
    Payback,
}

/// What an answer was computed for: document revision, driver, goal and target (as bits).
type AnswerKey = (u64, Driver, Goal, u64);

pub struct GoalSeekView {
    driver: Driver,
    goal: Goal,
    target: f64,
    cached: Option<(AnswerKey, Result<GoalSeek, String>)>,
}

impl Default for GoalSeekView {
    fn default() -> Self {
        Self {
            driver: Driver::CrossSellUpliftPct,
            goal: Goal::Roi,
            target: 350.0,
            cached: None,
        }
    }
}

impl GoalSeekView {
    /// Shows the pickers and the answer; returns a value to apply when the user asks.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        revision: u64,
    ) -> Option<(Driver, Decimal)> {
        ui.label(RichText::new("What would have to be true?").strong());
        egui::Grid::new("goal_seek_inputs")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label("Driver");
                egui::ComboBox::from_id_salt("goal_seek_driver")
                    .selected_text(self.driver.label())
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for driver in Driver::ALL {
                            ui.selectable_value(&mut self.driver, driver, driver.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();

                let label = ui.label("Target");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.goal, Goal::Roi, "ROI at the horizon");
                    ui.radio_value(&mut self.goal, Goal::Payback, "Payback");
                    let suffix = if self.goal == Goal::Roi {
                        " %"
                    } else {
                        " months"
                    };
                    ui.add(
                        egui::DragValue::new(&mut self.target)
                            .speed(0.5)
                            .max_decimals(2)
                            .suffix(suffix),
                    )
                    .labelled_by(label.id);
                });
                ui.end_row();
            });
        let target_value = Decimal::try_from(self.target)
            .unwrap_or_default()
            .round_dp(2);
        let target = match self.goal {
            Goal::Roi => Target::RoiPct(target_value),
            Goal::Payback => Target::PaybackMonths(target_value),
        };
        let key = (revision, self.driver, self.goal, self.target.to_bits());
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let answer = goal_seek(scenario, self.driver, target).map_err(|e| e.to_string());
            self.cached = Some((key, answer));
        }
        ui.add_space(10.0);
        let Some((_, answer)) = &self.cached else {
            return None;
        };
        let answer = match answer {
            Ok(answer) => answer,
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
                return None;
            }
        };
        let unit = self.driver.unit().suffix(&scenario.currency);
        let wanted = match target {
            Target::RoiPct(v) => format!(
                "an ROI of {} at {} months",
                percent(Some(v)),
                scenario.horizon_months
            ),
            Target::PaybackMonths(v) => format!("payback in {} months", grouped(v, 2)),
        };
        match answer.value {
            Some(value) => {
                let achieved = match target {
                    Target::RoiPct(_) => percent(answer.achieved),
                    Target::PaybackMonths(_) => {
                        answer.achieved.map_or("no payback".to_owned(), |m| {
                            format!("{} months", grouped(m, 2))
                        })
                    }
                };
                ui.label(
                    RichText::new(format!(
                        "{} = {} {unit} gives {wanted} ({achieved}).",
                        self.driver.label(),
                        grouped_natural(value)
                    ))
                    .size(18.0),
                );
                ui.label(format!(
                    "Today: {} {unit}.",
                    grouped_natural(self.driver.get(scenario))
                ));
                if ui
                    .button("Apply to the scenario")
                    .on_hover_text("Set the driver to this value (undo with Ctrl+Z)")
                    .clicked()
                {
                    return Some((self.driver, value));
                }
            }
            None => {
                let show = |m: Option<Decimal>| match target {
                    Target::RoiPct(_) => percent(m),
                    Target::PaybackMonths(_) => m.map_or("no payback".to_owned(), |m| {
                        format!("{} months", grouped(m, 2))
                    }),
                };
                ui.label(
                    RichText::new(format!(
                        "No value of {} from {} {unit} reaches {wanted}: not reachable within the range.",
                        self.driver.label(),
                        self.driver.describe_range()
                    ))
                    .size(16.0)
                    .color(ui.visuals().warn_fg_color),
                );
                ui.label(format!(
                    "At {} {unit}: {}. At {} {unit}: {}.",
                    grouped_natural(self.driver.min()),
                    show(answer.at_min),
                    grouped_natural(self.driver.max()),
                    show(answer.at_max)
                ));
            }
        }
        None
    }
}
