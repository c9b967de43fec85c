"""The ontology (ontology/kg.ttl) and the SHACL shapes (ontology/shapes.ttl).

Golden files: tests/shapes/valid/*.ttl must conform; each tests/shapes/invalid/*.ttl
breaks one constraint, named in its first line (``# expect: sh:…Component``), and
``# also:`` lines list components a violation of it necessarily triggers too.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from cnkg.extract.model import ENTITY_TYPES, PREDICATES
from cnkg.ontology import ONTOLOGY, SHAPES

HERE = Path(__file__).parent / "shapes"
VALID = sorted((HERE / "valid").glob("*.ttl"))
INVALID = sorted((HERE / "invalid").glob("*.ttl"))
KG = rdflib.Namespace("https://w3id.org/cnpkg/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def _validate(path: Path, shapes: rdflib.Graph, ontology: rdflib.Graph):
    data = rdflib.Graph().parse(path, format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                               inference="none")
    report = results.value(None, RDF.type, SH.ValidationReport, any=False)
    # top-level results only: sh:detail results nested under an sh:node violation don't count
    components = {results.namespace_manager.normalizeUri(results.value(r, SH.sourceConstraintComponent))
                  for r in results.objects(report, SH.result)}
    return conforms, components, text


def _header(path: Path, key: str) -> list[str]:
    return re.findall(rf"^# {key}: (\S+)$", path.read_text(encoding="utf-8"), flags=re.M)


# ----------------------------------------------------------------- ontology

def test_ontology_parses_and_declares_every_format_term(ontology):
    for name in ENTITY_TYPES:
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    for name in PREDICATES:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology, name


def test_ontology_every_term_has_zh_and_en_labels_and_a_comment(ontology):
    terms = set(ontology.subjects(RDF.type, OWL.Class)) | set(ontology.subjects(RDF.type, OWL.ObjectProperty)) \
        | set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(terms) > len(ENTITY_TYPES) + len(PREDICATES)
    for term in terms:
        langs = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, term
        assert ontology.value(term, RDFS.comment) is not None, term


@pytest.mark.parametrize(("term", "parent"), [
    (KG.Agency, ORG.Organization), (KG.Agency, SCHEMA.GovernmentOrganization),
    (KG.Organization, ORG.Organization), (KG.Person, FOAF.Person),
    (KG.Technology, SKOS.Concept), (KG.Event, SCHEMA.Event), (KG.Place, SCHEMA.Place),
    (KG.Article, PROV.Entity), (KG.Assertion, PROV.Entity), (KG.Assertion, RDF.Statement),
    (KG.Membership, ORG.Membership), (KG.Post, ORG.Role),
])
def test_ontology_class_aligned_with_standard_vocabulary(ontology, term, parent):
    assert (term, RDFS.subClassOf, parent) in ontology


@pytest.mark.parametrize(("term", "parent"), [
    (KG.subOrganizationOf, ORG.subOrganizationOf), (KG.holdsPost, ORG.memberOf),
    (KG.locatedIn, SCHEMA.location),
])
def test_ontology_property_aligned_with_standard_vocabulary(ontology, term, parent):
    assert (term, RDFS.subPropertyOf, parent) in ontology


# ----------------------------------------------------------------- shapes, golden files

def test_ontology_shapes_golden_file_counts():
    assert len(VALID) == 5
    assert len(INVALID) == 38


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_ontology_shapes_valid_example_conforms(path, shapes, ontology):
    conforms, _, text = _validate(path, shapes, ontology)
    assert conforms, text


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_ontology_shapes_invalid_example_breaks_its_constraint(path, shapes, ontology):
    expected = _header(path, "expect")
    assert len(expected) == 1, "an invalid example names one expected constraint"
    conforms, components, text = _validate(path, shapes, ontology)
    assert not conforms
    assert expected[0] in components, text
    assert components <= set(expected) | set(_header(path, "also")), text
