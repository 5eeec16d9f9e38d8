"""Whole postal addresses of 25 locales in chat sentences, for `make eval-pii` (session 27).

Values from Faker (PyPI, MIT): `address()` of each locale below, the street line with its
house number and then the postcode and city (and, for some locales, a region), on two or
three lines as Faker writes them. In the templates marked "one line" the line breaks
become ", " as people type an address into one chat line. The gold span is the whole
value: the street line with what follows it (`pii/address_tail.rs` reads the parts after
the street line). Faker writes some locales' addresses in another locale's format (et_EE,
lv_LV, lt_LT and is_IS use the US one), so those are left out.

Templates (written in session 27 with the detector): every fourth one is held out. Each
message holds one address; spans are code points, scored by eval_pii.py's rule (IoU >=
0.5). This set measures coverage of the locales' formats and how well the span's ends are
found; its formats are Faker's, its sentences and the detector are the same session's.
"""

import random

LOCALES = ["de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE", "fr_FR", "it_IT", "es_ES", "pt_PT", "pl_PL",
           "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "el_GR", "da_DK", "no_NO", "sv_SE",
           "fi_FI", "en_GB", "en_US", "en_AU", "en_CA"]

# (template, one line): in a one-line template the value's line breaks become ", "
TEMPLATES = [
    ("My address is:\n{V}", False),
    ("Please ship it to {V}, thanks!", True),
    ("Address: {V}", False),
    ("Send the documents to {V}.", True),
    ("{V}", False),
    ("We moved! New address: {V}", True),
    ("Can you deliver to {V} tomorrow?", True),
    ("Invoice address\n{V}\nThanks", False),
]


def build(split, n_per_locale=30, seed=27):
    """Samples {"text", "lang" (the locale), "spans": [(start, end, "STREET_ADDRESS")]} of one
    split."""
    from faker import Faker

    rng = random.Random(f"{seed}-{split}")
    ts = [t for i, t in enumerate(TEMPLATES) if (i % 4 == 3) == (split == "heldout")]
    out = []
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(seed + (1 if split == "heldout" else 0))
        for _ in range(n_per_locale):
            v = f.address().strip()
            t, one_line = rng.choice(ts)
            if one_line:
                # (a line's own final comma, as Faker's Greek street lines have, is not doubled)
                v = ", ".join(x.strip().rstrip(",") for x in v.split("\n") if x.strip())
            s = t.index("{V}")
            text = t.replace("{V}", v)
            out.append({"text": text, "lang": loc, "spans": [(s, s + len(v), "STREET_ADDRESS")]})
    return out
