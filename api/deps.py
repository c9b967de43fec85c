"""Shared dependencies: the service's resources (opened in the app's lifespan) and the write guard.

Every dependency is ``async def``: FastAPI runs a plain ``def`` dependency in its
thread pool, which would cost a thread hop on every request for an attribute read.
"""
from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, HTTPException, Request

from cnkg.api.entities import describe_all
from cnkg.api.search import LabelIndex
from cnkg.api.settings import Settings
from cnkg.api.sparql import QueryRunner
from cnkg.graph.store import KnowledgeStore
from cnkg.queries.registry import QueryRegistry


@dataclass
class Service:
    """Everything a request may need, opened once per process.

    ``store`` is the pyoxigraph store; ``knowledge`` the graph layer's
    ``KnowledgeStore`` around it when available (document ingest, export).
    ``generation`` grows on every write; response caches key on it.
    ``details`` holds each entity's ``GET /entities/{id}`` document as JSON bytes
    (:func:`api.entities.describe_all`); after a write it is rebuilt in a background
    thread and is None meanwhile (requests then use point look-ups).
    """
    settings: Settings
    store: ox.Store
    index: LabelIndex
    runner: QueryRunner
    token: str | None
    knowledge: KnowledgeStore | None = None
    queries: QueryRegistry = field(default_factory=QueryRegistry.load)
    generation: int = 0
    extractor: object | None = None
    details: dict[str, bytes] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def changed(self) -> None:
        """Call after any write: rebuilds the label index, invalidates caches and
        starts rebuilding the entity documents in the background."""
        self.runner.store_changed()           # query worker processes read a fresh checkpoint
        index = LabelIndex.from_store(self.store)
        with self._lock:
            self.index = index
            self.details = None
            self.generation += 1
            generation = self.generation
        threading.Thread(target=self._rebuild_details, args=(index, generation),
                         name="kg-entity-details", daemon=True).start()

    def _rebuild_details(self, index: LabelIndex, generation: int) -> None:
        details = describe_all(self.store, index)
        with self._lock:
            if self.generation == generation:    # no later write made these stale
                self.details = details

    def close(self) -> None:
        self.runner.close()
        if hasattr(self.store, "flush"):
            try:
                self.store.flush()
            except (OSError, RuntimeError):   # nothing to flush in memory; a read-only store refuses
                pass


async def get_service(request: Request) -> Service:
    return request.app.state.service


ServiceDep = Annotated[Service, Depends(get_service)]


async def get_store(request: Request) -> ox.Store:
    return request.app.state.service.store


StoreDep = Annotated[ox.Store, Depends(get_store)]


async def get_index(request: Request) -> LabelIndex:
    return request.app.state.service.index


IndexDep = Annotated[LabelIndex, Depends(get_index)]


def has_token(request: Request) -> bool:
    """Whether the request carries the configured bearer token (never true without one)."""
    token = request.app.state.service.token
    if not token:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


async def require_token(request: Request) -> None:
    """Guard for writes: 403 unless the request carries the bearer token."""
    if not has_token(request):
        raise HTTPException(403, "writes need the bearer token (Authorization: Bearer …); "
                                 "this service is read-only without it")


WriteGuard = Depends(require_token)
