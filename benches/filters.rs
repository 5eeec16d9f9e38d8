//! Throughput of the injection and harmful-content stages on chat text (criterion).
//!
//! `cargo bench -p botwall-benches --bench filters`. Each text is prepared (normalised,
//! decoded) once and scanned by both stages, as the pipeline does; throughput is in bytes
//! of message text.

use botwall_benches::chat_texts;
use botwall_engine::detect::{Prepared, StageDetector};
use botwall_engine::policy::Detector;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn filters(c: &mut Criterion) {
    let cfg = Detector::default();
    let (Ok(injection), Ok(content)) = (
        StageDetector::new("injection", &cfg),
        StageDetector::new("content", &cfg),
    ) else {
        return;
    };
    let texts = chat_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("filters");
    g.throughput(Throughput::Bytes(bytes as u64));
    let mut p = Prepared::default();
    g.bench_function("both_stages_chat", |b| {
        b.iter(|| {
            let mut hits = 0;
            for t in &texts {
                p.prepare(black_box(t));
                hits += injection.scan_prepared(&p).len() + content.scan_prepared(&p).len();
            }
            hits
        })
    });
    g.bench_function("prepare_only_chat", |b| {
        b.iter(|| {
            for t in &texts {
                p.prepare(black_box(t));
            }
        })
    });
    g.bench_function("both_stages_chat_separately", |b| {
        b.iter(|| {
            let mut hits = 0;
            for t in &texts {
                hits += injection.scan(black_box(t)).len() + content.scan(black_box(t)).len();
            }
            hits
        })
    });
    g.finish();
    let long: Vec<String> = texts.iter().filter(|t| t.len() > 1000).cloned().collect();
    let short: Vec<String> = texts.iter().filter(|t| t.len() <= 1000).cloned().collect();
    for (name, set) in [("long_ascii", long), ("short_mixed", short)] {
        let bytes: usize = set.iter().map(String::len).sum();
        let mut g = c.benchmark_group("filters_parts");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{name}/both"), |b| {
            b.iter(|| {
                let mut hits = 0;
                for t in &set {
                    p.prepare(black_box(t));
                    hits += injection.scan_prepared(&p).len() + content.scan_prepared(&p).len();
                }
                hits
            })
        });
        g.bench_function(format!("{name}/prepare"), |b| {
            b.iter(|| {
                for t in &set {
                    p.prepare(black_box(t));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, filters);
criterion_main!(benches);
