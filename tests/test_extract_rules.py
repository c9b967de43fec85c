"""The extractor's rules on small hand-made sentences in the style of the genre.

None of these sentences comes from the evaluation articles: they protect rules that
must carry over to any article of the genre. No statistical model is used here.
"""
import pytest

from cnkg.extract import bodies, figures, goals, mentions
from cnkg.extract.components.sentences import sentence_spans
from cnkg.extract.lexicon import Lexicon
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load(use_ner=False)


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon.from_directory()


def extract(extractor, text, document="t"):
    return extractor.extract(article_from_text(text, document=document))


def labels(extraction, type_):
    return sorted(e.label for e in extraction.entities if e.type == type_)


def triples(extraction):
    by_key = {e.key: e.label for e in extraction.entities}
    return {(by_key[r.subject], r.predicate, by_key[r.object]) for r in extraction.relations}


def test_sentences_end_after_closing_quotes():
    text = "他说：“要加快发展。”随后离开。\n第二段"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["他说：“要加快发展。”", "随后离开。", "第二段"]


def test_name_after_post_prefers_the_length_that_recurs():
    text = "司长王建国表示，要推进改革。王建国说，下一步将继续推进。"
    assert bodies.name_after(text, 2, set("王"), set()) == "王建国"
    text = "局长刘洋指出，要加强监管。刘洋认为，还要完善制度。"
    assert bodies.name_after(text, 2, set("刘"), set()) == "刘洋"


def test_body_chain_splits_a_university_and_its_laboratory(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = bodies.split_body_chain("清华大学人工智能研究院", known, set())
    assert [link.surface for link in links] == ["清华大学", "人工智能研究院"]


def test_body_chain_keeps_a_company_legal_form_with_its_name(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = bodies.split_body_chain("中国移动通信集团有限公司", known, set())
    assert len(links) == 1 and links[0].known


def test_apposition_gives_unit_post_and_person(extractor):
    x = extract(extractor, "商务部外贸司司长李兴乾在发布会上表示，要稳住外贸基本盘。")
    assert ("外贸司", "subOrganizationOf", "商务部") in triples(x)
    assert ("李兴乾", "holdsPost", "外贸司") in triples(x)
    post = next(r.post for r in x.relations if r.predicate == "holdsPost")
    assert post == "司长"


def test_a_series_of_posts_attaches_the_unit_to_the_ministry(extractor):
    x = extract(extractor, "交通运输部新闻发言人、综合规划司司长王明华介绍了有关情况。")
    t = triples(x)
    assert ("王明华", "holdsPost", "交通运输部") in t
    assert ("综合规划司", "subOrganizationOf", "交通运输部") in t
    assert ("王明华", "holdsPost", "综合规划司") in t


def test_short_names_resolve_to_one_body(extractor):
    x = extract(extractor, "工信部部长金壮龙说，工业和信息化部将加快推进新型工业化。")
    assert labels(x, "Agency") == ["工业和信息化部"]


def test_enumerated_goals_go_to_speaker_and_body(extractor):
    text = ("国家能源局局长章建华表示，国家能源局将重点抓好以下工作：\n"
            "一是加快建设新型电力系统，推动光伏和储能协同发展。\n"
            "二是持续推进能源绿色低碳转型。")
    x = extract(extractor, text)
    goal_labels = labels(x, "Goal")
    assert goal_labels == ["加快建设新型电力系统", "持续推进能源绿色低碳转型"]
    t = triples(x)
    assert ("章建华", "proposes", "加快建设新型电力系统") in t
    assert ("国家能源局", "hasGoal", "持续推进能源绿色低碳转型") in t
    assert ("加快建设新型电力系统", "involvesTechnology", "光伏") in t
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


def test_figures_normalise_units():
    [f] = figures.figures("截至去年底，全省快递业务量达到12.5亿件。", 0)
    assert f.label == "快递业务量"
    assert f.value == pytest.approx(1.25e9)
    assert f.value_text == "12.5亿件"
    assert f.date and "去年" in f.date


def test_figures_skip_bare_numbers():
    assert figures.figures("会议共有30位代表发言。", 0) == []


# -- generic technologies, figures without a verb, and bodies and names read out of running text

def test_network_generations_and_gigabit_fibre_are_technologies(extractor):
    x = extract(extractor, "省通信管理局局长赵明辉表示，下一步要加快4G向5G演进，推进千兆光网和网络切片应用，"
                           "布局算力网络和车联网。")
    assert {"4G", "5G", "千兆光纤网络", "网络切片", "算力网络", "车联网"} <= set(labels(x, "Technology"))


def test_local_people_organisations_are_bodies(extractor):
    t = triples(extract(extractor, "会上，江西省科协主席刘建华、南昌市工商联主席陈志明、江西省总工会副主席孙海燕分别致辞。"))
    assert ("刘建华", "holdsPost", "江西省科协") in t
    assert ("陈志明", "holdsPost", "南昌市工商联") in t
    assert ("孙海燕", "holdsPost", "江西省总工会") in t


def test_surnames_beyond_the_most_common(extractor):
    t = triples(extract(extractor, "省教育厅厅长怀志明、市文化和旅游局局长洪晓峰和副市长傅建平出席。"))
    assert ("怀志明", "holdsPost", "省教育厅") in t
    assert ("洪晓峰", "holdsPost", "市文化和旅游局") in t


def test_common_words_after_a_post_are_not_names(extractor):
    x = extract(extractor, "习近平总书记高度重视数字经济发展。会上，市统计局局长通报了全市情况。"
                           "省科协主席刘建华、南昌市工商联主席陈志明出席。")
    persons = labels(x, "Person")
    assert not [p for p in persons if p.startswith(("高度", "通报", "南昌"))]
    assert "刘建华" in persons


def test_name_after_rejects_known_words():
    surnames = set("高全方时江通南王")
    assert bodies.name_after("总书记高度重视", 3, surnames, set()) is None
    assert bodies.name_after("局长全面部署", 2, surnames, set()) is None
    assert bodies.name_after("主席、南昌市工商联", 3, surnames, set()) is None
    assert bodies.name_after("局长王国华表示", 2, surnames, set()) == "王国华"


def test_party_committee_and_government_side_by_side(extractor):
    x = extract(extractor, "成都市委市政府向获奖企业表示祝贺。四川省委省政府对此高度重视。")
    agencies = labels(x, "Agency")
    assert {"成都市委", "成都市政府", "四川省委", "四川省政府"} <= set(agencies)
    assert not [a for a in agencies if a.startswith(("向", "对", "市政府", "省政府"))]
    assert not [r for r in x.relations if r.predicate == "subOrganizationOf"]


def test_a_preposition_after_a_body_ends_the_run(extractor):
    x = extract(extractor, "深圳市科技创新委员会与北京大学分析与应用技术研究中心签署协议。")
    agencies = labels(x, "Agency") + labels(x, "Organization")
    assert "深圳市科技创新委员会" in agencies
    assert not [a for a in agencies if a.startswith("与")]


def test_short_party_unit_belongs_to_the_committee_named_before(extractor):
    t = triples(extract(extractor, "重庆市委常委、市委宣传部部长张国栋，市委组织部副部长李春明出席活动。"))
    assert ("市委宣传部", "subOrganizationOf", "重庆市委") in t
    assert ("市委组织部", "subOrganizationOf", "重庆市委") in t
    assert ("张国栋", "holdsPost", "市委宣传部") in t


def test_figures_without_a_verb_noun_number_classifier():
    found = {f.label: f for f in figures.figures("累计建成充电桩1.2万个，省级智能制造示范工厂30家；新增专精特新企业150家。", 0)}
    assert found["充电桩"].value == pytest.approx(1.2e4)
    assert found["省级智能制造示范工厂"].value == 30
    assert found["专精特新企业"].value == 150


def test_figures_with_the_number_before_the_label():
    found = {f.label: f for f in figures.figures("培育20个行业级工业互联网平台，打造100个左右智慧社区应用场景。", 0)}
    assert found["行业级工业互联网平台"].value == 20
    assert found["智慧社区应用场景"].value == 100
    assert figures.figures("从三个方面推进，推动5个重点领域取得突破。", 0) == []


def test_figures_with_a_double_or_all_qualifier():
    [f] = figures.figures("重点企业关键工序数控化率和设备联网率实现双90%。", 0)
    assert f.value == 90 and f.label.endswith("设备联网率")


def test_events_strip_year_and_ordinal_into_aliases():
    [e] = [f for f in mentions.events("日前，2023第五届数字中国建设峰会在福州开幕。") if "峰会" in f.label]
    assert e.label == "2023第五届数字中国建设峰会"
    assert "数字中国建设峰会" in e.aliases


def test_party_meetings_are_events():
    labels_ = {f.label for f in mentions.events("党的二十届三中全会对深化改革作出部署。")}
    assert "二十届三中全会" in labels_


def test_event_location_and_speakers(extractor):
    text = ("11月8日，2022世界互联网大会乌镇峰会在乌镇开幕。\n"
            "国家网信办副主任牛一兵在开幕式上表示，要推动构建网络空间命运共同体。")
    x = extract(extractor, text)
    t = triples(x)
    assert ("2022世界互联网大会乌镇峰会", "locatedIn", "乌镇") in t
    assert ("牛一兵", "speaksAt", "2022世界互联网大会乌镇峰会") in t


def test_document_publisher_from_its_title(extractor):
    x = extract(extractor, "《国务院关于加强数字政府建设的指导意见》明确，要全面推进政府数字化转型。")
    t = triples(x)
    assert ("国务院关于加强数字政府建设的指导意见", "publishedBy", "国务院") in t
    assert any(p == "hasGoal" for _, p, _ in t)


def test_reporter_byline(extractor):
    x = extract(extractor, "本市将建设一批智慧社区。（记者 周小平）")
    assert "周小平" in labels(x, "Person")


def test_pronoun_refers_to_the_last_speaker(extractor):
    text = ("科技部副部长吴朝晖表示，科技创新是关键。\n"
            "他强调了三项任务：一是加强基础研究；二是推进关键核心技术攻关。")
    x = extract(extractor, text)
    assert ("吴朝晖", "proposes", "推进关键核心技术攻关") in triples(x)


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


def test_gai_bu_refers_to_the_last_ministry(extractor):
    text = "水利部部长李国英出席会议。\n该部将重点做好以下工作：一是加快构建国家水网；二是推进数字孪生流域建设。"
    x = extract(extractor, text)
    assert ("水利部", "hasGoal", "加快构建国家水网") in triples(x)


def test_persons_are_keyed_by_name_and_body(extractor):
    x = extract(extractor, "教育部副部长张明表示，要加快教育数字化。")
    [person] = [e for e in x.entities if e.type == "Person"]
    assert person.key == "person/教育部/张明"
    y = extract(extractor, "张明是一名教师。")
    assert all(e.key != person.key for e in y.entities)


def test_second_official_of_the_same_body(extractor):
    text = "国务院新闻办公室举行新闻发布会，请工业和信息化部副部长王江平和总工程师田玉龙介绍有关情况。"
    t = triples(extract(extractor, text))
    assert ("王江平", "holdsPost", "工业和信息化部") in t
    assert ("田玉龙", "holdsPost", "工业和信息化部") in t


def test_transcript_speaker_at_paragraph_start(extractor):
    text = ("生态环境部部长黄润秋出席发布会。\n"
            "黄润秋：下一步，我们要深入打好污染防治攻坚战，推进减污降碳协同增效。")
    t = triples(extract(extractor, text))
    assert ("黄润秋", "proposes", "深入打好污染防治攻坚战") in t


def test_quantified_target_goal_keeps_its_figure(extractor):
    x = extract(extractor, "市发展改革委主任周强表示，力争到2026年全市算力规模达到20万标准机架。")
    [goal] = [e for e in x.entities if e.type == "Goal"]
    assert goal.deadline == "2026"
    assert goal.value == pytest.approx(2e5)


def test_invitation_list_of_one_ministry(extractor):
    text = ("国务院新闻办公室举行新闻发布会，邀请工业和信息化部部长金壮龙，副部长辛国斌、徐晓兰，"
            "总工程师赵志国介绍有关情况，并答记者问。")
    t = triples(extract(extractor, text))
    for name in ("金壮龙", "辛国斌", "徐晓兰", "赵志国"):
        assert (name, "holdsPost", "工业和信息化部") in t, name


def test_forum_founding_in_jing_is_located_in_beijing(extractor):
    text = "11月4日，数字治理学术论坛成立大会暨首届学术研讨会在京举行。清华大学教授李国华在会上表示，要加强数据要素基础理论研究。"
    x = extract(extractor, text)
    t = triples(x)
    assert ("数字治理学术论坛成立大会", "locatedIn", "北京") in t
    assert ("李国华", "speaksAt", "数字治理学术论坛成立大会") in t
    assert "首届学术研讨会" in labels(x, "Event")


def test_local_government_bodies_in_running_text(extractor):
    x = extract(extractor, "近日，浙江省经济和信息化厅印发《浙江省数字经济发展行动方案》，杭州市人民政府随后作出部署。")
    assert {"浙江省经济和信息化厅", "杭州市人民政府"} <= set(labels(x, "Agency"))
    assert ("浙江省数字经济发展行动方案", "publishedBy", "浙江省经济和信息化厅") in triples(x)


def test_company_named_by_a_corporate_post(extractor):
    t = triples(extract(extractor, "会上，字节跳动副总裁张利东和科大讯飞董事长刘庆峰分别作了发言。"))
    assert ("张利东", "holdsPost", "字节跳动") in t
    assert ("刘庆峰", "holdsPost", "科大讯飞") in t


def test_lead_in_before_a_known_body_is_not_part_of_it(extractor):
    x = extract(extractor, "会议由审计署副审计长王亚平主持。")
    assert ("王亚平", "holdsPost", "审计署") in triples(x)
    assert [e.key for e in x.entities if e.type == "Person"] == ["person/审计署/王亚平"]


def test_party_congress_report_and_work_report_are_documents():
    found = {f.label: f for f in mentions.documents("党的十九大报告强调，今年政府工作报告提出，十九届五中全会公报指出")}
    assert {"党的十九大报告", "政府工作报告", "十九届五中全会公报"} <= set(found)
    assert "十九大报告" in found["党的十九大报告"].aliases


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


def test_cppcc_member_and_company_post_in_one_apposition(extractor):
    x = extract(extractor, "全国政协委员，华北电力装备集团有限公司董事长、党委书记赵文斌表示，要加快建设新型电力系统。")
    t = triples(x)
    assert ("赵文斌", "holdsPost", "全国政协") in t
    assert ("赵文斌", "holdsPost", "华北电力装备集团有限公司") in t
    assert not any(e.label == "有限公司" for e in x.entities)
    company = next(e for e in x.entities if e.label == "华北电力装备集团有限公司")
    assert company.type == "Organization"


def test_npc_deputy_post_resolves_to_the_congress(extractor):
    t = triples(extract(extractor, "全国人大代表孙建国在审议时表示，要推动制造业数字化转型。"))
    assert ("孙建国", "holdsPost", "全国人大") in t


def test_header_line_names_the_speaker_of_the_next_paragraphs(extractor):
    text = ("（全国政协专题协商会发言摘登）\n"
            "全国政协常委，中国科学院院士陈立平：\n"
            "要加快建设国家算力网络，推动东西部算力协同。\n"
            "应完善数据要素市场规则，促进数据有序流通。")
    x = extract(extractor, text)
    t = triples(x)
    assert ("陈立平", "proposes", "加快建设国家算力网络") in t
    assert ("陈立平", "proposes", "完善数据要素市场规则") in t


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


def test_event_located_after_a_closing_quote(extractor):
    x = extract(extractor, "5月8日，“2024数字政务创新年会”在杭州召开。")
    assert any(p == "locatedIn" and o == "杭州" for s, p, o in triples(x))


def test_purpose_clause_before_a_proposal_is_a_goal():
    s = "为进一步提升县域医疗服务水平，提出三点建议："
    assert "提升县域医疗服务水平" in [c.label for c in goals.goal_clauses(s, 0, document_context=False,
                                                                          speaker_context=True)]


def test_topic_of_a_proposal_is_a_goal(extractor):
    text = "全国人大代表孙建国表示，他今年拟提交关于加快建设农村冷链物流体系的建议。"
    t = triples(extract(extractor, text))
    assert ("孙建国", "proposes", "加快建设农村冷链物流体系") in t


def test_ner_span_is_cut_before_an_organiser_verb():
    from cnkg.extract.rules.bodies import RUN_BREAK
    from cnkg.extract.rules.names import verb_like_unit
    span = "工业和信息化部主办"
    brk = RUN_BREAK.search(span, 2)
    assert brk and span[:brk.start()] == "工业和信息化部"
    assert verb_like_unit("主办") and not verb_like_unit("外贸司")


def test_single_announced_item_is_still_a_goal():
    text = "他表示，重点需要抓好三个方面：\n一是加快工业软件攻关，筑牢产业基础。"
    assert [it.label for it in goals.enumerations(text)] == ["加快工业软件攻关"]
    assert goals.enumerations("他说：\n一是加快工业软件攻关。") == []



def test_dateline_without_a_date_names_the_outlet(extractor):
    assert mentions.dateline("中国经济网讯（记者 王晓东）日前，数字乡村论坛举行。") == ("中国经济网", None)
    assert mentions.dateline("C919讯 5月6日消息，大会开幕。")[0] == "C919"
    assert mentions.dateline("本报讯（记者 王晓东）") is None
    assert mentions.dateline("好消息是，产量上升。") is None
    x = extract(extractor, "中国经济网讯（记者 王晓东）日前，数字乡村论坛举行。")
    assert ("王晓东", "holdsPost", "中国经济网") in triples(x)



def test_media_and_think_tank_names_in_running_text(extractor):
    x = extract(extractor, "论坛由上海数联传媒主办，上海澎湃全媒体承办。")
    names = labels(x, "Organization") + labels(x, "Agency")
    assert "上海数联传媒" in names and "上海澎湃全媒体" in names



def test_forecast_figure_is_a_statistic(extractor):
    x = extract(extractor, "他表示，预计到2025年，全国工业互联网产业规模将超过1.5万亿元。")
    stats = [e for e in x.entities if e.type == "Statistic"]
    assert [s.label for s in stats] == ["工业互联网产业规模"]
    assert stats[0].date and "2025" in stats[0].date



def test_event_label_drops_an_unbalanced_bracket():
    [e] = [f for f in mentions.events("（全国工商联民营经济座谈会发言摘登）") if "座谈会" in f.label]
    assert e.label == "全国工商联民营经济座谈会"


def test_event_name_stops_at_prepositions_and_keeps_a_short_conjoined_topic():
    found = [f.label for f in mentions.events("昨天，绵阳市委市政府向大会发来贺信。")]
    assert not any("向" in f for f in found)
    found = [f.label for f in mentions.events("省政府代表团对交易会表示祝贺。")]
    assert not any("对" in f for f in found)
    found = [f.label for f in mentions.events("张三代表论坛组委会致辞。")]
    assert not any("代表" in f for f in found)
    assert "全省人民代表大会" in [f.label for f in mentions.events("全省人民代表大会在西宁举行。")]
    # 与/和 are soft: a short topic before them belongs to the name
    assert "智能制造与绿色发展国际论坛" in [f.label for f in mentions.events("12日，智能制造与绿色发展国际论坛开幕。")]
    found = [f.label for f in mentions.events("第二届丝路博览会智能制造与绿色发展国际论坛开幕。")]
    assert "智能制造与绿色发展国际论坛" in found
    # …but not when the part before them is a known body or place
    known = lambda s, e: True
    found = [f.label for f in mentions.events("郑州市与数字经济论坛签约。", is_entity=known)]
    assert "郑州市与数字经济论坛" not in found


def test_democratic_party_committees_and_their_posts(extractor):
    x = extract(extractor, "全国政协委员、民进中央常委、民进江苏省委会主委王立新表示，要加强合作。")
    t = triples(x)
    assert ("王立新", "holdsPost", "中国民主促进会中央委员会") in {(s, p, o) for s, p, o in t}
    assert ("王立新", "holdsPost", "民进江苏省委会") in t
    assert ("民进江苏省委会", "subOrganizationOf", "中国民主促进会中央委员会") in t
    assert not any(n.startswith("会") or n == "江苏省委" for n in labels(x, "Agency") + labels(x, "Organization"))
    x = extract(extractor, "九三学社中央副主席、九三学社湖北省委会副主任委员赵立群出席。")
    assert ("赵立群", "holdsPost", "九三学社湖北省委会") in triples(x)


def test_more_posts_of_the_genre(extractor):
    x = extract(extractor, "民盟浙江省委会主要负责人李明华介绍，有关负责人介绍了情况。")
    assert ("李明华", "holdsPost", "民盟浙江省委会") in triples(x)
    x = extract(extractor, "国家数据局首席数据官周海燕、中国工程院学部委员钱立新出席。")
    t = triples(x)
    assert ("周海燕", "holdsPost", "国家数据局") in t and ("钱立新", "holdsPost", "中国工程院") in t


def test_no_technology_inside_an_industry_name_and_no_place_inside_a_slogan(extractor):
    x = extract(extractor, "全省软件与信息技术服务业营业收入增长。推进数字中国和健康中国建设。")
    assert "信息技术" not in labels(x, "Technology")
    assert "中国" not in labels(x, "Place")
    x = extract(extractor, "中国信息技术企业加快发展。")
    assert "信息技术" in labels(x, "Technology") and "中国" in labels(x, "Place")


def test_statistical_spans_lose_edge_punctuation():
    from cnkg.extract.rules.names import trim_span
    assert trim_span("王海涛）", 10, 14) == ("王海涛", 10, 13)
    assert trim_span("（华信科技公司】", 3, 11) == ("华信科技公司", 4, 10)
    assert trim_span("）", 0, 1)[0] == ""


def test_coordinated_bodies_in_running_text_and_aims_are_not_bodies(extractor):
    x = extract(extractor, "南通市人民政府和江海大学签署战略合作协议。")
    names = labels(x, "Agency") + labels(x, "Organization")
    assert "南通市人民政府" in names and "江海大学" in names
    assert not any("和" in n for n in names)
    x = extract(extractor, "力争将中国数字经济研究院建设成为国内一流专业智库。着力打造中国一流数据交易中心。")
    names = labels(x, "Agency") + labels(x, "Organization")
    assert "中国数字经济研究院" in names
    assert not any("成为" in n or "一流" in n for n in names), names


def test_a_body_short_name_is_an_alias_in_either_order(extractor):
    for text in ("无锡市数字经济研究院（以下简称“数经院”）近日成立。数经院院长王立新表示，要加快发展。",
                 "数经院院长王立新表示，无锡市数字经济研究院（简称数经院）将加快发展。"):
        x = extract(extractor, text)
        assert labels(x, "Organization") == ["无锡市数字经济研究院"], text
        [body] = [e for e in x.entities if e.type == "Organization"]
        assert "数经院" in body.aliases
        assert ("王立新", "holdsPost", "无锡市数字经济研究院") in triples(x)
    x = extract(extractor, "国家工业信息安全发展研究中心（简称国家工信安全中心）发布报告。")
    assert not any("简称" in n for n in labels(x, "Agency") + labels(x, "Organization"))


def test_a_mayor_after_a_party_post_heads_the_city_government(extractor):
    x = extract(extractor, "中共南通市委副书记、市长王立新出席并致辞。")
    t = triples(x)
    assert ("王立新", "holdsPost", "南通市人民政府") in t
    assert ("王立新", "holdsPost", "中共南通市委") in t
    assert "南通市人民政府" in labels(x, "Agency")
    x = extract(extractor, "浙江省委副书记、省长赵立群，南通市人民政府副市长钱海燕出席。")
    t = triples(x)
    assert ("赵立群", "holdsPost", "浙江省人民政府") in t
    assert ("钱海燕", "holdsPost", "南通市人民政府") in t


def test_bare_units_in_an_apposition_list_belong_to_the_head_body(extractor):
    x = extract(extractor, "国家数据局局长刘明、政策和规划司主要负责人王立新、数据资源司司长赵立群出席发布会。")
    t = triples(x)
    assert ("政策和规划司", "subOrganizationOf", "国家数据局") in t
    assert ("数据资源司", "subOrganizationOf", "国家数据局") in t
    assert ("赵立群", "holdsPost", "数据资源司") in t
    # a company's unit after a person of another body is not attached
    x = extract(extractor, "华信科技公司总经理刘明、江海大学信息中心主任王立新出席。")
    assert not any(p == "subOrganizationOf" and o == "华信科技公司" for _, p, o in triples(x))


def test_a_final_byline_without_reporter_and_a_paper_before_reporter(extractor):
    x = extract(extractor, "新华网北京3月5日电 数字经济发展大会今天在京召开。会议发布了多项成果。（王立新）")
    assert "王立新" in labels(x, "Person")
    assert ("王立新", "holdsPost", "新华网") in triples(x)
    x = extract(extractor, "数字经济发展大会今天召开。会议发布了多项成果。（欧阳 明）")
    assert "欧阳明" in labels(x, "Person")
    x = extract(extractor, "会议发布了多项成果。（完）")
    assert labels(x, "Person") == []
    x = extract(extractor, "王立新在接受江南经济时报记者采访时表示，要加快发展。")
    assert "江南经济时报" in labels(x, "Organization")


def test_jian_inside_an_apposition_joins_two_posts(extractor):
    x = extract(extractor, "华建工业总工程师兼华建装备集团首席专家王立新介绍，项目已投产。")
    t = triples(x)
    assert ("王立新", "holdsPost", "华建装备集团") in t
    assert ("王立新", "holdsPost", "华建工业") in t
    assert not any("兼" in n for n in labels(x, "Organization") + labels(x, "Agency"))


def test_a_long_post_after_a_listed_name_is_no_name(extractor):
    for post in ("党组成员", "区委书记", "国务委员"):
        x = extract(extractor, f"工业和信息化部部长王立新、{post}赵立群出席。")
        assert labels(x, "Person") == ["王立新", "赵立群"], post


def test_a_party_committee_named_without_the_party_after_its_central_committee(extractor):
    x = extract(extractor, "民进中央常委、浙江省委会主委王立新表示，要加快发展。")
    t = triples(x)
    assert ("浙江省委会", "subOrganizationOf", "中国民主促进会中央委员会") in t
    assert ("王立新", "holdsPost", "浙江省委会") in t
    [unit] = [e for e in x.entities if e.label == "浙江省委会"]
    assert "民进浙江省委会" in unit.aliases


def test_generic_lead_ins_are_not_part_of_a_body(extractor):
    for lead in ("出席活动的有", "参会的还有", "嘉宾包括", "会议由"):
        x = extract(extractor, f"{lead}广州市委常委、宣传部部长李四海。")
        names = labels(x, "Agency") + labels(x, "Organization")
        assert "广州市委" in names, (lead, names)
        assert not any(n.startswith(("有", "还有", "包括", "由")) for n in names), (lead, names)


def test_a_name_seen_once_keeps_a_common_given_name_character():
    surnames = set("陈王张刘李")
    assert bodies.name_after("局长陈志强表示，要推进改革。", 2, surnames, set()) == "陈志强"
    assert bodies.name_after("主任张建中介绍，平台已上线。", 2, surnames, set()) == "张建中"
    assert bodies.name_after("处长李振发，科长王刚。", 2, surnames, set()) == "李振发"
    # a two-character name before a verb that starts with the same character
    assert bodies.name_after("局长刘洋强调，要加强监管。", 2, surnames, set()) == "刘洋"
    assert bodies.name_after("主任王刚发表讲话。", 2, surnames, set()) == "王刚"
    assert bodies.name_after("司长陈明在会上说。", 2, surnames, set()) == "陈明"


def test_quote_attributed_to_a_body_post_and_name_after_it(extractor):
    x = extract(extractor, "会议听取了汇报。徐州市大数据管理局副局长陈志强出席。\n"
                           "“要加快建设全市一体化数据平台。”徐州市大数据管理局副局长陈志强介绍。")
    assert ("陈志强", "proposes", "加快建设全市一体化数据平台") in triples(x)


def test_speaker_verb_late_in_the_clause_and_pronoun_of_the_sentence_opener(extractor):
    x = extract(extractor, "西北工业大学校长赵志华代表学校对各级领导和各界朋友长期以来的关心支持表示衷心感谢。"
                           "他指出，要加快建设一流智能制造学科。")
    assert ("赵志华", "proposes", "加快建设一流智能制造学科") in triples(x)
    x = extract(extractor, "西北工业大学校长赵志华为研究院揭牌。她指出，要加快建设一流智能制造学科。")
    assert ("赵志华", "proposes", "加快建设一流智能制造学科") in triples(x)


def test_speakers_speak_at_the_first_event_of_a_chain(extractor):
    x = extract(extractor, "6月1日，西北工业大学智能制造研究院成立大会暨第二届丝路博览会智能制造与绿色发展国际论坛在西安举行。"
                           "西北工业大学校长赵志华表示，要加快建设一流智能制造学科。")
    t = triples(x)
    assert ("赵志华", "speaksAt", "西北工业大学智能制造研究院成立大会") in t


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


def test_a_quoted_theme_names_the_briefing_and_generic_mentions_merge_into_it(extractor):
    x = extract(extractor, "国新办新闻发布会 介绍数据资源开发情况\n"
                           "国务院新闻办公室今天举行“推动数据资源开发”系列主题新闻发布会。"
                           "在这次新闻发布会上，国家数据局局长刘明介绍了有关情况。")
    assert labels(x, "Event") == ["“推动数据资源开发”系列主题新闻发布会"]


def test_an_action_plan_named_by_its_kind_states_targets_with_figures(extractor):
    x = extract(extractor, "近日，市政府印发《杭州市算力产业发展行动方案》。\n"
                           "行动方案提出，到2025年，全市算力产业规模达到500亿元，占全省比重达30%以上，积极争创国家算力枢纽节点。")
    t = triples(x)
    assert ("杭州市算力产业发展行动方案", "hasGoal", "积极争创国家算力枢纽节点") in t
    goal = next(e for e in x.entities if e.type == "Goal" and e.label.startswith("全市算力产业规模达到500亿元"))
    assert goal.deadline == "2025" and goal.value == 5e10
    # the target's figure is also a Statistic, dated to the target year
    assert any(e.value == 5e10 and e.date == "2025年" for e in x.entities if e.type == "Statistic")
    assert any(e.label.endswith("比重") for e in x.entities if e.type == "Goal") or \
        any("占全省比重" in e.label for e in x.entities if e.type == "Goal")


def test_counted_figures_after_an_enumeration_comma():
    found = figures.figures("培育领军企业50家以上、专精特新企业80家以上。", 0)
    assert any(f.label == "专精特新企业" and f.value == 80 for f in found)


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


def test_a_purpose_phrase_before_its_contribution_is_the_goal():
    assert "加快建设全国数字经济第一城" in _goal_labels(
        "他说，希望各方凝聚合力，为杭州加快建设全国数字经济第一城提供更多新方案。", speaker_context=True)


def test_a_goal_label_keeps_no_unbalanced_quote_and_a_long_ba_goal_is_kept():
    assert "引入数据经纪人制度" in _goal_labels("李明建议，在现有试点的基础上，引入“数据经纪人制度”，实现长效治理。",
                                               speaker_context=True)
    assert "把集成电路、人工智能、软件和信息服务3个产业打造为全国前列、全球有影响力的产业地标" in _goal_labels(
        "要把集成电路、人工智能、软件和信息服务3个产业打造为全国前列、全球有影响力的产业地标。")


def test_the_speaker_carries_to_the_next_sentence_of_the_paragraph(extractor):
    x = extract(extractor, "杭州市市长吴明表示，杭州将全力支持研究中心发展。衷心希望研究中心发挥智库作用，着力解决数据流通难题。")
    assert ("吴明", "proposes", "着力解决数据流通难题") in triples(x)


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


def test_provincial_department_units_and_an_invitation_before_the_body(extractor):
    x = extract(extractor, "省委宣传部新闻处处长王明主持新闻发布会。"
                           "今天，非常高兴邀请到省发改委党组成员、副主任李强先生，省发改委规划处处长赵刚先生。"
                           "省商务厅外贸处处长孙丽，省商务厅外资处处长周涛出席发布会。")
    t = triples(x)
    assert not any("邀请" in label for label in labels(x, "Agency"))
    assert ("李强", "holdsPost", "省发改委") in t
    assert ("外资处", "subOrganizationOf", "省商务厅") in t
    assert ("外资处", "subOrganizationOf", "外贸处") not in t
    assert not any("主持" in label for label in labels(x, "Event"))


def test_a_short_alias_inside_a_persons_name_is_no_body(extractor):
    x = extract(extractor, "省工信厅党组成员、副厅长辛清华介绍有关情况。")
    assert "清华大学" not in labels(x, "Organization")


def test_a_deputys_own_local_body_is_no_unit_of_the_congress(extractor):
    x = extract(extractor, "全国人大代表、成都市数据资源管理局副局长刘敏表示，要加快数据共享。")
    t = triples(x)
    assert ("成都市数据资源管理局", "subOrganizationOf", "全国人大") not in t
    assert ("刘敏", "holdsPost", "成都市数据资源管理局") in t


def test_founded_by_facilities_and_verb_led_mentions_are_not_bodies_or_events(extractor):
    x = extract(extractor, "苏州算力研究院由苏州大学牵头组建。目前，国家发展改革委加紧推进全国一体化算力中心体系建设。"
                           "苏州抓住机遇，发挥峰会承办地优势，积极运用峰会成果。")
    assert not any(label.startswith("由") for label in labels(x, "Organization") + labels(x, "Agency"))
    assert not any(label.endswith("算力中心") for label in labels(x, "Organization") + labels(x, "Agency"))
    assert labels(x, "Event") == []


def test_a_two_character_name_before_a_common_word():
    from cnkg.extract.bodies import name_after
    text = "副区长陈磊共同为研究院揭牌。"
    assert name_after(text, 3, {"陈"}, set()) == "陈磊"


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


def test_a_briefing_named_with_a_theme_keeps_the_run_before_the_quote(extractor):
    x = extract(extractor, "4月13日，省政府新闻办、省商务厅联合召开浙江省商务系统推进“数字贸易强省建设”新闻发布会。"
                           "大家上午好！欢迎出席省政府新闻办新闻发布会。")
    assert labels(x, "Event") == ["浙江省商务系统推进“数字贸易强省建设”新闻发布会"]


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


def test_a_speech_verb_after_a_recurring_name_is_not_part_of_it():
    from cnkg.extract.bodies import name_after
    text = "中国科学院院士李明称，数据是关键要素。“我们要构建资源体系。”李明称。"
    assert name_after(text, 7, {"李"}, set()) == "李明"


def test_jointly_issued_documents_name_every_publisher(extractor):
    x = extract(extractor, "2022年，国家发展改革委、工业和信息化部、国家能源局联合印发了《算力基础设施高质量发展实施方案》。")
    publishers = {o for s, p, o in triples(x) if p == "publishedBy"}
    assert publishers == {"国家发展改革委", "工业和信息化部", "国家能源局"}


def test_speakers_speak_at_the_briefing_the_article_reports(extractor):
    x = extract(extractor, "24日，国务院新闻办公室举行“开局之年”系列主题新闻发布会。资料图：第五届中国国际进口博览会展区。\n"
                           "工业和信息化部部长王强指出，要加快建设制造强国。")
    assert ("王强", "speaksAt", "“开局之年”系列主题新闻发布会") in triples(x)


def test_a_numbered_session_is_an_event_and_academicians_end_a_body_run(extractor):
    x = extract(extractor, "会后，苏州算力研究院第一届学术委员会第一次会议举行。学校聘请12位中国工程院院士组成研究院咨询委员会。")
    assert "苏州算力研究院第一届学术委员会第一次会议" in labels(x, "Event")
    assert not any("院士" in label for label in labels(x, "Organization") + labels(x, "Agency"))


def test_figures_tied_to_another_figure():
    found = [(f.label, f.value_text, f.date) for f in figures.figures(
        "2023年，软件业实现业务收入12.3万亿元、同比增长13.4%；算力核心产业规模超1.8万亿元，约占GDP比重的1.5%。", 0)]
    assert ("软件业业务收入", "12.3万亿元", "2023年") in found
    assert ("软件业业务收入同比增长", "13.4%", "2023年") in found
    assert ("算力核心产业规模", "1.8万亿元", "2023年") in found
    assert ("算力核心产业规模占GDP比重", "1.5%", "2023年") in found
    found = [(f.label, f.value_text, f.date) for f in figures.figures(
        "2021年、2022年全省数字经济规模分别为3.2万亿元、3.6万亿元，可带动约30万个新增就业岗位。", 0)]
    assert ("全省数字经济规模", "3.2万亿元", "2021年") in found or ("数字经济规模", "3.2万亿元", "2021年") in found
    assert any(v == "3.6万亿元" and d == "2022年" for _, v, d in found)
    assert ("带动新增就业岗位", "30万个", "2021年") in found
    [f] = figures.figures("全省专精特新企业从2018年的1.2万家增长至2023年的5万家。", 0)
    assert (f.label, f.value_text, f.date) == ("专精特新企业", "5万家", "2023年")   # 全省 is a prefix, dropped


def test_two_values_under_one_label_are_two_statistics(extractor):
    x = extract(extractor, "2021年、2022年全省数字经济规模分别为3.2万亿元、3.6万亿元。")
    values = sorted(e.value for e in x.entities if e.type == "Statistic")
    assert values == [3.2e12, 3.6e12]


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


def test_a_post_that_names_its_body(extractor):
    x = extract(extractor, "3月5日，国务院总理李强作政府工作报告。")
    assert ("李强", "holdsPost", "国务院") in triples(x)


def test_university_posts_named_without_the_university(extractor):
    x = extract(extractor, "10月18日，南京信息工程大学气象人工智能研究院揭牌成立。校党委副书记、校长王强，副校长李明出席仪式。")
    t = triples(x)
    assert ("王强", "holdsPost", "南京信息工程大学") in t and ("李明", "holdsPost", "南京信息工程大学") in t


def test_names_the_model_finds_inside_words_are_not_taken(extractor):
    from cnkg.extract.bodies import splits_common_word
    text = "欢迎出席省政府新闻办新闻发布会。"
    assert splits_common_word(text, text.index("席省"))        # (出)席省政府
    assert not splits_common_word(text, text.index("省政府"))
    x = extract(extractor, "我们要为老年人提供更周全、更贴心的服务。")
    assert labels(x, "Person") == []


def test_a_document_a_speaker_quotes_owns_the_goals_it_states(extractor):
    x = extract(extractor, "王强说：“《中共中央 国务院关于推动西部地区高质量发展的意见》指出，要坚持创新发展，"
                           "加强新型基础设施建设。”")
    t = triples(x)
    doc = "中共中央 国务院关于推动西部地区高质量发展的意见"
    assert (doc, "hasGoal", "加强新型基础设施建设") in t
    assert ("王强", "proposes", "加强新型基础设施建设") not in t
    assert {o for s, p, o in t if s == doc and p == "publishedBy"} == {"中共中央", "国务院"}


def test_a_publisher_with_a_short_name_and_no_fragment_of_a_known_name(extractor):
    x = extract(extractor, "近日，中国信息通信研究院（以下简称“中国信通院”）发布《算力发展报告（2024年）》。")
    assert ("算力发展报告（2024年）", "publishedBy", "中国信息通信研究院") in triples(x)
    assert labels(x, "Organization") == []
