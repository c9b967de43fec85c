"""Server CPU time per request: this version against an older one, on the same store.

Not a test. wrk's requests per second swing by 2× on this shared 2-CPU machine from one
round to the next; the CPU seconds the server's processes spend per request hardly move
with what else runs. One sequential client sends the same label look-ups (``/sparql``) and
entity documents (``/entities/{id}``) to each server in turn, cache off, one worker, and
the server's process tree is read with psutil before and after.

    .venv/bin/python bench/http/cpu_per_request.py --baseline DIR [--store DIR] [--rounds 2]

``--baseline`` is a git worktree of the older version (``git worktree add --detach DIR REV``),
served with its own code on the same store. Writes ``bench/results/http-cpu.md``.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import lookups  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
PASSES = 25                                           # over the look-ups, per measurement
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_cpu(pid: int) -> float:
    root = psutil.Process(pid)
    total = 0.0
    for p in [root, *root.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def measure(argv: list, env: dict, urls: dict[str, list[str]]) -> dict[str, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*argv, "--port", str(port), "--log-level", "warning"],
                              env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1200):
            try:
                urllib.request.urlopen(base + "/health").read()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(2)
        per_request = {}
        for name, paths in urls.items():
            for path in paths[:50]:                   # warm up
                urllib.request.urlopen(base + path).read()
            before = server_cpu(server.pid)
            for _ in range(PASSES):
                for path in paths:
                    urllib.request.urlopen(base + path).read()
            per_request[name] = 1000 * (server_cpu(server.pid) - before) / (PASSES * len(paths))
        return per_request
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    store = args.store
    if store is None:
        store = Path(tempfile.mkdtemp(prefix="kg-cpu-")) / "store"
        subprocess.run([BIN / "kg", "build", ROOT / "data" / "articles", "--store", store],
                       check=True, stdout=subprocess.DEVNULL)
    pairs = lookups(store, 300)                       # the same look-ups as bench/http/run.py
    labels, entities = [label for label, _ in pairs], [entity for _, entity in pairs]
    urls = {"sparql": ["/sparql?query=" + urllib.parse.quote(f"SELECT ?e WHERE {{ ?e <{LABEL}> {label} }}")
                       for label in labels],
            "entity": ["/entities/" + urllib.parse.quote(e, safe="/") for e in entities]}
    common = {"KG_CACHE_ENTRIES": "0"}
    servers = {
        "baseline": ([sys.executable, "-c", "import sys; from api.cli import main; sys.exit(main())",
                      "serve", "--store", store, "--workers", "1"], {**common, "PYTHONPATH": str(args.baseline)}),
        "this version": ([BIN / "kg", "serve", "--store", store, "--workers", "1"], common),
    }
    rows: dict[str, list[dict]] = {}
    for n in range(args.rounds):                      # alternate, so that drift hits both
        for name, (argv, env) in servers.items():
            rows.setdefault(name, []).append(measure(argv, env, urls))
            print(f"round {n + 1} {name:13} {rows[name][-1]}", flush=True)
    best = {name: {k: min(r[k] for r in rs) for k in urls} for name, rs in rows.items()}
    revision = subprocess.run(["git", "-C", args.baseline, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
    lines = ["# Server CPU per request", "",
             f"One sequential client, cache off, one worker; {len(labels)} label look-ups and "
             f"{len(entities)} entity documents, {PASSES} passes; least of {args.rounds} rounds; baseline {revision}.", "",
             "| version | /sparql ms CPU | /entities ms CPU |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {b['sparql']:.3f} | {b['entity']:.3f} |" for name, b in best.items()]
    ratio = {k: best["this version"][k] / best["baseline"][k] for k in urls}
    lines += ["", f"this version / baseline: /sparql {ratio['sparql']:.2f}, /entities {ratio['entity']:.2f} "
              f"(≤ 1.10 keeps within 10 %)"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "http-cpu.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
