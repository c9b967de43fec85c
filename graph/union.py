"""The default graph as the union of the article graphs, kept as a set.

An RDF graph is a set: a triple that two articles state is one triple of the union.
pyoxigraph 0.5.13 does not give that: with ``use_default_graph_as_union`` (and with
``FROM a FROM b``) a triple comes back once per graph that holds it, so counts and
GROUP BYs over exactly the cross-article facts double (oxigraph#1919, fixed upstream
by #1920, not yet released on PyPI).

So the store keeps the union itself: its default graph holds every triple of every
named graph, once, and queries run over that plain default graph. Each write of an
article graph updates the default graph in the same transaction (one SPARQL update
request is one transaction in Oxigraph):

- replacing or removing graph ``g`` first retracts from the default graph the triples
  of ``g`` that no other named graph states (:func:`retract`), then drops ``g``;
- new triples go to ``g`` and to the default graph (:func:`insert_data`);
- a generic SPARQL update (the protocol endpoint, token holders) is followed, in the
  same request, by :data:`ADD_MISSING`, which copies into the default graph what the
  named graphs hold. It never deletes: a triple written straight into the default
  graph stays, and so does one that such an update deleted from an article graph
  (``kg build --force`` or re-posting the article rebuilds it exactly).

A store written before this existed (named graphs, empty default graph) is brought up
to date when it is next opened for writing (:func:`needs_migration`, :func:`migrate`).

Drop this module when a pyoxigraph release with oxigraph#1920 reaches PyPI: query
with ``use_default_graph_as_union=True`` again and stop writing the default graph.
"""
from __future__ import annotations

import pyoxigraph as ox

#: copies every triple of every named graph into the default graph (idempotent)
ADD_MISSING = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

_DEFAULT = ox.DefaultGraph()


def retract(graph: ox.NamedNode) -> str:
    """The update that removes from the default graph the triples of ``graph`` that no
    other named graph holds (run it before dropping or replacing ``graph``)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }}")


def retract_and_drop(graph: ox.NamedNode) -> str:
    """One update: retract ``graph``'s own triples from the union, then drop it."""
    return f"{retract(graph)} ;\nDROP SILENT GRAPH {graph}"


def add_graphs(graphs: list[ox.NamedNode]) -> str:
    """The update that copies the triples of these named graphs into the default graph."""
    values = " ".join(str(g) for g in graphs)
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def insert_data(lines: list[str]) -> str:
    """``INSERT DATA`` of N-Triples lines into the default graph."""
    return "INSERT DATA {\n" + "\n".join(lines) + "\n}"


def needs_migration(store: ox.Store) -> bool:
    """Whether named graphs hold triples while the default graph is empty (a store
    written before the union was kept)."""
    if next(store.quads_for_pattern(None, None, None, _DEFAULT), None) is not None:
        return False
    return next(store.quads_for_pattern(None, None, None, None), None) is not None


def migrate(store: ox.Store) -> None:
    """Fill the default graph with the union of the named graphs (one transaction)."""
    store.update(ADD_MISSING)


def default_graph_size(store: ox.Store) -> int:
    """Triples in the default graph: the union's distinct triples."""
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
