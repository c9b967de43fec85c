"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol manifests, run against a live server."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "w3c"))
import runner  # noqa: E402

from cnkg.api.app import create_app  # noqa: E402
from cnkg.graph.store import KnowledgeStore  # noqa: E402
from server_fixture import TOKEN, live_server, settings_for  # noqa: E402

PROTOCOL = runner.protocol_cases()
GRAPH_STORE = runner.graph_store_cases()


def test_w3c_manifests_case_counts():
    # 34 protocol tests (14 expect a 4xx); graph store protocol: 4 direct + 9 indirect
    assert len(PROTOCOL) == 34
    assert sum(1 for c in PROTOCOL if c.name.startswith("bad_")) == 14
    assert len(GRAPH_STORE) == 13


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("w3c")
    app = create_app(settings_for(tmp, token=True), knowledge=KnowledgeStore(":memory:"))
    with live_server(app) as base:
        yield base


@pytest.fixture(scope="module")
def read_only_server():
    app = create_app(settings_for(), knowledge=KnowledgeStore(":memory:"))
    with live_server(app) as base:
        yield base


@pytest.mark.parametrize("case", PROTOCOL, ids=lambda c: c.name)
def test_w3c_protocol(server, case):
    assert runner.run_case(server, case, TOKEN) == []


@pytest.mark.parametrize("case", GRAPH_STORE, ids=lambda c: c.name)
def test_w3c_graph_store_protocol(server, case):
    assert runner.run_case(server, case, TOKEN) == []


@pytest.mark.parametrize("case", [c for c in PROTOCOL if not c.is_update and not c.graph_data],
                         ids=lambda c: c.name)
def test_w3c_protocol_queries_without_token(read_only_server, case):
    # query tests that need no graph data pass on a read-only server too
    assert runner.run_case(read_only_server, case, None) == []


@pytest.mark.parametrize("case", [c for c in PROTOCOL if c.name.startswith("update_")], ids=lambda c: c.name)
def test_w3c_updates_without_token_are_forbidden(read_only_server, case):
    first = case.requests[0]
    status, _, _ = runner._send(read_only_server, first.method, runner._map_path(first.path),
                                first.headers, first.body, None)
    assert status == 401
