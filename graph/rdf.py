"""Facts → RDF: one article's :class:`~extract.model.Extraction` as the quads of its
named graph, following MODEL.md.

The mapping is a pure function of the extraction: IRIs are minted from entity keys
and hashes (never blank nodes, never counters), so the same extraction always gives
the same quads, and :func:`graph.serialize.serialize_quads` gives the same bytes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from pyoxigraph import Dataset, Literal, NamedNode, Quad

from cnkg.extract.model import ENTITY_TYPES, PREDICATES, Entity, Extraction, Relation
from cnkg.graph.namespaces import (DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD, article_iri,
                              iri_for, kg, scoped_iri, short_hash)
from cnkg.graph.serialize import serialize_quads, sorted_quads

TECHNOLOGY_SCHEME = iri_for("scheme/technology")

_A = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_ALT = NamedNode(SKOS + "altLabel")
_DERIVED = NamedNode(PROV + "wasDerivedFrom")
_DECIMAL = NamedNode(XSD + "decimal")
_INTEGER = NamedNode(XSD + "integer")
_DATE = NamedNode(XSD + "date")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class InvalidExtraction(ValueError):
    """The extraction breaks the facts contract (dangling key, unknown type, bad offset …)."""


# ----------------------------------------------------------------- literals

def zh(text: str) -> Literal:
    return Literal(text, language="zh")


def decimal(value: Decimal | float) -> Literal:
    """An ``xsd:decimal`` literal in canonical form, without exponent or float artefacts:
    ``805000000.0`` for 8.05亿, ``0.9``.

    >>> decimal(Decimal("8.05") * 10**8).value
    '805000000.0'
    """
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    text = format(exact.normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=_DECIMAL)


def confidence(value: float) -> Literal:
    """A confidence, rounded to three places: ``0.9``, ``1.0``."""
    return decimal(round(float(value), 3))


def integer(value: int) -> Literal:
    return Literal(str(int(value)), datatype=_INTEGER)


def date(text: str) -> Literal:
    """``xsd:date`` for an ISO date, a plain string for anything else (``2020年``)."""
    return Literal(text, datatype=_DATE) if _ISO_DATE.fullmatch(text) else Literal(text)


# ----------------------------------------------------------------- checks

def check_extraction(extraction: Extraction) -> None:
    """Raise :class:`InvalidExtraction` unless every relation and mention can be mapped."""
    if not extraction.document:
        raise InvalidExtraction("the extraction has no document id")
    n = len(extraction.text)
    keys = set()
    for e in extraction.entities:
        if e.type not in ENTITY_TYPES:
            raise InvalidExtraction(f"{e.key}: unknown entity type {e.type!r}")
        if not e.label:
            raise InvalidExtraction(f"{e.key}: no label")
        if not 0.0 <= e.confidence <= 1.0:
            raise InvalidExtraction(f"{e.key}: confidence {e.confidence} outside [0, 1]")
        for m in e.mentions:
            if not 0 <= m.start <= m.end <= n:
                raise InvalidExtraction(f"{e.key}: mention {m.start}–{m.end} outside the text")
        keys.add(e.key)
    for r in extraction.relations:
        if r.predicate not in PREDICATES:
            raise InvalidExtraction(f"{r.triple}: unknown predicate {r.predicate!r}")
        for key in (r.subject, r.object):
            if key not in keys:
                raise InvalidExtraction(f"{r.triple}: no entity with key {key!r}")
        if not 0 <= r.sentence < len(extraction.sentences):
            raise InvalidExtraction(f"{r.triple}: no sentence {r.sentence}")
        if not 0.0 <= r.confidence <= 1.0:
            raise InvalidExtraction(f"{r.triple}: confidence {r.confidence} outside [0, 1]")


# ----------------------------------------------------------------- mapping

class _GraphWriter:
    """Collects the triples of one named graph."""

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self._quads: set[Quad] = set()

    def add(self, s: NamedNode, p: NamedNode, o) -> None:
        self._quads.add(Quad(s, p, o, self.graph))

    def quads(self) -> list[Quad]:
        return list(self._quads)


def _article(w: _GraphWriter, ex: Extraction) -> None:
    a = w.graph
    w.add(a, _A, kg("Article"))
    w.add(a, kg("documentId"), Literal(ex.document))
    w.add(a, kg("contentHash"), Literal(ex.content_hash))
    w.add(a, kg("extractorVersion"), Literal(ex.extractor_version))
    w.add(a, kg("text"), Literal(ex.text))      # the text the offsets point into (the article view)
    if ex.title:
        w.add(a, NamedNode(DCTERMS + "title"), zh(ex.title))
    if ex.source:
        w.add(a, NamedNode(DCTERMS + "source"), Literal(ex.source))
    if ex.date:
        w.add(a, NamedNode(DCTERMS + "date"), date(ex.date))


def _entity(w: _GraphWriter, ex: Extraction, e: Entity) -> None:
    node = iri_for(e.key)
    w.add(node, _A, kg(e.type))
    w.add(node, _LABEL, zh(e.label))
    if e.label_en:
        w.add(node, _LABEL, Literal(e.label_en, language="en"))
    for alias in e.aliases:
        if alias != e.label:
            w.add(node, _ALT, zh(alias))
    if e.type == "Technology":
        w.add(node, _A, NamedNode(SKOS + "Concept"))
        w.add(node, NamedNode(SKOS + "inScheme"), TECHNOLOGY_SCHEME)
        w.add(TECHNOLOGY_SCHEME, _A, NamedNode(SKOS + "ConceptScheme"))
        w.add(TECHNOLOGY_SCHEME, _LABEL, zh("技术"))
        w.add(TECHNOLOGY_SCHEME, _LABEL, Literal("Technologies", language="en"))
    if e.evidence:
        w.add(node, kg("evidence"), zh(e.evidence))
    if e.value is not None:
        w.add(node, kg("value"), decimal(e.value))
    if e.value_text:
        w.add(node, kg("valueText"), Literal(e.value_text))
    if e.unit:
        w.add(node, kg("unit"), Literal(e.unit))
    if e.date:
        w.add(node, kg("date"), Literal(e.date))
    if e.deadline:
        w.add(node, kg("deadline"), Literal(e.deadline))
    _mentions(w, ex, e, node)


def _mentions(w: _GraphWriter, ex: Extraction, e: Entity, node: NamedNode) -> None:
    """Entity-level provenance: one kg:Mention per place the article names it
    (one without offsets when the extractor recorded none)."""
    spans = [(m.start, m.end, m.sentence) for m in e.mentions] or [None]
    for span in spans:
        parts = (e.key,) if span is None else (e.key, str(span[0]), str(span[1]))
        m = scoped_iri("mention", ex.document, *parts)
        w.add(m, _A, kg("Mention"))
        w.add(m, kg("entity"), node)
        w.add(m, _DERIVED, w.graph)
        w.add(m, kg("confidence"), confidence(e.confidence))
        if span is not None:
            w.add(m, kg("startOffset"), integer(span[0]))
            w.add(m, kg("endOffset"), integer(span[1]))
            if 0 <= span[2] < len(ex.sentences):
                w.add(m, kg("sentenceIndex"), integer(span[2]))


def _relation(w: _GraphWriter, ex: Extraction, r: Relation) -> None:
    s, p, o = iri_for(r.subject), kg(r.predicate), iri_for(r.object)
    w.add(s, p, o)
    sentence = ex.sentences[r.sentence]
    st = scoped_iri("assertion", ex.document, r.subject, r.predicate, r.object, str(r.sentence))
    w.add(st, _A, kg("Assertion"))
    w.add(st, _A, NamedNode(RDF + "Statement"))
    w.add(st, NamedNode(RDF + "subject"), s)
    w.add(st, NamedNode(RDF + "predicate"), p)
    w.add(st, NamedNode(RDF + "object"), o)
    w.add(st, _DERIVED, w.graph)
    w.add(st, kg("sentence"), zh(sentence.text))
    w.add(st, kg("sentenceIndex"), integer(sentence.index))
    w.add(st, kg("startOffset"), integer(sentence.start))
    w.add(st, kg("endOffset"), integer(sentence.end))
    w.add(st, kg("confidence"), confidence(r.confidence))
    w.add(st, kg("extractorVersion"), Literal(ex.extractor_version))
    if r.predicate == "holdsPost":
        _membership(w, r, s, o)


def _membership(w: _GraphWriter, r: Relation, person: NamedNode, body: NamedNode) -> None:
    """holdsPost as a W3C ORG membership (one SPARQL pattern answers "who holds which
    post in which body"); the post node is shared by every holder of that title."""
    m = iri_for(f"membership/{short_hash(r.subject, r.object, r.post or '')}")
    w.add(m, _A, kg("Membership"))
    w.add(m, NamedNode(ORG + "member"), person)
    w.add(m, NamedNode(ORG + "organization"), body)
    w.add(m, _DERIVED, w.graph)
    if r.post:
        post = iri_for(f"post/{r.post}")
        w.add(post, _A, kg("Post"))
        w.add(post, _LABEL, zh(r.post))
        w.add(m, NamedNode(ORG + "role"), post)


def _implicit_parents(ex: Extraction) -> list[Relation]:
    """subOrganizationOf facts that an entity's ``parent`` states but no relation does."""
    stated = {r.triple for r in ex.relations}
    keys = {e.key for e in ex.entities}
    out = []
    for e in ex.entities:
        if e.parent and e.parent in keys and (e.key, "subOrganizationOf", e.parent) not in stated:
            sentence = next((m.sentence for m in e.mentions
                             if 0 <= m.sentence < len(ex.sentences)), None)
            out.append(Relation(e.key, "subOrganizationOf", e.parent,
                                sentence if sentence is not None else -1, e.confidence))
    return out


def extraction_to_quads(extraction: Extraction) -> list[Quad]:
    """The quads of one article's named graph (``kgr:article/<doc>``), in canonical order.

    :raises InvalidExtraction: if a relation names an unknown entity or sentence, a type
        or predicate is not in the contract, a confidence is outside [0, 1] …
    """
    check_extraction(extraction)
    w = _GraphWriter(article_iri(extraction.document))
    _article(w, extraction)
    for e in extraction.entities:
        _entity(w, extraction, e)
    for r in extraction.relations:
        _relation(w, extraction, r)
    for r in _implicit_parents(extraction):
        if r.sentence >= 0:
            _relation(w, extraction, r)
        else:  # no sentence to cite: the direct fact only
            w.add(iri_for(r.subject), kg(r.predicate), iri_for(r.object))
    return sorted_quads(w.quads())


def extraction_to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """All articles' named graphs in one in-memory :class:`pyoxigraph.Dataset`."""
    dataset = Dataset()
    for extraction in extractions:
        for quad in extraction_to_quads(extraction):
            dataset.add(quad)
    return dataset


def serialize_dataset(dataset: Dataset | Iterable[Quad], format: str) -> str:
    """Canonical text of a dataset: ``turtle`` (union of triples), ``trig``, ``nquads``
    or ``jsonld`` (see :mod:`graph.serialize`)."""
    return serialize_quads(dataset, format).decode("utf-8")
