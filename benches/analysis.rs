//! The analyses of SPEC §5: sensitivity and goal seek on the default scenario (12 months), the
//! risk range on the defaults and on reference case 3 (every version-2 driver).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crm_roi::Scenario;
use crm_roi::analysis::goal_seek::{Target, goal_seek};
use crm_roi::analysis::risk::{Control, risk_on_threads};
use crm_roi::analysis::sensitivity::sensitivity;
use crm_roi::model::driver::Driver;
use crm_roi::model::scenario::Triangle;
use rust_decimal::Decimal;

fn with_ranges() -> Scenario {
    let mut scenario = Scenario::default();
    let t = |low, likely, high| Triangle {
        low: Decimal::from(low),
        likely: Decimal::from(likely),
        high: Decimal::from(high),
    };
    scenario
        .ranges
        .insert("cross_sell_uplift_pct".into(), t(2, 5, 9));
    scenario
        .ranges
        .insert("cycle_time_reduction_pct".into(), t(5, 10, 20));
    scenario.ranges.insert("adoption_pct".into(), t(60, 90, 95));
    scenario
}

/// Reference case 3 with ranges on five drivers, churn reduction among them.
fn subscription_with_ranges(horizon_months: u32) -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios/subscription-2-years.ron");
    let mut scenario = crm_roi::files::load_scenario(&path).expect("the example scenario loads");
    scenario.horizon_months = horizon_months;
    let t = |low, likely, high| Triangle {
        low: Decimal::from(low),
        likely: Decimal::from(likely),
        high: Decimal::from(high),
    };
    for (driver, triangle) in [
        ("churn_reduction_pct", t(10, 30, 45)),
        ("cross_sell_uplift_pct", t(2, 5, 9)),
        ("acquisition_cost_reduction_pct", t(5, 17, 25)),
        ("support_time_reduction_pct", t(5, 20, 30)),
        ("adoption_pct", t(60, 90, 95)),
    ] {
        scenario.ranges.insert(driver.into(), triangle);
    }
    scenario
}

fn analysis(c: &mut Criterion) {
    // Tracking: the example's six measured months over 12 months, from the scenario (the
    // projection included, as the window and `crm-roi track` compute it).
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios/tracked-half-year.ron");
    let tracked = crm_roi::files::load_scenario(&path).expect("the example scenario loads");
    c.bench_function("track/12_months_6_measured", |b| {
        b.iter(|| {
            let projection = crm_roi::project(black_box(&tracked)).expect("a valid scenario");
            crm_roi::model::tracking::track(&tracked, &projection)
        })
    });
    let scenario = Scenario::default();
    c.bench_function("sensitivity/all_drivers", |b| {
        b.iter(|| sensitivity(black_box(&scenario), Decimal::from(20)))
    });
    let target = Target::RoiPct(Decimal::from(350));
    c.bench_function("goal_seek/cross_sell_for_roi", |b| {
        b.iter(|| goal_seek(black_box(&scenario), Driver::CrossSellUpliftPct, target))
    });
    let uncertain = with_ranges();
    let mut group = c.benchmark_group("risk");
    group.sample_size(20);
    let cases = [
        ("version_1_", 12, uncertain),
        ("", 12, subscription_with_ranges(12)),
        ("", 24, subscription_with_ranges(24)),
    ];
    for (prefix, horizon, scenario) in &cases {
        for threads in [1, 2] {
            let name = format!("{prefix}10000_runs_{horizon}_months_{threads}_thread");
            group.bench_function(name, |b| {
                b.iter(|| {
                    risk_on_threads(black_box(scenario), 10_000, 1, &Control::default(), threads)
                        .expect("a valid scenario")
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
