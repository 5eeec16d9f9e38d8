//! Bench-only (feature `engine-loop`, never deployed): at configure, runs the engine in a
//! hot loop on a few sample updates and logs the time per update, so the same code can be
//! timed inside Envoy's V8, under Node (`benches/examples/wasm_loop.rs`) and natively.
//! `bench.py --engine-loop` builds it and reads the lines.

use crate::host;
use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::Engine;
use proxy_wasm::types::LogLevel;

/// The first samples of `benches/lib.rs` (same text): a callback query, a short Russian
/// message with an e-mail address, an English chat message.
const SAMPLES: &[(&str, &str)] = &[
    (
        "callback query",
        r#"{"update_id":4,"callback_query":{"id":"99","from":{"id":44,"is_bot":false,"first_name":"Li"},"chat_instance":"1","data":"page:2"}}"#,
    ),
    (
        "short Russian message with e-mail",
        r#"{"update_id":5,"message":{"message_id":5,"date":1700000000,"chat":{"id":45,"type":"private","first_name":"Иван"},"from":{"id":45,"is_bot":false,"first_name":"Иван"},"text":"Привет! Напиши мне на ivan.petrov@example.com, пожалуйста"}}"#,
    ),
];

/// The PII benchmark's texts (`benches/pii_corpus.rs`: chat in ten languages with prices,
/// order numbers and times; every sixth piece a paragraph full of PII).
#[allow(dead_code)]
mod corpus {
    include!("../../../benches/pii_corpus.rs");
}

/// The 4 KB message `bench.py --stage-times` sends as "4 KB chat with PII" (its text needs
/// no JSON escaping).
fn pii_text_update() -> String {
    format!(
        r#"{{"update_id":1,"message":{{"message_id":1,"date":1,"chat":{{"id":42,"type":"private"}},"from":{{"id":42,"is_bot":false,"first_name":"Ana"}},"text":"{}"}}}}"#,
        corpus::pii_corpus(4096, true)
    )
}

const ROUNDS: u64 = 3000;
const COLD_ROUNDS: u64 = 300;

/// Times `ROUNDS` inspections of each sample (after 200 untimed) and logs the mean, with
/// the configured policy minus rate limiting and replay protection (as `wasm_loop`: the
/// same update again and again would be limited and then skip the detectors); then the
/// 4 KB message with PII with every stage, the PII stage only and the filters only.
pub fn run(configured: &Engine) {
    let mut policy = configured.policy().clone();
    policy.rate_limit.enabled = false;
    policy.replay.enabled = false;
    let Ok(engine) = Engine::new(policy.clone(), b"engine-loop") else {
        return;
    };
    for (name, body) in SAMPLES {
        time(&engine, name, body.as_bytes(), ROUNDS);
    }
    let big = pii_text_update();
    time(&engine, "4 KB chat with PII", big.as_bytes(), ROUNDS / 10);
    let mut pii_only = policy.clone();
    pii_only.injection.enabled = false;
    pii_only.content.enabled = false;
    let mut filters_only = policy;
    filters_only.pii.enabled = false;
    for (name, p) in [("PII only", pii_only), ("filters only", filters_only)] {
        if let Ok(e) = Engine::new(p, b"engine-loop") {
            let name = format!("4 KB chat with PII, {name}");
            time(&e, &name, big.as_bytes(), ROUNDS / 10);
        }
    }
}

/// Logs the mean time of `rounds` inspections of `body` (after 200 untimed), hot, and of
/// `COLD_ROUNDS` with a 16 MB buffer written over before each (as `wasm_loop --evict 16`).
fn time(engine: &Engine, name: &str, body: &[u8], rounds: u64) {
    let mut store = MemoryStore::default();
    for _ in 0..200 {
        std::hint::black_box(engine.inspect(body, &mut store, 0));
    }
    let t = host::now_nanos();
    for _ in 0..rounds {
        std::hint::black_box(engine.inspect(body, &mut store, 0));
    }
    let ns = host::now_nanos().saturating_sub(t) / rounds;
    host::log(
        LogLevel::Warn,
        &format!("botwall.engine_loop {name}: {ns} ns per update"),
    );
    let mut junk = vec![0u8; 16 << 20];
    let mut spent = 0u64;
    for r in 0..COLD_ROUNDS {
        for (i, b) in junk.iter_mut().enumerate().step_by(64) {
            *b = b.wrapping_add((i as u8) ^ (r as u8));
        }
        std::hint::black_box(&junk);
        let t = host::now_nanos();
        std::hint::black_box(engine.inspect(body, &mut store, 0));
        spent += host::now_nanos().saturating_sub(t);
    }
    host::log(
        LogLevel::Warn,
        &format!(
            "botwall.engine_loop {name} (cold): {} ns per update",
            spent / COLD_ROUNDS
        ),
    );
}
