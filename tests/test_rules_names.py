"""The fact rules of extract/rules/names.py: names from the lexicon and from the trained NER.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
from cnkg.extract.rules import names
from rules_helpers import context_of, extract, labels, lac_rules_extractor, triples


def test_network_generations_and_gigabit_fibre_are_technologies(extractor):
    x = extract(extractor, "省通信管理局局长赵明辉表示，下一步要加快4G向5G演进，推进千兆光网和网络切片应用，"
                           "布局算力网络和车联网。")
    assert {"4G", "5G", "千兆光纤网络", "网络切片", "算力网络", "车联网"} <= set(labels(x, "Technology"))


def test_ner_span_is_cut_before_an_organiser_verb():
    from cnkg.extract.rules.bodies import RUN_BREAK
    from cnkg.extract.rules.names import verb_like_unit
    span = "工业和信息化部主办"
    brk = RUN_BREAK.search(span, 2)
    assert brk and span[:brk.start()] == "工业和信息化部"
    assert verb_like_unit("主办") and not verb_like_unit("外贸司")


def test_no_technology_inside_an_industry_name_and_no_place_inside_a_slogan(extractor):
    x = extract(extractor, "全省软件与信息技术服务业营业收入增长。推进数字中国和健康中国建设。")
    assert "信息技术" not in labels(x, "Technology")
    assert "中国" not in labels(x, "Place")
    x = extract(extractor, "中国人工智能产业加快发展。")
    assert "人工智能" in labels(x, "Technology") and "中国" in labels(x, "Place")


def test_generic_fields_are_no_named_technologies(extractor):
    x = extract(extractor, "推动信息技术、数字技术和新能源发展，用好新一代信息技术，坚持开源。")
    assert labels(x, "Technology") == ["信息技术"]   # 新一代信息技术 names it; the bare words do not


def test_statistical_spans_lose_edge_punctuation():
    from cnkg.extract.rules.names import trim_span
    assert trim_span("王海涛）", 10, 14) == ("王海涛", 10, 13)
    assert trim_span("（华信科技公司】", 3, 11) == ("华信科技公司", 4, 10)
    assert trim_span("）", 0, 1)[0] == ""


def test_a_short_alias_inside_a_persons_name_is_no_body(extractor):
    x = extract(extractor, "省工信厅党组成员、副厅长辛清华介绍有关情况。")
    assert "清华大学" not in labels(x, "Organization")


def test_names_the_model_finds_inside_words_are_not_taken(extractor):
    from cnkg.extract.bodies import splits_common_word
    text = "欢迎出席省政府新闻办新闻发布会。"
    assert splits_common_word(text, text.index("席省"))        # (出)席省政府
    assert not splits_common_word(text, text.index("省政府"))
    x = extract(extractor, "我们要为老年人提供更周全、更贴心的服务。")
    assert labels(x, "Person") == []


def test_find_lexicon_entities_writes_what_the_lexicon_matched(extractor):
    context = context_of(extractor, "会议强调，要加快人工智能和5G技术在杭州的应用。")
    names.find_lexicon_entities(context)
    assert [(e.type, e.label) for e in context.reg] == [("Technology", "人工智能"), ("Technology", "5G"),
                                                        ("Place", "杭州")]
    assert not context.relations


def test_media_companies_and_international_bodies_come_from_the_lexicon(extractor):
    x = extract(extractor, "据光明网报道，科大讯飞与宁德时代在亚太经合组织（APEC）会议期间签约，世贸组织代表到场。")
    found = set(labels(x, "Organization"))
    assert {"光明网", "科大讯飞", "宁德时代", "亚太经济合作组织", "世界贸易组织"} <= found


def test_a_company_name_that_is_also_a_common_word_is_not_in_the_lexicon(extractor):
    x = extract(extractor, "数字化浪潮中，城市的美好未来值得联想。")
    assert not labels(x, "Organization")


def test_the_joint_discipline_and_supervision_body_is_one_agency(extractor):
    x = extract(extractor, "中央纪委国家监委网站发布消息。")
    assert "中央纪委国家监委" in labels(x, "Agency")
    assert "中央纪委" not in labels(x, "Agency") and "国家监委" not in labels(x, "Agency")


def test_energy_chip_and_robot_fields_are_technologies_of_their_own(extractor):
    x = extract(extractor, "市发展改革委主任孙立新表示，要发展风电、太阳能和分布式光伏，研制类脑芯片和第三代半导体，"
                           "推广工业机器人、医疗机器人和智能体。")
    assert {"风电", "太阳能", "分布式光伏", "类脑芯片", "第三代半导体", "工业机器人", "医疗机器人", "智能体"} \
        <= set(labels(x, "Technology"))
    assert "光伏" not in labels(x, "Technology") and "机器人" not in labels(x, "Technology")


def test_a_city_large_model_is_a_technology_of_its_own(extractor):
    x = extract(extractor, "市大数据局表示，将加快探索城市大模型在政务服务中的应用。")
    assert "城市大模型" in labels(x, "Technology")
    involved = {(s, o) for s, p, o in triples(x) if p == "involvesTechnology"}
    assert {o for s, o in involved} == {"城市大模型"}


def test_digital_transformation_is_no_named_technology(extractor):
    x = extract(extractor, "企业要加快数字化转型，用好云计算。")
    assert "数字化转型" not in labels(x, "Technology") and "云计算" in labels(x, "Technology")


def test_a_place_inside_an_idea_or_a_medium_is_not_the_place(extractor):
    x = extract(extractor, "坚持中国特色社会主义道路，推进中国式现代化。来源：北京日报。中国驻法国大使出席。")
    assert "中国" not in labels(x, "Place") and "北京" not in labels(x, "Place")
    x = extract(extractor, "中国网络安全产业规模持续扩大，北京将加快建设。")
    assert {"中国", "北京"} <= set(labels(x, "Place"))


def test_statistical_person_spans_that_are_a_post_or_a_place_head(extractor):
    from rules_helpers import context_of
    text = "据顾明远介绍，项目进展顺利。蔡司长介绍了情况。呼和浩特市代表发言。"
    ctx = context_of(extractor, text)
    from spacy.tokens import Span
    doc = ctx.doc
    spans = [Span(doc, i, i + n, label="PERSON") for i, n in ((0, 4), (text.index("蔡司长"), 3), (text.index("呼和浩"), 3))]
    doc.spans[ctx.ner_spans_key] = spans
    names.find_statistical_entities(ctx)
    persons = [e.label for e in ctx.reg.of_type("Person")]
    assert "顾明远" in persons and "据顾明远" not in persons
    assert "蔡司长" not in persons and "呼和浩" not in persons


def test_statistical_persons_after_a_title_or_before_a_persons_action(extractor):
    from spacy.tokens import Span
    text = "某公司首席分析师钱立群展示了数据。会议由孙文博主持。钱学良发展了产业。"
    ctx = context_of(extractor, text)
    doc = ctx.doc
    doc.spans[ctx.ner_spans_key] = [Span(doc, text.index(n), text.index(n) + 3, label="PERSON")
                                    for n in ("钱立群", "孙文博", "钱学良")]
    names.find_statistical_entities(ctx)
    persons = [e.label for e in ctx.reg.of_type("Person")]
    assert "钱立群" in persons and "孙文博" in persons   # a title before, an action after
    assert "钱学良" not in persons   # neither: the model's word alone is not enough


def test_a_transliterated_name_the_model_reads_as_a_person_is_one(extractor):
    from spacy.tokens import Span
    text = "论坛上，托马斯·米勒（Thomas Miller）介绍了经验。彼得·安德森教授出席。圣·彼得城很美。"
    ctx = context_of(extractor, text)
    doc = ctx.doc
    doc.spans[ctx.ner_spans_key] = [Span(doc, text.index(n), text.index(n) + len(n), label="PERSON")
                                    for n in ("托马斯·米勒", "彼得·安德森", "圣·彼得城")]
    names.find_statistical_entities(ctx)
    persons = [e.label for e in ctx.reg.of_type("Person")]
    assert "托马斯·米勒" in persons and "彼得·安德森" in persons
    assert "圣·彼得城" not in persons   # a one-character part and no person's context


def test_energy_and_network_fields_are_technologies_by_their_longest_name(extractor):
    x = extract(extractor, "该省将大力发展光伏发电、海上风电和地源热泵，推进内容分发网络升级。")
    found = labels(x, "Technology")
    for tech in ("光伏发电", "海上风电", "地源热泵", "内容分发网络"):
        assert tech in found
    assert "光伏" not in found


# ----------------------------------------------------------------- names by their ending (needs LAC's words)

def lac_extract(text):
    return extract(lac_rules_extractor(), text)


def test_a_joint_laboratory_named_after_a_verb_is_an_organisation():
    x = lac_extract("本报讯 由某某大学与明湖实验室共建的类脑计算联合实验室在宁波揭牌。"
                    "两家单位还联合成立了6G联合创新中心。")
    orgs = set(labels(x, "Organization")) | set(labels(x, "Agency"))
    assert {"类脑计算联合实验室", "6G联合创新中心"} <= orgs


def test_a_company_or_alliance_no_lexicon_knows_is_found_by_its_ending():
    x = lac_extract("会议由江宁区软件行业协会主办，东海智造产业联盟承办，苏州云帆科技股份有限公司协办。")
    orgs = set(labels(x, "Organization"))
    assert {"江宁区软件行业协会", "东海智造产业联盟", "苏州云帆科技股份有限公司"} <= orgs


def test_kinds_of_bodies_and_aims_are_no_names():
    x = lac_extract("要支持行业协会发挥作用，培育一批重点实验室，把本市建设成为国际科技创新中心。")
    orgs = set(labels(x, "Organization")) | set(labels(x, "Agency"))
    assert not orgs & {"行业协会", "重点实验室", "一批重点实验室", "国际科技创新中心", "科技创新中心"}


def test_a_research_unit_named_with_its_university_is_its_unit():
    x = lac_extract("会上，华东理工大学智能制造研究院院长钱志伟作了报告。")
    assert ("智能制造研究院", "subOrganizationOf", "华东理工大学") in triples(x)


def test_a_bank_s_branch_is_its_unit():
    x = lac_extract("中国农业银行江西省分行和某某农商银行赣州支行为项目提供贷款。")
    assert ("江西省分行", "subOrganizationOf", "中国农业银行") in triples(x)


def test_a_name_listed_beside_companies_that_lac_calls_an_organisation_is_one():
    x = lac_extract("展会期间，小米、联想集团、德勤、华为等企业展示了最新产品。")
    assert "德勤" in labels(x, "Organization")


def test_a_list_of_other_things_names_no_organisation():
    x = lac_extract("全市推进5G、人工智能、区块链等技术应用。")
    assert labels(x, "Organization") == []


def test_a_joint_laboratory_named_after_both_its_bodies_is_one_organisation():
    x = lac_extract("会上，东湖大学—华为联合实验室和西岭大学-中国移动智能网络联合创新中心同时揭牌。")
    orgs = set(labels(x, "Organization"))
    assert {"东湖大学—华为联合实验室", "西岭大学-中国移动智能网络联合创新中心"} <= orgs
    assert not any(o == "联合实验室" for o in orgs)
    assert all(s != "联合实验室" for s, p, o in triples(x) if p == "subOrganizationOf")


def test_the_host_named_in_a_press_conference_s_name_is_a_body(extractor):
    x = extract(extractor, "29日，在国家统计局新闻发布会上，有关负责人介绍，全年经济运行总体平稳。")
    assert "国家统计局新闻发布会" in labels(x, "Event")
    assert "国家统计局" in labels(x, "Agency")


def test_the_outlets_of_a_page_s_dateline_are_organisations(extractor):
    x = extract(extractor, "某市发布数字经济规划\n2023-05-12 09:41 来源：江城晚报-江城新闻网 作者：记者 王某\n"
                           "日前，某市发布数字经济规划。")
    assert {"江城晚报", "江城新闻网"} <= set(labels(x, "Organization"))
    x = extract(extractor, "某市发布规划\n2018年02月26日 星期一\n日前，某市发布规划。")
    assert labels(x, "Organization") == []


def test_a_source_credit_anywhere_in_the_page_names_its_outlets(extractor):
    x = extract(extractor, "某省召开数字经济推进会，部署全年工作。\n（来源：江城晚报）\n")
    assert "江城晚报" in labels(x, "Organization")
    x = extract(extractor, "某市印发规划\n来源:江城新闻网 发布时间:2023-05-12 09:41\n日前，某市印发规划。")
    assert "江城新闻网" in labels(x, "Organization")
    x = extract(extractor, "倡议发布\n来源:江城一点通 2022-12-08 15:26:55\n大会开幕。")
    assert "江城一点通" in labels(x, "Organization")
    x = extract(extractor, "会议召开。\n（来源：未知）\n数据来源显示，产量上升。")
    assert labels(x, "Organization") == []


def test_a_kind_of_body_is_no_name_whichever_rule_reads_it():
    from cnkg.extract.rules.names import _kind_of_body
    assert _kind_of_body("省技术创新中心") and _kind_of_body("省工程研究中心") and _kind_of_body("大型企业集团")
    assert not _kind_of_body("省大数据公司") and not _kind_of_body("江宁区软件行业协会")


def test_security_and_data_centres_are_fields_not_named_technologies(extractor):
    x = extract(extractor, "市网信办表示，要筑牢网络安全防线，统筹布局数据中心，推动人工智能和区块链应用。")
    assert set(labels(x, "Technology")) == {"人工智能", "区块链"}
    assert not any(p == "involvesTechnology" and o in ("网络安全", "数据中心") for _, p, o in triples(x))


def test_a_known_company_written_with_its_legal_form_keeps_that_name(extractor):
    x = extract(extractor, "试点单位包括中国电信集团有限公司和若干地方企业。")
    telecom = next(e for e in x.entities if e.label == "中国电信")
    assert "中国电信集团有限公司" in telecom.aliases


def test_well_known_companies_are_named_by_their_short_names(extractor):
    x = extract(extractor, "座谈会上，拼多多、网易和英伟达的代表介绍了各自的人工智能布局。")
    assert {"拼多多", "网易", "英伟达"} <= set(labels(x, "Organization"))


def test_a_phrase_that_holds_a_company_s_short_name_is_no_company(extractor):
    x = extract(extractor, "共创美好未来，掀起新浪潮，提升高通量计算能力。")
    assert labels(x, "Organization") == []


def test_national_papers_and_people_s_organisations_are_organisations(extractor):
    x = extract(extractor, "据农民日报报道，全国妇联和中国残联联合开展帮扶活动，欧盟代表团到场观摩。")
    assert {"农民日报", "中华全国妇女联合会", "中国残疾人联合会", "欧洲联盟"} <= set(labels(x, "Organization"))
    assert "欧盟" not in labels(x, "Place")


def test_a_body_s_short_name_inside_other_words_is_no_body():
    x = extract(lac_rules_extractor(), "市里印发了新基建行动方案。东北大学的专家参加论证。")
    assert "中国建设银行" not in labels(x, "Organization") and "北京大学" not in labels(x, "Organization")
    x = extract(lac_rules_extractor(), "北大和建行的专家参加论证。")
    assert {"北京大学", "中国建设银行"} <= set(labels(x, "Organization"))


def test_a_name_that_opens_with_a_technology_keeps_all_of_it():
    x = extract(lac_rules_extractor(), "华夏科技牵头成立的大模型联合创新中心近日揭牌。")
    assert "大模型联合创新中心" in labels(x, "Organization")
    assert "模型联合创新中心" not in labels(x, "Organization")


def test_a_quoted_term_inside_a_name_belongs_to_it():
    x = extract(lac_rules_extractor(), "两市双方共同发起成立“智慧港口”科技产业联盟。")
    orgs = labels(x, "Organization")
    assert "“智慧港口”科技产业联盟" in orgs and not [o for o in orgs if o.startswith("双方")]


def test_districts_zones_and_river_basins_are_places():
    x = lac_extract("上海杨浦区和四川天府新区加快建设算力中心，成都高新区发布了新政策。"
                    "长江流域的生态保护持续加强。")
    places = set(labels(x, "Place"))
    assert {"上海杨浦区", "四川天府新区", "成都高新区", "长江流域"} <= places
    assert "上海" not in places and "四川" not in places   # the province is part of the zone's name


def test_a_district_named_with_its_city_and_alone_is_one_place():
    x = lac_extract("北京市海淀区与福州市签署合作协议。海淀区将派出专家团队。")
    assert labels(x, "Place").count("北京市海淀区") == 1 and "海淀区" not in labels(x, "Place")


def test_kinds_of_area_and_numbered_districts_are_no_places():
    x = lac_extract("不少老工业园区正在改造。北京十六区中，该区的增速最高。产业集聚区建设加快。")
    places = set(labels(x, "Place"))
    assert not places & {"工业园区", "老工业园区", "北京十六区", "产业集聚区"}


def test_an_exchange_is_an_organisation_but_a_kind_of_exchange_is_not():
    x = lac_extract("支持江南国际大数据交易所开展数据产品登记。引导企业通过数据交易所流通数据，规范全省交易所。")
    orgs = set(labels(x, "Organization"))
    assert "江南国际大数据交易所" in orgs
    assert not orgs & {"数据交易所", "全省交易所"}


def test_data_protection_and_modelling_techniques_are_technologies(extractor):
    x = extract(extractor, "推广数据脱敏、匿名化和数字水印技术，探索城市信息模型（CIM）平台建设，"
                           "布局高性能计算和抗量子密码研究，跟踪通用人工智能发展。")
    assert {"数据脱敏", "匿名化", "数字水印", "城市信息模型", "高性能计算", "抗量子密码", "通用人工智能"} <= \
        set(labels(x, "Technology"))


def test_a_pilot_free_trade_zone_named_with_its_province_is_one_place():
    x = lac_extract("支持中国（湖南）自由贸易试验区开展数据跨境流动试点。")
    assert "中国（湖南）自由贸易试验区" in labels(x, "Place")
    assert "中国" not in labels(x, "Place")


def test_the_two_nameplates_of_the_cyberspace_office_are_two_bodies(extractor):
    # one office, two nameplates: the party's 中央网信办 and the state's 国家网信办, named apart
    x = extract(extractor, "中央网信办、国家网信办联合部署专项行动。国家互联网信息办公室将加强网络内容管理。")
    assert {"中央网信办", "国家互联网信息办公室"} <= set(labels(x, "Agency"))
    assert "国家网信办" not in labels(x, "Agency")   # the state's short name is an alias, not a third body
    x = extract(extractor, "中央网络安全和信息化委员会办公室印发通知，要求各地网信办加强巡查。")
    assert "中央网信办" in labels(x, "Agency") and "国家互联网信息办公室" not in labels(x, "Agency")


def test_foreign_countries_and_cities_and_areas_beyond_a_province_are_places(extractor):
    x = extract(extractor, "企业产品已出口泰国、马来西亚和巴西，销往伦敦、首尔和东京等城市，业务覆盖华东和华南地区。")
    assert {"泰国", "马来西亚", "巴西", "伦敦", "首尔", "东京", "华东", "华南"} <= set(labels(x, "Place"))


def test_foreign_cities_and_areas_are_kinds_apart_from_the_cities_and_provinces_that_name_local_bodies(lexicon):
    kinds = {t.canonical: t.kind for t in lexicon.terms if t.type == "Place"}
    assert kinds["伦敦"] == "foreign city" and kinds["泰国"] == "country" and kinds["川渝"] == "area"


def test_a_place_listed_beside_known_places_is_a_place():
    x = extract(lac_rules_extractor(), "今年在杭州、宁波、温州、瑞安、乐清等地开展试点。")
    assert {"瑞安", "乐清"} <= set(labels(x, "Place"))
    x = extract(lac_rules_extractor(), "会议邀请了张明、李华、赵强、王刚等同志参加。")
    assert labels(x, "Place") == []


def test_an_outlet_named_before_the_date_of_a_page_s_dateline_is_an_organisation(extractor):
    x = extract(extractor, "某市发布数字经济规划\n江城商务新闻 2021-03-15 10:20\n日前，某市发布数字经济规划。")
    assert "江城商务新闻" in labels(x, "Organization")
    x = extract(extractor, "某市发布规划\n南湖产业观察网 时间:2020-06-01 08:00:12\n日前，某市发布规划。")
    assert "南湖产业观察网" in labels(x, "Organization")
    x = extract(extractor, "某市发布规划\n企业资讯 2024-03-06 16:04:24\n日前，某市发布规划。")
    assert labels(x, "Organization") == []


def test_computing_chips_situational_awareness_data_internet_and_smart_transport_are_technologies(extractor):
    x = extract(extractor, "要加快算力芯片研发，建设数联网，提升网络安全态势感知能力，发展智慧交通，"
                           "探索大型语言模型和AI Agent的行业应用。")
    assert {"算力芯片", "数联网", "态势感知", "智慧交通", "大模型", "智能体"} <= set(labels(x, "Technology"))


def test_the_body_whose_numbered_meeting_an_event_is_is_a_body_of_the_article(extractor):
    x = extract(extractor, "中央全面深化改革委员会第九次会议审议通过了有关意见。")
    assert "中央全面深化改革委员会" in labels(x, "Agency")
    assert any(label.startswith("中央全面深化改革委员会第九次会议") for label in labels(x, "Event"))


def test_members_of_a_list_of_media_are_organisations(extractor):
    x = extract(extractor, "会议吸引了新华社、滨江日报、东岳电视台、云川周刊等多家媒体记者参加。")
    assert {"滨江日报", "东岳电视台", "云川周刊"} <= set(labels(x, "Organization"))


def test_a_list_of_trades_names_no_organisations(extractor):
    x = extract(extractor, "推动钢铁、有色、建材、化工等企业绿色转型。")
    assert labels(x, "Organization") == []


def test_an_outlets_name_running_into_a_word_is_not_the_outlet(extractor):
    x = extract(extractor, "中国网络安全产业快速发展，Metaverse应用增多。")
    assert labels(x, "Organization") == []


def test_a_papers_name_inside_a_report_is_not_the_paper(extractor):
    x = extract(extractor, "会上发布了国民健康报告，新世纪互联网产业加快发展。")
    assert labels(x, "Organization") == []


def test_letters_inside_a_longer_word_name_no_technology(extractor):
    x = extract(extractor, "部署防火墙、SOAR等安全产品，推广AR眼镜。")
    assert labels(x, "Technology") == ["增强现实"]


def test_technical_fields_of_driving_security_and_simulation_are_technologies(extractor):
    x = extract(extractor, "推动智能驾驶和辅助驾驶发展，落实零信任架构，加强数字仿真和数据挖掘能力。")
    assert {"智能驾驶", "辅助驾驶", "零信任", "数字仿真", "数据挖掘"} <= set(labels(x, "Technology"))


def test_a_citys_name_inside_a_word_or_used_as_the_word_is_no_place():
    x = extract(lac_rules_extractor(), "要保障国家长治久安和人民幸福安康。各位来宾，本地年平均日照时数较长。")
    assert labels(x, "Place") == []


def test_a_place_named_only_as_the_seat_of_a_post_is_no_place(extractor):
    x = extract(extractor, "李明曾任云溪县委书记、柳州市副市长，现任某部副部长。")
    assert "柳州" not in labels(x, "Place")
    x = extract(extractor, "柳州市加快建设新能源汽车产业基地，柳州市长王刚出席。")
    assert "柳州" in labels(x, "Place")


def test_members_of_a_list_that_companies_introduce_are_organisations(extractor):
    x = extract(extractor, "本次发布汇集了一批解决方案服务商和制造企业，包括星禾智能、蓝湾科技、云梯软件等。")
    assert {"星禾智能", "蓝湾科技", "云梯软件"} <= set(labels(x, "Organization"))


def test_a_list_of_trades_that_companies_introduce_names_no_organisation(extractor):
    x = extract(extractor, "园区集聚了一批企业，包括装备制造、国有企业、新材料等领域。")
    assert labels(x, "Organization") == []


def test_a_credit_lines_column_mark_is_no_part_of_the_name():
    x = extract(lac_rules_extractor(), "数字孪生赋能制造业转型\n来源丨江城智库软件产业研究所\n近日，论坛在江城举行。")
    assert "江城智库软件产业研究所" in labels(x, "Organization")
    assert not [label for label in labels(x, "Organization") if "丨" in label]


def test_a_local_office_named_short_is_not_the_central_one(extractor):
    x = extract(extractor, "（责任单位：区委网信办、区数据局）江城市网信办组织开展专项行动。")
    assert "中央网信办" not in labels(x, "Agency")


def test_the_central_office_named_alone_is_still_found(extractor):
    x = extract(extractor, "中央网信办、工业和信息化部联合印发通知。")
    assert "中央网信办" in labels(x, "Agency")


def test_a_technology_whose_first_character_ends_the_word_before_is_not_named(extractor):
    # 加大|数据投入, 第三大|数据市场, 存储|能力: the verb or the count keeps the 大, 存储 keeps the 储
    x = extract(extractor, "区里将加大数据投入，成为第三大数据市场，提升存储能力。")
    assert not {"大数据", "储能"} & set(labels(x, "Technology"))
    x = extract(extractor, "区里将推进大数据应用，建设统一大数据平台，发展新型储能。")
    assert {"大数据", "储能"} <= set(labels(x, "Technology"))


def test_bare_robots_and_operating_systems_are_products_not_named_technologies(extractor):
    # the annotated corpus names their kinds (人形机器人, 工业机器人) but never the bare product words
    x = extract(extractor, "公司推出巡检机器人和自研操作系统，并布局人形机器人。")
    assert labels(x, "Technology") == ["人形机器人"]


def test_a_company_with_its_seat_in_brackets_is_one_name_and_no_place():
    x = lac_extract("论坛由长风数智科技（山东）有限公司承办，青岛华通智能科技研究院有限公司指导。")
    orgs = labels(x, "Organization")
    assert "长风数智科技（山东）有限公司" in orgs
    assert not [o for o in orgs if o.startswith("山东")]
    assert "山东" not in labels(x, "Place")
    x = lac_extract("远帆云图（北京）网络安全科技股份有限公司董事长王明表示，要加快发展。")
    assert labels(x, "Organization") == ["远帆云图（北京）网络安全科技股份有限公司"]


def test_the_security_press_on_a_source_line_is_an_organisation_not_china(extractor):
    x = extract(extractor, "网络安全宣传周在京开幕\n中国信息安全 2024-09-10\n9日，网络安全宣传周开幕式在北京举行。")
    assert "中国信息安全杂志" in labels(x, "Organization")
    assert "中国" not in labels(x, "Place")
