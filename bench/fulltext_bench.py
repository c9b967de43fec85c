"""Full-text search over article sentences: SQLite FTS5 (trigram) against tantivy.

    python bench/fulltext_bench.py                      # corpus/train
    python bench/fulltext_bench.py --articles 2000      # + a synthetic corpus (bench/make_corpus.py)

Every engine indexes the same sentences (the articles cut after 。！？ and at line
breaks) and answers the same queries: two-character words (数据, 城市), four-character
ones and a long phrase. A query asks for the number of matching sentences and the first
20 of them, as ``GET /search`` does. Each answer is checked against a plain substring
scan, so an engine that misses hits cannot win on speed.

Engines:

- ``fts5-trigram``: ``tokenize='trigram'``; queries under three characters, which a
  trigram index cannot answer, scan the sentences with ``instr()`` (what graph/fulltext.py does);
- ``fts5-bigram``: the text pre-cut into overlapping character pairs (``智慧 慧社 社区``),
  ``unicode61``: two-character queries hit the index too, phrases of pairs match substrings;
- ``tantivy``: the same pairs on a whitespace tokenizer, term and phrase queries (PyPI ``tantivy``).

Results go to ``bench/results/fulltext.json`` and ``.md`` (with ``--write``).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
QUERIES = {"2 chars": ["数据", "城市", "发展", "创新"],
           "4 chars": ["智慧社区", "数字经济", "人工智能", "营商环境"],
           "long": ["推动数字经济和实体经济深度融合", "国家发展改革委"]}
LIMIT = 20
ROUNDS = 15
_CUT = re.compile(r"[^。！？\n]*(?:[。！？]+[”’」』）]*|\n|$)")


def sentences_of(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [s.strip() for s in _CUT.findall(text) if s.strip()]
    return out


def bigrams(text: str) -> str:
    text = text.lower()
    return " ".join(text[i:i + 2] for i in range(len(text) - 1)) if len(text) > 1 else text


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# ----------------------------------------------------------------- engines

class Fts5Trigram:
    name = "fts5-trigram"

    def __init__(self, where: Path):
        self.path = where / "trigram.sqlite"
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE s(id INTEGER PRIMARY KEY, text TEXT)")
        self.db.execute("CREATE VIRTUAL TABLE f USING fts5(text, content='s', content_rowid='id', "
                        "tokenize='trigram')")

    def index(self, sentences):
        with self.db:
            self.db.executemany("INSERT INTO s(id, text) VALUES (?, ?)", enumerate(sentences))
            self.db.execute("INSERT INTO f(f) VALUES ('rebuild')")
            self.db.execute("INSERT INTO f(f) VALUES ('optimize')")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def search(self, q):
        if len(q) < 3:
            total = self.db.execute("SELECT count(*) FROM s WHERE instr(text, ?) > 0", (q,)).fetchone()[0]
            rows = self.db.execute("SELECT id FROM s WHERE instr(text, ?) > 0 ORDER BY id LIMIT ?",
                                   (q, LIMIT)).fetchall()
        else:
            phrase = '"' + q.replace('"', '""') + '"'
            total = self.db.execute("SELECT count(*) FROM f WHERE f MATCH ?", (phrase,)).fetchone()[0]
            rows = self.db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rank LIMIT ?",
                                   (phrase, LIMIT)).fetchall()
        return total, [r[0] for r in rows]

    def size(self):
        return dir_size(self.path)


class Fts5Bigram(Fts5Trigram):
    name = "fts5-bigram"

    def __init__(self, where: Path):
        self.path = where / "bigram.sqlite"
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE s(id INTEGER PRIMARY KEY, text TEXT)")
        self.db.execute("CREATE VIRTUAL TABLE f USING fts5(pairs, content='', tokenize='unicode61')")

    def index(self, sentences):
        with self.db:
            self.db.executemany("INSERT INTO s(id, text) VALUES (?, ?)", enumerate(sentences))
            self.db.executemany("INSERT INTO f(rowid, pairs) VALUES (?, ?)",
                                ((i, bigrams(s)) for i, s in enumerate(sentences)))
            self.db.execute("INSERT INTO f(f) VALUES ('optimize')")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def search(self, q):
        phrase = '"' + bigrams(q).replace('"', '""') + '"'
        total = self.db.execute("SELECT count(*) FROM f WHERE f MATCH ?", (phrase,)).fetchone()[0]
        rows = self.db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rank LIMIT ?",
                               (phrase, LIMIT)).fetchall()
        return total, [r[0] for r in rows]


class Tantivy:
    name = "tantivy"

    def __init__(self, where: Path):
        import tantivy
        self.t = tantivy
        self.path = where / "tantivy"
        self.path.mkdir()
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("id", stored=True, indexed=True, fast=True)
        builder.add_text_field("pairs", stored=False, tokenizer_name="whitespace", index_option="position")
        self.schema = builder.build()
        self.ix = tantivy.Index(self.schema, path=str(self.path))

    def index(self, sentences):
        writer = self.ix.writer(heap_size=100_000_000, num_threads=1)
        for i, s in enumerate(sentences):
            writer.add_document(self.t.Document(id=i, pairs=bigrams(s)))
        writer.commit()
        writer.wait_merging_threads()
        self.ix.reload()
        self.searcher = self.ix.searcher()

    def search(self, q):
        pairs = bigrams(q).split(" ")
        query = (self.t.Query.term_query(self.schema, "pairs", pairs[0]) if len(pairs) == 1
                 else self.t.Query.phrase_query(self.schema, "pairs", pairs))
        result = self.searcher.search(query, LIMIT, count=True)
        total, hits = result.count, result.hits
        return total, [self.searcher.doc(addr)["id"][0] for _, addr in hits]

    def size(self):
        return dir_size(self.path)


ENGINES = [Fts5Trigram, Fts5Bigram, Tantivy]


def measure(sentences: list[str], label: str) -> dict:
    out = {"corpus": label, "sentences": len(sentences),
           "characters": sum(map(len, sentences)), "engines": {}}
    truth = {q: sum(1 for s in sentences if q.lower() in s.lower())
             for qs in QUERIES.values() for q in qs}
    scan = {}
    for kind, qs in QUERIES.items():      # the baseline: a Python substring scan, same run
        times = []
        for _ in range(3):
            for q in qs:
                t = time.perf_counter()
                hits = [i for i, s in enumerate(sentences) if q in s]
                times.append(time.perf_counter() - t)
        scan[kind] = statistics.median(times) * 1000
    out["python_scan_ms"] = scan
    for engine_class in ENGINES:
        where = Path(tempfile.mkdtemp(prefix="kg-fts-bench-"))
        try:
            engine = engine_class(where)
            t = time.perf_counter()
            engine.index(sentences)
            index_s = time.perf_counter() - t
            latencies = {}
            for kind, qs in QUERIES.items():
                times = []
                for _ in range(ROUNDS):
                    for q in qs:
                        t = time.perf_counter()
                        total, ids = engine.search(q)
                        times.append(time.perf_counter() - t)
                        if total != truth[q] or any(q.lower() not in sentences[i].lower() for i in ids):
                            raise AssertionError(f"{engine.name}: {q!r} gave {total}, expected {truth[q]}")
                latencies[kind] = statistics.median(times) * 1000
            out["engines"][engine.name] = {"index_s": round(index_s, 3), "size_bytes": engine.size(),
                                           "query_ms": {k: round(v, 3) for k, v in latencies.items()}}
        finally:
            shutil.rmtree(where, ignore_errors=True)
    out["matches"] = truth
    return out


def to_markdown(runs: list[dict], meta: dict) -> str:
    lines = ["# Full-text search over sentences: FTS5 (trigram, bigram) and tantivy", "",
             f"Machine: {meta['cpus']} cores, Python {meta['python']}, SQLite {meta['sqlite']}, "
             f"tantivy {meta['tantivy']}, {meta['when']}; load average at start {meta['load']}. "
             f"Medians of {ROUNDS} rounds per query; every answer checked against a substring scan. "
             "Raw figures: `fulltext.json`; run: `python bench/fulltext_bench.py --articles 2000 --write`.", ""]
    for run in runs:
        lines += [f"## {run['corpus']}: {run['sentences']:,} sentences, {run['characters']:,} characters", "",
                  "| engine | index s | size MiB | 2 chars ms | 4 chars ms | long ms |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for name, e in run["engines"].items():
            q = e["query_ms"]
            lines.append(f"| {name} | {e['index_s']} | {e['size_bytes'] / 2**20:.2f} | {q['2 chars']} | "
                         f"{q['4 chars']} | {q['long']} |")
        s = run["python_scan_ms"]
        lines.append(f"| (Python `in` scan, no index) | – | – | {s['2 chars']:.3f} | {s['4 chars']:.3f} | "
                     f"{s['long']:.3f} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, metavar="N",
                        help="also a synthetic corpus of N articles (bench/make_corpus.py)")
    parser.add_argument("--write", action="store_true", help="write bench/results/fulltext.{json,md}")
    args = parser.parse_args(argv)
    import tantivy
    meta = {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "tantivy": getattr(tantivy, "__version__", "?"), "when": time.strftime("%Y-%m-%d %H:%M"),
            "load": [round(x, 1) for x in os.getloadavg()]}
    runs = [measure(sentences_of(ROOT / "corpus" / "train"), "corpus/train (122 articles)")]
    if args.articles:
        with tempfile.TemporaryDirectory(prefix="kg-fts-corpus-") as tmp:
            subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--articles", str(args.articles),
                            "--out", tmp], check=True, stdout=subprocess.DEVNULL)
            sentences = sentences_of(Path(tmp))
        for factor in (1, 10):     # the synthetic corpus, and ten copies of it (a large archive)
            runs.append(measure(sentences * factor,
                                f"synthetic, {args.articles * factor:,} articles"
                                + (" (the corpus ×10)" if factor > 1 else "")))
    text = to_markdown(runs, meta)
    print(text)
    if args.write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "fulltext.json").write_text(json.dumps({"meta": meta, "runs": runs}, ensure_ascii=False,
                                                          indent=1), encoding="utf-8")
        (RESULTS / "fulltext.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
