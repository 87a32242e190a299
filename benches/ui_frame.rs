//! One frame of the main screen's UI logic (layout and widgets, no rendering), through the
//! kittest harness, with the default scenario.

use criterion::{Criterion, criterion_group, criterion_main};
use crm_roi::app::CrmRoiApp;
use egui_kittest::Harness;

fn ui_frame(c: &mut Criterion) {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), CrmRoiApp::default());
    harness.run();
    c.bench_function("ui_frame/main_screen", |b| b.iter(|| harness.step()));
}

criterion_group!(benches, ui_frame);
criterion_main!(benches);
