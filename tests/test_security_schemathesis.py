"""schemathesis over the service's OpenAPI schema against a live server on loopback:
no generated request gets a 5xx or a stack trace, with or without the write token.

``make test`` runs a few examples per operation; tests/soak/soak_hostile.py many more.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from cnkg.api.app import create_app
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, live_server, settings_for
from test_reliability_kill import Outcome

AUTH = {"Authorization": f"Bearer {TOKEN}"}
NO_TRACE = ("Traceback", 'File "', "site-packages")
EXAMPLES = 8


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    kb = KnowledgeStore(None)
    kb.replace_document(sample_extraction())
    app = create_app(settings_for(tmp_path_factory.mktemp("token"), token=True, query_timeout=5), knowledge=kb)
    with live_server(app) as base:
        yield base


def fuzz(base: str, *, examples: int, headers: dict | None = None) -> Outcome:
    """``examples`` generated requests per operation of ``base``'s OpenAPI schema
    (schemathesis strategies run by hypothesis): count them, and the 5xx and traces."""
    api = schemathesis.openapi.from_url(base + "/openapi.json")
    outcome = Outcome(problems=[])
    for result in api.get_all_operations():
        operation = result.ok()

        @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case):
            response = case.call(base_url=base, headers=headers, timeout=60)
            outcome.inputs += 1
            where = f"{case.method} {case.formatted_path}"
            if response.status_code >= 500:
                outcome.server_errors += 1
                outcome.problems.append(f"{response.status_code} on {where}: {response.text[:200]}")
            elif any(t in response.text for t in NO_TRACE):
                outcome.problems.append(f"stack trace in {where}")
            if headers is None and response.status_code < 300 and (
                    case.method in ("PUT", "DELETE") or (case.method == "POST" and case.path != "/sparql")):
                outcome.problems.append(f"{where} wrote without the token: {response.status_code}")
        run()
    return outcome


def test_security_schemathesis_anonymous(live):
    outcome = fuzz(live, examples=EXAMPLES)
    assert outcome.problems == [] and outcome.server_errors == 0
    assert outcome.inputs >= 18


def test_security_schemathesis_with_token(live):
    outcome = fuzz(live, examples=EXAMPLES, headers=AUTH)
    assert outcome.problems == [] and outcome.server_errors == 0
