# `make serve` and `make test` work from a fresh clone: each installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
FACTS_DB ?= db/facts.db
SEEDS := $(wildcard seeds/articles/*.txt seeds/articles/*.json)
EXTRACTOR := $(wildcard seeds/*.py seeds/extract/*.py db/tables.py)

.PHONY: install serve test import bench openapi clean chromium

$(BIN)/.installed: requirements.txt constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt -c constraints.txt
	touch $@

# Node tools the tests run on openapi.yaml (openapi-typescript, tsc, redocly), exactly as package-lock.json pins them.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Debian's Chromium for tests/test_docs_browser.py; Playwright never downloads a browser.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	command -v chromium >/dev/null || ($(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q --no-install-recommends chromium)

install: $(BIN)/.installed

$(FACTS_DB): $(BIN)/.installed $(SEEDS) $(EXTRACTOR)
	$(BIN)/python -m seeds import --db $(FACTS_DB)

import: $(BIN)/.installed
	$(BIN)/python -m seeds import --db $(FACTS_DB)

serve: $(FACTS_DB)
	FACTS_DB=$(abspath $(FACTS_DB)) $(BIN)/gunicorn --workers 2 --bind 127.0.0.1:$(PORT) --no-control-socket app:app

openapi: $(BIN)/.installed
	$(BIN)/flask --app app openapi write --format=yaml openapi.yaml

test: $(BIN)/.installed node_modules/.installed chromium
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python -m pytest

# Bench-only tools (Datasette, py-spy) live in their own venv so they never touch the pinned runtime.
BENCH_VENV := bench/.cache/venv
$(BENCH_VENV)/.installed: bench/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --disable-pip-version-check -q -r bench/requirements.txt
	touch $@

bench: $(BIN)/.installed $(BENCH_VENV)/.installed
	command -v wrk >/dev/null || ($(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q wrk)
	$(BIN)/python bench/import_speed.py
	$(BIN)/python bench/serve_bench.py

clean:
	rm -rf $(VENV) $(FACTS_DB)
