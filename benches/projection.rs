//! Time of one full projection (series, summary and years): a scenario with every version-2
//! driver and three extra lines, and the version-1 defaults (which must not get slower).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crm_roi::files::load_scenario;
use crm_roi::model::scenario::{Line, LineKind, Per};
use crm_roi::{Scenario, project};
use rust_decimal::Decimal;

/// SPEC reference case 3 (every version-2 driver, annual billing with a yearly rise) with a
/// third line, a yearly cost.
fn every_driver(horizon_months: u32) -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios/subscription-2-years.ron");
    let mut scenario = load_scenario(&path).expect("the example scenario loads");
    scenario.horizon_months = horizon_months;
    scenario.lines.push(Line {
        name: "Data warehouse sync".into(),
        kind: LineKind::Cost,
        amount: Decimal::from(2400),
        per: Per::Year,
        from_month: 1,
        to_month: Some(24),
    });
    scenario
}

fn projection(c: &mut Criterion) {
    let mut group = c.benchmark_group("projection");
    for horizon_months in [12, 60] {
        let scenario = every_driver(horizon_months);
        group.bench_function(format!("{horizon_months}_months"), |b| {
            b.iter(|| project(black_box(&scenario)))
        });
        let version_1 = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        group.bench_function(format!("version_1_{horizon_months}_months"), |b| {
            b.iter(|| project(black_box(&version_1)))
        });
    }
    group.finish();
}

criterion_group!(benches, projection);
criterion_main!(benches);
