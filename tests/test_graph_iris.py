"""Entity IRIs are IRIs (RFC 3987, issue 14): Chinese kept, only what an IRI forbids or would
misread percent-encoded, and the key always comes back exactly — from today's IRIs and
from the all-percent-encoded ones minted before."""
from urllib.parse import quote

import pyoxigraph as ox
import pytest
import rdflib

from cnkg.graph.namespaces import (KGR, canonical_iri, encode_key, iri_for, key_for, legacy_encode_key,
                                   to_iri)
from cnkg.graph.serialize import serialize_quads

AWKWARD_KEYS = [
    "person/自然资源部/张兵",
    "goal/doc/增长50%",            # a bare %
    "goal/doc/%E5%BC%A0",          # text that looks like an escape
    "doc/第#1号",                  # would start a fragment
    "doc/为什么?是",               # would start a query
    "org/A B\tC\nD",               # space and controls
    "org/a//b/",                   # empty path segments
    'x/<>"{}|\\^`[]',              # ASCII an IRI forbids
    "tech/互联网+/A&B(1)'x;y=z,w*!$:@~",   # sub-delims an IRI path keeps
    "place/北京\u3000朝阳",        # ideographic space
    "org/零\u200b宽\u200e\u202e",  # zero-width and bidi format characters
    "x/\x85\ue000\ufffe",          # a C1 control, private use, a non-character
    "x/😀𠀀",                      # astral letters and symbols
]


def test_chinese_characters_are_kept():
    assert iri_for("person/自然资源部/张兵").value == "https://w3id.org/cnpkg/id/person/自然资源部/张兵"
    assert iri_for("tech/互联网+").value == KGR + "tech/互联网+"


@pytest.mark.parametrize("char, escaped", [
    (" ", "%20"), ("%", "%25"), ("#", "%23"), ("?", "%3F"), ("<", "%3C"), (">", "%3E"), ('"', "%22"),
    ("{", "%7B"), ("}", "%7D"), ("|", "%7C"), ("\\", "%5C"), ("^", "%5E"), ("`", "%60"), ("[", "%5B"),
    ("]", "%5D"), ("\n", "%0A"), ("\x7f", "%7F"), ("\x85", "%C2%85"), ("\u3000", "%E3%80%80"),
    ("\u200b", "%E2%80%8B"), ("\u202e", "%E2%80%AE"), ("\ue000", "%EE%80%80"),
])
def test_characters_an_iri_forbids_or_misreads_are_percent_encoded(char, escaped):
    assert encode_key(f"x/a{char}b") == f"x/a{escaped}b"


@pytest.mark.parametrize("key", AWKWARD_KEYS)
def test_key_round_trips_through_the_iri(key):
    iri = iri_for(key)                       # pyoxigraph's NamedNode accepted it
    assert key_for(iri) == key
    assert to_iri(key) == iri and to_iri(iri.value) == iri and to_iri(f"<{iri.value}>") == iri


@pytest.mark.parametrize("key", AWKWARD_KEYS)
def test_an_old_percent_encoded_iri_still_decodes_and_maps_to_the_new_one(key):
    old = KGR + legacy_encode_key(key)
    assert key_for(old) == key
    assert canonical_iri(old) == iri_for(key).value
    assert to_iri(old) == iri_for(key)       # a pasted old IRI finds the stored entity


def test_canonical_iri_leaves_other_iris_alone():
    for value in ("https://schema.org/Person", KGR, "urn:x"):
        assert canonical_iri(value) == value
    assert canonical_iri(iri_for("person/张兵").value) == iri_for("person/张兵").value


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("trig", "trig"),
                                                ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_every_export_writes_readable_iris_that_rdflib_and_oxigraph_read_back(fmt, rdflib_format):
    graph = iri_for("article/另一篇")
    quads = [ox.Quad(iri_for(k), ox.NamedNode("https://w3id.org/cnpkg/ontology#p"), iri_for(k), graph)
             for k in AWKWARD_KEYS]
    text = serialize_quads(quads, fmt).decode("utf-8")
    assert "自然资源部/张兵" in text and "%E5%BC%A0%E5%85%B5" not in text
    parsed = rdflib.Dataset()
    parsed.parse(data=text, format=rdflib_format)
    iris = {str(t) for quad in parsed.quads() for t in quad[:3]}
    assert {q.subject.value for q in quads} <= iris
    back = {q.subject for q in ox.parse(text.encode(), format=ox.RdfFormat.from_extension(
        {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}[fmt]))}
    assert back == {q.subject for q in quads}


def test_the_legacy_form_is_what_was_minted_before():
    assert legacy_encode_key("person/陈洪宛") == quote("person/陈洪宛", safe="/") == "person/%E9%99%88%E6%B4%AA%E5%AE%9B"
