"""The entity API: search, one entity with provenance, neighbours, paths, named queries."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.graph.labels import LabelIndex, normalize
from server_fixture import sample_knowledge, settings_for

CHEN = "person/陈洪宛"


@pytest.fixture(scope="module")
def client():
    app = create_app(settings_for(), knowledge=sample_knowledge())
    with TestClient(app) as c:
        yield c


def test_entities_search_finds_chen(client):
    body = client.get("/entities", params={"q": "陈洪宛"}).json()
    assert body["total"] == 1
    assert body["items"][0]["id"] == CHEN and body["items"][0]["type"] == "Person"


@pytest.mark.parametrize("q, expected", [("洪宛", CHEN), ("ndrc", "org/国家发展改革委"),
                                         ("国家发改委", "org/国家发展改革委"), ("５Ｇ", "tech/5G")])
def test_entities_search_substring_alias_english_and_width(client, q, expected):
    items = client.get("/entities", params={"q": q}).json()["items"]
    assert items[0]["id"] == expected


def test_entities_search_ranks_exact_before_substring(client):
    items = client.get("/entities", params={"q": "国家发展改革委"}).json()["items"]
    # the agency itself (exact) before its unit whose label does not contain it, if any
    assert items[0]["id"] == "org/国家发展改革委" and items[0]["score"] > 3


def test_entities_search_type_filter_and_paging(client):
    body = client.get("/entities", params={"type": "Technology", "limit": 1}).json()
    assert body["total"] == 2 and len(body["items"]) == 1
    assert client.get("/entities", params={"type": "Nope"}).status_code == 422


def test_entity_lists_relations_with_provenance(client):
    e = client.get(f"/entities/{CHEN}").json()
    assert e["label"] == "陈洪宛" and e["types"] == ["Person"]
    out = {(r["predicate"], r["other"]["label"]): r for r in e["outgoing"]}
    post = out[("holdsPost", "财政金融和信用建设司")]
    assert post["post"] == "司长" and post["other"]["type"] == "Agency"
    assert post["provenance"][0]["sentence"] == "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。"
    assert post["provenance"][0]["document"] == "sample-expo"
    assert out[("speaksAt", "2020第六届中国智慧城市博览会")]["provenance"]
    goal = out[("proposes", "提升数字基建质量")]
    assert goal["other"]["type"] == "Goal" and "提升数字基建质量" in goal["provenance"][0]["sentence"]


def test_entity_incoming_relations(client):
    e = client.get("/entities/tech/5G").json()
    assert {(r["predicate"], r["other"]["type"]) for r in e["incoming"]} == {
        ("involvesTechnology", "Goal"), ("promotes", "Agency")}


def test_entity_by_full_iri_and_unknown(client):
    iri = "https://w3id.org/cnpkg/id/person/陈洪宛"
    assert client.get(f"/entities/{iri}").json()["id"] == CHEN
    assert client.get("/entities/person/无名氏").status_code == 404


def test_entity_neighbors_depth_and_predicate(client):
    one = client.get(f"/entities/{CHEN}/neighbors").json()
    assert {n["id"] for n in one["nodes"] if n["distance"] == 1} >= {"org/国家发展改革委/财政金融和信用建设司"}
    ids = {n["id"] for n in one["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in one["edges"])
    two = client.get(f"/entities/{CHEN}/neighbors", params={"depth": 2}).json()
    assert "tech/5G" in {n["id"] for n in two["nodes"]} and len(two["nodes"]) > len(one["nodes"])
    only = client.get(f"/entities/{CHEN}/neighbors", params={"predicate": "holdsPost"}).json()
    assert [e["predicate"] for e in only["edges"]] == ["holdsPost"]
    assert client.get(f"/entities/{CHEN}/neighbors", params={"depth": 4}).status_code == 422
    assert client.get(f"/entities/{CHEN}/neighbors", params={"predicate": "knows"}).status_code == 422


def test_paths_shortest(client):
    p = client.get("/paths", params={"from": CHEN, "to": "place/北京"}).json()
    assert p["length"] == 2
    assert [n["id"] for n in p["nodes"]][0] == CHEN and p["nodes"][-1]["id"] == "place/北京"
    assert client.get("/paths", params={"from": CHEN, "to": "place/北京", "max_length": 1}).status_code == 404


def test_queries_list_and_run_with_typed_params(client):
    names = [q["name"] for q in client.get("/queries").json()["items"]]
    assert "officials" in names
    r = client.get("/queries/officials")
    rows = r.json()["results"]["bindings"]
    assert any(b["title"]["value"] == "司长" for b in rows)
    assert client.get("/queries/entity", params={"entity": "x y"}).status_code == 400
    assert client.get("/queries/entity", params={"nope": "1"}).status_code == 400
    assert client.get("/queries/no-such-query").status_code == 404


def test_label_index_normalizes_and_ranks():
    assert normalize(" ＡＢＣ\n") == "abc"
    index = LabelIndex({})
    assert index.search("x") == (0, [])
