"""The one SPARQL tokeniser (graph/sparql_lexer.py) that the limits, the service's scan and
the keyword checks share: what it calls a keyword, and that hostile texts cost linear time."""
from __future__ import annotations

import pytest

from cnkg.api.sparql import ProtocolError, check_remote, keywords, scan
from cnkg.graph.limits import check_sparql
from cnkg.graph.sparql_lexer import tokens


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokens(text) if t.kind not in ("ws", "comment")]


def test_lexer_strings_iris_and_comments_hide_keywords():
    text = 'SELECT * { ?s <urn:SERVICE> "SERVICE", \'\'\'LOAD\'\'\' } # SERVICE'
    assert [k.word for k in keywords(text)] == ["SELECT"]


def test_lexer_a_keyword_right_after_a_dot_is_still_a_keyword():
    # "true.SERVICE" must not hide SERVICE inside one dotted word
    with pytest.raises(ProtocolError, match="SERVICE"):
        check_remote("SELECT * { ?s ?p true.SERVICE <http://example.org/sparql> { ?a ?b ?c } }", allow=False)


def test_lexer_prefixed_names_keep_dots_inside_their_local_part():
    assert kinds("ex:a.b ex:") == [("pname", "ex:a.b"), ("pname", "ex:")]


def test_lexer_covers_every_character_of_the_text():
    text = 'PREFIX ex: <http://e/>\nSELECT ?x (COUNT(*) AS ?n) { ?x ex:p "a\\"b"@zh-Hans ; ^ex:q 1.5e3 . FILTER(!?x && ?y<=2) } # end'
    assert "".join(t.text for t in tokens(text)) == text


@pytest.mark.parametrize("hostile", [
    "SELECT " + "a." * 200_000,            # dotted words: a dotted prefix rescanned per word is quadratic
    "SELECT " + "a" * 400_000 + " ?x",
    "SELECT * {" + "<a" * 100_000,          # IRIs that never close
    "SELECT * {" + "?" * 400_000,
])
def test_lexer_hostile_texts_are_scanned_in_one_pass(hostile):
    # no clock here: a quadratic scan of these 400 kB would run for hours, not finish
    assert sum(1 for _ in tokens(hostile)) > 1
    scan(hostile)
    try:
        check_sparql(hostile)
    except Exception as exc:     # the limits may refuse it; they must answer either way
        assert "limit" in str(exc)
