//! Time per step of the filter stages' preparation on the filters bench's chat texts
//! (minimum of many rounds, for speed work on a noisy machine):
//! `cargo run --release -p botwall-benches --example filter_parts [-- --long|--short]
//! [--only STEP] [--rounds N] [--pick K]` (STEP: 0-based index of the step in the output; N
//! rounds per step, 3000 by default: a few for instruction counts under callgrind; K: only
//! the K-th text).

use botwall_benches::{arg, chat_texts};
use botwall_engine::detect::lexicon::Lexicons;
use botwall_engine::detect::{model, Prepared, StageDetector, CONTENT_LEXICON, INJECTION_LEXICON};
use botwall_engine::normalize::{decoded_segments, normalize, normalize_into, Normalized};
use botwall_engine::policy::Detector;
use std::hint::black_box;
use std::time::Instant;

/// Steps timed so far.
static STEP: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Minimum time of `f` over `rounds` rounds, in microseconds (0 when `--only STEP` names
/// another step: for profiling one step).
fn min_us(rounds: usize, mut f: impl FnMut()) -> f64 {
    let args: Vec<String> = std::env::args().collect();
    let only = arg(&args, "--only").and_then(|n| n.parse::<usize>().ok());
    let step = STEP.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if only.is_some_and(|o| o != step) {
        return 0.0;
    }
    let rounds = if only.is_some() { rounds * 20 } else { rounds };
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64() * 1e6);
    }
    best
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pick = arg(&args, "--pick").and_then(|n| n.parse::<usize>().ok());
    let texts: Vec<String> = chat_texts()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| pick.is_none_or(|p| p == *i))
        .map(|(_, t)| t)
        .filter(|t| {
            if args.iter().any(|a| a == "--long") {
                t.len() > 1000
            } else if args.iter().any(|a| a == "--short") {
                t.len() <= 1000
            } else {
                true
            }
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = arg(&args, "--rounds")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(3000);
    let (Ok(lex), Some(m), Ok(inj), Ok(con)) = (
        Lexicons::parse(&[INJECTION_LEXICON, CONTENT_LEXICON]),
        model::builtin(),
        StageDetector::new("injection", &Detector::default()),
        StageDetector::new("content", &Detector::default()),
    ) else {
        eprintln!("lexicons, model or stages do not build");
        return;
    };
    let normed: Vec<Normalized> = texts.iter().map(|t| normalize(t)).collect();
    let mut n = Normalized::default();
    let mut hits = vec![Vec::new(); 2];
    let mut scratch = String::new();
    let mut feats = Vec::new();
    let mut p = Prepared::default();
    let prepared: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t)).collect();
    let steps: Vec<(&str, f64)> = vec![
        (
            "normalize",
            min_us(rounds, || {
                for t in &texts {
                    normalize_into(black_box(t), &mut n);
                }
            }),
        ),
        (
            "lexicon hits",
            min_us(rounds, || {
                for n in &normed {
                    lex.hits(black_box(n), &mut hits, &mut scratch);
                }
            }),
        ),
        (
            "model features+logits",
            min_us(rounds, || {
                for (t, n) in texts.iter().zip(&normed) {
                    model::features(black_box(t), n, m.bits, &mut feats);
                    black_box(m.logits(&feats));
                }
            }),
        ),
        (
            "decoded segments",
            min_us(rounds, || {
                for t in &texts {
                    black_box(decoded_segments(black_box(t)));
                }
            }),
        ),
        (
            "prepare (all)",
            min_us(rounds, || {
                for t in &texts {
                    p.prepare(black_box(t));
                }
            }),
        ),
        (
            "scan both (prepared)",
            min_us(rounds, || {
                for p in &prepared {
                    black_box(inj.scan_prepared(p).len() + con.scan_prepared(p).len());
                }
            }),
        ),
        (
            "prepare + scan both",
            min_us(rounds, || {
                for t in &texts {
                    p.prepare(black_box(t));
                    black_box(inj.scan_prepared(&p).len() + con.scan_prepared(&p).len());
                }
            }),
        ),
    ];
    println!(
        "{} texts, {bytes} bytes; minimum of {rounds} rounds",
        texts.len()
    );
    for (name, us) in steps {
        let mib = bytes as f64 / (us * 1e-6) / (1024.0 * 1024.0);
        println!("{name:>24}: {us:8.2} µs {mib:8.1} MiB/s");
    }
}
