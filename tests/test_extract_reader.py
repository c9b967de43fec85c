"""Reading articles: encodings, HTML, empty and binary input give text or a clear error."""
import pytest

from cnkg.api.cli import main
from cnkg.errors import KgError
from cnkg.extract.reader import article_from_text, decode, document_id, read_article

TEXT = "国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场。\n第二段。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_reader_decodes_common_chinese_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert read_article(path).text == TEXT


def test_reader_refuses_binary():
    with pytest.raises(KgError, match="binary"):
        decode(b"\x00\x01\x02garbage" * 10)


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_reader_refuses_empty_articles(text):
    with pytest.raises(KgError, match="empty"):
        article_from_text(text, document="x")


def test_reader_takes_the_text_and_title_of_html():
    html = ("<!DOCTYPE html><html><head><title>数据要素新闻</title><script>var x = 1;</script></head>"
            "<body><h1>数据要素新闻</h1><p>国家数据局局长刘烈宏表示，&ldquo;要加快发展。&rdquo;</p>"
            "<div>第二段</div></body></html>")
    article = article_from_text(html, document="x")
    assert article.title == "数据要素新闻"
    assert "var x" not in article.text and "<p>" not in article.text
    assert "国家数据局局长刘烈宏表示，“要加快发展。”" in article.text.splitlines()


def test_document_ids_are_iri_safe():
    assert document_id("数字 经济/报告<1>.txt") == "数字-经济-报告-1"


def test_cli_extract_of_a_missing_file_is_one_line(capsys):
    assert main(["extract", "no/such/article.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_cli_extract_of_binary_is_one_line(tmp_path, capsys):
    path = tmp_path / "b.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert main(["extract", str(path)]) == 2
    assert "binary" in capsys.readouterr().err
