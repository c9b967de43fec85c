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
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from cnkg.api.extract_pool import PreviewExtractor
from cnkg.graph.entities import describe_all
from cnkg.graph.labels import LabelIndex
from cnkg.api.settings import Settings
from cnkg.api.sparql import QueryRunner
from cnkg.graph.protocol import KnowledgeBase
from cnkg.queries.registry import QueryRegistry


@dataclass
class Service:
    """Everything a request may need, opened once per process.

    ``store`` is the pyoxigraph store (or :class:`api.remote.RemoteGraph`, which answers
    the same calls from a SPARQL server); ``knowledge`` the graph layer's store around it
    when available (document ingest, export, the label index); ``graphs`` the Graph
    Store operations (:class:`api.graph_store.LocalGraphs` or the ``RemoteGraph``).
    ``generation`` grows on every write; response caches key on it.
    ``details`` holds each entity's ``GET /entities/{id}`` document as JSON bytes
    (:func:`graph.entities.describe_all`); after a write it is rebuilt in a background
    thread and is None meanwhile (requests then use point look-ups); with
    ``precompute_details`` false (a remote store: reading every relation would copy the
    graph) it stays None.
    """
    settings: Settings
    store: ox.Store
    index: LabelIndex
    runner: QueryRunner
    token: str | None
    knowledge: KnowledgeBase | None = None
    graphs: object | None = None
    precompute_details: bool = True
    around: object | None = None      # iri -> a store holding what describing it reads (else ``store``)
    queries: QueryRegistry = field(default_factory=QueryRegistry.load)
    generation: int = 0
    extractor: object | None = None
    details: dict[str, bytes] | None = None
    previews: PreviewExtractor = field(default_factory=PreviewExtractor)    # POST /extract's worker process
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def sync_fulltext(self, graphs: list[str] | None = None) -> None:
        """After a write through the raw store (Graph Store, SPARQL update): the full-text
        index re-reads these graphs, or (None) every article whose fingerprint changed.
        Writes through ``knowledge`` (``/documents``) keep it in step themselves."""
        sync = getattr(self.knowledge, "sync_fulltext", None)
        if sync is not None:
            sync(graphs)

    def changed(self) -> None:
        """Call after any write: rebuilds the label index, invalidates caches and
        starts rebuilding the entity documents in the background."""
        self.runner.store_changed()           # query worker processes read a fresh checkpoint
        index = LabelIndex.from_store(self.knowledge.label_store() if self.knowledge is not None else self.store)
        with self._lock:
            self.index = index
            self.details = None
            self.generation += 1
            generation = self.generation
        if not self.precompute_details:
            return
        threading.Thread(target=self._rebuild_details, args=(index, generation),
                         name="kg-entity-details", daemon=True).start()

    def _rebuild_details(self, index: LabelIndex, generation: int) -> None:
        details = describe_all(self.store, index)
        with self._lock:
            if self.generation == generation:    # no later write made these stale
                self.details = details

    def __post_init__(self) -> None:
        if self.graphs is None:
            from cnkg.api.graph_store import LocalGraphs
            self.graphs = LocalGraphs(self.store)

    def close(self) -> None:
        self.runner.close()
        self.previews.close()
        if hasattr(self.store, "flush"):
            try:
                self.store.flush()
            except (OSError, RuntimeError):   # nothing to flush in memory; a read-only store refuses
                pass
        if hasattr(self.store, "close"):      # a remote store's connections
            self.store.close()


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


def unauthorized(detail: str) -> HTTPException:
    """401 with the challenge RFC 6750 asks for: a missing or wrong token. (403 would mean
    a valid token without the right; the one token this service knows has every right.)"""
    return HTTPException(401, detail, headers={"WWW-Authenticate": 'Bearer realm="cnkg"'})


#: declares the bearer scheme in the OpenAPI schema; the check itself is :func:`has_token`
bearer = HTTPBearer(auto_error=False, description="the token of the service's --token-file")


def write_refusal(request: Request, what: str = "writes") -> HTTPException | None:
    """Why a write may not go ahead: 403 on a service over a read-only store (no token
    has that right there), 401 without the right token; None when it may."""
    service = request.app.state.service
    if service.settings.read_only_store:
        return HTTPException(403, f"{what} are refused: this service serves a read-only store")
    if not has_token(request):
        return unauthorized(f"{what} need the bearer token (Authorization: Bearer …); "
                            "this service is read-only without it")
    return None


async def require_token(request: Request,
                        _: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> None:
    """Guard for writes: 401 unless the request carries the bearer token (403 on a read-only store)."""
    refusal = write_refusal(request)
    if refusal is not None:
        raise refusal


WriteGuard = Depends(require_token)
