"""The article view over real HTTP (issue 14, items 4 and 8): ``GET /documents/{id}/view``,
``GET /articles/{id}`` (HTML), ``GET /articles`` and the token-protected preview
``POST /extract`` — a real uvicorn server, a real store, the real extractor."""
from __future__ import annotations

import os

import httpx
import pytest

from cnkg.api.app import create_app
from cnkg.extract.pipeline import Extractor
from cnkg.graph.article_view import article_view
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.store import KnowledgeStore
from sample_extraction import CHEN, DOC, TEXT, sample_extraction
from server_fixture import TOKEN, live_server, settings_for

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = "国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场，推动5G和人工智能发展。"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture
def server(tmp_path, extractor):
    kb = KnowledgeStore(":memory:")
    kb.replace_document(sample_extraction())
    app = create_app(settings_for(tmp_path, token=True, max_preview_characters=2_000), knowledge=kb)
    with live_server(app) as base:
        with httpx.Client(base_url=base, timeout=60) as client:
            client.app = app
            yield client


def _flatten(nodes) -> str:
    return "".join(n if isinstance(n, str) else _flatten(n["children"]) for n in nodes)


def _marks(nodes, out=None) -> list[dict]:
    out = [] if out is None else out
    for n in nodes:
        if isinstance(n, dict):
            if "mention" in n:
                out.append(n)
            _marks(n["children"], out)
    return out


# ----------------------------------------------------------------- the view's data

def test_the_view_holds_the_text_its_mentions_and_facts_at_their_offsets(server):
    r = server.get(f"/documents/{DOC}/view")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    view = r.json()
    assert view["text"] == TEXT and view["stored"] is True and view["title"] == "智慧城市博览会开幕"
    ex = sample_extraction()
    expected = sorted((m.start, m.end, e.key) for e in ex.entities for m in e.mentions)
    assert sorted((m["start"], m["end"], m["entity"]) for m in view["mentions"]) == expected
    for m in view["mentions"]:
        entity = next(e for e in view["entities"] if e["id"] == m["entity"])
        assert m["type"] == entity["type"]
        assert TEXT[m["start"]:m["end"]] in (entity["label"], "8.05亿")   # the statistic names its figure
    holds = [f for f in view["facts"] if f["predicate"] == "holdsPost"]
    assert len(holds) == 1 and holds[0]["subject"] == CHEN and holds[0]["post"] == "司长"
    assert TEXT[holds[0]["start"]:holds[0]["end"]] == ex.sentences[1].text and holds[0]["sentence"] == 1
    assert {f["predicate"] for f in view["facts"]} >= {r.predicate for r in ex.relations}
    assert view["predicates"]["holdsPost"]["zh"] == "任职于"
    assert [t["type"] for t in view["types"]][:2] == ["Agency", "Person"]
    assert [(s["start"], s["end"]) for s in view["sentences"]] == [(s.start, s.end) for s in ex.sentences]


def test_the_tree_is_the_text_with_every_mention_once_inside_its_sentence(server):
    view = server.get(f"/documents/{DOC}/view").json()
    assert _flatten(view["tree"]) == TEXT
    assert [n["sentence"] for n in view["tree"]] == [0, 1, 2]
    ends = [n["mention"] for n in _marks(view["tree"]) if n["end"]]
    assert sorted(ends) == [m["id"] for m in view["mentions"]]
    for n in _marks(view["tree"]):
        m = view["mentions"][n["mention"]]
        assert _flatten(n["children"]) == TEXT[m["start"]:m["end"]]


def test_crossing_mentions_are_cut_at_the_crossing_and_labelled_once():
    from cnkg.graph.article_view import text_tree
    text = "甲乙丙丁。戊己"
    sentences = [{"index": 0, "start": 0, "end": 5}, {"index": 1, "start": 5, "end": 7}]
    mentions = [{"id": 0, "start": 0, "end": 3}, {"id": 1, "start": 2, "end": 6}]
    tree = text_tree(text, sentences, mentions)
    assert _flatten(tree) == text
    fragments = _marks(tree)
    assert [(f["mention"], _flatten(f["children"]), f["end"]) for f in fragments] == [
        (0, "甲乙丙", True), (1, "丙", False), (1, "丁。", False), (1, "戊", True)]


def test_a_preview_is_the_view_the_store_gives_after_the_commit(server):
    r = server.post("/extract", json={"text": ARTICLE, "id": "preview-1", "title": "数据市场"}, headers=AUTH)
    assert r.status_code == 200, r.text
    preview = r.json()
    assert preview["stored"] is False and preview["existing"] is None
    assert any(m["type"] == "Person" and ARTICLE[m["start"]:m["end"]] == "刘烈宏" for m in preview["mentions"])
    assert preview["facts"] and _flatten(preview["tree"]) == ARTICLE
    # nothing stored by the preview
    assert server.get("/documents/preview-1/view").status_code == 404
    assert [d["document"] for d in server.get("/documents").json()["items"]] == [DOC]

    assert server.put("/documents/preview-1", json={"text": ARTICLE, "title": "数据市场"}, headers=AUTH).status_code == 201
    stored = server.get("/documents/preview-1/view").json()
    assert {**preview, "stored": True, "existing": None} == {**stored, "existing": None}
    again = server.post("/extract", json={"text": ARTICLE, "id": "preview-1"}, headers=AUTH).json()
    assert again["existing"]["same_text"] is True and again["existing"]["etag"].startswith('"sha256:')


def test_a_preview_reads_a_text_body_in_any_encoding_and_takes_its_id_from_the_query(server):
    r = server.post("/extract?id=gbk-1", content=ARTICLE.encode("gbk"),
                    headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 200 and r.json()["text"] == ARTICLE and r.json()["document"] == "gbk-1"
    r = server.post("/extract", content=ARTICLE.encode("utf-8"), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.json()["document"].startswith("doc-")


def test_a_view_from_an_extraction_is_the_view_from_its_stored_graph():
    ex = sample_extraction()
    kb = KnowledgeStore(":memory:")
    kb.replace_document(ex)
    assert article_view(kb.quads(DOC), DOC) == article_view(extraction_to_quads(ex), DOC)


# ----------------------------------------------------------------- refusals

def test_a_preview_needs_the_token(server):
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        r = server.post("/extract", json={"text": ARTICLE}, headers=headers)
        assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json"
        assert r.headers["www-authenticate"].startswith("Bearer")


def test_a_preview_is_bounded_in_size_and_refuses_what_ingest_refuses(server):
    r = server.post("/extract", json={"text": "汉" * 2_001}, headers=AUTH)
    assert r.status_code == 400 and "more than the 2,000 a preview may have" in r.json()["detail"]
    r = server.post("/extract", json={"text": ARTICLE + "\x00"}, headers=AUTH)
    assert r.status_code == 400 and "binary" in r.text
    r = server.post("/extract", json={"text": ARTICLE, "id": "../etc/passwd"}, headers=AUTH)
    assert r.status_code == 400 and "not allowed" in r.json()["detail"]
    r = server.post("/extract", json={"text": "   "}, headers=AUTH)
    assert r.status_code in (400, 422)
    r = server.post("/extract", content=b"<x/>", headers={**AUTH, "Content-Type": "application/xml"})
    assert r.status_code == 415
    r = server.post("/extract", content=b"x" * 6_000_000, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 413


def test_one_preview_at_a_time(server):
    previews = server.app.state.service.previews
    assert previews._lock.acquire(blocking=False)             # a preview that is still extracting
    try:
        r = server.post("/extract", json={"text": ARTICLE}, headers=AUTH)
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
    finally:
        previews._lock.release()
    assert server.post("/extract", json={"text": ARTICLE}, headers=AUTH).status_code == 200


def test_a_preview_past_its_time_limit_is_503_its_worker_is_killed_and_the_next_one_works(tmp_path):
    kb = KnowledgeStore(":memory:")
    app = create_app(settings_for(tmp_path, token=True, extract_timeout=0.5), knowledge=kb)
    with live_server(app) as base:
        previews = app.state.service.previews
        text = (ARTICLE + "\n") * 2_000          # far more than half a second of extraction
        r = httpx.post(base + "/extract", json={"text": text}, headers=AUTH, timeout=120)
        assert r.status_code == 503 and "did not finish within 0.5 s and was stopped" in r.json()["detail"]
        assert r.headers["retry-after"] == "1"
        assert previews.killed == 1 and previews.process is None
        with pytest.raises(ProcessLookupError):             # killed and reaped, not left running
            os.kill(previews.last_killed_pid, 0)
        assert httpx.get(base + "/health", timeout=60).status_code == 200
        assert httpx.get(base + "/documents", timeout=60).json()["items"] == []
        # the next preview, given time to start a worker and load the extractor, gets one
        service = app.state.service
        service.settings = service.settings.model_copy(update={"extract_timeout": 120.0})
        r = httpx.post(base + "/extract", json={"text": ARTICLE}, headers=AUTH, timeout=180)
        assert r.status_code == 200 and r.json()["mentions"]
        worker = previews.process
        assert worker is not None and worker.poll() is None and worker.pid != previews.last_killed_pid
    assert worker.poll() is not None                          # stopped with the service


# ----------------------------------------------------------------- the pages

def test_the_article_page_holds_the_text_with_highlighted_mentions(server):
    r = server.get(f"/articles/{DOC}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<mark class="ent ent-Person" data-mention=' in html and 'data-label="人物"' in html
    assert ">陈洪宛</mark>" in html and "博览会上致辞。" in html
    assert 'id="article-data" type="application/json"' in html and '<script src="/article.js">' in html
    assert "事实" in html and "任职于" in html


def test_the_article_page_escapes_the_article(tmp_path):
    ex = sample_extraction()
    ex.title = '<img src=x onerror="alert(1)">标题</title>'
    for e in ex.entities:
        if e.key == CHEN:
            e.label = "陈洪宛<script>alert(2)</script>"
    kb = KnowledgeStore(":memory:")
    kb.replace_document(ex)
    with live_server(create_app(settings_for(), knowledge=kb)) as base:
        html = httpx.get(f"{base}/articles/{DOC}", timeout=60).text
        view = httpx.get(f"{base}/documents/{DOC}/view", timeout=60).json()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;标题&lt;/title&gt;" in html
    assert "陈洪宛&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "</script>" not in html.split('id="article-data"')[1].split("</script>")[0]
    assert view["title"] == ex.title                      # the JSON keeps the characters as they are


def test_an_unknown_article_is_a_readable_404_page_and_a_problem(server):
    r = server.get("/articles/no-such-article")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "找不到文章" in r.text and "no-such-article" in r.text
    r = server.get("/articles/%3Cscript%3Ex")
    assert r.status_code == 404 and "&lt;script&gt;x" in r.text and "<script>x" not in r.text
    r = server.get("/documents/no-such-article/view")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert "no-such-article" in r.json()["detail"]
    r = server.get("/documents/a%20b/view")
    assert r.status_code == 400 and "not allowed" in r.json()["detail"]


def test_a_deleted_article_has_no_view(server):
    assert server.delete(f"/documents/{DOC}", headers=AUTH).status_code == 204
    assert server.get(f"/articles/{DOC}").status_code == 404
    assert server.get(f"/documents/{DOC}/view").status_code == 404


def test_the_articles_page_links_every_article(server):
    server.put("/documents/数据市场-1", json={"text": ARTICLE}, headers=AUTH)
    html = server.get("/articles").text
    assert f'href="/articles/{DOC}"' in html and 'href="/articles/%E6%95%B0%E6%8D%AE%E5%B8%82%E5%9C%BA-1"' in html
    assert server.get("/articles/数据市场-1").status_code == 200


def test_an_article_stored_before_the_text_was_kept_shows_its_cited_sentences(server):
    store = server.app.state.service.store
    store.update("DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/cnpkg/ontology#text> ?t } }")
    server.app.state.service.changed()
    view = server.get(f"/documents/{DOC}/view").json()
    assert view["text"] is None and view["tree"] == []
    assert [x["text"] for x in view["excerpts"]] == [s.text for s in sample_extraction().sentences]
    assert [x["sentence"] for x in view["excerpts"]] == [0, 1, 2]
    html = server.get(f"/articles/{DOC}").text
    assert "kg build --force" in html and "博览会上致辞。" in html


def test_an_ingest_past_its_time_limit_is_503_stores_nothing_and_kills_its_worker(tmp_path):
    # POST /documents extracts in the same killable worker as the preview, not in a thread
    kb = KnowledgeStore(":memory:")
    app = create_app(settings_for(tmp_path, token=True, ingest_timeout=0.5), knowledge=kb)
    with live_server(app) as base:
        previews = app.state.service.previews
        text = (ARTICLE + "\n") * 2_000
        r = httpx.post(base + "/documents", json={"id": "long", "text": text}, headers=AUTH, timeout=120)
        assert r.status_code == 503 and "was stopped" in r.json()["detail"]
        assert previews.killed == 1 and previews.process is None
        assert httpx.get(base + "/documents", timeout=60).json()["items"] == []
        service = app.state.service
        service.settings = service.settings.model_copy(update={"ingest_timeout": 180.0})
        r = httpx.put(base + "/documents/short", json={"text": ARTICLE}, headers=AUTH, timeout=240)
        assert r.status_code == 201 and r.json()["entities"] > 0
        assert previews.process is not None and previews.process.pid != previews.last_killed_pid
        assert [d["document"] for d in httpx.get(base + "/documents", timeout=60).json()["items"]] == ["short"]
