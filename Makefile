# Every target creates .venv when it is missing; nothing is installed outside it.
# `make run` installs only what the app needs; the other targets add the test, bench and
# packaging tools on top.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
APP    := $(VENV)/.installed-app
DEV    := $(VENV)/.installed-dev

.PHONY: run test check lint typecheck bench dist screenshots crash-harness fuzz clean translations lupdate

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(APP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $(APP)

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,bench,packaging]'
	touch $(APP) $(DEV)

# The .qm catalogues are built, never committed: `make lupdate` refreshes the .ts sources
# from the code, `make translations` compiles them (every target that runs the app does).
TS      := $(wildcard resources/translations/*.ts)
QM      := $(TS:.ts=.qm)
SOURCES := $(shell find ptquiz_gui -name '*.py' -not -path '*/__pycache__/*' | sort)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(APP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.part && mv $@.part $@  # a running ptquiz maps the old file

lupdate: $(APP)
	@$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative -target-language de $(SOURCES) -ts resources/translations/ptquiz_de.ts
	@$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -pluralonly -locations relative -target-language en $(SOURCES) -ts resources/translations/ptquiz_en.ts

run: $(APP) translations
	$(VENV)/bin/ptquiz $(ARGS)

# mypy first, so that the test count is the last thing printed
# The dialogs' in-process accessibility tests run in a process of their own: with PySide's
# QAccessibleInterface wrappers in play, a garbage collection freed the offscreen QScreen and a
# later widget crashed (valgrind shows the use-after-free; the wrapper behind it is not traced).
ISOLATED := tests/test_dialogs_access.py

test: $(DEV) translations
	$(PY) -m mypy
	$(PY) -m pytest -q $(ISOLATED)
	$(PY) -m pytest -q --ignore=$(ISOLATED)

# The property tests with new random examples (make test draws the same ones every run).
PROPERTY_TESTS := $(shell grep -l "from hypothesis" tests/*.py)

fuzz: $(DEV)
	PTQUIZ_HYPOTHESIS=explore $(PY) -m pytest -q $(PROPERTY_TESTS)

typecheck: $(DEV)
	$(PY) -m mypy

bench: $(DEV)
	$(PY) benchmarks/run.py

dist: $(DEV) translations
	$(PY) packaging/build.py

screenshots: $(DEV) translations
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

crash-harness: $(DEV)
	$(PY) -m pytest -q -m slow tests/test_crash_harness.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache
