# Two commands matter on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# What is installed, in three layers: the program (make run), its test and lint tools (make
# test, lint, i18n), its packager (make dist). Each layer is installed once and again when
# pyproject.toml changes.
STAMP  := $(VENV)/.stamp-run
DEV    := $(VENV)/.stamp-dev
BUILD  := $(VENV)/.stamp-build
PIP    := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: run test lint i18n i18n-update dist bench clean sysdeps

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || { echo "Creating the Python environment in $(VENV)…"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing L4D Desktop and what it needs to run (Qt, SQLAlchemy, reportlab…)…"
	@$(PIP) install --upgrade pip
	@$(PIP) install -e .
	@touch $(STAMP)

$(DEV): $(STAMP)
	@echo "Adding the test and lint tools (pytest, pytest-qt, pypdf, ruff, mypy)…"
	@$(PIP) install -e '.[dev]'
	@touch $(DEV)

$(BUILD): $(STAMP)
	@echo "Adding the packaging tool (PyInstaller)…"
	@$(PIP) install -e '.[build]'
	@touch $(BUILD)

## run: set up and open the app on its default database
run: $(STAMP) sysdeps
	$(BIN)/python -m l4d_desktop

## test: set up and run the whole test suite (Qt offscreen) on SQLite, then the core and
##       command-line suite again on a throwaway PostgreSQL cluster (private socket, no port);
##       the suite builds the double-click bundle too, so it adds the packager
test: $(DEV) $(BUILD) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --engine postgresql tests/core tests/cli $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check l4d_desktop tests bench
	$(BIN)/mypy

## i18n-update: refresh the .ts sources from the code; i18n: compile .qm
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none l4d_desktop -ts i18n/l4d_fi.ts
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none l4d_desktop -ts i18n/l4d_sv.ts
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly l4d_desktop -ts i18n/l4d_en.ts

i18n: $(STAMP)
	$(BIN)/pyside6-lrelease -silent i18n/l4d_fi.ts -qm i18n/l4d_fi.qm
	$(BIN)/pyside6-lrelease -silent i18n/l4d_sv.ts -qm i18n/l4d_sv.qm
	$(BIN)/pyside6-lrelease -silent i18n/l4d_en.ts -qm i18n/l4d_en.qm

## dist: the double-click app (PyInstaller one-folder) in dist/L4D Desktop/
dist: $(BUILD) sysdeps
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build.spec

## bench: start-up until the first window, as a ratio to a bare PySide6 window (target 1.5x);
##        as-you-type search on 100 000 and on 1 000 000 customers against the same SQL
##        (target 2x, aim 30 ms), and on 1 000 000 on a PostgreSQL server against the same SQL
##        sent with psycopg (target 2x, aim 30 ms);
##        memory with 100 000 customers against an empty register (under 100 MB more)
##        customer CSV import of 100 000 rows against a plain executemany (target 4x)
##        failed login of an unknown user against a wrong password (medians within 10 %)
##        erasure of a customer with 10 000 web events and 50 invoices, checkpoint included,
##        against a plain SQL delete of the same rows (under 1 s, target 3x)
##        access letter for a customer with 10 000 web events, composed and rendered, against
##        a plain reportlab table of the same rows (target 1.5x)
##        five workstations doing mixed office actions on one PostgreSQL register, against one
##        alone (every action's 95th percentile under 150 ms, no errors)
##        erasure on PostgreSQL of a customer with 10 000 web events, vacuum and checkpoint
##        included, against a plain delete and VACUUM FULL of the same rows (under 2 s, 3x)
# The server benchmarks start a throwaway cluster of the installed PostgreSQL (as `make test`
# does: private socket, no port, removed afterwards); the million-customer registers are built
# once and cached (bench/demo_db.py).
# Every benchmark runs and prints its figures even when an earlier one fails; the target fails
# at the end if any of them did.
bench: $(STAMP) sysdeps
	status=0; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py $(BENCH_ARGS) || status=1; \
	$(BIN)/python bench/import_customers.py $(IMPORT_BENCH_ARGS) || status=1; \
	$(BIN)/python bench/search.py || status=1; \
	$(BIN)/python bench/search.py --customers 1000000 --rounds 3 || status=1; \
	$(BIN)/python bench/server_search.py --customers 1000000 || status=1; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/memory.py || status=1; \
	$(BIN)/python bench/login_timing.py || status=1; \
	$(BIN)/python bench/erasure.py $(ERASURE_BENCH_ARGS) || status=1; \
	$(BIN)/python bench/access_letter.py || status=1; \
	$(BIN)/python bench/workstations.py || status=1; \
	$(BIN)/python bench/server_erasure.py || status=1; \
	exit $$status

sysdeps:
	@bash scripts/system-packages.sh

clean:
	rm -rf build dist .pytest_cache
