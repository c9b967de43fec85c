"""Full-text search over the stored sentences (issue 14, item 5): ``GET /search`` on a live
server over an on-disk store, ``kg search --text`` and ``--reindex``, and the index kept in
step with every ingest, replace and delete — by ``kg build``/``kg remove``, ``/documents``,
the Graph Store and SPARQL updates — and rebuilt from the store when it is missing or stale."""
from __future__ import annotations

import gc
import shutil
from pathlib import Path

import httpx
import pytest

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text
from cnkg.extract.sentence_spans import sentence_spans
from cnkg.graph import fulltext
from cnkg.graph.build import build
from cnkg.graph.namespaces import article_iri
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.store import KnowledgeStore
from cnkg.graph.writes import replace_graph_update
from server_fixture import TOKEN, live_server, settings_for

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
BUNDLED = "smart-city-expo-2020"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA_BUREAU = "国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场，推动5G和人工智能发展。"
QUANTUM = "科学技术部部长王志刚表示，要加快量子通信和人工智能等前沿技术研发。"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor) -> Path:
    """A store of the bundled article, built once (tests copy it before writing)."""
    path = tmp_path_factory.mktemp("built") / "kg"
    build(KnowledgeStore(path), [ARTICLES], lambda: extractor)
    gc.collect()                     # RocksDB: one opener per process
    return path


@pytest.fixture
def store_dir(built, tmp_path) -> Path:
    path = tmp_path / "kg"
    shutil.copytree(built, path)
    return path


@pytest.fixture
def server(store_dir, tmp_path, extractor):
    app = create_app(settings_for(tmp_path, token=True, store=str(store_dir)))
    with live_server(app) as base:
        app.state.service.extractor = extractor
        yield base
    gc.collect()


def search(base: str, q: str, **params) -> dict:
    r = httpx.get(base + "/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()


def _select(base: str, query: str) -> list[str]:
    r = httpx.get(base + "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    return [b["v"]["value"] for b in r.json()["results"]["bindings"]]


def stored_sentences(base: str) -> set[str]:
    """Every sentence of the article texts the store holds (kg:text), cut as the extractor
    cuts them: what the index must agree with."""
    return {text[s:e] for text in _select(base, "SELECT ?v WHERE { ?a a kg:Article ; kg:text ?v }")
            for s, e in sentence_spans(text)}


def fact_sentences(base: str) -> set[str]:
    return set(_select(base, "SELECT DISTINCT ?v WHERE { ?a kg:sentence ?v }"))


def check_hit(hit: dict, *terms: str) -> None:
    """The offsets point at the terms, in the sentence the hit gives."""
    text = hit["sentence"]["text"]
    found = {text[m["start"]:m["end"]] for m in hit["matches"]}
    for term in terms:
        assert term in text and any(term in f for f in found), (term, text, hit["matches"])


# ----------------------------------------------------------------- GET /search

def test_bundled_article_finds_the_sentence_about_li_jian(server):
    page = search(server, "智慧社区")
    assert page["total"] >= 1
    hit = next(h for h in page["items"] if "李健分享了智慧社区" in h["sentence"]["text"])
    assert hit["document"] == BUNDLED and hit["graph"] == article_iri(BUNDLED).value
    assert hit["title"].startswith("智慧城市")
    check_hit(hit, "智慧社区")
    assert hit["sentence"]["start"] < hit["sentence"]["end"]
    li_jian = [e for e in hit["entities"] if e["label"] == "李健"]
    assert li_jian and li_jian[0]["type"] == "Person" and li_jian[0]["iri"].startswith("https://w3id.org/cnpkg/id/")
    assert {"民政部"} <= {e["label"] for e in hit["entities"]}


@pytest.mark.parametrize("word", ["数据", "城市", "社区"])
def test_two_character_words_find_every_sentence_holding_them(server, word):
    expected = {s for s in stored_sentences(server) if word in s}
    assert expected, f"the bundled article has sentences with {word}"
    page = search(server, word, limit=100)
    assert page["total"] == len(expected)
    assert {h["sentence"]["text"] for h in page["items"]} == expected
    for hit in page["items"]:
        check_hit(hit, word)
        text = hit["sentence"]["text"]
        assert [text[m["start"]:m["end"]] for m in hit["matches"]] == [word] * text.count(word)


def test_sentences_without_facts_are_found_too(server):
    every, facts = stored_sentences(server), fact_sentences(server)
    assert facts < every
    heading = next(s for s in every - facts if "刻不容缓" in s)
    hits = search(server, "刻不容缓")["items"]
    assert heading in {h["sentence"]["text"] for h in hits}
    hit = next(h for h in hits if h["sentence"]["text"] == heading)
    sentence = hit["sentence"]
    text = _select(server, "SELECT ?v WHERE { ?a a kg:Article ; kg:text ?v }")[0]
    assert text[sentence["start"]:sentence["end"]] == heading      # offsets into the article text


def test_a_long_query_finds_its_own_sentence_and_terms_all_must_occur(server):
    sentence = next(s for s in stored_sentences(server) if "李健分享了智慧社区" in s)
    page = search(server, sentence)
    assert [h["sentence"]["text"] for h in page["items"]] == [sentence]
    both = search(server, "智慧社区 李健", limit=100)
    assert both["total"] == len([s for s in stored_sentences(server) if "李健" in s and "智慧社区" in s]) >= 2
    for hit in both["items"]:
        check_hit(hit, "智慧社区", "李健")
    three = search(server, "智慧社区 李健 分享")
    assert [h["sentence"]["text"] for h in three["items"]] == [sentence]
    assert search(server, "智慧社区 不存在的词语")["total"] == 0


def test_latin_terms_match_without_regard_to_case(server):
    upper, lower = search(server, "5G"), search(server, "5g")
    assert upper["total"] == lower["total"] >= 1
    check_hit(lower["items"][0], "5G")


def test_paging_gives_each_hit_once(server):
    everything = search(server, "城市", limit=100)["items"]
    pages = [h for offset in range(0, len(everything), 2)
             for h in search(server, "城市", limit=2, offset=offset)["items"]]
    key = lambda h: (h["document"], h["sentence"]["index"])   # noqa: E731
    assert [key(h) for h in pages] == [key(h) for h in everything]


@pytest.mark.parametrize("params,status", [
    ({}, 422), ({"q": ""}, 422), ({"q": "智" * 201}, 422), ({"q": "城市", "limit": 0}, 422),
    ({"q": "城市", "limit": 101}, 422), ({"q": "城市", "offset": -1}, 422), ({"q": "   "}, 400),
    ({"q": "a b c d e f g h i"}, 400), ({"q": "城市\x00"}, 400)])
def test_bad_queries_are_problems(server, params, status):
    r = httpx.get(server + "/search", params=params)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == status and r.json()["detail"]


def test_search_is_in_the_openapi_schema(server):
    schema = httpx.get(server + "/openapi.json").json()
    operation = schema["paths"]["/search"]["get"]
    params = {p["name"]: p for p in operation["parameters"]}
    assert params["q"]["required"] and params["q"]["schema"]["maxLength"] == fulltext.MAX_QUERY_CHARS
    assert params["limit"]["schema"]["maximum"] == 100
    assert "application/problem+json" in operation["responses"]["422"]["content"]


# ----------------------------------------------------------------- kept in step with writes

def test_ingest_then_search_finds_it_replace_updates_delete_removes(server):
    assert search(server, "一体化数据市场")["total"] == 0
    r = httpx.put(server + "/documents/data-bureau", json={"text": DATA_BUREAU, "title": "数据局"}, headers=AUTH)
    assert r.status_code == 201, r.text
    hits = search(server, "一体化数据市场")["items"]
    assert [(h["document"], h["title"]) for h in hits] == [("data-bureau", "数据局")]
    assert "刘烈宏" in {e["label"] for e in hits[0]["entities"]}
    two_chars = search(server, "数据", limit=100)["items"]
    assert "data-bureau" in {h["document"] for h in two_chars}

    r = httpx.put(server + "/documents/data-bureau", params={"replace": "true"},
                  json={"text": QUANTUM, "title": "科技部"}, headers=AUTH)
    assert r.status_code == 200, r.text
    assert search(server, "一体化数据市场")["total"] == 0
    hits = search(server, "量子通信")["items"]
    assert [(h["document"], h["title"]) for h in hits] == [("data-bureau", "科技部")]

    assert httpx.delete(server + "/documents/data-bureau", headers=AUTH).status_code == 204
    assert search(server, "量子通信")["total"] == 0
    assert search(server, "智慧社区")["total"] >= 1          # the other article stays


def test_a_failed_ingest_leaves_the_index_as_it_was(server):
    r = httpx.put(server + "/documents/data-bureau", json={"text": DATA_BUREAU}, headers=AUTH)
    assert r.status_code == 201
    before = [search(server, q, limit=100) for q in ("数据", "智慧社区", "量子通信")]
    refused = [
        httpx.put(server + "/documents/data-bureau", json={"text": QUANTUM}, headers=AUTH),       # 409: no replace asked
        httpx.put(server + "/documents/data-bureau", json={"text": QUANTUM},
                  headers={**AUTH, "If-Match": '"sha256:stale"'}),                                 # 412
        httpx.post(server + "/documents", content=b'{"text": ', headers={**AUTH, "Content-Type": "application/json"}),
        httpx.put(server + "/documents/data-bureau", json={"text": QUANTUM}),                      # 401: no token
    ]
    assert [r.status_code for r in refused] == [409, 412, 400, 401]
    assert [search(server, q, limit=100) for q in ("数据", "智慧社区", "量子通信")] == before


def test_graph_store_and_sparql_update_writes_keep_the_index_in_step(server):
    graph = article_iri(BUNDLED).value
    turtle = httpx.get(server + "/graphs", params={"graph": graph}, headers={"Accept": "text/turtle"}).content
    assert httpx.delete(server + "/graphs", params={"graph": graph}, headers=AUTH).status_code == 204
    assert search(server, "智慧社区")["total"] == 0
    r = httpx.put(server + "/graphs", params={"graph": graph}, content=turtle,
                  headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 201
    assert search(server, "智慧社区")["total"] >= 1
    r = httpx.post(server + "/sparql", data={"update": f"DROP GRAPH <{graph}>"}, headers=AUTH)
    assert r.status_code == 204, r.text
    assert search(server, "智慧社区")["total"] == 0


# ----------------------------------------------------------------- the command line

def test_kg_search_text_prints_hits_with_the_match_marked(store_dir, capsys):
    assert main(["search", "--text", "智慧社区 李健 分享", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "«李健分享»" in out and "«智慧社区»" in out and BUNDLED in out   # adjacent matches join and "李健 (Person)" in out
    assert out.rstrip().endswith("1–1 of 1 sentences")
    assert main(["search", "--text", "数据", "--store", str(store_dir), "--json", "--limit", "1"]) == 0
    import json
    page = json.loads(capsys.readouterr().out)
    assert page["total"] >= 1 and len(page["items"]) == 1
    assert main(["search", "李健", "--store", str(store_dir)]) == 0          # entity labels, as before
    assert "person/民政部/李健" in capsys.readouterr().out


def test_kg_remove_and_kg_build_keep_the_index_in_step(store_dir, tmp_path, capsys, extractor):
    assert main(["remove", BUNDLED, "--store", str(store_dir)]) == 0
    assert main(["search", "--text", "智慧社区", "--store", str(store_dir)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("0 sentences")
    assert main(["remove", BUNDLED, "--store", str(store_dir)]) == 2
    assert "no article" in capsys.readouterr().err
    gc.collect()
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "data-bureau.txt").write_text(DATA_BUREAU, encoding="utf-8")
    knowledge = KnowledgeStore(store_dir)
    build(knowledge, [folder, ARTICLES], lambda: extractor)
    assert knowledge.fulltext.search("一体化数据市场").total == 1
    assert knowledge.fulltext.search("智慧社区").total >= 1


def test_search_of_a_remote_store_says_it_has_no_index(capsys):
    assert main(["search", "--text", "数据", "--store", "http://127.0.0.1:9/sparql"]) == 2
    assert "needs a local store" in capsys.readouterr().err


# ----------------------------------------------------------------- missing, stale, rebuilt

def _index_files(store: Path) -> list[Path]:
    return sorted(store.glob(fulltext.FILENAME + "*"))


def test_a_store_built_before_the_index_gets_one_on_open(store_dir, capsys):
    expected = KnowledgeStore(store_dir).fulltext.search("数据", limit=100).to_json()
    gc.collect()
    for path in _index_files(store_dir):          # as a store written before full-text search
        path.unlink()
    assert main(["search", "--text", "数据", "--store", str(store_dir), "--json", "--limit", "100"]) == 0
    import json
    assert json.loads(capsys.readouterr().out) == expected
    assert main(["search", "--reindex", "--store", str(store_dir)]) == 0
    assert "full-text index rebuilt: 1 articles" in capsys.readouterr().err


def test_a_crash_between_store_and_index_is_caught_up_on_open(store_dir, extractor):
    knowledge = KnowledgeStore(store_dir)
    assert knowledge.fulltext.search("智慧社区").total >= 1
    extraction = extractor.extract(article_from_text(QUANTUM, document=BUNDLED))
    graph = article_iri(BUNDLED)      # the store written, the index not (as if killed in between)
    knowledge.store.update(replace_graph_update(graph, extraction_to_quads(extraction)))
    knowledge.flush()
    assert knowledge.fulltext.search("智慧社区").total >= 1       # stale in this process …
    del knowledge
    gc.collect()
    reopened = KnowledgeStore(store_dir)                           # … caught up on the next open
    assert reopened.fulltext.search("智慧社区").total == 0
    assert reopened.fulltext.search("量子通信").total == 1


def test_a_read_only_service_without_a_current_index_answers_503(store_dir, tmp_path):
    for path in _index_files(store_dir):
        path.unlink()
    app = create_app(settings_for(tmp_path, store=str(store_dir), read_only_store=True))
    with live_server(app) as base:
        r = httpx.get(base + "/search", params={"q": "数据"})
        assert r.status_code == 503 and "kg search --reindex" in r.json()["detail"]
        assert r.headers["content-type"].startswith("application/problem+json")
    gc.collect()
    assert main(["search", "--reindex", "--store", str(store_dir)]) == 0
    gc.collect()
    app = create_app(settings_for(tmp_path, store=str(store_dir), read_only_store=True))
    with live_server(app) as base:
        assert search(base, "智慧社区")["total"] >= 1
    gc.collect()


def test_a_read_only_service_on_a_relative_store_path_searches(store_dir, tmp_path, monkeypatch):
    # make run serves --store var/kg read-only: the index's file URI needs an absolute path
    monkeypatch.chdir(store_dir.parent)
    app = create_app(settings_for(tmp_path, store=store_dir.name, read_only_store=True))
    with live_server(app) as base:
        assert search(base, "智慧社区")["total"] >= 1
    gc.collect()


@pytest.mark.parametrize("module", ["cnkg.graph.fulltext", "cnkg.graph.sentences", "cnkg.api.graph_commands"])
def test_docstring_examples_run(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_a_long_catch_up_says_so_on_one_line_at_each_end():
    import io
    out = io.StringIO()
    progress = fulltext.progress_line(at_least=3, stream=out)
    for done in (1, 2):
        progress(done, 2)                       # short: silent
    for done in range(1, 5):
        progress(done, 4)
    assert out.getvalue().splitlines() == ["kg: indexing the sentences of 4 articles for full-text search …",
                                           "kg: full-text index ready (4 articles)"]


def test_an_index_that_misses_a_write_warns_and_catches_up_on_the_next_search(tmp_path):
    from dataclasses import replace
    from sample_extraction import sample_extraction
    knowledge = KnowledgeStore(tmp_path / "kg")
    knowledge.replace_document(sample_extraction())
    assert knowledge.fulltext.search("智慧城市博览会").total == 1
    knowledge.fulltext.close()                  # the index cannot be written now
    with pytest.warns(RuntimeWarning, match="did not follow a write"):
        knowledge.replace_document(replace(sample_extraction(), document="second"))
    assert [d.document for d in knowledge.documents()] == ["sample-expo", "second"]     # the store kept it
    page = knowledge.fulltext.search("智慧城市博览会")
    assert sorted(h.document for h in page.hits) == ["sample-expo", "second"]


def test_kg_migrate_rebuilds_the_index_with_the_new_iris(tmp_path, monkeypatch, capsys):
    from sample_extraction import sample_extraction
    from cnkg.graph import namespaces
    path = tmp_path / "old"
    with monkeypatch.context() as m:          # a store (and its index) of before readable IRIs
        m.setattr(namespaces, "encode_key", namespaces.legacy_encode_key)
        knowledge = KnowledgeStore(path)
        knowledge.replace_document(sample_extraction())
        old = {e["iri"] for h in knowledge.fulltext.search("陈洪宛").hits for e in h.entities}
        knowledge.flush()
        del knowledge
        gc.collect()
    assert any("%E9%99%88" in iri for iri in old)
    assert main(["migrate", "--store", str(path)]) == 0
    assert "full-text index rebuilt (1 articles)" in capsys.readouterr().out
    page = KnowledgeStore(path).fulltext.search("陈洪宛")
    iris = {e["iri"] for h in page.hits for e in h.entities}
    assert page.total >= 1 and "https://w3id.org/cnpkg/id/person/陈洪宛" in iris and not any("%" in i for i in iris)
