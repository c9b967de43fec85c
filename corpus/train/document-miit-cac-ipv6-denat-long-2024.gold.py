"""Gold annotation of document-miit-cac-ipv6-denat-long-2024 (工信部、中央网信办组织开展“网络去NAT”专项工作), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "document-miit-cac-ipv6-denat-long-2024"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

# ---- agencies: the two issuers, their signing offices and the units named as recipients ----
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("cac", "Agency", "中央网信办")
ent("miit-office", "Agency", "工业和信息化部办公厅")
ent("cac-sec", "Agency", "中央网信办秘书局")
ent("miit-ict", "Agency", "信息通信发展司", ["工业和信息化部（信息通信发展司）"])
ent("cac-info", "Agency", "信息化发展局", ["中央网信办（信息化发展局）"])
rel("miit-office", "subOrganizationOf", "miit")
rel("cac-sec", "subOrganizationOf", "cac")
rel("miit-ict", "subOrganizationOf", "miit")
rel("cac-info", "subOrganizationOf", "cac")
# addressees named as classes of bodies (各省…通信管理局, 党委网信办, 省级网信办): optional class nodes
ent("cas", "Agency", "通信管理局", ["各省、自治区、直辖市通信管理局", "各省（区、市）通信管理局"], optional=True)
ent("prov-cac", "Agency", "省级网信办", ["党委网信办", "各省级网信办"], optional=True)
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)   # only as an addressees' region
# ---- the three basic telecom groups (addressees) ----
for id, l in [("ct", "中国电信集团有限公司"), ("cm", "中国移动通信集团有限公司"), ("cu", "中国联合网络通信集团有限公司")]:
    ent(id, "Organization", l)
ent("miit-site", "Organization", "工信部网站", optional=True)   # source line
# ---- documents ----
ent("notice", "Document", "关于开展“网络去NAT”专项工作 进一步深化IPv6部署应用的通知", ["工信厅联通信函〔2024〕263号"])
for b in ("miit", "cac", "miit-office", "cac-sec"):
    rel("notice", "publishedBy", b)
ent("ipv6-notice", "Document", "关于加快推进互联网协议第六版（IPv6）规模部署和应用工作的通知",
    ["《关于加快推进互联网协议第六版（IPv6）规模部署和应用工作的通知》"])
ent("ipv6-opinion", "Document", "工业和信息化部等八部门关于推进IPv6技术演进和应用创新发展的实施意见",
    ["《工业和信息化部等八部门关于推进IPv6技术演进和应用创新发展的实施意见》"])
rel("ipv6-opinion", "publishedBy", "miit")           # the title names 工业和信息化部等八部门
ent("annex1", "Document", "NAT44设备信息台账", optional=True)     # annex titles
ent("annex2", "Document", "指标解释及统计方法", optional=True)
# ---- places ----
ent("china", "Place", "中国", ["我国"], optional=True)
# ---- technologies ----
TECH = [("ipv6", "IPv6", ("互联网协议第六版",), False),
        ("nat44", "NAT44", ("IPv4到IPv4网络地址转换", "网络地址转换"), False),
        ("cdn", "内容分发网络", ("CDN",), False),
        ("ipv4", "IPv4", (), True),
        ("mobile-internet", "移动互联网", (), True),
        ("cloud", "云服务", (), True),
        ("broadband", "固定宽带", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
rel("miit", "promotes", "ipv6"); rel("cac", "promotes", "ipv6")
rel("miit", "promotes", "cdn", optional=True); rel("cac", "promotes", "cdn", optional=True)

def G(id, line, label, opt=False, evidence=None, issuers=None, notice=True, tech_opt=(), maxlen=40):
    """a goal stated on line L[line]; the 通知 sets it (notice); issuers: True = 工业和信息化部 and
    中央网信办 have it required (named as actors or speaking in the lead/preamble), None = optional;
    involvesTechnology for every technology the label names; tech_opt: further optional ones"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if notice: rel("notice", "hasGoal", id, optional=opt)
    for b in ("miit", "cac"):
        rel(b, "hasGoal", id, optional=opt or issuers is None)
    for t, l, al, o in TECH:
        if l in label or any(a in label for a in al):
            if t == "ipv4" and "IPv4到IPv4" not in label: continue
            rel(id, "involvesTechnology", t, optional=opt or o)
    for t in tech_opt:
        rel(id, "involvesTechnology", t, optional=True)

DENAT = ("nat44",)   # “网络去NAT” names NAT only in the campaign's name: optional involvesTechnology
# ---- lead paragraph (line 1) and preamble (line 5): aims of the two issuers ----
G("a1", 1, "释放我国加快向IPv6演进升级的明确信号", issuers=True, evidence="为向全社会释放我国加快向IPv6演进升级的明确信号")
G("a2", 1, "凝聚网络、应用、终端等产业各方合力", issuers=True)
G("a3", 1, "加速提升IPv6规模部署和应用水平", issuers=True)
G("a4", 1, "组织开展“网络去NAT”专项工作", issuers=True, tech_opt=DENAT)   # restated line 5 (现就开展…)
G("a5", 1, "进一步深化IPv6部署应用", issuers=True)                       # restated title, line 2, line 5
G("a6", 5, "加快IPv6规模部署和流量提升", issuers=True, evidence="为加快IPv6规模部署和流量提升")
# ---- 一 (line 6) ----
G("h1a", 6, "细化工作方案", issuers=True)                 # headings also listed in the lead (line 1)
G("h1b", 6, "有序实现网络升级", issuers=True)
G("t11", 6, "认真摸排NAT44设备部署应用情况")
G("t12", 6, "建立NAT44设备信息台账")
G("t13", 6, "制定“网络去NAT”工作方案和时间表", tech_opt=DENAT)
G("t14", 6, "有序推进全网NAT44设备使用规模逐步降低")
G("t15", 6, "组织选取部分区域开展“网络去NAT”试点", issuers=True, tech_opt=DENAT)
G("t16", 6, "实现试点区域基础电信企业NAT44设备总容量停止增长", issuers=True,
  evidence="到2025年7月底前实现试点区域基础电信企业NAT44设备总容量停止增长")
G("t17", 6, "主要移动互联网应用（APP）固网侧IPv6流量占比不低于70%", issuers=True)
# ---- 二 (line 7) ----
G("h2a", 7, "紧抓关键环节", issuers=True)
G("h2b", 7, "持续拓宽IPv6通路", issuers=True)
G("t21", 7, "增加IPv6互联网专线产品供给")
G("t22", 7, "新增互联网专线默认开通IPv6功能")
G("t23", 7, "加快实施家庭网关IPv6地址前缀二次分发功能升级")
G("t24", 7, "基础电信企业自有环境固定宽带用户IPv6连通率不低于80%",
  evidence="到2024年底，基础电信企业自有环境固定宽带用户IPv6连通率不低于80%")
G("t25", 7, "严格落实无线电发射设备型号核准有关通知要求")
G("t26", 7, "推动属地终端设备制造企业加快存量家庭无线路由器IPv6功能升级")
# ---- 三 (line 8) ----
G("h3a", 8, "深化应用改造", issuers=True)
G("h3b", 8, "主动引导流量迁移", issuers=True)
G("t31", 8, "深化应用服务IPv6升级改造")
G("t32", 8, "优化放量引流策略")
G("t33", 8, "实现注册、登录、使用全链条支持IPv6")
G("t34", 8, "提升固网环境下IPv6流量占比")
G("t35", 8, "推动边缘节点、核心节点等各层级支持IPv6", tech_opt=("cdn",))      # CDN运营企业 is the actor
G("t36", 8, "提升用户加速、业务调度和内容回源等IPv6流量占比", tech_opt=("cdn",))
G("t37", 8, "优化产品业务逻辑", tech_opt=("cloud",))                          # 云服务企业 is the actor
G("t38", 8, "默认启用IPv6功能", evidence="向用户提供服务时默认启用IPv6功能", tech_opt=("cloud",))
# ---- 四 (line 9) ----
G("h4a", 9, "强化运行维护", issuers=True)
G("h4b", 9, "确保网络安全稳定", issuers=True)
G("t41", 9, "科学合理推进“网络去NAT”专项工作", opt=True)     # restates a4 with the companies as actors
G("t42", 9, "进一步强化网络日常运行维护管理")
G("t43", 9, "加强重要指标监测")
G("t44", 9, "持续强化网络安全防护管理")
G("t45", 9, "定期开展风险评估")
G("t46", 9, "做好重要系统网络安全风险监测预警和应急处置")
G("t47", 9, "制定预案")
G("t48", 9, "加强关键节点性能监测")
G("t49", 9, "保障网络安全稳定运行", opt=True)                  # restates h4b
# ---- 五 (line 10) ----
G("h5a", 10, "加强督促评测", issuers=True)
G("h5b", 10, "促进工作实效落地", issuers=True)
G("t51", 10, "给予必要政策倾斜和资金保障")
G("t52", 10, "不断丰富监测技术手段")
G("t53", 10, "构建监测体系")
G("t54", 10, "按月开展分省基础电信企业自有环境固定宽带用户IPv6连通率",
  evidence="按月开展分省基础电信企业自有环境固定宽带用户IPv6连通率、移动互联网应用（APP）固网侧IPv6流量占比、内容分发网络（CDN）IPv6流量占比（附件2）等指标统计",
  tech_opt=("cdn", "mobile-internet"))
G("t55", 10, "适时组织公布相关监测结果", issuers=True)
G("t56", 10, "强化行业管理")
G("t57", 10, "加强工作指导")
G("t58", 10, "督促互联网企业加强协同")
G("t59", 10, "合力推动“网络去NAT”目标完成", tech_opt=DENAT)
for g in ("t56", "t57"):
    rel("cas", "hasGoal", g, optional=True)
for g in ("t58", "t59"):
    rel("prov-cac", "hasGoal", g, optional=True)
# ---- reporting duty (line 11) ----
G("t61", 11, "将工作方案及信息台账报送至工业和信息化部", evidence=L[11].split("，")[0])
G("t62", 11, "报送有关工作进展")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
