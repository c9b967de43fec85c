"""Depth limits before any parser sees the input (issue 12).

pyoxigraph's SPARQL parser (and its JSON-LD reader) recurse on the native stack: 1,000
nested ``STR(`` or 10,000 braces ended the whole server with SIGSEGV. Every text is now
scanned first (:mod:`graph.limits`): deeper than 128 levels, or chaining more than 1,024
operators in its open groups, is a 400 naming the limit, and the same server process
answers ``/health`` afterwards. Hypothesis generates nested input of every shape and
sends it through every door: GET and POST queries, updates with the token, Graph Store
bodies; ``kg query`` answers one line and a non-zero exit.
"""
from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cnkg.api.app import create_app
from cnkg.graph.limits import MAX_CHAIN, MAX_NESTING, InputTooDeep, check_rdf, check_sparql
from server_fixture import TOKEN, live_server, sample_knowledge, settings_for

AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: (prefix, opening, closing, suffix): the opening repeated n times, then the closing n times
QUERY_SHAPES = {
    "STR(": ("SELECT * WHERE { ?s ?p ?o FILTER(", "STR(", ")", "?o", ") }"),
    "braces": ("SELECT * WHERE ", "{", "}", "", ""),
    "parentheses": ("SELECT * WHERE { FILTER(", "(", ")", "true", ") }"),
    "!": ("SELECT * WHERE { ?s ?p ?o FILTER(", "!", "", "?o", ") }"),
    "- +": ("SELECT * WHERE { BIND(", "- + ", "", "1", " AS ?x) }"),
    "^ path": ("SELECT * WHERE { ?s ", "^", "", "<urn:p>", " ?o }"),
    "subqueries": ("SELECT * WHERE { ", "{ SELECT * WHERE ", "}", "{}", " }"),
    "path parentheses": ("SELECT * WHERE { ?s ", "(", ")", "<urn:p>", " ?o }"),
    "blank-node lists": ("SELECT * WHERE { ?s <urn:p> ", "[ <urn:p> ", " ]", "?o", " }"),
    "collections": ("SELECT * WHERE { ?s <urn:p> ", "( ", " )", "?o", " }"),
    "quoted triples": ("SELECT * WHERE { ", "<< ", " <urn:p> <urn:o> >>", "<urn:s> <urn:p> <urn:o>", " ?p ?o }"),
}
UPDATE_SHAPES = {
    "nested where": ("DELETE { ?s ?p ?o } WHERE ", "{", "}", "", ""),
    "nested data": ("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> ", "[ <urn:p> ", " ]", "1", " } }"),
    "nested filter": ("DELETE WHERE { ?s ?p ?o FILTER(", "!(", ")", "true", ") }"),
}
#: (prefix, item, separator, suffix): the item repeated n times — chains the parser folds into one tree
CHAIN_SHAPES = {
    "+": ("SELECT * WHERE { FILTER(", "1", " + ", " > 0) }"),
    "&&": ("SELECT * WHERE { FILTER(", "true", " && ", ") }"),
    "UNION": ("SELECT * WHERE { ", "{ ?s ?p ?o }", " UNION ", " }"),
    "triple patterns": ("SELECT * WHERE { ", "?s <urn:p> ?o", " . ", " }"),
    "path sequence": ("SELECT * WHERE { ?s ", "<urn:p>", "/", " ?o }"),
    "OPTIONAL": ("SELECT * WHERE { ?s ?p ?o ", "OPTIONAL { ?s ?p ?o }", " ", " }"),
}
RDF_SHAPES = {
    "turtle blank nodes": ("text/turtle", "<urn:a> <urn:p> ", "[ <urn:p> ", " ]", "1", " ."),
    "turtle collections": ("text/turtle", "<urn:a> <urn:p> ", "( ", " )", "1", " ."),
    "json-ld objects": ("application/ld+json", '{"@id": "urn:a", "urn:p": ', '{"urn:p": ', "}", "1", "}"),
    "json-ld arrays": ("application/ld+json", '{"@id": "urn:a", "urn:p": ', "[", "]", "1", "}"),
    "rdf/xml": ("application/rdf+xml",
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="urn:e#">'
                '<rdf:Description rdf:about="urn:a">', "<e:p><rdf:Description>", "</rdf:Description></e:p>", "",
                "</rdf:Description></rdf:RDF>"),
}


def nested(shape: tuple, depth: int) -> str:
    prefix, opening, closing, middle, suffix = shape
    return prefix + opening * depth + middle + closing * depth + suffix


def chained(shape: tuple, length: int) -> str:
    prefix, item, separator, suffix = shape
    return prefix + separator.join([item] * length) + suffix


depths = st.integers(min_value=MAX_NESTING + 1, max_value=30_000)

#: one level of an expression, any kind mixed with any other: (opening, closing)
EXPRESSION_LEVELS = [("(", ")"), ("STR(", ")"), ("!", ""), ("-", ""), ("!(", ")"), ("CONCAT(", ", 'x')"),
                     ("IF(true, ", ", 1)"), ("COALESCE(", ")"), ("(1 + ", ")"), ("EXISTS { FILTER(", ") }")]
#: one level of a graph pattern: (opening, closing)
PATTERN_LEVELS = [("{ ", " }"), ("{ SELECT * WHERE { ", " } }"), ("OPTIONAL { ", " }"), ("{ {} UNION { ", " } }"),
                  ("GRAPH ?g { ", " }"), ("MINUS { ", " }"), ("FILTER NOT EXISTS { ", " }")]


@st.composite
def mixed_nesting(draw, min_levels: int = MAX_NESTING + 1, max_levels: int = 3_000) -> str:
    """A query nesting graph patterns and expressions of mixed kinds, deeper than the limit."""
    patterns = draw(st.lists(st.sampled_from(PATTERN_LEVELS), max_size=max_levels // 2))
    expressions = draw(st.lists(st.sampled_from(EXPRESSION_LEVELS),
                                min_size=max(0, min_levels - len(patterns)), max_size=max_levels))
    text = "".join(o for o, _ in patterns) + "?s ?p ?o FILTER(" + "".join(o for o, _ in expressions) + "?o"
    return ("SELECT * WHERE { " + text + "".join(c for _, c in reversed(expressions)) + ")"
            + "".join(c for _, c in reversed(patterns)) + " }")
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    app = create_app(settings_for(tmp_path_factory.mktemp("nesting"), token=True), knowledge=sample_knowledge())
    with live_server(app) as url:
        yield url


def refused(response: httpx.Response, limit: int) -> bool:
    return response.status_code == 400 and f"limit is {limit}" in response.text


# ----------------------------------------------------------------- the scanner alone

@pytest.mark.parametrize("name", QUERY_SHAPES)
def test_the_scanner_accepts_the_limit_and_refuses_one_level_more(name):
    shape = QUERY_SHAPES[name]
    prefix_depth = next(d for d in range(MAX_NESTING) if _fits(shape, MAX_NESTING - d))
    check_sparql(nested(shape, MAX_NESTING - prefix_depth))     # exactly at the limit: accepted
    with pytest.raises(InputTooDeep, match="the limit is 128"):
        check_sparql(nested(shape, MAX_NESTING - prefix_depth + 1))


def _fits(shape, depth) -> bool:
    try:
        check_sparql(nested(shape, depth))
        return True
    except InputTooDeep:
        return False


def test_everyday_queries_and_large_data_blocks_pass():
    check_sparql("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name FILTER(LANG(?name) = 'zh') } LIMIT 10")
    check_sparql("INSERT DATA { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(20_000)) + " }")
    check_sparql("SELECT * WHERE { VALUES ?x { " + " ".join(map(str, range(20_000))) + " } }")
    check_sparql('SELECT * WHERE { ?s ?p "((((([[[[{{{{ !!!!!!" } # ((((((((((((((')
    check_rdf(b"<urn:a> <urn:p> " + b'"[[[[[[[[[[" , ' * 1000 + b"1 .", "text/turtle")


@given(name=st.sampled_from(sorted(CHAIN_SHAPES)), length=st.integers(MAX_CHAIN + 2, 50_000))
@FAST
def test_long_chains_are_refused(name, length):
    with pytest.raises(InputTooDeep, match=f"limit is {MAX_CHAIN}"):
        check_sparql(chained(CHAIN_SHAPES[name], length))


@given(query=mixed_nesting())
@FAST
def test_mixed_nesting_is_refused(query):
    with pytest.raises(InputTooDeep, match=f"limit is {MAX_NESTING}"):
        check_sparql(query)


def test_unary_operators_in_front_of_groups_nest_with_them():
    with pytest.raises(InputTooDeep):
        check_sparql("SELECT * WHERE { FILTER(" + "!(" * 70 + "true" + ")" * 70 + ") }")
    check_sparql("SELECT * WHERE { FILTER(" + "!(" * 60 + "true" + ")" * 60 + ") }")


# ----------------------------------------------------------------- through the server

@given(query=mixed_nesting(max_levels=20_000))
@FAST
def test_mixed_deep_queries_get_400_and_the_server_lives(server, query):
    r = httpx.post(server + "/sparql", data={"query": query}, timeout=60)
    assert refused(r, MAX_NESTING), r.text[:300]
    assert httpx.get(server + "/health").status_code == 200


@given(name=st.sampled_from(sorted(QUERY_SHAPES)), depth=depths,
       how=st.sampled_from(["GET", "form", "sparql-query"]))
@FAST
def test_deep_queries_get_400_and_the_server_lives(server, name, depth, how):
    query = nested(QUERY_SHAPES[name], depth)
    if how == "GET":          # a URL of at most a few dozen KB (longer ones the client itself refuses)
        query = nested(QUERY_SHAPES[name], min(depth, 1500))
        r = httpx.get(server + "/sparql", params={"query": query}, timeout=60)
        assert 400 <= r.status_code < 500, r.text[:300]
        if not r.text.startswith("Invalid HTTP request"):         # else uvicorn refused the request line
            assert refused(r, MAX_NESTING), r.text[:300]
    elif how == "form":
        r = httpx.post(server + "/sparql", data={"query": query}, timeout=60)
        assert refused(r, MAX_NESTING), r.text[:300]
    else:
        r = httpx.post(server + "/sparql", content=query.encode(), timeout=60,
                       headers={"Content-Type": "application/sparql-query"})
        assert refused(r, MAX_NESTING), r.text[:300]
    assert httpx.get(server + "/health").status_code == 200


@given(name=st.sampled_from(sorted(UPDATE_SHAPES)), depth=depths)
@FAST
def test_deep_updates_with_the_token_get_400_and_the_server_lives(server, name, depth):
    update = nested(UPDATE_SHAPES[name], depth)
    r = httpx.post(server + "/sparql", content=update.encode(), timeout=60,
                   headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert refused(r, MAX_NESTING), r.text[:300]
    assert httpx.get(server + "/health").status_code == 200


@given(name=st.sampled_from(sorted(CHAIN_SHAPES)), length=st.integers(MAX_CHAIN + 2, 20_000))
@FAST
def test_long_chains_get_400_and_the_server_lives(server, name, length):
    r = httpx.post(server + "/sparql", data={"query": chained(CHAIN_SHAPES[name], length)}, timeout=60)
    assert refused(r, MAX_CHAIN), r.text[:300]
    assert httpx.get(server + "/health").status_code == 200


@given(name=st.sampled_from(sorted(RDF_SHAPES)), depth=depths)
@FAST
def test_deep_graph_store_bodies_get_400_and_the_server_lives(server, name, depth):
    media, *shape = RDF_SHAPES[name]
    r = httpx.put(server + "/graphs", params={"graph": "urn:kg:deep"}, content=nested(shape, depth).encode(),
                  headers={**AUTH, "Content-Type": media}, timeout=60)
    assert refused(r, MAX_NESTING), r.text[:300]
    assert httpx.get(server + "/health").status_code == 200


def test_the_issue_examples(server):
    """The Bar of issue 12: the 1,000-deep STR( query, 10,000 braces by GET and a 10,000-deep
    update with the token each get a 4xx, and the same process answers /health."""
    deep_str = nested(QUERY_SHAPES["STR("], 1000)
    assert refused(httpx.post(server + "/sparql", data={"query": deep_str}), MAX_NESTING)
    r = httpx.get(server + "/sparql", params={"query": nested(QUERY_SHAPES["braces"], 10_000)})
    assert 400 <= r.status_code < 500
    r = httpx.post(server + "/sparql", content=nested(UPDATE_SHAPES["nested where"], 10_000).encode(),
                   headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert refused(r, MAX_NESTING)
    assert httpx.get(server + "/health").status_code == 200
    assert httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_kg_query_answers_a_deep_query_with_one_line(tmp_path):
    deep_str = nested(QUERY_SHAPES["STR("], 1000)
    done = subprocess.run([sys.executable, "-m", "cnkg.api.cli", "query", deep_str, "--store", ":memory:"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode not in (0, -11)
    assert done.returncode > 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "limit is 128" in lines[0], done.stderr


@pytest.mark.parametrize("text", ['SELECT * WHERE { ?s ?p "' + '\\"' * 200_000 + " }",
                                  "SELECT * WHERE { ?s ?p '" + "\\'x" * 150_000 + " }",
                                  'SELECT * WHERE { ?s ?p """' + '"x' * 200_000 + " }"])
def test_unterminated_strings_do_not_stall_the_scanners(server, text):
    """Every later quote tried as the start of a string made the scans quadratic: this
    400 KB query held the event loop for about an hour before; now it is a quick 400."""
    r = httpx.post(server + "/sparql", data={"query": text}, timeout=120)
    assert r.status_code == 400
    assert httpx.get(server + "/health").status_code == 200
