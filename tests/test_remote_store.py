"""kg against a remote SPARQL 1.1 store: ``oxigraph serve`` (PyPI ``oxigraph``) started
on a free 127.0.0.1 port in a tmp dir; results compared with a local store's."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.graph.remote import RemoteStore, where_brace, with_values
from cnkg.graph.store import KnowledgeStore
from cnkg.graph.stores import open_store
from cnkg.queries.registry import default_registry
from sample_extraction import CHEN, DOC, FIN, NDRC, sample_extraction

ROOT = Path(__file__).parents[1]
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
ARTICLES = [str(ROOT / "tests" / "articles"), str(ROOT / "data" / "articles")]

pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="oxigraph server not installed (test extra)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """``oxigraph serve`` on loopback, union default graph; yields the query URL."""
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):       # bounded: 200 × 0.05 s
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.05)
    else:
        proc.kill()
        raise RuntimeError("oxigraph serve did not start")
    yield base + "/query"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def local() -> KnowledgeStore:
    kb = KnowledgeStore(None)
    from cnkg.extract.pipeline import Extractor
    from cnkg.graph.build import build
    build(kb, ARTICLES, Extractor.load)
    kb.replace_document(sample_extraction())
    return kb


def test_remote_store_with_values_goes_into_the_where_group():
    q = "# a { comment\nSELECT ?x WHERE { ?x <http://e/p> \"}{\" FILTER(?x < 3) }"
    assert q[where_brace(q):].startswith('{ ?x <http://e/p>')
    c = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert with_values(c, {ox.Variable("s"): ox.Literal("a")}) == \
        'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { ("a") } ?s ?p ?o }'


def test_remote_store_factory_and_endpoints():
    assert isinstance(open_store("https://u:p%40ss@example.org/ds/sparql#update=/ds/update&gsp=/ds/data"),
                      RemoteStore)
    r = RemoteStore("https://u:p%40ss@example.org/ds/sparql#update=/ds/update&gsp=/ds/data")
    assert (r.query_url, r.update_url, r.gsp_url) == (
        "https://example.org/ds/sparql", "https://example.org/ds/update", "https://example.org/ds/data")
    assert r._auth == "Basic dTpwQHNz"
    o = RemoteStore("http://127.0.0.1:7878/query")
    assert (o.update_url, o.gsp_url) == ("http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    with pytest.raises(KgError, match="unknown option"):
        RemoteStore("http://h/sparql#nope=1")


def test_remote_store_build_export_is_identical_to_local(server, local, capsys):
    assert main(["build", *ARTICLES, "--store", server]) == 0
    remote = RemoteStore(server)
    remote.replace_document(sample_extraction())
    assert remote.export("nquads") == local.export("nquads")
    assert remote.export("trig", graph=DOC) == local.export("trig", graph=DOC)
    assert remote.stats() == local.stats()
    assert remote.documents() == local.documents()
    assert main(["build", *ARTICLES, "--store", server]) == 0     # resumable: all skipped
    assert "built 0, skipped 6" in capsys.readouterr().out


def _row(row) -> tuple:
    """A result row, GROUP_CONCAT lists sorted (their order is up to the engine)."""
    def norm(term):
        if isinstance(term, ox.Literal):
            for sep in ("、", " | "):
                if sep in term.value:
                    return sep.join(sorted(term.value.split(sep)))
        return str(term)
    return tuple(norm(t) for t in row)


def test_remote_store_named_queries_match_local(server, local):
    remote = RemoteStore(server)
    for doc in local.documents():    # load the same data the fast way, through the update path
        remote.update(f"INSERT DATA {{ GRAPH <{doc.graph}> {{ "
                      + " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in local.quads(doc.graph))
                      + " } }")
    registry = default_registry()
    params = {"entity": {"entity": CHEN}, "provenance": {"subject": CHEN, "predicate": "holdsPost",
                                                         "object": FIN},
              "officials": {"within": NDRC}, "org-hierarchy": {"root": NDRC}}
    assert len(registry) == 8
    for name, query in registry.items():
        for values in ({}, params.get(name, {})):
            if set(query.params) - set(query.optional) - set(values):
                continue
            subs = registry.bind(name, values)
            expected = {_row(row) for row in local.query(query.text, subs)}
            got = {_row(row) for row in remote.query(query.text, subs)}
            assert got == expected, name


def test_remote_store_cli_commands(server, tmp_path, capsys):
    remote = RemoteStore(server)
    remote.replace_document(sample_extraction())
    assert main(["stats", "--store", server, "--json"]) == 0
    assert '"graphs": 1' in capsys.readouterr().out
    assert main(["query", "officials", "--store", server, "--format", "csv"]) == 0
    assert "陈洪宛" in capsys.readouterr().out
    assert main(["query", "CONSTRUCT { ?p kg:speaksAt ?e } WHERE { ?p kg:speaksAt ?e }",
                 "--store", server, "--format", "turtle"]) == 0
    assert "speaksAt" in capsys.readouterr().out
    out = tmp_path / "kg.nq"
    assert main(["export", "--store", server, "--format", "nquads", "-o", str(out)]) == 0
    assert out.read_bytes() == remote.export("nquads")
    assert main(["search", "洪宛", "--store", server, "--json"]) == 0
    assert CHEN in capsys.readouterr().out
    assert main(["validate", "--store", server]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["query", "SELECT ?x WHERE { ?x ?p }", "--store", server]) == 2
    assert "syntax error" in capsys.readouterr().err
    assert main(["export", "--store", server, "--graph", "no-such-doc"]) == 2
    assert remote.remove_document(DOC) and not remote.remove_document(DOC)
    assert len(remote) == 0


def test_remote_store_failed_update_leaves_the_graph_as_it_was(server):
    remote = RemoteStore(server)
    remote.replace_document(sample_extraction())
    before = remote.export("nquads")
    writer = remote.document_writer()
    from cnkg.graph.parallel import Built
    good = Built("x", "other", b"<http://e/s> <http://e/p> \"1\" <https://w3id.org/cnpkg/id/article/other> .\n",
                 b"", 1)
    writer.add(good)
    writer._updates.append(f"DROP SILENT GRAPH <{ox.NamedNode('http://e/g').value}> ; INSERT DATA {{ oops }}")
    with pytest.raises(SyntaxError):
        writer.flush()        # one request, one transaction: nothing of the batch is applied
    assert remote.export("nquads") == before


def test_remote_store_unreachable_is_an_os_error(capsys):
    port = _free_port()     # nothing listens there
    assert main(["stats", "--store", f"http://127.0.0.1:{port}/query"]) == 2
    assert "kg stats:" in capsys.readouterr().err


@pytest.mark.parametrize("module", ["cnkg.graph.remote", "cnkg.graph.stores"])
def test_remote_store_docstring_examples_run(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
