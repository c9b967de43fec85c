"""Every HTTP error as ``application/problem+json`` (RFC 9457).

A problem has ``type`` (``about:blank`` or a page of this service's problem types),
``title`` (the status phrase or the problem type's name), ``status`` and ``detail``
(what went wrong with this request, in words a user can act on); some add members of
their own: a SPARQL syntax error its ``line``, ``column`` and ``found``; a conflict
the ``existing`` document id; a refused limit its ``limit``.

:func:`install` registers the handlers on the app; :func:`response_for` serves the
pure ASGI layers (the fast read path, the body limit) that answer before routing.
"""
from __future__ import annotations

from http import HTTPStatus

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from cnkg.api.sparql import NotAcceptable, ProtocolError, QueryTimeout, WorkerCrashed
from cnkg.api.syntax import SparqlSyntaxError
from cnkg.errors import Conflict, KgError, NotFound
from cnkg.graph.remote import ServerError, ServerUnreachable

MEDIA_TYPE = "application/problem+json"
TYPES = "https://w3id.org/cnpkg/problems/"


def problem_bytes(status: int, detail: str, *, type_: str = "about:blank", title: str | None = None,
                  **members) -> bytes:
    """The JSON body of a problem."""
    body = {"type": type_, "title": title or HTTPStatus(status).phrase, "status": status, "detail": detail}
    body.update({k: v for k, v in members.items() if v is not None})
    return orjson.dumps(body)


def problem(status: int, detail: str, *, headers: dict[str, str] | None = None, **members) -> Response:
    return Response(problem_bytes(status, detail, **members), status_code=status,
                    media_type=MEDIA_TYPE, headers=headers)


def classify(exc: BaseException) -> tuple[int, dict] | None:
    """(status, problem members) for the errors a request can cause; None for a bug."""
    if isinstance(exc, SparqlSyntaxError):
        return 400, {"type_": TYPES + "sparql-syntax", "title": "SPARQL syntax error",
                     "detail": str(exc), **exc.syntax.to_dict()}
    if isinstance(exc, SyntaxError):          # pyoxigraph's, for RDF bodies and queries not explained
        return 400, {"type_": TYPES + "syntax", "title": "Syntax error", "detail": str(exc)}
    if isinstance(exc, NotAcceptable):
        return 406, {"detail": str(exc)}
    if isinstance(exc, WorkerCrashed):
        return 500, {"type_": TYPES + "worker-crashed", "title": "Query worker crashed", "detail": str(exc)}
    if isinstance(exc, QueryTimeout):
        return 503, {"type_": TYPES + "query-timeout", "title": "Query timed out", "detail": str(exc)}
    if isinstance(exc, ProtocolError):
        return 400, {"detail": str(exc), "limit": getattr(exc, "limit", None)}
    if isinstance(exc, ServerUnreachable):   # a remote store's server is down or too slow
        return 503, {"type_": TYPES + "store-unreachable", "title": "Store unreachable",
                     "detail": f"the SPARQL server holding the graph did not answer: {exc}"}
    if isinstance(exc, ServerError):         # … or answered with an error
        return 502, {"type_": TYPES + "store-error", "title": "Store error",
                     "detail": f"the SPARQL server holding the graph failed: {exc}"}
    if isinstance(exc, NotFound):
        return 404, {"detail": str(exc)}
    if isinstance(exc, Conflict):
        return 409, {"detail": str(exc), "existing": exc.existing}
    if isinstance(exc, KgError):
        return 400, {"detail": str(exc)}
    return None


def _headers(status: int, extra: dict | None = None) -> dict[str, str] | None:
    headers = dict(extra or {})
    if status == 401:
        headers.setdefault("WWW-Authenticate", 'Bearer realm="cnkg"')
    return headers or None


def response_for(exc: BaseException) -> Response | None:
    """The problem response for an error a request can cause (None for a bug): the route
    handlers' answer, and the pure ASGI fast path's (:class:`api.app.FastReads`)."""
    known = classify(exc)
    if known is None:
        return None
    status, members = known
    detail = members.pop("detail")
    return problem(status, detail, headers=_headers(status, getattr(exc, "headers", None)), **members)


async def _known(request: Request, exc: Exception) -> Response:
    return response_for(exc)


async def _http(request: Request, exc: StarletteHTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else orjson.dumps(exc.detail).decode()
    return problem(exc.status_code, detail, headers=_headers(exc.status_code, exc.headers))


async def _validation(request: Request, exc: RequestValidationError) -> Response:
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
    detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors) or "invalid request"
    return problem(422, detail, errors=errors)


async def _bug(request: Request, exc: Exception) -> Response:
    return problem(500, "the server failed on this request; it has been logged")


def install(app: FastAPI) -> None:
    """Answer every error raised while handling a request as a problem."""
    for kind in (SparqlSyntaxError, SyntaxError, NotAcceptable, QueryTimeout, ProtocolError, KgError, WorkerCrashed,
                 ServerUnreachable):
        app.add_exception_handler(kind, _known)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(Exception, _bug)


#: how the OpenAPI schema describes an error response
PROBLEM_SCHEMA = {"content": {MEDIA_TYPE: {"schema": {
    "type": "object", "required": ["type", "title", "status", "detail"],
    "properties": {"type": {"type": "string"}, "title": {"type": "string"},
                   "status": {"type": "integer"}, "detail": {"type": "string"}}}}}}


def error_responses(*statuses: int) -> dict:
    """``responses=`` for a route: each status described as a problem."""
    return {s: {"description": HTTPStatus(s).phrase, **PROBLEM_SCHEMA} for s in statuses}
