//! Text normalisation shared by the phrase detectors.
//!
//! Starting point (the filters issue deepens it with NFKC, confusables, leetspeak and
//! decoding): lower-case every character, drop invisible format characters (zero-width,
//! bidi controls, Unicode tags), and collapse runs of whitespace and punctuation-free
//! separators to one space. The result is only matched against, never forwarded.

/// True for characters that render as nothing and are used to split words invisibly:
/// zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls and the
/// Unicode tag block (used for "ASCII smuggling").
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        | '\u{E0000}'..='\u{E007F}')
}

/// Normalises `text` for matching; returns the normalised text and how many invisible
/// characters were removed (itself a signal).
pub fn normalize(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut invisible = 0usize;
    let mut pending_space = false;
    for c in text.chars() {
        if is_invisible(c) {
            invisible += 1;
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    (out, invisible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_table() {
        let cases: &[(&str, &str, usize)] = &[
            ("Hello  World", "hello world", 0),
            ("  padded\t\nout  ", "padded out", 0),
            ("ig\u{200B}nore", "ignore", 1),
            ("IGNORE\u{2066}all\u{2069}", "ignoreall", 2),
            ("ПРИВЕТ Мир", "привет мир", 0),
            ("tag\u{E0041}\u{E0042}s", "tags", 2),
            ("", "", 0),
        ];
        for (input, want, inv) in cases {
            assert_eq!(
                normalize(input),
                (want.to_string(), *inv),
                "input {input:?}"
            );
        }
    }
}
