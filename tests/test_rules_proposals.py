"""The fact rules of extract/rules/proposals.py: the party that submits a proposal has its goals.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from rules_helpers import extract, triples


def test_the_party_submitting_a_proposal_has_the_goals_it_proposes(extractor):
    t = triples(extract(extractor, "今年全国两会，九三学社中央拟提交《关于加快发展智慧农业的提案》。"
                                   "提案建议，要加快建设智慧农业示范区，完善农业数据共享机制。"))
    assert ("关于加快发展智慧农业的提案", "hasGoal", "完善农业数据共享机制") in t
    assert ("九三学社中央委员会", "hasGoal", "完善农业数据共享机制") in t

