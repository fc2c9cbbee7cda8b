# Two commands do all the set-up on a fresh machine (Python 3.11, package registries only):
#   make demo   the whole chain through Airflow against the local replay site, then a summary
#   make test   the whole test suite (CI runs exactly this)
# and `make run` runs the same chain against the live sites.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: install demo run test bench clean

install: $(VENV)/.installed

# Exact pins in pyproject.toml; constraints.txt pins every transitive dependency.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/pip check
	touch $@

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

clean:
	rm -rf data/demo
