"""``/queries``: the named queries of ``queries/``, run with typed parameters bound
through pyoxigraph substitutions (never pasted into the query text)."""
from __future__ import annotations

from fastapi import APIRouter, Request, Response

from cnkg.api.deps import ServiceDep
from cnkg.errors import KgError
from cnkg.api.sparql import SOLUTION_ALIASES, SOLUTION_TYPES, Operation, negotiate, serialize_results

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", summary="the named queries with their typed parameters and text",
            responses={200: {"content": {"application/json": {"example": {"items": [{
                "name": "officials", "description": "Officials: who holds which post in which body …",
                "params": [{"name": "within", "type": "iri", "optional": True,
                            "description": "only the officials of this body or of its units"}],
                "text": "SELECT …"}]}}}}})
async def list_queries(service: ServiceDep) -> dict:
    return {"items": [{**q.to_dict(), "text": q.text} for q in service.queries.values()]}


@router.get("/{name}", summary="run a named query; parameters as query-string values",
            responses={200: {"content": {t: {} for t in SOLUTION_TYPES}},
                       400: {"description": "unknown query or parameter, or a value of the wrong type"}},
            openapi_extra={"parameters": [{"name": "within", "in": "query", "required": False,
                                           "schema": {"type": "string"},
                                           "example": "org/国家发展改革委",
                                           "description": "a parameter of the query (see GET /queries)"}]})
async def run_query(name: str, request: Request, service: ServiceDep) -> Response:
    query = service.queries[name]            # KgError (→ 400) for an unknown name
    values = dict(request.query_params)
    for key in values:
        if len(request.query_params.getlist(key)) > 1:
            raise KgError(f"parameter {key} given more than once")
    op = Operation(query.text, substitutions=service.queries.bind(name, values))
    result = await service.runner.run(service.store, op)
    media = negotiate(request.headers.get("accept"), SOLUTION_TYPES, SOLUTION_ALIASES)
    return Response(serialize_results(result, media), media_type=media, headers={"Vary": "Accept"})
