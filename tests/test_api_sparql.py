"""/sparql: queries, content negotiation, errors, the write guard, refused SERVICE/LOAD."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.api.sparql import apply_using, keywords, negotiate, NotAcceptable, ProtocolError, SOLUTION_TYPES
from server_fixture import TOKEN, sample_knowledge, settings_for

LOOKUP = 'SELECT ?e WHERE { ?e rdfs:label "陈洪宛"@zh }'
CHEN = "https://w3id.org/cnpkg/id/person/陈洪宛"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(tmp_path):
    app = create_app(settings_for(tmp_path, token=True), knowledge=sample_knowledge())
    with TestClient(app) as c:
        yield c


def test_sparql_get_label_lookup_json(client):
    r = client.get("/sparql", params={"query": LOOKUP})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/sparql-results+json"
    assert r.json()["results"]["bindings"] == [{"e": {"type": "uri", "value": CHEN}}]


@pytest.mark.parametrize("accept, parse", [
    ("application/sparql-results+xml",
     lambda b: [e.text for e in ET.fromstring(b).iter("{http://www.w3.org/2005/sparql-results#}uri")]),
    ("text/csv", lambda b: [row[0] for row in csv.reader(io.StringIO(b.decode()))][1:]),
    ("text/tab-separated-values", lambda b: [line.strip("<>") for line in b.decode().split("\n")[1:] if line]),
])
def test_sparql_select_negotiated_formats(client, accept, parse):
    r = client.get("/sparql", params={"query": LOOKUP}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(accept)
    assert parse(r.content) == [CHEN]


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_sparql_construct_negotiated_formats(client, accept, fmt):
    query = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Person ; rdfs:label ?l }"
    r = client.post("/sparql", content=query.encode(),
                    headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = rdflib.Graph().parse(data=r.content, format=fmt)
    assert (rdflib.URIRef(CHEN), rdflib.RDFS.label, rdflib.Literal("陈洪宛", lang="zh")) in g


def test_sparql_post_form_and_ask(client):
    r = client.post("/sparql", data={"query": "ASK { ?s a kg:Person }"})
    assert r.status_code == 200 and r.json() == {"head": {}, "boolean": True}


def test_sparql_bad_query_is_400_problem_with_its_position(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE {"})
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["status"] == 400 and problem["line"] == 1 and problem["detail"].startswith("line 1, column")


@pytest.mark.parametrize("query, found", [("SELEKT * WHERE { ?s ?p ?o }", "SELEKT"),
                                          ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT")])
def test_sparql_misspelt_or_update_keyword_is_named(client, query, found):
    r = client.post("/sparql", data={"query": query})
    assert r.status_code == 400 and r.json()["found"] == found
    assert "expected CONSTRUCT" not in r.json()["detail"]


def test_sparql_wrong_token_is_401_problem_with_bearer_challenge(client):
    r = client.post("/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert r.headers["content-type"] == "application/problem+json" and r.json()["status"] == 401


def test_sparql_unacceptable_format_is_406(client):
    r = client.get("/sparql", params={"query": LOOKUP}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_sparql_update_without_token_is_401_and_changes_nothing(client):
    before = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"}).json()
    for kwargs in ({"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
                   {"data": {"update": "CLEAR ALL"}},
                   {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update",
                                                         "Authorization": "Bearer wrong"}}):
        assert client.post("/sparql", **kwargs).status_code == 401
    after = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"}).json()
    assert after == before and int(after["results"]["bindings"][0]["n"]["value"]) > 0
    assert client.get("/entities", params={"q": "陈洪宛"}).json()["total"] == 1


def test_sparql_update_with_token_applies_and_refreshes_search(client):
    update = 'INSERT DATA { GRAPH <urn:g> { <urn:x> a kg:Person ; rdfs:label "张兵"@zh } }'
    r = client.post("/sparql", content=update.encode(),
                    headers={"Content-Type": "application/sparql-update", **AUTH})
    assert r.status_code == 204
    assert client.get("/entities", params={"q": "张兵"}).json()["items"][0]["id"] == "urn:x"


def test_sparql_server_without_token_file_refuses_even_a_bearer(tmp_path):
    app = create_app(settings_for(), knowledge=sample_knowledge())
    with TestClient(app) as c:
        r = c.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH)
        assert r.status_code == 401


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_sparql_service_is_refused(client, text):
    r = client.get("/sparql", params={"query": text})
    assert r.status_code == 400 and "SERVICE is disabled" in r.text


def test_sparql_load_is_refused_even_with_token(client):
    r = client.post("/sparql", data={"update": "LOAD <http://example.org/data.ttl>"}, headers=AUTH)
    assert r.status_code == 400 and "LOAD is disabled" in r.text


def test_sparql_keywords_skip_strings_iris_and_comments():
    text = 'SELECT * { ?s <urn:service> "SERVICE" ; ex:SERVICE ?o } # SERVICE'
    assert [k.word for k in keywords(text)] == ["SELECT"]


def test_sparql_apply_using_inserts_before_where_but_not_delete_where():
    update = "DELETE WHERE { ?a ?b ?c } ; INSERT { ?s a <urn:t> } WHERE { ?s ?p ?o }"
    assert apply_using(update, ["urn:g"], ["urn:n"]) == (
        "DELETE WHERE { ?a ?b ?c } ; INSERT { ?s a <urn:t> } USING <urn:g> USING NAMED <urn:n> WHERE { ?s ?p ?o }")
    with pytest.raises(ProtocolError):
        apply_using("WITH <urn:w> INSERT { ?s a <urn:t> } WHERE { ?s ?p ?o }", ["urn:g"], [])


def test_sparql_negotiate_q_values():
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml;q=0.9", SOLUTION_TYPES) \
        == "application/sparql-results+xml"
    assert negotiate("text/*", SOLUTION_TYPES) == "text/csv"
    with pytest.raises(NotAcceptable):
        negotiate("image/png", SOLUTION_TYPES)


def test_sparql_query_own_from_clause_is_respected(client):
    # without a protocol dataset the default graph is the union — unless the query says FROM
    r = client.get("/sparql", params={"query": "ASK FROM <urn:none> { ?s ?p ?o }"})
    assert r.json()["boolean"] is False
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_sparql_openapi_lists_every_router(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/sparql", "/graphs", "/export", "/entities", "/entities/{entity_id}",
                 "/entities/{entity_id}/neighbors", "/paths", "/queries", "/queries/{name}",
                 "/documents", "/documents/{document}", "/health", "/stats"):
        assert path in paths, path
    example = paths["/entities/{entity_id}"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert example["outgoing"][0]["post"] == "司长"
    assert json.dumps(example)


def test_sparql_cached_get_is_invalidated_by_a_write(client):
    query = {"query": "SELECT (COUNT(*) AS ?n) { ?s a kg:Person }"}
    first = client.get("/sparql", params=query).json()
    assert client.get("/sparql", params=query).json() == first          # served from the cache
    update = 'INSERT DATA { GRAPH <urn:g> { <urn:y> a kg:Person } }'
    assert client.post("/sparql", content=update.encode(),
                       headers={"Content-Type": "application/sparql-update", **AUTH}).status_code == 204
    after = client.get("/sparql", params=query).json()
    assert int(after["results"]["bindings"][0]["n"]["value"]) == int(first["results"]["bindings"][0]["n"]["value"]) + 1
