"""Gold annotation of proposal-li-xueying-minors-cyber-education-long-2024 (两会之声｜李雪莹代表：将网络安全素养教育纳入中小学课程体系, 嘶吼 RoarTalk 2024-03-06, from 天融信科技集团: the suggestion of Beijing municipal people's congress deputy 李雪莹 on minors' cybersecurity literacy education), by hand per shared/eval/ANNOTATE.md (annotator ann38)."""
ID = "proposal-li-xueying-minors-cyber-education-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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

# ---- people and bodies ----
ent("li", "Person", "李雪莹")
ent("topsec", "Organization", "天融信科技集团")  # also the source line (last line)
rel("li", "holdsPost", "topsec", post="董事长兼CEO")
ent("bj-npc", "Agency", "北京市人大", optional=True)  # named only inside 北京市人大代表
rel("li", "holdsPost", "bj-npc", post="北京市人大代表", optional=True)
ent("cyl", "Agency", "共青团中央")
ent("cyl-rights", "Agency", "共青团中央维护青少年权益部", ["维护青少年权益部"])
rel("cyl-rights", "subOrganizationOf", "cyl")
ent("spp", "Agency", "最高人民检察院")
ent("bj-edu", "Agency", "北京市教育委员会")
ent("moe-generic", "Agency", "国务院教育部门", optional=True)  # generic reference in the regulation
ent("cac-generic", "Agency", "国家网信部门", optional=True)
ent("cac-local", "Agency", "网信办", optional=True)  # 法院、公安局、网信办: generic local bodies
ent("court", "Agency", "法院", optional=True)
ent("psb", "Agency", "公安局", optional=True)
ent("procuratorates", "Agency", "检察机关", optional=True)  # generic (line 7)
ent("lh", "Event", "两会", optional=True)  # only in the column name 两会之声
# ---- places ----
ent("beijing", "Place", "北京市", ["北京"])
ent("china", "Place", "中国", optional=True)
# ---- documents ----
ent("d-survey", "Document", "第5次全国未成年人互联网使用情况调查报告", ["《第5次全国未成年人互联网使用情况调查报告》"])
rel("d-survey", "publishedBy", "cyl-rights")
rel("d-survey", "publishedBy", "cyl", optional=True)
ent("d-white", "Document", "未成年人检察工作白皮书（2022）", ["《未成年人检察工作白皮书（2022）》"])
rel("d-white", "publishedBy", "spp")
ent("d-reg", "Document", "未成年人网络保护条例", ["《未成年人网络保护条例》"])
# ---- technologies ----
TECH = [("ai", "人工智能", (), False), ("bigdata", "大数据", (), False), ("5g", "5G", (), False),
        ("netsec", "网络安全", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
rel("topsec", "promotes", "netsec", optional=True)

# ---- statistics (lines 5, 7) ----
def S(id, label, value, evidence):
    assert value in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=evidence)
S("s1", "2022年未成年网民规模", "1.93亿", "2022年未成年网民规模已突破1.93亿")
S("s2", "2018年未成年人互联网普及率", "93.7%", "2018-2022年，未成年人互联网普及率从93.7%增长到97.2%")
S("s3", "2022年未成年人互联网普及率", "97.2%", "2018-2022年，未成年人互联网普及率从93.7%增长到97.2%")
S("s4", "5年前小学阶段的未成年人互联网普及率", "89.5%", "过去5年小学阶段的未成年人互联网普及率从89.5%提升至95.1%")
S("s5", "小学阶段的未成年人互联网普及率", "95.1%", "过去5年小学阶段的未成年人互联网普及率从89.5%提升至95.1%")
e7 = "2020年至2022年，检察机关审结（含起诉、不起诉）未成年人涉嫌帮助信息网络犯罪活动罪犯罪人数分别为236人、3001人、5474人"
S("s6", "2020年检察机关审结未成年人涉嫌帮助信息网络犯罪活动罪犯罪人数", "236人", e7)
S("s7", "2021年检察机关审结未成年人涉嫌帮助信息网络犯罪活动罪犯罪人数", "3001人", e7)
S("s8", "2022年检察机关审结未成年人涉嫌帮助信息网络犯罪活动罪犯罪人数", "5474人", e7)
S("s9", "未成年人涉嫌帮助信息网络犯罪活动罪犯罪人数同比上升", "82.41%", "2022年较2021年同比上升82.41%")

def G(id, label, evidence, opt=False, by="li", bj=False, extra=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 42, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if by == "li":
        rel("li", "proposes", id, optional=opt)
        rel("topsec", "hasGoal", id, optional=True)  # she proposes as a deputy; her company only optionally
        if bj: rel("beijing", "hasGoal", id, optional=True)  # region as subject (建议北京市…)
    else:
        rel(by, "hasGoal", id, optional=opt)
    for x in extra: rel(x[0], "hasGoal", id, optional=True)
    for t, l, al, topt in TECH:
        if any(s in label for s in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or topt)

# ---- what the regulation states (line 9) ----
e9 = "国务院教育部门应当将网络素养教育纳入学校素质教育内容，并会同国家网信部门制定未成年人网络素养测评指标"
G("r1", "将网络素养教育纳入学校素质教育内容", e9, by="d-reg", extra=[("moe-generic",)])
G("r2", "制定未成年人网络素养测评指标", e9, by="d-reg", extra=[("moe-generic",), ("cac-generic",)])
# ---- her aim (lines 6, 10) ----
G("g0", "多措并举促进未成年人网络安全素养教育", "对此，李雪莹代表主张多措并举促进未成年人网络安全素养教育")
G("g0b", "尽快推进其网络安全素养教育", "未成年人作为网络安全的薄弱环节，需要尽快推进其网络安全素养教育", opt=True)  # restates g0
e10 = "如何推进契合当前社会发展的网络素养教育，正确指导未成年人提高网络素养，已成为社会关注的问题"
G("g0c", "推进契合当前社会发展的网络素养教育", e10, opt=True)  # framed as a question of public concern
G("g0d", "正确指导未成年人提高网络素养", e10, opt=True)
# ---- 一是 (lines 11-12; = title) ----
G("h1", "将网络安全素养教育纳入中小学课程体系", "一是将网络安全素养教育纳入中小学课程体系。")
e12a = "以法律法规为准绳，以纲要为指引，落实新课标要求，鼓励社会各主体积极参与，加快建立全面、系统的中小学网络安全教育课程体系，配置专职网络安全教师，开展试点先行、整体推进的网络安全课程教育工作"
G("h1a", "落实新课标要求", e12a)
G("h1b", "鼓励社会各主体积极参与", e12a)
G("h1c", "加快建立全面、系统的中小学网络安全教育课程体系", e12a)
G("h1d", "配置专职网络安全教师", e12a)
G("h1e", "开展试点先行、整体推进的网络安全课程教育工作", e12a)
e12b = "同时，建议组织开发面向不同年龄段的、适应未成年人身心健康发展规律和特点的网络安全科普读物，引导未成年人树立正确的网络安全价值观，增强未成年人科学、文明、安全、合理使用网络的意识和能力，保障未成年人在网络空间的合法权益"
G("h1f", "组织开发面向不同年龄段的、适应未成年人身心健康发展规律和特点的网络安全科普读物", e12b)
G("h1g", "引导未成年人树立正确的网络安全价值观", e12b)
G("h1h", "增强未成年人科学、文明、安全、合理使用网络的意识和能力", e12b)
G("h1i", "保障未成年人在网络空间的合法权益", e12b)
# ---- 二是 (lines 13-14) ----
G("h2", "设立专项资金，搭建市级网络安全统一线上教育平台", "二是设立专项资金，搭建市级网络安全统一线上教育平台。")
e14a = "在夯实中小学网络安全课程资源建设的基础上，丰富课外学习资源，科学设计知识体系，做好课内教育和课外教育的有效衔接"
G("h2a", "夯实中小学网络安全课程资源建设", e14a, opt=True)  # stated as the basis
G("h2b", "丰富课外学习资源", e14a)
G("h2c", "科学设计知识体系", e14a)
G("h2d", "做好课内教育和课外教育的有效衔接", e14a)
e14b = "建议北京市设立专项资金，由北京市教育委员会牵头，联合各领域专家，共同进行在线网络安全教育学习资源的设计与开发，搭建市级网络安全统一在线教育平台，面向全市各学段学生开展网络安全线上教育，打造未成年人在线网络安全教育模式标杆，进而向全国推广复制"
G("h2e", "北京市设立专项资金", e14b, bj=True)
G("h2f", "进行在线网络安全教育学习资源的设计与开发", e14b, bj=True, extra=[("bj-edu",)])  # 由北京市教育委员会牵头
G("h2g", "搭建市级网络安全统一在线教育平台", e14b, bj=True, extra=[("bj-edu",)])
G("h2h", "面向全市各学段学生开展网络安全线上教育", e14b, bj=True)
G("h2i", "打造未成年人在线网络安全教育模式标杆", e14b, bj=True)
G("h2j", "向全国推广复制", e14b, bj=True)
# ---- 三是 (lines 15-16) ----
G("h3", "共同促进未成年人网络安全意识、能力提升", "三是政家校企合力，共同促进未成年人网络安全意识、能力提升。")
G("h3x", "政家校企合力", "三是政家校企合力，共同促进未成年人网络安全意识、能力提升。", opt=True)  # the means in the heading
e16a = "北京作为国家科技创新中心，充分发挥自身优势，由政府参与指导，整合利用现有资源，从法院、公安局、网信办、网络安全企业聘请法律专家和技术专家开设网络安全教育讲座，加强对教师和家长的培训指导，提高教师和家长的网络安全素养，规范自身使用网络的行为，进而加强对未成年人使用网络行为的教育、示范、引导和监督"
G("h3a", "充分发挥自身优势", e16a, bj=True)
G("h3b", "由政府参与指导", e16a, opt=True, bj=True)
G("h3c", "整合利用现有资源", e16a, bj=True)
G("h3d", "聘请法律专家和技术专家开设网络安全教育讲座", e16a, bj=True)
G("h3e", "加强对教师和家长的培训指导", e16a, bj=True)
G("h3f", "提高教师和家长的网络安全素养", e16a, bj=True)
G("h3g", "规范自身使用网络的行为", e16a, bj=True)
G("h3h", "加强对未成年人使用网络行为的教育、示范、引导和监督", e16a, bj=True)
e16b = "通过建立学校与网络安全企业的双向互动机制，让更多未成年人走进网络安全企业，观摩学习网络安全知识，近距离感受网络安全的重要意义"
G("h3i", "建立学校与网络安全企业的双向互动机制", e16b)
G("h3j", "让更多未成年人走进网络安全企业", e16b)
G("h3k", "观摩学习网络安全知识", e16b)
G("h3l", "近距离感受网络安全的重要意义", e16b, opt=True)
e16c = "相关政府部门、学校、家长、企业共同发力，促进完善未成年人网络安全保护机制，更好地帮助未成年人养成文明、健康、有益的网络使用习惯"
G("h3m", "促进完善未成年人网络安全保护机制", e16c)
G("h3n", "帮助未成年人养成文明、健康、有益的网络使用习惯", e16c)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
