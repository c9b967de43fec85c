"""Reading articles from disk: encoding detection, title and document id."""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from cnkg.errors import KgError


@dataclass(frozen=True)
class Article:
    """An article to extract from: its text and what we know about it."""
    document: str
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


_DOC_ID = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff._-]+")


def document_id(name: str) -> str:
    """A stable, IRI-safe document id from a file name or title.

    >>> document_id("smart-city expo 2020.txt")
    'smart-city-expo-2020'
    """
    stem = name[:-4] if name.lower().endswith(".txt") else name
    ident = _DOC_ID.sub("-", unicodedata.normalize("NFKC", stem)).strip("-.")
    if not ident:
        raise KgError(f"cannot make a document id from {name!r}")
    return ident[:120]


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one
    when it has ASCII characters to tell the byte order by), or GB18030.

    Raises KgError naming what was tried when none fits, or when the bytes look binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise KgError(f"{name}: looks like binary data (NUL bytes), not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise KgError(f"{name}: not valid UTF-8, UTF-16 (with BOM) or GB18030 text")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, told by its NUL bytes (the high byte of
    ASCII characters) falling mostly on one side; None when the bytes are not that."""
    head = data[:4096]
    if len(data) % 2:
        return None
    nul_even, nul_odd = head[0::2].count(0), head[1::2].count(0)
    if nul_even == nul_odd:
        return None
    encoding = "utf-16-le" if nul_odd > nul_even else "utf-16-be"   # ASCII: NUL after (LE) or before
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # binary data can show the same pattern: text has no control or unassigned characters
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t" for ch in text):
        return None
    return text


def clean_text(text: str) -> str:
    """Normalise line ends and drop control characters other than newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "title", "header", "footer"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _HtmlText(HTMLParser):
    """The visible text of an HTML page, one line per block element; its <title> or first <h1>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in ("title", "h1") and self.title is None:
            self._in = tag

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self.skip:
            return
        if self._in and self.title is None and data.strip():
            self.title = data.strip()
        if self._in != "title":
            self.parts.append(data)


_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<article)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.match(text[:2000])) and bool(re.search(r"</(?:p|div|body|html|article)>", text, re.I))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML article (blocks become lines) and its title."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\u3000]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line), parser.title


def article_from_text(text: str, *, document: str, title: str | None = None,
                      source: str | None = None, date: str | None = None) -> Article:
    text = clean_text(text)
    if looks_like_html(text):
        text, html_title = html_to_text(text)
        title = title or html_title
    if not text.strip():
        raise KgError(f"{document}: the article is empty")
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first[:200] or None
    return Article(document=document, text=text, title=title, source=source, date=date)


def read_article(path: str | Path) -> Article:
    """Read one article file. Raises KgError on a missing, empty or undecodable file."""
    path = Path(path)
    if not path.exists():
        raise KgError(f"{path}: no such file")
    if path.is_dir():
        raise KgError(f"{path}: is a directory, not an article file")
    text = decode(path.read_bytes(), name=str(path))
    return article_from_text(text, document=document_id(path.name), source=path.name)


def find_articles(paths) -> list[Path]:
    """Expand files and directories (their *.txt, sorted) into article files."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*.txt") if q.is_file()))
        elif p.exists():
            found.append(p)
        else:
            raise KgError(f"{p}: no such file or directory")
    return found
