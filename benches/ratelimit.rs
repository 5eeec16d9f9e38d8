//! The rate limiter and replay guard on an in-memory CAS store: ns per decision for one
//! busy user, for many distinct users (slot churn), and for a replay check + acknowledge.

use botwall_engine::policy::{RateLimit, Replay};
use botwall_engine::ratelimit::{Limiter, MemoryStore, ReplayGuard, Subject};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn ratelimit(c: &mut Criterion) {
    let limiter = Limiter::new(&RateLimit {
        limit: 1_000_000,
        ..RateLimit::default()
    });
    let mut g = c.benchmark_group("ratelimit");
    g.throughput(Throughput::Elements(1));
    let mut store = MemoryStore::default();
    let mut now = 0u64;
    g.bench_function("one user", |b| {
        b.iter(|| {
            now += 10;
            let who = Subject {
                user: Some(42),
                chat: Some(42),
                update_type: Some("message"),
            };
            black_box(limiter.check(&mut store, who, now))
        })
    });
    let mut store = MemoryStore::default();
    let mut user = 0i64;
    g.bench_function("distinct users", |b| {
        b.iter(|| {
            user += 1;
            now += 10;
            let who = Subject {
                user: Some(user),
                chat: Some(user),
                update_type: Some("message"),
            };
            black_box(limiter.check(&mut store, who, now))
        })
    });
    let guard = ReplayGuard::new(&Replay::default());
    let mut store = MemoryStore::default();
    let mut id = 0i64;
    g.bench_function("replay check + acknowledge", |b| {
        b.iter(|| {
            id += 1;
            now += 10;
            black_box(guard.is_replay(&store, id, now));
            black_box(guard.acknowledge(&mut store, id, now))
        })
    });
    g.finish();
}

criterion_group!(benches, ratelimit);
criterion_main!(benches);
