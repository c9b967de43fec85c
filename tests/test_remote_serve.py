"""``kg serve --store URL``: the service over a graph kept in a real SPARQL server on
loopback (Debian's Virtuoso 7 and ``oxigraph serve``, tests/remote/servers.py) answers
as the same service over the embedded store built from the same articles; both run as
real HTTP servers (uvicorn), compared request by request."""
from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path
from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.api.settings import Settings
from cnkg.graph.limits import MAX_NESTING
from cnkg.graph.parallel import Built, split_marker
from cnkg.graph.remote import RemoteStore, ServerUnreachable
from cnkg.graph.store import KnowledgeStore
from cnkg.queries.registry import default_registry
from sample_extraction import CHEN, DOC, FIN, NDRC
from server_fixture import TOKEN, live_server

sys.path.insert(0, str(Path(__file__).parent / "remote"))
import servers  # noqa: E402  (tests/remote/servers.py)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = "https://w3id.org/cnpkg/id/article/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
COUNTS = {
    "quads of the article graphs": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "triples of the default graph": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "graphs": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "entities by type": "SELECT ?t (COUNT(*) AS ?n) WHERE { ?e a ?t } GROUP BY ?t ORDER BY ?t",
    "labels of people": "SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l } ORDER BY ?l",
}


def _load(url: str, local: KnowledgeStore) -> None:
    """The embedded store's articles written to the server by the remote store's writer."""
    servers.clear(url)
    with RemoteStore(url) as remote:
        writer = remote.document_writer()
        for doc in local.documents():
            body, marker = split_marker(local.quads(doc.graph))
            writer.add(Built("", doc.document, body, marker, 0))
        writer.close()


def _copy(local: KnowledgeStore) -> KnowledgeStore:
    """An embedded store of its own holding the same article graphs (the service writes it)."""
    kb = KnowledgeStore(None)
    kb.store.extend(local.quads())
    return kb


@pytest.fixture(scope="module")
def services(server, local, tmp_path_factory):
    """(remote, embedded): base URLs of ``kg serve`` over the server and over the embedded
    store, both holding the same articles, both with the write token."""
    _load(server.url, local)
    token = tmp_path_factory.mktemp("token") / "token"
    token.write_text(TOKEN, encoding="utf-8")
    remote_app = create_app(Settings(store=server.url, token_file=token))
    local_app = create_app(Settings(store=":memory:", token_file=token), knowledge=_copy(local))
    with live_server(remote_app) as remote, live_server(local_app) as embedded:
        yield remote, embedded


def _sparql(base: str, query: str) -> list[dict]:
    r = httpx.post(f"{base}/sparql", data={"query": query}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


def _get(base: str, path: str, **params) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=60)


def _both(services, path: str, **params) -> tuple:
    remote, embedded = (_get(base, path, **params) for base in services)
    assert remote.status_code == embedded.status_code == 200, (remote.text, embedded.text)
    return remote.json(), embedded.json()


def _triples(body: bytes) -> set:
    return set(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


# ----------------------------------------------------------------- the same answers

@pytest.mark.parametrize("name", COUNTS)
def test_sparql_gives_the_embedded_stores_answer(services, name):
    remote, embedded = (_sparql(base, COUNTS[name]) for base in services)
    assert remote == embedded and embedded


def test_the_default_graph_is_the_union_of_the_articles_each_triple_once(services):
    remote, _ = services
    quads = int(_sparql(remote, COUNTS["quads of the article graphs"])[0]["n"]["value"])
    triples = int(_sparql(remote, COUNTS["triples of the default graph"])[0]["n"]["value"])
    shared = int(_sparql(remote, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                 "WHERE { GRAPH ?g { ?s ?p ?o } } }")[0]["n"]["value"])
    assert triples == shared < quads       # articles share triples; the union counts each once
    graphs = _sparql(remote, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs and all(g["g"]["value"].startswith(ARTICLE) for g in graphs)   # no server's own graph


@pytest.mark.parametrize("q", ["陈洪宛", "国家", "委员会", "发展", ""])
def test_entity_search_finds_the_same_hits(services, q):
    remote, embedded = _both(services, "/entities", q=q, limit=200)
    assert remote == embedded and embedded["total"] > 0


@pytest.mark.parametrize("entity", [CHEN, NDRC, FIN])
def test_an_entity_is_described_alike(services, entity):
    remote, embedded = _both(services, "/entities/" + quote(entity))
    assert remote == embedded and embedded["outgoing"] + embedded["incoming"]


def test_neighbours_and_paths_are_alike(services):
    remote, embedded = _both(services, f"/entities/{quote(CHEN)}/neighbors", depth=2)
    for side in (remote, embedded):          # the nodes in the order the store lists edges
        side["nodes"].sort(key=lambda n: n["id"])
    assert remote == embedded and len(embedded["nodes"]) > 2
    remote, embedded = _both(services, "/paths", **{"from": CHEN, "to": NDRC})
    assert remote == embedded and embedded["length"] >= 1


@pytest.mark.parametrize("name, params", [("officials", {}), ("officials", {"within": NDRC}),
                                          ("entity", {"entity": CHEN}), ("statistics", {})])
def test_a_named_query_gives_the_same_rows(services, name, params):
    remote, embedded = _both(services, f"/queries/{name}", **params)
    rows = [sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in side["results"]["bindings"])
            for side in (remote, embedded)]
    assert rows[0] == rows[1] and rows[1]
    assert name in default_registry()


def test_the_graph_store_export_stats_and_documents_are_alike(services):
    graph = ARTICLE + DOC
    remote, embedded = (httpx.get(f"{base}/graphs", params={"graph": graph}, timeout=60,
                                  headers={"Accept": "application/n-triples"}).content for base in services)
    assert _triples(remote) == _triples(embedded) and _triples(embedded)
    remote, embedded = (httpx.get(f"{base}/graphs?default", headers={"Accept": "application/n-triples"},
                                  timeout=60).content for base in services)
    assert _triples(remote) == _triples(embedded)
    remote, embedded = (_get(base, "/export", format="nquads").content for base in services)
    assert remote == embedded
    remote, embedded = _both(services, "/stats")
    for key in ("quads", "triples", "graphs", "entities", "entities_by_type"):
        assert remote[key] == embedded[key], key
    assert _both(services, "/documents")[0] == _both(services, "/documents")[1]
    assert _get(services[0], "/graphs", graph="urn:not-an-article").status_code == 404
    page = _get(services[0], "/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


# ----------------------------------------------------------------- the same refusals

def test_a_too_deep_query_is_refused_before_the_server_sees_it(services):
    deep = "SELECT * WHERE " + "{ " * (MAX_NESTING + 5) + "}" * (MAX_NESTING + 5)
    for base in services:
        r = httpx.post(f"{base}/sparql", data={"query": deep}, timeout=60)
        assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
        assert str(MAX_NESTING) in r.json()["detail"]


def test_a_syntax_error_is_a_400_problem(services):
    for base in services:
        r = httpx.post(f"{base}/sparql", data={"query": "SELEKT * WHERE { ?s ?p ?o }"}, timeout=60)
        assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json", r.text


@pytest.mark.parametrize("method, path, kwargs", [
    ("POST", "/sparql", {"data": {"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"}}),
    ("PUT", "/graphs?graph=" + quote(ARTICLE + "x", safe=""), {"content": b"<urn:a> <urn:b> <urn:c> .",
                                                                 "headers": {"Content-Type": "application/n-triples"}}),
    ("DELETE", "/documents/" + DOC, {}),
    ("POST", "/documents", {"json": {"id": "new", "text": "国家发展改革委召开会议。"}}),
])
def test_a_write_without_the_token_is_401(services, method, path, kwargs):
    for base in services:
        r = httpx.request(method, base + path, timeout=60, **kwargs)
        assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json", r.text
    assert _both(services, "/stats")[0]["quads"] == _both(services, "/stats")[1]["quads"]   # nothing written


# ----------------------------------------------------------------- writes through the service

def test_writes_with_the_token_reach_the_server_and_are_answered_alike(services):
    graph = ARTICLE + "gsp-written"
    person, a = "<https://w3id.org/cnpkg/id/person/%E5%86%99%E5%85%A5>", f"<{RDF_TYPE}>"
    body = (f"<{graph}> {a} <https://w3id.org/cnpkg/ontology#Article> .\n"
            f"{person} {a} <https://w3id.org/cnpkg/ontology#Person> .\n"
            f'{person} <http://www.w3.org/2000/01/rdf-schema#label> "写入者"@zh .\n').encode()
    for base in services:
        r = httpx.put(f"{base}/graphs", params={"graph": graph}, content=body, timeout=60,
                      headers={"Content-Type": "application/n-triples", **AUTH})
        assert r.status_code == 201, r.text
    remote, embedded = _both(services, "/entities", q="写入者")
    assert remote == embedded and embedded["total"] == 1          # the label index learnt it
    for name in ("quads of the article graphs", "triples of the default graph"):
        assert _sparql(services[0], COUNTS[name]) == _sparql(services[1], COUNTS[name])

    for base in services:                                          # a raw update, then the graph dropped
        r = httpx.post(f"{base}/sparql", timeout=60, headers=AUTH, data={
            "update": f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:x> <urn:y> "z" }} }}'})
        assert r.status_code == 204, r.text
    assert _sparql(services[0], COUNTS["triples of the default graph"]) == \
        _sparql(services[1], COUNTS["triples of the default graph"])
    for base in services:
        assert httpx.delete(f"{base}/graphs", params={"graph": graph}, headers=AUTH, timeout=60).status_code == 204
        assert httpx.delete(f"{base}/documents/{DOC}", headers=AUTH, timeout=60).status_code == 204
    for name in COUNTS:
        assert _sparql(services[0], COUNTS[name]) == _sparql(services[1], COUNTS[name]), name
    remote, embedded = _both(services, "/entities", q="写入者")
    assert remote["total"] == embedded["total"] == 0


# ----------------------------------------------------------------- a server that goes away

def test_a_server_that_goes_down_gives_503_problems_and_the_service_recovers(server, local, tmp_path):
    _load(server.url, local)
    app = create_app(Settings(store=server.url))
    with live_server(app) as base:
        hits = _get(base, "/entities", q="陈洪宛").json()
        assert hits["total"] >= 1
        server.stop()
        try:
            for path, params in (("/sparql", {"query": COUNTS["graphs"]}), ("/entities/" + quote(CHEN), {}),
                                 ("/queries/officials", {}), ("/documents", {})):
                r = _get(base, path, **params)
                assert r.status_code == 503, (path, r.text)
                assert r.headers["content-type"] == "application/problem+json"
                problem = r.json()
                assert problem["title"] == "Store unreachable" and "cannot reach the server" in problem["detail"]
                assert "Traceback" not in r.text
            assert _get(base, "/entities", q="陈洪宛").json() == hits    # the label index stays
        finally:
            server.restart()
        assert int(_sparql(base, COUNTS["graphs"])[0]["n"]["value"]) == len(local.documents())


def test_kg_serve_of_a_server_with_a_wrong_password_is_one_line(server, capsys):
    if server.name != "virtuoso":
        pytest.skip("oxigraph serve has no users")
    password = server.url.split("@")[0].rsplit(":", 1)[1]
    assert main(["serve", "--store", server.url.replace(f":{password}@", ":wrong@")]) == 2
    err = capsys.readouterr().err
    assert "HTTP 401" in err and "wrong" not in err and err.count("\n") == 1


def test_a_query_past_the_deadline_is_a_503_and_its_request_to_the_server_is_dropped():
    """A server that takes the request and never answers: the query ends at the service's
    deadline (QueryTimeout; or, when the request's own timeout, the same, is handled
    first, ServerUnreachable: 503 either way), and the thread that waited on the server
    is free again once its request has been dropped."""
    from cnkg.api.remote import RemoteGraph, RemoteRunner
    from cnkg.api.sparql import Operation, QueryTimeout

    async def run(runner, graph) -> None:
        with pytest.raises((QueryTimeout, ServerUnreachable)):
            await runner.run(graph, Operation("SELECT * WHERE { ?s ?p ?o }"))
        for _ in range(200):              # bounded: the request's own timeout frees the thread
            if runner.busy == 0:
                break
            await asyncio.sleep(0.05)
        assert runner.busy == 0

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        remote = RemoteStore(f"http://127.0.0.1:{listener.getsockname()[1]}/query")
        graph = RemoteGraph(remote, query_timeout=0.3)
        runner = RemoteRunner(graph, timeout=0.3, max_concurrent=1, max_rows=10)
        try:
            asyncio.run(run(runner, graph))
        finally:
            runner.close()
            remote.close()
        connection, _ = listener.accept()
        with connection:
            received = b""
            while chunk := connection.recv(65536):       # until the service hung up
                received += chunk
        assert received.startswith(b"POST /query")
