"""Named queries (queries/*.rq) and their registry, run on a small hand-made extraction."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from cnkg.errors import KgError
from cnkg.graph.namespaces import KG, article_iri, iri_for
from cnkg.graph.store import KnowledgeStore
from cnkg.queries.registry import QueryRegistry, parse_query, to_iri
from sample_extraction import BIGDATA, CHEN, DOC, EXPO, FIN, G5, GOAL, NDRC, PAY, sample_extraction

N_QUERIES = 14


@pytest.fixture(scope="module")
def registry() -> QueryRegistry:
    return QueryRegistry.load()


@pytest.fixture(scope="module")
def kb() -> KnowledgeStore:
    store = KnowledgeStore(None)
    store.replace_document(sample_extraction())
    return store


def run(kb, registry, query, /, **values) -> list[dict]:
    result = kb.query(registry[query].text, registry.bind(query, values))
    columns = [v.value for v in result.variables]
    return [{c: (s[c].value if s[c] is not None else None) for c in columns} for s in result]


# ----------------------------------------------------------------- registry

def test_registry_loads_every_query_file(registry):
    assert len(registry) == N_QUERIES
    assert set(registry) == {"officials", "org-hierarchy", "technologies", "goals", "entity",
                             "provenance", "facts", "statistics",
                             # the page's overview and charts
                             "type-counts", "most-connected", "latest-articles", "targets-by-deadline",
                             "statistics-over-time", "goals-per-technology"}


@pytest.mark.parametrize("name", sorted(QueryRegistry.load()))
def test_registry_query_parses_runs_and_projects_its_params(registry, name):
    query = registry[name]
    assert query.description
    empty = ox.Store()
    list(empty.query(query.text))  # parses and runs
    # every parameter can be substituted: it is in the SELECT projection
    subs = {ox.Variable(p): ox.NamedNode("urn:x") if t == "iri" else ox.Literal("x")
            for p, t in query.params.items()}
    result = empty.query(query.text, substitutions=subs)
    assert set(query.params) <= {v.value for v in result.variables}


def test_registry_header_gives_typed_params(registry):
    q = registry["provenance"]
    assert q.params == {"subject": "iri", "predicate": "iri", "object": "iri"}
    assert q.required == ["subject"]
    assert registry["technologies"].params == {"body": "iri", "name": "string"}
    assert registry["entity"].to_dict()["params"][0] == {"name": "entity", "type": "iri", "optional": False,
                                                         "description": "the entity"}


def test_registry_parse_query_rejects_unknown_param_type():
    with pytest.raises(KgError, match="unknown type"):
        parse_query("q", "# Something.\n# param: x (date)\nSELECT ?x WHERE {}")


@pytest.mark.parametrize("value", [
    "person/陈洪宛", "kgr:person/陈洪宛", iri_for("person/陈洪宛").value, f"<{iri_for('person/陈洪宛').value}>",
    "https://w3id.org/cnpkg/id/person/陈洪宛",
])
def test_registry_iri_param_forms(value):
    assert to_iri(value) == iri_for(CHEN)


def test_registry_iri_param_ontology_terms():
    assert to_iri("holdsPost") == ox.NamedNode(KG + "holdsPost")
    assert to_iri("kg:Agency") == ox.NamedNode(KG + "Agency")
    assert to_iri("http://example.org/x") == ox.NamedNode("http://example.org/x")


def test_registry_bind_makes_substitutions(registry):
    subs = registry.bind("provenance", {"subject": CHEN, "predicate": "holdsPost"})
    assert subs == {ox.Variable("subject"): iri_for(CHEN),
                    ox.Variable("predicate"): ox.NamedNode(KG + "holdsPost")}
    assert registry.bind("technologies", {"name": "国家发改委"}) == {ox.Variable("name"): ox.Literal("国家发改委")}


@pytest.mark.parametrize(("name", "values", "message"), [
    ("nope", {}, "unknown query"),
    ("entity", {}, "missing parameter entity"),
    ("entity", {"entity": CHEN, "colour": "red"}, "unknown parameter colour"),
    ("entity", {"entity": "陈洪宛"}, "not a valid iri"),
    ("entity", {"entity": "http://bad iri"}, "not a valid iri"),
])
def test_registry_bind_rejects_bad_values(registry, name, values, message):
    with pytest.raises(KgError, match=message):
        registry.bind(name, values)


def test_registry_bind_checks_numbers():
    q = parse_query("q", "# Q.\n# param: n (integer)\n# param: x (decimal)\nSELECT ?n ?x WHERE {}")
    registry = QueryRegistry({"q": q})
    assert registry.bind("q", {"n": "3", "x": "0.5"})[ox.Variable("n")].value == "3"
    with pytest.raises(KgError, match="not a valid integer"):
        registry.bind("q", {"n": "three", "x": "1"})
    with pytest.raises(KgError, match="not a valid decimal"):
        registry.bind("q", {"n": "3", "x": "nan"})


def test_registry_values_are_never_pasted_into_the_query(kb, registry):
    hostile = '国家发改委" } } DELETE WHERE { ?s ?p ?o } #'
    assert run(kb, registry, "technologies", name=hostile) == []
    assert len(kb) > 0


# ----------------------------------------------------------------- named queries on the sample

def test_queries_officials(kb, registry):
    rows = run(kb, registry, "officials")
    assert [(r["name"], r["title"], r["bodyName"], r["parentName"]) for r in rows] == [
        ("陈洪宛", "司长", "财政金融和信用建设司", "国家发展改革委")]
    assert len(run(kb, registry, "officials", within=NDRC)) == 1  # units included
    assert run(kb, registry, "officials", within="place/北京") == []


def test_queries_org_hierarchy(kb, registry):
    rows = run(kb, registry, "org-hierarchy", root=NDRC)
    assert [(r["rootName"], r["unitName"], r["parentName"]) for r in rows] == [
        ("国家发展改革委", "财政金融和信用建设司", "国家发展改革委")]
    assert run(kb, registry, "org-hierarchy", root=FIN) == []


def test_queries_technologies_by_name_or_iri(kb, registry):
    by_iri = run(kb, registry, "technologies", body=FIN)
    assert {r["technologyName"] for r in by_iri} == {"5G", "大数据"}
    via = {r["technologyName"]: r["how"] for r in by_iri}
    assert via["5G"] == "promotes | goal: 提升数字基建质量"
    assert via["大数据"] == "goal: 提升数字基建质量"
    by_name = run(kb, registry, "technologies", name="财政金融和信用建设司")
    assert [r["technology"] for r in by_name] == [r["technology"] for r in by_iri]
    assert run(kb, registry, "technologies", name="国家发改委") == []  # the ministry itself promotes nothing here


def test_queries_goals(kb, registry):
    (row,) = run(kb, registry, "goals")
    assert row["goal"] == iri_for(GOAL).value
    assert set(row["technologies"].split("、")) == {"5G", "大数据"}
    assert row["proposedBy"] == "陈洪宛" and row["setBy"] == "财政金融和信用建设司"
    assert row["article"] == article_iri(DOC).value
    assert len(run(kb, registry, "goals", technology=BIGDATA)) == 1
    assert run(kb, registry, "goals", technology="tech/区块链") == []


def test_queries_entity(kb, registry):
    rows = run(kb, registry, "entity", entity=CHEN)
    out = {(r["predicate"], r["value"]) for r in rows if r["direction"] == "out"}
    assert (KG + "speaksAt", iri_for(EXPO).value) in out
    assert (KG + "holdsPost", iri_for(FIN).value) in out
    assert any(r["direction"] == "source" and r["value"] == article_iri(DOC).value for r in rows)
    assert not any(r["predicate"].endswith("#subject") for r in rows)  # statement nodes left out


def test_queries_provenance(kb, registry):
    ex = sample_extraction()
    (row,) = run(kb, registry, "provenance", subject=CHEN, predicate="holdsPost", object=FIN)
    assert row["article"] == article_iri(DOC).value
    assert row["sentence"] == ex.sentences[1].text
    assert (int(row["startOffset"]), int(row["endOffset"])) == (ex.sentences[1].start, ex.sentences[1].end)
    assert float(row["confidence"]) == 0.9
    assert len(run(kb, registry, "provenance", subject=CHEN)) == 3


def test_queries_facts_and_statistics(kb, registry):
    facts = run(kb, registry, "facts")
    assert len(facts) == len(sample_extraction().relations) + 1  # + subOrganizationOf from the parent key
    confidences = [float(r["confidence"]) for r in facts]
    assert confidences == sorted(confidences, reverse=True)
    assert run(kb, registry, "facts", article="other-doc/x") == []
    (stat,) = run(kb, registry, "statistics")
    assert stat["statistic"] == iri_for(PAY).value and stat["valueText"] == "8.05亿"
    assert float(stat["value"]) == 805000000
    assert G5  # the sample's technology key is importable for other tests


@pytest.mark.parametrize("module", ["cnkg.graph.namespaces", "cnkg.graph.store", "cnkg.queries.registry"])
def test_registry_and_graph_docstring_examples_run(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
