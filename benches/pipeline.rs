//! Benchmarks of the whole pipeline on the sample mix (throughput in bytes and updates).

use botwall_benches::sample_updates;
use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{Engine, Policy};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn pipeline(c: &mut Criterion) {
    let updates = sample_updates();
    let bytes: usize = updates.iter().map(Vec::len).sum();
    let mut policy = Policy::default();
    policy.rate_limit.limit = 1_000_000;
    let engine = match Engine::new(policy, b"bench-key") {
        Ok(e) => e,
        Err(e) => panic!("policy: {e}"),
    };
    let mut store = MemoryStore::default();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("mix", |b| {
        b.iter(|| {
            for u in &updates {
                std::hint::black_box(engine.inspect(u, &mut store, 0));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
