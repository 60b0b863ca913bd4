# nianbao: `make build` sets everything up on first use and refreshes the warehouse; `make test` runs all tests.
SHELL := /bin/bash
PYTHON ?= python3
# Any Python 3 runs the two standard-library scripts make reads its prerequisites from.
STDLIB_PYTHON := $(shell command -v python3 || command -v python)
UV_VERSION := 0.13.8
# The one Python the lock file is for (pyproject.toml's requires-python; tests/test_setup.py keeps them in step).
PYTHON_VERSION := 3.11
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := data/warehouse.duckdb
# `python -m ingest.pipeline.build` runs ingest, dbt and the checks on a staged copy under a build lock and publishes
# it with one rename (ingest/pipeline/build.py, ingest/pipeline/stage.py): a failed build keeps the last good warehouse, a
# second build waits for the first, and a notebook holding the old file open never blocks a build.
BUILD := $(BIN)/python -m ingest.pipeline.build

export GX_ANALYTICS_ENABLED := false
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export UV_LINK_MODE := copy

# Inputs of the warehouse: the source files (through a stamp that ingest/pipeline/inputs.py rewrites
# whenever anything under data/raw is added, removed or changed, whatever its name, links included) and the
# files of every stage, as ingest/pipeline/manifest.py lists them (the build itself then runs only the
# stages whose files changed).
RAW_STAMP := $(shell $(STDLIB_PYTHON) ingest/pipeline/inputs.py data/raw build/raw.stamp)
INPUTS := $(RAW_STAMP) $(shell $(STDLIB_PYTHON) ingest/pipeline/manifest.py files all parse rows raw dbt checks)
CHARTS := build/charts/index.html

.PHONY: build setup test lint lab docs validate charts clean fuzz release browser bench crawl bench-crawl bench-ocr bench-parse \
	bench-narrative

build: $(WAREHOUSE) $(CHARTS)

setup: $(VENV)/.synced

# --compile-bytecode: the libraries' .pyc written once here, so that no process compiles them again (where
# PYTHONDONTWRITEBYTECODE is set, as in CI, every process did: Great Expectations' import took 8 s, now 4).
$(VENV)/.synced: pyproject.toml uv.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, "$(PYTHON_VERSION)".split("."))))' \
	  2>/dev/null || { echo "setup: nianbao needs Python $(PYTHON_VERSION) (pyproject.toml: requires-python), and" \
	  "PYTHON=$(PYTHON) is $$($(PYTHON) -V 2>/dev/null || echo 'not found'). Choose one that is, for example" \
	  "\`make setup PYTHON=python$(PYTHON_VERSION)\` or \`make setup PYTHON=/path/to/python$(PYTHON_VERSION)\`" \
	  "(pyenv, uv python install $(PYTHON_VERSION), or your system's python$(PYTHON_VERSION) package)"; exit 2; }
	@if [ -e $(VENV) ] && ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, "$(PYTHON_VERSION)".split("."))))' 2>/dev/null; then \
	  echo "setup: $(VENV) is not a working Python $(PYTHON_VERSION) environment (left by an earlier try?): making it again"; \
	  rm -rf $(VENV); fi
	@test -x $(BIN)/uv || { echo "setup: creating $(VENV) (first run only)"; \
	  { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); } || \
	  { rm -rf $(VENV); echo "setup: could not create $(VENV) with $(PYTHON) (see above); nothing is left behind"; exit 1; }; }
	$(BIN)/uv sync --frozen --inexact --all-groups --compile-bytecode --python $(BIN)/python --quiet || \
	  { echo "setup: installing the locked packages failed (see above); run \`make setup\` again once it is fixed"; exit 1; }
	@touch $@

$(WAREHOUSE): $(VENV)/.synced $(INPUTS)
	$(BUILD)

# The tests build their own warehouses from tests/samples/ in temporary folders: they never read or write
# data/raw, data/warehouse.duckdb or build/ (tests/conftest.py), so `make test` does not build the user's.
test: setup browser
	$(BIN)/ruff check .
	tmp=$$(mktemp -d) && NIANBAO_DB=$$tmp/lint.duckdb DBT_TARGET_PATH=$$tmp/target $(BIN)/sqlfluff lint \
	  --disable-progress-bar dbt_project/models dbt_project/tests; status=$$?; rm -rf $$tmp; exit $$status
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

# Collect reports from portals (acquire/): `make crawl SEEDS="URL ..." CONTACT=you@example.org`, or
# SEEDS=a file of URLs. Polite by default (robots.txt, one request per host every 2 s or slower); a
# stopped crawl continues when run again. Report files go to data/raw/crawl/, which `make build` reads.
SEEDS ?=
CONTACT ?= $(NIANBAO_CRAWL_CONTACT)
CRAWL_ARGS ?=
crawl: setup
	@test -n "$(SEEDS)" || { echo 'crawl: give SEEDS="URL ..." (a portal, a 年报 column or a file of URLs)'; exit 2; }
	$(BIN)/python -m acquire $(SEEDS) $(if $(CONTACT),--contact "$(CONTACT)") $(CRAWL_ARGS)

# The crawler's own cost against a local portal with politeness off: pages/s and CPU per page.
PAGES ?= 500
bench-crawl: setup
	$(BIN)/python -m bench.crawl --pages $(PAGES)

# The scan set read by OCR (bench/ocr_speed.py): exact / left out / wrong values and CPU seconds per page;
# fails if any value would reach the marts wrong. Seconds a page: about ten minutes for the whole set.
bench-ocr: setup
	$(BIN)/python -m bench.ocr_speed

# Parse only, one core, CPU time (bench/parse_speed.py): text and HTML reports/s, with and without the narrative.
bench-parse: setup
	$(BIN)/python -m bench.parse_speed --n $(or $(PARSE_N),300)

# The narrative's share of a parse (bench/narrative_speed.py): CPU time of extract_claims over the test corpus.
bench-narrative: setup
	$(BIN)/python -m bench.narrative_speed

# The property tests at full length: 10,000 cases per property (tests/test_fuzz.py; make test runs 100).
fuzz: setup
	$(BIN)/pytest tests/test_fuzz.py --hypothesis-profile=fuzz --hypothesis-show-statistics -q

lint: build
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	NIANBAO_DB=$(abspath $(WAREHOUSE)) $(BIN)/sqlfluff lint dbt_project/models dbt_project/tests

# Every chart as PNG (2x) and SVG, plus a briefing page, from the marts.
$(CHARTS): $(WAREHOUSE) $(shell $(STDLIB_PYTHON) ingest/pipeline/manifest.py files charts)
	$(BIN)/python -m briefing

charts: $(WAREHOUSE)
	$(BIN)/python -m briefing

# The open release: every mart as Parquet and CSV with a Frictionless datapackage.json, README, CITATION.cff,
# codebook and SHA256SUMS in build/release/nianbao-<YYYY.MM.DD>/ (`python -m release --help`).
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
