"""Writes the small labelled PII set the engine's unit tests use as a quality floor
(`filter/engine/src/pii/testdata/floor.jsonl`, read by `pii::floor_tests`).

Generated once and committed, so `make test` needs neither Python nor Faker. Dev templates
only, with seed 3 (the eval uses seed 1 for dev and seed 2 plus the other templates for
held-out): the held-out split stays unseen. Offsets are code points, as in the eval.

Usage: .venv-eval/bin/python tests/eval/pii_floor_set.py > filter/engine/src/pii/testdata/floor.jsonl
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import pii_dataset  # noqa: E402

if __name__ == "__main__":
    samples, benign = pii_dataset.build("dev", n_per_kind=25, n_benign=300, seed=3)
    for x in samples + benign:
        print(json.dumps(x, ensure_ascii=False))
