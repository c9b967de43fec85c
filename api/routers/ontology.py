"""``/ontology/labels``: the ontology's classes and relations with their ``rdfs:label``
in Chinese and English (ontology/kg.ttl), so the page names relations as people read
them (任职于, not holdsPost)."""
from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from cnkg.graph.namespaces import KG
from cnkg.ontology import ONTOLOGY

router = APIRouter(prefix="/ontology", tags=["ontology"])
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, dict[str, str]]:
    """Local name of every kg: term → {language: label}."""
    labels: dict[str, dict[str, str]] = {}
    with open(ONTOLOGY, "rb") as f:
        for triple in parse(f, format=RdfFormat.TURTLE):
            s, o = triple.subject, triple.object
            if (triple.predicate == RDFS_LABEL and isinstance(s, NamedNode) and s.value.startswith(KG)
                    and isinstance(o, Literal) and o.language):
                labels.setdefault(s.value[len(KG):], {})[o.language] = o.value
    return labels


@router.get("/labels", summary="the ontology's terms (classes, relations) with their zh and en labels",
            responses={200: {"content": {"application/json": {"example": {
                "holdsPost": {"zh": "任职于", "en": "holds post in"}, "Person": {"zh": "人物", "en": "Person"}}}}}})
async def labels() -> dict:
    return ontology_labels()
