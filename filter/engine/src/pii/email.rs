//! E-mail addresses: a hand-written scanner around each `@` (no regex engine in the wasm).

use super::Span;

fn is_local(c: char) -> bool {
    super::util::is_word(c) || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_domain(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Finds e-mail addresses: a local part of letters, digits and `._%+-'`, an `@`, and a
/// domain of at least two labels whose last label (the TLD) is at least two letters.
pub fn find(text: &str, out: &mut Vec<Span>) {
    let mut search_from = 0usize;
    // End of the last address found: the next local part may not reach back into it
    // (overlapping spans would be dropped at redaction and leave an address behind).
    let mut prev_end = 0usize;
    // (a vectorised byte search: `@` is ASCII, its byte is the character)
    while let Some(rel) = text
        .as_bytes()
        .get(search_from..)
        .and_then(|s| memchr::memchr(b'@', s))
    {
        let at = search_from + rel;
        search_from = at + 1;
        let before = text.get(prev_end..at).unwrap_or("");
        let mut start = at;
        for (i, c) in before.char_indices().rev() {
            if is_local(c) {
                start = prev_end + i;
            } else {
                break;
            }
        }
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
        let after = text.get(at + 1..).unwrap_or("");
        let mut end = at + 1;
        for (i, c) in after.char_indices() {
            if is_domain(c) {
                end = at + 1 + i + c.len_utf8();
            } else {
                break;
            }
        }
        while let Some(c) = text.get(at + 1..end).and_then(|s| s.chars().next_back()) {
            if matches!(c, '.' | '-') {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        let domain = text.get(at + 1..end).unwrap_or("");
        let mut labels = 0usize;
        let mut ok = true;
        let mut tld_ok = false;
        for l in domain.split('.') {
            labels += 1;
            ok &= !l.is_empty() && !l.starts_with('-') && !l.ends_with('-');
            tld_ok = l.chars().count() >= 2 && l.chars().all(char::is_alphabetic);
        }
        // a password in a URL (user:pass@host) is not an e-mail local part
        let url_auth = text.get(..start).is_some_and(|b| b.ends_with(':'));
        if labels >= 2 && ok && tld_ok && !url_auth {
            out.push(Span {
                kind: "EMAIL_ADDRESS",
                start,
                end,
                score: 0.99,
            });
            search_from = end;
            prev_end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        find(text, &mut v);
        v.iter().filter_map(|s| text.get(s.start..s.end)).collect()
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
            // found by fuzzing: the second local part must not reach into the first address
            (
                "IIII?IIa@w.iEET_ADDRESSzz@w.io?",
                &["IIa@w.iEET", "_ADDRESSzz@w.io"],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(emails(text), *want, "text {text:?}");
        }
    }
}
