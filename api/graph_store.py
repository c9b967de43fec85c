"""The Graph Store operations behind ``/graphs``, over the local store.

A named graph's triples also live in the default graph, their union, each triple once
(:mod:`graph.union`): writing a named graph updates it. :class:`api.remote.RemoteGraph`
offers the same operations over a SPARQL server.
"""
from __future__ import annotations

import pyoxigraph as ox

from cnkg.graph import union


class LocalGraphs:
    """``exists``, ``dump``, ``replace``, ``add`` and ``drop`` of one graph of a pyoxigraph store."""

    def __init__(self, store: ox.Store):
        self.store = store

    def exists(self, graph) -> bool:
        return isinstance(graph, ox.DefaultGraph) or self.store.contains_named_graph(graph)

    def dump(self, graph, fmt: ox.RdfFormat, prefixes=None) -> bytes:
        return self.store.dump(format=fmt, from_graph=graph, prefixes=prefixes) or b""

    def replace(self, graph, triples: list[ox.Triple], existed: bool) -> None:
        store = self.store
        if existed and isinstance(graph, ox.NamedNode):
            store.update(union.retract(graph))       # its old triples leave the union (graph.union)
        if existed:
            store.clear_graph(graph)
        elif isinstance(graph, ox.NamedNode):
            store.add_graph(graph)
        self._extend(graph, triples)

    def add(self, graph, triples: list[ox.Triple], is_new: bool) -> None:
        if is_new:
            self.store.add_graph(graph)
        self._extend(graph, triples)

    def drop(self, graph) -> None:
        if isinstance(graph, ox.DefaultGraph):
            self.store.clear_graph(graph)
        else:
            self.store.update(union.retract_and_drop(graph))

    def _extend(self, graph, triples: list[ox.Triple]) -> None:
        """Add triples to a graph; a named graph's also join the default graph, their union."""
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        if isinstance(graph, ox.NamedNode):
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        self.store.extend(quads)
