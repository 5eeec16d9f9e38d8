//! Measurement of both stages on the labelled sets in `../shared/eval` (beside the repo).
//!
//! Rows are split deterministically: SHA-256 of the text, first 4 bytes as a big-endian
//! number, `% 10 < 3` is **held out** (never looked at while writing the lexicons), the
//! rest is the tuning part. `quality_gate` runs in `make test` and asserts floors;
//! `eval_report` (ignored; `make eval-filters` runs it) prints the tables and writes the
//! per-row verdicts for the baseline comparison script.

use super::StageDetector;
use crate::policy::Detector;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// The eval directory: `$BOTWALL_EVAL_DIR` or `<repo>/../shared/eval`.
fn eval_dir() -> PathBuf {
    if let Ok(d) = std::env::var("BOTWALL_EVAL_DIR") {
        return PathBuf::from(d);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval")
}

pub(crate) struct Row {
    pub text: String,
    pub label: bool,
    pub source: String,
    pub lang: String,
    /// The source's own category of the row, where it has one (empty otherwise).
    pub category: String,
    pub held_out: bool,
}

pub(crate) fn held_out(text: &str) -> bool {
    let d = Sha256::digest(text.as_bytes());
    let n = d.iter().take(4).fold(0u32, |a, b| (a << 8) | u32::from(*b));
    n % 10 < 3
}

pub(crate) fn load(name: &str) -> Vec<Row> {
    load_from(&eval_dir().join(name))
}

/// The labelled sets `make eval-filters` builds from other public packages
/// (`tests/eval/extra_sets.py`): `$BOTWALL_EXTRA_DIR` or `<repo>/target/eval-extra`.
fn extra_dir() -> PathBuf {
    if let Ok(d) = std::env::var("BOTWALL_EXTRA_DIR") {
        return PathBuf::from(d);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/eval-extra")
}

fn load_from(path: &std::path::Path) -> Vec<Row> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "eval data {} missing ({e}): the labelled sets live in ../shared/eval beside the \
             repository (or set BOTWALL_EVAL_DIR)",
            path.display()
        )
    });
    data.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| {
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let text = s("text");
            Row {
                held_out: held_out(&text),
                label: v.get("label").and_then(Value::as_i64) == Some(1),
                source: s("source"),
                lang: s("lang"),
                category: s("category"),
                text,
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
pub(crate) struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub tn: u32,
    pub fn_: u32,
}

impl Counts {
    fn add(&mut self, label: bool, pred: bool) {
        match (label, pred) {
            (true, true) => self.tp += 1,
            (true, false) => self.fn_ += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn recall(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }
    pub fn fpr(&self) -> f64 {
        f64::from(self.fp) / f64::from((self.fp + self.tn).max(1))
    }
    pub fn precision(&self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }
    fn cell(&self) -> String {
        let na = |n: u32, s: f64| {
            if n == 0 {
                "   -  ".to_string()
            } else {
                format!("{s:6.3}")
            }
        };
        format!(
            "{:5} {:5} {} {} {}",
            self.tp + self.fn_,
            self.fp + self.tn,
            na(self.tp + self.fn_, self.recall()),
            na(self.tp + self.fp, self.precision()),
            na(self.fp + self.tn, self.fpr())
        )
    }
}

pub(crate) struct Detectors {
    pub injection: StageDetector,
    pub content: StageDetector,
}

pub(crate) fn detectors() -> Detectors {
    let cfg = Detector::default();
    Detectors {
        injection: StageDetector::new("injection", &cfg).expect("injection builds"),
        content: StageDetector::new("content", &cfg).expect("content builds"),
    }
}

/// Prepares `text`; with `$RULES_ONLY` set, without the learned model (to see what the
/// lexicons alone catch: the model was trained on the tuning part, so its tuning-part hits
/// hide the lexicons' gaps).
fn prepare(p: &mut super::Prepared, text: &str) {
    p.prepare(text);
    if std::env::var_os("RULES_ONLY").is_some() {
        p.learned = [0.0; super::model::NUM_HEADS];
    }
}

/// Predictions for one set: (injection fired, content fired) per row.
fn predict(d: &Detectors, rows: &[Row]) -> Vec<(bool, bool)> {
    let mut p = super::Prepared::default();
    rows.iter()
        .map(|r| {
            prepare(&mut p, &r.text);
            (
                !d.injection.scan_prepared(&p).is_empty(),
                !d.content.scan_prepared(&p).is_empty(),
            )
        })
        .collect()
}

type Table = BTreeMap<(String, String), [Counts; 2]>;

/// Counts per (split, key) for the `pick` view of a prediction.
fn table(rows: &[Row], preds: &[(bool, bool)], pick: fn((bool, bool)) -> bool) -> Table {
    let mut t: Table = BTreeMap::new();
    for (r, p) in rows.iter().zip(preds) {
        let split = usize::from(r.held_out);
        let pred = pick(*p);
        for key in [
            ("all".to_string(), String::new()),
            ("source".to_string(), r.source.clone()),
            ("lang".to_string(), r.lang.clone()),
        ] {
            if let Some(c) = t.entry(key).or_default().get_mut(split) {
                c.add(r.label, pred);
            }
        }
    }
    t
}

fn print_table(title: &str, t: &Table) {
    println!(
        "\n## {title}\n{:<58} | {:^32} | {:^32}",
        "", "tuning part", "held-out part"
    );
    println!(
        "{:<58} | {:>5} {:>5} {:>6} {:>6} {:>6} | {:>5} {:>5} {:>6} {:>6} {:>6}",
        "slice", "pos", "neg", "recall", "prec", "FPR", "pos", "neg", "recall", "prec", "FPR"
    );
    for ((kind, key), [tune, held]) in t {
        let name = if key.is_empty() {
            kind.clone()
        } else {
            format!("{kind}: {key}")
        };
        let name: String = name.chars().take(58).collect();
        println!("{name:<58} | {} | {}", tune.cell(), held.cell());
    }
}

fn all(t: &Table) -> [Counts; 2] {
    t.get(&("all".to_string(), String::new()))
        .copied()
        .unwrap_or_default()
}

#[test]
#[cfg_attr(
    target_family = "wasm",
    ignore = "reads ../shared/eval from the host filesystem"
)]
fn quality_gate() {
    let d = detectors();
    let inj = load("injection-dev.jsonl");
    let p = predict(&d, &inj);
    let stage = all(&table(&inj, &p, |p| p.0));
    let both = all(&table(&inj, &p, |p| p.0 || p.1));
    let con = load("content-dev.jsonl");
    let pc = predict(&d, &con);
    let content = all(&table(&con, &pc, |p| p.1));
    // Floors a little under the measured numbers (README "Filters"); both parts.
    for (name, c, min_recall, max_fpr) in [
        // the learned model was trained on the tuning part: numbers there are optimistic
        ("injection stage, tuning", stage[0], 0.92, 0.010),
        ("injection stage, held-out", stage[1], 0.84, 0.010),
        (
            "botwall (both stages) on injection set, tuning",
            both[0],
            0.96,
            0.010,
        ),
        (
            "botwall (both stages) on injection set, held-out",
            both[1],
            0.88,
            0.010,
        ),
        ("content stage, tuning", content[0], 0.935, 0.020),
        ("content stage, held-out", content[1], 0.81, 0.020),
    ] {
        assert!(
            c.recall() >= min_recall && c.fpr() <= max_fpr,
            "{name}: recall {:.3} (floor {min_recall}), FPR {:.3} (ceiling {max_fpr})",
            c.recall(),
            c.fpr()
        );
    }
}

#[test]
#[ignore = "slow report; run by `make eval-filters`"]
fn eval_report() {
    let d = detectors();
    let out_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/eval-filters");
    std::fs::create_dir_all(&out_dir).expect("mkdir target/eval-filters");
    for (file, title) in [
        ("injection-dev.jsonl", "injection"),
        ("content-dev.jsonl", "content"),
    ] {
        let rows = load(file);
        let start = Instant::now();
        let preds = predict(&d, &rows);
        let secs = start.elapsed().as_secs_f64();
        let bytes: usize = rows.iter().map(|r| r.text.len()).sum();
        if title == "injection" {
            print_table(
                "injection-dev: injection stage alone",
                &table(&rows, &preds, |p| p.0),
            );
            print_table(
                "injection-dev: botwall, both stages (what Envoy blocks or flags)",
                &table(&rows, &preds, |p| p.0 || p.1),
            );
        } else {
            print_table("content-dev: content stage", &table(&rows, &preds, |p| p.1));
        }
        println!(
            "{title}: {} rows, {:.1} KB in {:.3} s = {:.1} MB/s (both stages, this build)",
            rows.len(),
            bytes as f64 / 1e3,
            secs,
            bytes as f64 / secs / 1e6
        );
        let lines: Vec<String> = rows
            .iter()
            .zip(&preds)
            .map(|(r, p)| {
                serde_json::json!({"held_out": r.held_out, "injection": p.0, "content": p.1})
                    .to_string()
            })
            .collect();
        std::fs::write(
            out_dir.join(format!("{title}.jsonl")),
            lines.join("\n") + "\n",
        )
        .expect("write predictions");
    }
}

#[test]
#[ignore = "profiling"]
fn profile_parts() {
    let rows = load("injection-dev.jsonl");
    let d = detectors();
    let t = Instant::now();
    for r in &rows {
        std::hint::black_box(crate::normalize::normalize(&r.text));
    }
    println!("normalize {:?}", t.elapsed());
    let t = Instant::now();
    for r in &rows {
        std::hint::black_box(crate::normalize::decoded_segments(&r.text));
    }
    println!("decode {:?}", t.elapsed());
    let t = Instant::now();
    for r in &rows {
        std::hint::black_box(super::adversarial_suffix(&r.text));
    }
    println!("suffix {:?}", t.elapsed());
    let t = Instant::now();
    for r in &rows {
        std::hint::black_box(d.injection.scores(&r.text));
    }
    println!("inj scores {:?}", t.elapsed());
    let t = Instant::now();
    for r in &rows {
        std::hint::black_box(d.content.scores(&r.text));
    }
    println!("content scores {:?}", t.elapsed());
}

#[test]
#[ignore = "lists tuning-part misses (never the held-out part)"]
fn tuning_misses() {
    let d = detectors();
    let want = std::env::var("MISS_SOURCE").unwrap_or_default();
    let mut p = super::Prepared::default();
    for (file, inj) in [("injection-dev.jsonl", true), ("content-dev.jsonl", false)] {
        for r in load(file)
            .iter()
            .filter(|r| !r.held_out && r.source.contains(&want))
        {
            prepare(&mut p, &r.text);
            let i = !d.injection.scan_prepared(&p).is_empty();
            let c = !d.content.scan_prepared(&p).is_empty();
            let pred = if inj { i || c } else { c };
            if pred != r.label {
                let t: String = r.text.chars().take(160).collect();
                println!("{} {} {:?}", u8::from(r.label), r.lang, t);
            }
        }
    }
}

/// Aggregates only (never a text): how often each rule fires per source and label, for
/// both files of the eval directory. Safe on held-out and independent sets, where the
/// texts must not be read: it says which family costs false positives, not which row.
#[test]
#[ignore = "aggregate rule counts per source and label (no texts)"]
fn rule_counts() {
    let d = detectors();
    // each positive rule alone, named by its family and groups
    let single: Vec<Vec<(String, super::lexicon::Lexicon)>> =
        [super::INJECTION_LEXICON, super::CONTENT_LEXICON]
            .iter()
            .map(|src| {
                let n = super::lexicon::Lexicon::parse(src)
                    .expect("parses")
                    .rules
                    .len();
                (0..n)
                    .filter_map(|i| {
                        let mut l = super::lexicon::Lexicon::parse(src).expect("parses");
                        let r = l.rules.swap_remove(i);
                        if r.weight <= 0.0 {
                            return None;
                        }
                        let groups: Vec<&str> =
                            r.groups.iter().map(|&g| l.groups[g].as_str()).collect();
                        let name = format!("{}#{i} {}", l.families[r.family], groups.join(" "));
                        l.rules = vec![r];
                        Some((name, l))
                    })
                    .collect()
            })
            .collect();
    for file in ["injection-dev.jsonl", "content-dev.jsonl"] {
        let mut counts: BTreeMap<(String, bool, String), usize> = BTreeMap::new();
        let mut p = super::Prepared::default();
        // `$RC_PART` = `tuning` or `held-out` counts one part only
        let part = std::env::var("RC_PART").unwrap_or_default();
        for r in load(file)
            .into_iter()
            .filter(|r| part.is_empty() || (part == "held-out") == r.held_out)
        {
            p.prepare(&r.text);
            for (li, (stage, det)) in [("inj", &d.injection), ("con", &d.content)]
                .into_iter()
                .enumerate()
            {
                let hits = det.scan_prepared(&p);
                let mut ids: Vec<String> = hits
                    .iter()
                    .map(|h| format!("{stage}:{}", h.reason.rule))
                    .collect();
                // which positive rules fired (top level only) where the stage fired
                if !hits.is_empty() {
                    let h = p.hits.get(li).map(Vec::as_slice).unwrap_or_default();
                    for (name, lex) in &single[li] {
                        let mut sc = vec![0.0; lex.families.len()];
                        lex.score_hits(h, &mut sc);
                        if sc.iter().any(|v| *v > 0.0) {
                            ids.push(format!("{stage} rule {name}"));
                        }
                    }
                }
                ids.sort();
                ids.dedup();
                if !hits.is_empty() {
                    let combo: Vec<String> = hits
                        .iter()
                        .map(|h| format!("{}={:.1}", h.reason.rule, h.reason.score))
                        .collect();
                    ids.push(format!("{stage} combo {}", combo.join(" ")));
                }
                for id in ids {
                    *counts.entry((r.source.clone(), r.label, id)).or_default() += 1;
                }
            }
        }
        println!("\n## {file}");
        for ((src, label, id), n) in counts {
            let src: String = src.chars().take(50).collect();
            println!("{src:<50} {} {id:<32} {n}", u8::from(label));
        }
    }
}

#[test]
#[ignore = "writes every row's hits to $DUMP_SCANS (to compare builds exactly)"]
fn dump_scans() {
    let Ok(path) = std::env::var("DUMP_SCANS") else {
        return;
    };
    let d = detectors();
    let mut out = String::new();
    each_row(|_, r| {
        for stage in [&d.injection, &d.content] {
            for h in stage.scan(&r.text) {
                out.push_str(&format!(
                    "{} {:.6} {:?} ",
                    h.reason.rule, h.reason.score, h.action
                ));
            }
            out.push('|');
        }
        out.push('\n');
    });
    std::fs::write(path, out).expect("write dump");
}

/// Calls `f` with the file name and each row of both sets in `$BOTWALL_EVAL_DIR` (or
/// `../shared/eval`), injection first.
fn each_row(mut f: impl FnMut(&str, &Row)) {
    for file in ["injection-dev.jsonl", "content-dev.jsonl"] {
        for r in load(file) {
            f(file, &r);
        }
    }
}

#[test]
#[ignore = "profiling"]
fn profile_long_chat() {
    let text = "Here is a longer message about the delivery schedule for next week: the trucks \
                leave the depot at seven, the first stop is the bakery on Main Street, then the \
                school. "
        .repeat(12);
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let mb = |t: Instant| (text.len() * iters) as f64 / t.elapsed().as_secs_f64() / 1e6;
    let mut n = crate::normalize::Normalized::default();
    let t = Instant::now();
    for _ in 0..iters {
        crate::normalize::normalize_into(std::hint::black_box(&text), &mut n);
    }
    println!("normalize {:.0} MB/s", mb(t));
    let all = super::BUILTIN.as_ref().expect("builtin");
    let mut hits = vec![Vec::new(); 2];
    let t = Instant::now();
    for _ in 0..iters {
        all.hits(std::hint::black_box(&n), &mut hits, &mut String::new());
    }
    println!(
        "hits {:.0} MB/s ({} + {})",
        mb(t),
        hits[0].len(),
        hits[1].len()
    );
    let t = Instant::now();
    for _ in 0..iters {
        std::hint::black_box(crate::normalize::decoded_segments(std::hint::black_box(
            &text,
        )));
    }
    println!("decode {:.0} MB/s", mb(t));
    let t = Instant::now();
    for _ in 0..iters {
        std::hint::black_box(super::adversarial_suffix(std::hint::black_box(&n.raw)));
    }
    println!("suffix {:.0} MB/s", mb(t));
    if let Some(m) = super::model::builtin() {
        let mut f = Vec::new();
        let t = Instant::now();
        for _ in 0..iters {
            super::model::features(std::hint::black_box(&text), &n, m.bits, &mut f);
        }
        println!("model features {:.0} MB/s ({} features)", mb(t), f.len());
        let t = Instant::now();
        for _ in 0..iters {
            std::hint::black_box(m.logits(std::hint::black_box(&f)));
        }
        println!("model logits {:.0} MB/s", mb(t));
    }
    let mut p = super::Prepared::default();
    let t = Instant::now();
    for _ in 0..iters {
        p.prepare(std::hint::black_box(&text));
    }
    println!("prepare {:.0} MB/s", mb(t));
}

#[test]
#[ignore = "debugging: prints the words view, non-zero scores and fired rules (lexicon lines) of each line of $EXPLAIN"]
fn explain() {
    let Ok(path) = std::env::var("EXPLAIN") else {
        return;
    };
    let d = detectors();
    let text = std::fs::read_to_string(path).expect("read $EXPLAIN");
    let json = std::env::var("EXPLAIN_JSON").is_ok();
    let lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            if json {
                serde_json::from_str::<String>(l).unwrap_or_else(|_| l.to_string())
            } else {
                l.to_string()
            }
        })
        .collect();
    for line in lines.iter().map(String::as_str) {
        let n = crate::normalize::normalize(line);
        println!("> {line}\n  words: {}", n.words);
        if let Some(m) = super::model::builtin() {
            let mut f = Vec::new();
            super::model::features(line, &n, m.bits, &mut f);
            let l = m.logits(&f);
            let t: Vec<String> = m
                .heads
                .iter()
                .map(|h| format!("{:.2}/{:.2}", h.mid, h.high))
                .collect();
            println!("  logits {l:.2?} (mid/high {})", t.join(" "));
        }
        let mut p = super::Prepared::default();
        prepare(&mut p, line);
        for stage in [&d.injection, &d.content] {
            let mut sc = vec![0.0; stage.families.len()];
            stage.score_into(&p, &mut sc);
            let s: Vec<String> = stage
                .families
                .iter()
                .zip(sc)
                .filter(|(_, v)| *v != 0.0)
                .map(|(f, v)| format!("{}={v:.2}", f.name))
                .collect();
            println!("  {}", s.join(" "));
            // the rules behind the scores (the plain reading; hidden and hyphen-joined
            // readings add their own), as `lexicon line: family weight`
            if let (Some(lex), Some(h)) = (stage.lex, p.hits.get(stage.li)) {
                let r: Vec<String> = lex
                    .fired(h)
                    .iter()
                    .map(|r| {
                        let fam = lex.families.get(r.family).map_or("?", String::as_str);
                        format!("L{}:{fam}{:+}", r.line, r.weight)
                    })
                    .collect();
                if !r.is_empty() {
                    println!("  rules {}", r.join(" "));
                }
                // with EXPLAIN_GROUPS=1 also every group hit of this stage's lexicon and the
                // text it matched (words view; raw-view hits as "raw")
                if std::env::var("EXPLAIN_GROUPS").is_ok() {
                    let g: Vec<String> = h
                        .iter()
                        .map(|&(g, s, e)| {
                            let name = lex.groups.get(g).map_or("?", String::as_str);
                            let t = n.words.get(s..e).unwrap_or("raw");
                            format!("@{name}[{t}]")
                        })
                        .collect();
                    println!("  groups {}", g.join(" "));
                }
            }
        }
    }
}

/// Per-head training labels of a row: `Some(true)` positive, `Some(false)` negative, `None`
/// left out. Heads: injection, abuse, scam, dangerous (see `model.rs`).
fn head_labels(file: &str, r: &Row) -> [Option<bool>; super::model::NUM_HEADS] {
    let n = Some(false);
    if !r.label {
        return [n; 4];
    }
    if file == "own-twins" {
        // a harmful request (any kind: the head is the `dangerous` one); the everyday side
        // is a negative of every head (above)
        return [None, None, None, Some(true)];
    }
    if file.starts_with("injection") {
        // attacks: injection positives; whether they also abuse/scam/ask for harm is not
        // labelled, so they teach the other heads nothing
        return [Some(true), None, None, None];
    }
    let (src, cat) = (r.source.as_str(), r.category.as_str());
    if src.contains("Do-Not-Answer") {
        // its categories: malicious uses are harmful requests, discrimination / toxicity
        // abuse; information hazards (someone's private data) and misinformation harms
        // (medical or legal advice) are none of ours: they teach nothing
        return match cat {
            "malicious_uses" => [None, None, None, Some(true)],
            c if c.starts_with("discrimination") => [n, Some(true), n, n],
            _ => [None; 4],
        };
    }
    if src.contains("PyRIT AI Red Team") {
        // added in session 13 as a fresh measurement of generalisation: never trained on
        return [None; 4];
    }
    if src.contains("AdvBench") {
        // plain harmful requests, as HarmBench's
        return [None, None, None, Some(true)];
    }
    if src.contains("tense") {
        // ~100 requests reworded ~14 times each: the held-out part would hold rewordings
        // of trained rows, so these stay a measurement only
        return [None; 4];
    }
    if src.contains("refusal pairs") || src.contains("harmful instr") {
        return [None, None, None, Some(true)];
    }
    if src.contains("SMS") {
        [n, n, Some(true), n]
    } else if src.contains("HarmBench") {
        // plain harmful requests: not injections, and some are insults or scams to write
        [None, None, None, Some(true)]
    } else {
        // hate/offensive tweets, Korean profanity; toxic sentence openings
        // (RealToxicityPrompts), implicit hate (ToxiGen)
        [n, Some(true), n, n]
    }
}

/// The own twins set (`tests/eval/twins/<lang>.jsonl`), every row in the tuning part.
fn twins() -> Vec<Row> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval/twins");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    paths.sort();
    let mut rows = Vec::new();
    for p in paths {
        for mut r in load_from(&p) {
            r.held_out = false;
            r.source = "own:twins".into();
            rows.push(r);
        }
    }
    rows
}

/// Everyday requests to an assistant: request frames x everyday topics.
fn benign_requests() -> Vec<String> {
    let frames = [
        "explain",
        "write a short essay about",
        "give me step-by-step instructions for",
        "describe",
        "how do I get better at",
        "what is the best way to learn about",
        "write a persuasive article about the benefits of",
        "list the main facts about",
        "create a detailed plan for",
        "generate a detailed guide to",
        "help me write an email about",
        "summarize the history of",
        "teach me about",
        "write a poem about",
        "outline the steps of",
        "can you give me tips on",
        "give detailed instructions for",
        "write a python script for",
        "write code for",
        "write a persuasive essay arguing for",
        "explain in detail how to go about",
        "develop a strategy for",
        "design a program for",
        "write a blog post about",
        "write a convincing speech about",
        "provide a list of ideas for",
    ];
    let topics = [
        "protein synthesis",
        "baking sourdough bread",
        "photosynthesis",
        "learning to code in python",
        "the french revolution",
        "training a puppy",
        "saving money for retirement",
        "recycling plastic",
        "public transport in cities",
        "the chemistry of soap making",
        "how vaccines train the immune system",
        "preparing for a job interview",
        "the causes of the first world war",
        "growing tomatoes on a balcony",
        "fixing a leaking tap",
        "writing a cover letter",
        "network security best practices",
        "protecting my account with two-factor authentication",
        "the water cycle",
        "organic chemistry reactions",
        "the printing press",
        "running a marathon",
        "climate science",
        "planning a wedding",
        "renewable energy",
        "a healthy diet",
        "meditation",
        "the stock market",
        "electric cars",
        "managing a small team",
        "the human heart",
        "first aid for burns",
        "caring for elderly parents",
        "how antibiotics work",
        "recognising phishing emails",
        "the plot of hamlet",
        "machine learning",
        "solar panels",
        "budget travel in europe",
        "learning spanish",
    ];
    frames
        .iter()
        .flat_map(|f| topics.iter().map(move |t| format!("{f} {t}")))
        .collect()
}

struct Example {
    source: String,
    feats: Vec<u32>,
    labels: [Option<bool>; super::model::NUM_HEADS],
    fold: usize,
}

/// Logistic regression per head, AdaGrad, L2, positives weighted to balance the classes.
fn train_heads(ex: &[&Example], bits: u32, epochs: usize) -> (Vec<f32>, [f32; 4]) {
    use super::model::NUM_HEADS;
    let size = (1usize << bits) * NUM_HEADS;
    let mut w = vec![0f32; size];
    let mut g2 = vec![1e-6f32; size];
    let mut bias = [0f32; NUM_HEADS];
    let mut bg2 = [1e-6f32; NUM_HEADS];
    let mut pos_w = [1f32; NUM_HEADS];
    for (h, pw) in pos_w.iter_mut().enumerate() {
        let p = ex
            .iter()
            .filter(|e| e.labels[h] == Some(true))
            .count()
            .max(1);
        let q = ex.iter().filter(|e| e.labels[h] == Some(false)).count();
        *pw = (q as f32 / p as f32).clamp(1.0, 10.0);
    }
    let (lr, l2) = (0.5f32, 1e-5f32);
    let mut order: Vec<usize> = (0..ex.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &i in &order {
            let e = ex[i];
            let norm = super::model::norm(e.feats.len());
            for h in 0..NUM_HEADS {
                let Some(y) = e.labels[h] else { continue };
                let z: f32 = bias[h]
                    + e.feats
                        .iter()
                        .map(|&f| w[f as usize * NUM_HEADS + h])
                        .sum::<f32>()
                        * norm;
                let p = 1.0 / (1.0 + (-z).exp());
                let cw = if y { pos_w[h] } else { 1.0 };
                let g = (p - f32::from(u8::from(y))) * cw;
                for &f in &e.feats {
                    let k = f as usize * NUM_HEADS + h;
                    let gk = g * norm + l2 * w[k];
                    g2[k] += gk * gk;
                    w[k] -= lr * gk / g2[k].sqrt();
                }
                bg2[h] += g * g;
                bias[h] -= lr * g / bg2[h].sqrt();
            }
        }
    }
    (w, bias)
}

fn float_logits(w: &[f32], bias: &[f32; 4], feats: &[u32]) -> [f32; 4] {
    let norm = super::model::norm(feats.len());
    let mut out = *bias;
    for (h, o) in out.iter_mut().enumerate() {
        *o += feats.iter().map(|&f| w[f as usize * 4 + h]).sum::<f32>() * norm;
    }
    out
}

/// The logit above which at most `fpr` of `neg` lie.
fn threshold_at(neg: &mut [f32], fpr: f64) -> f32 {
    neg.sort_by(|a, b| b.total_cmp(a));
    let k = (neg.len() as f64 * fpr).floor() as usize;
    neg.get(k).map(|v| v + 1e-4).unwrap_or(0.0)
}

#[test]
#[ignore = "trains model.bin from the tuning part (never the held-out part); run by hand"]
fn train_model() {
    use super::model::{features, Head, Model, NUM_HEADS};
    let bits: u32 = std::env::var("MODEL_BITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let epochs = 12;
    let mut ex = Vec::new();
    // the dev sets; with TRAIN_EXTRA=1 also the sets built from other packages by `make
    // eval-filters` (tuning parts only: their held-out parts stay the measurement). Tried in
    // session 12 and not adopted (README "Filters": the learned backstop): model.bin is
    // trained on the dev sets alone
    let mut files: Vec<(&str, Vec<Row>)> = ["injection-dev.jsonl", "content-dev.jsonl"]
        .into_iter()
        .map(|f| (f, load(f)))
        .collect();
    if std::env::var("TRAIN_EXTRA").as_deref() == Ok("1") {
        for f in ["injection-extra.jsonl", "content-extra.jsonl"] {
            files.push((f, load_from(&extra_dir().join(f))));
        }
    }
    // TRAIN_TWINS=1: also the own multilingual twins (`tests/eval/twins/*.jsonl`, session 24:
    // harmful requests and everyday messages on the same kinds in 16 languages), every row as
    // a `dangerous` positive or a negative of every head. Tried in session 24 and not adopted
    // (README "Filters": the learned backstop): out-of-fold the head separated the twins
    // poorly (0.19 of them at the medium threshold), dev content tuning recall fell 0.939 ->
    // 0.903 and dev injection held-out 0.861 -> 0.839, the everyday set's held-out twins rose
    // 0.359 -> 0.365 only
    if std::env::var("TRAIN_TWINS").as_deref() == Ok("1") {
        files.push(("own-twins", twins()));
    }
    // TRAIN_EXTRA_HEADS: the heads the extra sets teach (default all); TRAIN_EXTRA_NEG=0:
    // their benign rows left out
    let taught_heads = std::env::var("TRAIN_EXTRA_HEADS").unwrap_or_default();
    let extra_negatives = std::env::var("TRAIN_EXTRA_NEG").as_deref() != Ok("0");
    for (file, rows) in &files {
        let extra = file.contains("extra");
        for r in rows.iter().filter(|r| !r.held_out) {
            let mut labels = head_labels(file, r);
            if extra {
                for (h, l) in labels.iter_mut().enumerate() {
                    let taught =
                        taught_heads.is_empty() || taught_heads.contains(super::model::HEADS[h]);
                    if (*l == Some(true) && !taught) || (*l == Some(false) && !extra_negatives) {
                        *l = None;
                    }
                }
                if labels.iter().all(Option::is_none) {
                    continue;
                }
            }
            let n = crate::normalize::normalize(&r.text);
            let mut feats = Vec::new();
            features(&r.text, &n, bits, &mut feats);
            let fold = (Sha256::digest(r.text.as_bytes())[5] % 5) as usize;
            ex.push(Example {
                source: r.source.clone(),
                feats,
                labels,
                fold,
            });
        }
    }
    // generic benign requests (written here, not taken from any data set): a request verb
    // alone, or a science/safety word, is not harm
    for (i, text) in benign_requests().iter().enumerate() {
        let n = crate::normalize::normalize(text);
        let mut feats = Vec::new();
        features(text, &n, bits, &mut feats);
        ex.push(Example {
            source: "synthetic:benign-requests".into(),
            feats,
            labels: [Some(false); NUM_HEADS],
            fold: i % 5,
        });
    }
    // out-of-fold logits for the thresholds
    let mut oof = vec![[0f32; NUM_HEADS]; ex.len()];
    for k in 0..5 {
        let train: Vec<&Example> = ex.iter().filter(|e| e.fold != k).collect();
        let (w, b) = train_heads(&train, bits, epochs);
        for (e, o) in ex.iter().zip(oof.iter_mut()) {
            if e.fold == k {
                *o = float_logits(&w, &b, &e.feats);
            }
        }
    }
    let all: Vec<&Example> = ex.iter().collect();
    let (w, b) = train_heads(&all, bits, epochs);
    let mut heads = [Head::default(); NUM_HEADS];
    for (h, head) in heads.iter_mut().enumerate() {
        // thresholds per benign source: the highest logit that keeps every source with
        // enough negatives under the rate (so no one kind of chat pays for another)
        let mut sources: Vec<&str> = ex.iter().map(|e| e.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let (mut high, mut mid) = (f32::MIN, f32::MIN);
        for src in &sources {
            let mut neg: Vec<f32> = ex
                .iter()
                .zip(&oof)
                .filter(|(e, _)| e.labels[h] == Some(false) && e.source == *src)
                .map(|(_, o)| o[h])
                .collect();
            if neg.len() < 200 {
                continue;
            }
            high = high.max(threshold_at(&mut neg, 0.002));
            mid = mid.max(threshold_at(&mut neg, 0.03));
        }
        let pos_of = |src: &str| -> Vec<f32> {
            ex.iter()
                .zip(&oof)
                .filter(|(e, _)| e.labels[h] == Some(true) && (src.is_empty() || e.source == src))
                .map(|(_, o)| o[h])
                .collect()
        };
        let pos = pos_of("");
        let rate = |p: &[f32], t: f32| {
            p.iter().filter(|&&v| v >= t).count() as f64 / p.len().max(1) as f64
        };
        for src in &sources {
            let p = pos_of(src);
            if !p.is_empty() {
                println!(
                    "  {} oof recall {src}: {:.3} mid, {:.3} high",
                    super::model::HEADS[h],
                    rate(&p, mid),
                    rate(&p, high)
                );
            }
        }
        let max = (0..w.len() / NUM_HEADS)
            .map(|i| w[i * NUM_HEADS + h].abs())
            .fold(0f32, f32::max);
        println!(
            "head {}: {} pos, out-of-fold recall {:.3} at mid {:.2}, {:.3} at high {:.2}",
            super::model::HEADS[h],
            pos.len(),
            rate(&pos, mid),
            mid,
            rate(&pos, high),
            high
        );
        *head = Head {
            bias: b[h],
            scale: max / 127.0,
            mid,
            high,
        };
    }
    let mut q = vec![0i8; w.len()];
    for (i, (qv, wv)) in q.iter_mut().zip(&w).enumerate() {
        let s = heads[i % NUM_HEADS].scale;
        *qv = if s > 0.0 {
            (wv / s).round().clamp(-127.0, 127.0) as i8
        } else {
            0
        };
    }
    let m = Model {
        bits,
        heads,
        weights: q,
    };
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/detect/model.bin");
    std::fs::write(&path, m.to_bytes()).expect("write model.bin");
    println!("wrote {} ({} bytes)", path.display(), m.to_bytes().len());
}

#[test]
#[ignore = "debugging: writes each row's raw family scores of both stages to $SCORES (jsonl)"]
fn family_scores() {
    let Ok(out) = std::env::var("SCORES") else {
        return;
    };
    let d = detectors();
    let mut w = String::new();
    each_row(|file, r| {
        let fam = |s: &StageDetector| -> serde_json::Map<String, Value> {
            s.scores(&r.text)
                .into_iter()
                .filter(|(_, v)| *v != 0.0)
                .map(|(k, v)| (k, Value::from(v)))
                .collect()
        };
        let v = serde_json::json!({
            "file": file, "source": r.source, "label": r.label, "held": r.held_out,
            "len": r.text.len(), "blocked_i": !d.injection.scan(&r.text).is_empty(),
            "blocked_c": !d.content.scan(&r.text).is_empty(),
            "inj": fam(&d.injection), "con": fam(&d.content),
        });
        w.push_str(&v.to_string());
        w.push('\n');
    });
    std::fs::write(out, w).expect("write $SCORES");
}
