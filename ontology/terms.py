"""The ontology's own names for its terms: ``rdfs:label`` in Chinese and English of every
class and property of ``kg.ttl`` (what pages show instead of camelCase).

>>> term_labels()["holdsPost"]["zh"]
'任职于'
>>> term_labels()["Person"]["en"]
'Person'
"""
from __future__ import annotations

from functools import lru_cache

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from cnkg.ontology import ONTOLOGY

_KG = "https://w3id.org/cnpkg/ontology#"
_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@lru_cache(maxsize=1)
def term_labels() -> dict[str, dict[str, str]]:
    """``{local name: {language: label}}`` for every ``kg:`` term that has labels."""
    out: dict[str, dict[str, str]] = {}
    with open(ONTOLOGY, "rb") as f:
        for triple in parse(f, format=RdfFormat.TURTLE):
            s, p, o = triple.subject, triple.predicate, triple.object
            if (p == _LABEL and isinstance(s, NamedNode) and s.value.startswith(_KG)
                    and isinstance(o, Literal) and o.language):
                out.setdefault(s.value[len(_KG):], {})[o.language] = o.value
    return out
