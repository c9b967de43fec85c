"""``create_app()``: wires routers, CORS, limits and exception handlers — nothing else.

Resources (store, label index, entity documents, query workers) open in the lifespan
from :class:`api.settings.Settings`; a test may hand in a ready store instead.

The two hot reads, ``GET /sparql?query=`` and ``GET /entities/{id}``, are answered by
:class:`FastReads`, a pure ASGI layer in front of FastAPI's routing and dependency
injection (which cost more per request than a point look-up itself). It calls the
same functions as the routes (:func:`api.routers.sparql.answer`,
:func:`api.routers.entities.entity_json`) and hands anything unusual (errors the
routes phrase, other parameters) to them; the routes stay for POST, OpenAPI and
those cases.
"""
from __future__ import annotations

import sys
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from cnkg import __version__
from cnkg.api import problems
from cnkg.api.cache import ResponseCache
from cnkg.api.deps import Service
from cnkg.graph.entities import describe_all
from cnkg.api.docs_pages import install_docs
from cnkg.api.routers import articles, documents, entities, graphs, health, ontology, queries, search, sparql
from cnkg.graph.labels import LabelIndex
from cnkg.api.settings import Settings, get_settings
from cnkg.api.query_pool import AnonymousClients
from cnkg.api.sparql import Operation
from cnkg.api.stores import open_backend
from cnkg.graph.protocol import KnowledgeBase
from cnkg.graph.stores import is_remote

STATIC = Path(__file__).parent / "static"


def open_service(settings: Settings, knowledge: KnowledgeBase | None = None) -> Service:
    """Open the store named in the settings (unless given), index it, start the query workers."""
    backend = open_backend(settings, knowledge)
    index = LabelIndex.from_store(backend.knowledge.label_store())
    open_fulltext(backend.knowledge)
    return Service(settings=settings, store=backend.store, index=index, runner=backend.runner,
                   token=None if settings.read_only_store else settings.token(), knowledge=backend.knowledge,
                   graphs=backend.graphs, precompute_details=backend.precompute_details, around=backend.around,
                   details=describe_all(backend.store, index) if backend.precompute_details else None)


def open_fulltext(knowledge) -> None:
    """Open the sentence index now, catching up with the store (graph/fulltext.py), rather
    than on the first search. A read-only store whose index is missing or stale is served
    without it: ``GET /search`` then answers 503 saying how to rebuild it."""
    from cnkg.graph.fulltext import FulltextUnavailable
    if knowledge is None or not hasattr(knowledge, "sync_fulltext"):   # a local store (not the property: it opens)
        return
    try:
        knowledge.fulltext
    except FulltextUnavailable as exc:
        print(f"kg serve: no full-text search: {exc}", file=sys.stderr)


_QUERY_PARAMS = frozenset(("query", "default-graph-uri", "named-graph-uri"))


class FastReads:
    """Pure ASGI: ``GET /sparql?query=…`` and ``GET /entities/{id}`` without routing or
    dependency injection; every other request, and any these cannot answer plainly,
    goes on to the app."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET":
            path = scope["path"]
            if path == "/sparql":
                if await self._sparql(scope, receive, send):
                    return
            elif path.startswith("/entities/") and not path.endswith("/neighbors"):
                service = scope["app"].state.service
                if service.details is not None:     # else look-ups in the store: the route, in a thread
                    body = entities.entity_json(service, path[10:])
                    if body is not None:
                        return await _send(send, 200, b"application/json", body)
        await self.app(scope, receive, send)

    async def _sparql(self, scope, receive, send) -> bool:
        params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        query, default_graphs, named_graphs = [], [], []
        for name, value in params:
            if name not in _QUERY_PARAMS:
                return False        # e.g. update=…: the route says what is wrong
            (query if name == "query" else default_graphs if name == "default-graph-uri" else named_graphs
             ).append(value)
        if len(query) != 1:
            return False
        accept = None
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value.decode("latin-1")
                break
        op = Operation(query[0], default_graphs=default_graphs, named_graphs=named_graphs,
                       base_iri=sparql.endpoint_iri(scope))
        try:
            body, content_type, headers = await sparql.answer(scope["app"].state.service, op, accept)
        except Exception as exc:
            response = problems.response_for(exc)
            if response is None:
                raise
            await response(scope, receive, send)
            return True
        extra = [(k.lower().encode(), v.encode("latin-1")) for k, v in headers.items()]
        await _send(send, 200, content_type.encode(), body, extra)
        return True


async def _send(send, status: int, content_type: bytes, body: bytes, extra: list | None = None) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    if extra:
        headers += extra
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Pure ASGI middleware: 413 for a body over ``limit`` bytes (declared or streamed)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                return await self._refuse(scope, receive, send)
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return message
        try:
            await self.app(scope, limited, send)
        except BodyTooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope, receive, send):
        await problems.problem(413, f"the request body is over the limit of {self.limit} bytes",
                               limit=self.limit)(scope, receive, send)


class BodyTooLarge(Exception):
    pass


def create_app(settings: Settings | None = None, *, knowledge: KnowledgeBase | None = None) -> FastAPI:
    """The service. ``settings`` default to the environment's; ``knowledge`` skips opening a store."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.service = open_service(settings, knowledge)
        try:
            yield
        finally:
            app.state.service.close()

    app = FastAPI(title="Chinese policy news knowledge graph", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,          # served from static/vendor: install_docs
                  responses=problems.error_responses(400, 404, 406, 413, 422, 503),
                  telemetry={"tracing": False, "metrics": False, "logs": False},   # unused: per-request checks
                  description="SPARQL 1.1 Protocol, Graph Store Protocol (read; write with a token) "
                              "and a JSON entity API over the knowledge graph.")
    for module in (sparql, graphs, entities, queries, documents, articles, search, health, ontology):
        app.include_router(module.router)
    install_docs(app)
    app.mount("/", StaticFiles(directory=STATIC, html=True), name="static")

    problems.install(app)            # every error: application/problem+json (RFC 9457)

    # added first = innermost: CORS (outermost) → body limit → response cache → fast reads → routers
    app.add_middleware(FastReads)
    # a remote store may change around the service (a kg build against the same server): no cache
    app.add_middleware(ResponseCache, entries=0 if is_remote(settings.store) else settings.cache_entries)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(AnonymousClients)      # the client address for per-client query limits
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PUT", "DELETE", "HEAD"],
                           allow_headers=["Authorization", "Content-Type", "Accept"])
    return app
