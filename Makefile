# Every target creates .venv when it is missing; nothing is installed outside it.
# `make run` installs only what the app needs; the other targets add the test, bench and
# packaging tools on top.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
APP    := $(VENV)/.installed-app
DEV    := $(VENV)/.installed-dev

.PHONY: run test check lint typecheck bench dist screenshots crash-harness clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(APP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $(APP)

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,bench,packaging]'
	touch $(APP) $(DEV)

run: $(APP)
	$(VENV)/bin/ptquiz $(ARGS)

# mypy first, so that the test count is the last thing printed
test: $(DEV)
	$(PY) -m mypy
	$(PY) -m pytest -q

typecheck: $(DEV)
	$(PY) -m mypy

bench: $(DEV)
	$(PY) benchmarks/run.py

dist: $(DEV)
	$(PY) packaging/build.py

screenshots: $(DEV)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

crash-harness: $(DEV)
	$(PY) -m pytest -q -m slow tests/test_crash_harness.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache
