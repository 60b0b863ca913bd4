# nianbao: `make build` sets everything up on first use and refreshes the warehouse; `make test` runs all tests.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := data/warehouse.duckdb
# `python -m ingest.build` runs ingest, dbt and the checks on a staged copy under a build lock and publishes
# it with one rename (ingest/build.py, ingest/stage.py): a failed build keeps the last good warehouse, a
# second build waits for the first, and a notebook holding the old file open never blocks a build.
BUILD := $(BIN)/python -m ingest.build

export GX_ANALYTICS_ENABLED := false
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export UV_LINK_MODE := copy

# Inputs of the warehouse: the source files (through a stamp that ingest/inputs.py rewrites whenever
# anything under data/raw is added, removed or changed, whatever its name, links included), parser code,
# template and reference data.
RAW_STAMP := $(shell $(PYTHON) ingest/inputs.py data/raw build/raw.stamp)
INPUTS := $(RAW_STAMP) \
	$(shell find ingest dbt_project expectations -type f -not -name '* *' -not -path '*/__pycache__/*' \
	  -not -path 'dbt_project/target/*' -not -path 'dbt_project/logs/*' 2>/dev/null) \
	pyproject.toml uv.lock
CHARTS := build/charts/index.html

.PHONY: build setup test lint lab docs validate charts clean fuzz release browser bench bench-ocr

build: $(WAREHOUSE) $(CHARTS)

setup: $(VENV)/.synced

# --compile-bytecode: the libraries' .pyc written once here, so that no process compiles them again (where
# PYTHONDONTWRITEBYTECODE is set, as in CI, every process did: Great Expectations' import took 8 s, now 4).
$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(BIN)/uv || { echo "setup: creating $(VENV) (first run only)"; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(BIN)/uv sync --frozen --inexact --all-groups --compile-bytecode --python $(BIN)/python --quiet
	@touch $@

$(WAREHOUSE): $(VENV)/.synced $(INPUTS)
	$(BUILD)

test: build browser
	$(BIN)/ruff check .
	NIANBAO_DB=$(abspath $(WAREHOUSE)) $(BIN)/sqlfluff lint --disable-progress-bar dbt_project/models dbt_project/tests
	$(BIN)/pytest

# Debian's chromium, for the test that draws a notebook's page with no network (installed when missing,
# where this user may: as root with apt-get, as in CI and containers).
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "test: installing Debian's chromium for the headless page test"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }; \
	  else echo "test: the headless page test needs Debian's chromium: sudo apt-get install chromium"; fi; }

# The benchmark: N synthetic reports (5% HTML, 0.5% PDF) built in build/bench/: a full build, a no-op
# build and one added report, with seconds per stage, reports/s per format and peak memory.
N ?= 1000
bench: setup
	$(BIN)/python -m bench --n $(N)

# The scan set read by OCR (bench/ocr_speed.py): exact / left out / wrong values and CPU seconds per page;
# fails if any value would reach the marts wrong. Seconds a page: about ten minutes for the whole set.
bench-ocr: setup
	$(BIN)/python -m bench.ocr_speed

# The property tests at full length: 10,000 cases per property (tests/test_fuzz.py; make test runs 100).
fuzz: setup
	$(BIN)/pytest tests/test_fuzz.py --hypothesis-profile=fuzz --hypothesis-show-statistics -q

lint: build
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	NIANBAO_DB=$(abspath $(WAREHOUSE)) $(BIN)/sqlfluff lint dbt_project/models dbt_project/tests

# Every chart as PNG (2x) and SVG, plus a briefing page, from the marts.
$(CHARTS): $(WAREHOUSE) $(shell find briefing -name '*.py' 2>/dev/null)
	$(BIN)/python -m briefing

charts: $(WAREHOUSE)
	$(BIN)/python -m briefing

# The open release: every mart as Parquet and CSV with a Frictionless datapackage.json (build/release/).
release: build
	$(BIN)/python -m release

# The checks alone: one Great Expectations run over dbt's check rows, marts.dq_findings, and the page
# build/findings/index.html (self-contained: open it offline).
validate: build
	$(BUILD) --steps checks

docs: build
	$(BUILD) --steps docs
	@echo "docs: open build/dbt_docs/static_index.html in a browser"

# `make lab LAB_ARGS="--ip=0.0.0.0 --port=8899"` for a container or another port; root (as in containers)
# is allowed, since the server runs in the project's own environment.
LAB_ARGS ?=
lab: build
	@mkdir -p notebooks
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

clean:
	rm -rf build $(WAREHOUSE) $(VENV)
