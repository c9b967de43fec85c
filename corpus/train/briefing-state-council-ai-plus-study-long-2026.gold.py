"""Writes briefing-state-council-ai-plus-study-long-2026.gold.json beside it (hand annotation, annR16)."""
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-state-council-ai-plus-study-long-2026"
text = (here / (ID + ".txt")).read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, check=True, **kw):
    if check:
        assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases:
        assert a in text, a
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Bodies
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央")
ent("shailab", "Organization", "上海人工智能实验室")
ent("xinhua", "Organization", "新华社")
# People
ent("liq", "Person", "李强")
ent("zhoubw", "Person", "周伯文")
ent("dingxx", "Person", "丁薛祥")
ent("zhanggq", "Person", "张国清")
ent("wuzl", "Person", "吴政隆")
ent("xi", "Person", "习近平", optional=True)   # 习近平总书记: no body named
rel("liq", "holdsPost", "sc", post="总理")
rel("dingxx", "holdsPost", "sc", post="副总理")
rel("zhanggq", "holdsPost", "sc", post="副总理")
rel("wuzl", "holdsPost", "sc", post="国务委员")
rel("zhoubw", "holdsPost", "shailab", post="主任")
# The study session
ent("study", "Event", "第十八次专题学习")
for p in ["liq", "zhoubw", "dingxx", "zhanggq", "wuzl"]:
    rel(p, "speaksAt", "study")

# Technologies
T = [("ai", "人工智能", False), ("llm", "大模型", False), ("agent", "智能体", False),
     ("algo", "算法", True), ("icomp", "智算", True), ("oss", "开源", True)]
for tid, l, opt in T:
    ent(tid, "Technology", l, optional=opt)
    rel("sc", "promotes", tid, optional=opt)
TOPT = {tid for tid, l, opt in T if opt}

# Goals: (id, label, evidence, optional, technologies)
G = [
 # the study's theme (optional)
 ("t1", "深化拓展“人工智能+”", "国务院以深化拓展“人工智能+”、全方位赋能千行百业为主题", True, ["ai"]),
 ("t2", "全方位赋能千行百业", "国务院以深化拓展“人工智能+”、全方位赋能千行百业为主题", True, []),
 # paragraph 1
 ("g1", "深入学习贯彻习近平总书记关于人工智能发展的重要指示精神和党中央有关决策部署",
  "要深入学习贯彻习近平总书记关于人工智能发展的重要指示精神和党中央有关决策部署", False, ["ai"]),
 ("g2", "全面推进人工智能科技创新、产业发展和赋能应用", "全面推进人工智能科技创新、产业发展和赋能应用", False, ["ai"]),
 ("g3", "培育壮大新质生产力", "培育壮大新质生产力，推动高质量发展", False, []),
 ("g4", "推动高质量发展", "培育壮大新质生产力，推动高质量发展", False, []),
 # paragraph 3: recent years' work and outlook
 ("p1", "坚持以科技创新引领产业创新", "坚持以科技创新引领产业创新、以产业升级促进科技迭代", False, []),
 ("p2", "以产业升级促进科技迭代", "坚持以科技创新引领产业创新、以产业升级促进科技迭代", False, []),
 ("p3", "推动人工智能赋能千行百业、走进千家万户", "推动人工智能赋能千行百业、走进千家万户", True, ["ai"]),
 ("p4", "带动消费和产业升级", "将不断带动消费和产业升级，在各个领域打开新的增量空间", True, []),
 # paragraph 4
 ("h0", "深刻认识和把握人工智能发展态势", "要深刻认识和把握人工智能发展态势", False, ["ai"]),
 ("h0a", "推动人工智能全链条突破、全场景落地", "推动人工智能全链条突破、全场景落地", False, ["ai"]),
 ("h0b", "更大释放发展潜能", "更大释放发展潜能", False, []),
 ("h1", "持续夯实技术底座", "要持续夯实技术底座", False, []),
 ("h1a", "推进算法创新", "推进算法创新", False, ["algo"]),
 ("h1b", "加大高质量数据供给", "加大高质量数据供给", False, []),
 ("h1c", "提升大模型性能", "提升大模型性能", False, ["llm"]),
 ("h1d", "前瞻布局新技术新路径", "前瞻布局新技术新路径", False, []),
 ("h2", "大力推进规模化商业化应用", "要大力推进规模化商业化应用", False, []),
 ("h2a", "促进人工智能终端和服务消费", "促进人工智能终端和服务消费", False, ["ai"]),
 ("h2b", "建设人工智能应用中试基地", "建设人工智能应用中试基地", False, ["ai"]),
 ("h2c", "发展壮大智能体产业", "发展壮大智能体产业", False, ["agent"]),
 ("h2d", "拓展更多高价值应用场景", "拓展更多高价值应用场景", False, []),
 ("h3", "加快培育产业生态", "要加快培育产业生态", False, []),
 ("h3a", "优化智算资源布局", "优化智算资源布局", False, ["icomp"]),
 ("h3b", "加大数、算、电、网等资源协同", "加大数、算、电、网等资源协同", False, []),
 ("h3c", "推进软硬件适配", "推进软硬件适配", False, []),
 ("h3d", "形成产业链上下游贯通发展的格局", "形成产业链上下游贯通发展的格局", False, []),
 ("h4", "积极推动开放合作", "要积极推动开放合作", False, []),
 ("h4a", "扩大国际技术交流和应用开发", "扩大国际技术交流和应用开发", False, []),
 ("h4b", "构建开源技术体系和开源社区", "构建开源技术体系和开源社区", False, ["oss"]),
 ("h5", "坚持统筹发展和安全", "要坚持统筹发展和安全", False, []),
 ("h5a", "加强人工智能治理", "加强人工智能治理", False, ["ai"]),
 ("h5b", "完善相关法律法规、政策制度、应用规范、伦理准则", "完善相关法律法规、政策制度、应用规范、伦理准则", False, []),
 ("h5c", "为人工智能应用筑牢安全保障", "为人工智能应用筑牢安全保障", False, ["ai"]),
 # paragraph 5 (深入实施 / 实施好“人工智能+”行动: one node)
 ("k0", "实施好“人工智能+”行动", "实施好“人工智能+”行动，需要充分激发全社会的活力和创造力", False, ["ai"]),
 ("k0a", "充分激发全社会的活力和创造力", "需要充分激发全社会的活力和创造力", False, []),
 ("k1", "构建开放包容的发展环境", "要构建开放包容的发展环境", False, []),
 ("k1a", "支持企业锐意创新、积极探索", "支持企业锐意创新、积极探索", False, []),
 ("k1b", "让新生事物在市场竞争中孕育壮大", "让新生事物在市场竞争中孕育壮大", True, []),
 ("k2", "强化公共服务和要素保障", "要强化公共服务和要素保障", False, []),
 ("k2a", "破除体制机制障碍", "破除体制机制障碍", False, []),
 ("k2b", "帮助企业解决实际困难", "帮助企业解决实际困难", False, []),
 ("k3", "加强人才培养使用", "要加强人才培养使用", False, []),
 ("k3a", "造就一批优秀的复合型人才", "尤其要造就一批优秀的复合型人才", False, []),
 ("k3b", "为推进“人工智能+”提供有力支撑", "为推进“人工智能+”提供有力支撑", True, ["ai"]),
]
for gid, label, evid, opt, techs in G:
    assert label.replace("“", "").replace("”", "") in evid.replace("“", "").replace("”", ""), gid
    ent(gid, "Goal", label, optional=opt, check=False, evidence=ev(evid))
    rel("sc", "hasGoal", gid, optional=opt)
    rel("liq", "proposes", gid, optional=opt)
    for t in techs:
        rel(gid, "involvesTechnology", t, optional=opt or t in TOPT)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
ids = [e["id"] for e in E]; assert len(ids) == len(set(ids))
(here / (ID + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
