"""Namespaces and IRI minting (see MODEL.md).

Every IRI the project mints comes from here, so the same entity key always gives
the same IRI — in every article, in every build.

>>> iri_for("org/国家发展改革委").value
'https://w3id.org/cnpkg/id/org/%E5%9B%BD%E5%AE%B6%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94'
>>> article_iri("smart-city-expo-2020").value
'https://w3id.org/cnpkg/id/article/smart-city-expo-2020'
>>> key_for(iri_for("person/陈洪宛"))
'person/陈洪宛'
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from cnkg.extract.model import ENTITY_TYPES, PREDICATES

KG = "https://w3id.org/cnpkg/ontology#"
KGR = "https://w3id.org/cnpkg/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"

#: Prefixes used in serialisations and accepted in ad-hoc SPARQL queries.
PREFIXES: dict[str, str] = {
    "kg": KG, "kgr": KGR, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
    "skos": SKOS, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "prov": PROV,
    "dcterms": DCTERMS,
}


def kg(name: str) -> NamedNode:
    """A term of the project ontology: ``kg("holdsPost")``."""
    return NamedNode(KG + name)


def iri_for(key: str) -> NamedNode:
    """The resource IRI of an entity key (``extract.model.Entity.key``) or any other
    ``kgr:`` path: ``kgr:`` + the key percent-encoded, ``/`` kept."""
    if not key:
        raise ValueError("an empty key has no IRI")
    return NamedNode(KGR + quote(key, safe="/"))


def key_for(iri: NamedNode | str) -> str | None:
    """The key an IRI was minted from, or None if it is not a ``kgr:`` IRI."""
    value = iri.value if isinstance(iri, NamedNode) else iri
    if not value.startswith(KGR):
        return None
    return unquote(value[len(KGR):])


def article_iri(document: str) -> NamedNode:
    """The IRI of an article node, which is also the name of its graph."""
    return iri_for(f"article/{document}")


def scoped_iri(kind: str, document: str, *parts: str) -> NamedNode:
    """A deterministic IRI for a node that belongs to one article: ``kgr:<kind>/<doc>/<hash>``,
    the hash taken over ``parts`` (so a rebuild mints the same IRI)."""
    return iri_for(f"{kind}/{document}/{short_hash(*parts)}")


def short_hash(*parts: str) -> str:
    """16 hex digits of SHA-256 over the parts, NUL-separated."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_ONTOLOGY_TERMS = frozenset(ENTITY_TYPES) | frozenset(PREDICATES)


def to_iri(value: str) -> NamedNode:
    """A parameter value as an IRI — ``<iri>``, an IRI, a prefixed name
    (``kg:holdsPost``, ``kgr:person/陈洪宛``), an ontology term (``Person``) or an entity key
    (``person/陈洪宛``)."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    if v in _ONTOLOGY_TERMS:
        return NamedNode(KG + v)
    prefix, _, local = v.partition(":")
    if prefix == "kgr" and local:
        return iri_for(local)
    if prefix in PREFIXES and prefix != "kgr" and local and not local.startswith("//"):
        v = PREFIXES[prefix] + local
    elif not _SCHEME.match(v):
        if "/" not in v:
            raise ValueError("expected an IRI, a prefixed name or an entity key such as person/陈洪宛")
        return iri_for(v)
    if v.startswith(KGR):  # re-encode, so a pasted IRI with 中文 matches the stored one
        return iri_for(unquote(v[len(KGR):]))
    return NamedNode(v)
