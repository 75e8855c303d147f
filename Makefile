# rasd — one-step set-up commands. Only Python 3.11 and the package registries are needed.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test bench venv install install-test clean lint

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (or run: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

venv: $(BIN)/python

install: venv
	$(BIN)/python -m pip install -q -e '.[web,store]'

install-test: venv
	$(BIN)/python -m pip install -q -e '.[test,web,store]'

## make demo: set up, run rasd on the bundled examples (the seed article among them) and print a summary
demo: install
	$(BIN)/python -m rasd.demo

## make test: set up with the test extras and run the whole suite
test: install-test
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2

## make bench: run every benchmark in bench/ and rewrite docs/BENCHMARKS.md
bench: install-test
	set -e; for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done
	$(BIN)/python bench/report.py

lint: install-test
	$(BIN)/python -m pip install -q mypy ruff
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist demo-out .pytest_cache
