//! Street addresses written in Chinese, Japanese and Korean, which have no spaces between
//! their parts and no street-type word after a house number the way [`super::address`]
//! reads European ones:
//!
//! - Chinese: a road (`路`, `街`, `道`, `巷`, `弄`, `胡同`, `里`, `坊`) and a number with
//!   `号`/`號`, the units before it (`北京市朝阳区`) and the floor or room after it
//!   (`5楼`, `301室`): "北京市朝阳区建国路88号", "台北市大安區忠孝東路四段216巷8號3樓".
//! - Japanese: a block (`丁目`) or a lot (`番地`, `番` and `号`) after a place's name of two
//!   characters or more (kanji, katakana), or a bare `番` or a chain of numbers ("1-1-3")
//!   after a place whose name holds a unit (`都`, `道`, `府`, `県`, `市`, `区`, `町`, `村`,
//!   `郡`), then a building and its room or floor if a number ends it: "東京都新宿区西新宿2丁目
//!   8番1号", "大阪府大阪市北区梅田1-1-3 グランドビル5階".
//! - Korean: a road name (`…로`, `…길`) or a neighbourhood (`…동`, `…리`, `…가`) and the
//!   building or lot number, after the province, city, county or district words (`…도`,
//!   `…시`, `…군`, `…구`, `…읍`, `…면`), one of them a city, county or district (a word ending
//!   in 도, 면 or 읍 alone may be a particle or a verb): "서울특별시 강남구 테헤란로 152",
//!   "해운대구 우동 1408-5". A road name of three syllables or more stands without them.
//!   Either way nothing counted may follow the number ("테헤란로 152에", not "지하철로
//!   10분").
//!
//! The text before an address ("我的地址是", "私の住所は", "제 주소는") is left out: a Chinese
//! address starts after a character that does not begin one (`是`, `在`, `寄`, `住`, ...), a
//! Japanese one after kana of the sentence (hiragana) or a sign, a Korean one at its first
//! city or district word.

use super::Span;

/// A CJK ideograph (the unified blocks and the compatibility block).
fn han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// A katakana letter (with the prolonged sound mark and the small ヶ), a halfwidth one, or
/// the iteration mark 々 ("酒々井町").
fn katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0xFF66..=0xFF9D | 0x3005)
}

/// A hiragana letter.
fn hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F)
}

/// A Hangul syllable.
fn hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3)
}

/// An ASCII or fullwidth digit.
fn digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '０'..='９')
}

/// A hyphen between the numbers of a Japanese address.
fn dash(c: char) -> bool {
    matches!(c, '-' | '－' | '‐' | '−' | '–')
}

/// A Chinese numeral (a block number written out: "四段", "三丁目").
fn numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// The last character of a Chinese road's name, or of a section of it (`段`: "忠孝東路四段").
fn road_end(c: char) -> bool {
    matches!(
        c,
        '路' | '街' | '道' | '巷' | '弄' | '同' | '里' | '坊' | '段'
    )
}

/// Characters that end what comes before a Chinese address rather than begin one: the
/// copula and verbs of place and sending, pronouns, particles, "this"/"that".
fn zh_stop(c: char) -> bool {
    "是在到寄送住址往至于於的我你他她们們请請给給把从從去来來搬与與或及这這那哪条條".contains(c)
}

/// A unit of a Japanese address (prefecture, city, ward, town, village, district).
fn ja_unit(c: char) -> bool {
    matches!(
        c,
        '都' | '道' | '府' | '県' | '市' | '区' | '町' | '村' | '郡'
    )
}

/// A floor, room or building unit after a Chinese house number.
fn zh_after(c: char) -> bool {
    matches!(
        c,
        '楼' | '樓' | '层' | '層' | '室' | '栋' | '棟' | '座' | '号' | '號' | '户' | '戶' | 'F'
    )
}

/// Bytes read before an anchor and after it ([`find`]): more than the longest place name
/// or run of city and district words the readings go back over, and than a floor, room or
/// note after the number.
const BEFORE: usize = 150;
const AFTER: usize = 100;

/// Byte offsets where an address may be (a marker of a number in an address): `号`, `號`,
/// `丁目`, `番`, `지하`, a dash between digits after a kana or an ideograph, a digit after a
/// space after a Korean road's or neighbourhood's last syllable (로, 길, 동, 리, 가). Sorted.
fn anchors(b: &[u8]) -> Vec<usize> {
    let mut v = Vec::new();
    let at = |i: usize, w: &str| b.get(i..).is_some_and(|r| r.starts_with(w.as_bytes()));
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // (one pass per group of lead bytes: text without them is passed over at memchr's speed)
    for i in memchr::memchr3_iter(0xE4, 0xE5, 0xE7, b) {
        if at(i, "丁目") || at(i, "号") || at(i, "番") {
            v.push(i);
        }
    }
    for i in memchr::memchr3_iter(0xE8, 0xEC, 0xEF, b) {
        if at(i, "號") || at(i, "지하") || at(i, "－") {
            v.push(i);
        }
    }
    for i in memchr::memchr2_iter(0xEA, 0xEB, b) {
        let end = ["로", "길", "동", "리", "가"].iter().any(|w| at(i, w));
        if end && b.get(i + 3) == Some(&b' ') && digit_at(i + 4) {
            v.push(i);
        }
    }
    for i in memchr::memchr_iter(b'-', b) {
        if i > 0 && digit_at(i - 1) && digit_at(i + 1) {
            let mut s = i - 1;
            while s > 0 && digit_at(s - 1) {
                s -= 1;
            }
            // (a kana or an ideograph, E3-E9 80-BF 80-BF, right before the digits)
            if s >= 3 && b.get(s - 3).is_some_and(|x| (0xE3..=0xE9).contains(x)) {
                v.push(i);
            }
        }
    }
    v.sort_unstable();
    v
}

/// Finds Chinese, Japanese and Korean street addresses (see the module's text), reading
/// the text only around [`anchors`].
pub fn find(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for a in anchors(b) {
        let (s, e) = (
            super::util::floor_boundary(text, a.saturating_sub(BEFORE)),
            super::util::ceil_boundary(text, a.saturating_add(AFTER)),
        );
        match windows.last_mut() {
            Some(w) if s <= w.1 => w.1 = w.1.max(e),
            _ => windows.push((s, e)),
        }
    }
    for (ws, we) in windows {
        let Some(window) = text.get(ws..we) else {
            continue;
        };
        let cs: Vec<(usize, char)> = window.char_indices().collect();
        let end_of = |k: usize| ws + cs.get(k).map_or(window.len(), |&(i, _)| i);
        let mut found: Vec<(usize, usize)> = Vec::new();
        chinese(&cs, &mut found);
        japanese(&cs, &mut found);
        korean(&cs, &mut found);
        found.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        let mut last_end = 0;
        for (s, e) in found {
            // (overlapping readings of one address: the first, longest kept)
            if s < last_end {
                continue;
            }
            last_end = e;
            out.push(Span {
                kind: "STREET_ADDRESS",
                start: end_of(s),
                end: end_of(e),
                score: 0.8,
            });
        }
    }
}

/// The characters `k..` of a run of digits at `k` (its end).
fn digits_end(cs: &[(usize, char)], mut k: usize) -> usize {
    while cs.get(k).is_some_and(|&(_, c)| digit(c)) {
        k += 1;
    }
    k
}

/// The start of a run of digits ending before `k`.
fn digits_start(cs: &[(usize, char)], mut k: usize) -> usize {
    while k > 0 && cs.get(k - 1).is_some_and(|&(_, c)| digit(c)) {
        k -= 1;
    }
    k
}

/// Chinese: `…路88号` with its units before and floor after, as character ranges.
fn chinese(cs: &[(usize, char)], found: &mut Vec<(usize, usize)>) {
    let c = |k: usize| cs.get(k).map(|&(_, c)| c);
    for (k, &(_, ch)) in cs.iter().enumerate() {
        if !matches!(ch, '号' | '號') {
            continue;
        }
        let ds = digits_start(cs, k);
        if ds == k || k - ds > 5 || ds == 0 {
            continue;
        }
        if !c(ds - 1).is_some_and(road_end) {
            continue;
        }
        // back over the road's name, the numbers inside it ("四段216巷") and the units
        let mut s = ds - 1;
        while s > 0 && ds - s < 30 {
            let Some(p) = c(s - 1) else { break };
            if (han(p) && !zh_stop(p)) || digit(p) {
                s -= 1;
            } else {
                break;
            }
        }
        // a name of at least two characters before the road's last one
        let name = (s..ds - 1).filter(|&j| c(j).is_some_and(han)).count();
        if name < 2 {
            continue;
        }
        // a postcode before, with a space ("106 台北市...", "200000 上海市...")
        if s >= 5 && c(s - 1) == Some(' ') {
            let p = digits_start(cs, s - 1);
            let alone = p == 0 || !c(p - 1).is_some_and(char::is_alphanumeric);
            if matches!(s - 1 - p, 3 | 5 | 6) && alone {
                s = p;
            }
        }
        // forward: a sub-number ("8號之5"), floors, rooms, buildings ("5楼", "301室",
        // "3號4樓", "A座")
        let mut e = k + 1;
        if c(e) == Some('之') && c(e + 1).is_some_and(digit) {
            e = digits_end(cs, e + 1);
        }
        for _ in 0..3 {
            // a number or a capital letter, then the unit
            let d = digits_end(cs, e);
            let unit = if d > e {
                d
            } else if c(e).is_some_and(|x| x.is_ascii_uppercase()) {
                e + 1
            } else {
                break;
            };
            if unit - e <= 5 && c(unit).is_some_and(zh_after) {
                e = unit + 1;
            } else {
                break;
            }
        }
        found.push((s, e));
    }
}

/// Japanese: a block, lot or number chain after a place with a unit, as character ranges.
fn japanese(cs: &[(usize, char)], found: &mut Vec<(usize, usize)>) {
    let c = |k: usize| cs.get(k).map(|&(_, c)| c);
    let place = |x: char| han(x) || katakana(x);
    let mut k = 0;
    while k < cs.len() {
        // a number (digits or a written-out block number) right after a place's name
        let Some(x) = c(k) else { break };
        let starts =
            (digit(x) || numeral(x)) && k > 0 && c(k - 1).is_some_and(|p| place(p) && !numeral(p));
        if !starts {
            k += 1;
            continue;
        }
        let mut e = k;
        while c(e).is_some_and(|x| digit(x) || numeral(x)) {
            e += 1;
        }
        let after = |e: usize, w: &str| w.chars().enumerate().all(|(i, wc)| c(e + i) == Some(wc));
        // a block number written out stands only before 丁目 ("三丁目"; "六番町" is a name)
        if numeral(x) && !after(e, "丁目") {
            k = e;
            continue;
        }
        // what follows: 丁目 / 番地 / 番 (N 号) / a chain "-N(-N)"
        let (mut strong, mut weak, mut chain) = (false, false, false);
        loop {
            if after(e, "丁目") || after(e, "番地") {
                e += 2;
                strong = true;
            } else if after(e, "番") {
                e += 1;
                weak = true;
                let d = digits_end(cs, e);
                if d > e && after(d, "号") {
                    e = d + 1;
                    strong = true;
                }
            } else if c(e).is_some_and(dash) && c(e + 1).is_some_and(digit) {
                e += 1;
                chain = true;
            } else {
                break;
            }
            let d = digits_end(cs, e);
            if d == e {
                break;
            }
            e = d;
        }
        // the place before: back over kanji and katakana (a unit among them unless the
        // number is a block or a lot); place names hold kana too ("あきる野市", "松が谷",
        // "日の出町"), so the run goes on over hiragana and then starts after the last
        // hiragana before its first unit ("住所は|青森県あきる野市"); without a unit, after
        // the last hiragana
        let mut s = k;
        while s > 0 && k - s < 32 && c(s - 1).is_some_and(|p| place(p) || hiragana(p)) {
            s -= 1;
        }
        let first_unit = (s..k).find(|&j| c(j).is_some_and(ja_unit));
        let cut = first_unit.unwrap_or(k);
        if let Some(h) = (s..cut).rev().find(|&j| c(j).is_some_and(hiragana)) {
            s = h + 1;
        }
        let unit = first_unit.is_some();
        if (strong && k - s >= 2) || ((weak || chain) && unit) {
            // a building and its room or floor after the lot, with a space or without
            // ("… 1-1-3 グランドビル5階", "…8番1号 コーポ山田201号室"): katakana, kanji or
            // Latin letters, then a number
            let b = if matches!(c(e), Some(' ' | '\u{3000}')) {
                e + 1
            } else {
                e
            };
            let mut n = b;
            while n < b + 20 && c(n).is_some_and(|x| place(x) || x.is_ascii_alphabetic()) {
                n += 1;
            }
            let d = digits_end(cs, n);
            if n > b && d > n && d - n <= 5 {
                e = d;
                for w in ["号室", "階", "号", "F"] {
                    if after(e, w) {
                        e += w.chars().count();
                        break;
                    }
                }
            }
            found.push((s, e));
        }
        k = e.max(k + 1);
    }
}

/// Korean: `[시/도] [구/군] 길·로 번호` or `동 번지`, as character ranges.
fn korean(cs: &[(usize, char)], found: &mut Vec<(usize, usize)>) {
    // the space-separated words, as character ranges
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut s: Option<usize> = None;
    for (k, &(_, ch)) in cs.iter().enumerate() {
        if ch.is_whitespace() || matches!(ch, ',' | '，' | '(' | ')') {
            if let Some(a) = s.take() {
                words.push((a, k));
            }
        } else if s.is_none() {
            s = Some(k);
        }
    }
    if let Some(a) = s {
        words.push((a, cs.len()));
    }
    let c = |k: usize| cs.get(k).map(|&(_, c)| c);
    let last = |w: (usize, usize)| if w.1 > w.0 { c(w.1 - 1) } else { None };
    let all_hangul = |w: (usize, usize)| {
        w.1 > w.0 && (w.0..w.1).all(|j| c(j).is_some_and(|x| hangul(x) || digit(x)))
    };
    let syllables = |w: (usize, usize)| (w.0..w.1).filter(|&j| c(j).is_some_and(hangul)).count();
    let admin = |w: (usize, usize)| {
        all_hangul(w)
            && syllables(w) >= 2
            && last(w).is_some_and(|x| matches!(x, '시' | '도' | '군' | '구' | '읍' | '면'))
    };
    for i in 1..words.len() {
        let (Some(&num), Some(&prev)) = (words.get(i), words.get(i - 1)) else {
            continue;
        };
        // the number: digits (after 지하, "basement", for a building under ground), maybe
        // "-digits", then what is glued to it
        let ns = if c(num.0) == Some('지') && c(num.0 + 1) == Some('하') {
            num.0 + 2
        } else {
            num.0
        };
        let d = digits_end(cs, ns);
        if d == ns || d - ns > 5 {
            continue;
        }
        let mut e = d;
        if c(e).is_some_and(dash) && c(e + 1).is_some_and(digit) {
            e = digits_end(cs, e + 1);
        }
        let glued: String = (e..num.1).filter_map(c).collect();
        let named = all_hangul(prev) && syllables(prev) >= 2;
        let road = named && last(prev).is_some_and(|x| matches!(x, '로' | '길'));
        let lot = named && last(prev).is_some_and(|x| matches!(x, '동' | '리' | '가'));
        if !(road || lot) {
            continue;
        }
        // the cities and districts before, contiguous
        let mut first = i - 1;
        while first > 0 && words.get(first - 1).is_some_and(|&w| admin(w)) && i - first < 4 {
            first -= 1;
        }
        // (a word ending in 도, 면 or 읍 alone may be a particle or a verb: "나도", "되면")
        let has_city = (first..i - 1).any(|j| {
            words
                .get(j)
                .is_some_and(|&w| last(w).is_some_and(|x| matches!(x, '시' | '군' | '구')))
        });
        // nothing counted after the number: an ending or a particle of place
        const PLAIN: &[&str] = &[
            "",
            "에",
            "에서",
            "입니다",
            "이에요",
            "예요",
            "이고",
            "번지",
            "로",
            "으로",
            "이요",
            "요",
        ];
        // (a sentence's end after it: "152입니다.")
        let bare = glued.trim_end_matches(['.', '。', '!', '?', '！', '？', '~', ';']);
        let plain = PLAIN.contains(&bare);
        if !plain || !(has_city || (road && syllables(prev) >= 3)) {
            continue;
        }
        // "번지" belongs to a lot number; a note in brackets right after the number is part
        // of a road-name address ("테헤란로 152 (역삼동)")
        let mut end = if bare == "번지" { e + 2 } else { e };
        if glued.is_empty() {
            let open = if c(end) == Some(' ') { end + 1 } else { end };
            if c(open) == Some('(') {
                let close = (open + 1..open + 24).find(|&j| c(j) == Some(')'));
                let inside = |j: usize| {
                    c(j).is_some_and(|x| hangul(x) || digit(x) || matches!(x, ' ' | ','))
                };
                if let Some(z) = close.filter(|&z| z > open + 1 && (open + 1..z).all(inside)) {
                    end = z + 1;
                }
            }
        }
        let start = words.get(first).map_or(prev.0, |w| w.0);
        found.push((start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Any mix of the characters the readings look at: no panic, spans on character
    /// boundaries, in order, not overlapping.
    #[test]
    fn generated_noise() {
        let pool: &[&str] = &[
            "号", "號", "路", "街", "巷", "段", "是", "楼", "丁目", "番", "番地", "市", "区", "県",
            "カ", "の", "-", "－", "1", "23", "４", " ", ",", "시", "구", "로", "동", "길", "번지",
            "에", "가", "면", "a", "\n",
        ];
        let mut next = crate::pii::util::test_rng(26u64);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..next(30) {
                t.push_str(pool[next(pool.len())]);
            }
            let mut out = Vec::new();
            find(&t, &mut out);
            let mut last = 0;
            for s in &out {
                assert!(
                    s.start >= last && s.start < s.end && t.get(s.start..s.end).is_some(),
                    "{t:?}"
                );
                last = s.end;
            }
        }
    }

    #[test]
    fn cjk_addresses() {
        let cases: &[(&str, &[&str])] = &[
            (
                "我的地址是北京市朝阳区建国路88号",
                &["北京市朝阳区建国路88号"],
            ),
            (
                "请寄到上海市浦东新区世纪大道100号5楼，谢谢",
                &["上海市浦东新区世纪大道100号5楼"],
            ),
            (
                "台北市大安區忠孝東路四段216巷8號3樓",
                &["台北市大安區忠孝東路四段216巷8號3樓"],
            ),
            ("住在南京路12号", &["南京路12号"]),
            (
                "公司在北京市海淀区中关村大街27号A座12层",
                &["北京市海淀区中关村大街27号A座12层"],
            ),
            (
                "私の住所は東京都新宿区西新宿2丁目8番1号です",
                &["東京都新宿区西新宿2丁目8番1号"],
            ),
            (
                "住所：大阪府大阪市北区梅田1-1-3 グランドビル5階",
                &["大阪府大阪市北区梅田1-1-3 グランドビル5階"],
            ),
            (
                "東京都世田谷区北沢2丁目10番15号コーポ山田201号室に住んでいます",
                &["東京都世田谷区北沢2丁目10番15号コーポ山田201号室"],
            ),
            ("東京都港区六本木6-10-1 に来て", &["東京都港区六本木6-10-1"]),
            (
                "京都市左京区吉田本町36番地に来てください",
                &["京都市左京区吉田本町36番地"],
            ),
            (
                "제 주소는 서울특별시 강남구 테헤란로 152입니다",
                &["서울특별시 강남구 테헤란로 152"],
            ),
            (
                "택배는 부산광역시 해운대구 우동 1408-5로 보내주세요",
                &["부산광역시 해운대구 우동 1408-5"],
            ),
            ("회사는 테헤란로 152에 있어요", &["테헤란로 152"]),
            (
                "주소는 성남시 분당구 판교역로 166입니다.",
                &["성남시 분당구 판교역로 166"],
            ),
            ("영등포구 여의도동 23번지.", &["영등포구 여의도동 23번지"]),
            (
                "서울특별시 강남구 테헤란로 152 (역삼동)으로 와",
                &["서울특별시 강남구 테헤란로 152 (역삼동)"],
            ),
            (
                "마포구 월드컵북로 지하396에서",
                &["마포구 월드컵북로 지하396"],
            ),
            (
                "地址：106 台北市大安區和平東路二段96巷5號之2",
                &["106 台北市大安區和平東路二段96巷5號之2"],
            ),
            (
                "住所は神奈川県足柄下郡箱根町仙石原1285番地です",
                &["神奈川県足柄下郡箱根町仙石原1285番地"],
            ),
            (
                "実家は千葉県あきる野市松が谷3丁目4番5号",
                &["千葉県あきる野市松が谷3丁目4番5号"],
            ),
            (
                "東京都港区六本木六丁目10番1号",
                &["東京都港区六本木六丁目10番1号"],
            ),
            // no address: dates, metro lines, counts, prices, durations
            ("5月3号见", &[]),
            ("坐地铁2号线到人民广场", &[]),
            ("这条路1号出口", &[]),
            ("第3号文件", &[]),
            ("明日は3番線から出発します", &[]),
            ("価格は1-2万円です", &[]),
            ("지하철로 10분 걸려요", &[]),
            ("서울로 3번 출구", &[]),
            ("2024년 3월 5일", &[]),
            ("선생되면 걔네가 1~2등급까지 가르칠텐데", &[]),
            ("나도 우리가 3", &[]),
            ("회의는 3층 302호에서", &[]),
        ];
        for (text, want) in cases {
            let mut out = Vec::new();
            find(text, &mut out);
            let got: Vec<&str> = out
                .iter()
                .filter_map(|s| text.get(s.start..s.end))
                .collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }
}
