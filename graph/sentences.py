"""An article's sentences as the store holds them, with the entities each one mentions.

The store keeps no article text (MODEL.md): it keeps the sentence every fact came from,
on the fact's assertion (``kg:sentence``, ``kg:sentenceIndex``, ``kg:startOffset``,
``kg:endOffset``), and where each entity is mentioned (``kg:Mention`` with its
``kg:sentenceIndex``). This module reads them back, one article graph at a time, for the
full-text index (:mod:`graph.fulltext`), which is therefore always rebuildable from the
store alone.

>>> from cnkg.graph.store import KnowledgeStore
>>> article_sentences(KnowledgeStore(":memory:").store, "https://w3id.org/cnpkg/id/article/none") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from cnkg.graph.labels import ENTITY_CLASSES, entity_id
from cnkg.graph.namespaces import KG, PREFIXES

_TYPES = " ".join(f"kg:{t}" for t in ENTITY_CLASSES)

_Q_ARTICLE = """
SELECT ?graph ?document ?hash ?version ?title WHERE {
  GRAPH ?graph {
    ?graph a kg:Article ; kg:documentId ?document ; kg:contentHash ?hash ; kg:extractorVersion ?version .
    OPTIONAL { ?graph dcterms:title ?title }
  }
} LIMIT 1
"""
_Q_SENTENCES = """
SELECT DISTINCT ?graph ?index ?text ?start ?end WHERE {
  GRAPH ?graph {
    ?assertion a kg:Assertion ; kg:sentence ?text ; kg:sentenceIndex ?index .
    OPTIONAL { ?assertion kg:startOffset ?start ; kg:endOffset ?end }
  }
}
"""
_Q_ENTITIES = f"""
SELECT DISTINCT ?graph ?index ?entity ?type ?label WHERE {{
  GRAPH ?graph {{
    {{ ?mention a kg:Mention ; kg:entity ?entity ; kg:sentenceIndex ?index }}
    UNION
    {{ ?assertion a kg:Assertion ; kg:sentenceIndex ?index ; rdf:subject|rdf:object ?entity }}
    VALUES ?type {{ {_TYPES} }}
    ?entity a ?type .
    OPTIONAL {{ ?entity rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "zh")) }}
  }}
}}
"""


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
    complete article there (no graph, or one without its ``kg:contentHash`` marker)."""
    subs = {ox.Variable("graph"): ox.NamedNode(graph)}
    head = next(iter(store.query(_Q_ARTICLE, prefixes=PREFIXES, substitutions=subs)), None)
    if head is None:
        return None
    entities: dict[int, dict[str, dict]] = {}
    for row in store.query(_Q_ENTITIES, prefixes=PREFIXES, substitutions=subs):
        index, iri = _int(row["index"]), row["entity"].value
        if index is None:
            continue
        found = entities.setdefault(index, {})
        if iri not in found or (found[iri]["label"] == found[iri]["id"] and row["label"] is not None):
            found[iri] = {"id": entity_id(iri), "iri": iri,
                          "label": row["label"].value if row["label"] is not None else entity_id(iri),
                          "type": row["type"].value[len(KG):]}
    sentences: dict[int, Sentence] = {}
    for row in store.query(_Q_SENTENCES, prefixes=PREFIXES, substitutions=subs):
        index = _int(row["index"])
        if index is None or index in sentences:
            continue
        listed = sorted(entities.get(index, {}).values(), key=lambda e: (e["type"], e["label"], e["iri"]))
        sentences[index] = Sentence(index, row["text"].value, _int(row["start"]), _int(row["end"]),
                                    tuple(listed))
    title = head["title"].value if head["title"] is not None else None
    return ArticleSentences(graph=graph, document=head["document"].value, title=title,
                            fingerprint=fingerprint(head["hash"].value, head["version"].value),
                            sentences=tuple(sentences[i] for i in sorted(sentences)))


def stored_fingerprints(documents) -> dict[str, str]:
    """graph IRI → fingerprint for the store's complete articles (``KnowledgeStore.documents()``)."""
    return {d.graph: fingerprint(d.content_hash, d.extractor_version) for d in documents}
