"""Namespaces and IRI minting (see MODEL.md).

Every IRI the project mints comes from here, so the same entity key always gives
the same IRI — in every article, in every build.

>>> iri_for("org/国家发展改革委").value
'https://w3id.org/cnpkg/id/org/国家发展改革委'
>>> iri_for("goal/50% 的 #1?").value
'https://w3id.org/cnpkg/id/goal/50%25%20的%20%231%3F'
>>> article_iri("smart-city-expo-2020").value
'https://w3id.org/cnpkg/id/article/smart-city-expo-2020'
>>> key_for(iri_for("person/陈洪宛"))
'person/陈洪宛'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
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


#: RFC 3987 ``ucschar``: the non-ASCII code points an IRI may hold unescaped
_UCSCHAR = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF),
            *((plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)),
            (0xE1000, 0xEFFFD))

#: what is not an ASCII character an IRI path keeps as it is (RFC 3987 ``ipchar`` and ``/``:
#: letters, digits, ``-._~``, the sub-delims ``!$&'()*+,;=``, ``:`` and ``@``): every other
#: ASCII character is escaped — space, ``<>"{}|\^`[]``, controls, ``#`` and ``?`` (which
#: would end the path) and ``%`` itself (so that decoding gives the key back exactly)
_NOT_KEPT = re.compile(r"[^A-Za-z0-9\-._~!$&'()*+,;=:@/]")


def _kept(char: str) -> bool:
    """Whether a non-ASCII character stays as it is: a ``ucschar`` that is neither a
    separator (U+3000 and other spaces, which N-Triples readers split on) nor a format
    character (zero-width and bidirectional controls, which RFC 3987 §4.1 forbids and
    nobody can see)."""
    code = ord(char)
    if not any(lo <= code <= hi for lo, hi in _UCSCHAR):
        return False
    category = unicodedata.category(char)
    return category[0] != "Z" and category != "Cf"


def _escape(match: re.Match) -> str:
    char = match.group()
    return char if ord(char) > 0x7F and _kept(char) else quote(char, safe="")


def encode_key(key: str) -> str:
    """A key as an IRI path (RFC 3987): Chinese and other Unicode letters kept, only what
    an IRI forbids or would misread percent-encoded (UTF-8), so :func:`unquote` gives
    the key back.

    >>> encode_key("person/自然资源部/张兵")
    'person/自然资源部/张兵'
    >>> encode_key("tech/互联网+ 5G|<x>")
    'tech/互联网+%205G%7C%3Cx%3E'
    """
    return _NOT_KEPT.sub(_escape, key)


def legacy_encode_key(key: str) -> str:
    """How keys were encoded before issue 14 (every non-ASCII byte percent-encoded);
    ``kg migrate`` rewrites IRIs of this form, :func:`key_for` still reads them."""
    return quote(key, safe="/")


def iri_for(key: str) -> NamedNode:
    """The resource IRI of an entity key (``extract.model.Entity.key``) or any other
    ``kgr:`` path: ``kgr:`` + :func:`encode_key` (``kgr:person/陈洪宛``)."""
    if not key:
        raise ValueError("an empty key has no IRI")
    return NamedNode(KGR + encode_key(key))


def canonical_iri(value: str) -> str:
    """A ``kgr:`` IRI as :func:`iri_for` mints it today (an IRI of the old, all
    percent-encoded form is re-encoded); any other IRI unchanged.

    >>> canonical_iri("https://w3id.org/cnpkg/id/person/%E5%BC%A0%E5%85%B5")
    'https://w3id.org/cnpkg/id/person/张兵'
    """
    if not value.startswith(KGR) or len(value) == len(KGR):
        return value
    return KGR + encode_key(unquote(value[len(KGR):]))


def key_for(iri: NamedNode | str) -> str | None:
    """The key an IRI was minted from, or None if it is not a ``kgr:`` IRI (either
    form: ``kgr:person/张兵`` and the old ``kgr:person/%E5%BC%A0%E5%85%B5`` alike)."""
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
    if v.startswith(KGR) and len(v) > len(KGR):   # re-encode: an old-form or hand-typed IRI matches the stored one
        return NamedNode(canonical_iri(v))
    return NamedNode(v)
