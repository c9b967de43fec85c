"""KnowledgeStore (graph/store.py) on a real pyoxigraph store, in memory or in tmp_path."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from cnkg.errors import KgError
from cnkg.extract.model import Relation
from cnkg.graph.namespaces import article_iri, iri_for, kg
from cnkg.graph.rdf import InvalidExtraction, extraction_to_quads
from cnkg.graph.store import KnowledgeStore, replace_graph_update
from sample_extraction import BEIJING, CHEN, DOC, EXPO, sample_extraction


@pytest.fixture
def kb() -> KnowledgeStore:
    store = KnowledgeStore(None)
    store.replace_document(sample_extraction())
    return store


def _ask(kb, s, p, o) -> bool:
    return bool(kb.query("ASK { ?s ?p ?o }", {ox.Variable("s"): s, ox.Variable("p"): p, ox.Variable("o"): o}))


def test_store_memory_aliases():
    assert KnowledgeStore(":memory:").path is None
    assert KnowledgeStore(None).path is None


def test_store_on_disk_creates_missing_parent_directories(tmp_path):
    # make run in a fresh clone: var/ does not exist yet, and RocksDB only makes the last level
    path = tmp_path / "var" / "kg"
    kb = KnowledgeStore(path)
    kb.replace_document(sample_extraction())
    kb.flush()
    assert path.is_dir() and [d.document for d in kb.documents()] == [DOC]


def test_store_not_created_when_asked_to_open_an_existing_one(tmp_path):
    with pytest.raises(KgError, match="no store at"):
        KnowledgeStore(tmp_path / "var" / "kg", create=False)
    assert not (tmp_path / "var").exists()


def test_store_replace_document_writes_one_named_graph(kb):
    assert kb.documents()[0].document == DOC
    assert [q.graph_name for q in kb.quads()] == [article_iri(DOC)] * len(kb)
    assert len(kb) == len(extraction_to_quads(sample_extraction()))


def test_store_replace_document_replaces_rather_than_appends(kb):
    ex = sample_extraction()
    ex.relations = [r for r in ex.relations if r.predicate != "locatedIn"]
    kb.replace_document(ex)
    assert not _ask(kb, iri_for(EXPO), kg("locatedIn"), iri_for(BEIJING))
    assert len(kb) == len(extraction_to_quads(ex))


def test_store_failed_replace_leaves_store_untouched(kb):
    before = kb.export("nquads")
    broken = sample_extraction()
    broken.relations.append(Relation(CHEN, "speaksAt", "event/nowhere", 0))
    with pytest.raises(InvalidExtraction):
        kb.replace_document(broken)
    assert kb.export("nquads") == before


def test_store_replace_update_is_one_transaction(kb):
    """The drop and the insert commit together: an error after them undoes both."""
    before = kb.export("nquads")
    other = sample_extraction()
    other.relations = []
    update = replace_graph_update(article_iri(DOC), extraction_to_quads(other))
    with pytest.raises(RuntimeError):
        kb.store.update(update + " ;\nDROP GRAPH <urn:kg:test:missing>")
    assert kb.export("nquads") == before


def test_store_failed_ingest_on_disk_keeps_previous_graph(tmp_path):
    kb = KnowledgeStore(tmp_path / "kg")
    kb.replace_document(sample_extraction())
    before = kb.export("nquads")
    broken = sample_extraction()
    broken.entities[0].confidence = 2.0
    with pytest.raises(InvalidExtraction):
        kb.replace_document(broken)
    kb.flush()
    del kb
    assert KnowledgeStore(tmp_path / "kg", create=False).export("nquads") == before


def test_store_on_disk_persists_across_opens(tmp_path):
    kb = KnowledgeStore(tmp_path / "kg")
    kb.replace_document(sample_extraction())
    kb.flush()
    del kb
    reopened = KnowledgeStore(tmp_path / "kg", create=False)
    assert [d.document for d in reopened.documents()] == [DOC]


def test_store_open_missing_directory_without_create_raises(tmp_path):
    with pytest.raises(KgError, match="no store"):
        KnowledgeStore(tmp_path / "missing", create=False)


def test_store_remove_document(kb):
    kb.replace_document(sample_extraction("other-doc"))
    assert kb.remove_document(DOC)
    assert not kb.remove_document(DOC)
    assert [d.document for d in kb.documents()] == ["other-doc"]
    # an entity shared with the remaining article keeps its label
    assert _ask(kb, iri_for(BEIJING), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal("北京", language="zh"))


def test_store_documents_and_content_hash(kb):
    ex = sample_extraction()
    (info,) = kb.documents()
    assert info.content_hash == ex.content_hash
    assert info.title == ex.title and info.date == "2020-11-20"
    assert kb.has_content_hash(ex.content_hash)
    assert kb.has_content_hash(ex.content_hash, extractor_version=ex.extractor_version)
    assert not kb.has_content_hash(ex.content_hash, extractor_version="kg-extract/9.9.9")
    assert not kb.has_content_hash("sha256:" + "0" * 64)


def test_store_query_uses_the_union_default_graph_and_kg_prefixes(kb):
    kb.replace_document(sample_extraction("other-doc"))
    rows = list(kb.query("SELECT DISTINCT ?p WHERE { ?p kg:speaksAt ?e }"))
    assert [r["p"] for r in rows] == [iri_for(CHEN)]


def test_store_query_malformed_raises_syntax_error_with_position(kb):
    with pytest.raises(SyntaxError, match=r"1:\d+"):
        kb.query("SELECT ?x WHERE { ?x ?p }")


def test_store_stats_counts(kb):
    stats = kb.stats()
    assert stats.entities["Agency"] == 2 and stats.entities["Technology"] == 2
    assert stats.entities["Organization"] == 0
    assert stats.relations["involvesTechnology"] == 2 and stats.relations["subOrganizationOf"] == 1
    assert stats.graphs == 1 and stats.quads == len(kb) and stats.triples == len(kb)
    assert set(stats.to_dict()) == {"entities", "relations", "graphs", "triples", "quads"}


def test_store_export_turtle_round_trips_through_rdflib(kb):
    kb.replace_document(sample_extraction("other-doc"))
    graph = rdflib.Graph().parse(data=kb.export("turtle"), format="turtle")
    assert len(graph) == kb.stats().triples < len(kb)


def test_store_export_jsonld_and_trig_keep_every_quad(kb):
    quads = set(kb.quads())
    assert set(ox.parse(kb.export("trig"), format=ox.RdfFormat.TRIG)) == quads
    assert set(ox.parse(kb.export("jsonld"), format=ox.RdfFormat.JSON_LD)) == quads


def test_store_export_one_graph_by_document_id(kb):
    kb.replace_document(sample_extraction("other-doc"))
    text = kb.export("nquads", graph="other-doc").decode()
    assert text and all(line.endswith(f"<{article_iri('other-doc').value}> .") for line in text.splitlines())


def test_store_export_unknown_graph_or_format_raises(kb):
    with pytest.raises(KgError):
        kb.export("nquads", graph="no-such-doc")
    with pytest.raises(KgError):
        kb.export("rdfxml")


def test_store_rebuild_gives_byte_identical_nquads(tmp_path):
    first, second = KnowledgeStore(tmp_path / "a"), KnowledgeStore(tmp_path / "b")
    for ex in (sample_extraction(), sample_extraction("other-doc")):
        first.replace_document(ex)
    for ex in (sample_extraction("other-doc"), sample_extraction(), sample_extraction()):
        second.replace_document(ex)
    for fmt in ("nquads", "trig", "turtle"):
        assert first.export(fmt) == second.export(fmt)


def test_store_validate_built_graph_conforms(kb):
    kb.replace_document(sample_extraction("other-doc"))
    conforms, report = kb.validate()
    assert conforms, report


def test_store_validate_reports_a_broken_graph(kb):
    kb.store.add(ox.Quad(iri_for("place/无名"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         kg("Place"), article_iri(DOC)))
    conforms, report = kb.validate()
    assert not conforms and "MinCount" in report
