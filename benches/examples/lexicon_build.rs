//! Builds the built-in lexicons `--rounds N` times (1 by default) and prints the fastest
//! build, for speed work on the start-up cost (every Envoy worker's VM builds them once):
//! `cargo run --release -p botwall-benches --example lexicon_build [-- --rounds 5]`;
//! under callgrind, one round counts the instructions of one build.

use botwall_benches::arg;
use botwall_engine::detect::lexicon::Lexicons;
use botwall_engine::detect::{CONTENT_LEXICON, INJECTION_LEXICON};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds = arg(&args, "--rounds")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1);
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        match Lexicons::parse(&[INJECTION_LEXICON, CONTENT_LEXICON]) {
            Ok(lex) => std::hint::black_box(&lex),
            Err(e) => {
                eprintln!("the built-in lexicons do not build: {e}");
                std::process::exit(1);
            }
        };
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("lexicon build: {best:.1} ms (fastest of {rounds})");
}
