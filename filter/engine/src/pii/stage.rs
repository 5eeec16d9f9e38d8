//! The PII stage over a whole update: text fields are scanned, whole-value fields
//! (contact phone numbers, e-mail fields) are PII by their role, sender names follow the
//! `sender` policy and coordinates the `location` policy. Entities stay valid: every
//! change goes through [`crate::update::apply_field_edits`].

use super::{Mode, Placeholders, Scanner, Span};
use crate::entities::Edit;
use crate::policy::{LocationMode, Pii, PiiMode, SenderMode};
use crate::update::{self, Role, TextField};
use crate::value::{Map, Value};

/// One finding of the stage, located in the original text of a field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldFinding {
    /// The field's label, e.g. `message.text` (shared by the field's findings).
    pub field: std::sync::Arc<str>,
    /// The span (bytes in the original field text).
    pub span: Span,
    /// Code-point start.
    pub start_char: usize,
    /// Code-point end (exclusive).
    pub end_char: usize,
}

/// What the stage did to an update.
#[derive(Debug, Default)]
pub struct StageResult {
    /// Findings in field order.
    pub findings: Vec<FieldFinding>,
    /// Entities dropped while redacting.
    pub dropped: u32,
    /// Whether the update changed.
    pub changed: bool,
}

fn mode_of(cfg: &Pii, kind: &str) -> Mode {
    match cfg.modes.get(kind) {
        Some(PiiMode::Mask) => Mode::Mask,
        Some(PiiMode::Pseudonym) => Mode::Pseudonym,
        Some(PiiMode::Drop) => Mode::Drop,
        Some(PiiMode::Placeholder) | None => Mode::Placeholder,
    }
}

/// Code-point offsets of byte offsets, as [`crate::entities::byte_to_char`] gives them (0 off a
/// character boundary), counting each stretch of text once while the offsets increase
/// (findings come in text order): a message with many findings costs one pass, not one
/// pass per finding.
#[derive(Default)]
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn char_at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = CharCursor::default();
        }
        match text.get(self.byte..byte) {
            Some(stretch) if text.is_char_boundary(byte) => {
                self.chars = self.chars.saturating_add(stretch.chars().count());
                self.byte = byte;
                self.chars
            }
            _ => 0,
        }
    }
}

/// The scanner for a PII policy (its kinds and thresholds): built once per policy, not
/// per update.
pub fn scanner(cfg: &Pii) -> Scanner {
    Scanner::new(&cfg.kinds, &|k| cfg.thresholds.get(k).copied())
}

/// Runs the stage with `scanner` (from [`scanner`] for the same `cfg`). `key` keys
/// pseudonyms; `redact` false reports without changing.
pub fn run(
    cfg: &Pii,
    scanner: &Scanner,
    key: &[u8],
    value: &mut Value,
    fields: &[TextField],
    redact: bool,
) -> StageResult {
    let wants = |k: &str| cfg.kinds.iter().any(|x| x == k);
    let mut names = Placeholders::with_key(key);
    let mut res = StageResult::default();
    for f in fields {
        let edits: Vec<Edit> = {
            let Some(text) = update::get_str(value, &f.path) else {
                continue;
            };
            if text.is_empty() {
                continue;
            }
            let whole = |kind: &'static str| {
                vec![Span {
                    kind,
                    start: 0,
                    end: text.len(),
                    score: 1.0,
                }]
            };
            let spans = match f.role {
                Role::Text | Role::Address | Role::Payload => scanner.scan(text),
                Role::Phone if wants("PHONE_NUMBER") => whole("PHONE_NUMBER"),
                Role::Email if wants("EMAIL_ADDRESS") => whole("EMAIL_ADDRESS"),
                Role::Name | Role::Username => {
                    if redact && cfg.sender != SenderMode::Keep {
                        let replacement = match (cfg.sender, f.role) {
                            (SenderMode::Drop, _) => String::new(),
                            (_, Role::Username) => {
                                let p = names.pseudonym("USERNAME", text);
                                format!(
                                    "user_{}",
                                    p.trim_start_matches("<USERNAME_").trim_end_matches('>')
                                )
                            }
                            _ => names.pseudonym("PERSON", text),
                        };
                        let e = [Edit {
                            start: 0,
                            end: text.len(),
                            replacement,
                        }];
                        if let Some(n) = update::apply_field_edits(value, f, &e) {
                            res.changed = true;
                            res.dropped = res
                                .dropped
                                .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
                        }
                    }
                    continue;
                }
                _ => Vec::new(),
            };
            if spans.is_empty() {
                continue;
            }
            let label: std::sync::Arc<str> = f.label().into();
            let mut at = CharCursor::default();
            for s in &spans {
                let start_char = at.char_at(text, s.start);
                let end_char = at.char_at(text, s.end);
                res.findings.push(FieldFinding {
                    field: std::sync::Arc::clone(&label),
                    span: s.clone(),
                    start_char,
                    end_char,
                });
            }
            if !redact {
                continue;
            }
            super::edits(text, &spans, &mut names, &|k| mode_of(cfg, k))
        };
        if let Some(n) = update::apply_field_edits(value, f, &edits) {
            res.changed = true;
            res.dropped = res
                .dropped
                .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
        }
    }
    if redact && cfg.location != LocationMode::Keep && locations(value, cfg.location, 0) {
        res.changed = true;
    }
    res
}

/// Coarsens or zeroes every `location` object (latitude + longitude) in the update.
fn locations(v: &mut Value, mode: LocationMode, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    let mut changed = false;
    match v {
        Value::Object(o) => {
            for (k, child) in o.iter_mut() {
                if k == "location" {
                    if let Value::Object(loc) = child {
                        changed |= fix_location(loc, mode);
                        continue;
                    }
                }
                changed |= locations(child, mode, depth + 1);
            }
        }
        Value::Array(a) => {
            for child in a {
                changed |= locations(child, mode, depth + 1);
            }
        }
        _ => {}
    }
    changed
}

fn fix_location(loc: &mut Map, mode: LocationMode) -> bool {
    let (Some(lat), Some(lon)) = (
        loc.get("latitude").and_then(Value::as_f64),
        loc.get("longitude").and_then(Value::as_f64),
    ) else {
        return false;
    };
    let (lat, lon) = match mode {
        LocationMode::Drop => (0.0, 0.0),
        _ => ((lat * 100.0).round() / 100.0, (lon * 100.0).round() / 100.0),
    };
    loc.insert("latitude", Value::from(lat));
    loc.insert("longitude", Value::from(lon));
    for k in ["horizontal_accuracy", "heading", "proximity_alert_radius"] {
        loc.remove(k);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    fn run_on(cfg: Pii, v: Value) -> (Value, StageResult) {
        let mut v = v;
        let fields = update::text_fields(&v);
        let r = run(&cfg, &scanner(&cfg), b"k", &mut v, &fields, true);
        (v, r)
    }

    #[test]
    fn char_cursor_matches_byte_to_char() {
        let text = "añb😀c é\u{301}d";
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        // In order, backwards and at random: same answers as counting from the start.
        let mut orders = vec![offsets.clone(), offsets.iter().rev().copied().collect()];
        orders.push(offsets.iter().map(|i| (i * 7) % (text.len() + 3)).collect());
        for order in orders {
            let mut at = CharCursor::default();
            for b in order {
                let want = crate::entities::byte_to_char(text, b).unwrap_or(0);
                assert_eq!(at.char_at(text, b), want, "byte {b}");
            }
        }
    }

    #[test]
    fn telegram_structures() {
        let upd = json!({"update_id":1,"message":{"message_id":1,"date":1,
            "from":{"id":7,"first_name":"Ann","username":"ann_l"},
            "chat":{"id":7,"type":"private","first_name":"Ann"},
            "contact":{"phone_number":"+491512345678","first_name":"Bob"},
            "location":{"latitude":51.507351,"longitude":-0.127758,"horizontal_accuracy":5}}});
        type Case<'a> = (&'a str, Value<'a>, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "keep",
                json!({}),
                &[
                    ("/message/from/first_name", "\"Ann\""),
                    ("/message/location/latitude", "51.507351"),
                ],
            ),
            (
                "coarsen + drop names",
                json!({"location":"coarsen","sender":"drop"}),
                &[
                    ("/message/from/first_name", "\"\""),
                    ("/message/location/latitude", "51.51"),
                    ("/message/location/horizontal_accuracy", "null"),
                    ("/message/chat/id", "7"),
                ],
            ),
            (
                "drop location",
                json!({"location":"drop"}),
                &[("/message/location/longitude", "0.0")],
            ),
            (
                "phone field",
                json!({}),
                &[("/message/contact/phone_number", "\"<PHONE_NUMBER_1>\"")],
            ),
        ];
        for (name, cfg, want) in cases {
            let mut c = json!({});
            if let (Some(o), Some(extra)) = (c.as_object_mut(), cfg.as_object()) {
                o.extend(extra.clone());
            }
            let cfg: Pii = serde_json::from_value(serde_json::Value::from(&c)).expect("cfg");
            let (out, _) = run_on(cfg, upd.clone());
            for (ptr, v) in *want {
                let got = out
                    .pointer(ptr)
                    .map_or("null".to_string(), |x| x.to_string());
                assert_eq!(got, *v, "{name} {ptr}");
            }
        }
        let cfg: Pii =
            serde_json::from_value(serde_json::json!({"sender":"pseudonymize"})).expect("cfg");
        let (out, _) = run_on(cfg, upd);
        let user = out
            .pointer("/message/from/username")
            .map(|x| x.to_string())
            .unwrap_or_default();
        assert!(user.starts_with("\"user_") && user.len() == 15, "{user}");
    }
}
