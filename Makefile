# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/kg
HOST   ?= 127.0.0.1
PORT   ?= 8000
CORPUS ?= ../shared/corpora/cluener2020

.PHONY: run build test venv test-venv train train-relations train-ner eval bench soak clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-extras: $(BIN)/kg
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(BIN)/kg
test-venv: $(VENV)/.test-extras

build: $(BIN)/kg
	$(BIN)/kg migrate --if-needed --store $(STORE)
	$(BIN)/kg build data/articles --store $(STORE)

run: build
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: $(VENV)/.test-extras
	$(BIN)/python -m pytest -q

# Long reliability runs (tests/soak/soak_*.py: SIGKILLs, 8 writers × 200 documents, hostile
# HTTP, a 20 MB article); the last line is the report, also in var/soak/report.txt.
soak: $(VENV)/.test-extras
	@mkdir -p var/soak && rm -f var/soak/report.txt
	$(BIN)/python -m pytest -q -p no:cacheprovider -o python_files='soak_*.py' tests/soak; status=$$?; \
	cat var/soak/report.txt 2>/dev/null || echo "soak: no report (the run stopped before its end)"; exit $$status

# Scale benchmark (bench/run.py) + HTTP benchmark (bench/http, needs wrk): corpora of
# 10 / 1,000 / 10,000 articles (BENCH_MAX=100000 adds 100,000); results in bench/results/.
BENCH_MAX ?= 10000
bench: $(BIN)/kg
	$(BIN)/pip install -q -e '.[bench]'
	sizes=$$(for n in 10 1000 10000 100000; do [ $$n -le $(BENCH_MAX) ] && echo $$n; done | paste -sd,); \
	for n in $$(echo $$sizes | tr , ' '); do \
	  [ -d bench/corpus-$$n ] || $(BIN)/python bench/make_corpus.py --articles $$n --out bench/corpus-$$n; \
	done; \
	if [ -f bench/http/run.py ] && command -v wrk >/dev/null; then $(BIN)/python bench/http/run.py; \
	else echo "bench/http skipped (needs wrk: apt-get install wrk)"; fi; \
	$(BIN)/python bench/extractor_speed.py; \
	$(BIN)/python bench/fulltext_bench.py --articles 2000 --write; \
	$(BIN)/python bench/run.py --sizes $$sizes

# Extraction quality on the corpus's dev split (corpus/README.md); per type, per predicate, micro
eval: $(BIN)/kg
	$(BIN)/kg evaluate corpus/dev

# The extractor's corpus-trained parts (goal clauses, goal attribution, relation pairs, figures): corpus/train, thresholds on
# corpus/dev with the seed articles held at their bar; a few minutes of CPU (extract/models/EXTRACTOR_CARD.md).
# A model that wins is written only when its behaviour tests pass with it in place (pytest: the test extras)
train: $(VENV)/.test-extras
	$(BIN)/python -m cnkg.extract.train_extractor --train corpus/train --dev corpus/dev

# The relation pair classifier alone, over the committed goal and attribution models (how the
# committed relations.npz was made, extract/models/EXTRACTOR_CARD.md), about two minutes of CPU
train-relations: $(VENV)/.test-extras
	$(BIN)/python -m cnkg.extract.train_extractor --train corpus/train --dev corpus/dev --relations-only

# The CLUENER NER (extract/models/ner, MODEL_CARD.md): about two hours of CPU
train-ner: $(BIN)/kg
	$(BIN)/python -m cnkg.extract.ner_train --corpus $(CORPUS)

clean:
	rm -rf $(VENV) var
