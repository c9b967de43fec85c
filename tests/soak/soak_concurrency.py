"""Soak: 8 writers POST 200 documents while 16 readers query (tests/test_reliability_concurrency.py)."""
from __future__ import annotations

import pytest

from extract.pipeline import Extractor
from test_reliability_concurrency import hammer


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_soak_eight_writers_two_hundred_documents_sixteen_readers(tmp_path, extractor, tally):
    outcome = hammer(tmp_path, extractor, writers=8, readers=16, n_docs=200)
    tally.record(outcome)
    assert outcome.problems == []
    assert outcome.lost == 0 and outcome.server_errors == 0
