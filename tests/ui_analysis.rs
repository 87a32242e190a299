//! The analysis views, driven through egui_kittest.

mod common;

use std::time::Duration;

use crm_roi::analysis::goal_seek::{Target, goal_seek};
use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::load_scenario;
use crm_roi::locale::format::percent;
use crm_roi::{Driver, project};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness_with(file: &str) -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example(file)).unwrap();
    let app = CrmRoiApp::with_document(Document::new(scenario, None));
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app)
}

fn open_view(harness: &mut Harness<'_, CrmRoiApp>, view: View) {
    harness
        .get_by_role_and_label(Role::Button, &view.title())
        .click();
    harness.run();
    assert_eq!(harness.state().view, view);
}

/// Steps until the background simulation has finished (it runs on its own thread).
fn wait_for_risk(harness: &mut Harness<'_, CrmRoiApp>) {
    for _ in 0..600 {
        harness.step();
        if harness.state().risk_result().is_some() && !harness.state().risk_running() {
            harness.step();
            harness.step();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the simulation did not finish");
}

#[test]
fn compare_shows_both_scenarios_and_highlights_the_best() {
    let mut harness = harness_with("defaults.ron");
    harness.run();
    open_view(&mut harness, View::Compare);
    harness.get_by_label_contains("Add a scenario file or a preset");
    assert!(
        harness
            .state_mut()
            .add_to_compare(&common::example("cautious-founder.ron"))
    );
    harness.run();
    // In the headline table, in the table of inputs that differ, and in the ROI legend.
    assert_eq!(harness.get_all_by_label("Cautious founder").count(), 3);
    harness.get_by_role_and_label(Role::Button, "cautious-founder.ron ×");
    harness.get_by_label("289.61 %");
    harness.get_by_label("-44.29 %");
    harness.get_by_label("not within 12 months");
    // The same horizon: every row is ranked.
    assert!(harness.query_by_label_contains("not ranked").is_none());
    assert_eq!(harness.get_all_by_label("12 months").count(), 2);
    // The inputs that explain the difference, with both values.
    harness.get_by_label("Inputs that differ");
    harness.get_by_label("75 %");
    // Legend entries of the overlaid ROI curves, and of the cost and gain curves.
    harness.get_by_role_and_label(Role::CheckBox, "Defaults");
    harness.get_by_role_and_label(Role::CheckBox, "Cautious founder");
    harness.get_by_role_and_label(Role::CheckBox, "Cautious founder cost");
    harness.get_by_role_and_label(Role::CheckBox, "Cautious founder gain");
}

/// A 36-month ROI is not "best" against a 12-month one: the horizon row shows both, and the
/// rows that add up over the horizon say they are not ranked.
#[test]
fn compare_ranks_totals_only_between_equal_horizons() {
    let mut harness = harness_with("defaults.ron");
    harness.run();
    open_view(&mut harness, View::Compare);
    assert!(
        harness
            .state_mut()
            .add_to_compare(&common::example("large-team.ron"))
    );
    harness.run();
    // In the headline table's horizon row and in the inputs that differ.
    assert_eq!(harness.get_all_by_label("12 months").count(), 2);
    assert_eq!(harness.get_all_by_label("36 months").count(), 2);
    harness.get_by_label_contains("measured over different horizons");
    // The large team counts in another currency, so amounts are not ranked either; ROI and
    // discounted ROI are not ranked across horizons.
    assert_eq!(
        harness
            .get_all_by_label("different horizons: not ranked")
            .count(),
        2
    );
    assert_eq!(
        harness
            .get_all_by_label("different currencies: not ranked")
            .count(),
        5
    );

    // The same scenario over 24 months, in the same currency: every figure that adds up over
    // the horizon says why it is not ranked.
    let dir = tempfile::tempdir().unwrap();
    let longer = dir.path().join("two-years.ron");
    let mut scenario = load_scenario(&common::example("defaults.ron")).unwrap();
    scenario.horizon_months = 24;
    scenario.name = "Two years".into();
    crm_roi::files::save_scenario(&longer, &scenario).unwrap();
    let mut harness = harness_with("defaults.ron");
    harness.run();
    open_view(&mut harness, View::Compare);
    assert!(harness.state_mut().add_to_compare(&longer));
    harness.run();
    // Total cost, total gain, net gain, ROI, NPV, discounted ROI.
    assert_eq!(
        harness
            .get_all_by_label("different horizons: not ranked")
            .count(),
        6
    );
}

#[test]
fn sensitivity_lists_every_driver_and_a_click_selects_its_input() {
    let mut harness = harness_with("defaults.ron");
    harness.run();
    open_view(&mut harness, View::Sensitivity);
    // Every driver is a bar, or a button in the list of drivers with no effect on the ROI.
    for driver in Driver::ALL {
        let bar = format!("{} effect", driver.label());
        assert!(
            harness
                .query_by_role_and_label(Role::Button, &bar)
                .is_some()
                || harness
                    .query_by_role_and_label(Role::Button, driver.label())
                    .is_some(),
            "{driver:?}"
        );
    }
    harness.get_by_label_contains("No effect on the ROI at ±20 %");
    harness.get_by_label_contains("ROI at the horizon: 289.61 %");
    harness
        .get_by_role_and_label(Role::Button, "Discount rate (annual)")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Discount rate (annual)")
            .is_focused()
    );
}

#[test]
fn risk_view_runs_the_simulation_and_shows_its_probabilities() {
    let mut harness = harness_with("cautious-founder.ron");
    harness.run();
    open_view(&mut harness, View::Risk);
    wait_for_risk(&mut harness);
    let result = harness.state().risk_result().unwrap().clone();
    assert_eq!(result.runs, 10_000);
    harness.get_by_label("Chance of a negative ROI");
    harness.get_by_label(&format!("{:.1} %", result.probability_negative_roi * 100.0));
    harness.get_by_label(&format!("{:.2} %", result.roi_pct.p50));
    harness.get_by_role_and_label(Role::CheckBox, "P50");

    // Editing a range starts a new simulation that replaces the old result.
    harness
        .get_by_role_and_label(Role::CheckBox, "Win-rate uplift")
        .click();
    harness.run_steps(2);
    wait_for_risk(&mut harness);
    let scenario = harness.state().document.scenario().clone();
    assert!(scenario.ranges.contains_key("win_rate_uplift_pct"));
    assert_ne!(harness.state().risk_result().unwrap(), &result);
}

#[test]
fn goal_seek_finds_a_value_and_applies_it() {
    let mut harness = harness_with("defaults.ron");
    harness.run();
    open_view(&mut harness, View::GoalSeek);
    // Default: cross-sell uplift for an ROI of 100 %; ask for 350 % instead.
    let target = harness.get_by_role_and_label(Role::SpinButton, "Target");
    target.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::SpinButton, "Target")
        .type_text("350");
    harness.key_press(egui::Key::Enter);
    harness.run();

    let scenario = harness.state().document.scenario().clone();
    let answer = goal_seek(
        &scenario,
        Driver::CrossSellUpliftPct,
        Target::RoiPct(common::dec("350")),
    )
    .unwrap();
    harness.get_by_label_contains("gives an ROI of 350.00 %");
    harness.get_by_label("Apply to the scenario").click();
    harness.run();
    let applied = harness.state().document.scenario().clone();
    assert_eq!(applied.gains.cross_sell_uplift_pct, answer.value.unwrap());
    let roi = project(&applied).unwrap().summary.roi_pct.unwrap();
    assert!((roi - common::dec("350")).abs() <= common::dec("0.01"));

    open_view(&mut harness, View::Calculator);
    harness.get_by_label(&percent(Some(roi)));
}

/// Types into the first "Range" field (the low value) and commits it.
fn type_into_low_field(harness: &mut Harness<'_, CrmRoiApp>, text: &str) {
    let low = || {
        harness
            .get_all_by_role_and_label(Role::TextInput, "Range")
            .next()
    };
    low().expect("a range field").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_all_by_role_and_label(Role::TextInput, "Range")
        .next()
        .expect("a range field")
        .type_text(text);
    harness.key_press(egui::Key::Enter);
    harness.run();
}

#[test]
fn a_risk_range_is_set_beside_its_input() {
    let mut harness = harness_with("defaults.ron");
    harness.run();
    let toggle = harness.get_by_label("Risk range of Cross-sell / upsell uplift");
    toggle.click();
    harness.run();
    let range = harness.state().document.scenario().ranges["cross_sell_uplift_pct"];
    assert_eq!(
        (range.low, range.likely, range.high),
        (common::dec("4"), common::dec("5"), common::dec("6"))
    );

    // The three fields appear under the input; the first is the low value.
    type_into_low_field(&mut harness, "2");
    let range = harness.state().document.scenario().ranges["cross_sell_uplift_pct"];
    assert_eq!(range.low, common::dec("2"));

    // A low value above the most likely one is refused with a message.
    type_into_low_field(&mut harness, "7");
    harness.get_by_label_contains("low must not be above most likely");
    assert_eq!(
        harness.state().document.scenario().ranges["cross_sell_uplift_pct"].low,
        common::dec("2")
    );

    // Undo takes the range change back like any other edit.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().document.scenario().ranges["cross_sell_uplift_pct"].low,
        common::dec("4")
    );

    harness
        .get_by_label("Risk range of Cross-sell / upsell uplift")
        .click();
    harness.run();
    assert!(harness.state().document.scenario().ranges.is_empty());
}
