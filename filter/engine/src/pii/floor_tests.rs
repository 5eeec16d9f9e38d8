//! Offline quality checks over the committed labelled set `testdata/floor.jsonl`
//! (generated once by `tests/eval/pii_floor_set.py`: dev templates, seed 3 — never the
//! held-out split):
//!
//! - `quality_floor_on_labelled_set`: per-kind F1 floors a little below the measured
//!   values, and a cap on false findings in the benign messages, so that a regression
//!   fails `make test` (the full measurement is `make eval-pii`);
//! - `detections_identical_to_recorded`: every detector's raw spans and scores, and the
//!   scanner's resolved findings, on the set plus 6000 mutated texts, hashed per block of
//!   100 texts and compared with `testdata/identity.txt`. Speed work must keep these
//!   identical; a deliberate change of detections re-records the file
//!   (`BOTWALL_PII_IDENTITY=write cargo test -p botwall-engine detections_identical`)
//!   and says so in the commit. `BOTWALL_PII_IDENTITY_DUMP=/path` writes every text's
//!   findings in full, to diff two versions.

use super::{Scanner, Span};
use std::collections::BTreeMap;

const FLOOR_SET: &str = include_str!("testdata/floor.jsonl");
const IDENTITY: &str = include_str!("testdata/identity.txt");

struct Sample {
    text: String,
    /// (start, end, kind) in code points
    spans: Vec<(usize, usize, String)>,
}

fn samples() -> Vec<Sample> {
    FLOOR_SET
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("floor.jsonl line");
            let text = v["text"].as_str().expect("text").to_string();
            let spans = v["spans"]
                .as_array()
                .expect("spans")
                .iter()
                .map(|s| {
                    (
                        s[0].as_u64().expect("start") as usize,
                        s[1].as_u64().expect("end") as usize,
                        s[2].as_str().expect("kind").to_string(),
                    )
                })
                .collect();
            Sample { text, spans }
        })
        .collect()
}

fn cp(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Per kind: (true positives, predicted, gold); the eval's matching rule (same kind,
/// code-point IoU >= 0.5, each gold and predicted span used once, best IoU first).
fn score(set: &[Sample]) -> (BTreeMap<String, (usize, usize, usize)>, usize) {
    let scanner = Scanner::all();
    let mut per: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut benign_findings = 0;
    for s in set {
        let pred: Vec<(usize, usize, &str)> = scanner
            .scan(&s.text)
            .iter()
            .map(|x| (cp(&s.text, x.start), cp(&s.text, x.end), x.kind))
            .collect();
        if s.spans.is_empty() {
            benign_findings += pred.len();
        }
        for g in &s.spans {
            per.entry(g.2.clone()).or_default().2 += 1;
        }
        for p in &pred {
            per.entry(p.2.to_string()).or_default().1 += 1;
        }
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (gi, g) in s.spans.iter().enumerate() {
            for (pi, p) in pred.iter().enumerate() {
                if g.2 == p.2 {
                    pairs.push((iou((g.0, g.1), (p.0, p.1)), gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
        let (mut gdone, mut pdone) = (vec![false; s.spans.len()], vec![false; pred.len()]);
        for (v, gi, pi) in pairs {
            if v >= 0.5 && !gdone[gi] && !pdone[pi] {
                gdone[gi] = true;
                pdone[pi] = true;
                per.entry(s.spans[gi].2.clone()).or_default().0 += 1;
            }
        }
    }
    (per, benign_findings)
}

fn f1(tp: usize, npred: usize, ngold: usize) -> f64 {
    let p = if npred == 0 {
        1.0
    } else {
        tp as f64 / npred as f64
    };
    let r = if ngold == 0 {
        1.0
    } else {
        tp as f64 / ngold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// F1 floors per kind: a little below the values measured on this set when the floor was
/// set (`cargo test -p botwall-engine quality_floor_on_labelled_set -- --nocapture`
/// prints them).
const FLOORS: &[(&str, f64)] = &[
    ("EMAIL_ADDRESS", 0.97),
    ("PHONE_NUMBER", 0.93),
    ("CREDIT_CARD", 0.97),
    ("IBAN_CODE", 0.97),
    ("IP_ADDRESS", 0.97),
    ("CRYPTO", 0.97),
    ("US_SSN", 0.95),
    ("UK_NINO", 0.95),
    ("ES_NIF", 0.95),
    ("ES_NIE", 0.95),
    ("IT_FISCAL_CODE", 0.95),
    ("PL_PESEL", 0.95),
    ("NL_BSN", 0.95),
    ("BR_CPF", 0.95),
    ("IN_AADHAAR", 0.95),
    ("FR_NIR", 0.97),
    ("DE_TAX_ID", 0.95),
    ("DATE_OF_BIRTH", 0.95),
    ("STREET_ADDRESS", 0.93),
    ("PERSON", 0.80),
    ("SECRET", 0.95),
];

#[test]
fn quality_floor_on_labelled_set() {
    let set = samples();
    let benign = set.iter().filter(|s| s.spans.is_empty()).count();
    assert!(set.len() > 800 && benign >= 300, "set too small");
    let (per, benign_findings) = score(&set);
    let mut failed = Vec::new();
    for (kind, floor) in FLOORS {
        let (tp, np, ng) = per.get(*kind).copied().unwrap_or_default();
        assert!(ng > 0, "{kind} has no gold spans in the set");
        let f = f1(tp, np, ng);
        println!("{kind:<16} tp {tp:>3} pred {np:>3} gold {ng:>3} F1 {f:.3} (floor {floor:.2})");
        if f < *floor {
            failed.push(format!("{kind}: F1 {f:.3} < {floor}"));
        }
    }
    println!("benign: {benign_findings} findings in {benign} messages");
    // the target is at most 1 per 1000 benign messages; one was found when the floor was set
    assert!(
        benign_findings <= 1,
        "{benign_findings} findings in benign messages"
    );
    assert!(failed.is_empty(), "below the floor: {failed:?}");
}

/// splitmix64
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters the mutations insert: separators, digits, letters of several scripts and
/// cases, and the bytes detectors key on.
const INSERT: &[&str] = &[
    " ",
    " ",
    "  ",
    "-",
    ".",
    ",",
    ":",
    "::",
    "/",
    "@",
    "+",
    "(",
    ")",
    "#",
    "_",
    "=",
    "'",
    "\n",
    "0",
    "1",
    "7",
    "9",
    "00",
    "+49 ",
    "A",
    "Z",
    "x",
    "é",
    "É",
    "ß",
    "Ж",
    "ж",
    "Σ",
    "ς",
    "中",
    "김",
    "さん",
    "🎉",
    "\u{200B}",
    "Mr ",
    "my name is ",
    "born ",
    "Street",
    " rue ",
    "ул. ",
    "IBAN ",
    "SSN ",
    "tel ",
    "password: ",
    "sk-",
    "0x",
    "bc1",
    "ghp_",
    "Anna ",
    "Müller",
    "ski",
    "ov",
    "12",
    "5/7",
    "1985",
    "12.05.",
    "192.168.",
    "fe80::",
    "::1",
    "a::b",
    "2A",
    "2B",
];

fn mutate(base: &str, other: &str, rng: &mut Rng) -> String {
    let mut s: Vec<char> = base.chars().collect();
    let o: Vec<char> = other.chars().collect();
    for _ in 0..1 + rng.below(4) {
        match rng.below(7) {
            0 | 1 => {
                let at = rng.below(s.len() + 1);
                let ins: Vec<char> = INSERT[rng.below(INSERT.len())].chars().collect();
                s.splice(at..at, ins);
            }
            2 if !s.is_empty() => {
                let at = rng.below(s.len());
                let n = 1 + rng.below(3);
                s.drain(at..(at + n).min(s.len()));
            }
            3 if !s.is_empty() => {
                let at = rng.below(s.len());
                let c = s[at];
                s[at] = if c.is_uppercase() {
                    c.to_lowercase().next().unwrap_or(c)
                } else {
                    c.to_uppercase().next().unwrap_or(c)
                };
            }
            4 if !o.is_empty() => {
                // splice a piece of another sample in
                let a = rng.below(o.len());
                let b = (a + 1 + rng.below(30)).min(o.len());
                let at = rng.below(s.len() + 1);
                s.splice(at..at, o[a..b].iter().copied());
            }
            5 if !s.is_empty() => {
                // replace a digit by another digit (breaks or makes check digits)
                let at = rng.below(s.len());
                if s[at].is_ascii_digit() {
                    s[at] = char::from(b'0' + rng.below(10) as u8);
                }
            }
            _ => {
                let at = rng.below(s.len() + 1);
                let ins: Vec<char> = INSERT[rng.below(INSERT.len())].chars().collect();
                s.splice(at..at, ins);
            }
        }
    }
    s.into_iter().collect()
}

/// The texts of the identity check: the labelled set, then 6000 mutations of it.
fn identity_corpus() -> Vec<String> {
    let base: Vec<String> = samples().into_iter().map(|s| s.text).collect();
    let mut rng = Rng(0x5EED_0FB0_73A1_1000);
    let mut v = base.clone();
    for _ in 0..6000 {
        let a = &base[rng.below(base.len())];
        let b = &base[rng.below(base.len())];
        let mut t = mutate(a, b, &mut rng);
        if rng.below(5) == 0 {
            // two samples joined, as in chat messages holding several values
            t.push_str(["; ", ". ", "\n", " "][rng.below(4)]);
            t.push_str(&mutate(b, a, &mut rng));
        }
        v.push(t);
    }
    v
}

type Find = fn(&str, &mut Vec<Span>);
const DETECTORS: [(&str, Find); 6] = [
    ("email", super::email::find),
    ("numeric", super::numeric::find),
    ("tokens", super::tokens::find),
    ("dob", super::dob::find),
    ("address", super::address::find),
    ("person", super::person::find),
];

/// One line per detector (and the scanner): its spans in the order found.
fn outputs(scanner: &Scanner, text: &str) -> String {
    let mut s = String::new();
    let fmt = |s: &mut String, name: &str, spans: &[Span]| {
        s.push_str(name);
        for x in spans {
            s.push_str(&format!(
                " {}:{}-{}@{:08x}",
                x.kind,
                x.start,
                x.end,
                x.score.to_bits()
            ));
        }
        s.push('\n');
    };
    for (name, f) in DETECTORS {
        let mut v = Vec::new();
        f(text, &mut v);
        fmt(&mut s, name, &v);
    }
    fmt(&mut s, "scan", &scanner.scan(text));
    s
}

fn fnv(h: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *h ^= u64::from(*b);
        *h = h.wrapping_mul(0x100_0000_01B3);
    }
}

#[test]
fn detections_identical_to_recorded() {
    let corpus = identity_corpus();
    let scanner = Scanner::all();
    let mut dump = String::new();
    let mut lines = vec![format!("texts {}", corpus.len())];
    for (bi, block) in corpus.chunks(100).enumerate() {
        let mut h = 0xCBF2_9CE4_8422_2325u64;
        for (i, t) in block.iter().enumerate() {
            let o = outputs(&scanner, t);
            fnv(&mut h, o.as_bytes());
            if std::env::var_os("BOTWALL_PII_IDENTITY_DUMP").is_some() {
                dump.push_str(&format!("## {} {:?}\n{o}", bi * 100 + i, t));
            }
        }
        lines.push(format!("{bi} {h:016x}"));
    }
    if let Some(p) = std::env::var_os("BOTWALL_PII_IDENTITY_DUMP") {
        std::fs::write(p, &dump).expect("write dump");
    }
    let got = lines.join("\n") + "\n";
    if std::env::var("BOTWALL_PII_IDENTITY").as_deref() == Ok("write") {
        let p = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pii/testdata/identity.txt");
        std::fs::write(p, &got).expect("write identity.txt");
        return;
    }
    let want: Vec<&str> = IDENTITY.lines().collect();
    let differ: Vec<&str> = got
        .lines()
        .zip(want.iter())
        .filter(|(a, b)| a != *b)
        .map(|(a, _)| a)
        .collect();
    assert!(
        differ.is_empty() && got.lines().count() == want.len(),
        "detections changed in blocks {differ:?} (of 100 texts each; \
         BOTWALL_PII_IDENTITY_DUMP=/path writes them in full to diff against the previous commit)"
    );
}
