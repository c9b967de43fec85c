"""Killed processes lose nothing: SIGKILL ``kg build`` and ``kg serve`` mid-ingest, then
check that the store opens and every document is wholly old or wholly new.

The corpus exists in two versions with the same document ids (``bench/make_corpus.py``
with two seeds); v2 also has new documents that sort between the old ones, so the build
alternates transactional replaces with small bulk loads (graph/parallel.py). The
expected graph of each document in each version is computed in this process with
:func:`graph.rdf.extraction_to_quads`. The scenario functions take their sizes as
arguments: ``make test`` runs a few kills, ``make soak`` (tests/soak/) many.
"""
from __future__ import annotations

import gc
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import read_article
from cnkg.graph.build import build
from cnkg.graph.namespaces import KGR
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.store import KnowledgeStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_corpus import Composer  # noqa: E402

KG = str(Path(sys.executable).with_name("kg"))
ARTICLE = KGR + "article/"
TOKEN = "kill-test-token-0123456789"


@dataclass
class Outcome:
    """What a scenario did: inputs tried, faults injected, documents lost or torn."""
    inputs: int = 0
    faults: int = 0
    lost: int = 0
    server_errors: int = 0
    problems: list[str] | None = None

    def add(self, other: "Outcome") -> None:
        self.inputs += other.inputs
        self.faults += other.faults
        self.lost += other.lost
        self.server_errors += other.server_errors
        self.problems = (self.problems or []) + (other.problems or [])


# ----------------------------------------------------------------- corpus and expectations

def write_versions(root: Path, n_docs: int, n_new: int) -> tuple[Path, Path]:
    """v1: ``n_docs`` articles; v2: the same ids rewritten plus ``n_new`` new ones
    (``aNNNNb.txt``, sorting right after ``aNNNN.txt``)."""
    v1, v2 = root / "v1", root / "v2"
    v1.mkdir(parents=True)
    v2.mkdir(parents=True)
    old, new = Composer(seed=7), Composer(seed=8)
    for i in range(n_docs):
        (v1 / f"a{i:04d}.txt").write_text(old.article(i), encoding="utf-8")
        (v2 / f"a{i:04d}.txt").write_text(new.article(i), encoding="utf-8")
    for i in range(n_new):
        (v2 / f"a{i:04d}b.txt").write_text(new.article(10_000 + i), encoding="utf-8")
    return v1, v2


def stored_form(quads) -> frozenset[str]:
    """Quads as N-Quads lines in the form the store gives them back (Oxigraph keeps
    literals in canonical form: ``"8.0"^^xsd:decimal`` reads back as ``"8"``)."""
    store = ox.Store()
    store.extend(quads)
    return frozenset(str(q) for q in store)


def expected_graphs(extractor: Extractor, folder: Path) -> dict[str, frozenset[str]]:
    """document id → its graph's quads (N-Quads lines) as ``kg build`` would write them."""
    out = {}
    for path in sorted(folder.glob("*.txt")):
        article = read_article(path)
        out[article.document] = stored_form(extraction_to_quads(extractor.extract(article)))
    return out


def store_graphs(path: Path) -> dict[str, frozenset[str]]:
    """document id → the quads its graph holds, read by opening the store as any kg command does."""
    kb = KnowledgeStore(path, create=False)
    try:
        # a graph a killed bulk load left without its marker is no document (documents() and
        # the union skip it; the next build's repair removes it): judge the complete ones
        complete = {d.graph for d in kb.documents()}
        out: dict[str, set[str]] = {}
        for quad in kb.quads():
            graph = quad.graph_name.value
            if graph.startswith(ARTICLE) and graph in complete:
                out.setdefault(graph[len(ARTICLE):], set()).add(str(quad))
        # the default graph is the union of the complete article graphs, whatever the kill interrupted
        named = {str(q.triple) for q in kb.quads() if q.graph_name.value in complete}
        union = {str(q.triple) for q in kb.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert union == named, f"default graph differs from the union: {len(union ^ named)} triples"
        return {d: frozenset(q) for d, q in out.items()}
    finally:
        del kb
        gc.collect()      # release RocksDB's lock before the next opener


def torn_documents(old: dict, new: dict, actual: dict, *, must_be_new: set[str] = frozenset()) -> list[str]:
    """Documents whose graph is neither wholly old nor wholly new (or missing when it
    existed before, or old when its write was acknowledged)."""
    bad = []
    for doc in sorted(set(old) | set(new) | set(actual)):
        have = actual.get(doc)
        choices = []
        if doc not in must_be_new:
            choices.append(old.get(doc))          # None: the document did not exist before
        choices.append(new.get(doc))
        if have not in choices:
            state = ("missing" if have is None else "unknown document" if doc not in old and doc not in new
                     else f"{len(have)} quads, old {len(old.get(doc, ()))}, new {len(new.get(doc, ()))}")
            bad.append(f"{doc}: {state}")
    return bad


def build_store(path: Path, folder: Path, extractor: Extractor) -> None:
    kb = KnowledgeStore(path)
    build(kb, [folder], lambda: extractor)
    kb.flush()
    del kb
    gc.collect()


def kg_build(folder: Path, store: Path) -> float:
    """``kg build folder --store store`` to its end; returns how long it took."""
    started = time.monotonic()
    done = subprocess.run([KG, "build", str(folder), "--store", str(store)], capture_output=True, text=True,
                          timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    return time.monotonic() - started


# ----------------------------------------------------------------- kg build

def kill_builds(root: Path, extractor: Extractor, *, kills: int, n_docs: int, n_new: int,
                rng: random.Random) -> Outcome:
    """Run ``kg build v2`` over a v1 store ``kills`` times, SIGKILL each at a random moment
    of its run, and check every document after each kill. The first run goes to the end:
    it times the window the kills are drawn from, and its graphs must be the ones the
    extractor gives (computed here); old and new are then taken from the stores the
    uninterrupted builds wrote, so a kill is judged against the very process it hit."""
    v1, v2 = write_versions(root, n_docs, n_new)
    base = root / "base"
    kg_build(v1, base)
    old = store_graphs(base)
    store = root / "full"
    shutil.copytree(base, store)
    full = kg_build(v2, store)
    new = store_graphs(store)
    expected = expected_graphs(extractor, v2)
    assert set(new) == set(expected) and sum(new[d] == expected[d] for d in new) >= 0.9 * len(new), \
        "kg build and this process's extractor disagree (was the NER model replaced meanwhile?)"
    outcome = Outcome(inputs=len(new), problems=[])

    for trial in range(kills):
        store = root / f"kill-{trial}"
        shutil.copytree(base, store)
        proc = subprocess.Popen([KG, "build", str(v2), "--store", str(store)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # the timed run was the first (cold caches), so later runs are faster: draw early enough
        delay = rng.uniform(0.15 * full, 0.6 * full)
        if trial == kills - 1 and outcome.faults == 0:
            delay = 0.1 * full          # every kill so far came too late: make the last one land
        try:
            proc.wait(delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            outcome.faults += 1
        proc.wait(60)
        proc.stderr.close()
        outcome.inputs += len(new)
        bad = torn_documents(old, new, store_graphs(store))
        outcome.lost += len(bad)
        outcome.problems += [f"build kill {trial} after {delay:.2f}s: {b}" for b in bad]
        if trial == kills - 1:          # a build after the crash completes the job
            kg_build(v2, store)
            assert store_graphs(store) == new
        shutil.rmtree(store, ignore_errors=True)
    return outcome


# ----------------------------------------------------------------- kg serve

def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, token_file: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), "--host", "127.0.0.1",
                             "--token-file", str(token_file), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):                 # at most about a minute
        if proc.poll() is not None:
            raise RuntimeError("kg serve exited: " + proc.stderr.read().decode(errors="replace")[-2000:])
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("kg serve did not answer /health")


def article_json(path: Path) -> dict:
    a = read_article(path)
    return {"text": a.text, "document": a.document, "title": a.title, "source": a.source}


def kill_servers(root: Path, extractor: Extractor, *, kills: int, n_docs: int,
                 rng: random.Random) -> Outcome:
    """Serve a v1 store, POST the v2 articles one after another, SIGKILL the server at a
    random moment; then every document must be wholly old or wholly new, and every
    acknowledged (201) write wholly new."""
    v1, v2 = write_versions(root, n_docs, 0)
    base_store = root / "base"
    kg_build(v1, base_store)
    old = store_graphs(base_store)
    kg_build(v2, root / "reference")        # what the server's extractor writes for v2
    new = store_graphs(root / "reference")
    token_file = root / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bodies = [article_json(p) for p in sorted(v2.glob("*.txt"))]
    outcome = Outcome(problems=[])
    per_doc = None
    for trial in range(kills):
        store = root / f"serve-{trial}"
        shutil.copytree(base_store, store)
        proc, url = start_server(store, token_file)
        acknowledged: set[str] = set()
        try:
            with httpx.Client(base_url=url, headers=auth, timeout=120) as client:
                t0 = time.monotonic()
                first = client.post("/documents?replace=true", json=bodies[0])      # loads the extractor
                assert first.status_code in (200, 201), first.text  # 200: replaced (v1 → v2)
                acknowledged.add(bodies[0]["document"])
                warm = time.monotonic()
                client.post("/documents?replace=true", json=bodies[1]).raise_for_status()
                acknowledged.add(bodies[1]["document"])
                per_doc = per_doc or max(0.01, time.monotonic() - warm)
                stop = threading.Event()

                def post_rest():
                    with httpx.Client(base_url=url, headers=auth, timeout=120) as c:
                        for body in bodies[2:]:
                            if stop.is_set():
                                return
                            try:
                                r = c.post("/documents?replace=true", json=body)
                            except httpx.HTTPError:
                                return                      # the server is gone
                            outcome.inputs += 1
                            if r.status_code >= 500:
                                outcome.server_errors += 1
                            if r.status_code in (200, 201):
                                acknowledged.add(body["document"])
                writer = threading.Thread(target=post_rest)
                writer.start()
                time.sleep(rng.uniform(0.1, 0.9) * per_doc * (len(bodies) - 2))
                proc.send_signal(signal.SIGKILL)
                outcome.faults += 1
                stop.set()
                writer.join(120)
                del t0
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(60)
            proc.stderr.close()
        outcome.inputs += 2
        bad = torn_documents(old, new, store_graphs(store), must_be_new=acknowledged)
        outcome.lost += len(bad)
        outcome.problems += [f"server kill {trial}: {b}" for b in bad]
        shutil.rmtree(store, ignore_errors=True)
    return outcome


# ----------------------------------------------------------------- make test: a few kills

@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_reliability_kill_build_leaves_each_document_old_or_new(tmp_path, extractor):
    outcome = kill_builds(tmp_path, extractor, kills=3, n_docs=24, n_new=8, rng=random.Random(6))
    assert outcome.faults >= 1
    assert outcome.problems == [] and outcome.lost == 0


def test_reliability_kill_server_mid_ingest_loses_no_acknowledged_write(tmp_path, extractor):
    outcome = kill_servers(tmp_path, extractor, kills=1, n_docs=24, rng=random.Random(6))
    assert outcome.faults == 1
    assert outcome.problems == [] and outcome.lost == 0 and outcome.server_errors == 0


def test_reliability_torn_documents_are_detected():
    old = {"a": frozenset({"1", "2"}), "b": frozenset({"3"})}
    new = {"a": frozenset({"1", "4"}), "b": frozenset({"6"}), "c": frozenset({"5"})}
    assert torn_documents(old, new, {"a": new["a"], "b": old["b"]}) == []
    assert torn_documents(old, new, {"a": frozenset({"1"}), "b": old["b"]}) == ["a: 1 quads, old 2, new 2"]
    assert torn_documents(old, new, {"a": old["a"]}) == ["b: missing"]
    assert torn_documents(old, new, {"a": old["a"], "b": old["b"]}, must_be_new={"a"}) == [
        "a: 2 quads, old 2, new 2"]
