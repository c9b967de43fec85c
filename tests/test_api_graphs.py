"""Graph Store Protocol read/write and /export; documents ingest/list/delete."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.compare import isomorphic
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.extract.model import Extraction
from sample_extraction import sample_extraction
from server_fixture import TOKEN, sample_knowledge, settings_for

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = "https://w3id.org/cnpkg/id/article/sample-expo"


@pytest.fixture
def app_and_kb(tmp_path):
    kb = sample_knowledge()
    app = create_app(settings_for(tmp_path, token=True), knowledge=kb)
    return app, kb


@pytest.fixture
def client(app_and_kb):
    with TestClient(app_and_kb[0]) as c:
        yield c


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_export_equals_kg_export_and_parses(client, app_and_kb, fmt):
    r = client.get("/export", params={"format": fmt})
    assert r.status_code == 200
    assert "attachment; filename=\"kg." in r.headers["content-disposition"]
    assert r.content == app_and_kb[1].export(fmt)
    parsed = rdflib.Dataset().parse(data=r.content, format={"turtle": "turtle", "trig": "trig",
                                                            "nquads": "nquads", "jsonld": "json-ld"}[fmt])
    assert len(parsed) > 0 or sum(len(g) for g in parsed.graphs()) > 0


def test_export_turtle_is_the_graph_of_kg_export(client, app_and_kb):
    got = rdflib.Graph().parse(data=client.get("/export").content, format="turtle")
    want = rdflib.Graph().parse(data=app_and_kb[1].export("turtle"), format="turtle")
    assert isomorphic(got, want)
    assert client.get("/export", params={"format": "xml"}).status_code == 422


def test_graphs_get_named_graph_negotiated(client):
    r = client.get("/graphs", params={"graph": ARTICLE}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")
    g = rdflib.Graph().parse(data=r.content, format="nt")
    assert (rdflib.URIRef(ARTICLE), rdflib.RDF.type, rdflib.URIRef("https://w3id.org/cnpkg/ontology#Article")) in g
    assert client.get("/graphs", params={"graph": "urn:nope"}).status_code == 404
    assert client.get("/graphs", params={"default": ""}).status_code == 200


def test_graphs_writes_need_the_token(client):
    ttl = b"<urn:s> <urn:p> <urn:o> ."
    headers = {"Content-Type": "text/turtle"}
    assert client.put("/graphs", params={"graph": "urn:g"}, content=ttl, headers=headers).status_code == 401
    assert client.delete("/graphs", params={"graph": ARTICLE}).status_code == 401
    assert client.get("/graphs", params={"graph": ARTICLE}).status_code == 200
    assert client.put("/graphs", params={"graph": "urn:g"}, content=ttl,
                      headers={**headers, **AUTH}).status_code == 201
    assert client.delete("/graphs", params={"graph": "urn:g"}, headers=AUTH).status_code == 204


def test_graphs_put_bad_turtle_is_400(client):
    r = client.put("/graphs", params={"graph": "urn:g"}, content=b"<urn:s> <urn:p> .",
                   headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code == 400


class FakeExtractor:
    """Stands in for the statistical pipeline: always the sample facts."""

    def extract(self, article):
        return sample_extraction(document=article.document)


class TextOnlyExtractor:
    """Finds nothing, but records the article's own text (and so its content hash)."""

    def extract(self, article):
        return Extraction(article.document, article.text, title=article.title, sentences=[],
                          entities=[], relations=[])


def test_documents_list_ingest_delete(client, app_and_kb):
    app = app_and_kb[0]
    docs = client.get("/documents").json()["items"]
    assert [d["document"] for d in docs] == ["sample-expo"]
    assert client.post("/documents", json={"text": "x", "title": "t"}).status_code == 401
    app.state.service.extractor = FakeExtractor()
    r = client.post("/documents", json={"text": "陈洪宛在博览会上致辞。", "id": "另一篇", "title": "标题",
                                        "date": "2020-12-01"}, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["document"] == "另一篇" and body["graph"].endswith("/article/另一篇")
    assert body["quads"] > 0 and body["entities"] == 9 and body["relations"] == 8
    r = client.post("/documents", content="纯文本文章。".encode(), headers={"Content-Type": "text/plain", **AUTH})
    assert r.status_code == 201 and r.json()["document"].startswith("doc-")
    assert len(client.get("/documents").json()["items"]) == 3
    assert client.delete("/documents/另一篇").status_code == 401
    assert client.delete("/documents/另一篇", headers=AUTH).status_code == 204
    assert client.delete("/documents/另一篇", headers=AUTH).status_code == 404
    assert client.post("/documents", content=b"\xff\xfe", headers={"Content-Type": "text/plain", **AUTH}
                       ).status_code == 400


def test_documents_same_title_different_texts_are_two_articles(client, app_and_kb):
    app_and_kb[0].state.service.extractor = TextOnlyExtractor()
    first = client.post("/documents", json={"text": "第一篇文章。", "title": "同一个标题"}, headers=AUTH)
    second = client.post("/documents", json={"text": "第二篇文章。", "title": "同一个标题"}, headers=AUTH)
    assert first.status_code == second.status_code == 201
    assert first.json()["document"] != second.json()["document"]
    assert {first.json()["document"], second.json()["document"]} <= {
        d["document"] for d in client.get("/documents").json()["items"]}


def test_documents_a_second_text_under_one_id_is_409_unless_replacing(client, app_and_kb):
    app_and_kb[0].state.service.extractor = TextOnlyExtractor()
    r = client.put("/documents/report-1", json={"text": "第一篇。"}, headers=AUTH)
    assert r.status_code == 201
    etag = r.headers["etag"]
    again = client.put("/documents/report-1", json={"text": "第一篇。"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["unchanged"] is True
    clash = client.post("/documents", json={"id": "report-1", "text": "另一个文本。"}, headers=AUTH)
    assert clash.status_code == 409 and clash.json()["existing"] == "report-1"
    assert clash.headers["content-type"] == "application/problem+json"
    stale = client.put("/documents/report-1", json={"text": "另一个文本。"}, headers={**AUTH, "If-Match": '"x"'})
    assert stale.status_code == 412
    ok = client.put("/documents/report-1", json={"text": "另一个文本。"}, headers={**AUTH, "If-Match": etag})
    assert ok.status_code == 200 and ok.headers["etag"] != etag
    assert client.post("/documents?replace=true", json={"id": "report-1", "text": "第三个。"},
                       headers=AUTH).status_code == 200


@pytest.mark.parametrize("document", ["a b", "a>b", "a/b/c", "a?b=c", "-lead", ""])
def test_documents_ids_outside_the_rule_are_refused_not_rewritten(client, app_and_kb, document):
    app_and_kb[0].state.service.extractor = TextOnlyExtractor()
    r = client.post("/documents", json={"id": document, "text": "文本。"}, headers=AUTH)
    assert r.status_code == 400 if document else r.status_code == 201


def test_documents_gbk_body_is_decoded_as_the_cli_does(client, app_and_kb):
    app_and_kb[0].state.service.extractor = TextOnlyExtractor()
    r = client.post("/documents", content="国家发展改革委发布通知。".encode("gbk"),
                    headers={"Content-Type": "text/plain", **AUTH})
    assert r.status_code == 201, r.text
    assert client.post("/documents", content=b"{", headers={"Content-Type": "application/json", **AUTH}
                       ).status_code == 400
