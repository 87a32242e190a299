//! Time of one full projection (series and summary) of the default scenario.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crm_roi::{Scenario, project};

fn projection(c: &mut Criterion) {
    let mut group = c.benchmark_group("projection");
    for horizon_months in [12, 60] {
        let scenario = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        group.bench_function(format!("{horizon_months}_months"), |b| {
            b.iter(|| project(black_box(&scenario)))
        });
    }
    group.finish();
}

criterion_group!(benches, projection);
criterion_main!(benches);
