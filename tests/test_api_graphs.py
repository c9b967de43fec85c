"""Graph Store Protocol read/write and /export; documents ingest/list/delete."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.compare import isomorphic
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
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
    assert client.put("/graphs", params={"graph": "urn:g"}, content=ttl, headers=headers).status_code == 403
    assert client.delete("/graphs", params={"graph": ARTICLE}).status_code == 403
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


def test_documents_list_ingest_delete(client, app_and_kb):
    app = app_and_kb[0]
    docs = client.get("/documents").json()["items"]
    assert [d["document"] for d in docs] == ["sample-expo"]
    assert client.post("/documents", json={"text": "x", "title": "t"}).status_code == 403
    app.state.service.extractor = FakeExtractor()
    r = client.post("/documents", json={"text": "陈洪宛在博览会上致辞。", "title": "另一篇", "date": "2020-12-01"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["document"] == "另一篇" and body["graph"].endswith("/article/%E5%8F%A6%E4%B8%80%E7%AF%87")
    assert body["quads"] > 0 and body["entities"] == 9 and body["relations"] == 8
    r = client.post("/documents", content="纯文本文章。".encode(), headers={"Content-Type": "text/plain", **AUTH})
    assert r.status_code == 201 and r.json()["document"].startswith("doc-")
    assert len(client.get("/documents").json()["items"]) == 3
    assert client.delete("/documents/另一篇").status_code == 403
    assert client.delete("/documents/另一篇", headers=AUTH).status_code == 204
    assert client.delete("/documents/另一篇", headers=AUTH).status_code == 404
    assert client.post("/documents", content=b"\xff\xfe", headers={"Content-Type": "text/plain", **AUTH}
                       ).status_code == 400
    assert client.post("/documents", content=b"{", headers={"Content-Type": "application/json", **AUTH}
                       ).status_code == 400
