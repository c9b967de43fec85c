"""Entity look-ups behind the JSON API: one entity's relations with provenance,
its neighbourhood, and the shortest path between two entities.

Plain functions over a ``pyoxigraph.Store`` and a :class:`graph.labels.LabelIndex`,
so tests call them without HTTP. Labels and types of the other end of a relation
come from the index, not from extra queries.

``GET /entities/{id}`` does no store work per request: :func:`describe_all` reads
every relation, statement node and membership in a few predicate scans when the
index is built (start-up and after each write) and keeps each entity's answer as
JSON bytes, so a request is a dictionary look-up. :func:`describe` gives the same
document for one entity by point look-ups (what ``describe_all`` is tested against).
"""
from __future__ import annotations

import orjson
import pyoxigraph as ox

from cnkg.extract.model import PREDICATES
from cnkg.graph.labels import EntityInfo, LabelIndex, entity_id
from cnkg.graph.namespaces import DCTERMS, KG, ORG, PROV, RDF, RDFS, to_iri

RELATIONS = frozenset(KG + p for p in PREDICATES)
MAX_NEIGHBOURS = 300
MAX_EDGES_PER_NODE = 200

_RDF = RDF
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (ox.NamedNode(RDF + n) for n in ("subject", "predicate", "object"))
ORG_MEMBER = ox.NamedNode(ORG + "member")
ORG_ORGANIZATION = ORG + "organization"
ORG_ROLE = ORG + "role"
RDFS_LABEL = ox.NamedNode(RDFS + "label")
#: the default graph: the union of the article graphs, each triple once (graph.union)
UNION = ox.DefaultGraph()
DCTERMS_TITLE = ox.NamedNode(DCTERMS + "title")
PROV_DERIVED = PROV + "wasDerivedFrom"


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


def _properties(store: ox.Store, node: ox.NamedNode) -> dict[str, ox.NamedNode | ox.Literal]:
    """The first value of each property of ``node`` (over the union of the article graphs)."""
    out: dict = {}
    for quad in store.quads_for_pattern(node, None, None, UNION):
        out.setdefault(quad.predicate.value, quad.object)
    return out


def _provenance(store: ox.Store, entity: ox.NamedNode, titles: dict) -> dict[tuple, list[dict]]:
    """Statement nodes about ``entity`` (either end): (s, p, o) → the sources they record."""
    found: dict[tuple, list[dict]] = {}
    nodes = {q.subject for q in store.quads_for_pattern(None, RDF_SUBJECT, entity, UNION)}
    nodes |= {q.subject for q in store.quads_for_pattern(None, RDF_OBJECT, entity, UNION)}
    for node in nodes:
        props = _properties(store, node)
        s, p, o = (props.get(_RDF + n) for n in ("subject", "predicate", "object"))
        article = props.get(PROV_DERIVED)
        if s is None or p is None or o is None or article is None:
            continue
        if article.value not in titles:
            title = next(store.quads_for_pattern(article, DCTERMS_TITLE, None, UNION), None)
            titles[article.value] = title.object.value if title else None
        source = {"article": article.value, "document": entity_id(article.value).removeprefix("article/"),
                  "title": titles[article.value], "sentence": _value(props.get(KG + "sentence")),
                  "sentence_index": _value(props.get(KG + "sentenceIndex")),
                  "confidence": _value(props.get(KG + "confidence"))}
        sources = found.setdefault((s.value, p.value, o.value), [])
        if source not in sources:
            sources.append(source)
    for sources in found.values():
        sources.sort(key=lambda x: (x["document"], x["sentence_index"] or 0))
    return found


def _posts(store: ox.Store, person: ox.NamedNode) -> dict[str, str]:
    """holdsPost titles of a person by body IRI, from the ORG memberships."""
    posts: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, ORG_MEMBER, person, UNION):
        props = _properties(store, quad.subject)
        body, role = props.get(ORG_ORGANIZATION), props.get(ORG_ROLE)
        if body is not None and isinstance(role, ox.NamedNode):
            label = next(store.quads_for_pattern(role, RDFS_LABEL, None, UNION), None)
            if label is not None:
                posts.setdefault(body.value, label.object.value)
    return posts


def describe(store: ox.Store, index: LabelIndex, info: EntityInfo) -> dict:
    """Labels, types, aliases and every relation in and out, each with its provenance
    (the article and sentence its statement node records) — point look-ups for one entity."""
    node = ox.NamedNode(info.iri)
    edges = edges_of(store, info.iri)
    posts = _posts(store, node) if any(p == KG + "holdsPost" for _, p, _ in edges) else {}
    return _document(index, info, edges, _provenance(store, node, {}), posts)


def describe_all(store: ox.Store, index: LabelIndex) -> dict[str, bytes]:
    """Every indexed entity's :func:`describe` document, as JSON bytes keyed by IRI.

    Reads each relation predicate, the statement-node properties, the memberships and
    the titles once (a scan per predicate) instead of ~10 point look-ups per entity.
    """
    def scan(predicate: str | ox.NamedNode):
        node = predicate if isinstance(predicate, ox.NamedNode) else ox.NamedNode(predicate)
        return store.quads_for_pattern(None, node, None, UNION)

    entities = index.entities
    out_edges: dict[str, set] = {}
    in_edges: dict[str, set] = {}
    for p in sorted(RELATIONS):
        for quad in scan(p):
            s, o = quad.subject, quad.object
            if not isinstance(o, ox.NamedNode):
                continue
            if s.value in entities and isinstance(s, ox.NamedNode):
                out_edges.setdefault(s.value, set()).add((s.value, p, o.value))
            if o.value in entities and isinstance(s, ox.NamedNode):
                in_edges.setdefault(o.value, set()).add((s.value, p, o.value))

    # statement nodes: (s, p, o) → sources, as _provenance builds them per entity
    keys = {_RDF + "subject": "s", _RDF + "predicate": "p", _RDF + "object": "o", PROV_DERIVED: "article",
            KG + "sentence": "sentence", KG + "sentenceIndex": "sentence_index", KG + "confidence": "confidence"}
    nodes: dict = {}
    for predicate, key in keys.items():
        for quad in scan(predicate):
            nodes.setdefault(quad.subject, {}).setdefault(key, quad.object)
    titles: dict[str, str] = {}
    for quad in scan(DCTERMS_TITLE):
        titles.setdefault(quad.subject.value, quad.object.value)
    provenance: dict[tuple, list[dict]] = {}
    for props in nodes.values():
        s, p, o, article = props.get("s"), props.get("p"), props.get("o"), props.get("article")
        if s is None or p is None or o is None or article is None:
            continue
        source = {"article": article.value, "document": entity_id(article.value).removeprefix("article/"),
                  "title": titles.get(article.value), "sentence": _value(props.get("sentence")),
                  "sentence_index": _value(props.get("sentence_index")),
                  "confidence": _value(props.get("confidence"))}
        sources = provenance.setdefault((s.value, p.value, o.value), [])
        if source not in sources:
            sources.append(source)
    for sources in provenance.values():
        sources.sort(key=lambda x: (x["document"], x["sentence_index"] or 0))

    # holdsPost titles: person → body → the role's label (as _posts finds them)
    members: dict = {}
    for quad in scan(ORG_MEMBER):
        members.setdefault(quad.subject, {}).setdefault("persons", []).append(quad.object.value)
    for predicate, key in ((ORG_ORGANIZATION, "body"), (ORG_ROLE, "role")):
        for quad in scan(predicate):
            if quad.subject in members:
                members[quad.subject].setdefault(key, quad.object)
    role_labels: dict[str, str | None] = {}
    posts: dict[str, dict[str, str]] = {}
    for props in members.values():
        body, role = props.get("body"), props.get("role")
        if body is None or not isinstance(role, ox.NamedNode):
            continue
        if role.value not in role_labels:
            label = next(store.quads_for_pattern(role, RDFS_LABEL, None, UNION), None)
            role_labels[role.value] = label.object.value if label is not None else None
        if role_labels[role.value] is not None:
            for person in props["persons"]:
                posts.setdefault(person, {}).setdefault(body.value, role_labels[role.value])

    documents: dict[str, bytes] = {}
    for iri, info in entities.items():
        outs = sorted(out_edges.get(iri, ()))[:MAX_EDGES_PER_NODE]
        edges = set(outs) | set(sorted(in_edges.get(iri, ()))[:2 * MAX_EDGES_PER_NODE - len(outs)])
        documents[iri] = orjson.dumps(_document(index, info, edges, provenance, posts.get(iri, {})))
    return documents


def _document(index: LabelIndex, info: EntityInfo, edges, provenance: dict, posts: dict[str, str]) -> dict:
    """The entity document from its relation triples, the provenance by triple and its posts."""
    relations: dict[tuple[str, str, str], dict] = {}
    for s, p, o in sorted(edges):
        direction, other = ("out", o) if s == info.iri else ("in", s)
        relations[(direction, p, other)] = {
            "direction": direction, "predicate": _local(p), "other": _summary(index, other),
            "post": None, "provenance": provenance.get((s, p, o), [])}
    for body, title in posts.items():
        rel = relations.get(("out", KG + "holdsPost", body))
        if rel is not None:
            rel["post"] = title
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
    """The distinct relation triples (s, p, o) touching ``iri``, over the union of the article graphs."""
    node = ox.NamedNode(iri)
    out: set[tuple[str, str, str]] = set()
    for quad in store.quads_for_pattern(node, None, None, UNION):
        if quad.predicate.value in predicates and isinstance(quad.object, ox.NamedNode):
            out.add((iri, quad.predicate.value, quad.object.value))
            if len(out) >= MAX_EDGES_PER_NODE:
                return out
    for quad in store.quads_for_pattern(None, None, node, UNION):
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
