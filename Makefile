# detente: two commands on a fresh machine
#   make demo   -- installs what it needs into .venv, runs the main job on the sample corpus
#   make test   -- installs the dev extras and runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: demo test install install-dev lint bench eval clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(PY) pyproject.toml requirements.lock
	$(PIP) install --quiet -c requirements.lock -e ".[model]"
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c requirements.lock -e ".[dev]"
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(VENV)/bin/detente demo

test: install-dev
	$(VENV)/bin/python -m pytest -q

eval: install
	$(VENV)/bin/detente eval --gold examples/gold.jsonl

lint: install-dev
	$(VENV)/bin/ruff check src tests

bench: install
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo.duckdb* report.html
