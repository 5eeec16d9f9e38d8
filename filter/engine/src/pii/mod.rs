//! PII detection and redaction.
//!
//! Detectors (all hand-written scanners, no regex engine in the wasm): e-mail
//! ([`email`]), digit runs — phones, cards, IPv4, national ids with check digits
//! ([`numeric`]), alphanumeric tokens — IBAN, NINO, NIF/NIE, fiscal code, crypto, IPv6,
//! secrets, URL credentials ([`tokens`]), dates of birth ([`dob`]), street addresses
//! ([`address`]) and person names ([`person`]). Each finding carries a confidence score;
//! context words raise or lower it, and the policy sets a threshold per kind. Overlapping
//! findings resolve deterministically (higher score, then longer, then earlier, then kind).
//!
//! Redaction modes: numbered placeholders (`<EMAIL_ADDRESS_1>`, same value same number
//! within an update), masks (keep the last 4 characters), keyed pseudonyms (HMAC-SHA256,
//! stable across updates) and drop.

pub mod address;
pub mod address_cjk;
mod address_tail;
pub mod census;
pub mod dob;
pub mod email;
pub mod english;
#[cfg(test)]
mod floor_tests;
pub mod lex;
mod name_context;
pub mod namemodel;
pub mod numeric;
pub mod person;
pub mod stage;
pub mod tokens;
pub mod util;

use crate::entities::Edit;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;

/// Every kind this build detects (Presidio's names where Presidio has the kind).
pub const KINDS: &[&str] = &[
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "CRYPTO",
    "US_SSN",
    "UK_NINO",
    "ES_NIF",
    "ES_NIE",
    "IT_FISCAL_CODE",
    "PL_PESEL",
    "NL_BSN",
    "BR_CPF",
    "IN_AADHAAR",
    "FR_NIR",
    "DE_TAX_ID",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "PERSON",
    "SECRET",
];

/// The person cues' and secret keys' pre-filters merged (see [`util::BigramPair`]).
static CUES_AND_KEYS: std::sync::LazyLock<Option<util::BigramPair>> =
    std::sync::LazyLock::new(|| {
        util::BigramPair::new(person::CUE_AC.as_ref()?, tokens::KV_CUES.as_ref()?)
    });

/// A PII value found in one text field; offsets are bytes into that field's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Presidio-style entity kind, e.g. `EMAIL_ADDRESS`.
    pub kind: &'static str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Confidence in 0..1 after context.
    pub score: f32,
}

/// Which kinds to look for and the minimum score of each.
#[derive(Debug, Clone)]
pub struct Scanner {
    thresholds: Vec<(&'static str, f32)>,
    /// The learned single-name rule ([`namemodel`]) runs (when PERSON is wanted).
    person_model: bool,
}

impl Scanner {
    /// A scanner for `kinds` (unknown names are ignored) with per-kind thresholds
    /// (default 0.5).
    pub fn new(kinds: &[String], thresholds: &dyn Fn(&str) -> Option<f32>) -> Scanner {
        let thresholds = KINDS
            .iter()
            .filter(|k| kinds.iter().any(|x| x == *k))
            .map(|k| (*k, thresholds(k).unwrap_or(0.5)))
            .collect();
        Scanner {
            thresholds,
            person_model: true,
        }
    }

    /// The same scanner with the learned single-name rule on or off.
    pub fn with_person_model(mut self, on: bool) -> Scanner {
        self.person_model = on;
        self
    }

    /// A scanner for every kind at the default threshold.
    pub fn all() -> Scanner {
        let kinds: Vec<String> = KINDS.iter().map(|s| s.to_string()).collect();
        Scanner::new(&kinds, &|_| None)
    }

    fn threshold(&self, kind: &str) -> Option<f32> {
        // (the kinds are the same static strings: an address test settles most, over all
        // the kinds before any text is compared)
        self.thresholds
            .iter()
            .find(|(k, _)| std::ptr::eq(*k, kind))
            .or_else(|| self.thresholds.iter().find(|(k, _)| *k == kind))
            .map(|(_, t)| *t)
    }

    fn wants(&self, kinds: &[&str]) -> bool {
        kinds.iter().any(|k| self.threshold(k).is_some())
    }

    /// Finds PII in `text`: non-overlapping spans in text order.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        if text.is_empty() || self.thresholds.is_empty() {
            return Vec::new();
        }
        let model = if self.person_model {
            person::Model::On
        } else {
            person::Model::Off
        };
        let raw = self.raw_spans(text, model);
        self.resolve(raw)
    }

    /// The learned single-name rule's candidates in `text` with their feature ids (byte
    /// offsets; see [`namemodel`]): what `tests/eval/person_model.py` trains on.
    pub fn person_features(&self, text: &str) -> Vec<(usize, usize, Vec<u32>)> {
        if text.is_empty() {
            return Vec::new();
        }
        let mut v = Vec::new();
        self.raw_spans(text, person::Model::Dump(&mut v));
        v
    }

    /// Every detector's findings before thresholds and overlaps; `model`: what the PERSON
    /// rules do with the learned single-name rule.
    fn raw_spans(&self, text: &str, model: person::Model<'_>) -> Vec<Span> {
        // (room for the candidates of a chat message up front: most detectors push a few;
        // a long text's one per 64 bytes: growing the list copies it)
        let mut raw = Vec::with_capacity((text.len() / 64).clamp(16, 256));
        // (a vectorised byte search: `str::contains` looks at a word at a time)
        if self.wants(&["EMAIL_ADDRESS"]) && memchr::memchr(b'@', text.as_bytes()).is_some() {
            email::find(text, &mut raw);
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if has_digit {
            numeric::find(text, &mut raw);
        }
        // the person cues and the secret keys: candidate positions of both automata
        // from one pass over the text
        let want_person = self.wants(&["PERSON"]);
        let (cue_cands, key_cands) = match (
            CUES_AND_KEYS.as_ref(),
            person::CUE_AC.as_ref(),
            tokens::KV_CUES.as_ref(),
        ) {
            (Some(pair), Some(cues), Some(keys)) if want_person => {
                let (c, k) = pair.candidates(cues, keys, text);
                (Some(c), Some(k))
            }
            _ => (None, None),
        };
        tokens::find_with(text, key_cands.as_deref(), &mut raw);
        if has_digit && self.wants(&["DATE_OF_BIRTH"]) {
            dob::find(text, &mut raw);
        }
        if has_digit && self.wants(&["STREET_ADDRESS"]) {
            address::find(text, &mut raw);
            address::find_military(text, &mut raw);
            address_cjk::find(text, &mut raw);
        }
        if want_person {
            person::find_with_model(text, cue_cands.as_deref(), &mut raw, model);
        }
        raw
    }

    /// Drops spans under threshold or of unwanted kinds, then resolves overlaps.
    fn resolve(&self, mut raw: Vec<Span>) -> Vec<Span> {
        // (a detector's spans come in runs of one kind: the last kind's threshold is
        // kept, found again only when the kind changes)
        let mut last: Option<(&'static str, Option<f32>)> = None;
        raw.retain(|s| {
            let t = match last {
                Some((k, t)) if std::ptr::eq(k, s.kind) => t,
                _ => {
                    let t = self.threshold(s.kind);
                    last = Some((s.kind, t));
                    t
                }
            };
            s.end > s.start && t.is_some_and(|t| s.score >= t)
        });
        raw.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| (b.end - b.start).cmp(&(a.end - a.start)))
                .then_with(|| a.start.cmp(&b.start))
                .then_with(|| a.kind.cmp(b.kind))
        });
        // kept spans in text order: they do not overlap, so their ends are in order too,
        // and a span overlaps one of them exactly when it overlaps the last one starting
        // before its end
        let mut kept: Vec<Span> = Vec::with_capacity(raw.len());
        for s in raw {
            let j = kept.partition_point(|k| k.start < s.end);
            let clear = j
                .checked_sub(1)
                .and_then(|p| kept.get(p))
                .is_none_or(|k| k.end <= s.start);
            if clear {
                kept.insert(j, s);
            }
        }
        kept
    }
}

/// The PERSON findings of `scanner` in `text`, as text (for the name rules' tests).
#[cfg(test)]
pub(crate) fn person_texts<'a>(scanner: &Scanner, text: &'a str) -> Vec<&'a str> {
    scanner
        .scan(text)
        .iter()
        .filter(|s| s.kind == "PERSON")
        .filter_map(|s| text.get(s.start..s.end))
        .collect()
}

/// Finds e-mail addresses only (kept for callers of the first version).
pub fn find_emails(text: &str) -> Vec<Span> {
    let mut v = Vec::new();
    email::find(text, &mut v);
    v
}

/// How a finding is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `<KIND_n>`, numbered per value within the update.
    Placeholder,
    /// Letters and digits replaced by `*` except the last 4 (all when the value is short).
    Mask,
    /// `<KIND_xxxxxxxx>`: keyed HMAC of the value, stable across updates.
    Pseudonym,
    /// Removed.
    Drop,
}

/// Numbers placeholders per kind and value within one update, so that the same value
/// always becomes the same placeholder; also makes keyed pseudonyms.
#[derive(Debug, Default)]
pub struct Placeholders {
    /// (kind, canonical value, number) in the order first seen; looked up linearly while
    /// short (a message has a few findings), through `index` once it grows.
    seen: Vec<(&'static str, String, usize)>,
    index: HashMap<(&'static str, String), usize>,
    next: Vec<(&'static str, usize)>,
    key: Vec<u8>,
    /// Scratch space for the canonical form of the value being looked up (kept between
    /// calls: a value seen before costs no allocation).
    buf: String,
}

/// Distinct values from which [`Placeholders`] looks numbers up through a hash map.
const LINEAR_SEEN: usize = 32;

/// Canonical form of a value for numbering and pseudonyms: lower case, no separators.
fn canonical(value: &str) -> String {
    let mut out = String::new();
    canonical_into(value, &mut out);
    out
}

/// [`canonical`] written into `out` (cleared first). An ASCII value (most findings) is
/// copied a byte at a time (a `String` pushed a `char` at a time encodes each one).
fn canonical_into(value: &str, out: &mut String) {
    out.clear();
    if value.is_ascii() {
        // (each byte written, then kept by moving on past it unless it is a separator: no
        // branch and no capacity test per byte)
        let mut bytes = std::mem::take(out).into_bytes();
        bytes.resize(value.len(), 0);
        let mut n = 0usize;
        for &b in value.as_bytes() {
            let c = b.to_ascii_lowercase();
            if let Some(d) = bytes.get_mut(n) {
                *d = c;
            }
            n += usize::from(!matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'/'));
        }
        bytes.truncate(n);
        // (ASCII bytes: always valid, never the empty fallback)
        *out = String::from_utf8(bytes).unwrap_or_default();
    } else {
        // (an ASCII character lower-cased on its own: no case-table lookup)
        for c in value.chars() {
            if c.is_ascii() {
                if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/') {
                    out.push(c.to_ascii_lowercase());
                }
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

/// The [`canonical`] of an earlier version (its tests compare the two).
#[cfg(test)]
fn canonical_reference(value: &str) -> String {
    let keep = |c: char| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/');
    let mut out = String::with_capacity(value.len());
    if value.is_ascii() {
        out.extend(
            value
                .bytes()
                .map(|b| char::from(b.to_ascii_lowercase()))
                .filter(|&c| keep(c)),
        );
    } else {
        out.extend(
            value
                .chars()
                .filter(|&c| keep(c))
                .flat_map(char::to_lowercase),
        );
    }
    out
}

impl Placeholders {
    /// Placeholders whose pseudonyms are keyed by `key`.
    pub fn with_key(key: &[u8]) -> Placeholders {
        Placeholders {
            key: key.to_vec(),
            ..Placeholders::default()
        }
    }

    /// The placeholder for `value` of `kind`, e.g. `<EMAIL_ADDRESS_2>`.
    pub fn get(&mut self, kind: &'static str, value: &str) -> String {
        let mut out = String::with_capacity(kind.len() + 8);
        self.push_placeholder(kind, value, &mut out);
        out
    }

    /// [`Placeholders::get`] appended to `out`.
    fn push_placeholder(&mut self, kind: &'static str, value: &str, out: &mut String) {
        let n = self.number(kind, value);
        out.push('<');
        out.push_str(kind);
        out.push('_');
        crate::digits::push_u64(out, n as u64);
        out.push('>');
    }

    /// [`Placeholders::replace`] appended to `out` (a placeholder written there directly).
    pub fn push_replacement(
        &mut self,
        mode: Mode,
        kind: &'static str,
        value: &str,
        out: &mut String,
    ) {
        match mode {
            Mode::Placeholder => self.push_placeholder(kind, value, out),
            _ => out.push_str(&self.replace(mode, kind, value)),
        }
    }

    /// The number of `value` of `kind` (a new one when not seen before).
    fn number(&mut self, kind: &'static str, value: &str) -> usize {
        let mut canon = std::mem::take(&mut self.buf);
        canonical_into(value, &mut canon);
        let known = self.known(kind, &canon);
        match known {
            Some(n) => {
                // (the buffer is kept for the next value)
                self.buf = canon;
                n
            }
            None => self.number_new(kind, canon),
        }
    }

    /// The number already given to the value of `kind` whose canonical form is `canon`.
    fn known(&self, kind: &'static str, canon: &str) -> Option<usize> {
        if self.index.is_empty() {
            self.seen
                .iter()
                .find(|(k, v, _)| (std::ptr::eq(*k, kind) || *k == kind) && *v == canon)
                .map(|(_, _, n)| *n)
        } else {
            self.index.get(&(kind, canon.to_string())).copied()
        }
    }

    /// The number of a value of `kind` not seen before (`canon`: its canonical form),
    /// recorded.
    fn number_new(&mut self, kind: &'static str, canon: String) -> usize {
        let n = match self.next.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.next.push((kind, 1));
                1
            }
        };
        if !self.index.is_empty() {
            self.index.insert((kind, canon.clone()), n);
        } else if self.seen.len() >= LINEAR_SEEN {
            self.index = self
                .seen
                .iter()
                .map(|(k, v, n)| ((*k, v.clone()), *n))
                .collect();
            self.index.insert((kind, canon.clone()), n);
        }
        self.seen.push((kind, canon, n));
        n
    }

    /// The [`Placeholders::get`] of an earlier version (its tests compare the two).
    #[cfg(test)]
    fn get_reference(&mut self, kind: &'static str, value: &str) -> String {
        let canon = canonical_reference(value);
        let known = self.known(kind, &canon);
        let n = match known {
            Some(n) => n,
            None => self.number_new(kind, canon),
        };
        let mut out = String::with_capacity(kind.len() + 8);
        out.push('<');
        out.push_str(kind);
        out.push('_');
        crate::digits::push_u64(&mut out, n as u64);
        out.push('>');
        out
    }

    /// The keyed pseudonym for `value` of `kind`, e.g. `<EMAIL_ADDRESS_3f9a0c1d>`.
    pub fn pseudonym(&self, kind: &str, value: &str) -> String {
        let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&self.key) else {
            return format!("<{kind}>");
        };
        mac.update(kind.as_bytes());
        mac.update(b":");
        mac.update(canonical(value).as_bytes());
        let out = mac.finalize().into_bytes();
        let hex: String = out.iter().take(4).map(|b| format!("{b:02x}")).collect();
        format!("<{kind}_{hex}>")
    }

    /// The replacement for `value` in `mode`.
    pub fn replace(&mut self, mode: Mode, kind: &'static str, value: &str) -> String {
        match mode {
            Mode::Placeholder => self.get(kind, value),
            Mode::Pseudonym => self.pseudonym(kind, value),
            Mode::Drop => String::new(),
            Mode::Mask => mask(value),
        }
    }
}

/// Masks letters and digits except the last 4 (all of them when fewer than 8).
pub fn mask(value: &str) -> String {
    let n = value.chars().filter(|c| c.is_alphanumeric()).count();
    let keep = if n >= 8 { 4 } else { 0 };
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                seen += 1;
                if seen > n - keep {
                    c
                } else {
                    '*'
                }
            } else {
                c
            }
        })
        .collect()
}

/// Turns spans into placeholder edits for [`crate::entities::apply_edits`].
pub fn placeholder_edits(text: &str, spans: &[Span], names: &mut Placeholders) -> Vec<Edit> {
    edits(text, spans, names, &|_| Mode::Placeholder)
}

/// Turns spans into edits with a mode per kind.
pub fn edits(
    text: &str,
    spans: &[Span],
    names: &mut Placeholders,
    mode: &dyn Fn(&str) -> Mode,
) -> Vec<Edit> {
    spans
        .iter()
        .filter_map(|s| {
            let value = text.get(s.start..s.end)?;
            Some(Edit {
                start: s.start,
                end: s.end,
                replacement: names.replace(mode(s.kind), s.kind, value),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        Scanner::all()
            .scan(text)
            .into_iter()
            .map(|s| (s.kind, text.get(s.start..s.end).unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn canonical_form_drops_separators_and_folds_case_in_any_script() {
        for (value, want) in [
            ("Anna.Schmidt@Example.DE", "annaschmidt@examplede"),
            ("+49 (151) 234-567/89", "+4915123456789"),
            ("DE89 3704 0044 0532 0130 00", "de89370400440532013000"),
            ("Иван.Петров@Почта.РФ", "иванпетров@почтарф"),
            ("İSTANBUL-ß", "i\u{307}stanbulß"),
            ("", ""),
        ] {
            assert_eq!(canonical(value), want, "{value}");
        }
    }

    #[test]
    fn canonical_and_placeholders_match_their_references() {
        // values from pieces of every kind of character (ASCII letters of both cases,
        // separators, digits, Latin-1, Cyrillic, Turkish İ, a character whose lower case
        // is longer, emoji), looked up in two tables side by side, repeats included
        let pieces = [
            "A", "b", "Z", "q", " ", "-", ".", "(", ")", "/", "@", "_", "+", "0", "7", "9", "ß",
            "É", "é", "İ", "Ж", "ж", "Σ", "ς", "\u{212A}", "😀", "ǅ", "ẞ",
        ];
        let kinds = ["EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"];
        let mut rng = crate::testing::Rng::new(0x5eed_0005);
        for round in 0..200 {
            let (mut a, mut b) = (Placeholders::default(), Placeholders::default());
            let mut values: Vec<String> = Vec::new();
            for _ in 0..(round % 70 + 1) {
                let v = if !values.is_empty() && rng.below(3) == 0 {
                    let i = rng.below(values.len());
                    values.get(i).cloned().unwrap_or_default()
                } else {
                    let n = rng.next_u64() % 12;
                    (0..n).map(|_| pieces[rng.below(pieces.len())]).collect()
                };
                assert_eq!(canonical(&v), canonical_reference(&v), "{v:?}");
                let kind = kinds[rng.below(kinds.len())];
                assert_eq!(a.get(kind, &v), b.get_reference(kind, &v), "{v:?}");
                values.push(v);
            }
        }
    }

    #[test]
    fn placeholders_number_values_in_first_seen_order_at_any_count() {
        let mut p = Placeholders::default();
        // Past the linear lookup's size, with repeats and a second kind interleaved.
        for round in 0..2 {
            for i in 1..=100usize {
                let v = format!("user{i}@example.com");
                assert_eq!(p.get("EMAIL_ADDRESS", &v), format!("<EMAIL_ADDRESS_{i}>"));
                // Canonical form: case and separators do not make a new value.
                assert_eq!(
                    p.get("EMAIL_ADDRESS", &v.to_uppercase()),
                    format!("<EMAIL_ADDRESS_{i}>")
                );
                if i % 10 == 0 {
                    let phone = format!("+49 151 {i:08}");
                    assert_eq!(
                        p.get("PHONE_NUMBER", &phone),
                        format!("<PHONE_NUMBER_{}>", i / 10),
                        "{round}"
                    );
                }
            }
        }
    }

    #[test]
    fn scanner_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Hi, I'm Anna Schmidt, mail anna@example.de or call +49 151 23456789.",
                &[
                    ("PERSON", "Anna Schmidt"),
                    ("EMAIL_ADDRESS", "anna@example.de"),
                    ("PHONE_NUMBER", "+49 151 23456789"),
                ],
            ),
            (
                "born on 12.05.1985 in Berlin",
                &[("DATE_OF_BIRTH", "12.05.1985")],
            ),
            ("meeting on 12.05.2025 at 10:00", &[]),
            (
                "I live at 221B Baker Street, London",
                &[("STREET_ADDRESS", "221B Baker Street, London")],
            ),
            (
                "Hauptstraße 5, 10115 Berlin",
                &[("STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin")],
            ),
            // session 26: Polish "al.", "pl." need their dot; Nordic compounds
            (
                "mieszkam przy al. Jerozolimskie 65",
                &[("STREET_ADDRESS", "al. Jerozolimskie 65")],
            ),
            ("El Madrid le ganó 2-1 al Barça anoche", &[]),
            ("Comprei os 3 Livros", &[]),
            (
                "adresse: Eskelundsvej 61, 2300 København",
                &[("STREET_ADDRESS", "Eskelundsvej 61, 2300 København")],
            ),
            (
                "Storgata 12, 0184 Oslo",
                &[("STREET_ADDRESS", "Storgata 12, 0184 Oslo")],
            ),
            (
                "order #A-1234567, total €49,90, v2.3.1, uuid 550e8400-e29b-41d4-a716-446655440000",
                &[],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(&str, String)> = want.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(found(text), want, "text {text:?}");
        }
    }

    #[test]
    fn overlaps_resolve_to_the_stronger_span() {
        let s = Scanner::all();
        let raw = vec![
            Span {
                kind: "PHONE_NUMBER",
                start: 0,
                end: 10,
                score: 0.6,
            },
            Span {
                kind: "CREDIT_CARD",
                start: 0,
                end: 19,
                score: 0.9,
            },
            Span {
                kind: "PERSON",
                start: 20,
                end: 25,
                score: 0.4,
            },
        ];
        let got = s.resolve(raw);
        assert_eq!(got.len(), 1);
        assert_eq!(got.first().map(|x| x.kind), Some("CREDIT_CARD"));
    }

    #[test]
    fn modes() {
        let mut p = Placeholders::with_key(b"k");
        assert_eq!(p.get("EMAIL_ADDRESS", "a@b.io"), "<EMAIL_ADDRESS_1>");
        assert_eq!(p.get("EMAIL_ADDRESS", "c@d.io"), "<EMAIL_ADDRESS_2>");
        assert_eq!(p.get("EMAIL_ADDRESS", "A@B.io"), "<EMAIL_ADDRESS_1>");
        assert_eq!(p.get("PHONE_NUMBER", "1"), "<PHONE_NUMBER_1>");
        assert_eq!(mask("4111 1111 1111 1234"), "**** **** **** 1234");
        assert_eq!(mask("1234"), "****");
        let a = p.pseudonym("EMAIL_ADDRESS", "a@b.io");
        assert_eq!(a, p.pseudonym("EMAIL_ADDRESS", "A@B.io"));
        assert_ne!(
            a,
            Placeholders::with_key(b"other").pseudonym("EMAIL_ADDRESS", "a@b.io")
        );
        assert_eq!(p.replace(Mode::Drop, "SECRET", "x"), "");
    }

    /// A small fixed floor in `make test`: every kind found in a typical sentence, and
    /// hard negatives left alone. (The measured numbers come from `make eval-pii`.)
    #[test]
    fn quality_floor() {
        let positives: &[(&str, &str, &str)] = &[
            (
                "EMAIL_ADDRESS",
                "schreib mir an jörg@example.de bitte",
                "jörg@example.de",
            ),
            (
                "PHONE_NUMBER",
                "мой номер +7 916 123-45-67",
                "+7 916 123-45-67",
            ),
            (
                "PHONE_NUMBER",
                "appelle-moi au 06 12 34 56 78",
                "06 12 34 56 78",
            ),
            ("PHONE_NUMBER", "手机 13812345678", "13812345678"),
            (
                "PHONE_NUMBER",
                "call me at (415) 555-0132",
                "(415) 555-0132",
            ),
            (
                "CREDIT_CARD",
                "card 5500 0000 0000 0004 exp 12/27",
                "5500 0000 0000 0004",
            ),
            (
                "IBAN_CODE",
                "IBAN: FR14 2004 1010 0505 0001 3M02 606",
                "FR14 2004 1010 0505 0001 3M02 606",
            ),
            ("IP_ADDRESS", "ssh into 10.0.12.7 and restart", "10.0.12.7"),
            (
                "CRYPTO",
                "send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            ),
            ("US_SSN", "my SSN is 536-22-1234", "536-22-1234"),
            ("UK_NINO", "NI number AB123456C", "AB123456C"),
            ("ES_NIF", "mi DNI es 12345678Z", "12345678Z"),
            ("ES_NIE", "NIE: Y1234567X", "Y1234567X"),
            (
                "IT_FISCAL_CODE",
                "codice fiscale RSSMRA85T10A562S",
                "RSSMRA85T10A562S",
            ),
            ("PL_PESEL", "mój PESEL to 44051401359", "44051401359"),
            ("NL_BSN", "mijn BSN is 111222333", "111222333"),
            ("BR_CPF", "CPF: 111.444.777-35", "111.444.777-35"),
            ("IN_AADHAAR", "Aadhaar 2345 6789 0124", "2345 6789 0124"),
            (
                "FR_NIR",
                "NIR : 1 85 05 78 006 084 91",
                "1 85 05 78 006 084 91",
            ),
            (
                "FR_NIR",
                "n° sécu 2 64 12 2B 033 916 93",
                "2 64 12 2B 033 916 93",
            ),
            ("DE_TAX_ID", "Steuer-ID 86095742719", "86095742719"),
            (
                "DATE_OF_BIRTH",
                "я родился 12 марта 1985 года",
                "12 марта 1985",
            ),
            (
                "STREET_ADDRESS",
                "j'habite au 12, rue de la Paix",
                "12, rue de la Paix",
            ),
            ("PERSON", "mi chiamo Giulia Bianchi", "Giulia Bianchi"),
            (
                "SECRET",
                "key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD",
                "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD",
            ),
        ];
        let s = Scanner::all();
        for (kind, text, value) in positives {
            let got: Vec<(&str, &str)> = s
                .scan(text)
                .iter()
                .map(|x| (x.kind, text.get(x.start..x.end).unwrap_or("")))
                .collect();
            assert!(
                got.contains(&(*kind, *value)),
                "{kind} in {text:?}: got {got:?}"
            );
        }
        let negatives = [
            "Order #123456789012 shipped, tracking 1Z999AA10123456784",
            "invoice INV-2024-004512 is due on 01.06.2025",
            "the build 4821 failed at 2024-05-01 13:45:12, version 2.14.3.1 fixes it",
            "it costs $1299.99 or €1.299,00",
            "request id 550e8400-e29b-41d4-a716-446655440000",
            "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
            "the video got 1,204,332 views and 12 345 678 impressions",
            "timestamp 1700000000123, page 12 of 480",
            "Apple Watch vs Galaxy Watch; Victoria Station is closed on Monday",
            "Bestellung Nr. 9281333316 wurde versendet",
            "Заказ №48213345 отправлен, цена 1299 руб",
            "listening on 0.0.0.0:8080, MAC 00:1A:2B:3C:4D:5E",
        ];
        for text in negatives {
            assert_eq!(s.scan(text), Vec::new(), "{text:?}");
        }
    }
}
