"""Entity look-ups behind the JSON API: one entity's relations with provenance,
its neighbourhood, and the shortest path between two entities.

Plain functions over a ``pyoxigraph.Store`` and a :class:`api.search.LabelIndex`,
so tests call them without HTTP. Labels and types of the other end of a relation
come from the index, not from extra queries.
"""
from __future__ import annotations

from collections import deque

import pyoxigraph as ox

from api.search import KG, EntityInfo, LabelIndex, entity_id
from extract.model import PREDICATES
from queries.registry import to_iri

RELATIONS = frozenset(KG + p for p in PREDICATES)
MAX_NEIGHBOURS = 300
MAX_EDGES_PER_NODE = 200

#: Every relation of one entity, each with the statement node that records where it was read.
RELATIONS_QUERY = """
PREFIX kg: <https://w3id.org/cnpkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?e ?dir ?p ?other ?article ?title ?sentence ?index ?confidence ?post WHERE {
  { ?e ?p ?other . BIND(?e AS ?s) BIND(?other AS ?o) BIND("out" AS ?dir) }
  UNION { ?other ?p ?e . BIND(?other AS ?s) BIND(?e AS ?o) BIND("in" AS ?dir) }
  VALUES ?p { %s }
  OPTIONAL {
    ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?a kg:sentence ?sentence }
    OPTIONAL { ?a kg:sentenceIndex ?index }
    OPTIONAL { ?a kg:confidence ?confidence }
    OPTIONAL { ?article dcterms:title ?title }
  }
  OPTIONAL {
    ?m a kg:Membership ; org:member ?s ; org:organization ?o ; org:role ?role .
    ?role rdfs:label ?post .
    FILTER(?p = kg:holdsPost)
  }
}
ORDER BY ?dir ?p ?other ?article ?index
""" % " ".join(f"kg:{p}" for p in PREDICATES)


def resolve(entity: str) -> str | None:
    """The IRI for an API id: an entity key (``person/陈洪宛``), a prefixed name
    (``kgr:person/陈洪宛``) or a full IRI (a ``kgr:`` one re-encoded as MODEL.md mints it);
    None for something that is none of these."""
    if entity.startswith(("http:/", "https:/")) and not entity.startswith(("http://", "https://")):
        entity = entity.replace(":/", "://", 1)   # a path segment "//" may arrive collapsed
    try:
        return to_iri(entity).value
    except ValueError:
        return None


def _local(iri: str) -> str:
    return iri[len(KG):] if iri.startswith(KG) else iri


def _value(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        return term.value
    return term.value


def _summary(index: LabelIndex, iri: str) -> dict:
    info = index.get(iri)
    if info is None:
        return {"id": entity_id(iri), "iri": iri, "label": entity_id(iri), "type": None}
    return info.summary()


def describe(store: ox.Store, index: LabelIndex, info: EntityInfo) -> dict:
    """Labels, types, aliases and every relation in and out, each with its provenance."""
    relations: dict[tuple[str, str, str], dict] = {}
    rows = store.query(RELATIONS_QUERY, use_default_graph_as_union=True,
                       substitutions={ox.Variable("e"): ox.NamedNode(info.iri)})
    for row in rows:
        direction, predicate, other = row["dir"].value, row["p"].value, row["other"]
        if not isinstance(other, ox.NamedNode):
            continue
        key = (direction, predicate, other.value)
        rel = relations.get(key)
        if rel is None:
            rel = relations[key] = {"direction": direction, "predicate": _local(predicate),
                                    "other": _summary(index, other.value), "post": None,
                                    "provenance": []}
        if row["post"] is not None and rel["post"] is None:
            rel["post"] = row["post"].value
        if row["article"] is not None:
            source = {"article": row["article"].value, "document": entity_id(row["article"].value).removeprefix("article/"),
                      "title": _value(row["title"]), "sentence": _value(row["sentence"]),
                      "sentence_index": _value(row["index"]), "confidence": _value(row["confidence"])}
            if source not in rel["provenance"]:
                rel["provenance"].append(source)
    ordered = list(relations.values())
    return {
        **info.summary(),
        "types": info.types,
        "labels": [{"value": v, "lang": lang or None} for lang, vs in info.labels.items() for v in vs],
        "aliases": [{"value": v, "lang": lang or None} for lang, vs in info.aliases.items() for v in vs],
        "outgoing": [r for r in ordered if r["direction"] == "out"],
        "incoming": [r for r in ordered if r["direction"] == "in"],
    }


def edges_of(store: ox.Store, iri: str, predicates: frozenset[str] = RELATIONS) -> set[tuple[str, str, str]]:
    """The distinct relation triples (s, p, o) touching ``iri``, over all graphs."""
    node = ox.NamedNode(iri)
    out: set[tuple[str, str, str]] = set()
    for quad in store.quads_for_pattern(node, None, None, None):
        if quad.predicate.value in predicates and isinstance(quad.object, ox.NamedNode):
            out.add((iri, quad.predicate.value, quad.object.value))
            if len(out) >= MAX_EDGES_PER_NODE:
                return out
    for quad in store.quads_for_pattern(None, None, node, None):
        if quad.predicate.value in predicates and isinstance(quad.subject, ox.NamedNode):
            out.add((quad.subject.value, quad.predicate.value, iri))
            if len(out) >= 2 * MAX_EDGES_PER_NODE:
                break
    return out


def predicate_filter(predicate: str | None) -> frozenset[str]:
    """The relation IRIs a ``predicate=`` parameter selects (all when None).

    :raises ValueError: for a predicate outside the model.
    """
    if not predicate:
        return RELATIONS
    chosen = set()
    for name in predicate.split(","):
        iri = name if name.startswith(KG) else KG + name.removeprefix("kg:")
        if iri not in RELATIONS:
            raise ValueError(f"unknown predicate {name!r} (one of {', '.join(PREDICATES)})")
        chosen.add(iri)
    return frozenset(chosen)


def neighbourhood(store: ox.Store, index: LabelIndex, iri: str, *, depth: int = 1,
                  predicates: frozenset[str] = RELATIONS) -> dict:
    """Nodes and edges within ``depth`` hops, ready for a graph drawing (cytoscape's shape)."""
    seen = {iri: 0}
    edges: set[tuple[str, str, str]] = set()
    frontier = [iri]
    truncated = False
    for hop in range(1, depth + 1):
        nxt = []
        for node in frontier:
            for s, p, o in edges_of(store, node, predicates):
                other = o if s == node else s
                if other not in seen:
                    if len(seen) >= MAX_NEIGHBOURS:
                        truncated = True
                        continue
                    seen[other] = hop
                    nxt.append(other)
                edges.add((s, p, o))
        frontier = nxt
    nodes = [{**_summary(index, n), "distance": d} for n, d in seen.items()]
    return {
        "center": entity_id(iri),
        "nodes": nodes,
        "edges": [{"id": f"{entity_id(s)} {_local(p)} {entity_id(o)}", "source": entity_id(s),
                   "target": entity_id(o), "predicate": _local(p)} for s, p, o in sorted(edges)],
        "truncated": truncated,
    }


def shortest_path(store: ox.Store, index: LabelIndex, source: str, target: str, *,
                  max_length: int = 4) -> dict | None:
    """The shortest chain of relations (either direction) from ``source`` to ``target``.

    Breadth-first from both ends; returns None when no path of ``max_length`` or
    fewer relations exists.
    """
    if source == target:
        return {"length": 0, "nodes": [_summary(index, source)], "edges": []}
    parents = {source: None}, {target: None}     # node → (previous node, edge)
    frontiers = [source], [target]
    meet = None
    for _ in range(max_length):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        nxt = []
        for node in frontiers[side]:
            for edge in sorted(edges_of(store, node)):
                other = edge[2] if edge[0] == node else edge[0]
                if other in parents[side]:
                    continue
                parents[side][other] = (node, edge)
                if other in parents[1 - side]:
                    meet = other
                    break
                nxt.append(other)
            if meet:
                break
        if meet or not nxt:
            break
        frontiers = (nxt, frontiers[1]) if side == 0 else (frontiers[0], nxt)
    if meet is None:
        return None
    chain_edges, node = [], meet
    while parents[0][node] is not None:
        node, edge = parents[0][node]
        chain_edges.insert(0, edge)
    node = meet
    while parents[1][node] is not None:
        node, edge = parents[1][node]
        chain_edges.append(edge)
    if len(chain_edges) > max_length:
        return None
    nodes, at = [source], source
    for s, _p, o in chain_edges:
        at = o if s == at else s
        nodes.append(at)
    return {
        "length": len(chain_edges),
        "nodes": [_summary(index, n) for n in nodes],
        "edges": [{"source": entity_id(s), "predicate": _local(p), "target": entity_id(o)}
                  for s, p, o in chain_edges],
    }
