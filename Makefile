# The two commands a newcomer runs (see README): `make demo` and `make test`.
.PHONY: demo test build setup setup-test fixtures

build: setup
	swift build -c release --product zoufang

setup:
	@scripts/setup

setup-test:
	@scripts/setup --test

# Checks and tabulates the bundled reference returns into out/. The returns hold planted problems, so
# zoufang's exit status 1 ("errors found") is the expected outcome here; anything else fails.
demo: build
	.build/release/zoufang run fixtures/returns -o out --force; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 1 ]

# The whole test suite, with the tools the tests use to open written files.
test: setup-test
	ZOUFANG_TEST_TOOLS=required swift test

# Regenerates fixtures/ with the real programs (LibreOffice, openpyxl, XlsxWriter, gnumeric).
fixtures: setup-test
	fixtures/make-fixtures
