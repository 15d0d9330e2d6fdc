# Customer Service Notes: build, preview, test and publish the site.
# `make help` lists every target.

PYTHON ?= python3
VENV ?= .venv
VENV_PY := $(VENV)/bin/python
BUILD_STAMP := $(VENV)/.build-requirements
DEV_STAMP := $(VENV)/.dev-requirements
# Pinned Node tools for checks and tests: the Nu Html Checker and Lighthouse.
NODE_STAMP := node_modules/.package-lock.json

INPUTDIR ?= content
OUTPUTDIR ?= output
CONFFILE ?= pelicanconf.py
PUBLISHCONF ?= publishconf.py
PELICANOPTS ?=
# Builds fail on any logged error: a plugin that does not load is an error.
FATAL ?= errors
BUILD := $(VENV_PY) -m tools.build --fatal $(FATAL)
# Live rebuilds keep going after an error, so a typo does not stop the preview.
LIVE_BUILD := $(VENV_PY) -m tools.build
# ...and reuse what did not change: Pelican's content cache and our render
# cache (plugins/render_cache), so editing one post renders one page.
LIVE_CACHES := -e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true
# The preview's pages reload themselves after each rebuild (plugins/livereload);
# a setting of the -e list above, so it follows LIVE_CACHES.
LIVE_RELOAD := LIVERELOAD=true

PORT ?= 8000
BIND ?= 127.0.0.1

GITHUB_REMOTE ?= origin
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_PAGES_CNAME ?=
GITHUB_COMMIT_MESSAGE ?= Publish site

TITLE ?=
SERIES ?=
INDEX ?=
STATUS ?= draft

.DEFAULT_GOAL := help
.PHONY: help venv html clean regenerate serve devserver publish github test import check bench newpost

help: ## List the targets
	@echo "Usage: make <target> [VARIABLE=value ...]"
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-11s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: OUTPUTDIR=$(OUTPUTDIR) PORT=$(PORT) GITHUB_REMOTE=$(GITHUB_REMOTE) GITHUB_PAGES_CNAME=$(GITHUB_PAGES_CNAME)"

$(BUILD_STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; $(PYTHON) is " + sys.version.split()[0])'
	@test -x $(VENV_PY) || $(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): $(BUILD_STAMP) requirements-dev.txt
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	else \
		echo "note: npm not found: HTML validation and Lighthouse need Node.js and npm"; \
	fi

venv: $(DEV_STAMP) ## Create .venv with every pinned requirement

html: $(BUILD_STAMP) ## Import the archives, build the site into output/ and index it for search
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

clean: ## Remove the built site and caches
	rm -rf $(OUTPUTDIR) cache __pycache__ .pytest_cache .pagefind-batch-*

regenerate: $(BUILD_STAMP) ## Rebuild whenever content, theme or plugins change (no server)
	$(LIVE_BUILD) --autoreload $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(LIVE_CACHES) $(PELICANOPTS)

serve: $(BUILD_STAMP) ## Serve output/ at http://127.0.0.1:8000/ (run `make html` first)
	$(VENV_PY) -m tools.serve -o $(OUTPUTDIR) -p $(PORT) -b $(BIND)

devserver: $(BUILD_STAMP) ## Build, serve and rebuild on every change (live preview)
	$(LIVE_BUILD) --autoreload --listen $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) -b $(BIND) $(LIVE_CACHES) $(LIVE_RELOAD) $(PELICANOPTS)

publish: $(BUILD_STAMP) ## Build for production with publishconf.py (absolute URLs)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

github: publish ## Publish output/ to the gh-pages branch of GITHUB_REMOTE with ghp-import
	-@git fetch --quiet $(GITHUB_REMOTE) +$(GITHUB_PAGES_BRANCH):$(GITHUB_PAGES_BRANCH) 2>/dev/null
	@# No GITHUB_PAGES_CNAME: keep the custom domain already published; "none" drops it.
	@cname='$(GITHUB_PAGES_CNAME)'; \
	if [ -z "$$cname" ]; then cname=$$(git show $(GITHUB_PAGES_BRANCH):CNAME 2>/dev/null | tr -d '[:space:]'); fi; \
	if [ "$$cname" = none ]; then cname=; fi; \
	set -x; $(VENV)/bin/ghp-import --no-jekyll --push --remote $(GITHUB_REMOTE) --branch $(GITHUB_PAGES_BRANCH) \
		--message "$(GITHUB_COMMIT_MESSAGE)" $${cname:+--cname "$$cname"} $(OUTPUTDIR)

import: $(BUILD_STAMP) ## Turn content/archives/*.txt into Markdown articles (no build)
	$(VENV_PY) -m tools.import_archives -s $(CONFFILE)

# The post's fields reach tools/newpost.py through the environment, exactly as
# typed: never pasted into shell text, so quotes, backticks and $ stay text.
newpost: export NEWPOST_TITLE := $(value TITLE)
newpost: export NEWPOST_SERIES := $(value SERIES)
newpost: export NEWPOST_INDEX := $(value INDEX)
newpost: export NEWPOST_STATUS := $(value STATUS)
newpost: export NEWPOST_AUTHOR := $(value AUTHOR)
newpost: export NEWPOST_CATEGORY := $(value CATEGORY)
newpost: export NEWPOST_DATE := $(value DATE)
newpost: $(BUILD_STAMP) ## Write a new dated post: make newpost TITLE="..." [SERIES="..." INDEX=n STATUS=published]
	$(VENV_PY) -m tools.newpost

test: $(DEV_STAMP) $(NODE_STAMP) ## Run the whole test suite
	$(VENV_PY) -m pytest

check: $(DEV_STAMP) $(NODE_STAMP) ## Inspect the built output/: HTML, links, feeds, sitemap, budget, determinism
	$(VENV_PY) -m tools.check $(OUTPUTDIR)

bench: $(DEV_STAMP) ## Measure import and build against plain Pelican and Hugo; writes BENCHMARKS.md
	$(VENV_PY) -m bench
