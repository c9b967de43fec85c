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

from cnkg.errors import KgError
from cnkg.extract.model import EXTRACTOR_VERSION
from cnkg.extract.reader import read_article
from cnkg.graph.rdf import InvalidExtraction, extraction_to_quads
from cnkg.graph.sources import article_paths, content_hash
from cnkg.graph.writes import Built, split_marker

CHUNK = 16               # articles per worker task (one nlp.pipe call)


# ----------------------------------------------------------------- results

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


def open_writer(knowledge, **options):
    """The writer for a store (:meth:`graph.protocol.KnowledgeBase.document_writer`)."""
    return knowledge.document_writer(**options)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def as_paths(paths: Iterable[str | Path]) -> list[str]:
    return [str(p) for p in article_paths(paths)]
