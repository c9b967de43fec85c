"""Building the store from article files: read, extract, replace each article's graph.

An article whose text (content hash) and extractor version match what the store
already holds for its document id is skipped, so rebuilding a corpus only redoes
what changed. Each article is written in its own transaction: a failure leaves that
article's previous graph (if any) in place and the build goes on with the next one.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from api.errors import KgError
from extract.model import EXTRACTOR_VERSION, Extraction
from extract.reader import Article, read_article
from graph.rdf import InvalidExtraction
from graph.store import KnowledgeStore


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
          min_confidence: float = 0.0) -> BuildReport:
    """Extract every article under ``paths`` into ``knowledge``.

    ``load_extractor`` is called once, and only if some article needs extracting.
    ``force`` rebuilds unchanged articles too. Articles that cannot be read or whose
    extraction breaks the facts contract are reported in ``failed``.
    """
    report = BuildReport()
    known = {d.document: (d.content_hash, d.extractor_version) for d in knowledge.documents()}
    extractor: ExtractorLike | None = None
    for path in article_paths(paths):
        try:
            article = read_article(path)
        except (KgError, OSError, UnicodeDecodeError) as exc:
            report.failed.append((str(path), str(exc)))
            continue
        if not force and known.get(article.document) == (content_hash(article.text), EXTRACTOR_VERSION):
            report.skipped.append(article.document)
            continue
        if extractor is None:
            extractor = load_extractor()
        extraction = extractor.extract(article)
        if min_confidence:
            extraction = extraction.filtered(min_confidence)
        try:
            report.quads += knowledge.replace_document(extraction)
        except InvalidExtraction as exc:
            report.failed.append((str(path), str(exc)))
            continue
        report.built.append(article.document)
    knowledge.flush()
    return report
