//! Street addresses: a street-type word from a per-language lexicon plus a house number
//! next to it ("221B Baker Street", "Hauptstraße 5", "12, rue de la Paix", "ул. Ленина, д. 5").

use super::Span;

/// Street types written before the name (matched case-insensitively, whole word).
const PREFIX_TYPES: &[&str] = &[
    "бул",
    "алл",
    "аллея",
    "туп",
    "тупик",
    "линия",
    "мкр",
    "площадь",
    "osiedle",
    "skwer",
    "rondo",
    "rotonda",
    "incrocio",
    "borgo",
    "glorieta",
    "callejón",
    "pasaje",
    "urbanización",
    "conjunto",
    "colônia",
    "quadra",
    "setor",
    "residencial",
    "chaussée",
    "cours",
    "lugar",
    "passeio",
    "viela",
    "jardim",
    "núcleo",
    "parque",
    "chácara",
    "sítio",
    "recanto",
    "vereda",
    "fazenda",
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "allée",
    "chemin",
    "impasse",
    "place",
    "quai",
    "route",
    "calle",
    "c/",
    "avenida",
    "avda",
    "av",
    "paseo",
    "plaza",
    "camino",
    "carrer",
    "ronda",
    "travesía",
    "via",
    "viale",
    "piazza",
    "corso",
    "largo",
    "vicolo",
    "strada",
    "piazzale",
    "contrada",
    "rua",
    "travessa",
    "alameda",
    "praça",
    "rodovia",
    "estrada",
    "ladeira",
    "vila",
    "ul",
    "ulica",
    "al",
    "aleja",
    "os",
    "pl",
    "plac",
    "ул",
    "улица",
    "пр",
    "пр-т",
    "проспект",
    "пер",
    "переулок",
    "ш",
    "шоссе",
    "наб",
    "бульвар",
    "б-р",
    "пл",
    "вул",
    "вулиця",
    "просп",
    "провулок",
    // Spanish and Galician
    "ctra",
    "carretera",
    "rúa",
    // more Italian, Spanish, Portuguese and Brazilian types (Faker's lists, session 27)
    "stretto",
    "canale",
    "rambla",
    "cañada",
    "vial",
    "cuesta",
    "pasadizo",
    "condomínio",
    "esplanada",
    "loteamento",
    "passarela",
    "trecho",
    "trevo",
    "viaduto",
    // Romanian
    "strada",
    "intrarea",
    "bulevardul",
    "calea",
    "aleea",
    "drumul",
    "șoseaua",
    "soseaua",
    "splaiul",
    "piața",
    "piata",
    // Greek
    "οδός",
    "οδ",
    "λεωφόρος",
    "λεωφ",
    "πάροδος",
    "πάρ",
    "πλατεία",
    "πλ",
];

/// The street types as byte strings (looked up with a lower-cased word's bytes: no UTF-8
/// check of the stack buffer).
type ByteSet =
    std::collections::HashSet<&'static [u8], std::hash::BuildHasherDefault<super::util::Fnv>>;

/// More street types written after the name: the rest of the USPS suffixes and the
/// Australian road types (AS/NZS 4819), as Faker lists them, without the ones that are
/// everyday words after a number and a capitalised word ("end", "top", "line", "ring",
/// "gate", "break", "fall", "rise", "link" ...: "450 UK Break" was an address). Not in [`SUFFIX_TYPES`] because the name rules take those as "no person"
/// words, and these are surnames too ("Keys", "Chase", "Cross", "Close").
const MORE_SUFFIX_TYPES: &[&str] = &[
    "alley",
    "cliff",
    "courts",
    "forest",
    "forges",
    "islands",
    "keys",
    "parkways",
    "river",
    "roads",
    "spurs",
    "alleyway",
    "amble",
    "arcade",
    "bend",
    "brae",
    "broadway",
    "brow",
    "byway",
    "chase",
    "circuit",
    "circus",
    "colonnade",
    "concourse",
    "copse",
    "courtyard",
    "cross",
    "crossway",
    "cul-de-sac",
    "dell",
    "driveway",
    "esplanade",
    "fairway",
    "footway",
    "foreshore",
    "frontage",
    "glade",
    "grange",
    "gully",
    "highroad",
    "laneway",
    "meander",
    "mew",
    "nook",
    "parade",
    "parklands",
    "pathway",
    "promenade",
    "quay",
    "quays",
    "ramble",
    "ridgeway",
    "riverway",
    "riviera",
    "roadway",
    "rotary",
    "siding",
    "slope",
    "strand",
    "tarn",
    "thoroughfare",
    "tollway",
    "tor",
    "villas",
    "walkway",
    "wynd",
];

static PREFIX_SET: std::sync::LazyLock<ByteSet> =
    std::sync::LazyLock::new(|| PREFIX_TYPES.iter().map(|w| w.as_bytes()).collect());
static SUFFIX_SET: std::sync::LazyLock<ByteSet> = std::sync::LazyLock::new(|| {
    SUFFIX_TYPES
        .iter()
        .chain(MORE_SUFFIX_TYPES)
        .map(|w| w.as_bytes())
        .collect()
});

/// First and last byte of each word of a set (bit `first << 8 | last`): an ASCII word
/// whose lower-cased ends are not there is not in the set (no lower-casing, no hashing).
/// The second table holds [`super::util::head_bit`] of (first byte, last byte, length):
/// the same test for a word known to be all ASCII, whose length lower-casing keeps.
struct Ends(Box<[u64; 1024]>, Box<[u64; 256]>);

impl Ends {
    fn new(words: &[&str]) -> Ends {
        let mut t = Box::new([0u64; 1024]);
        let mut with_len = Box::new([0u64; 256]);
        for w in words {
            let b = w.as_bytes();
            if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
                let k = usize::from(f) << 8 | usize::from(l);
                if let Some(x) = t.get_mut(k >> 6) {
                    *x |= 1 << (k & 63);
                }
                let k = super::util::head_bit(f, l, len_byte(b));
                if let Some(x) = with_len.get_mut(k >> 6) {
                    *x |= 1 << (k & 63);
                }
            }
        }
        Ends(t, with_len)
    }
}

/// A word's length as the third byte of an [`Ends`] key (longer words share 255: a
/// false "may be in" at worst).
fn len_byte(b: &[u8]) -> u8 {
    u8::try_from(b.len()).unwrap_or(u8::MAX)
}

static PREFIX_ENDS: std::sync::LazyLock<Ends> =
    std::sync::LazyLock::new(|| Ends::new(PREFIX_TYPES));
static SUFFIX_ENDS: std::sync::LazyLock<Ends> = std::sync::LazyLock::new(|| {
    let all: Vec<&str> = SUFFIX_TYPES
        .iter()
        .chain(MORE_SUFFIX_TYPES)
        .copied()
        .collect();
    Ends::new(&all)
});

/// False when `w` (ASCII) cannot be in the set of `ends` once lower-cased; true for
/// non-ASCII words (see [`ends_in`] for those).
fn may_be_in(ends: &Ends, w: &str) -> bool {
    !w.is_ascii() || all_ascii_may_be_in(ends, w.as_bytes())
}

/// [`ascii_may_be_in`] for a word all of whose bytes are ASCII, with its length.
fn all_ascii_may_be_in(ends: &Ends, b: &[u8]) -> bool {
    ascii_may_be_in(ends, b)
        && match (b.first(), b.last()) {
            (Some(f), Some(l)) => super::util::has_head(
                &ends.1,
                f.to_ascii_lowercase(),
                l.to_ascii_lowercase(),
                len_byte(b),
            ),
            _ => true,
        }
}

/// [`may_be_in`] for a word known to be ASCII.
fn ascii_may_be_in(ends: &Ends, b: &[u8]) -> bool {
    let (Some(f), Some(l)) = (b.first(), b.last()) else {
        return true;
    };
    let k = usize::from(f.to_ascii_lowercase()) << 8 | usize::from(l.to_ascii_lowercase());
    ends.0.get(k >> 6).is_some_and(|x| x & (1 << (k & 63)) != 0)
}

/// False when the lower-cased word `l` cannot be in the set of `ends` (a word of the set
/// has its own first and last byte; the empty word passes).
fn ends_in(ends: &Ends, b: &[u8]) -> bool {
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return true;
    };
    let k = usize::from(f) << 8 | usize::from(l);
    ends.0.get(k >> 6).is_some_and(|x| x & (1 << (k & 63)) != 0)
}

/// The first and the last byte of `c.to_lowercase()` in UTF-8 (the common scripts by
/// offset, the rest by the table).
fn lower_char_ends(c: char) -> (u8, u8) {
    let shift = |d: u32| char::from_u32(u32::from(c) + d).unwrap_or(c);
    let one = match c {
        'A'..='Z' | '\u{C0}'..='\u{DE}' if c != '\u{D7}' => Some(shift(0x20)),
        '\u{400}'..='\u{40F}' => Some(shift(0x50)),
        '\u{410}'..='\u{42F}' => Some(shift(0x20)),
        '\u{0}'..='\u{FF}'
        | '\u{430}'..='\u{45F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => Some(c),
        _ => None,
    };
    let (first, last) = match one {
        Some(x) => (x, x),
        None => {
            let mut l = c.to_lowercase();
            let f = l.next().unwrap_or(c);
            (f, l.last().unwrap_or(f))
        }
    };
    // the first byte of `first` and the last of `last` in UTF-8, from the code points
    let (f, l) = (u32::from(first), u32::from(last));
    let fb = match f {
        0..=0x7F => f,
        0x80..=0x7FF => 0xC0 | f >> 6,
        0x800..=0xFFFF => 0xE0 | f >> 12,
        _ => 0xF0 | f >> 18,
    };
    let lb = if l < 0x80 { l } else { 0x80 | (l & 0x3F) };
    (u8::try_from(fb).unwrap_or(0), u8::try_from(lb).unwrap_or(0))
}

/// False when the non-ASCII word `w` (of up to 24 bytes) cannot be in the set of `ends`
/// once lower-cased, from its first and last character alone: `util::lower` maps each
/// character on its own, but for a capital sigma (whose words pass).
fn lower_ends_in(ends: &Ends, w: &str) -> bool {
    if w.len() > 24 {
        // (lower-cased to the empty word, which no set holds)
        return false;
    }
    let b = w.as_bytes();
    if lower_keeps_len(b) {
        // the ends from the bytes (each character ASCII or of two bytes), and the length
        let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
            return true;
        };
        let fb = match b.get(1) {
            Some(&y) if f >= 0x80 => lower_two(f, y).0,
            _ => f.to_ascii_lowercase(),
        };
        let lb = match b.len().checked_sub(2).and_then(|k| b.get(k)) {
            Some(&x) if l >= 0x80 => lower_two(x, l).1,
            _ => l.to_ascii_lowercase(),
        };
        let k = usize::from(fb) << 8 | usize::from(lb);
        return ends.0.get(k >> 6).is_some_and(|x| x & (1 << (k & 63)) != 0)
            && super::util::has_head(&ends.1, fb, lb, len_byte(b));
    }
    let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) else {
        return true;
    };
    if f == '\u{3A3}' || l == '\u{3A3}' {
        return true;
    }
    let (fb, _) = lower_char_ends(f);
    let (_, lb) = lower_char_ends(l);
    let k = usize::from(fb) << 8 | usize::from(lb);
    ends.0.get(k >> 6).is_some_and(|x| x & (1 << (k & 63)) != 0)
}

/// The two bytes of the lower case of the two-byte character `x y` of the set
/// [`lower_keeps_len`] admits (Latin-1 and basic Cyrillic below U+0460).
fn lower_two(x: u8, y: u8) -> (u8, u8) {
    match (x, y) {
        // À..Þ but × (U+00C0..U+00DE): +0x20
        (0xC3, 0x80..=0x9E) if y != 0x97 => (0xC3, y + 0x20),
        // Ѐ..Џ (U+0400..U+040F) to U+0450..U+045F
        (0xD0, 0x80..=0x8F) => (0xD1, y + 0x10),
        // А..П (U+0410..U+041F) to U+0430..U+043F
        (0xD0, 0x90..=0x9F) => (0xD0, y + 0x20),
        // Р..Я (U+0420..U+042F) to U+0440..U+044F
        (0xD0, 0xA0..=0xAF) => (0xD1, y - 0x20),
        _ => (x, y),
    }
}

/// True when lower-casing the word `b` (UTF-8) keeps its length in bytes: each of its
/// characters is ASCII, Latin-1 (leads C2, C3) or basic Cyrillic below U+0460 (D0, and D1
/// before 80..9F), whose lower case is one character of as many bytes. The length then
/// joins the ends test ([`Ends`]).
fn lower_keeps_len(b: &[u8]) -> bool {
    let mut i = 0usize;
    while let Some(&x) = b.get(i) {
        match x {
            0..=0x7F => i += 1,
            0xC2 | 0xC3 | 0xD0 => i += 2,
            0xD1 if b.get(i + 1).is_some_and(|&y| y < 0xA0) => i += 2,
            _ => return false,
        }
    }
    true
}

/// `w.to_lowercase()` (as [`super::util::lower`] computes it), on the stack for words of
/// up to 24 bytes (most words here) whose lower-case form fits 48 bytes.
enum Lower {
    Short([u8; 48], usize),
    Long(String),
}

impl Lower {
    /// The bytes (valid UTF-8: characters were copied or encoded whole).
    fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Short(b, n) => b.get(..*n).unwrap_or(&[]),
            Lower::Long(s) => s.as_bytes(),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Lower::Short(b, n) => b
                .get(..*n)
                .and_then(|x| std::str::from_utf8(x).ok())
                .unwrap_or(""),
            Lower::Long(s) => s,
        }
    }
}

fn lower(w: &str) -> Lower {
    if w.len() > 24 {
        return Lower::Long(super::util::lower(w));
    }
    let mut b = [0u8; 48];
    if w.is_ascii() {
        for (d, s) in b.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        return Lower::Short(b, w.len());
    }
    // `util::lower` lower-cases character by character (`char::to_lowercase`) unless the
    // word holds a capital sigma (whose lower case depends on its place in the word: that
    // word is left to it)
    let mut n = 0usize;
    let mut put = |lc: char| match b.get_mut(n..n + lc.len_utf8()) {
        Some(dst) => {
            n += lc.encode_utf8(dst).len();
            true
        }
        None => false,
    };
    for c in w.chars() {
        // the common scripts by offset (as `util::lower` does), the rest by the table
        let shift = |d: u32| char::from_u32(u32::from(c) + d).unwrap_or(c);
        let ok = match c {
            'A'..='Z' => put(c.to_ascii_lowercase()),
            '\u{C0}'..='\u{DE}' if c != '\u{D7}' => put(shift(0x20)),
            '\u{400}'..='\u{40F}' => put(shift(0x50)),
            '\u{410}'..='\u{42F}' => put(shift(0x20)),
            '\u{0}'..='\u{FF}' | '\u{430}'..='\u{45F}' => put(c),
            '\u{3A3}' => false,
            _ => c.to_lowercase().all(&mut put),
        };
        if !ok {
            return Lower::Long(super::util::lower(w));
        }
    }
    Lower::Short(b, n)
}

/// Street types written after the name.
pub(super) const SUFFIX_TYPES: &[&str] = &[
    "extension",
    "extensions",
    "junctions",
    "skyway",
    "dam",
    "flats",
    "flat",
    "dale",
    "plain",
    "garden",
    "bridge",
    "brook",
    "brooks",
    "burg",
    "burgs",
    "bypass",
    "camp",
    "canyon",
    "cape",
    "causeway",
    "center",
    "centers",
    "common",
    "commons",
    "corner",
    "corners",
    "course",
    "cove",
    "coves",
    "crest",
    "crossing",
    "crossroad",
    "curve",
    "divide",
    "expressway",
    "freeway",
    "gateway",
    "haven",
    "hollow",
    "inlet",
    "knoll",
    "knolls",
    "land",
    "lock",
    "locks",
    "lodge",
    "manor",
    "manors",
    "neck",
    "overpass",
    "radial",
    "ramp",
    "ranch",
    "rapid",
    "rapids",
    "rest",
    "route",
    "shoals",
    "spur",
    "stravenue",
    "throughway",
    "trace",
    "trafficway",
    "vale",
    "viaduct",
    "villages",
    "ways",
    "well",
    "fork",
    "forks",
    "ford",
    "fords",
    "estate",
    "drives",
    "club",
    "circles",
    "bluff",
    "bluffs",
    "bottom",
    "branch",
    "beach",
    "mall",
    "motorway",
    "pine",
    "ridges",
    "squares",
    "streets",
    "unions",
    "valleys",
    "views",
    "walks",
    "isles",
    "harbors",
    "glens",
    "greens",
    "groves",
    "mountains",
    "orchards",
    "passage",
    "points",
    "prairie",
    "terraces",
    "trails",
    "tracks",
    "vistas",
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "ln",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "ct",
    "way",
    "place",
    "pl",
    "terrace",
    "circle",
    "cir",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "square",
    "sq",
    "crescent",
    "close",
    "gardens",
    "grove",
    "row",
    "walk",
    "trail",
    "trl",
    "path",
    "pike",
    "loop",
    "run",
    "plaza",
    "ridge",
    "hill",
    "hills",
    "park",
    "view",
    "point",
    "ports",
    "port",
    "creek",
    "mews",
    "green",
    "vista",
    "valley",
    "village",
    "ville",
    "cliffs",
    "estates",
    "falls",
    "ferry",
    "field",
    "fields",
    "fort",
    "glen",
    "harbor",
    "heights",
    "island",
    "isle",
    "junction",
    "key",
    "lake",
    "lakes",
    "landing",
    "light",
    "lights",
    "mill",
    "mills",
    "mission",
    "mount",
    "mountain",
    "orchard",
    "oval",
    "pass",
    "pines",
    "plains",
    "prairie",
    "shoal",
    "shore",
    "shores",
    "spring",
    "springs",
    "station",
    "stream",
    "summit",
    "track",
    "tunnel",
    "turnpike",
    "underpass",
    "union",
    "wall",
    "wells",
    "parks",
    "meadow",
    "meadows",
    "forge",
    "sokak",
    "sokağı",
    "sk",
    "caddesi",
    "cad",
    "cd",
    "bulvarı",
    "mahallesi",
    "mah",
];

/// Compound endings (German, Dutch): one word that is a street.
const COMPOUND: &[&str] = &[
    "boulevard",
    "markt",
    "park",
    "berg",
    "brink",
    "dijk",
    "pier",
    "wal",
    "pfad",
    "stieg",
    "zeile",
    "straße",
    "strasse",
    "str.",
    "weg",
    "gasse",
    "allee",
    "platz",
    "ring",
    "damm",
    "ufer",
    "steig",
    "chaussee",
    "straat",
    "laan",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dreef",
    "steeg",
    "hof",
    "pad",
    // Nordic and Baltic compounds ("Eskelundsvej", "Skoanveien", "Hammarvägen", "Storgata",
    // "Aðalstræti", "Mannerheimintie", "Aleksanterinkatu", "Pärnu maantee")
    "vej",
    "veien",
    "vegen",
    "vägen",
    "gatan",
    "gata",
    "gaten",
    "gade",
    "stræde",
    "stræti",
    "straeti",
    "braut",
    "vegur",
    "tie",
    "katu",
    "kuja",
    "plads",
    "torget",
    "maantee",
    "puiestee",
    // more Swedish, Finnish, Belgian and Norwegian endings (Faker's lists, session 27;
    // left out: endings of common words and names, "lia" (Julia), "hagen" (Copenhagen),
    // "engen" (Schengen))
    "stigen",
    "gränd",
    "gränden",
    "backen",
    "polku",
    "bulevardi",
    "lei",
    "alléen",
    "bakken",
    "berget",
    "bråten",
    "eggen",
    "faret",
    "flata",
    "gjerdet",
    "grenda",
    "haugen",
    "havna",
    "holtet",
    "høgda",
    "jordet",
    "kollen",
    "kroken",
    "lunden",
    "løkka",
    "myra",
    "plassen",
    "ringen",
    "skogen",
    "skrenten",
    "stien",
    "stranda",
    "svingen",
    "toppen",
    "tunet",
    "vollen",
    "åsen",
];

/// Street types written as a word of their own between the street's name and the house
/// number ("Berliner Straße 12", "Hegedűs Gyula utca 76", "Olav Kyrres gate 5", "Pärnu
/// maantee 10", "Brīvības iela 1", "Gedimino pr. 9"), lower case (matched in any case);
/// those in [`separate_needs_dot`] only with their dot. Left out: types that are English
/// words or names ("ring", "park", "wall", "hof", "kai", "veg", "put", "plaza"); Norwegian
/// "gate" is one only after two capitalised words, the last in the genitive ("Karl
/// Johans gate 1"), and only written in lower case.
const SEPARATE_TYPES: &[&str] = &[
    // German and Dutch
    "straße",
    "strasse",
    "str",
    "weg",
    "allee",
    "gasse",
    "platz",
    "damm",
    "ufer",
    "markt",
    "chaussee",
    "steig",
    "pfad",
    "graben",
    "straat",
    "laan",
    "plein",
    "kade",
    "gracht",
    "dijk",
    "singel",
    "dreef",
    "steeg",
    "baan",
    // Nordic
    "vei",
    "gate",
    "allé",
    "plass",
    "vej",
    "gade",
    "väg",
    "gata",
    "gatan",
    "vägen",
    "plads",
    "torg",
    "stræde",
    // Hungarian
    "utca",
    "u",
    "út",
    "útja",
    "tér",
    "tere",
    "körút",
    "krt",
    "köz",
    "sor",
    "fasor",
    "sétány",
    "rakpart",
    // Basque
    "kalea",
    "etorbidea",
    "hiribidea",
    "bidea",
    "pasealekua",
    // Estonian, Latvian, Lithuanian
    "tänav",
    "maantee",
    "mnt",
    "puiestee",
    "pst",
    "iela",
    "bulvāris",
    "prospekts",
    "gatve",
    "gatvė",
    "g",
    "pr",
    "prospektas",
    "alėja",
    // Czech, Slovak, Slovenian, Croatian, Serbian
    "ulice",
    "náměstí",
    "nám",
    "třída",
    "nábřeží",
    "ulica",
    "námestie",
    "cesta",
    "obala",
];

/// The [`SEPARATE_TYPES`] that are one only with their dot ("Tompa u. 49", "Berliner Str.
/// 5"): `lw` lower-cased, without the dot.
fn separate_needs_dot(lw: &[u8]) -> bool {
    matches!(
        lw,
        b"u" | b"krt" | b"g" | b"pr" | b"str" | b"pst" | b"n\xc3\xa1m"
    )
}

/// The words right before a post-office box's number, lower case ("P.O. Box 1234",
/// "Postfach 10 01 23", "Postboks 108", "Postbus 1234", "Apartado de Correos 12", "Caixa
/// Postal 345", "Casella Postale 12", "Boîte postale 12", "skrytka pocztowa 5", "а/я 12",
/// "абонентский ящик 12"); [`po_box_start`] says which words must come before them.
const BOX_WORDS: &[&str] = &[
    "box", "postfach", "postboks", "postbox", "postbus", "postale", "postal", "correos",
    "pocztowa", "ящик", "а/я",
];

static SEPARATE_SET: std::sync::LazyLock<ByteSet> =
    std::sync::LazyLock::new(|| SEPARATE_TYPES.iter().map(|w| w.as_bytes()).collect());
/// The ends of [`SEPARATE_TYPES`] and [`BOX_WORDS`].
static SEPARATE_ENDS: std::sync::LazyLock<Ends> = std::sync::LazyLock::new(|| {
    let all: Vec<&str> = SEPARATE_TYPES.iter().chain(BOX_WORDS).copied().collect();
    Ends::new(&all)
});

/// True when the word `w` is one of [`SEPARATE_TYPES`] or [`BOX_WORDS`] once lower-cased:
/// a word that may stand right before a house number in lower case.
fn type_word(w: &str) -> bool {
    if !may_be_type_word(w.as_bytes()) {
        return false;
    }
    let l = lower(w);
    SEPARATE_SET.contains(l.as_bytes()) || BOX_WORDS.iter().any(|b| b.as_bytes() == l.as_bytes())
}

/// False when the word `b` is surely none of [`SEPARATE_TYPES`] and [`BOX_WORDS`]: longer
/// than any, or its first and last bytes ASCII and not, lower-cased, those of one (or,
/// when all of it is ASCII, its length not theirs).
fn may_be_type_word(b: &[u8]) -> bool {
    b.len() <= 24
        && match (b.first(), b.last()) {
            (Some(f), Some(l)) if f.is_ascii() && l.is_ascii() => {
                ascii_may_be_in(&SEPARATE_ENDS, b)
                    && (!b.is_ascii() || all_ascii_may_be_in(&SEPARATE_ENDS, b))
            }
            _ => true,
        }
}

/// The anchor test of a [`type_word`] `prev` before a house number, with the gap `before`
/// between them (spaces and dots).
fn separate_anchor(before: &str, prev: &str) -> bool {
    may_be_type_word(prev.as_bytes())
        && before.bytes().all(|c| matches!(c, b' ' | b'.'))
        && type_word(prev)
}

/// The first word of a post-office box whose number follows word `i` of `ws` ([`BOX_WORDS`]
/// and what they need before them: "P.O." / "PO" / "Post Office" before "Box", "Apartado
/// de" before "Correos", "Apartado", "Caixa" or "Cx." before "Postal", "Casella" or
/// "Boîte" before "Postale", "skrytka" before "pocztowa", "абонентский" before "ящик").
/// `here`: word `i` lower-cased.
fn po_box_start(text: &str, ws: &[(usize, usize)], i: usize, here: &[u8]) -> Option<usize> {
    let lw = |j: usize| lower(word(text, ws, j));
    let is = |j: usize, w: &str| i >= j && lw(i - j).as_bytes() == w.as_bytes();
    let gap_is = |j: usize, g: &[&str]| i >= j && g.contains(&gap(text, ws, i - j));
    match here {
        b"box" => {
            if is(1, "po") && gap_is(1, &[" ", ". "]) {
                Some(i - 1)
            } else if is(1, "o") && is(2, "p") && gap_is(1, &[". ", " "]) && gap_is(2, &[".", ". "])
                || is(1, "office") && is(2, "post") && gap_is(1, &[" "]) && gap_is(2, &[" "])
            {
                Some(i - 2)
            } else {
                None
            }
        }
        b"postfach" | b"postboks" | b"postbox" | b"postbus" => Some(i),
        _ if here == "а/я".as_bytes() => Some(i),
        b"postale" => (is(1, "casella") || is(1, "boîte") || is(1, "boite")).then(|| i - 1),
        b"postal" => (is(1, "apartado") || is(1, "caixa") || is(1, "cx")).then(|| i - 1),
        b"correos" => (is(1, "de") && is(2, "apartado")).then(|| i - 2),
        b"pocztowa" => is(1, "skrytka").then(|| i - 1),
        _ if here == "ящик".as_bytes() => is(1, "абонентский").then(|| i - 1),
        _ => None,
    }
}

/// 12, 12a, 21/3, 8-3, 12b/4: one to five digits and at most one ASCII letter, twice
/// when joined by `/` or `-` (one pass over the bytes).
fn house_number(b: &[u8]) -> bool {
    // the end of a part starting at `i`, if one is there
    let part = |i: usize| {
        let mut j = i;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if !(1..=5).contains(&(j - i)) {
            return None;
        }
        Some(j + usize::from(b.get(j).is_some_and(u8::is_ascii_alphabetic)))
    };
    match part(0) {
        Some(j) if j == b.len() => true,
        Some(j) => matches!(b.get(j), Some(b'/' | b'-')) && part(j + 1) == Some(b.len()),
        None => false,
    }
}

/// The first [`house_number`] (its tests compare the two).
#[cfg(test)]
fn house_number_split(b: &[u8]) -> bool {
    // 12, 12a, 21/3, 8-3, 12b/4 (always starts with a digit: the cheap test first)
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // one to five digits and at most one letter after them
    let one = |p: &[u8]| {
        let d = p.iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=5).contains(&d)
            && p.len() - d <= 1
            && p.iter().skip(d).all(|c| c.is_ascii_alphabetic())
    };
    // split at the first `/` or `-` (ASCII: a byte search finds the same place)
    match b.iter().position(|&c| c == b'/' || c == b'-') {
        None => one(b),
        Some(k) => one(b.get(..k).unwrap_or(&[])) && one(b.get(k + 1..).unwrap_or(&[])),
    }
}

/// Whether `w` (any case, maybe with a dot) is a unit word ("Apt.", "Suite").
pub(super) fn unit_word(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(w))
}

/// Unit words after a house number ("Apt. 4", "Piano 3", "кв. 5").
const UNITS: &[&str] = &[
    "apt",
    "apartment",
    "suite",
    "ste",
    "unit",
    "flat",
    "floor",
    "piano",
    "appartamento",
    "interno",
    "int",
    "scala",
    "str",
    "строение",
    "стр",
    "к",
    "корп",
    "корпус",
    "кв",
    "квартира",
    "wohnung",
    "whg",
    "etage",
    "og",
    "apto",
    "piso",
    "puerta",
    "bloco",
    "andar",
    "casa",
    "lok",
    "m",
    "mieszkanie",
    "bus",
    "boîte",
    "étage",
    "bte",
    // Australian and British, Romanian (bloc, scară, apartament, etaj)
    "level",
    "studio",
    "bl",
    "sc",
    "ap",
    "et",
];

/// True when the lower-cased word `lw`, followed by a dot when `dot`, ends in a
/// [`COMPOUND`] ending with more than two bytes before it (on the bytes, without building
/// the word with its dot).
fn compound_end(lw: &[u8], dot: bool) -> bool {
    let len = lw.len() + usize::from(dot);
    COMPOUND.iter().any(|c| {
        let c = c.as_bytes();
        len > c.len() + 2
            && if dot {
                // `lw.` ends with `c`: `c` is empty, or ends with a dot and `lw` with the
                // rest of it
                match c.split_last() {
                    None => true,
                    Some((b'.', rest)) => lw.ends_with(rest),
                    Some(_) => false,
                }
            } else {
                lw.ends_with(c)
            }
    })
}

/// The [`compound_end`] of an earlier version, on a `String` built with the dot.
#[cfg(test)]
fn compound_end_reference(lw: &str, dot: bool) -> bool {
    let wl = if dot {
        format!("{lw}.")
    } else {
        lw.to_string()
    };
    COMPOUND
        .iter()
        .any(|c| wl.ends_with(c) && wl.len() > c.len() + 2)
}

/// The lower-cased words a street name may hold between its capitalised words.
#[cfg(test)]
fn particle(xl: &str) -> bool {
    particle_bytes(xl.as_bytes())
}

/// [`particle`] of a word's bytes.
fn particle_bytes(xl: &[u8]) -> bool {
    matches!(
        xl,
        b"de"
            | b"la"
            | b"del"
            | b"di"
            | b"da"
            | b"do"
            | b"dos"
            | b"das"
            | b"du"
            | b"des"
            | b"le"
            | b"les"
            | b"della"
            | b"dei"
            | b"delle"
            | b"degli"
            | b"d"
            | b"l"
            | b"y"
            | b"i"
            | b"e"
    )
}

/// A French or Italian name word after an elided article ("l'Etoile", "d'Italie",
/// "L'Aquila"): `l'` or `d'` and a capital.
fn elided(x: &str) -> bool {
    let mut cs = x.chars();
    matches!(cs.next(), Some('l' | 'd' | 'L' | 'D'))
        && cs.next() == Some('\'')
        && cs.next().is_some_and(char::is_uppercase)
}

/// True when the word `wi` is a prefix street type once lower-cased (first and last
/// bytes, then the length, then the set).
fn prefix_type(wi: &str) -> bool {
    // (no prefix type starts with a digit, which lower-casing keeps: a test checks the
    // list; house numbers and other numbers are most words asked about here)
    if wi.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // street types are short: longer words cannot be one (saves lower-casing them)
    let lower_i = || {
        if wi.len() <= 24 {
            lower(wi)
        } else {
            Lower::Short([0; 48], 0)
        }
    };
    // (a word whose first and last bytes are ASCII passes either test below only when
    // those bytes, lower-cased, are the ends of a prefix type: most words here are
    // numbers, settled without the ASCII test of the whole word)
    let ascii_ends = matches!(wi.as_bytes(), [f, .., l] if f.is_ascii() && l.is_ascii());
    if ascii_ends && !ascii_may_be_in(&PREFIX_ENDS, wi.as_bytes()) {
        false
    } else if wi.is_ascii() {
        all_ascii_may_be_in(&PREFIX_ENDS, wi.as_bytes())
            && PREFIX_SET.contains(lower_i().as_bytes())
    } else {
        lower_ends_in(&PREFIX_ENDS, wi) && {
            let l = lower_i();
            ends_in(&PREFIX_ENDS, l.as_bytes()) && PREFIX_SET.contains(l.as_bytes())
        }
    }
}

/// Polish abbreviations of street types that are everyday words of other languages
/// without their dot (Spanish and Catalan "al", Portuguese "os", "pl"): a type only as
/// "al.", "os.", "pl." ("2-1 al Barça" is a score).
fn dotted_only(w: &str) -> bool {
    w.eq_ignore_ascii_case("al") || w.eq_ignore_ascii_case("os") || w.eq_ignore_ascii_case("pl")
}

/// The text of word `i` of `ws` ("" past the end).
fn word<'t>(text: &'t str, ws: &[(usize, usize)], i: usize) -> &'t str {
    ws.get(i).and_then(|&(s, e)| text.get(s..e)).unwrap_or("")
}

/// `gap(text, ws, j).trim().is_empty()`, from the bytes when the gap is ASCII (white
/// space as `trim` sees it; a test compares the two).
fn blank_gap(text: &str, ws: &[(usize, usize)], j: usize) -> bool {
    let g = ws
        .get(j)
        .zip(ws.get(j + 1))
        .and_then(|(a, b)| text.as_bytes().get(a.1..b.0))
        .unwrap_or(&[]);
    if g.is_ascii() {
        g.iter()
            .all(|&x| matches!(x, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
    } else {
        gap(text, ws, j).trim().is_empty()
    }
}

/// `is_cap(word(text, ws, j))`, from the first byte when it is ASCII.
fn cap_word(text: &str, ws: &[(usize, usize)], j: usize) -> bool {
    match ws.get(j).and_then(|&(s, _)| text.as_bytes().get(s)) {
        Some(&x) if x < 0x80 => x.is_ascii_uppercase() || x.is_ascii_digit(),
        _ => is_cap(word(text, ws, j)),
    }
}

/// The text between words `i` and `i + 1` ("" when either is missing).
fn gap<'t>(text: &'t str, ws: &[(usize, usize)], i: usize) -> &'t str {
    let (Some(a), Some(b)) = (ws.get(i), ws.get(i + 1)) else {
        return "";
    };
    text.get(a.1..b.0).unwrap_or("")
}

/// False when the house number at word `k` can be part of no address [`find_in`] finds:
/// each of its forms needs one of these next to a house number (the tests are those of
/// [`find_in`], fewer of them):
/// - a prefix type right after it, past spaces and commas ("12, rue de la Paix");
/// - a name word (capitalised, no house number; or a particle) or a number marker right
///   before it, past ` ,.:°` ("Via Roma 12", "ул. Ленина, д. 5");
/// - a capitalised word right after it, past white space ("221B Baker Street");
/// - a capitalised word of five characters or more right before it, past spaces and dots
///   ("Hauptstraße 5").
fn may_anchor(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    // (`trim_matches(set).is_empty()` as a test of each character; `trim().is_empty()`
    // as one of each byte when the gap is ASCII)
    let blank = |g: &str| {
        if g.is_ascii() {
            g.bytes()
                .all(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
        } else {
            g.trim().is_empty()
        }
    };
    let after = gap(text, ws, k);
    let next = word(text, ws, k + 1);
    if blank(after) && is_cap(next)
        || after.chars().all(|c| matches!(c, ',' | ' ')) && prefix_type(next)
    {
        return true;
    }
    let Some(j) = k.checked_sub(1) else {
        return false;
    };
    prev_anchors(gap(text, ws, j), word(text, ws, j))
}

/// The second half of [`may_anchor`]: the word `prev` and the gap `before` between it
/// and the house number.
fn prev_anchors(before: &str, prev: &str) -> bool {
    let Some(&f) = prev.as_bytes().first() else {
        return prev_anchors_general(before, prev);
    };
    // (a word starting with a lower-case ASCII letter is no capitalised word; the
    // particles start with d l y i e, the markers written so with n)
    if f.is_ascii_lowercase() && !matches!(f, b'd' | b'l' | b'y' | b'i' | b'e' | b'n') {
        // (or a street type of its own: "Hegedűs Gyula utca 76")
        return separate_anchor(before, prev);
    }
    if !f.is_ascii_digit() || !before.is_ascii() {
        return prev_anchors_general(before, prev);
    }
    // a word starting with an ASCII digit is capitalised ([`is_cap`]), no particle and
    // no marker; an ASCII gap is tested byte by byte (`°` is not ASCII)
    before
        .bytes()
        .all(|c| matches!(c, b' ' | b',' | b'.' | b':'))
        && !house_number(prev.as_bytes())
        || before.bytes().all(|c| matches!(c, b' ' | b'.')) && prev.chars().count() > 4
}

/// [`prev_anchors`] for every word (the words it does not settle itself; its tests
/// compare the two on every word).
fn prev_anchors_general(before: &str, prev: &str) -> bool {
    // (a word starting with a lower-case ASCII letter is no capitalised word; the
    // particles start with d l y i e, the markers written so with n)
    if prev.as_bytes().first().is_some_and(|f| {
        f.is_ascii_lowercase() && !matches!(f, b'd' | b'l' | b'y' | b'i' | b'e' | b'n')
    }) {
        return separate_anchor(before, prev);
    }
    // (particles are ASCII words of up to five letters: an ASCII word lower-cased on the
    // stack; a word with another character is none once lower-cased, as the only one
    // whose lower case is ASCII, the Kelvin sign, becomes a `k`, in no particle: a test
    // checks both)
    let is_particle = || {
        prev.is_ascii() && prev.len() <= 5 && {
            let mut b = [0u8; 5];
            for (d, s) in b.iter_mut().zip(prev.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            b.get(..prev.len()).is_some_and(particle_bytes)
        }
    };
    before
        .chars()
        .all(|c| matches!(c, ' ' | ',' | '.' | ':' | '°'))
        && (is_cap(prev) && !house_number(prev.as_bytes())
            || is_particle()
            || elided(prev)
            || matches!(prev, "д" | "No" | "n" | "nº" | "nr"))
        || before.chars().all(|c| matches!(c, ' ' | '.'))
            && is_cap(prev)
            && prev.chars().count() > 4
        || separate_anchor(before, prev)
}

fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        // (an ASCII first character from its byte)
        Some(&x) if x < 0x80 => x.is_ascii_uppercase() || x.is_ascii_digit(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The bytes [`words`] goes over inside a word without decoding: an ASCII letter, digit
/// or ' - /, a lead byte all of whose characters are letters
/// ([`super::util::is_letter_lead`]) or a continuation byte (the splitter meets those only
/// after such a lead: other characters are decoded whole).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
static GOES_ON: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric()
            || matches!(c, b'\'' | b'-' | b'/')
            || super::util::is_letter_lead(c)
            || matches!(c, 0x80..=0xBF);
        i += 1;
    }
    t
};

/// Words split with their byte ranges: a word starts at a letter or digit and runs over
/// letters, digits and `'’-/`, in one pass over the text (runs of ASCII bytes skipped by
/// a table test in a tight loop, characters decoded only at non-ASCII bytes).
/// Also returns the indices of the words that start with an ASCII digit (the only ones
/// that can be house numbers).
#[cfg(test)]
fn words(text: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut v = Vec::with_capacity(text.len() / 5 + 1);
    let mut digit_words = Vec::new();
    words_in(text, 0, text.len(), &mut v, &mut digit_words);
    (v, digit_words)
}

/// [`words`] of `text[lo..hi]` (offsets into `text`), appended to `v` and `digit_words`
/// (indices into `v`). `lo` and `hi` are character boundaries; when `lo` is 0 or comes
/// right after a [`breaker`] and `hi` is the text's end or at a breaker, these are the
/// words of the whole text's split that lie in `lo..hi` (a breaker ends a word and starts
/// none: the splitter is outside a word after one, whatever came before).
fn words_in(
    text: &str,
    lo: usize,
    hi: usize,
    v: &mut Vec<(usize, usize)>,
    digit_words: &mut Vec<usize>,
) {
    // `START`: an ASCII letter or digit, or a non-ASCII byte (decoded: it may start a
    // word); `GOES_ON`: an ASCII letter, digit or ' - / (inside a word), a lead byte all
    // of whose characters are letters ([`super::util::is_letter_lead`]) or a continuation byte (the
    // loop meets those only after such a lead: other characters are decoded whole)
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
    static START: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 256 {
            let c = i as u8;
            t[i] = c >= 0x80 || c.is_ascii_alphanumeric();
            i += 1;
        }
        t
    };
    let starts = |x: &u8| START.get(usize::from(*x)).copied().unwrap_or(false);
    let b = text.as_bytes().get(..hi).unwrap_or(&[]);
    let mut i = lo;
    loop {
        // outside a word: up to the next letter or digit
        let s = loop {
            // (most words start right after the byte that ended the one before)
            if let Some(&x) = b.get(i).filter(|x| x.is_ascii_alphanumeric()) {
                if x.is_ascii_digit() {
                    digit_words.push(v.len());
                }
                i += 1;
                break i - 1;
            }
            let Some(rel) = b.get(i..).and_then(|r| r.iter().position(starts)) else {
                return;
            };
            i += rel;
            let Some(&x) = b.get(i) else {
                return;
            };
            if x < 0x80 || super::util::is_letter_lead(x) {
                // (a letter lead starts a word: its continuation bytes go on it)
                if x.is_ascii_digit() {
                    digit_words.push(v.len());
                }
                i += 1;
                break i - 1;
            }
            let Some(c) = super::util::char_at(b, i) else {
                return;
            };
            i += c.len_utf8();
            if super::util::is_alnum(c) {
                break i - c.len_utf8();
            }
        };
        // inside: over letters, digits and ' ’ - /
        loop {
            let Some(rel) = super::util::position_in(b, i, &GOES_ON, false) else {
                v.push((s, b.len()));
                return;
            };
            i += rel;
            let Some(&x) = b.get(i) else {
                v.push((s, b.len()));
                return;
            };
            if x < 0x80 {
                v.push((s, i));
                i += 1;
                break;
            }
            let Some(c) = super::util::char_at(b, i) else {
                v.push((s, b.len()));
                return;
            };
            let at = i;
            i += c.len_utf8();
            if !(super::util::is_alnum(c) || c == '\u{2019}') {
                v.push((s, at));
                break;
            }
        }
    }
}

/// The byte-at-a-time splitter [`words`] replaced (its tests compare the two).
#[cfg(test)]
fn words_bytewise(text: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
    // byte classes: ASCII letter or digit, ASCII ' - / (inside a word only), other ASCII,
    // non-ASCII (decoded)
    const ALNUM: u8 = 1;
    const INNER: u8 = 2;
    const HIGH: u8 = 3;
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
    static CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            let c = i as u8;
            t[i] = if c >= 0x80 {
                HIGH
            } else if c.is_ascii_alphanumeric() {
                ALNUM
            } else if matches!(c, b'\'' | b'-' | b'/') {
                INNER
            } else {
                0
            };
            i += 1;
        }
        t
    };
    let class = |x: u8| CLASS.get(usize::from(x)).copied().unwrap_or(0);
    let b = text.as_bytes();
    let mut v = Vec::with_capacity(b.len() / 5 + 1);
    let mut digit_words = Vec::new();
    let decode = |i: usize| text.get(i..).and_then(|r| r.chars().next());
    let mut i = 0usize;
    loop {
        // outside a word: up to the next letter or digit
        let s = loop {
            let Some(&x) = b.get(i) else {
                return (v, digit_words);
            };
            match class(x) {
                ALNUM => {
                    if x.is_ascii_digit() {
                        digit_words.push(v.len());
                    }
                    break i;
                }
                HIGH => {
                    let Some(c) = decode(i) else {
                        return (v, digit_words);
                    };
                    if super::util::is_alnum(c) {
                        break i;
                    }
                    i += c.len_utf8();
                }
                _ => i += 1,
            }
        };
        // inside: over letters, digits and ' ’ - /
        loop {
            let Some(&x) = b.get(i) else {
                v.push((s, b.len()));
                return (v, digit_words);
            };
            match class(x) {
                ALNUM | INNER => i += 1,
                HIGH => {
                    let Some(c) = decode(i) else {
                        v.push((s, b.len()));
                        return (v, digit_words);
                    };
                    let at = i;
                    i += c.len_utf8();
                    if !(super::util::is_alnum(c) || c == '’') {
                        v.push((s, at));
                        break;
                    }
                }
                _ => {
                    v.push((s, i));
                    i += 1;
                    break;
                }
            }
        }
    }
}

/// True when the word at `at` can start no address, from its first and last bytes alone:
/// it starts with an ASCII letter (so it is no house number: not the number-first form),
/// the word after it is no house number (`next_is_house` false: not the compound form,
/// which needs one), and its ASCII first and last bytes, lower-cased, are not the ends of
/// any prefix street type (which [`find`]'s prefix test, ASCII or not, would then
/// reject: a non-ASCII word's ends are its first and last characters, here ASCII).
fn cannot_start(text: &str, at: Option<&(usize, usize)>, next_is_house: bool) -> bool {
    let b = text.as_bytes();
    let Some(&(s, e)) = at else {
        return false;
    };
    let (Some(&f), Some(&l)) = (b.get(s), e.checked_sub(1).and_then(|k| b.get(k))) else {
        return false;
    };
    if !f.is_ascii_alphabetic() || !l.is_ascii() || e <= s || next_is_house {
        return false;
    }
    let k = usize::from(f.to_ascii_lowercase()) << 8 | usize::from(l.to_ascii_lowercase());
    PREFIX_ENDS
        .0
        .get(k >> 6)
        .is_none_or(|x| x & (1 << (k & 63)) == 0)
}

/// An ASCII byte that is no letter, digit, `'`, `-` or `/`: it ends a word and starts
/// none, so [`words`] is outside a word right after it.
fn breaker(x: u8) -> bool {
    x < 0x80 && !x.is_ascii_alphanumeric() && !matches!(x, b'\'' | b'-' | b'/')
}

/// True when the digit run at `s` starts a word of the whole text's split ([`words`])
/// that is a house number passing [`may_anchor`], found by splitting only the text around
/// it: from the start of a stretch between [`breaker`]s before it to the end of one after
/// it, taking in one more stretch on a side until that side holds a word (or the text
/// ends there). `ws` and `dw` are scratch space.
fn anchor_at(text: &str, s: usize, ws: &mut Vec<(usize, usize)>, dw: &mut Vec<usize>) -> bool {
    let b = text.as_bytes();
    let brk = |i: usize| b.get(i).is_some_and(|&x| breaker(x));
    // back from `j` over breakers, then over the stretch before them
    let back = |mut j: usize| {
        while j > 0 && brk(j - 1) {
            j -= 1;
        }
        while j > 0 && !brk(j - 1) {
            j -= 1;
        }
        j
    };
    // forward from `j` over breakers, then over the stretch after them
    let fwd = |mut j: usize| {
        while j < b.len() && brk(j) {
            j += 1;
        }
        while j < b.len() && !brk(j) {
            j += 1;
        }
        j
    };
    let (mut lo, mut hi) = (back(s), fwd(fwd(s)));
    loop {
        ws.clear();
        dw.clear();
        words_in(text, lo, hi, ws, dw);
        let Some(k) = ws.iter().position(|&(a, _)| a == s) else {
            // (inside a word: no house number starts here)
            return false;
        };
        if k == 0 && lo > 0 {
            lo = back(lo);
        } else if k + 1 >= ws.len() && hi < b.len() {
            hi = fwd(hi);
        } else {
            return ws
                .get(k)
                .and_then(|&(a, e)| b.get(a..e))
                .is_some_and(house_number)
                && may_anchor(text, ws, k);
        }
    }
}

/// [`anchor_at`] for the digit run `s..e` (one to five digits, after a [`breaker`] or
/// at the text start, so a word of the split starts at `s`) from the bytes around it, in
/// the common shapes: the house number itself, then spaces and commas and a word after
/// it and a word and one of ` ,.:` before it, words of ASCII and letter-lead characters
/// ([`super::util::is_letter_lead`]) ending or starting at a breaker; `None` when the
/// shape is another (the caller then splits the text there).
fn quick_anchor(text: &str, s: usize, e: usize) -> Option<bool> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // the house number: the run, an ASCII letter, then `/` or `-` and the same again
    let mut j = e + usize::from(b.get(e).is_some_and(u8::is_ascii_alphabetic));
    if matches!(b.get(j), Some(b'/' | b'-')) && digit(j + 1) {
        let r = j + 1;
        j = r;
        while digit(j) {
            j += 1;
        }
        if j - r > 5 {
            return Some(false);
        }
        j += usize::from(b.get(j).is_some_and(u8::is_ascii_alphabetic));
    }
    // ... where the word ends (else it goes on: no house number)
    match b.get(j) {
        Some(&x) if x < 0x80 && !breaker(x) => return Some(false),
        Some(&x) if x >= 0x80 => return None,
        _ => {}
    }
    // bytes the splitter goes over inside a word without decoding (ASCII letters,
    // digits and ' - /, letter leads, continuation bytes: those of a letter lead here),
    // and those that start a word without decoding; other non-ASCII bytes need decoding
    // (unknown here)
    let inside = |x: u8| GOES_ON.get(usize::from(x)).copied().unwrap_or(false);
    let starts = |x: u8| x.is_ascii_alphanumeric() || super::util::is_letter_lead(x);
    let unknown = |x: u8| x >= 0xC0 && !super::util::is_letter_lead(x);
    // after: spaces and commas, then a word up to a breaker (or the end); else no anchor
    // after it when the gap can be neither blank nor of commas and spaces
    let after = match b.get(j) {
        None => Some(false),
        Some(b' ' | b',') => {
            let g = gap_end(b, j);
            match b.get(g) {
                None => Some(false),
                Some(&x) if starts(x) => {
                    let t = word_end(b, g);
                    if b.get(t).is_some_and(|&x| unknown(x)) {
                        None
                    } else {
                        let w = text.get(g..t).unwrap_or("");
                        let spaces = b.get(j..g).is_some_and(|r| r.iter().all(|&x| x == b' '));
                        Some(spaces && is_cap(w) || prefix_type(w))
                    }
                }
                Some(&x) if x < 0x80 && !x.is_ascii_whitespace() && x != 0x0B => Some(false),
                Some(_) => None,
            }
        }
        Some(&x) if !x.is_ascii_whitespace() && x != 0x0B => Some(false),
        Some(_) => None,
    };
    if after == Some(true) {
        return Some(true);
    }
    // before: a word and one of ` ,.:` (the word starts at the first byte starting one
    // after a breaker); else no anchor before it when the gap cannot be of ` ,.:°`
    let before = match (s.checked_sub(1).and_then(|k| b.get(k)), s.checked_sub(2)) {
        (None, _) => Some(false),
        (Some(b' ' | b',' | b'.' | b':'), Some(k))
            if b.get(k)
                .is_some_and(|&x| x.is_ascii_alphanumeric() || matches!(x, 0x80..=0xBF)) =>
        {
            let mut t = k;
            while t > 0 && b.get(t - 1).is_some_and(|&x| inside(x)) {
                t -= 1;
            }
            if t > 0 && b.get(t - 1).is_some_and(|&x| unknown(x)) {
                None
            } else {
                while b.get(t).is_some_and(|&x| !starts(x)) {
                    t += 1;
                }
                let prev = text.get(t..s - 1).unwrap_or("");
                Some(prev_anchors(text.get(s - 1..s).unwrap_or(""), prev))
            }
        }
        (Some(&x), _) if !matches!(x, b' ' | b',' | b'.' | b':' | 0xB0) => Some(false),
        _ => None,
    };
    match (after, before) {
        (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

/// End of the gap of spaces and commas starting at `j` (the text's length when it runs to
/// the end).
fn gap_end(b: &[u8], j: usize) -> usize {
    b.get(j..)
        .and_then(|r| r.iter().position(|x| !matches!(x, b' ' | b',')))
        .map_or(b.len(), |n| j + n)
}

/// End of the word starting at `g`: the first byte the splitter does not go over inside a
/// word without decoding (see `GOES_ON`).
fn word_end(b: &[u8], g: usize) -> usize {
    b.get(g..)
        .and_then(|r| {
            r.iter()
                .position(|&x| !GOES_ON.get(usize::from(x)).copied().unwrap_or(false))
        })
        .map_or(b.len(), |n| g + n)
}

/// True when the digit run `s..e` (one to five digits) surely starts no house number
/// passing [`may_anchor`], from a few bytes around it: the common cases in which
/// [`quick_anchor`] finds `Some(false)` (the run after a [`breaker`] or at the text start;
/// after it the text end or an ASCII byte that continues the word or is no space, comma
/// or white space; before it the text start, another breaker than ` ,.:`, or a word
/// starting with a lower-case ASCII letter that starts no particle or marker, or with a
/// digit, which [`prev_anchors`] settles from its bytes). False when unsure.
fn surely_no_anchor(b: &[u8], s: usize, e: usize) -> bool {
    let before = s.checked_sub(1).and_then(|k| b.get(k)).copied();
    if before.is_some_and(|x| !breaker(x)) {
        return false;
    }
    // after: the house number's shape (an ASCII letter; `/` and `-` left to the full test)
    let j = e + usize::from(b.get(e).is_some_and(u8::is_ascii_alphabetic));
    let inside = |x: u8| GOES_ON.get(usize::from(x)).copied().unwrap_or(false);
    match b.get(j) {
        None => {}
        Some(b'/' | b'-') => return false,
        // (the word goes on: no house number)
        Some(&x) if x < 0x80 && !breaker(x) => return true,
        Some(b' ' | b',') => {
            // spaces and commas, then: the end; a digit after a comma (no prefix type,
            // and no capitalised word counts after a comma); an ASCII word starting with
            // a lower-case letter that is no prefix type by its ends and length; or
            // another ASCII byte that is no white space
            let g = gap_end(b, j);
            match b.get(g) {
                None => {}
                Some(&x) if x.is_ascii_digit() => {
                    if b.get(j..g).is_some_and(|r| r.iter().all(|&y| y == b' ')) {
                        return false;
                    }
                }
                Some(&x) if x.is_ascii_lowercase() => {
                    let t = word_end(b, g);
                    let Some(w) = b.get(g..t) else {
                        return false;
                    };
                    if !w.is_ascii()
                        || b.get(t).is_some_and(|&y| y >= 0x80)
                        || all_ascii_may_be_in(&PREFIX_ENDS, w)
                    {
                        return false;
                    }
                }
                Some(&x)
                    if x < 0x80
                        && !x.is_ascii_alphanumeric()
                        && !x.is_ascii_whitespace()
                        && x != 0x0B => {}
                _ => return false,
            }
        }
        Some(&x) if x < 0x80 && !x.is_ascii_whitespace() && x != 0x0B => {}
        _ => return false,
    }
    // before: nothing, another breaker, or the word before one of ` ,.:`
    let Some(x) = before else {
        return true;
    };
    if !matches!(x, b' ' | b',' | b'.' | b':') {
        return true;
    }
    let Some(k) = s.checked_sub(2) else {
        return false;
    };
    if !b
        .get(k)
        .is_some_and(|&y| y.is_ascii_alphanumeric() || matches!(y, 0x80..=0xBF))
    {
        return false;
    }
    let mut t = k;
    while t > 0 && b.get(t - 1).is_some_and(|&y| inside(y)) {
        t -= 1;
    }
    if t > 0
        && b.get(t - 1)
            .is_some_and(|&y| y >= 0xC0 && !super::util::is_letter_lead(y))
    {
        return false;
    }
    while b
        .get(t)
        .is_some_and(|&y| !(y.is_ascii_alphanumeric() || super::util::is_letter_lead(y)))
    {
        t += 1;
    }
    let Some(prev) = b.get(t..s - 1) else {
        return false;
    };
    match prev.first() {
        Some(&f) if f.is_ascii_lowercase() => {
            !matches!(f, b'd' | b'l' | b'y' | b'i' | b'e' | b'n')
                && (!may_be_type_word(prev)
                    || std::str::from_utf8(prev).is_ok_and(|w| !type_word(w)))
        }
        // ([`prev_anchors`] for a word starting with a digit, its characters counted by
        // their first bytes)
        Some(&f) if f.is_ascii_digit() => {
            let chars = prev.iter().filter(|&&y| !matches!(y, 0x80..=0xBF)).count();
            house_number(prev) && !(matches!(x, b' ' | b'.') && chars > 4)
        }
        _ => false,
    }
}

/// True when some house number of `text` passes [`may_anchor`]: the runs of one to five
/// digits not glued to an ASCII letter or digit before them (a house number starts with
/// such a run: a word of the split starts there or the run is inside a word), found eight
/// bytes at a time, each looked at with [`anchor_at`].
#[cfg(test)]
fn any_anchor(text: &str) -> bool {
    first_anchor(text).is_some()
}

/// The start of the first digit run of `text` that starts a house number passing
/// [`may_anchor`] ([`any_anchor`]).
fn first_anchor(text: &str) -> Option<usize> {
    use super::util::{bytes_in, chunks8, chunks8_end};
    let b = text.as_bytes();
    let (mut ws, mut dw) = (Vec::new(), Vec::new());
    let mut look = |s: usize| {
        if s > 0 && b.get(s - 1).is_some_and(u8::is_ascii_alphanumeric) {
            return false;
        }
        let mut e = s;
        while b.get(e).is_some_and(u8::is_ascii_digit) {
            e += 1;
        }
        e - s <= 5
            && !surely_no_anchor(b, s, e)
            && match s.checked_sub(1).and_then(|k| b.get(k)) {
                Some(&x) if !breaker(x) => anchor_at(text, s, &mut ws, &mut dw),
                _ => {
                    quick_anchor(text, s, e).unwrap_or_else(|| anchor_at(text, s, &mut ws, &mut dw))
                }
            }
    };
    // the digit flag of the previous chunk's last byte, moved to the first lane
    let mut carry = 0u64;
    for (i, x) in chunks8(b) {
        let digits = bytes_in(x, b'0', b'9');
        // (a digit right after a digit starts no run)
        let mut m = digits & !(digits << 8 | carry);
        carry = digits >> 56;
        while m != 0 {
            let s = i + (m.trailing_zeros() / 8) as usize;
            if look(s) {
                return Some(s);
            }
            m &= m - 1;
        }
    }
    let mut i = chunks8_end(b);
    while i < b.len() {
        if b.get(i).is_some_and(u8::is_ascii_digit)
            && !(i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_digit))
            && look(i)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Where [`find`] starts splitting before the house number at `p`: right after the
/// [`breaker`] that ends the tenth stretch (bytes between breakers) holding an ASCII
/// letter or digit before the one holding `p`, or the text start. Each such stretch holds
/// at least one word of the split (a word starts at its first ASCII letter or digit, or
/// is already going on there), so at least ten words come before the house number.
fn region_start(b: &[u8], p: usize) -> usize {
    let brk = |i: usize| b.get(i).is_some_and(|&x| breaker(x));
    let mut j = p;
    while j > 0 && !brk(j - 1) {
        j -= 1;
    }
    let mut n = 0;
    while n < 10 && j > 0 {
        while j > 0 && brk(j - 1) {
            j -= 1;
        }
        let end = j;
        while j > 0 && !brk(j - 1) {
            j -= 1;
        }
        if b.get(j..end)
            .is_some_and(|r| r.iter().any(u8::is_ascii_alphanumeric))
        {
            n += 1;
        }
    }
    j
}

/// Finds street addresses.
///
/// Every address holds a house number passing [`may_anchor`] at most one word before and
/// seven after the word it starts at (each form's tests include those of `may_anchor`),
/// and its tests read at most eleven words past that word. So the text is split only
/// from ten words before the first such number ([`first_anchor`], [`region_start`]) and
/// the words are kept up to sixteen past the last one: the other words start no address
/// (one found there would hold such a number), and the words around each such number
/// are those of the whole text's split (a split starting after a breaker: [`words_in`]).
pub fn find(text: &str, out: &mut Vec<Span>) {
    let Some(p) = first_anchor(text) else {
        return;
    };
    let b = text.as_bytes();
    let mut ws = Vec::with_capacity(text.len() / 5 + 1);
    let mut digit_words = Vec::with_capacity(text.len() / 32 + 4);
    words_in(
        text,
        region_start(b, p),
        text.len(),
        &mut ws,
        &mut digit_words,
    );
    let mut houses: Vec<usize> = digit_words
        .into_iter()
        .filter(|&k| {
            ws.get(k)
                .and_then(|&(s, e)| b.get(s..e))
                .is_some_and(house_number)
        })
        .collect();
    // the last house number passing `may_anchor` (on these words as on the whole text's:
    // a word and its neighbours are the same, and the first word, at most ten words
    // before the first such number, passes only by the word after it), and the words
    // kept after it
    if let Some(&last) = houses.iter().rev().find(|&&k| may_anchor(text, &ws, k)) {
        ws.truncate(last + 16);
        houses.retain(|&k| k < ws.len());
    }
    let (mut found, mut untyped) = (Vec::new(), Vec::new());
    find_in_region(text, &ws, &houses, &mut found, &mut untyped);
    if !found.is_empty() && gate(text, &found) {
        out.append(&mut found);
    }
    out.append(&mut untyped);
}

/// An HTTP status line, not an address: "502 Bad Gateway" (the only reason phrase of RFC 9110
/// that ends in a street type: "Gateway" is a USPS suffix), a status code (100-599) before
/// it.
fn http_status(number: &[u8], name: &[u8], typ: &[u8]) -> bool {
    matches!(number, [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9'])
        && name.eq_ignore_ascii_case(b"bad")
        && typ.eq_ignore_ascii_case(b"gateway")
}

/// The score of a street without a type word ([`untyped`]): under the others' 0.8.
const UNTYPED_SCORE: f32 = 0.7;

/// US military mail addresses (USPS Publication 28, section 225): a unit line ("PSC 1234,
/// Box 5678", "Unit 2050 Box 4190", "CMR 450 Box 12") or a ship's line ("USS Nimitz",
/// "USNS Comfort") before "APO", "FPO" or "DPO", the "state" AA, AE or AP and a five-digit
/// ZIP code, on the same line or the next. The two lines together are one finding; the
/// ZIP line alone is none (it names a post office, not a person's address).
pub fn find_military(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(at) = b
        .get(from..)
        .and_then(|r| memchr::memmem::find(r, b"PO A"))
        .map(|i| from + i)
    {
        from = at + 4;
        // "APO AE 09012": the office's first letter, the state's second, the ZIP
        let start = at.wrapping_sub(1);
        let office = at >= 1 && matches!(b.get(start), Some(b'A' | b'F' | b'D'));
        let before_ok = start == 0
            || b.get(start.wrapping_sub(1))
                .is_some_and(|c| !c.is_ascii_alphanumeric());
        let state =
            matches!(b.get(at + 4), Some(b'A' | b'E' | b'P')) && b.get(at + 5) == Some(&b' ');
        let zip = b
            .get(at + 6..at + 11)
            .is_some_and(|z| z.iter().all(u8::is_ascii_digit))
            && !b.get(at + 11).is_some_and(u8::is_ascii_alphanumeric);
        if !(office && before_ok && state && zip) {
            continue;
        }
        if let Some(s) = military_line(text, start) {
            out.push(Span {
                kind: "STREET_ADDRESS",
                start: s,
                end: at + 11,
                score: 0.8,
            });
        }
    }
}

/// The start of a unit or ship line ending just before `end` (spaces, one comma and at
/// most one line break between), if one is there (see [`find_military`]).
fn military_line(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let head = head.trim_end_matches([' ', '\t']);
    let head = head
        .strip_suffix(',')
        .unwrap_or(head)
        .trim_end_matches([' ', '\t']);
    let head = head.strip_suffix('\n').unwrap_or(head);
    let head = head
        .strip_suffix('\r')
        .unwrap_or(head)
        .trim_end_matches([' ', '\t', ',']);
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let line = head.get(line_start..)?;
    // the words of the line, right to left, at most six
    let words: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let n = words.len();
    let num = |w: &str| {
        let w = w.strip_suffix(',').unwrap_or(w);
        (1..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
    };
    // "PSC 1234, Box 5678", "Unit 2050 Box 4190", "CMR 450 Box 12"
    if n >= 4 {
        let tail = words.get(n - 4..)?;
        if let [(a, kind), (_, x), (_, bx), (_, y)] = tail {
            if matches!(*kind, "PSC" | "Unit" | "CMR") && num(x) && *bx == "Box" && num(y) {
                return Some(line_start + a);
            }
        }
    }
    // "USS Nimitz", "USNS Mercy", "USCGC Eagle": a ship's name of one to four words
    for (k, (a, w)) in words.iter().enumerate() {
        if matches!(*w, "USS" | "USNS" | "USNV" | "USCGC") {
            let name = words.get(k + 1..)?;
            let named = (1..=4).contains(&name.len())
                && name
                    .iter()
                    .all(|(_, w)| w.chars().next().is_some_and(char::is_uppercase));
            return named.then_some(line_start + a);
        }
    }
    None
}

/// The whole-text [`find`] it replaced: the whole text split when some house number
/// passes [`may_anchor`] (its tests compare the two).
#[cfg(test)]
fn find_whole(text: &str, out: &mut Vec<Span>) {
    if !any_anchor(text) {
        return;
    }
    let (ws, digit_words) = words(text);
    let houses: Vec<usize> = digit_words
        .into_iter()
        .filter(|&k| {
            ws.get(k)
                .and_then(|&(s, e)| text.as_bytes().get(s..e))
                .is_some_and(house_number)
        })
        .collect();
    find_in(text, &ws, &houses, out);
}

/// [`find`] without the [`may_anchor`] test (its tests compare the two).
#[cfg(test)]
fn find_reference(text: &str, out: &mut Vec<Span>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let (ws, digit_words) = words(text);
    let houses: Vec<usize> = digit_words
        .into_iter()
        .filter(|&k| house_number(text.as_bytes().get(ws[k].0..ws[k].1).unwrap_or(&[])))
        .collect();
    find_in(text, &ws, &houses, out);
}

/// The first word `j >= i` near a house number (`k - 8 <= j <= k + 1` for some `k` of
/// the ascending `houses`), `None` past the last; `hp` (kept between calls with growing
/// `i`) is moved to the first house number `k` with `k + 1 >= i`.
fn next_near(houses: &[usize], hp: &mut usize, i: usize) -> Option<usize> {
    while houses.get(*hp).is_some_and(|&k| k + 1 < i) {
        *hp += 1;
    }
    houses.get(*hp).map(|&k| i.max(k.saturating_sub(8)))
}

/// The addresses of `text` split into the words `ws`, of which `houses` (in order) are
/// the house numbers (the whole text's split: [`find`]'s references).
#[cfg(test)]
fn find_in(text: &str, ws: &[(usize, usize)], houses: &[usize], out: &mut Vec<Span>) {
    let (mut found, mut untyped) = (Vec::new(), Vec::new());
    find_in_region(text, ws, houses, &mut found, &mut untyped);
    if !found.is_empty() && gate(text, &found) {
        out.append(&mut found);
    }
    out.append(&mut untyped);
}

/// The gate the addresses found in `text` (`spans`, not empty) must pass: a street word
/// on word boundaries with a digit near it, or a compound ending followed by a number.
/// (Anywhere in the text: a match inside a span is one of the whole text, so the spans
/// are searched first.)
fn gate(text: &str, spans: &[Span]) -> bool {
    use std::sync::LazyLock;
    static WORDS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        let all: Vec<&str> = PREFIX_TYPES
            .iter()
            .chain(SUFFIX_TYPES)
            .chain(MORE_SUFFIX_TYPES)
            .chain(SEPARATE_TYPES)
            .chain(BOX_WORDS)
            .copied()
            .collect();
        super::util::automaton(&all)
    });
    static ENDINGS: LazyLock<Option<aho_corasick::AhoCorasick>> =
        LazyLock::new(|| super::util::automaton(COMPOUND));
    // cheap gate: a street word on word boundaries, or a compound ending
    let bounded = |s: usize, e: usize| {
        !super::util::prev_char(text, s).is_some_and(char::is_alphanumeric)
            && !super::util::next_char(text, e).is_some_and(char::is_alphanumeric)
    };
    // an address needs a house number close to its street word
    let digit_near = |s: usize, e: usize| {
        let lo = super::util::floor_boundary(text, s.saturating_sub(40));
        let hi = super::util::ceil_boundary(text, e.saturating_add(40));
        text.get(lo..hi)
            .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()))
    };
    // (evaluated after the main pass, only when it found something: most texts hold house
    // numbers but no address, and the gate's automaton pass is the costlier part)
    // the gate over `text[lo..hi]`: a match inside it is a match of the whole text, so a
    // qualifying one there settles the gate without the whole-text pass
    let gate_in = |lo: usize, hi: usize| {
        let Some(sub) = text.get(lo..hi) else {
            return false;
        };
        WORDS.as_ref().is_some_and(|ac| {
            ac.find_overlapping_iter(sub).any(|m| {
                let (s, e) = (lo + m.start(), lo + m.end());
                bounded(s, e) && digit_near(s, e)
            })
        }) || ENDINGS.as_ref().is_some_and(|ac| {
            ac.find_overlapping_iter(sub).any(|m| {
                let rest = text.get(lo + m.end()..).unwrap_or("");
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                rest.strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
        })
    };
    spans.iter().any(|sp| gate_in(sp.start, sp.end)) || gate_in(0, text.len())
}

/// The address whose house number is word `i + 1` of `ws` (the whole text's split or the part
/// [`find`] keeps) when word `i` is a street type of its own after the street's name
/// ("Berliner Straße 12", "Hegedűs Gyula utca 76", "Olav Kyrres gate 5", "Tompa u. 49") or
/// ends a post-office box ("P.O. Box 1234", "Postfach 10 01 23": [`po_box_start`]), or is
/// the name of a street without a type word before a postcode and a city ([`untyped`]): its
/// first and last words, and whether it has a type word (the [`gate`] tests those).
#[inline(never)]
fn own_type_or_box(text: &str, ws: &[(usize, usize)], i: usize) -> Option<(usize, usize, bool)> {
    let w = |j: usize| word(text, ws, j);
    let wb = |j: usize| {
        ws.get(j)
            .and_then(|&(s, e)| text.as_bytes().get(s..e))
            .unwrap_or(&[])
    };
    let gap = |j: usize| gap(text, ws, j);
    let wi = w(i);
    if !may_be_type_word(wi.as_bytes()) || !gap(i).trim_matches([' ', '.']).is_empty() {
        return untyped(text, ws, i).map(|first| (first, i + 1, false));
    }
    // (lower-cased once for both forms)
    let lw = lower(wi);
    // name(s) + a type of its own + number
    if i >= 1 && SEPARATE_SET.contains(lw.as_bytes()) {
        let dotted = gap(i).starts_with('.');
        let gate = lw.as_bytes() == b"gate";
        if (dotted || !separate_needs_dot(lw.as_bytes())) && (!gate || wi == "gate") {
            // back over capitalised words (particles between them) joined by spaces
            let (mut first, mut names, mut j) = (i, 0, i);
            while j > 0 && names < 4 && gap(j - 1).bytes().all(|c| c == b' ') {
                let x = w(j - 1);
                if is_cap(x) && !wb(j - 1).first().is_some_and(u8::is_ascii_digit) {
                    first = j - 1;
                    names += 1;
                } else if !particle_bytes(lower(x).as_bytes()) {
                    break;
                }
                j -= 1;
            }
            let genitive = w(i - 1).ends_with('s');
            if names > 0 && (!gate || names >= 2 && genitive) {
                return Some((first, i + 1, true));
            }
        }
    }
    // a post-office box
    let Some(first) = po_box_start(text, ws, i, lw.as_bytes()) else {
        return untyped(text, ws, i).map(|first| (first, i + 1, false));
    };
    // the number's further groups of two or three digits ("10 01 23")
    let mut last = i + 1;
    while last < i + 3
        && gap(last) == " "
        && matches!(wb(last + 1).len(), 2 | 3)
        && wb(last + 1).iter().all(u8::is_ascii_digit)
    {
        last += 1;
    }
    Some((first, last, true))
}

/// The first word of a street without a type word whose name ends at word `i` of `ws`
/// (the house number next) when a postcode and a city follow the number
/// ([`super::address_tail::postcode_and_city_follow`]: "Dalmatinova 5, 1000 Ljubljana",
/// "Loděnická 2\n148 54 Velvary", the Czech, Slovak, Slovenian, Croatian and Norwegian
/// way): one to three capitalised words of letters, four or more each, that the English
/// dictionary does not know as a common word and that name no country or large city, the
/// number (no year) after a single space. "Windows 11, 2023" is none.
fn untyped(text: &str, ws: &[(usize, usize)], i: usize) -> Option<usize> {
    let name_word = |w: &str| {
        is_cap(w)
            && !w.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && w.chars().count() >= 4
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && w.chars().any(char::is_lowercase)
            && super::english::lookup(w) != Some(false)
            && !super::name_context::place_name(w)
    };
    // (a year is no house number here)
    let year = |n: &[u8]| n.len() == 4 && (n.starts_with(b"19") || n.starts_with(b"20"));
    let number = ws
        .get(i + 1)
        .and_then(|&(s, e)| text.as_bytes().get(s..e))?;
    let house_end = ws.get(i + 1)?.1;
    if gap(text, ws, i) != " "
        || year(number)
        || !super::address_tail::postcode_and_city_follow(text, house_end)
        || !name_word(word(text, ws, i))
    {
        return None;
    }
    let mut first = i;
    while first > 0
        && i - first < 2
        && gap(text, ws, first - 1) == " "
        && name_word(word(text, ws, first - 1))
    {
        first -= 1;
    }
    Some(first)
}

/// The addresses starting among the words `ws` of `text` (the whole text's split, or the
/// part of it [`find`] keeps), of which `houses` (in order) are the house numbers,
/// appended to `found_spans` (the [`gate`] not applied), those of streets without a type
/// word ([`untyped`], which the gate does not test) to `untyped_spans`.
fn find_in_region(
    text: &str,
    ws: &[(usize, usize)],
    houses: &[usize],
    found_spans: &mut Vec<Span>,
    untyped_spans: &mut Vec<Span>,
) {
    let w = |i: usize| ws.get(i).and_then(|&(s, e)| text.get(s..e)).unwrap_or("");
    // (the bytes alone where they do: no character boundary tests)
    let wb = |i: usize| {
        ws.get(i)
            .and_then(|&(s, e)| text.as_bytes().get(s..e))
            .unwrap_or(&[])
    };
    let gap = |i: usize| -> &str {
        let (Some(a), Some(b)) = (ws.get(i), ws.get(i + 1)) else {
            return "";
        };
        text.get(a.1..b.0).unwrap_or("")
    };
    // only words near a house number can start an address: word `i` is near when some
    // house number `k` has `k - 8 <= i <= k + 1` (the loop below jumps to the next such
    // word: `hp` is the first house number `k` with `k + 1 >= i`)
    // `house[k]`: `house_number(wb(k))` (false for words that do not start with a digit)
    let mut house = vec![false; ws.len()];
    for &k in houses {
        if let Some(h) = house.get_mut(k) {
            *h = true;
        }
    }
    if houses.is_empty() {
        return;
    }
    let mut hp = 0usize;
    let mut i = 0;
    while i < ws.len() {
        let Some(j) = next_near(houses, &mut hp, i) else {
            break;
        };
        if j > i {
            i = j;
            continue;
        }
        let next_is_house = house.get(i + 1).copied().unwrap_or(false);
        if cannot_start(text, ws.get(i), next_is_house) {
            i += 1;
            continue;
        }
        // (the word sliced once for the tests below)
        let wi = w(i);
        // street types are short: longer words cannot be one (saves lower-casing them)
        let lower_i = || {
            if wi.len() <= 24 {
                lower(wi)
            } else {
                Lower::Short([0; 48], 0)
            }
        };
        let mut found: Option<(usize, usize)> = None;
        // (false for a street without a type word: a lower score, and no gate)
        let mut typed = true;
        // prefix type: [12,] rue de la Paix[,] [12]
        // (a word starting with a digit is no prefix type: `prefix_type` says so first;
        // tested here on the byte, the word's slice is not needed for most numbers)
        if !wb(i).first().is_some_and(u8::is_ascii_digit)
            && prefix_type(wi)
            && (gap(i).starts_with('.') || !dotted_only(wi))
        {
            let mut first = i;
            let mut has_num = false;
            if i >= 1 && house_number(wb(i - 1)) && gap(i - 1).trim_matches([',', ' ']).is_empty() {
                first = i - 1;
                has_num = true;
            }
            let mut last = i;
            let mut k = i + 1;
            let mut names = 0;
            while k < ws.len() && names < 5 && gap(k - 1).trim().is_empty()
                || k < ws.len() && names < 5 && gap(k - 1).trim() == "."
            {
                let x = w(k);
                // (lower-cased only when not capitalised; the bytes tested, no `str` check)
                if is_cap(x) && !house_number(x.as_bytes())
                    || particle_bytes(lower(x).as_bytes())
                    || elided(x)
                {
                    last = k;
                    k += 1;
                    names += 1;
                } else {
                    break;
                }
            }
            if names > 0 {
                // number after: "Via Roma 12", "ul. Długa 5/7", "ул. Ленина, д. 5"
                let mut k2 = last + 1;
                let g = gap(last);
                if g.trim_matches([' ', ',']).is_empty()
                    && (w(k2) == "д"
                        || w(k2) == "No"
                        || w(k2) == "n"
                        || w(k2) == "nº"
                        || w(k2) == "nr"
                        || w(k2) == "Nr")
                {
                    k2 += 1;
                }
                // ("S/N": sin número, sem número, before a postcode)
                if k2 < ws.len()
                    && (house_number(wb(k2))
                        || wb(k2) == b"S/N"
                            && gap(k2).trim_matches([' ', ',', '\n']).is_empty()
                            && house_number(wb(k2 + 1)))
                    && gap(k2 - 1)
                        .trim_matches([' ', ',', '.', ':', '°'])
                        .is_empty()
                {
                    last = k2;
                    has_num = true;
                }
                if has_num {
                    found = Some((first, last));
                }
            }
        }
        // number + Name(s) + suffix type: "221B Baker Street"
        if found.is_none() && house.get(i).copied().unwrap_or(false) {
            let mut k = i + 1;
            let mut names = 0;
            // (no suffix type starts with a digit, which the numbers after a house number
            // often are: a test checks the list)
            while k < ws.len() && names < 4 && blank_gap(text, ws, k - 1) && cap_word(text, ws, k) {
                if names > 0
                    && !wb(k).first().is_some_and(u8::is_ascii_digit)
                    && may_be_in(&SUFFIX_ENDS, w(k))
                    && SUFFIX_SET.contains(lower(w(k)).as_bytes())
                {
                    if http_status(wb(i), wb(i + 1), wb(k)) {
                        break;
                    }
                    let mut last = k;
                    // one or two more type words after a single space ("Masonic Hill
                    // Road", "Loop St")
                    while last < k + 2
                        && gap(last) == " "
                        && cap_word(text, ws, last + 1)
                        && !wb(last + 1).first().is_some_and(u8::is_ascii_digit)
                        && may_be_in(&SUFFIX_ENDS, w(last + 1))
                        && SUFFIX_SET.contains(lower(w(last + 1)).as_bytes())
                    {
                        last += 1;
                    }
                    // apartment
                    let nx = lower(w(last + 1));
                    let nx = nx.as_str();
                    if matches!(nx, "apt" | "suite" | "unit" | "ste" | "flat" | "#")
                        && house_number(wb(last + 2))
                    {
                        last += 2;
                    }
                    found = Some((i, last));
                    break;
                }
                names += 1;
                k += 1;
            }
        }
        // compound: "Hauptstraße 5", "Kerkstraat 12a"
        if found.is_none() && next_is_house && is_cap(wi) && wi.chars().count() > 4 {
            let full_end = ws.get(i).map_or(0, |x| x.1);
            let with_dot = text.get(full_end..).is_some_and(|r| r.starts_with('.'));
            // the number and gap tests are cheap: before the ending search
            if next_is_house && gap(i).trim_matches([' ', '.']).is_empty() && {
                let lw = lower_i();
                compound_end(lw.as_bytes(), with_dot)
            } {
                found = Some((i, i + 1));
            }
        }
        // name(s) + a type of its own + number, a post-office box (out of line: rare)
        // (no such word starts with a digit, as the numbers before numbers do)
        if found.is_none() && next_is_house && !wb(i).first().is_some_and(u8::is_ascii_digit) {
            if let Some((a, b, has_type)) = own_type_or_box(text, ws, i) {
                found = Some((a, b));
                typed = has_type;
            }
        }
        if let Some((a, mut b)) = found {
            // word `j` is a unit word ([`UNITS`])
            let unit = |j: usize| {
                let u = lower(w(j));
                UNITS.iter().any(|x| x.as_bytes() == u.as_bytes())
            };
            // unit after the house number: "Apt. 34", "стр. 82", "к. 31"
            let mut k = b + 1;
            for _ in 0..3 {
                // (the house number first: rarely there, and the unit lookup lower-cases)
                if house_number(wb(k + 1))
                    && unit(k)
                    && gap(k).trim_matches([' ', '.', ',']).is_empty()
                    && gap(k - 1).trim_matches([' ', ',']).len() <= 1
                {
                    b = k + 1;
                    k += 2;
                }
            }
            // a unit before the house number: "Level 3 148 King Loop", "Apt. 750 7 Taylor
            // Gully", "Flat 44, 1 Bryant Freeway"
            let mut a = a;
            if a >= 1
                && house_number(wb(a))
                && house_number(wb(a + 1))
                && gap(a - 1).trim_matches([' ', '.']).is_empty()
                && unit(a - 1)
            {
                // (the address was read from the unit's number on)
                a -= 1;
            } else if a >= 2
                && house_number(wb(a))
                && house_number(wb(a - 1))
                && gap(a - 1).trim_matches([' ', ',']).is_empty()
                && gap(a - 2).trim_matches([' ', '.']).is_empty()
                && unit(a - 2)
            {
                a -= 2;
            }
            let (Some(s), Some(e)) = (ws.get(a).map(|x| x.0), ws.get(b).map(|x| x.1)) else {
                break;
            };
            // the city, postcode and country after the street line
            let e = super::address_tail::tail_end(text, e);
            let span = Span {
                kind: "STREET_ADDRESS",
                start: s,
                end: e,
                score: if typed { 0.8 } else { UNTYPED_SCORE },
            };
            if typed {
                found_spans.push(span);
            } else {
                untyped_spans.push(span);
            }
            i = b + 1;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_end_matches_the_reference() {
        let mut words: Vec<String> = vec![String::new(), "a".into(), "str".into()];
        for c in COMPOUND {
            for pre in ["", "x", "xx", "xxx", "haupt", "ü"] {
                words.push(format!("{pre}{c}"));
                if let Some(short) = c.get(..c.len().saturating_sub(1)) {
                    words.push(format!("{pre}{short}"));
                }
            }
        }
        for w in &words {
            for dot in [false, true] {
                assert_eq!(
                    compound_end(w.as_bytes(), dot),
                    compound_end_reference(w, dot),
                    "{w} {dot}"
                );
            }
        }
    }

    #[test]
    fn byte_tests_match_the_str_tests() {
        // the main loop's particle and unit tests on the lower-cased bytes (no `str`
        // check) against the `str` forms they replaced, over the lists, their case
        // variants and near misses
        let mut words: Vec<String> = Vec::new();
        for w in UNITS
            .iter()
            .chain(["de", "la", "della", "y", "Rue", "x"].iter())
        {
            for v in [
                w.to_string(),
                w.to_uppercase(),
                format!("{w}s"),
                format!("x{w}"),
            ] {
                words.push(v);
            }
        }
        for w in &words {
            let l = lower(w);
            assert_eq!(particle_bytes(l.as_bytes()), particle(l.as_str()), "{w}");
            assert_eq!(
                UNITS.iter().any(|x| x.as_bytes() == l.as_bytes()),
                UNITS.contains(&l.as_str()),
                "{w}"
            );
        }
    }

    #[test]
    fn words_match_the_bytewise_splitter() {
        // random texts over pieces that hit every byte class
        let pieces: &[&str] = &[
            "a", "Z", "7", "'", "-", "/", " ", ".", ",", "’", "é", "Ж", "😀", "中", "\u{a0}", "ß",
            "\u{2116}", "12", "Baker", "ул.", "x-y", "'s", "/3", "\u{301}", "\t", "ĉ", "ř", "ё",
            "好", "\u{4dc0}", "×", "—", "Ѡ",
        ];
        let mut next = crate::pii::util::test_rng(11u64);
        for _ in 0..20000 {
            let mut t = String::new();
            for _ in 0..next(40) {
                t.push_str(pieces[next(pieces.len())]);
            }
            assert_eq!(words(&t), words_bytewise(&t), "{t:?}");
        }
    }

    /// Random texts over address pieces (street types of each form, house numbers,
    /// markers, particles, units, capitalised words, punctuation, other scripts).
    fn address_texts(seed: u64, n: usize) -> Vec<String> {
        let pieces: &[&str] = &[
            "12",
            "221B",
            "5/7",
            "8-3",
            "12a",
            "123456",
            "0",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            ": ",
            "°",
            "\n",
            "rue",
            "Rue",
            "RUE",
            "de",
            "la",
            "Paix",
            "Via",
            "Roma",
            "ul.",
            "Długa",
            "ул.",
            "Ленина",
            "д.",
            "No",
            "nº",
            "nr",
            "n",
            "Baker",
            "Street",
            "street",
            "Apt",
            "apt.",
            "Suite",
            "Hauptstraße",
            "Kerkstraat",
            "str.",
            "Bahnhofstr.",
            "Main",
            "St",
            "Avenue",
            "avenida",
            "Calle",
            "c/",
            "Mayor",
            "Piazza",
            "piano",
            "кв.",
            "к",
            "the",
            "build",
            "at",
            "PR",
            "#",
            "Заказ",
            "№",
            "12:30",
            "2.14.3",
            "1,204,332",
            "Q3",
            "é",
            "中",
            "😀",
            "-",
            "/",
            "'",
            "’",
            "Straße",
            "Weg",
            "plein",
            "ЛЕНИНА",
            "Ул.",
            "Σ",
            "İ",
            "e",
            "y",
            "dos",
            "Plaza",
            "utca",
            "u.",
            "gate",
            "Kyrres",
            "Berliner",
            "Allee",
            "iela",
            "nám.",
            "út",
            "Ring",
            "Box",
            "P.O.",
            "l'Etoile",
            "Hill",
            "Road",
            "Keys",
            "Level",
            "S/N",
            "Nr",
            "Strada",
            "postfach",
            "а/я",
        ];
        let mut next = crate::pii::util::test_rng(seed);
        (0..n)
            .map(|_| {
                let mut t = String::new();
                for _ in 0..next(30) {
                    t.push_str(pieces[next(pieces.len())]);
                    if next(3) > 0 {
                        t.push(' ');
                    }
                }
                t
            })
            .collect()
    }

    #[test]
    fn house_number_matches_the_split_test() {
        let pieces: &[&str] = &[
            "1", "2", "0", "9", "a", "B", "/", "-", "é", "'", "x", "12345",
        ];
        let mut next = crate::pii::util::test_rng(3u64);
        for _ in 0..200000 {
            let mut t = String::new();
            for _ in 0..next(10) {
                t.push_str(pieces[next(pieces.len())]);
            }
            assert_eq!(
                house_number(t.as_bytes()),
                house_number_split(t.as_bytes()),
                "{t:?}"
            );
        }
        for t in address_texts(7, 20000) {
            for (s, e) in words(&t).0 {
                let w = &t.as_bytes()[s..e];
                assert_eq!(house_number(w), house_number_split(w), "{t:?}");
            }
        }
    }

    /// Glues up to `most - 1` pieces of `glue` into `t` at random character positions
    /// (without spaces), drawing from `next`.
    fn glue_in(t: &mut String, glue: &[&str], most: usize, next: &mut impl FnMut(usize) -> usize) {
        for _ in 0..next(most) {
            let at = t
                .char_indices()
                .map(|(i, _)| i)
                .nth(next(t.chars().count() + 1));
            t.insert_str(at.unwrap_or(t.len()), glue[next(glue.len())]);
        }
    }

    #[test]
    fn any_anchor_matches_the_whole_split() {
        let whole = |t: &str| {
            let (ws, dw) = words(t);
            dw.into_iter()
                .any(|k| house_number(&t.as_bytes()[ws[k].0..ws[k].1]) && may_anchor(t, &ws, k))
        };
        let glue: &[&str] = &[
            "—", "№", "…", "a", "7", "123", "-", "/", "'", "’", "é", "中", "\u{301}", "x1", "1x",
            "12-3", "4/5b", "°", ":", "\u{a0}", "Ж",
        ];
        let mut next = crate::pii::util::test_rng(9u64);
        let mut anchored = 0;
        for mut t in address_texts(13, 60000) {
            // glue some pieces together without spaces
            glue_in(&mut t, glue, 4, &mut next);
            let got = any_anchor(&t);
            assert_eq!(got, whole(&t), "{t:?}");
            anchored += usize::from(got);
        }
        assert!(anchored > 1000 && anchored < 59000, "{anchored}");
    }

    #[test]
    fn prev_anchors_matches_the_general_test() {
        let gaps: &[&str] = &[
            "", " ", ",", ".", ":", "°", " .", ", ", ": ", "  ", "-", "\n", " °", "\u{a0}",
        ];
        let pieces: &[&str] = &[
            "1", "12", "123", "12345", "123456", "12a", "5/7", "8-3", "12b/4", "0", "9", "a", "B",
            "/", "-", "é", "'", "x", "д", "No", "n", "nº", "nr", "de", "la", "Ж", "ул",
        ];
        let mut next = crate::pii::util::test_rng(21u64);
        let mut cases = 0;
        for t in address_texts(17, 20000) {
            for (s, e) in words(&t).0 {
                let w = &t[s..e];
                for g in gaps {
                    assert_eq!(
                        prev_anchors(g, w),
                        prev_anchors_general(g, w),
                        "{g:?} {w:?}"
                    );
                    cases += 1;
                }
            }
        }
        for _ in 0..200000 {
            let mut w = String::new();
            for _ in 0..next(4) {
                w.push_str(pieces[next(pieces.len())]);
            }
            let g = gaps[next(gaps.len())];
            assert_eq!(
                prev_anchors(g, &w),
                prev_anchors_general(g, &w),
                "{g:?} {w:?}"
            );
        }
        assert!(cases > 100000, "{cases}");
    }

    #[test]
    fn surely_no_anchor_only_when_none() {
        let glue: &[&str] = &[
            "—", "№", "…", "a", "7", "123", "-", "/", "'", "’", "é", "中", "\u{301}", "x1", "1x",
            "12-3", "4/5b", "°", ":", "\u{a0}", "Ж", "?", "!", "\u{b}", "\t", "(", "12:30", "2.14",
            ",",
        ];
        let mut next = crate::pii::util::test_rng(41u64);
        let (mut sure, mut runs) = (0, 0);
        let (mut ws, mut dw) = (Vec::new(), Vec::new());
        for mut t in address_texts(43, 60000) {
            glue_in(&mut t, glue, 6, &mut next);
            let b = t.as_bytes();
            for s in 0..b.len() {
                if !b[s].is_ascii_digit() || s > 0 && b[s - 1].is_ascii_alphanumeric() {
                    continue;
                }
                let mut e = s;
                while e < b.len() && b[e].is_ascii_digit() {
                    e += 1;
                }
                if e - s > 5 {
                    continue;
                }
                runs += 1;
                if surely_no_anchor(b, s, e) {
                    sure += 1;
                    assert!(!anchor_at(&t, s, &mut ws, &mut dw), "{t:?} {s}");
                }
            }
        }
        assert!(sure * 10 > runs, "{sure} of {runs}");
    }

    #[test]
    fn find_matches_the_whole_split() {
        // long texts: address pieces between chat sentences (numbers without addresses,
        // other scripts), so that the kept words start late and end early
        let chat: &[&str] = &[
            "hi! how are you today? are we still on for lunch tomorrow at 12:30?",
            "The build 4821 failed again, version 2.14.3 fixes it, see PR #1288.",
            "Schau dir dieses Foto an, wir treffen uns am Bahnhof.",
            "Merci beaucoup, la commande 48213345 est arrivée hier.",
            "Привет! Как дела? Заказ №482133 уже отправлен, цена 1299 руб.",
            "你好，请帮我预订明天的餐厅 🍜 谢谢！",
            "the video got 1,204,332 views and 12,000 likes in two days 🎉",
            "Call me on +49 151 23456789, IBAN DE89 3704 0044 0532 0130 00.",
            "I was born on 12.05.1985 and live at Hauptstraße 5.",
            "ok",
            "a b c d e f g h i j k l m n o p",
            "1 2 3 4 5 6 7 8 9 10 11 12",
            "Rue 12 Apt 5 Suite 7 No 9",
        ];
        let mut next = crate::pii::util::test_rng(29u64);
        let pieces = address_texts(31, 40000);
        let mut hits = 0;
        for _ in 0..12000 {
            let mut t = String::new();
            for _ in 0..next(24) {
                match next(3) {
                    0 => t.push_str(&pieces[next(pieces.len())]),
                    _ => t.push_str(chat[next(chat.len())]),
                }
                t.push_str([" ", "\n", "", ". ", "-", "'"][next(6)]);
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find(&t, &mut a);
            find_whole(&t, &mut b);
            assert_eq!(a, b, "{t:?}");
            hits += usize::from(!b.is_empty());
        }
        assert!(hits > 2000, "{hits}");
        for t in address_texts(37, 40000) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find(&t, &mut a);
            find_whole(&t, &mut b);
            assert_eq!(a, b, "{t:?}");
        }
    }

    #[test]
    fn gap_and_capital_tests_match_the_str_ones() {
        let glue: &[&str] = &[
            "\u{a0}", "\u{b}", "\u{1f}", "\u{2003}", "\t", "\r\n", "é", "Ж",
        ];
        let mut next = crate::pii::util::test_rng(47u64);
        let mut n = 0;
        for mut t in address_texts(53, 20000) {
            glue_in(&mut t, glue, 4, &mut next);
            let ws = words(&t).0;
            for j in 0..=ws.len() {
                assert_eq!(
                    blank_gap(&t, &ws, j),
                    gap(&t, &ws, j).trim().is_empty(),
                    "{t:?} {j}"
                );
                assert_eq!(cap_word(&t, &ws, j), is_cap(word(&t, &ws, j)), "{t:?} {j}");
                n += 1;
            }
        }
        assert!(n > 100000, "{n}");
    }

    #[test]
    fn no_prefix_type_starts_with_a_digit() {
        assert!(PREFIX_TYPES
            .iter()
            .chain(SUFFIX_TYPES)
            .all(|w| !w.as_bytes().first().is_some_and(u8::is_ascii_digit)));
        // (and `trim` sees the same ASCII white space as the gap tests)
        for x in 0u8..0x80 {
            assert_eq!(
                char::from(x).is_whitespace(),
                matches!(x, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
                "{x}"
            );
        }
    }

    #[test]
    fn next_near_matches_the_near_flags() {
        let mut next = crate::pii::util::test_rng(23u64);
        for _ in 0..20000 {
            let n = next(60);
            let mut houses: Vec<usize> = (0..n).filter(|_| next(6) == 0).collect();
            houses.dedup();
            let mut near = vec![false; n];
            for &k in &houses {
                near[k.saturating_sub(8)..(k + 2).min(n)].fill(true);
            }
            // every start, walking up with steps of 1-3 as the loop does
            let mut hp = 0;
            let mut i = 0;
            while i < n {
                let want = (i..n).find(|&j| near[j]);
                let got = next_near(&houses, &mut hp, i).filter(|&j| j < n);
                assert_eq!(got, want, "{houses:?} {i}");
                i += 1 + next(3);
            }
        }
    }

    #[test]
    fn only_the_kelvin_sign_lower_cases_to_ascii() {
        for c in (0x80u32..0x11_0000).filter_map(char::from_u32) {
            if c.to_lowercase().all(|l| l.is_ascii()) {
                assert_eq!(c, '\u{212A}');
            }
        }
        assert_eq!(lower("\u{212A}").as_str(), "k");
        for p in [
            "de", "la", "del", "di", "da", "do", "dos", "das", "du", "des", "le",
        ] {
            assert!(particle(p) && !p.contains('k'));
        }
        for p in [
            "les", "della", "dei", "delle", "degli", "d", "l", "y", "i", "e",
        ] {
            assert!(particle(p) && !p.contains('k'));
        }
    }

    #[test]
    fn find_matches_the_reference() {
        let mut hits = 0;
        for t in address_texts(5, 60000) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find(&t, &mut a);
            find_reference(&t, &mut b);
            assert_eq!(a, b, "{t:?}");
            hits += usize::from(!b.is_empty());
        }
        // (the texts do hold addresses)
        assert!(hits > 1000, "{hits}");
    }

    /// A street type written as a word of its own between the name and the number.
    #[test]
    fn separate_street_types() {
        let found = |t: &str| {
            let mut v = Vec::new();
            find(t, &mut v);
            v.iter()
                .map(|s| t[s.start..s.end].to_string())
                .collect::<Vec<_>>()
        };
        let rows: &[(&str, &[&str])] = &[
            ("Berliner Straße 12", &["Berliner Straße 12"]),
            (
                "ich wohne in der Berliner Straße 12",
                &["Berliner Straße 12"],
            ),
            (
                "Frankfurter Allee 5, 10247 Berlin",
                &["Frankfurter Allee 5, 10247 Berlin"],
            ),
            ("Am Markt 3", &["Am Markt 3"]),
            ("Berliner Str. 5", &["Berliner Str. 5"]),
            ("Graaf Willem II Straat 99", &["Graaf Willem II Straat 99"]),
            ("Hegedűs Gyula utca 76.", &["Hegedűs Gyula utca 76"]),
            ("lakcím: Tompa u. 49.", &["Tompa u. 49"]),
            ("Olav Kyrres gate 5", &["Olav Kyrres gate 5"]),
            ("Pärnu maantee 10", &["Pärnu maantee 10"]),
            ("Brīvības iela 1", &["Brīvības iela 1"]),
            ("Gedimino pr. 9", &["Gedimino pr. 9"]),
            ("Trubarjeva ulica 5", &["Trubarjeva ulica 5"]),
            (
                "Zumalakarregi etorbidea 51",
                &["Zumalakarregi etorbidea 51"],
            ),
            ("Váci utca 1", &["Váci utca 1"]),
            (
                "Váci utca 1.\n1052 Budapest",
                &["Váci utca 1.\n1052 Budapest"],
            ),
            // two suffix types, an elided article
            ("2610 Masonic Hill Road", &["2610 Masonic Hill Road"]),
            (
                "65 Rue de l'Etoile Polaire",
                &["65 Rue de l'Etoile Polaire"],
            ),
            // session 27: more types, units before the number, S/N, Romanian blocks
            ("5836 Evan Keys Apt. 835", &["5836 Evan Keys Apt. 835"]),
            ("Level 3 148 King Parade", &["Level 3 148 King Parade"]),
            (
                "Rambla Florentina Alcolea 62 Puerta 9",
                &["Rambla Florentina Alcolea 62 Puerta 9"],
            ),
            (
                "Rua de Assunção, S/N, 4854-562 Tavira",
                &["Rua de Assunção, S/N, 4854-562 Tavira"],
            ),
            (
                "Strada Jasmina Barbu Nr. 94 Bl. 44 Sc. 4 Ap. 862, Sibiu, 296607",
                &["Strada Jasmina Barbu Nr. 94 Bl. 44 Sc. 4 Ap. 862, Sibiu, 296607"],
            ),
            ("Λεωφόρος Βάγγου 60", &["Λεωφόρος Βάγγου 60"]),
            ("Alicia Keys sang 3 songs", &[]),
            // a street without a type word before a postcode and a city
            (
                "Dalmatinova 5, 1000 Ljubljana",
                &["Dalmatinova 5, 1000 Ljubljana"],
            ),
            (
                "Loděnická 2\n148 54 Velvary",
                &["Loděnická 2\n148 54 Velvary"],
            ),
            ("Kolodvorska 27 is nice", &[]),
            ("Windows 11, 2023", &[]),
            ("the Olympics in Paris 2024, 75001 Paris", &[]),
            // post-office boxes
            (
                "P.O. Box 234, Springfield, IL 62704",
                &["P.O. Box 234, Springfield, IL 62704"],
            ),
            ("send it to PO Box 1234", &["PO Box 1234"]),
            ("p.o. box 77", &["p.o. box 77"]),
            ("Post Office Box 5", &["Post Office Box 5"]),
            (
                "Postfach 10 01 23, 10115 Berlin",
                &["Postfach 10 01 23, 10115 Berlin"],
            ),
            ("Postboks 108 Sentrum", &["Postboks 108"]),
            ("Postbus 1234", &["Postbus 1234"]),
            ("Apartado de Correos 12", &["Apartado de Correos 12"]),
            ("Caixa Postal 345", &["Caixa Postal 345"]),
            ("Casella Postale 12", &["Casella Postale 12"]),
            ("skrytka pocztowa 5", &["skrytka pocztowa 5"]),
            ("а/я 12", &["а/я 12"]),
            ("абонентский ящик 12", &["абонентский ящик 12"]),
            ("the Box 5 set", &[]),
            ("en el apartado 3 del artículo", &[]),
            // not an address
            ("Departures gate 5", &[]),
            ("Boarding at Gate 12", &[]),
            ("Elden Ring 2 is out", &[]),
            ("Organic veg 5 kg", &[]),
            ("Tompa u 49", &[]),
            ("Berliner Str 5", &[]),
            ("er sagte Weg 5", &[]),
            ("Lange Straße ohne Nummer", &[]),
            // an HTTP status, not an address; a street of the same type still is one
            ("nginx answers 502 Bad Gateway again", &[]),
            ("HTTP/1.1 502 bad gateway", &[]),
            ("502 Golden Gateway", &["502 Golden Gateway"]),
        ];
        for (t, want) in rows {
            assert_eq!(found(t), *want, "{t:?}");
        }
    }

    /// US military mail: the unit or ship line with the APO/FPO/DPO line is one finding;
    /// either alone, or the office words elsewhere, is none.
    #[test]
    fn military_addresses() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "PSC 1234, Box 5678\nAPO AE 09012",
                Some("PSC 1234, Box 5678\nAPO AE 09012"),
            ),
            (
                "send it to Unit 2050 Box 4190, DPO AP 96278 please",
                Some("Unit 2050 Box 4190, DPO AP 96278"),
            ),
            (
                "CMR 450 Box 12 APO AE 09173",
                Some("CMR 450 Box 12 APO AE 09173"),
            ),
            (
                "Sgt. Lee\nUSNS Comfort\nFPO AA 34090\n",
                Some("USNS Comfort\nFPO AA 34090"),
            ),
            (
                "USS Abraham Lincoln FPO AP 96612",
                Some("USS Abraham Lincoln FPO AP 96612"),
            ),
            ("APO AE 09012", None),
            ("the APO AE 09012 office is closed", None),
            ("PSC 1234, Box 5678", None),
            ("Unit 2050 Box 4190\nDPO AP 962780", None),
            ("the USS enterprise FPO AE 09500", None),
            ("XAPO AE 09012 after PSC 1 Box 2", None),
        ];
        for (text, want) in cases {
            let mut out = Vec::new();
            find_military(text, &mut out);
            let got = out.first().and_then(|s| text.get(s.start..s.end));
            assert_eq!(got, *want, "{text:?}");
            assert!(out.len() <= 1, "{text:?}");
        }
    }

    #[test]
    fn lower_keeps_len_only_when_it_does() {
        for c in (0u32..0x800).filter_map(char::from_u32) {
            for w in [format!("{c}"), format!("a{c}Ж{c}"), format!("{c}ул")] {
                if lower_keeps_len(w.as_bytes()) {
                    assert_eq!(lower(&w).as_bytes().len(), w.len(), "{w:?}");
                }
            }
        }
        assert!(lower_keeps_len("Привет Straße ÀÉ".as_bytes()));
        for c in (0x80u32..0x800).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            if lower_keeps_len(b) {
                let l = c.to_lowercase().to_string();
                assert_eq!(
                    lower_two(b[0], b[1]),
                    (l.as_bytes()[0], l.as_bytes()[1]),
                    "{c:?}"
                );
            }
        }
        assert!(!lower_keeps_len("İstanbul".as_bytes()));
        assert!(!lower_keeps_len("Ѡ".as_bytes()));
    }

    #[test]
    fn stack_lower_casing_matches_util_lower() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            let l = c.to_lowercase().to_string();
            let b = l.as_bytes();
            assert_eq!(lower_char_ends(c), (b[0], b[b.len() - 1]), "{c:?}");
            for w in [format!("{c}"), format!("a{c}Z{c}"), format!("{c}ул{c}")] {
                assert_eq!(lower(&w).as_str(), super::super::util::lower(&w), "{w:?}");
            }
        }
        for w in [
            "ΣΑΣ",
            "ΟΔΟΣ",
            "İstanbul",
            "ПРОСП",
            "Straße",
            "ÀÉÎ",
            "x".repeat(30).as_str(),
        ] {
            assert_eq!(lower(w).as_str(), super::super::util::lower(w), "{w}");
        }
    }
}
