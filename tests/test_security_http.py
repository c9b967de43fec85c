"""Hostile HTTP input: injection payloads, oversized values and invalid UTF-8 in every
parameter of the entity and query API get a 4xx or a correct answer and never change
the store; writes without the token are 401; SERVICE and LOAD make no outbound request;
error bodies carry no stack trace.

``hostile_matrix`` takes its payload list as an argument so tests/soak/ can run more.
"""
from __future__ import annotations

import socket
import threading
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.queries.registry import QueryRegistry
from server_fixture import TOKEN, sample_knowledge, settings_for
from test_reliability_kill import Outcome

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CHEN = "person/陈洪宛"

PAYLOADS = [
    "'", '"', "\\", "'}", '"} }', "{", "}", "} DROP ALL {", "}} ; DROP ALL ; SELECT * {{",
    '" } . ?s ?p ?o } ; DROP ALL ; #', "'> } ; CLEAR ALL ; #", '"""', "'''",
    "<http://example.org/a b>", "http://example.org/a b", "<urn:a>b>", "http://example.org/>", "urn:x>",
    "kgr:person/陈洪宛> ; DROP ALL ; <x", 'person/陈洪宛" ; DROP ALL #', "person/陈洪宛> } ; DROP ALL { <x",
    "?s", "$s", "*", "\x00", "\u202e\u0000", "\ud7ff\uffff", "%00", "..%2F..%2Fetc%2Fpasswd", "../../../etc/passwd",
    "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }", "LOAD <http://127.0.0.1:9/x.ttl>",
    "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }", "-1", "0", "99999999999999999999999",
    "1e309", "NaN", "true", "[]", "{}", "null", "𠀀" * 50, "x" * 20_000, "国" * 7_000,   # httpx refuses URLs over 64 KiB
]
#: raw (percent-encoded) values that are not UTF-8 once decoded
INVALID_UTF8 = ["%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%E4%BD", "%80abc"]
NO_TRACE = ("Traceback", 'File "', "site-packages", "/work/")


def targets(queries: QueryRegistry) -> list[tuple[str, str, object]]:
    """(label, parameter, builder) for every parameter of the entity and query API:
    ``builder(raw)`` gives the URL with ``raw`` (already percent-encoded) in that place."""
    out = [
        ("/entities", "q", lambda v: f"/entities?q={v}"),
        ("/entities", "type", lambda v: f"/entities?type={v}"),
        ("/entities", "limit", lambda v: f"/entities?limit={v}"),
        ("/entities", "offset", lambda v: f"/entities?offset={v}"),
        ("/entities/{id}", "id", lambda v: f"/entities/{v}"),
        ("/entities/{id}/neighbors", "id", lambda v: f"/entities/{v}/neighbors"),
        ("/entities/{id}/neighbors", "depth", lambda v: f"/entities/{quote(CHEN)}/neighbors?depth={v}"),
        ("/entities/{id}/neighbors", "predicate", lambda v: f"/entities/{quote(CHEN)}/neighbors?predicate={v}"),
        ("/paths", "from", lambda v: f"/paths?from={v}&to=place/%E5%8C%97%E4%BA%AC"),
        ("/paths", "to", lambda v: f"/paths?from={quote(CHEN)}&to={v}"),
        ("/paths", "max_length", lambda v: f"/paths?from={quote(CHEN)}&to=place/%E5%8C%97%E4%BA%AC&max_length={v}"),
        ("/queries/{name}", "name", lambda v: f"/queries/{v}"),
    ]
    for name, query in queries.items():
        for param in query.params:
            out.append((f"/queries/{name}", param, lambda v, n=name, p=param: f"/queries/{n}?{p}={v}"))
        out.append((f"/queries/{name}", "unknown", lambda v, n=name: f"/queries/{n}?x{v[:20]}=1"))
    return out


def hostile_matrix(client: TestClient, payloads: list[str], *, headers: dict | None = None) -> Outcome:
    """Every payload (and every invalid UTF-8 value) in every parameter; the canonical
    export must be the same bytes afterwards."""
    outcome = Outcome(problems=[])
    before = client.get("/export", params={"format": "nquads"}).content
    raws = [quote(p, safe="") for p in payloads] + INVALID_UTF8
    for label, param, url in targets(client.app.state.service.queries):
        for raw in raws:
            r = client.get(url(raw), headers=headers or {})
            outcome.inputs += 1
            where = f"{label} {param}={raw[:60]}"
            if r.status_code >= 500:
                outcome.server_errors += 1
                outcome.problems.append(f"{r.status_code} on {where}: {r.text[:200]}")
            elif any(t in r.text for t in NO_TRACE):
                outcome.problems.append(f"stack trace or path in the body of {where}")
    if client.get("/export", params={"format": "nquads"}).content != before:
        outcome.lost += 1
        outcome.problems.append("the store changed")
    return outcome


@pytest.fixture
def client(tmp_path):
    app = create_app(settings_for(tmp_path, token=True), knowledge=sample_knowledge())
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _export(client) -> bytes:
    return client.get("/export", params={"format": "nquads"}).content


def test_security_injection_in_every_parameter_changes_nothing(client):
    outcome = hostile_matrix(client, PAYLOADS, headers=AUTH)     # even with the token: reads stay reads
    assert outcome.problems == []
    assert outcome.inputs >= len(PAYLOADS) * 20


def test_security_injection_does_not_change_the_answer_for_a_real_value(client):
    good = client.get("/queries/entity", params={"entity": CHEN}).json()
    for payload in ["} DROP ALL {", '" ; DROP ALL #', "<urn:a>b>"]:
        r = client.get("/queries/entity", params={"entity": CHEN + payload})
        assert r.status_code == 400 or r.json()["results"]["bindings"] == []
    assert client.get("/queries/entity", params={"entity": CHEN}).json() == good


@pytest.mark.parametrize("update", [
    "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }",
    "DROP ALL", "CLEAR ALL", "DROP SILENT DEFAULT ; DROP ALL",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_security_update_without_token_is_401_and_changes_nothing(client, update):
    before = _export(client)
    attempts = [
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"update": update}},
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update",
                                                 "Authorization": "Bearer not-the-token"}},
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update",
                                                 "Authorization": f"Basic {TOKEN}"}},
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update",
                                                 "Authorization": f"Bearer {TOKEN[:-1]}"}},
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update"},
         "params": {"access_token": TOKEN, "token": TOKEN}},
    ]
    for kwargs in attempts:
        r = client.post("/sparql", **kwargs)
        assert r.status_code == 401, (kwargs, r.status_code, r.text)
    assert client.get("/sparql", params={"update": update}).status_code == 400
    assert _export(client) == before


def test_security_every_write_route_needs_the_token(client):
    before = _export(client)
    turtle = {"Content-Type": "text/turtle"}
    calls = [
        ("put", "/graphs?graph=urn:g", {"content": b"<urn:s> <urn:p> <urn:o> .", "headers": turtle}),
        ("post", "/graphs?graph=urn:g", {"content": b"<urn:s> <urn:p> <urn:o> .", "headers": turtle}),
        ("post", "/graphs", {"content": b"<urn:s> <urn:p> <urn:o> .", "headers": turtle}),
        ("delete", "/graphs?graph=https://w3id.org/cnpkg/id/article/sample-expo", {}),
        ("delete", "/graphs?default", {}),
        ("put", "/graphs/anything", {"content": b"", "headers": turtle}),
        ("post", "/documents", {"json": {"text": "国家发展改革委说，要加快5G建设。"}}),
        ("post", "/extract", {"json": {"text": "国家发展改革委说，要加快5G建设。"}}),
        ("delete", "/documents/sample-expo", {}),
    ]
    for method, url, kwargs in calls:
        r = client.request(method.upper(), url, **kwargs)
        assert r.status_code == 401, (method, url, r.status_code, r.text)
    assert _export(client) == before


class Listener:
    """A TCP listener on loopback that counts connections: the 'remote' a hostile query names."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


def remote_variants(url: str) -> tuple[list[str], list[str]]:
    """(queries, updates) that would make the server fetch ``url``."""
    queries = [
        f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SeRvIcE#comment\n<{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * {{ OPTIONAL {{ SERVICE\t<{url}>{{?s ?p ?o}} }} }}",
        f"PREFIX r: <{url[:-1]}> SELECT * {{ SERVICE r:x {{ ?s ?p ?o }} }}",
        f"SELECT * {{ BIND(1 AS ?x) SERVICE ?svc {{ ?s ?p ?o }} VALUES ?svc {{ <{url}> }} }}",
        f"ASK {{ SERVICE <{url}> {{ }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}> {{ ?s ?p ?o }}",
    ]
    updates = [
        f"LOAD <{url}>", f"load silent <{url}> into graph <urn:g>", f"LOAD#c\n<{url}>",
        f"INSERT {{ GRAPH <urn:g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CLEAR SILENT GRAPH <urn:none> ; LOAD <{url}> INTO GRAPH <urn:g>",
    ]
    return queries, updates


def test_security_service_and_load_make_no_outbound_request(client):
    remote = Listener()
    try:
        url = f"http://127.0.0.1:{remote.port}/sparql"
        queries, updates = remote_variants(url)
        before = _export(client)
        for q in queries:
            for r in (client.get("/sparql", params={"query": q}),
                      client.post("/sparql", data={"query": q}),
                      client.post("/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query"})):
                assert r.status_code < 500 and not any(t in r.text for t in NO_TRACE), (q, r.status_code)
        for u in updates:
            r = client.post("/sparql", content=u.encode(), headers={"Content-Type": "application/sparql-update", **AUTH})
            assert 400 <= r.status_code < 500, (u, r.status_code)
        # dataset parameters name graphs, they are not fetched
        r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": url, "named-graph-uri": url})
        assert r.status_code == 200 and r.json()["boolean"] is False
        # a JSON-LD body whose @context is remote
        body = ('{"@context": "%s", "@id": "urn:s", "name": "x"}' % url).encode()
        r = client.put("/graphs?graph=urn:g", content=body, headers={"Content-Type": "application/ld+json", **AUTH})
        assert r.status_code < 500
        assert remote.connections == 0
        client.delete("/graphs?graph=urn:g", headers=AUTH)
        assert _export(client) == before
    finally:
        remote.close()


@pytest.mark.parametrize("request_kwargs", [
    {"method": "GET", "url": "/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%FF"},
    {"method": "POST", "url": "/sparql", "content": b"SELECT * { ?s ?p \xff\xfe }",
     "headers": {"Content-Type": "application/sparql-query"}},
    {"method": "POST", "url": "/sparql", "content": b"query=%FF%FE", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    {"method": "POST", "url": "/sparql", "content": b"update=DROP%20ALL%FF",
     "headers": {"Content-Type": "application/x-www-form-urlencoded", **AUTH}},
    {"method": "GET", "url": "/sparql?query=" + "%7B" * 5_000 + "ASK"},
    {"method": "GET", "url": "/sparql?query=SELECT%20*%20%7B%7D&default-graph-uri=http://a%20b"},
    {"method": "GET", "url": "/sparql?query=SELECT%20*%20%7B%7D&named-graph-uri=%3Cx%3E"},
    {"method": "GET", "url": "/graphs?graph=%FF%FE"},
    {"method": "GET", "url": "/graphs?graph=urn:a%20b"},
    {"method": "GET", "url": "/export?format=%FF"},
    {"method": "GET", "url": "/documents/%FF"},
    {"method": "DELETE", "url": "/documents/%FF", "headers": AUTH},
])
def test_security_malformed_protocol_requests_are_4xx_without_trace(client, request_kwargs):
    before = _export(client)
    r = client.request(**request_kwargs)
    assert 400 <= r.status_code < 500 or r.status_code in (200, 204, 404), r.status_code
    assert r.status_code < 500 and not any(t in r.text for t in NO_TRACE), r.text[:300]
    assert _export(client) == before


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("iri", ["http://a\x7f", "http://a\ufffe", "http://a\u0085", "no-scheme"])
def test_security_dataset_parameter_that_is_no_iri_is_400_issue6(client, param, iri):
    """Regression: a code point the IRI grammar excludes (DEL, U+FFFE, NEL) passed the
    character check and made pyoxigraph raise ValueError: a 500 (found by schemathesis)."""
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", param: iri})
    assert r.status_code == 400 and "not an IRI" in r.text
