"""Gold annotation of interpretation-cac-wangsong-cyberspace-community-long-2024 (王崧：共同推动构建网络空间命运共同体迈向新阶段,
signed article by the deputy director of 中央网信办 in 中国网信杂志, reprinted by 中国信息安全 2024-11-19),
by hand per shared/eval/ANNOTATE.md (annotator annE14)."""
ID = "interpretation-cac-wangsong-cyberspace-community-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    if value not in evidence:          # the figure is in a later clause of the same passage
        evidence = sent(value)
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# ---- Bodies, people -------------------------------------------------------------------------
ent("cac", "Agency", "中央网信办")
ent("cac-state", "Agency", "国家网信办")
ent("wang", "Person", "王崧")
rel("wang", "holdsPost", "cac", post="副主任")
rel("wang", "holdsPost", "cac-state", post="副主任")
ent("xi", "Person", "习近平")
ent("cacmag", "Organization", "中国网信杂志", optional=True)          # source line
ent("nlc", "Organization", "中国国家图书馆")
ent("dha", "Organization", "敦煌研究院")
ent("bl", "Organization", "大英图书馆")
ent("nav", "Organization", "中国国家版本馆")
ent("un", "Organization", "联合国")
ent("arab", "Organization", "阿拉伯国家联盟秘书处")
ent("wic-org", "Organization", "世界互联网大会国际组织")
ent("brics", "Organization", "金砖五国", ["金砖国家"], optional=True)

# ---- Events, places -------------------------------------------------------------------------
ent("wic2", "Event", "第二届世界互联网大会")
ent("nishan", "Event", "世界互联网大会数字文明尼山对话")
ent("ccc", "Event", "中国网络文明大会", ["2024年中国网络文明大会"])
ent("wuzhen23", "Event", "2023年世界互联网大会乌镇峰会", ["2023年世界互联网大会乌镇峰会开幕式"])
ent("unga78", "Event", "第78届联合国大会")
ent("symp", "Event", "推动构建网络空间命运共同体迈向新阶段理论研讨会")
rel("xi", "speaksAt", "wic2")            # 在第二届世界互联网大会上提出…理念
rel("xi", "speaksAt", "wuzhen23")        # 向…开幕式发表视频致辞
ent("bj", "Place", "北京")
rel("symp", "locatedIn", "bj")
ent("cn", "Place", "中国", optional=True)
for pid, p in [("us", "美国"), ("jp", "日本"), ("fr", "法国")]:
    ent(pid, "Place", p)
ent("africa", "Place", "非洲", optional=True)
ent("wuzhen", "Place", "乌镇", optional=True)
ent("dunhuang", "Place", "敦煌", optional=True)
rel("wuzhen23", "locatedIn", "wuzhen", optional=True)

# ---- Documents ------------------------------------------------------------------------------
D = [("d-csl", "网络安全法", ()), ("d-dsl", "数据安全法", ()), ("d-pipl", "个人信息保护法", ()),
     ("d-cii", "关键信息基础设施安全保护条例", ("《关键信息基础设施安全保护条例》",)),
     ("d-ndsm", "网络数据安全管理条例", ("《网络数据安全管理条例》",)),
     ("d-review", "网络安全审查办法", ("《网络安全审查办法》",)),
     ("d-genai", "生成式人工智能服务管理暂行办法", ("《生成式人工智能服务管理暂行办法》",)),
     ("d-auto", "汽车数据安全管理若干规定（试行）", ("《汽车数据安全管理若干规定（试行）》",)),
     ("d-export", "数据出境安全评估办法", ("《数据出境安全评估办法》",)),
     ("d-intl", "网络空间国际合作战略", ("《网络空间国际合作战略》",)),
     ("d-gdsi", "全球数据安全倡议", ("《全球数据安全倡议》",)),
     ("d-chafr", "中非携手构建网络空间命运共同体倡议", ()),
     ("d-gaigi", "全球人工智能治理倡议", ("《全球人工智能治理倡议》",)),
     ("d-chab", "中阿数据安全合作倡议", ("《中阿数据安全合作倡议》",)),
     ("d-brics", "金砖国家网络安全务实合作路线图", ("《金砖国家网络安全务实合作路线图》",)),
     ("d-res", "加强人工智能能力建设国际合作决议", ("联合国首份关于人工智能能力建设国际合作决议",))]
for did, l, al in D:
    ent(did, "Document", l, al)
ent("d-gdi", "Document", "全球发展倡议", optional=True)
rel("d-chab", "publishedBy", "arab")     # 与阿拉伯国家联盟秘书处共同发表
rel("d-brics", "publishedBy", "brics", optional=True)
rel("d-res", "adoptedAt", "unga78")      # 第78届联合国大会通过了…决议

# ---- Technologies ---------------------------------------------------------------------------
ent("t-net", "Technology", "互联网", optional=True)
ent("t-5g", "Technology", "5G")
ent("t-ipv6", "Technology", "IPv6")
ent("t-sat", "Technology", "卫星互联网")
ent("t-ai", "Technology", "人工智能")
ent("t-chip", "Technology", "芯片制造", ["芯片"])
ent("t-edge", "Technology", "边缘计算")
ent("t-llm", "Technology", "大模型", ["大模型技术"])
ent("t-genai", "Technology", "生成式人工智能")
ent("t-bds", "Technology", "北斗系统", optional=True)
ent("t-fibre", "Technology", "光纤", optional=True)
ent("t-it", "Technology", "信息技术", ["网络信息技术"], optional=True)
ent("t-sti", "Technology", "天地一体化网络", optional=True)

# ---- Statistics (figures with digits) ---------------------------------------------------------
L13 = sent("覆盖全球人口的44.8%")
stat("s1", "全球5G基站覆盖全球人口比例", "44.8%", L13)
stat("s2", "全球5G用户数", "17.5亿", L13)
stat("s3", "全球IPv6部署率", "36.5%", L13)
L13b = sent("全国5G用户达9.5亿户")
stat("s4", "全国5G用户", "9.5亿户", L13b)
stat("s5", "累计建成开通5G基站", "408.9万个", L13b)
stat("s6", "光纤接入占宽带用户比", "96.6%", L13b)
stat("s7", "IPv6活跃用户数", "7.98亿", L13b)
stat("s8", "IPv6活跃用户在网民中占比", "73.04%", L13b)
stat("s9", "与周边国家累计建设跨境陆缆", "34条", sent("34条跨境陆缆"))
stat("s10", "北斗相关服务及产品输出国家", "130余个", sent("130余个国家"))
stat("s11", "网络文明国际交流互鉴城市典型案例", "50个", sent("50个各具特色"))
stat("s12", "中华古籍资源库发布海外机构收藏的中华古籍资源", "176万幅", sent("176万幅"))
stat("s13", "敦煌石窟数字化保护工程年数", "30余年", sent("30余年"), optional=True)
stat("s14", "数字敦煌资源库覆盖国家", "78个", sent("78个国家"))
stat("s15", "被大英图书馆收录的中国网络文学作品", "16部", sent("16部中国网络文学作品"))
stat("s16", "被中国国家版本馆收藏的首批网络数字版本", "45项", sent("45项网络数字版本"))
L19 = sent("41.4万亿美元")
stat("s17", "全球51个主要经济体数字经济增加值规模", "41.4万亿美元", L19)
stat("s18", "全球数字经济增加值同比名义增长", "7.4%", L19)
L19b = sent("53.9万亿元")
stat("s19", "中国数字经济规模（2014年）", "16.2万亿元", L19b)
stat("s20", "中国数字经济规模（2023年）", "53.9万亿元", L19b)
L19c = sent("2.38万亿元")
stat("s21", "中国跨境电商进出口规模", "2.38万亿元", L19c)
stat("s22", "跨境电商进出口规模同比增长", "15.6%", L19c)
stat("s23", "跨境电商占全国货物贸易进出口总值比重（2023年）", "5.7%", L19c)
stat("s24", "跨境电商占全国货物贸易进出口总值比重（2015年）", "1%", L19c, optional=True)
stat("s25", "全球已授权人工智能专利来自中国的比例", "60%以上", sent("60%以上"))
L20 = sent("超过190个")
stat("s26", "完成备案并上线的生成式人工智能服务大模型", "190个", L20)
stat("s27", "生成式人工智能服务大模型累计用户", "6亿", L20)
L22 = sent("132个")
stat("s28", "制定国家网络安全战略的国家数量（2020年）", "107个", L22)
stat("s29", "制定国家网络安全战略的国家数量（2024年）", "132个", L22)
stat("s30", "制定首个网络安全战略的非洲国家", "9个", L22)
stat("s31", "参加决议联署的国家", "140多国", sent("140多国"))

# ---- Goals ----------------------------------------------------------------------------------
W, C = ("wang",), ("cac",)
# line 3: 我们要… (the author, for the body he speaks for)
goal("i1", "科学把握构建网络空间命运共同体理念的重大意义和时代价值", by=W, body=C)
goal("i2", "弘扬精神内涵", by=W, body=C)
goal("i3", "担当历史使命", by=W, body=C)
goal("i4", "共同推动构建网络空间命运共同体迈向新阶段",
     "我们要科学把握构建网络空间命运共同体理念的重大意义和时代价值，弘扬精神内涵，担当历史使命，共同推动构建网络空间命运共同体迈向新阶段",
     by=W + ("xi",), body=C)   # 习近平 强调 the same aim in line 28: one node
# the idea proposed by 习近平 (line 3) and what it advocates (line 7)
goal("x0", "构建网络空间命运共同体", sent("提出“构建网络空间命运共同体”理念"), by=("xi",), optional=True)
for gid, l in [("x1", "维护和平安全"), ("x2", "促进开放合作")]:
    goal(gid, l, optional=True)
# line 28: 习近平's 2023 address
for gid, l in [("x3", "倡导发展优先"), ("x4", "倡导安危与共"), ("x5", "倡导文明互鉴")]:
    goal(gid, l, by=("xi",))
goal("i5", "坚持以构建网络空间命运共同体理念为指引", by=W, body=C)
goal("i6", "共同谱写构建网络空间命运共同体的新篇章", by=W, body=C)
# the symposium's agenda (line 28, past)
goal("e1", "总结推动构建网络空间命运共同体理念提出以来的理论成果",
     sent("总结推动构建网络空间命运共同体理念提出以来的理论成果"), optional=True, opt_body=("wic-org",))

# the four numbered proposals (lines 29–32): heading verb phrases, 习近平's quoted aims, and what
# 各国应/要 do. The author proposes his own points (习近平's quoted aims: 习近平 proposes, the author
# who quotes them optionally); 中央网信办 holds the headings and the 要… items, only optionally the
# 各国应… items (addressed to all countries).
OPT_C = {"opt_body": C}
goal("n1", "坚持创新发展", by=W, body=C)
goal("n1h", "共同构建繁荣开放的网络空间", by=W, body=C)
goal("n1x1", "以信息化培育新动能", by=("xi",), opt_by=W)
goal("n1x2", "用新动能推动新发展", by=("xi",), opt_by=W)
goal("n1a", "采取更加积极、包容、协调、普惠的政策", by=W, **OPT_C)
goal("n1b", "提升互联网接入水平", by=W, opt_tech=("t-net",), **OPT_C)
goal("n1c", "推进信息基础设施建设", by=W, **OPT_C)
goal("n1d", "抓住新一轮科技革命和产业变革的历史性机遇", by=W, **OPT_C)
goal("n1e", "加速科技成果向现实生产力转化", by=W, **OPT_C)
goal("n1f", "促进实体经济和数字经济深度融合", by=W, **OPT_C)
goal("n1g", "坚持经济全球化正确方向", by=W, **OPT_C)
goal("n1i", "反对“筑墙设垒”“脱钩断链”", by=W, **OPT_C)
goal("n1j", "把互利合作“蛋糕”做大", by=W, **OPT_C)
goal("n1k", "推动网络空间繁荣", by=W, **OPT_C)

goal("n2", "坚持安危与共", "二是坚持安危与共，共同构建安全稳定的网络空间", by=W, body=C)
goal("n2h", "共同构建安全稳定的网络空间", by=W, body=C)   # restated as 共同建设安全稳定的网络空间: one node
goal("n2x1", "共同遏制信息技术滥用", by=("xi",), opt_by=W, opt_tech=("t-it",))
goal("n2x2", "反对网络监听和网络攻击", by=("xi",), opt_by=W)
goal("n2x3", "反对网络空间军备竞赛", by=("xi",), opt_by=W)
goal("n2a", "增强网络空间战略互信", by=W, **OPT_C)
goal("n2b", "坚持共同、综合、合作、可持续的安全观", by=W, **OPT_C)
goal("n2c", "以和平方式解决国际争端", by=W, **OPT_C)
goal("n2d", "携手打击网络违法犯罪和网络恐怖主义", by=W, **OPT_C)
goal("n2e", "有效化解由于网络信息技术进步引发的风险与挑战", by=W, opt_tech=("t-it",), **OPT_C)

goal("n3", "坚持平等对话", by=W, body=C)
goal("n3h", "共同构建公平正义的网络空间", by=W, body=C)
goal("n3x1", "坚持多边参与、多方参与", by=("xi",), opt_by=W)
goal("n3a", "尊重网络主权", sent("面向未来，要尊重网络主权"), by=W, body=C)   # also what the idea 提倡 (line 7)
goal("n3b", "尊重各国互联网发展道路和治理模式", by=W, body=C, opt_tech=("t-net",))
goal("n3c", "反对网络霸权主义", by=W, body=C)
goal("n3d", "重视和照顾各国合理关切", by=W, body=C)
goal("n3e", "坚持通过对话协商化解分歧", by=W, body=C)
goal("n3f", "不能牺牲别国安全谋求自身所谓绝对安全", by=W, optional=True, opt_body=C)
goal("n3g", "发挥联合国在网络空间国际治理中的主渠道作用", by=W, body=C)
goal("n3i", "践行真正的多边主义", by=W, body=C)
goal("n3j", "构建网络空间良好秩序", by=W, body=C)   # the idea's 构建良好秩序 (line 7) is the same aim

goal("n4", "坚持共建共享", by=W, body=C)
goal("n4h", "共同构建包容普惠的网络空间", by=W, body=C)
goal("n4a", "坚持以人为本、科技向善", by=W, body=C)
goal("n4b", "缩小数字鸿沟", by=W, body=C)
goal("n4c", "实现共同繁荣", sent("缩小数字鸿沟，实现共同繁荣"), by=W, body=C)
goal("n4d", "共建共享网络基础设施", by=W, **OPT_C)
goal("n4e", "增进网络文化交流与文明互鉴", by=W, **OPT_C)
goal("n4f", "携手提升公民数字素养与技能", by=W, **OPT_C)
goal("n4g", "让互联网更好造福世界各国人民", by=W, opt_tech=("t-net",), **OPT_C)
goal("n4i", "共同创造人类更加美好的未来", by=W, optional=True, opt_body=C)

# China's continuing or past measures named in passing (lines 14, 16, 23, 25, 26): optional goals
for gid, l in [("c1", "与各国开展网络基础设施合作"), ("c2", "推动北斗系统惠及全球"),
               ("c3", "开展国家顶级域名系统服务平台海外节点建设"), ("c4", "积极搭建网络文明对话合作平台"),
               ("c5", "拓展和深化网络安全领域的国际合作伙伴关系"), ("c6", "加强网络安全应急响应国际合作"),
               ("c7", "共同打击网络犯罪和网络恐怖主义"),
               ("c8", "推动建立多边、民主、透明的国际互联网治理体系")]:
    goal(gid, l, optional=True)
rel("c2", "involvesTechnology", "t-bds", optional=True)

# ---- promotes: the body the author speaks for, through its goals ------------------------------
rel("cac", "promotes", "t-net", optional=True)

out = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
print(len(E), "entities", len(R), "relations")
