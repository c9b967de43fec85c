"""Facts → RDF (graph/rdf.py) on a hand-made Extraction."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
import rdflib

from cnkg.extract.model import Mention, Relation
from cnkg.graph.namespaces import KG, ORG, PROV, RDF, RDFS, SKOS, XSD, article_iri, iri_for, kg
from cnkg.graph.rdf import InvalidExtraction, extraction_to_dataset, extraction_to_quads, serialize_dataset
from sample_extraction import BEIJING, CHEN, DOC, FIN, G5, NDRC, PAY, sample_extraction

A = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")


def _triples(quads):
    return {q.triple for q in quads}


def _objects(quads, s, p):
    return {q.object for q in quads if q.subject == s and q.predicate == p}


def test_rdf_every_quad_is_in_the_article_graph():
    quads = extraction_to_quads(sample_extraction())
    assert {q.graph_name for q in quads} == {article_iri(DOC)}


def test_rdf_entities_have_type_and_labels():
    quads = extraction_to_quads(sample_extraction())
    ndrc = iri_for(NDRC)
    assert _objects(quads, ndrc, A) == {kg("Agency")}
    assert _objects(quads, ndrc, LABEL) == {ox.Literal("国家发展改革委", language="zh"),
                                           ox.Literal("NDRC", language="en")}
    assert _objects(quads, ndrc, ox.NamedNode(SKOS + "altLabel")) == {ox.Literal("国家发改委", language="zh")}
    assert kg("Technology") in _objects(quads, iri_for(G5), A)
    assert ox.NamedNode(SKOS + "Concept") in _objects(quads, iri_for(G5), A)


def test_rdf_relation_is_a_triple_and_a_statement_node():
    ex = sample_extraction()
    quads = extraction_to_quads(ex)
    chen, fin = iri_for(CHEN), iri_for(FIN)
    assert ox.Triple(chen, kg("holdsPost"), fin) in _triples(quads)
    statements = {q.subject for q in quads
                  if q.predicate == ox.NamedNode(RDF + "predicate") and q.object == kg("holdsPost")}
    assert len(statements) == 1
    (st,) = statements
    assert _objects(quads, st, ox.NamedNode(RDF + "subject")) == {chen}
    assert _objects(quads, st, ox.NamedNode(PROV + "wasDerivedFrom")) == {article_iri(DOC)}
    assert _objects(quads, st, kg("sentence")) == {ox.Literal(ex.sentences[1].text, language="zh")}
    assert _objects(quads, st, kg("startOffset")) == {ox.Literal(str(ex.sentences[1].start), datatype=ox.NamedNode(XSD + "integer"))}
    assert _objects(quads, st, kg("confidence")) == {ox.Literal("0.9", datatype=ox.NamedNode(XSD + "decimal"))}


def test_rdf_holds_post_is_an_org_membership_with_a_role():
    quads = extraction_to_quads(sample_extraction())
    (m,) = {q.subject for q in quads if q.predicate == A and q.object == kg("Membership")}
    assert _objects(quads, m, ox.NamedNode(ORG + "member")) == {iri_for(CHEN)}
    assert _objects(quads, m, ox.NamedNode(ORG + "organization")) == {iri_for(FIN)}
    (post,) = _objects(quads, m, ox.NamedNode(ORG + "role"))
    assert _objects(quads, post, LABEL) == {ox.Literal("司长", language="zh")}


def test_rdf_parent_key_becomes_sub_organization_of():
    quads = extraction_to_quads(sample_extraction())
    assert ox.Triple(iri_for(FIN), kg("subOrganizationOf"), iri_for(NDRC)) in _triples(quads)


def test_rdf_statistic_value_is_a_decimal():
    quads = extraction_to_quads(sample_extraction())
    (value,) = _objects(quads, iri_for(PAY), kg("value"))
    assert value.datatype == ox.NamedNode(XSD + "decimal")
    assert float(value.value) == 805000000.0
    assert _objects(quads, iri_for(PAY), kg("valueText")) == {ox.Literal("8.05亿")}


def test_rdf_mapping_is_deterministic_and_blank_node_free():
    first, second = extraction_to_quads(sample_extraction()), extraction_to_quads(sample_extraction())
    assert first == second
    assert not any(isinstance(t, ox.BlankNode) for q in first for t in (q.subject, q.object))


def test_rdf_same_key_in_two_articles_is_one_iri():
    quads = list(extraction_to_dataset([sample_extraction(), sample_extraction("other-doc")]))
    graphs_with_beijing = {q.graph_name for q in quads if q.subject == iri_for(BEIJING) and q.predicate == LABEL}
    assert graphs_with_beijing == {article_iri(DOC), article_iri("other-doc")}


def _break(kind):
    ex = sample_extraction()
    if kind == "dangling key":
        ex.relations.append(Relation(CHEN, "speaksAt", "event/nowhere", 0))
    elif kind == "unknown predicate":
        ex.relations.append(Relation(CHEN, "likes", BEIJING, 0))
    elif kind == "unknown type":
        ex.entities[0] = dataclasses.replace(ex.entities[0], type="Thing")
    elif kind == "bad sentence":
        ex.relations.append(Relation(CHEN, "speaksAt", BEIJING, 99))
    elif kind == "confidence above 1":
        ex.relations[0].confidence = 1.5
    elif kind == "mention outside text":
        ex.entities[0].mentions.append(Mention(0, 10_000, 0))
    return ex


@pytest.mark.parametrize("kind", ["dangling key", "unknown predicate", "unknown type", "bad sentence",
                                  "confidence above 1", "mention outside text"])
def test_rdf_invalid_extraction_raises(kind):
    with pytest.raises(InvalidExtraction):
        extraction_to_quads(_break(kind))


def test_rdf_serialize_dataset_turtle_is_the_union_graph():
    dataset = extraction_to_dataset([sample_extraction(), sample_extraction("other-doc")])
    union = {q.triple for q in dataset}
    assert len(union) < len(dataset)  # shared entities repeat across graphs
    text = serialize_dataset(dataset, "turtle")
    assert len(rdflib.Graph().parse(data=text, format="turtle")) == len(union)


@pytest.mark.parametrize(("name", "fmt"), [("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS),
                                           ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_serialize_dataset_keeps_graphs(name, fmt):
    dataset = extraction_to_dataset([sample_extraction(), sample_extraction("other-doc")])
    parsed = set(ox.parse(serialize_dataset(dataset, name).encode("utf-8"), format=fmt))
    assert parsed == set(dataset)


def test_rdf_serialize_dataset_nquads_lines_are_sorted():
    text = serialize_dataset(extraction_to_dataset([sample_extraction()]), "nquads")
    lines = text.splitlines()
    assert lines == sorted(lines) and len(lines) == len(extraction_to_quads(sample_extraction()))
    assert KG in text


def test_rdf_statistic_values_are_exact_decimals():
    from decimal import Decimal

    from cnkg.extract.figures import to_number
    from cnkg.graph.rdf import decimal
    assert to_number("8.05", "亿") == Decimal("805000000")
    assert decimal(to_number("8.05", "亿")).value == "805000000.0"          # not 805000000.0000001
    assert decimal(to_number("196.98", "万亿")).value == "196980000000000.0"
    assert decimal(to_number("45.5", None)).value == "45.5"
    assert decimal(to_number("8.05", "亿")).datatype.value.endswith("#decimal")
