"""Writing article graphs into a local Oxigraph store, one promise per document.

A document is *complete* iff its graph holds its ``kg:contentHash`` (the marker). A
document already in the store is replaced by one SPARQL update (one transaction,
:func:`replace_graph_update`); new documents are bulk-loaded without their markers,
then the batch's markers and its share of the union default graph (:mod:`graph.union`)
are written in one transaction (:class:`StoreWriter`); a crash in between leaves graphs
without markers, which :func:`repair_local` removes. graph/MODEL.md, "Fast loading",
tells the whole story; :mod:`graph.parallel` feeds the writer, :mod:`graph.store` owns it.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from cnkg.graph import union
from cnkg.graph.namespaces import KGR, article_iri, kg

CONTENT_HASH = kg("contentHash")
ARTICLE_PREFIX = KGR + "article/"
BATCH_QUADS = 200_000    # new-document quads per bulk load


@dataclass(frozen=True)
class Built:
    """One extracted article, as N-Quads: its graph without the marker, and the marker."""
    path: str
    document: str
    body: bytes
    marker: bytes
    quads: int


def split_marker(quads: list[ox.Quad]) -> tuple[bytes, bytes]:
    """(body, marker) N-Quads of one article graph: the marker is its kg:contentHash quad."""
    body = [q for q in quads if q.predicate != CONTENT_HASH]
    marker = [q for q in quads if q.predicate == CONTENT_HASH]
    fmt = ox.RdfFormat.N_QUADS
    return ox.serialize(body, format=fmt) or b"", ox.serialize(marker, format=fmt) or b""


def replace_graph_update(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """The SPARQL update that replaces ``graph`` by ``quads``, keeping the union.

    It retracts the old graph's own triples from the default graph (the union, see
    :mod:`graph.union`), drops the graph, inserts ``quads`` into it and into the default
    graph. One update request is one transaction in Oxigraph, so all of it happens or
    none. Terms are written by pyoxigraph's own N-Triples serialiser (``str(term)``),
    never pasted from user input.
    """
    lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
    return (f"{union.retract_and_drop(graph)} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(lines) + "\n} } ;\n"
            + union.insert_data(lines))


def repair_local(store: ox.Store) -> list[str]:
    """:func:`repair_incomplete` for a pyoxigraph store."""
    broken = [g for g in store.named_graphs()
              if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_PREFIX)
              and next(store.quads_for_pattern(g, CONTENT_HASH, None, g), None) is None]
    for g in broken:
        store.update(union.retract_and_drop(g))
    return [g.value for g in broken]


def replace_from_nquads(graph: ox.NamedNode, nquads: bytes) -> str:
    """The one-transaction SPARQL update that replaces ``graph`` with these quads."""
    return replace_graph_update(graph, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))


class StoreWriter:
    """Writes :class:`Built` documents into a local :class:`graph.store.KnowledgeStore`
    (see the module docstring for the per-document promise)."""

    def __init__(self, knowledge, *, batch_quads: int | None = None):
        self.store: ox.Store = knowledge.store
        self._sync_fulltext = getattr(knowledge, "sync_fulltext", None)   # after each write
        if self._sync_fulltext is not None:
            self._sync_fulltext([])   # open the index first: a store built before it is caught up now
        self.batch_quads = batch_quads or BATCH_QUADS
        self._seen: set[str] = set()
        self._bodies: list[bytes] = []
        self._markers: list[bytes] = []
        self._graphs: list[ox.NamedNode] = []
        self._quads = 0
        self.bulk_documents = 0       # how many went the fast way (for reports and tests)

    def add(self, doc: Built) -> None:
        graph = article_iri(doc.document)
        if doc.document in self._seen or self.store.contains_named_graph(graph):
            self.flush()    # earlier documents first: the last file with a document id wins
            self.store.update(replace_from_nquads(graph, doc.body + doc.marker))
            self._indexed([graph.value])
        else:
            self._bodies.append(doc.body)
            self._markers.append(doc.marker)
            self._graphs.append(graph)
            self._quads += doc.quads
            if self._quads >= self.batch_quads:
                self.flush()
        self._seen.add(doc.document)

    def flush(self) -> None:
        if not self._graphs:
            return
        bodies, markers, graphs = b"".join(self._bodies), b"".join(self._markers), self._graphs
        self._bodies, self._markers, self._graphs, self._quads = [], [], [], 0
        try:
            self.store.bulk_load(bodies, format=ox.RdfFormat.N_QUADS)
            # one transaction: the batch's triples join the union, and its markers make it complete
            marker_lines = [f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                            for q in ox.parse(markers, format=ox.RdfFormat.N_QUADS)]
            self.store.update("INSERT DATA {\n" + "\n".join(marker_lines) + "\n} ;\n"
                              + union.add_graphs(graphs))
        except BaseException:
            for g in graphs:      # all new: removing them restores the store as it was
                self.store.update(union.retract_and_drop(g))
            raise
        self.bulk_documents += len(graphs)
        self._indexed([g.value for g in graphs])

    def _indexed(self, graphs: list[str]) -> None:
        """The full-text index follows the store, after it (graph/fulltext.py)."""
        if self._sync_fulltext is not None:
            self._sync_fulltext(graphs)

    def close(self) -> None:
        self.flush()
        self.store.flush()
