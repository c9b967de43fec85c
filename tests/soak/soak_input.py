"""Soak: large and pathological input (tests/test_reliability_input.py): a 20 MB article
refused by ``kg build`` with its peak memory measured, 1 MB lines without punctuation, and
many more hypothesis examples over arbitrary Unicode."""
from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cnkg.extract.pipeline import Extractor
from cnkg.graph.store import KnowledgeStore
from test_reliability_kill import KG, Outcome
from test_reliability_input import check_extraction, genre_text, long_line

MEMORY_LIMIT_MB = 8_000   # of this machine's 23 GB


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_soak_twenty_megabyte_article_is_refused_by_kg_build_in_one_line(tmp_path, tally):
    """20 MB (UTF-8) of the bundled article, repeated: over the article length limit
    (1,000,000 characters; the extractor's time and memory grow with an article, and a
    20 MB one did not finish in 5 minutes), so kg build refuses it in one line, quickly
    and in bounded memory, keeps no graph, and builds the article beside it."""
    base = (Path(__file__).parents[2] / "data" / "articles" / "smart-city-expo-2020.txt").read_text(encoding="utf-8")
    copies = 20_000_000 // len(base.encode("utf-8")) + 1
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "huge.txt"
    path.write_text(base * copies, encoding="utf-8")
    (tmp_path / "in" / "small.txt").write_text(base, encoding="utf-8")
    wrapper = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "sys.stdout.write(done.stdout); sys.stderr.write(done.stderr); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr); "
               "sys.exit(done.returncode)")
    done = subprocess.run([sys.executable, "-c", wrapper, KG, "build", str(tmp_path / "in"),
                           "--store", str(tmp_path / "kg")], capture_output=True, text=True)
    peak_mb = int(done.stderr.strip().splitlines()[-1])     # of this kg build alone
    tally.record(Outcome(inputs=1))
    print(f"20 MB article: {path.stat().st_size:,} bytes, exit {done.returncode}, peak RSS {peak_mb:,} MB")
    out = "".join(done.stdout.split())                     # rich wraps long lines
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert "morethanthe1,000,000anarticlemayhave" in out
    assert [d.document for d in KnowledgeStore(tmp_path / "kg", create=False).documents()] == ["small"]
    assert peak_mb < MEMORY_LIMIT_MB


LINE = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (MEMLIMIT, MEMLIMIT))   # fail with MemoryError, not the machine
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text
from cnkg.graph.rdf import extraction_to_quads
text = open(sys.argv[1], encoding="utf-8").read()
extraction = Extractor.load().extract(article_from_text(text, document="line"))
quads = extraction_to_quads(extraction)
assert all(extraction.text[s.start:s.end] == s.text for s in extraction.sentences)
print(len(extraction.entities), len(quads), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
""".replace("MEMLIMIT", str(MEMORY_LIMIT_MB * 1024 * 1024))


@pytest.mark.parametrize("kind", ["stripped-article", "one-name-repeated", "officials-repeated"])
def test_soak_long_line_without_punctuation(tmp_path, tally, kind):
    """1 MB lines, each in a fresh process under a memory limit (every assertion carries its
    sentence, here the whole line). The officials line is 200,000 characters: each
    official's name length is read by counting it in the whole text, so that pattern is
    still n × officials."""
    text = {"stripped-article": long_line(1_000_000),
            "one-name-repeated": "国家发展改革委" * 142_857,
            "officials-repeated": ("国家发展改革委财政金融和信用建设司司长陈洪宛说要加快5G建设" * 6_667)[:200_000]}[kind]
    path = tmp_path / "line.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", LINE, str(path)], capture_output=True, text=True)
    tally.record(Outcome(inputs=1))
    assert done.returncode == 0, done.stderr[-1500:]
    entities, quads, peak_mb = map(int, done.stdout.split())
    print(f"{kind}: {len(text):,} characters, {entities} entities, {quads:,} quads, peak RSS {peak_mb:,} MB")


def test_soak_article_lines_of_every_length(extractor, tally):
    for n in (1, 2, 10, 1_000, 10_000, 50_000):
        tally.record(Outcome(inputs=1))
        check_extraction(extractor, long_line(n))


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(st.text(), genre_text, st.text(min_size=500, max_size=5_000)))
def test_soak_any_unicode_extracts_to_conforming_rdf(extractor, tally, text):
    tally.record(Outcome(inputs=1))
    check_extraction(extractor, text)
