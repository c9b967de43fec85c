"""The shared helpers of extract/rules/context.py that attribute goals: the document a
sentence states, the article's own document.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from cnkg.extract.rules import officials
from rules_helpers import context_of, extract, triples


def test_a_document_the_sentence_follows_leaves_the_goal_to_the_articles_own_document(extractor):
    t = triples(extract(extractor, "某省印发《数字经济三年行动方案》\n"
                                   "为落实《国务院关于加快发展数字经济的指导意见》，要加快建设全省一体化算力网络。"))
    assert ("数字经济三年行动方案", "hasGoal", "加快建设全省一体化算力网络") in t
    assert ("国务院关于加快发展数字经济的指导意见", "hasGoal", "加快建设全省一体化算力网络") not in t


def test_a_document_the_sentence_names_as_its_subject_has_the_goal(extractor):
    t = triples(extract(extractor, "某省印发《数字经济三年行动方案》\n"
                                   "《国务院关于加快发展数字经济的指导意见》提出，要加快建设全国一体化算力网络。"))
    assert ("国务院关于加快发展数字经济的指导意见", "hasGoal", "加快建设全国一体化算力网络") in t


def _speaker_body_of(extractor, text, person):
    context = context_of(extractor, text)
    officials.find_officials(context)
    return context.speaker_body(person)


def test_a_cppcc_member_speaks_for_themselves_not_for_their_company(extractor):
    assert _speaker_body_of(extractor, "华源集团董事长王明表示，公司将加快建设智能工厂。",
                            "person/王明") == "org/华源集团"
    assert _speaker_body_of(extractor, "全国政协委员、华源集团董事长王明表示，我们要加快建设全国统一的碳排放交易市场。",
                            "person/王明") is None


def test_a_joint_subject_names_both_bodies_and_each_has_the_goal(extractor):
    t = triples(extract(extractor, "国家数据局与浙江省人民政府将共同推进数据要素市场建设。"))
    assert ("国家数据局", "hasGoal", "共同推进数据要素市场建设") in t
    assert ("浙江省人民政府", "hasGoal", "共同推进数据要素市场建设") in t


def test_subject_bodies_split_a_joint_subject_where_both_sides_are_bodies(extractor):
    from rules_helpers import built_context

    ctx = built_context(extractor, "工业和信息化部与上海市人民政府签署合作协议。国家数据局将加快建设数据市场。")
    labels = lambda keys: [ctx.reg.entities[k].label for k in keys]
    assert labels(ctx.subject_bodies("工业和信息化部与上海市人民政府")) == ["工业和信息化部", "上海市人民政府"]
    assert labels(ctx.subject_bodies("国家数据局")) == ["国家数据局"]
    assert ctx.subject_bodies("工业和农业") is None


def test_an_official_speaks_for_the_body_they_head_not_the_one_where_they_hold_a_seat(extractor):
    assert _speaker_body_of(extractor, "国家发展改革委党组成员，国家粮食和物资储备局党组书记、局长王明表示，"
                                       "要加快完善储备体系。", "person/王明") == "org/国家粮食和物资储备局"


def test_a_cppcc_standing_committee_member_speaks_for_themselves_not_for_their_company(extractor):
    assert _speaker_body_of(extractor, "全国政协常委、华源集团董事长王明表示，我们要加快建设全国统一的碳排放交易市场。",
                            "王明") is None


def test_a_plenary_bodys_standing_member_is_a_member_but_a_party_committees_is_not():
    from cnkg.extract.rules.context import is_member_post
    assert is_member_post("常委", "全国政协") and is_member_post("委员", "省政协")
    assert not is_member_post("常委", "中共苏州市委") and not is_member_post("董事长", "华源集团")


def _similar(extractor, known, label):
    context = context_of(extractor, "某市印发实施方案。")
    context.reg.add("Goal", known)
    found = context.similar_goal(label)
    return found.label if found is not None else None


def test_two_items_of_one_list_that_share_their_verb_stay_two_goals(extractor):
    assert _similar(extractor, "提升数据质量", "提升公共数据质量") is None
    assert _similar(extractor, "推动多源异构算力协同标准建设", "推动东中西部算力协同标准建设") is None


def test_a_goal_restated_under_another_verb_is_the_same_goal(extractor):
    assert _similar(extractor, "推动先进制造业和现代服务业深度融合", "促进先进制造业与现代服务业的融合") == \
        "推动先进制造业和现代服务业深度融合"
    assert _similar(extractor, "加快建设智慧城市", "加快建设智慧城市群") == "加快建设智慧城市"   # Dice 0.8 and more


def test_a_goal_made_the_topic_of_a_further_demand_is_the_same_goal(extractor):
    assert _similar(extractor, "营造良好的营商环境", "营造良好营商环境要对标国际规则") == "营造良好的营商环境"


def test_a_document_the_sentence_only_works_with_or_builds_on_states_none_of_its_goals(extractor):
    from rules_helpers import built_context

    ctx = built_context(extractor, "某市印发《数据发展规划》。"
                                   "各区要与《数据发展规划》落实相结合，加快建设算力网络。"
                                   "《数据发展规划》提出，要推动数据开放。")
    framed, stating = ctx.sentences[1], ctx.sentences[2]
    assert ctx.document_in_sentence(framed) is None
    assert ctx.names_framed_document(framed)
    assert ctx.reg.entities[ctx.document_in_sentence(stating)].label == "数据发展规划"
