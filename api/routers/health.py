"""``/health`` and ``/stats``."""
from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter

from cnkg.api.deps import ServiceDep
from cnkg.graph import union

router = APIRouter(tags=["service"])


@router.get("/health", summary="liveness: answers while queries run",
            responses={200: {"content": {"application/json": {"example": {"status": "ok"}}}}})
async def health() -> dict:
    return {"status": "ok"}


@router.get("/stats", summary="counts of triples, graphs, entities by type, running queries",
            responses={200: {"content": {"application/json": {"example": {
                "quads": 1234, "graphs": 2, "entities": 87,
                "entities_by_type": {"Agency": 12, "Person": 3}, "queries_running": 0,
                "read_only": True}}}}})
async def stats(service: ServiceDep) -> dict:
    by_type: dict[str, int] = {}
    for info in service.index.entities.values():
        for t in info.types:
            by_type[t] = by_type.get(t, 0) + 1
    def counts() -> tuple[int, int, int]:       # off the event loop: a remote store asks its server
        union_size = union.default_graph_size(service.store)
        return len(service.store) - union_size, union_size, sum(1 for _ in service.store.named_graphs())
    quads, triples, graphs = await to_thread.run_sync(counts)
    return {"quads": quads, "triples": triples, "graphs": graphs,
            "entities": len(service.index), "entities_by_type": by_type,
            "queries_running": service.runner.busy, "read_only": service.token is None,
            "generation": service.generation}
