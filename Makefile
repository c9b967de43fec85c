# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/kg
HOST   ?= 127.0.0.1
PORT   ?= 8000
CORPUS ?= ../shared/corpora/cluener2020

.PHONY: run build test venv test-venv train bench soak clean

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
	$(BIN)/kg build data/articles --store $(STORE)

run: build
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: $(VENV)/.test-extras
	$(BIN)/python -m pytest -q

train: $(BIN)/kg
	$(BIN)/python -m extract.ner_train --corpus $(CORPUS)

clean:
	rm -rf $(VENV) var
