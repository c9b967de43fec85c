"""A knowledge store behind a SPARQL 1.1 endpoint: Oxigraph server, Fuseki, Virtuoso,
GraphDB, QLever, Neptune … — for when the graph outgrows one Oxigraph directory.

:class:`RemoteStore` has the public methods of :class:`graph.store.KnowledgeStore`
that ``kg`` uses (``replace_document``, ``query``, ``documents``,
``has_content_hash``, ``stats``, ``quads``, ``export``, ``validate`` …) and speaks
only standard protocols:

- queries: SPARQL 1.1 Protocol, ``POST`` ``application/sparql-query``; results as
  SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE), parsed by pyoxigraph
  into the same result types a local store returns;
- writes: SPARQL 1.1 Update, ``POST`` ``application/sparql-update``; a document is
  replaced by ``DROP SILENT GRAPH`` + ``INSERT DATA`` in one request (one transaction
  on Oxigraph, Fuseki/TDB2, GraphDB; Virtuoso commits each request);
- one graph's export: Graph Store Protocol ``GET ?graph=`` when a GSP endpoint is
  known, else a ``SELECT`` (so a bare query+update endpoint suffices).

Endpoints from the URL given to ``--store``: ``…/query`` is Oxigraph's layout
(update at ``…/update``, GSP at ``…/store``); any other URL is used for queries and
updates alike (Virtuoso's ``/sparql``, QLever). Override with a fragment, which is
never sent: ``http://host:3030/ds/sparql#update=/ds/update&gsp=/ds/data`` (Fuseki).
``http://user:password@host/…`` sends HTTP basic authentication.

The endpoint must use the **union of the named graphs as its default graph**, as
the local store does: ``oxigraph serve --union-default-graph``, Fuseki
``tdb2:unionDefaultGraph true``; Virtuoso and GraphDB do so by default.

Values enter queries as in the local store, through ``substitutions``; since the
protocol has no such parameter they become a ``VALUES`` block at the start of the
``WHERE`` group, written by pyoxigraph's term serialiser, never pasted text.
"""
from __future__ import annotations

import base64
import re
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from cnkg.errors import KgError
from cnkg.extract.model import ENTITY_TYPES, PREDICATES, Extraction
from cnkg.graph.namespaces import KG, PREFIXES, article_iri
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph.serialize import FORMATS, serialize_quads
from cnkg.graph.store import (_Q_ENTITIES, _Q_RELATIONS, _Q_TRIPLES, KnowledgeStore, StoreStats,
                         replace_graph_update)

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
BATCH_QUADS = 50_000     # quads per update request when writing many documents

_Q_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_Q_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_Q_QUADS_OF = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"   # ?g substituted or not
_Q_HAS_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"

_Q_LABELS = """SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { rdf:type rdfs:label skos:prefLabel skos:altLabel } ?s ?p ?o }"""

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def where_brace(sparql: str) -> int:
    """The index of the ``{`` that opens the query's WHERE group (``WHERE {``, or the
    first ``{`` of ``SELECT … {`` / ``ASK {``), skipping comments, strings and IRIs.

    >>> q = 'PREFIX x: <http://e/#a> # { not here\\nSELECT ?s WHERE { ?s ?p "{" }'
    >>> q[where_brace(q):]
    '{ ?s ?p "{" }'
    """
    i, n = 0, len(sparql)
    construct = re.search(r"\bCONSTRUCT\b", sparql, re.I) is not None
    seen_where = False
    while i < n:
        c = sparql[i]
        if c == "#":
            end = sparql.find("\n", i)
            i = n if end == -1 else end
        elif c in "\"'":
            quote = sparql[i:i + 3] if sparql[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and sparql[i:i + len(quote)] != quote:
                i += 2 if sparql[i] == "\\" else 1
            i += len(quote)
        elif c == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", sparql[i:]):
            i = sparql.index(">", i) + 1
        elif c == "{" and (seen_where or not construct):
            return i
        else:
            if sparql[i:i + 5].upper() == "WHERE" and not sparql[i - 1:i].isalnum():
                seen_where = True
            i += 1
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


def _endpoints(url: str) -> tuple[str, str, str | None, str | None]:
    """(query, update, gsp, authorization header) from a ``--store`` URL."""
    base, _, fragment = url.partition("#")
    parts = urllib.parse.urlsplit(base)
    auth = None
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        base = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    update, gsp = base, None
    if base.rstrip("/").endswith("/query"):
        root = base.rstrip("/")[:-len("query")]
        update, gsp = root + "update", root + "store"
    for key, value in urllib.parse.parse_qsl(fragment):
        if key not in ("update", "gsp"):
            raise KgError(f"{url}: unknown option {key!r} in the fragment (update=, gsp=)")
        value = urllib.parse.urljoin(base, value)
        update, gsp = (value, gsp) if key == "update" else (update, value)
    return base, update, gsp, auth


class RemoteStore:
    """The knowledge graph in a SPARQL 1.1 server (see the module docstring).

    :param url: the query endpoint, ``http(s)://…``; options in the fragment.
    :param timeout: seconds per HTTP request.
    :raises api.errors.KgError: for a URL that is not http(s).
    """

    def __init__(self, url: str, *, timeout: float = 300.0):
        if not url.startswith(("http://", "https://")):
            raise KgError(f"not an http(s) SPARQL endpoint: {url}")
        self.url = url
        self.query_url, self.update_url, self.gsp_url, self._auth = _endpoints(url)
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.flush()

    def flush(self) -> None:
        """Nothing to do: every write is a finished request."""

    def __len__(self) -> int:
        return self._count(_Q_QUADS)

    # ------------------------------------------------------------- HTTP

    def _request(self, url: str, *, data: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, method: str | None = None) -> tuple[str, bytes]:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            message = body.splitlines()[0] if body else exc.reason
            if exc.code == 400:
                raise SyntaxError(f"{url}: {message}") from None
            if exc.code == 404 and method == "GET":
                raise KgError(f"{url}: not found") from None
            raise KgError(f"{url}: HTTP {exc.code}: {message}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one request)."""
        self._request(self.update_url, data=sparql.encode("utf-8"),
                      content_type="application/sparql-update")

    # ------------------------------------------------------------- writing

    def replace_document(self, extraction: Extraction) -> int:
        """Replace the article's named graph in one update request (DROP + INSERT DATA).

        :raises graph.rdf.InvalidExtraction: before anything is sent.
        :raises api.errors.KgError, OSError: if the server refuses or cannot be reached.
        """
        quads = extraction_to_quads(extraction)
        self.update(replace_graph_update(article_iri(extraction.document), quads))
        return len(quads)

    def remove_document(self, document: str) -> bool:
        graph = article_iri(document)
        if not bool(self.query(_Q_HAS_GRAPH, {ox.Variable("g"): graph})):
            return False
        self.update(f"DROP GRAPH {graph}")
        return True

    def document_writer(self, *, batch_quads: int = BATCH_QUADS) -> "RemoteWriter":
        """The writer ``kg build`` uses: documents batched into update requests."""
        return RemoteWriter(self, batch_quads=batch_quads)

    def repair_incomplete(self) -> list[str]:
        """Nothing to repair: remote writes are whole update requests, never bulk loads."""
        return []

    # ------------------------------------------------------------- reading

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query on the server; returns ``QuerySolutions``, ``QueryBoolean``
        or a list of triples (CONSTRUCT, DESCRIBE), like the local store.

        :raises SyntaxError: if the server rejects the query (HTTP 400).
        :raises OSError: if the server cannot be reached.
        """
        text = _PROLOGUE + with_values(sparql, substitutions)
        ctype, body = self._request(
            self.query_url, data=text.encode("utf-8"), content_type="application/sparql-query",
            accept=f"{RESULTS_JSON}, {N_TRIPLES};q=0.9, text/turtle;q=0.8")
        if ctype in (RESULTS_JSON, "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if ctype == N_TRIPLES:
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        if ctype == "text/turtle":
            return list(ox.parse(body, format=ox.RdfFormat.TURTLE))
        raise KgError(f"{self.query_url}: unexpected result type {ctype}")

    documents = KnowledgeStore.documents            # both only call self.query
    has_content_hash = KnowledgeStore.has_content_hash

    def _count(self, sparql: str) -> int:
        return int(next(iter(self.query(sparql)))["n"].value)

    def stats(self):
        entities = dict.fromkeys(ENTITY_TYPES, 0)
        for r in self.query(_Q_ENTITIES):
            entities[r["type"].value[len(KG):]] = int(r["n"].value)
        relations = dict.fromkeys(PREDICATES, 0)
        for r in self.query(_Q_RELATIONS):
            relations[r["p"].value[len(KG):]] = int(r["n"].value)
        return StoreStats(entities, relations, graphs=self._count(_Q_GRAPHS),
                          triples=self._count(_Q_TRIPLES), quads=self._count(_Q_QUADS))

    def label_store(self) -> ox.Store:
        """An in-memory store of every entity's types, labels and aliases, fetched with
        one SELECT: what :class:`graph.labels.LabelIndex` is built from."""
        store = ox.Store()
        store.extend(ox.Quad(r["s"], r["p"], r["o"]) for r in self.query(_Q_LABELS))
        return store

    def _graph(self, graph) -> ox.NamedNode | None:
        if graph is None:
            return None
        if isinstance(graph, str):
            try:
                graph = ox.NamedNode(graph) if ":" in graph else article_iri(graph)
            except ValueError as exc:
                raise KgError(f"not a graph IRI: {graph!r} ({exc})") from None
        if not bool(self.query(_Q_HAS_GRAPH, {ox.Variable("g"): graph})):
            raise KgError(f"no graph {graph.value} in the store")
        return graph

    def quads(self, graph=None) -> list[ox.Quad]:
        """All quads, or one graph's (an IRI or a document id): GSP GET when a GSP
        endpoint is known, a SELECT otherwise."""
        graph = self._graph(graph)
        if graph is not None and self.gsp_url:
            url = self.gsp_url + "?" + urllib.parse.urlencode({"graph": graph.value})
            _, body = self._request(url, accept=N_TRIPLES, method="GET")
            return [ox.Quad(t.subject, t.predicate, t.object, graph)
                    for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        rows = self.query(_Q_QUADS_OF, {ox.Variable("g"): graph} if graph is not None else None)
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    def export(self, format: str = "nquads", graph=None) -> bytes:
        """Canonical export, byte-identical to a local store's for the same quads."""
        if format not in FORMATS:
            raise KgError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
        return serialize_quads(self.quads(graph), format)

    def validate(self, graph=None) -> tuple[bool, str]:
        """Pull the graph and check it as the local store does (pySHACL)."""
        local = KnowledgeStore(None)
        local.store.extend(self.quads(graph))
        return local.validate()


class RemoteWriter:
    """Batches documents into SPARQL update requests: each document's DROP + INSERT
    DATA, several documents per request (a request is one transaction on Oxigraph)."""

    def __init__(self, remote: RemoteStore, *, batch_quads: int = BATCH_QUADS):
        self.remote = remote
        self.batch_quads = batch_quads
        self._updates: list[str] = []
        self._quads = 0

    def add(self, doc) -> None:
        from cnkg.graph.parallel import replace_from_nquads
        self._updates.append(replace_from_nquads(article_iri(doc.document), doc.body + doc.marker))
        self._quads += doc.quads
        if self._quads >= self.batch_quads:
            self.flush()

    def flush(self) -> None:
        if self._updates:
            updates, self._updates, self._quads = self._updates, [], 0
            self.remote.update(" ;\n".join(updates))

    def close(self) -> None:
        self.flush()
