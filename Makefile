# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast typecheck lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot

# With TEST_DATABASE_URL set, the tests run against PostgreSQL too; .ci/run sets it, beside
# a throwaway server (.ci/with-postgres). Without it, that half is left out, in one line.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest

# The unit tests alone, in well under a minute: no processes, emulator, training, PostgreSQL
# or timing (the slow, postgres and perf marks); `make test` runs everything.
test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow and not postgres and not perf"

# bot/, understanding/ and nn/, as configured in [tool.mypy] of pyproject.toml.
typecheck: $(STAMP)
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: $(STAMP)
	$(PY) -m bench.engine
	$(PY) -m bench.network
	$(PY) -m bench.bot

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
