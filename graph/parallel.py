"""The build engine: extraction in worker processes, streaming writes in the parent.

``kg build DIR --workers N`` runs here (``--engine ray`` swaps the extraction side
for :mod:`graph.ray_engine`; the write side is the same).

- **Workers** each load the extractor once and run ``nlp.pipe`` over chunks of
  articles. A worker reads the file, hashes the text and skips an article whose
  ``(content hash, extractor version)`` the store already holds, so unchanged
  articles cost one read. What comes back is N-Quads: the article's graph
  (``body``) and, apart, its ``kg:contentHash`` quad (the ``marker``).
- **The parent** alone writes (RocksDB allows one writer). At most ``2 × workers``
  chunks are in flight, and new documents are loaded in batches of a bounded size,
  so memory stays flat however large the corpus.

Writes keep one promise per document (graph/MODEL.md, "Fast loading"):

- a document already in the store (or seen earlier in this run) is replaced by one
  SPARQL update — ``DROP SILENT GRAPH`` + ``INSERT DATA``, one transaction;
- new documents go through ``Store.bulk_load`` (not transactional, ~3× faster than
  transactional loads) **without** their markers, then all markers of the batch in
  one transactional ``Store.load``. A document is *complete* iff its graph holds its
  ``kg:contentHash``, and the same transaction that writes the markers copies the
  batch's triples into the default graph (the union, :mod:`graph.union`);
  :meth:`KnowledgeStore.documents` and ``has_content_hash`` only
  see complete documents. If the bulk load fails, the batch's graphs (all new) are
  removed before the error propagates; after a crash, :func:`repair_incomplete`
  (run at the start of every build) removes graphs left without a marker. Either
  way the store ends as it was before the batch.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox

from cnkg.errors import KgError
from cnkg.extract.model import EXTRACTOR_VERSION
from cnkg.extract.reader import read_article
from cnkg.graph import union
from cnkg.graph.namespaces import KGR, article_iri, kg
from cnkg.graph.rdf import InvalidExtraction, extraction_to_quads
from cnkg.graph.sources import article_paths, content_hash

CONTENT_HASH = kg("contentHash")
ARTICLE_PREFIX = KGR + "article/"
CHUNK = 16               # articles per worker task (one nlp.pipe call)
BATCH_QUADS = 200_000    # new-document quads per bulk load


# ----------------------------------------------------------------- results

@dataclass(frozen=True)
class Built:
    """One extracted article, as N-Quads: its graph without the marker, and the marker."""
    path: str
    document: str
    body: bytes
    marker: bytes
    quads: int


@dataclass(frozen=True)
class Skipped:
    path: str
    document: str


@dataclass(frozen=True)
class Failed:
    path: str
    message: str


Result = Built | Skipped | Failed


@dataclass(frozen=True)
class Job:
    """What every worker needs besides the paths: picklable, sent once per worker."""
    known: dict[str, tuple[str, str]] = field(default_factory=dict)   # document → (hash, version)
    force: bool = False
    min_confidence: float = 0.0


def split_marker(quads: list[ox.Quad]) -> tuple[bytes, bytes]:
    """(body, marker) N-Quads of one article graph: the marker is its kg:contentHash quad."""
    body = [q for q in quads if q.predicate != CONTENT_HASH]
    marker = [q for q in quads if q.predicate == CONTENT_HASH]
    fmt = ox.RdfFormat.N_QUADS
    return ox.serialize(body, format=fmt) or b"", ox.serialize(marker, format=fmt) or b""


def extract_paths(get_extractor: Callable, paths: list[str], job: Job) -> list[Result]:
    """Read, skip unchanged, extract (one ``nlp.pipe`` over the rest) and map to N-Quads.

    ``get_extractor()`` is called only when some article needs extracting."""
    results: dict[int, Result] = {}
    todo = []
    for i, path in enumerate(paths):
        try:
            article = read_article(path)
        except (KgError, OSError, UnicodeDecodeError) as exc:
            results[i] = Failed(path, str(exc))
            continue
        if not job.force and job.known.get(article.document) == (content_hash(article.text),
                                                                  EXTRACTOR_VERSION):
            results[i] = Skipped(path, article.document)
        else:
            todo.append((i, article))
    if todo:     # too long: refused here, or its error would end the whole chunk's nlp.pipe
        from cnkg.extract.pipeline import MAX_CHARACTERS
        for i, article in todo:
            if len(article.text) > MAX_CHARACTERS:
                results[i] = Failed(paths[i], f"{article.document}: {len(article.text):,} characters is "
                                              f"more than the {MAX_CHARACTERS:,} an article may have")
        todo = [(i, a) for i, a in todo if i not in results]
    if not todo:
        return [results[i] for i in range(len(paths))]
    extractor = get_extractor()
    pipe = getattr(extractor, "pipe", None)
    extractions = (pipe([a for _, a in todo]) if pipe is not None
                   else (extractor.extract(a) for _, a in todo))
    for (i, article), extraction in zip(todo, extractions):
        if job.min_confidence:
            extraction = extraction.filtered(job.min_confidence)
        try:
            quads = extraction_to_quads(extraction)
        except InvalidExtraction as exc:
            results[i] = Failed(paths[i], str(exc))
            continue
        body, marker = split_marker(quads)
        results[i] = Built(paths[i], article.document, body, marker, len(quads))
    return [results[i] for i in range(len(paths))]


# ----------------------------------------------------------------- local engine

class LazyExtractor:
    """Loads the extractor on first use, then keeps it (one per process)."""

    def __init__(self, load_extractor: Callable):
        self._load = load_extractor
        self._extractor = None

    def __call__(self):
        if self._extractor is None:
            self._extractor = self._load()
        return self._extractor


_worker: dict = {}    # per worker process: set once by the pool initializer


def _init_worker(load_extractor: Callable, job: Job) -> None:
    _worker["extractor"] = LazyExtractor(load_extractor)
    _worker["job"] = job


def _run_chunk(paths: list[str]) -> list[Result]:
    return extract_paths(_worker["extractor"], paths, _worker["job"])


def chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def local_results(paths: list[str], job: Job, load_extractor: Callable, *,
                  workers: int = 1, chunk: int = CHUNK) -> Iterator[Result]:
    """Results in path order. ``workers == 1`` runs in this process (the extractor is
    loaded only if some article needs it); more start a ``spawn`` process pool where
    each worker loads the extractor once. At most ``2 × workers`` chunks are queued."""
    if workers <= 1:
        extractor = LazyExtractor(load_extractor)
        for part in chunks(paths, chunk):
            yield from extract_paths(extractor, part, job)
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=(load_extractor, job)) as pool:
        pending: deque = deque()
        for part in chunks(paths, chunk):
            pending.append(pool.submit(_run_chunk, part))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# ----------------------------------------------------------------- writing

def repair_incomplete(knowledge) -> list[str]:
    """Remove article graphs that lack their ``kg:contentHash`` marker (left by an
    interrupted build) and return their IRIs: each store knows how."""
    return knowledge.repair_incomplete()


def repair_local(store: ox.Store) -> list[str]:
    """:func:`repair_incomplete` for a pyoxigraph store."""
    broken = [g for g in store.named_graphs()
              if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_PREFIX)
              and next(store.quads_for_pattern(g, CONTENT_HASH, None, g), None) is None]
    for g in broken:
        store.update(union.retract_and_drop(g))
    return [g.value for g in broken]


def replace_from_nquads(graph: ox.NamedNode, nquads: bytes) -> str:
    """The one-transaction SPARQL update that replaces ``graph`` with these quads."""
    from cnkg.graph.store import replace_graph_update
    return replace_graph_update(graph, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))


class StoreWriter:
    """Writes :class:`Built` documents into a local :class:`graph.store.KnowledgeStore`
    (see the module docstring for the per-document promise)."""

    def __init__(self, knowledge, *, batch_quads: int = BATCH_QUADS):
        self.store: ox.Store = knowledge.store
        self._sync_fulltext = getattr(knowledge, "sync_fulltext", None)   # after each write
        if self._sync_fulltext is not None:
            self._sync_fulltext([])   # open the index first: a store built before it is caught up now
        self.batch_quads = batch_quads
        self._seen: set[str] = set()
        self._bodies: list[bytes] = []
        self._markers: list[bytes] = []
        self._graphs: list[ox.NamedNode] = []
        self._quads = 0
        self.bulk_documents = 0       # how many went the fast way (for reports and tests)

    def add(self, doc: Built) -> None:
        graph = article_iri(doc.document)
        if doc.document in self._seen or self.store.contains_named_graph(graph):
            self.flush()    # earlier documents first: the last file with a document id wins
            self.store.update(replace_from_nquads(graph, doc.body + doc.marker))
            self._indexed([graph.value])
        else:
            self._bodies.append(doc.body)
            self._markers.append(doc.marker)
            self._graphs.append(graph)
            self._quads += doc.quads
            if self._quads >= self.batch_quads:
                self.flush()
        self._seen.add(doc.document)

    def flush(self) -> None:
        if not self._graphs:
            return
        bodies, markers, graphs = b"".join(self._bodies), b"".join(self._markers), self._graphs
        self._bodies, self._markers, self._graphs, self._quads = [], [], [], 0
        try:
            self.store.bulk_load(bodies, format=ox.RdfFormat.N_QUADS)
            # one transaction: the batch's triples join the union, and its markers make it complete
            marker_lines = [f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                            for q in ox.parse(markers, format=ox.RdfFormat.N_QUADS)]
            self.store.update("INSERT DATA {\n" + "\n".join(marker_lines) + "\n} ;\n"
                              + union.add_graphs(graphs))
        except BaseException:
            for g in graphs:      # all new: removing them restores the store as it was
                self.store.update(union.retract_and_drop(g))
            raise
        self.bulk_documents += len(graphs)
        self._indexed([g.value for g in graphs])

    def _indexed(self, graphs: list[str]) -> None:
        """The full-text index follows the store, after it (graph/fulltext.py)."""
        if self._sync_fulltext is not None:
            self._sync_fulltext(graphs)

    def close(self) -> None:
        self.flush()
        self.store.flush()


def open_writer(knowledge, **options):
    """The writer for a store (:meth:`graph.protocol.KnowledgeBase.document_writer`)."""
    return knowledge.document_writer(**options)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def as_paths(paths: Iterable[str | Path]) -> list[str]:
    return [str(p) for p in article_paths(paths)]
