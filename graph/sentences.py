"""An article's sentences as the store holds them, with the entities each one mentions.

The store keeps the article text (``kg:text`` on the article node), the sentence every fact
came from on the fact's assertion (``kg:sentence``, ``kg:sentenceIndex``, ``kg:startOffset``,
``kg:endOffset``), and where each entity is mentioned (``kg:Mention`` with its
``kg:sentenceIndex``). This module reads them back, one article graph at a time, for the
full-text index (:mod:`graph.fulltext`), which is therefore always rebuildable from the
store alone: every sentence of the text, cut as the extractor cuts it
(:func:`extract.sentence_spans.sentence_spans`), or, for an article stored without its text
(a store built before ``kg:text``), the sentences of its facts.

>>> from cnkg.graph.store import KnowledgeStore
>>> article_sentences(KnowledgeStore(":memory:").store, "https://w3id.org/cnpkg/id/article/none") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from cnkg.extract.sentence_spans import sentence_spans
from cnkg.graph.labels import ENTITY_CLASSES, entity_id
from cnkg.graph.namespaces import DCTERMS, KG, RDF, RDFS

_A = RDF + "type"
_ARTICLE, _ASSERTION, _MENTION = KG + "Article", KG + "Assertion", KG + "Mention"
_ENTITY_TYPES = {KG + t: t for t in ENTITY_CLASSES}
_LABEL = RDFS + "label"
_TITLE = DCTERMS + "title"
_SUBJECT, _OBJECT = RDF + "subject", RDF + "object"


@dataclass(frozen=True)
class Sentence:
    """One stored sentence: its index in the article, text, offsets in the article text
    (None when the store has none) and the entities it mentions (``{id, iri, label, type}``)."""
    index: int
    text: str
    start: int | None
    end: int | None
    entities: tuple[dict, ...] = ()


@dataclass(frozen=True)
class ArticleSentences:
    """What the index keeps of one article. ``fingerprint`` (content hash and extractor
    version) tells whether the index still matches the store."""
    graph: str
    document: str
    title: str | None
    fingerprint: str
    sentences: tuple[Sentence, ...]


def fingerprint(content_hash: str, extractor_version: str) -> str:
    return f"{content_hash} {extractor_version}"


def _int(term) -> int | None:
    try:
        return None if term is None else int(term.value)
    except ValueError:
        return None


def article_sentences(store: ox.Store, graph: str) -> ArticleSentences | None:
    """The sentences of the article graph ``graph`` (an IRI), or None when the store holds no
    complete article there (no graph, or one without its ``kg:contentHash`` marker).

    One look-up of the graph's quads (every article graph is self-contained: it repeats the
    types and labels of the entities it names, MODEL.md), read in Python: a SPARQL query per
    pattern costs more than the whole graph as the store grows."""
    node = ox.NamedNode(graph)
    props: dict[str, dict[str, list]] = {}
    for quad in store.quads_for_pattern(None, None, None, node):
        props.setdefault(quad.subject.value, {}).setdefault(quad.predicate.value, []).append(quad.object)

    def one(subject: str, predicate: str):
        values = props.get(subject, {}).get(predicate)
        return values[0] if values else None

    article = props.get(graph, {})
    head = [one(graph, KG + p) for p in ("documentId", "contentHash", "extractorVersion")]
    if not any(t.value == _ARTICLE for t in article.get(_A, [])) or None in head:
        return None
    document, content_hash, version = (t.value for t in head)

    def entity(iri: str) -> dict | None:
        kinds = [_ENTITY_TYPES[t.value] for t in props.get(iri, {}).get(_A, []) if t.value in _ENTITY_TYPES]
        if not kinds:
            return None
        labels = [lab.value for lab in props[iri].get(_LABEL, []) if (lab.language or "").startswith("zh")]
        return {"id": entity_id(iri), "iri": iri, "label": min(labels) if labels else entity_id(iri),
                "type": min(kinds)}

    texts: dict[int, tuple[str, int | None, int | None]] = {}
    mentioned: dict[int, set[str]] = {}
    for subject, values in props.items():
        types = {t.value for t in values.get(_A, [])}
        if _ASSERTION in types:
            index, text = _int(one(subject, KG + "sentenceIndex")), one(subject, KG + "sentence")
            if index is None or text is None:
                continue
            texts.setdefault(index, (text.value, _int(one(subject, KG + "startOffset")),
                                     _int(one(subject, KG + "endOffset"))))
            for term in values.get(_SUBJECT, []) + values.get(_OBJECT, []):
                mentioned.setdefault(index, set()).add(term.value)
        elif _MENTION in types:
            index, target = _int(one(subject, KG + "sentenceIndex")), one(subject, KG + "entity")
            if index is not None and target is not None:
                mentioned.setdefault(index, set()).add(target.value)
    article_text = one(graph, KG + "text")
    if article_text is not None:       # every sentence, cut as the extractor cut it
        texts = _all_sentences(article_text.value, texts)
    sentences = []
    for index in sorted(texts):
        text, start, end = texts[index]
        found = [e for e in map(entity, mentioned.get(index, ())) if e is not None]
        found.sort(key=lambda e: (e["type"], e["label"], e["iri"]))
        sentences.append(Sentence(index, text, start, end, tuple(found)))
    title = one(graph, _TITLE)
    return ArticleSentences(graph=graph, document=document, title=title.value if title is not None else None,
                            fingerprint=fingerprint(content_hash, version), sentences=tuple(sentences))


def _all_sentences(text: str, facts: dict[int, tuple]) -> dict[int, tuple]:
    """The sentences of the article text (``kg:text``), numbered as the extractor numbered
    them; the fact sentences alone if the cut disagrees with theirs (a text written by
    another cut)."""
    cut = {i: (text[s:e], s, e) for i, (s, e) in enumerate(sentence_spans(text))}
    if any(cut.get(i) != fact for i, fact in facts.items() if fact[1] is not None):
        return facts
    return cut


def stored_fingerprints(documents) -> dict[str, str]:
    """graph IRI → fingerprint for the store's complete articles (``KnowledgeStore.documents()``)."""
    return {d.graph: fingerprint(d.content_hash, d.extractor_version) for d in documents}
