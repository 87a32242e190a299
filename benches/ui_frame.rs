//! One frame of the calculator's UI logic (layout and widgets, no rendering), through the
//! kittest harness: the default scenario, and reference case 3 (every input group open, four
//! charts, the customers chart, the years table).

use criterion::{Criterion, criterion_group, criterion_main};
use crm_roi::app::CrmRoiApp;
use crm_roi::app::document::Document;
use crm_roi::files::load_scenario;
use crm_roi::locale::Lang;
use egui_kittest::Harness;

fn frame(c: &mut Criterion, name: &str, app: CrmRoiApp) {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    c.bench_function(name, |b| b.iter(|| harness.step()));
}

fn ui_frame(c: &mut Criterion) {
    frame(c, "ui_frame/main_screen", CrmRoiApp::default());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios/subscription-2-years.ron");
    let scenario = load_scenario(&path).expect("the example scenario loads");
    frame(
        c,
        "ui_frame/subscription_screen",
        CrmRoiApp::with_document(Document::new(scenario, None)),
    );
    // Plan vs actual over 60 months, with the grid of measured months in view.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios/tracked-half-year.ron");
    let mut tracked = load_scenario(&path).expect("the example scenario loads");
    tracked.horizon_months = 60;
    let mut app = CrmRoiApp::with_document(Document::new(tracked, None));
    app.view = crm_roi::app::View::Tracking;
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    {
        use egui_kittest::kittest::Queryable as _;
        harness
            .get_by_label_contains("Measured months")
            .scroll_to_me();
    }
    harness.run();
    c.bench_function("ui_frame/tracking_60_months", |b| b.iter(|| harness.step()));

    // The frame that follows View → Language: every label, tile and chart series made again
    // in the other language (alternating Chinese and Polish, so each frame is a switch).
    let scenario = load_scenario(&example("subscription-2-years.ron")).expect("loads");
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            CrmRoiApp::with_document(Document::new(scenario, None)),
        );
    harness.run();
    let mut chinese = false;
    c.bench_function("ui_frame/language_switch", |b| {
        b.iter(|| {
            chinese = !chinese;
            let lang = if chinese { Lang::Zh } else { Lang::Pl };
            harness.state_mut().set_language(lang);
            harness.step();
        })
    });
}

fn example(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name)
}

criterion_group!(benches, ui_frame);
criterion_main!(benches);
