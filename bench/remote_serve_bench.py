"""``kg serve`` over the embedded store, ``oxigraph serve`` and Virtuoso, side by side
(one run; ratios against the embedded store of the same run).

    python bench/remote_serve_bench.py [--articles 200] [--requests 20]
    # results in bench/results/remote-serve.{md,json}

The servers are started on loopback as the tests start them (tests/remote/servers.py).
The embedded store is built from the synthetic corpus (bench/make_corpus.py); each
server gets its documents through the remote store's writer (**write**: a GSP PUT per
article, its union kept, the marker last). Then each store is served by the real
service (uvicorn, as tests/server_fixture.py) and each request below is timed as the
median of ``--requests`` runs, one at a time over one kept-alive connection; every answer is checked against the
embedded service's. **start** is the service's start-up (the label index; on the
embedded store also every entity's description).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "remote"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
import servers  # noqa: E402  (tests/remote/servers.py)
from server_fixture import live_server  # noqa: E402  (tests/server_fixture.py)

from cnkg.api.app import create_app  # noqa: E402
from cnkg.api.settings import Settings  # noqa: E402
from cnkg.extract.pipeline import Extractor  # noqa: E402
from cnkg.graph.build import build  # noqa: E402
from cnkg.graph.parallel import Built, split_marker  # noqa: E402
from cnkg.graph.remote import RemoteStore  # noqa: E402
from cnkg.graph.store import KnowledgeStore  # noqa: E402

COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PERSONS = "SELECT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l } ORDER BY ?l LIMIT 50"


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def write(source: KnowledgeStore, target) -> None:
    writer = target.document_writer()
    for doc in source.documents():
        body, marker = split_marker(source.quads(doc.graph))
        writer.add(Built("", doc.document, body, marker, 0))
    writer.close()


def requests_for(entity: str) -> dict[str, tuple[str, dict]]:
    return {
        "/sparql COUNT over GRAPH ?g": ("/sparql", {"query": COUNT_QUADS}),
        "/sparql COUNT over the default graph": ("/sparql", {"query": COUNT_TRIPLES}),
        "/sparql 50 people by label": ("/sparql", {"query": PERSONS}),
        "/entities?q=": ("/entities", {"q": "国家", "limit": 50}),
        "/entities/{id}": ("/entities/" + quote(entity), {}),
        "/entities/{id}/neighbors": ("/entities/" + quote(entity) + "/neighbors", {}),
        "/queries/statistics": ("/queries/statistics", {}),
        "/stats": ("/stats", {}),
    }


def answer(response: httpx.Response):
    assert response.status_code == 200, response.text
    body = response.json()
    if isinstance(body, dict) and "results" in body:      # row order is the engine's where unordered
        return sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in body["results"]["bindings"])
    if isinstance(body, dict) and "nodes" in body:
        body["nodes"].sort(key=lambda n: n["id"])
    if isinstance(body, dict) and "queries_running" in body:
        return {k: body[k] for k in ("quads", "triples", "graphs", "entities")}
    return body


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "remote-serve"))
    args = parser.parse_args(argv)

    corpus = ROOT / "bench" / f"corpus-{args.articles}"
    if not corpus.is_dir():
        import make_corpus
        make_corpus.main(["--articles", str(args.articles), "--out", str(corpus)])
    embedded = KnowledgeStore(None)
    build(embedded, [corpus], Extractor.load)
    quads = len(embedded)
    results: dict = {}
    reference: dict = {}
    with tempfile.TemporaryDirectory(prefix="kg-remote-serve-bench-") as tmp:
        started = [servers.oxigraph(Path(tmp) / "oxigraph"), servers.virtuoso(Path(tmp) / "virtuoso")]
        try:
            entity = None
            for name in ("embedded", *(s.name for s in started)):
                entry: dict = {}
                if name == "embedded":
                    settings, knowledge = Settings(store=":memory:", cache_entries=0), embedded
                    entry["write_s"], _ = timed(lambda: write(embedded, KnowledgeStore(None)))
                else:
                    url = next(s.url for s in started if s.name == name)
                    entry["write_s"], _ = timed(lambda: write(embedded, RemoteStore(url)))
                    settings, knowledge = Settings(store=url), None
                app = create_app(settings, knowledge=knowledge)
                started_at = time.perf_counter()
                with live_server(app) as base, httpx.Client(base_url=base, timeout=600) as client:
                    entry["start_s"] = time.perf_counter() - started_at    # live_server returns once started
                    if entity is None:
                        hits = client.get("/entities", params={"q": "国家", "limit": 1}).json()
                        entity = hits["items"][0]["id"]
                    for label, (path, params) in requests_for(entity).items():
                        times, response = [], None
                        for _ in range(args.requests):
                            seconds, response = timed(lambda: client.get(path, params=params))
                            times.append(seconds)
                        got = answer(response)
                        if name == "embedded":
                            reference[label] = got
                        else:
                            entry.setdefault("different", [])
                            if got != reference[label]:
                                entry["different"].append(label)
                        entry[label + "_s"] = statistics.median(times)
                results[name] = entry
                print(name, {k: (round(v, 4) if isinstance(v, float) else v) for k, v in entry.items()}, flush=True)
        finally:
            for server in started:
                server.stop()

    base = results["embedded"]
    lines = ["# `kg serve` over remote stores (`bench/remote_serve_bench.py`, one run)", "",
             f"{args.articles} synthetic articles (bench/make_corpus.py), {quads:,} quads in the embedded store. "
             f"Requests: the median of {args.requests}, one at a time, over loopback; "
             "seconds, and the ratio to the embedded store of the same run. "
             "write: the documents through each store's own writer; start: the service's start-up.", "",
             "| measure | embedded | oxigraph serve | Virtuoso 7 |", "| --- | ---: | ---: | ---: |"]
    for m in [k for k in base if k.endswith("_s")]:
        cells = [f"{base[m]:.4f} s"]
        for name in ("oxigraph", "virtuoso"):
            value = results[name][m]
            cells.append(f"{value:.4f} s (× {value / base[m]:.1f})" if base[m] > 0 else f"{value:.4f} s")
        lines.append(f"| {m[:-2]} | " + " | ".join(cells) + " |")
    lines += ["", "Answers different from the embedded service's: "
              + ", ".join(f"{n} {results[n]['different'] or 'none'}" for n in ("oxigraph", "virtuoso"))]
    Path(args.out + ".json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    Path(args.out + ".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
