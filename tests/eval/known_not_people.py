#!/usr/bin/env python3
"""Writes filter/engine/src/pii/known_not_people.txt: names that look like people's and are
not, which the PERSON detector leaves alone (`name_context.rs`, `KNOWN`).

Source: `tests/eval/known_not_people.tsv` (`category<TAB>name`), compiled in session 28 by a
helper from general knowledge, without reading the detector or any evaluation set: brands and
companies named like people ("Hugo Boss", "Albert Heijn", "Ryanair"), fictional characters
and works named like them ("Jean Valjean", "Gandalf", "Pan Tadeusz", "孙悟空"), and places
and things ("Ben Nevis", "Cavalier King Charles Spaniel"), for the markets of the 16
languages botwall covers, in their own scripts.

Left out, so that a real person of that name is still redacted (a security gateway errs on
that side):
- a name of one word that is a given name or a surname: of the US Census 1990 lists
  (`census_names.txt`), of the detector's own lists (`person.rs`: "Suzuki", "Honda"), a
  given name of PyPI `faker` in one of FAKER_LOCALES or one of the 1,000 most frequent US
  surnames of its en_US list ("Sam", "Ford", "Zara", "Siri", "Elsa": a person of that name
  is as likely as the brand or the character), and
- a name of two or more words whose first word is such a given name and whose last word
  such a surname (the census lists leave out surnames that are English words, "White",
  "Bond"; Faker's has them): "Walter White", "James Bond", "John Lewis", "Sarah Connor",
  "Harry Potter"; "Hugo Boss", "Jean Valjean", "Albert Heijn" stay, and
- a name of one character, or two ASCII ones, or one longer than the detector's reach
  around a finding (`KNOWN_REACH`, 64 bytes).

Usage: .venv-eval/bin/python tests/eval/known_not_people.py [--dropped]   (faker from the eval venv)
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from function_words import gazetteer_names  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PII = os.path.join(ROOT, "filter", "engine", "src", "pii")
SRC = os.path.join(HERE, "known_not_people.tsv")
OUT = os.path.join(PII, "known_not_people.txt")
REACH = 64
# Faker locales whose given names a one-word name may not be (the 16 languages' countries)
FAKER_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL",
                 "ru_RU", "uk_UA", "tr_TR", "ar_AA", "hi_IN", "ja_JP", "ko_KR", "zh_CN", "sv_SE", "da_DK",
                 "no_NO", "fi_FI", "cs_CZ", "hu_HU"]


def name_lists():
    """(given names, surnames): the census lists, Faker's given names of FAKER_LOCALES and
    its en_US surnames, and the detector's own lists (lower-cased, in both)."""
    lists = {}
    with open(os.path.join(PII, "census_names.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if words and words[0] in ("given", "surnames"):
                lists[words[0]] = set(words[1:])
    given, surnames = lists["given"], lists["surnames"]
    for loc in FAKER_LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given.update(getattr(p, attr, None) or ())
    surnames.update(importlib.import_module("faker.providers.person.en_US").Provider.last_names)
    gazetteer = gazetteer_names()
    return given | gazetteer, surnames | gazetteer


def plausible_person(name, given, surnames):
    """Whether a real person plausibly has the name (see the module docs)."""
    words = name.split()
    known = lambda w, names: w in names or w.lower() in names
    if len(words) == 1:
        return known(words[0], given) or known(words[0], surnames)
    return known(words[0], given) and known(words[-1], surnames)


def main():
    given, surnames = name_lists()
    kept, dropped, seen = [], [], set()
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cat, _, name = line.partition("\t")
            name = name.strip()
            if not name or name in seen:
                continue
            seen.add(name)
            if len(name) < 2 or name.isascii() and len(name) <= 2 or len(name.encode()) > REACH or plausible_person(name, given, surnames):
                dropped.append((cat, name))
            else:
                kept.append(name)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Names that look like people's and are not: written by tests/eval/known_not_people.py\n")
        f.write("# from tests/eval/known_not_people.tsv (see there); one per line, as written.\n")
        for name in sorted(kept):
            f.write(name + "\n")
    print(f"{len(kept)} names kept, {len(dropped)} left out -> {OUT}")
    if "--dropped" in sys.argv:
        for cat, name in dropped:
            print(cat, name)


if __name__ == "__main__":
    main()
