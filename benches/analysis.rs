//! The analyses of SPEC §5 on the default scenario (12 months).

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
    scenario.ranges.insert("adoption_pct".into(), t(60, 85, 95));
    scenario
}

fn analysis(c: &mut Criterion) {
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
    for threads in [1, 2] {
        group.bench_function(format!("10000_runs_12_months_{threads}_thread"), |b| {
            b.iter(|| {
                risk_on_threads(
                    black_box(&uncertain),
                    10_000,
                    1,
                    &Control::default(),
                    threads,
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
