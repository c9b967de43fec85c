"""The fact rules of extract/rules/events_documents.py: events and documents, where and by whom.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
from cnkg.extract import mentions
from cnkg.extract.rules import events_documents, names
from rules_helpers import built_context, context_of, extract, labels, lac_rules_extractor, triples


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


def test_forum_founding_in_jing_is_located_in_beijing(extractor):
    text = "11月4日，数字治理学术论坛成立大会暨首届学术研讨会在京举行。清华大学教授李国华在会上表示，要加强数据要素基础理论研究。"
    x = extract(extractor, text)
    t = triples(x)
    assert ("数字治理学术论坛成立大会", "locatedIn", "北京") in t
    assert ("李国华", "speaksAt", "数字治理学术论坛成立大会") in t
    assert "首届学术研讨会" in labels(x, "Event")


def test_party_congress_report_and_work_report_are_documents():
    found = {f.label: f for f in mentions.documents("党的十九大报告强调，今年政府工作报告提出，十九届五中全会公报指出")}
    assert {"党的十九大报告", "政府工作报告", "十九届五中全会公报"} <= set(found)
    assert "十九大报告" in found["党的十九大报告"].aliases


def test_event_located_after_a_closing_quote(extractor):
    x = extract(extractor, "5月8日，“2024数字政务创新年会”在杭州召开。")
    assert any(p == "locatedIn" and o == "杭州" for s, p, o in triples(x))


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


def test_speakers_speak_at_the_first_event_of_a_chain(extractor):
    x = extract(extractor, "6月1日，西北工业大学智能制造研究院成立大会暨第二届丝路博览会智能制造与绿色发展国际论坛在西安举行。"
                           "西北工业大学校长赵志华表示，要加快建设一流智能制造学科。")
    t = triples(x)
    assert ("赵志华", "speaksAt", "西北工业大学智能制造研究院成立大会") in t


def test_a_quoted_theme_names_the_briefing_and_generic_mentions_merge_into_it(extractor):
    x = extract(extractor, "国新办新闻发布会 介绍数据资源开发情况\n"
                           "国务院新闻办公室今天举行“推动数据资源开发”系列主题新闻发布会。"
                           "在这次新闻发布会上，国家数据局局长刘明介绍了有关情况。")
    assert labels(x, "Event") == ["“推动数据资源开发”系列主题新闻发布会"]


def test_a_briefing_named_with_a_theme_keeps_the_run_before_the_quote(extractor):
    x = extract(extractor, "4月13日，省政府新闻办、省商务厅联合召开浙江省商务系统推进“数字贸易强省建设”新闻发布会。"
                           "大家上午好！欢迎出席省政府新闻办新闻发布会。")
    assert labels(x, "Event") == ["浙江省商务系统推进“数字贸易强省建设”新闻发布会"]


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


def test_a_publisher_with_a_short_name_and_no_fragment_of_a_known_name(extractor):
    x = extract(extractor, "近日，中国信息通信研究院（以下简称“中国信通院”）发布《算力发展报告（2024年）》。")
    assert ("算力发展报告（2024年）", "publishedBy", "中国信息通信研究院") in triples(x)
    assert labels(x, "Organization") == []


def test_events_and_documents_are_written_then_related(extractor):
    context = context_of(extractor, "工业和信息化部印发《工业互联网创新发展行动计划（2021-2023年）》。2023世界人工智能大会在上海开幕。")
    events_documents.find_events_and_documents(context)
    assert {(e.type, e.label) for e in context.reg} == {("Event", "2023世界人工智能大会"),
                                                        ("Document", "工业互联网创新发展行动计划（2021-2023年）")}
    assert context.taken.covers(10)
    names.find_lexicon_entities(context)
    events_documents.relate_events_and_documents(context)
    assert set(context.relations) == {
        ("event/2023世界人工智能大会", "locatedIn", "place/上海"),
        ("doc/工业互联网创新发展行动计划（2021-2023年）", "publishedBy", "org/工业和信息化部")}


def _events(text):
    from cnkg.extract.components.lac_annotator import lac_words
    return mentions.events(text, None, lac_words([text])[0])


def test_numbered_sessions_of_congresses_and_party_committees_are_events():
    found = {f.label for f in _events("市长李明在滨海市六届人大三次会议上作报告，落实省委十二届九次全会部署。")}
    assert {"滨海市六届人大三次会议", "省委十二届九次全会"} <= found
    assert "全国政协十四届二次会议" in {f.label for f in _events("委员们参加全国政协十四届二次会议。")}
    assert "省第十三次党代会" in {f.label for f in _events("要贯彻省第十三次党代会精神。")}


def test_a_hall_or_meeting_room_is_no_meeting():
    assert not _events("发布会在人民大会堂三楼大会议室举行。")


def test_verbs_and_adverbs_opening_a_mention_are_not_the_name():
    found = {f.label for f in _events("深化展会招商，积极承接中国国际消费品博览会的溢出效应。")}
    assert found == {"中国国际消费品博览会"}
    found = {f.label for f in _events("会上发布了2024全球数字贸易大会成果清单。")}
    assert found == {"2024全球数字贸易大会"}
    # a verb that is part of the name stays: 新增…发布会
    assert "新增服务业开放试点专题发布会" in {f.label for f in _events("司长在新增服务业开放试点专题发布会上介绍。")}
    assert not _events("他还就乡村振兴提交大会书面发言。")


def test_mentions_of_no_particular_meeting_are_not_events():
    assert not _events("博览会期间举办平行论坛、闭幕大会等活动。")
    assert not _events("政府每年向全国人民代表大会报告工作。")


def test_a_name_starts_after_le_or_cong_and_a_count_of_forums_is_no_event():
    assert {f.label for f in _events("多国去年联合发起了国际海洋治理峰会。")} == {"国际海洋治理峰会"}
    assert {f.label for f in _events("记者从全区农业农村工作会议上获悉。")} == {"全区农业农村工作会议"}
    assert not _events("博览会期间共举办六大主题论坛。")


def test_a_short_topic_joined_by_yu_may_hold_a_hyphen():
    found = {f.label for f in _events("依托中国-中亚博览会、中国-中亚经贸与人文峰会等平台。")}
    assert "中国-中亚经贸与人文峰会" in found


def test_a_meeting_named_by_an_acronym_is_the_event_the_acronym_names():
    found = _events("2025全球智能制造大会（GIMC 2025）在滨海开幕。本届GIMC大会发布多项成果。")
    assert {f.label for f in found} == {"2025全球智能制造大会"}
    assert any("GIMC大会" in f.aliases for f in found)
    # a space between the acronym and the year is the name's; 大会 is the congress, not its 全体会议
    found = _events("2025全球智能制造大会（GIMC 2025）开幕。他在GIMC 2025全体会议上致辞。GIMC大会为期三天。")
    assert {f.label for f in found} == {"2025全球智能制造大会", "GIMC 2025全体会议"}


def test_the_name_keeps_a_year_after_it_and_a_hyphen_inside_it():
    found = {f.label: f for f in _events("他在星河全联接大会2024上发表演讲，并介绍了中国-东盟技术转移博览会。")}
    assert "星河全联接大会2024" in found and "星河全联接大会" in found["星河全联接大会2024"].aliases
    assert "中国-东盟技术转移博览会" in found


def test_two_coordinated_meetings_stay_two():
    found = {f.label for f in _events("深入贯彻二十届三中全会和中央农村工作会议精神。")}
    assert "二十届三中全会和中央农村工作会议" not in found
    assert "中央农村工作会议" in found


def test_a_shorter_mention_of_a_named_forum_is_the_same_event():
    found = _events("首届长江生态院士论坛在宜昌举行。多位院士出席了院士论坛。")
    assert {f.label for f in found} == {"首届长江生态院士论坛"}


def test_a_place_inside_a_topic_does_not_end_the_name(extractor):
    x = extract(extractor, "中国环境与发展合作论坛(合作论坛)2024年年会在京举行。")
    assert "中国环境与发展合作论坛(合作论坛)2024年年会" in labels(x, "Event")


def test_briefings_and_presentations_named_by_their_occasion():
    found = {f.label for f in _events("国务院新闻办公室2024年3月5日国务院政策例行吹风会上，司长作了介绍。")}
    assert found == {"国务院政策例行吹风会"}
    assert not _events("我在前两年吹风会上讲过这个问题。")
    found = {f.label for f in _events("十四届全国人大二次会议记者会上，部长回答了提问。")}
    assert {"十四届全国人大二次会议", "十四届全国人大二次会议记者会"} <= found


def test_names_joined_by_ji():
    found = {f.label for f in _events("2024长江同城暨宜昌（高新）产业投资推介会在武汉举行。")}
    assert found == {"2024长江同城暨宜昌（高新）产业投资推介会"}
    found = {f.label for f in _events("滨海集团第二届职工代表大会第一次会议暨2024年工作会议在京召开。")}
    assert found == {"滨海集团第二届职工代表大会第一次会议暨2024年工作会议"}
    # two meetings joined by 暨 stay two, and a congress's opening is the congress
    found = {f.label for f in _events("数据要素论坛成立大会暨首届数据治理研讨会在京举行。")}
    assert found == {"数据要素论坛成立大会", "首届数据治理研讨会"}
    assert {f.label for f in _events("2024世界储能大会开幕式在宁德举行。")} == {"2024世界储能大会"}


def test_a_numbered_session_is_located_where_it_is_held(extractor):
    x = extract(extractor, "1月10日，成都市第十六届人民代表大会第三次会议在成都开幕。市长王立群作政府工作报告。")
    assert ("成都市第十六届人民代表大会第三次会议", "locatedIn", "成都") in triples(x)


def test_a_briefing_named_by_its_subject_is_one_named_event():
    found = _events("国新办就2023年前三季度物流运行情况举行新闻发布会。发布会上，司长介绍了情况。")
    assert {f.label for f in found} == {"国新办就2023年前三季度物流运行情况举行新闻发布会"}


def test_shanghai_is_not_cut_at_shang():
    found = {f.label for f in _events("上海市第十六届人民代表大会第二次会议在上海开幕。")}
    assert "上海市第十六届人民代表大会第二次会议" in found
    found = {f.label for f in _events("2026云计算发展大会上海峰会在沪举行。")}
    assert "2026云计算发展大会上海峰会" in found


def test_attendance_counts_and_sessions_of_a_congress_are_not_named_events():
    assert not _events("嘉宾们出席了开幕式并莅临论坛。")
    assert not _events("博览会期间共举办12场大会和多场论坛。")
    assert {f.label for f in _events("第三届数字丝路峰会主论坛在西安举行。")} == {"第三届数字丝路峰会"}


def test_events_known_by_their_short_names_and_briefings_named_by_a_document():
    assert {f.label for f in _events("企业积极参加进博会和广交会。")} == {"进博会", "广交会"}
    found = {f.label for f in _events("省政府召开《数字湖南建设方案》新闻发布会。")}
    assert found == {"《数字湖南建设方案》新闻发布会"}


def test_long_and_short_names_of_national_sessions_are_one_event():
    [e] = _events("中国共产党第二十次全国代表大会在京召开。")
    assert {"党的二十大", "二十大"} <= set(e.aliases)
    [e] = _events("第十五届全国人民代表大会第一次会议在北京开幕。")
    assert "十五届全国人大一次会议" in e.aliases
    [e] = _events("委员们履职全国政协第十四届委员会第三次会议期间提交提案。")
    assert e.label == "全国政协第十四届委员会第三次会议"
    assert "全国政协十四届三次会议" in e.aliases
    assert {f.label for f in _events("他参加了十四届全国政协三次会议。")} == {"十四届全国政协三次会议"}


def test_a_briefing_named_by_a_document_with_a_short_title():
    [e] = _events("举行《某省关于推进乡村振兴的实施意见》(以下简称《实施意见》)新闻发布会，介绍有关情况。")
    assert "《某省关于推进乡村振兴的实施意见》新闻发布会" in e.aliases
    assert not e.label.startswith(("《实施意见》", ")"))


def test_huawei_is_not_cut_at_wei():
    assert {f.label for f in _events("他在华为开发者大会2026上发表演讲。")} == {"华为开发者大会2026"}


def test_a_bare_short_title_is_the_full_documents_mention(extractor):
    x = extract(extractor, "省政府印发《江城市数字乡村建设三年行动计划》。《行动计划》提出，要建设一批数字乡村示范点。")
    assert labels(x, "Document") == ["江城市数字乡村建设三年行动计划"]


def test_a_rule_named_by_its_kind_alone_is_the_rule_titled_so(extractor):
    x = extract(extractor, "两部门联合印发《江城市公共数据开放暂行办法》。有关负责人表示，《暂行办法》共五章。")
    assert labels(x, "Document") == ["江城市公共数据开放暂行办法"]


def test_a_policy_named_in_quotation_marks_by_its_year_or_its_articles(extractor):
    x = extract(extractor, "全面落实“智造江南2030”，推进《关于深化数据流通的意见》（以下简称“数流十条”）落地。"
                           "“数流十条”明确了四项任务。")
    docs = labels(x, "Document")
    assert "智造江南2030" in docs and "关于深化数据流通的意见" in docs and "数流十条" not in docs


def test_short_titles_given_together_name_each_document_in_order():
    text = ("两部门公布了《数据资源登记管理暂行办法》、《授权运营实施规范（试行）》，以及《关于建立价格机制的通知》"
            "（以下分别简称《管理办法》、《实施规范》、《通知》）。《实施规范》明确了运营要求。")
    found = {f.label: set(f.aliases) for f in mentions.documents(text)}
    assert "管理办法" in found["数据资源登记管理暂行办法"]
    assert "实施规范" in found["授权运营实施规范（试行）"]
    assert "通知" in found["关于建立价格机制的通知"]


def test_contests_named_by_their_ending_are_events():
    x = extract(lac_rules_extractor(), "6月1日，省数据局正式启动2025年“数据赋能×”大赛。依托“星河杯”算力网络应用创新大赛，"
                           "探索举办江南市数字工匠创新创业大赛，并举办“云端卫士”网络攻防技能挑战赛。")
    events = set(labels(x, "Event"))
    assert {"2025年“数据赋能×”大赛", "“星河杯”算力网络应用创新大赛", "江南市数字工匠创新创业大赛",
            "“云端卫士”网络攻防技能挑战赛"} <= events


def test_a_bare_contest_word_after_a_verb_is_no_event(extractor):
    for reader in (extractor, lac_rules_extractor()):   # without LAC's words and with them
        x = extract(reader, "各地要认真办好大赛，积极做好大赛组织工作，大赛组委会将公布结果。")
        assert labels(x, "Event") == []


def test_a_work_report_is_named_with_the_government_written_before_it():
    x = extract(lac_rules_extractor(), "会上审议的2026年浙江省人民政府工作报告提出加快发展算力。"
                                        "根据临江区2025年政府工作报告，要建设科学城。市长某某作政府工作报告。")
    docs = set(labels(x, "Document"))
    assert {"2026年浙江省人民政府工作报告", "临江区2025年政府工作报告"} <= docs
    assert "浙江省人民政府" in labels(x, "Agency")
    assert ("2026年浙江省人民政府工作报告", "publishedBy", "浙江省人民政府") in triples(x)


def test_a_five_year_plan_is_named_with_the_field_written_before_it():
    x = extract(lac_rules_extractor(), "全省教育事业发展“十四五”规划和农村公路建设“十四五”规划顺利实施。"
                                        "结合国家和省“十五五”规划，正在做“十五五”规划。")
    docs = set(labels(x, "Document"))
    assert {"全省教育事业发展“十四五”规划", "农村公路建设“十四五”规划"} <= docs
    assert "十五五规划" in docs   # 省|“十五五”规划, 做|“十五五”规划: the plan itself


def test_two_issuers_written_together_before_guanyu_both_publish(extractor):
    t = triples(extract(extractor, "会议强调，要认真落实《国家发展改革委国家数据局关于开展数据安全试点的通知》。"))
    for body in ("国家发展改革委", "国家数据局"):
        assert ("国家发展改革委国家数据局关于开展数据安全试点的通知", "publishedBy", body) in t


def test_a_newspaper_or_magazine_in_book_title_marks_is_an_organisation_not_a_document(extractor):
    x = extract(extractor, "《江城产业信息报》记者从会上获悉，《南湖经济周刊》也作了报道。")
    assert {"江城产业信息报", "南湖经济周刊"} <= set(labels(x, "Organization"))
    assert labels(x, "Document") == []
    x = extract(extractor, "《数字观察》记者在现场看到，省统计局发布了《2023年全省国民经济和社会发展统计公报》。")
    assert "数字观察" in labels(x, "Organization")
    assert labels(x, "Document") == ["2023年全省国民经济和社会发展统计公报"]


def test_a_meeting_s_press_centre_is_a_body_named_with_its_meeting(extractor):
    x = extract(extractor, "十四届全国人大二次会议新闻中心于3月8日举行记者会。大会新闻中心邀请有关负责人答记者问。")
    assert {"十四届全国人大二次会议新闻中心", "大会新闻中心"} <= set(labels(x, "Agency"))
    x = extract(extractor, "市融媒体新闻中心发布消息。")
    assert not any(label.endswith("新闻中心") and "会" in label for label in labels(x, "Agency"))


def test_a_title_inside_a_title_is_a_document_too(extractor):
    x = extract(extractor, "省财政厅转发了《财政部关于印发〈关于加强政府采购数据管理的指导意见〉的通知》。")
    assert {"关于加强政府采购数据管理的指导意见",
            "财政部关于印发〈关于加强政府采购数据管理的指导意见〉的通知"} <= set(labels(x, "Document"))


def test_a_national_law_named_without_title_marks_is_a_document(extractor):
    x = extract(extractor, "各单位要依据数据安全法和个人信息保护法加强数据管理，推进能源法规建设。")
    assert labels(x, "Document") == ["个人信息保护法", "数据安全法"]


def test_a_law_named_again_without_title_marks_is_the_same_document(extractor):
    x = extract(extractor, "《中华人民共和国数据安全法》施行以来，数据安全法的配套制度逐步完善。")
    assert labels(x, "Document") == ["中华人民共和国数据安全法"]


def test_an_event_held_at_a_venue_is_located_in_its_city_too(extractor):
    x = extract(extractor, "第五届数据安全大会9月3日在北京国家会议中心开幕。")
    assert ("第五届数据安全大会", "locatedIn", "北京") in triples(x)


def test_events_listed_together_are_located_where_they_are_held(extractor):
    text = "全省数据工作会议、长三角算力发展论坛和数字政务创新年会等“三会”先后在南京召开。"
    t = triples(extract(extractor, text))
    assert {("全省数据工作会议", "locatedIn", "南京"), ("数字政务创新年会", "locatedIn", "南京")} <= t


def test_a_place_before_the_event_it_holds_locates_it(extractor):
    t = triples(extract(extractor, "2月21日，国家数据局在贵州贵阳召开全国数据工作会议，部署年度工作。"))
    assert ("全国数据工作会议", "locatedIn", "贵阳") in t


def test_an_opening_ceremony_locates_its_event(extractor):
    t = triples(extract(extractor, "2025世界智能产业博览会开幕式暨主论坛在天津隆重举行。"))
    assert ("2025世界智能产业博览会", "locatedIn", "天津") in t


def test_persons_listed_before_their_speeches_speak_at_the_occasion(extractor):
    text = ("5月8日，2024数字政务创新年会在杭州召开。市数据局局长王明主持。"
            "省通信管理局副局长李强、某科技公司董事长张华等嘉宾在会议现场作了主旨演讲。")
    t = triples(extract(extractor, text))
    assert {("李强", "speaksAt", "2024数字政务创新年会"), ("张华", "speaksAt", "2024数字政务创新年会")} <= t


def test_a_person_who_attends_and_speaks_speaks_at_the_occasion(extractor):
    t = triples(extract(extractor, "全国数据工作会议在北京召开。国家数据局副局长陈明出席会议并讲话。"))
    assert ("陈明", "speaksAt", "全国数据工作会议") in t


def test_a_person_who_speaks_for_a_group_or_states_a_position_speaks_at_the_occasion(extractor):
    t = triples(extract(extractor, "全省数据工作推进会在合肥召开。省数据资源局局长刘强代表全省数据系统发言。"))
    assert ("刘强", "speaksAt", "全省数据工作推进会") in t
    t = triples(extract(extractor, "全省数据工作推进会在合肥召开。省数据资源局局长刘强做了表态发言。"))
    assert ("刘强", "speaksAt", "全省数据工作推进会") in t


def test_a_first_issuer_with_other_departments_publishes_the_document(extractor):
    t = triples(extract(extractor, "近日，国家数据局等五部门印发《数据产业培育行动计划》。"))
    assert ("数据产业培育行动计划", "publishedBy", "国家数据局") in t
    t = triples(extract(extractor, "2024年3月，国家网信办会同有关部门发布的《数据跨境流动管理规定》正式施行。"))
    assert ("数据跨境流动管理规定", "publishedBy", "国家互联网信息办公室") in t


def test_a_meeting_adopts_the_document_it_passes_or_hears(extractor):
    t = triples(extract(extractor, "总书记主持召开中央全面深化改革委员会第九次会议，审议通过了《关于推进数据要素市场建设的指导意见》。"))
    assert ("关于推进数据要素市场建设的指导意见", "adoptedAt", "中央全面深化改革委员会第九次会议") in t
    t = triples(extract(extractor, "市长王明在市十六届人大三次会议上所作的《政府工作报告》提出，要加快数字化转型。"))
    assert ("政府工作报告", "adoptedAt", "市十六届人大三次会议") in t


def test_a_media_outlet_reporting_a_document_does_not_publish_it(extractor):
    t = triples(extract(extractor, "据澎湃新闻报道，市政协委员王明提交了《关于加强数据安全的提案》。"))
    assert not [o for s, p, o in t if p == "publishedBy" and o == "澎湃新闻"]


def test_a_kind_of_meeting_or_a_count_of_sessions_names_no_event():
    for sentence in ("展会期间还将举办多场专业论坛和系列论坛。", "公司组织召开专家研讨会，听取意见。",
                     "大会设置“智慧城市”三大分论坛。", "支持举办人工智能相关论坛、峰会。",
                     "本次峰会设一个主论坛和六个平行论坛。"):
        assert [f.label for f in mentions.events(sentence)] == [], sentence


def test_a_count_of_fields_is_no_party_congress():
    assert mentions.events("覆盖交通、医疗等十二大领域。") == []
    assert [f.label for f in mentions.events("深入学习党的二十大精神。")] == ["二十大"]


def test_first_time_is_not_part_of_a_meeting_name():
    [e] = mentions.events("他在首次全省数字经济工作会议上强调，要加快发展。")
    assert e.label == "全省数字经济工作会议"


def test_a_quoted_theme_with_a_comma_names_the_briefing():
    [e] = mentions.events("市政府举行“数字赋能，共建未来”系列新闻发布会。")
    assert e.label == "“数字赋能，共建未来”系列新闻发布会"


def test_a_meeting_of_two_sides_keeps_the_side_named_before_yu():
    known = lambda s, e: True
    [e] = mentions.events("日前，江西省与中国科学院合作交流座谈会召开。", is_entity=known)
    assert e.label == "江西省与中国科学院合作交流座谈会"


def test_two_gatherings_joined_by_ji_and_held_together_are_one_event():
    found = mentions.events("2025智慧交通大会暨第三届车路协同论坛5月8日在武汉开幕。第三届车路协同论坛吸引了众多企业。")
    assert {f.label for f in found} == {"2025智慧交通大会暨第三届车路协同论坛"}
    assert "第三届车路协同论坛" in found[0].aliases


def test_a_meeting_joined_to_its_ceremony_is_one_event():
    [e] = mentions.events("上午，两市合作交流座谈会暨战略合作协议签约仪式在宜昌举行。")
    assert e.label == "两市合作交流座谈会暨战略合作协议签约仪式"
    [e] = mentions.events("由协会主办的“绿色出行”启动仪式暨低碳交通论坛在南京举办。")
    assert e.label == "“绿色出行”启动仪式暨低碳交通论坛"


def test_an_acronym_given_as_a_short_name_refers_to_its_event():
    found = mentions.events("他在2025智能网联汽车峰会（以下简称“ICV大会”）上致辞。ICV大会为期两天。")
    assert {f.label for f in found} == {"2025智能网联汽车峰会"}


def test_a_verb_opening_a_clause_opens_no_meeting_name():
    x = extract(lac_rules_extractor(), "会议要求，落实全省科技工作会议部署；启动亚洲物流大会青年计划。")
    assert "落实全省科技工作会议" not in labels(x, "Event")
    assert not any(label.startswith("启动") for label in labels(x, "Event"))


def test_what_is_carried_out_is_no_topic_before_he():
    found = [f.label for f in mentions.events("学习贯彻重要讲话精神和全省经济工作会议精神。")]
    assert found == ["全省经济工作会议"]


def test_a_congress_and_its_forum_joined_by_a_middle_dot_are_one_name():
    found = [f.label for f in mentions.events("3月2日，2025东湖大会· 数据治理论坛在汉举行。")]
    assert "2025东湖大会· 数据治理论坛" in found


def test_an_event_held_at_a_venue_after_yu_or_before_it_with_de(extractor):
    x = extract(extractor, "2025智慧农业大会于杭州成功举办。")
    assert ("2025智慧农业大会", "locatedIn", "杭州") in triples(x)
    x = extract(extractor, "5月9日，在杭州召开的全省数字乡村现场推进会上，有关负责人作了发言。")
    assert ("全省数字乡村现场推进会", "locatedIn", "杭州") in triples(x)


def test_a_high_level_meeting_joined_to_a_congress_keeps_the_acronym_of_the_congress():
    found = mentions.events("2025世界智能大会暨全球治理高级别会议（WIC 2025）在天津开幕。嘉宾在WIC大会上发言。")
    assert {f.label for f in found} == {"2025世界智能大会暨全球治理高级别会议"}


def test_a_short_name_of_a_joined_gathering_refers_to_it():
    found = mentions.events("2025智慧交通大会暨第三届车路协同论坛5月8日在武汉开幕。大会设六场论坛，车路协同论坛是其一。")
    assert {f.label for f in found} == {"2025智慧交通大会暨第三届车路协同论坛"}


def test_a_name_opening_with_an_acronym_refers_to_the_one_opening_with_the_words():
    found = mentions.events("CAAI智能制造创新发展论坛举行。9日，中国人工智能学会智能制造创新发展论坛在南京开幕。")
    assert {f.label for f in found} == {"中国人工智能学会智能制造创新发展论坛"}


def test_a_draft_and_the_same_title_without_its_edition_are_one_document(extractor):
    x = extract(extractor, "关于加快江城市数据开放的实施意见\n市数据局发布《关于加快江城市数据开放的实施意见（征求意见稿）》，"
                           "公开征求意见。")
    assert labels(x, "Document") == ["关于加快江城市数据开放的实施意见"]


def test_local_bodies_opening_a_title_publish_it(extractor):
    x = extract(extractor, "近日，《中共江西省委 江西省人民政府关于加快数字乡村建设的实施意见》正式出台。")
    t = triples(x)
    doc = "中共江西省委 江西省人民政府关于加快数字乡村建设的实施意见"
    assert {(doc, "publishedBy", "中共江西省委"), (doc, "publishedBy", "江西省人民政府")} <= t


def test_a_title_opening_with_no_local_body_names_no_local_publisher(extractor):
    x = extract(extractor, "《江西数字乡村建设试点关于推进示范的若干意见》提出，要建设示范点。")
    assert not [r for r in triples(x) if r[1] == "publishedBy"]


def test_plans_issued_without_title_marks_are_documents(extractor):
    x = extract(extractor, "近年来，江城市先后印发江城市数字经济行动计划、加快智能制造发展行动方案等，支持企业发展。")
    assert labels(x, "Document") == ["加快智能制造发展行动方案", "江城市数字经济行动计划"]


def test_a_plan_still_to_be_issued_is_no_document(extractor):
    x = extract(extractor, "下一步，要加快出台数据安全分级管理实施方案，省政府出台和完善人才发展规划。")
    assert labels(x, "Document") == []


def test_the_body_issuing_a_notice_issues_the_document_it_carries(extractor):
    x = extract(extractor, "近日，《财政部关于印发〈关于加强政府会计管理的指导意见〉的通知》正式公布。")
    assert ("关于加强政府会计管理的指导意见", "publishedBy", "财政部") in triples(x)


def test_the_government_a_governor_speaks_for_publishes_the_work_report(extractor):
    x = extract(extractor, "会议开幕。江西省省长李明代表江西省人民政府向大会作政府工作报告。")
    assert ("政府工作报告", "publishedBy", "江西省人民政府") in triples(x)


def test_a_launch_briefing_a_discussion_and_a_whole_meeting_word_end_an_event_name():
    found = {f.label for f in mentions.events(
        "日前，有关部门在京召开《某某服务规范》行业标准发布宣贯会。次日召开全省政务服务改革推进会议，"
        "随后举行数据要素市场专题讨论会。")}
    assert {"行业标准发布宣贯会", "全省政务服务改革推进会议", "数据要素市场专题讨论会"} <= found
    assert "全省政务服务改革推进会" not in found


def test_a_count_of_sessions_before_a_meeting_s_name_is_no_part_of_it_and_an_on_site_meeting_is_none():
    assert {f.label for f in mentions.events("今年举办三场智能网联汽车产业供需对接会。")} == {"智能网联汽车产业供需对接会"}
    assert not mentions.events("年内召开现场推进会，推广典型经验。")
    assert not mentions.events("全年举办5场论坛。")


def test_persons_named_only_as_elected_do_not_speak_at_the_meeting(extractor):
    text = ("某省软件行业协会第五届会员代表大会在杭州召开。协会会长王立新出席并讲话。\n"
            "大会选举产生新一届理事会。甲科技公司董事长李明、乙信息公司总裁赵华等5人当选副会长。")
    t = triples(extract(extractor, text))
    assert ("王立新", "speaksAt", "某省软件行业协会第五届会员代表大会") in t
    assert not [s for s, p, o in t if p == "speaksAt" and s in ("李明", "赵华")]


def test_an_event_said_to_be_held_lately_is_located_there(extractor):
    x = extract(extractor, "2025中国算力产业大会日前在天津举行，发布了多项成果。")
    assert ("2025中国算力产业大会", "locatedIn", "天津") in triples(x)


def test_two_sessions_opened_respectively_on_two_dates_are_both_located(extractor):
    x = extract(extractor, "省十五届人大三次会议和省政协十三届三次会议分别于1月20日和1月19日在南京开幕。")
    t = triples(x)
    assert sum(1 for s, p, o in t if p == "locatedIn" and o == "南京") == 2, t


def test_two_issuers_of_a_title_split_by_a_no_break_space_both_publish_it(extractor):
    x = extract(extractor, "近日，《中共中央办公厅\xa0国务院办公厅关于加强数字政府建设的意见》正式公布。")
    t = triples(x)
    assert sum(1 for s, p, o in t if p == "publishedBy") == 2, t
