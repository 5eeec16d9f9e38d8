//! The PII stage alone (`pii::Scanner::scan`, every kind on) over chat text: a mixed
//! multilingual chat corpus without PII (the common case), a 4 KB message with some PII,
//! and short messages; each detector alone on the 4 KB message without and with PII.
//! Throughput in bytes of text.

use botwall_benches::{pii_corpus as corpus, PII_CHAT as CHAT, PII_DETECTORS};
use botwall_engine::pii::Scanner;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn pii(c: &mut Criterion) {
    let scanner = Scanner::all();
    let mut g = c.benchmark_group("pii");
    let big = corpus(256 * 1024, false);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("chat text without PII, 256 KB", |b| {
        b.iter(|| scanner.scan(black_box(&big)))
    });
    let msg4k = corpus(4096, true);
    g.throughput(Throughput::Bytes(msg4k.len() as u64));
    g.bench_function("4 KB message with PII", |b| {
        b.iter(|| scanner.scan(black_box(&msg4k)))
    });
    let msg4k_clean = corpus(4096, false);
    g.throughput(Throughput::Bytes(msg4k_clean.len() as u64));
    g.bench_function("4 KB message without PII", |b| {
        b.iter(|| scanner.scan(black_box(&msg4k_clean)))
    });
    let short: Vec<&str> = CHAT.to_vec();
    let bytes: usize = short.iter().map(|s| s.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("10 short chat messages", |b| {
        b.iter(|| {
            short
                .iter()
                .map(|m| scanner.scan(black_box(m)).len())
                .sum::<usize>()
        })
    });
    g.finish();
    // each detector alone on the 4 KB message without PII: where the time goes
    let mut d = c.benchmark_group("pii detector");
    d.throughput(Throughput::Bytes(msg4k_clean.len() as u64));
    let detectors = PII_DETECTORS;
    for (name, f) in detectors {
        d.bench_function(name, |b| {
            b.iter(|| {
                let mut v = Vec::new();
                f(black_box(&msg4k_clean), &mut v);
                v.len()
            })
        });
    }
    d.finish();
    // the same on the 4 KB message with PII (context checks and gates that only run there)
    let mut d = c.benchmark_group("pii detector with PII");
    d.throughput(Throughput::Bytes(msg4k.len() as u64));
    for (name, f) in detectors {
        d.bench_function(name, |b| {
            b.iter(|| {
                let mut v = Vec::new();
                f(black_box(&msg4k), &mut v);
                v.len()
            })
        });
    }
    d.finish();
}

criterion_group!(benches, pii);
criterion_main!(benches);
