"""PERSON of the whole scanner, cross-validated over the independent set's tuning templates.

`make eval-pii` scores PERSON on the presidio-evaluator generator's held-out templates, which
may be run only now and then; its tuning part is in-sample for the learned single-name rule
(`namemodel.rs`), whose training text includes those templates. This script gives the number
to work with in between: the tuning templates fall into the same five folds as in
`person_model.py`; for each fold a model is trained without that fold's templates (its cut
chosen by cross-validation over the other four folds, as `person_model.py` chooses it), the
whole scanner runs with it (`$BOTWALL_PERSON_MODEL`, the CLI's feature `person-model-file`)
on new sentences from that fold's templates, and the findings of all five folds are scored
together with the eval's rule (same kind, code-point IoU >= 0.5). Printed beside it: the
scanner without the model (rules alone) and with the built-in model (in-sample).

The rules (cues, gazetteers, the dictionary and contact-line rules) were written from the
tuning part's misses, so even the cross-validated number is optimistic for them; it is a
yardstick for changes, not a replacement for the held-out part.

Usage: .venv-eval/bin/python tests/eval/person_cv.py [--n 1000] [--errors N] [--C 1.0]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import eval_pii  # noqa: E402
import person_model as PM  # noqa: E402
import pii_presidio_set as P  # noqa: E402


def scan(texts, model):
    """PERSON findings of the CLI scanner per text; `model`: a weight file, "" for none
    (the rule off), None for the built-in weights."""
    env = dict(os.environ)
    env.pop("BOTWALL_PERSON_MODEL", None)
    if model is not None:
        env["BOTWALL_PERSON_MODEL"] = model or os.devnull
    inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode()
    out = subprocess.run([PM.CLI, "scan", "--text"], input=inp, capture_output=True, check=True, env=env).stdout
    return [[(f["start"], f["end"], f["kind"]) for f in json.loads(line).get("findings", [])]
            for line in filter(None, out.decode().split("\n"))]


def fold_samples(n, seed=7):
    """New sentences of each fold's tuning templates: {fold: [sample]}."""
    tpls = [t for t in P._templates() if not P.held_out(t)]
    out = {}
    for k in range(PM.FOLDS):
        keep = [t for t in tpls if PM.h("fold" + t) % PM.FOLDS == k]
        out[k] = P.build("dev", n=n, seed=seed, only=keep)
    return out


def person(samples, preds):
    p, r, f, gold, npred = eval_pii.score(samples, preds)["PERSON"]
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {gold}, found {npred})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000, help="sentences per fold")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--chat-weight", type=float, default=1.0)
    ap.add_argument("--target-precision", type=float, default=0.85)
    ap.add_argument("--cut", type=float, help="this cut in every fold instead of choosing one")
    ap.add_argument("--no-augment", dest="augment", action="store_false")
    ap.add_argument("--no-places", dest="places", action="store_false")
    ap.add_argument("--written", action="store_true")
    ap.add_argument("--written-weight", type=float, default=1.0)
    ap.add_argument("--errors", type=int, default=0, help="print N cross-validated misses and false findings")
    ap.add_argument("--save", help="write each sentence with its gold spans and cross-validated findings (JSON lines)")
    a = ap.parse_args()
    import numpy as np

    folds = fold_samples(a.n)
    X, y, g, _ = PM.training_set(use_augment=a.augment, use_places=a.places, use_written=a.written)
    y, g = np.array(y), np.array(g)
    M = PM.matrix(X)
    w = np.where(np.char.startswith(g.astype(str), "chat"), a.chat_weight, 1.0)
    w = np.where(g == "written", a.written_weight, w)
    cv_preds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(PM.FOLDS):
            sub = g != f"presidio{k}"
            Ms, ys, gs, ws = M[sub], y[sub], g[sub], w[sub]
            inner = [f"presidio{j}" for j in range(PM.FOLDS) if j != k]
            if a.cut is None:
                scores, oof = PM.oof_scores(Ms, ys, gs, ws, a.C, inner)
                best = PM.choose_cut(ys[oof], scores[oof], a.target_precision)
                cut = best[0] if best else 4.0
            else:
                cut = a.cut
            m = PM.fit(Ms, ys, ws, a.C)
            path = os.path.join(tmp, f"fold{k}.bin")
            PM.write_weights(path, m, cut)
            texts = [s["text"] for s in folds[k]]
            cv_preds[k] = scan(texts, path)
            print(f"fold {k}: {len(texts)} sentences, cut {cut:.2f}: {person(folds[k], cv_preds[k])}", flush=True)
    samples = [s for k in range(PM.FOLDS) for s in folds[k]]
    texts = [s["text"] for s in samples]
    cv = [p for k in range(PM.FOLDS) for p in cv_preds[k]]
    print(f"PERSON, {len(samples)} sentences of the tuning templates:")
    print(f"  rules alone (model off):        {person(samples, scan(texts, ''))}")
    print(f"  model cross-validated by fold:  {person(samples, cv)}")
    print(f"  built-in model (in-sample):     {person(samples, scan(texts, None))}")
    if a.save:
        with open(a.save, "w", encoding="utf-8") as f:
            for s, p in zip(samples, cv):
                f.write(json.dumps({"text": s["text"], "spans": s["spans"], "found": p}, ensure_ascii=False) + "\n")
    if a.errors:
        shown = 0
        for s, p in zip(samples, cv):
            gold = {(x[0], x[1]) for x in s["spans"] if x[2] == "PERSON"}
            pred = {(x[0], x[1]) for x in p if x[2] == "PERSON"}
            if gold != pred and shown < a.errors:
                shown += 1
                t = s["text"]
                print("ERR", json.dumps(t, ensure_ascii=False),
                      "miss", [t[x:e] for x, e in sorted(gold - pred)],
                      "extra", [t[x:e] for x, e in sorted(pred - gold)])


if __name__ == "__main__":
    main()
