"""The fact rules of extract/rules/title_document.py: the document an article is, named by its
title line without 《》, and the body that issues it.

Hand-made texts in the style of the genre (none from the evaluation articles)."""
from cnkg.extract.rules import title_document
from rules_helpers import context_of, extract, labels, triples


def test_a_title_line_without_book_marks_is_the_document_and_its_issuer_publishes_it(extractor):
    x = extract(extractor, "某省人民政府办公厅关于加快发展数据产业的实施意见\n各市人民政府：\n"
                           "为加快发展数据产业，现提出如下意见。一、要加快建设5G网络。")
    assert "关于加快发展数据产业的实施意见" in labels(x, "Document")
    t = triples(x)
    assert ("关于加快发展数据产业的实施意见", "publishedBy", "某省人民政府办公厅") in t
    assert ("某省人民政府办公厅", "promotes", "5G") in t   # through the goal its document sets


def test_a_notice_that_prints_a_document_is_that_document(extractor):
    x = extract(extractor, "某市人民政府关于印发2025年智慧城市工作要点的通知\n各区人民政府：\n现将要点印发给你们。")
    assert labels(x, "Document") == ["2025年智慧城市工作要点"]
    assert ("2025年智慧城市工作要点", "publishedBy", "某市人民政府") in triples(x)


def test_an_ordinary_headline_is_no_document(extractor):
    x = extract(extractor, "关于数字经济的几点思考\n数字经济发展迅速。")
    assert labels(x, "Document") == []


def test_a_plans_own_title_is_the_document_that_has_its_goals(extractor):
    x = extract(extractor, "某市数据要素发展行动计划（2025—2027年）\n一、总体目标\n到2027年，培育数据企业200家以上。")
    assert labels(x, "Document") == ["某市数据要素发展行动计划"]
    assert ("某市数据要素发展行动计划", "hasGoal", "培育数据企业200家以上") in triples(x)


def test_a_guides_title_with_its_edition_is_the_document_and_the_credited_body_publishes_it(extractor):
    x = extract(extractor, "某市智能制造场景建设指南（第一期）\n为加快智能制造发展，特编制本指南。\n"
                           "本指南旨在引导企业推广智能制造场景。\n来源：某市经济和信息化委员会")
    assert labels(x, "Document") == ["某市智能制造场景建设指南"]
    assert "某市智能制造场景建设指南（第一期）" in [a for e in x.entities if e.type == "Document" for a in e.aliases]
    assert ("某市智能制造场景建设指南", "publishedBy", "某市经济和信息化委员会") in triples(x)


def test_a_credited_account_that_is_no_bodys_name_publishes_nothing(extractor):
    x = extract(extractor, "某市数据安全管理实施方案\n为加强数据安全管理，制定本方案。\n（来源：某市通信业）")
    assert not [t for t in triples(x) if t[1] == "publishedBy"]


def test_a_headline_about_a_plan_is_not_its_title(extractor):
    assert labels(extract(extractor, "某市发布数据要素发展行动计划\n记者从市政府获悉。"), "Document") == []


def test_a_title_after_a_column_tag_or_the_issuers_line_and_joint_issuers(extractor):
    x = extract(extractor, "公布 | 中共中央办公厅 国务院办公厅关于加快建设智慧城市的意见\n（2024年5月1日）\n"
                           "为加快建设智慧城市，现提出如下意见。\n")
    assert "关于加快建设智慧城市的意见" in labels(x, "Document")
    t = triples(x)
    assert ("关于加快建设智慧城市的意见", "publishedBy", "国务院办公厅") in t
    assert any(p == "publishedBy" and s == "关于加快建设智慧城市的意见" and o.endswith("中央办公厅") for s, p, o in t)
    x = extract(extractor, "某省人民政府\n关于推进数字政府建设的实施意见\n各市人民政府：\n现提出以下意见。\n")
    assert "关于推进数字政府建设的实施意见" in labels(x, "Document")


def test_a_document_printed_in_full_after_the_lead_has_the_goals_after_its_title(extractor):
    text = ("通知 | 某部等部门联合发文 推动算力设施协调发展\n"
            "工业和信息化部、教育部等部门联合印发通知，部署推动算力设施协调发展。\n"
            "关于推动算力设施协调发展的通知\n"
            "一、重点任务\n（一）加快建设算力网络。统筹布局数据中心，推进算力互联互通。\n")
    x = extract(extractor, text)
    assert "关于推动算力设施协调发展的通知" in labels(x, "Document")
    t = triples(x)
    for goal in ("加快建设算力网络", "推进算力互联互通"):
        assert ("关于推动算力设施协调发展的通知", "hasGoal", goal) in t
    # a line of running text is no title
    x = extract(extractor, "某市推进数字政府建设\n会议指出，要关于推动数字政府建设的通知精神抓好落实。\n")
    assert labels(x, "Document") == []


def test_a_proposal_printed_in_full_has_the_goals_after_its_title(extractor):
    text = ("两会聚焦 | 全国政协委员王建平的提案\n全国政协委员王建平今年带来一份提案。\n"
            "关于加强数据安全保护的提案\n一、完善数据安全责任制。加快制定数据分类分级标准。\n")
    t = triples(extract(extractor, text))
    assert ("关于加强数据安全保护的提案", "hasGoal", "完善数据安全责任制") in t


def test_a_headline_names_the_document_a_body_issued_without_guillemets(extractor):
    x = extract(extractor, "国务院印发2030年前碳达峰行动方案：大力推广新能源汽车\n方案提出，要推进能源绿色低碳转型。\n")
    assert "2030年前碳达峰行动方案" in labels(x, "Document")
    assert ("2030年前碳达峰行动方案", "publishedBy", "国务院") in triples(x)
    # a headline about issuing, with no document's name in it, names none
    assert labels(extract(extractor, "国务院印发通知：加快推进数字政府建设\n"), "Document") == []


def test_a_document_whose_title_line_opens_the_article_has_the_goals_after_it(extractor):
    # past a column tag and the outlet's line: the article is the notice, whatever it cites
    text = ("关注 | 某省多部门发文 加强网络直播监管\n中国网信\n"
            "关于加强网络直播营销监管工作的通知\n各市、县人民政府：\n"
            "为促进网络直播行业健康发展，现就有关事项通知如下：\n一、规范市场准入\n"
            "按照《互联网直播服务管理规定》要求，严格审核直播平台资质，加强主播实名认证管理。\n")
    t = triples(extract(extractor, text))
    for goal in ("规范市场准入", "严格审核直播平台资质", "加强主播实名认证管理"):
        assert ("关于加强网络直播营销监管工作的通知", "hasGoal", goal) in t
        assert ("互联网直播服务管理规定", "hasGoal", goal) not in t


def test_the_bodies_that_sign_a_printed_document_above_its_date_publish_it(extractor):
    text = ("关于印发《江城市数据要素发展行动方案》的通知\n各区人民政府，市政府各部门：\n"
            "现将《江城市数据要素发展行动方案》印发给你们，请认真贯彻落实。\n"
            "江城市数据资源局\n江城市财政局、江城市科学技术局\n2024年6月19日\n"
            "江城市数据要素发展行动方案\n一、总体要求\n到2026年，培育数据企业100家以上。\n")
    t = triples(extract(extractor, text))
    for body in ("江城市数据资源局", "江城市财政局", "江城市科学技术局"):
        assert ("江城市数据要素发展行动方案", "publishedBy", body) in t


def test_a_body_and_a_date_after_a_news_report_sign_no_document(extractor):
    text = ("江城市召开数据要素工作会议\n会议要求，要加快培育数据企业。\n江城市数据资源局\n2024年6月19日\n")
    t = triples(extract(extractor, text))
    assert not [r for r in t if r[1] == "publishedBy"]


def test_the_one_document_a_body_issued_reported_in_the_lead_sets_that_bodys_goals(extractor):
    x = extract(extractor, "央行：下半年将保持流动性合理充裕\n"
                           "8月10日，中国人民银行发布《2025年第二季度中国货币政策执行报告》。\n"
                           "中国人民银行表示，下一步将保持流动性合理充裕，加大对科技创新的金融支持。\n")
    t = triples(x)
    assert ("中国人民银行", "hasGoal", "加大对科技创新的金融支持") in t
    assert ("2025年第二季度中国货币政策执行报告", "hasGoal", "加大对科技创新的金融支持") in t


def test_a_lead_reporting_several_documents_of_the_body_gives_none_of_them_its_goals(extractor):
    text = ("央行：下半年将加大金融支持\n"
            "8月10日，中国人民银行发布《2025年第二季度中国货币政策执行报告》和《2025年中国金融稳定报告》。\n"
            "中国人民银行表示，下一步将加大对科技创新的金融支持。\n")
    context = context_of(extractor, text)
    bank = context.reg.add("Agency", "中国人民银行")
    goal = context.reg.add("Goal", "加大对科技创新的金融支持")
    reports = []
    for title in ("2025年第二季度中国货币政策执行报告", "2025年中国金融稳定报告"):
        at = text.index(title)
        reports.append(context.reg.add("Document", title, mention=context.mention(at, at + len(title))))
        context.relate(reports[-1].key, "publishedBy", bank.key, 1)
    context.relate(bank.key, "hasGoal", goal.key, 2)
    title_document.relate_reported_document_goals(context)
    assert not {s for (s, p, o) in context.relations if p == "hasGoal"} - {bank.key}
    context.relations = {k: r for k, r in context.relations.items() if k[0] != reports[1].key}   # one document
    title_document.relate_reported_document_goals(context)
    assert (reports[0].key, "hasGoal", goal.key) in context.relations


def test_a_guides_title_with_its_edition_is_the_document_that_has_its_goals(extractor):
    x = extract(extractor, "某市智能工厂建设指南（第二期）\n为加快智能工厂建设，要统一建设标准，降低企业改造成本。\n")
    assert "某市智能工厂建设指南" in labels(x, "Document")
    assert ("某市智能工厂建设指南", "hasGoal", "降低企业改造成本") in triples(x)


def test_each_work_report_heading_of_a_compilation_has_the_goals_below_it(extractor):
    text = ("各地政府工作报告中的数字经济部署\n记者梳理了多地今年的政府工作报告。\n"
            "2024年某甲省人民政府工作报告\n加快建设算力中心，推动数据要素市场化配置。\n"
            "2024年某乙市人民政府工作报告\n大力发展人工智能产业，建设智慧城市。\n")
    t = triples(extract(extractor, text))
    assert ("2024年某甲省人民政府工作报告", "hasGoal", "加快建设算力中心") in t
    assert ("2024年某乙市人民政府工作报告", "hasGoal", "大力发展人工智能产业") in t
    assert ("2024年某甲省人民政府工作报告", "hasGoal", "大力发展人工智能产业") not in t


def test_a_headline_that_is_a_documents_name_in_book_marks_gives_it_the_goals_after_it(extractor):
    text = ("《某市数据产业发展行动方案》全文\n为推动数据产业发展，现制定本方案。\n"
            "一、加快培育数据企业。\n二、建设数据交易平台。\n")
    t = triples(extract(extractor, text))
    assert ("某市数据产业发展行动方案", "hasGoal", "加快培育数据企业") in t
    assert ("某市数据产业发展行动方案", "hasGoal", "建设数据交易平台") in t


def test_the_government_body_a_documents_text_names_as_its_source_issues_it(extractor):
    text = "某市智能工厂建设指南（第二期）\n为加快智能工厂建设，要统一建设标准。\n（来源：某市经济和信息化局）\n"
    t = triples(extract(extractor, text))
    assert ("某市智能工厂建设指南", "publishedBy", "某市经济和信息化局") in t
    # an outlet or a website named as the source issues nothing
    text = "某市智能工厂建设指南（第二期）\n为加快智能工厂建设，要统一建设标准。\n（来源：某市日报）\n"
    assert not [1 for s, p, o in triples(extract(extractor, text)) if p == "publishedBy"]
