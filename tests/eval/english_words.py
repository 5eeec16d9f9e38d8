#!/usr/bin/env python3
"""Writes filter/engine/src/pii/english_words.bin: the words of an English dictionary, hashed.

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence: "use,
copy, modify, distribute and sell ... for any purpose ... without fee", with its copyright
notice, which `filter/engine/src/pii/english.rs` carries) as packaged by Debian in `wamerican`
2020.12.07-2 (`/usr/share/dict/american-english`, 104,334 entries: common words in lower case
and proper nouns capitalised). Every entry is kept, a possessive "'s" cut off, lower-cased:
73,701 distinct words, 9,643 of them written only capitalised (proper nouns: "London",
"Vladimir", "Brazil"). Each is stored as its 32-bit FNV-1a hash (of the UTF-8 bytes) with the
lowest bit replaced by 1 for a proper noun, 0 for a common word, sorted, little-endian: 73,697
entries (a few words share a hash), 294,788 bytes, read with a binary search. The PII evaluation
sets are not read.

Since session 20 the common (lower-case) words of Debian's `wbritish` 2020.12.07-2 (SCOWL's
British list, `/usr/share/dict/british-english`, same notice) that the American list lacks are
added as common words: 1,528 spellings such as "summarise", "colour", "apologise", "centre"
(a British spelling at the start of a sentence, "Apologise to him for me", was taken for a
name). Its capitalised entries are not added (proper nouns stay the American list's).

The person detector uses it to tell a capitalised word English knows ("Islands", "London",
"Engine") from one it does not ("Järventaus"): see `english.rs`.

Usage: english_words.py [american-english [british-english]]   (`apt-get download wamerican
wbritish` and `dpkg-deb -x <deb> DIR` give DIR/usr/share/dict/american-english and
british-english)
"""
import os
import struct
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "filter", "engine", "src", "pii", "english_words.bin")


def fnv1a32(b):
    h = 0x811C9DC5
    for x in b:
        h = ((h ^ x) * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english"
    common, capitalised = set(), set()
    with open(src, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w.endswith("'s"):
                w = w[:-2]
            if w:
                (common if w.islower() else capitalised).add(w.lower())
    british = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/british-english"
    with open(british, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w.endswith("'s"):
                w = w[:-2]
            # (its common words only, where the American list has neither form)
            if w and w.islower() and w not in common and w not in capitalised:
                common.add(w)
    words = common | capitalised
    entry = {}
    for w in words:
        h = fnv1a32(w.encode()) & 0xFFFFFFFE
        # (a hash two words share is a common word if either is)
        entry[h] = min(entry.get(h, 1), 0 if w in common else 1)
    hashes = sorted(h | c for h, c in entry.items())
    with open(OUT, "wb") as f:
        f.write(b"".join(struct.pack("<I", h) for h in hashes))
    print(f"{len(words)} words ({len(capitalised - common)} proper), {len(hashes)} hashes -> {OUT}")


if __name__ == "__main__":
    main()
