"""Gold annotation of briefing-beijing-telecom-fraud-long-2024 (北京市人民检察院、北京市公安局召开打击治理电信网络诈骗犯罪新闻发布会), by hand per shared/eval/ANNOTATE.md (annotator ann23)."""
ID = "briefing-beijing-telecom-fraud-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
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
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# ---------------------------------------------------------------- Agencies
ent("bjproc", "Agency", "北京市人民检察院", ["市检察院"])
# the procuratorial organs of the whole city (the body the procuratorate's part speaks for)
ent("bjproc-sys", "Agency", "北京市检察机关", ["全市检察机关"])
ent("bjpsb", "Agency", "北京市公安局", ["市公安局"])
ent("bjpol-sys", "Agency", "北京市公安机关", optional=True)
ent("spp", "Agency", "最高人民检察院", ["最高检"])
ent("mps", "Agency", "公安部")
ent("changping", "Agency", "昌平检察院")
ent("nafc", "Agency", "国家反诈中心")
ent("cyl", "Agency", "共青团中央")
ent("bjnpcsc", "Agency", "北京市人民代表大会常务委员会", optional=True)  # named only inside the decision's title
ent("netproc", "Agency", "网络检察办公室", optional=True)                 # a mechanism of the procuratorate
ent("bjcpc", "Agency", "市委", optional=True)
ent("bjgov", "Agency", "市政府", optional=True)
ent("centre", "Agency", "中央", optional=True)
# ---------------------------------------------------------------- Organizations (media)
ent("cctv-law", "Organization", "央视法治频道")
ent("legaldaily", "Organization", "法治日报")
ent("jjzx", "Organization", "京检在线")
ent("bjfz", "Organization", "北京反诈", optional=True)      # the police's WeChat/Douyin/Kuaishou accounts
ent("douyin", "Organization", "抖音", optional=True)
ent("kuaishou", "Organization", "快手", optional=True)
ent("wechat", "Organization", "微信", optional=True)
# ---------------------------------------------------------------- People
ent("xi", "Person", "习近平", optional=True)
# ---------------------------------------------------------------- Events
ent("presser", "Event", "打击治理电信网络诈骗犯罪新闻发布会")
ent("cpc20", "Event", "党的二十大")
ent("plenum3", "Event", "二十届三中全会")
ent("contest", "Event", "最高人民检察院大数据法律监督模型竞赛", ["大数据法律监督模型竞赛"], optional=True)
# ---------------------------------------------------------------- Documents
ent("law", "Document", "反电信网络诈骗法", ["《反电信网络诈骗法》"])
ent("decision", "Document", "北京市人民代表大会常务委员会关于进一步加强本市反电信网络诈骗工作的决定",
    ["《北京市人民代表大会常务委员会关于进一步加强本市反电信网络诈骗工作的决定》"])
ent("guide", "Document", "协同打击治理电信网络诈骗犯罪工作指引", ["《协同打击治理电信网络诈骗犯罪工作指引》"])
ent("anim1", "Document", "骗局粉碎机", ["《骗局粉碎机》"], optional=True)              # anti-fraud cartoons
ent("anim2", "Document", "守好银行卡，莫让帮忙变“帮信”", ["《守好银行卡，莫让帮忙变“帮信”》"], optional=True)
rel("guide", "publishedBy", "bjproc")
rel("guide", "publishedBy", "bjpsb")
rel("decision", "publishedBy", "bjnpcsc", optional=True)
# ---------------------------------------------------------------- Places
ent("beijing", "Place", "北京市", ["北京", "首都"])
ent("venue", "Place", "市检察院新闻中心", optional=True)   # the press conference's venue, a building
rel("presser", "locatedIn", "venue", optional=True)
for id, l in [("idn", "印尼"), ("khm", "柬埔寨"), ("uae", "阿联酋"), ("vnm", "越南"), ("phl", "菲律宾")]:
    ent(id, "Place", l)
# ---------------------------------------------------------------- Technologies
ent("bigdata", "Technology", "大数据")
ent("model", "Technology", "大数据法律监督模型", optional=True)
ent("goip", "Technology", "GOIP设备", ["手机卡虚拟拨号设备"], optional=True)
ent("screen", "Technology", "同屏软件", optional=True)
ent("robot", "Technology", "智能机器人外呼", ["智能机器人"], optional=True)
ent("aibot", "Technology", "AI机器人", ["智能微信AI机器人"], optional=True)
ent("ai", "Technology", "AI", optional=True)
ent("digiproc", "Technology", "数字检察", optional=True)
ent("smartaf", "Technology", "智慧反诈", optional=True)
ent("internet", "Technology", "互联网", optional=True)   # here an industry sector
rel("bjproc", "promotes", "bigdata")
rel("bjpsb", "promotes", "bigdata")
rel("bjproc-sys", "promotes", "bigdata", optional=True)
rel("changping", "promotes", "bigdata", optional=True)
rel("bjproc", "promotes", "model", optional=True)
rel("bjproc-sys", "promotes", "digiproc", optional=True)
rel("bjpsb", "promotes", "aibot", optional=True)
rel("bjpsb", "promotes", "ai", optional=True)
rel("bjpsb", "promotes", "robot", optional=True)
# ---------------------------------------------------------------- Statistics (every reported figure with digits)
stat("s-pros", "起诉电信网络诈骗及其关联犯罪人数", "1962人", "起诉电信网络诈骗及其关联犯罪1962人")
stat("s-pros-d", "起诉人数同比上升", "66.41%", "起诉人数同比上升66.41%")
stat("s-ref", "编发技术类涉电诈犯罪参考性案例", "5件", "编发5件参考性案例")
stat("s-typ", "入选最高人民检察院典型案例的涉电诈犯罪案件", "3起", "3起涉电诈犯罪案件入选最高人民检察院典型案例")
stat("s-admin", "反向移送行政处罚", "80余件", "反向移送行政处罚共80余件")
stat("s-tech", "技术辅助专业同步审查", "184件", "2023年共开展技术辅助专业同步审查184件")
stat("s-cases", "串并全市跨区关联案件", "39件", "共串并全市跨区关联案件39件")
stat("s-gangs", "认定贩卡团伙", "27个", "认定贩卡团伙27个")
stat("s-arrest", "追捕追诉漏犯", "137人", "追捕追诉漏犯137人")
stat("s-advice", "制发社会治理类检察建议", "150余份", "制发社会治理类检察建议150余份")
stat("s-idn-gangs", "在印尼打掉裸聊敲诈及电诈团伙", "7个", "在印尼重拳打掉7个裸聊敲诈及电诈团伙")
stat("s-idn-susp", "在印尼抓获嫌疑人", "158人", "抓获嫌疑人158人")
stat("s-campaign", "发起全国及全市集群战役", "28个", "先后发起全国及全市集群战役28个")
stat("s-loss", "2023年避免经济损失", "75.95亿元", "2023年避免经济损失75.95亿元")
stat("s-pcs", "建立三级反诈中心的派出所", "近300个", "组织近300个派出所建立三级反诈中心")
stat("s-lvl4", "已建成第四级反诈中心", "102个", "目前已建成102个")
stat("s-lvl4-street", "第四级反诈中心中街乡镇", "55个", "其中街乡镇55个")
stat("s-lvl4-univ", "第四级反诈中心中高校", "32个", "高校32个")
stat("s-lvl4-ent", "第四级反诈中心中企业", "15个", "企业15个")
stat("s-events", "开展系列主题宣传", "1500余场次", "累计开展系列主题宣传1500余场次")
stat("s-aud", "宣传覆盖受众", "900万余人", "覆盖受众900万余人")
stat("s-24h", "AI机器人智能回答反诈问题时长", "24小时", "24小时“一对一”智能回答群成员提出的反诈问题", optional=True)
stat("s-sms", "向全市手机用户发送防骗提示短信", "10余批次", "发送防骗提示短信10余批次")

PR = dict(body=("bjproc-sys",), opt_body=("bjproc",))   # the procuratorate's part
PRo = dict(opt_body=("bjproc-sys", "bjproc"))
PS = dict(body=("bjpsb",))                                  # the police's part
PSo = dict(opt_body=("bjpsb",))
# ---------------------------------------------------------------- line 3: the procuratorate since 2023 (坚持…: continuing work)
goal("a1", "坚持以习近平新时代中国特色社会主义思想为指导", optional=True, **PRo)
goal("a2", "深入贯彻党的二十大、二十届三中全会精神", **PR)
goal("a3", "发挥网络检察办公室机制优势", **PR)
goal("a4", "协同公安机关等部门", optional=True, **PRo)
goal("a5", "坚持以人民为中心", "坚持以人民为中心，依法打击治理电信网络诈骗及其关联犯罪", **PR)
goal("a6", "依法打击治理电信网络诈骗及其关联犯罪", **PR)
goal("a7", "坚决维护人民群众切身利益", **PR)
# ---------------------------------------------------------------- the procuratorate's six headings (each coordinated phrase a goal), their measures optional
goal("h1a", "突出打击重点", L[3], **PR)
goal("h1b", "依法惩治电信网络诈骗及其关联犯罪", L[3], **PR)
goal("h1m1", "突出“高质效办好每一个案件”", optional=True, **PRo)
goal("h1m2", "依法从严打击电信网络诈骗犯罪", optional=True, **PRo)
goal("h1m3", "为专业办案提供指引", optional=True, opt_body=("bjproc",))
goal("h2a", "加强综合履职", L[5], **PR)
goal("h2b", "助力构建反诈立体追责体系", L[5], **PR)
goal("h2m1", "加强刑事检察与公益诉讼检察衔接协作", optional=True, **PRo)
goal("h2m2", "严厉打击电信网络犯罪", optional=True, **PRo)
goal("h2m3", "加强个人信息司法保护", optional=True, **PRo)
goal("h2m4", "守护公民个人信息安全", optional=True, **PRo)
goal("h2m5", "加强反诈领域行刑反向衔接", optional=True, **PRo)
goal("h3a", "强化科技赋能", L[7], **PR)
goal("h3b", "以数字检察驱动智慧反诈", L[7], opt_tech=("digiproc", "smartaf"), **PR)
goal("h3m1", "加强电信网络诈骗及其关联犯罪案件的技术辅助办案力度", optional=True, **PRo)
goal("h3m2", "建用涉“两卡”案件漏犯漏罪大数据法律监督模型", optional=True, tech=("bigdata", "model"),
     opt_body=("bjproc", "changping"))
goal("h4a", "治罪治理并重", L[9], **PR)
goal("h4b", "推动重点行业领域溯源治理", L[9], **PR)
goal("h4m1", "推动相关单位切实履行反诈义务", optional=True, **PRo)
goal("h5a", "注重检警协同", L[11], **PR)
goal("h5b", "加强反诈专业力量建设", L[11], **PR)
goal("h5m1", "构建检警协同的反诈新格局", optional=True, opt_body=("bjproc", "bjpsb", "guide"))
goal("h6a", "精准反诈宣传", L[13], **PR)
goal("h6b", "营造“全民反诈”宣传矩阵", L[13], **PR)
goal("h6m1", "构建多维立体反诈宣传矩阵", optional=True, **PRo)
goal("h6m2", "让反诈宣传触角延伸至老百姓日常生活", optional=True, **PRo)
# ---------------------------------------------------------------- line 16: 下一步 (procuratorate)
goal("n1", "进一步强化政治引领", **PR)
goal("n2a", "为大局服务", **PR)
goal("n2b", "为人民司法", **PR)
goal("n2c", "为法治担当", **PR)
goal("n3", "严格落实《反电信网络诈骗法》", "严格落实《反电信网络诈骗法》和《北京市人民代表大会常务委员会关于进一步加强本市反电信网络诈骗工作的决定》", **PR)
goal("n4", "扎实推进“检察护企”“检护民生”专项行动", **PR)
goal("n5", "不断加强网络犯罪检察专业化建设", **PR)
goal("n6", "推动构建以证据为中心的刑事指控体系", **PR)
goal("n7", "将追赃挽损工作贯穿检察办案始终", **PR)
goal("n8", "助力完善网络生态治理长效机制", **PR)
goal("n9", "服务保障首都现代化建设", "以更高效检察履职服务保障首都现代化建设", **PR)
goal("n10", "为打击治理电信网络诈骗犯罪工作贡献检察力量", **PR)
# ---------------------------------------------------------------- line 17: the police (present tense, continuing work)
goal("p1", "认真贯彻落实习近平总书记关于新时代公安工作的系列重要论述",
     "北京市公安局认真贯彻落实习近平总书记关于新时代公安工作的系列重要论述和打击治理电信网络诈骗犯罪的重要指示精神", optional=True, **PSo)
# restated in line 26 (继续坚持…): one node
goal("p2", "坚持以人民为中心的发展思想", L[16].rstrip("。"), **PS)
goal("p3", "深化运用“四专两合力”总体思路", **PS)
goal("p4", "构建“专业+机制+大数据”新型警务运行模式", tech=("bigdata",), **PS)
goal("p5", "紧盯侦查打击、预警劝阻、资金返还、宣传防范等领域", **PS)
goal("p6", "创新机制战法", **PS)
goal("p7", "整合资源力量", **PS)
goal("p8", "加强科技应用", **PS)
goal("p9", "不断提升打击治理工作整体质效", **PS)
goal("p10", "推动形成一批“北京模式”“北京经验”“北京品牌”", **PS)
goal("p11", "有力维护首都社会治安大局稳定", **PS)
goal("p12", "切实增强人民群众获得感、幸福感、安全感", **PS)
# ---------------------------------------------------------------- the police's four headings, their measures
goal("q1a", "坚持主动进攻", L[17], **PS)
goal("q1b", "全面提升规模打击效能", L[17], **PS)
goal("q1m1", "积极推进国际执法合作", optional=True, **PSo)
goal("q1m2", "开展集群打击", optional=True, **PSo)
goal("q2a", "严密防范措施", L[19], **PS)
goal("q2b", "全面提升预警劝阻效果", L[19], **PS)
goal("q2m1", "持续拓展预警的覆盖率和精准度", **PS)
goal("q2m2", "不断提升预警劝阻的时效性和成功率", **PS)
goal("q2m4", "降发案、减损失", optional=True, **PSo)
goal("q2m5", "率先建立第四级反诈中心", optional=True, **PSo)
goal("q2m3", "形成市局、分局、派出所三级预警劝阻体系", optional=True, **PSo)
goal("q3a", "深化协同联动", L[21], **PS)
goal("q3b", "全面提升综合治理成效", L[21], **PS)
goal("q3m0", "贯彻实施《反电信网络诈骗法》", optional=True, **PSo)
goal("q3m1", "全面构建“党委领导、政府主导、部门主责、行业监管、有关方面齐抓共管”的全社会反诈工作格局", **PS)
goal("q3m2", "强化政府责任", **PS)
goal("q3m3", "建立双通报双挂牌制度", optional=True, **PSo)
goal("q3m4", "压实行业责任", **PS)
goal("q3m5", "建立反诈整改通知机制", optional=True, **PSo)
goal("q3m6", "督促落实整改", optional=True, **PSo)
goal("q3m7", "堵塞漏洞隐患", optional=True, **PSo)
goal("q4a", "加强精准宣传", L[23], **PS)
goal("q4b", "全面提升群众防范意识", L[23], **PS)
goal("q4m1", "让传统宣传走进千家万户", optional=True, **PSo)
goal("q4m2", "让新型宣传顺应时代发展", optional=True, **PSo)
goal("q4m3", "组建反诈志愿者团队", optional=True, **PSo)
goal("q4m4", "打造智能微信AI机器人", optional=True, opt_tech=("aibot", "ai"), **PSo)
# ---------------------------------------------------------------- line 26: 下一步 (police)
goal("r1", "与各有关部门密切协同", **PS)
goal("r2", "持续推动打击治理电信网络诈骗工作向纵深发展", **PS)
goal("r3", "全力守护人民群众“钱袋子”", **PS)
goal("r4", "维护首都安全稳定", **PS)
goal("r5", "建设更高水平的平安北京", **PS)
goal("r6", "作出新的更大贡献", optional=True, **PSo)

for e in E:
    if e["type"] == "Goal" and len(e["label"]) > 30: print("long label:", len(e["label"]), e["label"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
