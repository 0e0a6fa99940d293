# Two commands for a fresh machine: `make run` and `make test`.
# `make run` installs only what the bot needs (and mypyc, to compile understanding/ with);
# `make test` adds the test tools (the dev extras).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run build test test-fast typecheck lint format bench readme clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[native]'
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml $(RUN_STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(TEST_STAMP)

run: build
	$(PY) -m bot

# understanding/'s hot path (text, sounds, matcher) and the bot's answer step (bot/native.py)
# compiled with mypyc (bot/build.py names the two groups, understanding/build.py builds them):
# extension modules beside the sources, and a stamp of the sources each group was made from.
# A group compiles again only when a source its stamp hashes changed (by content); a machine
# without a C compiler, or where the compile fails, runs the .py files (.ci/run and the
# Dockerfile insist on the build). Imported with a stale stamp, a group runs its .py files
# (understanding/native.py).
build: $(RUN_STAMP)
	$(PY) -m bot.build

# With TEST_DATABASE_URL set, the tests run against PostgreSQL too; .ci/run sets it, beside
# a throwaway server (.ci/with-postgres). Without it, that half is left out, in one line.
test: $(TEST_STAMP) build
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest

# The unit tests alone, in well under a minute: no processes, emulator, training, PostgreSQL
# or timing (the slow, postgres and perf marks); `make test` runs everything.
test-fast: $(TEST_STAMP) build
	$(PY) -m pytest -m "not slow and not postgres and not perf"

# bot/, understanding/ and nn/, as configured in [tool.mypy] of pyproject.toml.
typecheck: $(TEST_STAMP)
	$(PY) -m mypy

lint: $(TEST_STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: $(TEST_STAMP) build
	$(PY) -m bench.engine
	$(PY) -m bench.opinion
	$(PY) -m bench.network
	$(PY) -m bench.bot

# The README's command table, from the command registry (tests/test_readme.py checks it).
readme: $(RUN_STAMP)
	$(PY) -m bot commands --write

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build understanding/*.so understanding/native.stamp
	rm -f bot/*.so bot/conversation/*.so bot/native.stamp
