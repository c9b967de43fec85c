"""The fact rules of extract/rules/goals.py: goals, who has and who proposes them (and extract/goals.py's passages).

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
import pytest

from cnkg.extract import goals
from cnkg.extract.rules import goals as rules_goals
from cnkg.extract.rules import officials, speakers
from rules_helpers import attribution_rules_extractor, built_context, context_of, extract, labels, triples


def test_enumerated_goals_go_to_speaker_and_body(extractor):
    text = ("国家能源局局长章建华表示，国家能源局将重点抓好以下工作：\n"
            "一是加快建设新型电力系统，推动光伏和储能协同发展。\n"
            "二是持续推进能源绿色低碳转型。")
    x = extract(extractor, text)
    goal_labels = labels(x, "Goal")
    # (a short item's tasks after its first clause are goals of their own)
    assert goal_labels == ["加快建设新型电力系统", "持续推进能源绿色低碳转型", "推动光伏和储能协同发展"]
    t = triples(x)
    assert ("章建华", "proposes", "加快建设新型电力系统") in t
    assert ("国家能源局", "hasGoal", "持续推进能源绿色低碳转型") in t
    assert ("推动光伏和储能协同发展", "involvesTechnology", "光伏") in t
    assert ("国家能源局", "promotes", "储能") in t


def test_enumeration_of_findings_is_not_a_list_of_goals():
    text = "报告总结了三个特点：一是规模扩大；二是结构优化；三是效益提升。"
    assert goals.enumerations(text) == []


def test_goal_clauses_need_a_modal_or_a_document():
    s = "会议强调，要加快数字政府建设，推进政务数据共享。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["加快数字政府建设", "推进政务数据共享"]
    assert [c for c in goals.goal_clauses("推动着社会进步。", 0, document_context=False) if not c.weak] == []


def test_quantified_target_becomes_a_goal_with_deadline():
    s = "方案提出，到2025年数字经济核心产业增加值占比达到10%。"
    clauses = goals.goal_clauses(s, 0, document_context=True)
    assert clauses and clauses[0].deadline == "2025"


def test_quantified_target_goal_keeps_its_figure(extractor):
    x = extract(extractor, "市发展改革委主任周强表示，力争到2026年全市算力规模达到20万标准机架。")
    [goal] = [e for e in x.entities if e.type == "Goal"]
    assert goal.deadline == "2026"
    assert goal.value == pytest.approx(2e5)


def test_quoted_report_goals_inside_an_enumerated_item(extractor):
    text = ("省工信厅厅长王立新表示，下一步要抓好两项工作：\n"
            "一是要认真学习中央关于制造业的决策部署。党的十九大报告指出：“加快建设制造强国，加快发展先进制造业。"
            "推动互联网、大数据、人工智能和实体经济深度融合。”\n"
            "二是要加强企业服务，优化营商环境。")
    x = extract(extractor, text)
    t = triples(x)
    assert "党的十九大报告" in labels(x, "Document")
    assert ("党的十九大报告", "hasGoal", "加快建设制造强国") in t
    assert ("党的十九大报告", "hasGoal", "推动互联网、大数据、人工智能和实体经济深度融合") in t
    assert ("党的十九大报告", "adoptedAt", "十九大") in t
    assert "认真学习中央关于制造业的决策部署" in labels(x, "Goal")


def test_counted_proposals_make_each_following_paragraph_one_goal(extractor):
    text = ("全国政协委员，华东数据科技有限公司董事长周海涛：\n"
            "围绕数据要素市场建设，提两点建议：\n"
            "以应用场景为牵引，搭建公共数据授权运营平台。应鼓励地方先行先试，引导企业参与开发。\n"
            "畅通数据跨境流动渠道，健全数据安全评估机制。建议加快出台配套细则，完善监管手段。")
    x = extract(extractor, text)
    assert labels(x, "Goal") == ["搭建公共数据授权运营平台", "畅通数据跨境流动渠道"]
    t = triples(x)
    assert ("周海涛", "proposes", "搭建公共数据授权运营平台") in t


def test_organiser_clause_is_not_the_item_label_and_names_its_owner(extractor):
    text = ("他建议，一是由工业和信息化部牵头，财政部协办，加快建设工业互联网标识解析体系。"
            "二是由清华大学主办，科技部协办，开展工业大模型联合攻关。"
            "三是由清华大学主办，科技部协办，建设工业软件开源社区。")
    items = goals.enumerations(text)
    assert [it.label for it in items] == ["加快建设工业互联网标识解析体系", "开展工业大模型联合攻关", "建设工业软件开源社区"]
    t = triples(extract(extractor, text))
    assert ("工业和信息化部", "hasGoal", "加快建设工业互联网标识解析体系") in t
    assert ("清华大学", "hasGoal", "建设工业软件开源社区") in t
    assert ("工业和信息化部", "hasGoal", "建设工业软件开源社区") not in t


def test_adverbs_lists_and_copulas_are_not_goals():
    assert not goals.starts_with_goal_verb("进一步显现")
    assert goals.starts_with_goal_verb("进一步扩大开放")
    s = "对于行业协会来说，要着力做好以下三点工作。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == []
    s = "稳增长、促转型、防风险，都是企业应该认真研究的重要问题。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, speaker_context=True)] == []


def test_a_member_proposes_but_the_cppcc_does_not_own_the_goals(extractor):
    text = ("全国政协委员，华北电力装备集团有限公司董事长赵文斌：\n"
            "就推进能源装备升级，提两点建议：\n"
            "加快建设新型电力装备创新平台，推动产学研协同。\n"
            "完善首台套装备保险补偿机制，降低企业试用风险。")
    t = triples(extract(extractor, text))
    assert ("赵文斌", "proposes", "加快建设新型电力装备创新平台") in t
    assert not any(s == "全国政协" and p == "hasGoal" for s, p, o in t)
    assert not any(p == "subOrganizationOf" and s.endswith("有限公司") for s, p, o in t)


def test_organiser_with_co_organisers_in_one_clause():
    items = goals.enumerations("一是由教育部主办、科技部协办，建设人工智能通识课程体系。二是由教育部牵头，完善实训基地。")
    assert [it.organiser for it in items] == ["教育部", "教育部"]


def test_purpose_clause_before_a_proposal_is_a_goal():
    s = "为进一步提升县域医疗服务水平，提出三点建议："
    assert "提升县域医疗服务水平" in [c.label for c in goals.goal_clauses(s, 0, document_context=False,
                                                                          speaker_context=True)]


def test_topic_of_a_proposal_is_a_goal(extractor):
    text = "全国人大代表孙建国表示，他今年拟提交关于加快建设农村冷链物流体系的建议。"
    t = triples(extract(extractor, text))
    assert ("孙建国", "proposes", "加快建设农村冷链物流体系") in t


def test_single_announced_item_is_still_a_goal():
    text = "他表示，重点需要抓好三个方面：\n一是加快工业软件攻关，筑牢产业基础。"
    assert [it.label for it in goals.enumerations(text)] == ["加快工业软件攻关"]
    assert goals.enumerations("他说：\n一是加快工业软件攻关。") == []


def test_new_goal_verbs_after_adverbs_and_means_words():
    for clause in ("建成国家级数据中心集群", "努力成为区域创新高地", "共建联合实验室", "产出一流研究成果",
                   "注重人才培养", "充分发掘数据要素价值", "全力助力乡村振兴", "践行新发展理念",
                   "通过搭建公共服务平台", "前瞻布局未来产业"):
        assert goals.starts_with_goal_verb(clause) or goals.starts_with_goal_verb(goals.strip_lead(clause)), clause
    assert not goals.starts_with_goal_verb(goals.strip_lead("依托高校科研资源"))
    assert not goals.starts_with_goal_verb(goals.strip_lead("努力工作"))


def test_a_body_as_subject_with_jiang_makes_the_following_clauses_goals_of_the_speakers_body(extractor):
    x = extract(extractor, "西北工业大学校长赵志华表示，学校将以研究院成立为契机，充分发挥学科优势，"
                           "搭建一流创新平台，产出一流研究成果。")
    t = triples(x)
    for goal in ("搭建一流创新平台", "产出一流研究成果"):
        assert ("赵志华", "proposes", goal) in t
        assert ("西北工业大学", "hasGoal", goal) in t
    assert not any(g.startswith("以研究院") for g in labels(x, "Goal"))


def test_a_lone_target_year_clause_sets_the_target_for_the_next_clause():
    found = goals.goal_clauses("他表示，到2027年，全市数字经济核心产业增加值占比达到12%。", 0,
                               document_context=False, speaker_context=True)
    assert [(g.label, g.deadline) for g in found] == [("全市数字经济核心产业增加值占比达到12%", "2027")]


def test_short_title_is_an_alias_and_the_document_carries_to_the_next_sentences(extractor):
    x = extract(extractor, "近日，省政府印发《陕西省数字经济发展三年行动计划》（以下简称《计划》）。"
                           "《计划》明确了三大发展方向。其中，要加快建设算力基础设施。")
    assert labels(x, "Document") == ["陕西省数字经济发展三年行动计划"]
    assert ("陕西省数字经济发展三年行动计划", "hasGoal", "加快建设算力基础设施") in triples(x)


def test_the_writers_own_resolve_after_a_cited_document_is_not_the_documents():
    x = extract(attribution_rules_extractor(),
                "《关于深化改革的决定》明确了改革方向。我们要切实抓好贯彻落实，加快建设算力基础设施。")
    t = triples(x)
    assert not [o for s, p, o in t if p == "hasGoal" and s == "关于深化改革的决定" and "算力" in o]


def test_the_old_state_of_a_from_to_contrast_is_no_goal():
    found = goals.goal_clauses("他认为，我国正从“注重设施建设”转向“推动数据要素流通”。", 0,
                               document_context=False, speaker_context=True)
    assert [g.label for g in found] == ["推动数据要素流通"]


def test_a_goal_naming_a_document_is_the_documents_not_the_speakers_body(extractor):
    x = extract(extractor, "西北工业大学校长赵志华表示，我们将搭建一流创新平台，确保《西北工业大学发展规划》任务顺利完成。")
    t = triples(x)
    assert ("西北工业大学", "hasGoal", "搭建一流创新平台") in t
    assert ("西北工业大学", "hasGoal", "确保《西北工业大学发展规划》任务顺利完成") not in t


def _goal_labels(sentence, **kw):
    kw.setdefault("document_context", False)
    return [g.label for g in goals.goal_clauses(sentence, 0, **kw) if not g.weak]


def test_more_goal_verbs_adverbs_and_modals():
    assert "建构符合本地实际的数据治理体系" in _goal_labels(
        "他表示，要充分借鉴先进地区的经验做法，建构符合本地实际的数据治理体系。", speaker_context=True)
    assert "深入研究产业融合新路径" in _goal_labels("他说，努力深入研究产业融合新路径。", speaker_context=True)
    assert "着力解决数据流通难题" in _goal_labels("衷心希望各方凝聚合力，着力解决数据流通难题。", speaker_context=True)
    assert "共同推动研究中心建设成为一流智库" in _goal_labels("希望共同推动研究中心建设成为一流智库。",
                                                             speaker_context=True)
    assert _goal_labels("研究院将于明年揭牌。", speaker_context=False) == []
    assert "做深做实园区安全能力建设" in _goal_labels("要做深做实园区安全能力建设。")
    assert "争创国家级创新发展试验区" in _goal_labels("全市将积极争创国家级创新发展试验区。", speaker_context=True) \
        or "积极争创国家级创新发展试验区" in _goal_labels("全市将积极争创国家级创新发展试验区。", speaker_context=True)


def test_ba_jiang_patterns_purpose_phrases_and_we_subjects():
    assert "把集成电路等三个产业打造为全国领先的产业地标" in _goal_labels(
        "要把集成电路等三个产业打造为全国领先的产业地标。")
    assert "将本地数据资源优势转化为发展新优势" in _goal_labels(
        "他表示，着力将本地数据资源优势转化为发展新优势。", speaker_context=True)
    assert "加快完善公共数据开放制度" in _goal_labels("他介绍，我们加快完善公共数据开放制度。", speaker_context=True)


def test_a_speaker_suggestion_without_markers_is_a_goal():
    assert _goal_labels("为了促进数据流通，李明建议，在现有试点的基础上，引入数据经纪人制度，实现长效治理。",
                        speaker_context=True) == ["引入数据经纪人制度"]


def test_suggestions_run_to_the_end_of_the_paragraph_and_headlines_fold_their_steps(extractor):
    x = extract(extractor, "全国人大代表李明长期关注算力发展。李明建议，完善算力调度机制。制定出台算力调度指引，明确调度规则。"
                           "建立跨区域结算平台，降低用算成本。加快数据标注产业发展。支持龙头企业建设标注基地，带动就业。\n"
                           "会议还听取了其他发言。")
    goals_ = labels(x, "Goal")
    assert "完善算力调度机制" in goals_ and "加快数据标注产业发展" in goals_
    assert not any(g.startswith(("制定出台", "建立跨区域", "支持龙头")) for g in goals_)
    assert ("李明", "proposes", "加快数据标注产业发展") in triples(x)


def test_an_enumeration_belongs_to_the_unit_that_acts_not_to_its_ministry(extractor):
    x = extract(extractor, "工业和信息化部信息技术发展司司长王强表示，面对新形势，工业和信息化部信息技术发展司全面提升产业支撑能力："
                           "一是加快推进标准体系建设；二是持续完善公共服务平台。")
    t = triples(x)
    assert ("信息技术发展司", "hasGoal", "加快推进标准体系建设") in t
    assert ("工业和信息化部", "hasGoal", "加快推进标准体系建设") not in t


def test_an_enumeration_the_speaker_carries_out_on_a_higher_bodys_plan_is_the_speakers_bodys(extractor):
    x = extract(extractor, "商务部副部长王明表示，下一步，我们将按照党中央、国务院部署，从以下方面开展工作："
                           "一是加快畅通外贸物流；二是持续优化营商环境。")
    t = triples(x)
    assert ("商务部", "hasGoal", "加快畅通外贸物流") in t
    assert ("国务院", "hasGoal", "加快畅通外贸物流") not in t


def test_intro_body_passes_over_the_body_whose_plan_the_intro_follows(extractor):
    ctx = built_context(extractor, "我们将根据国务院要求，重点做好以下工作：一是推进数据共享。")
    intro = ctx.sentences[0]
    assert rules_goals.intro_body(ctx, intro, before=ctx.text.index("一是")) is None


def test_a_goal_only_the_clause_model_finds_in_an_experts_words_is_theirs_but_no_bodys(extractor):
    x = extract(extractor, "某某大学大数据研究院院长王明认为，各地区最好能开展差异化的数字生态模式。")
    t = triples(x)
    assert ("王明", "proposes", "各地区最好能开展差异化的数字生态模式") in t
    assert not any(p == "hasGoal" for _, p, _ in t)


def test_an_action_plan_named_by_its_kind_states_targets_with_figures(extractor):
    x = extract(extractor, "近日，市政府印发《杭州市算力产业发展行动方案》。\n"
                           "行动方案提出，到2025年，全市算力产业规模达到500亿元，占全省比重达30%以上，积极争创国家算力枢纽节点。")
    t = triples(x)
    assert ("杭州市算力产业发展行动方案", "hasGoal", "积极争创国家算力枢纽节点") in t
    goal = next(e for e in x.entities if e.type == "Goal" and e.label.startswith("全市算力产业规模达到500亿元"))
    assert goal.deadline == "2025" and goal.value == 5e10
    # the target's figure is the goal's: the learned figure model makes no Statistic of it
    # (the figure rules alone would: tests/test_rules_statistics.py)
    assert not any(e.value == 5e10 for e in x.entities if e.type == "Statistic")
    assert any(e.label.endswith("比重") for e in x.entities if e.type == "Goal") or \
        any("占全省比重" in e.label for e in x.entities if e.type == "Goal")


def test_a_place_or_body_as_subject_sets_a_goal(extractor):
    x = extract(extractor, "杭州市人民政府近日召开会议。算力建设方面，杭州提出打造国家级算力产业集群。\n"
                           "国家数据局将加强数据标准体系建设。")
    t = triples(x)
    assert "打造国家级算力产业集群" in labels(x, "Goal")
    assert ("杭州市人民政府", "hasGoal", "打造国家级算力产业集群") in t
    assert ("国家数据局", "hasGoal", "加强数据标准体系建设") in t
    x = extract(extractor, "应用推广方面，宁波将重点发展智能算力等新业态。")
    assert "重点发展智能算力等新业态" in labels(x, "Goal")
    assert not any(r.predicate == "hasGoal" for r in x.relations)


def test_a_named_body_as_subject_owns_the_goals_of_its_sentence(extractor):
    x = extract(extractor, "国家数据局局长刘明出席苏州算力研究院揭牌仪式。刘明表示，研究院要坚持服务全国，"
                           "建设具有影响力的研究机构。国家数据局将加强统筹协调，推动研究院建设成为一流智库。")
    t = triples(x)
    assert ("苏州算力研究院", "hasGoal", "建设具有影响力的研究机构") in t
    assert ("国家数据局", "hasGoal", "建设具有影响力的研究机构") not in t
    assert ("国家数据局", "hasGoal", "推动研究院建设成为一流智库") in t


def test_a_transcript_speaker_line_gives_the_goals_to_the_speakers_body(extractor):
    x = extract(extractor, "国务院新闻办公室今天举行新闻发布会。\n国家数据局局长 刘明：\n各位记者朋友，大家好。"
                           "下一步，要加快推进公共数据开放。\n主持人：\n谢谢刘局长。")
    t = triples(x)
    assert ("刘明", "proposes", "加快推进公共数据开放") in t
    assert ("国家数据局", "hasGoal", "加快推进公共数据开放") in t


def test_a_purpose_phrase_before_its_contribution_is_the_goal_with_its_contribution():
    assert "为杭州加快建设全国数字经济第一城提供更多新方案" in _goal_labels(
        "他说，希望各方凝聚合力，为杭州加快建设全国数字经济第一城提供更多新方案。", speaker_context=True)


def test_a_goal_label_keeps_no_unbalanced_quote_and_a_long_ba_goal_is_kept():
    assert "引入数据经纪人制度" in _goal_labels("李明建议，在现有试点的基础上，引入“数据经纪人制度”，实现长效治理。",
                                               speaker_context=True)
    assert "把集成电路、人工智能、软件和信息服务3个产业打造为全国前列、全球有影响力的产业地标" in _goal_labels(
        "要把集成电路、人工智能、软件和信息服务3个产业打造为全国前列、全球有影响力的产业地标。")


def test_the_quoted_theme_of_an_event_is_no_goal():
    assert "推动数据资源开发" not in _goal_labels(
        "国务院新闻办公室举行“推动数据资源开发”系列主题新闻发布会，刘明介绍有关情况。", speaker_context=True)


def test_manner_phrases_locatives_and_more_verbs_before_a_goal():
    assert "更大力度、更高质量推进数据要素市场建设" in _goal_labels(
        "他强调，要更大力度、更高质量推进数据要素市场建设。", speaker_context=True)
    assert "抢占算力产业这一新赛道" in _goal_labels("他表示，要抢占算力产业这一新赛道。", speaker_context=True)
    assert "持之以恒推进公共数据开放" in _goal_labels("宁波将持之以恒推进公共数据开放。", speaker_context=True,
                                                     is_subject=lambda name: name == "宁波")
    assert "在区域协调发展新格局中当好先行者" in _goal_labels(
        "他说，要努力在区域协调发展新格局中当好先行者。", speaker_context=True) \
        or "努力在区域协调发展新格局中当好先行者" in _goal_labels(
        "他说，要努力在区域协调发展新格局中当好先行者。", speaker_context=True)
    assert not goals.starts_with_goal_verb("在会上介绍有关情况")


def test_goals_named_through_a_frame():
    labels_ = _goal_labels("市长王强表示，宁波把推进工业软件攻关，作为打造先进制造业基地、"
                           "推动产业迈向中高端的关键举措。", speaker_context=True)
    assert {"推进工业软件攻关", "打造先进制造业基地", "推动产业迈向中高端"} <= set(labels_)
    labels_ = _goal_labels("成立算力研究院，是校企共同打造算力创新高地的重要举措，"
                           "把人才优势转化为产业优势的关键之举。")
    assert "共同打造算力创新高地" in labels_ and "把人才优势转化为产业优势" in labels_
    assert "建设一流的算力研究平台" in _goal_labels("研究院以建设一流的算力研究平台为目标，开展基础研究。")
    labels_ = _goal_labels("全国人大代表李明就完善算力调度机制、建立跨区域结算平台等内容提出建议。")
    assert {"完善算力调度机制", "建立跨区域结算平台"} <= set(labels_)
    # the purpose a measure serves in a judgement (是X的重要抓手) stays out, as the dev gold has it
    assert _goal_labels("建设智慧社区是实现公共服务均等化的重要途径。") == []


def test_a_pronoun_before_a_suggestion_still_makes_it_a_goal():
    assert _goal_labels("为此，她建议加快建立数据共享协调机制。", speaker_context=True) == ["加快建立数据共享协调机制"]


def test_purpose_positioning_basic_targets_and_an_ellipsis_end_goal_clauses():
    assert "争当全国数字经济发展的排头兵" in _goal_labels(
        "此次我市出台行动计划，旨在进一步加快智慧城市建设，争当全国数字经济发展的排头兵。")
    assert "是将宁波打造成为全国制造业数字化转型示范城市" in _goal_labels(
        "宁波的发展定位，是将宁波打造成为全国制造业数字化转型示范城市。", document_context=True) \
        or "将宁波打造成为全国制造业数字化转型示范城市" in _goal_labels(
        "宁波的发展定位，是将宁波打造成为全国制造业数字化转型示范城市。", document_context=True)
    assert "基本形成数据要素高效流通的发展格局" in _goal_labels(
        "《方案》提出，到2027年，基本形成数据要素高效流通的发展格局。", document_context=True)
    assert "建设长三角算力调度枢纽" in _goal_labels(
        "要加快工业互联网平台建设；建设长三角算力调度枢纽……昨天召开的推进会发布了方案。")


def test_two_peoples_goals_that_share_a_phrase_stay_two_goals(extractor):
    x = extract(extractor, "副省长李强强调，要更大力度、更高质量推进制造业中小企业数字化转型。\n"
                           "市长王刚表示，宁波把加快制造业中小企业数字化转型，作为打响“宁波智造”品牌的关键举措。")
    goals_ = labels(x, "Goal")
    assert any(g.startswith("更大力度") for g in goals_) and "加快制造业中小企业数字化转型" in goals_


def test_orientation_place_phrases_goal_statements_and_explicit_modals_after_a_suggestion():
    assert "以工业互联网为主攻方向" in _goal_labels("王强建议，要以工业互联网为主攻方向，推动制造业升级，培育特色产业集群。",
                                                 speaker_context=True)
    assert "培育特色产业集群" in _goal_labels("王强建议，要以工业互联网为主攻方向，推动制造业升级，培育特色产业集群。",
                                           speaker_context=True)
    assert goals.starts_with_goal_verb("在西部部署算力枢纽节点")
    assert not goals.starts_with_goal_verb("在推进数字化转型过程中")
    assert "构建安全可信的数据流通体系" in _goal_labels(
        "“我们的目标是构建安全可信的数据流通体系，释放数据要素价值。”李明称。", speaker_context=True)
    assert "把人工智能作为战略性新兴产业" in _goal_labels(
        "下一步，科技部将把人工智能作为战略性新兴产业，继续给予大力支持。", is_subject=lambda name: name == "科技部")
    # 将X作为Y的抓手 describes a frame; only 把X作为Y states a course
    assert not any("作为" in g for g in _goal_labels("我市将“城市大脑”作为智慧城市建设的总抓手。"))


def test_a_first_item_cut_off_inside_its_quote_is_still_a_goal():
    text = "下一步，科技部将继续给予大力支持。\n“一是推动构建开放协同的人工智能创新体系，加快基础理论研究。"
    assert [it.label for it in goals.enumerations(text)] == ["推动构建开放协同的人工智能创新体系"]


def test_on_the_one_hand_items_are_goals_only_when_they_state_tasks():
    tasks = goals.enumerations("他表示，一方面，要积极拥抱人工智能这一新赛道；另一方面，要推动数据要素优化配置。")
    assert [it.label for it in tasks] == ["积极拥抱人工智能这一新赛道", "推动数据要素优化配置"]
    assert goals.enumerations("他表示，一方面，数字经济高度依赖数字能力。另一方面，数字能力高度依赖人才。") == []


def test_a_suggestions_content_places_before_verbs_and_words_ending_in_ju(extractor):
    x = extract(extractor, "全国人大代表、湖北联通总经理王强提出了在中部增设算力枢纽节点，促进中部地区数字经济发展的建议。\n"
                           "国家发展改革委印发了《算力枢纽实施方案》，提出在贵州、甘肃、宁夏等地布局建设算力枢纽节点，加快构建新发展格局。")
    goals_ = labels(x, "Goal")
    assert "促进中部地区数字经济发展" in goals_
    assert any(g.endswith("等地布局建设算力枢纽节点") or g == "布局建设算力枢纽节点" for g in goals_)
    assert ("王强", "proposes", "促进中部地区数字经济发展") in triples(x)
    assert not any(label.endswith(("布局", "格局")) for label in labels(x, "Agency") + labels(x, "Organization"))
    assert "宁夏" in labels(x, "Place")


def test_a_document_a_speaker_quotes_owns_the_goals_it_states(extractor):
    x = extract(extractor, "王强说：“《中共中央 国务院关于推动西部地区高质量发展的意见》指出，要坚持创新发展，"
                           "加强新型基础设施建设。”")
    t = triples(x)
    doc = "中共中央 国务院关于推动西部地区高质量发展的意见"
    assert (doc, "hasGoal", "加强新型基础设施建设") in t
    assert ("王强", "proposes", "加强新型基础设施建设") not in t
    assert {o for s, p, o in t if s == doc and p == "publishedBy"} == {"中共中央", "国务院"}


def test_find_clause_goals_writes_the_goal_its_passage_and_its_proposer(extractor):
    context = context_of(extractor, "工业和信息化部副部长辛国斌出席会议。他指出，要加快推进新型工业化。")
    officials.find_officials(context)
    speakers.find_speakers(context)
    rules_goals.find_clause_goals(context)
    (goal,) = context.reg.of_type("Goal")
    assert goal.label == "加快推进新型工业化"
    assert [key for _, _, key in context.goal_spans] == [goal.key]
    assert ("person/辛国斌", "proposes", goal.key) in context.relations


def test_coordinated_verb_phrases_are_one_goal_each():
    s = "要全力推进关键技术攻关、建设一流研发平台、发展绿色低碳产业。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == \
        ["全力推进关键技术攻关", "建设一流研发平台", "发展绿色低碳产业"]


def test_a_second_object_stays_with_its_verb_and_short_slogans_stay_whole():
    s = "要扩大两地青年交流、学术交流、深化文化旅游融合发展。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == \
        ["扩大两地青年交流、学术交流", "深化文化旅游融合发展"]
    slogan = "要凝聚共识、增进互信、深化合作。"
    assert [c.label for c in goals.goal_clauses(slogan, 0, document_context=False)] == ["凝聚共识、增进互信、深化合作"]
    nouns = "要加快建设制造强省、质量强省。"
    assert [c.label for c in goals.goal_clauses(nouns, 0, document_context=False)] == ["加快建设制造强省、质量强省"]


def test_a_verb_made_the_attribute_of_a_noun_opens_no_coordinated_goal():
    assert goals.coordinated_parts("形成上下联动、协同推进的工作格局") == []
    assert goals.coordinated_parts("增强企业的研发能力、创新能力和转化能力") == []
    assert [p for p, _ in goals.coordinated_parts("推进数据共享、完善数据流通机制")] == ["推进数据共享", "完善数据流通机制"]


def test_states_a_plan_aims_at_are_coordinated_goals_too():
    assert goals.coordinated_parts("城乡居民收入稳步提高、公共服务体系基本建立") == \
        [("城乡居民收入稳步提高", 0), ("公共服务体系基本建立", 11)]


def test_a_verb_made_a_noun_by_hua_or_xing_opens_no_goal():
    assert not goals.starts_with_goal_verb("规范化管理水平")
    assert not goals.starts_with_goal_verb("创新性成果转化")
    assert goals.starts_with_goal_verb("规范收费行为")
    s = "各园区要持续提高标准化、规范化管理水平。"   # one goal: 规范化 is an attribute of the shared noun
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == ["持续提高标准化、规范化管理水平"]


def test_a_ban_keeps_its_bu_de():
    s = "通知要求各平台不得诱导用户充值，不得擅自收集个人信息。"   # the bans, not the acts they forbid
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == \
        ["不得诱导用户充值", "不得擅自收集个人信息"]
    s = "在开展评估工作过程中，不得向企业收取任何费用。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=True)] == ["不得向企业收取任何费用"]


def test_policy_verbs_open_goals():
    for label in ("缓解中小企业融资压力", "构筑区域竞争新优势", "壮大数字产业集群", "巩固脱贫攻坚成果"):
        assert goals.starts_with_goal_verb(label), label


def test_model_goals_are_not_reports_trends_or_noun_phrases():
    from cnkg.extract.goal_model import reports_not_aims
    assert reports_not_aims("与会专家交流了各地的经验")
    assert reports_not_aims("越来越多的企业进入这一领域")
    assert reports_not_aims("对加快产业升级、扩大就业具有重要意义")   # the frame of the aims the rules take
    assert reports_not_aims("发展绿色金融顺应时代发展的潮流")
    assert reports_not_aims("云计算等新技术的广泛应用")
    assert not reports_not_aims("推动新技术的广泛应用")
    assert not reports_not_aims("为了解决企业融资难题")


def test_a_judgement_of_what_a_thing_is_is_no_model_goal():
    from cnkg.extract.goal_model import reports_not_aims
    assert reports_not_aims("保护生态环境是全社会共同的责任")
    assert reports_not_aims("这项标准是行业标准体系的重要基础")
    assert not reports_not_aims("是推进乡村振兴的重要手段")      # what it serves opens with a goal verb
    assert not reports_not_aims("绿色转型是我们的共同目标")       # it names the aim
    assert not reports_not_aims("一是加强人才培养")


def test_a_state_reached_in_a_review_of_the_past_is_no_model_goal():
    from cnkg.extract.goal_model import Clause, reviews_an_achievement

    def clause(article: str, text: str) -> Clause:
        at = article.index(text)
        start = max(article.rfind(ch, 0, at) for ch in "。\n") + 1
        end = article.index("。", at)
        return Clause(at, at + len(text), text, article[start:end], 1, article[start:at], start)

    review = "近年来，我省交通事业发展迅速。全省路网体系基本形成，出行服务水平全面提升。"
    assert reviews_an_achievement(review, clause(review, "全省路网体系基本形成"))
    plan = "到2027年，全省路网体系基本形成，出行服务水平全面提升。"
    assert not reviews_an_achievement(plan, clause(plan, "全省路网体系基本形成"))
    released = "近年来，我省交通立法加快推进，出台《公路条例》《港口条例》等法规。"
    assert reviews_an_achievement(released, clause(released, "出台《公路条例》《港口条例》等法规"))
    proposed = "他建议，到2027年出台《公路条例》。"
    assert not reviews_an_achievement(proposed, clause(proposed, "出台《公路条例》"))
    task = "近年来，我省推进交通建设，加快完善全省路网体系。"
    assert not reviews_an_achievement(task, clause(task, "加快完善全省路网体系"))


def test_a_clause_framing_an_aim_names_only_the_aim():
    assert goals.framed_aim("王委员在《关于加快发展智慧农业的提案》中认为") == "加快发展智慧农业"
    assert goals.framed_aim("在《关于完善养老服务体系的建议》中") == "完善养老服务体系"
    assert goals.framed_aim("建设数字丝绸之路倡议自提出以来") == "建设数字丝绸之路"
    assert goals.framed_aim("紧紧围绕“共建绿色家园”的理念主张") == "共建绿色家园"
    assert goals.framed_aim("推动城乡融合发展这一理念") == "推动城乡融合发展"
    assert goals.framed_aim("加快发展智慧农业") is None


def test_a_sentence_of_tasks_states_goals_without_a_modal():
    s = "港口方面，加强与沿线国家沟通协调，同步提高口岸通关效率。"
    assert goals.imperative(s)
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["加强与沿线国家沟通协调", "同步提高口岸通关效率"]


def test_reports_and_judgements_are_no_sentence_of_tasks():
    assert not goals.imperative("建成5G基站3万个，完成了年度任务。")
    assert not goals.imperative("推进数据共享是提升治理能力的重要手段。")
    assert not goals.imperative("推进数据共享，这一工作成效明显。")


def test_list_items_of_a_plan_are_goals_without_their_marks():
    for line, label in (("1.扎实推进县域商业体系建设", "扎实推进县域商业体系建设"),
                        ("（二）构建高效协同的数据共享体系", "构建高效协同的数据共享体系"),
                        ("三、持续推动智能制造融合发展", "持续推动智能制造融合发展")):
        assert [c.label for c in goals.goal_clauses(line, 0, document_context=False) if not c.weak] == [label]


def test_a_listed_target_with_a_bound_is_a_goal_but_a_figure_is_not_a_list_mark():
    assert [c.label for c in goals.goal_clauses("●农村居民人均收入增长6%以上", 0, document_context=False)] == \
        ["农村居民人均收入增长6%以上"]
    assert goals.goal_clauses("1.5亿元用于建设新校区", 0, document_context=False) == []


def test_a_goal_label_has_no_list_or_ordinal_mark():
    assert goals.goal_label("一是建立区域协同创新体系") == "建立区域协同创新体系"
    assert goals.goal_label("●推进产业平台建设") == "推进产业平台建设"
    assert goals.goal_label("2.提升经济治理能力") == "提升经济治理能力"
    assert goals.goal_label("1.5亿元用于建设") == "1.5亿元用于建设"


def test_a_clause_listing_tasks_after_its_subject_is_one_goal_per_task():
    label = "课题组将继续完善评价指标体系、扩充样本数据来源、改进测算模型方法等"
    assert [t for t, _ in goals.coordinated_tasks(label)] == ["完善评价指标体系", "扩充样本数据来源", "改进测算模型方法"]
    assert all(label[k:].startswith(t) for t, k in goals.coordinated_tasks(label))
    assert goals.coordinated_tasks("推进数据共享") == []


def test_the_aims_a_frame_serves_are_one_goal_each():
    label = "为提升城市治理水平、改善居民生活品质创造条件"
    assert [t for t, _ in goals.served_aims(label)] == ["提升城市治理水平", "改善居民生活品质"]
    assert all(label[k:].startswith(t) for t, k in goals.served_aims(label))
    assert [t for t, _ in goals.served_aims("已成为推动产业升级、扩大对外开放的内在需要")] == ["推动产业升级", "扩大对外开放"]
    assert goals.served_aims("为企业发展创造条件") == []
    assert [t for t, _ in goals.served_aims("对稳定外贸规模、优化贸易结构将起到关键作用")] == ["稳定外贸规模", "优化贸易结构"]


def test_two_tasks_joined_by_a_conjunction_are_two_goals():
    assert [t for t, _ in goals.joined_tasks("全面排查老旧管网并建立隐患整改台账")] == ["全面排查老旧管网", "建立隐患整改台账"]
    assert [t for t, _ in goals.joined_tasks("加强水源保护及完善供水应急体系")] == ["加强水源保护", "完善供水应急体系"]
    assert goals.joined_tasks("制定管理办法并确保有效实施") == []          # a follow-through
    assert goals.joined_tasks("推动银行在普惠金融及支持乡村振兴上有新作为") == []   # one frame around two fields
    assert goals.joined_tasks("推进企业兼并重组") == []


def test_a_headline_of_two_spaced_slogans_is_two_goals():
    assert [t for t, _ in goals.spaced_slogans("加快建设智慧港口 推动航运绿色发展")] == ["加快建设智慧港口", "推动航运绿色发展"]
    assert goals.spaced_slogans("聚焦 | 某论坛在京开幕") == []


def test_the_states_a_target_year_sets_are_goals():
    s = "到2026年，全省数字产业加快发展，智能制造水平明显增强，数据治理体系更加完善。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == \
        ["全省数字产业加快发展", "智能制造水平明显增强", "数据治理体系更加完善"]


def test_the_purposes_a_document_opens_with_are_goals_but_its_making_is_not():
    s = "为贯彻落实国家数据战略，加快推进全市数据要素市场建设，更好满足企业用数需求，结合本市实际，制定本方案。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["贯彻落实国家数据战略", "加快推进全市数据要素市场建设", "更好满足企业用数需求"]


def test_a_speech_verb_before_the_modal_still_licenses_the_goals():
    s = "并表示将优化营商环境，支持搭建产学研合作平台。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["优化营商环境", "支持搭建产学研合作平台"]


def test_the_steps_that_made_a_document_are_no_goals(extractor):
    text = ("关于《某市数据产业行动方案》的解读\n一、起草过程\n今年初，我局会同有关部门开展方案编制工作。一是调研座谈。二是征求意见。\n"
            "二、主要内容\n方案提出，要加快建设城市数据平台。")
    assert goals.process_sections(text) and goals.in_process_section(text, text.index("调研座谈"))
    assert not goals.in_process_section(text, text.index("加快建设"))
    assert labels(extract(extractor, text), "Goal") == ["加快建设城市数据平台"]
    assert not goals.process_sections("一、起草背景和过程\n为贯彻落实国家部署，制定本方案。")


def test_a_body_that_pushes_technologies_promotes_them_without_a_goal(extractor):
    x = extract(extractor, "会上，李明介绍了中国电信在人工智能、量子科技等前沿领域的布局。华为公司加快研发6G技术。")
    promoted = {(s, o) for s, p, o in triples(x) if p == "promotes"}
    assert {("中国电信", "人工智能"), ("中国电信", "量子科技"), ("华为", "6G")} <= promoted



def test_a_suggestion_of_several_tasks_makes_each_a_goal():
    s = "提案建议，提高公众节水意识，搞好水资源制度设计，建立节水示范区。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["提高公众节水意识", "搞好水资源制度设计", "建立节水示范区"]


def test_what_a_target_year_sets_whatever_its_subject():
    s = "到2030年，全市数字经济全面赋能高质量发展，智能终端普及率超90%。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == \
        ["全市数字经济全面赋能高质量发展", "智能终端普及率超90%"]


def test_each_task_of_a_list_of_areas_is_a_goal():
    found = _goal_labels("《办法》从健全数据分级制度、完善跨境流动规则、加强安全监测能力建设等三个方面作出规定。")
    for task in ("健全数据分级制度", "完善跨境流动规则", "加强安全监测能力建设"):
        assert task in found
    found = _goal_labels("全市在守护好绿水青山、推动产业绿色转型等方面细化工作措施。")
    assert "守护好绿水青山" in found and "推动产业绿色转型" in found


def test_a_named_subject_followed_by_tasks_pursues_them(extractor):
    x = extract(extractor, "中国联通发布年度报告。中国联通始终坚持自主创新，同时加大研发投入，筑牢网络安全防线。")
    t = triples(x)
    for goal in ("坚持自主创新", "加大研发投入", "筑牢网络安全防线"):
        assert ("中国联通", "hasGoal", goal) in t


def test_a_title_line_after_a_subject_is_no_sentence_of_tasks():
    assert goals._subject_led_tasks("某市建设智慧城市行动方案（2024—2026年）", 0, speaker_context=False,
                                    is_subject=lambda name: name == "某市") == []


def test_paired_and_emphatic_modals_make_goals():
    found = _goal_labels("他说，既要加快培育数据要素市场，又要防止平台垄断数据资源。", speaker_context=True)
    assert "加快培育数据要素市场" in found and "防止平台垄断数据资源" in found
    assert "提供稳定的科研经费" in _goal_labels("他表示，关键就是要提供稳定的科研经费。", speaker_context=True)


def test_the_tasks_a_proposals_title_names_are_its_goals(extractor):
    x = extract(extractor, "全国政协委员李明今年提交了《关于加快建设县域医疗共同体的提案》。")
    assert "加快建设县域医疗共同体" in labels(x, "Goal")
    assert ("关于加快建设县域医疗共同体的提案", "hasGoal", "加快建设县域医疗共同体") in triples(x)
    x = extract(extractor, "他提交的《推进智慧交通服务体系建设》提案引起关注。")
    assert "推进智慧交通服务体系建设" in labels(x, "Goal")
    x = extract(extractor, "会议审议了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。")
    assert labels(x, "Goal") == []


def test_the_tasks_of_a_heading_items_body_are_goals_had_as_the_heading_is(extractor):
    text = ("工业和信息化部副部长王强表示，下一步将重点做好三方面工作。"
            "一是加快标准制定。联合有关部门组建算力标准工作组，加快推进算力互联标准研制。"
            "二是深化融合应用。鼓励算力企业同各行业开展协同创新。")
    x = extract(extractor, text)
    goal_labels = labels(x, "Goal")
    for goal in ("加快标准制定", "加快推进算力互联标准研制", "深化融合应用", "鼓励算力企业同各行业开展协同创新"):
        assert goal in goal_labels
    t = triples(x)
    assert ("王强", "proposes", "加快推进算力互联标准研制") in t
    assert ("工业和信息化部", "hasGoal", "加快推进算力互联标准研制") in t


def test_a_heading_of_two_clauses_still_heads_an_items_body(extractor):
    text = ("省数据局局长周明表示，今年将重点抓好两项工作。"
            "一是加快建设一批数据产业园区，壮大经营主体。出台园区认定办法，引导企业向园区集聚。"
            "二是完善数据流通规则。制定数据交易合规指引。")
    goal_labels = labels(extract(extractor, text), "Goal")
    for goal in ("加快建设一批数据产业园区", "出台园区认定办法", "引导企业向园区集聚", "制定数据交易合规指引"):
        assert goal in goal_labels


def test_the_second_task_of_a_two_clause_heading_is_a_goal_of_its_own(extractor):
    text = ("区工信局局长陈刚表示，今年将重点做好两方面工作。"
            "一是坚持平台引领，壮大经营主体。出台园区认定办法，引导企业向园区集聚。"
            "二是完善数据流通规则。制定数据交易合规指引。")
    x = extract(extractor, text)
    goal_labels = labels(x, "Goal")
    for goal in ("坚持平台引领", "壮大经营主体", "出台园区认定办法"):
        assert goal in goal_labels
    assert ("陈刚", "proposes", "壮大经营主体") in triples(x)


def test_an_item_that_opens_with_a_long_sentence_stays_one_goal(extractor):
    text = ("市发展改革委主任李华表示，下一步将做好两方面工作：\n"
            "一是坚持以企业需求为导向，将优化营商环境作为改革的出发点和落脚点，积极构建亲清政商关系，打通政策落实堵点。"
            "不断提升政务服务效能，持续满足企业多样化需求。\n"
            "二是深化数字政府建设，推动政务数据共享。")
    goal_labels = labels(extract(extractor, text), "Goal")
    assert not any("提升政务服务效能" in g for g in goal_labels)


def test_the_tasks_after_the_first_clause_of_a_short_item_are_goals(extractor):
    text = ("市经信局局长张伟表示，下一步将抓好三项工作：一是坚持创新引领，加快建设智能工厂，培育一批链主企业；"
            "二是坚持开放合作，深化长三角产业协同；三是优化营商环境。")
    x = extract(extractor, text)
    goal_labels = labels(x, "Goal")
    for goal in ("坚持创新引领", "加快建设智能工厂", "培育一批链主企业", "坚持开放合作", "深化长三角产业协同", "优化营商环境"):
        assert goal in goal_labels
    assert ("张伟", "proposes", "加快建设智能工厂") in triples(x)


def test_a_long_one_sentence_item_stays_one_goal(extractor):
    text = ("市发展改革委主任李华表示，下一步将做好两方面工作：一是坚持以企业需求为导向，把优化营商环境作为改革的出发点和"
            "落脚点，积极构建亲清政商关系，打通政策落实堵点，不断提升政务服务效能，持续满足企业多样化需求；"
            "二是深化数字政府建设，推动政务数据共享。")
    goal_labels = labels(extract(extractor, text), "Goal")
    assert not any("提升政务服务效能" in g or "构建亲清政商关系" in g for g in goal_labels)


def test_a_heading_items_body_that_reports_the_past_adds_no_goals(extractor):
    text = ("他介绍了两方面进展：一是加快标准制定。已累计发布标准30项。"
            "二是深化融合应用。推动了一批项目落地。")
    x = extract(extractor, text)
    assert not any("标准30项" in g or "项目落地" in g for g in labels(x, "Goal"))


def test_manner_adverbs_before_a_goal_verb_and_more_goal_verbs():
    found = _goal_labels("他表示，将科学把握网络传播规律，树立全球视野，有序推进数据开放。", speaker_context=True)
    for goal in ("科学把握网络传播规律", "树立全球视野", "有序推进数据开放"):
        assert goal in found


def test_the_tasks_of_a_plans_list_item_body_are_goals(extractor):
    text = ("某市数字人才培育实施方案\n"
            "（一）建设数字人才梯队。引进一批海外高层次数字人才，组织一批青年人才赴企业实践，形成成长梯队。\n")
    goal_labels = labels(extract(extractor, text), "Goal")
    for goal in ("建设数字人才梯队", "引进一批海外高层次数字人才", "组织一批青年人才赴企业实践", "形成成长梯队"):
        assert goal in goal_labels


def test_a_guiding_thought_before_tasks_is_their_topic():
    assert goals.imperative("以新发展理念为指导，全面落实人才工作部署，坚持需求导向。")


def test_a_short_title_is_the_document_that_named_itself_so(extractor):
    x = extract(extractor, "《“十四五”智能制造发展规划》（以下简称《规划》）是国家“十四五”规划的组成部分。"
                           "《规划》提出要加快建设智能工厂。")
    assert ("“十四五”智能制造发展规划", "hasGoal", "加快建设智能工厂") in triples(x)
    assert "加快建设智能工厂" in labels(x, "Goal")


def test_a_review_of_work_done_sets_no_goals_until_the_next_part(extractor):
    text = ("某省政府工作报告\n一、2023年工作回顾\n（一）产业升级。推动制造业数字化转型，建设一批智能工厂。\n"
            "二、2024年工作安排\n加快发展人工智能产业，建设算力枢纽。\n")
    goal_labels = labels(extract(extractor, text), "Goal")
    assert "推动制造业数字化转型" not in goal_labels and "建设一批智能工厂" not in goal_labels
    assert "加快发展人工智能产业" in goal_labels


def test_ming_que_as_a_verb_and_more_verbs_of_plans():
    found = _goal_labels("要加强组织领导，明确职责分工，督促企业落实安全责任，继续深化区域合作。")
    for goal in ("明确职责分工", "督促企业落实安全责任", "继续深化区域合作"):
        assert goal in found
    assert "加快建设智能工厂" in _goal_labels("《方案》明确要加快建设智能工厂。")


def test_a_list_of_findings_and_circumstances_sets_no_goals():
    text = "专家认为：一是算力成为数字经济新引擎。二是数据要素呈现加速流通态势。"
    assert goals.enumerations(text) == []
    from cnkg.extract.goal_model import reports_not_aims
    assert reports_not_aims("随着智能体技术的快速发展")
    assert reports_not_aims("算力成为推动全要素生产率提升的关键因素")
    assert not reports_not_aims("加快建设算力基础设施")


def test_a_bare_verb_shares_the_next_phrases_object():
    found = _goal_labels("全省将进一步发挥好、利用好沿边区位优势，全面提升开放水平。", speaker_context=True)
    assert "进一步发挥好" not in found
    assert any(g.endswith("利用好沿边区位优势") for g in found)


def test_means_circumstances_and_questions_are_no_goals():
    for clause in ("按照《数据安全法》等相关标准要求", "在前期重点企业监管推进的基础上", "数据安全人才培养怎么有效落地",
                   "推动数据产业发展的思路与重点", "建设数字城市分为三个阶段", "发展智能汽车的战略意义",
                   "在国务院新闻办举行的新闻发布会上", "两部法律相继颁布实施"):
        assert goals.states_no_aim(clause)
    assert not goals.states_no_aim("加快培育数据安全人才")
    assert _goal_labels("要按照国家标准要求，加快建设安全监测平台。") == ["加快建设安全监测平台"]


def test_a_list_heading_on_its_own_line_heads_the_tasks_of_the_paragraph_after_it(extractor):
    text = ("某市人工智能发展行动计划\n（一）促进算力设施联通\n"
            "完善城市算力网络布局，积极协助企业接入公共算力平台，助力中小企业用好人工智能。\n")
    goal_labels = labels(extract(extractor, text), "Goal")
    for goal in ("促进算力设施联通", "完善城市算力网络布局", "助力中小企业用好人工智能"):
        assert goal in goal_labels


def test_task_verbs_of_the_plans_register_join_a_list_of_goals_but_never_open_one():
    clauses = goals.goal_clauses("要加强数据安全监管，梳理重点企业的数据资源，及时编制数据资产台账。", 0,
                                 document_context=True)
    assert [c.label for c in clauses] == ["加强数据安全监管", "梳理重点企业的数据资源", "及时编制数据资产台账"]
    alone = goals.goal_clauses("梳理重点企业的数据资源，编制数据资产台账。", 0, document_context=True)
    assert alone == []


def test_a_speaker_presenting_a_document_states_the_goals_it_sets(extractor):
    text = "在《数字经济发展白皮书》中，中国信息通信研究院院长王建平指出，要完善数据安全责任制，加快制定数据分类分级标准。\n"
    t = triples(extract(extractor, text))
    for goal in ("完善数据安全责任制", "加快制定数据分类分级标准"):
        assert ("王建平", "proposes", goal) in t
        assert ("数字经济发展白皮书", "hasGoal", goal) in t


def test_a_list_of_topics_names_no_goals(extractor):
    text = ("今天我想谈三个方面。一是技术发展态势，二是全球监管动向，三是中美差距。\n"
            "要加强数据安全监管，梳理重点企业的数据资源。\n")
    goal_labels = labels(extract(extractor, text), "Goal")
    assert "加强数据安全监管" in goal_labels
    assert not {"技术发展态势", "全球监管动向", "中美差距"} & set(goal_labels)


def test_a_body_given_a_goal_late_promotes_the_technologies_the_goal_names(extractor):
    # the last owner rules (an agreement's parties, a proposal's party) and the pair classifier
    # come after the first promotion pass: what they add promotes too, but not a plan's co-issuers
    context = context_of(extractor, "双方将在智慧城市领域深化合作，推动人工智能和物联网应用。")
    body = context.reg.add("Organization", "星河科技集团")
    issuer = context.reg.add("Agency", "江城市科技局")
    co_issuer = context.reg.add("Agency", "江城市财政局")
    plan = context.reg.add("Document", "江城市智慧城市行动方案")
    goal = context.reg.add("Goal", "推动人工智能和物联网应用")
    ai = context.reg.add("Technology", "人工智能")
    iot = context.reg.add("Technology", "物联网")
    context.goal_technologies = {goal.key: {ai.key: None}}            # the rules' pass: named in the goal
    context.relate(goal.key, "involvesTechnology", iot.key, 0)          # added by the pair classifier
    context.relate(body.key, "hasGoal", goal.key, 0)                    # added by an owner rule after it
    context.relate(plan.key, "hasGoal", goal.key, 0)
    context.relate(plan.key, "publishedBy", issuer.key, 0)
    context.relate(plan.key, "publishedBy", co_issuer.key, 0)
    rules_goals.promote_late_goal_technologies(context)
    promoted = {(s, o) for (s, p, o) in context.relations if p == "promotes"}
    assert promoted == {(body.key, ai.key), (body.key, iot.key)}


def test_a_technology_naming_only_a_kind_of_company_is_not_the_goal_s(extractor):
    x = extract(extractor, "市经信局表示，要支持互联网平台企业开放数据资源，推动人工智能与制造业深度融合。")
    involved = {o for _, p, o in triples(x) if p == "involvesTechnology"}
    assert "人工智能" in involved and "互联网" not in involved


def test_a_technology_whose_name_runs_on_into_a_network_is_not_the_goal_s(extractor):
    x = extract(extractor, "市数据局表示，要加快建设城市算力网，推动算力资源高效调度。")
    involved = {(s, o) for s, p, o in triples(x) if p == "involvesTechnology"}
    assert not {s for s, o in involved if o == "算力" and "算力网" in s}


def test_the_pair_classifier_adds_no_technology_that_only_names_its_network(extractor):
    context = context_of(extractor, "要建设城市算力网。")
    goal = context.reg.add("Goal", "建设城市算力网")
    compute = context.reg.add("Technology", "算力")
    before = set(context.relations)
    context.relate(goal.key, "involvesTechnology", compute.key, 0)   # the classifier's: the network, not the technology
    rules_goals.drop_added_technologies_the_goal_does_not_name(context, before)
    assert (goal.key, "involvesTechnology", compute.key) not in context.relations


def test_the_government_that_delivers_a_work_report_promotes_the_technologies_of_its_goals(extractor):
    context = context_of(extractor, "今年要加快发展人工智能。")
    government = context.reg.add("Agency", "江城市人民政府")
    report = context.reg.add("Document", "政府工作报告")
    goal = context.reg.add("Goal", "加快发展人工智能")
    ai = context.reg.add("Technology", "人工智能")
    context.goal_technologies = {goal.key: {ai.key: None}}
    context.relate(report.key, "hasGoal", goal.key, 0)
    context.relate(report.key, "publishedBy", government.key, 0)   # as the pair classifier adds it
    rules_goals.promote_late_goal_technologies(context)
    assert (government.key, "promotes", ai.key) in context.relations


def test_the_sole_publisher_of_a_plan_promotes_the_technologies_of_its_goals(extractor):
    context = context_of(extractor, "省经信委印发《智能制造行动方案》，提出加快发展工业互联网。")
    issuer = context.reg.add("Agency", "省经信委")
    plan = context.reg.add("Document", "智能制造行动方案")
    goal = context.reg.add("Goal", "加快发展工业互联网")
    iiot = context.reg.add("Technology", "工业互联网")
    context.goal_technologies = {goal.key: {iiot.key: None}}
    context.relate(plan.key, "hasGoal", goal.key, 0)
    context.relate(plan.key, "publishedBy", issuer.key, 0)   # as the pair classifier adds it
    rules_goals.promote_late_goal_technologies(context)
    assert (issuer.key, "promotes", iiot.key) in context.relations


def test_an_item_heading_leaves_the_technologies_of_its_tasks_to_them_but_its_body_promotes_them(extractor):
    text = ("国家数据局将重点抓好以下工作：\n"
            "一是夯实数字底座。加快建设5G基站，推进工业互联网平台建设。\n"
            "二是提升算力水平，坚持以深化供给侧结构性改革为主线，统筹布局全国一体化算力网络国家枢纽节点，"
            "持续深化大数据、人工智能等技术应用，有效提升产业基础能力。\n"
            "三是拓展融合应用，推广区块链溯源服务。")
    t = triples(extract(extractor, text))
    involved = {(s, o) for s, p, o in t if p == "involvesTechnology"}
    assert ("加快建设5G基站", "5G") in involved and ("推进工业互联网平台建设", "工业互联网") in involved
    assert not {o for s, o in involved if s == "夯实数字底座"}   # the heading names no technology
    # a long item of the text's own list: its tasks name the technologies, not its first clause
    assert ("持续深化大数据、人工智能等技术应用", "大数据") in involved
    assert ("提升算力水平", "大数据") not in involved
    # a short one: its task names the technology
    assert ("推广区块链溯源服务", "区块链") in involved and ("拓展融合应用", "区块链") not in involved
    assert {("国家数据局", "promotes", tech) for tech in ("5G", "工业互联网", "大数据")} <= t


def test_the_pair_classifier_adds_no_technology_that_the_goal_does_not_name(extractor):
    context = context_of(extractor, "要加快建设智慧园区。")
    goal = context.reg.add("Goal", "加快建设智慧园区")
    named = context.reg.add("Goal", "推广物联网终端")
    iot = context.reg.add("Technology", "物联网")
    cloud = context.reg.add("Technology", "云计算")
    context.relate(goal.key, "involvesTechnology", cloud.key, 0)   # a rule's: stays
    before = set(context.relations)
    context.relate(goal.key, "involvesTechnology", iot.key, 0)     # the classifier's, unnamed: goes
    context.relate(named.key, "involvesTechnology", iot.key, 0)    # the classifier's, named: stays
    rules_goals.drop_added_technologies_the_goal_does_not_name(context, before)
    kept = {(s, o) for (s, p, o) in context.relations if p == "involvesTechnology"}
    assert kept == {(goal.key, cloud.key), (named.key, iot.key)}
    rules_goals.drop_added_technologies_the_goal_does_not_name(context, None)   # no classifier ran: nothing goes
    assert {(s, o) for (s, p, o) in context.relations if p == "involvesTechnology"} == kept


def test_any_subject_with_a_modal_of_obligation_sets_tasks():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("各物流企业要完善冷链配送体系，提升末端服务能力。") == ["完善冷链配送体系", "提升末端服务能力"]
    assert strong("评估机构应当建立内部质量控制制度。") == ["建立内部质量控制制度"]
    assert strong("参训人员须认真落实培训纪律。") == ["认真落实培训纪律"]
    # 相应, 适应, 不要: no modal; a subject that reports the past sets no task
    assert strong("政策效应持续释放。") == []
    assert strong("企业不要盲目扩大产能。") == []
    assert strong("去年企业要求加强监管。") == []


def test_a_sentence_of_tasks_with_one_clause_of_manner_still_states_goals():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("强化监测预警，进一步畅通举报渠道，线上线下联动，优化处置流程。") == \
        ["强化监测预警", "进一步畅通举报渠道", "优化处置流程"]
    # one goal verb in three clauses, a report, or the announcement of a list: no sentence of tasks
    assert strong("强化监测预警，线上线下联动，平台协同。") == []
    assert strong("强化监测预警，优化处置流程，线上联动，取得明显成效。") == []
    assert strong("下一步，加快建设智慧园区，推动平台互联互通，还需要把握好两个方面：") == []


def test_a_purpose_clause_of_its_own_is_a_goal():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("为进一步规范网络直播营销行为，市场监管总局近日印发了指导意见。") == ["规范网络直播营销行为"]
    assert strong("为筑牢数据安全防线，某市全面加快人才培养，积极探索校企联合培养机制。") == \
        ["筑牢数据安全防线", "积极探索校企联合培养机制"]
    # the sentence's last clause, or a purpose without a goal verb, is no aim of its own
    assert strong("各项工作都是为了推动产业升级。") == []
    assert strong("为此，市场监管总局印发了指导意见。") == []


def test_a_demand_a_suggestion_or_an_aim_after_its_subject_names_the_task():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("她还要求各区教育部门尽快启动课后服务工作。") == ["尽快启动课后服务工作"]
    assert strong("王某建议有关部门加快完善充电设施布局，推广统一支付标准。") == \
        ["加快完善充电设施布局", "推广统一支付标准"]
    assert strong("新办法旨在规范数据跨境流动管理。") == ["规范数据跨境流动管理"]
    assert strong("市交通局正研究制定网约车管理细则。") == ["研究制定网约车管理细则"]
    # what was done, 正式/正是, or a demand without a task: none
    assert strong("去年该局要求企业完善台账。") == []
    assert strong("平台正式上线运行。") == []
    assert strong("这正是企业的要求。") == []


def test_adverbs_of_manner_and_more_verbs_open_goals():
    for clause in ("逐步建立区域协同机制", "合理布局充电站点", "定期开展安全评估", "动态优化重点名录",
                   "广泛凝聚社会共识", "高质量实施产业规划", "持续净化网络环境", "秉持开放合作理念",
                   "面向中小企业提供普惠服务"):
        assert goals.starts_with_goal_verb(clause), clause
    assert not goals.starts_with_goal_verb("合理的价格")


def test_a_clause_announcing_tasks_makes_them_goals():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("今年的重点工作包括完善养老服务网络，推进医养结合试点等。") == ["完善养老服务网络", "推进医养结合试点等"]
    assert strong("具体举措有：优化审批流程，推广电子证照。") == ["优化审批流程", "推广电子证照"]
    assert strong("这项工作是一项系统工程，推动各方协作。") == []


def test_immediate_and_close_lead_a_goal_verb_and_publishing_is_a_task():
    for clause in ("立即整治违规审批", "密切关注行业运行态势", "及时发布市场供求信息", "大力宣传法律法规",
                   "协助地方做好结构调整"):
        assert goals.starts_with_goal_verb(clause), clause


def test_a_subject_willing_to_act_sets_a_goal_but_a_wish_does_not():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("中方愿积极推动全球减贫合作。") == ["积极推动全球减贫合作"]
    assert strong("中方愿意加强减贫经验交流。") == ["加强减贫经验交流"]
    assert strong("群众意愿推动了改革。") == []


def test_the_duties_a_rule_sets_are_goals_whatever_their_verb():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("服务机构应当留存交易记录。") == ["留存交易记录"]
    assert strong("备份数据须存放在本地机房。") == ["存放在本地机房"]
    assert strong("各经营主体不得擅自提高收费标准。") == ["不得擅自提高收费标准"]
    # a remark, a judgement or what was done is no duty
    assert strong("我们必须看到存在的不足。") == []
    assert strong("这个问题应当是重点。") == []
    assert strong("去年企业必须停产整顿。") == []


def test_a_ba_sentence_that_puts_something_into_place_is_a_task():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("要将养老服务设施建设纳入城市更新规划。") == ["将养老服务设施建设纳入城市更新规划"]
    assert strong("要切实把安全责任落实到每个岗位。") == ["把安全责任落实到每个岗位"]


def test_a_clause_opening_with_baokuo_lists_tasks():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("包括加强监测预警体系建设，完善应急物资储备。") == ["加强监测预警体系建设", "完善应急物资储备"]
    assert strong("参会人员包括企业代表和专家。") == []


def test_the_verb_of_a_relative_clause_is_no_task():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("目前有没有正在推进的具体项目？") == []
    assert strong("企业需要关注的还是成本。") == []
    assert strong("企业需要关注原材料价格波动。") == ["关注原材料价格波动"]


def test_xu_alone_opens_a_task_like_xuyao():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("亟须进一步完善配套制度。") == ["进一步完善配套制度"]


def test_a_means_or_an_important_thing_as_an_object_leaves_a_sentence_of_tasks_one():
    def strong(s):
        return [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong("压实平台责任，不断提升识别虚假账号的技术手段，完善异常流量监测机制。") == [
        "压实平台责任", "不断提升识别虚假账号的技术手段", "完善异常流量监测机制"]
    assert strong("健全重要数据目录，加强重要数据出境安全评估。") == ["健全重要数据目录", "加强重要数据出境安全评估"]
    # a judgement is still no task: 作为…的重要途径, 具有…意义
    assert goals.reports_done("作为推动产业升级的重要途径")
    assert goals.reports_done("对促进就业具有重大意义")


def test_a_regions_goals_get_no_owner_from_the_model_when_its_government_is_unnamed(extractor):
    # 广西将…: the region stands for its government (ANNOTATE.md: optional), which the article does
    # not name; the most named body (here an international organisation) is no owner of the goals
    from cnkg.extract import attribution
    from cnkg.extract.builder import FactBuilder
    from cnkg.extract.reader import article_from_text

    text = ("广西深化与东盟合作\n东南亚国家联盟是广西的重要伙伴。东南亚国家联盟各国与广西往来密切，"
            "东南亚国家联盟连续多年是广西第一大贸易伙伴。\n下一步，广西将加快建设西部陆海新通道，全面提升开放型经济发展水平。")
    nlp = extractor.nlp
    with nlp.select_pipes(disable=["kg_facts"]):
        doc = nlp(extractor._doc(article_from_text(text, document="t")))
    builder = FactBuilder(doc, nlp.get_pipe("kg_facts").lexicon, document="t",
                          attribution_model=attribution.default_model())
    builder.build()
    ctx = builder.context
    goals = {ctx.reg.entities[g].label for g in ctx.region_goals}
    assert "加快建设西部陆海新通道" in goals
    assert not [k for k in ctx.relations if k[1] == "hasGoal"]


def test_a_demand_sets_its_task_past_whom_it_addresses():
    labels = [c.label for c in goals.goal_clauses("《实施细则》要求各物业企业建立垃圾分类台账。", 0, document_context=False)]
    assert labels == ["建立垃圾分类台账"]
    labels = [c.label for c in goals.goal_clauses("通知明确要求各乡镇“加快补齐农村供水短板”。", 0, document_context=False)]
    assert labels == ["加快补齐农村供水短板"]
    assert goals.task_past_addressee("养老机构建立服务质量档案") == "建立服务质量档案"   # 建立, not 构建
    assert goals.task_past_addressee("各方的意见") is None


def test_unframed_names_leave_out_the_frame_round_a_goal():
    assert goals.unframed_names("有利于激活乡村消费市场") == ["激活乡村消费市场"]
    assert goals.unframed_names("聚焦培育特色农业品牌") == ["培育特色农业品牌"]
    assert goals.unframed_names("完善社区养老服务网络的重要举措") == ["完善社区养老服务网络"]
    assert goals.unframed_names("推动旧城更新改造为主线") == ["推动旧城更新改造"]
    assert goals.unframed_names("通过建立村级议事制度") == ["建立村级议事制度"]
    assert goals.unframed_names("优化营商环境") == []   # no frame


def test_written_names_give_back_the_adverbs_and_frame_the_sentence_writes():
    assert goals.written_names("深化医药卫生体制改革", "，我们将进一步", "。") == ["将进一步深化医药卫生体制改革", "进一步深化医药卫生体制改革"]
    assert goals.written_names("服务群众办实事", "坚持以", "为主线，") == ["以服务群众办实事为主线"]
    assert goals.written_names("建设美丽乡村", "为", "提供坚实基础。") == ["为建设美丽乡村提供坚实基础"]
    assert goals.written_names("建设美丽乡村", "会上说", "。") == []


def test_core_names_leave_out_what_opens_a_label_without_naming_the_goal():
    assert goals.core_names("着力提高农产品质量安全水平") == ["提高农产品质量安全水平"]
    assert goals.core_names("通过搭建区域合作平台") == ["搭建区域合作平台"]
    assert goals.core_names("我省将继续致力于打造内陆开放新高地") == ["打造内陆开放新高地"]
    assert goals.core_names("鼓励各县区建设乡村物流服务站") == ["建设乡村物流服务站"]
    assert goals.core_names("完善养老服务补贴制度等") == ["完善养老服务补贴制度"]
    assert "扩大农产品出口规模" in goals.core_names("切实做好扩大农产品出口规模")   # a light verb before the task
    assert "建立健全应急预案" in goals.core_names("建立健全应急预案并确保有效实施")   # the first of two joined tasks
    assert goals.core_names("优化营商环境") == []   # nothing to leave out
    assert goals.core_names("进一步发展") == []       # (too short a rest to name a goal)


def test_a_goal_is_known_by_its_core_too(extractor):
    x = extract(extractor, "市农业农村局局长陈立新表示，下一步将着力提高农产品质量安全水平。")
    [goal] = [e for e in x.entities if e.type == "Goal"]
    assert "提高农产品质量安全水平" in [goal.label, *goal.aliases]


def test_a_duty_that_opens_with_its_means_makes_the_tasks_after_it_goals():
    found = _goal_labels("各县区应按照全市统一部署，压实属地管理责任，抓好整改任务落实。", speaker_context=False)
    assert "压实属地管理责任" in found and "抓好整改任务落实" in found
    # no duty, no tasks: a report of what the county did
    assert not _goal_labels("该县按照全市统一部署，压实了属地管理责任。", speaker_context=False)


def test_a_year_already_reached_makes_no_targets():
    assert not _goal_labels("到2020年底，全省光伏装机已达1200万千瓦，实际发电量累计达150亿千瓦时。", document_context=True)
    assert "全省光伏装机达到3000万千瓦" in _goal_labels("到2027年，全省光伏装机达到3000万千瓦。", document_context=True)


def test_more_verbs_that_open_tasks():
    found = _goal_labels("各地要公开项目审批结果，接受社会监督，及时发现整改安全隐患，将新建项目纳入统一监管。")
    for goal in ("公开项目审批结果", "接受社会监督", "及时发现整改安全隐患"):
        assert goal in found
    assert "共创区域发展新格局" in _goal_labels("会议提出，要共创区域发展新格局。")


def test_a_speakers_subject_that_will_act_through_a_means_sets_the_tasks_after_it():
    found = _goal_labels("他表示，该市将继续以产业园区建设为抓手，加快引进龙头企业，完善配套服务体系。", speaker_context=True)
    assert "加快引进龙头企业" in found and "完善配套服务体系" in found


def test_the_tasks_of_an_item_whose_first_clause_names_no_task_are_goals(extractor):
    text = ("市网信办今年将开展两项专项行动：一是“净网·某某”专项行动，集中清理网络谣言信息，严厉打击网络水军，"
            "督促网站平台健全信息审核机制，及时处置违法违规账号，定期通报典型案例，持续净化网络生态环境。"
            "二是“护苗”专项行动，加强未成年人网络保护。")
    goal_labels = labels(extract(extractor, text), "Goal")
    for goal in ("集中清理网络谣言信息", "严厉打击网络水军", "持续净化网络生态环境", "加强未成年人网络保护"):
        assert goal in goal_labels


def test_the_aims_a_measure_is_said_to_serve_are_goals():
    found = [label for label, _, _ in goals.framed_goals(
        "建设区域物流枢纽，对降低社会物流成本、畅通国内大循环和提升产业链韧性具有重要意义。")]
    assert found == ["降低社会物流成本", "畅通国内大循环", "提升产业链韧性"]


def test_spoken_names_leave_out_the_speakers_subject_place_and_frame():
    assert "从全局高度谋划产业布局" in goals.spoken_names("各企业要从全局高度谋划产业布局")   # a subject and its modal
    assert "以客户需求为导向开展服务" in goals.spoken_names("下一步我行将以客户需求为导向开展服务")
    assert "推动区域经济协调发展" in goals.spoken_names("在新形势下推动区域经济协调发展")   # a place or circumstance
    assert "节约物流成本" in goals.spoken_names("以节约物流成本")   # a connective
    assert "实现风险总体可控" in goals.spoken_names("以实现风险总体可控为导向")   # a frame
    assert "建设绿色工厂" in goals.spoken_names("把建设绿色工厂作为重点任务")
    assert "进一步完善售后服务体系" in goals.spoken_names("督促电商平台进一步完善售后服务体系")   # whom it is urged on
    assert "深入实施《合作协定》" in goals.spoken_names("深入实施《合作协定》（CEPA）")   # an abbreviation after it


def test_spoken_names_keep_a_label_that_opens_with_its_task():
    assert goals.spoken_names("推动要素市场化配置改革") == []


def test_a_speakers_headline_slogans_are_goals_the_speaker_proposes(extractor):
    x = extract(extractor, "王建国：加快建设现代物流体系 以数字技术助力乡村振兴\n日前，市发展改革委主任王建国在论坛上发表演讲。")
    t = triples(x)
    assert ("王建国", "proposes", "加快建设现代物流体系") in t
    assert ("王建国", "proposes", "以数字技术助力乡村振兴") in t


def test_a_headline_without_a_speakers_slogan_gives_no_goal():
    assert rules_goals.headline_slogans("王建国：物流体系基本形成") == []
    assert rules_goals.headline_slogans("加快建设现代物流体系") == []   # no speaker before a colon


def test_what_a_trend_will_do_is_a_forecast_not_a_goal():
    assert goals.forecast("量子计算", "将", "成为新的增长引擎")
    assert goals.forecast("数字技术", "将", "引领新一轮产业变革")
    assert not goals.forecast("我们", "将", "推动产业数字化转型")   # an actor's task
    assert not goals.forecast("市政府", "将", "推动产业数字化转型", is_subject=lambda name: name == "市政府")
    assert not goals.forecast("数字技术", "要", "成为发展引擎")   # an obligation, not a forecast


def test_a_speakers_forecast_gives_no_goal(extractor):
    x = extract(extractor, "市科技局局长张伟表示，量子计算将成为新的经济增长引擎。")
    assert "成为新的经济增长引擎" not in labels(x, "Goal")


def test_an_enumerated_trend_the_speaker_observes_is_no_goal(extractor):
    x = extract(extractor, "张伟指出，当前产业呈现三个特点：一是随着大模型的快速发展，应用场景不断丰富；"
                           "二是数据成为新的生产要素；三是要加快建设算力基础设施。")
    found = labels(x, "Goal")
    assert not [g for g in found if g.startswith(("随着", "数据成为"))]
    assert goals.observation_item("算力已成为数字经济新能源")
    assert not goals.observation_item("成为全国领先的数字城市")   # a target the item sets


def test_the_reason_explained_for_what_was_done_is_no_goal():
    found = goals.goal_clauses("国家之所以要建立区域医疗中心，是因为优质资源分布不均。", 0,
                               document_context=False, speaker_context=True)
    assert not found


def test_what_the_tasks_face_is_no_task_itself():
    assert goals.bare_orientation("面向新时代新征程")
    assert not goals.bare_orientation("面向中小企业提供数字化转型服务")   # a task follows
    found = goals.goal_clauses("面向新时代新征程，我们要加快建设现代产业体系。", 0, document_context=False, speaker_context=True)
    assert [f.label for f in found] == ["加快建设现代产业体系"]


def test_what_the_tasks_turn_on_is_no_task_itself():
    assert goals.bare_orientation("围绕重点行业领域")
    assert not goals.bare_orientation("围绕推动制造业升级")   # a goal verb follows
    found = goals.goal_clauses("我市要围绕重点产业链，培育一批骨干企业。", 0, document_context=False)
    assert [f.label for f in found] == ["培育一批骨干企业"]


def test_a_written_items_clauses_after_its_first_are_tasks_of_their_own(extractor):
    # no speaker: the plan's own list, each clause of a long item a task (a speaker's point stays one goal)
    text = ("本市将着力完善数据安全工作机制。一是健全数据分类分级保护制度，组织开展重点企业数据安全评估，"
            "督促企业落实数据安全主体责任，加强重要数据和个人信息保护，提升数据安全事件应急处置能力。"
            "二是强化技术支撑。建设数据安全监测平台，持续提升风险预警水平。")
    goal_labels = labels(extract(extractor, text), "Goal")
    assert "健全数据分类分级保护制度" in goal_labels
    assert "加强重要数据和个人信息保护" in goal_labels
    assert "强化技术支撑" in goal_labels
    assert "建设数据安全监测平台" in goal_labels


def test_a_task_after_a_preposition_and_task_verbs_of_lists_follow_a_goal():
    labels_ = _goal_labels("各单位要建立风险监测机制，对重点平台开展安全检查，为中小企业提供合规指导，跟踪整改进度。")
    assert "对重点平台开展安全检查" in labels_
    assert "为中小企业提供合规指导" in labels_
    assert "跟踪整改进度" in labels_
    # a contribution's purpose alone, with no goal before it, is no task of a list
    assert _goal_labels("为中小企业提供合规指导。") == []


def test_a_written_duty_binds_its_subject_whatever_verb_opens_it():
    assert "扛起数据安全主体责任" in _goal_labels("各运营企业应扛起数据安全主体责任，认真组织方案学习。",
                                                  document_context=True)
    # 结合…实际 before tasks is their circumstance, not the end of the sentence's goals
    assert "抓好方案落实" in _goal_labels("各企业要按照方案要求，结合本单位实际，抓好方案落实。", document_context=True)


def test_a_list_task_verb_after_an_explicit_modal_is_a_goal():
    assert "认真清理违规出台的补贴政策" in _goal_labels("各地要认真清理违规出台的补贴政策。")
    assert _goal_labels("各地将认真清理违规出台的补贴政策。") == []   # 将 forecasts; only a list's tasks follow it


def test_what_a_document_as_subject_sets_up_is_a_goal():
    labels_ = _goal_labels("《实施细则》构建了分级分类的监管机制，明确各部门职责，加强信息共享。", document_context=True)
    assert labels_ == ["构建分级分类的监管机制", "明确各部门职责", "加强信息共享"]
    assert _goal_labels("《实施细则》聚焦数据出境安全需求。", document_context=True) == []   # its framing


def test_the_internet_as_a_sector_is_neither_involved_nor_promoted(extractor):
    t = triples(extract(extractor, "市通信管理局将督促互联网企业加强数据安全管理，加快5G网络建设。"))
    assert not [(s, p, o) for s, p, o in t if o == "互联网" and p in ("involvesTechnology", "promotes")]
    assert any(p == "involvesTechnology" and o == "5G" for s, p, o in t)


def test_the_internet_listed_with_other_technologies_is_a_technology(extractor):
    t = triples(extract(extractor, "市交通局局长王明表示，要推动大数据、互联网和人工智能深度融入交通管理。"))
    assert ("推动大数据、互联网和人工智能深度融入交通管理", "involvesTechnology", "互联网") in t
    assert ("市交通局", "promotes", "互联网") in t


def test_the_internet_fused_with_something_is_a_technology(extractor):
    t = triples(extract(extractor, "市交通局局长王明表示，要推动互联网和实体经济深度融合。"))
    assert ("推动互联网和实体经济深度融合", "involvesTechnology", "互联网") in t
    # fused in a list of sectors: 与互联网、信息通信等行业深度融合
    x = extract(extractor, "市交通局表示，要推动交通运输与互联网、信息通信等行业深度融合。")
    assert "互联网" in labels(x, "Technology")


def test_the_internet_only_ever_named_as_a_sector_is_no_technology(extractor):
    x = extract(extractor, "市网信办将督促互联网平台企业落实主体责任，提升互联网行业治理水平。")
    assert "互联网" not in labels(x, "Technology")


def test_a_task_taken_on_with_partners_is_a_goal_past_the_partners():
    labels_ = _goal_labels("中方愿同各国特别是发展中国家共同建设数字基础设施，助力全球可持续发展。")
    assert "共同建设数字基础设施" in labels_ and "助力全球可持续发展" in labels_


def _word_at(sentence, cut):
    """A word_at callable (offset → (word, LAC tag)) from a hand-made segmentation of ``sentence``."""
    starts, at = {}, 0
    for word, tag in cut:
        at = sentence.index(word, at)
        starts[at] = (word, tag)
        at += len(word)
    return starts.get


def test_a_clause_among_goals_may_open_with_any_verb_lac_tags():
    s = "要加强校园周边巡查，摸排各类风险隐患，清点应急物资。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("摸排", "v"),
           ("各类", "r"), ("风险", "n"), ("隐患", "n"), ("，", "w"), ("清点", "v"), ("应急", "vn"), ("物资", "n")]
    found = [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))]
    assert found == ["加强校园周边巡查", "摸排各类风险隐患", "清点应急物资"]
    # without LAC's words only the listed goal verb counts
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == ["加强校园周边巡查"]


def test_a_verb_of_saying_being_or_consequence_opens_no_task():
    s = "要加强校园周边巡查，导致各类风险隐患减少，结合本地实际。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("导致", "v"),
           ("各类", "r"), ("风险", "n"), ("隐患", "n"), ("减少", "v"), ("，", "w"), ("结合", "v"), ("本地", "r"),
           ("实际", "n")]
    found = [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))]
    assert found == ["加强校园周边巡查"]


def test_a_means_verb_opens_a_task_only_with_a_verb_of_its_own_after_it():
    s = "要加强校园周边巡查，结合校园特点开展专项整治，结合校园特点。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("结合", "v"),
           ("校园", "n"), ("特点", "n"), ("开展", "v"), ("专项", "n"), ("整治", "vn"), ("，", "w"), ("结合", "v"),
           ("校园", "n"), ("特点", "n")]
    found = [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))]
    assert found == ["加强校园周边巡查", "结合校园特点开展专项整治"]


def test_a_matter_faced_or_a_problem_thought_over_is_no_task():
    s = "要加强校园周边巡查，直面这个棘手的难题，考虑安全和便利的平衡问题。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("直面", "v"),
           ("这个", "r"), ("棘手", "a"), ("的", "u"), ("难题", "n"), ("，", "w"), ("考虑", "v"), ("安全", "a"),
           ("和", "c"), ("便利", "a"), ("的", "u"), ("平衡", "vn"), ("问题", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))] == \
        ["加强校园周边巡查"]


def test_what_to_heed_thought_over_is_a_task():
    s = "要加强校园周边巡查，充分考虑学生的出行需求。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("充分", "ad"),
           ("考虑", "v"), ("学生", "n"), ("的", "u"), ("出行", "vn"), ("需求", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))] == \
        ["加强校园周边巡查", "充分考虑学生的出行需求"]


def test_a_verb_marked_as_done_opens_no_task():
    s = "要加强校园周边巡查，摸排了各类风险隐患。"
    cut = [("要", "v"), ("加强", "v"), ("校园", "n"), ("周边", "f"), ("巡查", "vn"), ("，", "w"), ("摸排", "v"),
           ("了", "u"), ("各类", "r"), ("风险", "n"), ("隐患", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))] == \
        ["加强校园周边巡查"]


def test_an_explicit_modal_sets_a_task_whatever_verb_lac_tags_after_it():
    s = "各学校要摸排校园周边风险隐患。"
    cut = [("各", "r"), ("学校", "n"), ("要", "v"), ("摸排", "v"), ("校园", "n"), ("周边", "f"), ("风险", "n"),
           ("隐患", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))] == \
        ["摸排校园周边风险隐患"]


def test_an_account_of_work_done_sets_no_task_whatever_its_modal():
    s = "这要归功于各部门摸排风险隐患，制定了一系列文件。"
    cut = [("这", "r"), ("要", "v"), ("归功于", "v"), ("各", "r"), ("部门", "n"), ("摸排", "v"), ("风险", "n"),
           ("隐患", "n"), ("，", "w"), ("制定", "v"), ("了", "u"), ("一系列", "m"), ("文件", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False, word_at=_word_at(s, cut))] == []


def test_the_body_of_a_written_list_item_may_open_its_first_task_with_any_verb():
    s = "对擅自开设摊点的，依法予以取缔，摸排周边隐患。"
    cut = [("对", "p"), ("擅自", "ad"), ("开设", "v"), ("摊点", "n"), ("的", "u"), ("，", "w"), ("依法", "d"),
           ("予以", "v"), ("取缔", "v"), ("，", "w"), ("摸排", "v"), ("周边", "f"), ("隐患", "n")]
    found = [c.label for c in goals.goal_clauses(s, 0, document_context=True, word_at=_word_at(s, cut),
                                                 written_body=True)]
    assert found == ["依法予以取缔", "摸排周边隐患"]
    # outside a written item's body a task the lists miss still needs a goal before it
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=True, word_at=_word_at(s, cut))] == []


def test_a_body_sentence_that_states_a_lack_or_a_subject_sets_no_first_task():
    s = "缺少专业的维修人员，摸排周边隐患。"
    cut = [("缺少", "v"), ("专业", "n"), ("的", "u"), ("维修", "vn"), ("人员", "n"), ("，", "w"), ("摸排", "v"),
           ("周边", "f"), ("隐患", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=True, word_at=_word_at(s, cut),
                                                written_body=True)] == []
    s = "摸排一个片区的隐患，需要数百名人员。"
    cut = [("摸排", "v"), ("一个", "m"), ("片区", "n"), ("的", "u"), ("隐患", "n"), ("，", "w"), ("需要", "v"),
           ("数百名", "m"), ("人员", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=True, word_at=_word_at(s, cut),
                                                written_body=True)] == []


def test_the_tasks_of_a_written_list_heading_are_goals_past_a_stance(extractor):
    text = ("关于加强校园安全工作的通知\n"
            "二、多措并举，全方位防范校园周边安全风险\n"
            "（一）编制校园周边安全隐患台账。加大巡查力度，及时处理群众反映的问题。\n")
    found = labels(extract(extractor, text), "Goal")
    assert "全方位防范校园周边安全风险" in found and "编制校园周边安全隐患台账" in found
    assert "多措并举" not in found


def test_a_list_heading_on_its_own_line_is_recognised_by_its_mark_and_length():
    from cnkg.extract.model import Sentence
    text = "（一）重拳打击校园周边违法行为。\n校园周边违法行为时有发生，群众反映强烈，需要各部门加强协作配合共同应对。"
    assert rules_goals._list_heading(text, Sentence(0, 0, 16, text[:16]))
    rest = text.index("校园周边违法")
    assert not rules_goals._list_heading(text, Sentence(1, rest, len(text), text[rest:]))


def test_each_task_listed_as_the_means_of_an_aim_is_a_goal():
    s = "通过完善校园安保设施、加强周边交通疏导、开展安全知识宣传等措施，保障师生安全。"
    found = [label for label, _, _ in goals.framed_goals(s)]
    assert found == ["完善校园安保设施", "加强周边交通疏导", "开展安全知识宣传"]
    # means that name no task (通过电话、邮件等方式) set none
    assert goals.framed_goals("通过电话、邮件等方式，联系学生家长。") == []


def test_a_ruling_on_whom_it_concerns_and_a_lawful_ba_task_are_goals_of_a_written_item():
    s = "对长期未经营的摊点经营户，依法予以清理，依法依规将失信经营户列入经营异常名录。"
    found = [c.label for c in goals.goal_clauses(s, 0, document_context=True, written_body=True)]
    assert found == ["依法予以清理", "将失信经营户列入经营异常名录"]
    s = "依据相关法律法规，从严从重查处违规经营行为。"
    cut = [("依据", "p"), ("相关", "v"), ("法律法规", "n"), ("，", "w"), ("从严", "d"), ("从重", "d"), ("查处", "v"),
           ("违规", "vn"), ("经营", "vn"), ("行为", "n")]
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=True, word_at=_word_at(s, cut),
                                                written_body=True)] == ["从严从重查处违规经营行为"]


def _subjects(*names):
    """An is_subject callable that knows ``names`` (bodies or places the article registers)."""
    return lambda name: name in names or all(part in names for part in name.split("、"))


def test_bodies_joined_by_a_comma_of_enumeration_set_the_task_after_their_modal():
    s = "教育部、科技部将组织遴选一批数字校园试点，到2027年底前建成示范学校。"
    found = goals.goal_clauses(s, 0, document_context=False, is_subject=_subjects("教育部", "科技部"))
    assert found[0].label == "组织遴选一批数字校园试点"
    assert found[0].subject == "教育部、科技部" and not found[0].weak


def test_a_body_saying_what_it_will_do_sets_the_task_after_its_modal():
    s = "会后，市数据局表示将加快编制公共数据目录，推动数据有序开放。"
    found = goals.goal_clauses(s, 0, document_context=False, is_subject=_subjects("市数据局"))
    assert [c.label for c in found] == ["加快编制公共数据目录", "推动数据有序开放"]
    assert all(c.subject == "市数据局" and not c.weak for c in found)


def test_a_registered_subject_sets_a_task_any_task_verb_opens_and_the_tasks_after_its_means():
    s = "杭州将逐步取消老旧设备，提升服务能力。"
    cut = [("杭州", "LOC"), ("将", "p"), ("逐步", "d"), ("取消", "v"), ("老旧", "a"), ("设备", "n"), ("，", "w"),
           ("提升", "v"), ("服务", "vn"), ("能力", "n")]
    found = goals.goal_clauses(s, 0, document_context=False, is_subject=_subjects("杭州"), word_at=_word_at(s, cut))
    assert [c.label for c in found] == ["逐步取消老旧设备", "提升服务能力"]
    s = "杭州将以数字化改革为引领，加快建设智慧城市，着眼群众需求。"
    cut = [("杭州", "LOC"), ("将", "p"), ("以", "p"), ("数字化", "n"), ("改革", "vn"), ("为", "p"), ("引领", "v"),
           ("，", "w"), ("加快", "v"), ("建设", "v"), ("智慧", "n"), ("城市", "n"), ("，", "w"), ("着眼", "v"),
           ("群众", "n"), ("需求", "n")]
    found = goals.goal_clauses(s, 0, document_context=False, is_subject=_subjects("杭州"), word_at=_word_at(s, cut))
    assert [c.label for c in found] == ["加快建设智慧城市", "着眼群众需求"]
    assert all(c.subject == "杭州" and not c.weak for c in found)
    # a forecast of what a thing will do is no task, and an unregistered subject sets none
    assert not goals.goal_clauses("该技术将成为行业新引擎。", 0, document_context=False, is_subject=_subjects("杭州"))


def test_a_quoted_slogan_in_a_subject_led_sentence_neither_reports_nor_cuts_its_tasks():
    s = "某集团坚持“数据是基础、安全为底线”，同时突出创新引领，守住风险底线。"
    found = goals.goal_clauses(s, 0, document_context=False, is_subject=_subjects("某集团"))
    assert [c.label for c in found][-2:] == ["突出创新引领", "守住风险底线"]
    assert all(c.subject == "某集团" and not c.weak for c in found)


def test_a_wish_sets_the_task_past_whom_it_addresses_and_their_neng():
    s = "他表示，期望某公司能够充分发挥技术优势，加强务实合作。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == ["充分发挥技术优势", "加强务实合作"]
    s = "会上，希望能和大家一起共同探索数据治理的新路径。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False)] == ["共同探索数据治理的新路径"]


def test_an_aim_named_by_yiqiu_or_mudi_shi_is_a_goal():
    s = "论坛聚焦智能制造，探讨应用路径，以求深化产学研合作，加快培育产业集群。"
    labels_ = [c.label for c in goals.goal_clauses(s, 0, document_context=False)]
    assert labels_[-2:] == ["深化产学研合作", "加快培育产业集群"]
    s = "医院组成联合体，目的是引导患者有序就医。"
    found = goals.goal_clauses(s, 0, document_context=False)
    assert found[-1].label == "引导患者有序就医" and found[-1].modal and not found[-1].weak


def test_what_a_measure_contributes_to_is_a_goal_of_the_list_of_tasks():
    s = "健全数据流通规则，优化公共服务，为本地制造业转型升级提供坚实支撑。"
    strong = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong == ["健全数据流通规则", "优化公共服务", "为本地制造业转型升级提供坚实支撑"]


def test_a_contribution_after_a_modal_keeps_its_beneficiary_and_its_whole_aim():
    s = "要立足本地优势，为全省数字经济高质量发展注入新的动力。"
    labels_ = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert "为全省数字经济高质量发展注入新的动力" in labels_
    assert "高质量发展" not in labels_


def test_a_partnership_that_can_contribute_sets_each_contribution():
    s = "双方此次合作，不仅能为中小企业提供安全服务，更能为园区的数字化转型提供有力保障。"
    strong = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong == ["为中小企业提供安全服务", "为园区的数字化转型提供有力保障"]


def test_a_contribution_reported_as_done_is_no_goal():
    s = "去年该平台为企业提供了咨询服务。"
    assert [c for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == []


def test_a_subject_that_will_join_its_partners_sets_the_tasks_after_it():
    s = "下一步，某科技集团将与各方紧密携手，为本市城市治理注入新活力，打造智慧城市新样板。"
    strong = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong == ["为本市城市治理注入新活力", "打造智慧城市新样板"]


def test_a_subject_that_will_work_on_its_grounds_sets_the_tasks_after_it():
    s = "双方将基于各自优势，共同建设产业创新中心，推动人才联合培养。"
    strong = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert strong == ["共同建设产业创新中心", "推动人才联合培养"]


def test_a_partnership_reported_as_done_sets_no_task():
    s = "去年某集团已与各方紧密携手，共同建设了产业创新中心。"
    assert [c for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == []


def test_a_contribution_whose_means_come_first_is_still_the_goal():
    s = "要建设区域创新联合体，以人工智能技术为本市传统产业升级注入新动能。"
    strong = [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak]
    assert "为本市传统产业升级注入新动能" in strong


def test_a_means_and_its_aim_after_a_task_is_a_goal():
    s = "会议强调，要加快建设数字政府，以数据共享带动服务升级，用新技术推动治理创新。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["加快建设数字政府", "以数据共享带动服务升级", "用新技术推动治理创新"]


def test_what_the_tasks_bring_about_is_a_goal():
    s = "我们要完善公共服务平台，让群众办事更方便、更快捷。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["完善公共服务平台", "让群众办事更方便、更快捷"]


def test_a_brought_about_state_alone_or_reported_is_no_goal():
    assert [c for c in goals.goal_clauses("这让大家很受鼓舞。", 0, document_context=False) if not c.weak] == []
    s = "我们要完善公共服务平台，这已经让群众办事更方便了。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == ["完善公共服务平台"]


def test_a_sentence_of_tasks_may_end_with_a_means_and_its_aim():
    s = "坚持问题导向，以场景开放牵引技术迭代。"   # no modal: the register of plans
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["坚持问题导向", "以场景开放牵引技术迭代"]


def test_the_verbs_of_enforcement_set_tasks_without_a_modal():
    s = "依法严惩电信网络诈骗犯罪，坚决捍卫群众财产安全。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["依法严惩电信网络诈骗犯罪", "坚决捍卫群众财产安全"]


def test_the_tasks_a_speaker_sets_out_in_a_list_are_goals():
    s = "会上，某局负责人明确了健全监测体系、推动分级管理、加强国际合作等下一步工作任务。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["健全监测体系", "推动分级管理", "加强国际合作"]


def test_more_emphatic_adverbs_lead_a_goal_verb():
    s = "下一步要更加注重成果转化，纵深推进产学研协同。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["更加注重成果转化", "纵深推进产学研协同"]


def test_a_long_subject_before_an_explicit_modal_still_sets_a_task():
    s = "各级网信部门和重点互联网平台企业运营者应认真做好个人信息保护工作。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == \
        ["认真做好个人信息保护工作"]


def test_what_a_relative_clause_reports_does_not_stop_its_subjects_task():
    s = "已完成试点、具备条件的地区要加快推广成熟经验。"
    assert [c.label for c in goals.goal_clauses(s, 0, document_context=False) if not c.weak] == ["加快推广成熟经验"]
    assert [c for c in goals.goal_clauses("去年已经要求各地落实。", 0, document_context=False) if not c.weak] == []


def test_where_words_were_said_is_no_goal():
    assert goals.states_no_aim("在“三、推进数字政府建设”中提到")
    assert not goals.states_no_aim("推进数字政府建设")


def test_a_task_that_only_points_back_names_no_aim():
    assert goals.states_no_aim("落实上述要求")
    assert goals.states_no_aim("贯彻好以上部署")
    assert not goals.states_no_aim("落实安全生产责任")


def test_technologies_of_a_framing_clause_go_to_the_goal_it_serves(extractor):
    x = extract(extractor, "省能源局表示，要以风电、光伏发电、地热能等为重点领域，着力促进规模化应用。")
    involved = {(s, o) for s, p, o in triples(x) if p == "involvesTechnology"}
    framed = {o for s, o in involved if "着力促进规模化应用" in s}
    assert {"风电", "地热能"} <= framed
    assert not {o for s, o in involved if s.startswith("以风电")}


def test_a_framing_clause_at_the_end_of_its_sentence_keeps_its_technologies(extractor):
    x = extract(extractor, "省能源局表示，要着力促进规模化应用，以风电、光伏发电、地热能等为重点领域。")
    assert not {o for s, p, o in triples(x) if p == "involvesTechnology" and "着力促进规模化应用" in s}


def test_a_plan_the_sentence_builds_on_does_not_have_its_goals_though_they_are_goals():
    from rules_helpers import attribution_rules_extractor
    text = "某市印发《数据发展规划》。在《数据发展规划》基础上，统筹推进城市数字化转型。"
    x = extract(attribution_rules_extractor(), text)
    assert "统筹推进城市数字化转型" in labels(x, "Goal")
    assert ("数据发展规划", "hasGoal", "统筹推进城市数字化转型") not in triples(x)


def _goals_beside_a_taken_first_clause(extractor, text):
    """The goal labels after the clause rules and the weak clauses beside goals, the sentence's
    first clause past its subject taken as a goal (as the learned model would)."""
    from cnkg.extract.goal_model import add_weak_clauses_beside_goals

    ctx = context_of(extractor, text)
    rules_goals.find_clause_goals(ctx)
    first = text.index("积极")
    end = text.index("，", first)
    goal = ctx.reg.add("Goal", text[first:end], mention=ctx.mention(first, end))
    ctx.goal_spans.add(first, end, goal.key)
    add_weak_clauses_beside_goals(ctx)
    return {e.label for e in ctx.reg.of_type("Goal")}


def test_a_task_beside_a_goal_of_its_sentence_is_a_goal_of_its_own(extractor):
    found = _goals_beside_a_taken_first_clause(
        extractor, "市数据局积极对接企业用数需求，引导各方加入场景共建，创新公共数据服务产品。")
    assert {"引导各方加入场景共建", "创新公共数据服务产品"} <= found


def test_no_task_beside_a_goal_is_taken_from_a_sentence_that_reports_the_past(extractor):
    found = _goals_beside_a_taken_first_clause(
        extractor, "近年来，市数据局积极对接企业用数需求，研究制定了一批政策文件，引导各方加入场景共建。")
    assert "引导各方加入场景共建" not in found


def test_the_tasks_of_a_proposals_title_on_a_line_of_its_own_are_goals():
    assert [c.label for c in goals.goal_clauses("关于加快建设城市数据空间，以标准化路径提升数据治理水平的建议。", 0,
                                                document_context=False) if not c.weak] == \
        ["加快建设城市数据空间", "以标准化路径提升数据治理水平"]
    assert goals.titled_tasks("关于修改某条例的说明。") == []
    assert goals.titled_tasks("他提出关于加快建设城市数据空间的建议。") == []


def test_a_task_beside_a_goal_whose_object_ends_in_a_noun_of_de_is_a_goal_but_a_means_judged_is_not(extractor):
    found = _goals_beside_a_taken_first_clause(extractor, "市数据局积极对接企业用数需求，培育数字经济发展的新动能。")
    assert "培育数字经济发展的新动能" in found
    found = _goals_beside_a_taken_first_clause(extractor, "市数据局积极对接企业用数需求，提升城市治理水平的重要手段。")
    assert not any("重要手段" in g for g in found)


def test_a_run_of_tasks_in_a_speakers_sentence_are_goals_without_a_modal(extractor):
    from cnkg.extract.goal_model import add_weak_clauses_beside_goals

    text = "李明介绍，市数据局积极对接企业用数需求，引导各方加入场景共建，创新公共数据服务产品。"
    ctx = context_of(extractor, text)
    speaker = ctx.reg.add("Person", "李明", mention=ctx.mention(0, 2))
    ctx.speakers[0] = speaker.key
    rules_goals.find_clause_goals(ctx)
    add_weak_clauses_beside_goals(ctx)
    goal_labels = {e.label for e in ctx.reg.of_type("Goal")}
    assert {"引导各方加入场景共建", "创新公共数据服务产品"} <= goal_labels
    proposed = {ctx.reg.entities[o].label for (s, p, o) in ctx.relations if p == "proposes" and s == speaker.key}
    assert "创新公共数据服务产品" in proposed


def test_an_item_body_that_says_what_a_document_sets_gives_the_document_its_tasks(extractor):
    text = ("数据产业发展的三个着力点\n文 | 数字经济研究院院长 王明远\n"
            "近日，省政府办公厅印发《关于促进数据产业发展的实施意见》。笔者认为，当前要着力做好以下工作。\n"
            "一是着力抓好制度建设。《实施意见》提出建立数据资源登记制度，推动数据分类分级管理。完善数据资源目录体系。\n"
            "二是着力加强能力建设。要按照《实施意见》要求，加快建设算力中心，提升数据汇聚能力。\n")
    t = triples(extract(extractor, text))
    plan = "关于促进数据产业发展的实施意见"
    # the tasks after 《实施意见》提出, to the end of the item, are the document's
    assert (plan, "hasGoal", "推动数据分类分级管理") in t
    assert (plan, "hasGoal", "完善数据资源目录体系") in t
    # 按照《实施意见》要求: what the writer asks done following it, which the document does not set
    assert (plan, "hasGoal", "加快建设算力中心") not in t


def test_a_list_both_parties_announce_in_a_new_paragraph_is_theirs_not_the_last_speakers(extractor):
    text = ("近日，中国电信集团有限公司与清华大学达成战略合作。\n"
            "中国电信副总经理王明远表示，希望与清华大学共同培养更多数字人才。\n"
            "本次合作中，双方将共建“数字技术联合研究中心”，并开展多维度合作。一方面，双方将联合开发实训课程，"
            "推动教学内容与产业需求同步更新。另一方面，双方将开展联合技术攻关，加快科研成果转化。")
    t = triples(extract(extractor, text))
    for owner in ("中国电信", "清华大学"):
        assert (owner, "hasGoal", "加快科研成果转化") in t
    assert ("王明远", "proposes", "加快科研成果转化") not in t
    assert ("数字技术联合研究中心", "hasGoal", "加快科研成果转化") not in t


def test_a_speakers_list_goes_on_into_a_paragraph_that_says_it_goes_on(extractor):
    text = ("省工信厅厅长王立新介绍，全省下一步将围绕数字经济重点抓好几方面工作。\n"
            "其中，首先是加快建设算力基础设施，其次是推动制造业数字化转型，再次是培育数据要素市场。")
    t = triples(extract(extractor, text))
    assert ("王立新", "proposes", "推动制造业数字化转型") in t


def test_a_list_a_document_states_right_before_it_is_the_documents_not_its_issuers(extractor):
    text = ("2021年9月，国家数据安全治理专业委员会发布了《数据安全伦理规范》（以下简称《伦理规范》），"
            "《伦理规范》提出了三项基本要求：一是保障数据安全；二是促进数据流通；三是强化责任落实。")
    t = triples(extract(extractor, text))
    assert ("数据安全伦理规范", "hasGoal", "促进数据流通") in t
    assert ("国家数据安全治理专业委员会", "hasGoal", "促进数据流通") not in t


def test_an_item_body_quoting_a_document_with_its_number_gives_it_the_tasks_until_another_document(extractor):
    text = ("近日，市财政局印发《数据安全管理办法》。\n"
            "市财政局有关负责人介绍，办法的出台主要有以下考虑。\n"
            "一是落实上级文件要求。《关于加强数据安全工作的意见》（市政办发〔2023〕5号）强调，要加快健全数据安全制度，"
            "完善数据分级保护。《数据安全管理办法》顺应发展趋势，进一步细化数据备份要求。\n"
            "二是回应行业关切。")
    t = triples(extract(extractor, text))
    opinion = "关于加强数据安全工作的意见"
    assert (opinion, "hasGoal", "完善数据分级保护") in t
    assert (opinion, "hasGoal", "进一步细化数据备份要求") not in t


def test_the_tasks_a_writers_item_quotes_from_a_leader_are_the_leaders_and_the_writers_own_are_the_writers(extractor):
    text = ("共建开放合作的数字世界\n"
            "文 | 某省数据局局长\u00a0赵新民\n"
            "一是坚持创新发展，共同构建繁荣的网络空间。习近平总书记指出，“要加快数字基础设施建设，推动数字经济发展”。"
            "面向未来，各国应提升互联网接入水平，推进信息基础设施建设。习近平总书记强调，“要共同遏制信息技术滥用”。\n"
            "二是坚持安危与共，共同构建安全的网络空间。\n")
    found = triples(extract(extractor, text))
    assert ("习近平", "proposes", "加快数字基础设施建设") in found
    assert ("赵新民", "proposes", "提升互联网接入水平") in found
    assert ("习近平", "proposes", "提升互联网接入水平") not in found


def test_the_items_of_what_is_still_to_be_done_beyond_a_document_are_not_the_documents(extractor):
    text = ("以标准引领算力网络建设\n"
            "文 | 国家信息中心主任\u00a0王建平\n"
            "《算力网络建设指引》已明确了建设方向，下一步，还需要多方协同：一是加强技术攻关，筑牢技术基础。"
            "二是推动标准引领，形成广泛共识。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加强技术攻关") in found
    assert ("算力网络建设指引", "hasGoal", "加强技术攻关") not in found


def test_the_items_a_documents_intro_announces_are_the_documents(extractor):
    text = "《算力网络建设指引》提出了两项任务：一是加强技术攻关，筑牢技术基础。二是推动标准引领，形成广泛共识。"
    assert ("算力网络建设指引", "hasGoal", "加强技术攻关") in triples(extract(extractor, text))


def test_a_headline_under_a_column_tag_is_no_goal(extractor):
    x = extract(extractor, "聚焦 | 某某数字经济论坛在杭州举行\n市经信局将加快培育一批示范应用场景。")
    assert not [g for g in labels(x, "Goal") if "论坛" in g]


def test_a_column_tag_headline_that_names_a_task_keeps_it():
    assert goals.under_column_tag("聚焦 | 某某数字经济论坛在杭州举行")
    assert not goals.under_column_tag("关注 | 某省五部门发文 加强数据资源安全监管")


def test_a_clause_describing_a_document_is_no_goal():
    assert goals.describes_document("《某某实施方案》从组织领导、资金保障等方面作出安排")
    assert goals.describes_document("《某某管理办法》在数据安全保护中")
    assert not goals.describes_document("《某某实施方案》提出加快建设算力设施")
