"""Gold annotation of proposal-local-lianghui-cybersecurity-long-2023 (聚焦 | 地方两会，网安行业代表委员积极建言献策, 中国信息安全 2023-01-19: proposals of five security-industry members of Beijing, Sichuan and Chongqing people's congresses and CPPCC committees), by hand per shared/eval/ANNOTATE.md (annotator ann17)."""
ID = "proposal-local-lianghui-cybersecurity-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- people, companies, bodies ----
ent("qi", "Person", "齐向东")
ent("li", "Person", "李雪莹")
ent("dong", "Person", "董跃")
ent("guo", "Person", "郭晓鹏")
ent("wu", "Person", "吴云坤")
ent("qax", "Organization", "奇安信集团")
ent("topsec", "Organization", "天融信科技集团")
ent("venus", "Organization", "启明星辰集团")
ent("xindun", "Organization", "芯盾时代")
ent("cisj", "Organization", "中国信息安全", optional=True)  # the reprinting account (line 2)
ent("bj-cppcc", "Agency", "北京市政协", optional=True)  # named only inside 北京市政协委员
ent("bj-npc", "Agency", "北京市人大", optional=True)  # named only inside 北京市人大代表
ent("sc-cppcc", "Agency", "中国人民政治协商会议四川省第十三届委员会")
ent("cq-cppcc", "Agency", "重庆市政协")
ent("nfrc", "Agency", "国家金融科技风险监控中心")
ent("bj-innov", "Organization", "北京创新中心", optional=True)  # proposed, not yet founded
ent("bj-base", "Organization", "北京市网络安全人才培养与创新基地", optional=True)  # proposed
rel("qi", "holdsPost", "qax", post="董事长")
rel("qi", "holdsPost", "bj-cppcc", post="北京市政协委员", optional=True)
rel("li", "holdsPost", "topsec", post="董事长兼CEO")
rel("li", "holdsPost", "bj-npc", post="北京市人大代表", optional=True)
rel("dong", "holdsPost", "venus", post="高级合伙人、高级副总裁")
rel("dong", "holdsPost", "sc-cppcc", post="委员")
rel("guo", "holdsPost", "xindun", post="创始人、董事长")
rel("guo", "holdsPost", "bj-cppcc", post="北京市政协委员", optional=True)
rel("wu", "holdsPost", "qax", post="总裁")
rel("wu", "holdsPost", "cq-cppcc", post="委员", optional=True)  # the text says he is its 新兵 (new member)
# ---- event, documents, places ----
ent("lh", "Event", "地方两会", optional=True)
DOCS = [("d-dong", "关于丰富家庭数字化场景，深化家庭用网安全的建议"),
        ("d-guo1", "关于加强智能网联汽车数据安全治理 建立车联网数据安全防护平台的提案"),
        ("d-guo2", "关于依托国家金融科技风险监控中心建立北京创新中心的建议"),
        ("d-wu1", "完善重庆市数字经济安全制度"),
        ("d-wu2", "建设重庆市网络空间安全“双能力”保障体系"),
        ("d-wu3", "加强隐私保护和加大对网络诈骗打击力度"),
        ("d-wu4", "提高网络安全投入占比")]
for id, l in DOCS:
    ent(id, "Document", l, ["《" + l + "》"])
ent("beijing", "Place", "北京市", ["北京", "首都"])
ent("chongqing", "Place", "重庆市", ["重庆"])
ent("sichuan", "Place", "四川省", optional=True)  # only inside the committee's name
ent("china", "Place", "我国", optional=True)
# ---- technologies ----
TECH = [("ai", "AI", (), False), ("bigdata", "大数据", (), False), ("iov", "车联网", (), False),
        ("icv", "智能网联汽车", (), False), ("sa", "全域态势感知技术", ("态势感知",), False),
        ("smartcity", "智慧城市", (), True), ("netsec", "网络安全", (), True), ("datasec", "数据安全", (), True),
        ("digisec", "数字安全", (), True), ("cii", "关键信息基础设施", (), True), ("smarthome", "智能家居", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

def G(id, label, evidence, by=None, doc=None, opt=False, doc_opt=False, tech=()):
    """a Goal: by = proposer, doc = the proposal that sets it; technologies named in the label are linked"""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 45, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if by: rel(by, "proposes", id, optional=opt)
    if doc: rel(doc, "hasGoal", id, optional=opt or doc_opt)
    done = set()
    for t, l, al, topt in TECH:
        if any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or topt); done.add(t)
    for t in tech:
        if t not in done:
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t])

# ==== 齐向东 (line 4-5), 北京市政协委员: two proposals named without 《》 ====
e4 = "齐向东带来了加快将北京打造成智慧城市标杆、加快培育“隐形冠军”优化北京创新生态两份提案"
G("q1", "加快将北京打造成智慧城市标杆", e4, by="qi")
G("q2", "加快培育“隐形冠军”", e4, by="qi")
G("q3", "优化北京创新生态", e4, by="qi")
e4b = "北京要建成全球新型智慧城市标杆，应加快打造智慧城市安全运营中心，树立智慧城市建设的网络安全标杆并向全国推广"
G("q4", "建成全球新型智慧城市标杆", e4b, by="qi", opt=True)  # restates q1
G("q5", "加快打造智慧城市安全运营中心", e4b, by="qi")
G("q6", "树立智慧城市建设的网络安全标杆并向全国推广", e4b, by="qi")
e4c = "一是构建城市一级、行业二级、政企单位三级的“三级联动”网络安全运营指挥体系，实现安全数据和服务资源的统一管理和调度"
G("q7", "构建城市一级、行业二级、政企单位三级的“三级联动”网络安全运营指挥体系", e4c, by="qi")
G("q8", "实现安全数据和服务资源的统一管理和调度", e4c, by="qi")
e4d = "二是打造一套管理体系、一套制度规范、一套运营机制、一支运营团队的“1+1+1+1”模式，实现组织、管理、技术、流程“四个统一”的效果"
G("q9", "打造一套管理体系、一套制度规范、一套运营机制、一支运营团队的“1+1+1+1”模式", e4d, by="qi")
G("q10", "实现组织、管理、技术、流程“四个统一”的效果", e4d, by="qi")
e4e = "三是提升网络安全能力，强化安全防线"
G("q11", "提升网络安全能力", e4e, by="qi")
G("q12", "强化安全防线", e4e, by="qi")
G("bj-icc", "持续推进国际科技创新中心建设", "北京市持续推进国际科技创新中心建设")  # continuing work of Beijing (no body named)
e5 = "齐向东建议北京市充分利用科技创新资源优势，实施“隐形冠军强基、补链、出海”三大行动，培育“隐形冠军”产业集群"
G("q13", "充分利用科技创新资源优势", e5, by="qi")
G("q14", "实施“隐形冠军强基、补链、出海”三大行动", e5, by="qi")
G("q15", "培育“隐形冠军”产业集群", e5, by="qi")

# ==== 李雪莹 (lines 6-7), 北京市人大代表 ====
e6 = "李雪莹就加大网络安全预算、并优化其预算管理机制和网络安全人才培养准备了相关议案和建议"
G("l1", "加大网络安全预算", e6, by="li")
G("l2", "优化其预算管理机制", e6, by="li")
e6b = "李雪莹建议，为鼓励重点行业企业加大网络安全投入，保障相关行业安全高效发展，在重点行业、重点领域建设项目和重要信息化建设项目中，参考10%的最低网络安全投入占比标准，并视具体建设目标和内容相应增加网络安全投入占比"
G("l3", "鼓励重点行业企业加大网络安全投入", e6b, by="li")
G("l4", "保障相关行业安全高效发展", e6b, by="li")
G("l5", "参考10%的最低网络安全投入占比标准", e6b, by="li")
G("l6", "视具体建设目标和内容相应增加网络安全投入占比", e6b, by="li")
e7 = "李雪莹建议北京市推进网络安全预算机制的改革，对于网络安全预算单独列支，制定配套的预算编制、预算执行、预算修订、预算考评等相关政策制度，保障单独列支的网络安全预算执行到位"
G("l7", "推进网络安全预算机制的改革", e7, by="li")
G("l8", "对于网络安全预算单独列支", e7, by="li")
G("l9", "制定配套的预算编制、预算执行、预算修订、预算考评等相关政策制度", e7, by="li")
G("l10", "保障单独列支的网络安全预算执行到位", e7, by="li")
e7b = "在人才培养方面，鼓励在京高校增设网络安全专业并扩大专业招生规模，大力促进网络安全学科校企联合建设，建设北京市网络安全人才培养与创新基地"
G("l11", "鼓励在京高校增设网络安全专业", e7b, by="li")
G("l12", "扩大专业招生规模", e7b, by="li")
G("l13", "大力促进网络安全学科校企联合建设", e7b, by="li")
G("l14", "建设北京市网络安全人才培养与创新基地", e7b, by="li")

# ==== 董跃 (lines 8-9), 四川省政协委员 ====
e8 = "提交了《关于丰富家庭数字化场景，深化家庭用网安全的建议》的提案"
G("d1", "丰富家庭数字化场景", e8, by="dong", doc="d-dong")
G("d2", "深化家庭用网安全", e8, by="dong", doc="d-dong")
e8b = "董跃建议基础网络运营与服务提供方遵循“同步规划、同步建设、同步使用”的三同步原则，坚持“人、技”共治的思维方式，开展家庭用网场景与安全设计，提升家庭用户自身安全意识"
G("d3", "遵循“同步规划、同步建设、同步使用”的三同步原则", e8b, by="dong", doc="d-dong")
G("d4", "坚持“人、技”共治的思维方式", e8b, by="dong", doc="d-dong")
G("d5", "开展家庭用网场景与安全设计", e8b, by="dong", doc="d-dong")
G("d6", "提升家庭用户自身安全意识", e8b, by="dong", doc="d-dong")
G("d7", "构筑“贴近生活、安全可靠”的家庭用网环境", "董跃认为，构筑“贴近生活、安全可靠”的家庭用网环境十分必要", by="dong", doc="d-dong")
e9 = "建议由网络安全监管部门牵头，将家庭网络安全威胁数据进行汇聚与深度分析，利用全域态势感知技术，构建家庭网络安全“监管一张网”"
G("d8", "将家庭网络安全威胁数据进行汇聚与深度分析", e9, by="dong", doc="d-dong")
G("d9", "构建家庭网络安全“监管一张网”", e9, by="dong", doc="d-dong", tech=("sa",))
G("d10", "及时发现境内外恶意攻击者针对家庭网络的网络攻击",
  "及时发现境内外恶意攻击者针对家庭网络的网络攻击、以家庭网络为挑战对我国关键信息基础设施、重要系统进行迂回攻击的危害行为",
  by="dong", doc="d-dong", tech=("cii",))
G("d11", "交由公安机关打击侦办", "有明确违法线索证据的，交由公安机关打击侦办", by="dong", doc="d-dong")

# ==== 郭晓鹏 (line 10), 北京市政协委员 ====
G("g1", "加强智能网联汽车数据安全治理", "《关于加强智能网联汽车数据安全治理 建立车联网数据安全防护平台的提案》", by="guo", doc="d-guo1")
G("g2", "建立车联网数据安全防护平台", "《关于加强智能网联汽车数据安全治理 建立车联网数据安全防护平台的提案》", by="guo", doc="d-guo1")
e10 = "北京市作为全国数字经济的“标杆”，不但要持续引领数字经济的发展方向，也要在数字安全领域发挥引领示范作用"
G("g3", "持续引领数字经济的发展方向", e10, by="guo")
G("g4", "在数字安全领域发挥引领示范作用", e10, by="guo")
e10b = "建议主管部门应尽快制定车联网数据安全相关的法律法规、国标行标并推动落地，为车联网数据安全打好“地基”"
G("g5", "尽快制定车联网数据安全相关的法律法规、国标行标并推动落地", e10b, by="guo", doc="d-guo1")
G("g6", "为车联网数据安全打好“地基”", e10b, by="guo", doc="d-guo1")
G("g7", "构建安全、稳健的数字金融底座", "我国金融行业正处在全面数字化转型阶段，必须构建安全、稳健的数字金融底座", by="guo", doc="d-guo2")
e10c = "建议依托国家金融科技风险监控中心建立北京创新中心，开展关键技术研发，以“安全+AI”赋能，构建并运营新一代大数据风控系统，为金融机构提供实时的营销、交易和信贷等业务的风险控制服务，为首都、乃至全国金融行业的安全稳健发展提供有力保障"
G("g8", "依托国家金融科技风险监控中心建立北京创新中心", e10c, by="guo", doc="d-guo2")
rel("nfrc", "hasGoal", "g8", optional=True)
G("g9", "开展关键技术研发", e10c, by="guo", doc="d-guo2")
G("g10", "以“安全+AI”赋能", e10c, by="guo", doc="d-guo2")
G("g11", "构建并运营新一代大数据风控系统", e10c, by="guo", doc="d-guo2")
G("g12", "为金融机构提供实时的营销、交易和信贷等业务的风险控制服务", e10c, by="guo", doc="d-guo2")
G("g13", "为首都、乃至全国金融行业的安全稳健发展提供有力保障", e10c, by="guo", doc="d-guo2")

# ==== 吴云坤 (lines 11-12), 重庆市政协 ====
e11 = "为保障重庆数字经济发展和网络安全产业发展，他带来《完善重庆市数字经济安全制度》《建设重庆市网络空间安全“双能力”保障体系》《加强隐私保护和加大对网络诈骗打击力度》《提高网络安全投入占比》等四份提案"
G("w0", "保障重庆数字经济发展和网络安全产业发展", e11, by="wu")
G("w1", "完善重庆市数字经济安全制度", e11, by="wu", doc="d-wu1")
G("w2", "建设重庆市网络空间安全“双能力”保障体系", e11, by="wu", doc="d-wu2")
G("w3", "加强隐私保护", e11, by="wu", doc="d-wu3")
G("w4", "加大对网络诈骗打击力度", e11, by="wu", doc="d-wu3")
e12 = "吴云坤认为，应发挥好网络安全“稳定器”的作用，建议重庆市加快制定网络安全相关法律法规实施细则，营造良好执法环境，强化一把手责任，在重大信息化项目和关键信息基础设施中，将网络安全的投入占比提高至15%，切实提升重要系统的安全水平，并把网络安全产业列为重庆高精尖产业集群之首，带动重庆数字经济创新发展高地建设"
G("w5", "发挥好网络安全“稳定器”的作用", e12, by="wu")
G("w6", "加快制定网络安全相关法律法规实施细则", e12, by="wu", doc="d-wu1", doc_opt=True)
G("w7", "营造良好执法环境", e12, by="wu", doc="d-wu1", doc_opt=True)
G("w8", "强化一把手责任", e12, by="wu")
G("w9", "将网络安全的投入占比提高至15%", e12, by="wu", doc="d-wu4", tech=("cii",))
G("w10", "切实提升重要系统的安全水平", e12, by="wu", doc="d-wu4", doc_opt=True)
G("w11", "把网络安全产业列为重庆高精尖产业集群之首", e12, by="wu")
G("w12", "带动重庆数字经济创新发展高地建设", e12, by="wu")
e12b = "同时，建立针对重庆市的政企要害部门和关键信息基础设施的“重点单位防御体系”和针对防范重大网络安全风险的“网络空间监管与网空对抗体系”的双能力保障体系，保障国家重要信息系统和关键信息基础设施的网络安全"
G("w13", "建立针对重庆市的政企要害部门和关键信息基础设施的“重点单位防御体系”", e12b, by="wu", doc="d-wu2", opt=True)  # restates w2
G("w14", "保障国家重要信息系统和关键信息基础设施的网络安全", e12b, by="wu", doc="d-wu2")

# ---- statistic ----
ent("s-champ", "Statistic", "北京已公布“隐形冠军”企业", value="32家", evidence=ev("目前已公布32家“隐形冠军”企业"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
