"""The extractor's rules on small hand-made sentences in the style of the genre: what holds
across the rule modules (sentences, every relation's sentence, the confidence filter).
The rules of each module of extract/rules/ are in tests/test_rules_<module>.py.

None of these sentences comes from the evaluation articles: they protect rules that
must carry over to any article of the genre. No statistical model is used here.
"""
from cnkg.extract.components.sentences import sentence_spans
from rules_helpers import extract


def test_sentences_end_after_closing_quotes():
    text = "他说：“要加快发展。”随后离开。\n第二段"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["他说：“要加快发展。”", "随后离开。", "第二段"]


def test_every_relation_cites_its_sentence(extractor):
    x = extract(extractor, "财政部部长蓝佛安说，要加大财政支持力度。")
    for r in x.relations:
        sentence = x.sentences[r.sentence]
        assert x.text[sentence.start:sentence.end] == sentence.text


def test_min_confidence_filter_drops_weak_facts(extractor):
    x = extract(extractor, "财政部部长蓝佛安说，要加大财政支持力度。")
    strict = x.filtered(0.99)
    assert len(strict.entities) < len(x.entities)
    assert all(r.subject in {e.key for e in strict.entities} for r in strict.relations)
