"""``/documents``: list, ingest (token) and delete (token) articles, one named graph each.

Ingest never loses data: an article's id is the one given (JSON ``id``, or
``PUT /documents/{id}``) or made from its content hash, never from its title; ids
outside :data:`DOCUMENT_ID` are refused rather than rewritten, so two ids never share a
graph; a second text under a stored id is refused (409, naming it) unless the request
asks to replace it (``If-Match: <ETag>`` or ``?replace=true``).
"""
from __future__ import annotations

import math
import re
from urllib.parse import quote

import orjson
from anyio import to_thread
from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, ValidationError

from cnkg.api.media import charset, media_type
from cnkg.api.deps import ServiceDep, WriteGuard
from cnkg.api.extract_pool import PreviewBusy, PreviewTimeout
from cnkg.api.problems import error_responses
from cnkg.errors import Conflict, KgError, NotFound
from cnkg.extract.reader import article_from_text, clean_text, decode
from cnkg.graph.sources import content_hash
from cnkg.graph.namespaces import article_iri

router = APIRouter(prefix="/documents", tags=["documents"])


#: what a document id may hold: letters and digits of any script, "." "_" "-"; 1–120 characters
DOCUMENT_ID = re.compile(r"[^\W][\w.\-]{0,119}")
ID_RULE = ("1–120 characters: letters or digits of any script, '.', '_' or '-', "
           "starting with a letter or digit")


class ArticleIn(BaseModel):
    """An article to ingest. Its id is ``id`` when given, else made from the text's hash:
    never from the title, so two articles with one title stay two articles."""
    text: str = Field(min_length=1)
    id: str | None = Field(None, description="the document id: " + ID_RULE)
    title: str | None = None
    source: str | None = None
    date: str | None = None
    document: str | None = Field(None, description="older name of `id`")

    model_config = {"json_schema_extra": {"examples": [{
        "id": "ndrc-smart-city-2020",
        "text": "国家发展改革委财政金融和信用建设司司长陈洪宛在主题演讲中说。",
        "title": "智慧城市", "source": "http://www.example.org/news/1", "date": "2020-12-01"}]}}


def check_document_id(document: str) -> str:
    """The id as given, or 400: ids are never rewritten, so two ids never share a graph."""
    if not DOCUMENT_ID.fullmatch(document) or not document.isprintable():
        raise KgError(f"document id {document!r} is not allowed: {ID_RULE}")
    return document


def hash_id(text: str) -> str:
    """The id of an article posted without one: from its content hash."""
    return "doc-" + content_hash(clean_text(text)).removeprefix("sha256:")[:16]


def _knowledge(service):
    if service.knowledge is None:
        raise HTTPException(501, "this store has no document layer")
    return service.knowledge


async def extract_bounded(service, article, *, timeout: float, wait: float = 0.0):
    """The article's extraction in the service's extraction worker process, which is killed
    at ``timeout`` (spaCy and ONNX Runtime cannot be stopped in a thread, and a native
    crash there must not take the service down). An extractor given to the service
    (``Service.extractor``, for an embedding application) runs in a thread instead.

    :raises HTTPException: 503 with ``Retry-After`` when the worker is busy past ``wait``
        or the extraction passes ``timeout``.
    """
    if service.extractor is not None:
        return await to_thread.run_sync(service.extractor.extract, article)
    try:
        return await to_thread.run_sync(lambda: service.previews.extract(article, timeout, wait=wait))
    except PreviewBusy:
        raise HTTPException(503, "another article is being extracted; try again in a few seconds",
                            headers={"Retry-After": "5"}) from None
    except PreviewTimeout:
        raise HTTPException(503, f"the extraction did not finish within {timeout:g} s and was stopped; "
                                 "try a shorter text", headers={"Retry-After": str(math.ceil(timeout))}) from None


@router.get("", summary="the articles in the store",
            responses={200: {"content": {"application/json": {"example": {"items": [{
                "document": "smart-city-expo-2020",
                "graph": "https://w3id.org/cnpkg/id/article/smart-city-expo-2020",
                "title": "智慧城市：真正的“智慧”是让人民更满意，让生活更美好", "date": None,
                "source": "data/articles/smart-city-expo-2020.txt",
                "content_hash": "sha256:…", "extractor_version": "kg-extract/0.1.0"}]}}}}})
async def list_documents(service: ServiceDep) -> dict:
    docs = await to_thread.run_sync(_knowledge(service).documents)
    return {"items": [d.__dict__ for d in docs]}


_INGEST_DOC = {
    "dependencies": [WriteGuard], "status_code": 201,
    "openapi_extra": {"requestBody": {"content": {
        "application/json": {"schema": ArticleIn.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}, "example": "国家发展改革委……"}}}},
    "responses": {201: {"content": {"application/json": {"example": {
        "document": "ndrc-smart-city-2020", "graph": "https://w3id.org/cnpkg/id/article/ndrc-smart-city-2020",
        "quads": 120, "entities": 9, "relations": 7}}}},
        200: {"description": "the same text was already stored under this id: nothing changed"},
        **error_responses(401, 409, 412, 415)}}


async def article_in(request: Request) -> ArticleIn:
    """The posted article: JSON (UTF-8), or a text body in any encoding ``kg build`` reads."""
    media, _ = media_type(request.headers.get("content-type"))
    body = await request.body()
    if media == "application/json":
        try:
            return ArticleIn.model_validate(orjson.loads(body))
        except orjson.JSONDecodeError as exc:
            raise KgError(f"not JSON: {exc}") from None
        except ValidationError as exc:     # not an article object: 422, not 500
            raise HTTPException(422, exc.errors(include_url=False, include_context=False,
                                                include_input=False)) from None
    if media in ("text/plain", ""):
        text = decode(body, name="the request body", charset=charset(request.headers.get("content-type")))   # kg build's decoder; NUL refused
        if not text.strip():
            raise KgError("the article is empty")
        return ArticleIn(text=text)
    raise HTTPException(415, "send text/plain or application/json")


@router.post("", summary="ingest an article (token): text/plain or JSON; its id from `id` or the text's hash",
             **_INGEST_DOC)
async def post_document(request: Request, service: ServiceDep, response: Response,
                        replace: bool = Query(False, description="replace a stored article of the same id")) -> dict:
    item = await article_in(request)
    given = item.id or item.document
    document = check_document_id(given) if given else hash_id(item.text)
    return await _ingest(service, request, response, item, document, replace)


@router.put("/{document}", summary="ingest an article under this id (token); replacing needs "
                                   "If-Match or ?replace=true", **_INGEST_DOC)
async def put_document(document: str, request: Request, service: ServiceDep, response: Response,
                       replace: bool = Query(False, description="replace a stored article of the same id")) -> dict:
    check_document_id(document)
    item = await article_in(request)
    if (item.id or item.document) not in (None, document):
        raise KgError(f"the body's id {item.id or item.document!r} differs from the URL's {document!r}")
    return await _ingest(service, request, response, item, document, replace)


async def _ingest(service, request: Request, response: Response, item: ArticleIn, document: str,
                  replace: bool) -> dict:
    """Store the article, never replacing another text without being asked (409/412)."""
    if not item.text.strip():
        raise KgError("the article is empty")
    knowledge = _knowledge(service)
    article = article_from_text(item.text, document=document, title=item.title,
                                source=item.source, date=item.date)
    new_hash = content_hash(article.text)      # as the store records it: of the text as read
    existing = await to_thread.run_sync(knowledge.document, document)
    if_match = request.headers.get("if-match")
    if existing is not None:
        etag = f'"{existing.content_hash}"'
        if existing.content_hash == new_hash and not replace and if_match is None:
            response.status_code = 200
            response.headers["ETag"] = etag
            return {"document": document, "graph": existing.graph, "unchanged": True}
        if if_match is not None and if_match.strip() not in ("*", etag):
            raise HTTPException(412, f"document {document!r} is at {etag}, not {if_match}")
        if if_match is None and not replace:
            raise Conflict(f"a document {document!r} is already stored (content {existing.content_hash}); "
                           "send If-Match: <its ETag> or ?replace=true to replace it", existing=document)
    elif if_match is not None and if_match.strip() != "*":
        raise HTTPException(412, f"no document {document!r} to match {if_match}")

    timeout = service.settings.ingest_timeout
    extraction = await extract_bounded(service, article, timeout=timeout, wait=timeout)

    def ingest() -> dict:
        quads = knowledge.replace_document(extraction)
        service.changed()
        return {"document": document, "graph": article_iri(document).value, "quads": quads,
                "entities": len(extraction.entities), "relations": len(extraction.relations)}
    out = await to_thread.run_sync(ingest)
    response.headers["Location"] = f"/documents/{quote(document)}"
    response.headers["ETag"] = f'"{new_hash}"'
    response.status_code = 200 if existing is not None else 201
    return out


@router.delete("/{document}", summary="remove an article's graph (token)", status_code=204,
               dependencies=[WriteGuard], responses=error_responses(401, 404))
async def delete_document(document: str, service: ServiceDep) -> Response:
    def remove() -> bool:
        removed = _knowledge(service).remove_document(document)
        if removed:
            service.changed()
        return removed
    if not await to_thread.run_sync(remove):
        raise NotFound(f"no document {document!r}")
    return Response(status_code=204)
