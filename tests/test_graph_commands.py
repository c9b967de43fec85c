"""kg build | query | export | validate | stats, through api.cli.main (and one subprocess)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from cnkg.api.cli import main
from cnkg.graph.namespaces import article_iri
from cnkg.graph.store import KnowledgeStore
from sample_extraction import CHEN, DOC, FIN, sample_extraction

ARTICLES = Path(__file__).parents[1] / "data" / "articles"


@pytest.fixture
def store_dir(tmp_path) -> str:
    """An on-disk store holding the hand-made sample (no extractor involved)."""
    path = tmp_path / "kg"
    kb = KnowledgeStore(path)
    kb.replace_document(sample_extraction())
    kb.flush()
    del kb  # release the store's lock for the command under test
    return str(path)


def test_graph_commands_query_named_with_params_as_json(store_dir, capsys):
    rc = main(["query", "provenance", "--store", store_dir, "--param", f"subject={CHEN}",
               "--param", "predicate=holdsPost", "--param", f"object={FIN}", "--format", "json"])
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    (row,) = data["results"]["bindings"]
    assert row["sentence"]["value"] == sample_extraction().sentences[1].text


def test_graph_commands_query_table_shows_readable_terms(store_dir, capsys):
    assert main(["query", "officials", "--store", store_dir]) == 0
    out = capsys.readouterr().out
    assert "陈洪宛" in out and "司长" in out and "1 rows" in out


def test_graph_commands_query_sparql_text_and_rq_file(store_dir, tmp_path, capsys):
    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:speaksAt ?e }",
                 "--store", store_dir, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "1"]
    rq = tmp_path / "speakers.rq"
    rq.write_text("# Speakers at an event.\n# param: event (iri)\n"
                  "SELECT ?p ?event WHERE { ?p kg:speaksAt ?event }\n", encoding="utf-8")
    assert main(["query", str(rq), "--store", store_dir, "--format", "tsv",
                 "--param", "event=event/2020第六届中国智慧城市博览会"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_graph_commands_query_construct_as_turtle(store_dir, capsys):
    assert main(["query", "CONSTRUCT { ?p kg:speaksAt ?e } WHERE { ?p kg:speaksAt ?e }",
                 "--store", store_dir, "--format", "turtle"]) == 0
    assert len(rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")) == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["query", "no-such-query"], "unknown query"),
    (["query", "entity"], "missing parameter entity"),
    (["query", "entity", "--param", "entity=陈洪宛"], "not a valid iri"),
    (["query", "officials", "--param", "oops"], "expected NAME=VALUE"),
    (["query", "officials", "--format", "turtle"], "SELECT result"),
    (["query", "SELECT ?x WHERE { ?x ?p }"], "syntax error: line 1, column"),
    (["query", "SELEKT ?x WHERE { ?x ?p ?o }"], "found 'SELEKT' where a query starts with SELECT"),
    (["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "this is a SPARQL update, not a query"),
    (["query", "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"], "--allow-service"),
    (["export", "--graph", "no-such-doc"], "no graph"),
])
def test_graph_commands_user_errors_are_one_line(store_dir, capsys, argv, message):
    assert main(argv + ["--store", store_dir]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_graph_commands_query_missing_store_is_a_clear_error(tmp_path, capsys):
    assert main(["query", "officials", "--store", str(tmp_path / "nowhere")]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()


def test_graph_commands_malformed_sparql_in_a_subprocess_has_no_traceback(store_dir):
    kg = Path(sys.executable).parent / "kg"
    if not kg.exists():
        kg = shutil.which("kg")
    proc = subprocess.run([str(kg), "query", "SELECT ?x WHERE {\n ?x ?p }", "--store", store_dir],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "syntax error: line 2, column" in proc.stderr


def test_graph_commands_export_to_file_round_trips(store_dir, tmp_path):
    out = tmp_path / "kg.ttl"
    assert main(["export", "--store", store_dir, "--format", "turtle", "-o", str(out)]) == 0
    kb = KnowledgeStore(store_dir)
    assert len(rdflib.Graph().parse(out, format="turtle")) == kb.stats().triples


def test_graph_commands_export_one_graph_as_nquads(store_dir, capsysbinary):
    assert main(["export", "--store", store_dir, "--format", "nquads", "--graph", DOC]) == 0
    quads = list(ox.parse(capsysbinary.readouterr().out, format=ox.RdfFormat.N_QUADS))
    assert quads and {q.graph_name for q in quads} == {article_iri(DOC)}


def test_graph_commands_validate_and_stats(store_dir, capsys):
    assert main(["validate", "--store", store_dir]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["stats", "--store", store_dir, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["graphs"] == 1 and stats["entities"]["Person"] == 1
    assert main(["stats", "--store", store_dir]) == 0
    assert "holdsPost" in capsys.readouterr().out


def test_graph_commands_validate_fails_on_a_broken_store(store_dir, capsys):
    kb = KnowledgeStore(store_dir)
    kb.store.add(ox.Quad(ox.NamedNode("https://w3id.org/cnpkg/id/place/x"),
                         ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode("https://w3id.org/cnpkg/ontology#Place"), article_iri(DOC)))
    kb.flush()
    del kb
    assert main(["validate", "--store", store_dir]) == 1
    assert "does NOT conform" in capsys.readouterr().out


def test_graph_commands_query_list(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    assert "provenance" in out and "org-hierarchy" in out


# ----------------------------------------------------------------- build (uses the real extractor)

def test_graph_commands_build_skips_unchanged_and_rebuilds_identically(tmp_path, capsys):
    """Integration: the bundled article through the extractor, twice. Asserts only
    properties of the build (skip, idempotence, conformance), not extraction output."""
    store = str(tmp_path / "kg")
    assert main(["build", str(ARTICLES), "--store", store]) == 0
    out = capsys.readouterr().out
    assert "built 1, skipped 0" in out and "entities" in out and "sentence" in out
    first = KnowledgeStore(store).export("nquads")

    assert main(["build", str(ARTICLES), "--store", store]) == 0
    assert "built 0, skipped 1" in capsys.readouterr().out
    assert main(["build", str(ARTICLES), "--store", store, "--force"]) == 0
    assert "built 1, skipped 0" in capsys.readouterr().out
    kb = KnowledgeStore(store)
    assert kb.export("nquads") == first
    conforms, report = kb.validate()
    assert conforms, report


def test_graph_commands_build_reports_unreadable_files_and_goes_on(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    store = str(tmp_path / "kg")
    assert main(["build", str(corpus), "--store", store]) == 1
    captured = capsys.readouterr()
    assert "failed 1" in captured.out
    assert [line for line in captured.err.splitlines() if "empty" in line] == [captured.err.strip()]
    assert captured.err.count("empty.txt") == 1           # the path once, on stderr
    assert main(["build", str(tmp_path / "missing"), "--store", store]) == 2


def test_graph_commands_serve_a_missing_or_locked_store_is_one_line(tmp_path, store_dir):
    kg = Path(sys.executable).parent / "kg"
    missing = subprocess.run([str(kg), "serve", "--store", str(tmp_path / "missing")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert missing.stderr.strip().splitlines() == [missing.stderr.strip()] and "no store at" in missing.stderr
    holder = KnowledgeStore(store_dir)          # this process holds the store read-write
    token = tmp_path / "token"
    token.write_text("t" * 20, encoding="utf-8")
    locked = subprocess.run([str(kg), "serve", "--store", store_dir, "--token-file", str(token)],
                            capture_output=True, text=True, timeout=120)
    del holder
    assert locked.returncode != 0 and "Traceback" not in locked.stderr
    assert len(locked.stderr.strip().splitlines()) == 1 and "cannot open the store" in locked.stderr


def test_graph_commands_remove_drops_an_article_and_names_a_missing_one(store_dir, capsys):
    assert main(["remove", DOC, "no-such-doc", "--store", str(store_dir)]) == 2
    out, err = capsys.readouterr()
    assert f"removed {DOC}" in out and "no article no-such-doc" in err and err.count("\n") == 1
    store = KnowledgeStore(store_dir)
    assert store.documents() == [] and len(store) == 0
