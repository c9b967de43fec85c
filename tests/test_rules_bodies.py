"""The fact rules of extract/rules/bodies.py: bodies in running text, party units, short names, 该部.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
from cnkg.extract import bodies as body_names
from cnkg.extract.rules import bodies
from rules_helpers import context_of, extract, labels, lac_rules_extractor, relation_rules_extractor, triples


def test_body_chain_splits_a_university_and_its_laboratory(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = body_names.split_body_chain("清华大学人工智能研究院", known, set())
    assert [link.surface for link in links] == ["清华大学", "人工智能研究院"]


def test_body_chain_keeps_a_company_legal_form_with_its_name(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = body_names.split_body_chain("中国移动通信集团有限公司", known, set())
    assert len(links) == 1 and links[0].known


def test_short_names_resolve_to_one_body(extractor):
    x = extract(extractor, "工信部部长金壮龙说，工业和信息化部将加快推进新型工业化。")
    assert labels(x, "Agency") == ["工业和信息化部"]


def test_local_people_organisations_are_bodies(extractor):
    t = triples(extract(extractor, "会上，江西省科协主席刘建华、南昌市工商联主席陈志明、江西省总工会副主席孙海燕分别致辞。"))
    assert ("刘建华", "holdsPost", "江西省科协") in t
    assert ("陈志明", "holdsPost", "南昌市工商联") in t
    assert ("孙海燕", "holdsPost", "江西省总工会") in t


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


def test_gai_bu_refers_to_the_last_ministry(extractor):
    text = "水利部部长李国英出席会议。\n该部将重点做好以下工作：一是加快构建国家水网；二是推进数字孪生流域建设。"
    x = extract(extractor, text)
    assert ("水利部", "hasGoal", "加快构建国家水网") in triples(x)


def test_local_government_bodies_in_running_text(extractor):
    x = extract(extractor, "近日，浙江省经济和信息化厅印发《浙江省数字经济发展行动方案》，杭州市人民政府随后作出部署。")
    assert {"浙江省经济和信息化厅", "杭州市人民政府"} <= set(labels(x, "Agency"))
    assert ("浙江省数字经济发展行动方案", "publishedBy", "浙江省经济和信息化厅") in triples(x)


def test_media_and_think_tank_names_in_running_text(extractor):
    x = extract(extractor, "论坛由上海数联传媒主办，上海澎湃全媒体承办。")
    names = labels(x, "Organization") + labels(x, "Agency")
    assert "上海数联传媒" in names and "上海澎湃全媒体" in names


def test_democratic_party_committees_and_their_posts(extractor):
    x = extract(extractor, "全国政协委员、民进中央常委、民进江苏省委会主委王立新表示，要加强合作。")
    t = triples(x)
    assert ("王立新", "holdsPost", "中国民主促进会中央委员会") in {(s, p, o) for s, p, o in t}
    assert ("王立新", "holdsPost", "民进江苏省委会") in t
    assert ("民进江苏省委会", "subOrganizationOf", "中国民主促进会中央委员会") in t
    assert not any(n.startswith("会") or n == "江苏省委" for n in labels(x, "Agency") + labels(x, "Organization"))
    x = extract(extractor, "九三学社中央副主席、九三学社湖北省委会副主任委员赵立群出席。")
    assert ("赵立群", "holdsPost", "九三学社湖北省委会") in triples(x)


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


def test_a_party_committee_named_without_the_party_after_its_central_committee(extractor):
    x = extract(extractor, "民进中央常委、浙江省委会主委王立新表示，要加快发展。")
    t = triples(x)
    assert ("浙江省委会", "subOrganizationOf", "中国民主促进会中央委员会") in t
    assert ("王立新", "holdsPost", "浙江省委会") in t
    [unit] = [e for e in x.entities if e.label == "浙江省委会"]
    assert "民进浙江省委会" in unit.aliases


def test_founded_by_facilities_and_verb_led_mentions_are_not_bodies_or_events(extractor):
    x = extract(extractor, "苏州算力研究院由苏州大学牵头组建。目前，国家发展改革委加紧推进全国一体化算力中心体系建设。"
                           "苏州抓住机遇，发挥峰会承办地优势，积极运用峰会成果。")
    assert not any(label.startswith("由") for label in labels(x, "Organization") + labels(x, "Agency"))
    assert not any(label.endswith("算力中心") for label in labels(x, "Organization") + labels(x, "Agency"))
    assert labels(x, "Event") == []


def test_find_bodies_in_running_text_writes_a_chain_and_takes_its_characters(extractor):
    context = context_of(extractor, "此报告由北京大学人工智能研究院联合多家单位编写。")
    bodies.find_bodies_in_running_text(context)
    assert [e.label for e in context.reg] == ["北京大学", "人工智能研究院"]
    assert list(context.relations) == [("org/北京大学/人工智能研究院", "subOrganizationOf", "org/北京大学")]
    assert context.taken.covers(4) and not context.taken.covers(20)


def test_a_count_or_a_clause_is_no_part_of_a_body_in_running_text(extractor):
    x = extract(extractor, "本轮调整中，河北3名市委书记履新，淮南市召开全市领导干部大会宣布省委决定。")
    found = labels(x, "Agency")
    assert not any("名" in b or "召开" in b or "宣布" in b for b in found)


def test_a_post_after_a_body_in_running_text_is_not_part_of_its_name(extractor):
    x = extract(extractor, "省委决定：王立群同志任宜昌市委委员、常委。")
    assert not any(b.endswith("委委") for b in labels(x, "Agency"))


def test_a_management_committee_keeps_its_full_name(extractor):
    x = extract(extractor, "各县人民政府，成都高新区管委会，市政府各部门：")
    assert "成都高新区管委会" in labels(x, "Agency")


def test_a_lead_in_clause_before_an_officials_body_is_cut(extractor):
    x = extract(extractor, "今天我们很高兴请来了生态环境部副部长赵英民。")
    assert "生态环境部" in labels(x, "Agency")
    assert not any("请来" in b for b in labels(x, "Agency"))


def test_a_party_committee_with_and_without_zhonggong_is_one_body(extractor):
    x = extract(extractor, "中共宜昌市委常委会召开会议。宜昌市委书记王立群主持。")
    committees = [e for e in x.entities if e.type == "Agency" and e.label in ("宜昌市委", "中共宜昌市委")]
    assert len(committees) == 1
    assert {"宜昌市委", "中共宜昌市委"} <= {committees[0].label, *committees[0].aliases}


def test_a_post_ends_a_body_in_running_text(extractor):
    x = extract(extractor, "2019年他任成都市委常委、副市长。")
    assert "成都市委" in labels(x, "Agency")
    assert "成都市委常委" not in labels(x, "Agency")


def test_a_government_inferred_from_a_mayor_stays_only_when_the_article_names_it(extractor):
    x = extract(extractor, "成都市委副书记、市长王立群出席会议。")
    assert "成都市人民政府" not in labels(x, "Agency")
    x = extract(extractor, "成都市委副书记、市长王立群出席会议。成都市人民政府将出台配套政策。")
    assert "成都市人民政府" in labels(x, "Agency")


def test_a_government_inferred_from_a_mayor_is_the_one_named_without_its_level(extractor):
    x = extract(extractor, "成都市委副书记、市长王立群出席会议。会上，成都政府与某部签署合作协议。")
    t = triples(x)
    assert ("王立群", "holdsPost", "成都政府") in t
    assert "成都市人民政府" not in labels(x, "Agency")


def test_societies_chambers_schools_and_plants_are_bodies(extractor):
    x = extract(extractor, "成都市能源研究会会长王立群表示，要加快储能技术应用。")
    assert "成都市能源研究会" in labels(x, "Organization") + labels(x, "Agency")
    x = extract(extractor, "中国机械工业进出口商会与成都市第七中学签署协议。")
    found = labels(x, "Organization") + labels(x, "Agency")
    assert "中国机械工业进出口商会" in found


def test_a_unit_is_also_known_by_its_parent_as_written(extractor):
    x = extract(extractor, "中科院声学研究所所长王立群介绍了相关情况。")
    unit = next(e for e in x.entities if e.label == "声学研究所")
    assert "中科院声学研究所" in unit.aliases


def test_a_bare_level_body_is_the_one_named_body_of_that_level(extractor):
    x = extract(extractor, "四川省人民政府与华为签署协议。省政府副秘书长王立群出席。")
    governments = [e for e in x.entities if e.type == "Agency" and "政府" in e.label]
    assert [g.label for g in governments] == ["四川省人民政府"]
    assert "省政府" in governments[0].aliases


def test_a_universitys_campus_city_belongs_to_its_name(extractor):
    x = extract(extractor, "中国石油大学（北京）与北京市科委共建实验室。")
    assert "中国石油大学（北京）" in labels(x, "Organization")


def test_primary_and_secondary_schools_in_general_are_no_body(extractor):
    x = extract(extractor, "推进国家农村中小学信息化建设。")
    assert not labels(x, "Agency") and not labels(x, "Organization")


def test_an_affiliated_hospital_is_named_with_its_university(extractor):
    x = extract(extractor, "四川大学附属华西医院呼吸科主任王立群表示，要加强研究。")
    assert "四川大学附属华西医院" in labels(x, "Organization")
    assert ("四川大学附属华西医院", "subOrganizationOf", "四川大学") in triples(x)


def test_kinds_of_bodies_and_aims_are_not_bodies(extractor):
    x = extract(extractor, "支持建设国家级重点实验室，推进数字政府建设，成都建设国际科技创新中心。")
    found = labels(x, "Agency") + labels(x, "Organization")
    assert not any(b.startswith("国家级") or b == "数字政府" or "建设" in b for b in found)


def test_a_committee_is_not_read_as_the_post_of_a_member(extractor):
    x = extract(extractor, "中国人民政治协商会议第十四届全国委员会评选表彰了优秀提案。")
    assert not any(b.startswith(("员", "会")) for b in labels(x, "Agency") + labels(x, "Organization"))


def test_a_citys_daily_is_a_media_outlet_but_a_dated_report_is_not(extractor):
    x = extract(extractor, "据成都日报报道，成都晚报也刊发了评论。")
    found = labels(x, "Organization")
    assert "成都日报" in found and "成都晚报" in found
    x = extract(extractor, "新华社成都3日报道，会议在成都举行。")
    assert not any(b.endswith("日报") for b in labels(x, "Organization"))


def test_a_byline_closing_parenthesis_ends_the_body_after_it(extractor):
    x = extract(extractor, "（记者 张明）国家数据局副局长刘伟在发布会上表示，要加快建设全国一体化数据市场。")
    assert ("刘伟", "holdsPost", "国家数据局") in triples(x)
    assert not [b for b in labels(x, "Agency") + labels(x, "Organization") if "）" in b]
    assert body_names.left_context("某某（集团）有限公司", 10) == "某某（集团）有限公司"


def test_a_legal_form_in_brackets_stays_inside_the_company_name():
    from cnkg.extract.bodies import split_body_chain
    links = split_body_chain("江南纺机（集团）有限公司", {}, set())
    assert [link.surface for link in links] == ["江南纺机（集团）有限公司"]


def test_a_unit_named_right_after_a_body_another_rule_found_is_its_unit():
    x = extract(lac_rules_extractor(), "东方云帆电力股份有限公司江苏分公司、南湖精密仪器研究院等单位参加签约。")
    assert ("江苏分公司", "subOrganizationOf", "东方云帆电力股份有限公司") in triples(x)


def test_a_clause_before_a_body_is_no_part_of_its_name():
    x = extract(lac_rules_extractor(), "会上，宁州出席宁州市委召开的座谈会。国家应鼓励三级公立医院开展远程诊疗。"
                                       "中国移动始终锚定世界一流信息服务科技创新公司建设。")
    bodies_found = set(labels(x, "Agency")) | set(labels(x, "Organization"))
    assert not any(name.startswith(("宁州出席", "国家应", "始终")) or "锚定" in name for name in bodies_found), bodies_found


def test_a_field_joined_by_and_stays_inside_a_name():
    x = extract(lac_rules_extractor(), "浙江大学数据分析与应用技术国家工程实验室主任王立新说，要开放数据。")
    assert "数据分析与应用技术国家工程实验室" in set(labels(x, "Organization")) | set(labels(x, "Agency"))


def test_an_affiliated_hospital_is_named_with_its_whole_chain():
    x = extract(lac_rules_extractor(), "东湖大学医学院附属第二医院院长陈立新介绍了情况。")
    assert "东湖大学医学院附属第二医院" in labels(x, "Organization")


def test_a_bare_provincial_committee_and_government_are_the_article_s_province_s():
    x = extract(lac_rules_extractor(), "安徽省数字乡村建设方案\n\n省委、省政府高度重视数字乡村建设。经省政府同意，现将本方案印发给你们。")
    agencies = {e.label: e for e in x.entities if e.type == "Agency"}
    assert "中共安徽省委" in agencies and "省委" in agencies["中共安徽省委"].aliases
    assert "安徽省人民政府" in agencies and "省政府" in agencies["安徽省人民政府"].aliases
    assert len([e for e in agencies if e.endswith("政府")]) == 1


def test_a_bare_committee_after_a_verb_is_the_article_s_province_s_when_lac_reads_it_alone():
    x = extract(lac_rules_extractor(), "河南省智慧农业方案\n\n各地要认真落实省委省政府工作部署，按照省委要求推进。")
    agencies = {e.label: e for e in x.entities if e.type == "Agency"}
    assert "中共河南省委" in agencies and "省委" in agencies["中共河南省委"].aliases
    assert "河南省人民政府" in agencies


def test_a_bare_city_government_stays_bare_when_the_article_names_several_cities():
    x = extract(lac_rules_extractor(), "南京、苏州和无锡三市签署协议。市政府将加大投入。")
    assert "市政府" in labels(x, "Agency")


def test_a_bare_committee_before_a_post_is_no_body_alone():
    x = extract(lac_rules_extractor(), "安徽省召开会议。市委书记和市长出席。")
    assert "市委" not in labels(x, "Agency") and not any(a.endswith("市委") for a in labels(x, "Agency"))


def test_the_country_s_name_before_a_state_body_is_the_same_body():
    from cnkg.extract.bodies import split_body_chain
    links = split_body_chain("中国生态环境部环境监测司", {"生态环境部": "Agency"}, set())
    assert [(link.surface, link.known) for link in links] == [("中国生态环境部", True), ("环境监测司", False)]
    x = extract(relation_rules_extractor(), "中国生态环境部环境监测司司长王明说，要加强监测。")
    assert ("环境监测司", "subOrganizationOf", "生态环境部") in triples(x)


def test_a_bare_party_unit_belongs_to_the_article_s_province_s_committee():
    x = extract(relation_rules_extractor(), "吉林省召开干部大会\n\n省委组织部副部长李东出席会议并宣布省委决定。")
    [unit] = [e for e in x.entities if e.type == "Agency" and "吉林省委组织部" in (e.label, *e.aliases)]
    assert (unit.label, "subOrganizationOf", "中共吉林省委") in triples(x)


def test_a_unit_after_a_committee_in_the_same_sentence_found_late_still_hangs_from_it():
    x = extract(lac_rules_extractor(), "2015年，王某由芜湖调任合肥市委常委、市委组织部部长。")
    assert ("市委组织部", "subOrganizationOf", "合肥市委") in triples(x)


def test_bare_units_listed_after_a_ministry_s_unit_are_the_ministry_s():
    x = extract(relation_rules_extractor(), "出席发布会的有：交通运输部综合规划司副司长王平、公路局局长李安、"
                                            "运输服务司司长赵明。市公安局负责同志也出席。")
    found = triples(x)
    assert ("公路局", "subOrganizationOf", "交通运输部") in found
    assert ("运输服务司", "subOrganizationOf", "交通运输部") in found
    assert not any(s == "市公安局" for s, p, o in found if p == "subOrganizationOf")


def test_two_ways_of_writing_one_body_s_name_are_one_body():
    x = extract(lac_rules_extractor(), "东岳重工集团有限公司董事长王明说，东岳重工集团将加大研发投入。"
                                       "泉城市卫生健康委员会主任李红介绍，泉城市卫生健康委已完成改造。")
    names = labels(x, "Organization") + labels(x, "Agency")
    assert len([n for n in names if n.startswith("东岳重工集团")]) == 1, names
    assert len([n for n in names if n.startswith("泉城市卫生健康委")]) == 1, names


def test_a_group_and_a_company_of_the_group_stay_two():
    from cnkg.extract.rules.bodies import _variant_key
    assert _variant_key("某研究总院集团有限公司") != _variant_key("某研究总院")
    assert _variant_key("中国航天科技集团有限公司") == _variant_key("航天科技集团")


def test_a_known_body_named_with_its_parent_s_name_is_its_unit(extractor):
    t = triples(extract(extractor, "近日，中共中央办公厅、国务院办公厅印发意见。国务院常务会议研究部署。"
                                   "中共中央要求各地区各部门结合实际认真贯彻落实。"))
    assert ("中央办公厅", "subOrganizationOf", "中共中央") in t


def test_a_body_s_company_or_commission_is_no_unit_of_it():
    unit_ending = bodies._UNIT_REMAINDER.fullmatch
    assert unit_ending("办公厅") and unit_ending("秘书处") and unit_ending("财务司") and unit_ending("禁毒局")
    assert not unit_ending("集团有限公司") and not unit_ending("国有资产监督管理委员会") and not unit_ending("网站")


def test_the_politburo_is_a_body_of_its_own_not_a_unit_read_off_an_official_s_title(extractor):
    x = extract(extractor, "中共中央政治局委员、某市委书记王明出席开幕式并致辞。")
    assert "中共中央政治局" in labels(x, "Agency")
    assert not [t for t in triples(x) if t[1] == "subOrganizationOf" and "政治局" in t[0]]


def test_a_provincial_committee_s_working_bodies_are_its_units(extractor):
    t = triples(extract(extractor, "在河北省委的领导下，日前，河北省委组织部发布一批干部任前公示。"))
    assert ("组织部", "subOrganizationOf", "河北省委") in t


def test_a_local_committee_s_office_is_not_the_central_office_of_the_same_short_name(extractor):
    x = extract(extractor, "湖南省委网信办牵头建设平台，中央网信办给予指导。")
    assert "湖南省委网信办" in labels(x, "Agency")
    central = next(e for e in x.entities if e.label == "中央网信办")
    assert "湖南省委网信办" not in central.aliases


def test_a_bare_working_body_after_a_committee_post_is_that_committee_s(extractor):
    t = triples(extract(extractor, "会上，江城市委常委、政法委书记王立新通报了有关情况。"))
    assert ("政法委", "subOrganizationOf", "江城市委") in t
    assert ("王立新", "holdsPost", "政法委") in t


def test_a_founding_verb_ends_a_body_s_name_in_running_text(extractor):
    x = extract(extractor, "会上，江城大学和华夏电子研究院共建实验室，并成立专家委员会。")
    orgs = labels(x, "Organization") + labels(x, "Agency")
    assert not [o for o in orgs if "共建" in o or o == "共建实验室"]


def test_a_department_named_without_its_province_is_the_one_named_with_it(extractor):
    x = extract(extractor, "湖南省教育厅召开全省教育工作会议。省教育厅厅长王明要求，各地要抓好落实。")
    agencies = labels(x, "Agency")
    assert "湖南省教育厅" in agencies and "省教育厅" not in agencies


def test_two_spellings_of_a_city_s_bureau_or_government_are_one_body(extractor):
    x = extract(extractor, "湖南省人力资源和社会保障厅印发通知。湖南省人力资源社会保障厅将加强指导。"
                           "长沙市人民政府与某公司签约，长沙市政府表示全力支持。")
    agencies = labels(x, "Agency")
    assert len([a for a in agencies if a.endswith("社会保障厅")]) == 1
    assert len([a for a in agencies if a.endswith("政府")]) == 1


def test_a_venue_is_a_place_not_an_organisation(extractor):
    x = extract(extractor, "论坛在杭州湖滨国际会议中心举行，江城大学校长王明致辞。")
    assert "杭州湖滨国际会议中心" not in labels(x, "Organization") + labels(x, "Agency")
    assert "杭州湖滨国际会议中心" in labels(x, "Place")
    assert not [t for t in triples(x) if "杭州湖滨国际会议中心" in (t[0], t[2]) and t[1] != "locatedIn"]


def test_an_expo_centre_or_a_city_s_sub_centre_is_a_place(extractor):
    x = extract(extractor, "峰会在杭州世博中心举行。建设产业园区，是江城城市副中心加快发展的重要举措。")
    bodies_found = labels(x, "Organization") + labels(x, "Agency")
    assert "杭州世博中心" not in bodies_found and "江城城市副中心" not in bodies_found


def test_a_named_park_base_or_consortium_is_a_body_but_a_kind_of_park_is_not(extractor):
    x = extract(extractor, "中国移动江城服务基地负责人表示将加强合作。国家数字安全产业园区（滨江园）承办本次活动。"
                           "会议提出建设国家数字安全产业园区。")
    bodies_found = labels(x, "Organization") + labels(x, "Agency")
    assert "国家数字安全产业园区（滨江园）" in bodies_found
    assert "国家数字安全产业园区" not in bodies_found


def test_a_ministry_s_market_or_regional_department_is_no_city_body(extractor):
    t = triples(extract(extractor, "商务部新闻发言人表示，外贸司司长王明、市场运行和消费促进司司长李华出席。"))
    assert ("市场运行和消费促进司", "subOrganizationOf", "商务部") in t


def test_two_bodies_units_of_the_same_bare_name_stay_two_nodes(extractor):
    x = extract(extractor, "清华大学人工智能研究院院长王明、北京大学人工智能研究院副院长李华出席论坛。")
    t = triples(x)
    units = [(s, o) for s, p, o in t if p == "subOrganizationOf"]
    assert {o for _, o in units} == {"清华大学", "北京大学"} and len({s for s, _ in units}) == 2
    assert "北京大学人工智能研究院" in labels(x, "Organization")


def test_a_known_body_and_another_joined_by_and_are_two_bodies_not_a_unit(extractor):
    x = extract(extractor, "由华为与浙江大学共建的联合实验室近日揭牌。")
    assert {"华为", "浙江大学"} <= set(labels(x, "Organization"))
    assert not [t for t in triples(x) if t[1] == "subOrganizationOf"]
    x = extract(extractor, "由智谱华章与之江实验室联合成立的创新中心正式揭牌。")
    assert "之江实验室" in labels(x, "Organization")
    assert not [o for o in labels(x, "Organization") if "与" in o]


def test_a_province_s_big_data_centre_is_a_body_but_a_national_one_is_a_facility(extractor):
    x = extract(extractor, "会议由江西省大数据中心承办。各地加快全国一体化大数据中心体系建设。")
    bodies_ = labels(x, "Agency") + labels(x, "Organization")
    assert "江西省大数据中心" in bodies_
    assert not [b for b in bodies_ if b.startswith("全国一体化")]


def test_a_democratic_party_s_local_committee_is_never_named_as_the_cpc_s(extractor):
    x = extract(extractor, "民盟北京市委副主委王明建议，加强基础研究投入。")
    committee = next(e for e in x.entities if e.label == "民盟北京市委")
    assert not [a for a in committee.aliases if a.startswith("中共")]


def test_a_bare_committee_before_its_secretary_is_the_article_s_one_city_s():
    x = extract(lac_rules_extractor(), "成都市举办数字经济大会。市委书记王立新出席开幕式并致辞。")
    committee = next(e for e in x.entities if e.type == "Agency" and e.label == "中共成都市委")
    assert "市委" in committee.aliases
    x = extract(lac_rules_extractor(), "成都、重庆两市举办大会。市委书记王立新出席。")
    assert not [a for a in labels(x, "Agency") if a.endswith("市委")]


def test_a_city_s_committee_named_with_its_province_is_also_named_without_it(extractor):
    x = extract(extractor, "中共宁夏中卫市委办公室印发通知。中共宁夏中卫市委要求各地抓好落实。")
    committee = next(e for e in x.entities if e.type == "Agency" and "中卫市委" in e.label)
    assert {"中卫市委", "中共中卫市委"} <= {committee.label, *committee.aliases}


def test_a_body_s_term_is_not_part_of_its_name(extractor):
    x = extract(extractor, "十三届湖南省政协副主席王明在会上提出建议。")
    assert "湖南省政协" in labels(x, "Agency")
    assert not [a for a in labels(x, "Agency") if "届" in a]


def test_a_unit_written_right_after_its_ministry_is_its_unit():
    x = extract(relation_rules_extractor(), "近日，自然资源部国土空间规划局负责人介绍了情况。生态环境部办公厅印发通知。")
    assert ("国土空间规划局", "subOrganizationOf", "自然资源部") in triples(x)
    assert ("办公厅", "subOrganizationOf", "生态环境部") in triples(x)


def test_no_unit_is_read_from_a_ministry_and_its_generic_or_bracketed_words():
    x = extract(relation_rules_extractor(), "工业和信息化部有关司局负责人出席。国家林业和草原局(国家公园管理局)发布公告。")
    agencies = set(labels(x, "Agency"))
    assert not any(a.startswith(("有关", "(", "（")) for a in agencies)


def test_a_kind_of_laboratory_named_by_its_level_is_no_body(extractor):
    x = extract(extractor, "加快建设国家实验室和全国重点实验室，支持国家工程研究中心建设。明湖实验室发布成果。")
    bodies_found = set(labels(x, "Agency")) | set(labels(x, "Organization"))
    assert not bodies_found & {"国家实验室", "全国重点实验室", "国家工程研究中心"}


def test_body_chain_never_splits_inside_a_committee_or_its_office():
    links = body_names.split_body_chain("数字经济发展委员会执行局", {}, set())
    assert [link.surface for link in links] == ["数字经济发展委员会", "执行局"]
    links = body_names.split_body_chain("网络安全和信息化委员会办公室", {}, set())
    assert [link.surface for link in links] == ["网络安全和信息化委员会办公室"]


def test_body_chain_keeps_a_companys_line_of_business_with_its_short_name(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = body_names.split_body_chain("深信服科技股份有限公司", known, set())
    assert [link.surface for link in links] == ["深信服科技股份有限公司"] and links[0].known


def test_a_former_post_names_the_body_without_the_former(extractor):
    t = triples(extract(extractor, "前微软CEO张伟表示，人工智能发展很快。"))
    assert ("张伟", "holdsPost", "微软") in t


def test_a_party_committees_unit_is_also_named_with_the_party(extractor):
    x = extract(extractor, "江西省委宣传部副部长王明华出席。中共江西省委宣传部印发了通知。")
    unit = next(e for e in x.entities if e.label in ("宣传部", "江西省委宣传部"))   # the committee is named only in it
    assert "中共江西省委宣传部" in unit.aliases
    assert "中共江西省委宣传部" not in labels(x, "Agency")


def test_a_list_of_short_department_names_are_the_ministrys_departments(extractor):
    x = extract(extractor, "教育部召开工作会议，规划司、基教司、高教司负责同志作了部署。")
    assert {"规划司", "基教司", "高教司"} <= set(labels(x, "Agency"))
    assert ("基教司", "subOrganizationOf", "教育部") in triples(x)


def test_a_kinds_word_alone_names_no_body(extractor):
    x = extract(extractor, "公司物资部成立以来，积极推进一体化管理。学会理事长王明出席。")
    bodies_found = labels(x, "Organization") + labels(x, "Agency")
    assert "公司" not in bodies_found and "学会" not in bodies_found


def test_a_body_run_starts_after_another_officials_post_and_with(extractor):
    text = "会后，王明部长与某某市委副书记"
    assert body_names.left_context(text, text.index("副书记")) == "某某市委"
    assert body_names.left_context("上海市经济和信息化委员会", 12) == "上海市经济和信息化委员会"
    t = triples(extract(extractor, "会后，工业和信息化部王明部长与上海市委副书记、市长李华共同签署了合作协议。"))
    assert not any("与" in s or "与" in o for s, p, o in t if p == "holdsPost")


def test_a_body_named_again_without_its_place_is_the_same_body(extractor):
    x = extract(extractor, "论坛由江苏星河软件行业协会主办。星河软件行业协会会长王明表示，要做强软件产业。")
    orgs = labels(x, "Organization") + labels(x, "Agency")
    assert "江苏星河软件行业协会" in orgs and "星河软件行业协会" not in orgs


def test_a_bare_name_two_places_use_stays_its_own(extractor):
    x = extract(extractor, "江苏星河软件行业协会、浙江星河软件行业协会共同主办。星河软件行业协会会长王明表示支持。")
    orgs = labels(x, "Organization") + labels(x, "Agency")
    assert {"江苏星河软件行业协会", "浙江星河软件行业协会"} <= set(orgs)


def test_a_city_committee_named_with_and_without_its_province_is_one(extractor):
    x = extract(extractor, "广东省韶关市委书记王明调研。会上，韶关市委常委、副市长李强汇报工作。")
    committees = [label for label in labels(x, "Agency") if label.endswith("市委")]
    assert len(committees) == 1


def test_a_short_name_taken_from_a_longer_ones_words_is_that_body():
    assert body_names.is_abbreviation("江城市经信局", "江城市经济和信息化局")
    assert body_names.is_abbreviation("网安局", "网络安全管理局")
    assert body_names.is_abbreviation("江城科协", "江城市科协")


def test_a_name_that_leaves_out_a_whole_word_is_another_body():
    assert not body_names.is_abbreviation("中国银行", "中国人民银行")
    assert not body_names.is_abbreviation("江城区委", "江城经济开发区党工委")


def test_a_body_named_short_later_is_merged_into_its_full_name(extractor):
    x = extract(extractor, "活动由杭州市经济和信息化局指导。杭州市经信局副局长王海涛出席会议并致辞。")
    agencies = labels(x, "Agency")
    assert "杭州市经济和信息化局" in agencies and "杭州市经信局" not in agencies
    assert ("王海涛", "holdsPost", "杭州市经济和信息化局") in triples(x)


def test_two_bodies_of_one_list_stay_two_though_one_name_looks_short(extractor):
    x = extract(extractor, "江城化学工程集团董事长王海涛、江城化工集团总经理李明出席。")
    assert {"江城化学工程集团", "江城化工集团"} <= set(labels(x, "Organization"))


def test_a_known_groups_company_of_a_field_is_one_company_not_a_unit(lexicon):
    known = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization") for s in t.surfaces}
    links = body_names.split_body_chain("三六零智能安全科技集团有限公司", known, set())
    assert [link.surface for link in links] == ["三六零智能安全科技集团有限公司"]


def test_a_companys_names_with_and_without_its_line_of_business_are_one(extractor):
    x = extract(extractor, "三六零智能安全科技集团有限公司承办此次活动。会上，360智能安全集团与多家企业签约。")
    orgs = labels(x, "Organization")
    assert "三六零智能安全科技集团有限公司" in orgs and "360智能安全集团" not in orgs
    assert not [r for r in x.relations if r.predicate == "subOrganizationOf"]


def test_the_body_of_a_post_starts_after_the_meeting_it_chairs():
    assert body_names.left_context("会议由中心", len("会议由中心")) == "中心"
    assert body_names.left_context("论坛由江城大学", len("论坛由江城大学")) == "江城大学"


def test_a_ministrys_party_committee_is_part_of_the_post_not_a_unit(extractor):
    x = extract(extractor, "会上，水利部党委委员、副部长陈建华介绍了有关情况。")
    t = triples(x)
    assert ("陈建华", "holdsPost", "水利部") in t
    assert "党委" not in labels(x, "Agency")
    assert not [r for r in x.relations if r.predicate == "subOrganizationOf"]


def test_a_committee_named_only_before_its_office_is_no_body_of_its_own(extractor):
    x = extract(extractor, "活动由湖南省委网信办、长沙市委宣传部指导。")
    agencies = labels(x, "Agency")
    assert "湖南省委" not in agencies and "长沙市委" not in agencies
    assert {"湖南省委网信办", "长沙市委宣传部"} <= set(agencies)
    assert not [r for r in x.relations if r.predicate == "subOrganizationOf"]


def test_a_committee_named_on_its_own_keeps_its_office(extractor):
    t = triples(extract(extractor, "湖南省委高度重视此项工作。湖南省委网信办负责具体组织。"))
    assert ("湖南省委网信办", "subOrganizationOf", "湖南省委") in t


def test_a_short_name_given_with_xiacheng_is_the_bodys_alias(extractor):
    x = extract(extractor, "无锡市数字经济研究院（下称“数经院”）近日成立。数经院院长王立新表示，要加快发展。")
    assert labels(x, "Organization") == ["无锡市数字经济研究院"]
    [body] = [e for e in x.entities if e.type == "Organization"]
    assert "数经院" in body.aliases


def test_a_department_named_after_its_university_is_its_unit(extractor):
    x = extract(extractor, "南开大学物理系教授王立新介绍，南开大学将完善人才培养体系。")
    assert ("物理系", "subOrganizationOf", "南开大学") in triples(x)
    found = labels(x, "Organization")
    assert not [o for o in found if o.endswith(("体系", "培养体系"))]


def test_the_body_an_event_name_opens_with_is_a_body_of_its_own(extractor):
    x = extract(extractor, "中国软件行业协会数据治理分会第三届会员代表大会在杭州召开。会议选举产生新一届理事会。")
    assert "数据治理分会" in labels(x, "Organization")
    assert ("数据治理分会", "subOrganizationOf", "中国软件行业协会") in triples(x)


def test_a_society_named_before_its_forum_is_an_organization(extractor):
    x = extract(extractor, "近日，“中国智能网联汽车百人会·苏州论坛(2023)”在苏州举行。")
    assert "中国智能网联汽车百人会" in labels(x, "Organization")


def test_a_council_session_names_no_body_of_its_own(extractor):
    x = extract(extractor, "政协某某省第十三届委员会第一次会议在成都开幕。")
    assert not [o for o in labels(x, "Organization") if "届" in o]


def test_a_meeting_name_with_a_secretary_general_is_the_body_that_holds_it(extractor):
    x = extract(extractor, "2024年全球数字经济大会北京峰会在北京开幕。全球数字经济大会秘书长刘志强出席并致辞。")
    assert "全球数字经济大会" in labels(x, "Organization")
    assert "全球数字经济大会" not in labels(x, "Event")


def test_a_meeting_name_without_a_body_s_post_stays_an_event(extractor):
    x = extract(extractor, "2024年全球数字经济大会北京峰会在北京开幕。全球数字经济大会发布了多项成果。")
    assert "全球数字经济大会" in labels(x, "Event")
