"""The fact rules of extract/rules/officials.py: people and their posts, reporters, person keys.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
from cnkg.extract import bodies, mentions
from cnkg.extract.rules import officials
from rules_helpers import built_context, context_of, extract, labels, relation_rules_extractor, triples


def test_name_after_post_prefers_the_length_that_recurs():
    text = "司长王建国表示，要推进改革。王建国说，下一步将继续推进。"
    assert bodies.name_after(text, 2, set("王"), set()) == "王建国"
    text = "局长刘洋指出，要加强监管。刘洋认为，还要完善制度。"
    assert bodies.name_after(text, 2, set("刘"), set()) == "刘洋"


def test_a_surname_and_a_post_refer_to_the_one_person_of_that_surname(extractor):
    text = ("农业科技协会召开理事会\n"
            "会议选举省农科院院长刘晓东为协会会长。\n"
            "刘会长对新一届理事会提出两点要求。要加强农业传感器研发。")
    x = extract(extractor, text)
    assert ("刘晓东", "proposes", "加强农业传感器研发") in triples(x)


def test_a_surname_and_a_post_refer_to_the_one_of_that_surname_who_holds_the_post(extractor):
    context = context_of(extractor, "院长刘晓东、教授刘明出席。刘院长表示，要加强农业传感器研发。")
    officials.find_officials(context)
    officials.find_person_mentions(context)
    officials.find_surname_post_mentions(context)
    assert {p.label: len(p.mentions) for p in context.reg.of_type("Person")} == {"刘晓东": 2, "刘明": 1}


def test_a_surname_and_a_post_held_by_two_persons_refer_to_neither(extractor):
    context = context_of(extractor, "院长刘晓东、院长刘明出席。刘院长表示，要加强农业传感器研发。")
    officials.find_officials(context)
    officials.find_person_mentions(context)
    before = {p.label: len(p.mentions) for p in context.reg.of_type("Person")}
    officials.find_surname_post_mentions(context)
    assert {p.label: len(p.mentions) for p in context.reg.of_type("Person")} == before


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


def test_reporter_byline(extractor):
    x = extract(extractor, "本市将建设一批智慧社区。（记者 周小平）")
    assert "周小平" in labels(x, "Person")


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


def test_invitation_list_of_one_ministry():
    extractor = relation_rules_extractor()   # the rule's relation, before the pair classifier
    text = ("国务院新闻办公室举行新闻发布会，邀请工业和信息化部部长金壮龙，副部长辛国斌、徐晓兰，"
            "总工程师赵志国介绍有关情况，并答记者问。")
    t = triples(extract(extractor, text))
    for name in ("金壮龙", "辛国斌", "徐晓兰", "赵志国"):
        assert (name, "holdsPost", "工业和信息化部") in t, name


def test_company_named_by_a_corporate_post(extractor):
    t = triples(extract(extractor, "会上，字节跳动副总裁张利东和科大讯飞董事长刘庆峰分别作了发言。"))
    assert ("张利东", "holdsPost", "字节跳动") in t
    assert ("刘庆峰", "holdsPost", "科大讯飞") in t


def test_lead_in_before_a_known_body_is_not_part_of_it(extractor):
    x = extract(extractor, "会议由审计署副审计长王亚平主持。")
    assert ("王亚平", "holdsPost", "审计署") in triples(x)
    assert [e.key for e in x.entities if e.type == "Person"] == ["person/审计署/王亚平"]


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


def test_dateline_without_a_date_names_the_outlet():
    extractor = relation_rules_extractor()   # the rule's relation, before the pair classifier
    assert mentions.dateline("中国经济网讯（记者 王晓东）日前，数字乡村论坛举行。") == ("中国经济网", None)
    assert mentions.dateline("C919讯 5月6日消息，大会开幕。")[0] == "C919"
    assert mentions.dateline("本报讯（记者 王晓东）") is None
    assert mentions.dateline("好消息是，产量上升。") is None
    x = extract(extractor, "中国经济网讯（记者 王晓东）日前，数字乡村论坛举行。")
    assert ("王晓东", "holdsPost", "中国经济网") in triples(x)


def test_a_managing_director_s_company_is_not_cut_into_the_post(extractor):
    x = extract(extractor, "星河科技常务董事、星河云总裁王立新在会上致辞。")
    assert not [b for b in labels(x, "Organization") + labels(x, "Agency") if b.endswith("常务")]
    assert ("王立新", "holdsPost", "星河云") in triples(x)


def test_more_posts_of_the_genre(extractor):
    x = extract(extractor, "民盟浙江省委会主要负责人李明华介绍，有关负责人介绍了情况。")
    assert ("李明华", "holdsPost", "民盟浙江省委会") in triples(x)
    x = extract(extractor, "国家数据局首席数据官周海燕、中国工程院学部委员钱立新出席。")
    t = triples(x)
    assert ("周海燕", "holdsPost", "国家数据局") in t and ("钱立新", "holdsPost", "中国工程院") in t


def test_a_mayor_after_a_party_post_heads_the_city_government(extractor):
    x = extract(extractor, "中共南通市委副书记、市长王立新出席并致辞。南通市人民政府将出台配套措施。")
    t = triples(x)
    assert ("王立新", "holdsPost", "南通市人民政府") in t
    assert ("王立新", "holdsPost", "中共南通市委") in t
    assert "南通市人民政府" in labels(x, "Agency")
    # a government the article never names is no node of its graph (the gold names what the text names)
    x = extract(extractor, "中共南通市委副书记、市长王立新出席并致辞。")
    assert ("王立新", "holdsPost", "中共南通市委") in triples(x)
    assert "南通市人民政府" not in labels(x, "Agency")
    x = extract(extractor, "浙江省委副书记、省长赵立群，南通市人民政府副市长钱海燕出席。浙江省人民政府与南通市人民政府签约。")
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


def test_a_final_byline_without_reporter_and_a_paper_before_reporter():
    extractor = relation_rules_extractor()   # the rule's relation, before the pair classifier
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


def test_a_deputys_own_local_body_is_no_unit_of_the_congress(extractor):
    x = extract(extractor, "全国人大代表、成都市数据资源管理局副局长刘敏表示，要加快数据共享。")
    t = triples(x)
    assert ("成都市数据资源管理局", "subOrganizationOf", "全国人大") not in t
    assert ("刘敏", "holdsPost", "成都市数据资源管理局") in t


def test_a_two_character_name_before_a_common_word():
    from cnkg.extract.bodies import name_after
    text = "副区长陈磊共同为研究院揭牌。"
    assert name_after(text, 3, {"陈"}, set()) == "陈磊"


def test_a_speech_verb_after_a_recurring_name_is_not_part_of_it():
    from cnkg.extract.bodies import name_after
    text = "中国科学院院士李明称，数据是关键要素。“我们要构建资源体系。”李明称。"
    assert name_after(text, 7, {"李"}, set()) == "李明"


def test_a_post_that_names_its_body(extractor):
    x = extract(extractor, "3月5日，国务院总理李强作政府工作报告。")
    assert ("李强", "holdsPost", "国务院") in triples(x)


def test_university_posts_named_without_the_university():
    x = extract(relation_rules_extractor(), "10月18日，南京信息工程大学气象人工智能研究院揭牌成立。校党委副书记、校长王强，副校长李明出席仪式。")
    t = triples(x)
    assert ("王强", "holdsPost", "南京信息工程大学") in t and ("李明", "holdsPost", "南京信息工程大学") in t


def test_find_officials_writes_the_person_the_body_and_the_post_to_the_context(extractor):
    context = context_of(extractor, "工业和信息化部副部长辛国斌出席会议。")
    officials.find_officials(context)
    assert {(e.type, e.label) for e in context.reg} == {("Person", "辛国斌"), ("Agency", "工业和信息化部")}
    (relation,) = context.relations.values()
    assert (relation.predicate, relation.post) == ("holdsPost", "副部长")


def test_a_datelines_outlet_is_named_without_its_place_date_or_app():
    from cnkg.extract import mentions
    assert mentions.dateline("东方在线8月3日讯（记者 王立群）") == ("东方在线", None)
    assert mentions.dateline("华夏网成都5月6日消息（记者王立群）") == ("华夏网", "成都")
    assert mentions.dateline("华夏日报客户端讯（记者 王立群）")[0] == "华夏日报"


def test_a_bylines_bracket_is_not_part_of_a_body(extractor):
    x = extract(extractor, "本报讯（全媒体记者 王立群）8日，成都市召开大会。")
    assert not any("全媒体" in b or "本报" in b for b in labels(x, "Organization") + labels(x, "Agency"))


def test_bylines_of_several_forms(extractor):
    x = extract(extractor, "本报记者 胡立新 见习记者 郑 敏\n全省工业投资稳步增长。\n作者：章晓燕\n记者|宁海涛\n"
                           "日报记者贺文斌通讯员孔繁星\n")
    assert {"胡立新", "郑敏", "章晓燕", "宁海涛", "贺文斌", "孔繁星"} <= set(labels(x, "Person"))


def test_a_reporter_in_running_text_is_no_byline(extractor):
    x = extract(extractor, "记者从省发展改革委获悉，今年全省将新开工一批重大项目，项目总数比去年有所增加，带动作用明显。")
    assert labels(x, "Person") == []


def test_names_before_their_own_titles(extractor):
    x = extract(extractor, "会上，赵立群部长强调要抓好落实。其中，钱海燕代表关注乡村教育。孙明远同志任该局局长。"
                           "北京、上海和广州都各自代表了一种模式。全县县委书记座谈会召开。")
    persons = labels(x, "Person")
    assert {"赵立群", "钱海燕", "孙明远"} <= set(persons)
    assert not [p for p in persons if p.startswith(("都", "全县"))]


def test_personnel_notice_names_the_appointed_and_the_dismissed(extractor):
    x = extract(extractor, "国务院任免国家工作人员。任命韦光荣为交通运输部副部长；免去柯长林的水利部副部长职务。")
    assert {"韦光荣", "柯长林"} <= set(labels(x, "Person"))
    assert ("韦光荣", "holdsPost", "交通运输部") in triples(x)


def test_a_name_after_a_post_is_cut_before_the_next_word(extractor):
    for text, start, name, want in (("副主席万钢如是说。", 3, "万钢如", "万钢"),
                                    ("首席经济学家温彬预计，物价温和。", 6, "温彬预", "温彬"),
                                    ("中国科学院江松院士说。", 5, "江松院", "江松"),
                                    ("副市长王建国出席。", 3, "王建国", "王建国"),
                                    ("委员和大连市副市长", 2, "和大连", None),
                                    ("主席贺信", 2, "贺信", None)):
        assert officials.refine_name(context_of(extractor, text), name, start) == want, text


def test_visit_and_invitation_verbs_are_not_part_of_the_body(extractor):
    t = triples(extract(extractor, "今天我们很高兴地请来了生态环境部副部长孔德明。省委书记会见了商务部副部长严晓东。"))
    assert ("孔德明", "holdsPost", "生态环境部") in t
    assert ("严晓东", "holdsPost", "商务部") in t


def test_a_body_after_a_bracket_or_a_named_person_starts_there(extractor):
    t = triples(extract(extractor, "（记者 董文涛）生态环境部新闻发言人邹立民介绍。"
                                   "集团董事长范建勋商务部副部长严晓东出席。"))
    assert ("邹立民", "holdsPost", "生态环境部") in t
    assert ("严晓东", "holdsPost", "商务部") in t


def test_an_academician_holds_no_post(extractor):
    x = extract(extractor, "中国工程院院士钟立平、复旦大学教授柳成荫出席论坛。")
    assert {"钟立平", "柳成荫"} <= set(labels(x, "Person"))
    assert not [r for r in x.relations if r.predicate == "holdsPost"]


def test_a_fellows_title_after_a_post_leaves_the_post_to_the_person(extractor):
    x = extract(extractor, "国家电网有限公司副总信息师、中国电机工程学会会士王立平作主旨演讲。")
    t = triples(x)
    assert ("王立平", "holdsPost", "国家电网") in t
    # (a 会士 is a fellow of the society, no post)
    assert not [o for s, p, o in t if p == "holdsPost" and o == "中国电机工程学会"]


def test_a_transcripts_guest_list(extractor):
    x = extract(extractor, "主持人: 钱  立   生态环境部新闻发言人、宣传教育司副司长\n"
                           "嘉  宾: 孟凡卓   生态环境部大气环境司司长\n"
                           "省人民政府新闻办公室主任、新闻发言人\n龚晓岚\n女士们、先生们，上午好。")
    assert {"钱立", "孟凡卓", "龚晓岚"} <= set(labels(x, "Person"))
    t = triples(x)
    assert ("孟凡卓", "holdsPost", "大气环境司") in t
    assert ("钱立", "holdsPost", "宣传教育司") in t


def test_names_after_ascii_punctuation_and_appointment_verbs(extractor):
    x = extract(extractor, "其中,钱海燕代表关注乡村教育。据悉,韦光荣任交通运输部副部长,柯长林调任水利部副部长,"
                           "孟庆丰曾担任省委秘书长。")
    persons = labels(x, "Person")
    assert {"钱海燕", "韦光荣"} <= set(persons)
    assert not [p for p in persons if p in ("柯长林调", "孟庆丰曾", "孟庆")]
    assert ("韦光荣", "holdsPost", "交通运输部") in triples(x)


def test_the_other_names_of_a_list_with_a_known_person(extractor):
    x = extract(extractor, "市委书记韩启明出席。市领导郑立、韩启明、范文轩、蒋小芬等参加活动。")
    assert {"郑立", "范文轩", "蒋小芬"} <= set(labels(x, "Person"))
    assert "蒋小芬等" not in labels(x, "Person")


def test_a_transliterated_name_after_a_post(extractor):
    x = extract(extractor, "剑桥大学副校长安德烈娅·霍尔、英国皇家学会院士彼得·诺兰教授出席论坛。")
    assert {"安德烈娅·霍尔", "彼得·诺兰"} <= set(labels(x, "Person"))
    assert ("安德烈娅·霍尔", "holdsPost", "剑桥大学") in triples(x)


def test_more_posts_and_a_company_after_a_visit_verb(extractor):
    t = triples(extract(extractor, "市委书记出席签约仪式并会见了华通科技集团执行副总裁潘立群。"
                                   "农业银行副行长钱明辉、新疆生产建设兵团政委邵国栋出席。"))
    assert ("潘立群", "holdsPost", "华通科技集团") in t
    assert ("钱明辉", "holdsPost", "农业银行") in t or ("钱明辉", "holdsPost", "中国农业银行") in t
    assert ("邵国栋", "holdsPost", "新疆生产建设兵团") in t


def test_a_known_name_before_its_title_and_a_deputy_listed_over_two_lines(extractor):
    x = extract(extractor, "代表们认真听取了李克强总理所作的报告。\n（按姓氏笔画排序）\n范宏亮\n江城市教育委员会副主任 (挂职)\n")
    assert {"李克强", "范宏亮"} <= set(labels(x, "Person"))
    assert ("范宏亮", "holdsPost", "江城市教育委员会") in triples(x)


def test_former_and_ordinal_prefixes_and_words_after_a_name_stay_out_of_names(extractor):
    x = extract(extractor, "会上，原铁道部部长张三讲话。第十四届全国政协常委、经济委员会副主任李四出席。"
                           "某某集团副总经理王五围绕“智能制造”主题作了分享。")
    assert "铁道部" in labels(x, "Agency")
    assert not any(b.startswith(("原", "第", "济")) for b in labels(x, "Agency") + labels(x, "Organization"))
    assert "经济委员会" in labels(x, "Agency") + labels(x, "Organization")
    assert "王五" in labels(x, "Person") and "王五围" not in labels(x, "Person")


def test_a_board_chair_holds_a_post_in_the_company_not_in_its_board(extractor):
    x = extract(extractor, "华夏科技创始人、董事局主席兼首席执行官王明阳在论坛上发言。")
    assert ("王明阳", "holdsPost", "华夏科技") in triples(x)
    assert not [label for label in labels(x, "Organization") + labels(x, "Agency") if label.endswith("董事局")]


def test_a_name_alone_under_the_title_is_the_authors_byline(extractor):
    x = extract(extractor, "数据要素市场建设提速\n韩明远\n近日，记者从有关部门获悉，数据要素市场建设取得新进展。")
    assert "韩明远" in labels(x, "Person")
    x = extract(extractor, "数据要素市场建设提速\n一、总体要求\n近日，有关部门印发方案。")
    assert labels(x, "Person") == []


def test_a_name_alone_under_the_title_of_a_piece_that_speaks_of_its_writer_is_its_author(extractor):
    text = "数据立法要坚持以人为本\n韩明远\n笔者认为，应加快完善数据产权制度。"
    context = built_context(extractor, text)
    assert context.author is not None and context.reg.entities[context.author].label == "韩明远"
    assert ("韩明远", "proposes", "加快完善数据产权制度") in triples(extract(extractor, text))


def test_a_name_alone_under_the_title_is_no_author_when_the_piece_never_speaks_of_its_writer(extractor):
    context = built_context(extractor, "数据要素市场建设提速\n韩明远\n近日，有关部门提出加快完善数据产权制度。")
    assert context.author is None


def test_a_byline_with_a_body_and_no_post_makes_the_author_a_member_of_it():
    x = extract(relation_rules_extractor(), "数据立法的融合协调\n文 | 江城大学法学院 韩明远\n公共数据开放要进一步贯彻融合协调的理念。")
    assert "韩明远" in labels(x, "Person")
    assert ("韩明远", "holdsPost", "法学院") in triples(x)
    assert ("韩明远", "proposes", "进一步贯彻融合协调的理念") in triples(x)   # (the subject before 要 is no part of the goal)


def test_a_governor_named_with_the_province_holds_a_post_in_its_government():
    x = extract(relation_rules_extractor(), "交通运输部与江西省人民政府签署合作协议。江西省省长刘建华出席签约仪式。")
    assert ("刘建华", "holdsPost", "江西省人民政府") in triples(x)
    x = extract(relation_rules_extractor(), "江西省省长刘建华出席签约仪式。")   # the government is never named
    assert not any(p == "holdsPost" for _, p, _ in triples(x))


def test_a_governor_after_a_bare_party_post_holds_the_post_in_the_named_government():
    x = extract(relation_rules_extractor(), "江西省人民政府与某集团签署协议。省委副书记、省长刘建华出席。")
    assert ("刘建华", "holdsPost", "江西省人民政府") in triples(x)
    x = extract(relation_rules_extractor(), "省委副书记、省长刘建华出席。")   # no government named: none inferred
    assert not any(o.endswith("人民政府") for _, p, o in triples(x) if p == "holdsPost")


def test_a_bare_governor_holds_the_post_in_the_one_government_the_article_names():
    x = extract(relation_rules_extractor(), "江西省人民政府举行集体学习会。省长刘建华主持并讲话。")
    assert ("刘建华", "holdsPost", "江西省人民政府") in triples(x)
    x = extract(relation_rules_extractor(), "省长刘建华主持并讲话。")
    assert not any(p == "holdsPost" for _, p, _ in triples(x))


def test_a_column_name_ending_in_xun_is_no_outlet_dateline(extractor):
    x = extract(extractor, "某集团发布安全报告\n行业资讯 2025-03-06 16:04:24\n近日，某集团发布了报告。")
    assert not any(o.startswith("行业资") for o in labels(x, "Organization"))
    x = extract(extractor, "光明网讯（记者 王明远）近日，某市发布了方案。")
    assert "光明网" in labels(x, "Organization")


def _posts_held(extraction, person):
    """(body, post) of every holdsPost of ``person``."""
    by_key = {e.key: e.label for e in extraction.entities}
    return {(by_key[r.object], r.post) for r in extraction.relations
            if r.predicate == "holdsPost" and by_key[r.subject] == person}


def test_a_local_party_secretary_opening_a_series_holds_the_post_at_the_committee():
    x = extract(relation_rules_extractor(), "江西省委书记、省人大常委会主任刘建华主持会议并讲话。")
    held = _posts_held(x, "刘建华")
    assert ("江西省委", "书记") in held
    assert any(post == "主任" for _, post in held)
    x = extract(relation_rules_extractor(), "中共江西省委书记、省人大常委会主任刘建华主持会议。")
    assert ("中共江西省委", "书记") in _posts_held(x, "刘建华")
    x = extract(relation_rules_extractor(), "安吉县委书记、县长周明华介绍了全县情况。")
    assert ("安吉县委", "书记") in _posts_held(x, "周明华")
    x = extract(relation_rules_extractor(), "广西壮族自治区党委书记、自治区人大常委会主任陈立华出席。")
    assert ("广西壮族自治区党委", "书记") in _posts_held(x, "陈立华")


def test_a_head_of_government_after_a_local_party_secretary_heads_that_place_s_government():
    x = extract(relation_rules_extractor(), "江西省人民政府与某集团签署协议。江西省委书记、省长刘建华出席。")
    assert _posts_held(x, "刘建华") == {("江西省委", "书记"), ("江西省人民政府", "省长")}
    x = extract(relation_rules_extractor(), "南通市人民政府将出台配套措施。中共南通市委书记、市长王立新出席。")
    assert _posts_held(x, "王立新") == {("中共南通市委", "书记"), ("南通市人民政府", "市长")}


def test_a_party_secretary_alone_and_after_a_lead_in_holds_the_post_at_the_place_s_committee():
    x = extract(relation_rules_extractor(), "江西省委书记刘建华主持会议。")
    assert _posts_held(x, "刘建华") == {("江西省委", "书记")}
    x = extract(relation_rules_extractor(), "据悉，前任南通市委书记王立新已调任他职。")
    assert ("南通市委", "书记") in _posts_held(x, "王立新")
    assert "前任南通市委" not in labels(x, "Agency")


def test_a_company_s_party_secretary_keeps_the_post_at_the_company():
    x = extract(relation_rules_extractor(), "华通科技集团党委书记、董事长潘立群出席签约仪式。")
    assert ("华通科技集团", "党委书记") in _posts_held(x, "潘立群")


def test_a_body_after_a_series_mark_is_no_further_person(extractor):
    x = extract(extractor, "云海科技有限公司董事长王立新、苏州明辉软件股份有限公司总经理陈刚出席活动。")
    assert "苏州" not in labels(x, "Person")
    assert {"王立新", "陈刚"} <= set(labels(x, "Person"))


def test_a_witnessing_or_signing_verb_ends_a_name(extractor):
    x = extract(extractor, "在省协会秘书长周培见证下，集团总经理李伟签署合作协议。")
    persons = labels(x, "Person")
    assert "周培见" not in persons and "李伟签" not in persons


def test_a_qualifier_before_a_post_is_no_part_of_the_body(extractor):
    t = triples(extract(extractor, "蚂蚁集团资深副总裁周明表示，要加强人工智能治理。"))
    assert ("周明", "holdsPost", "蚂蚁集团") in t
    t = triples(extract(extractor, "北京空天技术研究所副总师金明介绍了相关情况。"))
    assert ("金明", "holdsPost", "北京空天技术研究所") in t


def test_a_chief_engineer_written_short_holds_the_post_and_proposes_the_pieces_goals(extractor):
    x = extract(extractor, "专家解读 | 推动城市数字化转型\n文 | 中国信息通信研究院副总工 张立\n"
                           "城市数字化转型要坚持分类施策，加快建设城市智能中枢。")
    t = triples(x)
    assert ("张立", "holdsPost", "中国信息通信研究院") in t
    assert ("张立", "proposes", "加快建设城市智能中枢") in t
    assert "中华全国总工会" in labels(extract(extractor, "中华全国总工会副主席李明出席会议。"), "Organization")


def test_the_date_opening_a_sentence_is_no_part_of_the_body_before_a_post(extractor):
    x = extract(extractor, "9月3日交通运输部部长王明华撰文指出，要加快建设综合立体交通网。")
    assert ("王明华", "holdsPost", "交通运输部") in triples(x)
    assert labels(x, "Agency") == ["交通运输部"]


def test_a_post_joined_by_jian_in_a_list_keeps_the_body_named_first(extractor):
    x = extract(extractor, "发布会上，文化和旅游部部长张明、首席谈判专家兼副部长李华、部长助理王强介绍情况。")
    t = triples(x)
    assert {("李华", "holdsPost", "文化和旅游部"), ("王强", "holdsPost", "文化和旅游部")} <= t


def test_a_post_of_another_body_joined_by_jian_is_not_the_first_bodys(extractor):
    x = extract(extractor, "文化和旅游部部长张明、国家文物局局长兼副部长李华出席。")
    t = triples(x)
    assert ("李华", "holdsPost", "国家文物局") in t and ("李华", "holdsPost", "文化和旅游部") not in t


def test_an_executive_post_leaves_the_unit_its_whole_name(extractor):
    x = extract(extractor, "江城证券股份有限公司投资银行部执行总经理吴占明出席。")
    t = triples(x)
    assert ("吴占明", "holdsPost", "投资银行部") in t
    assert ("投资银行部", "subOrganizationOf", "江城证券股份有限公司") in t


def test_our_school_before_a_body_is_no_part_of_its_name(extractor):
    for text in ("对于我校全国政协委员、副校长李明来说，这是第三次参会。", "我校全国政协委员、副校长李明提出建议。"):
        x = extract(extractor, text)
        assert labels(x, "Agency") == ["全国政协"]
        assert ("李明", "holdsPost", "全国政协") in triples(x)


def test_another_persons_post_and_yu_before_a_body_are_no_part_of_it(extractor):
    x = extract(extractor, "会后，王明部长与江城市委副书记、市长李强共同签署协议。")
    assert labels(x, "Agency") == ["江城市委"]
    assert ("李强", "holdsPost", "江城市委") in triples(x)


def test_a_post_in_the_companys_party_committee_keeps_the_series_together(extractor):
    t = triples(extract(extractor, "星河电子科技有限公司副总裁，党委委员，高级工程师李卫东发表演讲。"))
    assert ("李卫东", "holdsPost", "星河电子科技有限公司") in t


def test_surname_and_post_later_name_the_person_with_that_post(extractor):
    text = ("省软件行业协会年会在杭州召开。协会会长周明远出席会议。\n"
            "周会长对新一届理事会提出希望，要加快培育软件产业集群。")
    assert ("周明远", "proposes", "加快培育软件产业集群") in triples(extract(extractor, text))


def test_surname_and_post_name_nobody_when_two_of_that_surname_could_hold_it(extractor):
    text = ("市数据局局长张建华、市科技局局长张立新出席。\n"
            "张局长表示，要加快建设城市数据平台。")
    t = triples(extract(extractor, text))
    assert not [s for s, p, o in t if p == "proposes" and s in ("张建华", "张立新")]


def test_a_short_form_stands_for_the_post_it_abbreviates(extractor):
    text = ("某银行信息科技部副总经理韩志远发表演讲。\n"
            "韩总提到，要持续提升安全运营能力。")
    assert ("韩志远", "proposes", "持续提升安全运营能力") in triples(extract(extractor, text))


def test_a_convener_is_a_post_before_a_transliterated_name(extractor):
    x = extract(extractor, "国际标准化工作组召集人约翰·史密斯（John SMITH）博士作主题报告。他表示，必须加强国际合作。")
    assert "约翰·史密斯" in labels(x, "Person")


def test_a_law_firm_after_a_national_post_is_a_body_of_its_own_and_a_partner_holds_a_post_there(extractor):
    x = extract(extractor, "全国政协委员、华信律师事务所高级合伙人王立军提出，要完善数据立法。")
    got = triples(x)
    assert ("王立军", "holdsPost", "华信律师事务所") in got and ("王立军", "holdsPost", "全国政协") in got
    assert ("华信律师事务所", "subOrganizationOf", "全国政协") not in got


def test_a_supervisor_of_doctoral_students_is_a_post_before_a_name(extractor):
    x = extract(extractor, "——北京理工大学计算机学院教授、博士生导师钱文博")
    assert "钱文博" in labels(x, "Person")


def test_a_bare_centre_after_an_institute_belongs_to_the_institute(extractor):
    x = extract(extractor, "中国科学院软件研究所研究员、智能软件研究中心主任方立新认为，要加强基础研究。")
    t = triples(x)
    assert ("智能软件研究中心", "subOrganizationOf", "软件研究所") in t, t
    assert ("智能软件研究中心", "subOrganizationOf", "中国科学院") not in t


def test_a_companys_chief_architect_and_technical_lead_are_posts(extractor):
    x = extract(extractor, "某科技集团首席技术架构师李建平、某软件公司技术主管周晓梅出席论坛。")
    posts = {(r.post, s) for r in x.relations if r.predicate == "holdsPost"
             for s in [next(e.label for e in x.entities if e.key == r.subject)]}
    assert ("首席技术架构师", "李建平") in posts
    assert ("技术主管", "周晓梅") in posts


def test_a_signature_with_posts_closing_the_piece_names_its_writer_and_their_posts(extractor):
    x = extract(extractor, "数字经济规划解读\n规划的实施，必将为数字经济发展指明方向。（韩明远\u00a0中国科学院院士\u00a0江城大学副校长）\n")
    assert "韩明远" in labels(x, "Person")
    assert ("韩明远", "holdsPost", "江城大学") in triples(x)
    assert ("韩明远", "holdsPost", "中国科学院") not in triples(x)


def test_a_closing_credit_without_a_post_names_no_one(extractor):
    x = extract(extractor, "数字经济规划解读\n规划的实施，必将为数字经济发展指明方向。（来源：江城日报）\n")
    assert labels(x, "Person") == []


def test_the_name_ending_a_dash_line_after_a_post_is_a_person(extractor):
    text = ("两会代表委员热议数字经济\n"
            "建议加快建设工业互联网平台。\n"
            "——全国政协委员、江城科技集团董事长、首席技术架构师韩明远\n")
    x = extract(extractor, text)
    assert "韩明远" in labels(x, "Person")
    assert ("韩明远", "proposes", "加快建设工业互联网平台") in triples(x)


def test_a_dash_line_of_a_body_names_no_person(extractor):
    context = built_context(extractor, "两会观点\n建议加快建设工业互联网平台。\n——致公党中央\n")
    assert [p.label for p in context.reg.of_type("Person")] == []
