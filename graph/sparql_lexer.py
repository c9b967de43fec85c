"""One tokeniser for SPARQL texts, shared by everything that reads a query before the parser.

The nesting limits (:mod:`graph.limits`), the service's scan for keywords and point queries
(:mod:`api.sparql`) and the remote store's query-form check all need the same thing: the
text cut into strings, IRIs, comments, names and punctuation, so that a ``SERVICE`` inside
a string or an IRI is not a keyword. They run on input from anyone, before any other
check, so the one regular expression here is linear in the text: every repeat is
possessive, and a prefixed name's prefix has no dots (SPARQL allows ``a.b:c``; here it
is the word ``a``, ``.`` and ``b:c``), since a dotted prefix that ends without a colon
would be rescanned from each of its words (quadratic on ``a.a.a.…``).

Token kinds: ``ws``, ``comment``, ``string``, ``unterminated`` (a quote that opens a
string that never ends: the parser stops there, and so should a reader), ``iri``,
``open`` (``{ ( [ <<``), ``close`` (``} ) ] >>``), ``binary`` (``|| && != <= >= = < > * / | . ; ,``),
``unary`` (``! ^ + -``), ``number``, ``pname`` (``ex:a``, ``:a``, ``ex:``), ``word``
(keywords, function names, ``a``, ``true``, language tags), ``var`` and ``other``.

>>> [(t.kind, t.text) for t in tokens('SELECT ?s { ?s <urn:x> "a#b"@zh } # c') if t.kind != "ws"]
[('word', 'SELECT'), ('var', '?s'), ('open', '{'), ('var', '?s'), ('iri', '<urn:x>'), ('string', '"a#b"'), ('other', '@'), ('word', 'zh'), ('close', '}'), ('comment', '# c')]
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

TOKEN = re.compile(r"""
    (?P<ws>\s++)
  | (?P<comment>\#[^\n]*+)
  | (?P<string>\"\"\"(?:[^"\\]++|\\.|"(?!""))*+\"\"\"|'''(?:[^'\\]++|\\.|'(?!''))*+'''|"(?:[^"\\\n]++|\\.)*+"|'(?:[^'\\\n]++|\\.)*+')
  | (?P<unterminated>["'])
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*+>)
  | (?P<open><<|[({\[])
  | (?P<close>>>|[)}\]])
  | (?P<binary>\|\||&&|!=|<=|>=|[=<>*/|.;,])
  | (?P<unary>[!^+\-])
  | (?P<number>[0-9]++(?:\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+|\.[0-9]++(?:[eE][+-]?+[0-9]++)?+)
  | (?P<pname>(?:[^\W\d][\w\-]*+)?+:[\w.\-:%\\]*+)
  | (?P<word>[^\W\d][\w\-]*+)
  | (?P<var>[?$]++[\w\u00b7\u0300-\u036f\u203f-\u2040]*+)
  | (?P<other>[^\s"'<>(){}\[\]|&!=*/.;,^+\-\#?$\w]++|.)
""", re.VERBOSE | re.DOTALL)


class Token(NamedTuple):
    kind: str
    text: str
    start: int
    end: int


def tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text``, in order, whitespace and comments included."""
    for m in TOKEN.finditer(text):
        yield Token(m.lastgroup, m.group(), m.start(), m.end())
