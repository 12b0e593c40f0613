# The two commands: `make run` starts MentorDesk, `make test` runs every check.
# Both create the virtual environment (.venv) themselves and install what is missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp



.PHONY: run test test-sqlite test-postgresql lint check-forms forms translations check-translations bench bytecode clean sysdeps-test sysdeps-gui sysdeps-bundle bundle bundle-test icons

run: sysdeps-gui $(STAMP) bytecode
	$(BIN)/mentordesk

# Compiled bytecode for the application's own modules (the dependencies get theirs at install):
# without it, and with PYTHONDONTWRITEBYTECODE=1, every start compiles every module (docs/dev/perf.md).
# Also the new-file template (an empty file the migrations made): a first start copies it
# instead of loading Alembic and running every migration (a no-op when up to date).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 src > /dev/null
	@$(BIN)/python -m mentordesk.db.template

# The suite runs twice: on SQLite (the default engine, a file per test) and on PostgreSQL (a
# private server the tests start from the pgserver wheel, a database per test). Each pass uses
# both cores (pytest-xdist; one server per worker).
test: sysdeps-test $(STAMP) lint check-forms check-translations test-sqlite test-postgresql

test-sqlite: $(STAMP)
	QT_QPA_PLATFORM=offscreen MENTORDESK_TEST_ENGINE=sqlite $(BIN)/python -m pytest -n 2

test-postgresql: $(STAMP)
	QT_QPA_PLATFORM=offscreen MENTORDESK_TEST_ENGINE=postgresql $(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench
	$(BIN)/mypy
	$(BIN)/lint-imports

check-forms: $(STAMP)
	$(BIN)/python tools/build_forms.py --check

forms: $(STAMP)
	$(BIN)/python tools/build_forms.py

# The GUI's catalogs: extract every translate()/QT_TRANSLATE_NOOP and ui/*.ui string into
# resources/translations/*.ts (edit them in Qt Linguist: $(BIN)/pyside6-linguist FILE.ts),
# then compile the .qm files the application loads (committed, like the compiled forms);
# the command line's gettext catalogs (resources/locale/*/LC_MESSAGES/cli.po → cli.mo) and the
# services' and core's (messages.po → messages.mo: refusals, reasons, explanations) too.
translations: $(STAMP)
	$(BIN)/python tools/translations.py
	$(BIN)/python tools/cli_catalog.py
	$(BIN)/python tools/messages_catalog.py

check-translations: $(STAMP)
	$(BIN)/python tools/translations.py --check
	$(BIN)/python tools/cli_catalog.py --check
	$(BIN)/python tools/messages_catalog.py --check

bench: $(STAMP) bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# A one-folder application (PyInstaller) and the Linux tar.gz with its installer, in dist/.
# Built from build/bundle-venv (packaging/buildenv.py: NumPy without OpenBLAS, no test tools).
bundle: sysdeps-bundle $(STAMP)
	$(BIN)/python packaging/buildenv.py
	build/bundle-venv/bin/python -m PyInstaller packaging/mentordesk.spec --noconfirm --distpath dist --workpath build/pyinstaller --log-level WARN
	sh packaging/linux/make-tarball.sh dist/mentordesk-$$($(BIN)/python -c 'import mentordesk; print(mentordesk.__version__)')

# Build the bundle, install it into a throw-away HOME and run it (version, demo, PDF, GUI).
bundle-test: sysdeps-bundle $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/bundle_test.py

icons: $(STAMP)
	$(BIN)/python tools/make_icons.py

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/python -m uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[dev]'
	@touch $(STAMP)

sysdeps-test:
	@sh packaging/debian-deps.sh test

sysdeps-bundle:
	@sh packaging/debian-deps.sh bundle

sysdeps-gui:
	@sh packaging/debian-deps.sh gui

clean:
	rm -rf $(VENV) build dist
