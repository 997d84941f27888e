# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make demo   -> creates .venv, installs tacitus, runs `tacitus demo`
#   make test   -> creates .venv, installs tacitus with test tools, runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval corpus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tacitus demo

test: $(STAMP)
	$(BIN)/python scripts/build_corpus.py --check
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/tacitus eval corpus/test.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench.py

corpus:
	$(PYTHON) scripts/build_corpus.py

clean:
	rm -rf $(VENV) build *.egg-info
