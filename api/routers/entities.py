"""The entity API: search, one entity with its relations and their sources,
neighbourhoods to draw, and shortest paths.

Ids are entity keys (``person/陈洪宛``, MODEL.md) or full IRIs.
"""
from __future__ import annotations

from typing import Annotated

import orjson
from anyio import to_thread

from fastapi import APIRouter, HTTPException, Query, Response

from cnkg.graph import entities as lookup
from cnkg.api.deps import IndexDep, Service, ServiceDep
from cnkg.graph.labels import ENTITY_CLASSES

router = APIRouter(tags=["entities"])

CHEN = "person/陈洪宛"
_SEARCH_EXAMPLE = {"total": 1, "limit": 20, "offset": 0, "items": [
    {"id": CHEN, "iri": "https://w3id.org/cnpkg/id/person/陈洪宛",
     "label": "陈洪宛", "type": "Person", "matched": "陈洪宛", "field": "label", "score": 3.9}]}
_ENTITY_EXAMPLE = {
    "id": CHEN, "iri": "https://w3id.org/cnpkg/id/person/陈洪宛",
    "label": "陈洪宛", "type": "Person", "types": ["Person"],
    "labels": [{"value": "陈洪宛", "lang": "zh"}], "aliases": [],
    "outgoing": [{
        "direction": "out", "predicate": "holdsPost", "post": "司长",
        "other": {"id": "org/国家发展改革委/财政金融和信用建设司", "label": "财政金融和信用建设司", "type": "Agency",
                  "iri": "https://w3id.org/cnpkg/id/org/…"},
        "provenance": [{"article": "https://w3id.org/cnpkg/id/article/smart-city-expo-2020",
                        "document": "article/smart-city-expo-2020", "title": "智慧城市：真正的“智慧”是让人民更满意，让生活更美好",
                        "sentence": "……”国家发展改革委财政金融和信用建设司司长陈洪宛在主题演讲中说。",
                        "sentence_index": 9, "confidence": 0.9}]}],
    "incoming": []}
_GRAPH_EXAMPLE = {"center": CHEN, "truncated": False,
                  "nodes": [{"id": CHEN, "label": "陈洪宛", "type": "Person", "distance": 0, "iri": "…"},
                            {"id": "event/2020第六届中国智慧城市博览会", "label": "2020第六届中国智慧城市博览会",
                             "type": "Event", "distance": 1, "iri": "…"}],
                  "edges": [{"id": "…", "source": CHEN, "target": "event/2020第六届中国智慧城市博览会",
                             "predicate": "speaksAt"}]}


def _entity(index, entity_id: str):
    iri = lookup.resolve(entity_id)
    info = index.get(iri) if iri else None
    if info is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return info


@router.get("/entities", summary="search entities by label or alias (zh and en, substring, ranked)",
            responses={200: {"content": {"application/json": {"example": _SEARCH_EXAMPLE}}}})
async def search_entities(
        index: IndexDep,
        q: Annotated[str, Query(description="text inside a label or alias; empty lists all",
                                examples=["陈洪宛"])] = "",
        type: Annotated[str | None, Query(description="one of " + ", ".join(ENTITY_CLASSES),
                                          examples=["Person"])] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0) -> dict:
    if type is not None and type not in ENTITY_CLASSES:
        raise HTTPException(422, f"unknown type {type!r} (one of {', '.join(ENTITY_CLASSES)})")
    total, hits = index.search(q, type=type, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [h.to_json() for h in hits]}


@router.get("/entities/{entity_id:path}/neighbors", summary="the neighbourhood graph: nodes and edges to draw",
            responses={200: {"content": {"application/json": {"example": _GRAPH_EXAMPLE}}}})
async def neighbors(entity_id: str, service: ServiceDep,
                    depth: Annotated[int, Query(ge=1, le=3)] = 1,
                    predicate: Annotated[str | None, Query(description="relation name(s), comma-separated",
                                                           examples=["holdsPost"])] = None) -> dict:
    info = _entity(service.index, entity_id)
    try:
        predicates = lookup.predicate_filter(predicate)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return await to_thread.run_sync(lambda: lookup.neighbourhood(service.store, service.index, info.iri,
                                                                 depth=depth, predicates=predicates))


def entity_json(service: Service, entity_id: str) -> bytes | None:
    """One entity's document as JSON, or None for an unknown id.

    Precomputed by :func:`graph.entities.describe_all` (a dictionary look-up); while
    those are rebuilt after a write, point look-ups in the store.
    Shared by the route and the fast path (:class:`api.app.FastReads`).
    """
    iri = lookup.resolve(entity_id)
    if iri is None:
        return None
    details = service.details
    if details is not None:
        return details.get(iri)
    info = service.index.get(iri)
    if info is None:
        return None
    store = service.store if service.around is None else service.around(iri)
    return orjson.dumps(lookup.describe(store, service.index, info))


@router.get("/entities/{entity_id:path}", summary="one entity: labels, types, aliases, relations with sources",
            responses={200: {"content": {"application/json": {"example": _ENTITY_EXAMPLE}}},
                       404: {"description": "no such entity"}})
async def get_entity(entity_id: str, service: ServiceDep) -> Response:
    body = await to_thread.run_sync(entity_json, service, entity_id)     # point look-ups: off the event loop
    if body is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return Response(body, media_type="application/json")


@router.get("/paths", summary="the shortest chain of relations between two entities",
            responses={200: {"content": {"application/json": {"example": {
                "length": 1, "nodes": [{"id": CHEN, "label": "陈洪宛", "type": "Person"},
                                       {"id": "org/国家发展改革委/财政金融和信用建设司", "label": "财政金融和信用建设司",
                                        "type": "Agency"}],
                "edges": [{"source": CHEN, "predicate": "holdsPost",
                           "target": "org/国家发展改革委/财政金融和信用建设司"}]}}}},
                       404: {"description": "no path within max_length"}})
async def paths(service: ServiceDep,
                source: Annotated[str, Query(alias="from", examples=[CHEN])],
                target: Annotated[str, Query(alias="to", examples=["org/国家发展改革委"])],
                max_length: Annotated[int, Query(ge=1, le=6)] = 4) -> dict:
    a, b = _entity(service.index, source), _entity(service.index, target)
    found = await to_thread.run_sync(lambda: lookup.shortest_path(service.store, service.index, a.iri, b.iri,
                                                                  max_length=max_length))
    if found is None:
        raise HTTPException(404, f"no path of at most {max_length} relations from {source!r} to {target!r}")
    return found
