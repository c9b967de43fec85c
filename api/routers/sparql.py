"""``/sparql``: the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/).

Queries: GET ``?query=``, POST form ``query=``, POST ``application/sparql-query``,
with ``default-graph-uri`` / ``named-graph-uri``. Updates: POST form ``update=`` or
``application/sparql-update`` with ``using-graph-uri`` / ``using-named-graph-uri``,
only with the bearer token (401 otherwise). Without a protocol or query dataset the
default graph is the union of the articles' named graphs, each triple once (graph.union).
Errors are problem+json; a syntax error gives its line, column and what was found.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request, Response

from cnkg.api.media import charset, media_type
from cnkg.api.deps import Service, ServiceDep, write_refusal
from cnkg.api.syntax import SparqlSyntaxError, explain
from cnkg.api.problems import error_responses
from cnkg.api.sparql import (BOOLEAN_TYPES, GRAPH_ALIASES, GRAPH_FORMATS, SOLUTION_ALIASES,
                        SOLUTION_TYPES, Operation, ProtocolError, apply_using, negotiate, scan_off_loop,
                        serialize_results)

router = APIRouter(prefix="/sparql", tags=["sparql"])

_PARAMS = {
    "parameters": [
        {"name": "query", "in": "query", "schema": {"type": "string"},
         "example": 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
                    'SELECT ?e WHERE { ?e rdfs:label "陈洪宛"@zh }'},
        {"name": "default-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "named-graph-uri", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    ],
    "responses": {"200": {"content": {t: {} for t in (*SOLUTION_TYPES, *GRAPH_FORMATS)}},
                  **error_responses(400, 401, 406, 503)},
}


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(f"give exactly one {name} parameter, not {len(values)}")
    return values[0] if values else None


def _decode(body: bytes, content_type: str) -> str:
    given = charset(content_type)
    if given and given.lower() not in ("utf-8", "utf8"):
        raise ProtocolError(f"the body must be UTF-8, not {given}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"the body is not UTF-8: {exc}") from None


async def _operation(request: Request) -> Operation:
    """Decode a protocol request into one query or update operation."""
    args = request.query_params
    if request.method == "GET":
        if args.getlist("update"):
            raise ProtocolError("updates must be sent with POST")
        query = _one(args.getlist("query"), "query")
        if query is None:
            raise ProtocolError("give a query: GET /sparql?query=…")
        return Operation(query, default_graphs=args.getlist("default-graph-uri"),
                         named_graphs=args.getlist("named-graph-uri"))
    content_type = request.headers.get("content-type", "")
    media, _ = media_type(content_type)
    body = await request.body()
    if media == "application/x-www-form-urlencoded":
        form = parse_qs(_decode(body, content_type), keep_blank_values=True)
        queries, updates = form.get("query", []), form.get("update", [])
        if queries and updates:
            raise ProtocolError("give either query or update, not both")
        if not queries and not updates:
            raise ProtocolError("the form has neither a query nor an update parameter")

        def both(name: str) -> list[str]:
            return args.getlist(name) + form.get(name, [])
        if queries:
            return Operation(_one(queries, "query"), default_graphs=both("default-graph-uri"),
                             named_graphs=both("named-graph-uri"))
        return Operation(_one(updates, "update"), is_update=True,
                         default_graphs=both("using-graph-uri"), named_graphs=both("using-named-graph-uri"))
    if media == "application/sparql-query":
        return Operation(_decode(body, content_type), default_graphs=args.getlist("default-graph-uri"),
                         named_graphs=args.getlist("named-graph-uri"))
    if media == "application/sparql-update":
        return Operation(_decode(body, content_type), is_update=True,
                         default_graphs=args.getlist("using-graph-uri"),
                         named_graphs=args.getlist("using-named-graph-uri"))
    raise HTTPException(415, "POST needs Content-Type application/sparql-query, application/sparql-update "
                             f"or application/x-www-form-urlencoded, not {media or 'none'}")


_HOST = re.compile(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


def endpoint_iri(scope) -> str:
    """The request's URL without its query string (as Starlette's ``request.url`` builds
    it, without the parsing): the base for relative IRIs in a query."""
    host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
    if host is None or not _HOST.fullmatch(host):
        name, port = scope.get("server") or ("localhost", None)
        host = name if port in (None, 80, 443) else f"{name}:{port}"
    return f"{scope.get('scheme', 'http')}://{host}{scope['path']}"


async def answer(service: Service, op: Operation, accept: str | None) -> tuple[bytes, str, dict[str, str]]:
    """Evaluate a query and write it in the negotiated format: (body, content type, headers).

    Shared by the route and the fast path (:class:`api.app.FastReads`).

    :raises ProtocolError, SyntaxError, NotAcceptable, QueryTimeout: mapped to 400/400/406/503.
    """
    op.scanned = op.scanned or await scan_off_loop(op.text)
    op.scanned.check_remote(allow=service.settings.allow_service)
    try:
        result = await service.runner.run(service.store, op)
    except SyntaxError as exc:
        raise SparqlSyntaxError(explain(op.text, exc)) from None
    if result.kind == "graph":
        media = negotiate(accept, GRAPH_FORMATS, GRAPH_ALIASES)
        content_type = media + "; charset=utf-8"
    else:
        media = negotiate(accept, SOLUTION_TYPES if result.kind == "solutions" else BOOLEAN_TYPES,
                          SOLUTION_ALIASES)
        content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    headers = {"Vary": "Accept"}
    if result.truncated:
        headers["KG-Results-Truncated"] = f"max_rows={service.settings.max_rows}"
    return serialize_results(result, media), content_type, headers


def _after_update(service: Service) -> None:
    """An update may have changed any article graph: the full-text index catches up with
    every article whose fingerprint changed, then caches and indexes are renewed."""
    service.sync_fulltext(None)
    service.changed()


async def _handle(request: Request, service: ServiceDep) -> Response:
    op = await _operation(request)
    op.base_iri = endpoint_iri(request.scope)   # relative IRIs resolve against the endpoint
    if op.is_update:
        op.scanned = await scan_off_loop(op.text)
        op.scanned.check_remote(allow=service.settings.allow_service)
        refusal = write_refusal(request, "updates")
        if refusal is not None:
            raise refusal
        text = op.text
        op.text = apply_using(op.text, op.default_graphs, op.named_graphs)
        op.scanned = None                       # the USING clauses changed the text
        try:
            await service.runner.run(service.store, op, after=lambda: _after_update(service))
        except SyntaxError as exc:
            raise SparqlSyntaxError(explain(text, exc, update=True)) from None
        return Response(status_code=204)
    body, content_type, headers = await answer(service, op, request.headers.get("accept"))
    return Response(body, headers=headers, media_type=content_type)


@router.get("", summary="SPARQL query (GET)", openapi_extra=_PARAMS)
async def sparql_get(request: Request, service: ServiceDep) -> Response:
    return await _handle(request, service)


@router.post("", summary="SPARQL query or update (POST: form, sparql-query or sparql-update body)",
             openapi_extra={"responses": _PARAMS["responses"]})
async def sparql_post(request: Request, service: ServiceDep) -> Response:
    return await _handle(request, service)
