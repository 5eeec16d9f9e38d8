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
                // (an ASCII stretch, most between findings, has as many characters as
                // bytes: tested a word at a time, cheaper than counting short stretches)
                let n = if stretch.is_ascii() {
                    stretch.len()
                } else {
                    stretch.chars().count()
                };
                self.chars = self.chars.saturating_add(n);
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
        .with_person_model(cfg.person_model)
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
            res.findings.reserve(spans.len());
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
            // spans in order, apart and on character boundaries (the scanner's always
            // are): the new text is written at once, placeholders straight into it (the
            // edits would all be applied, in this order), and an entities array is
            // remapped from the replaced ranges and the UTF-16 lengths of what replaced
            // them
            let ents = update::has_entities_array(value, f);
            let mut replaced = Vec::new();
            if let Some(new_text) =
                redacted(text, &spans, &mut names, cfg, ents.then_some(&mut replaced))
            {
                let done = if ents {
                    update::set_field_text_remapped(value, f, new_text, &replaced)
                } else {
                    update::set_field_text(value, f, new_text).then_some(0)
                };
                if let Some(n) = done {
                    res.changed = true;
                    res.dropped = res
                        .dropped
                        .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
                }
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

/// The [`run`] of an earlier version: every field redacted through edits and
/// [`update::apply_field_edits`] (its tests compare the two).
#[cfg(test)]
fn run_reference(
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
            res.findings.reserve(spans.len());
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

/// The text of `text` with each of `spans` replaced as `cfg` says, numbered by `names`
/// (what [`super::edits`] and [`update::apply_field_edits`] write); `None` unless the spans
/// are in order, do not overlap and start and end on character boundaries. With
/// `replaced`, each span's range and the UTF-16 length of its replacement are pushed there.
fn redacted(
    text: &str,
    spans: &[Span],
    names: &mut Placeholders,
    cfg: &Pii,
    mut replaced: Option<&mut Vec<(usize, usize, usize)>>,
) -> Option<String> {
    let mut pos = 0usize;
    for s in spans {
        if s.start < pos || s.end <= s.start || text.get(s.start..s.end).is_none() {
            return None;
        }
        pos = s.end;
    }
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut pos = 0usize;
    for s in spans {
        out.push_str(text.get(pos..s.start)?);
        let from = out.len();
        names.push_replacement(
            mode_of(cfg, s.kind),
            s.kind,
            text.get(s.start..s.end)?,
            &mut out,
        );
        if let Some(r) = replaced.as_deref_mut() {
            let units = out.get(from..).map_or(0, crate::entities::utf16_len);
            r.push((s.start, s.end, units));
        }
        pos = s.end;
    }
    out.push_str(text.get(pos..)?);
    Some(out)
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
    fn run_matches_the_edits_reference() {
        // generated updates: PII pieces and other text in a message's text and its reply's
        // caption, with and without entities (an array, or another value), under each
        // redaction mode; same update, findings, dropped count and change flag as the
        // edits path
        let mut pieces = crate::testing::PII_PIECES.to_vec();
        pieces.extend(["😀", "Привет", "ok", "", "\n"]);
        let policies = [
            json!({}),
            json!({"modes": {"EMAIL_ADDRESS": "mask", "PHONE_NUMBER": "drop"}}),
            json!({"modes": {"PERSON": "pseudonym", "IBAN_CODE": "mask", "CREDIT_CARD": "drop"}}),
            json!({"action": "report"}),
        ];
        let mut rng = crate::testing::Rng::new(0x0057_a6e5);
        let mut redacted = 0;
        for round in 0..1200 {
            let cfg: Pii =
                serde_json::from_value(serde_json::Value::from(&policies[round % policies.len()]))
                    .expect("cfg");
            let redact = cfg.action == crate::policy::PiiAction::Redact;
            let text = |rng: &mut crate::testing::Rng| {
                (0..rng.below(8))
                    .map(|_| pieces[rng.below(pieces.len())])
                    .collect::<Vec<_>>()
                    .join([" ", ", ", ""][rng.below(3)])
            };
            let mut u = json!({"update_id": 1, "message": {"message_id": 2, "date": 1,
                "chat": {"id": 1, "type": "private"}, "text": text(&mut rng),
                "reply_to_message": {"message_id": 1, "date": 1,
                    "chat": {"id": 1, "type": "private"}, "caption": text(&mut rng)}}});
            match rng.below(3) {
                0 => {
                    u["message"]["entities"] = json!([{"type": "bold", "offset": 0, "length": 3},
                        {"type": "email", "offset": 2, "length": 15}]);
                }
                1 => u["message"]["reply_to_message"]["caption_entities"] = json!(5),
                _ => {}
            }
            let fields = update::text_fields(&u);
            let sc = scanner(&cfg);
            let (mut a, mut b) = (u.clone(), u.clone());
            let ra = run(&cfg, &sc, b"k", &mut a, &fields, redact);
            let rb = run_reference(&cfg, &sc, b"k", &mut b, &fields, redact);
            assert_eq!(a, b, "{u}");
            assert_eq!(
                (ra.findings, ra.dropped, ra.changed),
                (rb.findings, rb.dropped, rb.changed),
                "{u}"
            );
            redacted += usize::from(rb.changed);
        }
        assert!(redacted > 500, "{redacted}");
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
        // generated texts (ASCII stretches, other scripts, emoji), offsets mostly
        // increasing as findings come
        let pieces = ["ab", " ", "é", "😀", "Ж", "12", "日本", "x.y"];
        let mut rng = crate::testing::Rng::new(0x00c4_a125);
        for _ in 0..3000 {
            let text: String = (0..rng.below(20))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            let mut at = CharCursor::default();
            let mut b = 0;
            for _ in 0..8 {
                b = if rng.below(5) == 0 {
                    rng.below(text.len() + 2)
                } else {
                    b + rng.below(8)
                };
                let want = crate::entities::byte_to_char(&text, b).unwrap_or(0);
                assert_eq!(at.char_at(&text, b), want, "{text:?} byte {b}");
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
