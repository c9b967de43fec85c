"""Queries run where they can be killed (issue 12): over an on-disk store, SPARQL queries
run in worker processes; a query past its deadline has its worker killed and replaced,
so two cartesian aggregates that time out do not lock SPARQL out; a worker that dies
fails only its own request; an anonymous address gets one long query at a time."""
from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import pytest

from cnkg.api.app import create_app
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction
from server_fixture import TOKEN, live_server, settings_for

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def disk_server(tmp_path):
    knowledge = KnowledgeStore(tmp_path / "kg")
    knowledge.replace_document(sample_extraction())
    settings = settings_for(tmp_path, token=True, query_timeout=3, store=str(tmp_path / "kg"))
    app = create_app(settings, knowledge=knowledge)
    with live_server(app) as url:
        yield url, app


def test_timed_out_aggregates_give_their_workers_back_at_once(disk_server):
    url, app = disk_server
    runner = app.state.service.runner
    assert runner.processes is not None, "an on-disk store is queried in worker processes"
    answers: dict[str, httpx.Response] = {}
    finished: dict[str, float] = {}

    def cartesian(name: str) -> None:
        # two addresses: one anonymous address may only have one long query at a time
        with httpx.Client(transport=httpx.HTTPTransport(local_address=f"127.0.0.{2 + len(name)}")) as client:
            answers[name] = client.get(url + "/sparql", params={"query": CARTESIAN}, timeout=30)
        finished[name] = time.monotonic()

    threads = [threading.Thread(target=cartesian, args=(n,)) for n in ("a", "bb")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [answers[n].status_code for n in ("a", "bb")] == [503, 503]
    assert "time limit" in answers["a"].text
    officials = httpx.get(url + "/queries/officials", timeout=30)
    answered = time.monotonic()
    assert officials.status_code == 200, officials.text
    assert "陈洪宛" in officials.text
    # the Bar of issue 12: the named query answers within 2 s of the timeouts
    assert answered - max(finished.values()) < 2.0
    assert httpx.get(url + "/stats").json()["queries_running"] == 0
    assert runner.processes.replaced == 2


def test_a_crashed_worker_fails_its_request_alone(disk_server):
    url, app = disk_server
    pool = app.state.service.runner.processes
    query = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
    assert httpx.get(url + "/sparql", params={"query": query}).status_code == 200
    # a worker process that dies mid-query (as a native stack overflow would end it)
    victims = [w.process.pid for w in pool._workers]
    killer = threading.Timer(0.5, lambda: [os.kill(pid, signal.SIGSEGV) for pid in victims])
    killer.start()
    slow = httpx.get(url + "/sparql", params={"query": CARTESIAN}, timeout=30)
    killer.join()
    assert slow.status_code == 500
    assert "SIGSEGV" in slow.text and "replaced" in slow.text
    assert httpx.get(url + "/health").status_code == 200
    again = httpx.get(url + "/sparql", params={"query": query})
    assert again.status_code == 200 and "sparql-results" in again.headers["content-type"]


def test_an_anonymous_address_gets_one_long_query_at_a_time_while_others_wait(disk_server):
    url, _ = disk_server
    first: dict[str, httpx.Response] = {}

    def long_query(address: str) -> None:
        with httpx.Client(transport=httpx.HTTPTransport(local_address=address)) as client:
            first[address] = client.get(url + "/sparql", params={"query": CARTESIAN}, timeout=30)
    threads = [threading.Thread(target=long_query, args=(a,)) for a in ("127.0.0.2", "127.0.0.3")]
    for t in threads:
        t.start()
    time.sleep(1.5)        # both have been running past the 1 s that makes a query long
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2")) as client:
        second = client.get(url + "/sparql", params={"query": CARTESIAN}, timeout=30)
    with_token = httpx.post(url + "/sparql", data={"query": "ASK { ?s ?p ?o . ?o ?q ?r }"}, headers=AUTH, timeout=30)
    for t in threads:
        t.join()
    assert second.status_code == 503 and "long queries" in second.text
    assert second.headers["retry-after"] == "3"
    assert with_token.status_code == 200     # a token holder is not limited per address
    assert [r.status_code for r in first.values()] == [503, 503]     # cut at the deadline


def test_a_client_alone_queues_instead_of_being_refused(disk_server):
    url, _ = disk_server
    answers: list[httpx.Response] = []
    threads = [threading.Thread(target=lambda: answers.append(
        httpx.get(url + "/sparql", params={"query": CARTESIAN}, timeout=30))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # two run until the deadline; the third waited for a worker and timed out waiting, no refusal
    assert sorted(r.status_code for r in answers) == [503, 503, 503]
    assert not any("retry-after" in r.headers for r in answers)


def test_writes_are_seen_by_the_worker_processes(disk_server):
    url, _ = disk_server
    ask = "ASK { GRAPH <urn:kg:test> { <urn:a> <urn:b> ?o } }"
    assert httpx.get(url + "/sparql", params={"query": ask}).json()["boolean"] is False
    r = httpx.post(url + "/sparql", headers={**AUTH, "Content-Type": "application/sparql-update"},
                   content="INSERT DATA { GRAPH <urn:kg:test> { <urn:a> <urn:b> 1 } }")
    assert r.status_code == 204
    assert httpx.get(url + "/sparql", params={"query": ask}).json()["boolean"] is True
