//! Alphanumeric-token detectors: IBAN, UK NINO, Spanish NIF/NIE, Italian fiscal code,
//! crypto addresses, IPv6, API keys and tokens, JWTs, PEM private keys, URL credentials,
//! secret query parameters and `password: ...` values.

use super::util::{before, has_any, next_char, prev_char};
use super::{lex, Span};
use sha2::{Digest, Sha256};

fn span(kind: &'static str, start: usize, end: usize, score: f32) -> Span {
    Span {
        kind,
        start,
        end,
        score,
    }
}

/// Token bytes (ASCII letters and digits, `_-+/=.~`) as a table: the token loop tests
/// every byte. (Indexing in a constant: evaluated by the compiler, never at run time.)
#[allow(clippy::indexing_slicing)]
static TOK: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'-' | b'+' | b'/' | b'=' | b'.' | b'~');
        i += 1;
    }
    t
};

/// True when the character before `i` glues a token start at `i` to what precedes it
/// (a letter or digit, or one of `_-/+.=`); ASCII bytes are tested directly.
fn glued_before(text: &str, b: &[u8], i: usize) -> bool {
    match i.checked_sub(1).and_then(|k| b.get(k)) {
        None => false,
        Some(&p) if p < 0x80 => {
            p.is_ascii_alphanumeric() || matches!(p, b'_' | b'-' | b'/' | b'+' | b'.' | b'=')
        }
        Some(_) => prev_char(text, i).is_some_and(super::util::is_alnum),
    }
}

/// Finds token-shaped PII in `text`.
pub fn find(text: &str, out: &mut Vec<Span>) {
    find_with(text, None, out);
}

/// [`find`] given the secret-key automaton's candidate positions when the caller found
/// them (see [`super::util::BigramPair`]).
pub fn find_with(text: &str, key_cands: Option<&[usize]>, out: &mut Vec<Span>) {
    tokens_and_spaced(text, out);
    pem(text, out);
    kv_secrets(text, key_cands, out);
    url_credentials(text, out);
    ipv6(text, out);
}

/// Tokens ([`token`]) and forms written with spaces ([`spaced`]).
fn tokens_and_spaced(text: &str, out: &mut Vec<Span>) {
    // A token (or a spaced form) is looked at only when it is eight bytes or longer or
    // starts with an upper-case letter followed by an upper-case letter or a digit (the
    // `upper2` and `nie` forms of [`run_token`]), and at most one starts in each maximal
    // run of token bytes (see [`run_token`]): so runs are looked at only in the eight-byte
    // chunks that hold such a pair (a capital in the last byte counts: its next byte is
    // in the next chunk) or that a run of eight bytes without a space, control byte or
    // non-ASCII byte (none of which is a token byte) ends in.
    //
    // A run of eight bytes or more holds something only when it holds an ASCII digit or
    // upper-case letter or is sixteen bytes or longer (the fiscal code's lower-case
    // omocodic form; every other form needs a digit or capital, see [`token`] and
    // [`run_token`]): so a chunk an eight-byte stretch without a separator ends in is
    // looked at only when the stretch so far holds a digit or capital (`du_carry`
    // for the part before the chunk) or went over the whole previous chunk (any stretch
    // of sixteen bytes does, and goes on into the next chunk or to the text's tail, which
    // is always looked at). A run that holds a digit or capital and is skipped in its
    // first chunks is looked at in the chunk where its first one lies, or the next (then
    // the run holds that chunk's start and [`token_runs`] goes back to its start).
    // (`du_carry` is the general rule; today no form of eight to fifteen bytes has all its
    // digits and capitals in its first seven bytes, so the tests cannot tell it missing.)
    const HIGH: u64 = (u64::MAX / 255) * 0x80;
    let b = text.as_bytes();
    // runs starting before `done` have been looked at, and none goes on over it
    let mut done = 0usize;
    // bytes at the end of the previous chunk after its last separator
    let mut trail = 0usize;
    // whether the stretch without a separator going on into this chunk holds a digit or
    // an upper-case letter
    let mut du_carry = false;
    for (c, x) in super::util::chunks8(b) {
        let sep = super::util::bytes_in(x, 0, b' ') | (x & HIGH);
        let lead = (sep.trailing_zeros() / 8) as usize;
        // (digits and capitals, and the seven bytes `:;<=>?@` between them: one range
        // test; the bytes between only make more chunks looked at, where the runs find
        // what they hold as in any other chunk)
        let du = super::util::bytes_in(x, b'0', b'Z');
        // (a chunk without a digit or capital, most of chat, has no capital pair and
        // adds none to a stretch: the tests below on `du` settled without it)
        let look = if du == 0 {
            trail + lead >= 8 && (trail == 8 || du_carry)
        } else {
            let upper = super::util::bytes_in(x, b'A', b'Z');
            // (each lane's next byte moved into it; the last lane's next byte counts as
            // one)
            let next = du >> 8 | 0x80 << 56;
            upper & next != 0
                || (trail + lead >= 8
                    && (trail == 8
                        || du_carry
                        || du & (sep & sep.wrapping_neg()).wrapping_sub(1) != 0))
        };
        if look {
            done = token_runs(text, c, c + 8, done, out);
        }
        let lz = sep.leading_zeros();
        trail = (lz / 8) as usize;
        du_carry = if sep == 0 {
            du_carry || du != 0
        } else {
            // (the bits above the last separator's high bit: its trailing bytes)
            du != 0 && du & u64::MAX.checked_shl(64 - lz).unwrap_or(0) != 0
        };
    }
    let c = super::util::chunks8_end(b);
    if c < b.len() {
        token_runs(text, c, b.len(), done, out);
    }
}

/// Token bytes: [`TOK`].
fn is_tok(x: u8) -> bool {
    TOK.get(usize::from(x)).copied().unwrap_or(false)
}

/// Looks at every maximal run of token bytes that starts before `to` and was not looked
/// at (none starting before `done`; `from >= done` or the run holding `from` starts at or
/// after `done`); returns the new `done`.
fn token_runs(text: &str, from: usize, to: usize, done: usize, out: &mut Vec<Span>) -> usize {
    let b = text.as_bytes();
    let mut i = from.max(done);
    // back to the start of the run holding `from`
    while i > done && b.get(i - 1).copied().is_some_and(is_tok) {
        i -= 1;
    }
    loop {
        let Some(rel) = b.get(i..to).and_then(|r| r.iter().position(|&x| is_tok(x))) else {
            return i.max(to);
        };
        let r0 = i + rel;
        // (the bytes shifted out of eight-byte loads: fewer instructions per byte than a
        // plain loop or the iterator's `position`)
        let r1 = super::util::position_in(b, r0 + 1, &TOK, false).map_or(b.len(), |r| r0 + 1 + r);
        run_token(text, r0, r1, out);
        i = r1;
    }
}

/// The token in the maximal run of token bytes `r0..r1`, if any, and the spaced forms
/// starting at it. Scanning byte by byte, a token starts at a letter or digit not glued
/// to what precedes ([`glued_before`]) and runs over token bytes: in a run, that is the
/// run's first byte when it is such a letter or digit, otherwise the first letter or
/// digit after a `~` (every other token byte glues what follows), and the token runs to
/// the run's end.
fn run_token(text: &str, r0: usize, r1: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    // (a token of under two bytes is nothing and starts no spaced form)
    if r1 < r0 + 2 {
        return;
    }
    let run = b.get(r0..r1).unwrap_or(&[]);
    // a token under eight bytes starts a spaced form only at an upper-case letter (see
    // below): a short run without one holds nothing (most words)
    if run.len() < 8 && !run.iter().any(u8::is_ascii_uppercase) {
        return;
    }
    let start = match run.first() {
        Some(c) if c.is_ascii_alphanumeric() && !glued_before(text, b, r0) => Some(r0),
        _ => run
            .windows(2)
            .position(|w| matches!(w, [b'~', y] if y.is_ascii_alphanumeric()))
            .map(|k| r0 + k + 1),
    };
    let Some(s) = start else {
        return;
    };
    // trim sentence punctuation
    let mut e = r1;
    while e > s
        && b.get(e - 1)
            .is_some_and(|c| matches!(c, b'.' | b'-' | b'/' | b'+' | b'~'))
    {
        e -= 1;
    }
    // spaced forms (IBAN, NINO, Aadhaar-like groups) start at a short token
    let tb = b.get(s..e).unwrap_or(&[]);
    let upper2 = matches!(tb, [x, y, ..] if x.is_ascii_uppercase() && y.is_ascii_uppercase());
    let nie = matches!(tb, [b'X' | b'Y' | b'Z', y, ..] if y.is_ascii_digit());
    // (a token of under eight bytes is nothing itself: only a spaced form can start)
    if tb.len() >= 8 || upper2 || nie {
        if let Some(tok) = text.get(s..e) {
            let before_out = out.len();
            token(text, tok, s, e, out);
            // (the digit test only when the cheaper ones leave it to decide)
            let digits8 = || tb.len() >= 8 && tb.iter().take(8).all(u8::is_ascii_digit);
            if out.len() == before_out && (upper2 || nie || digits8()) {
                spaced(text, s, out);
            }
        }
    }
}

fn token(text: &str, tok: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let len = tok.len();
    if len < 8 {
        return;
    }
    let alnum = |t: &str| t.bytes().all(|c| c.is_ascii_alphanumeric());
    let body = |t: &str, extra: &[u8]| {
        t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(&c))
    };
    // Telegram bot token: 8-10 digits ':' 35 chars (':' is not a token char: look ahead)
    if tok.bytes().all(|c| c.is_ascii_digit()) && (8..=10).contains(&len) {
        if let Some(rest) = text.get(e..).and_then(|r| r.strip_prefix(':')) {
            let k = rest
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
                .count();
            if k == 35 {
                out.push(span("SECRET", s, e + 1 + k, 0.95));
                return;
            }
        }
    }
    let prefixed: &[(&str, usize, &[u8])] = &[
        ("sk-ant-", 32, b"_-"),
        ("sk-proj-", 32, b"_-"),
        ("sk-", 32, b"_-"),
        ("ghp_", 36, b""),
        ("gho_", 36, b""),
        ("ghu_", 36, b""),
        ("ghs_", 36, b""),
        ("ghr_", 36, b""),
        ("github_pat_", 40, b"_"),
        ("glpat-", 20, b"_-"),
        ("xoxb-", 20, b"-"),
        ("xoxp-", 20, b"-"),
        ("xoxa-", 20, b"-"),
        ("xoxs-", 20, b"-"),
        ("xapp-", 20, b"-"),
        ("sk_live_", 20, b""),
        ("sk_test_", 20, b""),
        ("rk_live_", 20, b""),
        ("pk_live_", 20, b""),
        ("whsec_", 20, b""),
        ("AIza", 35, b"_-"),
        ("AKIA", 16, b""),
        ("ASIA", 16, b""),
        ("ya29.", 30, b"_-."),
        ("hf_", 30, b""),
        ("npm_", 36, b""),
    ];
    let first = tok.as_bytes().first();
    // (the prefixes start with one of these bytes: other tokens skip the loop)
    let prefixed: &[(&str, usize, &[u8])] = if first.is_some_and(|f| b"sgxprwAyhn".contains(f)) {
        prefixed
    } else {
        &[]
    };
    for (p, min, extra) in prefixed {
        // (a byte test before the prefix comparison)
        if p.as_bytes().first() != first {
            continue;
        }
        if let Some(rest) = tok.strip_prefix(p) {
            if rest.len() >= *min && body(rest, extra) && rest.bytes().any(|c| c.is_ascii_digit()) {
                out.push(span("SECRET", s, e, 0.95));
                return;
            }
        }
    }
    // JWT: three base64url parts, first two starting with eyJ
    if tok.starts_with("eyJ") {
        let parts: Vec<&str> = tok.split('.').collect();
        if parts.len() == 3
            && parts.get(1).is_some_and(|p| p.starts_with("eyJ"))
            && parts.iter().all(|p| p.len() >= 8 && body(p, b"_-="))
        {
            out.push(span("SECRET", s, e, 0.95));
            return;
        }
    }
    // crypto
    if tok.starts_with("0x")
        && len == 42
        && tok
            .get(2..)
            .is_some_and(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))
    {
        out.push(span("CRYPTO", s, e, 0.9));
        return;
    }
    if (tok.starts_with('1') || tok.starts_with('3'))
        && (26..=35).contains(&len)
        && base58check(tok)
    {
        out.push(span("CRYPTO", s, e, 0.95));
        return;
    }
    let head_ok = tok
        .get(..3)
        .is_some_and(|h| h.eq_ignore_ascii_case("bc1") || h.eq_ignore_ascii_case("tb1"));
    if head_ok && (14..=74).contains(&len) && bech32_ok(&tok.to_ascii_lowercase()) {
        out.push(span("CRYPTO", s, e, 0.95));
        return;
    }
    // the checks below need 9 or 15..=34 characters
    if !(len == 9 || (15..=34).contains(&len)) || !alnum(tok) {
        return;
    }
    // an IBAN and the nine-character ids (NIF, NIE, NINO) have digits at bytes 2 and 3,
    // a fiscal code six letters first: a token with neither is none of them (no
    // upper-cased copy of it)
    let tb = tok.as_bytes();
    let digits23 = tb
        .get(2..4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let fiscal_head = len == 16
        && tb
            .get(..6)
            .is_some_and(|h| h.iter().all(u8::is_ascii_alphabetic));
    if !digits23 && !fiscal_head {
        return;
    }
    let up = tok.to_ascii_uppercase();
    // IBAN written without spaces
    if (15..=34).contains(&len) && iban_ok(&up) {
        out.push(span("IBAN_CODE", s, e, 0.99));
        return;
    }
    // Italian fiscal code
    if len == 16 && it_fiscal_ok(&up) {
        out.push(span("IT_FISCAL_CODE", s, e, 0.95));
        return;
    }
    // Spanish NIF / NIE (optionally with a hyphen before the letter, handled in spaced())
    if len == 9 {
        if let Some(k) = nif_nie(&up) {
            out.push(span(k, s, e, 0.9));
            return;
        }
    }
    if len == 9 && nino_ok(&up) {
        out.push(span("UK_NINO", s, e, 0.9));
    }
}

/// Upper-case letter, letter, digit, digit: how an IBAN (upper-cased) begins.
fn iban_shaped(b: &[u8]) -> bool {
    matches!(b, [a, b, c, d, ..] if a.is_ascii_uppercase()
        && b.is_ascii_uppercase() && c.is_ascii_digit() && d.is_ascii_digit())
}

/// Forms written with spaces or a hyphen: IBAN in groups of four, NINO `AB 12 34 56 C`,
/// NIF `12345678-Z`.
fn spaced(text: &str, s: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    // up to 34 letters and digits, upper-cased, with the byte offset after each (on the
    // stack: this runs for many short words)
    let mut raw = [0u8; 34];
    let mut ends = [0usize; 34];
    let mut len = 0usize;
    let mut j = s;
    // only an IBAN (two letters, two digits) uses more than nine: the others stop there
    let mut cap = 34;
    while j < b.len() && len < cap {
        let c = b.get(j).copied().unwrap_or(0);
        if c.is_ascii_alphanumeric() {
            j += 1;
            if let (Some(r), Some(e)) = (raw.get_mut(len), ends.get_mut(len)) {
                *r = c.to_ascii_uppercase();
                *e = j;
            }
            len += 1;
            if len == 4 && !iban_shaped(&raw) {
                cap = 9;
            }
        } else if matches!(c, b' ' | b'-')
            && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            && len > 0
        {
            j += 1;
        } else {
            break;
        }
    }
    let end_at = |n: usize| {
        ends.get(..len)
            .and_then(|e| e.get(n.wrapping_sub(1)))
            .copied()
    };
    let bounded = |e: usize| !next_char(text, e).is_some_and(char::is_alphanumeric);
    // (the tests below need an IBAN-shaped start and fifteen characters, or nine
    // characters not glued to what follows: most calls have neither, and stop here)
    let iban_shape = len >= 15 && iban_shaped(&raw);
    if !iban_shape && !end_at(9).is_some_and(bounded) {
        return;
    }
    let buf = raw
        .get(..len)
        .and_then(|x| std::str::from_utf8(x).ok())
        .unwrap_or("");
    // IBAN: country, check digits, then the country's length
    // (two check digits after the country: [`iban_ok`] rejects any other candidate)
    if iban_shape {
        if let Some(l) = buf.get(..2).and_then(iban_len) {
            if let (Some(cand), Some(e)) = (buf.get(..l), end_at(l)) {
                if iban_ok(cand) && bounded(e) {
                    out.push(span("IBAN_CODE", s, e, 0.99));
                    return;
                }
            }
        }
    }
    if let (Some(cand), Some(e)) = (buf.get(..9), end_at(9)) {
        if bounded(e) {
            if nino_ok(cand) {
                out.push(span("UK_NINO", s, e, 0.9));
            } else if let Some(k) = nif_nie(cand) {
                out.push(span(k, s, e, 0.9));
            }
        }
    }
}

fn iban_len(cc: &str) -> Option<usize> {
    const T: &[(&str, usize)] = &[
        ("AD", 24),
        ("AE", 23),
        ("AL", 28),
        ("AT", 20),
        ("AZ", 28),
        ("BA", 20),
        ("BE", 16),
        ("BG", 22),
        ("BH", 22),
        ("BR", 29),
        ("BY", 28),
        ("CH", 21),
        ("CR", 22),
        ("CY", 28),
        ("CZ", 24),
        ("DE", 22),
        ("DK", 18),
        ("DO", 28),
        ("EE", 20),
        ("EG", 29),
        ("ES", 24),
        ("FI", 18),
        ("FO", 18),
        ("FR", 27),
        ("GB", 22),
        ("GE", 22),
        ("GI", 23),
        ("GL", 18),
        ("GR", 27),
        ("GT", 28),
        ("HR", 21),
        ("HU", 28),
        ("IE", 22),
        ("IL", 23),
        ("IQ", 23),
        ("IS", 26),
        ("IT", 27),
        ("JO", 30),
        ("KW", 30),
        ("KZ", 20),
        ("LB", 28),
        ("LC", 32),
        ("LI", 21),
        ("LT", 20),
        ("LU", 20),
        ("LV", 21),
        ("MC", 27),
        ("MD", 24),
        ("ME", 22),
        ("MK", 19),
        ("MR", 27),
        ("MT", 31),
        ("MU", 30),
        ("NL", 18),
        ("NO", 15),
        ("PK", 24),
        ("PL", 28),
        ("PS", 29),
        ("PT", 25),
        ("QA", 29),
        ("RO", 24),
        ("RS", 22),
        ("SA", 24),
        ("SC", 31),
        ("SE", 24),
        ("SI", 19),
        ("SK", 24),
        ("SM", 27),
        ("ST", 25),
        ("SV", 28),
        ("TL", 23),
        ("TN", 24),
        ("TR", 26),
        ("UA", 29),
        ("VA", 22),
        ("VG", 24),
        ("XK", 20),
    ];
    T.iter().find(|(c, _)| *c == cc).map(|(_, l)| *l)
}

/// An IBAN's head (country and check digits) and the rest, when its check digits are digits
/// and its length is its country's.
fn iban_parts(s: &str) -> Option<(&str, &str)> {
    // (the check digits first: a cheaper test than the country table)
    if !s
        .as_bytes()
        .get(2..4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let l = s.get(..2).and_then(iban_len)?;
    if s.len() != l {
        return None;
    }
    Some((s.get(..4)?, s.get(4..)?))
}

/// IBAN: known country, its length, digits for check, mod 97 == 1.
pub fn iban_ok(s: &str) -> bool {
    let Some((head, tail)) = iban_parts(s) else {
        return false;
    };
    // the number written by the digits and the letters' values (A = 10 ... Z = 35, two
    // digits each), modulo 97 as it is read (no string built; reduced only when large:
    // the residue is the same)
    let mut acc = 0u64;
    for c in tail.bytes().chain(head.bytes()) {
        acc = match c {
            b'0'..=b'9' => acc * 10 + u64::from(c - b'0'),
            b'A'..=b'Z' => acc * 100 + u64::from(c - 55),
            _ => return false,
        };
        if acc >= 1 << 50 {
            acc %= 97;
        }
    }
    acc % 97 == 1
}

/// The first [`iban_ok`]: the number built as a string (its tests compare the two).
#[cfg(test)]
fn iban_ok_string(s: &str) -> bool {
    let Some((head, tail)) = iban_parts(s) else {
        return false;
    };
    let mut num = String::with_capacity(2 * s.len());
    for c in tail.chars().chain(head.chars()) {
        match c {
            '0'..='9' => num.push(c),
            'A'..='Z' => num.push_str(&(u32::from(c) - 55).to_string()),
            _ => return false,
        }
    }
    super::util::mod_str(&num, 97) == 1
}

fn nino_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 {
        return false;
    }
    let l1 = b.first().copied().unwrap_or(0);
    let l2 = b.get(1).copied().unwrap_or(0);
    let ok1 = l1.is_ascii_uppercase() && !b"DFIQUV".contains(&l1);
    let ok2 = l2.is_ascii_uppercase() && !b"DFIQUVO".contains(&l2);
    let pre = s.get(..2).unwrap_or("");
    ok1 && ok2
        && !matches!(pre, "BG" | "GB" | "NK" | "KN" | "TN" | "NT" | "ZZ")
        && b.get(2..8)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(8).is_some_and(|c| b"ABCD".contains(c))
}

fn nif_nie(s: &str) -> Option<&'static str> {
    const L: &[u8] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let b = s.as_bytes();
    let last = *b.last()?;
    if !last.is_ascii_uppercase() || b.len() != 9 {
        return None;
    }
    let (kind, num) = match b.first()? {
        b'X' => ("ES_NIE", format!("0{}", s.get(1..8)?)),
        b'Y' => ("ES_NIE", format!("1{}", s.get(1..8)?)),
        b'Z' => ("ES_NIE", format!("2{}", s.get(1..8)?)),
        _ => ("ES_NIF", s.get(..8)?.to_string()),
    };
    let n: usize = num.parse().ok()?;
    (L.get(n % 23) == Some(&last)).then_some(kind)
}

fn it_fiscal_ok(s: &str) -> bool {
    let b = s.as_bytes();
    // LLLLLL DD L DD L DDD L, digits may be replaced by LMNPQRSTUV (omocodia)
    let omo = |c: u8| c.is_ascii_digit() || b"LMNPQRSTUV".contains(&c);
    let shape = b.len() == 16
        && b.get(..6)
            .is_some_and(|x| x.iter().all(u8::is_ascii_uppercase))
        && b.get(6..8).is_some_and(|x| x.iter().all(|&c| omo(c)))
        && b.get(8).is_some_and(|c| b"ABCDEHLMPRST".contains(c))
        && b.get(9..11).is_some_and(|x| x.iter().all(|&c| omo(c)))
        && b.get(11).is_some_and(u8::is_ascii_uppercase)
        && b.get(12..15).is_some_and(|x| x.iter().all(|&c| omo(c)))
        && b.get(15).is_some_and(u8::is_ascii_uppercase);
    if !shape {
        return false;
    }
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let mut sum = 0u32;
    for (i, &c) in b.iter().take(15).enumerate() {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A')
        };
        sum += if i % 2 == 0 {
            ODD.get(v as usize).copied().unwrap_or(0)
        } else {
            v
        };
    }
    b.get(15).copied() == u8::try_from(sum % 26).ok().map(|x| b'A' + x)
}

fn base58check(s: &str) -> bool {
    const A: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut bytes: Vec<u8> = vec![0; 25];
    for c in s.bytes() {
        let Some(mut carry) = A.iter().position(|&x| x == c).map(|p| p as u32) else {
            return false;
        };
        for byte in bytes.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let (payload, check) = bytes.split_at(21);
    let h = Sha256::digest(Sha256::digest(payload));
    h.get(..4) == Some(check) && matches!(payload.first(), Some(0 | 5))
}

fn bech32_ok(s: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    let Some(pos) = s.rfind('1') else {
        return false;
    };
    let (hrp, data) = (s.get(..pos).unwrap_or(""), s.get(pos + 1..).unwrap_or(""));
    if data.len() < 6 {
        return false;
    }
    let mut values: Vec<u32> = hrp.bytes().map(|c| u32::from(c) >> 5).collect();
    values.push(0);
    values.extend(hrp.bytes().map(|c| u32::from(c) & 31));
    for c in data.bytes() {
        match CHARSET.iter().position(|&x| x == c) {
            Some(p) => values.push(p as u32),
            None => return false,
        }
    }
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ v;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk == 1 || chk == 0x2bc8_30a3
}

/// `t.find("-----BEGIN ")` (a vectorised substring search: most texts hold none).
fn find_pem_begin(t: &str) -> Option<usize> {
    memchr::memmem::find(t.as_bytes(), b"-----BEGIN ")
}

fn pem(text: &str, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(find_pem_begin) {
        let s = from + rel;
        let Some(head_end) = text.get(s..).and_then(|t| t.find("PRIVATE KEY-----")) else {
            return;
        };
        let after_head = s + head_end + 16;
        let e = match text
            .get(after_head..)
            .and_then(|t| t.find("PRIVATE KEY-----"))
        {
            Some(k) => after_head + k + 16,
            None => text.len(),
        };
        out.push(span("SECRET", s, e, 0.99));
        from = e.max(s + 1);
    }
}

/// The secret keys' quick pre-check ([`lex::SECRET_KEYS_QUICK`]).
pub(super) static KV_CUES: std::sync::LazyLock<Option<super::util::Bigram>> =
    std::sync::LazyLock::new(|| {
        super::util::Bigram::new(
            &super::util::automaton_patterns(lex::SECRET_KEYS_QUICK),
            true,
            aho_corasick::MatchKind::LeftmostFirst,
        )
    });

/// `password: value`, `pin = 1234`, `пароль: ...` and friends: the value is the secret.
fn kv_secrets(text: &str, key_cands: Option<&[usize]>, out: &mut Vec<Span>) {
    let gate = KV_CUES.as_ref().is_some_and(|a| match key_cands {
        Some(c) => a.is_match_in(text, c),
        None => a.is_match(text),
    });
    if !gate {
        return;
    }
    let lower = super::util::lower(text);
    if lower.len() != text.len() || !has_any(&lower, lex::SECRET_KEYS_QUICK) {
        // lower-casing changed byte offsets (rare scripts): fall back to exact-case search
        if lower.len() != text.len() {
            kv_in(text, text, out);
        }
        return;
    }
    kv_in(text, &lower, out);
}

fn kv_in(text: &str, hay: &str, out: &mut Vec<Span>) {
    for key in lex::SECRET_KEYS {
        let mut from = 0;
        while let Some(rel) = hay.get(from..).and_then(|t| t.find(key)) {
            let k = from + rel;
            from = k + key.len();
            if prev_char(hay, k).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = hay.get(from..).unwrap_or("");
            let sep_len = rest.len() - rest.trim_start_matches([' ', ':', '=', '：', '\t']).len();
            let mut sep = rest.get(..sep_len).unwrap_or("");
            let mut skip = sep_len;
            if !sep.contains([':', '=', '：']) {
                // "password is X", "пароль — X"
                let r2 = rest.trim_start();
                let word = [
                    "is ", "es ", "est ", "ist ", "è ", "é ", "to ", "— ", "- ", "je ",
                ]
                .iter()
                .find(|w| r2.starts_with(**w));
                match word {
                    Some(w) => {
                        skip = rest.len() - r2.len() + w.len();
                        sep = ":";
                    }
                    None => continue,
                }
            }
            let _ = sep;
            let vs = from + skip;
            let val = text.get(vs..).unwrap_or("");
            let vlen: usize = val
                .char_indices()
                .take_while(|(_, c)| {
                    !c.is_whitespace() && !matches!(c, ',' | ';' | '"' | '\'' | ')' | '}')
                })
                .map(|(i, c)| i + c.len_utf8())
                .last()
                .unwrap_or(0);
            let mut ve = vs + vlen;
            while ve > vs && text.get(..ve).is_some_and(|t| t.ends_with(['.', '!', '?'])) {
                ve -= 1;
            }
            if ve > vs && ve - vs >= 3 {
                out.push(span("SECRET", vs, ve, 0.9));
            }
        }
    }
}

/// `t.find("://")` (a vectorised substring search).
fn find_scheme_sep(t: &str) -> Option<usize> {
    memchr::memmem::find(t.as_bytes(), b"://")
}

/// True when two `:` have only hex digits, `:` and `.` between them (an IPv6 candidate
/// needs that).
fn two_colons_in_a_run(text: &str) -> bool {
    let b = text.as_bytes();
    let mut last: Option<usize> = None;
    for k in memchr::memchr_iter(b':', b) {
        if let Some(l) = last {
            if b.get(l + 1..k)
                .is_some_and(|m| m.iter().all(|c| c.is_ascii_hexdigit() || *c == b'.'))
            {
                return true;
            }
        }
        last = Some(k);
    }
    false
}

/// `scheme://user:password@host` (the password) and secret-looking query parameters.
fn url_credentials(text: &str, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(rel) = find_scheme_sep(text.get(from..).unwrap_or("")) {
        let s = from + rel + 3;
        let url_end = s + text.get(s..).map_or(0, |t| {
            t.find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>'))
                .unwrap_or(t.len())
        });
        from = url_end.max(s);
        let url = text.get(s..url_end).unwrap_or("");
        let auth_end = url.find(['/', '?', '#']).unwrap_or(url.len());
        if let Some(at) = url.get(..auth_end).and_then(|a| a.rfind('@')) {
            if let Some(colon) = url.get(..at).and_then(|u| u.find(':')) {
                if at > colon + 1 {
                    out.push(span("SECRET", s + colon + 1, s + at, 0.95));
                }
            }
        }
        if let Some(q) = url.find('?') {
            let mut pos = s + q + 1;
            for pair in url.get(q + 1..).unwrap_or("").split(['&', '#']) {
                if let Some((k, v)) = pair.split_once('=') {
                    let kl = k.to_ascii_lowercase();
                    let v = v.trim_end_matches(['.', ',', ')']);
                    if lex::SECRET_PARAMS.contains(&kl.as_str()) && v.len() >= 4 {
                        let vs = pos + k.len() + 1;
                        out.push(span("SECRET", vs, vs + v.len(), 0.9));
                    }
                }
                pos += pair.len() + 1;
            }
        }
    }
}

/// An IPv6 address as people write one: at least three groups (`2001:db8::1`), or two
/// when the first has four hex digits (`fe80::1`, `2001:db8::`, `::ffff:192.0.2.1`).
/// Short forms such as `a::b`, `e::` or `::1` (loopback: identifies no one, like
/// `127.0.0.1`) are left alone: in chat they are code (`Foo::bar`) or typos.
fn plausible_ipv6(cand: &str) -> bool {
    let mut groups = cand.split(':').filter(|g| !g.is_empty());
    let first = groups.next();
    let rest = groups.count();
    rest >= 2 || rest == 1 && first.is_some_and(|g| g.len() == 4)
}

fn ipv6(text: &str, out: &mut Vec<Span>) {
    // a candidate holds at least two `:` within one run of hex digits, `:` and `.`
    if !two_colons_in_a_run(text) {
        return;
    }
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b
            .get(i)
            .is_some_and(|c| c.is_ascii_hexdigit() || *c == b':')
            || prev_char(text, i).is_some_and(|c| super::util::is_alnum(c) || c == ':')
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len()
            && b.get(j)
                .is_some_and(|c| c.is_ascii_hexdigit() || matches!(c, b':' | b'.'))
        {
            j += 1;
        }
        let mut e = j;
        while e > i && b.get(e - 1) == Some(&b'.') {
            e -= 1;
        }
        if let Some(cand) = text.get(i..e) {
            if cand.matches(':').count() >= 2
                && !next_char(text, e).is_some_and(char::is_alphanumeric)
                && plausible_ipv6(cand)
                && cand.parse::<std::net::Ipv6Addr>().is_ok()
            {
                let ctx = before(text, i, 16);
                let time_like = cand.bytes().all(|c| c.is_ascii_digit() || c == b':');
                if !time_like || has_any(&ctx, &["ip", "addr"]) {
                    out.push(span("IP_ADDRESS", i, e, 0.9));
                }
            }
        }
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_check_matches_the_string_one() {
        let mut next = super::super::util::test_rng(17);
        let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut hits = 0;
        for n in 0..200_000 {
            let cc = ["DE", "FR", "GB", "NL", "ES", "IT", "PL", "MT", "XX", "D1"][next(10)];
            let l = iban_len(cc).unwrap_or(18) + [0, 0, 0, 0, 1][next(5)];
            let mut t = String::from(cc);
            while t.len() < l {
                match next(60) {
                    0 => t.push('é'),
                    1 => t.push('a'),
                    _ if (2..4).contains(&t.len()) || n % 2 == 0 => {
                        t.push(char::from(b'0' + next(10) as u8));
                    }
                    _ => t.push(char::from(alphabet[next(alphabet.len())])),
                }
            }
            assert_eq!(iban_ok(&t), iban_ok_string(&t), "{t:?}");
            hits += usize::from(iban_ok(&t));
        }
        // (valid ones among them too)
        assert!(hits > 500, "{hits}");
    }

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        let mut v = Vec::new();
        find(text, &mut v);
        v.into_iter()
            .map(|s| (s.kind, text.get(s.start..s.end).unwrap_or("").to_string()))
            .collect()
    }

    /// The token loop before [`tokens_and_spaced`] walked runs: every byte, a token at
    /// each letter or digit not glued to what precedes.
    fn tokens_and_spaced_bytewise(text: &str, out: &mut Vec<Span>) {
        let b = text.as_bytes();
        let mut i = 0usize;
        while i < b.len() {
            let c = b.get(i).copied().unwrap_or(0);
            if !c.is_ascii_alphanumeric() || glued_before(text, b, i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while b.get(j).copied().is_some_and(is_tok) {
                j += 1;
            }
            let mut e = j;
            while e > i
                && b.get(e - 1)
                    .is_some_and(|c| matches!(c, b'.' | b'-' | b'/' | b'+' | b'~'))
            {
                e -= 1;
            }
            let tb = b.get(i..e).unwrap_or(&[]);
            let upper2 =
                matches!(tb, [x, y, ..] if x.is_ascii_uppercase() && y.is_ascii_uppercase());
            let nie = matches!(tb, [b'X' | b'Y' | b'Z', y, ..] if y.is_ascii_digit());
            if tb.len() >= 8 || upper2 || nie {
                if let Some(tok) = text.get(i..e) {
                    let before_out = out.len();
                    token(text, tok, i, e, out);
                    let digits8 = tb.len() >= 8 && tb.iter().take(8).all(u8::is_ascii_digit);
                    if out.len() == before_out && (upper2 || digits8 || nie) {
                        spaced(text, i, out);
                    }
                }
            }
            i = j.max(i + 1);
        }
    }

    #[test]
    fn token_runs_match_the_bytewise_loop() {
        const PIECES: &[&str] = &[
            " ",
            " ",
            " ",
            "~",
            "-",
            ".",
            "/",
            "+",
            "=",
            "_",
            ":",
            ",",
            "\n",
            "é",
            "Ж",
            "日本",
            "AB",
            "X1",
            "Z",
            "9",
            "ab",
            "Q3",
            "abcdefgh",
            "12345678",
            "4821",
            "sk-",
            "ghp_",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "AB 12 34 56 C",
            "12345678-Z",
            "X1234567L",
            "eyJhbGciOi",
            "0x",
            "bc1q",
            "ÀB",
            "12:30",
            "gb82west12345698765432",
            "de89370400440532013000",
            "  ",
            "a",
            "sk-abcdefghijklmnop0123456789abcdef",
            "12345678 z",
            "abcdefghijkl",
            "internationalization",
            "somethingx",
            "abcdefg1",
            "abcdefghijk9",
            "rssmra85t10a562s",
            "Abcdefghi",
            "sk-1abcdefghijklmnopqrstuvwxyzabcdef",
            "a1",
        ];
        // a fiscal code in its omocodic form, lower case: sixteen letters, no digit or
        // capital (the check letter found by trying each)
        let omocodic = (b'A'..=b'Z')
            .map(|c| format!("RSSMRAURTMLARSN{}", char::from(c)))
            .find(|t| it_fiscal_ok(t))
            .map(|t| t.to_ascii_lowercase());
        let Some(omocodic) = omocodic else {
            panic!("no check letter");
        };
        let mut found = Vec::new();
        tokens_and_spaced(&format!("code {omocodic} ok"), &mut found);
        assert_eq!(found.len(), 1, "{omocodic}");
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        for k in 0..40_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // (every seventh piece of every other text the omocodic code)
                if k % 2 == 1 && seed.is_multiple_of(7) {
                    t.push_str(&omocodic);
                } else {
                    t.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
                }
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokens_and_spaced(&t, &mut a);
            tokens_and_spaced_bytewise(&t, &mut b);
            assert_eq!(a, b, "{t:?}");
        }
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "IBAN DE89 3704 0044 0532 0130 00.",
                &[("IBAN_CODE", "DE89 3704 0044 0532 0130 00")],
            ),
            (
                "iban GB82WEST12345698765432",
                &[("IBAN_CODE", "GB82WEST12345698765432")],
            ),
            ("DE89 3704 0044 0532 0130 01", &[]),
            ("NI: AB 12 34 56 C", &[("UK_NINO", "AB 12 34 56 C")]),
            ("DNI 12345678Z", &[("ES_NIF", "12345678Z")]),
            ("NIE X1234567L", &[("ES_NIE", "X1234567L")]),
            (
                "CF RSSMRA85T10A562S ok",
                &[("IT_FISCAL_CODE", "RSSMRA85T10A562S")],
            ),
            (
                "btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
                &[("CRYPTO", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")],
            ),
            (
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                &[("CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")],
            ),
            (
                "eth 0x52908400098527886E0F7030069857D2E4169EE7",
                &[("CRYPTO", "0x52908400098527886E0F7030069857D2E4169EE7")],
            ),
            (
                "token 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0 ok",
                &[("SECRET", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0")],
            ),
            (
                "key AKIAIOSFODNN7EXAMPLE",
                &[("SECRET", "AKIAIOSFODNN7EXAMPLE")],
            ),
            (
                "key AKIAIOSFODNN7EXAMP1E",
                &[("SECRET", "AKIAIOSFODNN7EXAMP1E")],
            ),
            (
                "ghp_1234567890abcdefghijklmnopqrstuvwxyZ",
                &[("SECRET", "ghp_1234567890abcdefghijklmnopqrstuvwxyZ")],
            ),
            ("password: hunter2!", &[("SECRET", "hunter2")]),
            ("мой пароль: Qwerty123", &[("SECRET", "Qwerty123")]),
            (
                "https://bob:s3cret@db.example.com/x?api_key=abcd1234&x=1",
                &[("SECRET", "s3cret"), ("SECRET", "abcd1234")],
            ),
            (
                "ip 2001:db8::8a2e:370:7334 up",
                &[("IP_ADDRESS", "2001:db8::8a2e:370:7334")],
            ),
            ("at 12:30:45", &[]),
            ("link fe80::1 down", &[("IP_ADDRESS", "fe80::1")]),
            (
                "mapped ::ffff:192.0.2.1 ok",
                &[("IP_ADDRESS", "::ffff:192.0.2.1")],
            ),
            ("ip 2001:db8:: net", &[("IP_ADDRESS", "2001:db8::")]),
            ("a::b and e:: and ::1 and ::", &[]),
            ("use std::io; Foo::bar(); ab::cd", &[]),
            ("uuid 123e4567-e89b-12d3-a456-426614174000", &[]),
            (
                "sha d2d2d2d2e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                &[],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(&str, String)> = want.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(kinds(text), want, "text {text:?}");
        }
    }
}
