"""The shared helpers of extract/rules/context.py that attribute goals: the document a
sentence states, the article's own document.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from rules_helpers import extract, triples


def test_a_document_the_sentence_follows_leaves_the_goal_to_the_articles_own_document(extractor):
    t = triples(extract(extractor, "某省印发《数字经济三年行动方案》\n"
                                   "为落实《国务院关于加快发展数字经济的指导意见》，要加快建设全省一体化算力网络。"))
    assert ("数字经济三年行动方案", "hasGoal", "加快建设全省一体化算力网络") in t
    assert ("国务院关于加快发展数字经济的指导意见", "hasGoal", "加快建设全省一体化算力网络") not in t


def test_a_document_the_sentence_names_as_its_subject_has_the_goal(extractor):
    t = triples(extract(extractor, "某省印发《数字经济三年行动方案》\n"
                                   "《国务院关于加快发展数字经济的指导意见》提出，要加快建设全国一体化算力网络。"))
    assert ("国务院关于加快发展数字经济的指导意见", "hasGoal", "加快建设全国一体化算力网络") in t
