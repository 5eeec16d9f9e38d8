//! Digit-run detectors: phone numbers, payment cards, IPv4 addresses and national ids with
//! check digits. One pass collects runs of digits with phone-like separators; each run (and,
//! when the whole run is nothing, its prefixes at group boundaries) is classified.

use super::util::{
    after, before, has_any, luhn, mod_str, next_char, prev_char, verhoeff, weighted,
};
use super::{lex, Span};

const SEPS: &[u8] = b" -./()";
const MAX_DIGITS: usize = 22;

/// Finds numeric PII in `text`.
pub fn find(text: &str, out: &mut Vec<Span>) {
    find_runs(text, true, out);
}

/// [`find`]; `skip_short` leaves out the runs [`classify`] can find nothing in (false:
/// every run is classified, the reference its tests compare with).
fn find_runs(text: &str, skip_short: bool, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0usize;
    let mut maybe_corsica = false;
    // a run starts at a digit, or at `+` / `(` before a digit or `+`, not glued to a word
    // (an ASCII byte before is tested directly: a word character there is a letter or
    // digit; other characters are decoded)
    let starts_at = |k: usize| {
        let c = b.get(k).copied().unwrap_or(0);
        let nx = b.get(k + 1).copied().unwrap_or(0);
        (c.is_ascii_digit() || ((c == b'+' || c == b'(') && (nx.is_ascii_digit() || nx == b'+')))
            && match k.checked_sub(1).and_then(|p| b.get(p)) {
                None => true,
                Some(&p) if p < 0x80 => !(p.is_ascii_alphanumeric() || p == b'_'),
                Some(_) => !prev_char(text, k).is_some_and(|p| super::util::is_word(p) || p == '_'),
            }
    };
    while i < n {
        // eight bytes at a time: only bytes in 0x28..=0x39 (digits, `+`, `(` among them)
        // can start a run; the first of them that does is the next start (a chunk may
        // begin inside a multi-byte character: only ASCII bytes, always on a character
        // boundary, start anything)
        if let Some(x) = super::util::chunk8(b, i) {
            let mut m = super::util::bytes_in(x, 0x28, 0x39);
            let mut next = None;
            while m != 0 {
                let k = i + (m.trailing_zeros() / 8) as usize;
                if starts_at(k) {
                    next = Some(k);
                    break;
                }
                m &= m - 1;
            }
            match next {
                Some(k) => i = k,
                None => {
                    i += 8;
                    continue;
                }
            }
        } else if !starts_at(i) {
            i += 1;
            continue;
        }
        let c = b.get(i).copied().unwrap_or(0);
        // extend over digits and single separators (")" may be followed by a space)
        let mut j = i + 1;
        let mut last_digit = if c.is_ascii_digit() { i + 1 } else { i };
        let mut ndig = usize::from(c.is_ascii_digit());
        // the dots among the separators gone over (all before the last digit: each is
        // followed by one)
        let mut dots = 0usize;
        while j < n {
            let x = b.get(j).copied().unwrap_or(0);
            if x.is_ascii_digit() {
                ndig += 1;
                last_digit = j + 1;
                j += 1;
            } else if SEPS.contains(&x) {
                let y = b.get(j + 1).copied().unwrap_or(0);
                let z = b.get(j + 2).copied().unwrap_or(0);
                if y.is_ascii_digit() || (y == b'(' && z.is_ascii_digit()) {
                    dots += usize::from(x == b'.');
                    j += 1;
                } else if x == b')' && matches!(y, b' ' | b'-') && (z.is_ascii_digit()) {
                    j += 2;
                } else if x == b' ' && y == b'-' && z == b' ' {
                    j += 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let end = last_digit;
        if ndig == 0 || end <= i {
            i = j.max(i + 1);
            continue;
        }
        // a Corsican NIR's digits before the department run up to its `2A` / `2B`
        if matches!(b.get(end), Some(b'A' | b'B')) && b.get(end - 1) == Some(&b'2') {
            maybe_corsica = true;
        }
        // a letter glued to the end (5kg, 12px, A1B2) is not a number token
        let glued = next_char(text, end).is_some_and(|c| super::util::is_word(c) || c == '_')
            && !text.get(end..).is_some_and(|s| s.starts_with('x'));
        if glued || ndig > MAX_DIGITS * 2 {
            i = j.max(i + 1);
            continue;
        }
        // [`classify`] finds nothing in a run of under six digits (six only in groups: a
        // national phone number after a phone word) but a dotted quad (four
        // digits or more, three dots), nor in the shorter runs [`classify_run`] tries (as
        // many digits and dots or fewer): such a run is not looked at
        let grouped = || {
            text.get(i..end)
                .is_some_and(|r| !r.bytes().all(|c| c.is_ascii_digit()))
        };
        if !skip_short || ndig >= 7 || ndig == 6 && grouped() || ndig >= 4 && dots >= 3 {
            classify_run(text, i, end, out);
        }
        i = j.max(i + 1);
    }
    if maybe_corsica {
        corsican_nir(text, out);
    }
}

/// French NIR of a person born in Corsica: the department is `2A` or `2B`, and the key
/// is computed with `19` / `18` in its place. Compact (`132112A00415303`) or in the usual
/// groups (`1 32 11 2A 004 153 03`), not glued to letters, digits or `_`. (Called only
/// when the digit scan saw a run ending in `2` right before `A` / `B`.)
fn corsican_nir(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let digits_at = |from: usize, shape: &[u8]| -> Option<Vec<u8>> {
        let part = b.get(from..from.checked_add(shape.len())?)?;
        let mut d = Vec::with_capacity(shape.len());
        for (&c, &want) in part.iter().zip(shape) {
            match want {
                b'd' if c.is_ascii_digit() => d.push(c),
                b' ' if c == b' ' => {}
                _ => return None,
            }
        }
        Some(d)
    };
    for (dept, num) in [("2A", "19"), ("2B", "18")] {
        for (k, _) in text.match_indices(dept) {
            // (before, after, span start, span end) for the compact and the grouped form
            let forms = [
                (
                    k.checked_sub(5),
                    b"ddddd".as_slice(),
                    b"dddddddd".as_slice(),
                ),
                (
                    k.checked_sub(8),
                    b"d dd dd ".as_slice(),
                    b" ddd ddd dd".as_slice(),
                ),
            ];
            for (start, before_shape, after_shape) in forms {
                let Some(start) = start else { continue };
                let (Some(pre), Some(post)) = (
                    digits_at(start, before_shape),
                    digits_at(k + 2, after_shape),
                ) else {
                    continue;
                };
                let end = k + 2 + after_shape.len();
                if !matches!(pre.first(), Some(b'1' | b'2'))
                    || prev_char(text, start).is_some_and(|c| super::util::is_alnum(c) || c == '_')
                    || next_char(text, end).is_some_and(super::util::is_alnum)
                {
                    continue;
                }
                let mut all: Vec<u8> = pre;
                all.extend_from_slice(num.as_bytes());
                all.extend_from_slice(&post);
                let Ok(all) = String::from_utf8(all) else {
                    continue;
                };
                let (Some(body), Some(key)) = (all.get(..13), all.get(13..)) else {
                    continue;
                };
                let key: u64 = key.parse().unwrap_or(999);
                if 97 - mod_str(body, 97) == key {
                    let ctx_hit = has_any(&before(text, start, 48), lex::FR_NIR_CTX);
                    out.push(span("FR_NIR", start, end, if ctx_hit { 0.95 } else { 0.8 }));
                    break;
                }
            }
        }
    }
}

/// Classifies `start..end`; if nothing fits, retries prefixes ending at group boundaries.
fn classify_run(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut s = start;
    while s < end {
        let mut e = end;
        let mut found = false;
        loop {
            if let Some(mut span) = classify(text, s, e) {
                if e < end {
                    // a prefix of a longer digit run is weaker evidence
                    span.score -= 0.25;
                }
                if span.kind == "PHONE_NUMBER" {
                    span.end = extension(text, span.end);
                }
                let next = span.end;
                out.push(span);
                s = next;
                found = true;
                break;
            }
            // shrink to the previous group boundary
            let Some(sub) = text.get(s..e) else { break };
            // (a byte search: the runs are short, a `memrchr` call costs more)
            match sub.bytes().rposition(|c| c == b' ') {
                Some(k) if k > 0 => {
                    e = s + sub
                        .get(..k)
                        .map_or(k, |x| x.trim_end_matches([' ', '-']).len());
                }
                _ => break,
            }
        }
        if !found {
            break;
        }
        while s < end
            && !text
                .as_bytes()
                .get(s)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'+' || *c == b'(')
        {
            s += 1;
        }
    }
}

/// What may come between a phone number and its extension's digits.
const EXTENSION_PREFIXES: [&str; 9] = [
    "x",
    " x",
    " ext. ",
    " ext ",
    " ext.",
    " extension ",
    " #",
    " # ",
    " доб. ",
];

/// Extends a phone over an extension such as `x123` or ` ext. 123`.
// (not inlined: inlined into the run loop it cost more there than the call saves)
#[inline(never)]
fn extension(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    // (every prefix below starts with `x`, or a space and `x`, `e`, `#` or the lead byte
    // of `д`: most numbers are followed by none of them)
    if !matches!(
        rest.as_bytes(),
        [b'x', ..] | [b' ', b'x' | b'e' | b'#' | 0xD0, ..]
    ) {
        return end;
    }
    for p in EXTENSION_PREFIXES {
        if let Some(r) = rest.strip_prefix(p) {
            let k = r.bytes().take_while(u8::is_ascii_digit).count();
            // (not a factor: `x8.97`)
            let tail = r.get(k..).unwrap_or("").as_bytes();
            if (1..=5).contains(&k)
                && !r
                    .get(k..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_alphanumeric)
                && !matches!(tail, [b'.' | b',', d, ..] if d.is_ascii_digit())
            {
                return end + p.len() + k;
            }
        }
    }
    end
}

fn span(kind: &'static str, start: usize, end: usize, score: f32) -> Span {
    Span {
        kind,
        start,
        end,
        score,
    }
}

fn groups(raw: &str) -> Vec<&str> {
    raw.split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect()
}

/// The lengths of `groups(raw)` into `buf` (one group per digit at most: `buf` holds as
/// many as `raw` has digits when that fits), without collecting the groups first.
fn group_lens<'a>(raw: &str, buf: &'a mut [usize]) -> &'a [usize] {
    let mut n = 0usize;
    let mut run = 0usize;
    for b in raw.bytes().chain(std::iter::once(b' ')) {
        if b.is_ascii_digit() {
            run += 1;
        } else if run > 0 {
            if let Some(slot) = buf.get_mut(n) {
                *slot = run;
            }
            n += 1;
            run = 0;
        }
    }
    buf.get(..n).unwrap_or(&[])
}

/// The digit values and digits of `raw` into `d` and `s`, and the lengths of its digit
/// groups ([`group_lens`]) into `lens`, in one pass (as many as fit); returns the number
/// of groups. (The reference of [`run_shape`], which its tests compare with.)
#[cfg(test)]
fn digits_and_groups(raw: &str, d: &mut [u32], s: &mut [u8], lens: &mut [usize]) -> usize {
    let (mut n, mut groups, mut run) = (0usize, 0usize, 0usize);
    for b in raw.bytes() {
        if b.is_ascii_digit() {
            if let (Some(dv), Some(sv)) = (d.get_mut(n), s.get_mut(n)) {
                *dv = u32::from(b - b'0');
                *sv = b;
            }
            n += 1;
            run += 1;
        } else if run > 0 {
            if let Some(slot) = lens.get_mut(groups) {
                *slot = run;
            }
            groups += 1;
            run = 0;
        }
    }
    if run > 0 {
        if let Some(slot) = lens.get_mut(groups) {
            *slot = run;
        }
        groups += 1;
    }
    groups
}

/// True when `raw` holds only ASCII digits and the `allowed` (ASCII) separators (the
/// reference of `classify`'s test from [`sep_bits`], which its tests compare with).
#[cfg(test)]
fn seps_only(raw: &str, allowed: &[u8]) -> bool {
    raw.bytes()
        .all(|c| c.is_ascii_digit() || allowed.contains(&c))
}

/// A bit for each of ` `, `-` and `.` among `bytes`, and one for any other byte: a run
/// holds only digits and the separators `allowed` (some of ` -.`) when its bits of the
/// bytes that are no digits are among `sep_bits(allowed)`.
fn sep_bits(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0, |m, &b| {
        m | match b {
            b' ' => 1,
            b'-' => 2,
            b'.' => 4,
            _ => 8,
        }
    })
}

/// One pass over a run: the number of digits, of dots and the [`sep_bits`] of the other
/// bytes, with the digit values and digits into `d` and `s` and the group lengths into
/// `lens` as many as fit ([`digits_and_groups`]); returns (digits, dots, separator bits,
/// groups).
fn run_shape(
    raw: &str,
    d: &mut [u32],
    s: &mut [u8],
    lens: &mut [usize],
) -> (usize, usize, u8, usize) {
    let (mut nd, mut dots, mut seps) = (0usize, 0usize, 0u8);
    let (mut groups, mut run) = (0usize, 0usize);
    for b in raw.bytes() {
        if b.is_ascii_digit() {
            if let (Some(dv), Some(sv)) = (d.get_mut(nd), s.get_mut(nd)) {
                *dv = u32::from(b - b'0');
                *sv = b;
            }
            nd += 1;
            run += 1;
        } else {
            dots += usize::from(b == b'.');
            seps |= sep_bits(&[b]);
            if run > 0 {
                if let Some(slot) = lens.get_mut(groups) {
                    *slot = run;
                }
                groups += 1;
                run = 0;
            }
        }
    }
    if run > 0 {
        if let Some(slot) = lens.get_mut(groups) {
            *slot = run;
        }
        groups += 1;
    }
    (nd, dots, seps, groups)
}

/// Classifies one candidate run.
fn classify(text: &str, start: usize, end: usize) -> Option<Span> {
    let raw = text.get(start..end)?;
    // nothing here is shorter than 7 digits except a dotted quad (1.1.1.1) and a grouped
    // national phone number after a phone word (six digits, below): the digits
    // counted, in one pass ([`run_shape`]) with the dots and the other bytes
    // ([`sep_bits`]: `seps_only` tests them), which also fills the digit values, the
    // digits and the group lengths on the stack
    let mut dbuf = [0u32; 2 * MAX_DIGITS];
    let mut sbuf = [0u8; 2 * MAX_DIGITS];
    let mut lens_buf = [0usize; 2 * MAX_DIGITS];
    let (nd, dots, seps, ngroups) = run_shape(raw, &mut dbuf, &mut sbuf, &mut lens_buf);
    if nd < 6 && !(nd >= 4 && dots == 3) {
        return None;
    }
    let seps_only = |allowed: &[u8]| seps & !sep_bits(allowed) == 0;
    // the digit values, the digit string and the lengths of the digit groups (runs hold
    // at most `2 * MAX_DIGITS` digits, so as many groups at most; longer ones, never
    // passed here, take the heap)
    let (dheap, sheap, lens_heap): (Vec<u32>, String, Vec<usize>);
    let (d, ds, lens): (&[u32], &str, &[usize]) = if nd <= 2 * MAX_DIGITS {
        (
            dbuf.get(..nd).unwrap_or(&[]),
            // (ASCII digits: always valid)
            sbuf.get(..nd)
                .and_then(|x| std::str::from_utf8(x).ok())
                .unwrap_or(""),
            lens_buf.get(..ngroups).unwrap_or(&[]),
        )
    } else {
        dheap = raw
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| u32::from(b - b'0'))
            .collect();
        sheap = raw.chars().filter(char::is_ascii_digit).collect();
        let mut v = vec![0usize; nd];
        let n = group_lens(raw, &mut v).len();
        v.truncate(n);
        lens_heap = v;
        (&dheap, &sheap, &lens_heap)
    };
    // the context windows and the negative-context test are computed when first needed
    // (most candidates fail their checks before any context is read)
    let ctx_cell = std::cell::OnceCell::new();
    let ctx = || ctx_cell.get_or_init(|| before(text, start, 48)).as_str();
    let negative_cell = std::cell::OnceCell::new();
    let negative = || {
        *negative_cell.get_or_init(|| {
            let ctx_after = after(text, end, 24);
            let ctx_near = before(text, start, 14);
            has_any(&ctx_near, lex::NEGATIVE_NEAR)
                || prev_char(text, start).is_some_and(|c| {
                    matches!(
                        c,
                        '#' | '№'
                            | '$'
                            | '€'
                            | '£'
                            | '¥'
                            | '₽'
                            | '₴'
                            | '₺'
                            | '₹'
                            | '/'
                            | '.'
                            | ':'
                            | '@'
                            | '='
                    )
                })
                || next_char(text, end)
                    .is_some_and(|c| matches!(c, '%' | '€' | '$' | '₽' | '£' | '/' | '@' | ':'))
                || ctx_after.starts_with('.')
                    && ctx_after.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
                || has_any(
                    &ctx_after,
                    &[
                        " €", " eur", " usd", " руб", " грн", " tl", " zł", " pln", " yen", " 円",
                        " 元", " 원",
                    ],
                )
        })
    };
    // IPv4: four dotted octets and nothing else
    if seps_only(b".") && lens.len() == 4 {
        let ok = groups(raw).iter().all(|g| {
            g.len() <= 3
                && g.parse::<u16>().is_ok_and(|v| v <= 255)
                && !(g.len() > 1 && g.starts_with('0'))
        });
        if ok {
            let ctx_near = before(text, start, 14);
            let last_word = ctx_near
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .trim_end_matches([':', '.']);
            let version = lex::VERSION_WORDS.contains(&last_word);
            // unspecified, loopback and broadcast addresses identify no one
            let special =
                raw.starts_with("0.") || raw.starts_with("127.") || raw == "255.255.255.255";
            let version = version || special;
            return Some(span(
                "IP_ADDRESS",
                start,
                end,
                if version { 0.2 } else { 0.85 },
            ));
        }
        return None;
    }
    // dates and times are not phones or ids (DATE_OF_BIRTH has its own detector)
    if looks_like_date(raw, lens) {
        return None;
    }

    let mut best: Option<Span> = None;
    let mut offer = |kind: &'static str, score: f32, own_ctx: bool| {
        let score = if !own_ctx && negative() {
            score - 0.5
        } else {
            score
        };
        if best.as_ref().is_none_or(|b| score > b.score) {
            best = Some(span(kind, start, end, score));
        }
    };
    let international = raw.starts_with('+')
        || (raw.starts_with("00")
            && d.len() > 10
            && !raw.contains('.')
            && lens.first().is_some_and(|&g| g <= 5));

    if !international && nd >= 7 {
        // payment cards: spaces or hyphens only; card words make `#` / `no.` before it
        // no objection and let a 12-digit (Maestro) number in
        if seps_only(b" -") && (12..=19).contains(&d.len()) && luhn(d) && issuer_ok(ds) {
            let card_ctx = has_any(ctx(), lex::CARD_CTX);
            if d.len() > 12 || card_ctx {
                let grouped = lens.len() > 1;
                offer("CREDIT_CARD", if grouped { 0.95 } else { 0.8 }, card_ctx);
            }
        }
        // FR NIR: 15 digits with a mod-97 key
        if d.len() == 15 && matches!(ds.get(..1), Some("1" | "2")) {
            let body = ds.get(..13).unwrap_or("");
            let key: u64 = ds.get(13..).and_then(|k| k.parse().ok()).unwrap_or(999);
            if 97 - mod_str(body, 97) == key {
                let ctx_hit = has_any(ctx(), lex::FR_NIR_CTX);
                offer("FR_NIR", if ctx_hit { 0.95 } else { 0.8 }, ctx_hit);
            }
        }
        // IN Aadhaar: 12 digits, first 2-9, Verhoeff
        if d.len() == 12 && d.first().is_some_and(|&x| x >= 2) && verhoeff(d) && seps_only(b" -") {
            let grouped = lens == [4, 4, 4];
            let ctx_hit = has_any(ctx(), lex::AADHAAR_CTX);
            if grouped || lens.len() == 1 {
                offer(
                    "IN_AADHAAR",
                    0.5 + if grouped { 0.25 } else { 0.0 } + if ctx_hit { 0.3 } else { 0.0 },
                    ctx_hit,
                );
            }
        }
        // US SSN
        if d.len() == 9 && ssn_ok(ds) {
            let formatted = lens == [3, 2, 4] && (seps_only(b"-") || seps_only(b" "));
            let ctx_hit = has_any(ctx(), lex::SSN_CTX);
            if formatted || ctx_hit && lens.len() == 1 {
                offer("US_SSN", if ctx_hit { 0.95 } else { 0.8 }, ctx_hit);
            }
        }
        // NL BSN: 9 digits, 11-proof; needs context
        if d.len() == 9 && bsn_ok(d) && (lens.len() == 1 || lens == [4, 2, 3]) {
            let ctx_hit = has_any(ctx(), lex::BSN_CTX);
            offer("NL_BSN", if ctx_hit { 0.9 } else { 0.3 }, ctx_hit);
        }
        if d.len() == 11 {
            // BR CPF
            if cpf_ok(d) {
                let formatted = lens == [3, 3, 3, 2];
                let ctx_hit = has_any(ctx(), lex::CPF_CTX);
                if formatted || lens.len() == 1 {
                    offer(
                        "BR_CPF",
                        0.45 + if formatted { 0.45 } else { 0.0 }
                            + if ctx_hit { 0.45 } else { 0.0 },
                        ctx_hit,
                    );
                }
            }
            // PL PESEL
            if lens.len() == 1 && pesel_ok(d) {
                let ctx_hit = has_any(ctx(), lex::PESEL_CTX);
                offer("PL_PESEL", if ctx_hit { 0.95 } else { 0.55 }, ctx_hit);
            }
            // DE tax id
            if de_tax_ok(d) && (lens.len() == 1 || lens == [2, 3, 3, 3]) {
                let ctx_hit = has_any(ctx(), lex::DE_TAX_CTX);
                offer("DE_TAX_ID", if ctx_hit { 0.95 } else { 0.4 }, ctx_hit);
            }
        }
    }
    let plan = if nd >= 7 {
        phone_score(raw, ds, lens, international)
    } else {
        None
    };
    // an id word before: a number grouped as phones are is no phone without a phone word
    let id_words = || {
        let c = ctx();
        has_any(c, lex::ID_CTX)
            || has_any(c, lex::SSN_CTX)
            || has_any(c, lex::CPF_CTX)
            || has_any(c, lex::BSN_CTX)
            || has_any(c, lex::CARD_CTX)
            || has_any(c, lex::NEGATIVE_NEAR)
    };
    // an extension after a grouped number (`981.143.3397x8379`, `(443)107-7644 ext. 12`):
    // how phone numbers are written, and a line label may follow it
    let ext_end = || extension(text, end);
    let label_after = || {
        phone_label_after(text, end) || {
            let e = ext_end();
            e > end && phone_label_after(text, e)
        }
    };
    // (not after a count: `1.200.000x3`)
    let has_ext = || lens.len() > 1 && !lens.iter().skip(1).all(|&g| g == 3) && ext_end() > end;
    // a phone word just before or a line label just after (computed when first needed)
    let cue_cell = std::cell::OnceCell::new();
    let cue = || {
        *cue_cell.get_or_init(|| label_after() || has_ext() || phone_word_before(text, start, 32))
    };
    // one ungrouped run of digits is also how counts and ids are written: its phone word
    // must be right before it ("Tel: 4168500548", 12 bytes) or its label after
    let near_cue = || phone_word_before(text, start, 12) || label_after();
    if let Some(p) = plan {
        // (a phone word of [`lex::PHONE_CUE`] or a line label only matters to a number
        // that would not pass without it: looked for only then, it is not cheap)
        let ctx_hit = has_any(ctx(), lex::PHONE_CTX) || p < 0.5 && cue();
        // a national number grouped as phones are (`030 28 57 07`, `01.72.64.30.83`)
        // or with a trunk area code of its own (`(03) 2559797`) needs no phone word
        let p = if p < 0.5
            && !ctx_hit
            && (phone_groups(raw, lens) || trunk_area(raw, lens))
            && !id_words()
        {
            0.6
        } else {
            p
        };
        // without a phone word, numbers with spaces that only rise (`36 38 40 42 44`,
        // four groups or more, no trunk `0`) are a list, and day, month and year
        // (`01 02 2023`) a date
        let spaced = !ctx_hit && raw.bytes().all(|c| c.is_ascii_digit() || c == b' ');
        let p = if spaced
            && (lens.len() >= 4 && !raw.starts_with('0') && rising(raw)
                || lens.len() == 3 && has_year(raw))
        {
            0.0
        } else {
            p
        };
        let mut score = p + if ctx_hit { 0.3 } else { 0.0 };
        // an id word ("license number", "account number") outweighs a phone context
        // word that is no phone word of its own ("number")
        // (and so does an order, invoice or tracking word: "kargo takip kodu 7281934650")
        if (has_any(ctx(), lex::ID_CTX) || has_any(ctx(), lex::NEGATIVE_NEAR))
            && !(ctx_hit && cue())
        {
            score -= 0.3;
        }
        offer("PHONE_NUMBER", score.min(0.99), ctx_hit);
    } else if !international
        && national_shape(raw, lens)
        && if lens.len() > 1 {
            (phone_groups(raw, lens) || paren_area(raw, lens)) && !id_words() || cue()
        } else {
            near_cue()
        }
    {
        offer("PHONE_NUMBER", 0.7, false);
    } else if international && raw.starts_with('+') && (8..=15).contains(&nd) && has_ext() {
        // a number no plan takes, written with `+` and an extension (`+1-025-634-0431x668`)
        offer("PHONE_NUMBER", 0.7, false);
    }
    best
}

/// A national number in a format no known plan takes ("66 31 35", "952 45 809",
/// "(52) 878-333", "2866651243"): 6-12 digits (7 or more in one group) written only with
/// spaces, hyphens, dots and an area code in parentheses. Taken as a phone number only
/// after a phone word ([`phone_word_before`]: 32 bytes, 12 for an ungrouped run) or
/// before a line label ([`phone_label_after`]).
fn national_shape(raw: &str, lens: &[usize]) -> bool {
    let nd = lens.iter().sum::<usize>();
    (6..=12).contains(&nd)
        && (lens.len() >= 2 || nd >= 7)
        && raw
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')'))
}

/// A national number grouped as only phone numbers are, taken without a phone word:
/// 8-12 digits in three groups or more of 2-4 digits, one separator (space, hyphen or
/// dot) between all of them (or a hyphen after a trunk area code and spaces after it:
/// `012-76 84 26`), with a trunk `0` first (`030 28 57 07`, `051-029-550`,
/// `01.72.64.30.83`) or a group of two inside (`961 52 200`, `52-98-89-23`). Not counts (`738 191 381`: groups
/// of three without a trunk `0`), card or account fragments (groups of four), the shape
/// of a US SSN (`666-22-1234`), a year first (`2024 05 01 12`) or a rising list of
/// numbers with spaces (`36 38 40 42`, `25 50 100 200`).
fn phone_groups(raw: &str, lens: &[usize]) -> bool {
    let nd = lens.iter().sum::<usize>();
    let n = lens.len();
    if n < 3
        || !(8..=12).contains(&nd)
        || !lens.iter().all(|g| (2..=4).contains(g))
        || lens.iter().all(|&g| g == 4)
        || lens == [3, 2, 4]
    {
        return false;
    }
    let b = raw.as_bytes();
    // the first separator and the one of all the others
    let mut seps = b.iter().copied().filter(|c| !c.is_ascii_digit());
    let (Some(s0), Some(sep)) = (seps.next(), seps.next()) else {
        return false;
    };
    if !matches!(s0, b' ' | b'-' | b'.')
        || !matches!(sep, b' ' | b'-' | b'.')
        || seps.any(|c| c != sep)
    {
        return false;
    }
    let swedish = s0 == b'-' && sep == b' ';
    if s0 != sep && !swedish {
        return false;
    }
    let first = b.first().copied().unwrap_or(b'0');
    let second = b.get(1).copied().unwrap_or(b'0');
    let year = has_year(raw);
    // numbers that only rise, with spaces, are a list
    let rising = sep == b' ' && rising(raw);
    let trunk = first == b'0' && second != b'0';
    // one group of four at most, at either end without a trunk `0` (`0494 41 18 24`,
    // `08 9746 507`); dots in five groups or more (`01.72.64.30.83`: three dotted groups
    // are also IP fragments or cut dates, four are never taken here) or after a trunk
    // area code of 3-4 digits in 10 digits or more (`0471.147.104`; `052.314.22` is
    // also how model numbers are written)
    let fours_ok = lens.iter().filter(|&&g| g == 4).count() <= 1
        && (trunk
            || lens
                .iter()
                .enumerate()
                .all(|(k, &g)| g != 4 || k == 0 || k + 1 == n));
    // without a trunk `0`: four groups or more with a two-digit group inside
    // (`52-98-89-23`, `32 711 66 004`), or three digits, two and three with spaces
    // (`961 52 200`; with hyphens a cut SSN)
    let inner_two = n >= 4 && lens.iter().skip(1).take(n - 2).any(|&g| g == 2)
        || lens == [3, 2, 3] && sep == b' ';
    !year
        && !rising
        && fours_ok
        && (sep != b'.' || n >= 5 || trunk && nd >= 10 && lens.first().is_some_and(|&f| f >= 3))
        && (!swedish || trunk)
        && (trunk || inner_two)
}

/// A national number written with its area code in parentheses and a hyphen inside the
/// rest (`(88) 158-170`, `(1) 941-2250`, `(11) 7113-8192`): 7-11 digits, an area code of
/// 1-3 digits (one only before 3 and 4 digits), then two groups of 3-4 joined by a hyphen. Counts, prices and dates are not
/// written so (a year in a group is refused); with a trunk `0` it is [`trunk_area`]'s, and
/// the North American `(212) 555-0147` is its plan's.
fn paren_area(raw: &str, lens: &[usize]) -> bool {
    let nd = lens.iter().sum::<usize>();
    let b = raw.as_bytes();
    let Some(close) = b.iter().position(|&c| c == b')') else {
        return false;
    };
    let rest = b.get(close + 1..).unwrap_or(&[]);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let hyphens = rest.iter().filter(|&&c| c == b'-').count();
    let rest_digits_only = rest.iter().all(|&c| c.is_ascii_digit() || c == b'-');
    b.first() == Some(&b'(')
        && b.get(1).is_some_and(|&c| (b'1'..=b'9').contains(&c))
        && (7..=11).contains(&nd)
        && lens.len() == 3
        && lens.first().is_some_and(|&g| g == close - 1 && (1..=3).contains(&g))
        && lens.iter().skip(1).all(|g| (3..=4).contains(g))
        // a one-digit area code is also how list items are numbered (`(3) 120-450`, a
        // range): only before three digits and four (`(1) 941-2250`)
        && (lens.first() != Some(&1) || lens.get(1..) == Some(&[3, 4][..]))
        && hyphens == 1
        && rest_digits_only
        && !has_year(raw)
}

/// A group of four digits that reads as a year (`19xx`, `20xx`): a date, a range or a
/// batch id (`02-2024-117`), no phone grouping.
fn has_year(raw: &str) -> bool {
    raw.split(|c: char| !c.is_ascii_digit())
        .any(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
}

/// The numbers of `raw` (split at what is no digit) never fall: a list (`36 38 40 42`).
fn rising(raw: &str) -> bool {
    let mut prev = 0u32;
    raw.split(|c: char| !c.is_ascii_digit())
        .filter_map(|g| g.parse::<u32>().ok())
        .all(|v| {
            let up = v >= prev;
            prev = v;
            up
        })
}

/// A national number with a trunk `0` and an area code of 2-5 digits of its own, written
/// with spaces, hyphens or parentheses (`(03) 2559797`, `06-3563212`, `04 250-7529`):
/// no count is written so. (Not with dots or slashes, nor with a year: dates and ids.)
fn trunk_area(raw: &str, lens: &[usize]) -> bool {
    let b = raw.as_bytes();
    let (first, second) = (b.first().copied(), b.get(1).copied());
    let digits = if first == Some(b'(') {
        (b.get(1).copied(), b.get(2).copied())
    } else {
        (first, second)
    };
    lens.len() > 1
        && digits.0 == Some(b'0')
        && digits.1.is_some_and(|c| c.is_ascii_digit() && c != b'0')
        && lens.first().is_some_and(|&f| (2..=5).contains(&f))
        && !b.iter().any(|&c| c == b'.' || c == b'/')
        && !has_year(raw)
}

/// [`lex::PHONE_CUE`] in one automaton (ASCII case folded; the other words also with an
/// upper-case first letter: "Телефон").
static PHONE_CUE_AC: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        let mut pats: Vec<String> = Vec::new();
        for w in lex::PHONE_CUE {
            pats.push((*w).to_string());
            let mut cs = w.chars();
            if let Some(f) = cs.next() {
                let up: String = f.to_uppercase().chain(cs).collect();
                if up != *w {
                    pats.push(up);
                }
            }
        }
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pats)
            .ok()
    });

/// A phone word ([`lex::PHONE_CUE`]) in the `n` bytes before `start`, not glued to a
/// letter before it.
fn phone_word_before(text: &str, start: usize, n: usize) -> bool {
    let from = super::util::floor_boundary(text, start.saturating_sub(n));
    let (Some(hay), Some(ac)) = (text.get(from..start), PHONE_CUE_AC.as_ref()) else {
        return false;
    };
    ac.find_overlapping_iter(hay)
        .any(|m| !prev_char(hay, m.start()).is_some_and(super::util::is_word))
}

/// A line label right after `end` ([`lex::PHONE_LABEL_AFTER`]: "952 45 809 office",
/// "...-Fax"), compared byte by byte (ASCII case folded) without a copy of the text.
fn phone_label_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let mut i = end;
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'-' | b',' | b'(' | b'\\'))
    {
        i += 1;
    }
    // "... is my cell"
    let is_my = [b"is my ".as_slice(), b"is our "]
        .into_iter()
        .find(|p| {
            b.get(i..i + p.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(p))
        })
        .map_or(0, <[u8]>::len);
    if is_my > 0 {
        i += is_my;
        return lex::PHONE_AFTER_IS.iter().any(|w| {
            let n = w.len();
            b.get(i..i + n)
                .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                && !b.get(i + n).is_some_and(u8::is_ascii_alphanumeric)
        });
    }
    lex::PHONE_LABEL_AFTER.iter().any(|w| {
        let n = w.len();
        b.get(i..i + n)
            .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
            && !b
                .get(i + n)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
    })
}

fn looks_like_date(raw: &str, lens: &[usize]) -> bool {
    // group lengths first (cheapest); then every separator the same `.`, `/` or `-`
    let shape = lens == [4, 2, 2]
        || lens == [2, 2, 4]
        || lens == [1, 2, 4]
        || lens == [2, 1, 4]
        || lens == [1, 1, 4]
        || lens == [2, 2, 2];
    if !shape {
        return false;
    }
    let mut seps = raw.chars().filter(|c| !c.is_ascii_digit());
    let first = seps.next();
    first.is_some_and(|c| matches!(c, '.' | '/' | '-')) && seps.all(|c| Some(c) == first)
}

fn issuer_ok(ds: &str) -> bool {
    let l = ds.len();
    let p2: u32 = ds.get(..2).and_then(|p| p.parse().ok()).unwrap_or(0);
    let p3: u32 = ds.get(..3).and_then(|p| p.parse().ok()).unwrap_or(0);
    let p4: u32 = ds.get(..4).and_then(|p| p.parse().ok()).unwrap_or(0);
    (ds.starts_with('4') && matches!(l, 13 | 16 | 19))
        || ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && l == 16
        || matches!(p2, 34 | 37) && l == 15
        || (p4 == 6011 || p2 == 65 || (644..=649).contains(&p3)) && (16..=19).contains(&l)
        || p2 == 35 && (16..=19).contains(&l)
        || matches!(p4, 1800 | 2131) && l == 15
        || p2 == 62 && (16..=19).contains(&l)
        || (matches!(p2, 36 | 38 | 39) || (300..=305).contains(&p3)) && (14..=19).contains(&l)
        || (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&l)
        || (2200..=2204).contains(&p4) && (16..=19).contains(&l)
}

fn ssn_ok(ds: &str) -> bool {
    let area: u32 = ds.get(..3).and_then(|p| p.parse().ok()).unwrap_or(0);
    let group: u32 = ds.get(3..5).and_then(|p| p.parse().ok()).unwrap_or(0);
    let serial: u32 = ds.get(5..).and_then(|p| p.parse().ok()).unwrap_or(0);
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && ds != "123456789"
        && ds != "078051120"
}

fn bsn_ok(d: &[u32]) -> bool {
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    let s: i64 = d
        .iter()
        .zip([9i64, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(&a, w)| i64::from(a) * w)
        .sum();
    s % 11 == 0
}

fn cpf_ok(d: &[u32]) -> bool {
    if d.len() != 11 || d.iter().all(|&x| Some(&x) == d.first()) {
        return false;
    }
    let check = |n: usize| -> u32 {
        let s: u32 = d
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, &x)| x * (n as u32 + 1 - i as u32))
            .sum();
        let r = (s * 10) % 11;
        if r == 10 {
            0
        } else {
            r
        }
    };
    d.get(9) == Some(&check(9)) && d.get(10) == Some(&check(10))
}

fn pesel_ok(d: &[u32]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let s = weighted(d, &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    let c = (10 - s % 10) % 10;
    let month = d.get(2).copied().unwrap_or(0) * 10 + d.get(3).copied().unwrap_or(0);
    let day = d.get(4).copied().unwrap_or(0) * 10 + d.get(5).copied().unwrap_or(0);
    d.get(10) == Some(&c) && (1..=12).contains(&(month % 20)) && (1..=31).contains(&day)
}

fn de_tax_ok(d: &[u32]) -> bool {
    if d.len() != 11 || d.first() == Some(&0) {
        return false;
    }
    let first10 = d.get(..10).unwrap_or(&[]);
    let mut counts = [0u8; 10];
    for &x in first10 {
        if let Some(c) = counts.get_mut(x as usize) {
            *c += 1;
        }
    }
    let repeated = counts.iter().filter(|&&c| c >= 2).count();
    if repeated != 1 || counts.iter().any(|&c| c > 3) {
        return false;
    }
    let mut product = 10u32;
    for &x in first10 {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    d.get(10) == Some(&check)
}

/// (country code, NSN min length, NSN max length, allowed first NSN digits)
const CC: &[(&str, usize, usize, &str)] = &[
    ("1", 10, 10, "23456789"),
    ("7", 10, 10, "3456789"),
    ("20", 9, 10, "123456789"),
    ("27", 9, 9, "1234678"),
    ("30", 10, 10, "2689"),
    ("31", 9, 9, "123456789"),
    ("32", 8, 9, "123456789"),
    ("33", 9, 9, "123456789"),
    ("34", 9, 9, "6789"),
    ("36", 8, 9, "123456789"),
    ("39", 6, 11, "03"),
    ("40", 9, 9, "237"),
    ("41", 9, 9, "23456789"),
    ("43", 4, 13, "123456789"),
    ("44", 9, 10, "123578"),
    ("45", 8, 8, "23456789"),
    ("46", 7, 9, "123456789"),
    ("47", 8, 8, "23456789"),
    ("48", 9, 9, "123456789"),
    ("49", 6, 13, "123456789"),
    ("51", 8, 9, "123456789"),
    ("52", 10, 10, "123456789"),
    ("54", 10, 11, "123456789"),
    ("55", 10, 11, "123456789"),
    ("56", 9, 9, "2345679"),
    ("57", 10, 10, "3456"),
    ("60", 8, 10, "13456789"),
    ("61", 9, 9, "23478"),
    ("62", 9, 12, "2345678"),
    ("63", 10, 10, "2345689"),
    ("64", 8, 10, "234679"),
    ("65", 8, 8, "3689"),
    ("66", 8, 9, "2345689"),
    ("81", 9, 10, "123456789"),
    ("82", 8, 10, "123456789"),
    ("84", 9, 10, "2357789"),
    ("86", 10, 11, "123456789"),
    ("90", 10, 10, "234589"),
    ("91", 10, 10, "123456789"),
    ("92", 9, 10, "2345689"),
    ("234", 8, 10, "123456789"),
    ("351", 9, 9, "2789"),
    ("353", 7, 9, "124567819"),
    ("358", 6, 10, "123456789"),
    ("380", 9, 9, "3456789"),
    ("420", 9, 9, "23456789"),
    ("966", 9, 9, "158"),
    ("971", 8, 9, "234679"),
    ("972", 8, 9, "234589"),
];

/// The [`CC`] row of country code `cc` (the codes are distinct: a hash lookup instead of a
/// scan of the table).
fn cc_entry(cc: &str) -> Option<(&'static usize, &'static usize, &'static &'static str)> {
    static MAP: std::sync::LazyLock<
        std::collections::HashMap<
            &'static str,
            usize,
            std::hash::BuildHasherDefault<super::util::Fnv>,
        >,
    > = std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::default();
        for (i, (c, ..)) in CC.iter().enumerate() {
            m.entry(*c).or_insert(i);
        }
        m
    });
    let (_, lo, hi, first) = CC.get(*MAP.get(cc)?)?;
    Some((lo, hi, first))
}

/// Base score for a phone-shaped run, or None when it is not a plausible phone number.
fn phone_score(raw: &str, ds: &str, lens: &[usize], international: bool) -> Option<f32> {
    let l = ds.len();
    if international {
        let rest = if raw.starts_with('+') {
            ds
        } else {
            ds.get(2..)?
        };
        for k in 1..=3 {
            let (cc, nsn) = (rest.get(..k)?, rest.get(k..)?);
            if let Some((lo, hi, first)) = cc_entry(cc) {
                // a national trunk 0 written after the country code, e.g. +44 (0)20 ...
                // (a byte search: a substring search sets up a searcher per call)
                let nsn = if raw.as_bytes().windows(3).any(|w| w == b"(0)") {
                    nsn.strip_prefix('0').unwrap_or(nsn)
                } else {
                    nsn
                };
                let ok = (*lo..=*hi).contains(&nsn.len())
                    && nsn.chars().next().is_some_and(|c| first.contains(c))
                    && nanp_ok(cc, nsn);
                return ok.then_some(0.9);
            }
        }
        // other country codes: E.164 length only
        return (8..=15).contains(&rest.len()).then_some(0.6);
    }
    let grouped = lens.len() > 1;
    let parens = raw.starts_with('(');
    // thousands-like groups (1 234 567) are counts, not phones
    if grouped
        && lens.first().is_some_and(|&f| f < 3)
        && lens.iter().skip(1).all(|&g| g == 3)
        && !ds.starts_with('0')
    {
        return None;
    }
    if ds.starts_with("00") {
        return None;
    }
    let b0 = ds.as_bytes().first().copied().unwrap_or(b'0');
    let b1 = ds.as_bytes().get(1).copied().unwrap_or(b'0');
    let valid = if b0 == b'0' {
        // trunk prefix 0: GB, DE, FR, IT, NL, UA, TR, JP, KR, CN, IN, BR...
        b1 != b'0' && (9..=12).contains(&l) || (7..=8).contains(&l) && grouped
    } else if b0 == b'8' && l == 11 {
        matches!(b1, b'3' | b'4' | b'8' | b'9') // RU/KZ trunk 8
    } else if l == 10 {
        nanp_ok("1", ds) || matches!(b0, b'6'..=b'9') && !parens // US/CA; IN mobile
    } else if l == 11 && b0 == b'1' {
        nanp_ok("1", ds.get(1..)?) || matches!(b1, b'3'..=b'9') // NANP with 1; CN mobile
    } else if l == 11 {
        // BR: (11) 91234-5678; IT mobiles 3xx xxxx xxxx
        parens && b0 != b'0' && b1 != b'0' && ds.as_bytes().get(2) == Some(&b'9')
            || b0 == b'3' && grouped && !parens
    } else if l == 9 {
        matches!(b0, b'5'..=b'9') && (lens == [3, 3, 3] || lens == [3, 2, 2, 2]) && !parens
    // PL, ES mobiles
    } else {
        false
    };
    if !valid {
        return None;
    }
    let base = if l == 9 || raw.contains('.') && !parens {
        // 3-3-3 and dotted groups are also how counts are written: need phone context
        0.35
    } else if grouped || parens {
        0.6
    } else {
        0.3
    };
    Some(base + if b0 == b'0' && grouped { 0.1 } else { 0.0 })
}

fn nanp_ok(cc: &str, nsn: &str) -> bool {
    if cc != "1" {
        return true;
    }
    let b = nsn.as_bytes();
    nsn.len() == 10
        && b.first().is_some_and(|c| (b'2'..=b'9').contains(c))
        && b.get(3).is_some_and(|c| (b'2'..=b'9').contains(c))
        && !(b.get(1) == Some(&b'1') && b.get(2) == Some(&b'1'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_prefixes_pass_the_first_bytes_test() {
        // the early return of `extension` keeps every prefix
        for p in EXTENSION_PREFIXES {
            let t = format!("{p}12");
            assert!(
                matches!(
                    t.as_bytes(),
                    [b'x', ..] | [b' ', b'x' | b'e' | b'#' | 0xD0, ..]
                ),
                "{p}"
            );
            assert_eq!(extension(&t, 0), t.len(), "{p}");
        }
    }

    #[test]
    fn run_shape_matches_the_separate_passes() {
        let pieces = [
            "1", "23", "456", " ", "-", ".", "(", ")", "+", "7", "0000", "x", "é",
        ];
        let mut next = crate::pii::util::test_rng(13u64);
        for _ in 0..20_000 {
            let mut raw = String::new();
            for _ in 0..next(30) {
                raw.push_str(pieces[next(pieces.len())]);
            }
            let (mut d1, mut s1, mut l1) = ([0u32; 44], [0u8; 44], [0usize; 44]);
            let (mut d2, mut s2, mut l2) = ([0u32; 44], [0u8; 44], [0usize; 44]);
            let (nd, dots, seps, groups) = run_shape(&raw, &mut d1, &mut s1, &mut l1);
            let g = digits_and_groups(&raw, &mut d2, &mut s2, &mut l2);
            let nd2 = raw.bytes().filter(u8::is_ascii_digit).count();
            let dots2 = raw.bytes().filter(|&b| b == b'.').count();
            let other: Vec<u8> = raw.bytes().filter(|b| !b.is_ascii_digit()).collect();
            assert_eq!(
                (nd, dots, seps, groups),
                (nd2, dots2, sep_bits(&other), g),
                "{raw}"
            );
            assert_eq!((d1, s1, l1), (d2, s2, l2), "{raw}");
        }
    }

    #[test]
    fn one_pass_shapes_match_the_separate_passes() {
        let pieces = [
            "1", "23", "456", " ", ".", "-", "(", ")", "+", "/", "x", "é", "0000",
        ];
        let mut next = super::super::util::test_rng(5);
        for _ in 0..20000 {
            let mut t = String::new();
            for _ in 0..next(16) {
                t.push_str(pieces[next(pieces.len())]);
            }
            let non_digits: Vec<u8> = t.bytes().filter(|b| !b.is_ascii_digit()).collect();
            for allowed in [b".".as_slice(), b" -", b"-", b" "] {
                assert_eq!(
                    sep_bits(&non_digits) & !sep_bits(allowed) == 0,
                    seps_only(&t, allowed),
                    "{t:?} {allowed:?}"
                );
            }
            let (mut d, mut s, mut l) = ([0u32; 64], [0u8; 64], [0usize; 64]);
            let n = digits_and_groups(&t, &mut d, &mut s, &mut l);
            let mut l2 = [0usize; 64];
            assert_eq!(&l[..n], group_lens(&t, &mut l2), "{t:?}");
            let want: Vec<u8> = t.bytes().filter(u8::is_ascii_digit).collect();
            assert_eq!(&s[..want.len()], &want[..], "{t:?}");
            let want_d: Vec<u32> = want.iter().map(|b| u32::from(b - b'0')).collect();
            assert_eq!(&d[..want.len()], &want_d[..], "{t:?}");
        }
    }

    #[test]
    fn short_runs_skipped_find_the_same() {
        let pieces = [
            "1",
            "12",
            "123",
            "1234",
            " ",
            ".",
            "-",
            "(",
            ")",
            "+",
            ",",
            ":",
            "a",
            "x",
            "2A",
            "192.168",
            "1.1.1.1",
            "+49 ",
            "4111 1111 1111 1111",
            "(415) 555-0132",
            " - ",
            ") ",
            "Tel ",
        ];
        let mut next = super::super::util::test_rng(11);
        for _ in 0..20000 {
            let mut t = String::new();
            for _ in 0..next(14) {
                t.push_str(pieces[next(pieces.len())]);
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find_runs(&t, true, &mut a);
            find_runs(&t, false, &mut b);
            assert_eq!(a, b, "{t:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        let mut v = Vec::new();
        find(text, &mut v);
        v.into_iter()
            .filter(|s| s.score >= 0.5)
            .map(|s| (s.kind, text.get(s.start..s.end).unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn numeric_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "call +49 151 23456789 now",
                &[("PHONE_NUMBER", "+49 151 23456789")],
            ),
            ("tel. (212) 555-0147", &[("PHONE_NUMBER", "(212) 555-0147")]),
            (
                "my number 020 7946 0958",
                &[("PHONE_NUMBER", "020 7946 0958")],
            ),
            (
                "звоните 8 916 123-45-67",
                &[("PHONE_NUMBER", "8 916 123-45-67")],
            ),
            (
                "+7 916 123 45 67 и всё",
                &[("PHONE_NUMBER", "+7 916 123 45 67")],
            ),
            ("06 12 34 56 78", &[("PHONE_NUMBER", "06 12 34 56 78")]),
            (
                "card 4111 1111 1111 1111.",
                &[("CREDIT_CARD", "4111 1111 1111 1111")],
            ),
            ("4111 1111 1111 1112", &[]),
            ("ssn 536-22-1234", &[("US_SSN", "536-22-1234")]),
            ("666-22-1234", &[]),
            (
                "server 192.168.1.20 down",
                &[("IP_ADDRESS", "192.168.1.20")],
            ),
            ("version 1.2.3.4", &[]),
            ("Order #123456789012", &[]),
            // national numbers no plan takes, after a phone word or before a line label
            ("Phone: 66 31 35", &[("PHONE_NUMBER", "66 31 35")]),
            ("call me on 952 45 809?", &[("PHONE_NUMBER", "952 45 809")]),
            ("951 45 809 office", &[("PHONE_NUMBER", "951 45 809")]),
            ("Desk: 1368316467", &[("PHONE_NUMBER", "1368316467")]),
            ("we have 66 31 35 left", &[]),
            ("tel: soon. we have 4842924 subscribers", &[]),
            // card words: `#` before a card, legacy JCB, 12-digit Maestro
            (
                "my card # 6011 9815 5834 2999",
                &[("CREDIT_CARD", "6011 9815 5834 2999")],
            ),
            ("Order # 6011981558342999", &[]),
            (
                "card 213163041452102",
                &[("CREDIT_CARD", "213163041452102")],
            ),
            (
                "block card no 630426780205",
                &[("CREDIT_CARD", "630426780205")],
            ),
            ("ref 630426780205", &[]),
            // Stockholm (8) and Basel (61) numbers: first digits libphonenumber allows
            (
                "ring +46 8 964 583 67",
                &[("PHONE_NUMBER", "+46 8 964 583 67")],
            ),
            ("+41 61 295 01 18", &[("PHONE_NUMBER", "+41 61 295 01 18")]),
            ("1 234 567 views", &[]),
            ("price $1299.99", &[]),
            ("on 12.05.1985 at", &[]),
            ("CPF 111.444.777-35", &[("BR_CPF", "111.444.777-35")]),
            ("PESEL 44051401359", &[("PL_PESEL", "44051401359")]),
            ("BSN 111222333", &[("NL_BSN", "111222333")]),
            (
                "Aadhaar 2345 6789 0124",
                &[("IN_AADHAAR", "2345 6789 0124")],
            ),
            ("Steuer-ID 86095742719", &[("DE_TAX_ID", "86095742719")]),
            ("NIR 1 85 05 78 006 084 36", &[]),
            (
                "NIR 1 85 05 78 006 084 91",
                &[("FR_NIR", "1 85 05 78 006 084 91")],
            ),
            ("NIR 185057800608491", &[("FR_NIR", "185057800608491")]),
            // Corsica: 2A / 2B, key computed with 19 / 18 in their place
            ("NIR 132112A00415303", &[("FR_NIR", "132112A00415303")]),
            ("NIR : 264122B03391693.", &[("FR_NIR", "264122B03391693")]),
            ("NIR 132112A00415304", &[]),
            ("NIR 132112B00415303", &[]),
            ("x132112A00415303", &[]),
            ("_132112A00415303", &[]),
            ("build 1700000000 ok", &[]),
            // an extension: phone evidence of its own, and a line label may follow it
            (
                "912.304.5567x204 fax",
                &[("PHONE_NUMBER", "912.304.5567x204")],
            ),
            (
                "or 912.304.5567 x2041 after six",
                &[("PHONE_NUMBER", "912.304.5567 x2041")],
            ),
            (
                "(415)107-2211 ext. 45 fax",
                &[("PHONE_NUMBER", "(415)107-2211 ext. 45")],
            ),
            (
                "+1-015-555-0199x77",
                &[("PHONE_NUMBER", "+1-015-555-0199x77")],
            ),
            ("+1-015-555-0199 today", &[]),
            (
                "desk (415) 555-0132 #204",
                &[("PHONE_NUMBER", "(415) 555-0132 #204")],
            ),
            (
                "desk (415) 555-0132 extension 21",
                &[("PHONE_NUMBER", "(415) 555-0132 extension 21")],
            ),
            (
                "desk (415) 555-0132 #1a",
                &[("PHONE_NUMBER", "(415) 555-0132")],
            ),
            (
                "card 4111 1111 1111 1111 #2",
                &[("CREDIT_CARD", "4111 1111 1111 1111")],
            ),
            ("912.304.5567 later", &[]),
            ("screen 3840x2160", &[]),
            ("that is 1.200.000x3", &[]),
            ("12 400 500x2 rows", &[]),
            ("57-38-117x8.97", &[]),
            // national numbers grouped as only phones are: no phone word needed
            (
                "still on 045 61 23 98 until Friday",
                &[("PHONE_NUMBER", "045 61 23 98")],
            ),
            (
                "new one: 02.41.88.17.60",
                &[("PHONE_NUMBER", "02.41.88.17.60")],
            ),
            (
                "it was 062-417-883 before",
                &[("PHONE_NUMBER", "062-417-883")],
            ),
            ("try 874 31 562", &[("PHONE_NUMBER", "874 31 562")]),
            ("try 41-77-09-86", &[("PHONE_NUMBER", "41-77-09-86")]),
            (
                "(0412)-558201 at home",
                &[("PHONE_NUMBER", "(0412)-558201")],
            ),
            ("views: 738 191 381 today", &[]),
            ("sizes 36 38 40 42 in stock", &[]),
            ("on 2024 05 01 sharp", &[]),
            ("we had 5213 8841 0937 hits", &[]),
            ("sets 21-25 25-19 25-23 won", &[]),
            ("from 09.30-10.30 and", &[]),
            ("Order 874 31 562", &[]),
            ("no 874-31-562", &[]),
            ("IBAN: GB87 DDTX 304 71 71 52", &[]),
            ("pay 2901 4985 93 now", &[]),
            ("got 553 416 73 views", &[]),
            ("at 172.216.91 now", &[]),
            ("build 10.2.33.14.5 out", &[]),
            // a trunk area code of its own; Swedish and local 3-2-2 groupings
            ("landed: (05) 3318842", &[("PHONE_NUMBER", "(05) 3318842")]),
            ("or 07-4418236 today", &[("PHONE_NUMBER", "07-4418236")]),
            ("or 0412.377.190 today", &[("PHONE_NUMBER", "0412.377.190")]),
            // an area code in parentheses and a hyphen: how phone numbers are written
            (
                "ring (88) 158-170 tonight",
                &[("PHONE_NUMBER", "(88) 158-170")],
            ),
            ("ok (1) 941-2250", &[("PHONE_NUMBER", "(1) 941-2250")]),
            (
                "the shop: (11) 7113-8192",
                &[("PHONE_NUMBER", "(11) 7113-8192")],
            ),
            ("see (12) 2019-2020 reports", &[]),
            ("items (3) 120-450 each", &[]),
            ("or 08 3316 427 today", &[("PHONE_NUMBER", "08 3316 427")]),
            ("or 031-71 52 88 today", &[("PHONE_NUMBER", "031-71 52 88")]),
            ("or 418-52-07 today", &[]),
            ("born 05.08.197 ok", &[]),
            ("invoice due: pay 022-670882", &[]),
            // a tracking word further back (session 25)
            (
                "Sipariş numaram 305918274, kargo takip kodu 7281934650.",
                &[],
            ),
            ("due 03.04.2023 10 am", &[]),
            ("BSN 07936158/4", &[]),
            ("model 052.314.22 spec", &[]),
            ("batch 02-2024-117 out", &[]),
            ("sizes 36 38 40 42 44 left", &[]),
            ("09 15 2023 was the day", &[]),
            ("call 36 38 40 42 44", &[("PHONE_NUMBER", "36 38 40 42 44")]),
            ("or 418 52 07 today", &[]),
            ("tiers 25 50 100 200 only", &[]),
            ("or 31-71 52 88 today", &[]),
            ("or 4418 3316 4270 today", &[]),
            // "... is my cell", and more phone words
            ("602 114 998 is my cell", &[("PHONE_NUMBER", "602 114 998")]),
            ("602 114 998 is my order", &[]),
            (
                "contact me at 9183 4471 soon",
                &[("PHONE_NUMBER", "9183 4471")],
            ),
            ("hotline 212 555 019", &[("PHONE_NUMBER", "212 555 019")]),
            ("we sold 9183 4471 soon", &[]),
            // an id word outweighs "number"
            ("my license number is 9071234567", &[]),
            ("policy number 0171234567", &[]),
            (
                "phone (not the account): 0171 2345678",
                &[("PHONE_NUMBER", "0171 2345678")],
            ),
            ("2024-05-01 13:45:12", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(&str, String)> = want.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(kinds(text), want, "text {text:?}");
        }
    }
}
