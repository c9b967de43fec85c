"""``/documents``: list, ingest (token) and delete (token) articles, one named graph each."""
from __future__ import annotations

import hashlib

import orjson
from anyio import to_thread
from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel, Field, ValidationError

from cnkg.api.deps import ServiceDep, WriteGuard
from cnkg.api.errors import KgError
from cnkg.extract.reader import article_from_text, decode, document_id
from cnkg.graph.namespaces import article_iri

router = APIRouter(prefix="/documents", tags=["documents"])


class ArticleIn(BaseModel):
    """An article to ingest; ``document`` defaults to an id made from the title (or the text's hash)."""
    text: str = Field(min_length=1)
    title: str | None = None
    source: str | None = None
    date: str | None = None
    document: str | None = None

    model_config = {"json_schema_extra": {"examples": [{
        "text": "国家发展改革委财政金融和信用建设司司长陈洪宛在主题演讲中说。",
        "title": "智慧城市", "source": "http://www.example.org/news/1", "date": "2020-12-01"}]}}


def _knowledge(service):
    if service.knowledge is None:
        raise HTTPException(501, "this store has no document layer")
    return service.knowledge


def get_extractor(service):
    """The extractor, loaded once per process on first use (spaCy + jieba take seconds)."""
    if service.extractor is None:
        from cnkg.extract.pipeline import Extractor
        service.extractor = Extractor.load()
    return service.extractor


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


def _charset(request: Request) -> str | None:
    for param in request.headers.get("content-type", "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


@router.post("", summary="ingest an article (token): text/plain UTF-8, or JSON", status_code=201,
             dependencies=[WriteGuard],
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": ArticleIn.model_json_schema()},
                 "text/plain": {"schema": {"type": "string"}, "example": "国家发展改革委……"}}}},
             responses={201: {"content": {"application/json": {"example": {
                 "document": "智慧城市", "graph": "https://w3id.org/cnpkg/id/article/智慧城市",
                 "quads": 120, "entities": 9, "relations": 7}}}}})
async def post_document(request: Request, service: ServiceDep) -> dict:
    media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    body = await request.body()
    if media == "application/json":
        try:
            item = ArticleIn.model_validate(orjson.loads(body))
        except orjson.JSONDecodeError as exc:
            raise HTTPException(400, f"not JSON: {exc}") from None
        except ValidationError as exc:     # not an article object: 422, not 500
            raise HTTPException(422, exc.errors(include_url=False, include_context=False,
                                                include_input=False)) from None
    elif media in ("text/plain", ""):
        try:                               # the decoder of kg build: UTF-8/16, GB18030, Big5; NUL refused
            item = ArticleIn(text=decode(body, name="the body", charset=_charset(request)))
        except ValidationError:            # an empty body
            raise HTTPException(400, "the article is empty") from None
    else:
        raise HTTPException(415, "send text/plain (UTF-8) or application/json")
    if not item.text.strip():
        raise KgError("the article is empty")
    if item.document:
        document = document_id(item.document)
    elif item.title:
        document = document_id(item.title)
    else:
        document = "doc-" + hashlib.sha256(item.text.encode()).hexdigest()[:12]
    article = article_from_text(item.text, document=document, title=item.title,
                                source=item.source, date=item.date)

    def ingest() -> dict:
        extraction = get_extractor(service).extract(article)
        quads = _knowledge(service).replace_document(extraction)
        service.changed()
        return {"document": document, "graph": article_iri(document).value, "quads": quads,
                "entities": len(extraction.entities), "relations": len(extraction.relations)}
    return await to_thread.run_sync(ingest)


@router.delete("/{document}", summary="remove an article's graph (token)", status_code=204,
               dependencies=[WriteGuard], responses={404: {"description": "no such document"}})
async def delete_document(document: str, service: ServiceDep) -> Response:
    def remove() -> bool:
        removed = _knowledge(service).remove_document(document)
        if removed:
            service.changed()
        return removed
    if not await to_thread.run_sync(remove):
        raise HTTPException(404, f"no document {document!r}")
    return Response(status_code=204)
