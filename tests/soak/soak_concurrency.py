"""Soak: 8 writers POST 200 documents while 16 readers query (tests/test_reliability_concurrency.py)."""
from __future__ import annotations

import pytest

from cnkg.extract.pipeline import Extractor
from test_reliability_concurrency import hammer


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_soak_eight_writers_two_hundred_documents_sixteen_readers(tmp_path, extractor, tally):
    # 8 ingests extract in the server's process while 16 clients query it on 2 shared cores:
    # with the default 10 s deadline the 2 query workers answer 503 ("no worker free in
    # time") to part of the readers, which is the service's overload answer, not a fault;
    # this run is about what concurrency does to the data, so the deadline is raised.
    outcome = hammer(tmp_path, extractor, writers=8, readers=16, n_docs=200, query_timeout=300)
    tally.record(outcome)
    assert outcome.problems == []
    assert outcome.lost == 0 and outcome.server_errors == 0
