# nianbao: `make build` sets everything up on first use and refreshes the warehouse; `make test` runs all tests.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := data/warehouse.duckdb
# The build works on a staged copy and swaps it into place at the end: a failed build keeps the last good
# warehouse, and a notebook holding the old file open never blocks a build.
STAGE := build/warehouse.next.duckdb

export GX_ANALYTICS_ENABLED := false
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export UV_LINK_MODE := copy

# Inputs of the warehouse: source files, parser code, template and reference data (names with spaces are
# still ingested; make only tracks their folder).
INPUTS := $(shell find data/raw ingest -not -name '* *' -not -path '*/__pycache__*' 2>/dev/null) pyproject.toml uv.lock

.PHONY: build setup test lint lab clean

build: $(WAREHOUSE)

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(BIN)/uv || { echo "setup: creating $(VENV) (first run only)"; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(BIN)/uv sync --frozen --inexact --all-groups --python $(BIN)/python --quiet
	@touch $@

$(WAREHOUSE): $(VENV)/.synced $(INPUTS)
	@mkdir -p build
	@rm -f $(STAGE); if [ -f $@ ]; then cp $@ $(STAGE); fi
	NIANBAO_DB=$(STAGE) $(BIN)/python -m ingest
	@mv -f $(STAGE) $@
	@echo "build: $@ is up to date"

test: build
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: $(VENV)/.synced
	$(BIN)/ruff check .

lab: build
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf build $(WAREHOUSE) $(VENV)
