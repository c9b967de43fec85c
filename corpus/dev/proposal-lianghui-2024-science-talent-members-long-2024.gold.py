"""Gold annotation of proposal-lianghui-2024-science-talent-members-long-2024 (两会之声｜代表委员积极建言献策: 2024 两会 suggestions of four CPPCC members and an NPC deputy on basic research and talent, from 上海证券报), by hand per shared/eval/ANNOTATE.md (annotator annM15)."""
ID = "proposal-lianghui-2024-science-talent-members-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

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
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(label, start=0):
    """the sentence or clause (up to 。；\\n) of the text that holds the label (first at or after start)"""
    i = text.index(label, start)
    s = max(text.rfind(c, 0, i) for c in "。；\n") + 1
    e = min(j for j in (text.find(c, i + len(label)) for c in "。；\n") if j >= 0)
    return text[s:e + 1].strip()

# ---- source, sessions ----
ent("cnstock", "Organization", "上海证券报")
ent("lh", "Event", "全国两会", optional=True)
ent("npc", "Agency", "全国人大", optional=True)     # only inside 全国人大代表
ent("cppcc", "Agency", "全国政协", optional=True)   # only inside 全国政协委员
ent("cewc", "Event", "中央经济工作会议")
ent("china", "Place", "我国", optional=True)
ent("china2", "Place", "中国", optional=True)
ent("us", "Place", "美国")
ent("gz", "Place", "贵州")
ent("sh", "Place", "上海", optional=True)     # in 上海佘山 and inside names
ent("sheshan", "Place", "佘山", optional=True)

# ---- technologies ----
ent("ic", "Technology", "集成电路", ["芯片"])
ent("ai", "Technology", "人工智能")
ent("bci", "Technology", "脑机接口")
ent("smfg", "Technology", "智能制造")
ent("display", "Technology", "新型显示", optional=True)
ent("hisoft", "Technology", "高端软件", optional=True)
ent("internet", "Technology", "互联网", optional=True)
ent("fastr", "Technology", "一体化快堆", ["一体化闭式循环快堆核能系统"], optional=True)
ent("bioman", "Technology", "生物制造", optional=True)
ent("cspace", "Technology", "商业航天", optional=True)
ent("lowalt", "Technology", "低空经济", optional=True)
TECH = [("ic", "集成电路"), ("ic", "芯片"), ("fastr", "快堆"), ("bioman", "生物制造"), ("cspace", "商业航天"), ("lowalt", "低空经济")]
OPT_T = {"fastr", "bioman", "cspace", "lowalt"}

# ---- other bodies and documents ----
ent("insead", "Organization", "欧洲工商管理学院")
ent("gtci", "Document", "2023全球人才竞争力指数", optional=True)
rel("gtci", "publishedBy", "insead", optional=True)
ent("moe", "Agency", "教育部")
ent("strong", "Document", "关于在部分高校开展基础学科招生改革试点工作的意见", ["《关于在部分高校开展基础学科招生改革试点工作的意见》"])
rel("strong", "publishedBy", "moe")
ent("thu", "Organization", "清华大学")
ent("im", "Organization", "直觉机器")

def G(id, label, who=None, org=None, evidence=None, opt=False, start=0):
    goal(id, label, evidence or sent(label, start), optional=opt)
    if who: rel(who, "proposes", id, optional=opt)
    if org: rel(org, "hasGoal", id, optional=True)   # the member speaks as member, not for his employer
    done = set()
    for t, l in TECH:
        if l in label and t not in done:
            rel(id, "involvesTechnology", t, optional=opt or t in OPT_T); done.add(t)

def member(pid, name, body, oid, otype, olabel, post, aliases=()):
    ent(pid, "Person", name)
    rel(pid, "holdsPost", body, post="全国政协委员" if body == "cppcc" else "全国人大代表", optional=True)
    ent(oid, otype, olabel, aliases)
    rel(pid, "holdsPost", oid, post=post)

# ---- statistics (陶仪声's figures) ----
T7 = text.split("\n")[6]
stat("st1", "我国人才竞争力总指数排名", "第40位", T7[:T7.index("比2013年")])
stat("st2", "我国人才竞争力总指数排名比2013年上升", "7位", "比2013年上升7位")
stat("st3", "我国人才外部开放度排名", "第100位", "但外部开放度仅排在全球134个国家的第100位")
stat("st4", "全球人才竞争力指数覆盖国家数", "134个国家", "但外部开放度仅排在全球134个国家的第100位", optional=True)

# ---- 陶仪声 ----
member("tys", "陶仪声", "cppcc", "ah-cppcc", "Agency", "安徽省政协", "副主席")
L12 = text.index("一是构建更加完善的人才安全体系")
for id, l in [("ty1", "进一步加强国际人才交流合作"), ("ty2", "聚天下英才而用之"),
              ("ty3", "构建更加完善的人才安全体系"), ("ty4", "构建与实施科学严密、攻防兼备的人才安全战略"),
              ("ty5", "吸引一流高校的尖子学生和一流科研院所的核心人才"), ("ty6", "健全更加开放的国际人才交流合作机制"),
              ("ty7", "打造适应人才国际交流的开放环境"), ("ty9", "简化外籍高层次人才永久居留证、签证等办理程序"),
              ("ty10", "为外籍人才创业就业提供便利"), ("ty11", "扩大人力资源服务业对外开放"), ("ty12", "开发国外高端智力要素"),
              ("ty13", "建立国际化人才服务中介组织和引才矩阵"), ("ty14", "强化人才支持政策优势"),
              ("ty15", "大力支持国际化人才服务中介组织健康快速发展"), ("ty16", "推进全球网络空间的协同创新、离岸创业和柔性流动"),
              ("ty17", "鼓励采取灵活多样的国际人才交流合作方式"), ("ty18", "提升“高精尖缺”人才的支撑和保障能力"),
              ("ty21", "进一步拓宽尖端和紧缺人才培养和吸纳渠道"), ("ty22", "提高国际人才使用效能和国际高端人才合作效率"),
              ("ty23", "引领我国创新型经济和生产型经济发展")]:
    G(id, l, "tys", "ah-cppcc")
G("ty8", "健全接轨国际的人才交流合作机制", "tys", "ah-cppcc", opt=True)   # restates ty6
G("ty19", "科技人才合作交流平台", "tys", "ah-cppcc", start=L12)   # 构筑… in the heading and line 3, 加快构筑…的… in item 4
G("ty20", "打造具有全球竞争力的人才高地", "tys", "ah-cppcc", start=L12)

# ---- 辛锋 ----
member("xf", "辛锋", "cppcc", "ciae", "Organization", "中国原子能科学研究院", "党委书记")
G("xf0", "强化大型核科研设施综合利用", "xf", "ciae", opt=True)   # heading; restates xf1
G("xf1", "推动核领域大型科研基础设施建设和综合利用", "xf", "ciae")
G("xf2", "实现核科技自立自强", "xf", "ciae", opt=True)
for id, l in [("xf3", "制定核领域大型科研设施有偿开放共享制度"), ("xf4", "提高大型核科研设施综合利用效能"),
              ("xf5", "建立国家专项经费"), ("xf6", "确保核领域大型科研设施的安全稳定运行和充分发挥作用"),
              ("xf7", "积极发展一体化闭式循环快堆核能系统"), ("xf8", "发挥新型举国体制优势"),
              ("xf9", "发挥国家战略科技力量主力军作用"), ("xf10", "加快推动一体化快堆核能系统发展走深走实")]:
    G(id, l, "xf", "ciae")

# ---- 郭御风 ----
member("gyf", "郭御风", "cppcc", "phytium", "Organization", "飞腾信息技术有限公司", "副总经理")
L34 = text.index("二是在培养方向上")
for id, l in [("gy1", "加快构建高质量人才培养体系"), ("gy2", "加强高质量人才体系化培养的政策制定"),
              ("gy3", "吸引人才流向战略性、先导性产业"), ("gy4", "调整和优化人才培养目标和方案"),
              ("gy5", "对高等教育的学科专业人才培养进行系统改革"), ("gy6", "确保人才培养与产业需求实现有效衔接"),
              ("gy7", "给予全链条的政策引导和倾斜"), ("gy8", "加大扶持力度"),
              ("gy9", "坚持深度和宽度“两手抓”"), ("gy11", "夯实人才培养的深度"),
              ("gy12", "在数学、物理等基础学科领域培养一批具有创新精神的高端人才"), ("gy13", "构筑我国集成电路产业持续发展的内源动力"),
              ("gy14", "拓展人才供给的宽度"), ("gy15", "通过多学科及学科交叉融合的方式培养复合型人才"),
              ("gy16", "加速教育基础设施国产化进程"), ("gy17", "厚植新质生产力的创新土壤"),
              ("gy18", "加快推进基于我国自主研发软硬件的课程体系"), ("gy19", "让广大学生能够早体验、早学习"),
              ("gy20", "发挥科技领军企业的力量"), ("gy21", "引导其参与课程体系、信息科技教室等建设")]:
    G(id, l, "gyf", "phytium")
G("gy10", "培育“新质劳动力”", "gyf", "phytium", start=L34)   # also heading, line 3 and line 28
rel("gy8", "involvesTechnology", "ic", optional=True)   # 集成电路行业的头部企业, in the clause
rel("phytium", "promotes", "ic", optional=True)

# ---- 沈志强 ----
ent("cas", "Organization", "中国科学院", optional=True)   # only inside the observatory's name
member("szq", "沈志强", "cppcc", "shao", "Organization", "中国科学院上海天文台", "台长")
rel("shao", "subOrganizationOf", "cas", optional=True)
G("sq0", "基础科学研究需要多元化投入", "szq", "shao", opt=True)   # heading
G("sq1", "加大对基础研究的投入", "szq", "shao", opt=True)   # last year's proposal
G("sq2", "推动大科学装置建设和共享", "szq", "shao")
for id, l in [("sq3", "抢占科技制高点"), ("sq4", "加大对大科学装置等科研基础设施、仪器设备的投入"),
              ("sq5", "推动资源开放共享"), ("sq6", "提高大型科学设施、仪器的使用效率"),
              ("sq7", "建立更灵活的基础研究多元化投入机制"), ("sq8", "鼓励、吸引更多民间资本、社会资本参与其中"),
              ("sq9", "激发全社会的创新活力"), ("sq10", "调动更多社会资源参与其中"), ("sq11", "充实我国基础研究的力量"),
              ("sq12", "积极寻找可落地、可操作的突破口"), ("sq13", "为社会资本参与基础研究提供相应的制度保障和配套服务"),
              ("sq14", "继续深化基础研究国际合作"), ("sq15", "培养造就具有国际水平的战略科技人才和科技领军人才"),
              ("sq16", "鼓励年轻人才出国求学历练"), ("sq17", "呼唤青年才俊们学成归来"),
              ("sq18", "进一步优化我国科研评价机制"), ("sq19", "将更多评价权给予科研工作者所在的科研单位"),
              ("sq20", "为从事基础研究的科研工作者提供更包容的发展环境"), ("sq21", "更充分地激发年轻人创新创造的能力")]:
    G(id, l, "szq", "shao")
G("sq22", "鼓励社会资本参与基础科研", "szq", "shao", opt=True)   # heading; restates sq8
# the Central Economic Work Conference's aim, as the article quotes it (no body can have it)
G("cw1", "打造生物制造、商业航天、低空经济等若干战略性新兴产业")

# ---- 傅国涛 ----
member("fgt", "傅国涛", "npc", "csg", "Organization", "中国船舶集团", "首席技师")
ent("hongjiang", "Organization", "重庆红江机械有限责任公司")
rel("hongjiang", "subOrganizationOf", "csg")
ent("yongchuan", "Organization", "永川船舶工业技校")
L3 = text.split("\n")[2]
G("fg0", "做好传帮带工作", "fgt", "csg", opt=True)   # his own wish
G("fg1", "加快产教融合", "fgt", "csg", evidence=sent("加快产教融合，培养应用型技能人才"))
G("fg2", "培养应用型技能人才", "fgt", "csg", evidence=sent("加快产教融合，培养应用型技能人才"))
for id, l in [("fg3", "发挥好各类技能比赛获奖选手的作用"), ("fg4", "充分利用他们掌握的前沿加工技术"),
              ("fg5", "弥补他们对企业实际加工情况了解不足"), ("fg6", "避免出现教育链和产业链“两张皮”现象"),
              ("fg7", "让职业院校的教师走出“象牙塔”"), ("fg8", "与在岗职工深度交流、互通有无"),
              ("fg9", "让企业高技能人才进校兼职"), ("fg10", "以外聘教师、客座教授、产业导师、专业带头人等形式进入职业院校"),
              ("fg11", "不断推动“双师型”教师队伍建设"), ("fg12", "培养贴近行业一线的高素质应用型人才队伍"),
              ("fg13", "持续为制造业的高质量发展提供新生力量"), ("fg14", "让学生与企业双向奔赴"),
              ("fg15", "联合创办职业教育实训基地等场所"), ("fg16", "形成产教融合共同体"),
              ("fg17", "开展委托培养、订单培养和学徒制培养"), ("fg18", "为学生提供真实的企业工作环境"),
              ("fg19", "在企业与学校之间形成一个平稳过渡的缓冲带"), ("fg20", "实现双向选择、双向奔赴")]:
    G(id, l, "fgt", "csg")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
