"""Scale benchmark: cost against corpus size, side by side with the reference tools.

Not a test. Needs the ``bench`` extra and corpora from ``bench/make_corpus.py``
(``make bench`` does both). Measures, on this machine:

- extraction characters/s per process with 1 and 2 worker processes (1,000 articles;
  rounds alternate 1 and 2 workers, medians; pools warmed before timing);
- ``kg build --workers 2`` end to end at every size: articles/s, triples, peak memory
  of the process tree (parent + workers, sampled every 0.1 s), MiB per million triples;
- load: our writer (bulk load + transactional markers) against ``Store.bulk_load`` of
  the same N-Quads into a fresh on-disk store (rounds alternated);
- named queries: our store against rdflib in memory on the same data (first 100
  articles: rdflib's parser and evaluator are too slow for more);
- entity search: the label index (``/entities?q=``, ``kg search``) against graph size,
  and the ``FILTER(CONTAINS())`` scan it replaces;
- HTTP: the figures of ``bench/http/run.py``, when present.

    .venv/bin/python bench/run.py [--sizes 10,1000,10000] [--rounds 3]

Writes ``bench/results/scale.json``, ``bench/results/README.md`` and PNG plots.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"

BARS = {"extraction_scaling": 1.7, "load_vs_bulk_load": 0.7, "memory_10k_vs_1k": 1.5, "search_ms": 20.0}


def median(xs):
    return statistics.median(xs) if xs else None


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, flush=True)


# ----------------------------------------------------------------- extraction scaling

def _warm(_):
    from cnkg.graph import parallel
    parallel._worker["extractor"]()      # load the pipeline in this worker
    time.sleep(0.5)                      # so the next warm-up task goes to another worker
    return os.getpid()


def extraction_round(paths: list[str], chars: int, workers: int) -> tuple[float, float]:
    """(chars/s, chars per CPU-second of the workers) of extraction alone (no store), with a
    warmed pool of ``workers`` processes. The second figure does not depend on how many
    cores other jobs leave us: it tells a scaling limit of the code from one of the machine."""
    import psutil
    from cnkg.extract.pipeline import Extractor
    from cnkg.graph import parallel
    job = parallel.Job()
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=parallel._init_worker,
                             initargs=(Extractor.load, job)) as pool:
        pids = set(pool.map(_warm, range(workers * 2)))
        assert len(pids) == workers, pids
        procs = [psutil.Process(pid) for pid in pids]
        cpu0 = sum(sum(p.cpu_times()[:2]) for p in procs)
        start = time.perf_counter()
        n = sum(len(r) for r in pool.map(parallel._run_chunk, list(parallel.chunks(paths, parallel.CHUNK))))
        elapsed = time.perf_counter() - start
        cpu = sum(sum(p.cpu_times()[:2]) for p in procs) - cpu0
    assert n == len(paths)
    return chars / elapsed, chars / cpu


def bench_extraction(corpus: Path, rounds: int) -> dict:
    from cnkg.graph.parallel import as_paths
    paths = as_paths([corpus])
    chars = sum(len(Path(p).read_text(encoding="utf-8")) for p in paths)
    runs, per_cpu = {1: [], 2: []}, {1: [], 2: []}
    for r in range(rounds):
        for w in (1, 2) if r % 2 == 0 else (2, 1):     # alternate which goes first
            rate, cpu_rate = extraction_round(paths, chars, w)
            runs[w].append(rate)
            per_cpu[w].append(cpu_rate)
            log(f"extraction round {r}: {w} worker(s) {rate:,.0f} chars/s, {cpu_rate:,.0f} chars/CPU-s "
                f"(load {os.getloadavg()[0]:.1f})")
    one, two = median(runs[1]), median(runs[2])
    return {"articles": len(paths), "chars": chars, "rounds": rounds,
            "chars_per_s": {"1": one, "2": two}, "chars_per_s_per_process": {"1": one, "2": two / 2},
            "chars_per_cpu_s": {"1": median(per_cpu[1]), "2": median(per_cpu[2])},
            "runs": {str(k): [round(x) for x in v] for k, v in runs.items()}, "scaling_1_to_2": two / one}


# ----------------------------------------------------------------- end-to-end build

def _tree_rss(proc) -> int:
    import psutil
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_measured(argv: list[str]) -> tuple[float, int, int]:
    """(seconds, peak RSS of the process tree, peak RSS of the parent) of a command."""
    import psutil
    start = time.perf_counter()
    popen = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    proc = psutil.Process(popen.pid)
    peak, peak_parent = 0, 0
    while popen.poll() is None:
        peak = max(peak, _tree_rss(proc))
        try:
            peak_parent = max(peak_parent, proc.memory_info().rss)
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    if popen.returncode != 0:
        raise RuntimeError(f"{argv}: exit {popen.returncode}: {popen.stderr.read().decode()[-2000:]}")
    return elapsed, peak, peak_parent


def bench_build(corpus: Path, store: Path, workers: int) -> dict:
    from cnkg.graph.store import KnowledgeStore
    shutil.rmtree(store, ignore_errors=True)
    n = sum(1 for _ in corpus.rglob("*.txt"))
    seconds, peak, peak_parent = run_measured([str(BIN / "kg"), "build", str(corpus), "--store", str(store),
                                               "--workers", str(workers)])
    kb = KnowledgeStore(store)
    quads = len(kb)
    triples = int(next(iter(kb.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                     "WHERE { ?s ?p ?o } }")))["n"].value)
    del kb
    return {"articles": n, "workers": workers, "seconds": seconds, "articles_per_s": n / seconds,
            "quads": quads, "triples": triples, "peak_rss_mib": peak / 2**20,
            "peak_parent_rss_mib": peak_parent / 2**20,
            "mib_per_million_triples": peak / 2**20 / (triples / 1e6) if triples else None}


# ----------------------------------------------------------------- load vs bulk_load

def bench_load(corpus: Path, rounds: int, tmp: Path) -> dict:
    import pyoxigraph as ox

    from cnkg.extract.pipeline import Extractor
    from cnkg.graph import parallel, writes
    from cnkg.graph.store import KnowledgeStore
    built = [r for r in parallel.local_results(parallel.as_paths([corpus]), parallel.Job(), Extractor.load,
                                               workers=2) if isinstance(r, writes.Built)]
    quads = sum(b.quads for b in built)
    nquads = tmp / "load.nq"
    nquads.write_bytes(b"".join(b.body + b.marker for b in built))
    ours, raw = [], []
    for r in range(rounds):
        for which in ("ours", "raw") if r % 2 == 0 else ("raw", "ours"):
            path = tmp / f"load-{which}"
            shutil.rmtree(path, ignore_errors=True)
            if which == "ours":
                kb = KnowledgeStore(path)
                start = time.perf_counter()
                writer = writes.StoreWriter(kb)
                for b in built:
                    writer.add(b)
                writer.close()
                ours.append(quads / (time.perf_counter() - start))
                assert len(kb) == quads
                del kb, writer
            else:
                store = ox.Store(str(path))
                start = time.perf_counter()
                store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
                store.flush()
                raw.append(quads / (time.perf_counter() - start))
                assert len(store) == quads
                del store
            log(f"load round {r}: {which} {(ours if which == 'ours' else raw)[-1]:,.0f} quads/s")
    return {"articles": len(built), "quads": quads, "rounds": rounds,
            "ours_quads_per_s": median(ours), "bulk_load_quads_per_s": median(raw),
            "runs": {"ours": ours, "bulk_load": raw}, "ratio": median(ours) / median(raw)}


# ----------------------------------------------------------------- named queries vs rdflib

def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    return rdflib.Literal(term.value, lang=term.language,
                          datatype=None if term.language else rdflib.URIRef(term.datatype.value))


def bench_queries(store_path: Path, n_articles: int, reps: int, tmp: Path) -> dict:
    import rdflib

    from cnkg.graph.namespaces import PREFIXES
    from cnkg.graph.store import KnowledgeStore
    from cnkg.queries.registry import default_registry
    src = KnowledgeStore(store_path, create=False)
    docs = [d.graph for d in src.documents()][:n_articles]
    kb = KnowledgeStore(None)
    for g in docs:
        kb.store.extend(src.quads(g))
    del src
    data = kb.export("nquads")
    ds = rdflib.Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    rdflib_parse_s = time.perf_counter() - t

    def first(sparql):
        return next(iter(kb.query(sparql)))[0].value
    person = first("SELECT ?p WHERE { ?m org:member ?p ; org:organization ?b } ORDER BY ?p LIMIT 1")
    body = first("SELECT ?b WHERE { ?u kg:subOrganizationOf ?b } ORDER BY ?b LIMIT 1")
    tech = first("SELECT ?t WHERE { ?g kg:involvesTechnology ?t } ORDER BY ?t LIMIT 1")
    registry = default_registry()
    params = {"entity": {"entity": person}, "provenance": {"subject": person, "predicate": "holdsPost"},
              "officials": {"within": body}, "org-hierarchy": {"root": body}, "goals": {"technology": tech},
              "technologies": {"body": body}, "facts": {"article": docs[0]}, "statistics": {"article": docs[0]}}
    out = {}
    for name, query in registry.items():
        subs = registry.bind(name, params.get(name, {}))
        init = {rdflib.Variable(v.value): _to_rdflib(t) for v, t in subs.items()}
        ox_ms, rl_ms, error, n_rl = [], [], None, None
        for _ in range(reps):
            t = time.perf_counter()
            n_ox = len(list(kb.query(query.text, subs)))
            ox_ms.append((time.perf_counter() - t) * 1000)
            if error:
                continue
            t = time.perf_counter()
            try:
                n_rl = len(list(ds.query(query.text, initNs=PREFIXES, initBindings=init)))
            except Exception as exc:   # rdflib cannot run some valid queries; record which
                error = f"{type(exc).__name__}: {exc}"
                continue
            rl_ms.append((time.perf_counter() - t) * 1000)
        out[name] = {"oxigraph_ms": median(ox_ms), "rdflib_ms": median(rl_ms), "rows": n_ox,
                     "rdflib_rows": n_rl, "rdflib_error": error,
                     "speedup": median(rl_ms) / median(ox_ms) if rl_ms else None}
        log(f"query {name}: {out[name]['oxigraph_ms']:.2f} ms vs rdflib {out[name]['rdflib_ms']} ms {error or ''}")
    speedups = [q["speedup"] for q in out.values() if q["speedup"]]
    return {"articles": len(docs), "quads": len(kb), "reps": reps, "rdflib_parse_s": rdflib_parse_s,
            "queries": out, "geomean_speedup": statistics.geometric_mean(speedups)}


# ----------------------------------------------------------------- entity search

NEEDLES = ("国家发展改革委", "信息技术", "司", "人工智能", "5G", "王", "杰", "数据中心", "工业和信息化部", "大学",
           "华为", "科技", "博览会", "规划", "发展", "云计算", "李明", "国华", "张", "研究")


def bench_search(store_path: Path, reps: int) -> dict:
    import pyoxigraph as ox
    from fastapi.testclient import TestClient

    from cnkg.api.app import create_app
    from cnkg.api.graph_commands import label_index
    from cnkg.api.settings import Settings
    from cnkg.graph.store import KnowledgeStore
    kb = KnowledgeStore(store_path, create=False)
    t = time.perf_counter()
    index = label_index(kb)
    build_s = time.perf_counter() - t
    lat = []
    for _ in range(reps):
        for q in NEEDLES:
            t = time.perf_counter()
            index.search(q, limit=20)
            lat.append((time.perf_counter() - t) * 1000)
    scan = []
    for q in NEEDLES[:3]:   # what the index replaces (a needle absent from the data scans everything)
        t = time.perf_counter()
        list(kb.query("SELECT DISTINCT ?e ?q WHERE { ?e rdfs:label ?l FILTER(CONTAINS(STR(?l), ?q)) } LIMIT 20",
                      {ox.Variable("q"): ox.Literal(q)}))
        scan.append((time.perf_counter() - t) * 1000)
    quads, entities = len(kb), len(index)
    del kb, index
    gc.collect()   # release the store's lock for the kg search processes
    cli = []
    for q in NEEDLES[:3]:
        t = time.perf_counter()
        subprocess.run([str(BIN / "kg"), "search", q, "--store", str(store_path), "--json"], check=True,
                       stdout=subprocess.DEVNULL)
        cli.append((time.perf_counter() - t) * 1000)
    http = []
    with TestClient(create_app(Settings(store=str(store_path), cache_entries=0))) as client:
        for _ in range(reps):
            for q in NEEDLES:
                t = time.perf_counter()
                assert client.get("/entities", params={"q": q}).status_code == 200
                http.append((time.perf_counter() - t) * 1000)
    del client
    gc.collect()   # the app holds the store until collected
    lat.sort()
    return {"quads": quads, "entities": entities,
            "index_build_s": build_s, "search_median_ms": median(lat), "search_p95_ms": lat[int(len(lat) * .95)],
            "http_entities_median_ms": median(http), "filter_contains_median_ms": median(scan),
            "cli_process_median_ms": median(cli)}


# ----------------------------------------------------------------- report

def write_report(results: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    plots(results)
    (RESULTS / "README.md").write_text(markdown(results), encoding="utf-8")


def _f(x, digits=0):
    return "–" if x is None else f"{x:,.{digits}f}"


def markdown(res: dict) -> str:
    lines = ["# Benchmark results (`make bench`)", "",
             f"Machine: {res['machine']['cpus']} cores, Python {res['machine']['python']}, "
             f"{res['machine']['date']}; shared with other jobs (load average at start "
             f"{res['machine']['loadavg_start']}, at end {res['machine'].get('loadavg_end')}). "
             "Medians of alternated rounds. Raw figures: `scale.json`.", "",
             "## Against the bars of issue 5", "", "| measure | figure | bar | |", "| --- | --- | --- | --- |"]
    for row in res["bars"]:
        lines.append(f"| {row['measure']} | {row['figure']} | {row['bar']} | {'✅' if row['ok'] else '❌'} |")
    lines += ["", "## End-to-end `kg build --workers 2` against size", "",
              "| articles | seconds | articles/s | triples | quads | peak RSS (tree) MiB | parent MiB | MiB per M triples |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for b in res["build"]:
        lines.append(f"| {b['articles']:,} | {_f(b['seconds'], 1)} | {_f(b['articles_per_s'], 1)} | {b['triples']:,} | "
                     f"{b['quads']:,} | {_f(b['peak_rss_mib'])} | {_f(b['peak_parent_rss_mib'])} | "
                     f"{_f(b['mib_per_million_triples'])} |")
    if res.get("extraction"):
        e = res["extraction"]
        lines += ["", f"## Extraction, {e['articles']:,} articles ({e['chars']:,} characters)", "",
                  "| workers | characters/s | per process | per CPU-second of the workers |", "| --- | --- | --- | --- |",
                  f"| 1 | {_f(e['chars_per_s']['1'])} | {_f(e['chars_per_s_per_process']['1'])} | "
                  f"{_f(e.get('chars_per_cpu_s', {}).get('1'))} |",
                  f"| 2 | {_f(e['chars_per_s']['2'])} | {_f(e['chars_per_s_per_process']['2'])} | "
                  f"{_f(e.get('chars_per_cpu_s', {}).get('2'))} |",
                  "", f"Scaling 1 → 2 workers: **{e['scaling_1_to_2']:.2f}×** (runs: {e['runs']})."]
    if res.get("load"):
        lo = res["load"]
        lines += ["", f"## Load, {lo['quads']:,} quads ({lo['articles']:,} articles), fresh on-disk store", "",
                  "| writer | quads/s |", "| --- | --- |",
                  f"| `kg build` writer (bulk load + markers in one transaction) | {_f(lo['ours_quads_per_s'])} |",
                  f"| `Store.bulk_load` of the same N-Quads file | {_f(lo['bulk_load_quads_per_s'])} |",
                  "", f"Ratio: **{lo['ratio']:.2f}×**."]
    if res.get("queries"):
        q = res["queries"]
        lines += ["", f"## Named queries, {q['articles']} articles ({q['quads']:,} quads): pyoxigraph vs rdflib in memory", "",
                  "| query | rows | pyoxigraph ms | rdflib ms | rdflib / ours |", "| --- | --- | --- | --- | --- |"]
        for name, v in q["queries"].items():
            if v["speedup"] is None:
                lines.append(f"| {name} | {v['rows']} | {v['oxigraph_ms']:.2f} | fails: {v['rdflib_error'][:60]} | – |")
            else:
                lines.append(f"| {name} | {v['rows']} | {v['oxigraph_ms']:.2f} | {v['rdflib_ms']:.1f} | "
                             f"{v['speedup']:.0f}× |")
        lines += ["", f"Geometric mean: ours is **{q['geomean_speedup']:.0f}×** faster "
                      f"(rdflib also needs {q['rdflib_parse_s']:.1f} s to parse the data)."]
    if res.get("search"):
        lines += ["", "## Entity search against graph size", "",
                  "| articles | quads | index build s | search median ms | p95 ms | GET /entities median ms | "
                  "FILTER(CONTAINS) ms | `kg search` process ms |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for s in res["search"]:
            lines.append(f"| {s['articles']:,} | {s['quads']:,} | {s['index_build_s']:.2f} | {s['search_median_ms']:.3f} | "
                         f"{s['search_p95_ms']:.3f} | {s['http_entities_median_ms']:.2f} | "
                         f"{s['filter_contains_median_ms']:.0f} | {s['cli_process_median_ms']:.0f} |")
    if res.get("http"):
        lines += ["", "## HTTP (bench/http: see http.md)", ""]
        for server, v in res["http"].items():
            lines.append(f"- {server}: " + ", ".join(f"{k} {d.get('rps')} req/s ({d.get('vs_oxigraph')}× oxigraph serve)"
                                                      for k, d in v.items() if isinstance(d, dict)))
    lines += ["", "## Plots", "", "![build](build.png)", "", "![search](search.png)", "", "![ratios](ratios.png)", ""]
    return "\n".join(lines)


def plots(res: dict) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    b = res["build"]
    x = [r["articles"] for r in b]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.2))
    axes[0].plot(x, [r["seconds"] for r in b], "o-")
    axes[0].set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds",
                title="kg build --workers 2: time (linear = slope 1)")
    axes[1].plot(x, [r["articles_per_s"] for r in b], "o-")
    axes[1].set(xscale="log", xlabel="articles", ylabel="articles/s", title="throughput", ylim=(0, None))
    axes[2].plot(x, [r["peak_rss_mib"] for r in b], "o-", label="process tree")
    axes[2].plot(x, [r["peak_parent_rss_mib"] for r in b], "s--", label="parent (writer)")
    axes[2].set(xscale="log", xlabel="articles", ylabel="peak RSS, MiB", title="peak memory", ylim=(0, None))
    axes[2].legend()
    for ax in axes:
        ax.grid(alpha=.3)
    fig.tight_layout()
    fig.savefig(RESULTS / "build.png", dpi=110)
    plt.close(fig)

    if res.get("search"):
        s = res["search"]
        fig, ax = plt.subplots(figsize=(7, 4.2))
        q = [r["quads"] for r in s]
        ax.plot(q, [r["search_median_ms"] for r in s], "o-", label="label index: search")
        ax.plot(q, [r["http_entities_median_ms"] for r in s], "s-", label="GET /entities?q= (in-process client)")
        ax.plot(q, [r["filter_contains_median_ms"] for r in s], "^--", label="SPARQL FILTER(CONTAINS) scan")
        ax.axhline(BARS["search_ms"], color="red", lw=1, ls=":", label="bar: 20 ms")
        ax.set(xscale="log", yscale="log", xlabel="quads in the store", ylabel="median latency, ms",
               title="entity search against graph size")
        ax.grid(alpha=.3)
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(RESULTS / "search.png", dpi=110)
        plt.close(fig)

    rows = [r for r in res["bars"] if r.get("ratio") is not None]
    fig, ax = plt.subplots(figsize=(8, 4.2))
    names = [r["short"] for r in rows]
    ax.barh(names, [r["ratio"] for r in rows], color=["tab:green" if r["ok"] else "tab:red" for r in rows])
    for i, r in enumerate(rows):
        ax.plot([r["bar_value"]] * 2, [i - .4, i + .4], color="black", lw=2)
        ax.text(r["ratio"], i, f" {r['ratio']:.2f}", va="center")
    ax.set(xlabel="ratio (black tick: the bar)", title="ratios against their bars")
    ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(RESULTS / "ratios.png", dpi=110)
    plt.close(fig)


def bars(res: dict) -> list[dict]:
    out = []
    e = res.get("extraction")
    if e:
        out.append({"measure": "extraction 1 → 2 workers, 1,000 articles", "short": "extraction 2w/1w",
                    "figure": f"{e['scaling_1_to_2']:.2f}×", "bar": "≥ 1.7×", "ratio": e["scaling_1_to_2"],
                    "bar_value": 1.7, "ok": e["scaling_1_to_2"] >= 1.7})
    lo = res.get("load")
    if lo:
        out.append({"measure": "load vs raw bulk_load, same N-Quads", "short": "load / bulk_load",
                    "figure": f"{lo['ratio']:.2f}×", "bar": "≥ 0.7×", "ratio": lo["ratio"], "bar_value": 0.7,
                    "ok": lo["ratio"] >= 0.7})
    by = {b["articles"]: b for b in res["build"]}
    if 1000 in by and 10000 in by:
        m = by[10000]["peak_rss_mib"] / by[1000]["peak_rss_mib"]
        out.append({"measure": "peak memory, 10,000 vs 1,000 articles", "short": "memory 10k/1k",
                    "figure": f"{m:.2f}× ({by[10000]['peak_rss_mib']:.0f} / {by[1000]['peak_rss_mib']:.0f} MiB)",
                    "bar": "≤ 1.5×", "ratio": m, "bar_value": 1.5, "ok": m <= 1.5})
        out.append({"measure": "10,000 articles build end to end", "short": None, "ratio": None,
                    "figure": f"{by[10000]['seconds']:.0f} s, {by[10000]['triples']:,} triples", "bar": "builds",
                    "ok": True})
    for s in res.get("search", []):
        if s["articles"] == max(x["articles"] for x in res["search"]):
            out.append({"measure": f"entity search median, {s['articles']:,}-article graph (index / GET /entities)",
                        "short": None, "ratio": None,
                        "figure": f"{s['search_median_ms']:.3f} ms / {s['http_entities_median_ms']:.2f} ms",
                        "bar": "≤ 20 ms", "ok": s["http_entities_median_ms"] <= 20})
    q = res.get("queries")
    if q:
        out.append({"measure": "named queries vs rdflib in memory (geometric mean)", "short": None, "ratio": None,
                    "figure": f"{q['geomean_speedup']:.0f}× faster", "bar": "(report)", "ok": True})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip", default="", help="comma-separated: extraction,load,build,queries,search")
    parser.add_argument("--only", default="", help="run only these sections and update the other ones "
                                                   "from the existing scale.json")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    sections = {"extraction", "load", "build", "queries", "search"}
    skip = set(filter(None, args.skip.split(",")))
    if args.only:
        skip = sections - set(args.only.split(","))
    corpora = {n: ROOT / "bench" / f"corpus-{n}" for n in sizes}
    for n, path in corpora.items():
        if not path.is_dir():
            raise SystemExit(f"missing {path}: python bench/make_corpus.py --articles {n} --out {path}")
    import pyoxigraph
    previous = RESULTS / "scale.json"
    res = json.loads(previous.read_text()) if args.only and previous.exists() else {}
    res |= {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                       "pyoxigraph": pyoxigraph.__version__, "date": time.strftime("%Y-%m-%d %H:%M"),
                       "loadavg_start": [round(x, 1) for x in os.getloadavg()]}, "sizes": sizes}
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        mid = 1000 if 1000 in sizes else sizes[0]
        if "extraction" not in skip:
            res["extraction"] = bench_extraction(corpora[mid], args.rounds)
        if "load" not in skip:
            res["load"] = bench_load(corpora[mid], args.rounds, tmp)
        if "build" not in skip:
            res["build"], res["search"] = [], []
        for n in sizes if "build" not in skip else []:
            log(f"build {n} articles")
            res["build"].append(bench_build(corpora[n], tmp / f"store-{n}", args.workers))
            log(f"  {res['build'][-1]}")
            if "search" not in skip:
                res["search"].append({"articles": n, **bench_search(tmp / f"store-{n}", reps=5)})
                log(f"  {res['search'][-1]}")
        if "queries" not in skip and "build" not in skip:
            res["queries"] = bench_queries(tmp / f"store-{mid}", 100, reps=5, tmp=tmp)
        http = RESULTS / "http.json"
        if http.exists():
            res["http"] = json.loads(http.read_text()).get("median", {})
        res["machine"]["loadavg_end"] = [round(x, 1) for x in os.getloadavg()]
        res["bars"] = bars(res)
        write_report(res)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for row in res["bars"]:
        print(f"{'OK ' if row['ok'] else 'BAD'} {row['measure']}: {row['figure']} (bar {row['bar']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
