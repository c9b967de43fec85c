"""Building the store from article files: read, extract, replace each article's graph.

An article whose text (content hash) and extractor version match what the store
already holds for its document id is skipped, so rebuilding a corpus only redoes
what changed. Each article is written in its own transaction: a failure leaves that
article's previous graph (if any) in place and the build goes on with the next one.
New articles are bulk-loaded in batches; graph/parallel.py says how that keeps the
same promise per article.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cnkg.errors import KgError
from cnkg.extract.model import Extraction
from cnkg.extract.reader import Article
from cnkg.graph import parallel
from cnkg.graph.sources import article_paths
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


def build(knowledge: KnowledgeStore, paths: Iterable[str | Path],
          load_extractor: Callable[[], ExtractorLike], *, force: bool = False,
          min_confidence: float = 0.0, workers: int = 1, engine: str = "local",
          progress: Callable[[int], None] | None = None, follow_symlinks: bool = False) -> BuildReport:
    """Extract every article under ``paths`` into ``knowledge``.

    ``load_extractor`` is called once per process, and only if some article needs
    extracting. ``force`` rebuilds unchanged articles too. Articles that cannot be
    read or whose extraction breaks the facts contract are reported in ``failed``.
    ``workers`` > 1 extracts in that many processes (``engine="ray"``: on a Ray
    cluster, see :mod:`graph.ray_engine`); the store is written from this process
    only, new documents by bulk load (see :mod:`graph.parallel`). ``progress`` is
    called with the number of articles done after each one. Symbolic links out of a
    directory are not followed unless ``follow_symlinks``; they are reported in ``failed``.
    """
    outside: list[Path] = []
    paths = [str(p) for p in article_paths(paths, follow_symlinks=follow_symlinks, outside=outside)]
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
    for link in outside:
        report.failed.append((str(link), "a symbolic link out of the folder being built: not read "
                                         "(kg build --follow-symlinks reads such links)"))
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
