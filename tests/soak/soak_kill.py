"""Soak: SIGKILL ``kg build`` and ``kg serve`` mid-ingest many times (tests/test_reliability_kill.py)."""
from __future__ import annotations

import random

import pytest

from cnkg.extract.pipeline import Extractor
from test_reliability_kill import kill_builds, kill_servers


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_soak_kill_build_twelve_times(tmp_path, extractor, tally):
    outcome = kill_builds(tmp_path, extractor, kills=12, n_docs=80, n_new=30, rng=random.Random(2026))
    tally.record(outcome)
    assert outcome.faults >= 10
    assert outcome.problems == [] and outcome.lost == 0


def test_soak_kill_server_five_times(tmp_path, extractor, tally):
    outcome = kill_servers(tmp_path, extractor, kills=5, n_docs=60, rng=random.Random(2026))
    tally.record(outcome)
    assert outcome.faults == 5
    assert outcome.problems == [] and outcome.lost == 0 and outcome.server_errors == 0
