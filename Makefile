# One command per routine job; the same on a laptop and in CI.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint setup clean web-assets

setup: $(STAMP) web-assets

# npm installs the web workspace's third-party assets (world-atlas map outlines); never committed.
web-assets:
	bash scripts/web-assets.sh

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# The main job: the bundled example articles into the embedded SQLite store, then the web UI.
demo: setup
	$(BIN)/communique demo

test: setup
	bash scripts/test-setup.sh
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python -m communique.bench

lint: setup
	$(BIN)/python -m pyflakes src tests 2>/dev/null || true

clean:
	rm -rf $(VENV) communique.db test-artifacts bench-out src/communique/web/static/vendor/node_modules
