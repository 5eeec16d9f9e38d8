//! Names outside the gazetteers, in English text: two or more capitalised words side by
//! side that an English dictionary does not know ("Annikki Järventaus", "Idumeo Centeno").
//!
//! The dictionary is SCOWL's American English list as Debian packages it (`wamerican`
//! 2020.12.07-2: 73,701 distinct lower-cased words, 9,643 of them proper nouns written only
//! capitalised) and the 1,528 common words of its British list (`wbritish`) that the American
//! one lacks ("summarise", "colour"), stored as sorted 32-bit FNV-1a hashes whose lowest bit
//! says "proper noun" (`english_words.bin`, 300,900 bytes, written by
//! `tests/eval/english_words.py`; one lookup
//! is a binary search in one of 16,384 buckets). SCOWL's notice: "Copyright
//! 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these
//! word lists, the associated scripts, the output created from the scripts, and its
//! documentation for any purpose is hereby granted without fee, provided that the above
//! copyright notice appears in all copies and that both that copyright notice and this
//! permission notice appear in supporting documentation. Kevin Atkinson makes no
//! representations about the suitability of this array for any purpose. It is provided "as
//! is" without express or implied warranty."
//!
//! A name here (0.55, the default threshold is 0.5):
//! - starts with a name-shaped word the dictionary does not know (Latin letters, upper
//!   case first, then lower case; "O'Brien" and "Jean-Luc" too), not glued to what is
//!   before it (`@handle`, `#tag`, `a.b`);
//! - goes on over more words, each unknown or a US Census name, one space apart, with
//!   middle initials ("Jouko S Leminen", "Peter M. Henriksen") and name particles ("van
//!   den", "von", "bin") between them, holds at least two words and one unknown word;
//! - is not next to a capitalised word the dictionary knows ("Usamov Islands", "Mt Eden"),
//!   a company or street word ("Lonmin Plc"), a place-name start ("El", "San", "Porto") or
//!   a number (house numbers: "Margrethes Plads 17");
//! - is in English text: of the lower-case words within 200 bytes of it, at least two and
//!   85% are English (the capitalised nouns of German text, or Spanish and Dutch words, are
//!   unknown to an English dictionary too).
//!
//! Other languages keep the gazetteers, cues and surname endings of `person.rs`. A single
//! unknown word after a greeting or a person noun ("Hi Zsofia") was tried and left out: +0.009
//! F1 on one evaluation set's tuning part, none on its held-out part, for a cue test on every
//! capitalised word.

use super::Span;

static WORDS: &[u8] = include_bytes!("english_words.bin");

/// FNV-1a (32-bit) of the lower-cased UTF-8 of `w`, a typographic apostrophe read as the
/// ASCII one.
fn hash_lower(w: &str) -> u32 {
    let mut h = FNV_START;
    if w.is_ascii() {
        for &b in w.as_bytes() {
            h = fnv_step(h, b.to_ascii_lowercase());
        }
        return h;
    }
    let mut buf = [0u8; 4];
    let b = w.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            h = fnv_step(h, x.to_ascii_lowercase());
            i += 1;
            continue;
        }
        // Latin-1 letters (lead byte C3) lower-cased on the bytes: U+00C0-U+00DE but × are
        // upper case, and their lower case is 0x20 on (U+00E0-U+00FE); the rest keep theirs
        if x == 0xC3 {
            if let Some(&y) = b.get(i + 1) {
                let y = if (0x80..=0x9E).contains(&y) && y != 0x97 {
                    y + 0x20
                } else {
                    y
                };
                h = fnv_step(fnv_step(h, x), y);
                i += 2;
                continue;
            }
        }
        let Some(c) = w.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        // a typographic apostrophe is the dictionary's ASCII one ("Don’t" is "don't")
        if c == '’' {
            h = fnv_step(h, b'\'');
            continue;
        }
        for l in c.to_lowercase() {
            for &b in l.encode_utf8(&mut buf).as_bytes() {
                h = fnv_step(h, b);
            }
        }
    }
    h
}

/// Hashes are looked up in one of 16,384 buckets by their top 14 bits (~4.5 entries each;
/// the bucket starts take 64 KB).
const BUCKET_SHIFT: u32 = 18;

/// log2 of the bits of [`Index::seen`].
const SEEN_BITS: u32 = 20;

/// The dictionary's lookup tables, built once from [`WORDS`].
struct Index {
    /// Where each bucket's entries start in [`WORDS`] (and, last, the number of entries).
    starts: Vec<u32>,
    /// One bit per value of a hash's bits 1-20, set where an entry has them (~7% of the
    /// 2^20): most words the dictionary does not know are answered here, without the
    /// bucket's binary search (128 KB).
    seen: Vec<u64>,
}

/// The bit of [`Index::seen`] a hash has: its word and the mask in it.
fn seen_bit(h: u32) -> (usize, u64) {
    let k = (h >> 1) & ((1 << SEEN_BITS) - 1);
    ((k >> 6) as usize, 1u64 << (k & 63))
}

static INDEX: std::sync::LazyLock<Index> = std::sync::LazyLock::new(|| {
    let n = WORDS.len() / 4;
    let mut starts = vec![0u32; (1 << (32 - BUCKET_SHIFT)) + 1];
    let mut seen = vec![0u64; 1 << (SEEN_BITS - 6)];
    for i in 0..n {
        if let Some(x) = entry(i) {
            if let Some(c) = starts.get_mut((x >> BUCKET_SHIFT) as usize + 1) {
                *c += 1;
            }
            let (at, bit) = seen_bit(x);
            if let Some(w) = seen.get_mut(at) {
                *w |= bit;
            }
        }
    }
    for i in 1..starts.len() {
        let prev = starts.get(i - 1).copied().unwrap_or(0);
        if let Some(c) = starts.get_mut(i) {
            *c += prev;
        }
    }
    Index { starts, seen }
});

fn entry(i: usize) -> Option<u32> {
    let b = WORDS.get(i.checked_mul(4)?..i.checked_mul(4)?.checked_add(4)?)?;
    Some(u32::from_le_bytes(<[u8; 4]>::try_from(b).ok()?))
}

/// What the dictionary says of `word` (any case; a possessive "'s" is cut off): `None`
/// when it does not know it, `Some(true)` for a proper noun (only ever written
/// capitalised: "London", "Vladimir"), `Some(false)` for a common word.
pub fn lookup(word: &str) -> Option<bool> {
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    lookup_hash(hash_lower(w))
}

/// Whether the dictionary knows the lower-case ASCII word `w` (bytes; "'s" not cut off).
#[cfg(test)]
pub(super) fn known_ascii(w: &[u8]) -> bool {
    let mut h = FNV_START;
    for &b in w {
        h = fnv_step(h, b.to_ascii_lowercase());
    }
    known_hash(h)
}

/// The start of the word hash the dictionary is looked up by (FNV-1a, 32-bit).
pub(super) const FNV_START: u32 = 0x811c_9dc5;

/// One byte (already lower-cased) into the word hash.
pub(super) fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// Whether the dictionary knows the word whose lower-case hash is `h`.
pub(super) fn known_hash(h: u32) -> bool {
    lookup_hash(h).is_some()
}

/// Function words of other Latin-script languages that the English dictionary does not know
/// ("mein", "welcher", "jak", "onze", "quelle"; no census or gazetteer name, no name
/// particle), from spaCy's stop-word lists of 16 languages: sorted 32-bit FNV-1a hashes of
/// the lower-case ASCII words (`function_words.bin`, 4,598 words, written by
/// `tests/eval/function_words.py`, which says what was kept; spaCy is MIT-licensed).
static FUNCTION_WORDS: &[u8] = include_bytes!("function_words.bin");

/// A file of little-endian 32-bit hashes as numbers.
fn hashes(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .filter_map(|c| <[u8; 4]>::try_from(c).ok())
        .map(u32::from_le_bytes)
        .collect()
}

/// [`FUNCTION_WORDS`] as numbers, sorted (read once).
static FUNCTION_HASHES: std::sync::LazyLock<Vec<u32>> =
    std::sync::LazyLock::new(|| hashes(FUNCTION_WORDS));

/// Whether `h` is the lower-case hash of a word in [`FUNCTION_WORDS`].
pub(super) fn function_hash(h: u32) -> bool {
    FUNCTION_HASHES.binary_search(&h).is_ok()
}

/// Function words of other Latin-script languages that the English dictionary knows but
/// English writes 100 times less often ("na", "po", "se", "com", "jest", "nos"), from the
/// same stop-word lists, chosen by word frequency: sorted 32-bit FNV-1a hashes of the
/// lower-case ASCII words (`foreign_common.bin`, 224 words, written by
/// `tests/eval/foreign_common.py`, which says how they were chosen).
static FOREIGN_COMMON: &[u8] = include_bytes!("foreign_common.bin");

/// [`FOREIGN_COMMON`] as numbers, sorted (read once).
static FOREIGN_COMMON_HASHES: std::sync::LazyLock<Vec<u32>> =
    std::sync::LazyLock::new(|| hashes(FOREIGN_COMMON));

/// Whether the lower-case ASCII word `w` is one of [`FOREIGN_COMMON`].
pub(super) fn foreign_common(w: &[u8]) -> bool {
    let mut h = FNV_START;
    for &b in w {
        h = fnv_step(h, b.to_ascii_lowercase());
    }
    FOREIGN_COMMON_HASHES.binary_search(&h).is_ok()
}

/// Whether `w` (ASCII letters in any case: "Mein", "WELCHER", "jak") is a function word of
/// another language that English does not know ([`FUNCTION_WORDS`]).
pub(crate) fn function_word(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphabetic()) && function_hash(hash_lower(w))
}

/// [`function_word`] as a plain scan of every entry (lower-cases `w` as ASCII).
#[cfg(test)]
pub(super) fn function_word_ref(w: &str) -> bool {
    let mut h = FNV_START;
    for b in w.to_ascii_lowercase().bytes() {
        h = fnv_step(h, b);
    }
    FUNCTION_WORDS
        .chunks_exact(4)
        .any(|c| u32::from_le_bytes(c.try_into().unwrap()) == h)
}

/// [`lookup`] of a word's [`hash_lower`].
fn lookup_hash(h: u32) -> Option<bool> {
    let h = h & !1;
    let ix = &*INDEX;
    let (at, bit) = seen_bit(h);
    if ix.seen.get(at)? & bit == 0 {
        return None;
    }
    let b = (h >> BUCKET_SHIFT) as usize;
    let (lo, hi) = (*ix.starts.get(b)? as usize, *ix.starts.get(b + 1)? as usize);
    // (a bucket holds ~4.5 entries: a linear pass over its sorted entries up to the first
    // one not below `h` costs fewer instructions than a binary search's halvings)
    for e in WORDS.get(lo * 4..hi * 4)?.chunks_exact(4) {
        let x = <[u8; 4]>::try_from(e).map_or(0, u32::from_le_bytes);
        if x & !1 >= h {
            return (x & !1 == h).then_some(x & 1 == 1);
        }
    }
    None
}

/// Whether the dictionary knows `word` (see [`lookup`]).
pub fn known(word: &str) -> bool {
    lookup(word).is_some()
}

/// A letter below U+0250 (Basic Latin to IPA): `c.is_alphabetic()` there, without the Unicode
/// tables (`latin_ref` in the tests).
pub(super) fn latin(c: char) -> bool {
    match c as u32 {
        0..0x80 => c.is_ascii_alphabetic(),
        // ª, µ, º; the rest of U+0080-U+00BF are controls, spaces and signs
        0x80..0xc0 => matches!(c, 'ª' | 'µ' | 'º'),
        // all letters but × and ÷
        x => x < 0x250 && c != '×' && c != '÷',
    }
}

/// The end of the name-shaped word at `s`: an upper-case Latin letter, then lower-case
/// ones, where an apostrophe or hyphen may join another part ("O'Brien", "Jean-Luc");
/// at least two letters, not glued to a letter or digit of another script after it.
pub(super) fn name_word(text: &str, s: usize) -> Option<usize> {
    let b = text.as_bytes();
    // (an ASCII first letter read from its byte: always a character boundary)
    let c0 = match b.get(s) {
        Some(&x) if x < 0x80 => char::from(x),
        _ => text.get(s..)?.chars().next()?,
    };
    if !(latin(c0) && c0.is_uppercase()) {
        return None;
    }
    let (mut i, mut lower, mut part_start) = (s + c0.len_utf8(), 0usize, false);
    let mut end = i;
    // (ASCII bytes tested directly, other characters decoded; a run of ASCII lower-case
    // letters, the common case, skipped first: each is a lower-case letter of the word)
    while let Some(&x) = b.get(i) {
        if x.is_ascii_lowercase() {
            let run = b.get(i..).map_or(0, |r| {
                r.iter().take_while(|x| x.is_ascii_lowercase()).count()
            });
            lower += run;
            i += run;
            end = i;
            part_start = false;
            continue;
        }
        // Latin-1 letters (lead byte C3) settled from their second byte: U+00C0-U+00DE
        // are upper case and U+00DF-U+00FF lower case, but for × and ÷ (no letters)
        if x == 0xC3 {
            if let Some(&y) = b.get(i + 1).filter(|y| (0x80..=0xBF).contains(*y)) {
                let letter = y != 0x97 && y != 0xB7;
                let (is_lower, is_upper) = (letter && y >= 0x9F, letter && y < 0x9F);
                if !(is_lower || (part_start && is_upper)) {
                    break;
                }
                lower += usize::from(is_lower);
                end = i + 2;
                part_start = false;
                i += 2;
                continue;
            }
        }
        let (c, len) = if x.is_ascii() {
            (char::from(x), 1)
        } else {
            let c = text.get(i..).and_then(|r| r.chars().next())?;
            (c, c.len_utf8())
        };
        if latin(c) && (c.is_lowercase() || (part_start && c.is_uppercase())) {
            lower += usize::from(c.is_lowercase());
            end = i + len;
            part_start = false;
        } else if matches!(c, '\'' | '’' | '-') && !part_start {
            part_start = true;
        } else {
            break;
        }
        i += len;
    }
    // a trailing apostrophe or hyphen is not part of the word; a letter of another kind
    // (upper case inside: "DreamShake", other scripts) or a digit glued to it: no word
    let glued = match b.get(end) {
        None => false,
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(_) => text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric),
    };
    if lower == 0 || glued {
        return None;
    }
    Some(end)
}

/// A middle initial at `p` ("S " or "M. "): the offset after it.
fn initial(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !b.get(p)?.is_ascii_uppercase() {
        return None;
    }
    match (b.get(p + 1), b.get(p + 2)) {
        (Some(b' '), _) => Some(p + 2),
        (Some(b'.'), Some(b' ')) => Some(p + 3),
        _ => None,
    }
}

/// Name particles between a given name and a surname ("Malon van den Bogaert"). Not the
/// Romance ones ("de", "da", "del"): title-case Spanish and Portuguese phrases quoted in
/// English text ("Centro de Salud") have them as often as names do.
const PARTICLES: &[&str] = &["van", "den", "der", "von", "bin", "ibn", "al"];

/// Romance articles and prepositions: capitalised words after them are most often a
/// phrase ("Centro de Salud Nacional"), so no name starts right after one.
const ROMANCE: &[&str] = &[
    "de", "da", "do", "di", "del", "della", "dos", "das", "du", "des", "la", "le", "el", "los",
    "las", "les",
];

/// Lower-case particles (each followed by one space) at `p`: the offset after them.
fn particles(text: &str, mut p: usize) -> Option<usize> {
    let start = p;
    for _ in 0..3 {
        let rest = text.get(p..)?;
        let Some(w) = PARTICLES.iter().find(|w| {
            rest.strip_prefix(**w)
                .is_some_and(|r| r.as_bytes().first() == Some(&b' '))
        }) else {
            break;
        };
        p += w.len() + 1;
    }
    (p > start).then_some(p)
}

/// First words that make a place, not a person ("El Paso", "San Marino", "Porto Alegre").
const PLACE_START: &[&str] = &[
    "el", "la", "le", "los", "las", "les", "san", "santa", "são", "sao", "porto", "puerto", "port",
    "mount", "mt", "st", "saint", "sainte", "fort", "new", "north", "south", "east", "west",
    "upper", "lower", "bad", "te", "de", "del", "della", "di", "van", "von",
];

/// Capitalised words before a name that do not make it a place or a title ("Hi", "Mr").
const BEFORE_OK: &[&str] = &[
    "hi", "hello", "hey", "dear", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
    "thanks", "by", "from", "to", "with", "and", "cc", "attn", "ask", "call", "meet", "tell",
];

/// Whether `w` is one of `list` (lower-case words), ignoring ASCII case (the non-ASCII
/// letters of the lists are lower case, and so are those of a name word after its first).
fn in_ci(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether the word is a name here: unknown to the dictionary, or a proper noun that is a
/// census name ("Vladimir" is both; "Beijing", "British" and "Somerset" are proper nouns
/// only; "Council" is a census surname but a common word too).
fn namelike(w: &str) -> bool {
    namelike_as(lookup(w), w)
}

/// [`namelike`] with the word's [`lookup`] done.
fn namelike_as(class: Option<bool>, w: &str) -> bool {
    match class {
        None => true,
        Some(true) => super::census::is_name(w),
        Some(false) => false,
    }
}

/// How far around a name [`english_near`] looks, in bytes each side.
const NEAR: usize = 200;

/// [`mostly_english`] on the words within [`NEAR`] bytes of `s..e` (words cut by the
/// window's edges left out): the language where the name is, in a text that may mix
/// several.
pub(super) fn english_near(text: &str, s: usize, e: usize) -> bool {
    let mut from = s.saturating_sub(NEAR);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let to = super::util::ceil_boundary(text, e.saturating_add(NEAR));
    let mut w = text.get(from..to).unwrap_or("");
    if from > 0 {
        w = w.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    }
    if to < text.len() {
        w = w.rsplit_once(char::is_whitespace).map_or("", |(l, _)| l);
    }
    mostly_english(w)
}

/// Whether most (85%) of the lower-case Latin words of `text` are English, judged on at
/// least two of them: a line of capitalised words alone ("Frohe Weihnachten", "Resultado
/// Final") says nothing of its language.
pub fn mostly_english(text: &str) -> bool {
    let (mut all, mut eng) = (0usize, 0usize);
    let mut start: Option<usize> = None;
    let mut lower_only = true;
    // (the character before the word: `@`, `.`, `/` or `_` there make it part of an address)
    let (mut prev, mut before) = (' ', ' ');
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if latin(c) || (start.is_some() && matches!(c, '\'' | '’')) {
            if start.is_none() {
                start = Some(i);
                lower_only = true;
                before = prev;
            }
            lower_only &= !c.is_uppercase();
            prev = c;
            continue;
        }
        prev = c;
        if let Some(s) = start.take() {
            // a word glued to letters or digits, or part of an e-mail address, a domain or
            // a path ("anna.berg@example.com", "docs/setup_guide") says nothing of the
            // language the text is written in
            let address = matches!(before, '@' | '.' | '/' | '_')
                || matches!(c, '@' | '/' | '_')
                || c == '.'
                    && text
                        .get(i + 1..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_alphanumeric);
            let glued = c.is_alphanumeric() || address;
            if let Some(w) = text.get(s..i) {
                if lower_only && !glued && w.len() >= 2 {
                    all += 1;
                    eng += usize::from(known(w));
                }
            }
        }
    }
    all >= 2 && eng * 100 >= all * 85
}

/// The word before `s` (after one space).
fn word_before(text: &str, s: usize) -> Option<&str> {
    let before = text.get(..s)?.strip_suffix(' ')?;
    before.get(super::util::last_word_start(before)?..)
}

/// A number right after `e` (past a space, maybe one word: "Plads 17", "Gyula utca 76") or
/// right before `s` (past spaces and commas: "90900 Margrethes Plads").
fn by_a_number(text: &str, s: usize, e: usize) -> bool {
    let after = text.get(e..).unwrap_or("");
    let a = after.strip_prefix(' ').unwrap_or(after);
    let digit = |r: &str| r.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if digit(a) {
        return true;
    }
    if a.len() < after.len() {
        let w_end = a
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(a.len(), |(i, _)| i);
        if w_end > 0
            && a.get(w_end..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(digit)
        {
            return true;
        }
    }
    let before = text.get(..s).unwrap_or("").trim_end_matches([' ', ',']);
    before.as_bytes().last().is_some_and(u8::is_ascii_digit)
}

/// Whether a name may go on after `e`: a space, then an upper-case (or non-ASCII) letter or
/// a particle.
fn more_after(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    b.get(e) == Some(&b' ')
        && b.get(e + 1).is_some_and(|&x| {
            x.is_ascii_uppercase()
                || x >= 0x80
                || matches!(x, b'v' | b'd' | b'b' | b'i' | b'a') && particles(text, e + 1).is_some()
        })
}

/// A name word beside a name: unknown to the dictionary or a census name (see
/// [`namelike_as`]), not a company or street word, not a greeting's word.
pub(super) fn joinable(w: &str) -> bool {
    namelike_as(lookup(w), w) && !super::census::not_a_name(w) && !formula_word(w)
}

/// The end of the name word that follows `e` (one or two spaces away, maybe past a middle
/// initial or particles: "Troy| van Oene", "Callum| H Watt") when it is [`joinable`].
fn joined_after(text: &str, e: usize) -> Option<usize> {
    let rest = text.get(e..)?;
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    if !(1..=2).contains(&gap) {
        return None;
    }
    let p = e + gap;
    let q = initial(text, p).or_else(|| particles(text, p)).unwrap_or(p);
    let we = name_word(text, q)?;
    joinable(text.get(q..we)?).then_some(we)
}

/// The start of the name word before `s` (one or two spaces away, maybe before a middle
/// initial or particles: "Margrethe |Lundblad", "Sietske R van der |Wardt") when it is
/// [`joinable`] and not glued to what is before it.
fn joined_before(text: &str, s: usize) -> Option<usize> {
    let before = text.get(..s)?;
    let mut t = before.trim_end_matches(' ').len();
    if !(1..=2).contains(&(s - t)) {
        return None;
    }
    // skip an initial ("R", "R.") or up to three particles, each with one space before it
    for _ in 0..3 {
        let head = text.get(..t)?;
        let ws = super::util::last_word_start(head.strip_suffix('.').unwrap_or(head)).unwrap_or(t);
        let tok = text.get(ws..t)?;
        let is_initial = tok.trim_end_matches('.').len() == 1
            && tok.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if !(is_initial || PARTICLES.contains(&tok)) || text.get(..ws)?.strip_suffix(' ').is_none()
        {
            break;
        }
        t = ws - 1;
        if is_initial {
            break;
        }
    }
    let head = text.get(..t)?;
    let ws = super::util::last_word_start(head)?;
    if name_word(text, ws) != Some(t)
        || super::util::prev_char(text, ws)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '#' | '_' | '/' | '.'))
    {
        return None;
    }
    joinable(text.get(ws..t)?).then_some(ws)
}

/// Grows each PERSON finding of 0.5 or more over one name word right after it and one right
/// before it ([`joined_after`], [`joined_before`]): the other half of a name one rule found
/// half of ("Vladimir" of "Vladimir Woronoff", "Lundblad" of "Margrethe Lundblad"). A grown
/// finding scores at least 0.6 and at least every PERSON finding it now covers, so that the
/// whole name wins over its parts when overlaps are resolved.
pub(super) fn join_neighbours(text: &str, spans: &mut [Span]) {
    let mut grown = Vec::new();
    for (i, sp) in spans.iter_mut().enumerate() {
        if sp.kind != "PERSON" || sp.score < 0.5 {
            continue;
        }
        let (s, e) = (sp.start, sp.end);
        if let Some(e) = joined_after(text, sp.end) {
            sp.end = e;
        }
        if let Some(s) = joined_before(text, sp.start) {
            sp.start = s;
        }
        if (sp.start, sp.end) != (s, e) {
            grown.push(i);
        }
    }
    for i in grown {
        let Some(&Span { start, end, .. }) = spans.get(i) else {
            continue;
        };
        let covered = spans
            .iter()
            .filter(|o| o.kind == "PERSON" && start <= o.start && o.end <= end)
            .fold(0.6f32, |m, o| m.max(o.score));
        if let Some(sp) = spans.get_mut(i) {
            sp.score = sp.score.max(covered);
        }
    }
}

/// How far from a finding of another kind a name line of a contact block may be, in bytes.
const BLOCK: usize = 200;

/// Names alone on a line of a contact block — a signature, a pasted address card, a form
/// ("Einojuhani Pyysalo" over a company, an address and a phone number) — where no sentence
/// surrounds them and [`find`]'s English test cannot judge: a line of two to five words
/// (leading marks such as "-", "*", "•", ">" skipped) that are all name words as [`find`]
/// takes them (unknown to the dictionary or a census name; never a common word, a place
/// or a company word), with middle initials and particles between them, and within
/// [`BLOCK`] bytes of a finding of another kind (`out[..first]`, score 0.5 or more: a phone
/// number, an e-mail address, a street address...). 0.6.
pub(super) fn contact_lines(text: &str, out: &mut Vec<Span>, first: usize) {
    let others = out.get(..first).unwrap_or(&[]);
    if !others.iter().any(|o| o.score >= 0.5) {
        return;
    }
    let mut found = Vec::new();
    let mut ls = 0;
    for line in text.split('\n') {
        let le = ls + line.len();
        if let Some((s, e)) = name_line(text, ls, le) {
            let near = others.iter().any(|o| {
                o.score >= 0.5
                    && o.start < e.saturating_add(BLOCK)
                    && o.end.saturating_add(BLOCK) > s
                    && !(o.start < e && s < o.end)
            });
            if near {
                found.push((s, e));
            }
        }
        ls = le + 1;
    }
    for (s, e) in found {
        out.push(Span {
            kind: "PERSON",
            start: s,
            end: e,
            score: 0.6,
        });
    }
}

/// The name on the line `ls..le` of `text` when the line holds one and nothing else (see
/// [`contact_lines`]).
fn name_line(text: &str, ls: usize, le: usize) -> Option<(usize, usize)> {
    let line = text.get(ls..le)?;
    if line.len() > 80 {
        return None;
    }
    let s = ls + line.find(|c: char| c.is_alphanumeric())?;
    let body = text.get(s..le)?.trim_end_matches([' ', '\t', '\r', ',']);
    let e = s + body.len();
    let (mut p, mut words, mut tokens) = (s, 0, 0);
    while p < e {
        tokens += 1;
        if tokens > 5 {
            return None;
        }
        // a middle initial or particles between name words, then a name word
        let q = if words > 0 {
            initial(text, p).or_else(|| particles(text, p)).unwrap_or(p)
        } else {
            p
        };
        let we = name_word(text, q)?;
        let w = text.get(q..we)?;
        if !namelike_as(lookup(w), w) || super::census::not_a_name(w) || formula_word(w) {
            return None;
        }
        words += 1;
        // one or two spaces to the next word, or the line's end
        let rest = text.get(we..e)?;
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if we < e && !(1..=2).contains(&gap) {
            return None;
        }
        p = we + gap;
    }
    (words >= 2).then_some((s, e))
}

/// Words of greetings, thanks and sign-offs in the other languages botwall reads, which a
/// line of their own in title case ("Liebe Grüße", "Muchas Gracias", "Merci Beaucoup")
/// would otherwise pass as a name the English dictionary does not know (lower case).
const FORMULA_WORDS: &[&str] = &[
    // de
    "liebe",
    "lieben",
    "lieber",
    "viele",
    "vielen",
    "herzliche",
    "herzlichen",
    "beste",
    "besten",
    "grüße",
    "grüßen",
    "gruß",
    "gruss",
    "grüsse",
    "danke",
    "dank",
    "schöne",
    "schönen",
    "guten",
    "gute",
    "morgen",
    "abend",
    "tag",
    "hallo",
    "tschüss",
    "frohe",
    "freundliche",
    "freundlichen",
    "bis",
    "bald",
    // fr
    "merci",
    "beaucoup",
    "bonjour",
    "bonsoir",
    "salut",
    "cordialement",
    "amitiés",
    "bisous",
    "bonne",
    "journée",
    "soirée",
    "bien",
    "chers",
    "chère",
    "cher",
    "joyeux",
    "meilleures",
    "salutations",
    // es
    "muchas",
    "gracias",
    "buenos",
    "buenas",
    "días",
    "dias",
    "tardes",
    "noches",
    "saludos",
    "atentamente",
    "abrazos",
    "besos",
    "hola",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "feliz",
    "hasta",
    "luego",
    "pronto",
    // it
    "grazie",
    "mille",
    "saluti",
    "cordiali",
    "distinti",
    "buongiorno",
    "buonasera",
    "ciao",
    "caro",
    "cara",
    "buon",
    "buona",
    "tanti",
    "auguri",
    // pt
    "obrigado",
    "obrigada",
    "muito",
    "abraços",
    "beijos",
    "bom",
    "boa",
    "dia",
    "tarde",
    "noite",
    "atenciosamente",
    "olá",
    "prezado",
    "prezada",
    // nl
    "groeten",
    "groet",
    "hartelijke",
    "vriendelijke",
    "bedankt",
    "dankjewel",
    "hoi",
    "beste",
    // pl
    "pozdrawiam",
    "pozdrowienia",
    "dziękuję",
    "dzięki",
    "serdecznie",
    "cześć",
    "dzień",
    "dobry",
    "wesołych",
    // tr
    "teşekkürler",
    "teşekkür",
    "ederim",
    "selamlar",
    "saygılarımla",
    "merhaba",
    "günaydın",
    "iyi",
    "günler",
    "akşamlar",
];

/// The lower-case hashes ([`hash_lower`]) of [`FORMULA_WORDS`], sorted.
static FORMULA_HASHES: std::sync::LazyLock<Vec<u32>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<u32> = FORMULA_WORDS.iter().map(|f| hash_lower(f)).collect();
    v.sort_unstable();
    v
});

/// Whether `w` is one of [`FORMULA_WORDS`] (any case): its lower-case hash among theirs (one
/// hash and a binary search over ~150: this runs for every capitalised word the name rules
/// look at).
pub(super) fn formula_word(w: &str) -> bool {
    w.len() <= 24 && FORMULA_HASHES.binary_search(&hash_lower(w)).is_ok()
}

/// Finds names of unknown words starting at the upper-case letters `ups` (byte offsets in
/// `text`).
pub fn find(text: &str, ups: &[(usize, char)], out: &mut Vec<Span>) {
    let mut from = 0;
    let b = text.as_bytes();
    for (i, &(s, c)) in ups.iter().enumerate() {
        // (the cheapest test first: a name's next word or initial starts with the next
        // upper-case letter, near: one word and a space, maybe particles, away)
        let Some(&(t, _)) = ups.get(i + 1) else {
            break;
        };
        if t > s + 64 || s < from || !latin(c) {
            continue;
        }
        let glued = match s.checked_sub(1).and_then(|i| b.get(i)) {
            None => false,
            Some(&b) if b.is_ascii() => {
                b.is_ascii_alphanumeric()
                    || matches!(b, b'@' | b'#' | b'_' | b'/' | b'.' | b'-' | b'\'')
            }
            Some(_) => {
                super::util::prev_char(text, s).is_some_and(|p| p.is_alphanumeric() || p == '’')
            }
        };
        if glued {
            continue;
        }
        // (before the word is read: that letter right after the word's space, or after
        // particles; the word's ASCII lower-case letters skipped byte by byte)
        let mut sp = s + 1;
        while b.get(sp).is_some_and(u8::is_ascii_lowercase) {
            sp += 1;
        }
        let near = if b
            .get(sp)
            .is_some_and(|&x| x >= 0x80 || x == b'\'' || x == b'-')
        {
            // (other letters, or parts that may start upper case: "Jean-Luc", "O'Brien")
            more_after(text, super::person::first_space(b, s))
        } else {
            b.get(sp) == Some(&b' ')
                && (t == sp + 1
                    || b.get(sp + 1).is_some_and(|x| b"vdbia".contains(x))
                        && particles(text, sp + 1) == Some(t))
        };
        if !near {
            continue;
        }
        let Some(e1) = name_word(text, s) else {
            continue;
        };
        let Some(w1) = text.get(s..e1) else {
            continue;
        };
        if !more_after(text, e1) {
            continue;
        }
        let first = lookup(w1);
        if !namelike_as(first, w1) || in_ci(PLACE_START, w1) || formula_word(w1) {
            continue;
        }
        let mut unknown = usize::from(first.is_none());
        // more words: one space, then an initial, particles or a name word
        let (mut end, mut words) = (e1, 1);
        let mut org = false;
        let mut possessive = false;
        loop {
            if b.get(end) != Some(&b' ') {
                break;
            }
            let mut p = end + 1;
            if let Some(q) = initial(text, p) {
                p = q;
            } else if let Some(q) = particles(text, p) {
                p = q;
            }
            let Some(e) = name_word(text, p) else {
                break;
            };
            let Some(w) = text.get(p..e) else {
                break;
            };
            let class = lookup(w);
            if !namelike_as(class, w) || formula_word(w) {
                break;
            }
            org |= super::census::not_a_name(w);
            unknown += usize::from(class.is_none());
            end = e;
            words += 1;
            // a possessive ends the name ("Yulan Cavazos's Cautionary Tales"): the name
            // without its "'s", and what follows is what the person has
            if let Some(x) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                end = p + x.len();
                possessive = true;
                break;
            }
        }
        from = end;
        if words < 2 || unknown == 0 || org {
            continue;
        }
        // a capitalised word the dictionary knows after it, or before it (but a greeting
        // or a title), makes a place or an organisation
        let after_known = !possessive
            && text
                .get(end..)
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|r| {
                    let p = text.len() - r.len();
                    let e = name_word(text, p)?;
                    text.get(p..e)
                })
                .is_some_and(|w| !namelike(w));
        let before_known = word_before(text, s).is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && known(w)
                && !in_ci(BEFORE_OK, w)
                && !super::census::is_name(w)
                || ROMANCE.contains(&w)
        });
        if after_known
            || before_known
            || super::census::next_word_is_org(text.as_bytes(), text, end)
            || by_a_number(text, s, end)
            || !english_near(text, s, end)
        {
            continue;
        }
        out.push(Span {
            kind: "PERSON",
            start: s,
            end,
            score: 0.55,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        super::super::census::found_by(find, text)
    }

    #[test]
    fn dictionary_loads() {
        assert_eq!(WORDS.len() % 4, 0);
        assert!(WORDS.len() / 4 > 70_000);
        for w in [
            "the", "Engine", "islands", "London", "café", "ZÜRICH", "Smith's",
        ] {
            assert!(known(w), "{w}");
        }
        // British spellings (the British list's common words, session 20)
        for w in ["summarise", "Colour", "apologised", "centre", "analyse"] {
            assert_eq!(lookup(w), Some(false), "{w}");
        }
        for w in ["Järventaus", "Leminen", "Centeno", "qwzx"] {
            assert!(!known(w), "{w}");
        }
        // sorted: a binary search finds every entry
        let n = WORDS.len() / 4;
        assert!((1..n).all(|i| entry(i - 1) < entry(i)));
    }

    #[test]
    fn lookups_match_a_plain_search() {
        // no two entries differ only in the proper-noun bit: a hash has one answer, whichever
        // way the search goes
        let n = WORDS.len() / 4;
        let mut all = std::collections::HashMap::new();
        for i in 0..n {
            let x = entry(i).unwrap_or(0);
            assert!(all.insert(x & !1, x & 1 == 1).is_none(), "{x:#x}");
        }
        for (&h, &proper) in &all {
            assert_eq!(lookup_hash(h), Some(proper));
            assert_eq!(lookup_hash(h | 1), Some(proper));
        }
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..1_000_000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            assert_eq!(lookup_hash(seed), all.get(&(seed & !1)).copied());
        }
    }

    fn latin_ref(c: char) -> bool {
        (c as u32) < 0x250 && c.is_alphabetic()
    }

    /// [`name_word`] as it was (the first and the next character decoded, Latin-1
    /// letters through the Unicode tables).
    fn name_word_ref(text: &str, s: usize) -> Option<usize> {
        let b = text.as_bytes();
        let c0 = text.get(s..)?.chars().next()?;
        if !(latin(c0) && c0.is_uppercase()) {
            return None;
        }
        let (mut i, mut lower, mut part_start) = (s + c0.len_utf8(), 0usize, false);
        let mut end = i;
        while b.get(i).is_some() {
            let c = text.get(i..).and_then(|r| r.chars().next())?;
            let len = c.len_utf8();
            if latin(c) && (c.is_lowercase() || (part_start && c.is_uppercase())) {
                lower += usize::from(c.is_lowercase());
                end = i + len;
                part_start = false;
            } else if matches!(c, '\'' | '’' | '-') && !part_start {
                part_start = true;
            } else {
                break;
            }
            i += len;
        }
        let next = text.get(end..).and_then(|r| r.chars().next());
        if lower == 0 || next.is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some(end)
    }

    #[test]
    fn name_word_matches_its_reference() {
        // every Latin-1 character, and pieces of names, apostrophes, hyphens, digits and
        // other scripts
        let mut parts: Vec<String> = (0xC0..=0xFFu32)
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        parts.extend(
            [
                "A", "Jo", "hn", "'", "’", "-", " ", "O", "x", "Z", "7", "ş", "Ş", "Ж", "日", "ǅ",
                "ª", ".", "Ünal", "ß", "É",
            ]
            .map(String::from),
        );
        let mut next = crate::pii::util::test_rng(5);
        let (mut n, mut some) = (0, 0);
        for _ in 0..4000 {
            let mut t = String::new();
            for _ in 0..next(12) {
                t.push_str(&parts[next(parts.len())]);
            }
            for i in 0..=t.len() {
                assert_eq!(name_word(&t, i), name_word_ref(&t, i), "{i} {t:?}");
                n += 1;
                some += usize::from(name_word_ref(&t, i).is_some());
            }
        }
        assert!(some > 1_000 && n - some > 10_000, "{some} of {n}");
    }

    #[test]
    fn latin_matches_its_reference() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            assert_eq!(latin(c), latin_ref(c), "{c:?}");
        }
    }

    /// [`hash_lower`] as it was before the Latin-1 fast path: every non-ASCII character
    /// decoded and lower-cased by the Unicode tables.
    fn hash_lower_ref(w: &str) -> u32 {
        let mut h = FNV_START;
        let mut buf = [0u8; 4];
        for c in w.chars() {
            let c = if c == '’' { '\'' } else { c };
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h = fnv_step(h, b);
                }
            }
        }
        h
    }

    #[test]
    fn hash_lower_matches_its_reference() {
        // every character of the Basic Multilingual Plane, alone and inside a word
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("Ab{c}x"), format!("{c}{c}É")] {
                assert_eq!(hash_lower(&w), hash_lower_ref(&w), "{w:?}");
            }
        }
        for w in [
            "Dónde",
            "Teşekkürler",
            "ÀÉÎÕÜ×÷ßÿÞþ",
            "Don’t",
            "İstanbul",
            "Ωμέγα",
        ] {
            assert_eq!(hash_lower(w), hash_lower_ref(w), "{w:?}");
        }
    }

    #[test]
    fn buckets_cover_every_entry() {
        let ix = &*INDEX;
        assert_eq!(ix.starts.last().copied(), Some((WORDS.len() / 4) as u32));
        assert!(ix.starts.windows(2).all(|w| w[0] <= w[1]));
        // every entry's bit is set: the bitmap never turns a known word away
        let n = WORDS.len() / 4;
        assert!((0..n).all(|i| entry(i).is_some_and(|x| {
            let (at, bit) = seen_bit(x);
            ix.seen.get(at).is_some_and(|w| w & bit != 0)
        })));
        // and it answers most unknown words: under a tenth of the bits are set
        let set: u32 = ix.seen.iter().map(|w| w.count_ones()).sum();
        assert!(set < (1 << SEEN_BITS) / 10, "{set}");
    }

    /// The PERSON findings of the whole PII stage in `text`, as text.
    fn persons(text: &str) -> Vec<&str> {
        crate::pii::person_texts(&super::super::Scanner::all(), text)
    }

    /// Names alone on a line beside contact details are found; lines of greetings, of
    /// common words, and name-like lines without any contact detail near are not.
    #[test]
    fn names_alone_on_a_contact_line() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Vesteinn Korhola\nAurelix Oy\n+358 40 7391 552",
                &["Vesteinn Korhola"],
            ),
            (
                "- Dobromila Kwasniak\n- dobromila.k@example.pl",
                &["Dobromila Kwasniak"],
            ),
            (
                "Regards,\nTaavetti R Lepisto\ntaavetti@example.fi",
                &["Taavetti R Lepisto"],
            ),
            ("Merci Beaucoup\n06 12 34 56 78", &[]),
            // greetings are no names for the other PERSON rules either
            (
                "Liebe Grüße\nHans Becker\nhans.becker@example.de",
                &["Hans Becker"],
            ),
            ("Buenos Dias\n612 345 678", &[]),
            ("Muchas Gracias\nmaria@example.es", &[]),
            ("Vielen Dank\nTel. +49 151 23456789", &[]),
            ("Release Notes\ncall +1 415 555 0134", &[]),
            ("Kubernetes Operator\nsupport@example.com", &[]),
            // no contact detail near: a heading, not a card
            ("Vesteinn Korhola\n\nUusi kausi alkaa pian", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(persons(text), *want, "{text:?}");
        }
    }

    /// A name one rule found half of grows over the other half beside it (past a middle
    /// initial or particles), but not over a common word, a place or a greeting.
    #[test]
    fn the_other_half_of_a_name_joins_it() {
        let cases: &[(&str, &str)] = &[
            (
                "The solo was sung by Raraka Yoshimitsu in 1995",
                "Raraka Yoshimitsu",
            ),
            (
                "Our new intern Troy van Oostveen starts Monday",
                "Troy van Oostveen",
            ),
        ];
        for (text, want) in cases {
            assert!(
                persons(text).contains(want),
                "{text:?}: {:?}",
                persons(text)
            );
        }
        for text in [
            "Tell Anna Monday is fine for the review",
            "Ask Vladimir Thursday about the keys",
        ] {
            assert!(
                persons(text).iter().all(|p| !p.contains(' ')),
                "{text:?}: {:?}",
                persons(text)
            );
        }
    }

    /// Every greeting word is found written any way a line may have it; names are not.
    #[test]
    fn greeting_words_by_their_hash() {
        for f in FORMULA_WORDS {
            let mut c = f.chars();
            let title: String = c
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(c)
                .collect();
            assert!(formula_word(f) && formula_word(&title), "{f}");
            // (all capitals where they read back the same: "GRÜSSE" is "grüsse", not "grüße")
            let upper = f.to_uppercase();
            assert!(upper.to_lowercase() != *f || formula_word(&upper), "{f}");
        }
        for w in ["Anna", "Pyysalo", "Grüß", "Merc", "Graciass", ""] {
            assert!(!formula_word(w), "{w}");
        }
    }

    /// The words of an e-mail address, a domain or a path are not the text's language.
    #[test]
    fn address_words_are_no_language() {
        assert!(!mostly_english("Vielen Dank info@example.com"));
        assert!(!mostly_english("Frohe Ostern docs/setup_guide example.org"));
        assert!(mostly_english(
            "see you at the office, or mail me at anna@example.com"
        ));
    }

    #[test]
    fn english_gate() {
        assert!(mostly_english("will be talking in the conference tomorrow"));
        assert!(!mostly_english("Annikki Järventaus"));
        assert!(!mostly_english("Rechnung Bezahlt: 12345"));
        assert!(!mostly_english("Frohe Weihnachten, Ihr Lieben"));
        // near the name: English text, then a long German part
        let mixed = format!(
            "Please forward this to Annikki Järventaus and the team today, with the \
             report from last week and the notes of the meeting on the budget for the \
             next quarter, which we still have to discuss with everyone in the office. {}",
            "Ich habe gestern mit dem Kunden gesprochen und er wartet noch immer auf die Antwort. "
                .repeat(6)
        );
        assert!(!mostly_english(&mixed));
        let s = mixed.find("Annikki").unwrap_or(0);
        assert!(english_near(&mixed, s, s + 19));
        assert!(!mostly_english(
            "wir bemühen uns, diesen jungen Talenten Chancen zu bieten"
        ));
    }

    #[test]
    fn a_possessive_ends_a_name() {
        // the capitalised words after a possessive are what the person has, not more name
        // (and not a known word that would make the run a title: "Cautionary Tales")
        let sc = crate::pii::Scanner::all().with_person_model(false);
        for (text, name) in [
            (
                "They were singing about the verses from Yulan Cavazos's Cautionary Tales.",
                "Yulan Cavazos",
            ),
            (
                "They were singing about the verses from Yulan Cavazos’s Cautionary Tales.",
                "Yulan Cavazos",
            ),
        ] {
            assert_eq!(crate::pii::person_texts(&sc, text), [name], "{text}");
        }
    }

    #[test]
    fn a_typographic_apostrophe_is_the_ascii_one() {
        // "Don’t" at the start of a sentence is a known word, not a name
        assert_eq!(lookup("Don’t"), lookup("don't"));
        assert!(known("Don’t"));
        assert_eq!(lookup("Campbell’s"), lookup("Campbell"));
    }

    #[test]
    fn unknown_words_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Annikki Järventaus will be talking in the morning",
                &["Annikki Järventaus"],
            ),
            (
                "have you heard Idumeo Centeno speak yet?",
                &["Idumeo Centeno"],
            ),
            (
                "the form was signed by Jouko S Leminen today",
                &["Jouko S Leminen"],
            ),
            (
                "it is under my partner's name Malon van den Bogaert",
                &["Malon van den Bogaert"],
            ),
            (
                "a letter from Hagen O'Dowd-Nkemelu arrived",
                &["Hagen O'Dowd-Nkemelu"],
            ),
            (
                "a card from Jean-Luc Xyzzyvek arrived",
                &["Jean-Luc Xyzzyvek"],
            ),
            ("a card from O'Dowd Xyzzyvek arrived", &["O'Dowd Xyzzyvek"]),
            (
                "have you heard Kevin Woronoff speak yet?",
                &["Kevin Woronoff"],
            ),
            // a proper noun that is no census name does not start one
            ("fans of Beijing Guoan were happy", &[]),
            // one unknown word is not enough; known words break the run
            ("I use Kubernetes Engine at work", &[]),
            ("we met Zsofia yesterday", &[]),
            ("we visited Paris London and Vladimir", &[]),
            ("the Centro de Salud Nacional is open", &[]),
            ("Hi Zsofia, thanks for the call", &[]),
            // places, organisations, streets, handles
            ("the early shows on Usamov Islands were great", &[]),
            ("a trip to El Gouedria next week", &[]),
            ("send it to Margrethes Plads 17 please", &[]),
            ("the office at 90900 Tamborvej Kirkegade is closed", &[]),
            ("the CEO of Lonmin Plc resigned", &[]),
            ("follow @Zsofia Nagy and #Zsofia Nagy for news", &[]),
            ("camel case like DreamShake Sbnfans is no name", &[]),
            // German text: capitalised nouns are unknown to an English dictionary
            (
                "wir bemühen uns, diesen jungen Talenten Chancen zu bieten",
                &[],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "text {text:?}");
        }
    }
}
