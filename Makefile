# armstrace: two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
DEMO_DB   ?= build/demo.db

.PHONY: demo test lint typecheck contracts pytest lock bench train clean dev

$(STAMP): requirements.lock pyproject.toml
	scripts/system-deps.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

dev: $(STAMP)

demo: $(STAMP)
	@mkdir -p build && rm -f $(DEMO_DB)
	$(BIN)/armstrace --db $(DEMO_DB) lists load examples/lists/sdn-excerpt.csv --name ofac-sdn
	$(BIN)/armstrace --db $(DEMO_DB) ingest examples/articles
	$(BIN)/armstrace --db $(DEMO_DB) stats
	$(BIN)/armstrace --db $(DEMO_DB) transfers
	$(BIN)/armstrace --db $(DEMO_DB) show "IEMZ Kupol"
	@echo
	@echo "Serve the demo database:  $(BIN)/armstrace --db $(DEMO_DB) serve"

test: $(STAMP) lint typecheck contracts pytest

pytest: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench train
	$(BIN)/ruff format --check src tests bench train

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# Rewrites requirements.lock from requirements.in (needs network to PyPI).
lock:
	$(BIN)/pip install -q uv && $(BIN)/uv pip compile requirements.in --generate-hashes --python-version 3.11 -o requirements.lock

# Retrains the claim-candidate model on corpus/train (fixed seeds) into
# src/armstrace/extract/learned/data/ and prints figures on corpus/test.
train: $(STAMP)
	$(BIN)/python -m train.claims

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
