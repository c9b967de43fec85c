"""The fast read path: precomputed entity documents, inline point queries, the ASGI
fast path, and read-only multi-process serving of one on-disk store."""
from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import orjson
import pyoxigraph as ox
import pytest

from cnkg.graph import union
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.graph.entities import describe, describe_all
from cnkg.graph.labels import LabelIndex
from cnkg.api.sparql import Operation, QueryRunner, scan
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, free_port, sample_knowledge, settings_for

CHEN = "person/陈洪宛"
LOOKUP = 'SELECT ?e WHERE { ?e rdfs:label "陈洪宛"@zh }'
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_perf_describe_all_matches_describe_for_every_entity():
    store = sample_knowledge().store
    index = LabelIndex.from_store(store)
    documents = describe_all(store, index)
    assert set(documents) == set(index.entities) and len(documents) > 5
    for iri, info in index.entities.items():
        assert orjson.loads(documents[iri]) == describe(store, index, info), iri


@pytest.mark.parametrize("query, point", [
    (LOOKUP, True),
    ("SELECT * { ?s a kg:Person . } LIMIT 5", True),
    ('ASK { <urn:x> ?p "1"^^xsd:integer }', True),
    ("SELECT ?e { ?e ?p ?o . ?o ?q ?r }", False),
    ('SELECT ?e { ?e rdfs:label ?l FILTER(?l = "x") }', False),
    ("SELECT DISTINCT ?e { ?e ?p ?o }", False),
    ("SELECT ?e { ?e rdfs:label/rdfs:label ?o }", False),
    ("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", False),
    ("SELECT ?e { ?e ?p ?o } ORDER BY ?e", False),
    ("SELECT ?e FROM <urn:g> { ?e ?p ?o }", False),
    ("SELECT ?e { GRAPH ?g { ?e ?p ?o } }", False),
])
def test_perf_scan_tells_point_queries(query, point):
    assert scan(query).point is point


@pytest.mark.parametrize("inline_seconds", [0.0, 10.0])
def test_perf_point_query_gives_the_same_rows_inline_or_in_the_pool(inline_seconds):
    # no time inline: every scan past its first 64 rows is abandoned and re-run in the pool
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)), ox.NamedNode("urn:g"))
                 for i in range(600))
    union.migrate(store)          # queries read the default graph: the articles' union
    import asyncio
    runner = QueryRunner(timeout=10, max_concurrent=1, max_rows=500, inline_seconds=inline_seconds)
    try:
        op = Operation("SELECT ?s { ?s <urn:p> ?o }", scanned=scan("SELECT ?s { ?s <urn:p> ?o }"))
        result = asyncio.run(runner.run(store, op))
    finally:
        runner.close()
    rows = list(ox.parse_query_results(result.tsv, format=ox.QueryResultsFormat.TSV))
    assert len(rows) == 500 and result.truncated
    assert len({row["s"].value for row in rows}) == 500


@pytest.fixture
def client(tmp_path):
    app = create_app(settings_for(tmp_path, token=True, cache_entries=0), knowledge=sample_knowledge())
    with TestClient(app) as c:
        yield c


def test_perf_fast_path_answers_as_the_route_does(client):
    fast = client.get("/sparql", params={"query": LOOKUP})
    # an extra parameter sends the request on to the FastAPI route
    routed = client.get("/sparql", params={"query": LOOKUP, "x": "1"})
    assert fast.status_code == routed.status_code == 200
    assert fast.json() == routed.json()
    assert fast.headers["content-type"] == routed.headers["content-type"]
    assert client.get("/sparql", params={"query": "SELECT ?x WHERE {"}).status_code == 400
    assert client.get("/sparql", params={"update": "CLEAR ALL"}).status_code == 400
    assert client.get(f"/entities/{CHEN}").json()["label"] == "陈洪宛"
    assert client.get("/entities/person/无名氏").json()["detail"].startswith("no entity")


def test_perf_entity_documents_follow_writes(client):
    update = ('INSERT DATA { GRAPH <urn:g> { <urn:x> a kg:Person ; rdfs:label "张兵"@zh . '
              '<urn:x> kg:speaksAt <https://w3id.org/cnpkg/id/person/陈洪宛> } }')
    assert client.post("/sparql", content=update.encode(),
                       headers={"Content-Type": "application/sparql-update", **AUTH}).status_code == 204
    incoming = client.get(f"/entities/{CHEN}").json()["incoming"]
    assert any(r["other"]["id"] == "urn:x" for r in incoming)
    assert client.get("/entities/urn:x").json()["label"] == "张兵"


@pytest.fixture
def disk_store(tmp_path) -> Path:
    path = tmp_path / "store"
    kb = KnowledgeStore(path)
    kb.replace_document(sample_extraction())
    kb.flush()
    del kb
    gc.collect()      # RocksDB's lock goes with the last handle
    return path


def test_perf_read_only_workers_share_one_store(disk_store, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([Path(sys.executable).parent / "kg", "serve", "--store", disk_store, "--port", str(port),
                             "--workers", "2", "--log-level", "warning"],
                            env={**os.environ, "KG_CACHE_ENTRIES": "0"}, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):     # start-up guard only (spaCy-free, but a loaded machine is slow)
            try:
                if httpx.get(base + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client(base_url=base) as http:
            for _ in range(40):      # connections land on both processes
                r = http.get("/sparql", params={"query": LOOKUP}, headers={"Connection": "close"})
                assert r.json()["results"]["bindings"][0]["e"]["value"].endswith("陈洪宛")
                assert http.get(f"/entities/{CHEN}", headers={"Connection": "close"}).json()["types"] == ["Person"]
            assert http.get("/stats").json()["read_only"] is True
            assert http.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH).status_code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
    assert proc.returncode == 0, proc.stderr.read().decode()


def test_perf_several_workers_refuse_a_token(disk_store, tmp_path):
    token = tmp_path / "token"
    token.write_text(TOKEN)
    done = subprocess.run([Path(sys.executable).parent / "kg", "serve", "--store", disk_store, "--workers", "2",
                           "--token-file", token], capture_output=True, text=True)
    assert done.returncode != 0 and "--workers > 1" in done.stderr
