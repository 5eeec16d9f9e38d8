//! botwall's own JSON parser for [`Value`]: serde_json's grammar without serde's visitor
//! machinery.
//!
//! Going through serde (`serde_json::from_slice` into a visitor) cost a small update most
//! of its parse time in calls between generic layers, and every number was handed over as
//! a new string and validated a second time. This parser reads the body once, borrows
//! keys, strings without escapes and numbers from it, and checks each object for repeated
//! keys as it closes.
//!
//! It accepts exactly what `serde_json::from_slice::<serde_json::Value>` accepts (with
//! the `arbitrary_precision` feature the workspace enables) and reads the same value: the
//! same whitespace, literals, number grammar (no leading zeros, digits after `.` and after
//! the exponent), string rules (no raw control characters, the same escapes, surrogate
//! pairs only as pairs, valid UTF-8: checked once for the whole body, since outside
//! strings serde_json refuses any byte that is not ASCII), the same nesting limit (an array or object nested
//! 128 deep is refused), nothing but whitespace after the value, and serde_json's reading
//! of an object whose first key is its private number token. The unit tests and the
//! `json` fuzz target compare the two on every input.
use super::{has_duplicate_key, Map, Number, Value, NUMBER_TOKEN};
use crate::json::StrictError;
use std::borrow::Cow;
use std::str::FromStr;

/// Arrays and objects may nest this deep minus one (serde_json's recursion limit).
const DEPTH_LIMIT: u32 = 128;

/// Parses one JSON value from `input` (whitespace around it allowed).
///
/// # Errors
/// [`StrictError::Invalid`] when `input` is not one JSON value serde_json would accept;
/// [`StrictError::DuplicateKey`] when an object in it repeats a key.
pub fn parse(input: &[u8]) -> Result<Value<'_>, StrictError> {
    // Only strings may hold bytes outside ASCII, and they must be UTF-8: a body that is
    // not UTF-8 is refused by serde_json too. Checked once here, every string is then a
    // slice of `text` between two ASCII bytes (always character boundaries).
    let text = std::str::from_utf8(input).map_err(|_| StrictError::Invalid)?;
    let mut p = Parser {
        bytes: input,
        text,
        pos: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.skip_ws();
    if p.pos == input.len() {
        Ok(v)
    } else {
        Err(StrictError::Invalid)
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    /// `bytes` as text (checked UTF-8).
    text: &'a str,
    pos: usize,
    depth: u32,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Value<'a>, StrictError> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.pos += 1;
                self.string().map(Value::String)
            }
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(StrictError::Invalid),
        }
    }

    fn literal(&mut self, word: &[u8], v: Value<'a>) -> Result<Value<'a>, StrictError> {
        let end = self.pos + word.len();
        if self.bytes.get(self.pos..end) == Some(word) {
            self.pos = end;
            Ok(v)
        } else {
            Err(StrictError::Invalid)
        }
    }

    fn enter(&mut self) -> Result<(), StrictError> {
        self.depth += 1;
        if self.depth >= DEPTH_LIMIT {
            Err(StrictError::Invalid)
        } else {
            Ok(())
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// At least one digit, then any more.
    fn some_digits(&mut self) -> Result<(), StrictError> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            _ => Err(StrictError::Invalid),
        }
    }

    fn number(&mut self) -> Result<Value<'a>, StrictError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                // Only one leading zero.
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(StrictError::Invalid);
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(StrictError::Invalid),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.some_digits()?;
        }
        let mantissa_end = self.pos;
        // serde_json writes an exponent as `e`, a sign and the digits as written.
        let mut exponent = None;
        if let Some(b'e' | b'E') = self.peek() {
            let marker = self.pos;
            self.pos += 1;
            let sign = match self.peek() {
                Some(s @ (b'+' | b'-')) => {
                    self.pos += 1;
                    Some(s)
                }
                _ => None,
            };
            let digits = self.pos;
            self.some_digits()?;
            let canonical = self.bytes.get(marker) == Some(&b'e') && sign.is_some();
            if !canonical {
                exponent = Some((sign.unwrap_or(b'+'), digits));
            }
        }
        let text = |a: usize, b: usize| self.text.get(a..b).ok_or(StrictError::Invalid);
        let number = match exponent {
            None => Cow::Borrowed(text(start, self.pos)?),
            Some((sign, digits)) => {
                let mut s = String::with_capacity(self.pos - start + 1);
                s.push_str(text(start, mantissa_end)?);
                s.push('e');
                s.push(char::from(sign));
                s.push_str(text(digits, self.pos)?);
                Cow::Owned(s)
            }
        };
        Ok(Value::Number(Number(number)))
    }

    /// A string's contents; `pos` is just after the opening quote and ends just after the
    /// closing one. Borrowed from the input unless it holds an escape.
    fn string(&mut self) -> Result<Cow<'a, str>, StrictError> {
        let start = self.pos;
        // The plain run: up to the first quote, backslash or control character.
        self.pos += plain_run(self.bytes.get(start..).unwrap_or_default());
        match self.peek() {
            Some(b'"') => {
                let s = self.text.get(start..self.pos).ok_or(StrictError::Invalid)?;
                self.pos += 1;
                return Ok(Cow::Borrowed(s));
            }
            Some(b'\\') => {}
            _ => return Err(StrictError::Invalid),
        }
        // An escape: build the text from the raw runs between escapes and the escaped
        // characters.
        let mut out = String::with_capacity(self.pos - start + 16);
        let mut run = start;
        loop {
            match self.peek() {
                None => return Err(StrictError::Invalid),
                Some(b'"') => {
                    out.push_str(self.text.get(run..self.pos).ok_or(StrictError::Invalid)?);
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(run..self.pos).ok_or(StrictError::Invalid)?);
                    self.pos += 1;
                    out.push(self.escape()?);
                    run = self.pos;
                }
                Some(b) if b < 0x20 => return Err(StrictError::Invalid),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of one escape, after its backslash.
    fn escape(&mut self) -> Result<char, StrictError> {
        let c = self.peek().ok_or(StrictError::Invalid)?;
        self.pos += 1;
        Ok(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(StrictError::Invalid),
        })
    }

    /// The character of a `\u` escape (after the `u`): a surrogate pair must come as
    /// `\uD8xx\uDCxx`; a lone surrogate is refused.
    fn unicode_escape(&mut self) -> Result<char, StrictError> {
        let n = self.hex4()?;
        let code = match n {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(StrictError::Invalid);
                }
                self.pos += 2;
                let lo = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return Err(StrictError::Invalid);
                }
                0x10000 + ((u32::from(n) - 0xD800) << 10) + (u32::from(lo) - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(StrictError::Invalid),
            n => u32::from(n),
        };
        char::from_u32(code).ok_or(StrictError::Invalid)
    }

    fn hex4(&mut self) -> Result<u16, StrictError> {
        let mut n: u16 = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(StrictError::Invalid),
            };
            n = (n << 4) | u16::from(d);
            self.pos += 1;
        }
        Ok(n)
    }

    fn array(&mut self) -> Result<Value<'a>, StrictError> {
        self.enter()?;
        self.pos += 1;
        self.skip_ws();
        let mut out = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                out.push(self.value()?);
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b']') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(StrictError::Invalid),
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Array(out))
    }

    fn object(&mut self) -> Result<Value<'a>, StrictError> {
        self.enter()?;
        self.pos += 1;
        self.skip_ws();
        let mut entries = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(Map::new()));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(StrictError::Invalid);
            }
            self.pos += 1;
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(StrictError::Invalid);
            }
            self.pos += 1;
            if entries.is_empty() && key == NUMBER_TOKEN {
                return self.number_token();
            }
            let v = self.value()?;
            if entries.is_empty() {
                entries.reserve(8);
            }
            entries.push((key, v));
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(StrictError::Invalid),
            }
        }
        if has_duplicate_key(&entries) {
            return Err(StrictError::DuplicateKey);
        }
        self.depth -= 1;
        Ok(Value::Object(Map { entries }))
    }

    /// An object whose first key is serde_json's private number token: serde_json reads
    /// it as the number its string value spells, and the object must end there.
    fn number_token(&mut self) -> Result<Value<'a>, StrictError> {
        self.skip_ws();
        if self.peek() != Some(b'"') {
            return Err(StrictError::Invalid);
        }
        self.pos += 1;
        let text = self.string()?;
        if serde_json::Number::from_str(&text).is_err() {
            return Err(StrictError::Invalid);
        }
        self.skip_ws();
        if self.peek() != Some(b'}') {
            return Err(StrictError::Invalid);
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Value::Number(Number(text)))
    }
}

/// The length of the run at the start of `s` without a quote, a backslash or a control
/// character: eight bytes at a time while none of them is one (as serde_json skips).
fn plain_run(s: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    for chunk in s.chunks_exact(8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        // A byte below 0x20, or equal to '"' or '\\' (zero after the xor), sets its
        // high bit here (later bytes may be marked falsely; the exact byte is found
        // below).
        let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x;
        let hit =
            (below(w, 0x20) | below(w ^ (ONES * 0x22), 1) | below(w ^ (ONES * 0x5c), 1)) & HIGH;
        if hit != 0 {
            break;
        }
        n += 8;
    }
    let tail = s.get(n..).unwrap_or_default();
    n + tail
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .unwrap_or(tail.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ours against serde_json on one input: both refuse, or both accept the same value
    /// and write the same bytes, or serde_json accepts an object with a repeated key
    /// (last copy wins there) that we refuse.
    fn agree(input: &[u8]) {
        let ours = parse(input);
        let theirs: Result<serde_json::Value, _> = serde_json::from_slice(input);
        let shown = String::from_utf8_lossy(input);
        match (ours, theirs) {
            (Ok(o), Ok(t)) => {
                assert_eq!(serde_json::Value::from(&o), t, "{shown}");
                assert_eq!(
                    super::super::to_vec(&o).unwrap(),
                    serde_json::to_vec(&t).unwrap(),
                    "{shown}"
                );
            }
            // Refused by both (a repeated key may be seen before a later syntax error).
            (Err(_), Err(_)) => {}
            (Err(StrictError::DuplicateKey), Ok(_)) => {
                assert_eq!(
                    crate::json::reference::has_duplicate_key(input),
                    Some(true),
                    "{shown}"
                );
            }
            (o, t) => panic!("{shown}: ours {o:?}, serde_json {t:?}"),
        }
    }

    #[test]
    fn table_against_serde_json() {
        let cases: &[&[u8]] = &[
            br#"{"update_id":1,"message":{"text":"hi","date":1700000000}}"#,
            br#"{"a":1.0,"b":-0,"c":1e400,"d":123456789012345678901234567890,"e":-1.5E-7,"f":2E+3}"#,
            br#"{"s":"\u00e9\n\"\\\/\ud83d\ude00\b\f\r\t","t":"\u0000\u001f","v":"\uD83D\uDE00"}"#,
            br#"[null,true,false,[],{},[{}],{"":""}, [ ] , { } ]"#,
            b" {\"x\" : [ 1 , 2 ] } \n\t\r",
            br#"{"a":1,}"#,
            br#"[1,]"#,
            br#"[,1]"#,
            br#"{,"a":1}"#,
            br#"{"a" 1}"#,
            br#"{"a":1 "b":2}"#,
            br#"{a:1}"#,
            br#"{"a":01}"#,
            br#"{"a":-}"#,
            br#"{"a":-01}"#,
            br#"{"a":1.}"#,
            br#"{"a":.5}"#,
            br#"{"a":1e}"#,
            br#"{"a":1e+}"#,
            br#"{"a":+1}"#,
            br#"{"a":0x10}"#,
            br#"{"a":1.5e3.2}"#,
            br#"{"a":"\ud800"}"#,
            br#"{"a":"\ud800\u0041"}"#,
            br#"{"a":"\udc00"}"#,
            br#"{"a":"\ud800x"}"#,
            br#"{"a":"\u12"}"#,
            br#"{"a":"\u12G4"}"#,
            br#"{"a":"\x"}"#,
            br#"{"a":"\'"}"#,
            br#"{"a":1} x"#,
            br#"{"a":1}}"#,
            b"\"\x7f\"",
            b"\"\x1f\"",
            b"\"a\tb\"",
            b"\"\xff\"",
            b"\"\xc3\"",
            b"\"\xc3\\n\xa9\"",
            b"\"\xe2\x82\xac\\u20ac\"",
            br#"{"$serde_json::private::Number":"5"}"#,
            br#"{"$serde_json::private::Number":"-1.5e7"}"#,
            br#"{"$serde_json::private::Number":"x"}"#,
            br#"{"$serde_json::private::Number":5}"#,
            br#"{"$serde_json::private::Number":"5","a":1}"#,
            br#"{"$serde_json::private::Number":"5" }"#,
            br#"{"\u0024serde_json::private::Number":"7"}"#,
            br#"{"a":1,"$serde_json::private::Number":"5"}"#,
            br#"{"a":1,"a":2}"#,
            br#"{"a":1,"\u0061":2}"#,
            br#"{"a":{"b":1,"b":2},"c":3}"#,
            br#"{"a":{"b":1,"b":2},"c":}"#,
            b"",
            b"   ",
            b"nul",
            b"nulll",
            b"truefalse",
            b"true",
            b"-0",
            b"\"x\"",
            b"[\"unterminated",
            b"{\"a\":1",
            b"[1",
        ];
        for c in cases {
            agree(c);
        }
    }

    #[test]
    fn nesting_limit_is_serde_jsons() {
        for depth in [1usize, 2, 126, 127, 128, 129, 200] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                let doc = open.repeat(depth) + "1" + &close.repeat(depth);
                agree(doc.as_bytes());
            }
        }
        let mixed = "[{\"a\":".repeat(63) + "[]" + &"}]".repeat(63);
        agree(mixed.as_bytes());
        let mixed = "[{\"a\":".repeat(64) + "[]" + &"}]".repeat(64);
        agree(mixed.as_bytes());
    }

    #[test]
    fn plain_run_stops_at_the_first_special_byte() {
        for len in 0..40 {
            for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                for at in 0..=len {
                    let fill = b"a\xc3\xa9 ~!#\x7f\xff";
                    let mut s: Vec<u8> = (0..len).map(|i| fill[i % fill.len()]).collect();
                    if at < len {
                        s[at] = special;
                    }
                    assert_eq!(plain_run(&s), at, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn borrows_plain_text_and_numbers() {
        let v = parse(br#"{"k":"plain","e":"a\nb","n":12.50}"#).unwrap();
        let m = v.as_object().unwrap();
        assert!(matches!(
            m.get("k"),
            Some(Value::String(Cow::Borrowed("plain")))
        ));
        assert!(matches!(m.get("e"), Some(Value::String(Cow::Owned(s))) if s == "a\nb"));
        assert!(matches!(
            m.get("n"),
            Some(Value::Number(Number(Cow::Borrowed("12.50"))))
        ));
    }

    /// Generated inputs: every byte string built from JSON-ish pieces agrees with
    /// serde_json (valid, broken and duplicate-key documents alike).
    #[test]
    fn generated_inputs_agree() {
        let pieces: &[&[u8]] = &[
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b"\"a\"",
            b"\"b\"",
            b"\"\\u0061\"",
            b"1",
            b"-0.5e+3",
            b"2E7",
            b"1e-0",
            b"00",
            b"true",
            b"null",
            b" ",
            b"\"\\ud83d\\ude00\"",
            b"\"\\ud83d\"",
            b"\"\xc3\xa9\"",
            b"\"\xc3\"",
            b"\"\\q\"",
            b"\n",
            b"1.",
            b"\"",
        ];
        let mut rng = crate::testing::Rng::new(0x5eed_1234);
        for _ in 0..20_000 {
            let n = 1 + rng.below(12);
            let mut doc = Vec::new();
            for _ in 0..n {
                doc.extend_from_slice(pieces[rng.below(pieces.len())]);
            }
            agree(&doc);
        }
    }
}
