# Every target creates .venv when it is missing; nothing is installed outside it.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test check lint typecheck bench dist screenshots crash-harness clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench,packaging]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/ptquiz

test: $(STAMP)
	$(PY) -m pytest -q
	$(PY) -m mypy

typecheck: $(STAMP)
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) benchmarks/run.py

dist: $(STAMP)
	$(PY) packaging/build.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

crash-harness: $(STAMP)
	$(PY) -m pytest -q -m slow tests/test_crash_harness.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache
