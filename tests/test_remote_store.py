"""kg against real SPARQL servers on loopback — Debian's Virtuoso 7 (``/sparql-auth``,
Digest, a user granted SPARQL_UPDATE, stock limits) and ``oxigraph serve`` — each in its
own data folder (tests/remote/servers.py); every answer compared with the embedded
store's for the same articles."""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.graph.parallel import Built, split_marker
from cnkg.graph.protocol import KnowledgeBase
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.remote import Endpoints, RemoteStore, ResultCapped, query_form, where_brace, with_values
from cnkg.graph.store import KnowledgeStore
from cnkg.graph.stores import open_store
from cnkg.queries.registry import default_registry
from sample_extraction import CHEN, DOC, FIN, NDRC, sample_extraction

sys.path.insert(0, str(Path(__file__).parent / "remote"))
import servers  # noqa: E402  (tests/remote/servers.py)

ROOT = Path(__file__).parents[1]
ARTICLES = [str(ROOT / "tests" / "articles"), str(ROOT / "data" / "articles")]
ARTICLE_GRAPHS = "https://w3id.org/cnpkg/id/article/"


# ----------------------------------------------------------------- fixtures

# the servers (``server``, one of each kind per run), ``url`` (one holding no article
# graph) and ``local`` (the embedded store built from the same articles) are in conftest.py


def _load(url: str, local: KnowledgeStore) -> RemoteStore:
    """The local store's articles written to the server through the store's own writer."""
    remote = RemoteStore(url)
    writer = remote.document_writer()
    for doc in local.documents():
        body, marker = split_marker(local.quads(doc.graph))
        writer.add(Built("", doc.document, body, marker, 0))
    writer.close()
    return remote


# ----------------------------------------------------------------- no server needed

def test_remote_store_with_values_goes_into_the_where_group():
    q = "# a { comment\nSELECT ?x WHERE { ?x <http://e/p> \"}{\" FILTER(?x < 3) }"
    assert q[where_brace(q):].startswith('{ ?x <http://e/p>')
    c = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert with_values(c, {ox.Variable("s"): ox.Literal("a")}) == \
        'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { ("a") } ?s ?p ?o }'


def test_remote_store_knows_each_query_form():
    assert query_form("PREFIX ask: <http://e/CONSTRUCT> SELECT ?x { ?x ask:p 'ASK' }") == "SELECT"
    assert query_form("# SELECT\nask { }") == "ASK"
    assert query_form("DESCRIBE <http://e/x>") == "DESCRIBE"
    with pytest.raises(SyntaxError):
        query_form("INSERT DATA { <http://e/s> <http://e/p> 1 }")


def test_remote_store_endpoints_from_the_url():
    assert isinstance(open_store("https://u:p%40ss@example.org/ds/sparql#update=/ds/update&gsp=/ds/data"),
                      RemoteStore)
    e = Endpoints.parse("https://u:p%40ss@example.org/ds/sparql#update=/ds/update&gsp=/ds/data")
    assert (e.query, e.update, e.gsp, e.user, e.password) == (
        "https://example.org/ds/sparql", "https://example.org/ds/update", "https://example.org/ds/data",
        "u", "p@ss")
    o = Endpoints.parse("http://127.0.0.1:7878/query")
    assert (o.update, o.gsp, o.user) == ("http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store", None)
    v = Endpoints.parse("http://kg:pw@127.0.0.1:8890/sparql-auth#block=100&page=50")
    assert (v.update, v.gsp, v.block, v.page) == (
        "http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql-graph-crud-auth", 100, 50)
    assert Endpoints.parse("http://h/sparql-auth#gsp=").gsp is None
    with pytest.raises(KgError, match="unknown option"):
        Endpoints.parse("http://h/sparql#nope=1")
    with pytest.raises(KgError, match="block= must be a number"):
        Endpoints.parse("http://h/sparql#block=many")


def test_both_stores_implement_one_interface():
    assert isinstance(KnowledgeStore(None), KnowledgeBase)
    assert isinstance(RemoteStore("http://127.0.0.1:1/query"), KnowledgeBase)


def test_remote_store_unreachable_is_one_line(capsys):
    port = servers.free_port()     # nothing listens there
    assert main(["stats", "--store", f"http://127.0.0.1:{port}/query"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg stats:") and "cannot reach the server" in err and "\n" not in err


@pytest.mark.parametrize("module", ["cnkg.graph.remote", "cnkg.graph.stores", "cnkg.graph.protocol"])
def test_remote_store_docstring_examples_run(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


# ----------------------------------------------------------------- against each server

def test_kg_build_on_the_server_equals_the_embedded_store(url, local, capsys):
    assert main(["build", *ARTICLES, "--store", url]) == 0
    remote = RemoteStore(url)
    remote.replace_document(sample_extraction())
    assert remote.export("nquads") == local.export("nquads")
    assert remote.export("trig", graph=DOC) == local.export("trig", graph=DOC)
    assert remote.stats() == local.stats()          # the server's own graphs are not counted
    assert remote.documents() == local.documents()
    assert all(d.graph.startswith(ARTICLE_GRAPHS) for d in remote.documents())
    capsys.readouterr()
    assert main(["build", *ARTICLES, "--store", url]) == 0     # again: nothing changes
    assert "built 0, skipped 6" in capsys.readouterr().out
    assert remote.export("nquads") == local.export("nquads")


def test_editing_one_article_changes_that_articles_graph_only(url, tmp_path, capsys):
    import shutil
    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES[0], corpus)
    assert main(["build", str(corpus), "--store", url]) == 0
    remote = RemoteStore(url)
    before = {d.document: remote.export("nquads", graph=d.document) for d in remote.documents()}
    edited = corpus / "city-report.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("数字经济", "数字产业", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(corpus), "--store", url]) == 0
    assert "built 1, skipped 4" in capsys.readouterr().out
    after = {d.document: remote.export("nquads", graph=d.document) for d in remote.documents()}
    assert after.keys() == before.keys()
    assert [doc for doc in before if before[doc] != after[doc]] == ["city-report"]


def _row(row) -> tuple:
    """A result row; the items of a GROUP_CONCAT list sorted (their order is the engine's:
    SPARQL leaves it open)."""
    def norm(term):
        if isinstance(term, ox.Literal):
            for sep in (" | ", "、"):
                if sep in term.value:
                    return sep.join(sorted(term.value.split(sep)))
        return str(term)
    return tuple(norm(term) for term in row)


def test_named_queries_give_the_same_rows_as_the_embedded_store(url, local):
    remote = _load(url, local)
    registry = default_registry()
    params = {"entity": {"entity": CHEN}, "provenance": {"subject": CHEN, "predicate": "holdsPost",
                                                         "object": FIN},
              "officials": {"within": NDRC}, "org-hierarchy": {"root": NDRC},
              "technologies": {"name": "国家发展改革委"}, "goals": {"technology": "tech/人工智能"},
              "most-connected": {"type": "Agency"}}
    assert len(registry) == 14
    for name, query in registry.items():
        for values in ({}, params.get(name, {})):
            if set(query.params) - set(query.optional) - set(values):
                continue
            subs = registry.bind(name, values)
            expected = [_row(row) for row in local.query(query.text, subs)]
            got = [_row(row) for row in remote.query(query.text, subs)]
            assert expected, (name, values)
            assert sorted(got) == sorted(expected), (name, values)


def test_every_command_works_on_the_server(url, tmp_path, capsys):
    remote = RemoteStore(url)
    remote.replace_document(sample_extraction())
    assert main(["stats", "--store", url, "--json"]) == 0
    assert '"graphs": 1' in capsys.readouterr().out
    assert main(["query", "officials", "--store", url, "--format", "csv"]) == 0
    assert "陈洪宛" in capsys.readouterr().out
    assert main(["query", "CONSTRUCT { ?p kg:speaksAt ?e } WHERE { ?p kg:speaksAt ?e }",
                 "--store", url, "--format", "turtle"]) == 0
    assert "speaksAt" in capsys.readouterr().out
    assert bool(remote.query("ASK { ?p kg:speaksAt ?e }"))
    assert not bool(remote.query("ASK { ?p kg:speaksAt ?p }"))
    out = tmp_path / "kg.nq"
    assert main(["export", "--store", url, "--format", "nquads", "-o", str(out)]) == 0
    assert out.read_bytes() == remote.export("nquads")
    assert main(["search", "洪宛", "--store", url, "--json"]) == 0
    assert CHEN in capsys.readouterr().out
    assert main(["validate", "--store", url]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["query", "SELECT ?x WHERE { ?x ?p }", "--store", url]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["export", "--store", url, "--graph", "no-such-doc"]) == 2
    capsys.readouterr()
    assert main(["remove", DOC, "--store", url]) == 0
    assert f"removed {DOC}" in capsys.readouterr().out
    assert main(["remove", DOC, "--store", url]) == 2
    assert "no article" in capsys.readouterr().err
    assert not remote.remove_document(DOC) and len(remote) == 0
    assert not bool(remote.query("ASK { ?s ?p ?o }"))        # its triples left the union too


def test_kg_query_runs_over_the_union_of_the_articles_only(url, capsys):
    """The default graph of a query is the union of the article graphs, each triple once,
    as in the embedded store; never the server's own graphs (Virtuoso's ~2,500 triples)."""
    embedded = KnowledgeStore(None)
    for document in (DOC, "sample-again"):        # two articles stating the same triples
        RemoteStore(url).replace_document(sample_extraction(document))
        embedded.replace_document(sample_extraction(document))
    for query in ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                  "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                  "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
        expected = next(iter(embedded.query(query)))["n"].value
        assert main(["query", query, "--store", url, "--format", "csv"]) == 0
        assert capsys.readouterr().out.split() == ["n", expected], query


def test_insert_data_blocks_write_the_same_graph_as_a_graph_store_put(url):
    extraction = sample_extraction()
    put = RemoteStore(url)
    put.replace_document(extraction)
    expected = put.export("nquads")
    blocks = RemoteStore(url + "#gsp=&block=17")      # no GSP: INSERT DATA of 17 triples at a time
    assert blocks.gsp_url is None
    assert blocks.remove_document(DOC)
    blocks.replace_document(extraction)
    assert blocks.export("nquads") == expected
    blocks.replace_document(extraction)               # replacing, not adding
    assert blocks.export("nquads") == expected


def test_a_build_cut_off_before_the_marker_is_repaired_by_the_next(url):
    remote = RemoteStore(url)
    quads = extraction_to_quads(sample_extraction())
    body, _ = split_marker(quads)
    remote.document_writer().add(Built("", sample_extraction().document, body, b"", len(quads)))
    assert remote.documents() == [] and remote.stats().graphs == 1      # written, not complete
    assert remote.repair_incomplete() == [ARTICLE_GRAPHS + DOC]
    assert len(remote) == 0


def test_listings_page_through_results(url, local):
    _load(url, local)
    paged = RemoteStore(url + "#page=3")           # pages of 3 rows: several pages of articles
    whole = RemoteStore(url)
    assert paged.documents() == whole.documents() == local.documents()
    assert paged.export("nquads") == local.export("nquads")
    labels = RemoteStore(url + "#page=40")         # subjects cut at a page's end carried over
    assert set(labels.label_store()) == set(whole.label_store())
    assert len(whole.label_store()) > 40 * 5
    assert RemoteStore(url + "#gsp=").export("nquads") == local.export("nquads")   # per-graph SELECT


def test_a_result_over_the_servers_row_cap_is_an_error_not_a_short_answer(url, local, server):
    if server.name != "virtuoso":
        pytest.skip("oxigraph serve has no row cap")
    remote = _load(url, local)
    assert len(remote) > 10_000 // 3
    with pytest.raises(ResultCapped, match="ResultSetMaxRows"):
        remote.query("SELECT * WHERE { ?s ?p ?o . VALUES ?x { 1 2 3 } }")
    assert remote.export("nquads") == local.export("nquads")      # exports are never capped


def test_a_wrong_password_is_one_line(server, capsys):
    if server.name != "virtuoso":
        pytest.skip("oxigraph serve has no users")
    e = Endpoints.parse(server.url)
    wrong = server.url.replace(f":{e.password}@", ":wrong@")
    assert main(["stats", "--store", wrong]) == 2
    err = capsys.readouterr().err
    assert "HTTP 401" in err and err.count("\n") == 1 and "wrong" not in err


def test_a_server_restarted_in_the_middle_of_a_build_is_completed_by_the_next(url, server, local, capsys):
    remote = _load(url, local)
    victim = local.documents()[0]
    remote.update(f"DELETE WHERE {{ GRAPH <{victim.graph}> {{ ?g <https://w3id.org/cnpkg/ontology#contentHash> ?h }} }}")
    server.restart()                     # the build's connection is gone; the marker never came
    capsys.readouterr()
    assert main(["build", *ARTICLES, "--store", url]) == 0
    assert "built 1, skipped 5" in capsys.readouterr().out
    remote = RemoteStore(url)
    remote.replace_document(sample_extraction())
    assert remote.export("nquads") == local.export("nquads")


def test_a_server_that_is_down_is_one_line_and_the_next_build_completes(url, server, capsys):
    server.stop()
    try:
        assert main(["build", ARTICLES[1], "--store", url]) == 2
        err = capsys.readouterr().err
        assert "cannot reach the server" in err and err.count("\n") == 1
    finally:
        server.restart()
    assert main(["build", ARTICLES[1], "--store", url]) == 0
    assert len(RemoteStore(url).documents()) == 1


def test_the_password_in_a_store_url_is_never_printed(server, url, capsys):
    if server.name != "virtuoso":
        pytest.skip("oxigraph serve has no users")
    password = Endpoints.parse(url).password
    assert main(["build", ARTICLES[1], "--store", url]) == 0
    assert main(["validate", "--store", url]) == 0
    out, err = capsys.readouterr()
    assert "***@" in out and password not in out + err


def test_kg_serve_of_a_server_that_is_down_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--store", "http://kg:secret@127.0.0.1:1/sparql-auth"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the server" in err and "secret" not in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []          # no folder named "http:"


def test_a_subject_with_more_labels_than_a_page_is_read_whole(url):
    RemoteStore(url).replace_document(sample_extraction())
    tiny = RemoteStore(url + "#page=2")            # every entity has a type and two labels or more
    assert set(tiny.label_store()) == set(RemoteStore(url).label_store())


def test_a_write_the_server_refuses_names_its_message_and_the_setting(server, url, capsys):
    if server.name != "virtuoso":
        pytest.skip("oxigraph serve takes any INSERT DATA")
    too_big = url + "#gsp=&block=5000"           # one INSERT DATA of a whole 1,600-triple article
    assert main(["build", ARTICLES[1], "--store", too_big]) == 2
    err = capsys.readouterr().err
    assert "SP031" in err and "block=" in err and err.count("\n") == 1
    assert RemoteStore(url).documents() == []     # nothing complete was left behind …
    assert main(["build", ARTICLES[1], "--store", url + "#gsp="]) == 0    # … and the default blocks fit
    assert len(RemoteStore(url).documents()) == 1
