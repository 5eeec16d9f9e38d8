//! `botwall`: the engine on the command line.
//!
//! - `botwall check POLICY.json` validates a policy (exit 1 with the field at fault).
//! - `botwall scan [--policy POLICY.json] [--text]` reads JSON Lines on stdin (Telegram
//!   updates, or with `--text` objects with a `"text"` field) and writes one verdict line
//!   per input. Rate limiting is not applied by `scan` (it depends on arrival times).
//! - `botwall person-features` reads `{"text": ...}` lines and writes, per line, the
//!   candidates of the learned single-name rule with their feature ids
//!   (`{"c": [[start, end, [ids...]], ...]}`, byte offsets): the training input of
//!   `tests/eval/person_model.py`.

use botwall_engine::ratelimit::MemoryStore;
use botwall_engine::{Engine, Inspection, Policy};
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  botwall check POLICY.json
  botwall scan [--policy POLICY.json] [--text] < updates.jsonl
  botwall person-features < texts.jsonl";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => match args.get(1) {
            Some(path) if args.len() == 2 => check(path),
            _ => usage(),
        },
        Some("scan") => {
            let mut policy = None;
            let mut text = false;
            let mut it = args.iter().skip(1);
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--policy" => match it.next() {
                        Some(p) => policy = Some(p.clone()),
                        None => return usage(),
                    },
                    "--text" => text = true,
                    _ => return usage(),
                }
            }
            scan(policy.as_deref(), text)
        }
        Some("person-features") if args.len() == 1 => person_features(),
        _ => usage(),
    }
}

fn person_features() -> ExitCode {
    let scanner = botwall_engine::pii::Scanner::all();
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            return ExitCode::from(1);
        };
        let text = serde_json::from_str::<Value>(&line)
            .ok()
            .and_then(|v| v.get("text").and_then(Value::as_str).map(str::to_owned))
            .unwrap_or_default();
        let c: Vec<Value> = scanner
            .person_features(&text)
            .into_iter()
            .map(|(s, e, f)| json!([s, e, f]))
            .collect();
        if writeln!(out, "{}", json!({ "c": c })).is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn load(path: &str) -> Result<Policy, String> {
    let raw = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    Policy::from_json(&raw).map_err(|e| format!("{path}: {e}"))
}

fn check(path: &str) -> ExitCode {
    match load(path) {
        Ok(_) => {
            println!("{path}: ok");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn text_update(n: u64, text: &str) -> Value {
    json!({
        "update_id": n,
        "message": {
            "message_id": n,
            "date": 0,
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": false, "first_name": "user"},
            "text": text
        }
    })
}

fn scan(policy: Option<&str>, text_mode: bool) -> ExitCode {
    let mut policy = match policy.map(load).transpose() {
        Ok(p) => p.unwrap_or_default(),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    policy.rate_limit.enabled = false;
    let engine = match Engine::new(policy, b"botwall-cli") {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut store = MemoryStore::default();
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                let _ = writeln!(
                    out,
                    "{}",
                    json!({"error": format!("unreadable input: {e}")})
                );
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let result = scan_line(&engine, &mut store, &line, n as u64 + 1, text_mode);
        if writeln!(out, "{result}").is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

fn scan_line(
    engine: &Engine,
    store: &mut MemoryStore,
    line: &str,
    n: u64,
    text_mode: bool,
) -> Value {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"error": format!("invalid JSON: {e}")}),
    };
    let update = if text_mode {
        match value.get("text").and_then(Value::as_str) {
            Some(t) => text_update(n, t),
            None => return json!({"error": "no \"text\" string field"}),
        }
    } else {
        value
    };
    let body = match serde_json::to_vec(&update) {
        Ok(b) => b,
        Err(e) => return json!({"error": format!("{e}")}),
    };
    match engine.inspect(&body, store, 0) {
        Inspection::Reject { rule, .. } => json!({"error": rule}),
        Inspection::Done(o) => {
            let findings: Vec<Value> = o
                .findings
                .iter()
                .map(|f| json!({"field": &*f.field, "kind": f.kind, "start": f.start_char, "end": f.end_char}))
                .collect();
            json!({
                "verdict": o.verdict.as_str(),
                "reasons": o.reasons,
                "findings": findings,
                "update": o.forwarded(&update.clone().into()),
            })
        }
    }
}
