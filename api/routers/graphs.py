"""``/graphs``: the SPARQL 1.1 Graph Store HTTP Protocol, indirect identification
(https://www.w3.org/TR/sparql11-http-rdf-update/), and ``/export`` of the whole dataset.

GET/HEAD read a graph (``?graph=IRI`` or ``?default``) in the negotiated format;
PUT/POST/DELETE need the bearer token. The articles live in named graphs (MODEL.md);
``?default`` is the store's default graph, which holds their union, each triple once
(:mod:`graph.union`): writes to a named graph update it, and a write to ``?default``
itself replaces that view (re-building an article restores its triples there).
"""
from __future__ import annotations

import uuid
from email.parser import BytesParser
from email.policy import HTTP

import pyoxigraph as ox
from anyio import to_thread
from fastapi import APIRouter, HTTPException, Query, Request, Response

from cnkg.api.media import media_type
from cnkg.api.deps import ServiceDep, WriteGuard
from cnkg.api.sparql import GRAPH_ALIASES, GRAPH_FORMATS, ProtocolError, check_rdf_nesting, negotiate
from cnkg.graph.serialize import SERIALIZE_PREFIXES, serialize_quads

router = APIRouter(tags=["graph store"])

EXPORT_FORMATS = {"turtle": ("text/turtle", "ttl"), "trig": ("application/trig", "trig"),
                  "nquads": ("application/n-quads", "nq"), "jsonld": ("application/ld+json", "jsonld")}

_GRAPH_PARAMS = {"parameters": [
    {"name": "graph", "in": "query", "schema": {"type": "string"},
     "example": "https://w3id.org/cnpkg/id/article/smart-city-expo-2020"},
    {"name": "default", "in": "query", "schema": {"type": "string"}, "allowEmptyValue": True},
]}


def _target(request: Request) -> ox.NamedNode | ox.DefaultGraph | None:
    """The graph a request names; None for a bare POST (graph creation).

    Indirect identification: ``/graphs?graph=IRI`` or ``/graphs?default``; direct:
    ``/graphs/<path>``, whose own URL is the graph IRI.
    """
    if request.path_params.get("rest"):
        return ox.NamedNode(str(request.url.replace(query=None)))
    args = request.query_params
    graph, default = args.getlist("graph"), "default" in args
    if graph and default or len(graph) > 1:
        raise ProtocolError("name one graph: ?graph=IRI or ?default")
    if default:
        return ox.DefaultGraph()
    if graph:
        try:
            return ox.NamedNode(graph[0])
        except ValueError as exc:
            raise ProtocolError(f"not an IRI: {graph[0]!r} ({exc})") from None
    return None


def _sync_fulltext(service, graph) -> None:
    """A named graph written: if it is an article's, the full-text index re-reads it."""
    if isinstance(graph, ox.NamedNode):
        service.sync_fulltext([graph.value])


async def _parse_body(request: Request, base: str) -> list[ox.Triple]:
    """The triples of an RDF body (any format pyoxigraph reads) or of every part of a multipart one."""
    content_type = request.headers.get("content-type", "")
    body = await request.body()
    media, _ = media_type(content_type)
    if media.startswith("multipart/"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
        triples = []
        for part in message.iter_parts():
            triples += _parse(part.get_payload(decode=True), part.get_content_type(), base)
        return triples
    return _parse(body, media, base)


def _parse(data: bytes, media: str, base: str) -> list[ox.Triple]:
    fmt = ox.RdfFormat.from_media_type(media) if media else None
    if fmt is None:
        raise HTTPException(415, f"cannot read RDF of media type {media or '(none)'}")
    check_rdf_nesting(data, fmt.media_type)      # before the parser: deep JSON-LD overflows its stack
    return [q.triple for q in ox.parse(data, format=fmt, base_iri=base)]


@router.api_route("/graphs/{rest:path}", methods=["GET", "HEAD"], include_in_schema=False)
@router.head("/graphs", include_in_schema=False)
@router.get("/graphs", summary="one graph in the negotiated RDF format",
                  openapi_extra=_GRAPH_PARAMS)
async def get_graph(request: Request, service: ServiceDep) -> Response:
    graph = _target(request)
    if graph is None:
        raise ProtocolError("name a graph: ?graph=IRI or ?default")
    media = negotiate(request.headers.get("accept"), GRAPH_FORMATS, GRAPH_ALIASES)
    if not await to_thread.run_sync(service.graphs.exists, graph):
        raise HTTPException(404, f"no graph {graph}")

    def dump() -> bytes:
        return service.graphs.dump(graph, GRAPH_FORMATS[media], SERIALIZE_PREFIXES if media == "text/turtle" else None)
    body = await to_thread.run_sync(dump)
    headers = {"Vary": "Accept"}
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(None, headers=headers, media_type=media + "; charset=utf-8")
    return Response(body, headers=headers, media_type=media + "; charset=utf-8")


@router.put("/graphs/{rest:path}", include_in_schema=False, dependencies=[WriteGuard])
@router.put("/graphs", summary="replace a graph (token)", dependencies=[WriteGuard],
            openapi_extra=_GRAPH_PARAMS, status_code=204)
async def put_graph(request: Request, service: ServiceDep) -> Response:
    graph = _target(request)
    if graph is None:
        raise ProtocolError("name a graph: ?graph=IRI or ?default")
    triples = await _parse_body(request, graph.value if isinstance(graph, ox.NamedNode) else str(request.url))
    existed = await to_thread.run_sync(service.graphs.exists, graph)

    def write():
        service.graphs.replace(graph, triples, existed)
        _sync_fulltext(service, graph)
        service.changed()
    await to_thread.run_sync(write)
    created = not existed
    return Response(status_code=201 if created else 204)


@router.post("/graphs/{rest:path}", include_in_schema=False, dependencies=[WriteGuard])
@router.post("/graphs", summary="merge into a graph, or create a new one (token)",
             dependencies=[WriteGuard], openapi_extra=_GRAPH_PARAMS, status_code=204)
async def post_graph(request: Request, service: ServiceDep) -> Response:
    graph = _target(request)
    created = graph is None
    if created:
        graph = ox.NamedNode(str(request.url.replace(query=None)).rstrip("/") + "/" + uuid.uuid4().hex)
    triples = await _parse_body(request, graph.value if isinstance(graph, ox.NamedNode) else str(request.url))
    is_new = created or not await to_thread.run_sync(service.graphs.exists, graph)

    def write():
        service.graphs.add(graph, triples, is_new)
        _sync_fulltext(service, graph)
        service.changed()
    await to_thread.run_sync(write)
    if created:
        return Response(status_code=201, headers={"Location": graph.value})
    return Response(status_code=201 if is_new else 204)


@router.delete("/graphs/{rest:path}", include_in_schema=False, dependencies=[WriteGuard])
@router.delete("/graphs", summary="delete a graph (token)", dependencies=[WriteGuard],
               openapi_extra=_GRAPH_PARAMS, status_code=204)
async def delete_graph(request: Request, service: ServiceDep) -> Response:
    graph = _target(request)
    if graph is None:
        raise ProtocolError("name a graph: ?graph=IRI or ?default")
    if not await to_thread.run_sync(service.graphs.exists, graph):
        raise HTTPException(404, f"no graph {graph}")

    def write():
        service.graphs.drop(graph)
        _sync_fulltext(service, graph)
        service.changed()
    await to_thread.run_sync(write)
    return Response(status_code=204)


@router.get("/export", summary="the whole dataset as a download (canonical, as `kg export`)",
            responses={200: {"content": {m: {} for m, _ in EXPORT_FORMATS.values()}}})
async def export(service: ServiceDep,
                 format: str = Query("turtle", pattern="^(turtle|trig|nquads|jsonld)$",
                                     description="turtle (the union of all graphs), trig, nquads or jsonld")
                 ) -> Response:
    media, extension = EXPORT_FORMATS[format]

    def dump() -> bytes:
        if service.knowledge is not None and hasattr(service.knowledge, "export"):
            return service.knowledge.export(format)
        return serialize_quads(service.store.quads_for_pattern(None, None, None, None), format)
    body = await to_thread.run_sync(dump)
    return Response(body, media_type=media + "; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="kg.{extension}"'})
