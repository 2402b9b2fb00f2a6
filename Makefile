# make run   installs, migrates, loads the data and serves at http://127.0.0.1:8000
# make test  installs and runs the whole suite (DATABASE_URL selects PostgreSQL)
VENV    := .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
PYTHON  ?= python3

# A per-checkout secret for development; production sets SECRET_KEY itself.
SECRET_KEY ?= $(shell cat .secret_key 2>/dev/null)
export SECRET_KEY

.PHONY: install install-dev run serve test lint bench browser-deps clean

install: $(VENV)/.installed

# What the app needs to run; the test tools come with install-dev.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

.secret_key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: install .secret_key
	$(MAKE) --no-print-directory serve SECRET_KEY=$$(cat .secret_key)

serve:
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py loaddemo
	DEBUG=1 $(PY) manage.py ensureadmin
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

browser-deps:
	bash .ci/browser-deps

test: install-dev browser-deps .secret_key
	SECRET_KEY=$$(cat .secret_key) $(PY) -m pytest

lint: install-dev
	$(VENV)/bin/ruff check .

bench: install-dev .secret_key
	SECRET_KEY=$$(cat .secret_key) $(PY) -m pytest tests -m benchmark --benchmark-enable

clean:
	rm -rf $(VENV) staticfiles node_modules
