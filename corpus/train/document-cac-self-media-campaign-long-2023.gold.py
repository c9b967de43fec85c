"""Gold annotation of document-cac-self-media-campaign-long-2023 (通知 | 中央网信办部署“清朗·从严整治‘自媒体’乱象”专项行动: the 2023-03-10 video conference and the 中央网信办秘书局 notice of 2023-03-02, as reprinted by 中国信息安全 from 中国网信网), by hand per shared/eval/ANNOTATE.md."""
ID = "document-cac-self-media-campaign-long-2023"
import collections, json, pathlib
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

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

# ---- bodies, people ----
ent("cac", "Agency", "中央网信办")
ent("ncac", "Agency", "国家网信办")
ent("cac-sec", "Agency", "秘书局", ["中央网信办秘书局"])
rel("cac-sec", "subOrganizationOf", "cac")
ent("cpc-cc", "Agency", "党中央")
ent("police", "Agency", "公安机关", optional=True)          # generic: 公安等部门, 公安机关
ent("cac-site", "Organization", "中国网信网", optional=True)  # only as the source line
ent("niu", "Person", "牛一兵")
rel("niu", "holdsPost", "cac", post="副主任")
rel("niu", "holdsPost", "ncac", post="副主任")
ent("xi", "Person", "习近平", optional=True)
# ---- events, documents ----
ent("conf", "Event", "全国网信系统视频会议")
rel("niu", "speaksAt", "conf")
ent("notice", "Document", "关于开展“清朗·从严整治‘自媒体’乱象”专项行动的通知")
rel("notice", "publishedBy", "cac-sec")
rel("notice", "publishedBy", "cac", optional=True)         # signed by its 秘书局; the campaign is 中央网信办's
ent("ql-plan", "Document", "2023年“清朗”系列专项行动计划", optional=True)
# ---- technologies: platform types, optional ----
for id, l in [("video", "短视频"), ("live", "网络直播")]:
    ent(id, "Technology", l, optional=True)

def G(id, label, line=None, opt=False, evidence=None, meeting=False, both=False, maxlen=40):
    """a goal; meeting goals: 中央网信办 hasGoal, 牛一兵 proposes (optional); notice goals: the 通知 hasGoal,
    中央网信办 optional; both: stated by the meeting and restated by the notice (one node, both bodies)"""
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if meeting or both:
        rel("cac", "hasGoal", id, optional=opt)
        rel("niu", "proposes", id, optional=True)
    if both or not meeting:
        rel("notice", "hasGoal", id, optional=opt)
    if not meeting and not both:
        rel("cac", "hasGoal", id, optional=True)

M = dict(meeting=True)
# ---- line 2-3: the conference ----
G("m0", "开展“清朗·从严整治‘自媒体’乱象”专项行动", both=True,      # restated by the notice, line 8
  evidence="中央网信办组织召开全国网信系统视频会议，部署开展“清朗·从严整治‘自媒体’乱象”专项行动")
G("m1", "开展“清朗”系列专项行动", 3, opt=True, **M)            # past campaigns, named in passing
G("m2", "着力解决影响网络空间清朗生态的顽症痼疾", 3, opt=True, **M)
G("m3", "抓紧抓实抓出成效", 3, **M)
# 一是
G("m4", "切实提高政治站位", 4, **M)
G("m5", "充分认识整治“自媒体”乱象的重要意义", 4, **M)
for id, l in [("m6", "打赢网上意识形态斗争"), ("m7", "维护国家安全和政治安全"), ("m8", "营造良好经济环境"),
              ("m9", "维护社会和谐稳定"), ("m10", "净化网络生态"), ("m11", "提高人民群众获得感幸福感安全感")]:
    G(id, l, 4, opt=True, **M)                                # the purposes the rectification serves
# 二是
G("m12", "推动网站平台积极履行主体责任", 4, **M)
G("m13", "有效破解“自媒体”管理难题", 4, **M)
G("m14", "严惩造谣传谣、干扰破坏网络生态的“自媒体”", 4, **M)
G("m15", "持续净化网络空间", 4, **M)
G("m16", "严打假冒仿冒的“自媒体”", 4, **M)
G("m17", "切实维护人民群众知情权", 4, **M)
G("m18", "让违规营利的“自媒体”付出应有代价", 4, **M)
# 三是
G("m19", "切实承担属地管理责任", 4, **M)
G("m20", "着力提升“自媒体”规范管理工作水平", 4, **M)
G("m21", "加强组织领导", 4, evidence="加强组织领导，提升整治效能", **M)   # restated for 各地网信部门 on line 26
G("m22", "提升整治效能", 4, **M)
G("m23", "加强督导检查", 4, **M)
G("m24", "提升管理水平", 4, **M)
G("m25", "强化统筹协调", 4, **M)
G("m26", "发挥网络综合治理体系作用", 4, **M)
# line 5: what the platforms are to do (会议要求)
G("m27", "网站平台要充分发挥信息内容管理第一责任人作用", 5, **M)
G("m28", "创新理念思路", 5, **M)
G("m29", "丰富方法手段", 5, **M)
G("m30", "健全制度机制", 5, **M)
# line 6
G("m31", "堵住其“问题流量”和牟利途径", 6, **M)
G("m32", "清除粉丝量", 6, **M)
G("m33", "坚持把社会效益放在首位", 6, **M)

# ---- aims stated by the meeting and restated by the notice's 工作目标: one node each, both bodies ----
def both(id, label, evidence):
    G(id, label, evidence=evidence, both=True)
both("w1", "整治“自媒体”乱象", "整治“自媒体”乱象，破解“自媒体”信息内容失真、运营行为失度等深层次问题，维护网上信息内容传播良好秩序")
both("w2", "解决“自媒体”信息内容失真、运营行为失度等深层次问题",
     "着力解决“自媒体”信息内容失真、运营行为失度等深层次问题，维护网上信息内容传播良好秩序")
both("w3", "维护网上信息内容传播良好秩序", "整治“自媒体”乱象，破解“自媒体”信息内容失真、运营行为失度等深层次问题，维护网上信息内容传播良好秩序")
both("w4", "探索运用经济手段强化“自媒体”监管", "探索运用经济手段强化“自媒体”监管，遏制“自媒体”违规营利行为")
both("w5", "遏制“自媒体”违规营利行为", "探索运用经济手段强化“自媒体”监管，遏制“自媒体”违规营利行为")
both("w6", "实现社会效益和经济效益相统一", "实现社会效益和经济效益相统一，营造风清气正的网络环境")
both("w7", "营造风清气正的网络环境", "实现社会效益和经济效益相统一，营造风清气正的网络环境")
# ---- the notice ----
G("n1", "压实网站平台主体责任", 10)
G("n2", "督促网站平台健全账号注册、运营和关闭全流程全链条管理制度", 10)
G("n3", "加强账号名称信息审核、专业资质认证、信息内容审核等常态化管理", 10)
# 二、主要任务
G("n4", "坚决打击", evidence="针对“自媒体”造谣传谣、假冒仿冒、违规营利等突出问题，坚决打击，从严处置")
G("n5", "从严处置", evidence="针对“自媒体”造谣传谣、假冒仿冒、违规营利等突出问题，坚决打击，从严处置")
G("n6", "营造清朗网络空间", 12)
for id, line, l in [("t1", 13, "坚决打击“自媒体”发布传播谣言信息、有害信息和虚假消息"),
                    ("t11", 14, "打击“自媒体”造谣传谣"), ("t12", 15, "打击“自媒体”炮制有害信息"),
                    ("t13", 16, "打击“自媒体”恶意炒作"),
                    ("t2", 17, "坚决取缔假冒仿冒官方机构、新闻媒体和特定人员的“自媒体”"),
                    ("t21", 18, "取缔利用账号名称信息假冒仿冒的“自媒体”"), ("t22", 19, "取缔利用信息内容假冒仿冒的“自媒体”"),
                    ("t23", 20, "取缔无专业资质假冒仿冒的“自媒体”"),
                    ("t3", 21, "全面整治“自媒体”违规营利行为"),
                    ("t31", 22, "从严整治“自媒体”蹭炒热点吸粉引流"), ("t32", 23, "从严整治“自媒体”造热点博流量"),
                    ("t33", 24, "从严整治“自媒体”利用弱势群体进行流量变现")]:
    assert L[line].lstrip("（一二三）123.").startswith(l), (line, l)
    G(id, l, line)
# 三、工作要求
G("r0", "提高政治站位", evidence="各地网信部门要提高政治站位，加强组织领导，认真谋划、精心部署、扎实推进")
G("r00", "认真谋划、精心部署、扎实推进", 26)
G("r1", "严格处置标准", 27)
G("r11", "督促网站平台深入自查自纠", 27)
G("r12", "从严从重处置顶风违规、屡教不改的“自媒体”", 27)
G("r13", "依法采取限期整改、罚款、暂停相关功能、关停下架等处罚", 27)
G("r14", "警示“自媒体”和网站平台做好自我管理", 27)
G("r2", "遏制违规营利", 28)
G("r21", "指导网站平台运用经济手段", 28)
G("r22", "予以清空粉丝数量", 28)
G("r23", "暂停或关闭直播、用户打赏、知识付费、收益提现权限", 28)
G("r24", "下架商品链接", 28)
G("r25", "取消广告收益、流量分成等处罚措施", 28)
G("r3", "健全管理体系", 29)
G("r31", "督促网站平台严格落实政策法规要求", 29)
G("r32", "完善“自媒体”注册、运营、关闭等环节管理细则", 29)
G("r33", "加强账号名称信息审核", 29)
G("r34", "从严审核认证材料", 29)
G("r35", "加注专业领域类型明确标识", 29)
G("r4", "加强部门联动", 30)
G("r41", "加强与公安等部门会商研判", 30)
G("r42", "及时通报公安机关", 30,
  evidence="将网站平台排查梳理上报的“自媒体”违法犯罪线索，及时通报公安机关")
G("r43", "严惩网络犯罪行为", 30)
G("r5", "强化宣传引导", 31)
G("r51", "督促网站平台及时对外发布专项行动治理公告、违规典型案例", 31)
G("r52", "鼓励网民积极提供举报线索", 31)
G("r53", "广泛凝聚社会共识", 31)
rel("n6", "involvesTechnology", "video", optional=True)      # 聚焦社交、短视频、网络直播等类型重点平台 (means clause)
rel("n6", "involvesTechnology", "live", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
