"""The soak suite (``make soak``): long reliability runs, not collected by ``make test``
(files are ``soak_*.py``). Each test records what it tried in the session ``tally``;
the run ends by writing one report line to ``var/soak/report.txt`` (``KG_SOAK_REPORT``),
which ``make soak`` prints last:

    soak: inputs tried=N faults injected=N documents lost=0 5xx responses=0 crashes=0 lock-ups=0

A crash is a server process that died (or stopped answering ``/health``) under an attack;
a lock-up is a request the service should have answered and did not (soak_attacks.py).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))          # server_fixture, test_reliability_*, sample_extraction

REPORT = Path(os.environ.get("KG_SOAK_REPORT", "var/soak/report.txt"))


class Tally:
    """Totals over the soak run."""

    def __init__(self):
        self.inputs = self.faults = self.lost = self.server_errors = 0
        self.crashes = self.lockups = 0
        self.used = False

    def record(self, outcome) -> None:
        self.used = True
        self.inputs += outcome.inputs
        self.faults += outcome.faults
        self.lost += outcome.lost
        self.server_errors += outcome.server_errors
        self.crashes += getattr(outcome, "crashes", 0)
        self.lockups += getattr(outcome, "lockups", 0)

    def line(self) -> str:
        return (f"soak: inputs tried={self.inputs} faults injected={self.faults} "
                f"documents lost={self.lost} 5xx responses={self.server_errors} "
                f"crashes={self.crashes} lock-ups={self.lockups}")


_TALLY = Tally()


@pytest.fixture(scope="session")
def tally() -> Tally:
    return _TALLY


def pytest_sessionfinish(session, exitstatus):
    if not _TALLY.used:          # make test walks this folder but runs nothing here
        return
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    line = _TALLY.line()
    if exitstatus != 0:
        line += f" (some soak tests failed: pytest exit status {int(exitstatus)})"
    REPORT.write_text(line + "\n", encoding="utf-8")
