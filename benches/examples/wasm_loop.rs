//! The pipeline on the sample mix in a plain loop, for comparing the native build with the
//! wasm32-wasip1 build under a wasm runtime (Node's V8):
//! `cargo run --release -p botwall-benches --example wasm_loop` and
//! `node tests/wasm/wasi-runner.mjs target/wasm32-wasip1/release/examples/wasm_loop.wasm`.
//! Options: `--update N` (one sample update), `--pii-text BYTES` (one message with the PII
//! bench's corpus of that size, PII included), `--only pii|filters` (the other detectors
//! off), `--entities` (with `--pii-text`: the message carries an entities array, one bold
//! entity, so redaction remaps entities), `--parse-only`, `--no-limits` (rate limiting and
//! replay off), `--rounds N`,
//! `--evict MB` (cold caches before each update).

use botwall_benches::{arg, pii_corpus, sample_updates};
use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{Engine, Policy};
use std::time::Instant;

fn main() {
    // `--update N`: only the N-th sample update (0-based), e.g. to profile one kind.
    let args: Vec<String> = std::env::args().collect();
    let only = arg(&args, "--update").and_then(|n| n.parse::<usize>().ok());
    // `--pii-text BYTES`: instead of the mix, one message holding the PII bench's chat
    // corpus of that size with PII in it (the same text `bench.py --stage-times` sends).
    let pii_text = arg(&args, "--pii-text").and_then(|n| n.parse::<usize>().ok());
    let updates: Vec<Vec<u8>> = match pii_text {
        Some(n) => {
            let mut u = serde_json::json!({"update_id": 1, "message": {"message_id": 1, "date": 1,
                "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": false, "first_name": "Ana"},
                "text": pii_corpus(n, true)}});
            if args.iter().any(|a| a == "--entities") {
                u["message"]["entities"] =
                    serde_json::json!([{"type": "bold", "offset": 0, "length": 2}]);
            }
            serde_json::to_vec(&u).into_iter().collect()
        }
        None => sample_updates()
            .into_iter()
            .enumerate()
            .filter(|(i, _)| only.is_none_or(|n| n == *i))
            .map(|(_, u)| u)
            .collect(),
    };
    let mut policy = Policy::default();
    policy.rate_limit.limit = 1_000_000;
    // `--only STAGE` (pii, filters): the other detectors off.
    match arg(&args, "--only") {
        Some("pii") => {
            policy.injection.enabled = false;
            policy.content.enabled = false;
        }
        Some("filters") => policy.pii.enabled = false,
        _ => {}
    }
    // `--no-limits`: rate limiting and replay protection off (as `bench.py --engine-loop`
    // runs the engine inside Envoy).
    if std::env::args().any(|a| a == "--no-limits") {
        policy.rate_limit.enabled = false;
        policy.replay.enabled = false;
    }
    if std::env::args().any(|a| a == "--parse-only") {
        policy.rate_limit.enabled = false;
        policy.replay.enabled = false;
        policy.pii.enabled = false;
        policy.injection.enabled = false;
        policy.content.enabled = false;
    }
    let engine = match Engine::new(policy, b"bench-key") {
        Ok(e) => e,
        Err(e) => {
            eprintln!("policy: {e}");
            return;
        }
    };
    let mut store = MemoryStore::default();
    let rounds: u32 = arg(&args, "--rounds")
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    for _ in 0..200 {
        for u in &updates {
            std::hint::black_box(engine.inspect(u, &mut store, 0));
        }
    }
    // `--evict MB`: write over a buffer of that size before each update, as a proxy's own
    // work between two requests would, so the engine starts with cold caches; only the
    // inspections are timed.
    let evict_mb = arg(&args, "--evict").and_then(|n| n.parse::<usize>().ok());
    if let Some(mb) = evict_mb {
        let mut junk = vec![0u8; mb << 20];
        let mut spent = std::time::Duration::ZERO;
        for r in 0..rounds {
            for u in &updates {
                for (i, b) in junk.iter_mut().enumerate().step_by(64) {
                    *b = b.wrapping_add((i as u8) ^ (r as u8));
                }
                std::hint::black_box(&junk);
                let t = Instant::now();
                std::hint::black_box(engine.inspect(u, &mut store, 0));
                spent += t.elapsed();
            }
        }
        let per = spent / (rounds * updates.len() as u32);
        println!(
            "{} updates x {rounds}, caches evicted ({mb} MB) before each: {per:?} per update",
            updates.len()
        );
        return;
    }
    let t = Instant::now();
    for _ in 0..rounds {
        for u in &updates {
            std::hint::black_box(engine.inspect(u, &mut store, 0));
        }
    }
    let per = t.elapsed() / (rounds * updates.len() as u32);
    println!("{} updates x {rounds}: {per:?} per update", updates.len());
}
