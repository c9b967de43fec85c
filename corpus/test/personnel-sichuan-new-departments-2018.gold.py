"""Gold annotation of personnel-sichuan-new-departments-2018 (省政府10个新部门负责人 向宪法宣誓), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-sichuan-new-departments-2018"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("gov", "Agency", "省政府")
ent("npcsc", "Agency", "省人大常委会")
ent("session", "Event", "省十三届人大常委会第七次会议")
ent("oath", "Event", "宪法宣誓和颁发任命书仪式", ["宪法宣誓"], optional=True)
ent("yinl", "Person", "尹力"); rel("yinl", "holdsPost", "gov", post="省长")
D = [("jxt", "省经济和信息化厅", "陈新有", "chenxy", "厅长"), ("sft", "省司法厅", "刘志诚", "liuzc", "厅长"),
     ("rst", "省人力资源和社会保障厅", "胡斌", "hub", "厅长"), ("zrt", "省自然资源厅", "孙建军", "sunjj", "厅长"),
     ("sthjt", "省生态环境厅", "于会文", "yuhw", "厅长"), ("nynct", "省农业农村厅", "杨秀彬", "yangxb", "厅长"),
     ("wlt", "省文化和旅游厅", "戴允康", "daiyk", "厅长"), ("wjw", "省卫生健康委员会", "何延政", "heyz", "主任"),
     ("tyjrt", "省退役军人事务厅", "鞠波", "jub", "厅长"), ("yjt", "省应急管理厅", "段毅君", "duanyj", "厅长")]
for oid, org, pid, name, post in [(a, b, d, c, e) for a, b, c, d, e in D]:
    ent(oid, "Agency", org)
    ent(pid, "Person", name)
    rel(pid, "holdsPost", oid, post=post)
    rel(oid, "subOrganizationOf", "gov")
ent("xuyw", "Person", "徐毓蔚")
stat("s-dept", "省政府新部门主要负责人", "10个", "任命省政府10个新部门主要负责人", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
