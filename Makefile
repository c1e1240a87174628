# One entry point for every task. Needs only Python 3.11 and make: `make setup` builds .venv.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
SPEC := openapi/trackingmore-v2.yaml
PROJECT := trackingmore-v2
GEN_DIR := generated/$(PROJECT)
# The generator's post-hooks (ruff) must find the venv's tools; the runtime hook copies
# sdk_runtime/ into the generated package, another writes the x-rate-limit table (see generator-config.yml).
GEN_ENV := PATH="$(BIN):$$PATH" TM_SDK_RUNTIME_DIR="$(CURDIR)/sdk_runtime" \
	TM_RATE_LIMIT_CODEGEN="$(CURDIR)/codegen/rate_limit_table.py" TM_SPEC="$(CURDIR)/$(SPEC)"
GENERATE = $(GEN_ENV) $(BIN)/openapi-python-client generate --path $(SPEC) --config generator-config.yml \
	--custom-template-path generator-templates --meta pdm --fail-on-warning
DIFF_EXCLUDES := --exclude=.ruff_cache --exclude=__pycache__ --exclude=.pdm-build --exclude='*.egg-info'
HOST ?= 127.0.0.1
PORT ?= 8080
API_KEY ?=

.PHONY: help setup generate check-generated lint test demo mock fuzz test-live bench clean

help:
	@echo "make demo | test | setup | generate | check-generated | lint | mock | fuzz | test-live | bench | clean"

setup: $(VENV)/.setup-done

# The generated client is installed editable, so regenerating needs no reinstall unless its
# pyproject (dependencies) changes.
# The fake is installed from its own pyproject (mock_server/), as users install it.
$(VENV)/.setup-done: pyproject.toml mock_server/pyproject.toml mock_server/setup.py $(wildcard $(GEN_DIR)/pyproject.toml)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]" -e "./mock_server[swagger-ui,fast]"
	if [ -f $(GEN_DIR)/pyproject.toml ]; then \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check -e "./$(GEN_DIR)"; fi
	touch $@

# Regenerate the client from the spec. Deterministic: running it twice changes nothing.
generate: setup
	rm -rf $(GEN_DIR)
	$(GENERATE) --output-path $(GEN_DIR)
	rm -rf $(GEN_DIR)/.ruff_cache

# Regenerate into a temporary directory and fail with a readable diff if the committed client
# differs from what the spec, the config and the templates produce.
check-generated: setup
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/$(PROJECT)" > "$$tmp/log" 2>&1 || { cat "$$tmp/log"; exit 1; } ; \
	if diff -ru $(DIFF_EXCLUDES) "$$tmp/$(PROJECT)" $(GEN_DIR) > "$$tmp/diff"; then \
		echo "check-generated: $(GEN_DIR) matches $(SPEC)"; \
	else \
		echo "check-generated: $(GEN_DIR) is out of date; run 'make generate' and commit:"; \
		cat "$$tmp/diff"; exit 1; \
	fi

# Hand-written code: ruff + strict mypy (pyproject.toml). The generated package, runtime included,
# is type-checked strictly too (without the root config, which excludes generated/); its cache stays outside generated/ so the drift check ignores it.
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mypy --config-file "" --strict --cache-dir .mypy_cache/generated $(GEN_DIR)/trackingmore_v2

test: setup check-generated lint
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/python demo/tour.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

# The fake TrackingMore server in the foreground (Ctrl-C stops it): make mock PORT=9000 API_KEY=k
# Without API_KEY any non-empty key is accepted. Swagger UI at http://$(HOST):$(PORT)/v2/ui/
mock: setup
	@# The key goes through the environment so that neither make's echo nor `ps` shows it.
	@TRACKINGMORE_MOCK_API_KEY='$(API_KEY)' $(BIN)/python -m trackingmore_mock --host '$(HOST)' --port '$(PORT)'

# Benchmarks (docs/performance.md), not tests: make bench [BENCH_QUICK=1] [BENCH_TESTS=1] [BENCH_ONLY=1,3]
# Installs the benchmark-only tools first: trackingmore 0.2 (pip, benchmarks/requirements.txt) and
# Prism + autocannon (npm, benchmarks/package-lock.json, into benchmarks/.prism/).
BENCH_NODE := benchmarks/.prism
bench: setup $(VENV)/.bench-deps $(BENCH_NODE)/.installed
	$(BIN)/python -m benchmarks

$(VENV)/.bench-deps: benchmarks/requirements.txt | setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r benchmarks/requirements.txt
	touch $@

$(BENCH_NODE)/.installed: benchmarks/package.json benchmarks/package-lock.json
	@if command -v npm >/dev/null; then \
		mkdir -p $(BENCH_NODE) && cp benchmarks/package.json benchmarks/package-lock.json $(BENCH_NODE)/ && \
		(cd $(BENCH_NODE) && npm ci --no-audit --no-fund --loglevel=error) && touch $@; \
	else echo "bench: npm not found; benchmark 4 (fake vs Prism) will be skipped"; fi

# Contract campaigns (tests/contract, schemathesis; `make test` runs their CI profile). Both go
# through tests/contract/campaign.py and write reports under reports/ (gitignored).
# make fuzz [FUZZ_TIME=480] [FUZZ_SEED=N]: long randomised `st run` against the mock served on
# 127.0.0.1 (started and stopped by the campaign): JUnit, HTML and ndjson in reports/fuzz/.
FUZZ_TIME ?= 480
FUZZ_SEED ?=
CONTRACT_CAMPAIGN := PYTHONPATH=tests $(BIN)/python -m contract.campaign
fuzz: setup
	$(CONTRACT_CAMPAIGN) fuzz --max-time $(FUZZ_TIME) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED)) --report-dir reports/fuzz

# make test-live: the contract suite against https://api.trackingmore.com/v2 if TRACKINGMORE_API_KEY
# is set (else it says why it skips): read-only operations unless LIVE_DESTRUCTIVE=1, at 1 request/s.
# The key stays in the environment: never on a command line, masked in output and reports.
test-live: setup
	$(CONTRACT_CAMPAIGN) live --report-dir reports/live
