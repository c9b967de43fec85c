"""Gold annotation of workreport-gwr-cyberspace-long-2023 (中国信息安全 2023-03-18: the passages of the 2023 政府工作报告 that concern 网信 work, from 新华网), by hand per shared/eval/ANNOTATE.md (annotator ann6).
The five-year review passages (一、过去一年和五年工作回顾) list past measures: their verb phrases are optional goals; the proposals for this year (二、对今年政府工作的建议) are required goals."""
ID = "workreport-gwr-cyberspace-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the clause (between 。，；： marks) of the text that contains label"""
    hits = [s for s in re.split(r"[。，；：\n]", text) if label in s]
    assert len(hits) >= 1, label
    return ev(hits[0].strip())

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, (label, len(label))
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Outlets, bodies, people, events, documents
ent("cisj", "Organization", "中国信息安全")
ent("xinhua", "Organization", "新华社")
ent("xinhuanet", "Organization", "新华网")
ent("sc", "Agency", "国务院")
ent("likeqiang", "Person", "李克强")
rel("likeqiang", "holdsPost", "sc", post="总理")
ent("npc14-1", "Event", "十四届全国人大一次会议")
rel("likeqiang", "speaksAt", "npc14-1")
ent("gwr", "Document", "政府工作报告", ["《政府工作报告》"])
rel("gwr", "publishedBy", "sc")
rel("gwr", "adoptedAt", "npc14-1")
ent("resolution", "Document", "关于政府工作报告的决议", optional=True)
rel("resolution", "adoptedAt", "npc14-1", optional=True)
ent("china", "Place", "中国", optional=True)

# Technologies
ent("ai", "Technology", "人工智能")
ent("quantum", "Technology", "量子信息")
ent("iiot", "Technology", "工业互联网")
for id, l in [("supercomp", "超级计算机"), ("satnav", "卫星导航"), ("nuclear", "核电技术"), ("mobile-internet", "移动互联网"),
              ("internet", "互联网"), ("internet-plus", "互联网+"), ("optoelec", "光电子信息"), ("nev", "新能源汽车"),
              ("pv", "光伏"), ("wind", "风电")]:
    ent(id, "Technology", l, optional=True)

# Goals for this year (二、对今年政府工作的建议): required
G2 = [("g1", "加快建设现代化产业体系"),
      ("g2", "强化科技创新对产业发展的支撑"),
      ("g3", "持续开展产业强链补链行动"),
      ("g4", "合力推进关键核心技术攻关"),
      ("g5", "充分激发创新活力"),
      ("g6", "加强重要能源、矿产资源国内勘探开发和增储上产"),
      ("g7", "加快传统产业和中小企业数字化转型"),
      ("g8", "着力提升高端化、智能化、绿色化水平"),
      ("g9", "加快前沿技术研发和应用推广"),
      ("g10", "促进科技成果转化"),
      ("g11", "建设高效顺畅的物流体系"),
      ("g12", "大力发展数字经济"),
      ("g13", "提升常态化监管水平"),
      ("g14", "支持平台经济发展")]
EV2 = {"g4": "围绕制造业重点产业链，集中优质资源合力推进关键核心技术攻关"}
for id, l in G2:
    goal(id, l, EV2.get(id))
    rel("gwr", "hasGoal", id)
    rel("sc", "hasGoal", id, optional=True)
    rel("likeqiang", "proposes", id, optional=True)

# Past measures of the five-year review (一、过去一年和五年工作回顾): optional goals
G1 = ["构建新型举国体制", "组建国家实验室", "分批推进全国重点实验室重组",
      "推动产业向中高端迈进", "把制造业作为发展实体经济的重点", "促进工业经济平稳运行", "保持制造业比重基本稳定",
      "严格执行环保、质量、安全等法规标准", "淘汰落后产能", "开展重点产业强链补链行动", "启动一批产业基础再造工程",
      "鼓励企业加快设备更新和技术改造", "将固定资产加速折旧优惠政策扩大至全部制造业", "新兴产业加快发展",
      "促进数字经济和实体经济深度融合", "持续推进网络提速降费", "发展“互联网+”", "支持工业互联网发展",
      "促进平台经济健康持续发展", "发展研发设计、现代物流、检验检测认证等生产性服务业", "加强全面质量管理和质量基础设施建设",
      "丰富人民群众精神文化生活", "培育和践行社会主义核心价值观", "深化群众性精神文明创建",
      "发展新闻出版、广播影视、文学艺术、哲学社会科学和档案等事业", "加强智库建设", "扎实推进媒体深度融合",
      "提升国际传播效能", "加强和创新互联网内容建设", "弘扬中华优秀传统文化", "加强文物和文化遗产保护传承",
      "实施文化惠民工程", "深入推进全民阅读", "支持文化产业发展", "加强国家科普能力建设",
      "加强和创新社会治理", "推动市域社会治理现代化", "完善基层治理", "优化社区服务",
      "支持社会组织、人道救助、社会工作、志愿服务、公益慈善", "深入推进信访积案化解", "推进社会信用体系建设",
      "完善公共法律服务体系", "严格食品、药品尤其是疫苗监管", "开展安全生产专项整治", "改革和加强应急管理",
      "提高防灾减灾救灾能力", "做好洪涝干旱、森林草原火灾、地质灾害、地震等防御和气象服务",
      "深入推进国家安全体系和能力建设", "加强网络、数据安全和个人信息保护", "持续加强社会治安综合治理",
      "严厉打击各类违法犯罪", "开展扫黑除恶专项斗争", "依法严惩黑恶势力及其“保护伞”"]
P = {}
for i, l in enumerate(G1, 1):
    id = f"p{i}"; P[l] = id
    goal(id, l, optional=True)
    rel("gwr", "hasGoal", id, optional=True)
rel(P["支持工业互联网发展"], "involvesTechnology", "iiot", optional=True)
rel(P["发展“互联网+”"], "involvesTechnology", "internet-plus", optional=True)
rel(P["加强和创新互联网内容建设"], "involvesTechnology", "internet", optional=True)
rel(P["新兴产业加快发展"], "involvesTechnology", "optoelec", optional=True)
rel(P["新兴产业加快发展"], "involvesTechnology", "nev", optional=True)
rel("sc", "promotes", "iiot", optional=True)
rel("sc", "promotes", "internet-plus", optional=True)

# Statistics (the five-year review)
L6, L7, L8 = lines[5], lines[6], lines[7]
stat("s1", "全社会研发经费投入强度", "2.5%", "全社会研发经费投入强度从2.1%提高到2.5%以上")
stat("s2", "五年前全社会研发经费投入强度", "2.1%", "全社会研发经费投入强度从2.1%提高到2.5%以上", optional=True)
stat("s3", "科技进步贡献率", "60%", "科技进步贡献率提高到60%以上")
stat("s4", "高技术制造业增加值年均增长", "10.6%", "高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%")
stat("s5", "装备制造业增加值年均增长", "7.9%", "高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%")
stat("s6", "新产业新业态新模式增加值占国内生产总值的比重", "17%", "新产业新业态新模式增加值占国内生产总值的比重达到17%以上")
stat("s7", "常住人口城镇化率", "65.2%", "常住人口城镇化率从60.2%提高到65.2%")
stat("s8", "五年前常住人口城镇化率", "60.2%", "常住人口城镇化率从60.2%提高到65.2%", optional=True)
stat("s9", "移动互联网用户数", "14.5亿户", "移动互联网用户数增加到14.5亿户")
stat("s10", "专精特新中小企业数量", "7万多家", "专精特新中小企业达7万多家")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
