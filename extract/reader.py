"""Reading articles: one decoder and one binary check for ``kg build`` / ``kg extract``
and ``POST /documents``, encoding detection, the size limit, title and document id."""
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


#: the longest article accepted, in characters (about 3 MB of UTF-8 Chinese). The extractor's
#: time and memory grow with an article's length (a 1 MB line without punctuation took 34 s
#: and 1.2 GB; 20 MB did not finish in 5 minutes), and news articles are far shorter: a
#: longer text is refused with one line naming this limit. Split such input into articles.
MAX_ARTICLE_CHARACTERS = 1_000_000

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


def decode(data: bytes, *, name: str = "input", charset: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one
    when it has ASCII characters to tell the byte order by), GB18030 (GBK, GB2312), or
    Big5 when its characters read as Chinese and GB18030's do not. ``charset`` (an HTTP
    Content-Type parameter) other than UTF-8 is used as given.

    The one decoder of ``kg build``, ``kg extract`` and ``POST /documents``.

    >>> decode("国家发展改革委".encode("gbk")) == decode("国家发展改革委".encode("utf-16")) == "国家发展改革委"
    True
    >>> decode("國家發展改革委員會說".encode("big5"))
    '國家發展改革委員會說'

    Raises KgError naming what was tried when none fits, or when the text is binary (NUL).
    """
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            text = data.decode(charset)
        except LookupError:
            raise KgError(f"{name}: unknown charset {charset!r}") from None
        except UnicodeDecodeError as exc:
            raise KgError(f"{name}: not valid {charset} text ({exc.reason} at byte {exc.start})") from None
        return check_not_binary(text.removeprefix("\ufeff"), name=name)
    if data.startswith(codecs.BOM_UTF8):
        return check_not_binary(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), name=name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return check_not_binary(data.decode("utf-16"), name=name)
        except UnicodeDecodeError:
            raise KgError(f"{name}: starts with a UTF-16 byte-order mark but is not UTF-16 text") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return check_not_binary(text, name=name)
        raise KgError(f"{name}: looks like binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    gb = big5 = None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        pass
    if big5 is not None and (gb is None or _chinese_score(big5) > _chinese_score(gb)):
        return big5
    if gb is not None:
        return gb
    raise KgError(f"{name}: not valid UTF-8, UTF-16 (with BOM) or GB18030 text, nor Big5")


#: frequent characters of Chinese news, simplified and traditional: Big5 bytes read as
#: GB18030 give rare characters instead (and the other way round)
_FREQUENT = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
    "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
    "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干"
    "做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共"
    "权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张"
    "信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验"
    "國這個來時對為會說們發動經過還進實當現從點產機關區業務於與將員長問題開議設計劃書類係術標辦區縣鄉鎮"
    "市委員會議政府部門廳處組織領導幹記者報導網絡數據資訊科技創新發展規劃建設")


def _chinese_score(text: str) -> int:
    sample = text[:20_000]
    return sum(ch in _FREQUENT for ch in sample)


def check_not_binary(text: str, *, name: str = "input") -> str:
    """The one binary check: text holding NUL characters is refused (it is a binary file,
    or text in an encoding it was not read in)."""
    if "\x00" in text:
        raise KgError(f"{name}: looks like binary data (NUL bytes), not text")
    return text


def check_length(text: str, *, name: str = "input") -> str:
    """Refuse an article longer than :data:`MAX_ARTICLE_CHARACTERS`, in one line."""
    if len(text) > MAX_ARTICLE_CHARACTERS:
        raise KgError(f"{name}: {len(text):,} characters is more than the {MAX_ARTICLE_CHARACTERS:,} "
                      f"an article may have (split it into articles)")
    return text


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
    """An article from decoded text (HTML reduced to its visible text); KgError for binary
    (NUL), empty or over-long text. Shared by ``kg build`` and ``POST /documents``."""
    check_not_binary(text, name=document)
    check_length(text, name=document)
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
