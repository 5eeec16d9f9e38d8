//! Full names from the US Census 1990 name lists (public domain; via the PyPI package
//! `names` 0.3.0, MIT): 4,965 given names and the 5,437 surnames that cover 65% of the
//! population, without the ones that are also ordinary English words ("Will", "May",
//! "Page"...). `census_names.txt` is written by `tests/eval/census_names.py`, which says
//! exactly what was kept.
//!
//! A name here is two capitalised words side by side (or with a middle initial between
//! them) where the first is a census given name: 0.75 when the second is a census
//! surname, 0.6 otherwise (the default threshold is 0.5). A capitalised word before a
//! census surname alone is not enough (the surname lists hold "Madrid", "English",
//! "Rico": measured on real chat, too many places). A given name alone is a name only
//! with a cue: a greeting or a person noun before it, "said" after it, a speaker's label. The lists are Latin-script and mostly English, Hispanic and European
//! names as written in the US; the person detector's own gazetteers, cues and surname
//! morphology cover the other languages.

use super::Span;
use std::sync::LazyLock;

const DATA: &str = include_str!("census_names.txt");

/// `(given names, surnames)`.
static SETS: LazyLock<(super::util::WordSet, super::util::WordSet)> = LazyLock::new(|| {
    let mut given = super::util::WordSet::default();
    let mut surnames = super::util::WordSet::default();
    for line in DATA.lines() {
        let mut words = line.split(' ');
        let set = match words.next() {
            Some("given") => &mut given,
            Some("surnames") => &mut surnames,
            _ => continue,
        };
        set.extend(words.filter(|w| !w.is_empty()));
    }
    (given, surnames)
});

/// Company words, lower-cased ("Pioneer Merger Corp.", "Aurelix Oy").
const ORG: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "lp",
    "co",
    "company",
    "group",
    "holdings",
    "holding",
    "partners",
    "trust",
    "fund",
    "funds",
    "bank",
    "bancorp",
    "capital",
    "technologies",
    "technology",
    "systems",
    "industries",
    "international",
    "acquisition",
    "merger",
    "mines",
    "minerals",
    "materials",
    "utilities",
    "royalty",
    "energy",
    "pharmaceuticals",
    "therapeutics",
    "financial",
    "insurance",
    "investors",
    "investments",
    "properties",
    "realty",
    "resources",
    "services",
    "solutions",
    "foods",
    "motors",
    "airlines",
    "brands",
    "media",
    "entertainment",
    "labs",
    "networks",
    "securities",
    "income",
    "municipal",
    "university",
    "college",
    "school",
    "hospital",
    "foundation",
    "institute",
    "street",
    // company forms of other countries ("Aurelix Oy", "Brenntag GmbH")
    "gmbh",
    "ag",
    "kg",
    "ohg",
    "oy",
    "oyj",
    "ab",
    "asa",
    "aps",
    "bv",
    "nv",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "sl",
    "sro",
    "kft",
    "zrt",
    "doo",
    "ooo",
    "pte",
    "pty",
    "bhd",
];

/// Words that make two capitalised words a company or a street, not a person ("Pioneer
/// Merger Corp.", "Ivan Extensions"), lower-cased: company words here, street types from
/// the address detector.
static NOT_A_NAME: LazyLock<super::util::WordSet> = LazyLock::new(|| {
    ORG.iter()
        .chain(super::address::SUFFIX_TYPES)
        .copied()
        .collect()
});

pub(super) fn not_a_name(w: &str) -> bool {
    in_lower(&NOT_A_NAME, w)
}

static COMPANY: LazyLock<super::util::WordSet> = LazyLock::new(|| ORG.iter().copied().collect());

/// Whether `w` (any case) is a company word of [`not_a_name`] (not a street type).
pub(super) fn company_word(w: &str) -> bool {
    in_lower(&COMPANY, w)
}

/// Whether `set` holds `w` with its ASCII letters lower-cased.
fn in_lower(set: &super::util::WordSet, w: &str) -> bool {
    set.contains_ascii_lower(w)
}

/// Whether `w` (as written) is a census given name or surname.
/// Whether `w` (as written: "Vladimir") is a census given name and a census surname.
pub(super) fn classes(w: &str) -> (bool, bool) {
    let (given, surnames) = &*SETS;
    (given.contains(w), surnames.contains(w))
}

pub(super) fn is_name(w: &str) -> bool {
    let (given, surnames) = &*SETS;
    given.contains(w) || surnames.contains(w)
}

/// The capitalised word at `s` (see `person::cap_word`), ASCII letters only (every census
/// name is): its end.
fn ascii_cap_word(b: &[u8], s: usize) -> Option<usize> {
    if !b.get(s)?.is_ascii_uppercase() {
        return None;
    }
    let mut e = s + 1;
    while b.get(e).is_some_and(|c| c.is_ascii_lowercase()) {
        e += 1;
    }
    // a word glued to more letters (accented, other scripts) is not a census name
    let glued = b
        .get(e)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    (e > s + 2 && !glued).then_some(e)
}

/// Finds census full names starting at the upper-case letters `ups` (byte offsets in
/// `text`; letters inside words are skipped).
pub fn find(text: &str, ups: &[(usize, char)], out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let (given, surnames) = &*SETS;
    for &(s, c) in ups {
        if !c.is_ascii_uppercase()
            || s.checked_sub(1)
                .and_then(|p| b.get(p))
                .is_some_and(|&p| p.is_ascii_alphanumeric() || p >= 0x80)
        {
            continue;
        }
        let Some(e1) = ascii_cap_word(b, s) else {
            continue;
        };
        // (most capitalised words are no census given name: settled by one lookup)
        let Some(w1) = text.get(s..e1) else {
            continue;
        };
        if !given.contains(w1) || super::person::stop_or_place(w1) {
            continue;
        }
        // the next word, maybe after a middle initial ("John F. Kennedy")
        let mut s2 = e1 + 1;
        if b.get(e1) != Some(&b' ') {
            single(text, s, e1, out);
            continue;
        }
        if b.get(s2).is_some_and(u8::is_ascii_uppercase) {
            let after_initial = match (b.get(s2 + 1), b.get(s2 + 2)) {
                (Some(b'.'), Some(b' ')) => Some(s2 + 3),
                (Some(b' '), _) => Some(s2 + 2),
                _ => None,
            };
            if let Some(a) = after_initial {
                s2 = a;
            }
        }
        let Some(e2) = ascii_cap_word(b, s2) else {
            single(text, s, e1, out);
            continue;
        };
        let Some(w2) = text.get(s2..e2) else {
            continue;
        };
        if RANKS.contains(&w1)
            || PLACE_FIRST.contains(&w2)
            || super::person::stop_or_place(w2)
            || not_a_name(w2)
            || next_word_is_org(b, text, e2)
        {
            continue;
        }
        // a common English word after a given name is more often a title than a surname
        // ("Elden Ring", "Grace Church") unless the census lists it as a surname ("Baker")
        if !surnames.contains(w2) && super::english::lookup(w2) == Some(false) {
            continue;
        }
        let score = if surnames.contains(w2) { 0.75 } else { 0.6 };
        out.push(Span {
            kind: "PERSON",
            start: s,
            end: e2,
            score,
        });
    }
}

/// Given names that are also the names of states, countries and regions, which follow
/// a city the same way: "Richmond, Virginia", "Melbourne, Victoria", "Columbus, Georgia".
const PLACE_GIVEN: &[&str] = &[
    "Virginia",
    "Georgia",
    "Carolina",
    "Dakota",
    "Nevada",
    "Montana",
    "America",
    "China",
    "India",
    "Kenya",
    "Israel",
    "Chad",
    "Jordan",
    "Victoria",
    "Alberta",
    "Regina",
    "Florence",
    "Devon",
    "Kent",
    "Clare",
    "Savannah",
    "Augusta",
    "Charlotte",
    "Adelaide",
    "Sydney",
    "Dallas",
    "Austin",
    "Houston",
    "Denver",
    "Paris",
    "Aurora",
    "Sierra",
    "Santiago",
    "Columbus",
    "Alexandria",
    "Lincoln",
    "Jackson",
    "Cleveland",
    "Raleigh",
    "Chelsea",
    "Troy",
    "Madison",
    "Orlando",
];

/// Conjunctions after which a capitalised word continues a list ("Dallas, Austin and
/// Houston"), each with the space after it.
pub(super) const LIST_AND: &[&str] = &[
    " and ", " or ", " & ", " und ", " oder ", " et ", " ou ", " y ", " o ", " e ", " en ", " i ",
];

/// Names written surname first, comma, given name ("Kowalczyk, Anna", "Name: Nowak,
/// Jessica", "Иванова, Мария"), both halves as findings: at each upper-case letter of
/// `ups` (see [`find`]), a given name (see [`inverted`]) right after `", "` and a surname.
pub(super) fn inverted_names(text: &str, ups: &[(usize, char)], out: &mut Vec<Span>) {
    let b = text.as_bytes();
    for &(s, _) in ups {
        if s < 2 || b.get(s - 2..s) != Some(b", ") {
            continue;
        }
        let Some(e1) = super::person::cap_word(text, s) else {
            continue;
        };
        let Some((xs, score)) = inverted(text, s, e1) else {
            continue;
        };
        for (a, z) in [(xs, s - 2), (s, e1)] {
            out.push(Span {
                kind: "PERSON",
                start: a,
                end: z,
                score,
            });
        }
    }
}

/// The surname before the given name at `s..e1` (after `", "`), its start and the score:
/// a census surname or one of the person detector's gazetteer (0.75) or a word with a
/// surname ending ("-ski", "-ová", "-sen": 0.6), name-shaped (capitalised, then lower
/// case; no stop or place word) and no function word of another language; the given name
/// a census given name or one of the gazetteer's, or, after a surname of the lists that is
/// no common word, a name-shaped word the English dictionary does not know that no comma
/// and capitalised word follow ("Kowalczyk, Annikki"). Not
/// inside a list of capitalised words (one right before the surname or a conjunction
/// before it; a conjunction after the given name and no lower-case word: "Dallas, Austin
/// and Houston"), not before the given name's own surname ("It's almost Christmas,
/// Charlie Brown"), nor before a state or country that is also a given name
/// ([`PLACE_GIVEN`]: "Richmond, Virginia").
fn inverted(text: &str, s: usize, e1: usize) -> Option<(usize, f32)> {
    let y = text.get(s..e1)?;
    let xe = s.checked_sub(2)?;
    if text.get(xe..s) != Some(", ") || PLACE_GIVEN.contains(&y) || not_a_name(y) {
        return None;
    }
    let head = text.get(..xe)?;
    let xs = super::util::last_word_start(head)?;
    let x = head.get(xs..)?;
    if x.chars().count() < 3
        || !super::person::name_shaped(x)
        || super::english::function_word(x)
        || not_a_name(x)
        || super::english::function_word(y)
    {
        return None;
    }
    let (given, surnames) = &*SETS;
    let listed_surname = surnames.contains(x) || super::person::gazetteer_surname(x);
    let score = if listed_surname {
        0.75
    } else if super::person::surname_like(x) {
        0.6
    } else {
        return None;
    };
    let given_name = given.contains(y) || super::person::gazetteer_given(y);
    // (an unknown word after a surname that is also a common word, or before another
    // capitalised word after a comma, is as often a place: "Viola, Auntie", "Bray,
    // Wicklow, Eire")
    let unknown = super::person::name_shaped(y)
        && y.chars().count() >= 3
        && super::english::lookup(y).is_none()
        && super::english::lookup(x) != Some(false)
        && !text.get(e1..).is_some_and(|r| {
            r.strip_prefix(", ")
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        });
    if !(given_name || listed_surname && unknown) {
        return None;
    }
    // a capitalised word right before the surname (after a space or ", "): a list or a
    // place ("New York, Anna")
    let pre = head.get(..xs)?;
    let pre = pre.strip_suffix(' ').unwrap_or(pre);
    let pre = pre.strip_suffix(',').unwrap_or(pre);
    if pre.len() < xs {
        let w = pre
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .and_then(|(i, _)| pre.get(i..));
        if w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
    }
    // a conjunction before the surname ("and Tom, Pete"): inside a list
    let from = super::util::ceil_boundary(head, xs.saturating_sub(6));
    let lower_pre = format!(" {}", head.get(from..xs).unwrap_or("").to_ascii_lowercase());
    if LIST_AND.iter().any(|c| lower_pre.ends_with(c)) {
        return None;
    }
    // after the given name, a conjunction and no lower-case word (the end of a list:
    // "Dallas, Austin and Houston", "Tom, Pete and ... Dick"), or a capitalised word (the
    // given name's own surname: "It's almost Christmas, Charlie Brown")
    let rest = text.get(e1..)?;
    let listed = LIST_AND.iter().any(|c| {
        rest.get(..c.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(c))
            && !rest
                .get(c.len()..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_lowercase)
    });
    let full = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    (!listed && !full).then_some((xs, score))
}

/// Ranks and titles that are also census given names ("Junior Software Engineer").
const RANKS: &[&str] = &[
    "Junior", "Senior", "Major", "General", "Prince", "Princess", "Duke", "Baron", "Sir", "Lady",
    "Saint", "Chief", "Judge", "Bishop", "Marshal",
];

/// Place-name words ("Victoria East", "New ..."): after a given name they make no
/// name.
const PLACE_FIRST: &[&str] = &[
    "New", "Old", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "Upper", "Lower", "Great", "Little", "Saint", "San", "Santa", "Los", "Las", "Fort", "Port",
    "Mount", "Lake", "Cape", "Glen", "Palm", "Royal", "United", "Central",
];

/// Words right before a lone given name that make it one: greetings and the people
/// someone names ("my son", "my colleague"), lower-cased, each ending in a space.
const BEFORE_ONE: &[&str] = &[
    "hi ",
    "hello ",
    "hey ",
    "dear ",
    "thanks ",
    "thank you ",
    "bye ",
    "said ",
    "asked ",
    "told ",
    "my son ",
    "my daughter ",
    "my kid ",
    "my child ",
    "my wife ",
    "my husband ",
    "my partner ",
    "my friend ",
    "my brother ",
    "my sister ",
    "my mother ",
    "my father ",
    "my mom ",
    "my mum ",
    "my dad ",
    "my boss ",
    "my colleague ",
    "my neighbour ",
    "my neighbor ",
    "my uncle ",
    "my aunt ",
    "my cousin ",
    "my nephew ",
    "my niece ",
    "my girlfriend ",
    "my boyfriend ",
    "my grandson ",
    "my granddaughter ",
];

/// A census given name alone at `s..e` (the caller checked it is one), as a name only
/// with a cue: a greeting or a person noun right before it ([`BEFORE_ONE`]), "said"
/// right after it, or a speaker's label at the start of a line ("Anna: ..."). 0.6.
fn single(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let line_start = s == 0 || b.get(s - 1) == Some(&b'\n');
    let label = line_start && b.get(e) == Some(&b':');
    let said = text.get(e..).is_some_and(|r| r.starts_with(" said"));
    let before = {
        let from = s.saturating_sub(20);
        let from = (from..s).find(|&i| text.is_char_boundary(i)).unwrap_or(s);
        text.get(from..s).unwrap_or("").to_ascii_lowercase()
    };
    let cued = BEFORE_ONE.iter().any(|c| {
        before.ends_with(c)
            && before
                .len()
                .checked_sub(c.len() + 1)
                .and_then(|i| before.as_bytes().get(i))
                .is_none_or(|x| !x.is_ascii_alphanumeric())
    });
    if label || said || cued {
        out.push(Span {
            kind: "PERSON",
            start: s,
            end: e,
            score: 0.6,
        });
    }
}

/// The word after `e` (past a space or `&`) is a company or street word: "Agnico Eagle
/// Mines", "Kimbell Royalty Partners".
pub(super) fn next_word_is_org(b: &[u8], text: &str, e: usize) -> bool {
    let mut s = e;
    while b.get(s).is_some_and(|c| matches!(c, b' ' | b'&')) {
        s += 1;
    }
    if s == e {
        return false;
    }
    let mut t = s;
    while b.get(t).is_some_and(u8::is_ascii_alphabetic) {
        t += 1;
    }
    t > s && text.get(s..t).is_some_and(not_a_name)
}

/// A detector over the upper-case letters of a text, as [`find`].
#[cfg(test)]
pub(super) type FindAtUps = fn(&str, &[(usize, char)], &mut Vec<Span>);

/// The texts of the spans `find` finds in `text`: the table tests' helper here and in
/// `english.rs`.
#[cfg(test)]
pub(super) fn found_by(find: FindAtUps, text: &str) -> Vec<&str> {
    let ups: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| c.is_uppercase())
        .collect();
    let mut v = Vec::new();
    find(text, &ups, &mut v);
    v.iter().filter_map(|s| text.get(s.start..s.end)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        found_by(find, text)
    }

    #[test]
    fn lists_load() {
        let (g, s) = &*SETS;
        assert!(g.len() > 4000 && s.len() > 5000, "{} {}", g.len(), s.len());
        assert!(g.contains("Esther") && s.contains("Cronin"));
        // ordinary words are not names
        assert!(!g.contains("Will") && !g.contains("May"));
    }

    #[test]
    fn census_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Maybe it's under Esther Cronin", &["Esther Cronin"]),
            ("have you heard Erik Mauer speak yet?", &["Erik Mauer"]),
            ("signed by John F. Kennedy in 1963", &["John F. Kennedy"]),
            ("She met Esther yesterday", &[]),
            ("the New York office", &[]),
            // a capitalised word before a surname is not enough; ranks and directions
            ("I visited Palo Alto and Puerto Rico", &[]),
            ("Junior Software Engineer at Victoria East", &[]),
            ("ask Esther Cronin's team", &["Esther Cronin"]),
            ("Ésther Cronin", &[]),
            // companies and streets
            ("Pioneer Merger Corp. and Ivan Extensions", &[]),
            ("at Agnico Eagle Mines Limited", &[]),
            // one given name, with a cue
            ("Hi Esther, thanks for the call", &["Esther"]),
            ("I want to add my son Thomas to the account", &["Thomas"]),
            (
                "Esther: where are you?\nDavid said it's fine",
                &["Esther", "David"],
            ),
            ("the Esther scroll", &[]),
            ("Note: bring Esther along", &[]),
            // a common English word after a given name: a title or a place, unless the
            // census lists it as a surname
            ("We met at Grace Church on Sunday", &[]),
            ("tickets for the Paris Observatory tour", &[]),
            ("Call John Baker tomorrow", &["John Baker"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "text {text:?}");
        }
    }

    /// Surname, comma, given name: both halves, in lists of names and in other scripts;
    /// not greetings, cities before their state, lists of places, a given name with its
    /// own surname after it.
    #[test]
    fn surname_first_names() {
        let cases: &[(&str, &[&str])] = &[
            ("Kowalczyk, Anna", &["Kowalczyk", "Anna"]),
            ("Name: Shaw, Amanda (Ms)", &["Shaw", "Amanda"]),
            (
                "Attendees:\nNowak, Jessica\nPatel, Priya",
                &["Nowak", "Jessica", "Patel", "Priya"],
            ),
            ("Иванова, Мария", &["Иванова", "Мария"]),
            ("Kowalska, Małgorzata", &["Kowalska", "Małgorzata"]),
            // an unknown given name after a listed surname; a surname by its ending
            ("Kowalczyk, Annikki", &["Kowalczyk", "Annikki"]),
            ("Wiśniewicz, Anna", &["Wiśniewicz", "Anna"]),
            ("Thanks, Maria!", &[]),
            ("Well, Sarah, that's fine", &[]),
            ("Спасибо, Анна", &[]),
            ("Gracias, Carlos", &[]),
            ("Richmond, Virginia is nice", &[]),
            ("Santos, Brazil", &[]),
            ("We visited Dallas, Austin and Houston.", &[]),
            ("Tom, Pete and ... Dick", &[]),
            ("It's almost Christmas, Charlie Brown", &[]),
            ("Hey Kowalczyk, Anna", &[]),
            ("Viola, Auntie...you can't", &[]),
            ("PO Box 113, Bray, Wicklow, Eire", &[]),
            ("Järventaus, Annikki", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found_by(inverted_names, text), *want, "text {text:?}");
        }
    }
}
