"""A runner for the W3C SPARQL 1.1 Protocol and Graph Store Protocol manifests.

It reads each ``mf:ProtocolTest`` / ``mf:GraphStoreProtocolTest``, loads the
``ut:graphData`` files into the named graphs the test gives, sends its
``ht:Request``s in order as raw HTTP to a live server (so GET with a body, a
missing Content-Type and UTF-16 bodies go out as written), and checks status,
boolean, result format, response media type, ``Location`` templates and response
graphs (by isomorphism). ``/sparql/`` in the manifests maps to ``/sparql``, ``/gsp``
to ``/graphs``. See SOURCE.md for where the manifests come from.

Run by hand against a server: ``python tests/w3c/runner.py http://127.0.0.1:8000 TOKEN``.
"""
from __future__ import annotations

import http.client
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, Namespace

HERE = Path(__file__).parent
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

STATUS = {"OK": (200,), "Created": (201,), "NoContent": (204,), "NotFound": (404,),
          "StatusCode2xx": range(200, 300), "StatusCode3xx": range(300, 400),
          "StatusCode4xx": range(400, 500)}
FORMATS = {
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {"application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values"},
    "RDF": {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"},
}
RDFLIB_FORMAT = {"text/turtle": "turtle", "application/n-triples": "nt",
                 "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    statuses: list[str] = field(default_factory=list)
    boolean: bool | None = None
    format: str | None = None
    location_var: str | None = None
    response_type: str | None = None
    response_body: str | None = None


@dataclass
class Case:
    name: str           # local name of the test IRI
    title: str
    graph_data: list[tuple[Path, str]]   # (file, graph IRI)
    requests: list[Request]

    @property
    def is_update(self) -> bool:
        return self.name.startswith("update_") or self.name.startswith("bad_update")


def _list(g: rdflib.Graph, head) -> list:
    return list(rdflib.collection.Collection(g, head)) if head is not None else []


def _body(g: rdflib.Graph, node) -> bytes | None:
    if node is None:
        return None
    chars = str(g.value(node, CNT.chars))
    encoding = str(g.value(node, CNT.characterEncoding) or "UTF-8")
    return chars.encode("utf-16" if encoding.upper() == "UTF-16" else encoding)


def load_manifest(path: Path) -> list[Case]:
    """The test cases of one manifest, in its ``mf:entries`` order."""
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    cases = []
    for test in _list(g, g.value(manifest, MF.entries)):
        graph_data = []
        for gd in g.objects(test, UT.graphData):
            graph_data.append((path.parent / Path(urlsplit(str(g.value(gd, UT.graph))).path).name,
                               str(g.value(gd, RDFS.label))))
        action = g.value(test, MF.action)
        requests = []
        for node in _list(g, g.value(action, HT.requests)):
            headers = [(str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue)))
                       for h in _list(g, g.value(node, HT.headers))]
            resp = g.value(node, HT.resp)
            response_headers = {str(g.value(h, HT.fieldName)).lower(): str(g.value(h, HT.fieldValue))
                                for h in _list(g, g.value(resp, HT.headers))}
            boolean = g.value(resp, MF.expectedBoolean)
            body = g.value(resp, HT.body)
            requests.append(Request(
                method=str(g.value(node, HT.methodName)), path=str(g.value(node, HT.absolutePath)),
                headers=headers, body=_body(g, g.value(node, HT.body)),
                statuses=sorted(str(s).rsplit("#", 1)[1] for s in g.objects(resp, MF.expectedStatus)),
                boolean=None if boolean is None else bool(boolean.toPython()),
                format=str(g.value(resp, MF.expectedFormat) or "") or None,
                location_var=str(g.value(resp, MF.expectedLocation) or "") or None,
                response_type=response_headers.get("content-type"),
                response_body=None if body is None else str(g.value(body, CNT.chars))))
        cases.append(Case(str(test).rsplit("#", 1)[1], str(g.value(test, MF.name)), graph_data, requests))
    return cases


def protocol_cases() -> list[Case]:
    return load_manifest(HERE / "protocol" / "manifest.ttl")


def graph_store_cases() -> list[Case]:
    return (load_manifest(HERE / "graph-store-protocol" / "manifest-direct.ttl")
            + load_manifest(HERE / "graph-store-protocol" / "manifest-indirect.ttl"))


def _map_path(path: str) -> str:
    if path.startswith("/sparql/"):
        return "/sparql" + path[len("/sparql/"):]
    if path.startswith("/gsp"):
        return "/graphs" + path[len("/gsp"):]
    return path


def _send(base: str, method: str, path: str, headers: list[tuple[str, str]], body: bytes | None,
          token: str | None) -> tuple[int, dict[str, str], bytes]:
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers:
            conn.putheader(name, value)
        if token:
            conn.putheader("Authorization", f"Bearer {token}")
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _boolean(content_type: str, body: bytes) -> bool | None:
    if content_type == "application/sparql-results+json":
        return json.loads(body).get("boolean")
    if content_type == "application/sparql-results+xml":
        node = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return None if node is None else node.text.strip() == "true"
    return None


def reset(base: str, token: str, case: Case) -> None:
    """Empty the store and load the test's graph data (through the Graph Store Protocol)."""
    status, _, body = _send(base, "POST", "/sparql", [("Content-Type", "application/sparql-update")],
                            b"DROP SILENT ALL", token)
    assert status == 204, f"reset failed: {status} {body[:200]!r}"
    for file, graph in case.graph_data:
        status, _, body = _send(base, "PUT", "/graphs?graph=" + quote(graph, safe=""),
                                [("Content-Type", "application/n-triples")], file.read_bytes(), token)
        assert status in (201, 204), f"loading {file.name} failed: {status} {body[:200]!r}"


def run_case(base: str, case: Case, token: str | None) -> list[str]:
    """Run one test against the server at ``base``; returns the failures (empty: passed)."""
    if token:
        reset(base, token, case)
    failures, variables = [], {}
    for n, req in enumerate(case.requests, 1):
        path = req.path
        body = req.body
        for var, value in variables.items():
            path = path.replace(var, quote(value, safe=":/"))
            if body is not None:
                body = body.replace(var.encode(), value.encode())
        status, headers, payload = _send(base, req.method, _map_path(path), req.headers, body, token)
        where = f"request {n} ({req.method} {path[:60]})"
        allowed = [code for s in req.statuses for code in STATUS[s]]
        if allowed and status not in allowed:
            failures.append(f"{where}: status {status}, expected {'/'.join(req.statuses)}: {payload[:200]!r}")
            continue
        media = headers.get("content-type", "").partition(";")[0].strip()
        if req.format and media not in FORMATS[req.format]:
            failures.append(f"{where}: content type {media!r} is not {req.format}")
        if req.boolean is not None and _boolean(media, payload) is not req.boolean:
            failures.append(f"{where}: expected boolean {req.boolean}, got {payload[:200]!r}")
        if req.response_type and media != req.response_type.partition(";")[0].strip():
            failures.append(f"{where}: content type {media!r}, expected {req.response_type}")
        if req.response_body is not None and req.method != "HEAD":
            expected = rdflib.Graph().parse(data=req.response_body, format="turtle")
            got = rdflib.Graph().parse(data=payload.decode("utf-8"), format=RDFLIB_FORMAT.get(media, "turtle"))
            if not isomorphic(expected, got):
                failures.append(f"{where}: response graph differs: {payload[:300]!r}")
        if req.location_var:
            if "location" not in headers:
                failures.append(f"{where}: no Location header")
            else:
                variables[req.location_var] = headers["location"]
    return failures


def main(argv: list[str]) -> int:
    base, token = argv[1], (argv[2] if len(argv) > 2 else None)
    failed = 0
    for case in protocol_cases() + graph_store_cases():
        failures = run_case(base, case, token)
        failed += bool(failures)
        print(("PASS " if not failures else "FAIL ") + case.name + "".join("\n    " + f for f in failures))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
