"""The SPARQL 1.1 Protocol, minus HTTP: scanning requests, evaluating them, writing results.

Spec: https://www.w3.org/TR/sparql11-protocol/ and the results formats
https://www.w3.org/TR/sparql11-results-json/, https://www.w3.org/TR/rdf-sparql-XMLres/,
https://www.w3.org/TR/sparql11-results-csv-tsv/.

The router (:mod:`api.routers.sparql`) decodes the HTTP request into a
:class:`Operation`; :class:`QueryRunner` evaluates it under a deadline in a thread
pool; :func:`serialize_results` writes the negotiated format.

Point look-ups skip the pool. A query whose pattern is one triple pattern (no
paths, FILTER, OPTIONAL, DISTINCT, ORDER BY, aggregates …; see :func:`is_point_query`)
is one index range scan: each row costs a bounded step, so the event loop runs it
inline for up to :data:`INLINE_SECONDS`. One that takes longer (a broad scan) is
abandoned and run again in the pool under the usual deadline (its result iterator cannot move to
another thread: pyoxigraph's are bound to the thread that made them). The hop to a
worker thread and back costs more than such a look-up itself.

Why a thread pool and not a subprocess: pyoxigraph has no query timeout, and a
read-only second handle on a store another process writes is undefined behaviour
(``Store.read_only``), so queries cannot be moved to a killable process while the
service also writes. pyoxigraph releases the GIL while it evaluates, so a query in a
worker thread never stalls the event loop; the deadline is enforced twice: the
request ends with 503 when it passes, and the worker stops pulling rows between
solutions. A query that blocks inside one solution (a huge aggregate) keeps its
worker until it finishes; the pool is bounded, so such queries can occupy at most
``max_concurrent_queries`` threads — further /sparql requests queue for a worker
and get 503 when their own deadline passes, while every other endpoint (entity API,
search, health, which do not use the pool) keeps being served.
"""
from __future__ import annotations

import asyncio
import csv
import io
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape, quoteattr

import orjson
import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from cnkg.graph import union
from cnkg.graph.namespaces import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# ----------------------------------------------------------------- media types

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
RESULTS_CSV = "text/csv"
RESULTS_TSV = "text/tab-separated-values"

#: media type → pyoxigraph format, for graphs (CONSTRUCT, DESCRIBE, Graph Store GET)
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
GRAPH_ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
                 "application/json": "application/ld+json", "application/xml": "application/rdf+xml",
                 "text/xml": "application/rdf+xml"}
SOLUTION_TYPES = (RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV)
SOLUTION_ALIASES = {"application/json": RESULTS_JSON, "application/xml": RESULTS_XML,
                    "text/xml": RESULTS_XML, "text/tsv": RESULTS_TSV}
BOOLEAN_TYPES = (RESULTS_JSON, RESULTS_XML)



class NotAcceptable(Exception):
    """No supported media type satisfies the Accept header (→ 406)."""


class ProtocolError(Exception):
    """The request breaks the protocol (→ 400); the message says how."""


class QueryTimeout(Exception):
    """The query ran past the deadline, or no worker was free in time (→ 503)."""


_MEDIA_PARAMS = re.compile(r"\s*;\s*(?![qQ]\s*=)[^;,]*")


def negotiate(accept: str | None, offered: Iterable[str], aliases: dict[str, str] | None = None) -> str:
    """The offered media type the Accept header prefers (RFC 9110 §12.5.1, parsed by
    werkzeug); the first offered one for ``*/*`` or no header. ``aliases`` names other
    media types that stand for an offered one (``application/json`` for the JSON results).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> negotiate(None, SOLUTION_TYPES)
    'application/sparql-results+json'
    >>> negotiate("application/json", SOLUTION_TYPES, SOLUTION_ALIASES)
    'application/sparql-results+json'
    >>> negotiate("text/turtle; charset=utf-8", GRAPH_FORMATS)
    'text/turtle'

    :raises NotAcceptable: when nothing offered is acceptable.
    """
    offered = tuple(offered)
    if not accept or not accept.strip():
        return offered[0]
    aliases = {alias: target for alias, target in (aliases or {}).items() if target in offered}
    # parameters other than q (charset=utf-8) do not narrow what we serve: drop them first
    accept = _MEDIA_PARAMS.sub("", accept)
    match = parse_accept_header(accept, MIMEAccept).best_match([*offered, *aliases])
    if match is None:
        raise NotAcceptable(f"none of {', '.join(offered)} is acceptable")
    return aliases.get(match, match)


# ----------------------------------------------------------------- scanning

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:[\w.\-:%\\]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Keyword:
    word: str      # upper case
    depth: int     # brace depth
    start: int     # offset in the text
    previous: str  # the previous significant token (upper-cased keyword, or its kind)


#: time a point query may run inline (on the event loop) before it is re-run in the worker pool
INLINE_SECONDS = 0.002

_TERM_KINDS = frozenset(("var", "iri", "pname", "string"))
_POINT_WORDS = frozenset(("SELECT", "ASK", "WHERE", "PREFIX", "BASE", "LIMIT", "OFFSET", "A"))


@dataclass(frozen=True)
class Scan:
    """What the service needs to know about a query text, from one tokenising pass."""
    keywords: list[Keyword]
    point: bool    # one triple pattern, nothing else: safe to evaluate inline

    @property
    def has_dataset_clause(self) -> bool:
        return any(k.word == "FROM" and k.depth == 0 for k in self.keywords)

    def check_remote(self, *, allow: bool) -> None:
        """:raises ProtocolError: when the text uses SERVICE or LOAD and ``allow`` is false."""
        if allow:
            return
        for k in self.keywords:
            if k.word in ("SERVICE", "LOAD"):
                raise ProtocolError(f"{k.word} is disabled on this endpoint (it makes no outbound requests)")


def scan(text: str) -> Scan:
    """Tokenise a SPARQL text once: its keywords and whether it is a point query.

    >>> scan('SELECT ?e WHERE { ?e rdfs:label "陈洪宛"@zh }').point
    True
    >>> scan('SELECT ?e WHERE { ?e rdfs:label ?l FILTER(CONTAINS(?l, "x")) }').point
    False
    """
    out: list[Keyword] = []
    depth, previous = 0, ""
    terms, braces, point = 0, 0, True
    after_string = False       # a literal may carry @lang or ^^datatype
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        token = m.group()
        if kind == "open":
            depth += 1
            braces += 1
            point = point and braces == 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            word = token.upper()
            out.append(Keyword(word, depth, m.start(), previous))
            previous = word
            if point:
                if depth == 1 and word == "A":
                    terms += 1
                elif depth == 1 and after_string:
                    pass                              # the language tag after "@"
                elif word not in _POINT_WORDS or depth:
                    point = False
            after_string = False
            continue
        if point:
            if depth == 1 and kind in _TERM_KINDS:
                if not (after_string and kind in ("iri", "pname")):   # ^^datatype belongs to the literal
                    terms += 1
            elif kind == "other":
                if depth == 1:
                    point = token in "@^" and (after_string or previous == "string") or (token == "." and terms == 3)
                elif depth == 0:
                    point = token == "*" or token.isdigit()
        after_string = kind == "string" or (kind == "other" and token in "@^" and after_string)
        previous = kind
    return Scan(out, point and braces == 1 and terms == 3)


def keywords(text: str) -> list[Keyword]:
    """Keywords of a SPARQL text outside strings, IRIs, prefixed names and comments.

    >>> [k.word for k in keywords('SELECT * { ?s <urn:SERVICE> "SERVICE" } # SERVICE')]
    ['SELECT']
    """
    out: list[Keyword] = []
    depth, previous = 0, ""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            word = m.group().upper()
            out.append(Keyword(word, depth, m.start(), previous))
            previous = word
            continue
        previous = kind
    return out


def check_remote(text: str, *, allow: bool) -> None:
    """Refuse SERVICE and LOAD (the server makes no outbound requests unless allowed).

    :raises ProtocolError: when the text uses either and ``allow`` is false.
    """
    if not allow:
        Scan(keywords(text), False).check_remote(allow=False)


def has_dataset_clause(query: str) -> bool:
    """Whether the query names its own dataset (FROM / FROM NAMED outside braces)."""
    return Scan(keywords(query), False).has_dataset_clause


def apply_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Insert the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` as USING clauses.

    They go before the WHERE of every DELETE/INSERT operation (not DELETE WHERE,
    whose grammar has no USING). An update that has its own USING or WITH while the
    protocol names graphs is an error (SPARQL 1.1 Protocol §2.2.3).

    >>> apply_using("INSERT { ?s a <urn:x> } WHERE { ?s ?p ?o }", ["urn:g"], [])
    'INSERT { ?s a <urn:x> } USING <urn:g> WHERE { ?s ?p ?o }'

    :raises ProtocolError: on a conflict.
    """
    if not using and not using_named:
        return update
    found = keywords(update)
    for k in found:
        if k.depth == 0 and k.word in ("USING", "WITH"):
            raise ProtocolError(f"the update has a {k.word} clause and the request names using graphs")
    clause = " ".join([f"USING <{_check_iri(i)}>" for i in using]
                      + [f"USING NAMED <{_check_iri(i)}>" for i in using_named]) + " "
    out, last = [], 0
    for k in found:
        if k.depth == 0 and k.word == "WHERE" and k.previous != "DELETE":
            out += [update[last:k.start], clause]
            last = k.start
    out.append(update[last:])
    return "".join(out)


def _graph_name(iri: str) -> ox.NamedNode:
    """A dataset parameter as a graph name; ProtocolError (400) for what is not an IRI."""
    try:
        return ox.NamedNode(_check_iri(iri))
    except ValueError as exc:      # e.g. a code point the IRI grammar excludes
        raise ProtocolError(f"not an IRI: {iri!r} ({exc})") from None


def _check_iri(iri: str) -> str:
    if not iri or re.search(r'[<>"{}|^`\\\x00-\x20]', iri):
        raise ProtocolError(f"not an IRI: {iri!r}")
    return iri


def with_union_sync(update: str) -> str:
    """``update`` followed by :data:`graph.union.ADD_MISSING` in the same request.

    >>> with_union_sync("CLEAR ALL ;").endswith("WHERE { GRAPH ?g { ?s ?p ?o } }")
    True
    """
    last = None
    for m in _TOKEN.finditer(update):
        if m.lastgroup not in ("ws", "comment"):
            last = m.group()
    separator = "\n" if last in (None, ";") else "\n;\n"     # a line break first: it may end in a comment
    return update + separator + union.ADD_MISSING


# ----------------------------------------------------------------- operations

@dataclass
class Operation:
    """One decoded protocol request."""
    text: str
    is_update: bool = False
    default_graphs: list[str] = field(default_factory=list)   # default-graph-uri / using-graph-uri
    named_graphs: list[str] = field(default_factory=list)     # named-graph-uri / using-named-graph-uri
    base_iri: str | None = None
    substitutions: dict | None = None   # {Variable: term}: values bound safely (named queries)
    scanned: Scan | None = None         # from :func:`scan`, when the caller has it


@dataclass
class Result:
    """What a query produced, cut at ``max_rows``."""
    kind: str                        # "solutions" | "boolean" | "graph" | "update"
    variables: list[str] = field(default_factory=list)
    rows: list = field(default_factory=list)   # solutions: lists of terms; graph: triples
    boolean: bool | None = None
    truncated: bool = False


class InlineBudgetSpent(Exception):
    """An inline evaluation ran past its time budget (it is run again in the pool)."""


def evaluate(store: ox.Store, op: Operation, *, max_rows: int, deadline: float,
             cancelled: threading.Event | None = None, inline_until: float | None = None) -> Result:
    """Run one operation synchronously (in a worker thread, or inline for a point query).

    :raises SyntaxError: on a malformed query or update (pyoxigraph's message).
    :raises QueryTimeout: when the deadline passes between two rows.
    :raises InlineBudgetSpent: when ``inline_until`` (a ``time.monotonic()`` instant) is
        given and passes before the last row.
    :raises OSError: when the store cannot be read or written.
    """
    if op.is_update:   # the union default graph learns what the update wrote, in the same transaction
        store.update(with_union_sync(op.text), base_iri=op.base_iri, prefixes=PREFIXES)
        return Result("update")
    kwargs: dict = {"base_iri": op.base_iri, "prefixes": PREFIXES}
    if op.substitutions:
        kwargs["substitutions"] = op.substitutions
    if op.default_graphs:
        kwargs["default_graph"] = [_graph_name(g) for g in op.default_graphs]
    # otherwise the store's default graph: the union of the article graphs, a set (graph.union)
    if op.named_graphs:
        kwargs["named_graphs"] = [_graph_name(g) for g in op.named_graphs]
    answer = store.query(op.text, **kwargs)
    if isinstance(answer, ox.QueryBoolean):
        return Result("boolean", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        result = Result("solutions", variables=variables)
        width = len(variables)
        rows = result.rows
        for n, solution in enumerate(answer):
            if n >= max_rows:
                result.truncated = True
                break
            if n & 63 == 63:
                now = time.monotonic()
                if inline_until is not None and now > inline_until:
                    raise InlineBudgetSpent()
                if now > deadline or (cancelled and cancelled.is_set()):
                    raise QueryTimeout("query timed out")
            rows.append([solution[i] for i in range(width)])
        return result
    result = Result("graph")
    for n, triple in enumerate(answer):
        if n >= max_rows:
            result.truncated = True
            break
        if n & 63 == 63 and (time.monotonic() > deadline or (cancelled and cancelled.is_set())):
            raise QueryTimeout("query timed out")
        result.rows.append(triple)
    return result


class QueryRunner:
    """Evaluates operations in a bounded thread pool under a deadline.

    A request waits for a free worker, then for its result, both within the one
    deadline; past it the request ends with :class:`QueryTimeout` (503). A worker
    whose request timed out keeps its slot until pyoxigraph returns (it stops at the
    next row; a blocking aggregate runs to its end).

    >>> import asyncio
    >>> runner = QueryRunner(timeout=5, max_concurrent=1, max_rows=10)
    >>> asyncio.run(runner.run(ox.Store(), Operation("ASK {}"))).boolean
    True
    >>> runner.close()
    """

    def __init__(self, *, timeout: float, max_concurrent: int, max_rows: int,
                 inline_seconds: float = INLINE_SECONDS):
        self.timeout = timeout
        self.inline_seconds = inline_seconds
        self.max_rows = max_rows
        self._max = max_concurrent
        self._slots: asyncio.Semaphore | None = None
        self._busy = 0
        self._pool = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="kg-query")

    @property
    def busy(self) -> int:
        """Workers running a query now (including ones whose request has timed out)."""
        return self._busy

    async def run(self, store: ox.Store, op: Operation,
                  after: Callable[[], None] | None = None) -> Result:
        """Evaluate ``op``; ``after`` runs in the worker once an update has committed.

        :raises QueryTimeout: when the deadline passes, waiting for a worker or for the result.
        :raises SyntaxError: on a malformed query.
        """
        started = time.monotonic()
        deadline = started + self.timeout
        if after is None and not op.is_update and op.scanned is not None and op.scanned.point:
            try:
                return evaluate(store, op, max_rows=self.max_rows, deadline=deadline,
                                inline_until=started + self.inline_seconds)
            except InlineBudgetSpent:
                pass                  # a broad scan: the pool, from the start
        loop = asyncio.get_running_loop()
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max)
        slots = self._slots
        if slots.locked():            # wait_for makes a task: only when a wait is possible
            try:
                await asyncio.wait_for(slots.acquire(), self.timeout)
            except TimeoutError:
                raise QueryTimeout(f"no query worker became free within {self.timeout:g} s "
                                   f"({self._busy} long queries running); try again later") from None
        else:
            await slots.acquire()
        cancelled = threading.Event()
        self._busy += 1

        def work() -> Result:
            try:
                result = evaluate(store, op, max_rows=self.max_rows, deadline=deadline, cancelled=cancelled)
                if after is not None:
                    after()
                return result
            except BaseException as exc:
                # pyoxigraph's results are unsendable: an exception (QueryTimeout) whose
                # frames still hold them would drop them on the event loop's thread, where
                # PyO3 raises RuntimeError inside whatever request runs then. Drop them here.
                traceback.clear_frames(exc.__traceback__)
                raise
            finally:
                loop.call_soon_threadsafe(self._release)

        future = loop.run_in_executor(self._pool, work)
        try:
            return await asyncio.wait_for(asyncio.shield(future), max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            cancelled.set()
            future.add_done_callback(lambda f: f.exception())   # retrieved: no "never retrieved" warning
            raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit") from None

    def _release(self) -> None:
        self._busy -= 1
        self._slots.release()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


# ----------------------------------------------------------------- results

def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        dt = term.datatype.value
        if dt == XSD_STRING:
            return {"type": "literal", "value": term.value}
        return {"type": "literal", "value": term.value, "datatype": dt}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
        dt = term.datatype.value
        if dt == XSD_STRING:
            return f"<literal>{xml_escape(term.value)}</literal>"
        return f"<literal datatype={quoteattr(dt)}>{xml_escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_term_xml(term.subject)}</subject><predicate>{_term_xml(term.predicate)}"
                f"</predicate><object>{_term_xml(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _term_csv(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def serialize_results(result: Result, media_type: str) -> bytes:
    """Solutions or a boolean in one of :data:`SOLUTION_TYPES`; a graph in :data:`GRAPH_FORMATS`."""
    if result.kind == "boolean":
        if media_type == RESULTS_XML:
            return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f'<head/><boolean>{"true" if result.boolean else "false"}</boolean></sparql>\n').encode()
        return orjson.dumps({"head": {}, "boolean": result.boolean})
    if result.kind == "graph":
        return ox.serialize(result.rows, format=GRAPH_FORMATS[media_type], prefixes=PREFIXES)
    variables, rows = result.variables, result.rows
    if media_type == RESULTS_JSON:
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return orjson.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}})
    if media_type == RESULTS_XML:
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                      for v, t in zip(variables, row) if t is not None]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode()
    if media_type == RESULTS_CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_term_csv(t) for t in row] for row in rows)
        return buffer.getvalue().encode()
    if media_type == RESULTS_TSV:
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    raise NotAcceptable(media_type)
