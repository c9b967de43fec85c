"""The same build and the same named queries on the embedded store, ``oxigraph serve``
and Virtuoso, side by side (one run; ratios against the embedded store of the same run).

    python bench/remote_bench.py [--articles 200]      # results in bench/results/remote.{md,json}

The servers are started on loopback as the tests start them (tests/remote/servers.py:
Virtuoso 7 with Debian's stock limits and a user granted SPARQL_UPDATE, oxigraph serve
with --union-default-graph), each in a temporary data folder. Measured per store:

- **build**: ``kg build`` of the synthetic corpus (bench/make_corpus.py), extraction
  included (the same work in every column: the difference is the writing);
- **write**: the embedded store's documents written through each store's own writer
  (GSP PUT per article and the marker after it on both servers, bulk load on the
  embedded store);
- **rebuild**: ``kg build`` again (every article skipped: one hash look-up each);
- **stats** and **validate** (SHACL over every article graph, fetched one at a time);
- **export**: the canonical N-Quads export (one GSP GET per article on the servers);
- each **named query** without parameters.

Each store's export and query rows are checked against the embedded store's.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "remote"))
sys.path.insert(0, str(ROOT / "bench"))

import servers  # noqa: E402  (tests/remote/servers.py)

from cnkg.extract.pipeline import Extractor  # noqa: E402
from cnkg.graph.build import build  # noqa: E402
from cnkg.graph.parallel import Built, split_marker  # noqa: E402
from cnkg.graph.remote import RemoteStore  # noqa: E402
from cnkg.graph.store import KnowledgeStore  # noqa: E402
from cnkg.queries.registry import default_registry  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def rewrite(source: KnowledgeStore, target) -> int:
    """Every document of ``source`` through ``target``'s writer; returns the quads."""
    writer, n = target.document_writer(), 0
    for doc in source.documents():
        quads = source.quads(doc.graph)
        body, marker = split_marker(quads)
        writer.add(Built("", doc.document, body, marker, len(quads)))
        n += len(quads)
    writer.close()
    return n


def rows(result) -> list:
    def norm(term):
        value = str(term)
        for sep in (" | ", "、"):
            if sep in getattr(term, "value", ""):
                return sep.join(sorted(term.value.split(sep)))
        return value
    return sorted(tuple(norm(t) for t in row) for row in result)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "remote"))
    args = parser.parse_args(argv)

    corpus = ROOT / "bench" / f"corpus-{args.articles}"
    if not corpus.is_dir():
        import make_corpus
        make_corpus.main(["--articles", str(args.articles), "--out", str(corpus)])
    registry = default_registry()
    queries = [n for n in registry if not (set(registry[n].params) - set(registry[n].optional))]

    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="kg-remote-bench-") as tmp:
        started = [servers.oxigraph(Path(tmp) / "oxigraph"), servers.virtuoso(Path(tmp) / "virtuoso")]
        try:
            stores = {"embedded": lambda: KnowledgeStore(Path(tmp) / "embedded")}
            for server in started:
                stores[server.name] = lambda url=server.url: RemoteStore(url)
            reference = None
            for name, make in stores.items():
                store = make()
                seconds, report = timed(lambda: build(store, [corpus], Extractor.load))
                entry = {"build_s": seconds, "articles": len(report.built), "quads": report.quads}
                entry["export_s"], export = timed(lambda: store.export("nquads"))
                answers = {}
                for q in queries:
                    entry[f"query {q}_s"], answers[q] = timed(
                        lambda q=q: rows(store.query(registry[q].text, registry.bind(q, {}))))
                entry["stats_s"], _ = timed(store.stats)
                entry["rebuild_s"], again = timed(lambda: build(store, [corpus], Extractor.load))
                entry["rebuilt"] = len(again.built)
                entry["validate_s"], (entry["conforms"], _) = timed(store.validate)
                if reference is None:
                    reference = (export, answers, store)
                    target = KnowledgeStore(None)
                else:
                    entry["same_export"] = export == reference[0]
                    entry["same_rows"] = [q for q in queries if answers[q] == reference[1][q]]
                    target = store
                entry["write_s"], _ = timed(lambda: rewrite(reference[2], target))
                results[name] = entry
                print(name, {k: (round(v, 3) if isinstance(v, float) else v) for k, v in entry.items()},
                      flush=True)
        finally:
            for server in started:
                server.stop()

    base = results["embedded"]
    measures = [k for k in base if k.endswith("_s")]
    lines = [f"# Remote stores (`bench/remote_bench.py`, one run)", "",
             f"{args.articles} synthetic articles (bench/make_corpus.py), {base['quads']:,} quads; "
             "seconds, and the ratio to the embedded store of the same run.", "",
             "| measure | embedded | oxigraph serve | Virtuoso 7 |", "| --- | ---: | ---: | ---: |"]
    for m in measures:
        cells = [f"{base[m]:.3f} s"]
        for name in ("oxigraph", "virtuoso"):
            value = results[name][m]
            cells.append(f"{value:.3f} s (× {value / base[m]:.1f})" if base[m] > 0 else f"{value:.3f} s")
        lines.append(f"| {m[:-2]} | " + " | ".join(cells) + " |")
    lines += ["", "Rebuilt on the second build: " + ", ".join(f"{n} {results[n]['rebuilt']}" for n in results),
              "Conforms to the shapes: " + ", ".join(f"{n} {'yes' if results[n]['conforms'] else 'NO'}" for n in results),
              "Same export as the embedded store: "
              + ", ".join(f"{n} {'yes' if results[n]['same_export'] else 'NO'}" for n in ("oxigraph", "virtuoso")),
              "Same rows for every named query: "
              + ", ".join(f"{n} {len(results[n]['same_rows'])}/{len(queries)}" for n in ("oxigraph", "virtuoso"))]
    Path(args.out + ".json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    Path(args.out + ".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
