"""``create_app()``: wires routers, CORS, limits and exception handlers — nothing else.

Resources (store, label index, query workers) open in the lifespan from
:class:`api.settings.Settings`; a test may hand in a ready store instead.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles

from api.cache import ResponseCache
from api.deps import Service
from api.errors import KgError
from api.routers import documents, entities, graphs, health, queries, sparql
from api.search import LabelIndex
from api.settings import Settings, get_settings
from api.sparql import NotAcceptable, ProtocolError, QueryRunner, QueryTimeout
from api.stores import open_store, raw_store
from graph.store import KnowledgeStore

STATIC = Path(__file__).parent / "static"


def open_service(settings: Settings, knowledge: KnowledgeStore | None = None) -> Service:
    """Open the store named in the settings (unless given), index it, start the query workers."""
    if knowledge is None:
        store, knowledge = open_store(settings.store)
    else:
        store = raw_store(knowledge)
    runner = QueryRunner(timeout=settings.query_timeout, max_concurrent=settings.max_concurrent_queries,
                         max_rows=settings.max_rows)
    return Service(settings=settings, store=store, index=LabelIndex.from_store(store), runner=runner,
                   token=settings.token(), knowledge=knowledge)


class BodyLimit:
    """Pure ASGI middleware: 413 for a body over ``limit`` bytes (declared or streamed)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                return await PlainTextResponse(f"request body over {self.limit} bytes", 413)(scope, receive, send)
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
            await PlainTextResponse(f"request body over {self.limit} bytes", 413)(scope, receive, send)


class BodyTooLarge(Exception):
    pass


def _text(status: int):
    async def handler(request: Request, exc: Exception):
        return PlainTextResponse(str(exc), status_code=status)
    return handler


def create_app(settings: Settings | None = None, *, knowledge: KnowledgeStore | None = None) -> FastAPI:
    """The service. ``settings`` default to the environment's; ``knowledge`` skips opening a store."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.service = open_service(settings, knowledge)
        try:
            yield
        finally:
            app.state.service.close()

    app = FastAPI(title="Chinese policy news knowledge graph", version="0.1.0", lifespan=lifespan,
                  description="SPARQL 1.1 Protocol, Graph Store Protocol (read; write with a token) "
                              "and a JSON entity API over the knowledge graph.")
    for module in (sparql, graphs, entities, queries, documents, health):
        app.include_router(module.router)
    app.mount("/", StaticFiles(directory=STATIC, html=True), name="static")

    app.add_exception_handler(SyntaxError, _text(400))       # pyoxigraph: malformed query or RDF
    app.add_exception_handler(ProtocolError, _text(400))
    app.add_exception_handler(KgError, _text(400))
    app.add_exception_handler(NotAcceptable, _text(406))
    app.add_exception_handler(QueryTimeout, _text(503))

    # added first = innermost: CORS (outermost) → body limit → response cache → routers
    app.add_middleware(ResponseCache, entries=settings.cache_entries)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PUT", "DELETE", "HEAD"],
                           allow_headers=["Authorization", "Content-Type", "Accept"])
    return app
