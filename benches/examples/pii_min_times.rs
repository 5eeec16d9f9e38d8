//! Minimum time per call of the PII stage and of each detector on the PII benchmark's texts
//! (`benches/pii.rs`): the minimum over 300 x 10 calls, steadier than criterion's mean on a
//! loaded machine. `cargo run --release -p botwall-benches --example pii_min_times`.
//!
//! `--rounds N --text clean|pii|big [--detector NAME]`: instead, N calls of the stage (or of
//! one detector) on one text and no timing, for instruction counts under
//! `valgrind --tool=callgrind`. `--no-person-model`: the scanner with the learned single-name
//! rule off (`pii.person_model: false`), to see what the rule costs.

use botwall_benches::{arg, pii_corpus, PII_DETECTORS};
use botwall_engine::pii::Scanner;
use std::hint::black_box;
use std::time::Instant;

fn min_us(f: &dyn Fn() -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..300 {
        let t = Instant::now();
        for _ in 0..10 {
            black_box(f());
        }
        best = best.min(t.elapsed().as_secs_f64() * 1e5);
    }
    best
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let scanner = Scanner::all().with_person_model(!args.iter().any(|a| a == "--no-person-model"));
    if let Some(rounds) = arg(&args, "--rounds").and_then(|n| n.parse::<usize>().ok()) {
        let text = match arg(&args, "--text") {
            Some("pii") => pii_corpus(4096, true),
            Some("big") => pii_corpus(256 * 1024, false),
            _ => pii_corpus(4096, false),
        };
        let det = arg(&args, "--detector");
        let f = PII_DETECTORS
            .iter()
            .find(|(d, _)| det == Some(*d))
            .map(|(_, f)| *f);
        let mut n = 0;
        for _ in 0..rounds {
            n += match f {
                Some(f) => {
                    let mut v = Vec::new();
                    f(black_box(&text), &mut v);
                    v.len()
                }
                None => scanner.scan(black_box(&text)).len(),
            };
        }
        println!("{n} spans");
        return;
    }
    for (name, text) in [
        ("clean", pii_corpus(4096, false)),
        ("pii", pii_corpus(4096, true)),
    ] {
        let t = min_us(&|| scanner.scan(black_box(&text)).len());
        print!("{name}: scan {t:.1}");
        for (d, f) in PII_DETECTORS {
            let t = min_us(&|| {
                let mut v = Vec::new();
                f(black_box(&text), &mut v);
                v.len()
            });
            print!(" {d} {t:.2}");
        }
        println!(" (us, min of 300)");
    }
    let big = pii_corpus(256 * 1024, false);
    let mut best = f64::MAX;
    for _ in 0..20 {
        let t = Instant::now();
        black_box(scanner.scan(&big));
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("chat 256 KB: {:.1} MB/s", big.len() as f64 / best / 1e6);
}
