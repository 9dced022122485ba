# `make serve` and `make test` work from a fresh clone: each installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
FACTS_DB ?= db/facts.db
SEEDS := $(wildcard seeds/articles/*.txt seeds/articles/*.json)
EXTRACTOR := $(wildcard seeds/*.py seeds/extract/*.py db/tables.py)

.PHONY: install serve test import bench openapi clean

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

install: $(BIN)/.installed

$(FACTS_DB): $(BIN)/.installed $(SEEDS) $(EXTRACTOR)
	$(BIN)/python -m seeds import --db $(FACTS_DB)

import: $(BIN)/.installed
	$(BIN)/python -m seeds import --db $(FACTS_DB)

serve: $(FACTS_DB)
	FACTS_DB=$(abspath $(FACTS_DB)) $(BIN)/gunicorn --workers 2 --bind 127.0.0.1:$(PORT) --no-control-socket app:app

openapi: $(BIN)/.installed
	$(BIN)/flask --app app openapi write --format=yaml openapi.yaml

test: $(BIN)/.installed
	$(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python bench/import_speed.py

clean:
	rm -rf $(VENV) $(FACTS_DB)
