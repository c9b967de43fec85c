"""What the fact rules' tests share (tests/test_rules_*.py, tests/test_extract_rules.py): one
extractor without the statistical model (the fixtures are in tests/conftest.py), small readers
of an extraction, and the rules' context of a text for running one rule module alone."""
from functools import lru_cache

from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text
from cnkg.extract.rules.context import FactContext


@lru_cache(maxsize=1)
def rules_extractor() -> Extractor:
    return Extractor.load(use_ner=False)   # loaded once for every rules test module


@lru_cache(maxsize=1)
def figure_rules_extractor() -> Extractor:
    """The rules' extractor with the figure rules deciding the Statistics (no learned figure model)."""
    return Extractor.load(use_ner=False, figure_model="none")


@lru_cache(maxsize=1)
def relation_rules_extractor() -> Extractor:
    """The rules' extractor with the rules deciding every relation (no learned pair classifier,
    which may veto what a rule found: tests of a rule's own relations use this one)."""
    return Extractor.load(use_ner=False, relations="none")


@lru_cache(maxsize=1)
def attribution_rules_extractor() -> Extractor:
    """The rules' extractor with the rules alone deciding who has each goal (no learned
    attribution model, which gives an owner to goals the rules leave without one)."""
    return Extractor.load(use_ner=False, attribution="none")


@lru_cache(maxsize=1)
def lac_rules_extractor() -> Extractor:
    """The rules' extractor with LAC's names and words (what the name-by-ending rules read), the
    rules deciding every relation."""
    return Extractor.load(names="lac", relations="none")


def extract(extractor, text, document="t"):
    return extractor.extract(article_from_text(text, document=document))


def labels(extraction, type_):
    return sorted(e.label for e in extraction.entities if e.type == type_)


def triples(extraction):
    by_key = {e.key: e.label for e in extraction.entities}
    return {(by_key[r.subject], r.predicate, by_key[r.object]) for r in extraction.relations}


def context_of(extractor, text, document="t") -> FactContext:
    """The fact rules' context for ``text`` after the pipeline's other components and the
    sentence step, before any rule: a rule module's functions can then run on it alone."""
    nlp = extractor.nlp
    with nlp.select_pipes(disable=["kg_facts"]):
        doc = nlp(extractor._doc(article_from_text(text, document=document)))
    context = FactContext(doc, nlp.get_pipe("kg_facts").lexicon, document=document)
    context.read_sentences()
    return context


def built_context(extractor, text, document="t") -> FactContext:
    """The fact rules' context for ``text`` after every rule has run (what the rules saw and wrote)."""
    from cnkg.extract.builder import FactBuilder

    nlp = extractor.nlp
    with nlp.select_pipes(disable=["kg_facts"]):
        doc = nlp(extractor._doc(article_from_text(text, document=document)))
    builder = FactBuilder(doc, nlp.get_pipe("kg_facts").lexicon, document=document)
    builder.build()
    return builder.context
