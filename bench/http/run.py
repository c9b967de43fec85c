"""HTTP benchmark: our service vs ``oxigraph serve-read-only`` vs rdflib-endpoint, side by side.

Not a test. Needs ``wrk`` (Debian) and the ``bench`` extra (``oxigraph``, ``rdflib-endpoint``).
One store is built with ``kg build`` (``--articles``, default ``data/articles``; or an
existing one with ``--store``); our server and Oxigraph's read the same RocksDB
directory, rdflib-endpoint reads its Turtle export (``kg export``). Rounds alternate the
servers so that noise from other processes on the machine spreads over all of them.

Every request looks up a different thing: a wrk Lua script cycles through ``--sample``
label look-ups (``SELECT ?e WHERE { ?e rdfs:label "…"@zh }``, the same texts for every
server) and as many entity ids, each wrk thread from its own offset — a response cache
sees each request once per cycle, so it cannot carry the figures. Our server is measured
with its response cache off (``KG_CACHE_ENTRIES=0``) and on (the default), with
``kg serve``'s default workers (one per CPU for a read-only store); ``--baseline DIR``
adds a git worktree of an older version, served the same way, for before/after.

    .venv/bin/python bench/http/run.py [--rounds 3] [--duration 8] [--store DIR] [--baseline DIR]

Writes ``bench/results/http.json`` and ``bench/results/http.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
LOOKUP = 'SELECT ?e WHERE { ?e <%s> %s }'   # the label as an N-Triples literal
KGR = "https://w3id.org/cnpkg/id/"
LUA = """
local paths = {%s}
local counter = 0
function setup(thread)
  thread:set("start", counter * 7919)
  counter = counter + 1
end
local i = nil
function request()
  if i == nil then i = (tonumber(wrk.thread:get("start")) or 0) %% #paths end
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def lookups(store: Path, n: int) -> list[tuple[str, str]]:
    """``n`` (label literal, entity id) pairs of distinct entities (those the entity API
    serves) with a Chinese label, spread over the store."""
    import pyoxigraph as ox
    sys.path.insert(0, str(ROOT))
    from cnkg.graph.labels import LabelIndex
    index = LabelIndex.from_store(ox.Store.read_only(str(store)))
    pairs = sorted((str(ox.Literal(info.labels["zh"][0], language="zh")), info.id)
                   for info in index.entities.values() if info.labels.get("zh"))
    step = max(1, len(pairs) // n)
    return pairs[::step][:n]


def lua_script(path: Path, paths: list[str]) -> Path:
    path.write_text(LUA % ", ".join(json.dumps(p) for p in paths), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def wrk(url: str, script: Path, duration: int, connections: int = 16, threads: int = 2) -> dict:
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
                          "-s", str(script), url], capture_output=True, text=True, check=True).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50_ms": ms("50%"), "p99_ms": ms("99%"), "non_2xx": int(errors.group(1)) if errors else 0}


class Server:
    def __init__(self, name: str, argv: list[str], env: dict | None = None):
        self.name, self.argv, self.env = name, argv, env

    def __enter__(self):
        self.proc = subprocess.Popen(self.argv, env={**os.environ, **(self.env or {})},
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=8, help="seconds per wrk run")
    parser.add_argument("--articles", type=Path, default=ROOT / "data" / "articles", help="articles to build")
    parser.add_argument("--store", type=Path, default=None, help="use this built store instead (not written)")
    parser.add_argument("--sample", type=int, default=1000, help="distinct look-ups cycled through")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="a git worktree of an older version to serve too (before/after)")
    args = parser.parse_args()
    for tool in ("wrk", str(BIN / "oxigraph"), str(BIN / "rdflib-endpoint")):
        if not shutil.which(tool):
            sys.exit(f"missing {tool}: apt-get install wrk; pip install -e '.[bench]'")

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    turtle = work / "kg.ttl"
    store = args.store
    if store is None:
        store = work / "store"
        subprocess.run([BIN / "kg", "build", args.articles, "--store", store], check=True,
                       stdout=subprocess.DEVNULL)
    turtle.write_bytes(subprocess.run([BIN / "kg", "export", "--store", store, "--format", "turtle"],
                                      check=True, capture_output=True).stdout)
    pairs = lookups(store, args.sample)
    queries = [urllib.parse.quote(LOOKUP % (RDFS_LABEL, label)) for label, _ in pairs]
    entities = ["/entities/" + urllib.parse.quote(entity, safe="/") for _, entity in pairs]
    scripts = {"sparql": lua_script(work / "kg-sparql.lua", [f"/sparql?query={q}" for q in queries]),
               "entity": lua_script(work / "kg-entity.lua", entities),
               "oxigraph": lua_script(work / "ox-sparql.lua", [f"/query?query={q}" for q in queries]),
               "rdflib": lua_script(work / "rdflib-sparql.lua", [f"/?query={q}" for q in queries])}
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    kg = [BIN / "kg", "serve", "--store", store, "--port", str(port), "--log-level", "warning"]
    ours = {"sparql": scripts["sparql"], "entity": scripts["entity"]}
    targets = [
        ("kg (cache off)", kg, {"KG_CACHE_ENTRIES": "0"}, ours),
        ("kg (cache on)", kg, {}, ours),
        ("oxigraph serve-read-only", [BIN / "oxigraph", "serve-read-only", "--location", store,
                                      "--bind", f"127.0.0.1:{port}", "--union-default-graph"], {},
         {"sparql": scripts["oxigraph"]}),
        ("rdflib-endpoint", [BIN / "rdflib-endpoint", "serve", "--host", "127.0.0.1", "--port", str(port),
                             turtle], {}, {"sparql": scripts["rdflib"]}),
    ]
    if args.baseline:   # the old version's package shadows the installed one (cwd first on sys.path)
        old = [sys.executable, "-c", "import sys; from api.cli import main; sys.exit(main())",
               "serve", "--store", store, "--port", str(port), "--log-level", "warning"]
        targets.insert(0, ("baseline (cache off)", old, {"KG_CACHE_ENTRIES": "0", "PYTHONPATH": str(args.baseline)},
                           ours))
    runs: dict[str, dict[str, list[dict]]] = {}
    for n in range(args.rounds):
        for name, argv, env, paths in targets:
            with Server(name, argv, env):
                started = time.monotonic()
                wait_until_up(base + ("/query?query=ASK%7B%7D" if "oxigraph" in name else "/"), timeout=600)
                if name.startswith("kg"):    # the other worker processes index the store as long
                    time.sleep(1 + (time.monotonic() - started))
                for label, script in paths.items():
                    wrk(base, script, 2)                      # warm up
                    result = wrk(base, script, args.duration)
                    runs.setdefault(name, {}).setdefault(label, []).append(result)
                    print(f"round {n + 1} {name:26} {label:7} {result}", flush=True)

    summary = {name: {label: {k: statistics.median(r[k] for r in rs) for k in ("rps", "p50_ms", "p99_ms")}
                      | {"non_2xx": sum(r["non_2xx"] for r in rs)}
                      for label, rs in by_label.items()} for name, by_label in runs.items()}
    ox_rps = summary["oxigraph serve-read-only"]["sparql"]["rps"]
    rdf_rps = summary["rdflib-endpoint"]["sparql"]["rps"]
    for name, by_label in summary.items():
        if name.startswith(("kg", "baseline")):
            for s in by_label.values():
                s["vs_oxigraph"] = round(s["rps"] / ox_rps, 3)
                s["vs_rdflib_endpoint"] = round(s["rps"] / rdf_rps, 2)
                s["meets_bar"] = s["vs_oxigraph"] >= 0.3 and s["vs_rdflib_endpoint"] >= 5 and s["p99_ms"] <= 20
    example = LOOKUP % (RDFS_LABEL, pairs[0][0])
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
              "wrk": {"threads": 2, "connections": 16, "duration_s": args.duration, "rounds": args.rounds},
              "store": {"articles": str(args.articles) if args.store is None else None,
                        "quads": _quads(store), "distinct_lookups": len(pairs)},
              "query": example, "entity": pairs[0][1], "median": summary, "runs": runs}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "http.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = ["# HTTP benchmark", "",
             f"wrk -t2 -c16, {args.duration} s × {args.rounds} rounds (servers alternated), medians; "
             f"{os.cpu_count()} CPUs shared with wrk. Store: {report['store']['quads']} quads. "
             f"Each run cycles through {len(pairs)} different label look-ups "
             f"(e.g. `{example}`) or entity ids (e.g. `{pairs[0][1]}`). "
             "Bar (issue 4): ≥ 0.3× oxigraph, ≥ 5× rdflib-endpoint, p99 ≤ 20 ms.", "",
             "| server | endpoint | req/s | p50 ms | p99 ms | × oxigraph | × rdflib-endpoint | bar |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, by_label in summary.items():
        for label, s in by_label.items():
            bar = ("met" if s["meets_bar"] else "not met") if "meets_bar" in s else ""
            lines.append(f"| {name} | {label} | {s['rps']:.0f} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} | "
                         f"{s.get('vs_oxigraph', '')} | {s.get('vs_rdflib_endpoint', '')} | {bar} |")
    (RESULTS / "http.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(work, ignore_errors=True)
    return 0


def _quads(store: Path) -> int:
    import pyoxigraph as ox
    return len(ox.Store.read_only(str(store)))


if __name__ == "__main__":
    sys.exit(main())
