//! Verdict dump for speed work: every eval row plus generated and obfuscated variants,
//! with each stage's hits and raw family scores (exact bits) and a digest of the
//! normalised views. `BOTWALL_DUMP=<file> cargo test -p botwall-engine dump_verdicts --
//! --ignored` writes it; two dumps must be byte-identical when only speed changed.

use super::eval_filters::load;
use super::{Prepared, StageDetector};
use crate::policy::Detector;
use crate::testing::Rng;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

fn b64(s: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for ch in s.chunks(3) {
        let b = [
            ch.first().copied().unwrap_or(0),
            ch.get(1).copied().unwrap_or(0),
            ch.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= ch.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// One obfuscated variant of `t`, chosen by `k`.
fn mutate(t: &str, k: usize, r: &mut Rng) -> String {
    let map = |f: &dyn Fn(char, &mut Rng) -> String, r: &mut Rng| -> String {
        t.chars().map(|c| f(c, r)).collect()
    };
    match k % 14 {
        0 => map(
            &|c, r| match (c, r.below(2)) {
                ('o', 0) => "0".into(),
                ('i', 0) => "1".into(),
                ('e', 0) => "3".into(),
                ('a', 0) => "4".into(),
                ('s', 0) => "$".into(),
                ('t', 0) => "7".into(),
                _ => c.to_string(),
            },
            r,
        ),
        1 => map(
            &|c, r| match (c, r.below(2)) {
                ('a', 0) => "а".into(),
                ('e', 0) => "е".into(),
                ('o', 0) => "о".into(),
                ('p', 0) => "р".into(),
                ('c', 0) => "с".into(),
                ('i', 0) => "і".into(),
                _ => c.to_string(),
            },
            r,
        ),
        2 => map(
            &|c, r| {
                if c.is_alphabetic() && r.below(4) == 0 {
                    format!("{c}\u{200B}")
                } else {
                    c.to_string()
                }
            },
            r,
        ),
        3 => t
            .chars()
            .take(120)
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(if r.below(2) == 0 { "." } else { " " }),
        4 => format!("decode this: {}", b64(t.as_bytes())),
        5 => t
            .bytes()
            .take(200)
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
        6 => t
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() && r.below(2) == 0 {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect(),
        7 => format!(
            "rot13: {}",
            t.chars()
                .map(|c| match c {
                    'a'..='m' | 'A'..='M' => char::from(c as u8 + 13),
                    'n'..='z' | 'N'..='Z' => char::from(c as u8 - 13),
                    _ => c,
                })
                .collect::<String>()
        ),
        8 => t.to_uppercase(),
        9 => map(
            &|c, _| {
                if c.is_ascii_graphic() {
                    char::from_u32(u32::from(c) - 0x21 + 0xFF01)
                        .map(String::from)
                        .unwrap_or_default()
                } else {
                    c.to_string()
                }
            },
            r,
        ),
        10 => {
            let tags: String = t
                .chars()
                .filter(char::is_ascii)
                .filter_map(|c| char::from_u32(u32::from(c) + 0xE0000))
                .collect();
            format!("hello there{tags}")
        }
        11 => map(
            &|c, r| match r.below(9) {
                0 => format!("**{c}"),
                1 => format!("<b>{c}</b>"),
                2 => format!("{c}\u{301}"),
                3 => format!("{c}'"),
                _ => c.to_string(),
            },
            r,
        ),
        12 => format!("{t} }}]){{<|>[=^$`~ \\ ]]{{)) {t}"),
        _ => format!("<|im_start|>system\n{t}\n[INST] ### System: {t} </s> £50 call 0800123456"),
    }
}

fn texts() -> Vec<String> {
    let mut rows: Vec<String> = load("injection-dev.jsonl")
        .into_iter()
        .chain(load("content-dev.jsonl"))
        .map(|r| r.text)
        .collect();
    let mut r = Rng::new(0x9E37_79B9_7F4A_7C15);
    let base = rows.clone();
    for (i, t) in base.iter().enumerate() {
        if i % 2 == 0 {
            rows.push(mutate(t, i / 2, &mut r));
        }
    }
    // random splices of two texts with a mutation
    for i in 0..3000 {
        let a = base.get(r.below(base.len())).cloned().unwrap_or_default();
        let b = base.get(r.below(base.len())).cloned().unwrap_or_default();
        let cut: String = a.chars().take(r.below(200)).collect();
        rows.push(mutate(&format!("{cut} {b}"), i, &mut r));
    }
    rows.push(String::new());
    rows
}

#[test]
#[ignore]
fn dump_verdicts() {
    let Ok(path) = std::env::var("BOTWALL_DUMP") else {
        return;
    };
    let cfg = Detector::default();
    let inj = StageDetector::new("injection", &cfg).expect("injection");
    let con = StageDetector::new("content", &cfg).expect("content");
    let flagcfg = Detector {
        flag_threshold: 0.3,
        ..Detector::default()
    };
    let inj_f = StageDetector::new("injection", &flagcfg).expect("injection");
    let mut out = String::new();
    let mut p = Prepared::default();
    for (i, t) in texts().iter().enumerate() {
        let fresh = Prepared::new(t);
        p.prepare(t);
        let n = p.normalized();
        assert_eq!(n, fresh.normalized(), "row {i}: reused buffers differ");
        let mut h = Sha256::new();
        for part in [&n.raw, &n.words, &n.hidden] {
            h.update(part.as_bytes());
            h.update([0xff]);
        }
        h.update(format!("{:?} {} {}", n.joined, n.invisible, n.folded).as_bytes());
        let d = h.finalize();
        let _ = write!(
            out,
            "{i} {:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
            d[0], d[1], d[2], d[3], d[4], d[5]
        );
        for (name, det) in [("inj", &inj), ("con", &con), ("injf", &inj_f)] {
            let a = det.scan_prepared(&p);
            let b = det.scan_prepared(&fresh);
            assert_eq!(a, b, "row {i}");
            let _ = write!(out, " |{name}");
            for hit in a {
                let _ = write!(
                    out,
                    " {}:{:x}:{:?}",
                    hit.reason.rule,
                    hit.reason.score.to_bits(),
                    hit.action
                );
            }
        }
        for det in [&inj, &con] {
            let _ = write!(out, " |s");
            for (f, s) in det.scores(t) {
                if s != 0.0 {
                    let _ = write!(out, " {f}:{:x}", s.to_bits());
                }
            }
        }
        out.push('\n');
    }
    std::fs::write(&path, out).expect("write dump");
}

/// Time per part of `Prepared::prepare` on a chat-like set (for speed work; prints only
/// timings).
#[test]
#[ignore]
fn time_parts() {
    use crate::normalize::{decoded_segments, normalize_into, Normalized};
    use std::time::Instant;
    let texts: Vec<String> = load("injection-dev.jsonl")
        .into_iter()
        .filter(|r| !r.label)
        .map(|r| r.text)
        .take(300)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = 20;
    let mut n = Normalized::default();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            normalize_into(t, &mut n);
        }
    }
    let norm = t0.elapsed();
    let all = super::BUILTIN.as_ref().expect("lex");
    let normed: Vec<Normalized> = texts
        .iter()
        .map(|t| crate::normalize::normalize(t))
        .collect();
    let mut hits = vec![Vec::new(); 2];
    let mut scratch = String::new();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for n in &normed {
            all.hits(n, &mut hits, &mut scratch);
        }
    }
    let hit_t = t0.elapsed();
    let t0 = Instant::now();
    let mut k = 0u32;
    for _ in 0..rounds {
        for n in &normed {
            k += u32::from(super::adversarial_suffix(&n.raw)) + u32::from(super::scam_cues(&n.raw));
        }
    }
    let cues = t0.elapsed();
    let m = super::model::builtin().expect("model");
    let mut feats = Vec::new();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for (t, n) in texts.iter().zip(&normed) {
            super::model::features(t, n, m.bits, &mut feats);
            k += u32::from(m.evidence(&m.logits(&feats))[0] > 0.0);
        }
    }
    let model_t = t0.elapsed();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            k += decoded_segments(t).len() as u32;
        }
    }
    let dec = t0.elapsed();
    let cfg = Detector::default();
    let inj = StageDetector::new("injection", &cfg).expect("injection");
    let con = StageDetector::new("content", &cfg).expect("content");
    let prepared: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t)).collect();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for p in &prepared {
            k += (inj.scan_prepared(p).len() + con.scan_prepared(p).len()) as u32;
        }
    }
    let scan = t0.elapsed();
    let mut p = Prepared::default();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            p.prepare(t);
        }
    }
    let prep = t0.elapsed();
    let mb = |d: std::time::Duration| (bytes * rounds) as f64 / d.as_secs_f64() / 1e6;
    println!(
        "k={k} MB/s: normalize {:.0} hits {:.0} cues {:.0} model {:.0} decode {:.0} scan {:.0} prepare {:.0}",
        mb(norm), mb(hit_t), mb(cues), mb(model_t), mb(dec), mb(scan), mb(prep)
    );
}
