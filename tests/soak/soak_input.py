"""Soak: large and pathological input (tests/test_reliability_input.py): a 20 MB article
through ``kg build`` with its peak memory measured, 1 MB lines without punctuation, and
many more hypothesis examples over arbitrary Unicode."""
from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extract.pipeline import Extractor
from graph.store import KnowledgeStore
from test_reliability_kill import KG, Outcome
from test_reliability_input import check_extraction, genre_text, long_line

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from make_corpus import Composer  # noqa: E402

MEMORY_LIMIT_MB = 6_000   # the machine has far more; an article must not need much more than ~10 B/char


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_soak_twenty_megabyte_article_builds_within_bounded_memory(tmp_path, tally):
    composer, parts, size, i = Composer(seed=20), [], 0, 0
    while size < 20_000_000:
        text = composer.article(i)
        parts.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    path = tmp_path / "huge.txt"
    path.write_text("".join(parts), encoding="utf-8")
    store = tmp_path / "kg"
    done = subprocess.run([KG, "build", str(path), "--store", str(store)], capture_output=True, text=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"20 MB article ({path.stat().st_size:,} bytes): exit {done.returncode}, peak RSS {peak_mb:,.0f} MB")
    tally.record(Outcome(inputs=1))
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert peak_mb < MEMORY_LIMIT_MB
    kb = KnowledgeStore(store, create=False)
    docs = kb.documents()
    assert [d.document for d in docs] == ["huge"] and len(kb.quads("huge")) > 1000


@pytest.mark.parametrize("kind", ["stripped-article", "one-name-repeated", "speech-repeated"])
def test_soak_one_megabyte_line_without_punctuation(extractor, tally, kind):
    text = {"stripped-article": long_line(1_000_000),
            "one-name-repeated": "国家发展改革委" * 142_857,
            "speech-repeated": ("国家发展改革委财政金融和信用建设司司长陈洪宛说要加快5G建设" * 33_334)[:1_000_000]}[kind]
    tally.record(Outcome(inputs=1))
    assert check_extraction(extractor, text, shacl=kind == "stripped-article") == "graph"


def test_soak_article_lines_of_every_length(extractor, tally):
    for n in (1, 2, 10, 1_000, 10_000, 100_000):
        tally.record(Outcome(inputs=1))
        check_extraction(extractor, long_line(n))


examples = {"n": 0}


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(st.text(), genre_text, st.text(min_size=500, max_size=5_000)))
def test_soak_any_unicode_extracts_to_conforming_rdf(extractor, tally, text):
    tally.record(Outcome(inputs=1))
    check_extraction(extractor, text)
