"""Who has a goal (extract/attribution.py): the owners that never have one, whoever named them
(the title of a talk among them), and the documents a goal only acts on.

Hand-made entities, relations and sentences (none from the evaluation articles); the extractor
fixture (no statistical model) is in tests/conftest.py."""
from types import SimpleNamespace

from cnkg.extract import attribution
from cnkg.extract.model import Entity, Mention, Relation, Sentence
from rules_helpers import extract, triples


def _entities():
    return [Entity("org/浙江日报", "Document", "浙江日报"), Entity("org/人民网", "Organization", "人民网"),
            Entity("org/全国政协", "Agency", "全国政协"), Entity("org/国家电网", "Organization", "国家电网"),
            Entity("org/晨报", "Organization", "城市晨讯"),
            Entity("org/政协教科卫体委员会", "Agency", "全国政协教科卫体委员会"),
            Entity("doc/方案", "Document", "数字经济行动方案"), Entity("person/张明", "Person", "张明"),
            Entity("goal/g", "Goal", "加快建设数据市场")]


def test_media_and_plenary_bodies_are_unfit_owners_but_companies_and_committees_are_not():
    relations = {("person/张明", "holdsPost", "org/晨报"): Relation("person/张明", "holdsPost", "org/晨报", 0, post="记者")}
    unfit = attribution.unfit_owners(_entities(), relations)
    assert unfit == {"org/浙江日报", "org/人民网", "org/全国政协", "org/晨报"}


def test_media_outlets_are_named_so_or_employ_a_reporter_but_plenary_bodies_are_none():
    relations = {("person/张明", "holdsPost", "org/晨报"): Relation("person/张明", "holdsPost", "org/晨报", 0, post="记者")}
    assert attribution.media_outlets(_entities(), relations) == {"org/浙江日报", "org/人民网", "org/晨报"}


def test_a_newspaper_named_by_its_bao_is_a_media_outlet_but_a_bulletin_is_not():
    entities = [Entity("org/江城青年报", "Organization", "江城青年报"), Entity("org/文汇报", "Organization", "文汇报"),
                Entity("org/公报", "Organization", "江城统计公报"), Entity("org/情报", "Agency", "江城情报局")]
    assert attribution.media_outlets(entities, {}) == {"org/江城青年报", "org/文汇报"}


def test_drop_unfit_owners_keeps_the_goals_of_fit_owners():
    owners = ("org/浙江日报", "org/全国政协", "org/国家电网", "doc/方案")
    relations = {(o, "hasGoal", "goal/g"): Relation(o, "hasGoal", "goal/g", 0) for o in owners}
    attribution.drop_unfit_owners(_entities(), relations)
    assert sorted(s for s, _, _ in relations) == ["doc/方案", "org/国家电网"]


def test_a_document_the_goal_acts_on_does_not_set_it(extractor):
    t = triples(extract(extractor, "国家数据局副局长刘伟介绍，下一步将全面实施《数字中国建设整体布局规划》，"
                                   "加快建设全国一体化数据市场。"))
    assert ("刘伟", "proposes", "加快建设全国一体化数据市场") in t
    assert ("数字中国建设整体布局规划", "hasGoal", "加快建设全国一体化数据市场") not in t


def test_a_document_that_states_the_goal_sets_it(extractor):
    t = triples(extract(extractor, "《数字中国建设整体布局规划》提出，要加快建设全国一体化数据市场。"))
    assert ("数字中国建设整体布局规划", "hasGoal", "加快建设全国一体化数据市场") in t


def test_object_documents_pairs_a_document_named_after_an_action_with_the_goals_of_its_sentence():
    text = "将全面实施《数据规划》，加快建设数据市场。《数据规划》提出，要完善数据制度。"
    doc = Entity("doc/规划", "Document", "数据规划", mentions=[Mention(6, 10, 0), Mention(22, 26, 1)])
    first = Entity("goal/1", "Goal", "加快建设数据市场", mentions=[Mention(12, 20, 0)])
    second = Entity("goal/2", "Goal", "完善数据制度", mentions=[Mention(31, 37, 1)])
    assert text[6:10] == "数据规划" and text[22:26] == "数据规划"
    assert attribution.object_documents(text, [doc, first, second]) == {("doc/规划", "goal/1")}


def test_an_experts_advice_has_no_owning_body(extractor):
    t = triples(extract(extractor, "城市发展研究院院长王明表示，要加快建设长三角科创共同体，推动产业链协同发展。"))
    assert ("王明", "proposes", "推动产业链协同发展") in t
    assert not [s for s, p, o in t if p == "hasGoal" and o == "推动产业链协同发展"]


def test_an_officials_goal_is_their_bodys(extractor):
    t = triples(extract(extractor, "国家数据局副局长王明表示，要加快建设全国一体化数据市场，推动数据要素流通。"))
    assert ("国家数据局", "hasGoal", "推动数据要素流通") in t


def test_a_cppcc_members_proposal_is_not_their_companys_goal(extractor):
    t = triples(extract(extractor, "全国政协委员、华源集团董事长王明表示，我们要加快建设全国统一的碳排放交易市场。"))
    assert ("王明", "proposes", "加快建设全国统一的碳排放交易市场") in t
    assert ("华源集团", "hasGoal", "加快建设全国统一的碳排放交易市场") not in t


def test_the_advice_of_a_scholar_named_by_title_alone_is_no_bodys_goal():
    text = "中国工程院院士王立新表示，要完善治理规则。李华表示，要建设数据市场。"
    def person(name):
        i = text.index(name)
        return Entity("person/" + name, "Person", name, mentions=[Mention(i, i + len(name), 0)])
    entities = [person("王立新"), person("李华"), Entity("goal/a", "Goal", "完善治理规则"),
                Entity("goal/b", "Goal", "建设数据市场")]
    relations = {(s, "proposes", o): Relation(s, "proposes", o, 0)
                 for s, o in (("person/王立新", "goal/a"), ("person/李华", "goal/b"))}
    sentences = [SimpleNamespace(index=0, start=0, end=len(text))]
    ctx = attribution.Context(text, entities, relations, sentences)
    assert attribution.experts_goals(ctx) == {"goal/a"}


def test_the_words_of_the_quoted_leader_are_no_goal_of_the_body_of_who_quotes_them():
    text = "王明在会上表示，总书记张伟强调，要坚持创新驱动。王明说，要建设数据市场。"
    def person(name):
        i = text.index(name)
        return Entity("person/" + name, "Person", name, mentions=[Mention(i, i + len(name), 0)])
    entities = [person("张伟"), person("王明"), Entity("goal/a", "Goal", "坚持创新驱动"),
                Entity("goal/b", "Goal", "建设数据市场")]
    relations = {(s, "proposes", o): Relation(s, "proposes", o, 0)
                 for s, o in (("person/张伟", "goal/a"), ("person/王明", "goal/b"))}
    sentences = [SimpleNamespace(index=0, start=0, end=len(text))]
    ctx = attribution.Context(text, entities, relations, sentences)
    assert attribution.quoted_leaders_goals(ctx) == {"goal/a"}


def test_intergovernmental_bodies_get_no_goal_from_the_model_but_chinese_bodies_named_with_them_may():
    entities = [Entity("org/欧洲联盟", "Organization", "欧洲联盟", aliases=["欧盟"]),
                Entity("org/东盟", "Organization", "东盟"),
                Entity("org/中国-东盟信息港", "Organization", "中国-东盟信息港"),
                Entity("agency/商务部", "Agency", "商务部")]
    assert attribution.international_bodies(entities) == {"org/欧洲联盟", "org/东盟"}


def test_the_title_of_a_talk_has_no_goals_but_a_work_report_does():
    text = ("某公司董事长李明作题为《共建数字生态》的主旨演讲，要加快建设算力网络。"
            "总经理王强以《智能时代》为题发言。省长张华作《2025年政府工作报告》。")
    def doc(label):
        i = text.index(label)
        return Entity("doc/" + label, "Document", label, mentions=[Mention(i, i + len(label), 0)])
    entities = [doc("共建数字生态"), doc("智能时代"), doc("2025年政府工作报告"), Entity("goal/g", "Goal", "加快建设算力网络")]
    assert attribution.talk_titles(text, entities) == {"doc/共建数字生态", "doc/智能时代"}
    relations = {(d, "hasGoal", "goal/g"): Relation(d, "hasGoal", "goal/g", 0)
                 for d in ("doc/共建数字生态", "doc/2025年政府工作报告")}
    pairs = attribution.drop_documents_without_goals(text, entities, relations)
    assert list(relations) == [("doc/2025年政府工作报告", "hasGoal", "goal/g")]
    assert ("doc/共建数字生态", "goal/g") in pairs


def test_a_talk_delivered_under_its_title_has_no_goals():
    text = ("某集团副总裁王强发表了《安全新范式》主题演讲，介绍了集团实践。"
            "副总裁刘洋在《智算赋能城市》主旨演讲中指出，要建设城市大模型。")
    def doc(label):
        i = text.index(label)
        return Entity("doc/" + label, "Document", label, mentions=[Mention(i, i + len(label), 0)])
    entities = [doc("安全新范式"), doc("智算赋能城市")]
    assert attribution.talk_titles(text, entities) == {"doc/安全新范式", "doc/智算赋能城市"}


def test_a_report_cited_for_its_findings_has_no_goals_but_a_work_report_does():
    text = ("据某协会发布的《2024年青少年上网情况调查报告》显示，网民规模持续扩大。"
            "《数字经济白皮书（2024）》（以下简称白皮书）表明，产业规模增长。"
            "《2025年政府工作报告》显示，要加快建设算力网络。")
    def doc(label):
        i = text.index(label)
        return Entity("doc/" + label, "Document", label, mentions=[Mention(i, i + len(label), 0)])
    entities = [doc("2024年青少年上网情况调查报告"), doc("数字经济白皮书（2024）"), doc("2025年政府工作报告")]
    assert attribution.cited_reports(text, entities) == {"doc/2024年青少年上网情况调查报告",
                                                         "doc/数字经济白皮书（2024）"}


def test_a_survey_or_white_paper_sets_no_goals_whatever_the_article_says_of_it_but_a_work_report_does():
    labels = ["2025年青少年网络素养调查报告", "城市算力发展白皮书（2024版）", "某省数据安全企业图谱",
              "2025年政府工作报告", "2024年第一季度货币政策执行报告", "数字经济发展规划"]
    entities = [Entity("doc/" + label, "Document", label) for label in labels]
    assert attribution.findings_reports("", entities) == {"doc/2025年青少年网络素养调查报告",
                                                      "doc/城市算力发展白皮书（2024版）", "doc/某省数据安全企业图谱"}


def test_a_deputys_proposals_are_not_given_to_the_survey_they_cite(extractor):
    t = triples(extract(extractor, "全国人大代表、华源集团董事长王明说，据《全国青少年上网情况调查报告》显示，"
                                   "青少年网民规模持续扩大。她建议，加强青少年网络素养教育，完善网络保护机制。"))
    assert ("王明", "proposes", "加强青少年网络素养教育") in t
    assert not any(p == "hasGoal" and s == "全国青少年上网情况调查报告" for s, p, o in t)


def test_a_speech_whose_title_is_named_gives_its_goals_to_the_speaker_not_the_title(extractor):
    t = triples(extract(extractor, "中国电信董事长柯瑞文作题为《共建数字生态》的主旨演讲。"
                                   "柯瑞文表示，要加快建设云网融合新型基础设施。"))
    assert ("柯瑞文", "proposes", "加快建设云网融合新型基础设施") in t
    assert ("共建数字生态", "hasGoal", "加快建设云网融合新型基础设施") not in t


def _one_document_two_goals(text, doc_label):
    def mention(start, length):
        return Mention(start, start + length, text.count("。", 0, start))
    spans = [i for i in range(len(text)) if text.startswith(doc_label, i)]
    doc = Entity("doc/d", "Document", doc_label, mentions=[mention(i, len(doc_label)) for i in spans])
    goals = [Entity(f"goal/{n}", "Goal", label, mentions=[mention(text.index(label), len(label))])
             for n, label in enumerate(("加快建设数据市场", "完善数据制度"))]
    return [doc, *goals]


def test_a_document_the_article_names_only_as_followed_sets_none_of_its_goals():
    text = "为落实《数据规划》，加快建设数据市场。下一步，将深入实施《数据规划》。要完善数据制度。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    assert pairs == {("doc/d", "goal/0"), ("doc/d", "goal/1")}


def test_a_plan_whose_targets_a_year_is_key_to_achieving_sets_none_of_the_articles_goals():
    text = "今年是实现《数据规划》目标任务的关键一年。要加快建设数据市场，完善数据制度。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    assert pairs == {("doc/d", "goal/0"), ("doc/d", "goal/1")}


def test_a_document_first_named_as_issued_keeps_the_goals_of_other_sentences():
    text = "近日，某部印发了《数据规划》。会议要求加快建设数据市场。为落实《数据规划》，完善数据制度。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    assert pairs == {("doc/d", "goal/1")}


def test_a_document_a_purpose_clause_carries_out_sets_none_of_its_goals_however_long_the_clause():
    text = "为贯彻落实市商务委联合印发的《数据规划》，组织推进各项政策。下一步，将深入实施《数据规划》。要完善数据制度。加快建设数据市场。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    assert pairs == {("doc/d", "goal/0"), ("doc/d", "goal/1")}


def test_a_document_named_inside_another_documents_title_is_what_that_one_carries_out():
    text = "区政府印发《某区推进落实<数据规划>任务分工方案》。加快建设数据市场。完善数据制度。"
    entities = _one_document_two_goals(text, "数据规划")
    outer = "某区推进落实<数据规划>任务分工方案"
    entities.append(Entity("doc/o", "Document", outer,
                           mentions=[Mention(text.index(outer), text.index(outer) + len(outer), 0)]))
    pairs = attribution.object_documents(text, entities)
    assert {("doc/d", "goal/0"), ("doc/d", "goal/1")} <= pairs
    assert not any(d == "doc/o" for d, _ in pairs)


def test_a_law_the_article_cites_sets_none_of_its_goals_but_a_law_it_is_about_may():
    text = ("某省加快培育数据安全产业\n"
            "《数据安全法》实施以来，各地加强数据安全管理。下一步，要加快培育数据安全服务企业，"
            "完善《个人信息保护法》配套制度。")
    entities = [Entity("doc/数据安全法", "Document", "数据安全法"), Entity("doc/个人信息保护法", "Document", "个人信息保护法"),
                Entity("doc/管理办法", "Document", "数据出境安全评估办法"), Entity("goal/g", "Goal", "加快培育数据安全服务企业")]
    assert attribution.cited_laws(text, entities) == {"doc/数据安全法", "doc/个人信息保护法"}   # not a 办法
    relations = {(d, "hasGoal", "goal/g"): Relation(d, "hasGoal", "goal/g", 0) for d in ("doc/数据安全法", "doc/管理办法")}
    pairs = attribution.drop_documents_without_goals(text, entities, relations)
    assert list(relations) == [("doc/管理办法", "hasGoal", "goal/g")]
    assert ("doc/数据安全法", "goal/g") in pairs
    about = "解读《数据安全法》：构建数据安全保障体系\n《数据安全法》提出，要建立数据分类分级保护制度。"
    assert attribution.cited_laws(about, entities) == {"doc/个人信息保护法"}


def test_the_model_gives_a_speakers_goal_to_the_body_they_speak_for_not_the_most_named_one():
    # the host bureau is named most, in the title and beside the goal; the company's manager states it
    from cnkg.extract.model import Sentence
    text = "某省经信厅举办论坛\n某省经信厅主办论坛。某公司总经理张明说，某省经信厅支持下，要加快建设算力网络。\n"

    def at(label, k=0):
        i = -1
        for _ in range(k + 1):
            i = text.index(label, i + 1)
        return i

    def sent(i):
        return 0 if i < 10 else (1 if i < 20 else 2)
    B = Entity("org/经信厅", "Agency", "某省经信厅",
               mentions=[Mention(at("某省经信厅", k), at("某省经信厅", k) + 5, sent(at("某省经信厅", k))) for k in range(3)])
    C = Entity("org/公司", "Organization", "某公司", mentions=[Mention(at("某公司"), at("某公司") + 3, 2)])
    P = Entity("person/张明", "Person", "张明", mentions=[Mention(at("张明"), at("张明") + 2, 2)])
    G = Entity("goal/g", "Goal", "加快建设算力网络", mentions=[Mention(at("加快"), at("加快") + 8, 2)])
    sentences = [Sentence(0, 0, 9, text[:9]), Sentence(1, 10, 20, text[10:20]),
                 Sentence(2, 20, len(text) - 1, text[20:-1])]
    rel = {("person/张明", "holdsPost", "org/公司"): Relation("person/张明", "holdsPost", "org/公司", 2, 0.9, "总经理"),
           ("person/张明", "proposes", "goal/g"): Relation("person/张明", "proposes", "goal/g", 2, 0.65)}
    context = attribution.Context(text, [B, C, P, G], rel, sentences)
    assert attribution.speakers_bodies(context) == {"goal/g": {"org/公司"}}
    attribution.attribute(text, [B, C, P, G], rel, sentences, attribution.default_model())
    assert [k for k in rel if k[1] == "hasGoal"] == [("org/公司", "hasGoal", "goal/g")]


def _named(text: str, key: str, type_: str, label: str, sentence: int) -> Entity:
    i = text.index(label)
    return Entity(key, type_, label, mentions=[Mention(i, i + len(label), sentence)])


def test_a_document_the_article_only_quotes_sets_the_goals_of_the_sentences_quoting_it_alone():
    text = "市商务局介绍促消费工作\n党的二十大报告指出，要着力扩大内需。下一步，市商务局将举办汽车消费节。"
    doc = _named(text, "doc/报告", "Document", "党的二十大报告", 0)
    quoted, own = _named(text, "goal/1", "Goal", "着力扩大内需", 0), _named(text, "goal/2", "Goal", "举办汽车消费节", 1)
    assert attribution.quoted_authorities(text, [doc, quoted, own]) == {"doc/报告"}
    assert attribution.goals_beyond_quotes(text, [doc, quoted, own]) == {("doc/报告", "goal/2")}


def test_a_document_quoted_after_its_short_name_is_given_sets_only_the_goals_quoting_it():
    text = ("部长谈数字化转型\n全会通过的《关于深化改革的决定》（以下简称《决定》），提出健全融合制度。"
            "下一步，要加快建设算力网络。")
    i, j = text.index("关于深化改革的决定"), text.index("决定》），")
    doc = Entity("doc/决定", "Document", "关于深化改革的决定", aliases=["决定"],
                 mentions=[Mention(i, i + 9, 0), Mention(j, j + 2, 0)])
    quoted, own = _named(text, "goal/1", "Goal", "健全融合制度", 0), _named(text, "goal/2", "Goal", "加快建设算力网络", 1)
    assert attribution.quoted_authorities(text, [doc, quoted, own]) == {"doc/决定"}
    assert attribution.goals_beyond_quotes(text, [doc, quoted, own]) == {("doc/决定", "goal/2")}


def test_a_document_the_headline_names_or_the_article_reports_is_no_mere_quotation():
    text = "解读《数据条例》\n《数据条例》提出，要完善数据制度。"
    doc = Entity("doc/条例", "Document", "数据条例", mentions=[Mention(3, 7, 0), Mention(10, 14, 1)])
    assert text[3:7] == "数据条例" and text[10:14] == "数据条例"
    assert attribution.quoted_authorities(text, [doc]) == set()
    text = "近日，省政府印发《数据条例》。《数据条例》提出，要完善数据制度。"
    doc = Entity("doc/条例", "Document", "数据条例", mentions=[Mention(9, 13, 0), Mention(16, 20, 0)])
    assert text[9:13] == "数据条例" and text[16:20] == "数据条例"
    assert attribution.quoted_authorities(text, [doc]) == set()


def test_an_answer_whose_question_asks_about_one_document_gives_it_the_answers_goals():
    text = ("问：《甲办法》主要有哪些内容？\n答：要规范数据登记，建设登记平台。\n"
            "问：如何推动《甲办法》落地？\n答：要加大宣传培训。\n")
    doc = Entity("doc/甲", "Document", "甲办法", mentions=[Mention(3, 6, 0), Mention(41, 44, 2)])
    goals = [Entity(f"goal/{k}", "Goal", label, mentions=[Mention(text.index(label), text.index(label) + len(label), k)])
             for k, label in enumerate(("规范数据登记", "建设登记平台", "加大宣传培训"))]
    assert text[3:6] == "甲办法" and text[41:44] == "甲办法"
    relations = {}
    attribution.relate_answers_to_asked_documents(text, [doc, *goals], relations)
    # the question about carrying the document out leaves its answer to the answering body
    assert sorted(o for _, _, o in relations) == ["goal/0", "goal/1"]


def test_a_question_line_asks_only_in_its_last_sentence_not_about_the_document_its_lead_in_cites():
    text = ("党的某决定提出，建设数据基础设施。如何更好打造数据冷链？\n某局将加快编制建设指引。\n"
            "问：《乙规定》主要有哪些内容？\n答：要完善登记制度。\n")
    decision = Entity("doc/决定", "Document", "党的某决定", mentions=[Mention(0, 5, 0)])
    rule = Entity("doc/乙", "Document", "乙规定", mentions=[Mention(text.index("乙规定"), text.index("乙规定") + 3, 3)])
    assert text[0:5] == "党的某决定"
    asked = [doc for _, _, doc in attribution.asked_documents(text, [decision, rule])]
    assert asked == ["doc/乙"]


def test_the_asking_sentence_of_a_marked_question_is_the_whole_line():
    assert attribution.asked_sentence_offset("问：《甲办法》出台了。它有哪些内容？") == 0
    assert attribution.asked_sentence_offset("规划已经印发。如何落实？") == len("规划已经印发。")


def test_a_question_line_that_ends_with_a_full_stop_still_asks_about_its_document():
    assert attribution.asked_sentence_offset("七、请介绍一下《通知》的主要考虑。") == 0
    assert attribution.asked_sentence_offset("规划已经印发。请介绍主要考虑。") == len("规划已经印发。")


def test_in_a_q_and_a_on_several_documents_an_answer_that_asks_about_none_gives_no_document_its_goals():
    text = ("问：《甲办法》主要有哪些内容？\n答：要规范数据登记。\n"
            "问：《乙通知》主要有哪些内容？\n答：要明确收费标准。\n"
            "问：如何抓好几份文件的落实？\n答：我们将加大宣传培训。\n")
    first = Entity("doc/甲", "Document", "甲办法", mentions=[Mention(3, 6, 0)])
    second = Entity("doc/乙", "Document", "乙通知", mentions=[Mention(text.index("乙通知"), text.index("乙通知") + 3, 2)])
    goals = [Entity(f"goal/{k}", "Goal", label, mentions=[Mention(text.index(label), text.index(label) + len(label), k)])
             for k, label in enumerate(("规范数据登记", "明确收费标准", "加大宣传培训"))]
    assert text[3:6] == "甲办法"
    left_aside = attribution.documents_unasked_in_answers(text, [first, second, *goals])
    assert left_aside == {("doc/甲", "goal/2"), ("doc/乙", "goal/2")}
    # one asked document: its article keeps every candidate
    assert attribution.documents_unasked_in_answers(text, [first, *goals]) == set()


def test_a_question_ends_with_its_mark_or_comes_before_an_answer():
    text = "三、《规定》修订原则是什么？\n突出三方面原则。\n七、请介绍一下《通知》的主要考虑。\n答：主要考虑两点。\n"
    questions = [q for _, _, q in attribution.answers_by_question(text)]
    assert questions == ["三、《规定》修订原则是什么？", "七、请介绍一下《通知》的主要考虑。"]


def test_the_document_whose_making_opens_the_clause_sets_what_it_serves():
    text = "制定《数据办法》是规范数据登记的迫切需要。推动制定《数据条例》，完善数据制度。"
    doc = Entity("doc/d", "Document", "数据办法", mentions=[Mention(3, 7, 0)])
    law = Entity("doc/l", "Document", "数据条例", mentions=[Mention(text.index("数据条例"), text.index("数据条例") + 4, 1)])
    first = Entity("goal/0", "Goal", "规范数据登记", mentions=[Mention(9, 15, 0)])
    second = Entity("goal/1", "Goal", "完善数据制度", mentions=[Mention(text.index("完善"), text.index("完善") + 6, 1)])
    assert text[3:7] == "数据办法" and text[9:15] == "规范数据登记"
    pairs = attribution.object_documents(text, [doc, law, first, second])
    assert ("doc/d", "goal/0") not in pairs       # 制定《办法》是…: the making of the document is the subject
    assert ("doc/l", "goal/1") in pairs           # 推动制定《条例》: the document is what the goal acts on


def test_a_body_that_opens_a_sentence_of_a_document_has_the_goals_it_sets_there():
    text = "下一步，市数据局、市经信局将完善数据制度，持续提升治理能力；做好标准研制。专家认为要加强人才培养。"
    bodies = [Entity("org/数", "Agency", "市数据局", mentions=[Mention(4, 8, 0)]),
              Entity("org/经", "Agency", "市经信局", mentions=[Mention(9, 13, 0)])]
    labels = ("完善数据制度", "持续提升治理能力", "做好标准研制", "加强人才培养")
    goals = [Entity(f"goal/{k}", "Goal", label, mentions=[Mention(text.index(label), text.index(label) + len(label),
                                                                    0 if k < 3 else 1)]) for k, label in enumerate(labels)]
    sentences = [SimpleNamespace(index=0, start=0, end=text.index("。") + 1, text=text[:text.index("。") + 1]),
                 SimpleNamespace(index=1, start=text.index("。") + 1, end=len(text), text=text[text.index("。") + 1:])]
    assert text[4:8] == "市数据局" and text[9:13] == "市经信局"
    plan = Entity("doc/p", "Document", "数据工作方案")
    relations = {("doc/p", "hasGoal", g.key): Relation("doc/p", "hasGoal", g.key, 0) for g in goals[:2] + goals[3:]}
    attribution.relate_goals_to_sentence_subjects(text, [plan] + bodies + goals, relations, sentences)
    # the goals the document sets (not 做好标准研制, which no document has; not the expert's)
    assert sorted((s, o) for s, _, o in relations if s != "doc/p") == [
        (b, f"goal/{k}") for b in ("org/数", "org/经") for k in range(2)]




def test_every_document_of_a_list_an_action_is_on_is_only_followed():
    text = "按照《甲法》《乙条例》以及《丙规定》等要求，加强市场监管。"
    def doc(key, name):
        k = text.index(name) - 1
        return Entity(key, "Document", name, mentions=[Mention(k, k + len(name) + 2, 0)])
    goal = Entity("goal/g", "Goal", "加强市场监管", mentions=[Mention(text.index("加强"), text.index("加强") + 6, 0)])
    pairs = attribution.object_documents(text, [doc("doc/1", "甲法"), doc("doc/2", "乙条例"), doc("doc/3", "丙规定"), goal])
    assert pairs == {("doc/1", "goal/g"), ("doc/2", "goal/g"), ("doc/3", "goal/g")}


def _document_and_goal(text, document, goal):
    at, goal_at = text.index(document), text.index(goal)
    doc = Entity("doc/d", "Document", document, mentions=[Mention(at, at + len(document), 0)])
    return [doc, Entity("goal/g", "Goal", goal, mentions=[Mention(goal_at, goal_at + len(goal), 1)])]


def test_a_document_a_body_lists_among_its_works_sets_no_goal_said_in_another_paragraph():
    text = "协会年会召开\n协会去年发布《数据标注规范》等团体标准。\n会长表示，要持续壮大会员队伍。"
    assert attribution.passing_documents(text, _document_and_goal(text, "数据标注规范", "持续壮大会员队伍")) \
        == {("doc/d", "goal/g")}


def test_the_document_an_article_reports_issued_may_set_a_goal_of_any_paragraph():
    for issued in ("日前，某省政府印发《数据标注规范》。", "近日发布的《数据标注规范》显示，标注企业超过千家。"):
        text = f"某省出台文件\n{issued}\n到2026年，要持续壮大标注企业队伍。"
        assert attribution.passing_documents(text, _document_and_goal(text, "数据标注规范", "持续壮大标注企业队伍")) == set()


def test_a_document_named_once_may_set_a_goal_of_its_own_paragraph():
    text = "协会年会召开\n会长表示，要落实《数据标注规范》，持续壮大会员队伍。"
    assert attribution.passing_documents(text, _document_and_goal(text, "数据标注规范", "持续壮大会员队伍")) == set()


def test_a_sentence_names_a_document_by_its_short_name_or_as_this_plan_of_its_kind():
    plan = Entity("doc/p", "Document", "某省制造强省五年行动计划(2026-2030)", aliases=["《五年行动计划》"])
    assert attribution.refers_to_document("《五年行动计划》提出，要打造智能制造示范区。", plan)
    assert attribution.refers_to_document("某省制定本次行动计划，将以智能制造为主攻方向。", plan)
    assert not attribution.refers_to_document("要持续开展关键标准研制。", plan)
    opinion = Entity("doc/o", "Document", "某省关于推进乡村全面振兴的实施意见")
    assert attribution.refers_to_document("王明指出，《实施意见》锚定建设农业强省目标。", opinion)
    assert not attribution.refers_to_document("王明指出，《意见》锚定建设农业强省目标。", opinion)


def test_an_officials_goal_goes_to_no_document_their_words_do_not_name():
    text = "某标准发布会召开\n某局局长王明表示，要持续开展标准研制。某部司长李华介绍，《数据标注规范》提出，要建设标注基地。"
    standard = _named(text, "doc/s", "Document", "某标准", 0)
    rules = Entity("doc/r", "Document", "数据标注规范",
                   mentions=[Mention(text.index("数据标注规范"), text.index("数据标注规范") + 6, 2)])
    ours, theirs = _named(text, "goal/1", "Goal", "持续开展标准研制", 1), _named(text, "goal/2", "Goal", "建设标注基地", 2)
    bureau, ministry = _named(text, "org/局", "Agency", "某局", 1), _named(text, "org/部", "Agency", "某部", 2)
    wang, li = _named(text, "person/王明", "Person", "王明", 1), _named(text, "person/李华", "Person", "李华", 2)
    relations = {}
    for person, body, goal in (("person/王明", "org/局", "goal/1"), ("person/李华", "org/部", "goal/2")):
        relations[(person, "holdsPost", body)] = Relation(person, "holdsPost", body, 1, 0.9, "局长")
        relations[(person, "proposes", goal)] = Relation(person, "proposes", goal, 1, 0.65)
    ends = [text.index("\n"), text.index("研制。") + 3, len(text)]
    sentences = [Sentence(0, 0, ends[0], text[:ends[0]]), Sentence(1, ends[0] + 1, ends[1], text[ends[0] + 1:ends[1]]),
                 Sentence(2, ends[1], ends[2], text[ends[1]:])]
    ctx = attribution.Context(text, [standard, rules, ours, theirs, bureau, ministry, wang, li], relations, sentences)
    pairs = attribution.documents_speakers_do_not_name(ctx, attribution.speakers_bodies(ctx))
    assert pairs == {("doc/s", "goal/1"), ("doc/r", "goal/1"), ("doc/s", "goal/2")}


def test_documents_listed_among_what_was_done_set_none_of_the_sentences_goals():
    text = "近年来，我省发布《数据规划》、出台《算力方案》等，加快建设数据市场。要完善数据制度。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    assert ("doc/d", "goal/0") in pairs


def test_a_document_listed_as_done_is_known_by_the_list_around_it():
    text = "我市出台《数据规划》《算力方案》等文件。某部印发《数据规划》，提出新要求。"
    first, second = text.index("数据规划"), text.rindex("数据规划")
    assert attribution._listed_as_done(text, first, first + 4)
    assert not attribution._listed_as_done(text, second, second + 4)


def test_a_document_issued_and_then_said_to_set_out_aims_keeps_them():
    text = "近日，某部印发《数据规划》，提出加快建设数据市场。为落实《数据规划》，完善数据制度。"
    pairs = attribution.object_documents(text, _one_document_two_goals(text, "数据规划"))
    # 印发《…》，提出…: what the issued document sets out; 为落实《…》: what follows it
    assert pairs == {("doc/d", "goal/1")}
