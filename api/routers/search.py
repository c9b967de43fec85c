"""``GET /search?q=``: full-text search over the article sentences the store holds.

Answered from the index beside the store (:mod:`graph.fulltext`), which every write
keeps in step. Each hit names its article (id, graph, title), the sentence (index, text,
offsets in the article), where the query matched in the sentence (character offsets,
end exclusive) and the entities the sentence mentions. A service without a local store
has no index: 501; a read-only store whose index is missing or stale: 503.
"""
from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter, HTTPException, Query

from cnkg.api.deps import ServiceDep
from cnkg.api.problems import error_responses
from cnkg.graph.fulltext import MAX_QUERY_CHARS, FulltextUnavailable

router = APIRouter(tags=["search"])

MAX_LIMIT = 100
MAX_OFFSET = 10_000

_EXAMPLE = {"query": "智慧社区", "total": 7, "limit": 20, "offset": 0, "items": [{
    "document": "smart-city-expo-2020", "graph": "https://w3id.org/cnpkg/id/article/smart-city-expo-2020",
    "title": "智慧城市：真正的“智慧”是让人民更满意，让生活更美好",
    "sentence": {"index": 44, "text": "民政部基层政权建设和社区治理司一级巡视员李健分享了智慧社区的发展导向。",
                 "start": 2179, "end": 2214},
    "matches": [{"start": 25, "end": 29}],
    "entities": [{"id": "org/民政部", "iri": "https://w3id.org/cnpkg/id/org/民政部",
                  "label": "民政部", "type": "Agency"},
                 {"id": "person/民政部/李健", "iri": "https://w3id.org/cnpkg/id/person/民政部/李健",
                  "label": "李健", "type": "Person"}]}]}


def _index(service):
    knowledge = service.knowledge
    if knowledge is None or not hasattr(knowledge, "sync_fulltext"):   # a local store (not the property: it opens)
        raise HTTPException(501, "full-text search needs a local store: this service's store has no "
                                 "sentence index (query kg:sentence with SPARQL instead)")
    try:
        return knowledge.fulltext
    except FulltextUnavailable as exc:
        raise HTTPException(503, str(exc)) from None


@router.get("/search", summary="full-text search over the articles' sentences",
            description="Sentences holding every white-space separated term of `q` (case-insensitive "
                        "for Latin letters; terms of one or two characters such as 数据 match too). "
                        "Offsets count Unicode characters; `matches` are offsets into the sentence, "
                        "`sentence.start`/`end` into the article text.",
            responses={200: {"content": {"application/json": {"example": _EXAMPLE}}},
                       **error_responses(400, 422, 501, 503)})
async def search(service: ServiceDep,
                 q: str = Query(..., min_length=1, max_length=MAX_QUERY_CHARS,
                                description="the text to find; white space separates terms that must all occur",
                                examples=["智慧社区"]),
                 limit: int = Query(20, ge=1, le=MAX_LIMIT, description="hits per page"),
                 offset: int = Query(0, ge=0, le=MAX_OFFSET, description="hits to skip")) -> dict:
    def run() -> dict:
        return _index(service).search(q, limit=limit, offset=offset).to_json()
    return await to_thread.run_sync(run)
