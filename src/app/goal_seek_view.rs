//! Goal seek: which value of one driver reaches a target ROI or payback, with a button to apply
//! it to the scenario. The sentences are the command line's (`report::analysis`), so both say
//! the same thing.

use egui::{RichText, Ui};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::analysis::goal_seek::{GoalSeek, Target, goal_seek};
use crate::locale::format::{field_number, parse_field_number, percent_suffix};
use crate::locale::terms;
use crate::model::driver::Driver;
use crate::model::projection::Summary;
use crate::model::scenario::Scenario;
use crate::report::analysis::goal_seek_sentences;
use crate::tr;

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
    /// `None` until the view first shows a scenario: then a target it can reach.
    target: Option<f64>,
    cached: Option<(AnswerKey, Result<GoalSeek, String>)>,
}

impl Default for GoalSeekView {
    fn default() -> Self {
        Self {
            driver: Driver::CrossSellUpliftPct,
            goal: Goal::Roi,
            target: None,
            cached: None,
        }
    }
}

/// A target near today's figure, so the first answer is a useful one: an ROI a tenth above
/// today's (rounded to a whole percent), or a payback half a month sooner.
fn reachable_target(goal: Goal, summary: Option<&Summary>, horizon_months: u32) -> f64 {
    let to_f64 = |v: Decimal| v.to_f64().unwrap_or(0.0);
    match goal {
        Goal::Roi => summary
            .and_then(|s| s.roi_pct)
            .map_or(100.0, |roi| (to_f64(roi) + to_f64(roi).abs() * 0.1).round()),
        Goal::Payback => summary.and_then(|s| s.payback_months).map_or(
            f64::from(horizon_months.saturating_sub(1).max(1)),
            |months| ((to_f64(months) - 0.5).max(0.0) * 10.0).round() / 10.0,
        ),
    }
}

impl GoalSeekView {
    /// Shows the pickers and the answer; returns a value to apply when the user asks.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        summary: Option<&Summary>,
        revision: u64,
    ) -> Option<(Driver, Decimal)> {
        let horizon = scenario.horizon_months;
        let mut target = self
            .target
            .unwrap_or_else(|| reachable_target(self.goal, summary, horizon));
        ui.label(RichText::new(tr!("goal-title")).strong());
        egui::Grid::new("goal_seek_inputs")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(tr!("goal-driver"));
                egui::ComboBox::from_id_salt("goal_seek_driver")
                    .selected_text(terms::driver_label(self.driver))
                    .width(280.0)
                    .show_ui(ui, |ui| {
                        for driver in Driver::ALL {
                            ui.selectable_value(
                                &mut self.driver,
                                driver,
                                terms::driver_label(driver),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();

                let label = ui.label(tr!("goal-target"));
                ui.horizontal(|ui| {
                    let before = self.goal;
                    ui.radio_value(&mut self.goal, Goal::Roi, tr!("goal-roi"));
                    ui.radio_value(&mut self.goal, Goal::Payback, tr!("goal-payback"));
                    if self.goal != before {
                        target = reachable_target(self.goal, summary, horizon);
                    }
                    let suffix = if self.goal == Goal::Roi {
                        percent_suffix()
                    } else {
                        format!(" {}", tr!("goal-months-unit"))
                    };
                    ui.add(
                        egui::DragValue::new(&mut target)
                            .speed(0.5)
                            .custom_formatter(|value, _| field_number(value))
                            .custom_parser(parse_field_number)
                            .suffix(suffix),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(match self.goal {
                        Goal::Roi => tr!("goal-roi-help"),
                        Goal::Payback => tr!("goal-payback-help"),
                    });
                    if ui
                        .button(tr!("goal-near-today"))
                        .on_hover_text(tr!("goal-near-today-help"))
                        .clicked()
                    {
                        target = reachable_target(self.goal, summary, horizon);
                    }
                });
                ui.end_row();
            });
        self.target = Some(target);
        let target_value = Decimal::try_from(target).unwrap_or_default().round_dp(2);
        let goal_target = match self.goal {
            Goal::Roi => Target::RoiPct(target_value),
            Goal::Payback => Target::PaybackMonths(target_value),
        };
        let key = (revision, self.driver, self.goal, target.to_bits());
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let answer = goal_seek(scenario, self.driver, goal_target)
                .map_err(|e| crate::locale::messages::calc_error(&e));
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
        let mut sentences = goal_seek_sentences(answer, scenario).into_iter();
        if let Some(headline) = sentences.next() {
            let mut text = RichText::new(headline).size(18.0);
            if !answer.reached {
                text = text.color(ui.visuals().warn_fg_color);
            }
            ui.label(text);
        }
        for sentence in sentences {
            ui.label(sentence);
        }
        if let (true, Some(value)) = (answer.reached, answer.value)
            && ui
                .button(tr!("goal-apply"))
                .on_hover_text(tr!("goal-apply-help"))
                .clicked()
        {
            return Some((self.driver, value));
        }
        None
    }
}
