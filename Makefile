# Two commands for everyone: `make run` and `make test`. Each sets up .venv on its own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check --quiet

.PHONY: run test setup browser lint typecheck bench lighthouse translations clean

## Set up .venv with the pinned dependencies (again whenever a requirements file changes).
setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements-dev.txt
	$(PIP) install --no-deps -e .
	touch $@

## Build the demo board from listings/ and serve it on http://127.0.0.1:8000 (Ctrl-C stops).
run: setup
	$(BIN)/matchboard serve --listings listings --port 8000

## Find Chromium for the browser tests: MATCHBOARD_CHROMIUM, `chromium` on PATH, Playwright's own; as root with
## apt-get, install Debian's. Otherwise stop here, before any test, with one message saying what to run.
CHROMIUM_PATH := $(VENV)/chromium-path
browser: setup
	$(BIN)/python scripts/ensure_browser.py > $(CHROMIUM_PATH)

## Lint, type-check and run every test (the browser tests drive the Chromium that `browser` found).
test: setup browser lint typecheck
	MATCHBOARD_CHROMIUM="$$(cat $(CHROMIUM_PATH))" $(BIN)/pytest

lint: setup
	$(BIN)/ruff check generator tests benchmarks scripts .github/scripts
	$(BIN)/ruff format --check generator tests benchmarks scripts .github/scripts

typecheck: setup
	$(BIN)/mypy

## Collect the interface's messages into the catalogues (then translate what is new; `make test` checks).
LOCALE := site_templates/locale
translations: setup
	$(BIN)/pybabel -q extract -F $(LOCALE)/babel.cfg -k N_ -k plural_forms:1,2 --no-location --sort-output --project matchboard \
		--copyright-holder "matchboard contributors" -o $(LOCALE)/messages.pot .
	$(BIN)/pybabel -q update -i $(LOCALE)/messages.pot -d $(LOCALE) --no-fuzzy-matching --ignore-obsolete
	for po in $(LOCALE)/*/LC_MESSAGES/messages.po; do \
		$(BIN)/pybabel compile --statistics -i $$po -o /dev/null; done

## Benchmarks (not part of the tests); figures go in benchmarks/RESULTS.md.
bench: setup
	$(BIN)/python -m benchmarks.bench_validate
	$(BIN)/python -m benchmarks.bench_match
	$(BIN)/python -m benchmarks.evaluate

## Lighthouse (mobile) on the demo board's main pages, medians of 3 runs; needs Node 18+ and npm (not part of the
## tests: docs/decisions/0006-lighthouse.md). Installs the locked Lighthouse into benchmarks/lighthouse/ once.
lighthouse: setup browser
	CHROME_PATH="$$(cat $(CHROMIUM_PATH))" nice -n 10 $(BIN)/python -m benchmarks.lighthouse

clean:
	rm -rf $(VENV) site build benchmarks/lighthouse/node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
