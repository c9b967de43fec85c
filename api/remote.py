"""Serving a remote store (``kg serve --store http(s)://…``) without copying its graph.

:class:`RemoteGraph` is what the service reads and writes through ``service.store``
(and ``service.graphs``) when the graph lives in a SPARQL server
(:class:`graph.remote.RemoteStore`): the few methods of ``pyoxigraph.Store`` the routes
and :mod:`graph.entities` call, and the Graph Store operations of
:class:`api.graph_store.LocalGraphs`, each answered by the server. Every query runs
over the project's dataset: the default graph is the union of the article graphs, each
triple once (:data:`graph.remote.UNION`), and the named graphs are the article graphs,
never a server's own. The list of article graphs (sent only with a query that has a
``GRAPH`` pattern) is kept for :data:`DATASET_SECONDS` and dropped at once after a
write through the service.

:class:`RemoteRunner` replaces the local store's query workers: the server evaluates,
so a query holds a thread only while its request runs, under an httpx timeout equal
to the service's query deadline (503 when it passes); the nesting limits, the
concurrency limit and the token rules are the local store's.
"""
from __future__ import annotations

import threading
import time
from typing import Iterator

import pyoxigraph as ox

from cnkg.api.sparql import Operation, ProtocolError, QueryRunner, Result
from cnkg.graph.namespaces import DCTERMS, ORG, PROV, RDF, RDFS, kg
from cnkg.graph.remote import ARTICLES, UNION, RemoteStore, has_dataset_clause, uses_named_graphs

#: how long the list of article graphs (the named graphs of every query) is reused
DATASET_SECONDS = 2.0

#: copies what the article graphs hold into the union graph (after a raw SPARQL update,
#: as graph.union.ADD_MISSING does locally; it never deletes)
ADD_MISSING = (f"INSERT {{ GRAPH {UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
               f'FILTER(STRSTARTS(STR(?g), "{ARTICLES}")) }}')


class RemoteGraph:
    """``service.store`` and ``service.graphs`` over a SPARQL server (see the module docstring)."""

    def __init__(self, remote: RemoteStore, *, query_timeout: float):
        self.remote = remote
        self.query_timeout = query_timeout
        self._lock = threading.Lock()
        self._named: list[str] | None = None
        self._named_at = 0.0

    def __repr__(self) -> str:
        return f"RemoteGraph({self.remote.query_url!r})"

    # ------------------------------------------------------------- the dataset

    def changed(self) -> None:
        """After a write through the service: the next query lists the article graphs anew."""
        with self._lock:
            self._named = None

    def _article_graphs(self) -> list[str]:
        with self._lock:
            if self._named is not None and time.monotonic() - self._named_at < DATASET_SECONDS:
                return self._named
        named = self.remote.dataset(timeout=self.query_timeout)["named-graph-uri"]
        with self._lock:
            self._named, self._named_at = named, time.monotonic()
        return named

    # ------------------------------------------------------------- pyoxigraph.Store's reads

    def query(self, text: str, *, base_iri: str | None = None, prefixes=None, substitutions=None,
              default_graph=None, named_graphs=None, use_default_graph_as_union: bool = False):
        """A query over the project's dataset (or the one the request or the query names)."""
        if default_graph is None and named_graphs is None and not has_dataset_clause(text):
            default_graph = [UNION]
            named_graphs = self._article_graphs() if uses_named_graphs(text) else None
        return self.remote.query(text, substitutions, default_graph=default_graph, named_graphs=named_graphs,
                                 timeout=self.query_timeout, base_iri=base_iri)

    def update(self, text: str, *, base_iri: str | None = None, prefixes=None) -> None:
        """A SPARQL update as sent (token holders), then the union graph learns what it added."""
        self.remote.update(text, timeout=self.query_timeout, base_iri=base_iri)
        self.remote.update(ADD_MISSING, timeout=self.query_timeout)
        self.changed()

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        """The union's triples matching a pattern (what :mod:`graph.entities` looks up)."""
        if graph_name is not None and not isinstance(graph_name, ox.DefaultGraph):
            raise ValueError("a remote store is read over the union of its article graphs")
        terms = [subject, predicate, object]
        pattern = " ".join(str(t) if t is not None else f"?{v}" for t, v in zip(terms, "spo"))
        names = [v for t, v in zip(terms, "spo") if t is None]
        select = " ".join(f"?{v}" for v in names) or "*"
        rows = self.query(f"SELECT {select} WHERE {{ {pattern} }}") if names else None
        default = ox.DefaultGraph()
        if rows is None:       # a whole triple: whether the union holds it
            if bool(self.query(f"ASK {{ {pattern} }}")):
                yield ox.Quad(subject, predicate, object, default)
            return
        for row in rows:
            s, p, o = (row[v] if t is None else t for t, v in zip(terms, "spo"))
            yield ox.Quad(s, p, o, default)

    def around(self, iri: str) -> ox.Store:
        """An in-memory store of what :func:`graph.entities.describe` reads about one
        entity, in four queries however many statements it has (instead of a request per
        look-up): its triples either way, the properties of its statement and membership
        nodes, and the titles and labels those point to."""
        node = ox.NamedNode(iri)
        store, default = ox.Store(), ox.DefaultGraph()
        rows = [ox.Quad(node, r["p"], r["o"], default) for r in self.query(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }}")]
        rows += [ox.Quad(r["s"], r["p"], node, default) for r in self.query(f"SELECT ?s ?p WHERE {{ ?s ?p {node} }}")]
        nodes = {q.subject for q in rows if q.object == node and q.predicate.value in _NODE_LINKS}
        more = self._about(nodes, "")
        targets = {q.object for q in more if q.predicate.value in _TARGET_LINKS and isinstance(q.object, ox.NamedNode)}
        store.extend(rows + more + self._about(targets, f"VALUES ?p {{ {' '.join(_TARGET_NAMES)} }}"))
        return store

    def _about(self, subjects: set, restriction: str) -> list[ox.Quad]:
        if not subjects:
            return []
        values = " ".join(str(s) for s in subjects if isinstance(s, (ox.NamedNode, ox.BlankNode)))
        rows = self.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} {restriction} ?s ?p ?o }}")
        return [ox.Quad(r["s"], r["p"], r["o"], ox.DefaultGraph()) for r in rows]

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return (ox.NamedNode(g) for g in self.remote.dataset()["named-graph-uri"] if g != ARTICLES)

    def __len__(self) -> int:
        """As a local store counts: the article graphs' quads and the union's triples."""
        union = int(next(iter(self.remote.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                named_graphs=[UNION])))["n"].value)
        return len(self.remote) + union

    def flush(self) -> None:
        """Nothing held back: every write is a finished request."""

    def close(self) -> None:
        self.remote.close()

    # ------------------------------------------------------------- the graph store

    def _article(self, graph) -> ox.NamedNode:
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(ARTICLES) and graph != UNION:
            return graph
        raise ProtocolError(f"this service serves a remote store: the graph store writes the project's "
                            f"article graphs only (IRIs under {ARTICLES}), not {graph}")

    def exists(self, graph) -> bool:
        if isinstance(graph, ox.DefaultGraph):
            return True
        if not graph.value.startswith(ARTICLES):
            return False
        return self.remote.has_graph(graph)

    def dump(self, graph, fmt: ox.RdfFormat, prefixes=None) -> bytes:
        """One article graph, or the default graph (the union), fetched from the server."""
        source = UNION if isinstance(graph, ox.DefaultGraph) else graph
        triples = [q.triple for q in self.remote.graph_quads(source)]
        return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""

    def replace(self, graph, triples: list[ox.Triple], existed: bool) -> None:
        graph = self._article(graph)
        marker, body = _split(triples)
        self.remote.write_graph(graph, body, marker)

    def add(self, graph, triples: list[ox.Triple], is_new: bool) -> None:
        graph = self._article(graph)
        old = [] if is_new else [q.triple for q in self.remote.graph_quads(graph)]
        marker, body = _split(list(dict.fromkeys(old + triples)))
        self.remote.write_graph(graph, body, marker)

    def drop(self, graph) -> None:
        self.remote.drop_graph(self._article(graph))


CONTENT_HASH = kg("contentHash")      # the marker: written last
#: what links an entity's statement and membership nodes to it (graph.entities)
_NODE_LINKS = frozenset((RDF + "subject", RDF + "object", ORG + "member"))
#: what those nodes point to whose title or label a description shows
_TARGET_LINKS = frozenset((PROV + "wasDerivedFrom", ORG + "role"))
_TARGET_NAMES = (f"<{DCTERMS}title>", f"<{RDFS}label>")


def _split(triples: list[ox.Triple]) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(marker, the rest): the content-hash triples are written last."""
    marker = [t for t in triples if t.predicate == CONTENT_HASH]
    return marker, [t for t in triples if t.predicate != CONTENT_HASH]


class RemoteRunner(QueryRunner):
    """:class:`api.sparql.QueryRunner` for a store the server evaluates: every operation
    in the bounded thread pool under the one deadline (the request to the server has the
    same timeout), never inline on the event loop, no worker processes."""

    union_sync = False      # the server's writes keep the union themselves (RemoteGraph.update)

    def __init__(self, graph: RemoteGraph, **options):
        super().__init__(**options)
        self.graph = graph

    def store_changed(self) -> None:
        self.graph.changed()

    async def run(self, store, op: Operation, after=None) -> Result:
        await self._check(op)
        return await self._run_in_thread(store, op, after, time.monotonic() + self.timeout)
