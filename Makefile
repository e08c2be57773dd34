# The two commands a newcomer needs are `make run` and `make test` (see README).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The site's public address: absolute URLs in the API, feeds, iCalendar, sitemap and
# JSON-LD, and the Wagtail Site's host and port (bootstrap_portal). Override for a proxy.
PUBLIC_URL ?= http://$(HOST):$(PORT)
export PUBLIC_URL
WORKERS ?= $(shell $(PYTHON) -c "import os; print(os.cpu_count() or 2)")
# make run serves the local/demo settings (manage.py defaults to them too); portal.wsgi
# itself defaults to production, which a deployment configures.
RUN_SETTINGS ?= portal.settings.dev

.PHONY: run serve prepare test lint check bench bench-scale messages clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

## run: install, migrate, build the prescribed tree, load the demo, serve with gunicorn
run: prepare serve

# A deployment runs migrate and bootstrap_portal only; load_demo is for local runs.
prepare: $(VENV)/.installed
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) createcachetable
	$(MANAGE) bootstrap_portal
	$(MANAGE) load_demo
	$(MANAGE) collectstatic --noinput -v0

serve: $(VENV)/.installed
	@echo ""
	@echo "  Public site:  http://$(HOST):$(PORT)/   (kk, /ru/, /en/)"
	@echo "  Admin:        http://$(HOST):$(PORT)/admin/"
	@$(MANAGE) show_demo_logins
	@echo ""
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/gunicorn portal.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--limit-request-line 8190 --limit-request-fields 100 --no-control-socket \
		--access-logfile -

## test: lint, Django checks, migrations check, the whole suite
test: lint check
	$(BIN)/pytest --ds=portal.settings.test

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

check: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

## bench: req/s and SQL queries per page against a trivial-view floor (bench/REPORT.md)
bench: prepare
	$(BIN)/python bench/run.py

## bench-scale: demo size against 10,000 pages × 3 languages (bench/SCALE.md); builds into
## the database it runs on, so give it one of its own: DATABASE_URL=… make bench-scale
bench-scale: prepare
	$(BIN)/python bench/run.py --scale

## messages: refresh and compile the kk/ru/en catalogues (commit both .po and .mo)
messages: $(VENV)/.installed
	$(MANAGE) makemessages -l kk -l ru -l en --ignore=.venv --ignore=var --ignore=tests --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf var db.sqlite3
