"""``kg migrate`` (graph/iri_migration.py): a store built with the percent-encoded IRIs of
before issue 14, once migrated, holds exactly the quads a fresh build holds — in every
named graph and in the union default graph — and a second run changes nothing."""
from __future__ import annotations

import gc
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.extract.model import Entity, Relation, entity_key
from cnkg.graph import iri_migration, namespaces, union
from cnkg.graph.namespaces import KGR, iri_for
from cnkg.graph.store import KnowledgeStore
from sample_extraction import EXPO, sample_extraction
from server_fixture import free_port, live_server, settings_for

AWKWARD = entity_key("Place", "某 区#1?增长50%")   # a space, a fragment, a query, a bare %


def extractions():
    """Two articles: the sample, and one with a Chinese id and an awkward place key."""
    first = sample_extraction()
    second = sample_extraction(document="智慧城市 第2篇")
    second = replace(second,
                     entities=[*second.entities, Entity(key=AWKWARD, type="Place", label="某 区#1?增长50%")],
                     relations=[*second.relations, Relation(EXPO, "locatedIn", AWKWARD, sentence=0)])
    return [first, second]


def build(path: Path) -> None:
    kb = KnowledgeStore(path)
    for extraction in extractions():
        kb.replace_document(extraction)
    kb.flush()
    del kb
    gc.collect()            # RocksDB's lock goes with the last handle


def all_quads(path: Path) -> set[ox.Quad]:
    """Every quad of the store, the default graph (the union) included."""
    store = ox.Store.read_only(str(path))
    return set(store)


@pytest.fixture
def old_store(tmp_path, monkeypatch) -> Path:
    """A store written with the minting of before issue 14."""
    path = tmp_path / "old"
    with monkeypatch.context() as m:
        m.setattr(namespaces, "encode_key", namespaces.legacy_encode_key)
        build(path)
    quads = all_quads(path)
    old_chen = KGR + "person/%E9%99%88%E6%B4%AA%E5%AE%9B"
    assert any(q.subject.value == old_chen for q in quads)        # it really is an old store
    assert ox.NamedNode(KGR + "article/%E6%99%BA%E6%85%A7%E5%9F%8E%E5%B8%82%20%E7%AC%AC2%E7%AF%87") in {
        q.graph_name for q in quads}
    return path


@pytest.fixture
def fresh_store(tmp_path) -> Path:
    path = tmp_path / "fresh"
    build(path)
    return path


def test_migrated_store_equals_a_fresh_build_and_a_second_run_changes_nothing(old_store, fresh_store, capsys):
    assert main(["migrate", "--store", str(old_store)]) == 0
    out = capsys.readouterr()
    assert "in 1 transaction" in out.out and "quads scanned" in out.err      # the progress line
    assert all_quads(old_store) == all_quads(fresh_store)
    assert main(["migrate", "--store", str(old_store)]) == 0
    assert "nothing to migrate" in capsys.readouterr().out
    assert all_quads(old_store) == all_quads(fresh_store)


def test_migrated_store_keeps_the_union_default_graph(old_store):
    main(["migrate", "--store", str(old_store)])
    store = ox.Store.read_only(str(old_store))
    named = {q.triple for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert named == default
    assert union.default_graph_size(store) == len(named)


def test_migration_over_several_transactions_can_stop_half_way_and_be_finished(old_store, fresh_store):
    store = ox.Store(str(old_store))

    class StopsAfterOneUpdate:        # the process dies after its first transaction
        def __init__(self):
            self.updates = 0

        def __getattr__(self, name):
            return getattr(store, name)

        def __iter__(self):
            return iter(store)

        def __contains__(self, quad):
            return quad in store

        def __len__(self):
            return len(store)

        def update(self, text):
            if self.updates:
                raise KeyboardInterrupt
            self.updates += 1
            store.update(text)

    with pytest.raises(KeyboardInterrupt):
        iri_migration.migrate(StopsAfterOneUpdate(), batch_quads=10)
    assert iri_migration.MARKER in store and iri_migration.needs_migration(store)
    report = iri_migration.migrate(store, batch_quads=10)
    assert report.transactions > 1 and iri_migration.MARKER not in store
    store = None      # let go of it (and RocksDB's lock)
    gc.collect()
    assert all_quads(old_store) == all_quads(fresh_store)


def test_opening_an_old_store_says_what_to_run(old_store, capsys):
    for read_only in (False, True):
        with pytest.raises(KgError, match=f"kg migrate --store {old_store}"):
            KnowledgeStore(old_store, read_only=read_only)
    gc.collect()
    assert main(["stats", "--store", str(old_store)]) == 2
    assert "run `kg migrate --store" in capsys.readouterr().err
    assert main(["migrate", "--store", str(old_store)]) == 0     # the refusal let go of the lock
    assert KnowledgeStore(old_store).stats().graphs == 2


def test_migrate_refuses_a_store_another_process_holds(old_store, capsys):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(old_store)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["migrate", "--store", str(old_store)]) == 2
        err = capsys.readouterr().err
        assert "in use by another process" in err and "nothing was changed" in err
    finally:
        holder.stdin.close()
        holder.wait()
    assert iri_migration.needs_migration(ox.Store.read_only(str(old_store)))   # untouched


def test_http_serves_readable_iris_after_migration(old_store):
    main(["migrate", "--store", str(old_store)])
    app = create_app(settings_for(store=str(old_store)))
    chen = iri_for("person/陈洪宛").value
    assert chen == KGR + "person/陈洪宛"
    with live_server(app, port=free_port()) as base, httpx.Client(base_url=base) as http:
        hit = http.get("/entities", params={"q": "陈洪宛"}).json()["items"][0]
        assert hit["iri"] == chen and hit["id"] == "person/陈洪宛"
        assert http.get("/entities/person/陈洪宛").json()["iri"] == chen
        old = KGR + "person/%E9%99%88%E6%B4%AA%E5%AE%9B"       # a bookmarked old IRI still finds him
        assert http.get(f"/entities/{old}").json()["iri"] == chen
        place = http.get("/entities", params={"q": "某 区"}).json()["items"][0]
        assert place["iri"] == KGR + "place/某%20区%231%3F增长50%25" and place["id"] == AWKWARD
        rows = http.get("/sparql", params={"query": "SELECT ?e WHERE { ?e rdfs:label \"陈洪宛\"@zh }"},
                        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
        assert [r["e"]["value"] for r in rows] == [chen]
        turtle = http.get("/graphs", params={"graph": KGR + "article/智慧城市%20第2篇"},
                          headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and "<https://w3id.org/cnpkg/id/person/陈洪宛>" in turtle.text
