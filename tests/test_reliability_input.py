"""Bad input gives a correct graph or a clear error: never a traceback, never a partial graph.

Encodings and HTML at the byte level are in tests/test_extract_reader.py; here every kind
of bad file goes through ``kg build`` into a store (a failure must leave the article's
previous graph whole), through ``POST /documents``, and, property-based, arbitrary
Unicode goes through the extractor into RDF that must conform to ontology/shapes.ttl.
Sizes are arguments so that tests/soak/ runs the long versions (20 MB, 1 MB lines,
hundreds of examples).
"""
from __future__ import annotations

import functools
import re
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings, strategies as st

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.extract.model import Mention
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text, decode, read_article
from cnkg.graph.build import build
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.serialize import union_triples
from cnkg.graph.store import KnowledgeStore
from cnkg.ontology import ONTOLOGY, SHAPES
from server_fixture import TOKEN, settings_for

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
BUNDLED = (ARTICLES / "smart-city-expo-2020.txt").read_text(encoding="utf-8")
TEXT = "国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场，推动5G和人工智能发展。\n第二段。"
TRADITIONAL = ("國家發展改革委財政金融和信用建設司司長陳洪宛在主題演講中說，要加快5G和人工智能建設，"
               "推動大數據與實體經濟深度融合。\n工業和信息化部表示，到2025年，數字經濟規模將達到10萬億元。")
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Fragments of the genre, so generated text also hits the lexicons and the rules.
FRAGMENTS = ["国家发展改革委", "财政金融和信用建设司", "司长", "陈洪宛", "说", "表示", "，", "。", "“", "”",
             "要加快", "5G", "人工智能", "大数据", "到2025年", "达到", "10%", "8.05亿", "《", "》", "会议",
             "在北京举行", "一是", "二是", "第一，", "他", "\n", "工业和信息化部", "部长", "：", "、", "年"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@functools.cache
def _shapes():
    import rdflib
    return (rdflib.Graph().parse(SHAPES, format="turtle"), rdflib.Graph().parse(ONTOLOGY, format="turtle"))


def conforms(quads) -> tuple[bool, str]:
    """pySHACL over the quads' union graph, shapes and ontology parsed once."""
    import pyshacl
    import rdflib
    data = rdflib.Graph().parse(data=ox.serialize(union_triples(quads), format=ox.RdfFormat.N_TRIPLES) or b"",
                                format="nt")
    shapes, ontology = _shapes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ok, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(ok), text


def check_extraction(extractor: Extractor, text: str, *, document: str = "x", shacl: bool = True) -> str:
    """Extract ``text`` the way ``POST /documents`` does; returns "graph" or "error".

    A clear error is a KgError; anything else raised fails the test. A graph must map
    to RDF, keep every mention and sentence inside the text, and conform to the shapes.
    """
    try:
        article = article_from_text(text, document=document)
        extraction = extractor.extract(article)
    except KgError as exc:
        assert str(exc) and "\n" not in str(exc)
        return "error"
    quads = extraction_to_quads(extraction)
    for e in extraction.entities:
        for m in e.mentions:
            assert 0 <= m.start <= m.end <= len(article.text)
    for s in extraction.sentences:
        assert article.text[s.start:s.end] == s.text
    if shacl:
        ok, report = conforms(quads)
        assert ok, report
    return "graph"


# ----------------------------------------------------------------- files through kg build

def _bad_files() -> dict[str, bytes]:
    return {
        "empty": b"",
        "blank": " \n\t\u3000 \r\n".encode(),
        "binary": bytes(range(256)) * 16,
        "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(4000),
        "latin1-junk": "café ÿ".encode("latin-1") * 3 + b"\xff\xfe\xfd" * 7,   # not UTF-8, not GB18030
        "only-tags": b"<html><body><script>var a=1;</script><p> </p></body></html>",
    }


@pytest.mark.parametrize("name", sorted(_bad_files()))
def test_reliability_bad_file_is_a_clear_error_and_keeps_the_old_graph(tmp_path, extractor, name, capsys,
                                                                       monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    kb = KnowledgeStore(None)
    assert build(kb, [folder], lambda: extractor).built == ["article"]
    before = kb.export("nquads")
    path.write_bytes(_bad_files()[name])
    report = build(kb, [folder], lambda: extractor)
    assert report.built == [] and len(report.failed) == 1
    message = report.failed[0][1]
    assert "Traceback" not in message and "\n" not in message
    assert re.search(r"empty|binary|not valid UTF-8, UTF-16 \(with BOM\) or GB18030", message), message
    assert kb.export("nquads") == before          # the old graph, whole

    # and kg build itself: one line per failed file, exit status 1, no traceback
    monkeypatch.setattr(Extractor, "load", classmethod(lambda cls, **kw: extractor))
    assert main(["build", str(folder), "--store", str(tmp_path / "kg")]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err and "failed" in out.out


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_reliability_encodings_give_the_utf8_graph(tmp_path, extractor, encoding):
    text = TEXT + "\n𠀀𪚥 GB18030 四字节字符。" if encoding != "gbk" else TEXT
    reference, other = tmp_path / "utf8", tmp_path / encoding
    for folder, enc in ((reference, "utf-8"), (other, encoding)):
        folder.mkdir()
        (folder / "a.txt").write_bytes(text.encode(enc))
    graphs = []
    for folder in (reference, other):
        kb = KnowledgeStore(None)
        assert build(kb, [folder], lambda: extractor).failed == []
        graphs.append(kb.export("nquads"))
    assert graphs[0] == graphs[1] and graphs[0]


def test_reliability_utf16_without_bom_is_detected():
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode(TEXT.encode(encoding)) == TEXT
    with pytest.raises(KgError, match="binary"):
        decode(b"\x00\x01" * 300)          # NULs on one side, but control characters


def test_reliability_traditional_chinese_is_extracted_as_written(extractor):
    """Decision: traditional text is extracted as is (no conversion), so every label and
    sentence is the article's own characters; terms the lexicons share (5G, 人工智能) are
    found, and the graph conforms."""
    article = article_from_text(TRADITIONAL, document="trad")
    extraction = extractor.extract(article)
    assert check_extraction(extractor, TRADITIONAL) == "graph"
    labels = {e.label for e in extraction.entities}
    assert {"5G", "人工智能"} <= labels
    for e in extraction.entities:
        for m in e.mentions:
            assert article.text[m.start:m.end]
        if e.type not in ("Goal", "Statistic"):
            assert e.label in article.text or any(a in article.text for a in e.aliases), e.label


def test_reliability_html_article_builds_from_its_visible_text(tmp_path, extractor):
    html = ("<!DOCTYPE html><html><head><title>数据市场</title><style>p{color:red}</style></head><body>"
            f"<h1>数据市场</h1><p>{TEXT.splitlines()[0]}</p><script>alert('国家发展改革委')</script></body></html>")
    (tmp_path / "page.txt").write_text(html, encoding="utf-8")
    kb = KnowledgeStore(None)
    assert build(kb, [tmp_path], lambda: extractor).built == ["page"]
    nq = kb.export("nquads").decode()
    assert "<p>" not in nq and "alert" not in nq and "color:red" not in nq
    assert '"数据市场"@zh' in nq and "刘烈宏" in nq
    assert conforms(kb.quads())[0]


def long_line(n: int) -> str:
    """``n`` characters of the bundled article with its punctuation and line breaks removed."""
    bare = re.sub(r"[\s。！？!?；;，,、：:“”\"'（）()《》]", "", BUNDLED)
    return (bare * (n // len(bare) + 1))[:n]


def test_reliability_long_line_without_punctuation_gives_a_graph(extractor):
    assert check_extraction(extractor, long_line(50_000)) == "graph"


def test_reliability_repeated_name_is_linear_issue6(extractor, monkeypatch):
    """Regression: a mention was checked against a list of the entity's mentions, so a
    name repeated n times cost n² comparisons (100,000 characters of one agency's name
    took minutes). Count the comparisons for n and 4n repetitions."""
    calls = [0]
    original = Mention.__eq__

    def counting(self, other):
        calls[0] += 1
        return original(self, other)
    monkeypatch.setattr(Mention, "__eq__", counting)
    counts = []
    for n in (500, 2000):
        calls[0] = 0
        extractor.extract(article_from_text("国家发展改革委陈洪宛说" * n, document="x"))
        counts.append(calls[0])
    assert counts[1] <= 4 * counts[0] + 100


def test_reliability_article_over_the_length_limit_fails_alone(tmp_path, extractor, monkeypatch):
    monkeypatch.setattr("cnkg.extract.pipeline.MAX_CHARACTERS", 1_000)
    (tmp_path / "a-long.txt").write_text("汉" * 1_001, encoding="utf-8")
    (tmp_path / "b-short.txt").write_text(TEXT, encoding="utf-8")
    kb = KnowledgeStore(None)
    report = build(kb, [tmp_path], lambda: extractor)
    assert report.built == ["b-short"]
    assert [m for _, m in report.failed] == ["a-long: 1,001 characters is more than the 1,000 an article may have"]
    with pytest.raises(KgError, match="more than the 1,000"):
        extractor.extract(article_from_text("汉" * 1_001, document="x"))


# ----------------------------------------------------------------- POST /documents

@pytest.fixture
def client(tmp_path, extractor):
    app = create_app(settings_for(tmp_path, token=True), knowledge=KnowledgeStore(None))
    with TestClient(app) as c:
        app.state.service.extractor = extractor
        yield c


@pytest.mark.parametrize("kwargs", [
    {"content": b"", "headers": {"Content-Type": "text/plain"}},
    {"content": " \n\u3000".encode(), "headers": {"Content-Type": "text/plain"}},
    {"content": "国家".encode("gbk") + b"\xff\xfe", "headers": {"Content-Type": "text/plain"}},
    {"content": b'{"text": "\\ud800\\u56fd"}', "headers": {"Content-Type": "application/json"}},
    {"content": b'{"text": ', "headers": {"Content-Type": "application/json"}},
    {"content": b'{"text": 5}', "headers": {"Content-Type": "application/json"}},
    {"content": b'[]', "headers": {"Content-Type": "application/json"}},
    {"content": b'{"text": "x", "document": "///"}', "headers": {"Content-Type": "application/json"}},
    {"content": bytes(range(256)), "headers": {"Content-Type": "application/octet-stream"}},
    {"content": b"<html><body><p> </p></body></html>", "headers": {"Content-Type": "text/plain"}},
], ids=["empty", "blank", "gbk-bytes", "lone-surrogate", "broken-json", "text-not-string", "json-list",
        "bad-document-id", "octet-stream", "empty-html"])
def test_reliability_post_bad_document_is_4xx_and_changes_nothing(client, kwargs):
    before = client.get("/export", params={"format": "nquads"}).content
    r = client.post("/documents", content=kwargs["content"], headers={**kwargs["headers"], **AUTH})
    assert 400 <= r.status_code < 500, r.text
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert client.get("/export", params={"format": "nquads"}).content == before


# ----------------------------------------------------------------- arbitrary Unicode

genre_text = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(st.text(), genre_text))
def test_reliability_any_unicode_extracts_to_conforming_rdf(extractor, text):
    check_extraction(extractor, text)
