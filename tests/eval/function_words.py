#!/usr/bin/env python3
"""Writes filter/engine/src/pii/function_words.bin: function words of other Latin-script
languages that English does not know, hashed.

Source: the stop-word lists of spaCy 3.8.18 (MIT licence, (c) 2016-2024 ExplosionAI GmbH,
2016 spaCy GmbH, 2015 Matthew Honnibal; PyPI `spacy`, `spacy.lang.<code>.stop_words.STOP_WORDS`)
for German, Dutch, French, Spanish, Italian, Portuguese, Polish, Swedish, Danish, Norwegian
Bokmål, Finnish, Czech, Romanian, Turkish, Hungarian and Indonesian: articles, pronouns,
determiners, prepositions, conjunctions, auxiliaries and other words that start sentences in
those languages ("Mein", "Welcher", "Jak", "Onze", "Quelle").

Kept: words of ASCII letters only, two letters or more, lower-cased, that
- the English dictionary does not know (`english_words.bin`, see english_words.py: no entry,
  common or proper, has the word's FNV-1a hash; so "die", "was", "in", "hat", "also" are out),
- are not a US Census given name or surname (`census_names.txt`, see census_names.py), and
- are not a given name or surname of the person detector's own gazetteers (`person.rs`:
  GIVEN, GIVEN2, SURNAMES, JP_SURNAMES: "Bas", "Sem", "Uwe", "Vos", "Amit", "Kok") nor one
  of a few more given names that are function words elsewhere ("Aki", "Anni", "Ole"),
- are not a name particle (van, von, der, den, de, da, del, della, di, du, la, le, el, los,
  las, les, dos, das, bin, ibn, al, ten, ter, zu): those belong to names ("Ludwig van
  Beethoven", "Maria da Silva"), and
- are not an English chat spelling the dictionary lacks ("im", "dont", "ya", "haha": "Im
  meeting Anna", "Haha Anna").

Each word is stored as its 32-bit FNV-1a hash (of the lower-case ASCII bytes, as in
english_words.bin), sorted, deduplicated, little-endian, read with a binary search.

The person detector uses it to tell a capitalised function word of another language
("Mein Sohn", "Welcher Schleifstein") from a given name, and to count such words as
non-English in the learned single-name rule's language test (`namemodel.rs`).
No evaluation set is read.

Usage: .venv-eval/bin/python tests/eval/function_words.py [--list]   (--list: print the words)
"""
import importlib
import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from english_words import fnv1a32  # noqa: E402  (the same hash as english_words.bin)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PII = os.path.join(ROOT, "filter", "engine", "src", "pii")
OUT = os.path.join(PII, "function_words.bin")
LANGS = ["de", "nl", "fr", "es", "it", "pt", "pl", "sv", "da", "nb", "fi", "cs", "ro", "tr", "hu", "id"]
PARTICLES = {"van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "el", "los",
             "las", "les", "dos", "das", "bin", "ibn", "al", "ten", "ter", "zu"}
NAMES = {"aki", "anni", "ole"}
CHAT = {"im", "dont", "ya", "haha"}


def english_hashes():
    """The hashes english_words.bin holds (its lowest bit says proper/common: cleared)."""
    with open(os.path.join(PII, "english_words.bin"), "rb") as f:
        data = f.read()
    return {h & 0xFFFFFFFE for (h,) in struct.iter_unpack("<I", data)}


def census_names():
    names = set()
    with open(os.path.join(PII, "census_names.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if words and words[0] in ("given", "surnames"):
                names.update(w.lower() for w in words[1:])
    return names


def gazetteer_names():
    """The given names and surnames person.rs compiles in, lower-cased."""
    with open(os.path.join(PII, "person.rs"), encoding="utf-8") as f:
        src = f.read()
    names = set()
    for c in ("GIVEN", "GIVEN2", "SURNAMES"):
        m = re.search(r'const %s: &str = "([^"]*)"' % c, src)
        names |= {w.lower() for w in m.group(1).split()}
    m = re.search(r"const JP_SURNAMES: &\[&str\] = &\[(.*?)\];", src, re.S)
    names |= {w.lower() for w in re.findall(r'"([^"]+)"', m.group(1))}
    return names


def main():
    import spacy

    english, names = english_hashes(), census_names() | gazetteer_names() | NAMES
    words, per_lang = set(), {}
    for code in LANGS:
        stop = importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        kept = set()
        for w in stop:
            w = w.strip().lower()
            if len(w) < 2 or not (w.isascii() and w.isalpha()):
                continue
            if fnv1a32(w.encode()) & 0xFFFFFFFE in english or w in names or w in PARTICLES | CHAT:
                continue
            kept.add(w)
        per_lang[code] = len(kept)
        words |= kept
    if "--list" in sys.argv:
        print("\n".join(sorted(words)))
        return
    n = write_hashes(words, OUT)
    print(f"spaCy {spacy.__version__}: {len(words)} words ({per_lang}), {n} hashes -> {OUT}")


def write_hashes(words, out):
    """Writes the words' FNV-1a hashes (of their UTF-8 bytes), sorted, deduplicated,
    little-endian, to `out`; returns how many."""
    hashes = sorted({fnv1a32(w.encode()) for w in words})
    with open(out, "wb") as f:
        f.write(b"".join(struct.pack("<I", h) for h in hashes))
    return len(hashes)


if __name__ == "__main__":
    main()
