# drafter: `make demo` runs the main job on the shipped proposal, `make test` runs the tests.
# Both create the virtual environment first; nothing else needs installing by hand
# except the real document clients the tests open files in (see .ci/run).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PLAN   := proposals/ukraine-ceasefire-12-point.yaml
OLD    := proposals/ukraine-ceasefire-12-point-v0.2.yaml

.PHONY: demo test venv clean schema lint fuzz

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(STAMP)
	$(BIN)/drafter validate proposals/
	$(BIN)/drafter show $(PLAN)
	$(BIN)/drafter render $(PLAN) --to docx --out-dir build/
	$(BIN)/drafter render $(PLAN) --to md --out-dir build/
	$(BIN)/drafter render $(PLAN) --to html --out-dir build/
	$(BIN)/drafter render $(PLAN) --to docx --lang en,uk --out-dir build/
	$(BIN)/drafter render $(PLAN) --to html --lang en,uk --out-dir build/
	$(BIN)/drafter compare proposals/european-joint-points.yaml $(PLAN) --format html -o build/concordance-8-12.html || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --only changed || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --format html -o build/redline-v0.2-v0.3.html || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --format docx -o build/redline-v0.2-v0.3.docx || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --format amendments || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --format amendments -o build/amendments-v0.2-v0.3.docx || [ $$? -eq 1 ]
	$(BIN)/drafter diff $(OLD) $(PLAN) --format amendments -o build/amendments-v0.2-v0.3.json || [ $$? -eq 1 ]
	$(BIN)/drafter amend $(OLD) build/amendments-v0.2-v0.3.json -o build/consolidated-v0.3.yaml
	$(BIN)/drafter diff build/consolidated-v0.3.yaml $(PLAN) --only changed
	@echo
	@echo "Rendered: build/ukraine-ceasefire-12-point.docx .md .html"
	@echo "English and Ukrainian side by side: build/ukraine-ceasefire-12-point.en-uk.docx and .html"
	@echo "The 8 points reported in the press beside the 12-point plan, provision by provision: build/concordance-8-12.html"
	@echo "Redline v0.2 -> v0.3: build/redline-v0.2-v0.3.html and .docx (Word tracked changes)"
	@echo "Amendments v0.2 -> v0.3: build/amendments-v0.2-v0.3.docx and .json; applied to v0.2: build/consolidated-v0.3.yaml (same as v0.3)"

test: $(STAMP)
	$(BIN)/python -m pytest

# The long fuzz run: a million generated inputs over the loader and every importer (an hour
# or more). A failure is cut down and saved under tests/fuzz/crashes/, which `make test` replays.
FUZZ_INPUTS ?= 1000000
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.run --inputs $(FUZZ_INPUTS)

clean:
	rm -rf build .pytest_cache .hypothesis

-include bench/bench.mk

# Regenerate the compiled schema validator after editing drafter/schema/proposal.schema.json.
schema: $(STAMP)
	$(BIN)/python -c "from drafter.load.schema import validator_source as v; open('drafter/schema/validator.py', 'w').write(v())"

# Style and types: ruff and mypy over the package, the tests and the benchmark.
lint: $(STAMP)
	$(BIN)/pip install --quiet ruff mypy types-PyYAML
	$(BIN)/ruff check drafter tests bench
	$(BIN)/mypy drafter
