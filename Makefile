# make run    installs, migrates, loads the demo data into an empty database, serves
#             http://127.0.0.1:8000 (the development server) with a worker beside it
# make serve  production: gunicorn with DEBUG off and a worker, after collectstatic and migrate
# make test   installs and runs the whole suite in parallel (make coverage: with line coverage)
#             (DATABASE_URL selects PostgreSQL)
# make lint   ruff over the code; .ci/run fails on a finding
# make messages  regenerates the French catalog from the code and templates (README, "Languages")
VENV    := .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
PYTHON  ?= python3

# A per-checkout secret for development, read from its file by the settings so that it never
# appears on a command line; production sets SECRET_KEY or SECRET_KEY_FILE itself.
SECRET_KEY_FILE ?= $(CURDIR)/.secret_key
export SECRET_KEY_FILE
ALLOWED_HOSTS ?= localhost,127.0.0.1
export ALLOWED_HOSTS

.PHONY: install install-dev run serve test coverage lint bench browser-deps backup-deps gettext-deps \
	nginx-deps office-deps messages clean

# The translations: the catalog (.po) is kept in git, its compiled form (.mo) is built here.
CATALOG := locale/fr/LC_MESSAGES/django.po
COMPILED := $(CATALOG:.po=.mo)
# What makemessages and compilemessages must not read (they walk every folder named locale):
# the installed packages, the tests, generated files.
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench \
	--ignore=staticfiles --ignore=fixtures

install: $(VENV)/.installed $(COMPILED)

# What the app needs to run; the test tools come with install-dev.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

install-dev: $(VENV)/.installed-dev $(COMPILED)

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

.secret_key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: install .secret_key
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py loaddemo --if-empty
	DEBUG=1 $(PY) manage.py ensureadmin --url http://127.0.0.1:8000/
	DEBUG=1 $(PY) manage.py run_worker & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

# DEBUG off. Set SECRET_KEY or SECRET_KEY_FILE, DATABASE_URL and ALLOWED_HOSTS in the
# environment (README, "Production"); check --deploy says what a TLS deployment should add.
serve: install .secret_key
	$(PY) manage.py check --deploy
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py run_worker & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/gunicorn --config config/gunicorn.py

browser-deps:
	bash .ci/browser-deps

gettext-deps:
	bash .ci/gettext-deps

backup-deps:
	bash .ci/backup-deps

# nginx, for the test of two app servers behind it (tests/ops/test_two_servers.py)
nginx-deps:
	bash .ci/nginx-deps

# LibreOffice, which opens the Word drafts in their read-back test (tests/surveys/drafts/)
office-deps:
	bash .ci/office-deps

# Compiling needs the settings (LOCALE_PATHS), not a secret key: none is made or read for it.
GETTEXT_ENV := SECRET_KEY_FILE= DEBUG=1
$(COMPILED): $(CATALOG) $(VENV)/.installed
	bash .ci/gettext-deps
	$(GETTEXT_ENV) $(PY) manage.py compilemessages -l fr $(MESSAGES_IGNORE) --verbosity 0

# Every string marked for translation, into the catalog (new ones with an empty msgstr, to
# fill in; tests/i18n/test_catalog.py fails until they are), then compiled.
messages: $(VENV)/.installed gettext-deps
	$(GETTEXT_ENV) $(PY) manage.py makemessages -l fr $(MESSAGES_IGNORE)
	$(GETTEXT_ENV) $(PY) manage.py compilemessages -l fr $(MESSAGES_IGNORE) --verbosity 0

# One process a core (pytest-xdist), each with a test database of its own; the crawls that share
# their pages run on one process (--dist loadgroup, the tests' xdist_group marks).
# PYTEST_ARGS selects or adds to the run (.ci/run: -m "not browser" on PostgreSQL).
# Python may keep the compiled modules (__pycache__, ignored by git) even where the environment
# sets PYTHONDONTWRITEBYTECODE: otherwise each process, and each manage.py the tests start,
# compiles the project and pytest rewrites every test module again, on every run.
test: install-dev browser-deps backup-deps nginx-deps office-deps .secret_key
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest --numprocesses=auto --dist=loadgroup $(PYTEST_ARGS)

# The same run, measuring the lines it runs across the processes (pytest-cov; the sources
# are named in pyproject.toml), printed at the end.
coverage: install-dev browser-deps backup-deps nginx-deps office-deps .secret_key
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest --numprocesses=auto --dist=loadgroup --cov --cov-report=term

# ruff, and vulture for code nothing calls (vulture_whitelist.py names what frameworks call).
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/vulture accounts api config core organizations surveys vulture_whitelist.py \
		--min-confidence 60

# Every page, export and the PDF at 1x, 10x and 100x on PostgreSQL under gunicorn, with wrk
# (bench/run.py; about 15-25 minutes): writes bench/results/ and the README's table.
bench: install-dev .secret_key
	command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y wrk; }
	$(PY) -m pytest tests -m benchmark --benchmark-enable
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) staticfiles node_modules $(COMPILED)
