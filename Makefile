# policykg: the two commands of the README are `make run` and `make test`.
# Everything else here is what they need, installed from this repo's own files.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install system-deps lint clean

# 1. install, then run the main job on the bundled corpus
run: $(STAMP)
	$(BIN)/policykg build corpus -o out

# 2. install (with the test extras, Chromium and the Neo4j jars), then the whole test suite
test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

# Debian's Chromium for the browser checks; Neo4j jars from Maven Central.
system-deps:
	bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) out build *.egg-info
