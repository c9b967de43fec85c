"""Soak: hostile HTTP input at length (tests/test_security_http.py, test_security_schemathesis.py),
and a query that would run for ever while other requests are answered."""
from __future__ import annotations

import random
import threading
import time

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.api.stores import raw_store
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, live_server, sample_knowledge, settings_for
from test_reliability_kill import Outcome
from test_security_http import PAYLOADS, hostile_matrix
from test_security_schemathesis import fuzz

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PIECES = ["'", '"', "{", "}", "<", ">", " ", "DROP ALL", "CLEAR", ";", "#", "\\", "\n", "\x00", "?x", "国",
          "INSERT DATA", "GRAPH", "SERVICE", "LOAD", "<http://127.0.0.1:9/>", "%", "\u202e", "𠀀", "\\u0022"]


def generated_payloads(n: int, seed: int = 6) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_soak_injection_matrix(tmp_path, tally):
    app = create_app(settings_for(tmp_path, token=True), knowledge=sample_knowledge())
    with TestClient(app, raise_server_exceptions=False) as client:
        outcome = hostile_matrix(client, PAYLOADS + generated_payloads(150), headers=AUTH)
        anonymous = hostile_matrix(client, generated_payloads(50, seed=7))
    outcome.add(anonymous)
    tally.record(outcome)
    assert outcome.problems == []


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    kb = KnowledgeStore(None)
    kb.replace_document(sample_extraction())
    app = create_app(settings_for(tmp_path_factory.mktemp("token"), token=True, query_timeout=5), knowledge=kb)
    with live_server(app) as base:
        yield base


@pytest.mark.parametrize("headers", [None, AUTH], ids=["anonymous", "token"])
def test_soak_schemathesis(live, tally, headers):
    outcome = fuzz(live, examples=60, headers=headers)
    tally.record(outcome)
    assert outcome.problems == []


def test_soak_endless_query_is_cut_while_others_are_answered(tally):
    kb = KnowledgeStore(None)
    raw_store(kb).extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)),
                                 ox.NamedNode("urn:g")) for i in range(250))
    app = create_app(settings_for(query_timeout=1, max_concurrent_queries=1), knowledge=kb)
    # 250³ rows filtered inside one solution: far past the deadline, yet it ends (its worker
    # keeps running after the 503 until pyoxigraph returns, and the process waits for it)
    endless = ('SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i '
               'FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = "never") }')
    outcome = Outcome(problems=[])
    with live_server(app) as base:
        answer = {}
        thread = threading.Thread(target=lambda: answer.update(r=httpx.get(base + "/sparql", params={"query": endless},
                                                                           timeout=120)))
        thread.start()
        for _ in range(40):
            for path, params in (("/health", {}), ("/entities", {"q": "x"}), ("/stats", {})):
                r = httpx.get(base + path, params=params, timeout=30)
                outcome.inputs += 1
                if r.status_code != 200:
                    outcome.problems.append(f"{path}: {r.status_code}")
                outcome.server_errors += r.status_code >= 500
            time.sleep(0.05)
        thread.join(120)
        outcome.inputs += 1
        outcome.faults += 1
    tally.record(outcome)
    assert answer["r"].status_code == 503 and "time limit" in answer["r"].text
    assert outcome.problems == []
