"""Full-text search over the stored sentences: SQLite FTS5 with the trigram tokenizer.

The index is derived data, kept beside the store (``<store>/fulltext.sqlite``; in memory
for an in-memory store) and rebuildable from it at any time (:mod:`graph.sentences`).
One SQLite file holds, per article graph, its document id, title and *fingerprint*
(content hash and extractor version), and its sentences with their offsets and the
entities each mentions; an FTS5 table indexes the sentence text. Replacing an article's
rows is one transaction (WAL mode, one writer: this process, which holds the store's lock).

The store is always written first and the index after it, so a crash in between leaves
an index whose fingerprint for that article differs from the store's: opening the store
again (:meth:`graph.store.KnowledgeStore.fulltext`) re-indexes exactly those articles,
and ``kg search --reindex`` rebuilds everything.

Queries: the text is split at white space into terms, all of which a sentence must
contain (case-insensitively for Latin letters). Terms of three characters or more go
through the trigram index; shorter ones (two-character words such as 数据 or 城市, which
a trigram index cannot match) are checked with ``instr()`` over the stored sentences —
a scan, measured in bench/results/fulltext.md. bench/fulltext_bench.py compares this
with tantivy.

>>> index = SentenceIndex(None)
>>> from cnkg.graph.sentences import ArticleSentences, Sentence
>>> index.put(ArticleSentences("g", "doc", "标题", "sha256:0 v", (Sentence(0, "加强智慧社区建设。", 0, 9),)))
>>> page = index.search("社区")
>>> page.total, page.hits[0].matches
(1, [(4, 6)])
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cnkg.errors import KgError
from cnkg.graph.sentences import ArticleSentences, article_sentences, stored_fingerprints

FILENAME = "fulltext.sqlite"
SCHEMA_VERSION = "1"
MAX_QUERY_CHARS = 200     # a query's length, all terms together
MAX_TERMS = 8
TRIGRAM = 3               # terms shorter than this are scanned, not looked up

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  graph TEXT PRIMARY KEY, document TEXT NOT NULL, title TEXT, fingerprint TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
  id INTEGER PRIMARY KEY, graph TEXT NOT NULL, document TEXT NOT NULL, idx INTEGER NOT NULL,
  start INTEGER, "end" INTEGER, text TEXT NOT NULL, entities TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sentences_graph ON sentences (graph);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""


class FulltextUnavailable(KgError):
    """The index cannot answer: no local store, or a read-only store whose index is missing or stale."""


@dataclass(frozen=True)
class Hit:
    """One matching sentence: where it is, its text, the matches in it (character offsets
    into ``text``, end exclusive) and the entities it mentions."""
    document: str
    graph: str
    title: str | None
    index: int
    text: str
    start: int | None
    end: int | None
    matches: list[tuple[int, int]]
    entities: list[dict]

    def to_json(self) -> dict:
        return {"document": self.document, "graph": self.graph, "title": self.title,
                "sentence": {"index": self.index, "text": self.text, "start": self.start, "end": self.end},
                "matches": [{"start": s, "end": e} for s, e in self.matches],
                "entities": self.entities}


@dataclass
class Page:
    query: str
    total: int
    limit: int
    offset: int
    hits: list[Hit] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "limit": self.limit, "offset": self.offset,
                "items": [h.to_json() for h in self.hits]}


def query_terms(text: str) -> list[str]:
    """The terms of a query (white space separates them; repeats dropped).

    :raises KgError: for an empty query, or one over :data:`MAX_QUERY_CHARS` or :data:`MAX_TERMS`.

    >>> query_terms("  智慧社区  李健 智慧社区")
    ['智慧社区', '李健']
    """
    if len(text) > MAX_QUERY_CHARS:
        raise KgError(f"the query is {len(text)} characters long; at most {MAX_QUERY_CHARS} are allowed")
    if any(not c.isprintable() and not c.isspace() for c in text):
        raise KgError("the query holds control characters")
    terms = list(dict.fromkeys(text.split()))
    if not terms:
        raise KgError("the query is empty: give the text to look for")
    if len(terms) > MAX_TERMS:
        raise KgError(f"the query has {len(terms)} terms; at most {MAX_TERMS} are allowed")
    return terms


def match_offsets(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the terms occur in ``text`` (case-insensitively), sorted, overlaps merged.

    >>> match_offsets("数据共享和数据安全", ["数据", "据共"])
    [(0, 3), (5, 7)]
    """
    spans = sorted((m.start(), m.end()) for term in terms
                   for m in re.finditer(re.escape(term), text, re.IGNORECASE))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SentenceIndex:
    """The SQLite file (or an in-memory database for ``path=None``).

    One connection, shared by the process's threads under a lock: searches take a few
    milliseconds and writes come from one writer (the process holding the store's lock).

    :raises FulltextUnavailable: when ``read_only`` and there is no index file.
    """

    def __init__(self, path: str | Path | None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._lock = threading.RLock()
        if self.path is None:
            self._db = sqlite3.connect(":memory:", check_same_thread=False)
        elif read_only:
            if not self.path.is_file():
                raise FulltextUnavailable(f"no full-text index at {self.path} (a store written before full-text "
                                          f"search, opened read-only): run kg search --reindex --store "
                                          f"{self.path.parent} while nothing serves it")
            # a file URI needs an absolute path (kg serve --store var/kg opens the store read-only)
            self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        if not read_only:
            self._create()

    def _create(self) -> None:
        with self._lock, self._db:
            version = None
            if self._db.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone():
                row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                version = row[0] if row else None
            if version not in (None, SCHEMA_VERSION):     # another layout: start again from the store
                for table in ("sentences_fts", "sentences", "articles", "meta"):
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
            try:
                self._db.executescript(_SCHEMA)
            except sqlite3.OperationalError as exc:       # SQLite older than 3.34: no trigram tokenizer
                raise KgError(f"full-text search needs SQLite 3.34 or later with FTS5 "
                              f"(this Python has {sqlite3.sqlite_version}): {exc}") from None
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------- writing

    def fingerprints(self) -> dict[str, str]:
        """graph IRI → fingerprint of every article the index holds."""
        with self._lock:
            return dict(self._db.execute("SELECT graph, fingerprint FROM articles"))

    def put(self, article: ArticleSentences) -> None:
        """Replace what the index holds for ``article.graph`` with ``article``: one transaction."""
        with self._lock, self._db:
            self._delete(article.graph)
            self._db.execute("INSERT INTO articles (graph, document, title, fingerprint) VALUES (?, ?, ?, ?)",
                             (article.graph, article.document, article.title, article.fingerprint))
            self._db.executemany(
                'INSERT INTO sentences (graph, document, idx, start, "end", text, entities) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(article.graph, article.document, s.index, s.start, s.end, s.text,
                  json.dumps(list(s.entities), ensure_ascii=False)) for s in article.sentences])

    def drop(self, graph: str) -> None:
        """Forget an article graph (one transaction)."""
        with self._lock, self._db:
            self._delete(graph)

    def clear(self) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM sentences")
            self._db.execute("DELETE FROM articles")
            self._db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')")

    def _delete(self, graph: str) -> None:
        self._db.execute("DELETE FROM sentences WHERE graph = ?", (graph,))
        self._db.execute("DELETE FROM articles WHERE graph = ?", (graph,))

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file (after a long rebuild)."""
        if self.path is not None and not self.read_only:
            with self._lock:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------- reading

    def counts(self) -> tuple[int, int]:
        """(articles, sentences) indexed."""
        with self._lock:
            return (self._db.execute("SELECT count(*) FROM articles").fetchone()[0],
                    self._db.execute("SELECT count(*) FROM sentences").fetchone()[0])

    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> Page:
        """The sentences holding every term of ``text``: best matches first for terms the
        trigram index answers, else in article and sentence order.

        :raises KgError: for an empty or over-long query (:func:`query_terms`).
        """
        terms = query_terms(text)
        long_terms = [t for t in terms if len(t) >= TRIGRAM]
        where, params = [], []
        for term in terms:
            if len(term) < TRIGRAM:
                where.append("instr(lower(s.text), lower(?)) > 0")
                params.append(term)
        if long_terms:
            source = "sentences_fts f JOIN sentences s ON s.id = f.rowid"
            where.insert(0, "sentences_fts MATCH ?")
            params.insert(0, " AND ".join(_phrase(t) for t in long_terms))
            order = "f.rank, s.document, s.idx"
        else:
            source = "sentences s"
            order = "s.document, s.idx"
        condition = " AND ".join(where)
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM {source} WHERE {condition}", params).fetchone()[0]
            rows = self._db.execute(
                f'SELECT s.document, s.graph, a.title, s.idx, s.text, s.start, s."end", s.entities '
                f"FROM {source} JOIN articles a ON a.graph = s.graph WHERE {condition} "
                f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        hits = [Hit(document, graph, title, idx, sentence, start, end, match_offsets(sentence, terms),
                    json.loads(entities))
                for document, graph, title, idx, sentence, start, end, entities in rows]
        return Page(text, total, limit, offset, hits)


# ----------------------------------------------------------------- keeping in step with the store

def sync(index: SentenceIndex, store, graphs: Iterable[str]) -> None:
    """Read these article graphs from the pyoxigraph ``store`` into the index (a graph that
    is no complete article any more leaves it)."""
    for graph in graphs:
        article = article_sentences(store, graph)
        if article is None:
            index.drop(graph)
        else:
            index.put(article)


def stale_graphs(index: SentenceIndex, documents) -> tuple[list[str], list[str]]:
    """(graphs to (re)index, graphs to drop): where the index's fingerprints differ from
    the store's articles (``KnowledgeStore.documents()``)."""
    wanted = stored_fingerprints(documents)
    have = index.fingerprints()
    return [g for g, f in wanted.items() if have.get(g) != f], [g for g in have if g not in wanted]


def catch_up(index: SentenceIndex, store, documents, *, progress=None) -> set[str]:
    """Bring the index in step with the store: re-index the articles whose fingerprint
    differs (or that it lacks), drop the ones the store no longer has. ``progress(done,
    total)`` is called after each article. Returns the graphs it re-read or dropped."""
    stale, gone = stale_graphs(index, documents)
    for graph in gone:
        index.drop(graph)
    for done, graph in enumerate(stale, 1):
        sync(index, store, [graph])
        if progress is not None:
            progress(done, len(stale))
    if stale or gone:
        index.checkpoint()
    return {*stale, *gone}


def progress_line(*, at_least: int = 50, stream=None):
    """A ``progress(done, total)`` that writes one line to stderr when a catch-up starts and
    one when it ends, for catch-ups of ``at_least`` articles (a store built before the index,
    ``kg search --reindex``)."""
    def progress(done: int, total: int) -> None:
        if total < at_least:
            return
        out = stream or sys.stderr
        if done == 1:
            print(f"kg: indexing the sentences of {total:,} articles for full-text search …", file=out, flush=True)
        elif done == total:
            print(f"kg: full-text index ready ({total:,} articles)", file=out, flush=True)
    return progress
