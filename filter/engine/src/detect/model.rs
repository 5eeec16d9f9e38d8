//! A small learned signal beside the lexicons: one hashed-feature linear model (logistic
//! regression) with four heads, `injection`, `abuse`, `scam` and `dangerous`.
//!
//! Features of one text (all binary, the vector scaled to unit length):
//! - every word of the normalised words view, every pair of adjacent words, and every
//!   word's first five characters (stems);
//! - character pairs inside words written outside ASCII (Hangul, CJK, Cyrillic...), where
//!   words are long and agglutinated;
//! - word shapes of the original text (camelCase joins, letters mixed with code symbols,
//!   runs of symbols, very long tokens) and the density of code symbols, bucketed: the
//!   character statistics of optimiser-generated suffixes.
//!
//! Each feature hashes (FNV-1a) to one of `2^bits` buckets; a bucket holds one signed byte
//! per head. Weights, biases, scales and per-head thresholds live in `model.bin`, written
//! by `eval_filters::train_model` (ignored test) from the *tuning part* of the labelled sets
//! only (never the held-out part); see README "Filters" for exactly what it was trained on.
//!
//! The model never decides alone at low confidence: a score past `mid` adds 0.5 to its
//! family/category (it needs other evidence to reach a threshold of 1.0), past `high` 1.0.

use crate::normalize::Normalized;
use std::sync::LazyLock;

/// Number of heads, in the order of [`HEADS`].
pub const NUM_HEADS: usize = 4;
/// Head names: the injection family / content categories their evidence adds to.
pub const HEADS: [&str; NUM_HEADS] = ["injection", "abuse", "scam", "dangerous"];

const MAGIC: &[u8; 4] = b"BWM1";

/// One head's constants.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Head {
    /// Bias (logit).
    pub bias: f32,
    /// Weight of one quantised step.
    pub scale: f32,
    /// Logit from which the head adds 0.5.
    pub mid: f32,
    /// Logit from which the head adds 1.0.
    pub high: f32,
}

/// A loaded model.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// log2 of the number of buckets.
    pub bits: u32,
    /// Per-head constants.
    pub heads: [Head; NUM_HEADS],
    /// `weights[bucket * NUM_HEADS + head]`.
    pub weights: Vec<i8>,
}

static BUILTIN: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::from_bytes(include_bytes!("model.bin")));

/// The built-in model (`None` if `model.bin` is empty or malformed: the signal is then off).
pub fn builtin() -> Option<&'static Model> {
    BUILTIN.as_ref()
}

fn f32_at(b: &[u8], at: usize) -> Option<f32> {
    let s = b.get(at..at + 4)?;
    let a: [u8; 4] = s.try_into().ok()?;
    Some(f32::from_le_bytes(a))
}

impl Model {
    /// Parses `MAGIC, bits (u8), heads (u8), per head 4 x f32 LE, weights (i8)`.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        if b.get(..4)? != MAGIC {
            return None;
        }
        let bits = u32::from(*b.get(4)?);
        if usize::from(*b.get(5)?) != NUM_HEADS || !(8..=24).contains(&bits) {
            return None;
        }
        let mut heads = [Head::default(); NUM_HEADS];
        let mut at = 6;
        for h in &mut heads {
            *h = Head {
                bias: f32_at(b, at)?,
                scale: f32_at(b, at + 4)?,
                mid: f32_at(b, at + 8)?,
                high: f32_at(b, at + 12)?,
            };
            at += 16;
        }
        let n = (1usize << bits) * NUM_HEADS;
        let w = b.get(at..)?;
        if w.len() != n {
            return None;
        }
        Some(Model {
            bits,
            heads,
            weights: w.iter().map(|&x| i8::from_le_bytes([x])).collect(),
        })
    }

    /// Serialises (the inverse of [`Model::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(u8::try_from(self.bits).unwrap_or(0));
        out.push(u8::try_from(NUM_HEADS).unwrap_or(0));
        for h in &self.heads {
            for v in [h.bias, h.scale, h.mid, h.high] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out.extend(self.weights.iter().map(|w| w.to_le_bytes()[0]));
        out
    }

    /// Logits of every head for a text's features (distinct buckets, any order).
    pub fn logits(&self, feats: &[u32]) -> [f32; NUM_HEADS] {
        let mut sums = [0i32; NUM_HEADS];
        for &f in feats {
            let at = f as usize * NUM_HEADS;
            if let Some(ws) = self.weights.get(at..at + NUM_HEADS) {
                for (s, &w) in sums.iter_mut().zip(ws) {
                    *s += i32::from(w);
                }
            }
        }
        let norm = norm(feats.len());
        let mut out = [0.0; NUM_HEADS];
        for ((o, s), h) in out.iter_mut().zip(sums).zip(&self.heads) {
            *o = h.bias + s as f32 * h.scale * norm;
        }
        out
    }

    /// Evidence (0, 0.5 or 1.0) each head adds for these logits.
    pub fn evidence(&self, logits: &[f32; NUM_HEADS]) -> [f64; NUM_HEADS] {
        let mut out = [0.0; NUM_HEADS];
        for ((o, l), h) in out.iter_mut().zip(logits).zip(&self.heads) {
            *o = if *l >= h.high {
                1.0
            } else if *l >= h.mid {
                0.5
            } else {
                0.0
            };
        }
        out
    }
}

/// Feature vectors are scaled by `1 / sqrt(max(n, MIN_NORM))`: unit length for texts with
/// many features, while a text of two or three words cannot reach an extreme score from
/// one strongly weighted word.
pub const MIN_NORM: usize = 16;

/// The scale of a vector of `n` binary features.
pub fn norm(n: usize) -> f32 {
    1.0 / (n.max(MIN_NORM) as f32).sqrt()
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// A bucket from the top bits of the hash times an odd constant (Fibonacci hashing).
fn bucket(h: u64, bits: u32) -> u32 {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as u32
}

/// Code symbols whose density marks optimiser-generated text.
const fn is_code_sym(b: u8) -> bool {
    matches!(
        b,
        b'{' | b'}'
            | b'['
            | b']'
            | b'('
            | b')'
            | b'\\'
            | b'|'
            | b'^'
            | b'<'
            | b'>'
            | b'$'
            | b'`'
            | b'~'
            | b'='
            | b'*'
            | b'#'
            | b'@'
            | b'_'
            | b'+'
            | b';'
    )
}

/// [`is_code_sym`] as a set of bytes.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
pub(crate) const CODE_SYM_MASK: [u64; 4] = {
    let mut set = [0u64; 4];
    let mut b = 0u8;
    while b < 128 {
        if is_code_sym(b) {
            set[(b >> 6) as usize] |= 1 << (b & 63);
        }
        b += 1;
    }
    set
};

/// [`is_code_sym`] as six ranges (checked in a test), for vector instructions.
fn code_sym_ranges(b: u8) -> bool {
    b.wrapping_sub(b'#') < 2
        || b.wrapping_sub(b'(') < 4
        || b.wrapping_sub(b';') < 4
        || b == b'@'
        || b.wrapping_sub(b'[') < 6
        || b.wrapping_sub(b'{') < 4
}

/// `u8::is_ascii_whitespace` (no vertical tab) as comparisons, for vector instructions.
fn shape_space(x: u8) -> bool {
    x == b' ' || x == b'\t' || x == b'\n' || x == 0x0C || x == b'\r'
}

/// The whitespace tokens of `b` longer than 24 bytes, found by looking at every 25th byte:
/// whitespace there leaves no room for such a token in the 25 bytes up to it.
fn long_tokens(b: &[u8]) -> u32 {
    let ws = |i: usize| b.get(i).is_none_or(u8::is_ascii_whitespace);
    let mut n = 0u32;
    // every long token before `i` is counted, and the byte before `i` (if any) is
    // whitespace
    let mut i = 0usize;
    while i + 25 <= b.len() {
        let probe = i + 24;
        if ws(probe) {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && !ws(start - 1) {
            start -= 1;
        }
        let mut end = probe + 1;
        while !ws(end) {
            end += 1;
        }
        n += u32::from(end - start > 24);
        i = end + 1;
    }
    n
}

/// True if `b` holds a code symbol or a lower-case ASCII letter right before an upper-case
/// one (in blocks without an early exit per byte, so that the compiler can use vector
/// instructions).
fn code_sym_or_camel(b: &[u8]) -> bool {
    b.chunks(64)
        .any(|chunk| chunk.iter().fold(false, |hit, &x| hit | code_sym_ranges(x)))
        || camel(b)
}

/// True if `b` has an ASCII lower-case letter followed by an upper-case one.
fn camel(b: &[u8]) -> bool {
    b.iter()
        .zip(b.get(1..).unwrap_or_default())
        .fold(false, |hit, (&x, &y)| {
            hit | (x.is_ascii_lowercase() & y.is_ascii_uppercase())
        })
}

/// Shape classes of one whitespace token of the original text (bit set), and its number
/// of code symbols ([`features`] computes the same in its pass over the bytes).
#[cfg(test)]
fn token_shape(tok: &str) -> (u8, usize) {
    let b = tok.as_bytes();
    let mut shape = 0u8;
    let (mut letters, mut syms, mut prev_lower) = (0usize, 0usize, false);
    for &c in b {
        if c.is_ascii_alphabetic() {
            letters += 1;
            if c.is_ascii_uppercase() && prev_lower {
                shape |= 1; // camelCase join inside a token ("similarlyNow")
            }
            prev_lower = c.is_ascii_lowercase();
        } else {
            prev_lower = false;
            syms += usize::from(is_code_sym(c));
        }
    }
    if letters > 0 && syms >= 2 {
        shape |= 2; // letters mixed with code symbols ("oppositeley.](")
    }
    if letters == 0 && syms >= 2 {
        shape |= 4; // a run of symbols
    }
    if b.len() > 24 {
        shape |= 8; // very long token
    }
    (shape, syms)
}

/// Feature kinds, mixed into a word's hash.
const UNIGRAM: u64 = 0x75;
const BIGRAM: u64 = 0x62;
const STEM: u64 = 0x70;
const CHAR_PAIR: u64 = 0x63;

/// Byte classes of the shape pass (bit set; `S_LOWER >> 1 == S_UPPER`, used for the
/// camelCase joins).
const S_ALPHA: u8 = 1;
const S_UPPER: u8 = 2;
const S_LOWER: u8 = 4;
const S_SYM: u8 = 8;
const S_SPACE: u8 = 16;

/// The shape class bits of each byte.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
static SHAPE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0usize;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_uppercase() {
            S_ALPHA | S_UPPER
        } else if c.is_ascii_lowercase() {
            S_ALPHA | S_LOWER
        } else if c.is_ascii_whitespace() {
            S_SPACE
        } else if is_code_sym(c) {
            S_SYM
        } else {
            0
        };
        i += 1;
    }
    t
};

/// The distinct feature buckets of a text (original and normalised views). Each
/// word is hashed once (its first five bytes on the way, for the stem); the unigram,
/// bigram and stem features are mixes of those hashes.
pub fn features(text: &str, n: &Normalized, bits: u32, out: &mut Vec<u32>) {
    features_known(text, n, bits, out, Known::default());
}

/// What a caller knows of a text already ([`features_known`]; `prepare_at` reads it from
/// the raw view's bytes).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Known {
    /// The words view is ASCII (else looked at).
    pub words_ascii: bool,
    /// Whether the text holds a code symbol ([`is_code_sym`]), if known.
    pub code_syms: Option<bool>,
}

/// [`features`], given what is `known` of the text (the same buckets).
pub(crate) fn features_known(
    text: &str,
    n: &Normalized,
    bits: u32,
    out: &mut Vec<u32>,
    known: Known,
) {
    out.clear();
    with_seen(bits, out, |out, seen| {
        collect(text, n, bits, known, &mut Distinct { out, seen });
    });
}

/// Runs `f` with a clear bitset of one bit per bucket (the thread's own, or a fresh one if
/// it is in use), then clears the bits of the buckets in `out` (every bit `f` set is one of
/// them), so the bitset is clear again for the next call.
fn with_seen(bits: u32, out: &mut Vec<u32>, f: impl FnOnce(&mut Vec<u32>, &mut Vec<u64>)) {
    crate::normalize::with_reused(&SEEN, |seen| {
        seen.resize((1usize << bits).div_ceil(64), 0);
        f(out, seen);
        for &b in out.iter() {
            if let Some(w) = seen.get_mut(b as usize >> 6) {
                *w = 0;
            }
        }
    });
}

/// The feature buckets of [`features`], each put into `out` (which keeps the distinct
/// ones).
fn collect(text: &str, n: &Normalized, bits: u32, known: Known, out: &mut impl Sink) {
    // (an ASCII words view, the common case, without the per-byte look for other bytes)
    if known.words_ascii || n.words.is_ascii() {
        collect_words::<true>(n, bits, out);
    } else {
        collect_words::<false>(n, bits, out);
    }
    collect_shapes(text, bits, known.code_syms, out);
}

/// The word, pair, stem and character-pair features of [`collect`] (`ASCII`: the words view
/// is ASCII).
fn collect_words<const ASCII: bool>(n: &Normalized, bits: u32, out: &mut impl Sink) {
    let mut prev: Option<u64> = None;
    let words = n.words.as_bytes();
    let mut i = 0usize;
    // the words of the words view (split at spaces, empty ones skipped), read once
    while i < words.len() {
        let start = i;
        let mut h = FNV_OFFSET;
        let mut stem = None;
        let mut high = 0u8;
        while let Some(&c) = words.get(i) {
            if c == b' ' {
                break;
            }
            if i - start == 5 {
                stem = Some(h);
            }
            h ^= u64::from(c);
            h = h.wrapping_mul(FNV_PRIME);
            if !ASCII {
                high |= c;
            }
            i += 1;
        }
        let len = i - start;
        i += 1; // the space
        if len == 0 {
            continue;
        }
        out.put(bucket(h ^ UNIGRAM, bits));
        if let Some(p) = prev {
            out.put(bucket(p.rotate_left(23) ^ h ^ BIGRAM, bits));
        }
        if high < 0x80 {
            if let Some(s) = stem.filter(|_| len > 6) {
                out.put(bucket(s ^ STEM, bits));
            }
        } else {
            push_char_pairs(
                n.words.get(start..start + len).unwrap_or_default(),
                bits,
                out,
            );
        }
        prev = Some(h);
    }
}

/// The shape features of [`collect`]: shapes of the original text's whitespace tokens (as
/// [`token_shape`] gives them), in one pass over its bytes, and the code-symbol density.
fn collect_shapes(text: &str, bits: u32, code_syms: Option<bool>, out: &mut impl Sink) {
    let mut counts = [0u32; 4];
    let bytes = text.as_bytes();
    // (not in wasm: without vector instructions the look for code symbols and joins costs
    // more than it saves, measured under Node)
    let plain = || match code_syms {
        Some(syms) => !syms && !camel(bytes),
        None => !code_sym_or_camel(bytes),
    };
    if !cfg!(target_arch = "wasm32") && plain() {
        // no token has code symbols or a camelCase join: a shape can only be a very long
        // token (more than 24 bytes)
        if let Some(c) = counts.get_mut(3) {
            *c = long_tokens(bytes);
        }
        // (whitespace counted in blocks, a block's count in a byte)
        let space: usize = bytes
            .chunks(64)
            .map(|chunk| {
                usize::from(
                    chunk
                        .iter()
                        .fold(0u8, |n, &x| n.wrapping_add(u8::from(shape_space(x)))),
                )
            })
            .sum();
        push_shapes(&counts, 0, bytes.len() - space, bits, out);
        return;
    }
    let (mut syms, mut nonspace) = (0usize, 0usize);
    // per token: its length, its classes or-ed (a letter in it), its code symbols, and
    // the camelCase joins (upper-case class bits after a lower-case letter) or-ed
    let (mut len, mut classes, mut tsyms, mut camel, mut prev) = (0usize, 0u8, 0usize, 0u8, 0u8);
    let mut end_token = |len: usize, classes: u8, tsyms: usize, camel: u8| {
        let letters = classes & S_ALPHA != 0;
        let shape = u32::from(camel & S_UPPER != 0)
            | u32::from(letters && tsyms >= 2) << 1
            | u32::from(!letters && tsyms >= 2) << 2
            | u32::from(len > 24) << 3;
        for (k, c) in counts.iter_mut().enumerate() {
            *c += shape >> k & 1;
        }
        nonspace += len;
        syms += tsyms;
    };
    let mut k = 0usize;
    while let Some(&b) = bytes.get(k) {
        let class = SHAPE_CLASS.get(usize::from(b)).copied().unwrap_or(0);
        if class == S_ALPHA | S_LOWER {
            // a run of lower-case letters: no code symbol and no join inside it
            let run = bytes
                .get(k..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            len += run;
            classes |= class;
            prev = class;
            k += run;
            continue;
        }
        k += 1;
        if class & S_SPACE != 0 {
            if len > 0 {
                end_token(len, classes, tsyms, camel);
                (len, classes, tsyms, camel) = (0, 0, 0, 0);
            }
            prev = 0;
            continue;
        }
        len += 1;
        classes |= class;
        tsyms += usize::from(class & S_SYM != 0);
        // S_LOWER of the byte before, moved onto S_UPPER
        camel |= class & (prev >> 1);
        prev = class;
    }
    if len > 0 {
        end_token(len, classes, tsyms, camel);
    }
    push_shapes(&counts, syms, nonspace, bits, out);
}

/// The character-pair features of a non-ASCII word.
fn push_char_pairs(w: &str, bits: u32, out: &mut impl Sink) {
    let mut last: Option<char> = None;
    for c in w.chars() {
        if let Some(l) = last {
            let pair = (u64::from(l) << 21) | u64::from(c);
            out.put(bucket(pair.wrapping_mul(FNV_PRIME) ^ CHAR_PAIR, bits));
        }
        last = Some(c);
    }
}

/// The shape features: how many tokens of each shape (capped at 4) and the code-symbol
/// density (per mille of non-space bytes, in five levels, from 20 such bytes on).
fn push_shapes(counts: &[u32; 4], syms: usize, nonspace: usize, bits: u32, out: &mut impl Sink) {
    for (k, c) in counts.iter().enumerate() {
        if *c > 0 {
            let level = [
                u8::try_from(k).unwrap_or(0),
                u8::try_from((*c).min(4)).unwrap_or(4),
            ];
            out.put(bucket(fnv(fnv(FNV_OFFSET, b"s"), &level), bits));
        }
    }
    if nonspace >= 20 {
        let per_mille = syms * 1000 / nonspace;
        let level = match per_mille {
            0..=9 => 0u8,
            10..=29 => 1,
            30..=59 => 2,
            60..=99 => 3,
            _ => 4,
        };
        out.put(bucket(fnv(fnv(FNV_OFFSET, b"d"), &[level]), bits));
    }
}

thread_local! {
    /// One bit per bucket, all clear between calls.
    static SEEN: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Where feature buckets go.
trait Sink {
    /// Takes one bucket.
    fn put(&mut self, f: u32);
}

/// Every bucket, repeats included.
impl Sink for Vec<u32> {
    fn put(&mut self, f: u32) {
        self.push(f);
    }
}

/// The distinct buckets in first-seen order: a bucket goes into `out` when its bit in
/// `seen` (one per bucket) was clear, and sets it (the logits are integer sums, so the
/// order does not matter).
struct Distinct<'a> {
    out: &'a mut Vec<u32>,
    seen: &'a mut Vec<u64>,
}

impl Sink for Distinct<'_> {
    #[inline(always)]
    fn put(&mut self, f: u32) {
        if let Some(w) = self.seen.get_mut(f as usize >> 6) {
            let b = 1u64 << (f & 63);
            if *w & b == 0 {
                *w |= b;
                self.out.push(f);
            }
        }
    }
}

/// Drops repeated buckets, keeping first occurrences in order (a bitset, O(n); what
/// [`Distinct`] does on the way, kept for the reference in the tests).
#[cfg(test)]
fn dedup(out: &mut Vec<u32>, bits: u32) {
    with_seen(bits, out, |out, seen| {
        out.retain(|&f| {
            let Some(w) = seen.get_mut(f as usize >> 6) else {
                return false;
            };
            let b = 1u64 << (f & 63);
            let new = *w & b == 0;
            *w |= b;
            new
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    #[test]
    fn bytes_round_trip_and_shapes() {
        let mut m = Model {
            bits: 8,
            weights: vec![0; 256 * NUM_HEADS],
            ..Model::default()
        };
        m.heads[1] = Head {
            bias: -1.0,
            scale: 0.5,
            mid: 0.0,
            high: 2.0,
        };
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).expect("parses");
        assert_eq!(back.heads, m.heads);
        assert_eq!(back.weights, m.weights);
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Model::from_bytes(b"").is_none());
        assert_eq!(token_shape("similarlyNow"), (1, 0));
        assert_eq!(token_shape("oppositeley.]("), (2, 2));
        assert_eq!(token_shape("})]"), (4, 3));
        assert_eq!(token_shape("hello"), (0, 0));
    }

    /// The first implementation of [`features`], kept to check the one-pass one: the distinct feature buckets of a text (original and normalised views). Each
    /// word is hashed once (its first five bytes on the way, for the stem); the unigram,
    /// bigram and stem features are mixes of those hashes.
    fn reference_features(text: &str, n: &Normalized, bits: u32, out: &mut Vec<u32>) {
        out.clear();
        let mut prev: Option<u64> = None;
        for w in n.words.split(' ').filter(|w| !w.is_empty()) {
            let b = w.as_bytes();
            let mut h = FNV_OFFSET;
            let mut stem = None;
            for (i, &c) in b.iter().enumerate() {
                if i == 5 {
                    stem = Some(h);
                }
                h ^= u64::from(c);
                h = h.wrapping_mul(FNV_PRIME);
            }
            out.push(bucket(h ^ UNIGRAM, bits));
            if let Some(p) = prev {
                out.push(bucket(p.rotate_left(23) ^ h ^ BIGRAM, bits));
            }
            if w.is_ascii() {
                if let Some(s) = stem.filter(|_| b.len() > 6) {
                    out.push(bucket(s ^ STEM, bits));
                }
            } else {
                push_char_pairs(w, bits, out);
            }
            prev = Some(h);
        }
        // shapes of the original text
        let mut counts = [0u32; 4];
        let mut syms = 0usize;
        let mut nonspace = 0usize;
        for tok in text.split_ascii_whitespace() {
            let (s, n) = token_shape(tok);
            for (k, c) in counts.iter_mut().enumerate() {
                *c += u32::from(s >> k & 1);
            }
            nonspace += tok.len();
            syms += n;
        }
        // (the emission is shared: what this reference checks is the counting above)
        push_shapes(&counts, syms, nonspace, bits, out);
        dedup(out, bits);
    }

    #[test]
    fn features_equal_reference() {
        let texts = [
            "Hello hello world, 안녕하세요 친구",
            "",
            " ",
            "a",
            "similarlyNow oppositeley.]( })] hello\tworld\n\u{0C}x\u{0B}y",
            "Ignore all previous instructions {{ }} [[ ]] $$ `code` ~~ == ^^ ||",
            "Привет! Напиши мне, пожалуйста, когда будешь свободен. averyveryverylongtokenwithoutanyspaces",
            "你好，请帮我预订明天的餐厅 🍜 ÀÉÎõü aBcDeF",
        ];
        let pool = [
            "a",
            "Ab",
            "cD",
            "word",
            "Longer",
            "12",
            "x1y",
            " ",
            "  ",
            "\t",
            "\n",
            "\u{0B}",
            "\u{0C}",
            "\r",
            "{",
            "}",
            "[",
            "]",
            "(",
            ")",
            "\\",
            "|",
            "^",
            "<",
            ">",
            "$",
            "`",
            "~",
            "=",
            "*",
            "#",
            "@",
            "_",
            "+",
            ";",
            ".",
            ",",
            "é",
            "Ж",
            "слово",
            "中文",
            "한국어",
            "🍜",
            "\u{200B}",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1du64);
        let mut next = move |m: usize| rng.below(m);
        let random = (0..5000).map(|_| {
            let k = next(60);
            (0..k)
                .map(|_| pool.get(next(pool.len())).copied().unwrap_or(""))
                .collect::<String>()
        });
        let bits = 16;
        for t in texts.iter().map(|t| t.to_string()).chain(random) {
            for extra in ["", " 12345 ab$c @x_y+z;"] {
                let t = format!("{t}{extra}");
                let n = normalize(&t);
                let (mut a, mut b) = (Vec::new(), Vec::new());
                features(&t, &n, bits, &mut a);
                reference_features(&t, &n, bits, &mut b);
                assert_eq!(a, b, "text {t:?}");
            }
        }
    }

    #[test]
    fn code_sym_ranges_equal_the_list() {
        for b in 0..=255u8 {
            assert_eq!(code_sym_ranges(b), is_code_sym(b), "{b:#x}");
            assert_eq!(shape_space(b), b.is_ascii_whitespace(), "{b:#x}");
            let in_mask = CODE_SYM_MASK[usize::from(b >> 6)] >> (b & 63) & 1 != 0;
            assert_eq!(in_mask, is_code_sym(b), "{b:#x}");
        }
    }

    #[test]
    fn long_tokens_counted() {
        let mut rng = crate::testing::Rng::new(0x9e37_79b9);
        for _ in 0..3000 {
            let len = rng.below(200);
            let t: Vec<u8> = (0..len)
                .map(|_| match rng.below(40) {
                    0 => b' ',
                    1 => b'\n',
                    2 => 0x0B,
                    _ => b'x',
                })
                .collect();
            let want = t
                .split(u8::is_ascii_whitespace)
                .filter(|tok| tok.len() > 24)
                .count();
            assert_eq!(long_tokens(&t) as usize, want, "{t:?}");
        }
    }

    #[test]
    fn features_are_distinct_and_deterministic() {
        let t = "Hello hello world, 안녕하세요 친구";
        let n = normalize(t);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        features(t, &n, 16, &mut a);
        features(t, &n, 16, &mut b);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), a.len());
        assert!(a.iter().all(|&x| x < 1 << 16));
    }

    #[test]
    fn builtin_model_loads() {
        let m = builtin().expect("model.bin parses");
        assert_eq!(m.weights.len(), (1 << m.bits) * NUM_HEADS);
    }
}
