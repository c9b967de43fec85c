"""Ingest inside its bounds (issue 12): ``kg build DIR`` reads only what is in DIR (a
symbolic link to a file outside it became a public article), one decoder and one binary
check serve ``kg build`` and ``POST /documents`` (NUL bytes refused by both; GBK,
GB18030, UTF-16 and Big5 read the same way), and an over-long article is refused in one
line naming the limit."""
from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import MAX_ARTICLE_CHARACTERS, article_from_text, decode, read_article
from cnkg.graph.build import build
from cnkg.graph.store import KnowledgeStore
from server_fixture import TOKEN, settings_for

TEXT = "国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场，推动5G和人工智能发展。"
TRADITIONAL = "國家數據局局長劉烈宏表示，要加快建設全國一體化數據市場，推動人工智慧發展。"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture
def folder(tmp_path):
    inside = tmp_path / "articles"
    (inside / "sub").mkdir(parents=True)
    (inside / "a.txt").write_text(TEXT, encoding="utf-8")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    os.symlink(secret / "passwd.txt", inside / "passwd.txt")         # a file out of the folder
    os.symlink(secret, inside / "linked-folder")                        # a folder out of it
    os.symlink(inside / "a.txt", inside / "sub" / "same.txt")          # a link that stays inside
    return inside


def test_kg_build_does_not_follow_links_out_of_its_folder(folder, tmp_path, extractor):
    kb = KnowledgeStore(None)
    report = build(kb, [folder], lambda: extractor)
    assert sorted(report.built) == ["a", "same"]
    assert sorted(os.path.basename(p) for p, _ in report.failed) == ["linked-folder", "passwd.txt"]
    assert all("symbolic link out of the folder" in m for _, m in report.failed)
    exported = kb.export("nquads").decode("utf-8")
    assert "root:x" not in exported and "passwd" not in exported


def test_kg_build_follows_links_only_when_asked(folder, extractor):
    kb = KnowledgeStore(None)
    report = build(kb, [folder], lambda: extractor, follow_symlinks=True)
    assert "passwd" in report.built and report.failed == []


def test_kg_build_command_reports_the_refused_link(folder, tmp_path, capsys):
    status = main(["build", str(folder), "--store", str(tmp_path / "kg")])
    err = capsys.readouterr().err                         # failures: one line each on stderr
    assert status == 1 and "passwd.txt" in err and "--follow-symlinks" in err
    assert {d.document for d in KnowledgeStore(tmp_path / "kg").documents()} == {"a", "same"}


# ----------------------------------------------------------------- one decoder, one binary check

@pytest.fixture
def client(tmp_path, extractor):
    app = create_app(settings_for(tmp_path, token=True), knowledge=KnowledgeStore(None))
    with TestClient(app) as c:
        app.state.service.extractor = extractor
        yield c


@pytest.mark.parametrize("body", [TEXT.encode("utf-8") + b"\x00\x01binary",
                                  b"\x00" * 64, "\ufeff".encode() + TEXT.encode() + b"\x00"])
def test_nul_bytes_are_refused_by_cli_and_http(body, client, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(body)
    with pytest.raises(KgError, match="binary"):
        read_article(path)
    r = client.post("/documents", content=body, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 400 and "binary" in r.text
    r = client.post("/documents", json={"text": TEXT + "\x00"}, headers=AUTH)
    assert r.status_code == 400 and "binary" in r.text
    assert client.get("/documents").json()["items"] == []


@pytest.mark.parametrize("text,encoding", [(TEXT, "gbk"), (TEXT, "gb18030"), (TEXT, "utf-16"),
                                           (TEXT, "utf-16-le"), (TEXT, "utf-8-sig"), (TRADITIONAL, "big5")])
def test_every_encoding_reads_the_same_in_cli_and_http(text, encoding, client, tmp_path, extractor):
    data = text.encode(encoding)
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert read_article(path).text == text
    r = client.post("/documents", content=data, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    expected = extractor.extract(article_from_text(decode(data), document=r.json()["document"]))
    assert r.json()["entities"] == len(expected.entities) > 0
    titles = [d["title"] for d in client.get("/documents").json()["items"]]
    assert titles == [text]


def test_a_declared_charset_is_used(client):
    r = client.post("/documents", content=TRADITIONAL.encode("big5"),
                    headers={**AUTH, "Content-Type": "text/plain; charset=big5"})
    assert r.status_code == 201
    r = client.post("/documents", content=b"abc", headers={**AUTH, "Content-Type": "text/plain; charset=x-nope"})
    assert r.status_code == 400 and "unknown charset" in r.text


def test_an_over_long_article_is_refused_with_the_limit(client, tmp_path, monkeypatch, capsys):
    assert MAX_ARTICLE_CHARACTERS == 1_000_000
    monkeypatch.setattr("cnkg.extract.reader.MAX_ARTICLE_CHARACTERS", 1_000)
    (tmp_path / "long").mkdir()
    (tmp_path / "long" / "long.txt").write_text("汉" * 1_001, encoding="utf-8")
    assert main(["build", str(tmp_path / "long"), "--store", str(tmp_path / "kg")]) == 1
    assert "1,001 characters is more than the 1,000 an article may have" in capsys.readouterr().err
    r = client.post("/documents", content=("汉" * 1_001).encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 400 and "more than the 1,000" in r.text
