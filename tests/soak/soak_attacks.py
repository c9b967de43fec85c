"""Soak: the attacks of issue 12 against a real ``kg serve`` process over an on-disk store.

* nesting: every nested shape of tests/test_security_nesting.py, at random depths up to
  30,000, through GET/POST queries, token updates and Graph Store bodies, from several
  threads at once;
* long-query storm: cartesian ``COUNT(*)`` queries from several loopback addresses for
  a while, with ``--query-timeout 3``; afterwards the ``officials`` named query must
  answer 200 within 2 s of the last timeout;
* slow clients: thousands of idle connections, half-sent headers and half-sent bodies
  held open while ``/health`` is probed.

A *crash* is the server process gone (or ``/health`` not answering after an attack); a
*lock-up* is a probe that the service should have answered and did not. Both are
counted in the report line (``crashes=0 lock-ups=0``).
"""
from __future__ import annotations

import random
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, free_port
from test_reliability_kill import KG
from test_security_nesting import (CHAIN_SHAPES, QUERY_SHAPES, RDF_SHAPES, UPDATE_SHAPES, chained, nested)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@dataclass
class Attack:
    """What one attack did, for the soak tally."""
    inputs: int = 0
    faults: int = 0
    lost: int = 0
    server_errors: int = 0
    crashes: int = 0
    lockups: int = 0


class Server:
    """``kg serve`` in its own process over an on-disk store holding the sample article."""

    def __init__(self, root: Path, *extra: str, env: dict | None = None):
        import os
        store = root / "kg"
        kb = KnowledgeStore(store)
        kb.replace_document(sample_extraction())
        kb.flush()
        del kb
        import gc
        gc.collect()                                    # releases the store's lock
        (root / "token").write_text(TOKEN + "\n", encoding="utf-8")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(root / "serve.log", "wb")
        self.proc = subprocess.Popen(
            [KG, "serve", "--store", str(store), "--port", str(self.port), "--token-file", str(root / "token"),
             "--log-level", "warning", *extra], stdout=self.log, stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})})
        for _ in range(600):
            assert self.proc.poll() is None, (root / "serve.log").read_text(errors="replace")[-2000:]
            if self.healthy(timeout=1):
                return
            time.sleep(0.1)
        raise RuntimeError("kg serve did not answer /health")

    def healthy(self, timeout: float = 10) -> bool:
        try:
            return httpx.get(self.base + "/health", timeout=timeout).status_code == 200
        except httpx.HTTPError:
            return False

    def crashed(self) -> bool:
        return self.proc.poll() is not None or not self.healthy()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture
def server(tmp_path):
    started: list[Server] = []

    def start(*extra, env=None) -> Server:
        started.append(Server(tmp_path / f"s{len(started)}", *extra, env=env))
        return started[-1]
    for path in (tmp_path / f"s{i}" for i in range(3)):
        path.mkdir()
    yield start
    for s in started:
        s.stop()


def nesting_request(rng: random.Random, base: str) -> tuple[str, str, dict]:
    """(method, url, httpx keyword arguments) of one random nested input."""
    depth = rng.randint(129, 30_000)
    door = rng.choice(["GET", "form", "sparql-query", "update", "graph store", "chain"])
    if door == "GET":
        name = rng.choice(sorted(QUERY_SHAPES))
        return "GET", base + "/sparql", {"params": {"query": nested(QUERY_SHAPES[name], min(depth, 1500))}}
    if door == "form":
        return "POST", base + "/sparql", {"data": {"query": nested(QUERY_SHAPES[rng.choice(sorted(QUERY_SHAPES))], depth)}}
    if door == "sparql-query":
        return "POST", base + "/sparql", {"content": nested(QUERY_SHAPES[rng.choice(sorted(QUERY_SHAPES))], depth),
                                          "headers": {"Content-Type": "application/sparql-query"}}
    if door == "update":
        return "POST", base + "/sparql", {"content": nested(UPDATE_SHAPES[rng.choice(sorted(UPDATE_SHAPES))], depth),
                                          "headers": {**AUTH, "Content-Type": "application/sparql-update"}}
    if door == "chain":
        return "POST", base + "/sparql", {"data": {"query": chained(CHAIN_SHAPES[rng.choice(sorted(CHAIN_SHAPES))],
                                                                     rng.randint(1100, 30_000))}}
    media, *shape = RDF_SHAPES[rng.choice(sorted(RDF_SHAPES))]
    return "PUT", base + "/graphs", {"params": {"graph": "urn:kg:deep"}, "content": nested(shape, depth),
                                     "headers": {**AUTH, "Content-Type": media}}


def test_soak_nesting_attack(server, tally):
    s = server()
    attack, problems, lock = Attack(), [], threading.Lock()

    def attacker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(timeout=60) as client:
            for _ in range(150):
                method, url, kwargs = nesting_request(rng, s.base)
                try:
                    r = client.request(method, url, **kwargs)
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    with lock:
                        problems.append(f"{method} {url}: {exc!r}")
                    continue
                with lock:
                    attack.inputs += 1
                    if r.status_code >= 500:
                        attack.server_errors += 1
                    if not 400 <= r.status_code < 500:
                        problems.append(f"{method} {url}: {r.status_code} {r.text[:200]}")
    threads = [threading.Thread(target=attacker, args=(seed,)) for seed in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    attack.crashes = int(s.crashed())
    tally.record(attack)
    print(f"nesting attack: {attack.inputs} requests, crashes={attack.crashes}, 5xx={attack.server_errors}")
    assert attack.crashes == 0 and problems == [], problems[:5]


def test_soak_long_query_storm(server, tally):
    s = server("--query-timeout", "3")
    attack, statuses, lock = Attack(), {}, threading.Lock()
    stop_at = time.monotonic() + 40
    finished: list[float] = []

    def attacker(address: str) -> None:
        transport = httpx.HTTPTransport(local_address=address)
        with httpx.Client(transport=transport, timeout=60) as client:
            while time.monotonic() < stop_at:
                r = client.get(s.base + "/sparql", params={"query": CARTESIAN})
                with lock:
                    attack.inputs += 1
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code >= 500 and r.status_code != 503:
                        attack.server_errors += 1
                    finished.append(time.monotonic())
                if r.status_code == 503 and "retry-after" in r.headers:
                    time.sleep(0.2)
    # two clients on each of four addresses: one long query per address runs at a time
    threads = [threading.Thread(target=attacker, args=(f"127.0.0.{10 + i // 2}",)) for i in range(8)]
    for t in threads:
        t.start()
    during = []
    while any(t.is_alive() for t in threads):
        try:
            during.append(httpx.get(s.base + "/health", timeout=5).status_code)
        except httpx.HTTPError:
            during.append(0)
        time.sleep(0.5)
    for t in threads:
        t.join()
    officials = httpx.get(s.base + "/queries/officials", timeout=30)
    answered = time.monotonic()
    if officials.status_code != 200 or answered - max(finished) >= 2.0:
        attack.lockups += 1
    attack.lockups += sum(1 for code in during if code != 200)
    running = httpx.get(s.base + "/stats").json()["queries_running"]
    attack.lockups += int(running != 0)
    attack.crashes = int(s.crashed())
    tally.record(attack)
    print(f"long-query storm: {attack.inputs} queries {statuses}, officials {officials.status_code} "
          f"{answered - max(finished):.2f} s after the last, lock-ups={attack.lockups}, crashes={attack.crashes}")
    assert attack.crashes == 0 and attack.lockups == 0 and attack.server_errors == 0


def test_soak_slow_clients(server, tally):
    s = server(env={"KG_HEADER_TIMEOUT": "3", "KG_BODY_TIMEOUT": "3", "KG_MAX_CONNECTIONS": "1000"})
    attack = Attack()
    held: list[socket.socket] = []
    health: list[int] = []
    try:
        for i in range(3000):
            sock = socket.socket()
            sock.setblocking(True)
            try:
                sock.connect(("127.0.0.1", s.port))
            except OSError:
                sock.close()
                continue
            if i % 3 == 1:
                sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")          # half-sent headers
            elif i % 3 == 2:
                sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Content-Length: 100000\r\n\r\nSELECT")                   # half-sent body
            held.append(sock)
            attack.inputs += 1
            if i % 250 == 0:
                health.append(200 if s.healthy(timeout=5) else 0)
        health.append(200 if s.healthy(timeout=5) else 0)
        time.sleep(4)                                   # past the read timeouts
        still_open = 0
        for sock in held:
            sock.settimeout(10)
            try:
                while sock.recv(65536):
                    pass
            except ConnectionResetError:
                pass
            except TimeoutError:
                still_open += 1
    finally:
        for sock in held:
            sock.close()
    attack.lockups = sum(1 for code in health if code != 200) + still_open
    attack.crashes = int(s.crashed())
    tally.record(attack)
    print(f"slow clients: {attack.inputs} connections held, /health {health.count(200)}/{len(health)} answered, "
          f"{still_open} left open past the timeouts, crashes={attack.crashes}")
    assert attack.crashes == 0 and attack.lockups == 0
