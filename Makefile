# nianbao: `make build` sets everything up on first use and refreshes the warehouse; `make test` runs all tests.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := data/warehouse.duckdb
# The build works on a staged copy and swaps it into place at the end (ingest/stage.py): a failed build
# keeps the last good warehouse, and a notebook holding the old file open never blocks a build.
STAGE := build/warehouse.next.duckdb
STAGED = $(BIN)/python -m ingest.stage --db $(WAREHOUSE) --stage $(STAGE)

export GX_ANALYTICS_ENABLED := false
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export UV_LINK_MODE := copy

# Inputs of the warehouse: source files, parser code, template and reference data (names with spaces are
# still ingested; make only tracks their folder).
INPUTS := $(shell find data/raw -not -name '* *' 2>/dev/null) \
	$(shell find ingest dbt_project expectations -type f -not -name '* *' -not -path '*/__pycache__/*' \
	  -not -path 'dbt_project/target/*' -not -path 'dbt_project/logs/*' 2>/dev/null) \
	pyproject.toml uv.lock
CHARTS := build/charts/index.html
DBT := cd dbt_project && NIANBAO_DB=$(abspath $(STAGE)) ../$(BIN)/dbt

.PHONY: build setup test lint lab docs validate charts clean

build: $(WAREHOUSE) $(CHARTS)

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(BIN)/uv || { echo "setup: creating $(VENV) (first run only)"; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(BIN)/uv sync --frozen --inexact --all-groups --python $(BIN)/python --quiet
	@touch $@

$(WAREHOUSE): $(VENV)/.synced $(INPUTS)
	@$(STAGED) begin
	NIANBAO_DB=$(STAGE) $(BIN)/python -m ingest
	$(DBT) build --profiles-dir . --log-path ../build/dbt_logs
	NIANBAO_DB=$(STAGE) $(BIN)/python -m expectations --docs build/data_docs
	@$(STAGED) publish
	@echo "build: $@ is up to date"

test: build
	$(BIN)/ruff check .
	NIANBAO_DB=$(abspath $(WAREHOUSE)) $(BIN)/sqlfluff lint --nofail --disable-progress-bar -q dbt_project/models dbt_project/tests | tail -n 20
	$(BIN)/pytest

lint: build
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	NIANBAO_DB=$(abspath $(WAREHOUSE)) $(BIN)/sqlfluff lint dbt_project/models dbt_project/tests

# Every chart as PNG (2x) and SVG, plus a briefing page, from the marts.
$(CHARTS): $(WAREHOUSE) $(shell find briefing -name '*.py' 2>/dev/null)
	$(BIN)/python -m briefing

charts: $(WAREHOUSE)
	$(BIN)/python -m briefing

validate: build
	@$(STAGED) begin
	NIANBAO_DB=$(STAGE) $(BIN)/python -m expectations --docs build/data_docs
	@$(STAGED) publish

docs: build
	@mkdir -p build/dbt_docs
	@$(STAGED) begin
	$(DBT) docs generate --profiles-dir . --static --target-path ../build/dbt_docs --log-path ../build/dbt_logs
	@$(STAGED) discard
	@echo "docs: open build/dbt_docs/static_index.html in a browser"

lab: build
	@mkdir -p notebooks
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf build $(WAREHOUSE) $(VENV)
