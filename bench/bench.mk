# Benchmark targets; the project Makefile includes this file (include bench/bench.mk).
# `make bench` times drafter beside its peers at 100, 1,000 and 10,000 clauses (about 15 min
# on 2 cores) and rewrites docs/performance.md and docs/performance.png.
# `make bench-smoke` runs the same code at 100 clauses once, into bench/out/smoke (CI).

BENCH_PYTHON ?= .venv/bin/python

.PHONY: bench bench-smoke bench-deps bench-report

bench-deps:
	@command -v pandoc >/dev/null || { echo "bench: pandoc is missing: apt-get install -y pandoc"; exit 1; }
	$(BENCH_PYTHON) -m pip install -q -r bench/requirements.txt

bench: bench-deps
	$(BENCH_PYTHON) -m bench.run

bench-smoke:
	@command -v pandoc >/dev/null || { echo "bench: pandoc is missing: apt-get install -y pandoc"; exit 1; }
	$(BENCH_PYTHON) -m bench.run --sizes 100 --reps 1 --out bench/out/smoke --no-docs

bench-report:
	$(BENCH_PYTHON) -m bench.report bench/out/results.json
