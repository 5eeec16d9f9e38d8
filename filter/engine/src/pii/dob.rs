//! Dates of birth: a date (numeric, month-name in the supported languages, or CJK) with a
//! birth cue shortly before or after it.

use super::util::{after, before, has_any};
use super::{lex, Span};

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
];

/// `MONTHS.contains(&w)` by a hash lookup (most words are not months).
fn is_month(w: &str) -> bool {
    static SET: std::sync::LazyLock<super::util::WordSet> =
        std::sync::LazyLock::new(|| MONTHS.iter().copied().collect());
    // month names have 3 to 18 bytes and start with a letter
    (3..=24).contains(&w.len())
        && !w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && SET.contains(w)
}

fn num(s: &str, lo: u32, hi: u32) -> bool {
    s.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v))
}

/// Finds dates with birth context.
pub fn find(text: &str, out: &mut Vec<Span>) {
    static CUES: std::sync::LazyLock<Option<super::util::Bigram>> =
        std::sync::LazyLock::new(|| {
            super::util::Bigram::new(
                &super::util::automaton_patterns(lex::BIRTH_CTX),
                true,
                aho_corasick::MatchKind::LeftmostFirst,
            )
        });
    // every date found below has a four-digit year in 1900..=2030 ("19dd" or "20dd" as
    // consecutive bytes): text without one holds no date of birth (cheaper than the cues)
    if !has_year(text.as_bytes()) || !CUES.as_ref().is_some_and(|a| a.is_match(text)) {
        return;
    }
    let years = year_list(text.as_bytes());
    // (room up front: growing a list copies it)
    let mut dates = Vec::with_capacity(years.len());
    numeric_dates_from(text, Some(&years), &mut dates);
    if case_keeps_offsets(text.as_bytes()) {
        // lower-casing moves no byte: words are split on `text` itself and only the few
        // words looked at are lower-cased (same dates as on the lower-cased text)
        month_dates_by(text, text, &years, lower_word, &mut dates);
    } else {
        let lower = super::util::lower(text);
        if lower.len() == text.len() {
            month_dates(text, &lower, &mut dates);
        }
    }
    for (s, e) in dates {
        let ctx = before(text, s, 60);
        let ctx_after = after(text, e, 24);
        if has_any(&ctx, lex::BIRTH_CTX)
            || has_any(&ctx_after, lex::BIRTH_CTX)
            || has_any(&ctx_after, &["生まれ", "生", "태어"])
        {
            out.push(Span {
                kind: "DATE_OF_BIRTH",
                start: s,
                end: e,
                score: 0.9,
            });
        }
    }
}

/// True when `b` holds `19` or `20` followed by two ASCII digits (a necessary condition
/// for the years both date forms accept): vectorised searches for the pairs `19` and
/// `20` (rare in chat, where the bytes `1` and `2` alone are not: a search for those
/// stopped at each), each found one looked at. (Neither pair overlaps itself: the
/// searches find every occurrence.)
fn has_year(b: &[u8]) -> bool {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static F19: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"19"));
    static F20: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"20"));
    F19.find_iter(b).any(|k| year_at(b, k)) || F20.find_iter(b).any(|k| year_at(b, k))
}

/// True when `b` holds `19dd` or `20dd` at `k` (`d` an ASCII digit).
fn year_at(b: &[u8], k: usize) -> bool {
    matches!(b.get(k..k + 4), Some(&[x, y, c, d]) if matches!((x, y), (b'1', b'9') | (b'2', b'0'))
        && c.is_ascii_digit()
        && d.is_ascii_digit())
}

/// Calls `f` on each offset (in increasing order) where `b` holds `19` or `20` followed
/// by two ASCII digits, until `f` returns true (then returns true): eight bytes at a
/// time, only the starts of runs of four digits are looked at.
fn year_starts(b: &[u8], mut f: impl FnMut(usize) -> bool) -> bool {
    let digits = |x: u64| super::util::bytes_in(x, b'0', b'9');
    let mut check = |m: u64, i: usize| {
        let mut m = m;
        while m != 0 {
            let k = i + (m.trailing_zeros() / 8) as usize;
            if year_at(b, k) && f(k) {
                return true;
            }
            m &= m - 1;
        }
        false
    };
    // the digit masks of the words at `i` and `i + 8` settle the starts `i..i + 8`; the
    // last whole word settles its first five
    let mut i = 0usize;
    let mut d = match super::util::chunk8(b, 0) {
        Some(x) => digits(x),
        None => 0,
    };
    while i + 8 <= b.len() {
        let Some(y) = super::util::chunk8(b, i + 8) else {
            if check(d & d >> 8 & d >> 16 & d >> 24 & 0x80_8080_8080, i) {
                return true;
            }
            i += 5;
            break;
        };
        let e = digits(y);
        // a run starting in this word starts at one of its digits; most words start no
        // run of four digits: no call
        if d != 0 {
            let w = u128::from(d) | u128::from(e) << 64;
            let m = (w & w >> 8 & w >> 16 & w >> 24) as u64;
            if m != 0 && check(m, i) {
                return true;
            }
        }
        d = e;
        i += 8;
    }
    while i + 4 <= b.len() {
        if check(1, i) {
            return true;
        }
        i += 1;
    }
    false
}

/// Numeric dates ("1985-03-12", "12.03.1985", "1985年3月12日"), looked for only in the
/// stretches that can hold a year (see [`numeric_dates_from`]).
#[cfg(test)]
fn numeric_dates(text: &str, out: &mut Vec<(usize, usize)>) {
    numeric_dates_from(text, Some(&year_list(text.as_bytes())), out);
}

/// Every offset of "19dd"/"20dd" in `b`, increasing (see [`year_starts`]).
fn year_list(b: &[u8]) -> Vec<usize> {
    let mut years = Vec::with_capacity(b.len() / 256 + 4);
    year_starts(b, |k| {
        years.push(k);
        false
    });
    years
}

/// Numeric dates, each candidate a run of digits and separators starting at a digit.
/// With `years` (every offset of "19dd"/"20dd" in `text`, increasing), candidates before
/// the last byte no run holds (a byte outside the run alphabet) ahead of the next year
/// are skipped: their runs end there, hold no year and so are no date (the scan then goes
/// on as it would have from that byte); past the last year nothing is looked at. The
/// dates are those found with `None` (every candidate looked at).
fn numeric_dates_from(text: &str, years: Option<&[usize]>, out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let in_run = |c: u8| {
        c.is_ascii_digit()
            || matches!(c, b'.' | b'/' | b'-' | 0xE5..=0xE6 | 0x80..=0xBF | 0xEB..=0xEC | b' ')
    };
    let mut i = 0;
    // the index of the next year in `years` and the year already skipped to
    let (mut y, mut skipped_to) = (0usize, None);
    while i < b.len() {
        if let Some(years) = years {
            while years.get(y).is_some_and(|&k| k < i) {
                y += 1;
            }
            let Some(&k) = years.get(y) else {
                break;
            };
            if skipped_to != Some(k) {
                skipped_to = Some(k);
                if let Some(p) = b
                    .get(i..k)
                    .and_then(|r| r.iter().rposition(|&c| !in_run(c)))
                {
                    i += p;
                }
            }
        }
        // eight bytes without a digit start nothing
        if super::util::chunk8(b, i).is_some_and(|x| super::util::bytes_in(x, b'0', b'9') == 0) {
            i += 8;
            continue;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit)
            || i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && b.get(j).copied().is_some_and(in_run) {
            j += 1;
        }
        let j = super::util::floor_boundary(text, j);
        let cand = text.get(i..j).unwrap_or("");
        // the first three digit groups (only those are looked at: no allocation)
        let mut parts = cand
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty());
        let ok = match (parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d)) if y.len() == 4 => {
                num(y, 1900, 2030) && num(m, 1, 12) && num(d, 1, 31)
            }
            (Some(d), Some(m), Some(y)) if y.len() == 4 => {
                num(y, 1900, 2030) && num(m, 1, 31) && num(d, 1, 31)
            }
            _ => false,
        };
        if ok {
            // end after the third number (and a closing 日/일)
            let mut seen = 0;
            let mut end = i;
            let mut in_num = false;
            for (k, c) in cand.char_indices() {
                if c.is_ascii_digit() {
                    if !in_num {
                        seen += 1;
                    }
                    in_num = true;
                    end = i + k + 1;
                } else {
                    in_num = false;
                    if seen == 3 {
                        break;
                    }
                }
            }
            if let Some(r) = text.get(end..) {
                if r.starts_with('日') || r.starts_with('일') {
                    end += 3;
                }
            }
            out.push((i, end));
            i = end.max(i + 1);
        } else {
            i = j.max(i + 1);
        }
    }
}

/// End of the word (run of letters and digits) starting at `s` of `l`.
fn word_end(l: &str, s: usize) -> usize {
    let rest = l.get(s..).unwrap_or("");
    s + rest
        .char_indices()
        .find(|&(_, c)| !super::util::is_alnum(c))
        .map_or(rest.len(), |(i, _)| i)
}

/// The word after byte `e` of `l` (words are maximal runs of letters and digits).
fn next_word(l: &str, e: usize) -> Option<(usize, usize)> {
    let rest = l.get(e..)?;
    let (k, _) = rest
        .char_indices()
        .find(|&(_, c)| super::util::is_alnum(c))?;
    let s = e + k;
    Some((s, word_end(l, s)))
}

/// The word before byte `s` of `l`.
fn prev_word(l: &str, s: usize) -> Option<(usize, usize)> {
    let head = l.get(..s)?;
    let (k, c) = head
        .char_indices()
        .rev()
        .find(|&(_, c)| super::util::is_alnum(c))?;
    let e = k + c.len_utf8();
    let start = head
        .get(..e)
        .and_then(|h| {
            h.char_indices()
                .rev()
                .find(|&(_, c)| !super::util::is_alnum(c))
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0);
    Some((start, e))
}

/// False when `b` may hold a character whose lower case has another length in UTF-8
/// (İ, Ⱥ, Ⱦ, ẞ, Ω, K, Å, Ɫ and a few more in U+2C6x..U+2C7x and U+A7xx; the test below
/// checks every character): when true, every character of the lower-cased text sits at
/// the same byte offsets as in `b`. The byte prefixes looked for cover those characters
/// (and a few more in U+A780..=U+A7FF).
fn case_keeps_offsets(b: &[u8]) -> bool {
    // only the lead bytes 0xC4, 0xC8, 0xE1, 0xE2 and 0xEA are looked at (found by
    // `memchr`; no continuation byte equals them)
    let moved = |i: usize| {
        let next = b.get(i + 1).copied().unwrap_or(0);
        let third = b.get(i + 2).copied().unwrap_or(0);
        match b.get(i) {
            Some(0xC4) => next == 0xB0,
            Some(0xC8) => matches!(next, 0xBA | 0xBE),
            // ẞ (not the Vietnamese letters around it)
            Some(0xE1) => next == 0xBA && third == 0x9E,
            // Ω, K, Å (not №, ™, ℃ ...); U+2C62..=U+2C7F
            Some(0xE2) => {
                next == 0x84 && matches!(third, 0xA6 | 0xAA | 0xAB) || next == 0xB1 && third >= 0xA2
            }
            Some(0xEA) => matches!(next, 0x9E | 0x9F),
            _ => false,
        }
    };
    !memchr::memchr3_iter(0xC4, 0xC8, 0xE1, b).any(moved)
        && !memchr::memchr2_iter(0xE2, 0xEA, b).any(moved)
}

/// `w` lower-cased, borrowed when it has no ASCII capital and is ASCII.
fn lower_word(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|c| c.is_ascii() && !c.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(super::util::lower(w))
    }
}

/// Month-name dates ("12 March 1985", "March 12, 1985", "12 de marzo de 1985"). Each
/// needs a year word one to three words after the month name, so only the words just
/// before four-digit years in 1900..=2030 are looked at (words are maximal runs of
/// letters and digits of `lower`; the result is the same as looking at every word).
fn month_dates(text: &str, lower: &str, out: &mut Vec<(usize, usize)>) {
    let years = year_list(lower.as_bytes());
    month_dates_by(text, lower, &years, std::borrow::Cow::Borrowed, out);
}

/// [`month_dates`] with words split on `seg` and each word looked at normalised by
/// `norm`: `seg` is the lower-cased text and `norm` the identity, or (when lower-casing
/// moves no byte offset, see [`case_keeps_offsets`]) `seg` is the text itself and `norm`
/// lower-cases the word (a character and its lower case are both letters or digits or
/// neither: checked for every character in the tests).
fn month_dates_by<'a>(
    text: &str,
    lower: &'a str,
    years: &[usize],
    norm: impl Fn(&'a str) -> std::borrow::Cow<'a, str>,
    out: &mut Vec<(usize, usize)>,
) {
    // (three words before each year at most: room up front)
    let mut cands: Vec<usize> = Vec::with_capacity(years.len() * 3);
    // a year word is a whole word of four ASCII digits "19dd"/"20dd" (up to 2030): only
    // the starts of such digit runs (`years`: every "19dd"/"20dd" of `lower`) are looked at
    for &k in years {
        let whole = word_end(lower, k) == k + 4
            && !lower
                .get(..k)
                .and_then(|h| h.chars().next_back())
                .is_some_and(super::util::is_alnum);
        if whole && lower.get(k..k + 4).is_some_and(|y| num(y, 1900, 2030)) {
            let mut at = k;
            for _ in 0..3 {
                match prev_word(lower, at) {
                    Some((s, _)) => {
                        cands.push(s);
                        at = s;
                    }
                    None => break,
                }
            }
        }
    }
    cands.sort_unstable();
    cands.dedup();
    let w = |x: Option<(usize, usize)>| x.and_then(|(s, e)| lower.get(s..e)).map(&norm);
    let day_ok = |x: &str| {
        let t = x.trim_end_matches(|c: char| c.is_alphabetic());
        !t.is_empty() && num(t, 1, 31) && x.len() <= 4
    };
    for ms in cands {
        let me = word_end(lower, ms);
        if !lower.get(ms..me).is_some_and(|m| is_month(&norm(m))) {
            continue;
        }
        let (mut s, mut e) = (ms, me);
        let mut has_year = false;
        // "12 March 1985", "12. März 1985", "12 de marzo de 1985"
        let mut p = prev_word(lower, ms);
        if w(p).as_deref() == Some("de") {
            p = p.and_then(|(ps, _)| prev_word(lower, ps));
        }
        if let Some((ps, _)) = p.filter(|_| w(p).is_some_and(|x| day_ok(&x))) {
            s = ps;
        }
        // "March 12, 1985" or "... 1985"
        let mut q = next_word(lower, me);
        if w(q).is_some_and(|x| day_ok(&x)) && s == ms {
            e = q.map_or(e, |x| x.1);
            q = q.and_then(|(_, qe)| next_word(lower, qe));
        }
        if matches!(w(q).as_deref(), Some("de" | "of")) {
            q = q.and_then(|(_, qe)| next_word(lower, qe));
        }
        if let Some(y) = w(q) {
            if y.len() == 4 && num(&y, 1900, 2030) {
                e = q.map_or(e, |x| x.1);
                has_year = true;
            }
        }
        if has_year && (s != ms || e > me) {
            if text.get(e..).is_some_and(|r| r.starts_with(" г.")) {
                e += 4;
            }
            out.push((s, e));
        }
    }
}

#[cfg(test)]
fn month_dates_every_word(text: &str, lower: &str, out: &mut Vec<(usize, usize)>) {
    // words with byte offsets
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (k, c) in lower.char_indices() {
        if super::util::is_alnum(c) {
            if start.is_none() {
                start = Some(k);
            }
        } else if let Some(s) = start.take() {
            words.push((s, k));
        }
    }
    if let Some(s) = start {
        words.push((s, lower.len()));
    }
    let w = |i: usize| words.get(i).and_then(|&(s, e)| lower.get(s..e));
    for (i, &(ms, me)) in words.iter().enumerate() {
        if !w(i).is_some_and(is_month) {
            continue;
        }
        let (mut s, mut e) = (ms, me);
        let day_ok = |x: &str| {
            let t = x.trim_end_matches(|c: char| c.is_alphabetic());
            !t.is_empty() && num(t, 1, 31) && x.len() <= 4
        };
        let mut has_year = false;
        // "12 March 1985", "12. März 1985", "12 de marzo de 1985"
        let mut p = i;
        if p >= 1 && w(p - 1) == Some("de") {
            p -= 1;
        }
        if p >= 1 && w(p - 1).is_some_and(day_ok) {
            s = words.get(p - 1).map_or(s, |x| x.0);
        }
        // "March 12, 1985" or "... 1985"
        let mut q = i + 1;
        if w(q).is_some_and(day_ok) && s == ms {
            e = words.get(q).map_or(e, |x| x.1);
            q += 1;
        }
        if w(q) == Some("de") || w(q) == Some("of") {
            q += 1;
        }
        if let Some(y) = w(q) {
            if y.len() == 4 && num(y, 1900, 2030) {
                e = words.get(q).map_or(e, |x| x.1);
                has_year = true;
            }
        }
        if has_year && (s != ms || e > me) {
            if text.get(e..).is_some_and(|r| r.starts_with(" г.")) {
                e += 4;
            }
            out.push((s, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-bytes-at-a-time year test agrees with a plain search at every offset.
    /// `count` texts of 1..=`max` pieces drawn from `pieces` (a fixed LCG from `seed`), each
    /// piece followed by a space two times in three when `spaced`.
    fn texts(
        pieces: &'static [&'static str],
        seed: u64,
        count: usize,
        max: usize,
        spaced: bool,
    ) -> impl Iterator<Item = String> {
        let mut next = crate::pii::util::test_rng(seed);
        (0..count).map(move |_| {
            let mut t = String::new();
            for _ in 0..1 + next(max) {
                t.push_str(pieces[next(pieces.len())]);
                if spaced && next(3) > 0 {
                    t.push(' ');
                }
            }
            t
        })
    }

    #[test]
    fn has_year_matches_a_plain_search() {
        let plain = |b: &[u8]| {
            b.windows(4).any(|w| {
                (w.starts_with(b"19") || w.starts_with(b"20"))
                    && w[2].is_ascii_digit()
                    && w[3].is_ascii_digit()
            })
        };
        let alphabet = b"0129x \xc3";
        let mut seed = 7u64;
        // (and longer texts: the vectorised searches go 16 or 32 bytes at a time)
        for n in (0..40).chain([64, 65, 100, 127, 200, 333]) {
            for _ in 0..400 {
                let t: Vec<u8> = (0..n)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        alphabet[(seed >> 33) as usize % alphabet.len()]
                    })
                    .collect();
                assert_eq!(has_year(&t), plain(&t), "{t:?}");
                let mut all = Vec::new();
                year_starts(&t, |k| {
                    all.push(k);
                    false
                });
                let every: Vec<usize> = (0..t.len())
                    .filter(|&k| t.get(k..k + 4).is_some_and(&plain))
                    .collect();
                assert_eq!(all, every, "{t:?}");
            }
        }
    }

    /// Skipping to the stretches that can hold a year finds the dates a look at every
    /// candidate finds.
    #[test]
    fn numeric_dates_same_as_every_candidate() {
        const W: &[&str] = &[
            "1985",
            "2030",
            "2031",
            "1899",
            "19",
            "20",
            "12",
            "3",
            "31",
            "0",
            "05",
            "198",
            "19850",
            ".",
            "/",
            "-",
            " ",
            "  ",
            ",",
            ":",
            "a",
            "x",
            "born",
            "年",
            "月",
            "日",
            "년",
            "월",
            "일",
            "é",
            "Ж",
            "🎉",
            "\n",
            "1985年3月12日",
            "12.03.1985",
            "1985-03-12",
            "3/12/2001",
            "No",
            "№",
        ];
        let mut found = 0;
        for t in texts(W, 5, 60_000, 14, false) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            numeric_dates(&t, &mut a);
            numeric_dates_from(&t, None, &mut b);
            assert_eq!(a, b, "{t:?}");
            found += a.len();
        }
        assert!(found > 2000, "only {found} dates in the generated texts");
    }

    /// Every character whose lower case has another UTF-8 length is caught by
    /// `case_keeps_offsets`; for every other character the lower case is one character
    /// that is a letter / letter-or-digit exactly when the character is.
    #[test]
    fn case_keeps_offsets_covers_every_character() {
        let mut moved = 0;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let l: String = c.to_lowercase().collect();
            let mut buf = [0u8; 4];
            let keeps = case_keeps_offsets(c.encode_utf8(&mut buf).as_bytes());
            if l.len() != c.len_utf8() {
                assert!(!keeps, "{c:?}");
                moved += 1;
                continue;
            }
            if !keeps {
                continue;
            }
            let mut lc = l.chars();
            let (Some(d), None) = (lc.next(), lc.next()) else {
                panic!("{c:?} lower-cases to {l:?}");
            };
            use super::super::util::{is_alnum, is_alpha};
            assert_eq!(is_alnum(c), is_alnum(d), "{c:?}");
            assert_eq!(is_alpha(c), is_alpha(d), "{c:?}");
        }
        assert!(moved > 20);
        // the final sigma (lower-cased by position in the text) is a letter too
        assert!(super::super::util::is_alnum('ς') && super::super::util::is_alpha('ς'));
        // the check also sees such characters inside longer texts
        for t in [
            "abcdefghİ",
            "12345678 1985 \u{212A}",
            "xxxxxxxxxxxxxxxxẞ",
            "aaaaaaaaaaaaaaaꞍ",
            "Ɀ",
        ] {
            assert!(!case_keeps_offsets(t.as_bytes()), "{t}");
        }
        assert!(case_keeps_offsets(
            "Straße März МАРТА ΣΑΣ 日本 🎉 № ™ ℃ Ạ ạ Ⰰ ⱡ".as_bytes()
        ));
    }

    /// Splitting words on the text and lower-casing only the words looked at gives the
    /// dates the lower-cased text gives, whenever `case_keeps_offsets` allows it.
    #[test]
    fn month_dates_on_text_same_as_on_lower() {
        const W: &[&str] = &[
            "12",
            "1",
            "31",
            "1985",
            "2030",
            "1899",
            "19850",
            "de",
            "De",
            "DE",
            "of",
            "Of",
            "March",
            "MARCH",
            "march",
            "März",
            "MÄRZ",
            "Mai",
            "MAI",
            "марта",
            "Марта",
            "МАРТА",
            "Мая",
            "Décembre",
            "DÉCEMBRE",
            "décembre",
            "Dezember",
            "Şubat",
            "ŞUBAT",
            "AĞUSTOS",
            "Ağustos",
            "Kasım",
            "KASIM",
            "Października",
            "WRZEŚNIA",
            "Août",
            "AOÛT",
            "Février",
            "12.",
            "12th",
            "12TH",
            "3Rd",
            "г.",
            " г.",
            "x1985",
            "1985X",
            "Born",
            "Né",
            "5",
            "2001",
            "May",
            "MAY",
            "Sept",
            "-",
            ",",
            ".",
            " ",
            "\n",
            "日",
            "年",
            "É",
            "Σ",
            "ΣΑΣ",
            "σ",
            "ß",
            "Ж",
            "🎉",
            "İ",
            "\u{212A}",
            "№",
            "№12",
            "™",
            "Ạ",
            "ấ",
            "Ⰰ",
            "ẞ",
            "Ω",
        ];
        let (mut found, mut skipped) = (0, 0);
        for t in texts(W, 11, 60_000, 9, true) {
            let lower = super::super::util::lower(&t);
            if !case_keeps_offsets(t.as_bytes()) {
                skipped += 1;
                continue;
            }
            assert_eq!(lower.len(), t.len(), "{t:?}");
            let (mut a, mut b) = (Vec::new(), Vec::new());
            month_dates_by(&t, &t, &year_list(t.as_bytes()), lower_word, &mut a);
            month_dates(&t, &lower, &mut b);
            assert_eq!(a, b, "{t:?}");
            found += a.len();
        }
        assert!(found > 300, "only {found} dates in the generated texts");
        assert!(
            skipped > 1000,
            "only {skipped} texts with offset-moving characters"
        );
    }

    /// The year-anchored month search finds what a look at every word finds.
    #[test]
    fn month_dates_same_as_every_word() {
        const W: &[&str] = &[
            "12",
            "1",
            "31",
            "32",
            "1985",
            "2030",
            "2031",
            "1899",
            "19850",
            "de",
            "of",
            "March",
            "march",
            "März",
            "mai",
            "марта",
            "мая",
            "décembre",
            "Dezember",
            "12.",
            "12th",
            "3rd",
            "г.",
            " г.",
            "x1985",
            "1985x",
            "the",
            "born",
            "né",
            "le",
            "5",
            "2001",
            "May",
            "may",
            "12-",
            "-",
            ",",
            ".",
            " ",
            "  ",
            "\n",
            "日",
            "年",
            "é",
            "🎉",
            "Ж",
        ];
        let mut found = 0;
        for t in texts(W, 7, 40_000, 9, true) {
            let lower = super::super::util::lower(&t);
            if lower.len() != t.len() {
                continue;
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            month_dates(&t, &lower, &mut a);
            month_dates_every_word(&t, &lower, &mut b);
            assert_eq!(a, b, "{t:?}");
            found += a.len();
        }
        assert!(found > 200, "only {found} dates in the generated texts");
    }
}
