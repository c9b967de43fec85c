"""kg build at scale: worker processes, bulk loads that keep the per-document promise,
crash repair, resumable builds (graph/parallel.py, graph/build.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from cnkg.api.cli import main
from cnkg.extract.pipeline import Extractor
from cnkg.graph import parallel, writes
from cnkg.graph.build import build
from cnkg.graph.namespaces import article_iri
from cnkg.graph.store import KnowledgeStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_corpus import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(12, out)
    return out


def _build(store, paths, extractor, **options):
    return build(store, paths, lambda: extractor, **options)


def _export(store: KnowledgeStore) -> bytes:
    return store.export("nquads")


@pytest.fixture(scope="module")
def reference(corpus, extractor) -> bytes:
    """The corpus built one transactional replace per article (the pre-bulk path)."""
    kb = KnowledgeStore(None)
    for path in parallel.as_paths([corpus]):
        from cnkg.extract.reader import read_article
        kb.replace_document(extractor.extract(read_article(path)))
    return _export(kb)


def test_scale_build_bulk_path_equals_transactional_replaces(corpus, extractor, reference, tmp_path):
    kb = KnowledgeStore(tmp_path / "kg")
    report = _build(kb, [corpus], extractor)
    assert len(report.built) == 12 and not report.failed
    assert _export(kb) == reference


def test_scale_build_small_batches_and_rebuild_is_identical(corpus, extractor, reference, monkeypatch):
    monkeypatch.setattr(writes, "BATCH_QUADS", 500)   # several bulk loads
    kb = KnowledgeStore(None)
    _build(kb, [corpus], extractor)
    assert _export(kb) == reference
    again = _build(kb, [corpus], extractor)
    assert len(again.skipped) == 12 and not again.built
    forced = _build(kb, [corpus], extractor, force=True)   # every document replaced in place
    assert len(forced.built) == 12 and _export(kb) == reference


def test_scale_build_two_worker_processes_give_the_same_dataset(corpus, reference, tmp_path, capsys):
    store = str(tmp_path / "kg")
    assert main(["build", str(corpus), "--store", store, "--workers", "2"]) == 0
    assert "built 12" in capsys.readouterr().out
    assert _export(KnowledgeStore(store)) == reference


def test_scale_build_interrupted_build_resumes(corpus, extractor, reference):
    kb = KnowledgeStore(None)

    def stop_after_5(done):
        if done == 5:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        _build(kb, [corpus], extractor, progress=stop_after_5)
    assert len(kb.documents()) == 5    # the writer flushed what was extracted
    report = _build(kb, [corpus], extractor)
    assert len(report.skipped) == 5 and len(report.built) == 7
    assert _export(kb) == reference


def _built(corpus, extractor, n=3) -> list[writes.Built]:
    paths = parallel.as_paths([corpus])[:n]
    return parallel.extract_paths(lambda: extractor, paths, parallel.Job())


def test_scale_build_failed_bulk_load_leaves_store_as_it_was(corpus, extractor, tmp_path):
    kb = KnowledgeStore(tmp_path / "kg")
    first, second, third = _built(corpus, extractor)
    writer = writes.StoreWriter(kb)
    writer.add(first)
    writer.close()
    before = _export(kb)
    broken = writes.Built("x.txt", "broken", b"<http://x> <http://y> oops .\n", b"", 1)
    writer = writes.StoreWriter(kb)
    writer.add(second)
    writer.add(broken)
    with pytest.raises(SyntaxError):
        writer.flush()
    assert _export(kb) == before
    assert [d.document for d in kb.documents()] == [first.document]


def test_scale_build_failed_marker_load_removes_the_batch(corpus, extractor):
    kb = KnowledgeStore(None)
    first, second, _ = _built(corpus, extractor)
    bad = writes.Built(second.path, second.document, second.body, b"not n-quads\n", second.quads)
    writer = writes.StoreWriter(kb)
    writer.add(first)
    writer.add(bad)
    with pytest.raises(SyntaxError):
        writer.flush()
    assert len(kb) == 0


def test_scale_build_crash_between_body_and_marker_is_repaired(corpus, extractor, reference):
    kb = KnowledgeStore(None)
    first, *_ = _built(corpus, extractor, 1)
    kb.store.bulk_load(first.body, format=ox.RdfFormat.N_QUADS)    # a crash before the marker
    assert kb.documents() == [] and kb.store.contains_named_graph(article_iri(first.document))
    marker = next(ox.parse(first.marker, format=ox.RdfFormat.N_QUADS))
    assert not kb.has_content_hash(marker.object.value)
    assert parallel.repair_incomplete(kb) == [article_iri(first.document).value]
    assert len(kb) == 0
    _build(kb, [corpus], extractor)   # a build repairs first too
    assert _export(kb) == reference


def test_scale_build_same_document_twice_in_one_run_last_wins(corpus, extractor, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "same.txt").write_text("工业和信息化部部长王明说，要加快5G建设。\n", encoding="utf-8")
    (b / "same.txt").write_text("科技部部长李华表示，要推进人工智能发展。\n", encoding="utf-8")
    kb = KnowledgeStore(None)
    report = _build(kb, [a, b], extractor)
    assert report.built == ["same", "same"]
    one = KnowledgeStore(None)
    _build(one, [b], extractor)
    assert _export(kb) == _export(one)


def test_scale_build_engine_must_be_known(corpus, extractor):
    from cnkg.errors import KgError
    with pytest.raises(KgError, match="unknown engine"):
        _build(KnowledgeStore(None), [corpus], extractor, engine="spark")
