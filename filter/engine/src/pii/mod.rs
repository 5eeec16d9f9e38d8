//! PII detection and placeholder redaction.
//!
//! Starting point for the PII issue: e-mail addresses (`EMAIL_ADDRESS`), found by a
//! hand-written scanner around each `@` (no regex engine in the wasm), replaced by numbered
//! placeholders such as `<EMAIL_ADDRESS_1>`; the same value gets the same number within an
//! update.

use crate::entities::Edit;
use std::collections::HashMap;

/// A PII value found in one text field; offsets are bytes into that field's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Presidio-style entity kind, e.g. `EMAIL_ADDRESS`.
    pub kind: &'static str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

fn is_local(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_domain(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Finds e-mail addresses: a local part of letters, digits and `._%+-'`, an `@`, and a
/// domain of at least two labels whose last label (the TLD) is at least two letters.
pub fn find_emails(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut search_from = 0usize;
    while let Some(rel) = text.get(search_from..).and_then(|s| s.find('@')) {
        let at = search_from + rel;
        search_from = at + 1;
        // local part: walk left
        let before = text.get(..at).unwrap_or("");
        let mut start = at;
        for (i, c) in before.char_indices().rev() {
            if is_local(c) {
                start = i;
            } else {
                break;
            }
        }
        // trim leading dots/hyphens/quotes from the local part
        while let Some(c) = text.get(start..at).and_then(|s| s.chars().next()) {
            if matches!(c, '.' | '-' | '\'') {
                start += c.len_utf8();
            } else {
                break;
            }
        }
        if start >= at {
            continue;
        }
        // domain: walk right
        let after = text.get(at + 1..).unwrap_or("");
        let mut end = at + 1;
        for (i, c) in after.char_indices() {
            if is_domain(c) {
                end = at + 1 + i + c.len_utf8();
            } else {
                break;
            }
        }
        // trim trailing dots and hyphens (sentence punctuation)
        while let Some(c) = text.get(at + 1..end).and_then(|s| s.chars().next_back()) {
            if matches!(c, '.' | '-') {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        let domain = text.get(at + 1..end).unwrap_or("");
        let labels: Vec<&str> = domain.split('.').collect();
        let valid = labels.len() >= 2
            && labels
                .iter()
                .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
            && labels
                .last()
                .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
        if valid {
            out.push(Span {
                kind: "EMAIL_ADDRESS",
                start,
                end,
            });
            search_from = end;
        }
    }
    out
}

/// Numbers placeholders per kind and value within one update, so that the same value
/// always becomes the same placeholder.
#[derive(Debug, Default)]
pub struct Placeholders {
    seen: HashMap<(&'static str, String), usize>,
    next: HashMap<&'static str, usize>,
}

impl Placeholders {
    /// The placeholder for `value` of `kind`, e.g. `<EMAIL_ADDRESS_2>`.
    pub fn get(&mut self, kind: &'static str, value: &str) -> String {
        let key = (kind, value.to_lowercase());
        let n = match self.seen.get(&key) {
            Some(n) => *n,
            None => {
                let n = self.next.get(kind).copied().unwrap_or(0) + 1;
                self.next.insert(kind, n);
                self.seen.insert(key, n);
                n
            }
        };
        format!("<{kind}_{n}>")
    }
}

/// Turns spans into placeholder edits for [`crate::entities::apply_edits`].
pub fn placeholder_edits(text: &str, spans: &[Span], names: &mut Placeholders) -> Vec<Edit> {
    spans
        .iter()
        .filter_map(|s| {
            let value = text.get(s.start..s.end)?;
            Some(Edit {
                start: s.start,
                end: s.end,
                replacement: names.get(s.kind, value),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(text: &str) -> Vec<&str> {
        find_emails(text)
            .iter()
            .filter_map(|s| text.get(s.start..s.end))
            .collect()
    }

    #[test]
    fn email_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "write to jane.doe+bots@example.co.uk please",
                &["jane.doe+bots@example.co.uk"],
            ),
            ("Mail: a@b.io.", &["a@b.io"]),
            ("two: x@y.com, z_z@q-r.org", &["x@y.com", "z_z@q-r.org"]),
            ("(ivan.petrov@почта.рф)", &["ivan.petrov@почта.рф"]),
            ("👍🏽joe@ex.com👍🏽", &["joe@ex.com"]),
            ("@username mention", &[]),
            ("price 5@3.50", &[]),
            ("user@localhost", &[]),
            ("a@b.c", &[]),
            ("version 1.2@build.7", &[]),
            ("...@@@...", &[]),
            ("trailing@", &[]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(emails(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn placeholders_are_stable_per_value() {
        let mut p = Placeholders::default();
        assert_eq!(p.get("EMAIL_ADDRESS", "a@b.io"), "<EMAIL_ADDRESS_1>");
        assert_eq!(p.get("EMAIL_ADDRESS", "c@d.io"), "<EMAIL_ADDRESS_2>");
        assert_eq!(p.get("EMAIL_ADDRESS", "A@B.io"), "<EMAIL_ADDRESS_1>");
        assert_eq!(p.get("PHONE_NUMBER", "1"), "<PHONE_NUMBER_1>");
    }
}
