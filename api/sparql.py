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

Where queries run (:class:`QueryRunner`): over an on-disk store, in worker processes
(:mod:`api.query_pool`) that are killed at the deadline and replaced, so a blocking
aggregate gives its capacity back at once and a native crash fails only its request;
over an in-memory store (which another process cannot open) and for updates, in a
bounded thread pool whose workers stop at the next row. Every text is first checked
against the nesting limits of :mod:`graph.limits`: pyoxigraph's recursive-descent
parser overflows the native stack on deep input, which no ``try`` can catch.
"""
from __future__ import annotations

import asyncio
import math
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from cnkg.graph import union
from cnkg.graph.limits import InputTooDeep, check_rdf, check_sparql
from cnkg.graph.sparql_lexer import tokens
from cnkg.graph.namespaces import PREFIXES
from cnkg.graph.serialize import SERIALIZE_PREFIXES


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

    headers: dict[str, str] = {}


class NestingLimitExceeded(ProtocolError):
    """The query, update or RDF body nests deeper than :data:`graph.limits.MAX_NESTING`
    levels, or chains more than :data:`graph.limits.MAX_CHAIN` operators (→ 400); checked
    before any parser sees it, since pyoxigraph's would overflow the native stack."""


class ClientLimitReached(QueryTimeout):
    """This anonymous client already has its share of long queries running (→ 503 with
    ``Retry-After``)."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.headers = {"Retry-After": str(retry_after)}


class WorkerCrashed(Exception):
    """The worker process evaluating the query died (a native crash) (→ 500); it has been
    replaced, and only this request failed."""


def check_nesting(text: str, *, what: str = "query") -> None:
    """:func:`graph.limits.check_sparql` with the protocol's error.

    :raises NestingLimitExceeded: with the limit, line and column in its message.
    """
    try:
        check_sparql(text, what=what)
    except InputTooDeep as exc:
        raise NestingLimitExceeded(str(exc)) from None


def check_rdf_nesting(data: bytes, syntax: str) -> None:
    """:func:`graph.limits.check_rdf` with the protocol's error (for Graph Store bodies).

    :raises NestingLimitExceeded: with the limit, line and column in its message.
    """
    try:
        check_rdf(data, syntax)
    except InputTooDeep as exc:
        raise NestingLimitExceeded(str(exc)) from None


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

@dataclass(frozen=True)
class Keyword:
    word: str      # upper case
    depth: int     # brace depth
    start: int     # offset in the text
    previous: str  # the previous significant token (upper-cased keyword, or its kind)


#: time a point query may run inline (on the event loop) before it is re-run in the worker pool
INLINE_SECONDS = 0.002

_TERM_KINDS = frozenset(("var", "iri", "pname", "string"))
_PUNCTUATION = frozenset(("binary", "unary", "number", "other"))
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
    for m in tokens(text):
        kind, token = m.kind, m.text
        if kind in ("ws", "comment"):
            continue
        if kind == "unterminated":     # a string that never ends: malformed, and the parser stops there
            point = False
            break
        if kind in _PUNCTUATION or (kind in ("open", "close") and token not in "{}"):
            kind = "other"             # only braces are tracked: (, [ and operators are "other"
        if kind == "open":
            depth += 1
            braces += 1
            point = point and braces == 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            word = token.upper()
            out.append(Keyword(word, depth, m.start, previous))
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


#: texts longer than this are scanned in a thread, so that the event loop keeps answering others
SCAN_INLINE_CHARS = 8192


async def scan_off_loop(text: str) -> Scan:
    """:func:`scan`, in a worker thread for a long text (a 5 MB body takes seconds)."""
    if len(text) <= SCAN_INLINE_CHARS:
        return scan(text)
    return await asyncio.to_thread(scan, text)


def keywords(text: str) -> list[Keyword]:
    """Keywords of a SPARQL text outside strings, IRIs, prefixed names and comments.

    >>> [k.word for k in keywords('SELECT * { ?s <urn:SERVICE> "SERVICE" } # SERVICE')]
    ['SELECT']
    """
    return scan(text).keywords


def check_remote(text: str, *, allow: bool) -> None:
    """Refuse SERVICE and LOAD (the server makes no outbound requests unless allowed).

    :raises ProtocolError: when the text uses either and ``allow`` is false.
    """
    if not allow:
        scan(text).check_remote(allow=False)


def has_dataset_clause(query: str) -> bool:
    """Whether the query names its own dataset (FROM / FROM NAMED outside braces)."""
    return scan(query).has_dataset_clause


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
    for m in tokens(update):
        if m.kind not in ("ws", "comment"):
            last = m.text
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
    """What a query produced, cut at ``max_rows``.

    Solutions travel as SPARQL TSV (:func:`tsv_row`): one line per row, each term in
    N-Triples form, which pyoxigraph parses back and writes in the negotiated format
    (:func:`serialize_results`). Bytes cross from a worker process far cheaper than
    term objects, and no results format is written by hand.
    """
    kind: str                        # "solutions" | "boolean" | "graph" | "update"
    variables: list[str] = field(default_factory=list)
    rows: list = field(default_factory=list)   # graph: triples
    tsv: bytes = b""                           # solutions: SPARQL TSV, header line included
    boolean: bool | None = None
    truncated: bool = False


def tsv_term(term) -> str:
    """One term as a SPARQL TSV cell: N-Triples syntax, RDF 1.2 triple terms included."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {tsv_term(term.subject)} {tsv_term(term.predicate)} {tsv_term(term.object)} )>>"
    return str(term)


class InlineBudgetSpent(Exception):
    """An inline evaluation ran past its time budget (it is run again in the pool)."""


def evaluate(store: ox.Store, op: Operation, *, max_rows: int, deadline: float,
             cancelled: threading.Event | None = None, inline_until: float | None = None,
             union_sync: bool = True) -> Result:
    """Run one operation synchronously (in a worker thread, or inline for a point query).

    :raises SyntaxError: on a malformed query or update (pyoxigraph's message).
    :raises QueryTimeout: when the deadline passes between two rows.
    :raises InlineBudgetSpent: when ``inline_until`` (a ``time.monotonic()`` instant) is
        given and passes before the last row.
    :raises OSError: when the store cannot be read or written.
    """
    if op.is_update:   # the union default graph learns what the update wrote, in the same transaction
        store.update(with_union_sync(op.text) if union_sync else op.text, base_iri=op.base_iri,
                     prefixes=PREFIXES)
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
        width = range(len(variables))
        lines = ["\t".join("?" + v for v in variables)]
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
            lines.append("\t".join([tsv_term(solution[i]) for i in width]))
        lines.append("")
        result.tsv = "\n".join(lines).encode()
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
    """Evaluates operations under a deadline: queries over an on-disk store in killable
    worker processes (:class:`api.query_pool.ProcessPool`), updates and in-memory
    queries in a bounded thread pool, point look-ups inline.

    Every text is checked against the nesting limits first (:func:`check_nesting`).
    A request waits for a free worker, then for its result, both within the one
    deadline; past it the request ends with :class:`QueryTimeout` (503). A worker
    process is killed at the deadline and replaced, so its capacity comes back at
    once; a worker thread (in-memory store, updates) stops at the next row, but a
    blocking aggregate runs to its end. An anonymous client (see
    :data:`api.query_pool.current_client`) with ``per_client`` queries running longer
    than ``long_after`` seconds, while another client's query waits or runs, gets
    :class:`ClientLimitReached` (503, Retry-After) for a further one.

    >>> import asyncio
    >>> runner = QueryRunner(timeout=5, max_concurrent=1, max_rows=10)
    >>> asyncio.run(runner.run(ox.Store(), Operation("ASK {}"))).boolean
    True
    >>> runner.close()
    """

    #: whether an update is followed by graph.union.ADD_MISSING (a store that keeps its union otherwise: no)
    union_sync = True

    def __init__(self, *, timeout: float, max_concurrent: int, max_rows: int,
                 inline_seconds: float = INLINE_SECONDS, store: ox.Store | None = None,
                 store_path: str | None = None, read_only_store: bool = False,
                 per_client: int = 1, long_after: float = 1.0):
        self.timeout = timeout
        self.inline_seconds = inline_seconds
        self.max_rows = max_rows
        self.per_client = per_client
        self.long_after = long_after
        self._max = max_concurrent
        self._slots: asyncio.Semaphore | None = None
        self._busy = 0
        self._pool = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="kg-query")
        self._checked: dict[str, None] = {}       # texts that passed the nesting check (bounded)
        self._long: dict[str, int] = {}           # client address → its queries running past long_after
        self._active: dict[str | None, int] = {}  # client address (None: token holder) → queries waiting or running
        self.processes = None
        if store is not None and store_path:
            from cnkg.api.query_pool import ProcessPool
            self.processes = ProcessPool(store, store_path, size=max_concurrent, read_only=read_only_store)
            self._waiters = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="kg-query-wait")

    @property
    def busy(self) -> int:
        """Workers running a query now (including ones whose request has timed out)."""
        return self._busy

    def store_changed(self) -> None:
        """Call after every write: worker processes then read a fresh checkpoint."""
        if self.processes is not None:
            self.processes.snapshots.changed()

    async def _check(self, op: Operation) -> None:
        if op.text in self._checked:
            return
        what = "update" if op.is_update else "query"
        if len(op.text) > 65_536:      # a long text is scanned off the event loop
            await asyncio.to_thread(check_nesting, op.text, what=what)
        else:
            check_nesting(op.text, what=what)
        if len(self._checked) >= 512:
            self._checked.clear()
        self._checked[op.text] = None

    async def run(self, store: ox.Store, op: Operation,
                  after: Callable[[], None] | None = None) -> Result:
        """Evaluate ``op``; ``after`` runs in the worker once an update has committed.

        :raises NestingLimitExceeded: when the text nests or chains beyond the limits.
        :raises QueryTimeout: when the deadline passes, waiting for a worker or for the result.
        :raises ClientLimitReached: when this anonymous client has its share of long queries.
        :raises WorkerCrashed: when the worker process died evaluating the query.
        :raises SyntaxError: on a malformed query.
        """
        await self._check(op)
        started = time.monotonic()
        deadline = started + self.timeout
        if after is None and not op.is_update and op.scanned is not None and op.scanned.point:
            try:
                return evaluate(store, op, max_rows=self.max_rows, deadline=deadline,
                                inline_until=started + self.inline_seconds)
            except InlineBudgetSpent:
                pass                  # a broad scan: the pool, from the start
        if self.processes is not None and after is None and not op.is_update:
            return await self._run_in_process(op, deadline)
        return await self._run_in_thread(store, op, after, deadline)

    async def _run_in_process(self, op: Operation, deadline: float) -> Result:
        from cnkg.api.query_pool import current_client

        client = current_client.get()
        if (client is not None and self._long.get(client, 0) >= self.per_client
                and any(n for other, n in self._active.items() if other != client)):
            # this address holds its share of long queries while others wait or run: refuse it
            raise ClientLimitReached(
                f"this client already has {self._long[client]} long queries running (the limit is "
                f"{self.per_client} while others are waiting); try again when they have ended",
                retry_after=math.ceil(self.timeout))
        self._active[client] = self._active.get(client, 0) + 1
        try:
            return await self._run_in_worker(op, deadline, client)
        finally:
            left = self._active[client] - 1
            if left:
                self._active[client] = left
            else:
                del self._active[client]

    async def _run_in_worker(self, op: Operation, deadline: float, client: str | None) -> Result:
        from cnkg.api.query_pool import WorkerDeadline, WorkerLost

        try:
            worker = await self.processes.acquire(deadline)
        except TimeoutError:
            raise QueryTimeout(f"no query worker became free within {self.timeout:g} s "
                               f"({self._busy} long queries running); try again later") from None
        loop = asyncio.get_running_loop()
        self._busy += 1
        marked = False

        def mark_long() -> None:
            nonlocal marked
            marked = True
            self._long[client] = self._long.get(client, 0) + 1
        timer = loop.call_later(self.long_after, mark_long) if client is not None else None
        try:
            answer = await loop.run_in_executor(self._waiters, self.processes.evaluate,
                                                worker, op, self.max_rows, deadline, loop)
        except WorkerDeadline:
            raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit") from None
        except WorkerLost as exc:
            raise WorkerCrashed(f"the query could not be evaluated: {exc}; the worker has been replaced") from None
        finally:
            self._busy -= 1
            if timer is not None:
                timer.cancel()
            if marked:
                left = self._long[client] - 1
                if left:
                    self._long[client] = left
                else:
                    del self._long[client]
        status = answer[0]
        if status == "ok":
            return answer[1]
        if status == "timeout":
            raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit")
        if answer[1] == "SyntaxError":
            raise SyntaxError(answer[2])
        if answer[1] == "QueryTimeout":
            raise QueryTimeout(answer[2])
        if answer[1] == "OSError":
            raise OSError(answer[2])
        raise ProtocolError(f"{answer[1]}: {answer[2]}")

    async def _run_in_thread(self, store: ox.Store, op: Operation, after, deadline: float) -> Result:
        loop = asyncio.get_running_loop()
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max)
        slots = self._slots
        if slots.locked():            # wait_for makes a task: only when a wait is possible
            try:
                await asyncio.wait_for(slots.acquire(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise QueryTimeout(f"no query worker became free within {self.timeout:g} s "
                                   f"({self._busy} long queries running); try again later") from None
        else:
            await slots.acquire()
        cancelled = threading.Event()
        self._busy += 1

        def work() -> Result:
            try:
                result = evaluate(store, op, max_rows=self.max_rows, deadline=deadline, cancelled=cancelled,
                                  union_sync=self.union_sync)
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
        if self.processes is not None:
            self.processes.close()
            self._waiters.shutdown(wait=False, cancel_futures=True)


# ----------------------------------------------------------------- results

#: media type → pyoxigraph format, for solutions and booleans
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    RESULTS_JSON: ox.QueryResultsFormat.JSON,
    RESULTS_XML: ox.QueryResultsFormat.XML,
    RESULTS_CSV: ox.QueryResultsFormat.CSV,
    RESULTS_TSV: ox.QueryResultsFormat.TSV,
}


def serialize_results(result: Result, media_type: str) -> bytes:
    """Solutions or a boolean in one of :data:`SOLUTION_TYPES`, a graph in
    :data:`GRAPH_FORMATS`: all written by pyoxigraph."""
    if result.kind == "graph":
        return ox.serialize(result.rows, format=GRAPH_FORMATS[media_type], prefixes=SERIALIZE_PREFIXES)
    if media_type not in RESULTS_FORMATS:
        raise NotAcceptable(media_type)
    if result.kind == "boolean":
        answer = ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if result.boolean else b"false"),
                                        format=ox.QueryResultsFormat.JSON)
    elif media_type == RESULTS_TSV:
        return result.tsv
    else:
        answer = ox.parse_query_results(result.tsv, format=ox.QueryResultsFormat.TSV)
    return answer.serialize(format=RESULTS_FORMATS[media_type])
