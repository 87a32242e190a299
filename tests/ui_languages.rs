//! The window in the six languages, driven through egui_kittest: View → Language relabels it
//! at once and keeps the work; long labels stay inside a projector-sized window.

mod common;

use crm_roi::Driver;
use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::load_scenario;
use crm_roi::locale::Lang;
use crm_roi::locale::terms::driver_label;
use crm_roi::tr;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};

const PROJECTOR: [f32; 2] = [1280.0, 720.0];

fn harness(file: &str, size: [f32; 2]) -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example(file)).unwrap();
    common::window(
        CrmRoiApp::with_document(Document::new(scenario, None)),
        size,
    )
}

/// A message as `lang` writes it.
fn text_in(lang: Lang, message: impl FnOnce() -> String) -> String {
    let before = Lang::current();
    lang.use_here();
    let text = message();
    before.use_here();
    text
}

fn seats(harness: &Harness<'_, CrmRoiApp>) -> i64 {
    i64::from(harness.state().document.scenario().team.seats)
}

#[test]
fn view_language_relabels_the_window_at_once_and_keeps_the_work() {
    let mut harness = harness("defaults.ron", [1400.0, 900.0]);
    let seats_en = text_in(Lang::En, || driver_label(Driver::Seats));
    let seats_pl = text_in(Lang::Pl, || driver_label(Driver::Seats));
    let before = seats(&harness);

    // Some work: a typed value (one undo step) and another tab open.
    let field = harness.get_by_role_and_label(Role::TextInput, &seats_en);
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, &seats_en)
        .type_text("25");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(seats(&harness), 25);
    harness
        .get_by_label(&text_in(Lang::En, || tr!("app-view-sensitivity")))
        .click();
    harness.run();
    assert_eq!(harness.state().view, View::Sensitivity);

    harness
        .get_by_label(&text_in(Lang::En, || tr!("menu-view")))
        .click();
    harness.run();
    harness.get_by_label(Lang::Pl.native_name()).click();
    // The frame that handles the click switches; the next one is drawn in Polish.
    harness.step();
    harness.step();
    assert!(
        harness
            .query_by_label(&text_in(Lang::Pl, || tr!("app-view-sensitivity")))
            .is_some(),
        "the tab is relabelled on the next frame"
    );
    harness.run();
    assert_eq!(harness.state().language(), Lang::Pl);
    assert!(
        harness
            .query_by_label(&text_in(Lang::En, || tr!("app-view-sensitivity")))
            .is_none()
    );
    assert_eq!(
        harness.state().view,
        View::Sensitivity,
        "the open tab stays"
    );
    assert_eq!(seats(&harness), 25, "the scenario stays");

    // Back on the calculator the same value sits under its Polish label.
    harness
        .get_by_label(&text_in(Lang::Pl, || tr!("app-view-calculator")))
        .click();
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, &seats_pl)
            .value()
            .as_deref(),
        Some("25")
    );
    // The undo history came through the switch.
    assert!(harness.state().document.can_undo());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(seats(&harness), before);
}

/// Every labelled widget of the window in `lang` at 1280 × 720 lies inside the window: none
/// is pushed off the right edge by a longer word.
fn nothing_off_the_edge(lang: Lang, view: View) {
    let mut harness = harness("subscription-2-years.ron", PROJECTOR);
    harness.state_mut().set_language(lang);
    harness.state_mut().view = view;
    harness.run();
    let outside: Vec<String> = harness
        .query_all(by().predicate(|node| {
            let labelled = node.label().is_some_and(|l| !l.trim().is_empty());
            let Some(rect) = node.bounding_box() else {
                return false;
            };
            labelled && (rect.x0 < -0.5 || rect.x1 > f64::from(PROJECTOR[0]) + 0.5)
        }))
        .map(|node| format!("{:?} {:?}", node.accesskit_node().label(), node.rect()))
        .collect();
    assert!(outside.is_empty(), "{lang:?} {view:?}: {outside:#?}");
}

#[test]
fn long_portuguese_and_polish_labels_stay_inside_a_projector_window() {
    for lang in [Lang::PtBr, Lang::Pl] {
        for view in View::ALL {
            nothing_off_the_edge(lang, view);
        }
    }
}

#[test]
fn an_ambiguous_entry_says_how_it_was_read() {
    let mut harness = harness("defaults.ron", [1400.0, 900.0]);
    harness.state_mut().set_language(Lang::Pl);
    harness.run();
    let label = text_in(Lang::Pl, || driver_label(Driver::RevenuePerDeal));
    harness
        .get_by_role_and_label(Role::TextInput, &label)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, &label)
        .type_text("2.500");
    harness.key_press(Key::Enter);
    harness.run();
    // In Polish a point groups thousands: 2.500 is two and a half thousand, and says so.
    assert_eq!(
        Driver::RevenuePerDeal.get(harness.state().document.scenario()),
        common::dec("2500")
    );
    let note = text_in(Lang::Pl, || {
        tr!("inputs-read-as", typed = "2.500", value = "2500")
    });
    assert!(harness.query_by_label(&note).is_some(), "{note}");
}

#[test]
fn the_language_chosen_is_remembered_for_the_next_start() {
    use crm_roi::app::session::Settings;
    let first = Settings {
        lang: Some(Lang::Pl),
        ..Settings::default()
    };
    let mut harness = common::window(CrmRoiApp::start(None, &first, None, None), [1400.0, 900.0]);
    assert_eq!(harness.state().language(), Lang::Pl);
    harness
        .get_by_label(&text_in(Lang::Pl, || tr!("menu-view")))
        .click();
    harness.run();
    harness.get_by_label(Lang::Zh.native_name()).click();
    harness.run();
    // What the window keeps when it closes, read back as the next start reads it.
    let kept = ron::to_string(&harness.state().settings()).unwrap();
    let next: Settings = ron::from_str(&kept).unwrap();
    assert_eq!(next.lang, Some(Lang::Zh));
    let harness = common::window(CrmRoiApp::start(None, &next, None, None), [1400.0, 900.0]);
    assert!(
        harness
            .query_by_label(&text_in(Lang::Zh, || tr!("app-view-sensitivity")))
            .is_some()
    );
}

#[test]
fn a_closed_section_stays_closed_through_a_language_switch() {
    let mut harness = harness("defaults.ron", [1400.0, 900.0]);
    let team = text_in(Lang::En, || tr!("term-group-team"));
    let seats_en = text_in(Lang::En, || driver_label(Driver::Seats));
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, &seats_en)
            .is_some()
    );
    harness.get_by_label(&team).click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, &seats_en)
            .is_none(),
        "the Team section closed"
    );
    harness.state_mut().set_language(Lang::Ru);
    harness.run();
    let seats_ru = text_in(Lang::Ru, || driver_label(Driver::Seats));
    assert!(
        harness
            .query_by_label(&text_in(Lang::Ru, || tr!("term-group-team")))
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, &seats_ru)
            .is_none(),
        "still closed in Russian: the section's id does not depend on its title"
    );
}
