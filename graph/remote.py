"""A knowledge store behind a SPARQL 1.1 server — for when the graph outgrows one
Oxigraph directory. Tested against Virtuoso 7.2 (Debian's ``virtuoso-opensource-7-bin``)
and ``oxigraph serve`` (tests/test_remote_store.py); see README "Remote stores".

:class:`RemoteStore` implements :class:`graph.protocol.KnowledgeBase` with standard
protocols only, sent by httpx (connection reuse, timeouts, Digest or Basic auth,
whichever the server asks for):

- **queries**: SPARQL 1.1 Protocol, form-encoded ``POST`` (§2.1.2: every server takes
  it; Virtuoso 7.2 never answers ``POST application/sparql-query``), ``Accept`` by query
  form (SPARQL JSON results for SELECT and ASK, N-Triples for CONSTRUCT and DESCRIBE),
  results parsed by pyoxigraph into the types a local store returns;
- **writes**, one article per request, its ``kg:contentHash`` marker last (a server
  commits each request on its own, so an interrupted build leaves graphs without a
  marker, which :meth:`RemoteStore.repair_incomplete` drops on the next run): Graph
  Store Protocol ``PUT`` of the article's graph where the server offers one, else
  ``DROP`` + ``INSERT DATA`` in blocks of at most ``block`` triples;
- **reads never cut short**: listings page by key (``FILTER(STR(?k) > last) ORDER BY
  … LIMIT page``, never ``OFFSET``, which Virtuoso refuses past 10,000 sorted rows),
  exports fetch one graph at a time, and a result the server marks as truncated
  (``X-SPARQL-MaxRows``) is an error, never a silently short answer;
- **the project's graphs only**: counts, listings, exports and validation see the
  graphs under ``kgr:article/``, never a server's own (Virtuoso's ``virtrdf#`` …);
- **the embedded store's dataset**: :meth:`RemoteStore.query` names it in every request
  (``default-graph-uri``: :data:`UNION`, which the writes keep as the union of the
  article graphs, each triple once; ``named-graph-uri``: the article graphs), since no
  server's own default graph is that set (both tested count a triple once per graph
  that holds it, and Virtuoso's holds its system graphs).

Endpoints from the ``--store`` URL: ``…/query`` is Oxigraph's layout (update at
``…/update``, GSP at ``…/store``); ``…/sparql-auth`` is Virtuoso's (GSP at
``…/sparql-graph-crud-auth``); any other URL is used for queries and updates and has
no GSP. ``http://user:password@host/…`` authenticates. Options go in the fragment,
which is never sent: ``update=``, ``gsp=`` (empty: none), ``block=`` (triples per
``INSERT DATA``), ``page=`` (rows per page; given, every listing pages), ``timeout=`` (seconds per request), e.g.
``http://host:3030/ds/sparql#update=/ds/update&gsp=/ds/data`` (Fuseki).

The server's own default graph is never relied on: every query names its dataset.

Values enter queries as in the local store, through ``substitutions``; the protocol
has no such parameter, so they become a ``VALUES`` block at the start of the
``WHERE`` group, written by pyoxigraph's term serialiser, never pasted text.
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import httpx
import pyoxigraph as ox

from cnkg.errors import KgError
from cnkg.extract.model import ENTITY_TYPES, PREDICATES, Extraction
from cnkg.graph.namespaces import KG, KGR, PREFIXES, article_iri
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.serialize import FORMATS, serialize_quads
from cnkg.graph.sparql_lexer import tokens
from cnkg.graph.writes import Built, split_marker
from cnkg.graph.store import DocumentInfo, KnowledgeStore, StoreStats, _Q_DOCUMENTS, _Q_HAS_HASH, _value

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
N_TRIPLES = "application/n-triples"
ARTICLES = KGR + "article/"        # the project's graph namespace

BLOCK = 500          # triples per INSERT DATA: Virtuoso 7.2 refuses ~1,600 (SP031)
PAGE = 5_000         # rows per page: under Virtuoso's stock ResultSetMaxRows (10,000)
TIMEOUT = 300.0      # seconds per request

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_IN_ARTICLES = f'FILTER(STRSTARTS(STR(?g), "{ARTICLES}"))'
_Q_GRAPHS_PAGE = f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a kg:Article }} {_IN_ARTICLES}
  FILTER(STR(?g) > ?after) }} ORDER BY STR(?g) LIMIT ?limit"""
_Q_BROKEN_PAGE = f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a kg:Article }} {_IN_ARTICLES}
  FILTER(STR(?g) > ?after) FILTER NOT EXISTS {{ GRAPH ?g {{ ?g kg:contentHash ?h }} }} }}
  ORDER BY STR(?g) LIMIT ?limit"""
_Q_COUNT_GRAPHS = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a kg:Article }} {_IN_ARTICLES} }}"
_Q_COUNT_QUADS = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES} }}"
_Q_COUNT_GRAPH = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_Q_COUNT_TRIPLES = f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES} }} }}"""
_Q_ENTITIES = f"""SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {{
  VALUES ?type {{ {" ".join(f"kg:{t}" for t in ENTITY_TYPES)} }}
  GRAPH ?g {{ ?entity a ?type }} {_IN_ARTICLES} }} GROUP BY ?type"""
_Q_RELATIONS = f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ {" ".join(f"kg:{p}" for p in PREDICATES)} }}
  GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES} }} }} GROUP BY ?p"""
_Q_GRAPH_QUADS = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_Q_LABELS_PAGE = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ rdf:type rdfs:label skos:prefLabel skos:altLabel }}
  GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES} FILTER(STR(?s) > ?after) }} ORDER BY STR(?s) LIMIT ?limit"""
_Q_LABELS_OF = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ rdf:type rdfs:label skos:prefLabel skos:altLabel }}
  GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES} }}"""
_Q_HAS_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"
_Q_HAS_UNION = "ASK { GRAPH ?u { ?s ?p ?o } }"
# the documents of one page of graphs: _Q_DOCUMENTS restricted by a VALUES block
_Q_DOCUMENTS_OF = _Q_DOCUMENTS.replace("ORDER BY ?document", "")


class ServerError(KgError):
    """The server answered a request with an error (a refused write, HTTP 5xx …)."""


class ResultCapped(ServerError):
    """The server cut a result short (its row cap)."""


class ServerUnreachable(OSError):
    """The server cannot be reached, or did not answer in time."""


# ----------------------------------------------------------------- the union graph

#: where the store keeps the union of the article graphs, each triple once: the default
#: graph of :meth:`RemoteStore.query`. The servers' own union default graphs count a
#: triple once per graph that holds it (and Virtuoso's holds its system graphs), so the
#: store keeps the set itself, as graph.union does locally.
UNION = ox.NamedNode(KGR + "graph/union-of-articles")
#: names no graph: the named graphs of a query over a store without articles
NO_GRAPH = ox.NamedNode(ARTICLES)


def retract(graph: ox.NamedNode) -> str:
    """The update that removes from :data:`UNION` the triples of ``graph`` that no other
    article graph holds (run it before ``graph`` is dropped or replaced)."""
    return (f"DELETE {{ GRAPH {UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} "
            f'&& STRSTARTS(STR(?other), "{ARTICLES}")) }} }}')


def add_to_union(graph: ox.NamedNode) -> str:
    """The update that copies ``graph``'s triples into :data:`UNION` (server-side)."""
    return f"INSERT {{ GRAPH {UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"


def _prologue(sparql: str, base_iri: str | None) -> str:
    """The project's prefixes, after ``BASE <base_iri>`` unless the text has its own BASE
    (first: Virtuoso takes no BASE after a PREFIX)."""
    if base_iri is None or any(word.upper() == "BASE" for word in _code_words(sparql)):
        return _PROLOGUE
    return f"BASE {ox.NamedNode(base_iri)}\n{_PROLOGUE}"


def uses_named_graphs(sparql: str) -> bool:
    """Whether the query has a ``GRAPH`` pattern (only then do its named graphs matter).

    >>> uses_named_graphs("SELECT * { GRAPH ?g { ?s ?p ?o } }"), uses_named_graphs('SELECT * { ?s <urn:GRAPH> "GRAPH" }')
    (True, False)
    """
    return any(word.upper() == "GRAPH" for word in _code_words(sparql))


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query names its own dataset (``FROM``: a keyword only a dataset clause has).

    >>> has_dataset_clause("SELECT * FROM <urn:g> { ?s ?p ?o }"), has_dataset_clause('SELECT * { ?s ?p "FROM" }')
    (True, False)
    """
    return any(word.upper() == "FROM" for word in _code_words(sparql))


# ----------------------------------------------------------------- the URL

@dataclass(frozen=True)
class Endpoints:
    """Where to send what, and the settings of one remote store (from its URL)."""
    query: str
    update: str
    gsp: str | None
    user: str | None = None
    password: str | None = None
    block: int = BLOCK
    page: int = PAGE
    timeout: float = TIMEOUT
    paged: bool = False      # page= given: every listing pages, the label read too

    @classmethod
    def parse(cls, url: str) -> "Endpoints":
        """
        >>> e = Endpoints.parse("http://kg:s%40cret@127.0.0.1:8890/sparql-auth#block=200")
        >>> e.query, e.gsp, e.user, e.password, e.block
        ('http://127.0.0.1:8890/sparql-auth', 'http://127.0.0.1:8890/sparql-graph-crud-auth', 'kg', 's@cret', 200)
        """
        if not url.startswith(("http://", "https://")):
            raise KgError(f"not an http(s) SPARQL endpoint: {url}")
        base, _, fragment = url.partition("#")
        parts = urllib.parse.urlsplit(base)
        user = password = None
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
            netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
            base = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        path = base.rstrip("/")
        update, gsp = base, None
        if path.endswith("/query"):                  # oxigraph serve
            root = path[:-len("query")]
            update, gsp = root + "update", root + "store"
        elif path.endswith("/sparql-auth"):          # Virtuoso
            gsp = path[:-len("sparql-auth")] + "sparql-graph-crud-auth"
        options: dict = {}
        for key, value in urllib.parse.parse_qsl(fragment, keep_blank_values=True):
            if key in ("update", "gsp"):
                value = urllib.parse.urljoin(base, value) if value else None
                if key == "update" and value is None:
                    raise KgError(f"{url}: update= needs a URL")
                update, gsp = (value, gsp) if key == "update" else (update, value)
            elif key in ("block", "page", "timeout"):
                try:
                    options[key] = (float if key == "timeout" else int)(value)
                except ValueError:
                    raise KgError(f"{url}: {key}= must be a number, not {value!r}") from None
                if options[key] <= 0:
                    raise KgError(f"{url}: {key}= must be positive")
                options["paged"] = options.get("paged", False) or key == "page"
            else:
                raise KgError(f"{url}: unknown option {key!r} in the fragment "
                              "(update=, gsp=, block=, page=, timeout=)")
        return cls(base, update, gsp, user, password, **options)


# ----------------------------------------------------------------- HTTP

class ChallengeAuth(httpx.Auth):
    """Digest or Basic, whichever the server's ``WWW-Authenticate`` asks for; once the
    scheme is known, later requests carry it from the start."""

    def __init__(self, user: str, password: str):
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request):
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        flow = self._digest.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            challenges = [c.lower() for c in response.headers.get_list("www-authenticate")]
            if (response.status_code == 401 and self._scheme is None
                    and any(c.startswith("basic") for c in challenges)
                    and not any(c.startswith("digest") for c in challenges)):
                self._scheme = "basic"
                yield from self._basic.auth_flow(request)
                return
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return
            self._scheme = "digest"


def _first_line(response: httpx.Response) -> str:
    text = response.text.strip()
    return text.splitlines()[0].strip() if text else response.reason_phrase


# ----------------------------------------------------------------- queries

def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the first such keyword
    outside comments, strings and IRIs.

    >>> query_form('PREFIX a: <http://e/ASK#> # CONSTRUCT\\nSELECT ("ASK" AS ?x) {}')
    'SELECT'
    """
    for word in _code_words(sparql):
        if word.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word.upper()
    raise SyntaxError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")


def _code_words(sparql: str):
    """The words of ``sparql`` outside comments, strings, IRIs and prefixed names
    (:mod:`graph.sparql_lexer`, linear in the text)."""
    for token in tokens(sparql):
        if token.kind == "unterminated":      # a string that never ends: the parser stops there
            return
        if token.kind == "word":
            yield token.text


def where_brace(sparql: str) -> int:
    """The index of the ``{`` that opens the query's WHERE group (``WHERE {``, or the
    first ``{`` of ``SELECT … {`` / ``ASK {``), skipping comments, strings and IRIs.

    >>> q = 'PREFIX x: <http://e/#a> # { not here\\nSELECT ?s WHERE { ?s ?p "{" }'
    >>> q[where_brace(q):]
    '{ ?s ?p "{" }'
    """
    construct = seen_where = False
    for token in tokens(sparql):
        if token.kind == "unterminated":
            break
        if token.kind == "word":
            word = token.text.upper()
            construct = construct or word == "CONSTRUCT"
            seen_where = seen_where or word == "WHERE"
        elif token.text == "{" and (seen_where or not construct):
            return token.start
    raise SyntaxError("no WHERE group in the query")


def with_values(sparql: str, substitutions: dict | None) -> str:
    """``sparql`` with ``substitutions`` ({Variable: term}) as an inline ``VALUES``
    block at the start of its WHERE group — what Oxigraph's substitution does.

    >>> with_values("SELECT ?e WHERE { ?e ?p ?o }", {ox.Variable("e"): ox.NamedNode("http://e/x")})
    'SELECT ?e WHERE { VALUES (?e) { (<http://e/x>) } ?e ?p ?o }'
    """
    if not substitutions:
        return sparql
    names = " ".join(str(v) for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    at = where_brace(sparql) + 1
    return f"{sparql[:at]} VALUES ({names}) {{ ({terms}) }}{sparql[at:]}"


def _boolean(value: bool):
    """A real :class:`pyoxigraph.QueryBoolean` (what a local ASK returns)."""
    return ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if value else b"false"),
                                  format=ox.QueryResultsFormat.JSON)


def _page(sparql: str, after: str, limit: int) -> str:
    """A keyset page query: ``?after`` and ``?limit`` written into the text (a LIMIT
    cannot be substituted). The key after which the page starts is the IRI's own
    ``STR(<…>)``: Virtuoso 7 compares ``STR(?s)`` with a plain literal holding Chinese
    (``"…/org/国家发展改革委"``) in an order of its own, not the one ORDER BY uses, and
    the page would skip ``…/org/国家发展改革委/财政金融和信用建设司``."""
    key = str(ox.Literal(after))
    if after:
        try:
            key = f"STR({ox.NamedNode(after)})"
        except ValueError:      # not an IRI (a blank node's id)
            pass
    return sparql.replace("?after", key).replace("LIMIT ?limit", f"LIMIT {int(limit)}")


# ----------------------------------------------------------------- the store

class RemoteStore:
    """The knowledge graph in a SPARQL 1.1 server (see the module docstring).

    :param url: the query endpoint, ``http(s)://[user:password@]host[:port]/path``;
        options in the fragment.
    :raises cnkg.errors.KgError: for a URL that is not http(s) or a bad option.
    """

    def __init__(self, url: str):
        self.url = url
        self.endpoints = Endpoints.parse(url)
        e = self.endpoints
        self.query_url, self.update_url, self.gsp_url = e.query, e.update, e.gsp
        auth = ChallengeAuth(e.user, e.password) if e.user is not None else None
        self._http = httpx.Client(auth=auth, timeout=e.timeout, follow_redirects=True,
                                  headers={"User-Agent": "cn-policy-kg"})

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def flush(self) -> None:
        """Nothing to do: every write is a finished request."""

    def __len__(self) -> int:
        return self._count(_Q_COUNT_QUADS)

    # ------------------------------------------------------------- HTTP

    def _send(self, method: str, url: str, *, setting: str | None = None, timeout: float | None = None,
              **kwargs) -> httpx.Response:
        """One request (``timeout``: seconds for this one, else the store's); any failure
        is one line naming the server's message (and, for a refused write, the
        ``setting`` to change).

        :raises ServerUnreachable: no connection, or no answer in time.
        :raises ServerError: the server answered with an error.
        """
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException:
            hint = " (timeout= in the store URL's fragment)" if timeout is None else ""
            limit = self.endpoints.timeout if timeout is None else timeout
            raise ServerUnreachable(f"{url}: no answer within {limit:g} s{hint}") from None
        except httpx.TransportError as exc:
            raise ServerUnreachable(f"{url}: cannot reach the server ({exc or type(exc).__name__})") from None
        if response.is_success:
            return response
        message = _first_line(response)
        if response.status_code == 401:
            raise ServerError(f"{url}: HTTP 401: the server refused the user and password "
                          "(user:password@ in the store URL)")
        if response.status_code == 400 and method == "POST" and "query" in kwargs.get("data", {}):
            raise SyntaxError(f"{url}: {message}")
        if response.status_code == 404 and method == "GET":
            raise ServerError(f"{url}: not found")
        hint = f" (if the request is too large: {setting} in the store URL's fragment)" if setting else ""
        raise ServerError(f"{url}: HTTP {response.status_code}: {message}{hint}")

    def update(self, sparql: str, *, setting: str | None = None, timeout: float | None = None,
               base_iri: str | None = None) -> None:
        """Run a SPARQL update (one request, form-encoded)."""
        self._send("POST", self.update_url, data={"update": _prologue(sparql, base_iri) + sparql},
                   setting=setting, timeout=timeout)

    # ------------------------------------------------------------- writing

    def replace_document(self, extraction: Extraction) -> int:
        """Replace the article's named graph, its marker last.

        :raises graph.rdf.InvalidExtraction: before anything is sent.
        :raises cnkg.errors.KgError, OSError: if the server refuses or cannot be reached.
        """
        quads = extraction_to_quads(extraction)
        body, marker = split_marker(quads)
        self.document_writer().add(Built("", extraction.document, body, marker, len(quads)))
        return len(quads)

    def remove_document(self, document: str) -> bool:
        graph = article_iri(document)
        if not bool(self._run(_Q_HAS_GRAPH, {ox.Variable("g"): graph})):
            return False
        self.drop_graph(graph)
        return True

    def drop_graph(self, graph: ox.NamedNode) -> None:
        """Drop an article graph, its own triples leaving the union first (one request)."""
        self.update(f"{retract(graph)} ;\nDROP SILENT GRAPH {graph}")

    def write_graph(self, graph: ox.NamedNode, triples: list[ox.Triple], marker: list[ox.Triple] = ()) -> None:
        """Replace one article graph, keeping the union: the old marker goes first and the
        old triples leave the union; then a GSP ``PUT`` of ``triples`` (or ``DROP`` +
        ``INSERT DATA`` blocks of at most ``block``), their copy into the union, and the
        ``marker`` last. A write cut off anywhere leaves a graph without a marker, which
        :meth:`repair_incomplete` drops on the next build."""
        # the article node's own triples (kg:Article …) first: a graph torn after its first
        # block is still found, and dropped, by repair_incomplete
        triples = sorted(triples, key=lambda t: t.subject != graph)
        self.update(f"DELETE {{ GRAPH {graph} {{ ?a kg:contentHash ?h }} }} "
                    f"WHERE {{ GRAPH {graph} {{ ?a kg:contentHash ?h }} }} ;\n{retract(graph)}")
        if self.gsp_url:
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            self._send("PUT", self.gsp_url, params={"graph": graph.value}, content=body,
                       headers={"Content-Type": N_TRIPLES})
        else:
            block = self.endpoints.block
            for i in range(0, max(len(triples), 1), block):
                lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples[i:i + block])
                drop = f"DROP SILENT GRAPH {graph} ;\n" if i == 0 else ""
                self.update(f"{drop}INSERT DATA {{ GRAPH {graph} {{\n{lines}\n}} }}", setting="block=")
        self.update(add_to_union(graph))
        if marker:
            lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in marker)
            self.update(f"INSERT DATA {{ GRAPH {graph} {{\n{lines}\n}} GRAPH {UNION} {{\n{lines}\n}} }}")

    def document_writer(self, **_options) -> "RemoteWriter":
        """The writer ``kg build`` uses: one article per request, marker last."""
        return RemoteWriter(self)

    def repair_incomplete(self) -> list[str]:
        """Drop the article graphs an interrupted build left without their marker (and
        fill the union graph of a store written before it was kept)."""
        broken = [g for g in self._keyset(_Q_BROKEN_PAGE, "g")]
        for g in broken:
            self.drop_graph(g)
        self.ensure_union()
        return [g.value for g in broken]

    def ensure_union(self) -> None:
        """Fill :data:`UNION` from the article graphs when it is empty while they are not
        (a store written before the union was kept): one request per graph."""
        if bool(self._run(_Q_HAS_UNION, {ox.Variable("u"): UNION})):
            return
        for graph in self._graphs():
            self.update(add_to_union(graph))

    # ------------------------------------------------------------- reading

    def query(self, sparql: str, substitutions: dict | None = None, *, default_graph: list | None = None,
              named_graphs: list | None = None, timeout: float | None = None, base_iri: str | None = None):
        """Run a SPARQL query on the server over the project's dataset, as the local
        store does: the default graph is the union of the article graphs (each triple
        once), the named graphs are the article graphs; a query with its own ``FROM``,
        or ``default_graph`` / ``named_graphs`` given (IRIs), names its dataset itself.
        Returns ``QuerySolutions``, ``QueryBoolean`` or a list of triples (CONSTRUCT,
        DESCRIBE), like the local store. ``base_iri`` resolves relative IRIs (unless the
        query has its own ``BASE``).

        :raises SyntaxError: if the server rejects the query (HTTP 400).
        :raises ResultCapped: if the server says it cut the result at its row cap.
        :raises ServerUnreachable: if the server cannot be reached (or ``timeout`` passes).
        """
        dataset: dict[str, list[str]] = {}
        if default_graph or named_graphs:
            dataset = {"default-graph-uri": [str(getattr(g, "value", g)) for g in default_graph or ()],
                       "named-graph-uri": [str(getattr(g, "value", g)) for g in named_graphs or ()]}
        elif not has_dataset_clause(sparql):
            dataset = self.dataset(sparql, timeout=timeout)
        return self._run(sparql, substitutions, dataset=dataset, timeout=timeout, base_iri=base_iri)

    def dataset(self, sparql: str | None = None, *, timeout: float | None = None) -> dict[str, list[str]]:
        """The protocol's dataset parameters for the project's graphs: the union graph as
        the default graph, the article graphs as the named graphs (listed only for a
        query that has a ``GRAPH`` pattern; ``sparql`` None: always)."""
        if sparql is not None and not uses_named_graphs(sparql):
            return {"default-graph-uri": [UNION.value]}
        named = [g.value for g in self._graphs(timeout=timeout)] or [NO_GRAPH.value]
        return {"default-graph-uri": [UNION.value], "named-graph-uri": named}

    def _run(self, sparql: str, substitutions: dict | None = None, *, dataset: dict | None = None,
             timeout: float | None = None, base_iri: str | None = None):
        """One query as written (the server's own dataset unless ``dataset`` names one)."""
        form = query_form(sparql)
        text = _prologue(sparql, base_iri) + with_values(sparql, substitutions)
        accept = (f"{N_TRIPLES}, text/turtle;q=0.9" if form in ("CONSTRUCT", "DESCRIBE")
                  else f"{RESULTS_JSON}, {RESULTS_XML};q=0.9")
        response = self._send("POST", self.query_url, data={"query": text, **(dataset or {})},
                              headers={"Accept": accept}, timeout=timeout)
        cap = response.headers.get("x-sparql-maxrows")
        if cap is not None:
            raise ResultCapped(f"{self.query_url}: the server cut the result at its cap of {cap} rows "
                               "(Virtuoso: ResultSetMaxRows in [SPARQL]); ask for less (LIMIT, "
                               "FILTER) or raise the cap")
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        body = response.content
        if ctype in (RESULTS_JSON, "application/json", RESULTS_XML, "application/xml"):
            fmt = ox.QueryResultsFormat.XML if "xml" in ctype else ox.QueryResultsFormat.JSON
            result = ox.parse_query_results(body, format=fmt)
            if form == "ASK" and isinstance(result, ox.QuerySolutions):
                # Virtuoso answers ASK as a one-row table of ?__ASK_RETVAL 1/0
                rows = [r[0] for r in result]
                return _boolean(bool(rows) and rows[0] is not None and rows[0].value not in ("0", "false"))
            return result
        formats = {N_TRIPLES: ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                   "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML}
        if ctype in formats:
            return list(ox.parse(body, format=formats[ctype]))
        raise ServerError(f"{self.query_url}: unexpected result type {ctype or '(none)'}")

    def _keyset(self, sparql: str, key: str, *, after: str = "", timeout: float | None = None):
        """Every row of a page query (``?after``, ``?limit``, ordered by ``STR(?key)``),
        page after page: the ``key`` terms, or whole rows if ``key`` is the last of
        several and rows share it (see :meth:`label_store`)."""
        page = self.endpoints.page
        while True:
            rows = list(self._run(_page(sparql, after, page), timeout=timeout))
            for row in rows:
                yield row[key]
            if len(rows) < page:
                return
            after = rows[-1][key].value

    def _graphs(self, *, timeout: float | None = None) -> list[ox.NamedNode]:
        """The project's article graphs, by IRI."""
        return list(self._keyset(_Q_GRAPHS_PAGE, "g", timeout=timeout))

    def documents(self):
        """The complete articles, ordered by document id (one query per page of graphs)."""
        found = []
        graphs = self._graphs()
        step = max(1, min(self.endpoints.page, 500))
        for i in range(0, len(graphs), step):
            values = " ".join(str(g) for g in graphs[i:i + step])
            text = _Q_DOCUMENTS_OF.replace("WHERE {", f"WHERE {{ VALUES ?graph {{ {values} }}", 1)
            found += [DocumentInfo(document=r["document"].value, graph=r["graph"].value,
                                   content_hash=r["hash"].value, extractor_version=r["version"].value,
                                   title=_value(r["title"]), date=_value(r["date"]),
                                   source=_value(r["source"]))
                      for r in self._run(text)]
        return sorted(found, key=lambda d: d.document)

    def document(self, document: str):
        """The complete article with this id, or None."""
        graph = article_iri(document)
        rows = list(self._run(_Q_DOCUMENTS_OF, {ox.Variable("graph"): graph}))
        return next((DocumentInfo(document=r["document"].value, graph=r["graph"].value,
                                  content_hash=r["hash"].value, extractor_version=r["version"].value,
                                  title=_value(r["title"]), date=_value(r["date"]), source=_value(r["source"]))
                     for r in rows), None)

    def has_content_hash(self, content_hash: str, *, extractor_version: str | None = None) -> bool:
        subs = {ox.Variable("hash"): ox.Literal(content_hash)}
        if extractor_version is not None:
            subs[ox.Variable("version")] = ox.Literal(extractor_version)
        return bool(self._run(_Q_HAS_HASH, subs))

    def _count(self, sparql: str, substitutions: dict | None = None) -> int:
        return int(next(iter(self._run(sparql, substitutions)))["n"].value)

    def stats(self) -> StoreStats:
        """Counts over the project's article graphs only."""
        entities = dict.fromkeys(ENTITY_TYPES, 0)
        for r in self._run(_Q_ENTITIES):
            entities[r["type"].value[len(KG):]] = int(r["n"].value)
        relations = dict.fromkeys(PREDICATES, 0)
        for r in self._run(_Q_RELATIONS):
            relations[r["p"].value[len(KG):]] = int(r["n"].value)
        return StoreStats(entities, relations, graphs=self._count(_Q_COUNT_GRAPHS),
                          triples=self._count(_Q_COUNT_TRIPLES), quads=self._count(_Q_COUNT_QUADS))

    def label_store(self) -> ox.Store:
        """An in-memory store of every entity's types, labels and aliases, fetched page
        in one query, or page by page (keyed by subject) where the server caps results
        (or ``page=`` is given):
        what :class:`graph.labels.LabelIndex` is built from. Read from :data:`UNION`
        (each triple once: no DISTINCT) unless the store has none yet (written before
        it was kept)."""
        store = ox.Store()
        page, after = self.endpoints.page, ""
        page_query, one_query = _Q_LABELS_PAGE, _Q_LABELS_OF
        if bool(self._run(_Q_HAS_UNION, {ox.Variable("u"): UNION})):
            articles = f"GRAPH ?g {{ ?s ?p ?o }} {_IN_ARTICLES}"
            page_query, one_query = (q.replace("SELECT DISTINCT", "SELECT").replace(
                articles, f"GRAPH {UNION} {{ ?s ?p ?o }}") for q in (page_query, one_query))
        if not self.endpoints.paged:     # one pass, unless the server cuts it: sorting each page costs more
            try:
                rows = list(self._run(one_query))
            except ResultCapped:
                rows = None
            counted = f"SELECT (COUNT(*) AS ?n) WHERE {{ {one_query} }}"
            if rows is not None and len(rows) == self._count(counted):     # no silent cap either
                store.extend(ox.Quad(r["s"], r["p"], r["o"]) for r in rows)
                return store
        while True:
            rows = list(self._run(_page(page_query, after, page)))
            if len(rows) < page:
                store.extend(ox.Quad(r["s"], r["p"], r["o"]) for r in rows)
                return store
            last = rows[-1]["s"]
            whole = [r for r in rows if r["s"] != last]     # the last subject may go on
            if not whole:     # one subject fills the page: its rows in one query
                whole = list(self._run(one_query, {ox.Variable("s"): last}))
                last = None
            store.extend(ox.Quad(r["s"], r["p"], r["o"]) for r in whole)
            after = whole[-1]["s"].value

    def _graph(self, graph) -> ox.NamedNode | None:
        if graph is None:
            return None
        if isinstance(graph, str):
            try:
                graph = ox.NamedNode(graph) if ":" in graph else article_iri(graph)
            except ValueError as exc:
                raise KgError(f"not a graph IRI: {graph!r} ({exc})") from None
        if not graph.value.startswith(ARTICLES) or not bool(
                self._run(_Q_HAS_GRAPH, {ox.Variable("g"): graph})):
            raise KgError(f"no graph {graph.value} in the store")
        return graph

    def ping(self) -> None:
        """One trivial query: raises what any request would (unreachable, wrong password)."""
        self._run("ASK {}")

    def has_graph(self, graph: ox.NamedNode) -> bool:
        """Whether the server holds a non-empty graph of this name."""
        return bool(self._run(_Q_HAS_GRAPH, {ox.Variable("g"): graph}))

    def graph_quads(self, graph: ox.NamedNode) -> list[ox.Quad]:
        """One graph's quads: GSP GET when the server offers it, else one SELECT whose
        length is checked against a count (a server's row cap is an error)."""
        if self.gsp_url:
            response = self._send("GET", self.gsp_url, params={"graph": graph.value},
                                  headers={"Accept": N_TRIPLES})
            return [ox.Quad(t.subject, t.predicate, t.object, graph)
                    for t in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
        subs = {ox.Variable("g"): graph}
        rows = list(self._run(_Q_GRAPH_QUADS, subs))
        expected = self._count(_Q_COUNT_GRAPH, subs)
        if len(rows) != expected:
            raise ResultCapped(f"{self.query_url}: {graph.value} has {expected} quads, the server "
                               f"sent {len(rows)} (a row cap?); give the store URL a gsp= endpoint")
        return [ox.Quad(r["s"], r["p"], r["o"], graph) for r in rows]

    def quads(self, graph=None) -> list[ox.Quad]:
        """All quads of the project's graphs, or one graph's (an IRI or a document id),
        fetched one graph at a time."""
        graph = self._graph(graph)
        graphs = [graph] if graph is not None else self._graphs()
        return [q for g in graphs for q in self.graph_quads(g)]

    def export(self, format: str = "nquads", graph=None) -> bytes:
        """Canonical export, byte-identical to a local store's for the same quads."""
        if format not in FORMATS:
            raise KgError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
        return serialize_quads(self.quads(graph), format)

    def validate(self, graph=None) -> tuple[bool, str]:
        """Pull the graphs and check them as the local store does (pySHACL)."""
        local = KnowledgeStore(None)
        local.store.extend(self.quads(graph))
        return local.validate()


class RemoteWriter:
    """Writes each document in its own requests, its marker last (see
    :meth:`RemoteStore.write_graph`)."""

    def __init__(self, remote: RemoteStore):
        self.remote = remote

    def add(self, doc) -> None:
        triples = [q.triple for q in ox.parse(doc.body, format=ox.RdfFormat.N_QUADS)]
        marker = [q.triple for q in ox.parse(doc.marker, format=ox.RdfFormat.N_QUADS)]
        self.remote.write_graph(article_iri(doc.document), triples, marker)

    def flush(self) -> None:
        """Nothing held back: :meth:`add` writes at once."""

    def close(self) -> None:
        self.flush()
