"""What keeping the full-text index in step costs a build's writes.

    python bench/fulltext_write_cost.py --articles 300 [--cache /tmp/built.pickle]

Extracts N synthetic articles once (bench/make_corpus.py; ``--cache`` keeps the result
for the next run), then writes them into a fresh store through ``kg build``'s writer
(graph/writes.py StoreWriter: bulk loads, markers last) with the index following every
write and with it switched off, alternating, three rounds each; then times
``kg search --reindex`` of the same store. Medians and ratios (the machine is shared, so
the ratio of two figures taken in the same run is what to read) are printed and, with
``--write``, appended to bench/results/fulltext_write_cost.json.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def extracted(articles: int, cache: Path | None) -> list:
    from cnkg.extract.pipeline import Extractor
    from cnkg.graph import parallel
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    with tempfile.TemporaryDirectory(prefix="kg-fts-cost-") as tmp:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--articles", str(articles), "--out", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        paths = [str(p) for p in sorted(Path(tmp).rglob("*.txt"))]
        extractor = Extractor.load()
        built = parallel.extract_paths(lambda: extractor, paths, parallel.Job())
    if cache is not None:
        cache.write_bytes(pickle.dumps(built))
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    from cnkg.graph.store import KnowledgeStore
    from cnkg.graph.writes import StoreWriter
    built = extracted(args.articles, args.cache)
    times: dict[str, list[float]] = {"without index": [], "with index": [], "reindex": []}
    where = Path(tempfile.mkdtemp(prefix="kg-fts-cost-store-"))
    try:
        for _ in range(args.rounds):
            for mode in ("without index", "with index"):
                shutil.rmtree(where / "kg", ignore_errors=True)
                knowledge = KnowledgeStore(where / "kg")
                if mode == "without index":
                    knowledge.sync_fulltext = lambda graphs=None: None
                start = time.perf_counter()
                writer = StoreWriter(knowledge)
                for doc in built:
                    writer.add(doc)
                writer.close()
                times[mode].append(time.perf_counter() - start)
                if mode == "with index":
                    start = time.perf_counter()
                    articles, sentences = knowledge.reindex_fulltext()
                    times["reindex"].append(time.perf_counter() - start)
                del knowledge, writer
                gc.collect()
    finally:
        shutil.rmtree(where, ignore_errors=True)
    medians = {k: statistics.median(v) for k, v in times.items()}
    result = {"when": time.strftime("%Y-%m-%d %H:%M"), "articles": len(built), "sentences": sentences,
              "quads": sum(b.quads for b in built), "load_average": [round(x, 1) for x in os.getloadavg()],
              "median_s": {k: round(v, 2) for k, v in medians.items()}, "rounds_s": times,
              "with_over_without": round(medians["with index"] / medians["without index"], 2),
              "reindex_ms_per_article": round(medians["reindex"] / len(built) * 1000, 1)}
    print(json.dumps({k: v for k, v in result.items() if k != "rounds_s"}, ensure_ascii=False))
    if args.write:
        path = HERE / "results" / "fulltext_write_cost.json"
        runs = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        path.write_text(json.dumps(runs + [result], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
