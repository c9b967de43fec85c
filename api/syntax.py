"""SPARQL syntax errors as people read them, for the CLI and the HTTP service alike.

pyoxigraph reports ``error at LINE:COLUMN: expected …`` with the parser's furthest
failure, which for a misspelt or misplaced first keyword says ``expected CONSTRUCT``
(for ``SELEKT`` and for an update sent as a query alike). :func:`explain` says what was
found, where, and what may stand there instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_PROLOGUE = re.compile(r"""(?:\s+|\#[^\n]*\n?|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*""")
_WORD = re.compile(r"[^\s{}()<>\"'#;,.]+")
_EXPECTED_MAX = 12


@dataclass(frozen=True)
class SparqlSyntax:
    """Where a SPARQL text stops parsing, and why."""
    message: str
    line: int | None = None
    column: int | None = None
    found: str | None = None

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "found": self.found}


class SparqlSyntaxError(SyntaxError):
    """A query or update that does not parse, explained (→ 400 with line, column and found)."""

    def __init__(self, syntax: SparqlSyntax):
        super().__init__(syntax.message)
        self.syntax = syntax


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[:line - 1]) + max(0, column - 1)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _expected(detail: str) -> str:
    """The parser's list, without character-class ranges, at most a dozen items."""
    detail = detail.removeprefix("expected one of ").removeprefix("expected ")
    items = [i.strip() for i in re.split(r",\s*(?![^\[]*\])", detail) if i.strip()]
    items = [i for i in items if not i.startswith("[")]
    more = len(items) > _EXPECTED_MAX
    return ", ".join(items[:_EXPECTED_MAX]) + (" …" if more else "")


def explain(text: str, exc: SyntaxError, *, update: bool = False) -> SparqlSyntax:
    """A one-line description of ``exc``, raised by pyoxigraph for ``text``.

    >>> import pyoxigraph as ox
    >>> try:
    ...     ox.Store().query("SELEKT * WHERE { ?s ?p ?o }")
    ... except SyntaxError as e:
    ...     print(explain("SELEKT * WHERE { ?s ?p ?o }", e))
    line 1, column 1: found 'SELEKT' where a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE
    """
    raw = str(exc)
    head = _PROLOGUE.match(text).end()
    first = _WORD.match(text, head)
    if first is not None:
        word = first.group()
        line, column = _line_column(text, head)
        if not update and word.upper() in UPDATE_FORMS:
            return SparqlSyntax(f"line {line}, column {column}: found '{word}': this is a SPARQL update, "
                                "not a query (updates go to POST /sparql with the token)", line, column, word)
        forms = UPDATE_FORMS if update else QUERY_FORMS
        if word.upper() not in forms and word.upper() not in QUERY_FORMS + UPDATE_FORMS:
            starts = ("an update starts with " + ", ".join(UPDATE_FORMS[:-1]) + " or WITH") if update else \
                "a query starts with SELECT, CONSTRUCT, ASK or DESCRIBE"
            return SparqlSyntax(f"line {line}, column {column}: found '{word}' where {starts}",
                                line, column, word)
    m = _POSITION.match(raw)
    if m is None:
        return SparqlSyntax(raw)
    line, column, detail = int(m[1]), int(m[2]), m[3]
    offset = _offset(text, line, column)
    word = _WORD.match(text, offset)
    found = word.group() if word else (text[offset:offset + 1] or None)
    where = f"found '{found}'" if found and found.strip() else "at the end of the text"
    return SparqlSyntax(f"line {line}, column {column}: {where}; expected {_expected(detail)}",
                        line, column, found if found and found.strip() else None)
