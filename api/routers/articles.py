"""The article view: ``GET /articles/{id}`` (HTML), ``GET /documents/{id}/view`` (its JSON),
``GET /articles`` (the stored articles) and ``POST /extract`` (token): the view of a text
run through the extractor without storing it, the preview the upload page shows before
it commits the article with ``POST``/``PUT /documents``.

A preview is bounded like an ingest (the token, the body limit, the id rule) and more:
at most ``max_preview_characters`` characters, one preview at a time (503 with
``Retry-After`` while another runs), and an answer within ``extract_timeout`` seconds:
the extractor runs in a worker process (:mod:`api.extract_pool`) that is killed at
the limit (503), so a long text cannot hold a core after its request has been answered.
"""
from __future__ import annotations

from html import escape
from urllib.parse import quote

from anyio import to_thread
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from cnkg.api.article_page import article_page, not_found_page
from cnkg.api.deps import ServiceDep, WriteGuard
from cnkg.api.problems import error_responses
from cnkg.api.routers.documents import article_in, check_document_id, extract_bounded, hash_id
from cnkg.errors import KgError, NotFound
from cnkg.extract.reader import article_from_text
from cnkg.graph.article_view import article_view
from cnkg.graph.rdf import extraction_to_quads

router = APIRouter(tags=["articles"])

_VIEW_EXAMPLE = {"document": "smart-city-expo-2020", "stored": True, "title": "智慧城市",
                 "text": "…陈洪宛…", "sentences": [{"index": 12, "start": 597, "end": 650}],
                 "entities": [{"id": "person/国家发展改革委/陈洪宛", "type": "Person", "label": "陈洪宛"}],
                 "mentions": [{"id": 40, "entity": "person/国家发展改革委/陈洪宛", "type": "Person",
                               "start": 624, "end": 627, "sentence": 12, "confidence": 0.9}],
                 "facts": [{"id": 3, "subject": "person/国家发展改革委/陈洪宛", "predicate": "holdsPost",
                            "object": "org/国家发展改革委/财政金融和信用建设司", "post": "司长",
                            "sentence": 12, "start": 597, "end": 650, "confidence": 0.9}],
                 "types": [{"type": "Person", "zh": "人物", "en": "Person", "mentions": 10}],
                 "predicates": {"holdsPost": {"zh": "任职于", "en": "holds post in"}},
                 "tree": [{"sentence": 12, "children": ["…", {"mention": 40, "end": True, "children": ["陈洪宛"]}]}]}


def stored_view(service, document: str) -> dict | None:
    """The view of a stored article, or None when the store holds no such article."""
    knowledge = service.knowledge
    if knowledge is None:
        raise HTTPException(501, "this store has no document layer")
    try:
        quads = knowledge.quads(document)
    except KgError:                 # no such graph
        return None
    return article_view(quads, document)


@router.get("/documents/{document}/view", summary="an article's text, mentions and facts (the article view's data)",
            responses={200: {"content": {"application/json": {"example": _VIEW_EXAMPLE}}},
                       **error_responses(404)})
async def document_view(document: str, service: ServiceDep) -> dict:
    check_document_id(document)
    view = await to_thread.run_sync(stored_view, service, document)
    if view is None:
        raise NotFound(f"no document {document!r}")
    return view


@router.get("/articles/{document}", response_class=HTMLResponse, summary="the article view (HTML): its text "
            "with every mention highlighted by type and its facts beside it", responses={404: {
                "description": "no such article", "content": {"text/html": {}}}})
async def article_html(document: str, service: ServiceDep) -> HTMLResponse:
    try:
        check_document_id(document)
        view = await to_thread.run_sync(stored_view, service, document)
    except KgError:
        view = None
    if view is None:
        return HTMLResponse(not_found_page(document), status_code=404)
    return HTMLResponse(article_page(view))


@router.get("/articles", response_class=HTMLResponse, summary="the stored articles (HTML), each linked to its view")
async def articles_html(service: ServiceDep) -> HTMLResponse:
    if service.knowledge is None:
        raise HTTPException(501, "this store has no document layer")
    docs = await to_thread.run_sync(service.knowledge.documents)
    items = "".join(f'<li><a href="/articles/{quote(d.document)}">{escape(d.title or d.document)}</a> '
                    f'<small>{escape(d.document)}{" · " + escape(d.date) if d.date else ""}</small></li>'
                    for d in docs)
    return HTMLResponse(
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>文章 · Articles</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="/article.css"></head><body class="av-page">'
        '<nav class="av-nav"><a href="/">← 知识图谱</a><a href="/upload.html">上传文章</a></nav>'
        f'<main class="av-list"><h1>文章 <small>{len(docs)}</small></h1><ol id="article-list">{items}</ol></main>'
        '</body></html>')


# ----------------------------------------------------------------- preview

@router.post("/extract", summary="preview (token): the article view of a text run through the extractor, "
                                 "nothing stored", dependencies=[WriteGuard],
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                     "text": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"},
                     "source": {"type": "string"}, "date": {"type": "string"}}}},
                 "text/plain": {"schema": {"type": "string"}, "example": "国家发展改革委……"}}}},
             responses={200: {"content": {"application/json": {"example": {**_VIEW_EXAMPLE, "stored": False}}}},
                        **error_responses(400, 401, 413, 415, 503)})
async def extract_preview(request: Request, service: ServiceDep,
                          id: str | None = Query(None, description="the document id for a text/plain body "
                                                                    "(JSON bodies carry `id`)")) -> dict:
    item = await article_in(request)
    given = item.id or item.document or id
    document = check_document_id(given) if given else hash_id(item.text)
    if not item.text.strip():
        raise KgError("the article is empty")
    article = article_from_text(item.text, document=document, title=item.title, source=item.source, date=item.date)
    limit = service.settings.max_preview_characters
    if len(article.text) > limit:
        raise KgError(f"the text has {len(article.text):,} characters, more than the {limit:,} a preview may "
                      "have; send it to POST /documents to store it without a preview")
    extraction = await extract_bounded(service, article, timeout=service.settings.extract_timeout)
    view = article_view(extraction_to_quads(extraction), document, stored=False)
    existing = await to_thread.run_sync(service.knowledge.document, document) if service.knowledge else None
    view["existing"] = None if existing is None else {
        "etag": f'"{existing.content_hash}"', "same_text": existing.content_hash == view["content_hash"],
        "title": existing.title}
    return view
