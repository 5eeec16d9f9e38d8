//! Small text helpers and check-digit algorithms shared by the PII detectors.

/// Where the word (letters, `'` and `-`) that ends `s` starts; `None` when `s` does not
/// end in one.
pub fn last_word_start(s: &str) -> Option<usize> {
    s.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '\'' || c == '-')
        .last()
        .map(|(i, _)| i)
}

/// The character just before byte `i`, if any.
pub fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The character starting at byte `i`, if any.
pub fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character whose UTF-8 lead byte is `b[i]` (`b` valid UTF-8, `i` on a character
/// boundary), decoded from the bytes: no slicing or boundary checks of a `str`.
pub fn char_at(b: &[u8], i: usize) -> Option<char> {
    let x = *b.get(i)?;
    let cont = |k: usize| b.get(i + k).map(|&y| u32::from(y & 0x3F));
    let cp = match x {
        0x00..=0x7F => u32::from(x),
        0xC0..=0xDF => u32::from(x & 0x1F) << 6 | cont(1)?,
        0xE0..=0xEF => u32::from(x & 0x0F) << 12 | cont(1)? << 6 | cont(2)?,
        0xF0..=0xF7 => u32::from(x & 0x07) << 18 | cont(1)? << 12 | cont(2)? << 6 | cont(3)?,
        _ => return None,
    };
    char::from_u32(cp)
}

/// The eight bytes at `i` as a little-endian word, when there are eight.
pub fn chunk8(b: &[u8], i: usize) -> Option<u64> {
    b.get(i..i.checked_add(8)?)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map(u64::from_le_bytes)
}

/// The whole eight-byte chunks of `b` as little-endian words, with their offsets (0, 8,
/// 16...): the aligned eight-bytes-at-a-time scans read them without a bounds check per
/// chunk ([`chunk8`] reads one at any offset). The bytes after the last whole chunk
/// start at [`chunks8_end`].
pub fn chunks8(b: &[u8]) -> impl Iterator<Item = (usize, u64)> + '_ {
    b.chunks_exact(8)
        .enumerate()
        .map(|(k, c)| (8 * k, <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes)))
}

/// The offset after the last whole chunk [`chunks8`] yields.
pub fn chunks8_end(b: &[u8]) -> usize {
    b.len() - b.len() % 8
}

/// The offset from `i` of the first byte of `b[i..]` for which `t` holds `want`, `None`
/// when there is none: `b[i..].iter().position(|x| t[x] == want)`, with the bytes of each
/// whole eight-byte stretch shifted out of one load (no load and bounds test per byte).
#[inline(always)]
pub fn position_in(b: &[u8], i: usize, t: &[bool; 256], want: bool) -> Option<usize> {
    let at = |x: u64| t.get(usize::from(x as u8)).copied().unwrap_or(false) == want;
    let mut k = i;
    while let Some(x) = chunk8(b, k) {
        for j in 0..8 {
            if at(x >> (8 * j)) {
                return Some(k - i + j);
            }
        }
        k += 8;
    }
    b.get(k..)?
        .iter()
        .position(|&x| at(u64::from(x)))
        .map(|r| k - i + r)
}

/// How far to skip from `i` before the next byte `flags` marks (a chunk's flagged bytes
/// have their high bit set in `flags(chunk)`), read eight bytes at a time: 8 when none of
/// the eight bytes at `i` is flagged, the distance to the first flagged one otherwise, and
/// 0 when the byte at `i` is flagged or fewer than eight bytes are left (the caller then
/// looks at the byte at `i` itself).
pub fn skip_unflagged(b: &[u8], i: usize, flags: impl Fn(u64) -> u64) -> usize {
    match chunk8(b, i) {
        Some(c8) => match flags(c8) {
            0 => 8,
            m => (m.trailing_zeros() / 8) as usize,
        },
        None => 0,
    }
}

/// True when some byte of `x` lies strictly between `m` and `n` (`m <= 127`, `n <= 128`;
/// "hasbetween" from Bit Twiddling Hacks). Exact: bytes >= 0x80 never count (the per-byte
/// arithmetic works on the low seven bits, and `!x` drops bytes with the high bit set).
pub fn has_between(x: u64, m: u8, n: u8) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let low = x & (ONES * 127);
    (ONES * (127 + u64::from(n))).wrapping_sub(low)
        & !x
        & low.wrapping_add(ONES * (127 - u64::from(m)))
        & HIGH
        != 0
}

/// The bytes of `x` in `lo..=hi` (both < 0x80) as a mask with 0x80 set in each such byte
/// (exact per byte, bytes >= 0x80 never count): `movemask`-style byte classes for the
/// detectors' eight-bytes-at-a-time scans.
pub fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // seven-bit lanes: adding at most 0x80 - lo never carries into the next byte
    let low = x & (ONES * 127);
    let ge_lo = low.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt_hi = low.wrapping_add(ONES * u64::from(0x7F - hi));
    ge_lo & !gt_hi & !x & HIGH
}

/// The bytes of `x` equal to `v`, as a mask with 0x80 set in each such byte (exact).
pub fn bytes_eq(x: u64, v: u8) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const LOW: u64 = ONES * 0x7F;
    let t = x ^ (ONES * u64::from(v));
    // a lane's high bit is set when the lane of `t` is not zero (seven-bit lanes: the
    // addition never carries into the next byte)
    !(((t & LOW) + LOW) | t) & (ONES * 0x80)
}

/// The bytes of `x` that are >= 0xC0 (UTF-8 lead bytes of two or more bytes), as a mask
/// with 0x80 set in each such byte.
pub fn lead_bytes(x: u64) -> u64 {
    const HIGH: u64 = (u64::MAX / 255) * 0x80;
    x & (x << 1) & HIGH
}

/// A bit index in 0..16384 for three bytes (multiplicative hash): the tables of possible
/// pattern heads use it.
pub fn head_bit(a: u8, b: u8, c: u8) -> usize {
    let k = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
    (k.wrapping_mul(0x9E37_79B1) >> 18) as usize
}

/// True when bit [`head_bit`]`(a, b, c)` of the head table `t` is set.
pub fn has_head(t: &[u64; 256], a: u8, b: u8, c: u8) -> bool {
    let k = head_bit(a, b, c);
    t.get(k >> 6).is_some_and(|w| w & (1 << (k & 63)) != 0)
}

/// The head table of `pats`: bit [`head_bit`] of each pattern's first three bytes set (a
/// position whose next three bytes hash to a clear bit starts no pattern); `None` when a
/// pattern has fewer than three bytes.
pub fn head_table<'a>(pats: impl IntoIterator<Item = &'a [u8]>) -> Option<Box<[u64; 256]>> {
    let mut t = Box::new([0u64; 256]);
    for p in pats {
        let &[a, b, c, ..] = p else {
            return None;
        };
        let k = head_bit(a, b, c);
        if let Some(w) = t.get_mut(k >> 6) {
            *w |= 1 << (k & 63);
        }
    }
    Some(t)
}

/// UTF-8 lead bytes all of whose characters are letters (alphabetic, so alphanumeric):
/// Latin Extended-A (C4, C5), basic Cyrillic (D0, D1) and CJK ideographs
/// U+5000..U+9FFF (E5..E9). Word scanners go over them without decoding.
pub const fn is_letter_lead(c: u8) -> bool {
    matches!(c, 0xC4 | 0xC5 | 0xD0 | 0xD1 | 0xE5..=0xE9)
}

/// CJK ideographs, kana and Hangul: scripts written without spaces, so a Latin token
/// glued to them still starts a new word.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' | '\u{FF00}'..='\u{FFEF}' | '\u{3000}'..='\u{303F}')
}

/// A letter or digit of a space-separated script.
pub fn is_word(c: char) -> bool {
    is_alnum(c) && !is_cjk(c)
}

/// `char::is_alphanumeric` with fast paths for ASCII, Latin-1/Latin Extended letters and
/// basic Cyrillic (the general Unicode table lookup is slow); same results.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        non_ascii_letter(c, char::is_alphanumeric)
    }
}

/// `char::is_alphabetic` with the same fast paths as [`is_alnum`]; same results.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        non_ascii_letter(c, char::is_alphabetic)
    }
}

/// The fast paths shared by [`is_alnum`] and [`is_alpha`] for a non-ASCII `c` (where the
/// two agree: none of these ranges holds a non-letter digit); `slow` decides the rest.
fn non_ascii_letter(c: char, slow: fn(char) -> bool) -> bool {
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        c != '\u{D7}' && c != '\u{F7}'
    } else if ('\u{400}'..='\u{45F}').contains(&c)
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{AC00}'..='\u{D7A3}').contains(&c)
    {
        // basic Cyrillic, CJK unified ideographs, Hangul syllables: all letters
        true
    } else if ('\u{1F300}'..='\u{1FAFF}').contains(&c)
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || ('\u{3000}'..='\u{3004}').contains(&c)
        || ('\u{3008}'..='\u{3020}').contains(&c)
        || ('\u{FF01}'..='\u{FF0F}').contains(&c)
        || ('\u{FF1A}'..='\u{FF20}').contains(&c)
        || matches!(
            c,
            '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B0}' | '\u{B7}' | '\u{BB}' | '\u{BF}' | '\u{2116}'
        )
    {
        // pictographs and emoji, general punctuation, CJK and full-width punctuation,
        // common Latin-1 punctuation (¡ § « ° · » ¿) and №: no letters or digits
        false
    } else {
        slow(c)
    }
}

/// An aho-corasick automaton with a two-byte pre-filter: a match can only start where the
/// first two bytes of some pattern (ASCII case folded when the automaton is) occur, so the
/// automaton runs anchored at those positions only. Matches, their order and the
/// non-overlapping iteration are the same as the automaton's own `find_iter` for the
/// leftmost match kinds (the leftmost match is the first position with an anchored match,
/// and an anchored leftmost-first/longest search there picks the same pattern).
pub struct Bigram {
    ac: aho_corasick::dfa::DFA,
    /// Pre-filter tables; `None` when a pattern is shorter than two bytes (then the plain
    /// automaton runs).
    filter: Option<Box<Filter>>,
}

/// Bit `a << 8 | b` set when some pattern starts with bytes `a b`; the same for its second
/// and third bytes (`pairs2`, all set when a pattern has only two bytes). Bytes are ASCII
/// case folded when the automaton is.
struct Filter {
    /// Hashed (folded) first three bytes of the patterns ([`head_bit`]), when every
    /// pattern has three bytes: a clear bit rules a position out.
    heads: Option<Box<[u64; 256]>>,
    /// [`head_bit`] of every case variant of the patterns' first three bytes (raw bytes,
    /// no folding), when every pattern has three bytes.
    raw_heads: Option<Box<[u64; 256]>>,
    pairs: [u64; 1024],
    pairs2: [u64; 1024],
    /// `pairs` indexed by raw bytes (every case variant set when folding).
    raw_pairs: [u64; 1024],
    /// Bit [`quad_bit`] of every pattern's (folded) first four bytes, and of a
    /// three-byte pattern's three with every fourth byte, when every pattern has three
    /// bytes: a position whose next four bytes hash to a clear bit starts no pattern
    /// (tested before the anchored search, which runs where the pair tests pass).
    quads: Option<Box<[u64; 1024]>>,
    fold: bool,
}

/// A bit index in 0..65536 for four bytes (multiplicative hash): [`Filter::quads`].
fn quad_bit(a: u8, b: u8, c: u8, d: u8) -> usize {
    (u32::from_le_bytes([a, b, c, d]).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Filter {
    fn fold(&self, b: u8) -> u8 {
        if self.fold {
            b.to_ascii_lowercase()
        } else {
            b
        }
    }

    fn set(t: &mut [u64; 1024], a: u8, b: u8) {
        let k = usize::from(a) << 8 | usize::from(b);
        if let Some(w) = t.get_mut(k >> 6) {
            *w |= 1 << (k & 63);
        }
    }

    fn has(t: &[u64; 1024], a: u8, b: u8) -> bool {
        let k = usize::from(a) << 8 | usize::from(b);
        t.get(k >> 6).is_some_and(|w| w & (1 << (k & 63)) != 0)
    }

    /// False when no pattern starts with the (folded) bytes `x y z`.
    fn head(&self, x: u8, y: u8, z: u8) -> bool {
        let Some(h) = self.heads.as_deref() else {
            return true;
        };
        has_head(h, x, y, z)
    }

    /// False when no pattern starts at `p` of `b` by the four bytes there ([`Self::quads`];
    /// true when fewer are left).
    fn quad_may(&self, b: &[u8], p: usize) -> bool {
        let (Some(q), Some(&[x, y, z, w])) = (self.quads.as_deref(), b.get(p..p.saturating_add(4)))
        else {
            return true;
        };
        let k = quad_bit(self.fold(x), self.fold(y), self.fold(z), self.fold(w));
        q.get(k >> 6).is_some_and(|v| v & (1 << (k & 63)) != 0)
    }

    /// True when a pattern may start with the (folded) bytes `x y` and `z` (`None`: the
    /// text ends after `y`).
    fn accepts(&self, x: u8, y: u8, z: Option<u8>) -> bool {
        Filter::has(&self.pairs, x, y)
            && z.is_none_or(|z| Filter::has(&self.pairs2, y, z) && self.head(x, y, z))
    }

    /// The first position `>= p` where a pattern may start: its (folded) byte pair is
    /// some pattern's first pair and the pair after it some pattern's second pair (or
    /// the text ends after the pair). One well-predicted table lookup per byte.
    fn next_candidate(&self, b: &[u8], p: usize) -> Option<usize> {
        let rest = b.get(p..)?;
        // branch-free ASCII lower-casing when the automaton folds case (at hits only: the
        // raw pair table holds every case variant)
        let m = if self.fold { 0x20u8 } else { 0 };
        let f = |x: u8| x | (u8::from(x.wrapping_sub(b'A') < 26) * m);
        for (k, w) in rest.windows(2).enumerate() {
            let &[x, y] = w else { continue };
            if Filter::has(&self.raw_pairs, x, y) {
                let (x, y) = (f(x), f(y));
                match rest.get(k + 2) {
                    Some(&z) if !Filter::has(&self.pairs2, y, f(z)) => {}
                    Some(&z) if !self.head(x, y, f(z)) => {}
                    _ => return Some(p + k),
                }
            }
        }
        None
    }
}

impl Bigram {
    /// Builds the automaton (anchored and unanchored searches) over `pats`.
    pub fn new(
        pats: &[String],
        ascii_case_insensitive: bool,
        kind: aho_corasick::MatchKind,
    ) -> Option<Bigram> {
        let ac = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(ascii_case_insensitive)
            .match_kind(kind)
            .start_kind(aho_corasick::StartKind::Both)
            .build(pats)
            .ok()?;
        let mut f = Box::new(Filter {
            heads: None,
            raw_heads: None,
            pairs: [0; 1024],
            pairs2: [0; 1024],
            raw_pairs: [0; 1024],
            quads: None,
            fold: ascii_case_insensitive,
        });
        let mut ok = true;
        for p in pats {
            match p.as_bytes() {
                [a, b, rest @ ..] => {
                    let (fa, fb) = (f.fold(*a), f.fold(*b));
                    Filter::set(&mut f.pairs, fa, fb);
                    match rest.first() {
                        Some(c) => {
                            let fc = f.fold(*c);
                            Filter::set(&mut f.pairs2, fb, fc);
                        }
                        None => f.pairs2 = [u64::MAX; 1024],
                    }
                }
                _ => ok = false,
            }
        }
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                if Filter::has(&f.pairs, f.fold(x), f.fold(y)) {
                    Filter::set(&mut f.raw_pairs, x, y);
                }
            }
        }
        if pats.iter().all(|p| p.len() >= 3) {
            let mut q = Box::new([0u64; 1024]);
            let mut set = |k: usize| {
                if let Some(w) = q.get_mut(k >> 6) {
                    *w |= 1 << (k & 63);
                }
            };
            for p in pats {
                match *p.as_bytes() {
                    [a, b, c, d, ..] => set(quad_bit(f.fold(a), f.fold(b), f.fold(c), f.fold(d))),
                    [a, b, c] => {
                        for d in 0..=255u8 {
                            set(quad_bit(f.fold(a), f.fold(b), f.fold(c), d));
                        }
                    }
                    _ => {}
                }
            }
            f.quads = Some(q);
            let mut h = Box::new([0u64; 256]);
            for p in pats {
                if let Some(&[a, b, c]) = p.as_bytes().get(..3) {
                    let k = head_bit(f.fold(a), f.fold(b), f.fold(c));
                    if let Some(w) = h.get_mut(k >> 6) {
                        *w |= 1 << (k & 63);
                    }
                }
            }
            f.heads = Some(h);
            let mut raw = Box::new([0u64; 256]);
            // the text bytes that fold to a pattern byte: both cases of an ASCII letter
            let variants = |x: u8| {
                if ascii_case_insensitive && x.is_ascii_alphabetic() {
                    [x.to_ascii_lowercase(), x.to_ascii_uppercase()]
                } else {
                    [x, x]
                }
            };
            for p in pats {
                if let Some(&[a, b, c]) = p.as_bytes().get(..3) {
                    for x in variants(a) {
                        for y in variants(b) {
                            for z in variants(c) {
                                let k = head_bit(x, y, z);
                                if let Some(w) = raw.get_mut(k >> 6) {
                                    *w |= 1 << (k & 63);
                                }
                            }
                        }
                    }
                }
            }
            f.raw_heads = Some(raw);
        }
        Some(Bigram {
            ac,
            filter: ok.then_some(f),
        })
    }

    /// The automaton itself.
    pub fn automaton(&self) -> &aho_corasick::dfa::DFA {
        &self.ac
    }

    fn anchored_at(&self, text: &str, p: usize) -> Option<aho_corasick::Match> {
        if self
            .filter
            .as_deref()
            .is_some_and(|f| !f.quad_may(text.as_bytes(), p))
        {
            return None;
        }
        anchored_match(&self.ac, text.as_bytes(), p)
    }

    /// Non-overlapping matches in order, as the automaton's own iteration gives them.
    pub fn find_all(&self, text: &str) -> Vec<aho_corasick::Match> {
        let Some(f) = self.filter.as_deref() else {
            return find_iter(&self.ac, text);
        };
        let b = text.as_bytes();
        let mut v = Vec::new();
        let mut p = 0usize;
        while let Some(c) = f.next_candidate(b, p) {
            match self.anchored_at(text, c) {
                Some(m) => {
                    p = m.end().max(c + 1);
                    v.push(m);
                }
                None => p = c + 1,
            }
        }
        v
    }

    /// [`Bigram::find_all`] given the candidate positions ([`BigramPair::candidates`]).
    pub fn find_all_in(&self, text: &str, cands: &[usize]) -> Vec<aho_corasick::Match> {
        let mut v = Vec::new();
        let mut p = 0usize;
        for &c in cands {
            if c < p {
                continue;
            }
            match self.anchored_at(text, c) {
                Some(m) => {
                    p = m.end().max(c + 1);
                    v.push(m);
                }
                None => p = c + 1,
            }
        }
        v
    }

    /// [`Bigram::is_match`] given the candidate positions ([`BigramPair::candidates`]).
    pub fn is_match_in(&self, text: &str, cands: &[usize]) -> bool {
        cands.iter().any(|&c| self.anchored_at(text, c).is_some())
    }

    /// True when some pattern occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let Some(f) = self.filter.as_deref() else {
            return find_first(&self.ac, text).is_some();
        };
        let b = text.as_bytes();
        let mut p = 0usize;
        while let Some(c) = f.next_candidate(b, p) {
            if self.anchored_at(text, c).is_some() {
                return true;
            }
            p = c + 1;
        }
        false
    }
}

/// The non-overlapping matches of `dfa` in `text`, in order (`AhoCorasick::find_iter`).
pub fn find_iter(dfa: &aho_corasick::dfa::DFA, text: &str) -> Vec<aho_corasick::Match> {
    use aho_corasick::automaton::Automaton;
    dfa.try_find_iter(aho_corasick::Input::new(text))
        .map(|it| it.collect())
        .unwrap_or_default()
}

/// The first match of `dfa` in `text` (`AhoCorasick::find`).
pub fn find_first(dfa: &aho_corasick::dfa::DFA, text: &str) -> Option<aho_corasick::Match> {
    use aho_corasick::automaton::Automaton;
    dfa.try_find(&aho_corasick::Input::new(text)).ok().flatten()
}

/// The match of `dfa` starting at `p` in `hay`, as the anchored search
/// (`Input::new(hay).range(p..).anchored(Anchored::Yes)`) finds it: the same walk over
/// the DFA's transitions (aho-corasick's own search loop for anchored input), without
/// setting up a search for each call.
pub fn anchored_match(
    dfa: &aho_corasick::dfa::DFA,
    hay: &[u8],
    p: usize,
) -> Option<aho_corasick::Match> {
    use aho_corasick::automaton::Automaton;
    let anchored = aho_corasick::Anchored::Yes;
    // standard semantics stop at the first match; the leftmost kinds go on to the dead
    // state, keeping the last match that starts at `p`
    let earliest = dfa.match_kind() == aho_corasick::MatchKind::Standard;
    let rest = hay.get(p..)?;
    let mut sid = dfa.start_state(anchored).ok()?;
    // the last match starting at `p` as (pattern, end): the match itself built once
    let at = |sid, end: usize| {
        let pid = dfa.match_pattern(sid, 0);
        (end.checked_sub(dfa.pattern_len(pid)) == Some(p)).then_some((pid, end))
    };
    let mut mat = None;
    if dfa.is_match(sid) {
        mat = at(sid, p);
    }
    if !(earliest && mat.is_some()) {
        let mut end = p;
        for &byte in rest {
            end += 1;
            sid = dfa.next_state(anchored, sid, byte);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    if let Some(m) = at(sid, end) {
                        mat = Some(m);
                        if earliest {
                            break;
                        }
                    }
                }
            }
        }
    }
    mat.map(|(pid, end)| aho_corasick::Match::new(pid, p..end))
}

/// Two pre-filtered automata whose candidate positions are found in one pass over the
/// text (their pair tables merged), each list the positions its own pre-filter accepts.
pub struct BigramPair {
    /// Byte `b << 8 | a` (the pair read as a little-endian `u16`) not zero when the raw
    /// bytes `a b`, case folded as the automata fold, are some pattern's first pair
    /// (every case variant set: no folding in the loop). A byte per pair, not a bit: the
    /// loop's test is one load and compare of the two text bytes' entry.
    raw_pairs: Box<[u8; 65536]>,
    /// The same for the patterns' second and third bytes (`pairs2` of either pre-filter):
    /// a raw hit whose next pair is not there is no candidate of either.
    raw_pairs2: Box<[u64; 1024]>,
    /// Both automata's `raw_heads` merged (when both have them): a raw three-byte head
    /// whose bit is clear starts no pattern of either, and is dropped before folding.
    raw_heads: Option<Box<[u64; 256]>>,
    fold: bool,
}

impl BigramPair {
    /// The merged pre-filter of `a` and `b`; `None` unless both have one and fold case
    /// alike.
    pub fn new(a: &Bigram, b: &Bigram) -> Option<BigramPair> {
        let (fa, fb) = (a.filter.as_deref()?, b.filter.as_deref()?);
        if fa.fold != fb.fold {
            return None;
        }
        // (built on the heap: 64 KiB is much for a stack frame in the wasm)
        let mut raw_pairs: Box<[u8; 65536]> =
            vec![0u8; 65536].into_boxed_slice().try_into().ok()?;
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                if Filter::has(&fa.raw_pairs, x, y) || Filter::has(&fb.raw_pairs, x, y) {
                    if let Some(p) = raw_pairs.get_mut(usize::from(u16::from_le_bytes([x, y]))) {
                        *p = 1;
                    }
                }
            }
        }
        let mut raw_pairs2 = Box::new([0u64; 1024]);
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let (fx, fy) = (fa.fold(x), fa.fold(y));
                if Filter::has(&fa.pairs2, fx, fy) || Filter::has(&fb.pairs2, fx, fy) {
                    Filter::set(&mut raw_pairs2, x, y);
                }
            }
        }
        let raw_heads = match (fa.raw_heads.as_deref(), fb.raw_heads.as_deref()) {
            (Some(ha), Some(hb)) => {
                let mut h = Box::new([0u64; 256]);
                for ((w, x), y) in h.iter_mut().zip(ha.iter()).zip(hb.iter()) {
                    *w = x | y;
                }
                Some(h)
            }
            _ => None,
        };
        Some(BigramPair {
            raw_pairs,
            raw_pairs2,
            raw_heads,
            fold: fa.fold,
        })
    }

    /// The positions where a pattern of `a` may start and those where one of `b` may, in
    /// order (what their own pre-filters yield, less positions where no pattern of either
    /// starts: the merged raw heads; the automata's anchored searches find nothing there),
    /// from one pass over `text`. `a` and `b` must be the automata this was built from.
    pub fn candidates(&self, a: &Bigram, b: &Bigram, text: &str) -> (Vec<usize>, Vec<usize>) {
        let (mut va, mut vb) = (Vec::new(), Vec::new());
        let (Some(fa), Some(fb)) = (a.filter.as_deref(), b.filter.as_deref()) else {
            return (va, vb);
        };
        let bytes = text.as_bytes();
        let m = if self.fold { 0x20u8 } else { 0 };
        let f = |x: u8| x | (u8::from(x.wrapping_sub(b'A') < 26) * m);
        // one table test of the raw pair per byte, in a loop of its own that finds the
        // next hit (reading the pair as one `u16`); the next pair, the head and folding
        // only at the (rare) hits
        // (room for chat's share of candidates at the first one: growing a list one
        // doubling at a time copied it over and over; none allocated without one)
        let room = bytes.len() / 32 + 4;
        let push = |v: &mut Vec<usize>, k: usize| {
            if v.capacity() == 0 {
                v.reserve(room);
            }
            v.push(k);
        };
        let pairs = &*self.raw_pairs;
        let hit = |v: u64| pairs.get(v as u16 as usize).is_some_and(|&h| h != 0);
        let next_hit = |mut k: usize| {
            // seven pairs shifted out of each eight-byte load (one load per seven
            // positions, not one per position); the last bytes a pair at a time
            while let Some(x) = chunk8(bytes, k) {
                for j in 0..7 {
                    if hit(x >> (8 * j)) {
                        let at = k + j;
                        return Some((at, [(x >> (8 * j)) as u8, (x >> (8 * j + 8)) as u8]));
                    }
                }
                k += 7;
            }
            while let Some(w) = bytes
                .get(k..k + 2)
                .and_then(|w| <[u8; 2]>::try_from(w).ok())
            {
                if pairs
                    .get(usize::from(u16::from_le_bytes(w)))
                    .is_some_and(|&h| h != 0)
                {
                    return Some((k, w));
                }
                k += 1;
            }
            None
        };
        let mut k = 0usize;
        while let Some((at, [px, y])) = next_hit(k) {
            k = at;
            if bytes.get(k + 2).is_none_or(|&z| {
                Filter::has(&self.raw_pairs2, y, z)
                    && self
                        .raw_heads
                        .as_deref()
                        .is_none_or(|h| has_head(h, px, y, z))
            }) {
                let (x, y) = (f(px), f(y));
                let z = bytes.get(k + 2).map(|&z| f(z));
                if fa.accepts(x, y, z) {
                    push(&mut va, k);
                }
                if fb.accepts(x, y, z) {
                    push(&mut vb, k);
                }
            }
            k += 1;
        }
        (va, vb)
    }
}

/// [`automaton`]'s patterns: `words` plus capitalised variants of non-ASCII words.
pub fn automaton_patterns(words: &[&str]) -> Vec<String> {
    let mut pats: Vec<String> = Vec::with_capacity(words.len() * 2);
    for w in words {
        pats.push((*w).to_string());
        if !w.is_ascii() {
            let mut cs = w.chars();
            if let Some(f) = cs.next() {
                let cap: String = f.to_uppercase().chain(cs).collect();
                if cap != *w {
                    pats.push(cap);
                }
            }
        }
    }
    pats
}

/// True when no letter or digit touches `start..end` from outside.
pub fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    !prev_char(text, start).is_some_and(is_word) && !next_char(text, end).is_some_and(is_word)
}

/// The largest char boundary `<= i`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i`.
pub fn ceil_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Lower-cased text of up to `n` bytes before `start`.
pub fn before(text: &str, start: usize, n: usize) -> String {
    let from = floor_boundary(text, start.saturating_sub(n));
    lower(text.get(from..start).unwrap_or(""))
}

/// `s.to_lowercase()`, with fast paths for ASCII, Latin-1, basic Cyrillic and caseless
/// CJK/kana/Hangul (the general case-mapping table lookup is slow); same result. Text
/// with a capital sigma (whose lower case depends on its position) takes the std path.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if s.contains('\u{3A3}') {
        return s.to_lowercase();
    }
    // runs of characters that lower-casing leaves alone are copied as they are (most of
    // the text); only upper-case letters are mapped one by one
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut run = 0usize;
    let mut i = 0usize;
    let flush = |out: &mut String, from: usize, to: usize| {
        out.push_str(s.get(from..to).unwrap_or(""));
    };
    while let Some(&x) = b.get(i) {
        // eight bytes at a time up to the next ASCII capital or non-ASCII byte (the bytes
        // skipped are ASCII: `i` stays on a character boundary)
        let k = skip_unflagged(b, i, |c8| {
            bytes_in(c8, b'A', b'Z') | (c8 & 0x8080_8080_8080_8080)
        });
        if k > 0 {
            i += k;
            continue;
        }
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                flush(&mut out, run, i);
                out.push(char::from(x.to_ascii_lowercase()));
                run = i + 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let n = c.len_utf8();
        let shift = |d: u32| char::from_u32(u32::from(c) + d).unwrap_or(c);
        let mapped = match c {
            '\u{C0}'..='\u{DE}' if c != '\u{D7}' => Some(shift(0x20)),
            '\u{400}'..='\u{40F}' => Some(shift(0x50)),
            '\u{410}'..='\u{42F}' => Some(shift(0x20)),
            '\u{D7}'
            | '\u{DF}'..='\u{FF}'
            | '\u{430}'..='\u{45F}'
            | '\u{3040}'..='\u{30FF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{2000}'..='\u{206F}'
            | '\u{3000}'..='\u{303F}'
            | '\u{FF00}'..='\u{FF20}'
            | '\u{1F300}'..='\u{1FAFF}' => None,
            _ => {
                let mut l = c.to_lowercase();
                if l.len() == 1 && l.next() == Some(c) {
                    None
                } else {
                    flush(&mut out, run, i);
                    out.extend(c.to_lowercase());
                    run = i + n;
                    None
                }
            }
        };
        if let Some(m) = mapped {
            flush(&mut out, run, i);
            out.push(m);
            run = i + n;
        }
        i += n;
    }
    flush(&mut out, run, b.len());
    out
}

/// FNV-1a hashing for the small word sets (SipHash is needlessly slow for short words).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of static words (the name, company, street and month lists): open addressing
/// over 32-bit FNV-1a hashes of the words' bytes, at most half full, each slot a word's
/// index + 1 (0: empty), probed linearly. A lookup hashes the bytes once and compares a
/// word only where a slot holds one (a standard `HashSet` of `&str` with [`Fnv`] cost
/// about twice the instructions per lookup).
#[derive(Default, Clone)]
pub struct WordSet {
    words: Vec<&'static str>,
    /// `len` a power of two, more than twice `words.len()` (or 0 while empty)
    slots: Vec<u32>,
}

impl WordSet {
    /// FNV-1a of `b`, its ASCII letters lower-cased when `lower`.
    fn hash(b: &[u8], lower: bool) -> u32 {
        b.iter().fold(0x811c_9dc5, |h: u32, &x| {
            let x = if lower { x.to_ascii_lowercase() } else { x };
            (h ^ u32::from(x)).wrapping_mul(0x0100_0193)
        })
    }

    /// Whether the set holds `b` (its ASCII letters lower-cased when `lower`).
    fn holds(&self, b: &[u8], lower: bool) -> bool {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = Self::hash(b, lower) as usize & mask;
        // (at most half the slots are taken: an empty one ends every probe sequence)
        while let Some(&k) = self.slots.get(i) {
            let Some(w) = (k as usize).checked_sub(1).and_then(|k| self.words.get(k)) else {
                return false;
            };
            if w.len() == b.len()
                && if lower {
                    w.bytes().zip(b).all(|(x, y)| x == y.to_ascii_lowercase())
                } else {
                    w.as_bytes() == b
                }
            {
                return true;
            }
            i = (i + 1) & mask;
        }
        false
    }

    /// Whether the set holds `w`.
    pub fn contains(&self, w: &str) -> bool {
        self.holds(w.as_bytes(), false)
    }

    /// Whether the set holds `w` with its ASCII letters lower-cased (no copy of it made).
    pub fn contains_ascii_lower(&self, w: &str) -> bool {
        self.holds(w.as_bytes(), true)
    }

    /// Adds `w`; false when it was there.
    pub fn insert(&mut self, w: &'static str) -> bool {
        if self.contains(w) {
            return false;
        }
        self.words.push(w);
        if self.words.len() * 2 >= self.slots.len() {
            let n = (self.words.len() * 4).next_power_of_two();
            self.slots = vec![0; n];
            for k in 1..=self.words.len() {
                self.place(k);
            }
        } else {
            self.place(self.words.len());
        }
        true
    }

    /// Puts the word of index `k - 1` in the first free slot of its probe sequence.
    fn place(&mut self, k: usize) {
        let Some(w) = k.checked_sub(1).and_then(|i| self.words.get(i)) else {
            return;
        };
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = Self::hash(w.as_bytes(), false) as usize & mask;
        while let Some(s) = self.slots.get_mut(i) {
            if *s == 0 {
                *s = k as u32;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, it: I) {
        for w in it {
            self.insert(w);
        }
        // (the list grew by doubling: no spare room kept for the life of the program)
        self.words.shrink_to_fit();
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(it: I) -> Self {
        let mut s = WordSet::default();
        s.extend(it);
        s
    }
}

/// Lower-cased text of up to `n` bytes after `end`.
pub fn after(text: &str, end: usize, n: usize) -> String {
    let to = ceil_boundary(text, end.saturating_add(n));
    lower(text.get(end..to).unwrap_or(""))
}

/// True when `hay` contains any of `words` starting at a word boundary (a word of a
/// space-separated script must not be glued to a letter before it: "tel" is not in
/// "bestellung").
pub fn has_any(hay: &str, words: &[&str]) -> bool {
    let ok = |w: &str, i: usize| {
        !prev_char(hay, i).is_some_and(is_word) || w.starts_with(|c: char| !is_word(c))
    };
    // bytes present in `hay`: a word with a byte absent from it cannot occur
    let mut present = [false; 256];
    for &b in hay.as_bytes() {
        if let Some(p) = present.get_mut(usize::from(b)) {
            *p = true;
        }
    }
    words.iter().any(|w| {
        w.bytes()
            .all(|f| present.get(usize::from(f)).copied().unwrap_or(false))
            && any_match(hay, w, |i| ok(w, i))
    })
}

/// True when `pred` holds at the start of one of the non-overlapping occurrences of `w`
/// in `hay`, taken left to right (the occurrences `str::match_indices` yields, without
/// building a two-way searcher for each call).
fn any_match(hay: &str, w: &str, mut pred: impl FnMut(usize) -> bool) -> bool {
    let (hb, wb) = (hay.as_bytes(), w.as_bytes());
    let Some(&first) = wb.first() else {
        return hay.match_indices(w).any(|(i, _)| pred(i));
    };
    let mut i = 0usize;
    while i + wb.len() <= hb.len() {
        // (`memchr` even in these short context windows: fewer instructions than a byte
        // loop over the ~50 bytes)
        let Some(k) = hb.get(i..).and_then(|r| memchr::memchr(first, r)) else {
            return false;
        };
        i += k;
        // (short words: a byte loop beats a call to memcmp)
        if hb
            .get(i..i + wb.len())
            .is_some_and(|r| r.iter().zip(wb).all(|(a, b)| a == b))
        {
            if pred(i) {
                return true;
            }
            i += wb.len();
        } else {
            i += 1;
        }
    }
    false
}

/// An automaton over `words`, ASCII case-insensitive, with capitalised variants of
/// non-ASCII words ("Пароль" for "пароль"), for cheap "any cue here?" gates.
pub fn automaton(words: &[&str]) -> Option<aho_corasick::AhoCorasick> {
    let pats = automaton_patterns(words);
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&pats)
        .ok()
}

/// Digit values of the ASCII digits in `s`.
pub fn digits(s: &str) -> Vec<u32> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .collect()
}

/// Luhn check over digit values.
pub fn luhn(d: &[u32]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// Verhoeff check (Aadhaar).
pub fn verhoeff(d: &[u32]) -> bool {
    let mut c: u8 = 0;
    for (i, &x) in d.iter().rev().enumerate() {
        let p = VERHOEFF_P
            .get(i % 8)
            .and_then(|row| row.get(x as usize))
            .copied()
            .unwrap_or(0);
        c = VERHOEFF_D
            .get(c as usize)
            .and_then(|row| row.get(p as usize))
            .copied()
            .unwrap_or(1);
    }
    c == 0
}

/// `n mod m` of a decimal string of arbitrary length (its digits; other bytes skipped).
pub fn mod_str(s: &str, m: u64) -> u64 {
    // (reduced only when the number read so far grows large, and at the end: the residue
    // is the same, with a division per fourteen digits or so instead of one per digit;
    // a modulus that large, or zero, takes the digit-by-digit path)
    if m == 0 || m > 1 << 32 {
        return mod_str_each(s, m);
    }
    let mut acc = 0u64;
    let mut any = false;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        acc = acc * 10 + u64::from(b - b'0');
        any = true;
        if acc >= 1 << 56 {
            acc %= m;
        }
    }
    if any {
        acc % m
    } else {
        0
    }
}

/// [`mod_str`] reduced after every digit.
fn mod_str_each(s: &str, m: u64) -> u64 {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .fold(0u64, |acc, b| (acc * 10 + u64::from(b - b'0')) % m)
}

/// Weighted sum of digits.
pub fn weighted(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum()
}

/// A small deterministic generator for the tests that compare a fast path with its
/// reference on generated texts: each call `next(n)` gives a number in `0..n`.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_leads_lead_letters_only() {
        for c in (0x80u32..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            if is_letter_lead(lead) {
                assert!(is_alpha(c) && is_alnum(c), "{c:?}");
            }
        }
    }

    #[test]
    fn byte_range_test_is_exact() {
        // every byte value at every position, beside every other byte value
        for (m, n) in [(0x27u8, 0x3Au8), (0x2F, 0x3A)] {
            for x in 0u8..=255 {
                for fill in 0u8..=255 {
                    for at in 0..8 {
                        let mut w = [fill; 8];
                        if let Some(slot) = w.get_mut(at) {
                            *slot = x;
                        }
                        let Some(v) = chunk8(&w, 0) else {
                            panic!("chunk");
                        };
                        let want = w.iter().any(|&c| c > m && c < n);
                        assert_eq!(has_between(v, m, n), want, "{x} at {at} in {fill}");
                    }
                }
            }
        }
    }

    #[test]
    fn byte_masks_are_exact() {
        for (lo, hi) in [(b'A', b'Z'), (b'0', b'9'), (0u8, 0x7Fu8), (0x41, 0x41)] {
            for x in 0u8..=255 {
                for fill in [0u8, b'a', b'Z', 0x7F, 0x80, 0xC0, 0xFF, lo, hi] {
                    for at in 0..8 {
                        let mut w = [fill; 8];
                        if let Some(slot) = w.get_mut(at) {
                            *slot = x;
                        }
                        let v = u64::from_le_bytes(w);
                        let mut want = 0u64;
                        let mut lead = 0u64;
                        for (k, c) in w.iter().enumerate() {
                            if (lo..=hi).contains(c) {
                                want |= 0x80 << (8 * k);
                            }
                            if *c >= 0xC0 {
                                lead |= 0x80 << (8 * k);
                            }
                        }
                        assert_eq!(bytes_in(v, lo, hi), want, "{x} at {at} in {fill}");
                        let eq = w.iter().enumerate().fold(0u64, |m, (k, c)| {
                            if *c == x {
                                m | 0x80 << (8 * k)
                            } else {
                                m
                            }
                        });
                        assert_eq!(bytes_eq(v, x), eq, "{x} at {at} in {fill}");
                        assert_eq!(lead_bytes(v), lead, "{x} at {at} in {fill}");
                    }
                }
            }
        }
    }

    #[test]
    fn pair_candidates_are_each_filters_own() {
        let (Some(pair), Some(a), Some(b)) = (
            super::super::CUES_AND_KEYS.as_ref(),
            super::super::person::CUE_AC.as_ref(),
            super::super::tokens::KV_CUES.as_ref(),
        ) else {
            panic!("automata");
        };
        let (Some(fa), Some(fb)) = (a.filter.as_deref(), b.filter.as_deref()) else {
            panic!("filters");
        };
        let mut texts: Vec<String> = [
            "Hi, MY NAME IS Bob, Mr. X; password: hunter2 PIN 1234 Пароль Ich Heiße",
            "mY nAmE iS \u{0}\u{ff} ÀÉ 我叫王伟 제 이름은 パスワード x",
            "",
            "m",
            "Mr",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // generated texts with pattern heads at every offset and at the very end
        let pieces = [
            "my ", "mr", "Mr. ", "pin", "m", "r", " ", "pass", "i am ", "我叫", "x", "MS ", "dr.",
            "tok", "en", "é",
        ];
        // (long enough for the eight-byte loads of the pair loop and the byte tail after)
        let mut next = test_rng(7);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..next(24) {
                t.push_str(pieces[next(pieces.len())]);
            }
            texts.push(t);
        }
        for t in &texts {
            let t = t.as_str();
            let bytes = t.as_bytes();
            let f = |x: u8| x.to_ascii_lowercase();
            let (mut wa, mut wb) = (Vec::new(), Vec::new());
            for k in 0..bytes.len().saturating_sub(1) {
                let (x, y) = (f(bytes[k]), f(bytes[k + 1]));
                let z = bytes.get(k + 2).map(|&z| f(z));
                if fa.accepts(x, y, z) {
                    wa.push(k);
                }
                if fb.accepts(x, y, z) {
                    wb.push(k);
                }
            }
            assert_eq!(pair.candidates(a, b, t), (wa, wb), "{t}");
        }
    }

    #[test]
    fn fast_paths_match_std() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            let s = format!("a{c}Z{c}");
            assert_eq!(lower(&s), s.to_lowercase(), "{c:?}");
            if u32::from(c) % 7 == 0 || u32::from(c) < 0x600 {
                // long ASCII runs around it (the eight-bytes-at-a-time path)
                let s = format!("AZaz@[`{{ HELLO World {c}0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ");
                assert_eq!(lower(&s), s.to_lowercase(), "{c:?}");
            }
        }
        for s in ["ΣΑΣ ΟΔΟΣ", "İstanbul ÀÉÎ", "ПРИВЕТ Ёж", "Straße 5", ""] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn char_at_decodes_like_str() {
        let t = "aé€😀Ж中 ÿ\u{10FFFF}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}";
        for (i, c) in t.char_indices() {
            assert_eq!(char_at(t.as_bytes(), i), Some(c), "{i}");
        }
        for c in (0u32..0x11_0000).step_by(7).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(char_at(s.as_bytes(), 0), Some(c), "{c:?}");
        }
        assert_eq!(char_at(b"", 0), None);
    }

    #[test]
    fn has_any_occurrences() {
        // non-overlapping occurrences, as str::match_indices: "ara" at 1 is glued to
        // "x", the overlapping one at 3 is not an occurrence
        assert!(!has_any("xarara", &["ara"]));
        assert!(has_any("ring ara", &["ara"]));
        assert!(has_any("call: tel", &["tel"]));
        assert!(!has_any("bestellung", &["tel"]));
        assert!(has_any("x #", &["#"]));
        assert!(!has_any("", &["a"]));
    }

    #[test]
    fn position_in_matches_the_byte_loop() {
        let mut t = [false; 256];
        for (k, v) in t.iter_mut().enumerate() {
            *v = k % 3 == 0 || k > 200;
        }
        let mut next = test_rng(5u64);
        for _ in 0..20_000 {
            let b: Vec<u8> = (0..next(40)).map(|_| next(256) as u8).collect();
            let i = next(b.len() + 2);
            for want in [false, true] {
                let reference = b
                    .get(i..)
                    .and_then(|r| r.iter().position(|&x| t[usize::from(x)] == want));
                assert_eq!(position_in(&b, i, &t, want), reference, "{b:?} {i}");
            }
        }
    }

    #[test]
    fn bigram_finds_like_the_automaton() {
        let pats: Vec<String> = ["my name is ", "i am ", "am ", "пароль", "ab"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let b = Bigram::new(&pats, true, aho_corasick::MatchKind::LeftmostLongest);
        let Some(b) = b else {
            panic!("automaton");
        };
        for t in [
            "Hi, MY NAME IS Bob and i am here",
            "xi am ab пароль: 1",
            "a",
            "",
            "Пароль",
        ] {
            let want: Vec<(usize, usize)> = find_iter(b.automaton(), t)
                .iter()
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> =
                b.find_all(t).iter().map(|m| (m.start(), m.end())).collect();
            assert_eq!(got, want, "{t}");
            assert_eq!(b.is_match(t), find_first(b.automaton(), t).is_some(), "{t}");
            // the anchored walk finds what aho-corasick's anchored search finds
            let ac = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .start_kind(aho_corasick::StartKind::Both)
                .build(&pats)
                .unwrap_or_else(|_| panic!("automaton"));
            for p in 0..=t.len() {
                let want = ac.find(
                    aho_corasick::Input::new(t)
                        .range(p..)
                        .anchored(aho_corasick::Anchored::Yes),
                );
                assert_eq!(
                    anchored_match(b.automaton(), t.as_bytes(), p),
                    want,
                    "{t} {p}"
                );
            }
        }
    }

    #[test]
    fn the_four_byte_test_turns_no_match_away() {
        // the detectors' pre-filtered automata at every offset of texts made of their
        // patterns' beginnings (both cases, cut after 2-5 bytes), whole patterns, spaces
        // and other bytes: the anchored search behind the four-byte test finds what the
        // plain anchored walk finds, and the filter rules most other offsets out
        for b in [
            super::super::person::CUE_AC.as_ref(),
            super::super::tokens::KV_CUES.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            let Some(q) = b.filter.as_deref().and_then(|f| f.quads.as_deref()) else {
                panic!("no four-byte table");
            };
            let set: u32 = q.iter().map(|w| w.count_ones()).sum();
            assert!(set < 65536 / 10, "{set}");
            let mut pieces: Vec<String> = vec![" ".into(), "x".into(), ", ".into(), "é".into()];
            for p in [
                "my name is ",
                "mr ",
                "ms. ",
                "dr.",
                "pin",
                "pwd",
                "pass",
                "token",
                "call me ",
                "i am ",
                "i'm ",
                "mein name ist ",
                "пароль",
                "меня зовут ",
                "我叫",
                "señor ",
            ] {
                for k in 2..=p.len().min(5) {
                    if let Some(h) = p.get(..k) {
                        pieces.push(h.to_string());
                        pieces.push(h.to_uppercase());
                    }
                }
                pieces.push(p.to_string());
                pieces.push(p.to_uppercase());
            }
            let mut next = test_rng(3);
            let (mut found, mut n) = (0, 0);
            for _ in 0..3000 {
                let mut t = String::new();
                for _ in 0..next(8) {
                    t.push_str(&pieces[next(pieces.len())]);
                }
                for p in 0..=t.len() {
                    let got = b
                        .anchored_at(&t, p)
                        .map(|m| (m.pattern(), m.start(), m.end()));
                    let want = anchored_match(b.automaton(), t.as_bytes(), p)
                        .map(|m| (m.pattern(), m.start(), m.end()));
                    assert_eq!(got, want, "{p} {t:?}");
                    found += usize::from(want.is_some());
                    n += 1;
                }
            }
            assert!(found > 1000 && n > 20_000, "{found} of {n}");
        }
    }

    #[test]
    fn anchored_walk_matches_the_automaton_search() {
        use aho_corasick::automaton::Automaton;
        // the detectors' automata and one of each match kind, at every offset of texts
        // holding their patterns
        let pats = ["ab", "abc", "b", "bcd", "пароль", "我叫"];
        let mut dfas: Vec<aho_corasick::dfa::DFA> = [
            aho_corasick::MatchKind::Standard,
            aho_corasick::MatchKind::LeftmostFirst,
            aho_corasick::MatchKind::LeftmostLongest,
        ]
        .into_iter()
        .filter_map(|k| {
            aho_corasick::dfa::DFA::builder()
                .match_kind(k)
                .start_kind(aho_corasick::StartKind::Both)
                .build(pats)
                .ok()
        })
        .collect();
        assert_eq!(dfas.len(), 3);
        for b in [
            super::super::person::CUE_AC.as_ref(),
            super::super::tokens::KV_CUES.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            dfas.push(b.automaton().clone());
        }
        let texts = [
            "abcd xab bcd пароль: 1 我叫王伟 abc",
            "Hi, my name is Anna Schmidt, i am here; password: x, Mr. Bob, ich heiße Jörg",
            "MY NAME IS, PIN 1234, token=abc, меня зовут Иван, 제 이름은 김민준",
            "",
            "a",
        ];
        for dfa in &dfas {
            for t in texts {
                for p in 0..=t.len() {
                    let input = aho_corasick::Input::new(t)
                        .range(p..)
                        .anchored(aho_corasick::Anchored::Yes);
                    let want = dfa.try_find(&input).ok().flatten();
                    assert_eq!(anchored_match(dfa, t.as_bytes(), p), want, "{t} {p}");
                }
            }
        }
    }

    #[test]
    fn checksums() {
        let cases: &[(&str, bool, bool)] = &[
            // digits, luhn, verhoeff
            ("4111111111111111", true, false),
            ("4111111111111112", false, false),
            ("2363", false, true),
            ("499912345678", false, false),
        ];
        for (s, l, v) in cases {
            assert_eq!(luhn(&digits(s)), *l, "{s}");
            assert_eq!(verhoeff(&digits(s)), *v, "{s}");
        }
        assert_eq!(mod_str("3214282912345698765432161182", 97), 1);
        let mut next = test_rng(3);
        for _ in 0..20000 {
            let n = next(80);
            let t: String = (0..n)
                .map(|_| ['0', '1', '5', '9', ' ', 'x'][next(6)])
                .collect();
            for m in [1, 7, 97, 1 << 31, (1 << 32) + 1] {
                assert_eq!(mod_str(&t, m), mod_str_each(&t, m), "{t:?} {m}");
            }
        }
    }

    #[test]
    fn word_sets_answer_as_a_hash_set() {
        use std::collections::HashSet;
        // the census lists' words and more, some twice; looked up as written, lower-cased,
        // upper-cased and cut short, and the lower-case lookup against the plain one
        let data: &'static str = include_str!("census_names.txt");
        let words: Vec<&'static str> = data
            .split([' ', '\n'])
            .filter(|w| !w.is_empty())
            .chain(["Élodie", "straße", "ул", "", "a"])
            .collect();
        let set: WordSet = words
            .iter()
            .copied()
            .chain(words.iter().copied().take(99))
            .collect();
        let reference: HashSet<&str> = words.iter().copied().collect();
        assert_eq!(set.len(), reference.len());
        let mut asked = 0;
        for w in &words {
            let variants = [
                w.to_string(),
                w.to_ascii_lowercase(),
                w.to_ascii_uppercase(),
                w.chars().skip(1).collect(),
                format!("{w}s"),
            ];
            for v in &variants {
                assert_eq!(set.contains(v), reference.contains(v.as_str()), "{v:?}");
                let lower = v.to_ascii_lowercase();
                assert_eq!(
                    set.contains_ascii_lower(v),
                    reference.contains(lower.as_str()),
                    "{v:?}"
                );
                asked += 1;
            }
        }
        assert!(asked > 40_000 && words.iter().all(|w| set.contains(w)));
        assert!(!WordSet::default().contains("x") && WordSet::default().is_empty());
    }
}
