"""The fact rules of extract/rules/speakers.py: who speaks in each sentence.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor and lexicon fixtures are in tests/conftest.py.
"""
from cnkg.extract.rules import officials, speakers
from rules_helpers import built_context, context_of, extract, labels, triples


def test_pronoun_refers_to_the_last_speaker(extractor):
    text = ("科技部副部长吴朝晖表示，科技创新是关键。\n"
            "他强调了三项任务：一是加强基础研究；二是推进关键核心技术攻关。")
    x = extract(extractor, text)
    assert ("吴朝晖", "proposes", "推进关键核心技术攻关") in triples(x)


def test_transcript_speaker_at_paragraph_start(extractor):
    text = ("生态环境部部长黄润秋出席发布会。\n"
            "黄润秋：下一步，我们要深入打好污染防治攻坚战，推进减污降碳协同增效。")
    t = triples(extract(extractor, text))
    assert ("黄润秋", "proposes", "深入打好污染防治攻坚战") in t


def test_header_line_names_the_speaker_of_the_next_paragraphs(extractor):
    text = ("（全国政协专题协商会发言摘登）\n"
            "全国政协常委，中国科学院院士陈立平：\n"
            "要加快建设国家算力网络，推动东西部算力协同。\n"
            "应完善数据要素市场规则，促进数据有序流通。")
    x = extract(extractor, text)
    t = triples(x)
    assert ("陈立平", "proposes", "加快建设国家算力网络") in t
    assert ("陈立平", "proposes", "完善数据要素市场规则") in t


def test_a_line_of_a_name_and_a_speech_verb_alone_names_the_speaker_of_the_next_paragraphs(extractor):
    text = ("智慧农业推进会在京召开\n"
            "农业农村部市场与信息化司司长陈立平、省农科院院长刘晓东出席会议。\n"
            "陈立平司长指出\n"
            "下一步，将加快建设农业农村大数据平台，推进智慧农场试点。\n"
            "刘晓东院长认为\n"
            "要加强农业传感器研发。")
    t = triples(extract(extractor, text))
    assert ("陈立平", "proposes", "加快建设农业农村大数据平台") in t
    assert ("刘晓东", "proposes", "加强农业传感器研发") in t
    assert ("陈立平", "proposes", "加强农业传感器研发") not in t


def test_a_short_line_that_goes_on_after_its_verb_is_no_speaker_line(extractor):
    context = built_context(extractor, "司长陈立平出席会议。\n陈立平强调的三点\n要加快建设农业大数据平台。")
    line = context.sentences[1]
    named = context.by_sentence("Person").get(line.index, [])
    assert named and speakers._saying_header(context, named, line.start, line.end) is None


def test_the_aims_between_two_turns_of_one_speaker_are_theirs(extractor):
    text = ("农业科技论坛举行\n"
            "省农科院院长刘晓东认为要抓住两个关键。\n"
            "从技术侧看，应加强农业传感器研发。"
            "刘晓东建议，设立智慧农业专项基金。")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加强农业传感器研发") in t


def test_a_sentence_between_two_turns_where_a_text_states_the_aim_is_not_the_speakers(extractor):
    text = ("农业科技论坛举行\n"
            "省农科院院长刘晓东认为要抓住两个关键。\n"
            "行动方案明确，要加强农业传感器研发。"
            "刘晓东建议，设立智慧农业专项基金。")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加强农业传感器研发") not in t


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


def test_the_speaker_carries_to_the_next_sentence_of_the_paragraph(extractor):
    x = extract(extractor, "杭州市市长吴明表示，杭州将全力支持研究中心发展。衷心希望研究中心发挥智库作用，着力解决数据流通难题。")
    assert ("吴明", "proposes", "着力解决数据流通难题") in triples(x)


def test_find_speakers_writes_the_speaker_of_each_sentence(extractor):
    context = context_of(extractor, "工业和信息化部副部长辛国斌出席会议。他指出，要加快推进新型工业化。")
    assert context.speakers == {}
    officials.find_officials(context)
    speakers.find_speakers(context)
    assert context.speakers == {1: "person/辛国斌"}


def test_a_quotation_over_two_paragraphs_keeps_its_speaker(extractor):
    x = extract(extractor, "商务部新闻发言人李华在发布会上表示，“我们将积极推进自贸区建设。\n"
                           "“下一步，要加快完善跨境电商服务体系。”")
    assert ("李华", "proposes", "加快完善跨境电商服务体系") in triples(x)


def test_a_pronoun_refers_to_the_person_named_last_when_nobody_spoke_yet(extractor):
    x = extract(extractor, "1月5日，某省第十届人民代表大会开幕，某省省长王强作了政府工作报告。"
                           "他在报告中提到，今年要加快建设现代化产业体系。")
    assert ("王强", "proposes", "加快建设现代化产业体系") in triples(x)


def test_in_his_view_names_the_speaker_of_the_sentence(extractor):
    x = extract(extractor, "农业大学副校长王强出席论坛并致辞，对嘉宾表示欢迎。在他看来，要加快培育农业科技人才。")
    assert ("王强", "proposes", "加快培育农业科技人才") in triples(x)


def test_the_reporter_of_the_byline_is_not_the_speaker(extractor):
    t = triples(extract(extractor, "（记者 张明）国家数据局副局长刘伟在发布会上表示，要加快建设全国一体化数据市场。"))
    assert ("刘伟", "proposes", "加快建设全国一体化数据市场") in t
    assert not any(s == "张明" and p == "proposes" for s, p, _ in t)


def test_the_speaker_speaks_for_the_body_of_their_full_post_not_a_deputy_one(extractor):
    # the government is a body of the graph only where the article names it (a mayor alone infers none)
    t = triples(extract(extractor, "南通市人民政府与某集团签署合作协议。"
                                   "南通市委副书记、市长张强在签约仪式上表示，我市将加快建设智慧城市。"))
    assert ("南通市人民政府", "hasGoal", "加快建设智慧城市") in t
    assert ("南通市委", "hasGoal", "加快建设智慧城市") not in t


def test_an_academician_speaks_for_their_university_not_the_academy(extractor):
    t = triples(extract(extractor, "中国科学院院士、北京大学副校长张强表示，学校将加快建设一流数学学科。"))
    assert ("北京大学", "hasGoal", "加快建设一流数学学科") in t
    assert ("中国科学院", "hasGoal", "加快建设一流数学学科") not in t


def test_a_body_that_speaks_itself_has_the_goals_it_states(extractor):
    t = triples(extract(extractor, "中国人民银行发布《2022年第三季度货币政策执行报告》。\n"
                                   "关于房地产市场，央行表示，要稳妥实施房地产金融审慎管理制度，促进房地产市场健康发展。"))
    assert ("中国人民银行", "hasGoal", "稳妥实施房地产金融审慎管理制度") in t


def test_body_speakers_carry_over_the_paragraph_until_a_person_speaks(extractor):
    context = built_context(extractor, "商务部表示，将加快建设自贸试验区。同时要扩大服务业开放。\n"
                                       "商务部部长王明指出，要稳住外贸基本盘。")
    found = speakers.body_speakers(context)
    assert set(found) == {0, 1} and context.reg.entities[found[0]].label == "商务部"
    assert list(context.speakers) == [2]


def test_a_paragraph_announcing_a_list_gives_its_speaker_the_items_that_follow(extractor):
    t = triples(extract(extractor, "1月5日，省政府召开常务会议。省长王明主持会议并讲话。他强调，\n"
                                   "——要加快建设全省一体化数字政府。\n"
                                   "——要着力推进新型智慧城市建设。\n"
                                   "会议还研究了其他事项。要加快推进重点项目建设。"))
    assert ("王明", "proposes", "——要着力推进新型智慧城市建设") in t
    assert ("王明", "proposes", "加快推进重点项目建设") not in t


def test_a_quote_paragraph_right_after_a_speakers_quote_is_theirs(extractor):
    t = triples(extract(extractor, "商务部新闻发言人李华表示，“我们将积极推进自贸试验区建设。”\n"
                                   "“中方将持续扩大服务业开放，推动数字贸易发展。”\n"
                                   "会议期间，各方进行了交流。\n"
                                   "“要加快完善跨境数据流动规则。”"))
    assert ("李华", "proposes", "推动数字贸易发展") in t
    assert ("李华", "proposes", "加快完善跨境数据流动规则") not in t


def test_an_official_who_requires_proposes(extractor):
    t = triples(extract(extractor, "会议由教育部副部长王明主持。王明要求，全面加强教育信息化建设，健全网络安全责任体系。"))
    assert ("王明", "proposes", "健全网络安全责任体系") in t


def test_a_transcript_line_that_opens_with_its_speakers_post_and_name(extractor):
    t = triples(extract(extractor, "记者：下一步有哪些考虑？\n"
                                   "省交通运输厅副厅长陈明：下一步，我们将加快建设综合交通枢纽，推进智慧公路试点。"))
    assert ("陈明", "proposes", "加快建设综合交通枢纽") in t
    assert ("省交通运输厅", "hasGoal", "推进智慧公路试点") in t


def test_a_bodys_responsible_comrade_speaks_for_it_and_a_document_to_implement_is_no_owner(extractor):
    t = triples(extract(extractor, "国务院印发《关于推进数据产业发展的意见》。"
                                   "国家数据局有关负责同志表示，下一步将加强统筹协调，抓好《意见》贯彻落实。"))
    assert ("国家数据局", "hasGoal", "抓好《意见》贯彻落实") in t
    assert ("关于推进数据产业发展的意见", "hasGoal", "抓好《意见》贯彻落实") not in t


def test_a_quotation_whose_sentence_ends_naming_its_speaker_is_theirs(extractor):
    x = extract(extractor, "林业科技座谈会举行\n"
                           "“林业科技要服务生态建设。我们将加快培育抗旱树种，完善林草监测网络。”"
                           "在日前举行的“林业科技创新”座谈会上，中国林业科学研究院副院长周明华如是说。")
    t = triples(x)
    assert ("周明华", "proposes", "加快培育抗旱树种") in t
    assert ("周明华", "proposes", "完善林草监测网络") in t


def test_a_quotation_followed_by_another_quotation_is_not_given_to_a_later_name(extractor):
    context = context_of(extractor, "“要加快培育抗旱树种。”他还提到“林草监测网络很重要”，周明华说。")
    officials.find_officials(context)
    officials.find_person_mentions(context)
    persons = context.reg.of_type("Person")
    assert speakers.person_ending_sentence(context.text, context.text.find("”") + 1, persons) is None


def test_a_sentence_of_a_name_and_a_speech_verb_closes_its_paragraph_for_the_speaker(extractor):
    x = extract(extractor, "交通运输部新闻发言人吴春耕在例行发布会上介绍了一季度情况。\n"
                           "下一步，要加快建设综合立体交通网，提升国际物流供应链韧性。吴春耕称。")
    t = triples(x)
    assert ("吴春耕", "proposes", "加快建设综合立体交通网") in t


def test_the_person_the_title_names_speaks_the_later_paragraphs_that_name_nobody(extractor):
    text = ("中国电信董事长柯瑞文：共建数字生态\n"
            "4月8日，数字生态大会在杭州开幕，中国电信董事长柯瑞文出席并发表主旨演讲。\n"
            "柯瑞文表示，数字技术正在深刻改变经济社会。\n"
            "会场座无虚席。\n"
            "面向未来，中国电信将加快建设云网融合新型基础设施。\n"
            "同时，要推动人工智能与千行百业深度融合。")
    t = triples(extract(extractor, text))
    assert ("柯瑞文", "proposes", "加快建设云网融合新型基础设施") in t
    assert ("柯瑞文", "proposes", "推动人工智能与千行百业深度融合") in t


def test_a_later_paragraph_naming_another_person_is_not_the_title_persons(extractor):
    text = ("中国电信董事长柯瑞文：共建数字生态\n"
            "柯瑞文表示，数字技术正在深刻改变经济社会。\n"
            "会上，浙江省副省长卢山为示范基地揭牌。要加快建设云网融合新型基础设施。")
    t = triples(extract(extractor, text))
    assert ("柯瑞文", "proposes", "加快建设云网融合新型基础设施") not in t


def test_a_transcript_answer_runs_on_over_its_paragraphs_until_the_next_speaker_line(extractor):
    text = ("国家林草局举行新闻发布会\n"
            "国家林业和草原局副局长王立新出席发布会。\n"
            "记者：请问下一步有哪些工作安排？\n"
            "王立新：谢谢你的提问。今年以来，我们完成了造林任务。\n"
            "下一步，我们将加快推进国家公园建设，完善生态补偿机制。\n"
            "记者：请问如何看待沙化土地治理？\n"
            "要加快实施防沙治沙重点工程。")
    t = triples(extract(extractor, text))
    assert ("王立新", "proposes", "加快推进国家公园建设") in t
    assert ("王立新", "proposes", "加快实施防沙治沙重点工程") not in t


def test_a_spokespersons_goals_are_their_bodys():
    from rules_helpers import attribution_rules_extractor

    t = triples(extract(attribution_rules_extractor(), "国家林业和草原局新闻发言人、生态保护修复司司长李华强在发布会上表示，"
                                   "下一步，要加快推进国土绿化，着力提升森林质量。"))
    assert ("李华强", "proposes", "加快推进国土绿化") in t
    assert ("国家林业和草原局", "hasGoal", "加快推进国土绿化") in t


def test_spokesperson_bodies_name_the_body_of_the_spokesperson_post(extractor):
    context = built_context(extractor, "国家林业和草原局新闻发言人、生态保护修复司司长李华强在发布会上表示，"
                                       "下一步，要加快推进国土绿化。")
    spokes = speakers.spokesperson_bodies(context)
    assert [context.reg.entities[b].label for b in spokes.values()] == ["国家林业和草原局"]


def test_a_member_who_submits_a_proposal_proposes_what_it_suggests(extractor):
    t = triples(extract(extractor, "全国政协委员、某大学副校长陈立新向大会提交《关于加强乡村学校师资建设的提案》，"
                                   "建议完善乡村教师补贴制度。"))
    assert ("陈立新", "proposes", "完善乡村教师补贴制度") in t


def test_a_member_who_offers_advice_proposes_it(extractor):
    t = triples(extract(extractor, "全国政协委员陈立新建言，要加快建设乡村学校图书馆，完善乡村教师补贴制度。"))
    assert ("陈立新", "proposes", "加快建设乡村学校图书馆") in t


def test_a_half_width_comma_ends_the_clause_a_speech_verb_must_be_in(extractor):
    # the speech verb belongs to the next clause (会议强调): the person only attended
    t = triples(extract(extractor, "国家林业和草原局局长王立新出席了会议,会议强调要加快推进国土绿化。"))
    assert ("王立新", "proposes", "加快推进国土绿化") not in t
    t = triples(extract(extractor, "国家林业和草原局局长王立新强调,要加快推进国土绿化。"))
    assert ("王立新", "proposes", "加快推进国土绿化") in t


def test_a_pronoun_after_a_half_width_comma_refers_to_the_last_speaker(extractor):
    t = triples(extract(extractor, "国家林业和草原局局长王立新表示，林草工作取得新进展。\n"
                                   "会上，专家们进行了交流。\n"
                                   "会后,他指出,要加快推进国土绿化。"))
    assert ("王立新", "proposes", "加快推进国土绿化") in t


def test_he_after_a_talk_refers_to_the_speaker_named_after_their_posts(extractor):
    t = triples(extract(extractor, "中国工程院院士王立新围绕“数据治理”作了主题演讲。他认为，要加快完善数据治理体系。\n"
                                   "江城大学公共管理学院教授、数字治理研究院副院长李华围绕“治理之道”进行了演讲，"
                                   "他指出，要构建敏捷协同的治理框架。"))
    assert ("王立新", "proposes", "加快完善数据治理体系") in t
    assert ("李华", "proposes", "构建敏捷协同的治理框架") in t
    assert ("王立新", "proposes", "构建敏捷协同的治理框架") not in t


def test_an_authors_byline_names_who_proposes_the_pieces_goals(extractor):
    text = ("以标准引领算力网络建设\n"
            "文 | 国家信息中心主任\u00a0王建平\n"
            "当前算力需求快速增长。下一步，要加快制定算力网络标准，推动算力资源高效调度。\n"
            "《算力发展指南》提出，要推进绿色数据中心建设。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "holdsPost", "国家信息中心") in found
    assert ("王建平", "proposes", "加快制定算力网络标准") in found
    # what a document sets stays the document's, and the author's own proposals are not the document's
    assert ("王建平", "proposes", "推进绿色数据中心建设") not in found
    assert ("算力发展指南", "hasGoal", "推进绿色数据中心建设") in found
    assert ("算力发展指南", "hasGoal", "加快制定算力网络标准") not in found


def test_the_head_of_a_bureau_writes_for_it_with_posts_split_by_commas(extractor):
    text = ("以数据要素赋能实体经济\n"
            "文 | 某省委宣传部副部长，某省数据管理局局长 李建华\n"
            "下一步，我们要加快培育数据要素市场，推动公共数据开放共享。\n")
    found = triples(extract(extractor, text))
    assert ("李建华", "holdsPost", "某省数据管理局") in found
    assert ("李建华", "proposes", "加快培育数据要素市场") in found
    assert ("某省数据管理局", "hasGoal", "加快培育数据要素市场") in found


def test_an_expert_of_a_research_centre_writes_for_themselves(extractor):
    text = ("以标准引领算力网络建设\n"
            "文 | 国家信息中心主任\u00a0王建平\n"
            "下一步，要加快制定算力网络标准，推动算力资源高效调度。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加快制定算力网络标准") in found
    assert ("国家信息中心", "hasGoal", "加快制定算力网络标准") not in found

def test_a_leader_quoted_in_a_signed_piece_says_only_the_quotation(extractor):
    text = ("推动数据产业高质量发展\n"
            "文 | 某省数据局局长\u00a0赵新民\n"
            "习近平总书记强调：“要构建以数据为关键要素的数字经济。”当前，要加快建设数据交易平台，推动公共数据开放。\n")
    found = triples(extract(extractor, text))
    assert ("赵新民", "proposes", "加快建设数据交易平台") in found
    assert not any(s == "习近平" and p == "proposes" and o == "加快建设数据交易平台" for s, p, o in found)


def test_a_leader_cited_without_quotation_marks_in_a_signed_piece_says_only_that_sentence(extractor):
    text = ("推动数据产业高质量发展\n"
            "文 | 某省数据局局长\u00a0赵新民\n"
            "习近平总书记指出，数据是新型生产要素。面对新形势，必须加快建设数据交易平台，推动公共数据开放。\n")
    found = triples(extract(extractor, text))
    assert ("赵新民", "proposes", "加快建设数据交易平台") in found
    assert not any(s == "习近平" and p == "proposes" and o == "加快建设数据交易平台" for s, p, o in found)


def test_a_paragraph_after_a_leaders_quotation_is_not_the_leaders(extractor):
    text = ("某省召开数字经济工作会议。\n"
            "习近平总书记指出：“数字经济事关国家发展大局。”全省要加快培育数据要素市场。\n")
    assert not any(s == "习近平" and p == "proposes" for s, p, o in triples(extract(extractor, text)))


def test_an_administrations_head_writes_for_it_an_expert_for_no_body(extractor):
    piece = ("下一步，要加快建设数据交易平台，推动公共数据开放。\n")
    found = triples(extract(extractor, "推动数据产业高质量发展\n文 | 某省数据局局长\u00a0赵新民\n" + piece))
    assert ("赵新民", "proposes", "加快建设数据交易平台") in found
    assert ("某省数据局", "hasGoal", "加快建设数据交易平台") in found
    for byline in ("文 | 国家信息中心主任\u00a0王建平\n", "文 | 某省信息技术研究院副院长\u00a0王建平\n"):
        found = triples(extract(extractor, "推动数据产业高质量发展\n" + byline + piece))
        assert ("王建平", "proposes", "加快建设数据交易平台") in found
        assert not any(p == "hasGoal" and o == "加快建设数据交易平台" for s, p, o in found)


def test_the_head_of_an_advisory_committee_writes_as_an_expert_for_no_body(extractor):
    piece = "下一步，要加快建设数据交易平台，推动公共数据开放。\n"
    found = triples(extract(extractor, "推动数据产业高质量发展\n文 | 某省数字政府专家委员会主任\u00a0王建平\n" + piece))
    assert ("王建平", "proposes", "加快建设数据交易平台") in found
    assert not any(p == "hasGoal" and o == "加快建设数据交易平台" for s, p, o in found)


def test_an_officials_signed_article_is_his_and_his_ministrys(extractor):
    text = ("某部部长：加快建设算力基础设施\n"
            "9月3日，交通运输部部长王建平在《光明日报》撰文《加快建设交通强国》指出，要加快建设智慧交通。\n"
            "以下为全文：\n"
            "下一步，要推动交通基础设施数字化改造，完善综合运输服务体系。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "推动交通基础设施数字化改造") in found
    assert ("交通运输部", "hasGoal", "推动交通基础设施数字化改造") in found


def test_a_signed_article_with_two_authors_is_proposed_by_both(extractor):
    text = ("推动数据产业高质量发展\n"
            "江城大学教授王建平、李红梅近日在《江城日报》发表署名文章指出，数据产业发展迎来机遇。\n"
            "下一步，要加快建设数据交易平台，推动公共数据开放。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加快建设数据交易平台") in found
    assert ("李红梅", "proposes", "加快建设数据交易平台") in found


def test_a_person_who_reads_an_article_is_no_author(extractor):
    text = ("某市学习会召开\n"
            "市委书记王建平主持会议。会议学习了《江城日报》文章。\n"
            "下一步，要加快建设数据交易平台，推动公共数据开放。\n")
    found = triples(extract(extractor, text))
    assert not any(s == "王建平" and p == "proposes" for s, p, o in found)


def test_a_byline_with_two_authors_names_both(extractor):
    text = ("数字经济发展环境持续完善\n"
            "文 | 江城信息中心规划部 王建平 李红梅\n"
            "下一步，要加快建设数据交易平台，推动公共数据开放。\n")
    x = extract(extractor, text)
    found = triples(x)
    assert {"王建平", "李红梅"} <= set(labels(x, "Person"))
    assert ("王建平", "proposes", "加快建设数据交易平台") in found
    assert ("李红梅", "proposes", "加快建设数据交易平台") in found


def test_a_talk_printed_in_full_is_its_speakers(extractor):
    text = ("某银行行长：推动数字金融发展\n"
            "江城银行行长王建平出席论坛并通过视频发表致辞，以下为王建平致辞内容：\n"
            "尊敬的各位来宾，大家上午好！\n"
            "未来，江城银行将加快建设数字金融服务平台，提升普惠金融服务能力。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加快建设数字金融服务平台") in found


def test_the_questions_of_a_transcript_printed_in_full_are_not_the_speakers(extractor):
    text = ("某委举行新闻发布会\n"
            "某委新闻发言人王建平出席发布会并发表讲话。以下为文字实录：\n"
            "记者：请问下一步如何加快建设数据交易平台？\n"
            "王建平：谢谢你的提问。下一步，我们将推动公共数据开放。\n")
    found = triples(extract(extractor, text))
    assert not any(s == "王建平" and p == "proposes" and "数据交易平台" in o for s, p, o in found)


def test_a_paragraph_opened_by_tongshi_goes_on_with_the_last_speakers_turn(extractor):
    text = ("某市举办网络安全大会\n"
            "江城科技集团总裁王建平在致辞中指出，城市数字化进程正在加速。\n"
            "同时，要加快建设城市安全运营中心，推动安全服务普惠。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加快建设城市安全运营中心") in found
    text = text.replace("同时，要", "此外，《江城数字经济规划》提出，要")   # the document's, not the speaker's
    assert not any(s == "王建平" and p == "proposes" for s, p, o in triples(extract(extractor, text)) if "运营中心" in o)


def test_the_subject_who_goes_on_to_think_speaks_the_sentence(extractor):
    text = ("某市举办数据安全论坛\n"
            "江城燃气集团信息中心主任王建平从企业需求出发，认为要加快完善数据安全责任体系。\n")
    found = triples(extract(extractor, text))
    assert ("王建平", "proposes", "加快完善数据安全责任体系") in found


def test_a_journalists_byline_is_no_author(extractor):
    text = ("某市加快算力网络建设\n"
            "作者 | 本报记者 王建平\n"
            "下一步，要加快制定算力网络标准，推动算力资源高效调度。\n")
    found = triples(extract(extractor, text))
    assert not any(p == "proposes" and s == "王建平" for s, p, o in found)


def test_a_body_on_the_byline_has_the_pieces_goals_that_no_one_else_has(extractor):
    text = ("打造网络安全优势赛道\n"
            "文 | 某市互联网信息办公室\n"
            "下一步，要加快制定网络安全产业规划，推动网络安全企业集聚发展。\n")
    found = triples(extract(extractor, text))
    owners = {s for s, p, o in found if p == "hasGoal" and o == "加快制定网络安全产业规划"}
    assert owners == {"某市互联网信息办公室"}


_QA = ("问：《办法》的主要内容是什么？\n"
       "答：《办法》提出，要建立公共数据授权运营机制，加强授权运营安全管理。\n")


def test_the_bodies_that_issue_a_document_and_answer_for_it_have_its_goals(extractor):
    text = ("国家数据局、财政部有关负责人就印发《公共数据授权运营管理办法》答记者问\n"
            "近日，国家数据局、财政部联合印发《公共数据授权运营管理办法》（以下简称《办法》）。\n" + _QA)
    t = triples(extract(extractor, text))
    for owner in ("公共数据授权运营管理办法", "国家数据局", "财政部"):
        assert (owner, "hasGoal", "建立公共数据授权运营机制") in t


def test_a_goal_one_of_the_jointly_answering_bodies_has_is_the_others_too(extractor):
    text = ("国家数据局、财政部有关负责人就印发《公共数据授权运营管理办法》答记者问\n"
            "近日，国家数据局、财政部联合印发《公共数据授权运营管理办法》（以下简称《办法》）。\n" + _QA
            + "问：下一步有哪些打算？\n答：财政部将加快建设公共数据登记平台。\n")
    t = triples(extract(extractor, text))
    for owner in ("国家数据局", "财政部"):
        assert (owner, "hasGoal", "加快建设公共数据登记平台") in t


def test_a_body_that_only_interprets_another_bodys_document_has_none_of_its_goals(extractor):
    text = ("国家数据局有关负责同志就《公共数据授权运营管理办法》答记者问\n"
            "近日，国务院印发《公共数据授权运营管理办法》（以下简称《办法》）。\n" + _QA)
    t = triples(extract(extractor, text))
    assert ("公共数据授权运营管理办法", "hasGoal", "建立公共数据授权运营机制") in t
    assert ("国家数据局", "hasGoal", "建立公共数据授权运营机制") not in t


def test_the_answers_of_an_interview_with_one_named_person_are_theirs(extractor):
    text = ("推动算力网络建设\n"
            "日前，本报记者采访了江城市数据局局长周文涛。\n"
            "问\n"
            "下一步有哪些打算？\n"
            "答\n"
            "下一步，将加快建设城市算力网络，推动公共数据开放共享。\n"
            "问：如何保障数据安全？\n"
            "答：要健全数据分类分级保护制度。\n")
    t = triples(extract(extractor, text))
    for goal in ("加快建设城市算力网络", "推动公共数据开放共享", "健全数据分类分级保护制度"):
        assert ("周文涛", "proposes", goal) in t
        assert ("江城市数据局", "hasGoal", goal) in t   # the answers are given for the body


def test_answers_with_no_named_interviewee_get_no_speaker_from_their_marks(extractor):
    context = built_context(extractor, "有关负责同志就数据条例答记者问\n"
                                       "问：出台背景是什么？\n答：要健全数据分类分级保护制度。\n")
    assert speakers.interviewee(context) is None
    assert not context.speakers


def test_the_interviewee_is_the_one_person_interviewed_or_none(extractor):
    for text, expected in (("日前，本报记者采访了江城市数据局局长周文涛。", "周文涛"),
                           ("江城市数据局局长周文涛日前接受本报记者专访。", "周文涛"),
                           ("江城市数据局局长周文涛和副局长李明远接受了本报记者采访。", None),
                           ("江城市数据局局长周文涛出席会议。", None)):
        context = built_context(extractor, text)
        found = speakers.interviewee(context)
        labels = {e.key: e.label for e in context.reg.of_type("Person")}
        assert labels.get(found) == expected, text


def test_a_subject_who_goes_on_to_speak_later_in_the_sentence_is_its_speaker(extractor):
    t = triples(extract(extractor, "市科技局副局长张伟在致辞中感谢各高校对园区的支持，并表示将加快建设科技成果转化平台。"))
    assert ("张伟", "proposes", "加快建设科技成果转化平台") in t


def test_a_speaker_proposes_the_goals_their_own_body_has_in_their_turn(extractor):
    t = triples(extract(extractor, "商务部市场运行司司长王伟表示，今年消费市场稳步恢复。\n"
                                   "王伟举例，商务部将加快培育新型消费，推动消费场景创新。"))
    assert ("商务部", "hasGoal", "加快培育新型消费") in t
    assert ("王伟", "proposes", "加快培育新型消费") in t


def test_a_body_goal_outside_any_speakers_turn_stays_the_bodys_alone(extractor):
    t = triples(extract(extractor, "商务部市场运行司司长王伟在发布会上回答了提问。\n"
                                   "商务部将加快培育新型消费，推动消费场景创新。"))
    assert ("商务部", "hasGoal", "加快培育新型消费") in t
    assert ("王伟", "proposes", "加快培育新型消费") not in t


def test_a_pronoun_opening_a_sentence_is_the_person_the_sentence_before_named(extractor):
    t = triples(extract(extractor, "中国网络安全协会会长王明表示，行业发展迅速。\n"
                                   "公安部某局原副局长、一级巡视员、总工程师李华以《数据安全新趋势》为题，"
                                   "分享了数据安全治理的经验。他表示，要加快完善数据安全标准体系。"))
    assert ("李华", "proposes", "加快完善数据安全标准体系") in t
    assert ("王明", "proposes", "加快完善数据安全标准体系") not in t


def test_a_paragraph_announcing_points_gives_its_speaker_the_next_paragraphs(extractor):
    text = ("农业科技协会召开理事会\n"
            "省农科院院长刘晓东对新一届理事会提出几点希望。\n"
            "首先，要加强农业传感器研发。\n"
            "第二，持续优化农技推广服务。")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加强农业传感器研发") in t
    assert ("刘晓东", "proposes", "持续优化农技推广服务") in t


def test_a_quotation_opening_its_paragraph_is_the_persons_who_speaks_right_after_it(extractor):
    text = ("农业科技论坛举行\n"
            "省农科院院长刘晓东出席论坛。\n"
            "“我们要加快建设农业农村大数据平台”。刘晓东说，农业正在走向智能化。")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加快建设农业农村大数据平台") in t


def test_a_quotation_inside_a_paragraph_is_not_given_to_the_name_after_its_sentence(extractor):
    context = context_of(extractor, "会上有人提出“要加快建设农业农村大数据平台”。院长刘晓东说，农业正在走向智能化。")
    officials.find_officials(context)
    officials.find_person_mentions(context)
    assert [p.label for p in context.reg.of_type("Person")] == ["刘晓东"]
    assert speakers.quote_speakers(context, "说|表示") == []


def test_a_dash_credit_line_gives_the_paragraphs_above_it_their_speaker(extractor):
    text = ("两会代表委员热议数字经济\n"
            "代表委员观点：\n"
            "建议加快建设全国一体化算力网络，推动算力资源有序流动。\n"
            "——全国人大代表、某科技集团董事长王建平\n"
            "要完善数据交易规则，培育数据要素市场。\n"
            "——全国政协委员、某大学副校长刘晓燕\n")
    ctx = built_context(extractor, text)
    by_label = {e.key: e.label for e in ctx.reg}
    said = {ctx.sentences[i].text.strip()[:6]: by_label[who] for i, who in ctx.speakers.items()}
    assert said["建议加快建设"] == "王建平"
    assert said["要完善数据交"] == "刘晓燕"
    # the heading above the first quoted paragraph is nobody's words
    assert "代表委员观点" not in said
    t = triples(extract(extractor, text))
    assert ("刘晓燕", "proposes", "培育数据要素市场") in t


def test_a_dash_credit_line_naming_a_body_gives_it_the_goals_above(extractor):
    text = ("两会提案观察\n"
            "加快培育数据要素市场。探索建立数据资产登记制度，完善数据交易规则。\n"
            "——民盟中央\n"
            "业界普遍认为，数据市场前景广阔。")
    t = triples(extract(extractor, text))
    assert ("中国民主同盟中央委员会", "hasGoal", "完善数据交易规则") in t or ("民盟中央", "hasGoal", "完善数据交易规则") in t


def test_a_dash_line_ending_with_a_name_gives_the_paragraph_above_it_its_speaker(extractor):
    text = ("两会代表委员热议数字经济\n"
            "建议加快建设工业互联网平台，推动中小企业数字化转型。\n"
            "——全国人大代表、某某重工集团董事长刘晓东\n"
            "要完善数据要素市场规则，促进数据有序流通。\n"
            "——全国政协委员、省农科院院长陈立平")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加快建设工业互联网平台") in t
    assert ("陈立平", "proposes", "完善数据要素市场规则") in t
    assert ("陈立平", "proposes", "加快建设工业互联网平台") not in t


def test_a_dash_line_that_names_no_one_at_its_end_gives_no_speaker(extractor):
    text = ("数字经济论坛举行\n"
            "省农科院院长陈立平出席论坛。\n"
            "要加快建设工业互联网平台，推动中小企业数字化转型。\n"
            "——摘自论坛发言")
    context = built_context(extractor, text)
    assert not any(context.speakers.get(s.index) for s in context.sentences[2:])


def test_a_subject_named_before_their_post_speaks_in_a_later_clause(extractor):
    context = built_context(extractor, "数字乡村推进会召开\n刘晓东院长从农业科技的需求出发，认为要加强农业传感器研发。")
    assert context.reg.entities[context.speakers[1]].label == "刘晓东"


def test_a_quotation_opening_its_paragraph_is_the_speaker_of_the_next_sentence(extractor):
    text = ("智慧农业论坛举行\n"
            "“要加快建设农业大数据平台，推进智慧农场试点。”作为农业信息化专家，省农科院院长刘晓东呼吁加强农业传感器研发。\n"
            "“要完善数字乡村标准体系。”展望未来，省农业农村厅厅长陈立平对智慧农业充满期待。")
    t = triples(extract(extractor, text))
    assert ("刘晓东", "proposes", "加快建设农业大数据平台") in t
    assert ("陈立平", "proposes", "完善数字乡村标准体系") in t


def test_a_quotation_is_no_ones_when_the_next_sentence_names_two_persons(extractor):
    text = ("智慧农业论坛举行\n"
            "“要加快建设农业大数据平台。”会上，省农科院院长刘晓东与省农业农村厅厅长陈立平进行了交流。")
    context = built_context(extractor, text)
    assert 1 not in context.speakers
