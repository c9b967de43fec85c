"""The default graph is the union of the article graphs as a set: a fact that two
articles state is one triple, for the CLI, /sparql, named queries and the graph store."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.graph import union
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, settings_for

COUNT_CHEN = 'SELECT (COUNT(*) AS ?c) WHERE { ?s rdfs:label "陈洪宛"@zh }'
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def two_articles(path=None) -> KnowledgeStore:
    """Two articles with the same text: every entity fact is stated twice."""
    kb = KnowledgeStore(path)
    kb.replace_document(sample_extraction("first"))
    kb.replace_document(sample_extraction("second"))
    return kb


def count(answer) -> int:
    return int(next(iter(answer))["c"].value)


def named_triples(store: ox.Store) -> set:
    return {q.triple for q in store.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph)}


def default_triples(store: ox.Store) -> set:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_union_a_fact_two_articles_state_counts_once():
    kb = two_articles()
    assert count(kb.query(COUNT_CHEN)) == 1
    distinct = count(kb.query("SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"))
    assert count(kb.query("SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }")) == distinct
    assert kb.stats().triples == distinct
    assert kb.stats().quads == len(kb.quads()) > distinct      # provenance stays per article


def test_union_follows_replacing_and_removing_an_article():
    kb = two_articles()
    kb.remove_document("first")
    assert count(kb.query(COUNT_CHEN)) == 1                     # "second" still states it
    assert default_triples(kb.store) == named_triples(kb.store)
    kb.remove_document("second")
    assert count(kb.query(COUNT_CHEN)) == 0
    assert default_triples(kb.store) == set()


def test_union_of_a_store_written_before_it_existed_is_filled_on_open(tmp_path):
    old = ox.Store(str(tmp_path / "kg"))       # named graphs only, as stores were written before
    old.update('INSERT DATA { GRAPH <https://w3id.org/cnpkg/id/article/a> { <urn:x> <urn:p> "v" } '
               'GRAPH <https://w3id.org/cnpkg/id/article/b> { <urn:x> <urn:p> "v" } }')
    del old
    kb = KnowledgeStore(tmp_path / "kg")
    assert not union.needs_migration(kb.store)
    assert count(kb.query("SELECT (COUNT(*) AS ?c) WHERE { <urn:x> ?p ?o }")) == 1


def test_union_kg_query_counts_once(tmp_path, capsys):
    kb = two_articles(tmp_path / "kg")
    kb.flush()
    del kb
    assert main(["query", COUNT_CHEN, "--store", str(tmp_path / "kg"), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["1"]


@pytest.fixture
def client(tmp_path):
    app = create_app(settings_for(tmp_path, token=True), knowledge=two_articles())
    with TestClient(app) as c:
        yield c


def test_union_sparql_endpoint_counts_once(client):
    r = client.get("/sparql", params={"query": COUNT_CHEN}, headers={"Accept": "text/csv"})
    assert r.status_code == 200
    assert r.text.split() == ["c", "1"]


def test_union_graph_store_default_holds_each_triple_once(client):
    r = client.get("/graphs", params={"default": ""}, headers={"Accept": "application/n-triples"})
    lines = [line for line in r.text.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)) and any("陈洪宛" in line for line in lines)


def test_union_learns_what_a_sparql_update_and_a_graph_store_put_write(client):
    r = client.post("/sparql", data={"update": 'INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:b> "c" } } # done'},
                    headers=AUTH)
    assert r.status_code in (200, 204), r.text
    ask = client.get("/sparql", params={"query": 'ASK { <urn:a> <urn:b> "c" }'},
                     headers={"Accept": "application/sparql-results+json"})
    assert ask.json()["boolean"] is True
    r = client.put("/graphs", params={"graph": "urn:g1"}, content=b'<urn:a> <urn:b> "d" .',
                   headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 204
    old = client.get("/sparql", params={"query": 'ASK { <urn:a> <urn:b> "c" }'},
                     headers={"Accept": "application/sparql-results+json"})
    assert old.json()["boolean"] is False                     # replaced: it left the union too
