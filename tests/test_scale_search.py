"""kg search: the service's label index (api/search.py) from the command line."""
from __future__ import annotations

import json

import pytest

from cnkg.api.cli import main
from cnkg.graph.store import KnowledgeStore
from sample_extraction import CHEN, sample_extraction


@pytest.fixture
def store_dir(tmp_path) -> str:
    kb = KnowledgeStore(tmp_path / "kg")
    kb.replace_document(sample_extraction())
    kb.flush()
    del kb
    return str(tmp_path / "kg")


def test_scale_search_finds_by_substring_as_the_service_does(store_dir, capsys):
    assert main(["search", "洪宛", "--store", store_dir, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["items"][0]["id"] == CHEN


def test_scale_search_type_filter_and_table(store_dir, capsys):
    assert main(["search", "司", "--store", store_dir, "--type", "Person"]) == 0
    assert "0 of 0 entities" in capsys.readouterr().out
    assert main(["search", "司", "--store", store_dir, "--type", "Agency"]) == 0
    assert "财政金融和信用建设司" in capsys.readouterr().out


def test_scale_search_unknown_type_is_one_line(store_dir, capsys):
    assert main(["search", "x", "--store", store_dir, "--type", "Planet"]) == 2
    assert "unknown type" in capsys.readouterr().err
