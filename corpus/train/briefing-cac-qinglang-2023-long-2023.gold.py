"""Gold annotation of briefing-cac-qinglang-2023-long-2023 (国家网信办：2023年“清朗”系列专项行动重拳整治9大网络生态突出问题), by hand per shared/eval/ANNOTATE.md (annotator ann9)."""
ID = "briefing-cac-qinglang-2023-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
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

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
L = lines

def head(n):
    """the numbered heading clause of item n (一是…专项行动)"""
    m = re.match(r"^(.{2}“清朗·.*?”专项行动)", L[n + 3])
    return ev(m.group(1))

# Agencies and organisations
ent("scio", "Agency", "国务院新闻办公室")
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("cctv", "Organization", "央视新闻")
# People
ent("xi", "Person", "习近平", optional=True)
# Events and documents
ent("presser", "Event", "新闻发布会", optional=True)
ent("cpc20", "Event", "党的二十大")
ent("report20", "Document", "党的二十大报告")
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies (all optional: platform features rather than named fields)
ent("algo", "Technology", "算法推荐", ["推荐算法"], optional=True)
ent("botctl", "Technology", "群控软件", optional=True)
ent("kiddev", "Technology", "儿童智能设备", optional=True)
rel("cac", "promotes", "algo", optional=True)
# Statistics
stat("s-13", "2022年国家网信办组织开展的“清朗”专项行动", "13项", "去年，国家网信办组织开展13项“清朗”专项行动")
stat("s-info", "累计清理违法和不良信息", "5430余万条", "累计清理违法和不良信息5430余万条")
stat("s-acct", "处置账号", "680余万个", "处置账号680余万个")
stat("s-app", "下架App、小程序", "2890余款", "下架App、小程序2890余款")
stat("s-grp", "解散关闭群组、贴吧等", "26万个", "解散关闭群组、贴吧等26万个")
stat("s-web", "关闭网站", "7300家", "关闭网站超过7300家")
stat("s-9", "2023年“清朗”系列专项行动聚焦的问题方面", "9方面", "专项行动将聚焦“自媒体”乱象、网络水军操纵信息内容、规范重点流量环节网络传播秩序等9方面问题开展整治", optional=True)
stat("s-sf-info", "春节专项整治重点平台拦截清理违法不良信息", "119万余条", "重点平台累计拦截清理违法不良信息119万余条")
stat("s-sf-acct", "春节专项整治处置违规账号、群组", "16万余个", "处置违规账号、群组16万余个")
stat("s-sf-month", "春节专项整治为期", "1个月", "经过为期1个月的专项整治", optional=True)

B = dict(body=("cac",))
# title, lead, line 3-4
goal("t0", "重拳整治9大网络生态突出问题", L[0], **B)
goal("a1", "持续开展“清朗”系列专项行动", **B)
goal("a2", "重拳整治网络生态突出问题", optional=True, **B)
goal("a3", "压紧压实网站平台主体责任", optional=True, **B)
goal("a4", "积极回应人民群众关心关切", **B)
goal("b1", "推动形成良好网络生态", "2023年“清朗”系列专项行动，将认真贯彻落实党的二十大精神，以“推动形成良好网络生态”为工作目标", body=("cac", "report20"))
goal("b0", "进一步做好管网治网工作", optional=True, **B)
goal("b2", "认真贯彻落实党的二十大精神", **B)
goal("b3", "聚焦新情况新问题和难点瓶颈", **B)
goal("b4", "开展一系列专项整治", **B)
# 1 自媒体
goal("h1", "从严整治‘自媒体’乱象", head(1), **B)
goal("h1a", "集中整治“自媒体”造谣传谣、假冒仿冒、违规营利等乱象", **B)
goal("h1b", "破解“自媒体”信息内容失真、运营行为失度等深层次问题", **B)
goal("h1c", "督促平台健全“自媒体”账号管理体系", **B)
goal("h1d", "优化“自媒体”账号注册、运营、关闭等全流程的管理细则", **B)
goal("h1e", "强化“自媒体”账号专业资质认证管理", **B)
goal("h1f", "从严审核认证材料", **B)
goal("h1g", "加注专门标识", **B)
goal("h1h", "严格规范“自媒体”营利行为", **B)
goal("h1i", "建立健全“自媒体”粉丝数量管理、营利行为监管等制度机制", **B)
# 2 网络水军
goal("h2", "打击网络水军操纵信息内容", head(2), **B)
goal("h2a", "全面清理网络水军违法违规信息", **B)
goal("h2b", "打掉水军容易聚集的群组和版块", **B)
goal("h2c", "坚决阻断招募引流渠道", **B)
goal("h2d", "查处实施水军活动的工具", **B)
goal("h2e", "打击批量操纵网络水军的群控软件", tech=("botctl",), **B)
goal("h2f", "关闭处置恶意蹭炒热点事件、刷转评赞数据的水军账号", **B)
goal("h2g", "将组织网络水军的公司、MCN机构列入黑名单", **B)
goal("h2h", "移交有关部门查处", **B)
goal("psr", "压实平台主体责任", **B)   # restated in items 2, 3 and 7: one node
goal("h2i", "不断提升对抗机器人水军的技术手段", **B)
goal("h2j", "查处批量养号、“僵尸”账号等问题", **B)
goal("h2k", "完善榜单、话题异常流量监测机制", **B)
goal("h2l", "强化同质化文案识别处置", **B)
# 3 重点流量环节
goal("h3", "规范重点流量环节网络传播秩序", head(3), **B)
goal("h3a", "紧盯短视频平台、热搜热榜等重点流量环节", **B)
goal("h3b", "全面清理违规采编、违规转载、炮制虚假新闻", **B)
goal("h3c", "全面排查处置仿冒“新闻主播”等违规账号", **B)
goal("h3d", "坚决守住网上新闻信息规范有序传播重要关卡", **B)
goal("h3e", "建立健全重点流量环节规范传播秩序长效工作机制", **B)
goal("h3f", "总结经验", **B)
goal("h3g", "固化成果", **B)
goal("h3h", "进一步畅通权威信息网络传播渠道", **B)
goal("h3i", "进一步提升正面宣传传播效能", **B)
goal("h3j", "确保大流量始终澎湃正能量", **B)
# 4 营商网络环境
goal("h4a", "优化营商网络环境", head(4), **B)
goal("h4b", "保护企业合法权益", head(4), **B)
goal("h4c", "强化存量信息处置", **B)
goal("h4d", "指导网站平台集中开展信息内容和账号排查", **B)
goal("h4e", "及时处置已被认定为谣言、涉企业家个人隐私和显性的侵权信息", **B)
goal("h4f", "加强搜索联想词管理", **B)
goal("h4g", "对于问题突出的账号进行处置处罚", **B)
goal("h4h", "强化维权工作机制", **B)
goal("h4i", "畅通渠道", **B)
goal("h4j", "细化标准", **B)
goal("h4k", "优化程序", **B)
goal("h4l", "线上线下配合", optional=True, **B)
goal("h4m", "平台协同联动", optional=True, **B)
goal("h4n", "为企业和企业家举报维权做好服务保障", **B)
goal("h4o", "指导网站平台健全信息内容审核发布机制", **B)
goal("h4p", "高效处置涉企问题举报线索", **B)
goal("h4q", "强化督导曝光", **B)
goal("h4r", "及时公布破坏营商网络环境的违法违规案例", **B)
goal("h4s", "移送有关机关依法处理", **B)
goal("h4t", "指导属地网信部门加强督导检查", **B)
# 5 生活服务类平台
goal("h5", "生活服务类平台信息内容整治", head(5), **B)
goal("h5a", "全面整治推荐导向不良信息、为违法活动引流、宣介违法违规商品", **B)
goal("h5b", "优化完善弹窗信息推送、搜索结果黑名单、广告位置等重点环节机制", **B)
goal("h5c", "强化常态治理", **B)
goal("h5d", "视情采取暂停更新、永久下线等处置措施", **B)
goal("h5e", "予以通报曝光", **B)
goal("h5f", "加强部门间沟通联动", **B)
goal("h5g", "及时转交问题线索", **B)
goal("h5h", "配合做好线下查处工作", **B)
goal("h5i", "从源头上遏制违法违规活动", **B)
# 6 短视频
goal("h6", "整治短视频信息内容导向不良问题", head(6), **B)
goal("h6a", "清理整治存在真假难辨、善恶不分、是非不明等信息内容导向问题", **B)
goal("h6b", "解决平台审核把关松、推荐算法不科学、流量分配机制不合理等问题", tech=("algo",), **B)
goal("h6c", "进一步优化算法推荐机制", tech=("algo",), **B)
goal("h6d", "加大对优质内容的人工筛选力度", **B)
goal("h6e", "优化内容审核策略", **B)
goal("h6f", "坚决防止“劣币驱逐良币”现象", **B)
goal("h6g", "优化账号管理制度", **B)
goal("h6h", "建立健全账号内容质量和信用评价体系", **B)
goal("h6i", "推动形成短视频行业良心竞争机制", **B)
goal("h6j", "实现短视频行业健康发展", **B)
# 7 暑期未成年人
goal("h7", "2023年暑期未成年人网络环境整治", head(7), **B)
goal("h7a", "聚焦网上涉未成年人突出问题", **B)
goal("h7b", "拉紧违规内容整治高压线", **B)
goal("h7c", "严厉整治各类有害内容和违法犯罪", **B)
goal("h7d", "及时发现处置网络欺凌行为", **B)
goal("h7e", "防止泄露未成年人隐私的欺凌视频扩散传播", **B)
goal("h7f", "守住专属平台安全底线", tech=("kiddev",), **B)
goal("h7g", "强化应用上线、内容发布等前端管理", **B)
goal("h7h", "加强功能安全风险评估", **B)
goal("h7i", "禁止出现各类违法不良内容", **B)
goal("h7j", "不得诱导充值消费", **B)
goal("h7k", "筑牢青少年模式保护防线", **B)
goal("h7l", "全面升级青少年模式", **B)
goal("h7m", "丰富分龄内容", optional=True, **B)
goal("h7n", "对时间和功能进行科学限定", **B)
goal("h7o", "让模式真正成为未成年人健康上网的“保护盾”", **B)
# 8 网络戾气
goal("h8", "网络戾气整治", head(8), **B)
goal("h8a", "严管评论区信息内容", **B)
goal("h8b", "督促网站平台加强评论区管理", **B)
goal("h8c", "要求账号强化所发信息内容跟帖管理", **B)
goal("h8d", "采取限制功能等措施", **B)
goal("h8e", "整治直播“PK”环节问题", **B)
goal("h8f", "严肃查处主播逞勇斗狠、互撕攻击、谩骂吐脏等行为", **B)
goal("h8g", "对其所有账号采取统一处置措施", **B)
goal("h8h", "情节恶劣的纳入黑名单", **B)
goal("h8i", "处置网络戾气集中的版块", **B)
goal("h8j", "深入排查贴吧、频道、圈子、超话和小组等环节", **B)
goal("h8k", "对违规版块进行整改", **B)
goal("h8l", "采取暂停更新、解散关闭等措施", **B)
goal("h8m", "处置版块管理员账号", **B)
goal("h8n", "坚决遏制网络戾气", **B)
# 9 春节 (already carried out: the heading counts as one of the nine, its results are optional goals)
goal("h9", "2023年春节网络环境整治", head(9), **B)
goal("h9a", "防范粉丝群体互撕谩骂等问题反弹反复", optional=True, **B)
goal("h9b", "处置恶意炒作炫耀服刑经历问题", optional=True, **B)
goal("h9c", "遏制借炒作劣迹行为史打造“网红”的不良风气", optional=True, **B)
goal("h9d", "严格管控编造虚假信息和虚假剧情问题", optional=True, **B)
goal("h9e", "保障广大网民的合法权益", optional=True, **B)
goal("h9f", "集中查处恶搞未成年人、诱导未成年人沉迷网络等问题", optional=True, **B)
goal("h9g", "严厉整治网络赌博引流、传播低俗信息等问题", optional=True, **B)
goal("h9h", "营造出喜庆祥和的春节舆论氛围", optional=True, **B)
# closing
goal("z1", "有力有序推进2023年“清朗”系列专项行动", **B)
goal("z2", "确保整治工作取得扎实成效", **B)
goal("z3", "为广大网民营造文明健康的网络环境", **B)
for e in E:
    if e["type"] == "Goal" and len(e["label"]) > 30: print("long label:", len(e["label"]), e["label"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
