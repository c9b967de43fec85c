"""Canonical serialisation of quads: sorted, blank-node free, so two builds of the same
articles give byte-identical files (MODEL.md, "Exports").

Formats: ``turtle`` (the union of all graphs' triples, no graph names), ``trig``,
``nquads`` (one quad a line, lines sorted) and ``jsonld``.
"""
from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import Quad, RdfFormat, Triple, serialize

from cnkg.graph.namespaces import PREFIXES

FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "jsonld": RdfFormat.JSON_LD,
}
#: Media types, for the service.
MEDIA_TYPES: dict[str, str] = {name: fmt.media_type for name, fmt in FORMATS.items()}


#: The prefixes Turtle and TriG output declares: all but ``kgr:``, whose keys Turtle can
#: only abbreviate with a backslash before every "/", "%", "+", trailing "." …
#: (``kgr:person\/陈洪宛``, which rdflib cannot always read back): full IRIs
#: (``<https://w3id.org/cnpkg/id/person/陈洪宛>``) read better and parse everywhere.
SERIALIZE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgr"}


def _term_key(term) -> str:
    return str(term)


def sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The distinct quads in a fixed order (graph, subject, predicate, object)."""
    unique = set(quads)
    return sorted(unique, key=lambda q: (_term_key(q.graph_name), _term_key(q.subject),
                                         _term_key(q.predicate), _term_key(q.object)))


def union_triples(quads: Iterable[Quad]) -> list[Triple]:
    """The distinct triples of all graphs together, in a fixed order."""
    unique = {q.triple for q in quads}
    return sorted(unique, key=lambda t: (_term_key(t.subject), _term_key(t.predicate),
                                         _term_key(t.object)))


def _sorted_prefix_header(text: bytes) -> bytes:
    """Put the leading ``@prefix`` lines in alphabetical order: pyoxigraph writes them
    in an order of its own, which we do not want an export's bytes to depend on."""
    lines = text.splitlines(keepends=True)
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"".join(sorted(lines[:n]) + lines[n:])


def serialize_triples(triples: Iterable[Triple]) -> bytes:
    """Distinct triples (a CONSTRUCT result) as canonical Turtle."""
    ordered = sorted(set(triples), key=lambda t: (_term_key(t.subject), _term_key(t.predicate),
                                                  _term_key(t.object)))
    return _sorted_prefix_header(serialize(ordered, format=RdfFormat.TURTLE,
                                           prefixes=SERIALIZE_PREFIXES))


def serialize_quads(quads: Iterable[Quad], format: str) -> bytes:
    """Serialise quads canonically in one of :data:`FORMATS`.

    ``turtle`` drops graph names (union of triples); the others keep them.

    :raises ValueError: for an unknown format.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown RDF format {format!r} (one of {', '.join(FORMATS)})")
    if format == "turtle":
        return _sorted_prefix_header(serialize(union_triples(quads), format=RdfFormat.TURTLE,
                                               prefixes=SERIALIZE_PREFIXES))
    ordered = sorted_quads(quads)
    if format == "nquads":
        # Sort the lines themselves: the order of N-Quads text is the canonical one.
        text = serialize(ordered, format=RdfFormat.N_QUADS)
        return b"".join(sorted(text.splitlines(keepends=True)))
    if format == "trig":
        return _sorted_prefix_header(serialize(ordered, format=RdfFormat.TRIG,
                                               prefixes=SERIALIZE_PREFIXES))
    return serialize(ordered, format=RdfFormat.JSON_LD)
