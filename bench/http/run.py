"""HTTP benchmark: our service vs ``oxigraph serve-read-only`` vs rdflib-endpoint, side by side.

Not a test. Needs ``wrk`` (Debian) and the ``bench`` extra (``oxigraph``, ``rdflib-endpoint``).
One store is built from ``data/articles`` with ``kg build``; our server and Oxigraph's
read the same RocksDB directory (one at a time: RocksDB has one writer), rdflib-endpoint
reads its Turtle export (``kg export``). Rounds alternate the servers so that noise from
other processes on the machine spreads over all of them. Our server is measured with its
response cache on (the default) and off (``KG_CACHE_ENTRIES=0``), so the cost of
evaluating every request is visible too.

    .venv/bin/python bench/http/run.py [--rounds 3] [--duration 10]

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
LOOKUP = 'SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> "陈洪宛"@zh }'


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


def wrk(url: str, duration: int, connections: int = 16, threads: int = 2) -> dict:
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout

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
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    args = parser.parse_args()
    for tool in ("wrk", str(BIN / "oxigraph"), str(BIN / "rdflib-endpoint")):
        if not shutil.which(tool):
            sys.exit(f"missing {tool}: apt-get install wrk; pip install -e '.[bench]'")

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    store, turtle = work / "store", work / "kg.ttl"
    subprocess.run([BIN / "kg", "build", ROOT / "data" / "articles", "--store", store], check=True,
                   stdout=subprocess.DEVNULL)
    turtle.write_bytes(subprocess.run([BIN / "kg", "export", "--store", store, "--format", "turtle"],
                                      check=True, capture_output=True).stdout)
    query = urllib.parse.quote(LOOKUP)
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    # the entity the lookup finds, for /entities/{id}
    with Server("kg", [BIN / "kg", "serve", "--store", store, "--port", str(port), "--log-level", "warning"]):
        wait_until_up(base + "/health")
        with urllib.request.urlopen(base + "/entities?q=" + urllib.parse.quote("陈洪宛")) as r:
            entity = json.load(r)["items"][0]["id"]
    entity_path = "/entities/" + urllib.parse.quote(entity, safe="/")

    kg = [BIN / "kg", "serve", "--store", store, "--port", str(port), "--log-level", "warning"]
    targets = [
        ("kg (cache on)", kg, {}, {"sparql": f"/sparql?query={query}", "entity": entity_path}),
        ("kg (cache off)", kg, {"KG_CACHE_ENTRIES": "0"},
         {"sparql": f"/sparql?query={query}", "entity": entity_path}),
        ("oxigraph serve-read-only", [BIN / "oxigraph", "serve-read-only", "--location", store,
                                      "--bind", f"127.0.0.1:{port}", "--union-default-graph"], {},
         {"sparql": f"/query?query={query}"}),
        ("rdflib-endpoint", [BIN / "rdflib-endpoint", "serve", "--host", "127.0.0.1", "--port", str(port),
                             turtle], {}, {"sparql": f"/?query={query}"}),
    ]
    runs: dict[str, dict[str, list[dict]]] = {}
    for n in range(args.rounds):
        for name, argv, env, paths in targets:
            with Server(name, argv, env):
                first = base + next(iter(paths.values()))
                wait_until_up(first)
                for label, path in paths.items():
                    wrk(base + path, 2)                      # warm up
                    result = wrk(base + path, args.duration)
                    runs.setdefault(name, {}).setdefault(label, []).append(result)
                    print(f"round {n + 1} {name:26} {label:7} {result}", flush=True)

    summary = {name: {label: {k: statistics.median(r[k] for r in rs) for k in ("rps", "p50_ms", "p99_ms")}
                      | {"non_2xx": sum(r["non_2xx"] for r in rs)}
                      for label, rs in by_label.items()} for name, by_label in runs.items()}
    ox_rps = summary["oxigraph serve-read-only"]["sparql"]["rps"]
    rdf_rps = summary["rdflib-endpoint"]["sparql"]["rps"]
    for name in ("kg (cache on)", "kg (cache off)"):
        for label, s in summary[name].items():
            s["vs_oxigraph"] = round(s["rps"] / ox_rps, 3)
            s["vs_rdflib_endpoint"] = round(s["rps"] / rdf_rps, 2)
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
              "wrk": {"threads": 2, "connections": 16, "duration_s": args.duration, "rounds": args.rounds},
              "query": LOOKUP, "entity": entity, "median": summary, "runs": runs}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "http.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = ["# HTTP benchmark", "",
             f"wrk -t2 -c16, {args.duration} s × {args.rounds} rounds (servers alternated), medians; "
             f"{os.cpu_count()} CPUs shared with wrk. Query: `{LOOKUP}`; entity `{entity}`.", "",
             "| server | endpoint | req/s | p50 ms | p99 ms | × oxigraph | × rdflib-endpoint |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, by_label in summary.items():
        for label, s in by_label.items():
            lines.append(f"| {name} | {label} | {s['rps']:.0f} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} | "
                         f"{s.get('vs_oxigraph', '')} | {s.get('vs_rdflib_endpoint', '')} |")
    (RESULTS / "http.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
