"""Real clients against a live uvicorn: SPARQLWrapper, rdflib's SPARQLStore; the limits."""
from __future__ import annotations

import threading
import time

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from cnkg.api.app import create_app
from cnkg.api.stores import raw_store
from cnkg.graph.store import KnowledgeStore
from server_fixture import live_server, sample_knowledge, settings_for

CHEN = "https://w3id.org/cnpkg/id/person/陈洪宛"
LOOKUP = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e WHERE { ?e rdfs:label "陈洪宛"@zh }'


@pytest.fixture(scope="module")
def server():
    app = create_app(settings_for(max_rows=50, max_body_bytes=10_000, cors_origins=["http://allowed.example"]),
                     knowledge=sample_knowledge())
    with live_server(app) as base:
        yield base


def test_live_sparqlwrapper_select_and_construct(server):
    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(LOOKUP)
    sw.setReturnFormat(JSON)
    bindings = sw.query().convert()["results"]["bindings"]
    assert bindings == [{"e": {"type": "uri", "value": CHEN}}]
    sw.setQuery("CONSTRUCT { ?e ?p ?o } WHERE { ?e a <https://w3id.org/cnpkg/ontology#Person> ; ?p ?o }")
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert (rdflib.URIRef(CHEN), rdflib.RDFS.label, rdflib.Literal("陈洪宛", lang="zh")) in g


def test_live_sparqlwrapper_post(server):
    sw = SPARQLWrapper(server + "/sparql")
    sw.setMethod("POST")
    sw.setQuery(LOOKUP)
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["results"]["bindings"][0]["e"]["value"] == CHEN


def test_live_rdflib_sparqlstore(server):
    graph = rdflib.Graph(store=SPARQLStore(server + "/sparql"))
    rows = list(graph.query(LOOKUP))
    assert [str(r[0]) for r in rows] == [CHEN]
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_live_max_rows_cuts_results(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 50
    assert r.headers["kg-results-truncated"] == "max_rows=50"


def test_live_max_body_is_413(server):
    r = httpx.post(server + "/sparql", content=b"#" * 20_000, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_live_cors_allow_list(server):
    ok = httpx.options(server + "/sparql", headers={"Origin": "http://allowed.example",
                                                    "Access-Control-Request-Method": "GET"})
    assert ok.headers.get("access-control-allow-origin") == "http://allowed.example"
    other = httpx.get(server + "/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def _junk_store(n: int = 120) -> KnowledgeStore:
    kb = KnowledgeStore(":memory:")
    raw_store(kb).extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)),
                                 ox.NamedNode("urn:g")) for i in range(n))
    return kb


def test_live_pathological_query_is_503_while_health_answers():
    app = create_app(settings_for(query_timeout=0.5, max_concurrent_queries=1), knowledge=_junk_store())
    slow = ('SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i '
            'FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = "never") }')
    with live_server(app) as base:
        answer = {}

        def run():
            answer["r"] = httpx.get(base + "/sparql", params={"query": slow}, timeout=30)
        thread = threading.Thread(target=run)
        thread.start()
        time.sleep(0.1)
        latencies = []
        for _ in range(5):
            t0 = time.monotonic()
            assert httpx.get(base + "/health", timeout=5).status_code == 200
            latencies.append(time.monotonic() - t0)
            time.sleep(0.05)
        thread.join(10)
        assert answer["r"].status_code == 503
        assert "time limit" in answer["r"].text
        assert max(latencies) < 1.0   # the query runs ~3 s: health is not waiting for it
        # the one worker is still finishing the abandoned query: /sparql says so at once,
        # the entity API and search keep working
        busy = httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=5)
        assert busy.status_code in (200, 503)
        assert httpx.get(base + "/entities", params={"q": "x"}, timeout=5).status_code == 200
