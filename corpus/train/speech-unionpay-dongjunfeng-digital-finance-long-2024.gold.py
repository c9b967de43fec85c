"""Gold annotation of speech-unionpay-dongjunfeng-digital-finance-long-2024 (中国银联党委书记董俊峰：
“互信互联、共创价值”推动数字金融利企利民, 嘶吼 RoarTalk, 2024-11-21), by hand per shared/eval/ANNOTATE.md
(annG13).

Conventions: 董俊峰 speaks 代表中国银联, so what 中国银联 (and its CFCA) 将继续… is held by 中国银联 and by CFCA
(the sentence's subject is 中国银联和CFCA) and proposed by him. The aims he cites from 中央金融工作会议 and
二十届三中全会, and the banking industry's continuing work (银行业…坚持…), are required goals with no
holder in the text (an Event cannot hold a goal; 银行业 is no body), his proposes optional. The
headline's 推动数字金融利企利民 is the same node as line 9's 持续推动数字金融利企利民, proposed by him
(the headline puts it in his mouth). The event's aims in the lead (回顾…, 前瞻…) are optional goals.
The four technologies of line 11 are named in a forecast (数字金融将呈现…), not as anyone's goal:
promotes optional. 数字金融 is the topic (a field of finance), not a Technology; 金融科技 an optional one.
"""
ID = "speech-unionpay-dongjunfeng-digital-finance-long-2024"
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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

# ---- Bodies ---------------------------------------------------------------------------------
ent("unionpay", "Organization", "中国银联")
ent("cfca", "Organization", "中金金融认证中心有限公司", ["CFCA"])
rel("cfca", "subOrganizationOf", "unionpay")          # 中国银联旗下CFCA
ent("dfpy", "Organization", "数字金融联合宣传年", ["宣传年"])   # the standing 公益平台 that co-hosts the event
ent("cebnet", "Organization", "中国电子银行网")

# ---- People, events, places -----------------------------------------------------------------
ent("dong", "Person", "董俊峰")
rel("dong", "holdsPost", "unionpay", post="党委书记")
ent("event", "Event", "第二十届数字金融联合宣传年智享2024特别活动", ["“第二十届数字金融联合宣传年智享2024特别活动”"])
ent("bj", "Place", "北京", ["京"])
rel("event", "locatedIn", "bj")
rel("dong", "speaksAt", "event")                      # 通过视频发表致辞演讲
ent("cfwc", "Event", "中央金融工作会议")
ent("plenum3", "Event", "二十届三中全会")
ent("cn", "Place", "中国", ["我国"], optional=True)

# ---- Documents ------------------------------------------------------------------------------
ent("report", "Document", "2024中国数字银行调查报告", ["《2024中国数字银行调查报告》"])
ent("fyp14", "Document", "“十四五”规划")

# ---- Technologies ---------------------------------------------------------------------------
for tid, l in [("ai", "人工智能"), ("bd", "大数据"), ("cloud", "云计算"), ("bc", "区块链")]:
    ent(tid, "Technology", l)
    rel("unionpay", "promotes", tid, optional=True)
ent("fintech", "Technology", "金融科技", optional=True)
rel("unionpay", "promotes", "fintech", optional=True)

# ---- Goals ----------------------------------------------------------------------------------
L9 = "2024年是实现“十四五”规划目标任务的关键一年，中央金融工作会议和二十届三中全会提出要加快建设中国特色现代金融体系，不断满足经济社会发展和人民群众日益增长的金融需求。"
L9b = "银行业作为我国金融领域的中坚力量，心怀“国之大者”，牢牢把握金融工作的政治性、人民性，坚持创新驱动发展，加快培育新质生产力，深入践行做好金融业“五篇大文章”重要战略部署，持续推动数字金融利企利民，取得丰硕成果。"
L10 = "中国银联作为银行卡产业组织，围绕“平台化、数智化、全球化”战略和“互信互联、共创价值”使命愿景，始终坚持与产业各方积极联动、协同发展，共建开放合作共赢生态，赋能金融科技创新，与银行业同心同行推动数字金融高质量发展。"
L14 = "未来，中国银联和CFCA将继续在主管部门指导下，积极携手银行机构、合作伙伴，汇聚产业合力，共促数字金融健康发展，助力金融行业数字化转型，为服务实体经济、防范金融风险、深化金融改革提供坚实的支撑，为共建金融强国贡献力量！"

# the event's aims (lead and line 3): no holder
goal("v1", "全面回顾中国数字金融二十年来发展历程", "活动全面回顾中国数字金融二十年来发展历程，前瞻金融“五篇大文章”新机遇", optional=True)
goal("v2", "前瞻金融“五篇大文章”新机遇", "活动全面回顾中国数字金融二十年来发展历程，前瞻金融“五篇大文章”新机遇", optional=True)

# line 9: aims set by the two central meetings, cited
goal("c1", "加快建设中国特色现代金融体系", L9)
goal("c2", "不断满足经济社会发展和人民群众日益增长的金融需求", L9)
goal("c0", "实现“十四五”规划目标任务", L9, optional=True)
rel("fyp14", "hasGoal", "c0", optional=True)
# line 9: the banking industry's continuing work
B = [("i1", "牢牢把握金融工作的政治性、人民性"), ("i2", "坚持创新驱动发展"), ("i3", "加快培育新质生产力"),
     ("i4", "深入践行做好金融业“五篇大文章”重要战略部署"), ("i5", "持续推动数字金融利企利民")]
for gid, l in B:
    goal(gid, l, L9b)
for gid in ["c1", "c2", "i1", "i2", "i3", "i4"]:
    rel("dong", "proposes", gid, optional=True)
rel("dong", "proposes", "i5")                          # the headline: 董俊峰：…推动数字金融利企利民
rel("unionpay", "hasGoal", "i5", optional=True)

# line 10: 中国银联's strategy and continuing work (始终坚持…)
U = [("u1", "“平台化、数智化、全球化”战略", True, []),
     ("u2", "“互信互联、共创价值”使命愿景", True, []),
     ("u3", "始终坚持与产业各方积极联动、协同发展", False, []),
     ("u4", "共建开放合作共赢生态", False, []),
     ("u5", "赋能金融科技创新", False, ["fintech"]),
     ("u6", "与银行业同心同行推动数字金融高质量发展", False, [])]
for gid, l, opt, techs in U:
    goal(gid, l, L10, optional=opt)
    rel("unionpay", "hasGoal", gid, optional=opt)
    rel("dong", "proposes", gid, optional=opt)
    for t in techs:
        rel(gid, "involvesTechnology", t, optional=True)
# CFCA's platform: a past measure told in passing
goal("p1", "搭建了相互交流、共同发声的“数字金融联合宣传年”公益平台",
     "中国银联旗下CFCA与多家银行携手发起并搭建了相互交流、共同发声的“数字金融联合宣传年”公益平台", optional=True)
rel("cfca", "hasGoal", "p1", optional=True)

# line 12: his own wish (愿…)
goal("w1", "与各位一道笃行实干", "愿秉持初心，与各位一道笃行实干，为数字金融贡献更多力量", optional=True)
goal("w2", "为数字金融贡献更多力量", "愿秉持初心，与各位一道笃行实干，为数字金融贡献更多力量")
rel("dong", "proposes", "w1", optional=True)
rel("dong", "proposes", "w2")
rel("unionpay", "hasGoal", "w2", optional=True)

# line 14: what 中国银联和CFCA 将继续 do
F = ["积极携手银行机构、合作伙伴", "汇聚产业合力", "共促数字金融健康发展", "助力金融行业数字化转型",
     "为服务实体经济、防范金融风险、深化金融改革提供坚实的支撑", "为共建金融强国贡献力量"]
for i, l in enumerate(F):
    gid = f"f{i+1}"
    goal(gid, l, L14)
    rel("unionpay", "hasGoal", gid)
    rel("cfca", "hasGoal", gid)
    rel("dong", "proposes", gid)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
