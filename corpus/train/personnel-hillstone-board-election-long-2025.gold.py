"""Gold annotation of personnel-hillstone-board-election-long-2025 (山石网科董事会监事会换届，锚定未来发展航向, 山石网科安全技术研究院 2025-02-13: 山石网科's board election, 叶海强 succeeding 罗东平, and the company's AI and talent aims), by hand per shared/eval/ANNOTATE.md (annotator annQ16)."""
ID = "personnel-hillstone-board-election-long-2025"
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
            return ev(s.strip().lstrip("”’“").rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
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

# Bodies and people
ent("hs", "Organization", "山石网科", ["山石"])
ent("inst", "Organization", "山石网科安全技术研究院", optional=True)  # the publishing account (line 2)
rel("inst", "subOrganizationOf", "hs", optional=True)
ent("board", "Organization", "山石网科董事会", ["董事会", "新一届董事会"], optional=True)
rel("board", "subOrganizationOf", "hs", optional=True)
ent("sup", "Organization", "监事会", optional=True)
rel("sup", "subOrganizationOf", "hs", optional=True)
ent("univ", "Organization", "山石大学")
rel("univ", "subOrganizationOf", "hs", optional=True)
ent("exec", "Organization", "执委会", optional=True)
rel("exec", "subOrganizationOf", "hs", optional=True)
ent("ye", "Person", "叶海强")
rel("ye", "holdsPost", "hs", post="董事长兼总经理")          # former 首席运营官（COO）
ent("luo", "Person", "罗东平")
rel("luo", "holdsPost", "hs", post="名誉主席")                # former 董事长兼CEO; 以创始人身份
rel("luo", "holdsPost", "univ", post="校长")
rel("luo", "holdsPost", "exec", post="执委会成员", optional=True)
ent("china", "Place", "中国", optional=True)

# Technologies
ent("ai", "Technology", "AI", ["AI技术"])
ent("chip", "Technology", "芯片", ["ASIC芯片", "安全芯片", "ASIC安全芯片", "ASIC自研芯片"])
ent("netsec", "Technology", "网络安全", optional=True)
ent("dsec", "Technology", "数据安全", optional=True)
ent("csec", "Technology", "云安全", optional=True)
ent("xc", "Technology", "信创", optional=True)
TECH = {"ai": ("AI",), "chip": ("芯片",), "netsec": ("网络安全",), "dsec": ("数据安全",), "xc": ("信创",)}
TOPT = {"netsec", "dsec", "csec", "xc"}

# Statistics
ent("s-tech", "Statistic", "山石网科掌握的自主研发核心技术", value="30项",
    evidence=ev("现阶段，山石网科掌握30项自主研发核心技术，申请540多项国内外专利"))
ent("s-pat", "Statistic", "山石网科申请的国内外专利", value="540多项",
    evidence=ev("现阶段，山石网科掌握30项自主研发核心技术，申请540多项国内外专利"))
ent("s-sol", "Statistic", "山石网科解决方案覆盖的行业和场景", value="50余个",
    evidence=ev("50余个行业和场景的完整解决方案"))

def goal(id, label, evidence=None, optional=False, who=None, hopt=None):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    rel("hs", "hasGoal", id, optional=optional if hopt is None else hopt)
    if who:
        rel(who, "proposes", id, optional=optional)
    for t, labs in TECH.items():
        if any(a in label for a in labs):
            rel(id, "involvesTechnology", t, optional=optional or t in TOPT)

# 叶海强's pledge as the new chairman
Y = "我将接好接力棒，做好传帮带，薪火相传，砥砺前行，为山石的投资人、客户、伙伴和员工创造更大价值，让我们一起为山石成为网安行业新质生产力的代表而不懈奋斗"
goal("y1", "接好接力棒", Y, who="ye")
goal("y2", "做好传帮带", Y, who="ye")
goal("y3", "为山石的投资人、客户、伙伴和员工创造更大价值", Y, who="ye")
goal("y4", "成为网安行业新质生产力的代表", Y, who="ye")
# 罗东平's wishes (he stays on as 名誉主席 and 执委会成员)
L = "希望全体山石人一起努力，把所做的所有升级转化为山石网科发展的动力，跑赢大势，把山石干得红红火火"
goal("l1", "把所做的所有升级转化为山石网科发展的动力", L, who="luo")
goal("l2", "跑赢大势", L, who="luo")
goal("l3", "把山石干得红红火火", L, who="luo")
goal("l0", "为山石网科长远发展服务", optional=True, who="luo")  # the purpose of his remaining roles
# the last two years' strategy (continuing: 始终坚持, 持续, 致力于) and its measures (past, in passing)
goal("t1", "坚持“科技+生态”战略", "过去两年，山石网科始终坚持“科技+生态”战略，两手抓、两手硬，取得了显著进步")
goal("t2", "持续加大技术研发投入")
goal("t3", "致力于内外兼修的生态体系建设", "同时，我们致力于内外兼修的生态体系建设")
for i, l in enumerate(["推动自我革命", "优化组织结构", "提升业务合规性与组织效率", "扩大“朋友圈”", "深耕行业客户", "探索出海新模式"]):
    goal(f"t3{i}", l, "对内，刀刃向内，推动自我革命，优化组织结构，提升业务合规性与组织效率；对外，扩大“朋友圈”，深耕行业客户，探索出海新模式", optional=True)
# 安全+AI: the four directions (heading + each verb phrase)
goal("a1", "智能威胁检测", "1、智能威胁检测：利用AI技术提升威胁识别的准确性与效率，实现从被动防御到主动预测的转变")
goal("a11", "利用AI技术提升威胁识别的准确性与效率", "1、智能威胁检测：利用AI技术提升威胁识别的准确性与效率，实现从被动防御到主动预测的转变")
goal("a12", "实现从被动防御到主动预测的转变", "1、智能威胁检测：利用AI技术提升威胁识别的准确性与效率，实现从被动防御到主动预测的转变")
goal("a2", "自动化响应", "2、自动化响应：通过AI驱动的自动化响应机制，缩短安全事件处置时间，降低人为失误风险")
goal("a21", "缩短安全事件处置时间", "2、自动化响应：通过AI驱动的自动化响应机制，缩短安全事件处置时间，降低人为失误风险")
goal("a22", "降低人为失误风险", "2、自动化响应：通过AI驱动的自动化响应机制，缩短安全事件处置时间，降低人为失误风险")
goal("a3", "数据安全与隐私保护", "3、数据安全与隐私保护：结合AI技术，构建更智能的数据安全防护体系，确保用户隐私与数据合规")
goal("a31", "构建更智能的数据安全防护体系", "3、数据安全与隐私保护：结合AI技术，构建更智能的数据安全防护体系，确保用户隐私与数据合规")
goal("a32", "确保用户隐私与数据合规", "3、数据安全与隐私保护：结合AI技术，构建更智能的数据安全防护体系，确保用户隐私与数据合规")
goal("a4", "AI赋能生态", "4、AI赋能生态：将AI能力融入生态合作，与合作伙伴共同打造更智能、更安全的解决方案")
goal("a41", "将AI能力融入生态合作", "4、AI赋能生态：将AI能力融入生态合作，与合作伙伴共同打造更智能、更安全的解决方案")
goal("a42", "与合作伙伴共同打造更智能、更安全的解决方案", "4、AI赋能生态：将AI能力融入生态合作，与合作伙伴共同打造更智能、更安全的解决方案")
# the goals a2, a3 are reached through AI in their sentences (通过AI驱动的…, 结合AI技术)
rel("a2", "involvesTechnology", "ai", optional=True)
rel("a21", "involvesTechnology", "ai", optional=True)
rel("a22", "involvesTechnology", "ai", optional=True)
rel("a31", "involvesTechnology", "ai", optional=True)
rel("a32", "involvesTechnology", "ai", optional=True)
goal("a5", "抢占先机", "山石网科将在这场技术变革中抢占先机，引领行业创新")
goal("a6", "引领行业创新", "山石网科将在这场技术变革中抢占先机，引领行业创新")
# talent
goal("p0", "让山石的人才与骨干脱颖而出")
goal("p1", "实现“两步走”战略目标", "要实现“两步走”战略目标，必须打造一支过硬的干部与骨干队伍")
goal("p2", "打造一支过硬的干部与骨干队伍", "要实现“两步走”战略目标，必须打造一支过硬的干部与骨干队伍")
goal("p3", "打造出“六边形战士”", "结合山石的特点，打造出“六边形战士”：有底线、善合作、能力强、干劲足、客户认、成绩好")
# company profile: earlier measures (since 2019 / 2021 / 2023), named in passing
goal("h1", "积极布局信创领域", "山石网科于2019年起，积极布局信创领域，致力于推动国内信息技术创新，并于2021年正式启动安全芯片战略", optional=True)
goal("h2", "推动国内信息技术创新", "山石网科于2019年起，积极布局信创领域，致力于推动国内信息技术创新，并于2021年正式启动安全芯片战略", optional=True)
goal("h3", "启动安全芯片战略", "山石网科于2019年起，积极布局信创领域，致力于推动国内信息技术创新，并于2021年正式启动安全芯片战略", optional=True)
goal("h4", "为用户提供更高效、更安全的网络安全保障", "2023年进行自研ASIC安全芯片的技术研发，旨在通过自主创新，为用户提供更高效、更安全的网络安全保障", optional=True)
rel("h4", "involvesTechnology", "chip", optional=True)   # 自研ASIC安全芯片的技术研发, 旨在…

# promotes
rel("hs", "promotes", "ai")
rel("hs", "promotes", "chip")
rel("hs", "promotes", "dsec", optional=True)
rel("hs", "promotes", "csec", optional=True)
rel("hs", "promotes", "xc", optional=True)
rel("hs", "promotes", "netsec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
