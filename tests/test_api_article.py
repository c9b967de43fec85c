"""The bar on the bundled article, through the real extractor: 陈洪宛 and his relations."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.graph.store import KnowledgeStore
from server_fixture import settings_for

ARTICLE = Path(__file__).parent.parent / "data" / "articles" / "smart-city-expo-2020.txt"


@pytest.fixture(scope="module")
def client():
    from cnkg.extract.pipeline import Extractor
    from cnkg.extract.reader import read_article

    kb = KnowledgeStore(":memory:")
    kb.replace_document(Extractor.load().extract(read_article(ARTICLE)))
    with TestClient(create_app(settings_for(), knowledge=kb)) as c:
        yield c


def test_article_chen_found_with_post_expo_and_goals(client):
    items = client.get("/entities", params={"q": "陈洪宛"}).json()["items"]
    assert items[0]["label"] == "陈洪宛"
    e = client.get(f"/entities/{items[0]['id']}").json()
    by_predicate: dict[str, list] = {}
    for rel in e["outgoing"]:
        by_predicate.setdefault(rel["predicate"], []).append(rel)
        assert rel["provenance"] and rel["provenance"][0]["sentence"], rel
    post = by_predicate["holdsPost"][0]
    assert post["other"]["label"] == "财政金融和信用建设司" and post["post"] == "司长"
    assert "陈洪宛" in post["provenance"][0]["sentence"]
    assert any("博览会" in r["other"]["label"] for r in by_predicate["speaksAt"])
    goals = {r["other"]["label"] for r in by_predicate["proposes"]}
    assert "提升数字基建质量" in goals and len(goals) >= 4
