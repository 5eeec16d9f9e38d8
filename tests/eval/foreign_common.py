#!/usr/bin/env python3
"""Writes filter/engine/src/pii/foreign_common.bin: function words of other Latin-script
languages that English also writes, but rarely, hashed.

`function_words.bin` (see function_words.py) holds the other languages' function words the
English dictionary does not know; this file holds some of those it does know: "na", "po",
"se", "le", "com", "como", "jest", "mu", "nos", "van". In English chat they are rare; in
Polish, Portuguese, Turkish or Dutch text they are everywhere, and counted as English they
make a Polish sentence look English to the learned single-name rule ("Jedziemy do Sopotu czy
do Gdyni, co lepsze na weekend?"). The rule's wider language test (`namemodel.rs`,
`not_mostly_foreign`) counts them as another language's; its six-word window does not
(one such word there weighs too much).

Source of the words: the stop-word lists of spaCy 3.8 (MIT licence, as in function_words.py)
for the same 16 languages. Kept: words of ASCII letters only, two letters or more,
lower-cased, that the English dictionary knows (`english_words.bin`), and that by the word
frequencies of PyPI `wordfreq` 3.1.1 (Apache-2.0 code; its frequency data CC BY-SA 4.0 —
only used to choose, none of it is stored) are
- frequent in the stop list's own language (Zipf >= 5: about once in 100,000 words or more),
- not frequent in English (Zipf < 5: "die", "la", "per", "come", "al" stay English), and
- at least 100 times more frequent in the other language than in English (Zipf difference
  >= 2: "do", "no", "co", "den" ... stay English where they are close).

Each word is stored as its 32-bit FNV-1a hash (of the lower-case ASCII bytes, as in
english_words.bin), sorted, deduplicated, little-endian, read with a binary search.
No evaluation set is read.

Usage: .venv-eval/bin/python tests/eval/foreign_common.py [--list]   (--list: print the words
with their languages)
"""
import importlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from english_words import fnv1a32  # noqa: E402
from function_words import LANGS, english_hashes, write_hashes  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "filter", "engine", "src", "pii", "foreign_common.bin")
OWN_MIN, ENGLISH_MAX, GAP = 5.0, 5.0, 2.0


def main():
    from wordfreq import zipf_frequency

    english = english_hashes()
    words = {}
    for code in LANGS:
        stop = importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        for w in stop:
            w = w.strip().lower()
            if not re.fullmatch(r"[a-z]{2,}", w) or fnv1a32(w.encode()) & 0xFFFFFFFE not in english:
                continue
            own, en = zipf_frequency(w, code), zipf_frequency(w, "en")
            if own >= OWN_MIN and en < ENGLISH_MAX and own - en >= GAP:
                words.setdefault(w, []).append(code)
    if "--list" in sys.argv:
        for w in sorted(words):
            print(w, " ".join(words[w]))
        return
    print(f"{len(words)} words, {write_hashes(words, OUT)} hashes -> {OUT}")


if __name__ == "__main__":
    main()
