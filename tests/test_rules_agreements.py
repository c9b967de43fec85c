"""The fact rules of extract/rules/agreements.py: an agreement's goals are its parties' too.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from rules_helpers import extract, labels, triples


def test_both_parties_and_the_agreement_have_the_goals_both_sides_will_pursue(extractor):
    x = extract(extractor, "3月1日，河北省人民政府与中国电信集团有限公司在石家庄签署战略合作框架协议。"
                           "根据协议，双方将加快建设智能制造示范基地，共同推进数字政府建设。")
    assert "战略合作框架协议" in labels(x, "Document")
    t = triples(x)
    for owner in ("战略合作框架协议", "河北省人民政府", "中国电信"):
        assert (owner, "hasGoal", "共同推进数字政府建设") in t


def test_a_speakers_goal_after_the_signing_stays_the_speakers(extractor):
    x = extract(extractor, "3月1日，河北省人民政府与中国电信集团有限公司在石家庄签署战略合作框架协议。"
                           "中国电信董事长王明表示，双方将加快建设智能制造示范基地。")
    t = triples(x)
    assert ("王明", "proposes", "加快建设智能制造示范基地") in t
    assert ("河北省人民政府", "hasGoal", "加快建设智能制造示范基地") not in t


def test_no_signing_no_agreement(extractor):
    x = extract(extractor, "河北省人民政府与中国电信集团有限公司举行座谈。双方将加快建设智能制造示范基地。")
    assert not [d for d in labels(x, "Document") if d.endswith("协议")]
    assert ("河北省人民政府", "hasGoal", "加快建设智能制造示范基地") not in triples(x)


def test_an_agreement_signed_by_parties_not_named_still_has_the_goals_of_both_sides(extractor):
    x = extract(extractor, "上海深入落实《中国制造2025》\n"
                           "8月1日，双方在上海签署了《关于共同推进智能制造发展的战略合作协议》。"
                           "会上，有关负责人介绍了合作情况。双方将加快建设智能制造示范区。")
    t = triples(x)
    assert ("关于共同推进智能制造发展的战略合作协议", "hasGoal", "双方将加快建设智能制造示范区") in t
    assert ("中国制造2025", "hasGoal", "双方将加快建设智能制造示范区") not in t


def test_the_bodies_of_the_people_who_sign_are_the_parties(extractor):
    text = ("交通运输部部长李明与浙江省人民政府省长王强共同签署了《关于加快建设交通强省的合作协议》。"
            "根据协议，双方将共同推进智慧港口建设。")
    t = triples(extract(extractor, text))
    assert ("交通运输部", "hasGoal", "双方将共同推进智慧港口建设") in t
    assert ("浙江省人民政府", "hasGoal", "双方将共同推进智慧港口建设") in t


def test_the_bodies_that_sign_an_agreement_have_its_goals_when_the_signing_names_them_loosely(extractor):
    # 省政府 does not resolve to a body, but the agreement's issuer is known: it shares the goals
    t = triples(extract(extractor, "云南发布能源合作新进展\n"
                                   "3月5日，省政府与国家能源局在昆明签署《共同推进绿色能源强省建设合作协议》。"
                                   "根据协议，双方将加快建设清洁能源基地，完善电力外送通道。"))
    assert ("共同推进绿色能源强省建设合作协议", "publishedBy", "国家能源局") in t
    assert ("国家能源局", "hasGoal", "完善电力外送通道") in t


def test_the_issuer_of_a_plan_is_no_signatory():
    from rules_helpers import built_context, rules_extractor
    from cnkg.extract.rules.agreements import signatories

    ctx = built_context(rules_extractor(), "近日，国家能源局印发《绿色能源强省建设行动方案》。"
                                           "《方案》提出，要加快建设清洁能源基地，完善电力外送通道。")
    assert any(p == "publishedBy" for (_, p, _) in ctx.relations)
    assert signatories(ctx) == {}


def test_a_cooperation_reached_without_a_named_agreement_gives_both_parties_the_joint_goals(extractor):
    x = extract(extractor, "近日，中国电信集团有限公司与清华大学达成战略合作。"
                           "未来，双方将共建联合实验室，加快推动科研成果转化。")
    assert not [d for d in labels(x, "Document") if d.endswith("协议")]
    t = triples(x)
    for owner in ("中国电信", "清华大学"):
        assert (owner, "hasGoal", "加快推动科研成果转化") in t
