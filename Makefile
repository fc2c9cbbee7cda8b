# Two commands do all the set-up on a fresh machine (Python 3.11, package registries only):
#   make demo   the whole chain through Airflow against the local replay site, then a summary
#   make test   the whole test suite (CI runs exactly this)
# and `make run` runs the same chain against the live sites.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DOCS_ASSETS := vendor/datadocs/node_modules

.PHONY: install demo run test bench clean chromium redis bi

install: $(VENV)/.installed $(DOCS_ASSETS)/.installed chromium redis

# Exact pins in pyproject.toml; constraints.txt pins every transitive dependency.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/pip check
	touch $@

# The scripts and styles of the Data Docs site (GX's templates name them on CDNs; vngov.datadocs
# copies these into the site so it works offline), pinned in vendor/datadocs/package-lock.json.
# Needs npm (Node.js); as root, Debian's nodejs and npm are installed when it is missing.
$(DOCS_ASSETS)/.installed: vendor/datadocs/package.json vendor/datadocs/package-lock.json
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; } \
	  || { echo "npm is needed for the Data Docs assets: install Node.js (with npm)"; exit 1; }
	cd vendor/datadocs && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Headless Chromium, for the test that opens the Data Docs offline (tests/test_datadocs_offline.py).
# Installed from Debian's packages when missing and we are root; otherwise that test says how.
chromium:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	  || echo "note: no chromium (apt-get install chromium): the Data Docs browser test needs it"

# Redis, the Celery broker, for the tests that run Airflow's CeleryExecutor with two workers
# (tests/test_celery_executor.py). Debian's redis-server when missing and we are root.
redis:
	@command -v redis-server >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } \
	  || echo "note: no redis-server (apt-get install redis-server): the Celery tests need it"

# The demo keeps its data apart (data/demo) so a live `make run` never mixes into it.
demo: install
	VNGOV_HOME=$(CURDIR)/data/demo PATH=$(CURDIR)/$(BIN):$$PATH bash scripts/airflow_run.sh replay

run: install
	VNGOV_HOME=$(CURDIR)/data PATH=$(CURDIR)/$(BIN):$$PATH bash scripts/airflow_run.sh live

test: install
	$(BIN)/python -m pytest

# Benchmarks print measured figures (extraction speed and memory, dbt incremental cost).
bench: install
	$(BIN)/python bench/run_all.py

# BI: Apache Superset on 127.0.0.1 with the dashboard of bi/superset/dashboard/, reading the SQL
# mirror (`vngov serve`) of BI_HOME's published.duckdb (`make demo`'s unless set). Superset has
# its own venv, .venv-bi (pinned in bi/superset/constraints.txt), and keeps its metadata in
# BI_HOME/superset. Prints the dashboard URL and the login; Ctrl-C stops it.
BI_HOME ?= $(CURDIR)/data/demo
BI_PORT ?= 8088
bi: install
	VNGOV_HOME=$(BI_HOME) VNGOV_BI_PORT=$(BI_PORT) PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python bi/superset/bi.py run

clean:
	rm -rf data/demo
