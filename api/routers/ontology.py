"""``/ontology/labels``: the ontology's classes and relations with their ``rdfs:label``
in Chinese and English (ontology/kg.ttl, read by :func:`ontology.terms.term_labels`), so
the page names relations as people read them (任职于, not holdsPost)."""
from __future__ import annotations

from fastapi import APIRouter

from cnkg.ontology.terms import term_labels

router = APIRouter(prefix="/ontology", tags=["ontology"])


@router.get("/labels", summary="the ontology's terms (classes, relations) with their zh and en labels",
            responses={200: {"content": {"application/json": {"example": {
                "holdsPost": {"zh": "任职于", "en": "holds post in"}, "Person": {"zh": "人物", "en": "Person"}}}}}})
async def labels() -> dict:
    return term_labels()
