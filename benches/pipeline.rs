//! Benchmarks of the whole pipeline on the sample mix (throughput in bytes), with each
//! stage switched off in turn to show where the time goes.

use botwall_benches::sample_updates;
use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{Engine, Policy};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn engine(f: impl FnOnce(&mut Policy)) -> Engine {
    let mut policy = Policy::default();
    policy.rate_limit.limit = 1_000_000;
    f(&mut policy);
    match Engine::new(policy, b"bench-key") {
        Ok(e) => e,
        Err(e) => panic!("policy: {e}"),
    }
}

fn pipeline(c: &mut Criterion) {
    let updates = sample_updates();
    let bytes: usize = updates.iter().map(Vec::len).sum();
    let variants: Vec<(&str, Engine)> = vec![
        ("all stages", engine(|_| {})),
        ("no injection", engine(|p| p.injection.enabled = false)),
        ("no content", engine(|p| p.content.enabled = false)),
        ("no pii", engine(|p| p.pii.enabled = false)),
        (
            "no rate limit, no replay",
            engine(|p| {
                p.rate_limit.enabled = false;
                p.replay.enabled = false;
            }),
        ),
        (
            "parse only",
            engine(|p| {
                p.injection.enabled = false;
                p.content.enabled = false;
                p.pii.enabled = false;
                p.rate_limit.enabled = false;
                p.replay.enabled = false;
            }),
        ),
    ];
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    for (name, e) in &variants {
        let mut store = MemoryStore::default();
        g.bench_function(*name, |b| {
            b.iter(|| {
                for u in &updates {
                    std::hint::black_box(e.inspect(u, &mut store, 0));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
