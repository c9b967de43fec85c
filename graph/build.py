"""Building the store from article files: read, extract, replace each article's graph.

An article whose text (content hash) and extractor version match what the store
already holds for its document id is skipped, so rebuilding a corpus only redoes
what changed. Each article is written in its own transaction: a failure leaves that
article's previous graph (if any) in place and the build goes on with the next one.
New articles are bulk-loaded in batches; graph/parallel.py says how that keeps the
same promise per article.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cnkg.errors import KgError
from cnkg.extract.model import Extraction
from cnkg.extract.reader import Article
from cnkg.graph.store import KnowledgeStore


class ExtractorLike(Protocol):
    def extract(self, article: Article) -> Extraction: ...


@dataclass
class BuildReport:
    """What a build did, by document id (``failed`` holds (path, message))."""
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    quads: int = 0


def content_hash(text: str) -> str:
    """The hash :attr:`extract.model.Extraction.content_hash` gives the same text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, directories expanded to their ``*.txt`` files (recursively, sorted).

    :raises KgError: for a path that does not exist, or a directory without .txt files.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise KgError(f"{path}: no .txt articles in this directory")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise KgError(f"{path}: no such file or directory")
    return list(dict.fromkeys(out))


def build(knowledge: KnowledgeStore, paths: Iterable[str | Path],
          load_extractor: Callable[[], ExtractorLike], *, force: bool = False,
          min_confidence: float = 0.0, workers: int = 1, engine: str = "local",
          progress: Callable[[int], None] | None = None) -> BuildReport:
    """Extract every article under ``paths`` into ``knowledge``.

    ``load_extractor`` is called once per process, and only if some article needs
    extracting. ``force`` rebuilds unchanged articles too. Articles that cannot be
    read or whose extraction breaks the facts contract are reported in ``failed``.
    ``workers`` > 1 extracts in that many processes (``engine="ray"``: on a Ray
    cluster, see :mod:`graph.ray_engine`); the store is written from this process
    only, new documents by bulk load (see :mod:`graph.parallel`). ``progress`` is
    called with the number of articles done after each one.
    """
    from cnkg.graph import parallel

    paths = parallel.as_paths(paths)
    parallel.repair_incomplete(knowledge)
    job = parallel.Job(known={d.document: (d.content_hash, d.extractor_version)
                              for d in knowledge.documents()},
                       force=force, min_confidence=min_confidence)
    if engine == "ray":
        from cnkg.graph.ray_engine import ray_results
        results = ray_results(paths, job, load_extractor, workers=workers)
    elif engine == "local":
        results = parallel.local_results(paths, job, load_extractor, workers=workers)
    else:
        raise KgError(f"unknown engine {engine!r} (local or ray)")
    report = BuildReport()
    writer = parallel.open_writer(knowledge)
    try:
        for done, result in enumerate(results, 1):
            if isinstance(result, parallel.Failed):
                report.failed.append((result.path, result.message))
            elif isinstance(result, parallel.Skipped):
                report.skipped.append(result.document)
            else:
                writer.add(result)
                report.quads += result.quads
                report.built.append(result.document)
            if progress is not None:
                progress(done)
    finally:
        writer.close()
    return report
