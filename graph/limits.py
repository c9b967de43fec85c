"""Depth and size limits checked before any parser sees a SPARQL text or an RDF body.

pyoxigraph's SPARQL parser (and its JSON-LD reader) descend recursively on the native
stack: a query nested about 1,000 levels deep (``STR(STR(…))``, braces, ``!!!…``,
subqueries, path parentheses) or a chain of about 10,000 operators, patterns or
``UNION`` branches overflows it and the whole process dies with SIGSEGV, which no
Python ``try`` can catch. So every text is scanned here first, in one linear pass
that never recurses, and refused with :class:`InputTooDeep` beyond:

* :data:`MAX_NESTING` (128): open brackets, braces, parentheses and ``<<`` plus the
  unary operators (``!``, ``-``, ``+``, ``^``) in front of them and of the current term. Subqueries and path
  parentheses are braces and parentheses, so they count too.
* :data:`MAX_CHAIN` (1,024): the operators, separators (``.`` ``;`` ``,``), groups
  and keywords joining patterns (``UNION``, ``OPTIONAL``, ``MINUS``, ``FILTER`` …) that
  the parser folds into one tree, summed over the groups open at a point. ``INSERT
  DATA`` / ``DELETE DATA`` blocks and ``VALUES`` tables are lists, not trees: their
  length is not limited (the request body limit bounds them).

RDF bodies (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) are limited to
:data:`MAX_NESTING` levels of ``[`` ``(`` ``{`` ``<<`` (JSON-LD: objects and arrays;
RDF/XML: elements).

This module is the graph layer's, so the CLI (``kg query``) and the HTTP service
(``/sparql``, the Graph Store Protocol, named queries) share it; the service turns
:class:`InputTooDeep` into a 400 that names the limit, the CLI into one line on stderr.

>>> check_sparql("SELECT * WHERE { ?s ?p ?o }")
>>> check_sparql("SELECT * WHERE " + "{" * 200 + "}" * 200)  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
...
cnkg.graph.limits.InputTooDeep: the query nests deeper than 128 levels (at line 1, column 144); ...
"""
from __future__ import annotations

import re

from cnkg.graph.sparql_lexer import tokens

#: deepest nesting accepted: brackets, braces, parentheses, ``<<`` and unary operator runs
MAX_NESTING = 128
#: longest chain of operators / patterns the parser folds into one tree, over the open groups
MAX_CHAIN = 1024


class InputTooDeep(ValueError):
    """A text nests (or chains) deeper than the parsers can take; the message names the limit."""

    def __init__(self, message: str, *, limit: int):
        super().__init__(message)
        self.limit = limit


def _where(text: str | bytes, offset: int) -> str:
    newline = "\n" if isinstance(text, str) else b"\n"
    line = text.count(newline, 0, offset) + 1
    column = offset - (text.rfind(newline, 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _too_deep(what: str, text, offset: int) -> InputTooDeep:
    return InputTooDeep(
        f"the {what} nests deeper than {MAX_NESTING} levels (at {_where(text, offset)}); "
        f"the limit is {MAX_NESTING} levels of brackets, braces, parentheses and unary operators "
        f"(KG nesting limit)", limit=MAX_NESTING)


def _too_long(what: str, text, offset: int) -> InputTooDeep:
    return InputTooDeep(
        f"the {what} chains more than {MAX_CHAIN} operators or patterns in its open groups "
        f"(at {_where(text, offset)}); the limit is {MAX_CHAIN} (KG chain limit: split the "
        f"query, or list values with VALUES)", limit=MAX_CHAIN)


# ----------------------------------------------------------------- SPARQL

_GROUP_AHEAD = re.compile(r"\s*[({]")

#: keywords that join graph patterns into a (left-deep) tree
_JOINING = frozenset(("UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE", "VALUES"))
#: keywords whose following ``{`` holds a plain list (no tree): not counted in the chain
_LISTS = frozenset(("DATA", "VALUES"))


def check_sparql(text: str, *, what: str = "query") -> None:
    """Refuse a SPARQL query or update nesting or chaining beyond the limits.

    One left-to-right pass over the tokens, constant work per token.

    :raises InputTooDeep: with the line and column where the limit was passed.
    """
    stack: list[list] = []         # [chained items in this group, is a plain list, unary operators before it]
    nesting = chain = unary = 0
    list_pending = False
    operand_before = False         # the previous token ends an operand (so +/- is binary)
    for m in tokens(text):
        kind = m.kind
        if kind in ("ws", "comment"):
            continue
        if kind == "unterminated":
            return            # a string that never ends: the parser stops there with an error
        in_list = bool(stack) and stack[-1][1]
        counted = 0
        if kind == "open":
            counted = 1
            if stack and not in_list:
                stack[-1][0] += 1
                chain += 1
            is_list = in_list or (list_pending and m.text == "{")
            if m.text == "{":
                list_pending = False
            stack.append([0, is_list, unary])   # unary operators before a group nest with it: !(!(…
            nesting += 1 + unary
            unary = 0
            operand_before = False
        elif kind == "close":
            if stack:
                count, _, unary_before = stack.pop()
                chain -= count
                nesting -= 1 + unary_before
            unary = 0
            operand_before = True
        elif kind == "unary" and not operand_before:
            unary += 1
        else:
            if kind in ("binary", "unary"):     # unary after an operand: binary + or -
                counted = 1
                operand_before = False
            else:
                operand_before = kind != "other"
            leads_group = False
            if kind == "word":
                word = m.text.upper()
                if word in _LISTS:
                    list_pending = True
                elif word in _JOINING:
                    counted = 1
                # a function name or EXISTS: unary operators before it nest with its group
                leads_group = _GROUP_AHEAD.match(text, m.end) is not None
            if leads_group:
                operand_before = False
            else:
                unary = 0
            if counted and stack and not in_list:
                stack[-1][0] += 1
                chain += 1
                if chain > MAX_CHAIN:
                    raise _too_long(what, text, m.start)
            continue
        if nesting + unary > MAX_NESTING:
            raise _too_deep(what, text, m.start)
        if chain > MAX_CHAIN:
            raise _too_long(what, text, m.start)


# ----------------------------------------------------------------- RDF bodies

_TURTLE_TOKEN = re.compile(rb"""
    (?P<skip>[^"'<>\#\[\](){}]+|\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]++|\\.|"(?!""))*+\"\"\"|'''(?:[^'\\]++|\\.|'(?!''))*+'''|"(?:[^"\\\n]++|\\.)*+"|'(?:[^'\\\n]++|\\.)*+')
  | (?P<unterminated>["'])
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<open><<|[\[({])
  | (?P<close>>>|[\])}])
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

_JSON_TOKEN = re.compile(rb'(?P<skip>[^"\[\]{}]+)|(?P<string>"(?:[^"\\]++|\\.)*+")|(?P<unterminated>")'
                         rb'|(?P<open>[\[{])|(?P<close>[\]}])|(?P<other>.)', re.DOTALL)

_XML_TOKEN = re.compile(rb"""
    (?P<skip>[^<]+|<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<![^>]*+>)
  | (?P<close></[^>]*+>)
  | (?P<empty><(?:[^>"'/]|/(?!>)|"[^"]*+"|'[^']*+')*+/>)
  | (?P<open><(?:[^>"']|"[^"]*+"|'[^']*+')*+>)
  | (?P<unterminated><)
""", re.VERBOSE | re.DOTALL)

#: RDF syntax → its token pattern (names as pyoxigraph's RdfFormat, lower case, or media types)
_RDF_SYNTAX = {"turtle": _TURTLE_TOKEN, "trig": _TURTLE_TOKEN, "n-triples": _TURTLE_TOKEN,
               "n-quads": _TURTLE_TOKEN, "n3": _TURTLE_TOKEN, "json-ld": _JSON_TOKEN, "rdf/xml": _XML_TOKEN,
               "text/turtle": _TURTLE_TOKEN, "application/trig": _TURTLE_TOKEN,
               "application/n-triples": _TURTLE_TOKEN, "application/n-quads": _TURTLE_TOKEN,
               "text/n3": _TURTLE_TOKEN, "application/ld+json": _JSON_TOKEN,
               "application/rdf+xml": _XML_TOKEN}


def check_rdf(data: bytes | str, syntax: str) -> None:
    """Refuse an RDF body nesting deeper than :data:`MAX_NESTING` levels.

    ``syntax`` is a media type (``text/turtle``) or a format name (``JSON-LD``); an
    unknown one is scanned as Turtle (its brackets are the ones the parsers nest on).

    >>> check_rdf(b'{"@id": "urn:a", "urn:p": ' + b'[' * 300 + b']' * 300 + b'}', "application/ld+json")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    cnkg.graph.limits.InputTooDeep: the RDF body nests deeper than 128 levels (at line 1, column 154); ...

    :raises InputTooDeep: with the line and column where the limit was passed.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    pattern = _RDF_SYNTAX.get(syntax.lower(), _TURTLE_TOKEN)
    depth = 0
    for m in pattern.finditer(data):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                raise _too_deep("RDF body", data, m.start())
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "unterminated":
            return            # a string or tag that never ends: the parser stops there with an error
