# Two entry points for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out/examples

.PHONY: demo test install clean bench bench-build bench-sparql

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the packaging metadata changes; the install is editable.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/diplograph build examples --out $(OUT)
	@echo "Outputs are in $(OUT)/ (mentions.jsonl, entities.jsonl, graph.ttl, graph.nq)"

test: install
	$(BIN)/python -m pytest -q

# Speed, reported as ratios; never part of the test suite.
bench: bench-build bench-sparql

# Build throughput, memory, workers and rebuilds vs spaCy's bare tokenizer -> benchmarks/results.json
bench-build: install
	$(BIN)/python benchmarks/bench_build.py

bench-sparql: install
	$(BIN)/python benchmarks/bench_sparql.py

clean:
	rm -rf $(VENV) out .pytest_cache
