"""Policy goals: enumerated items (一是…二是…) and goal clauses (要/将/提出 + verb …)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

NUMERALS = "一二三四五六七八九十"
_ENUM = re.compile(r"(?:(?<=^)|(?<=[\n。；：:！？，,“]))[ \u3000]*(?:([一二三四五六七八九十])是|第([一二三四五六七八九十])[，,、]"
                   r"|(首先|其次|再次|最后|一方面|另一方面)[，,是])")
_ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 4, "一方面": 1, "另一方面": 2}
GOAL_VERBS = ("推进", "推动", "促进", "加快", "加强", "加大", "建设", "打造", "营造", "构建", "完善", "实施",
              "坚持", "深化", "发展", "培育", "优化", "实现", "提升", "提高", "支持", "鼓励", "引导", "健全",
              "强化", "落实", "扩大", "激发", "夯实", "聚焦", "突破", "推行", "探索", "建立", "形成", "做好",
              "做强", "统筹", "整合", "保障", "维护", "确保", "增强", "稳步", "大力", "积极", "全面", "着力",
              "降低", "减少", "解决", "平衡", "采取", "融入", "立足", "围绕", "借力", "布局", "开展", "部署",
              "规范", "创新", "普及", "拓展", "加速", "筑牢", "守住", "防范", "力争", "争取", "进一步", "持续",
              "不断", "切实", "培养", "引进", "推广", "发挥", "用好", "抓好", "高度重视", "重视", "深入", "统一", "设立", "组建", "出台", "制定", "研究制定",
              "明确",
              "搭建", "引领", "提供", "打好", "破解", "畅通", "谋划", "建成", "成为", "共建", "产出", "注重", "发掘",
              "助力", "践行", "引入", "采用", "建构", "借鉴", "对标", "做深做实", "做实", "做优", "争创", "研究",
              "深入研究", "承担", "抢占", "抢抓", "贯彻", "打破", "发力", "当好", "争当", "勇当", "补齐", "占据",
              "加紧", "赋能", "打响", "拥抱",
              # policy verbs the corpus's train split states goals with (and their kin)
              "保持", "突出", "把握", "牢牢把握", "紧紧围绕", "招引", "启动", "指导", "帮助", "吸引", "释放",
              "履行", "因地制宜", "抓住", "奋力", "兼顾", "丰富", "避免", "满足", "搞好", "抓紧", "带动", "缓解",
              "增加", "携手", "顺应", "撬动", "保证", "巩固", "应对", "吸纳", "适应", "推出", "挖掘", "严禁",
              "拓宽", "改善", "恢复", "凝聚", "增进", "构筑", "壮大", "守护", "厚植", "守好", "办好", "扛牢",
              "提振", "关注", "关心", "创造", "保护", "防止", "治理", "整治", "打击", "修复", "防治", "弘扬",
              "传承", "繁荣", "激活", "盘活", "利用", "运用", "对接", "衔接", "协调", "完成", "参与", "稳定",
              "稳住", "扩展", "延伸", "升级", "改造", "攻克", "开拓", "扶持", "遏制", "杜绝", "减轻", "简化",
              "放宽", "压实", "严格", "健全", "补强", "集聚", "汇聚", "打通", "贯通", "激励", "调动", "倡导",
              "组织开展", "组织实施", "学习贯彻", "学习借鉴", "扩充", "改进",
              "实行", "细化", "树立", "牢记", "开工建设", "组织", "督促", "督导", "回应", "讲好",
              # verbs that open missed goal labels in at least two train articles each
              "净化", "秉持", "助推", "明晰", "面向", "发布", "宣传", "协助",
              # verbs that open missed goal labels in at least three train articles each
              "共创", "公开", "分析", "接受", "配合", "纳入", "发现",
              # the verbs of rulings and enforcement in work reports and notices (严惩A，依法惩治B): every
              # clause they open in train and dev is a goal
              "惩治", "严惩", "惩处", "制止", "捍卫", "反制", "纠正")
# 研究院将…, 研究表明…: a body or a finding, not the verb 研究
_NOT_VERB = re.compile(r"^研究(?:院|所|中心|会|员|生|表明|显示|发现|认为|团队|机构|成果|人员|报告|报道)"
                       r"|^组织(?:部|机构|架构|形式|方式|者|方|单位|体系|保障|领导|建设)")
# adverbs (充分发挥) and means words (通过搭建…平台) before a goal verb: passed over when looking for it
_LEAD = re.compile(r"^(?:充分|努力|全力|前瞻|共同|重点|通过|依托|借助|持之以恒|坚定不移|始终|加紧|基本|更加|尽可能|纵深|"
                   r"同步|及时|尽快|立即|密切|认真|精心|依法(?:依规)?|从严|严厉|逐步|合理|高效|定期|动态|广泛|集中|高质量|主动|扎实|坚决|稳妥|适时|率先|系统|有序|有力|有效|科学|协同|适当|深度|全方位|继续|更好地?(?=[\u4e00-\u9fff]{2})|"
                   r"以?更[大高强实优好][\u4e00-\u9fff]{1,2}[、，]?)+")
# 在X领域持续发力, 在新征程上当好排头兵: a place or field before the goal verb
_LOCATIVE = re.compile(r"^在[^，。；“”]{2,40}?(?:上|中|里|领域|方面|前列)")
_MEANS = re.compile(r"^(?:通过|依托|借助)")
# adverbs that lead a goal verb (进一步扩大开放) but are no verb themselves (进一步凸显 is no goal)
GOAL_ADVERBS = re.compile(r"^(?:进一步|持续|不断|积极|全面|大力|稳步|切实|深入|着力|充分|共同)+")
_MODALS = re.compile(r"^(?:并且|并|同时|还|也|而|从而|进而|就是|就|仍|亟|既|又|更|都|则)?(?:表示|指出|强调|介绍|称)?(?:要(?!求)|将|应当|应该|应|需要|必须|需|须|务必|"
                     r"衷心希望|希望|期望|期待|努力|建议|提出|强调|专章阐述|阐述|明确|部署|要求|号召|力争|争取|计划|拟|旨在|以求|目的是|目的在于|致力于|"
                     r"(?:我们的)?目标是(?:希望)?(?:能够?|够)?)")
_CONNECTIVE = re.compile(r"^(?:并且|并|同时|还|也|而|从而|进而|以及|以(?!求)|和)")   # (以求A: the aim, a modal)
_ASPECT = re.compile(r"^[\u4e00-\u9fff]{2}[着了过]")
_SUBJECT_MODAL = re.compile(r"^([\u4e00-\u9fff“”]{2,14}?)(?<![重主需只必])(?:要(?![求素点是])|将(?![来近])|应当|应该|必须)(.{4,})$")
# 基础电信企业要加强…, 会计师事务所应当建立…, 与会人员须认真学习…: whoever the subject, an explicit
# modal of obligation (not 将, a forecast in reporting) sets a task; 相应/适应/供应, 不要/不应 are no modals.
# (A subject of up to 26 characters: 各相关部门和关键信息基础设施运营者应…, bodies joined by 和)
#: what stands before a modal that is none: 重要, 主要, 需要的, 只要, 必要, 不要, 相应, 适应, 响应, 供应, 效应, 反应, 回应, 对应
NOT_A_MODAL_BEFORE = r"(?<![重主需只必不相适响供效反回对])"
#: modals of obligation (not 将, a forecast in reporting): 要 (not 要求, 要素), 应当, 应 (not 应用), 需要, 须, 必须, 务必
OBLIGATION_MODALS = r"要(?![求素点是])|应当|应该|应(?![用对急邀])|需要|须|必须|务必"
_OBLIGED = re.compile(r"^([\u4e00-\u9fff“”（）()、]{2,26}?)" + NOT_A_MODAL_BEFORE +
                      r"(?:" + OBLIGATION_MODALS + r"|(?<![意自心宏志])愿意?)(.{4,})$")
# 按照…要求, 结合实际, 以…为抓手, 在…基础上: the means or circumstance a duty opens with (各企业应按照…，强化A)
_MEANS_OPENING = re.compile(r"^(?:按照|根据|依据|依照|结合|以|在|从|通过|针对|对照|对标|遵循)")
_SUBJECT_ADVERBS = re.compile(r"^(?:继续|进一步|持续|始终|更加|也|还)+")
# the duties of rules and notices: 应当, 必须, 须, 不得 after the subject bound by them
_DUTY = re.compile(r"^([\u4e00-\u9fff“”（）()、]{2,16}?)(?<![无必])(应当|必须|须|不得)(?!说|指出|承认|看到|注意到|是)(.{4,})$")
# 她要求各地各单位及早着手…, 某某建议北京市充分利用…, 《办法》旨在规范…, 国家数据局正研究制定…: a demand,
# a suggestion or an aim after its subject (a body, a person, a document), then the task
_ADDRESSED = re.compile(r"^([^，。；“”]{1,16}?)(?:(要求|建议|呼吁|督促)|旨在|目的是|致力于|正在?(?![是式确常值当好面视]))(?:通过)?")


# 不得擅自处置, 一律不得新建: a ban that opens its clause, the subject bound by it named before
_BAN = re.compile(r"^(?:一律|均|也|都|严格|坚决)?不得(?=[\u4e00-\u9fff“]{4})")


def _head_of_subject(subject: str) -> str:
    """The subject past the relative clause that picks it out (已取得成效、具备基础的城市 → 城市):
    what the relative clause reports says nothing of whether the subject is set a task."""
    head = subject.rsplit("的", 1)[-1]
    return head if len(head) >= 2 else subject


def _with_ban(text: str, k: int) -> str:
    """The task found at ``k`` of ``text``, with the 不得 right before it (运营机构不得实施垄断行为 →
    不得实施垄断行为: a ban, not the act it forbids)."""
    return text[k - 2:] if k >= 2 and text[k - 2:k] == "不得" else text[k:]


def _written_duty(clause: str) -> str | None:
    """The duty a subject is bound to by 应/要/需要 in a document's sentence (各企业应扛起主体责任,
    运营机构要认清自身责任), whatever verb opens it; None for a judgement or a report."""
    ob = _OBLIGED.match(clause)
    if not ob or _REPORTS.search(clause) or _COPULA.match(clause) or _COPULA.match(ob.group(2)) \
            or _MEANS_OPENING.match(ob.group(2)) or _RELATIVE.match(ob.group(2)) or "愿" in ob.group(0)[len(ob.group(1)):]:
        return None
    duty = strip_lead(ob.group(2))
    return duty if 4 <= len(duty) and re.match(r"^[\u4e00-\u9fff]{2}", duty) else None


# 正在落实的项目, 要处理的问题: the verb of a relative clause before its noun, no task
_RELATIVE = re.compile(r"^[\u4e00-\u9fff]{2}的")


def _addressed_task(clause: str) -> str | None:
    """The task a clause demands, suggests or aims at after its subject (and, after 要求/建议/呼吁/督促,
    the addressee: up to 16 characters before the goal verb), or None."""
    m = _ADDRESSED.match(clause)
    if not m or _REPORTS.search(m.group(1)):
        return None
    rest = clause[m.end():]
    for k in range(0, min(17, len(rest) - 3) if m.group(2) else min(1, len(rest) - 3)):
        if starts_with_goal_verb(rest[k:]):
            return None if _RELATIVE.match(strip_lead(rest[k:])) else _with_ban(rest, k)
        if rest[k] == "的":
            return None   # (要求各方的…: no addressee)
    return None


def task_past_addressee(rest: str) -> str | None:
    """What a demand asks, past whom it addresses (《办法》要求|会计师事务所建立X → 建立X, 要求|各地“加强Y” →
    加强Y): the goal verb within 16 characters, before any 的 or comma; None when there is none."""
    for k in range(1, min(17, len(rest) - 3)):
        if rest[k - 1] in "的，,":
            return None
        task = rest[k:].lstrip("“")
        if starts_with_goal_verb(task):
            if starts_with_goal_verb(task[1:]):
                task = task[1:]   # 医疗机构建立X: 建立, not the 构建 the addressee's last character starts
            return None if _RELATIVE.match(strip_lead(task)) else _with_ban(rest, len(rest) - len(task))
    return None


# subjects that name the speaker's own body (学校将…, 我市要…, 我们将…)
_BODY_SUBJECT = re.compile(r"^(?:我们|我市|我省|我区|我县|我校|我院|我部|我局|我委|全市|全省|全区|全县|本市|学校|中心|"
                           r"研究院|集团|公司)(?:也|还|都|今后|下一步|未来)?$")
_PROPOSING = re.compile(r"(?:提出?|提交|带来)[^，。；]{0,6}(?:建议|意见|提案|议案)|建议如下")
_PROPOSAL_TOPIC = re.compile(r"(?:提交|提出|带来)了?(?:一份|[一两二三四五六七八九十\d]+份|多份)?关于([^，。；“”]{4,40}?)的(?:提案|建议|议案)")
# 关于统筹A的建议。 关于发挥B，以C提升D的提案: a proposal's title on a line of its own (a roundup's list), its tasks
_TITLE_LINE = re.compile(r"^\s*关于([^。；“”《》]{4,60}?)的(?:提案|建议|议案)[。]?\s*$")
_COPULA = re.compile(r"^(?:都|也|就|正|均|还|则)?是")   # 都是…应该…的课题: a judgement, not a goal
_TARGET = re.compile(r"^(?:到|至)20\d\d年(?:底|末|前)?[，,]?[\u4e00-\u9fffA-Za-z0-9“”]{2,24}?"
                     r"(?:达到|突破|超过|超|提高到|提升至|提高至|降至|不低于|不少于|力争|实现)(?:约|近)?\d")
# 到2010年底，产能已达2300万吨: a year already reached, a figure reported, no target
_REACHED_ALREADY = re.compile(r"已经?|累计|仅")
# 到2025年，…达到14%: a lone year clause makes the next clauses targets
_TARGET_YEAR = re.compile(r"^(?:到|至)20\d\d年(?:底|末|前)?$")
_TARGET_REST = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9“”、]{2,30}?(?:达到|达|突破|超过|超|提高到|提升至|提高至|降至|不低于|不少于|力争|实现)"
                          r"(?:约|近)?\d")
_DEADLINE = re.compile(r"(?:到|至|在)(20\d\d)年(?:底|末|前)?")
# 把X打造为Y, 着力将X转化为Y: a goal whatever verb opens it
_BA_GOAL = re.compile(r"^(着力|努力|积极|切实|是|依法依规|依法)?([把将][\u4e00-\u9fffA-Za-z0-9、“”]{2,30}?(?:打造为|打造成为?|建设成为?|转化为|建成"
                      # 将X纳入Y, 把思想统一到…上来, 将安全贯穿…全过程: the task a 把/将 sentence sets
                      r"|纳入|列入|融入|贯穿|细化到|统一到|落实到|贯彻到|放在|摆在)|把[\u4e00-\u9fffA-Za-z0-9、“”]{2,20}?作为)")
# 我们加快完善…: the speaker's body as subject in a speaker's sentence
_WE_SUBJECT = re.compile(r"^(?:我们|我局|我部|我委)(?:也|还|都)?")
# 李明建议，…: a speaker's suggestion, which licenses the next goal clause
PROPOSAL_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:建议|提出|呼吁)$")
_PURPOSE = re.compile(r"^为了?(.{4,40}?)(?:提供|作出|做出|贡献|注入|奠定|打下)")
# 为城市发展注入新活力, 更能为企业提供坚实支撑, 为共建金融强国贡献力量: what a measure or a partnership
# contributes to, the goal it serves (its own 能/将 before it a modal)
_CONTRIBUTION = re.compile(r"^(?:不仅|更|还|也|并)?(将|能够?|可以|可)?(?:继续|进一步|持续|更好地?)?"
                           r"(?:(?:(?<!可)以|用|通过|依托|借助)[^，。；为]{2,24}?)?"   # (以大模型为城市发展注入新动能: the means first)
                           r"(为(?![此之何])[^，。；了]{2,40}?(?:提供|注入|贡献|奠定|打下|打造|筑牢|创造|作出|做出|搭建|增添)"
                           r"[^，。；了]{2,30})$")
# 重点工作包括…, 具体举措有：…, 主要任务是…: a clause that announces tasks, its own rest or the clauses after it
_TASKS_ARE = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}?(?:任务|工作|举措|措施|行动|重点)(?:主要)?(?:包括|有|是|为)|(?:主要|具体)?包括)")
# 为进一步规范X，…: a purpose clause of its own, before what serves it
_PURPOSE_CLAUSE = re.compile(r"^为了?(?:进一步|更好地?)?(.{4,40})$")
_SUGGESTS = re.compile(r"建议|呼吁")   # (为了A，李明建议，引入B: the suggestion names its one goal, B)
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:发布会|论坛|大会|峰会|研讨会|座谈会|博览会)")
_PRONOUN_PROPOSER = re.compile(r"^(?:他|她|他们|她们|其)(?:还|也|则|又|同时)?(?=建议|呼吁)")
CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?\n…]")


@dataclass(frozen=True)
class EnumItem:
    """One item of an enumeration: its ordinal, the span of its text, its label."""
    ordinal: int
    start: int            # offset of the item (at 一是)
    end: int              # end of its passage
    label: str
    group: int            # items of one enumeration share a group number
    intro_end: int        # where the text before the enumeration ends
    organiser: str | None = None   # 由X主办: the body the item names to carry it out


def _ordinal(m: re.Match) -> int:
    if m.group(1):
        return NUMERALS.index(m.group(1)) + 1
    if m.group(2):
        return NUMERALS.index(m.group(2)) + 1
    return _ORDINAL_WORDS[m.group(3)]


# an enumeration introduced as features, problems or trends lists findings, not goals
# what an item that judges what is says: 成为, 呈现, 具有, 面临 …
_JUDGES = re.compile(r"成为|呈现|具有|具备|面临|存在|体现|表现为|^[^，。；]{1,12}是")
_DESCRIPTIVE_INTRO = re.compile(r"(?:特点|特征|问题|原因|挑战|变化|趋势|成效|成绩|亮点|不足|短板|难点)[：:，,]?\s*$")


# a sentence whose subject is a document it goes on to quote: 党的二十大报告指出：“…” — not the item's own text
DOCUMENT_SUBJECT = re.compile(r"(?:党的|今年|去年|\d{4}年)?[^。，；“”\n]{0,24}?(?:报告|规划|纲要|意见|方案|决定|公报|决议|"
                              r"条例|通知|》)(?:中)?(?:指出|提出|强调|明确|要求|写道|部署)[：:，,]?\s*“")


def _item_end(text: str, start: int, end: int) -> int:
    """An item ends at its first 。 when the next sentence quotes a document of its own."""
    i = text.find("。", start, end)
    while 0 <= i < end:
        if DOCUMENT_SUBJECT.match(text, i + 1):
            return i + 1
        i = text.find("。", i + 1, end)
    return end


def enumerations(text: str) -> list[EnumItem]:
    """The 一是/二是 (第一，/首先，) items of ``text``, each running to the next item or
    to the end of its paragraph."""
    marks = [(m, _ordinal(m)) for m in _ENUM.finditer(text)]
    items: list[EnumItem] = []
    group = 0
    expected = None
    for i, (m, n) in enumerate(marks):
        if n == 1:
            group += 1
            intro_end = m.start()
            intro = text[max(0, intro_end - 40):intro_end]
            if _DESCRIPTIVE_INTRO.search(intro):
                expected = None
                continue
        elif expected != n:
            continue
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" \u3000")))
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        nxt = next((mm.start() for mm, k in marks[i + 1:] if k == n + 1 and mm.start() > m.start()), None)
        end = min(para_end, nxt) if nxt is not None else para_end
        end = _item_end(text, m.end(), end)
        label = item_label(text[m.end():end])
        if m.group(3) in ("一方面", "另一方面") and not starts_with_goal_verb(label):
            expected = None   # 一方面，数字经济高度依赖…: two sides of an argument, not two tasks
            continue
        if len(label) >= 2:
            items.append(EnumItem(n, start, end, label, group, intro_end, organiser(text[m.end():end])))
        expected = n + 1
    items.extend(_counted_items(text, group, [(it.start, it.end) for it in items]))
    # an enumeration of one item is not an enumeration, unless its intro announces a list (抓好三个方面：)
    sizes: dict[int, int] = {}
    for it in items:
        sizes[it.group] = sizes.get(it.group, 0) + 1
    # a list of findings (一是算力成为数字经济新能源。二是数据呈现…): no item opens with a goal verb and
    # every one judges what is — no tasks
    findings = {g for g in sizes if all(_JUDGES.search(it.label) and not starts_with_goal_verb(it.label)
                                        for it in items if it.group == g)}
    # a list of topics (一是技术应用；二是中美差距；三是科学影响): no item names a task
    findings |= {g for g in sizes if not any(starts_with_goal_verb(_MODALS.sub("", it.label)) or _TARGET.match(it.label)
                                             for it in items if it.group == g)}
    items = [it for it in items if it.group not in findings]
    # (or a quote opened at 一是 runs to the end of the text: a page cut after its first item)
    return [it for it in items if sizes[it.group] >= 2 or
            _ANNOUNCED_LIST.search(text[max(0, it.intro_end - 30):it.intro_end]) or
            it.ordinal == 1 and not text[it.end:].strip() and text[it.start - 1:it.start] == "“"
            and "”" not in text[it.start:]]


# 由自然资源部主办，财政部协办，加快推进…: who is to carry the item out, not the item
ORGANISER = re.compile(r"^由(.{2,20}?)(?:主办|牵头|负责|协办|组织|承办|实施)(?:[、，,].{2,24}(?:协办|配合|参与))?$"
                       r"|^.{2,20}(?:协办|配合|参与)$")
_ANNOUNCED_LIST = re.compile(r"(?:以下|如下|[两二三四五六七八九十]个?(?:方面|点|因素|重点|任务|举措|工作|建议))[^。：:\n]{0,6}[：:]\s*$")
_NUMBER = {c: i + 1 for i, c in enumerate(NUMERALS)} | {"两": 2}
# 提三点建议：  主要有以下四个方面：  — the next N paragraphs are the items
_COUNTED_INTRO = re.compile(r"(?:提出?|有|谈|提交)?(?:以下)?([一二两三四五六七八九十])(?:点|条|个方面|方面)(?:建议|意见|思考|看法|对策)?[：:]\s*$")


def marked_item(text: str, item: EnumItem) -> bool:
    """Whether the item opens with its mark (一是, 第一，, 首先，), not a paragraph counted as one."""
    return bool(_ENUM.match(text, item.start))


def item_label(body: str) -> str:
    """The label of an item: its first clause, past organiser clauses (由X主办), preferring
    the first clause of its first sentence that starts with a goal verb."""
    first = re.split(r"[。！？]", body, maxsplit=1)[0]
    clauses = [goal_label(c) for c in CLAUSE_SPLIT.split(first)]
    clauses = [c for c in clauses if c]
    kept = [c for c in clauses if not ORGANISER.match(c)] or clauses[:1]
    for c in kept:
        bare = _MODALS.sub("", c) if _MODALS.match(c) and not c.startswith(("要求", "明确")) else c
        if starts_with_goal_verb(bare):
            return bare
    return kept[0] if kept else ""


# 随着A的发展，…: the circumstance an item opens with; 算力成为数字经济新能源: what a thing has become
_OBSERVED_ITEM = re.compile(r"^(?:随着|伴随着?)|^[\u4e00-\u9fffA-Za-z]{1,8}(?:已经|已|正在|正)?成为")


def observation_item(label: str) -> bool:
    """Whether an enumerated item's label observes a trend (随着…, X成为Y) rather than sets a
    task: a speaker's list of what is happening, no goals."""
    return bool(_OBSERVED_ITEM.match(label)) and not starts_with_goal_verb(label)


def organiser(body: str) -> str | None:
    """由X主办: the body named as the item's organiser."""
    m = ORGANISER.match(goal_label(CLAUSE_SPLIT.split(body, 1)[0]))
    return m.group(1) if m and m.group(1) else None


def _counted_items(text: str, group: int, taken: list[tuple[int, int]]) -> list[EnumItem]:
    """提三点建议： followed by three paragraphs without 一是 markers: each paragraph is an item."""
    items = []
    for line in re.finditer(r"[^\n]+", text):
        m = _COUNTED_INTRO.search(line.group(0))
        if not m:
            continue
        n = _NUMBER[m.group(1)]
        paragraphs = list(re.finditer(r"[^\n]+", text[line.end():]))[:n]
        if len(paragraphs) < n or any(_ENUM.match(p.group(0)) for p in paragraphs):
            continue
        group += 1
        for k, p in enumerate(paragraphs, 1):
            start, end = line.end() + p.start(), line.end() + p.end()
            if any(a < end and start < b for a, b in taken):
                break
            label = item_label(p.group(0))
            if len(label) >= 2:
                items.append(EnumItem(k, start, end, label, group, line.start() + m.start()))
    return items


# the mark an enumerated item opens with: 一是, 第一，, 首先，, 一方面，
ITEM_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|(?:首先|其次|再次|最后)[，,是]|(?:另)?一方面[，,])")


def strip_modal(clause: str) -> str:
    """The clause past a leading modal (要, 将, 应 …), or the clause."""
    return _MODALS.sub("", clause, count=1)


_ORDINAL_MARK = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|(?:首先|其次|再次|最后)[，,])")


def goal_label(clause: str) -> str:
    """A clause as a goal's label: without quotes, a list or ordinal mark (●, 1., 一是) or a leading 要."""
    clause = clause.strip().strip("“”\"")
    clause = LIST_MARK.sub("", clause, count=1)
    clause = _ORDINAL_MARK.sub("", clause)
    clause = re.sub(r"^要(?=[\u4e00-\u9fff]{4})", "", clause)
    return clause


_LIST_WORDS = re.compile(r"以下|如下|[一二两三四五六七八九十几\d]+(?:点|个方面|方面)")


def strip_lead(s: str) -> str:
    """充分发挥…, 通过搭建… → 发挥…, 搭建…"""
    return _LEAD.sub("", s)


_PLACE_LIST = re.compile(r"^(?:在|于)?[\u4e00-\u9fff、]{2,40}?等(?:地|地区|省份|城市|省市)")


# 规范化建设, 引领性成果, 保障性住房, 稳定性: a goal verb made a noun or an attribute by 化 or 性
_MADE_NOUN = ("化", "性")


# the goal verbs, longest first: a match at the start of a text is its longest opening goal verb
_OPENING_GOAL_VERB = re.compile("|".join(map(re.escape, sorted(GOAL_VERBS, key=len, reverse=True))))


def opening_goal_verb(s: str) -> str:
    """The longest goal verb ``s`` opens with ('' if none)."""
    m = _OPENING_GOAL_VERB.match(s)
    return m.group() if m else ""


def _adjectival_verb(s: str) -> bool:
    """Whether the longest goal verb opening ``s`` is made a noun or an attribute by the 化 or 性
    right after it (规范化建设水平, 创新性配置): no verb, whatever verb it holds."""
    verb = opening_goal_verb(s)
    return bool(verb) and s[len(verb):len(verb) + 1] in _MADE_NOUN


def starts_with_goal_verb(s: str) -> bool:
    s = strip_lead(s)
    loc = _LOCATIVE.match(s)
    if loc and s[loc.end():loc.end() + 1] not in ("", "的"):
        s = strip_lead(GOAL_ADVERBS.sub("", s[loc.end():]) or s[loc.end():])
    elif (places := _PLACE_LIST.match(s)) and strip_lead(s[places.end():]).startswith(GOAL_VERBS):
        s = strip_lead(s[places.end():])   # 贵州、甘肃等地布局建设…
    elif s.startswith("在") and not re.search(r"(?:中|时|后|下|前|过程中|期间)$", s):
        # 在中部部署枢纽节点: a place, then the verb (not 在推进…中, a circumstance)
        k = next((k for k in range(2, min(len(s), 24)) if s[k - 1] not in "，、的" and
                  strip_lead(GOAL_ADVERBS.sub("", s[k:])).startswith(GOAL_VERBS)), None)
        if k is not None and not s[1:k].startswith(GOAL_VERBS):
            s = strip_lead(GOAL_ADVERBS.sub("", s[k:]) or s[k:])
    if not s.startswith(GOAL_VERBS) or _ASPECT.match(s) or _NOT_VERB.match(s) or _adjectival_verb(s):
        return False
    bare = GOAL_ADVERBS.sub("", s)
    if bare != s and not (bare.startswith(GOAL_VERBS) and not _ASPECT.match(bare) and not _NOT_VERB.match(bare)):
        return False   # 进一步凸显: an adverb with no goal verb after it
    return _LIST_WORDS.search(s) is None   # 着力做好以下两点: the announcement of a list, not a goal


# 推进A、建设B、发展C: verb phrases coordinated by 、 are goals of their own when each is one
_MIN_COORDINATED = 5   # 深化交流、凝聚共识、增进合作 stays one goal: a slogan of short phrases


# 人民健康水平持续提升、健康产业规模显著扩大: a state the plan aims at, one per phrase
_STATE_REACHED = re.compile(r"(?:持续|显著|明显|大幅|基本|逐步|全面|有效|进一步|不断|稳步|更加|得到|加快|加速)(?:得到)?(?:有效)?"
                            r"[\u4e00-\u9fff]{0,2}(?:提升|提高|扩大|建立|健全|完善|增强|改善|控制|形成|实现|优化|凸显|突显|"
                            r"加强|降低|下降|增长|建成|落实|发展|解决|缓解)$")


# verbs that open a task only among others (加强A，梳理B，编制C), never a sentence's first goal: each
# opens goal labels in at least three train articles
_LISTED_TASK_VERBS = ("服务", "支撑", "总结", "牵头", "梳理", "编制", "调整", "开发", "学习", "联合", "排查",
                      "掌握", "举办", "规划", "护航", "设计", "公布", "清理", "识别", "征集", "选取", "摸清",
                      "消除", "共享", "处置", "查处",
                      # (and those that open missed goal labels among tasks in at least two train articles)
                      "审核", "跟踪", "收集", "给予", "予以", "申报", "登记", "提交", "核定", "取缔", "取消", "赋予",
                      "解读", "遴选", "敦促", "开辟", "发放", "筹集", "紧抓")
_TASK_ADVERBS = re.compile(r"^(?:认真|从严|从重|从快|严厉|逐步|及时|坚决|依法|尽快|加快|持续|进一步|积极|全面|深入|切实|着力|不断|定期)+")


def opens_listed_task(clause: str) -> bool:
    """Whether a clause opens with a task verb of :data:`_LISTED_TASK_VERBS`, past its adverbs."""
    core = _TASK_ADVERBS.sub("", strip_lead(clause))
    return core.startswith(_LISTED_TASK_VERBS) and not _ASPECT.match(core)


# verbs LAC tags as verbs that set no task: saying, perceiving, judging, being, having, reaching,
# moving, and the auxiliaries and causatives (让A实现B: what a task brings about, not the task)
_NO_TASK_VERBS = frozenset(("是", "有", "为", "作为", "成为", "属于", "包括", "涉及", "存在", "具有", "具备", "面临",
                            "表示", "认为", "指出", "强调", "说", "称", "介绍", "提到", "谈到", "透露", "坦言",
                            "看到", "看", "感到", "觉得", "显示", "表明", "发现", "希望", "相信", "知道",
                            "获得", "取得", "达到", "达", "位居", "位列", "占", "超过", "增长", "下降",
                            "来", "去", "到", "在", "让", "使", "令", "能", "会", "可以", "能够", "可", "应", "要",
                            "需要", "得", "叫", "看待", "意味着", "标志着", "体现", "迎来", "出现", "来自", "来到",
                            # consequences and chances (导致A, 使得B, 才能C, 有望D), and what a text rules or covers
                            "导致", "使得", "引发", "才能", "有望", "不能", "不受", "涵盖", "规定", "宣布", "赴", "打着",
                            "建言", "归功于"))
# verbs of facing, seeking and waiting (直面这个问题, 想办法…): no task
_FACING_VERBS = frozenset(("直面", "面对", "求解", "想办法", "等待"))
# verbs of thinking over: no task when what is thought over is a problem or a question (考虑平衡问题,
# 考虑重点在哪个层级…), a task when it is what to heed (充分考虑A的需求) or an act (考虑将A纳入B)
_THINKING_VERBS = frozenset(("考虑", "思考"))
_THOUGHT_OVER = re.compile(r"问题$|哪|什么|如何|怎么")
# verbs of the means a task follows (结合本地实际, 遵循原则): a task only with a verb of its own after them
_MEANS_VERBS = frozenset(("结合", "紧贴", "遵循", "依据", "根据", "按照", "对照"))
# a verb marked as done or going on (落实了, 用过, 看着): the aspect after it
_DONE_ASPECT = re.compile(r"^[了过着]")


def opens_any_task_verb(clause: str, at: int, word_at) -> bool:
    """Whether ``clause`` (at offset ``at`` of the text) opens, past its adverbs and means words,
    with a word LAC tags as a verb (``word_at(offset)`` → (word, tag) of the word that starts
    there, or None) that sets a task: any verb, the long tail the goal-verb lists miss (摸排A,
    筹集B, 开辟C), but no verb of saying, perceiving or being (:data:`_NO_TASK_VERBS`) and nothing
    marked as done."""
    if word_at is None or len(clause) < 5 or reports_done(clause) or states_no_aim(clause) or _LIST_WORDS.search(clause):
        return False   # (把握好三个方面: the announcement of a list, not a task)
    core = _TASK_ADVERBS.sub("", strip_lead(clause))
    word = word_at(at + len(clause) - len(core))
    if word is None or word[1] != "v" or word[0] in _NO_TASK_VERBS:
        return False
    if word[0] in _FACING_VERBS or word[0] in _THINKING_VERBS and _THOUGHT_OVER.search(core[len(word[0]):]):
        return False   # 直面这个问题, 考虑平衡问题: a matter faced or thought over, no task
    if word[0] in _MEANS_VERBS and not _verb_after(core, at + len(clause) - len(core) + len(word[0]), word_at):
        return False   # 结合本地实际: the means of the tasks after it, no task
    return not _DONE_ASPECT.match(core[len(word[0]):]) and len(core) - len(word[0]) >= 2


def obliged_any_task_verb(sentence: str, duty: str, at: int, word_at) -> bool:
    """Whether the duty after an explicit modal (要摸排A, 各校应清点B) opens with any task verb
    (:func:`opens_any_task_verb`) in a sentence that reports nothing done (这要归功于…，制定了…
    is an account, whatever its 要)."""
    return not reports_done(sentence) and opens_any_task_verb(duty, at, word_at)


def _verb_after(core: str, at: int, word_at) -> bool:
    """Whether a word LAC tags as a task verb starts anywhere in the text from ``at`` to the end
    of ``core`` (which starts before ``at``)."""
    end = at + len(core) - 1
    return any((w := word_at(k)) is not None and w[1] == "v" and w[0] not in _NO_TASK_VERBS for k in range(at, end))


# 对重点企业开展检查, 为企业提供服务, 向专业化方向发展: a preposition's phrase, then the task
_PREPOSITION = re.compile(r"^(?:对于?|向|为|针对|依法对|定期对|及时对)(?!了)")
_PREPOSED_VERBS = ("开展", "进行", "提供", "予以", "给予", "实施", "发展", "推进", "加强", "实行", "作出", "做出")


def _task_with_partners(rest: str) -> str | None:
    """同各国特别是发展中国家共同推进A → 共同推进A: the task a subject takes on with its partners
    (愿同…, 要与…), past the partners (up to 24 characters); None when no goal verb follows them."""
    if not rest.startswith(("同", "与")):
        return None
    together = re.search(r"共同|携手|一道", rest[:26])
    if together and len(rest) - together.start() >= 6:
        return rest[together.start():]
    for k in range(2, min(25, len(rest) - 3)):
        if rest[k - 1] not in "、的" and (starts_with_goal_verb(rest[k:]) or rest.startswith(("开展", "共同", "携手"), k)):
            return rest[k:]
    return None


def _explicit_obligation(modal: str) -> bool:
    """Whether a modal binds (要, 应, 需要, 必须 …), not forecasts or reports (将, 提出, 强调)."""
    return modal.endswith(("要", "应", "应当", "应该", "需要", "需", "须", "必须", "务必"))


def _preposed_task(clause: str) -> bool:
    """Whether a clause opens with a prepositional phrase (up to 30 characters, no 的 at its end)
    and goes on with a task verb: 对汽车产品开展监测, 为数据交易提供基础设施."""
    m = _PREPOSITION.match(clause)
    if not m or reports_done(clause) or len(clause) > 50:
        return False
    for k in range(m.end() + 2, min(len(clause) - 1, m.end() + 31)):
        if clause[k - 1] in "的、":
            continue
        rest = _TASK_ADVERBS.sub("", clause[k:])
        if rest.startswith(_PREPOSED_VERBS) or starts_with_goal_verb(rest) and not _PURPOSE.match(clause):
            return len(rest) >= 4
    return False


# 形成优势互补、协同发展的机制, 提升A的感知能力、分析能力: a later part whose verb is the attribute of
# the noun after it (发展的机制, 分析能力) shares the first part's verb
_MADE_MODIFIER = ("的", "能力", "水平")


def _verb_as_attribute(core: str) -> bool:
    verb = opening_goal_verb(strip_lead(core))
    return bool(verb) and strip_lead(core)[len(verb):].startswith(_MADE_MODIFIER)


def _stands_alone(part: str) -> bool:
    core = GOAL_ADVERBS.sub("", strip_lead(part)) or part
    if len(core) <= 3:   # 进一步发挥好、利用好…优势: a verb that shares the next phrase's object
        return False
    if _verb_as_attribute(core):
        return False
    return len(part) >= _MIN_COORDINATED and part.count("“") == part.count("”") and (
        starts_with_goal_verb(part) or bool(_STATE_REACHED.search(part)))


def coordinated_parts(label: str) -> list[tuple[str, int]]:
    """(part, offset in label) of a label of 、-coordinated verb phrases, or [] when it is
    not one. A part is a goal of its own when it opens with a goal verb or states a state
    reached (…水平持续提升), and is at least five characters long; the parts that are
    not (扩大民间交流、专业交流: a second object) stay with the phrase before them
    (培养、保护…人才 shares its object; 建设数字中国、网络强国 coordinates nouns)."""
    if "、" not in label or label.count("“") != label.count("”"):
        return []
    groups: list[list] = []
    pos = 0
    for raw in label.split("、"):
        if groups and not _stands_alone(raw):
            groups[-1][0] += "、" + raw
        else:
            groups.append([raw, pos])
        pos += len(raw) + 1
    if len(groups) < 2 or not _stands_alone(groups[0][0].split("、")[0]):
        return []
    return [(part, k) for part, k in groups]


# 研究团队将继续完善A、扩充B等: the subject and modal before a list of tasks, the 等 after it
_LIST_LEAD = re.compile(r"^[^，。；、“”]{0,16}?(?:将继续|将|要|需要|应当|提出|建议|致力于|主要是为了|是为了|为了|从|包括|聚焦|围绕)")
_LIST_TAIL = re.compile(r"等(?:方面|内容|工作|领域|任务|举措|重大活动)?[^、]{0,12}$")


def coordinated_tasks(label: str) -> list[tuple[str, int]]:
    """(task, offset in label) of a clause that lists 、-coordinated tasks after its subject
    or modal (研究团队将继续完善A、扩充B、改进C等 → A, B, C), or [] when it lists none."""
    start = 0
    lead = _LIST_LEAD.match(label)
    if lead and starts_with_goal_verb(label[lead.end():]):
        start = lead.end()
    body = label[start:]
    tail = _LIST_TAIL.search(body)
    if tail and "、" in body[:tail.start()]:
        body = body[:tail.start()]
    return [(part, start + k) for part, k in coordinated_parts(body)]


# what may open a goal's label without naming the goal: a connective, an adverb, means words
# (通过), a subject with its modal (中方将继续…), a body a measure supports (支持企业…)
_NAME_CONNECTIVE = re.compile(r"^(?:并且?|同时|还|也|又要?|以及|而且|从而|进而|继续|将|要|需要|有助于|只有|既)+")
_NAME_ADVERBS = re.compile(r"^(?:着力|大力|进一步|持续|不断|积极|全面|切实|深入|稳步|充分|全力|努力|更好地?|有效|逐步|"
                           r"加快|加速|重点|坚决|坚定|认真|及时|尽快|主要|共同|携手|有序|扎实|通过|依托|借助|继续|致力于)+")
_NAME_SUBJECT = re.compile(r"^[^，。；、“”《》]{1,16}?(?:将继续|将|要|应当|应|需要|必须|须|致力于|提出|强调要?|指出要?|明确要?)")
_NAME_ADDRESSED = re.compile(r"^(?:支持|鼓励|引导|帮助|督促|指导|推动|要求|组织)")
_NAME_LIGHT_VERB = re.compile(r"^(?:重点)?(?:做好|抓好|推动|推进|加快|加速|着力|致力于)")
_NAME_TAIL = re.compile(r"(?:等(?:方面|内容|工作|领域|任务|举措|措施|问题)?(?:的努力)?|毫不动摇)$")


def core_names(label: str) -> list[str]:
    """The shorter names a goal's label may be known by: the verb phrase past what opens the
    label without naming the goal (着力增强X → 增强X, 中方将继续实施X → 实施X, 通过建立X → 建立X,
    支持企业开展X → 开展X) and without a closing 等 (加强A和B等 → 加强A和B). Each is a verb phrase of
    four characters or more; [] when the label has none."""
    found: list[str] = []

    def keep(name: str) -> None:
        name = name.strip()
        if len(name) >= 4 and name != label and name not in found and starts_with_goal_verb(name):
            found.append(name)
            tail = _NAME_TAIL.search(name)
            if tail and tail.start() >= 4 and name[:tail.start()] not in found:
                found.append(name[:tail.start()])

    def bare(s: str) -> str:
        for _ in range(3):
            t = _NAME_ADVERBS.sub("", _NAME_CONNECTIVE.sub("", s))
            if t == s:
                break
            s = t
        return s

    tail = _NAME_TAIL.search(label)
    if tail and tail.start() >= 4 and starts_with_goal_verb(label[:tail.start()]):
        found.append(label[:tail.start()])
    core = bare(label)
    keep(core)
    subject = _NAME_SUBJECT.match(label)
    if subject:
        keep(bare(label[subject.end():]))
    light = _NAME_LIGHT_VERB.match(core)   # 切实做好扩大X → 扩大X, 推动解决Y → 解决Y
    if light:
        keep(bare(core[light.end():]))
    joined = re.match(r"^(.{4,}?)并(?=[\u4e00-\u9fff]{4})", label)   # 建立A并确保B → 建立A
    if joined and "、" not in joined.group(1):
        keep(joined.group(1))
    addressed = _NAME_ADDRESSED.match(core)
    if addressed:
        rest = core[addressed.end():]
        k = next((k for k in range(0 if addressed.group(0) == "推动" else 1, min(17, len(rest) - 3)) if rest[k - 1] not in "、，的" and
                  starts_with_goal_verb(bare(rest[k:]))), None)
        if k is not None:
            keep(bare(rest[k:]))
    return found


# what a speaker's goal may open with before the task itself: a subject and its modal (全行业要…,
# 下一步某行将…, 今年某工作要…), a place or circumstance (在疫情下推动…), a connective (以节省…)
_SPOKEN_SUBJECT = re.compile(r"^([^，。；、“”《》]{1,16}?)" + NOT_A_MODAL_BEFORE +
                             r"(?:将继续|将(?![来近])|要(?![求素点是])|需要|应当|应该|应(?![用对急邀])|必须|须)")
_SPOKEN_CONNECTIVE = re.compile(r"^(?:以|如|并|通过|为了|即)(?=[\u4e00-\u9fff]{4})")
_SPOKEN_FRAME = re.compile(r"^以(.{4,}?)为(?:导向|目标|牵引|主线|抓手|支撑|引领)$|^把?(.{4,}?)作为[\u4e00-\u9fff]{2,10}$")
_TRAILING_GLOSS = re.compile(r"[（(][^（）()]{1,20}[）)]$")   # 《协定》（RCEP）: an abbreviation after the name


_PLACE_ENDS = "上中下里后前内外面域家区市省县村间"


def _past_locative(s: str) -> str | None:
    """在疫情下和疫后推动X → 推动X: the goal verb after a leading 在-phrase, or None."""
    if not s.startswith("在"):
        return None
    k = next((k for k in range(2, min(len(s) - 3, 24)) if s[k - 1] in _PLACE_ENDS
              and (starts_with_goal_verb(s[k:]) or opens_listed_task(s[k:]))), None)
    return s[k:] if k is not None else None


def spoken_names(label: str) -> list[str]:
    """More names a speaker's goal may be known by, past what opens it without naming the task:
    a subject with its modal (中方将在框架下继续牵头X → 继续牵头X, 全行业要从A中把握B → 从A中把握B), a
    place (在疫情下推动X → 推动X), a connective (以节省X → 节省X), a frame (以X为导向 → X, 把X作为任务
    → X), an abbreviation in brackets after it, and whom a task is urged on (督促平台进一步优化X →
    进一步优化X). Each is four characters or more; the label itself and core_names are not repeated."""
    found: list[str] = []

    def keep(name: str | None) -> None:
        name = (name or "").strip()
        if len(name) >= 4 and name != label and name not in found:
            found.append(name)

    gloss = _TRAILING_GLOSS.search(label)
    base = label[:gloss.start()] if gloss and gloss.start() >= 4 else label
    keep(base)
    keep(strip_modal(base))
    subject = _SPOKEN_SUBJECT.match(base)
    if subject and not starts_with_goal_verb(subject.group(1)):
        rest = base[subject.end():]
        keep(rest)
        keep(_past_locative(rest))
        keep(GOAL_ADVERBS.sub("", _SUBJECT_ADVERBS.sub("", rest)))
    keep(_past_locative(base))
    connective = _SPOKEN_CONNECTIVE.match(base)
    if connective:
        keep(base[connective.end():])
    frame = _SPOKEN_FRAME.match(base)
    if frame and (frame.group(1) or starts_with_goal_verb(frame.group(2))):
        keep(frame.group(1) or frame.group(2))
    addressed = _NAME_ADDRESSED.match(base)
    if addressed:
        rest = base[addressed.end():]
        k = next((k for k in range(1, min(17, len(rest) - 3)) if rest[k - 1] not in "、，的"
                  and starts_with_goal_verb(rest[k:])), None)
        if k is not None:
            keep(rest[k:])
    return found


# what frames a goal's label without naming it: the opening of an enumerated or spoken point
# (一是, 他建议), of what a measure enables or aims at (有利于, 能够, 以期), of a focus (围绕, 聚焦,
# 注重, 坚持), and the judgement that closes a label (…为主线, …的必然要求, …的重要举措, …等方式)
_FRAME_OPENING = re.compile(r"^(?:[一二三四五六七八九十]是|一个是|是|——|其中|[他她]建议)?(?:也|还)?(?:希望)?"
                            r"(?:有利于|有助于|能够|可以|能(?![力源效])|才能|以期|更好地?|围绕|注重|聚焦|鼓励|继续|负责|"
                            r"依法依规|坚持|为(?![了何])|进一步|着力)+")
_BARE_OPENING = re.compile(r"^(?:是|通过|以(?!及|上|下|来|后|前|外|内))(?=[\u4e00-\u9fffA-Za-z“]{4})")
_FRAME_CLOSING = re.compile(r"(?:为主线|为目标|为重要抓手|为契机|为重点方向|的(?:必然|内在|迫切|现实|客观)(?:要求|需要|选择)"
                            r"|的(?:重要|关键|有力|具体)(?:举措|抓手|保障|手段|支撑|途径)|等方式|的步伐|等)$")


def unframed_names(label: str) -> list[str]:
    """The goal a label names inside its frame: past an opening that only frames it (有利于做强数字经济
    → 做强数字经济, 一是坚持市场化 → 市场化…, 聚焦发展先进制造业 → 发展先进制造业) and before a closing
    judgement (优化营商环境的重要举措 → 优化营商环境, 推动数据流通为主线 → 推动数据流通). Each is four
    characters or more; [] when the label has no frame."""
    found: list[str] = []

    def keep(name: str) -> None:
        if len(name) >= 4 and name != label and name not in found:
            found.append(name)

    bare = _BARE_OPENING.match(label)   # 是推动X, 通过严格限定X, 以满足X: the frame's one word
    if bare:
        keep(label[bare.end():])
    opening = _FRAME_OPENING.match(label)
    inner = label[opening.end():] if opening and opening.end() and len(label) - opening.end() >= 4 else label
    keep(inner)
    for s in dict.fromkeys((inner, label)):
        closing = _FRAME_CLOSING.search(s)
        if closing and closing.start() >= 4:
            keep(s[:closing.start()])
    return found


# the adverbs a label may have left before it in its sentence (进一步深化改革 → label 深化改革), and the
# frames round it (以X为主线, 为X提供坚实基础): annotators often name the goal with them
_ADVERBS_BEFORE = re.compile(r"(?:进一步|努力|要|将|部署|明确|共同|统筹|着力|切实|加快|更好|率先|一律|大力|积极|持续|全面|"
                             r"深入|不断|坚决|扎实)+$")
_AS_FRAME_AFTER = re.compile(r"为[\u4e00-\u9fff]{2,6}?(?=[，,。；、]|$)")
_SERVES_AFTER = re.compile(r"(?:提供|奠定|打下|作出|做出|注入)[\u4e00-\u9fff]{0,8}?(?:基础|支撑|保障|贡献|动力|支持|力量)")


def written_names(label: str, before: str, after: str) -> list[str]:
    """The goal's label as its sentence writes it, with what the label left out: the adverbs just
    before it (进一步 + 深化改革), a 以…为 frame (以 + 提升效能 + 为主线) or a 为…提供 frame (为 +
    培育新质生产力 + 提供坚实基础). ``before`` and ``after`` are the sentence's text round the label."""
    found: list[str] = []
    adverbs = _ADVERBS_BEFORE.search(before[-8:])
    run = adverbs.group(0) if adverbs else ""
    found += [run[k:] + label for k in range(len(run)) if _ADVERBS_BEFORE.fullmatch(run[k:])]   # 将进一步X, 进一步X
    if before.endswith("以") and (frame := _AS_FRAME_AFTER.match(after)):
        found.append("以" + label + frame.group(0))
    if before.endswith("为") and (serves := _SERVES_AFTER.match(after)):
        found.append("为" + label + serves.group(0))
    return found


# 为降低A、促进B创造条件, 作为打造A、培育B的重要途径, 已成为深化A、增强B的内在需要: the aims a frame serves
_SERVED_AIMS = re.compile(r"^(?:[^，。；、“”]{0,12}?(?:作为|成为|是))?[为对]?([^，。；“”]{9,120}?)的?"
                          r"(?:创造(?:良好)?条件|贡献(?:智慧和力量|力量|智慧)|提供(?:有力)?(?:支撑|保障)|"
                          r"(?:内在|必然|迫切)(?:需要|要求)|重要(?:抓手|途径|举措)|"
                          r"(?:将|会)?(?:起到|发挥)着?[^，。；]{0,6}(?:关键|重要|积极)的?作用).*$")


def served_aims(label: str) -> list[tuple[str, int]]:
    """(aim, offset in label) of a label that frames 、-coordinated aims (为降低A、促进B创造条件
    → 降低A, 促进B), or [] when it frames none."""
    m = _SERVED_AIMS.match(label)
    if not m:
        return []
    return [(part, m.start(1) + k) for part, k in coordinated_parts(m.group(1))]


# 审核A并加注B, 建设A及完善B: verb phrases joined by a conjunction (not 合并, 兼并, 涉及, 普及)
_JOINING = re.compile(r"(?<![合兼吞归涉普危顾])(?:并且|并|以及|及)")


# 并确保有效实施: the follow-through of the task before it, not a task of its own
_FOLLOW_THROUGH = re.compile(r"^确保(?:有效|切实)?(?:实施|落实|执行|到位|取得实效)")


def joined_tasks(label: str) -> list[tuple[str, int]]:
    """(task, offset in label) of a label of two verb phrases joined by 并/及 (摸排A并建立B →
    摸排A, 建立B), the second at least six characters long and not a follow-through, or []
    when it joins none (推动A在B及C上有新的作为: one frame around two fields)."""
    for m in _JOINING.finditer(label):
        first, second = label[:m.start()], label[m.end():]
        if len(first) >= 4 and len(second) >= 6 and starts_with_goal_verb(second) \
                and not _FOLLOW_THROUGH.match(second) and not ("在" in first and "上" in second) \
                and first.count("“") == first.count("”"):
            return [(first, 0), (second, m.end())]
    return []


def spaced_slogans(label: str) -> list[tuple[str, int]]:
    """(slogan, offset in label) of a headline of two verb-led slogans set apart by a space
    (推进A 推动B → 推进A, 推动B), or [] when it is not one."""
    m = re.fullmatch(r"([^\s|｜]{4,30}?)[ \u3000]+([^\s|｜]{4,30})", label)
    if not m or not (starts_with_goal_verb(m.group(1)) and starts_with_goal_verb(m.group(2))):
        return []
    return [(m.group(1), 0), (m.group(2), m.start(2))]


def split_coordinated(clause: "GoalClause", sentence: str, offset: int) -> list["GoalClause"]:
    """A goal clause of 、-coordinated verb phrases as one goal clause per phrase."""
    parts = coordinated_tasks(clause.label) or served_aims(clause.label) or joined_tasks(clause.label) \
        or spaced_slogans(clause.label)
    at = sentence.find(clause.label, clause.start - offset) if parts else -1
    if at < 0:
        return [clause]
    return [replace(clause, label=part, start=offset + at + k, end=offset + at + k + len(part))
            for part, k in parts]


@dataclass(frozen=True)
class GoalClause:
    label: str
    start: int
    end: int
    deadline: str | None
    modal: bool
    weak: bool = False      # a goal verb with no modal: only a reference to a goal already known
    own_body: bool = False  # 学校将…, 我市要…: the speaker's own body pursues the goal
    subject: str | None = None   # 南京提出打造…, 国家数据局将加强…: the place or body named as subject


# 把加快X，作为打响Y、推动Z的关键举措: X, Y and Z are goals
_AS_MEASURE = re.compile(r"把([^，。；！？]{4,40}?)[，,]?作为([^。；！？]{4,80}?)的(?:关键|重要|有力|主要|重大)?"
                         r"(?:举措|抓手|途径|路径|引擎|支撑|手段|任务|工作)")
# 是…加快推进X的重要举措, 是共同打造Y的重要支点: the goal a step serves
_MEASURE_OF = r"的(?:关键|重要|有力|主要|重大|具体|务实)(?:举措|之举|支点)"
_IS_MEASURE = re.compile(r"是([^。；！？]{4,90}?)" + _MEASURE_OF)
_MORE_MEASURE = re.compile(r"[，,、]([^。；！？，,]{4,60}?)" + _MEASURE_OF)   # …，把X转化为Y的关键之举
# 以打造X为目标: X is the goal
_AS_TARGET = re.compile(r"以([^。；！？，,]{2,80}?)为(?:目标|主线|牵引|主攻方向|方向|导向)")
# 提出了在中部部署X，促进Y的建议: the suggestion's content
_SUGGESTION_CONTENT = re.compile(r"(?:提出|提交|带来)了?(?!关于)([^。；！？“”]{4,70}?)的(?:建议|提案|议案)")
# 就建立X、推进Y等内容给出建议: the topics of a suggestion
_SUGGESTION_TOPICS = re.compile(r"就([^。；！？]{4,120}?)等?(?:内容|问题|方面|议题|事项)?(?:给出|提出|提交|带来|作出|发表)了?"
                                r"(?:[一两二三四五六七八九十\d]+[条点份项])?(?:建议|意见|提案|议案)")


# 在建设A、打造B等方面开展合作, 从完善A、健全B等八个方面部署: each task of the list of areas
# 明确了提升A、推动B、加强C等下一步工作任务: the tasks a speaker or document sets out, listed
_TASKS_LISTED = re.compile(r"(?:明确|部署|确定)了?([^，,。；！？：:“”]{8,240}?)等(?:[一二三四五六七八九十两几\d]{1,2}(?:个|项|大)?方面)?"
                           r"(?:的)?(?:主要|重点|重大|下一步|具体)?(?:工作)?(?:任务|举措)")
_AREAS = re.compile(r"[在从]([^，,。；！？：:]{4,240}?)等(?:[一二三四五六七八九十两几\d]{1,2}个)?(?:方面|领域)")


# 通过加大A、完善B、制定C等措施: each task of the list of means
_MEANS_LISTED = re.compile(r"通过([^，,。；！？：:]{4,160}?)等(?:措施|方式|手段|举措|途径|形式)")


# 对推动A、带动B具有重要意义, 对于加快C具有重大战略意义: the aims a measure serves
_MEANINGFUL = re.compile(r"对于?([^。；！？“”]{4,80}?)(?:具有|有着)(?:十分|非常|极其)?(?:重要|重大|深远|积极)(?:的)?"
                         r"(?:现实|战略|历史)?意义")


def leading_subject(sentence: str, is_subject) -> str | None:
    """The longest start of the sentence's first clause that names a known body or place."""
    first = CLAUSE_SPLIT.split(sentence, 1)[0].strip()
    for n in range(min(20, len(first)), 1, -1):
        if is_subject(first[:n]):
            return first[:n]
    return None


def framed_goals(sentence: str) -> list[tuple[str, int, int]]:
    """Goals a sentence names through a frame rather than a modal: 把X作为Y的关键举措,
    是X的重要举措, 以X为目标, 就X、Y等内容给出建议.  (label, start, end) in the sentence."""
    found: list[tuple[str, int, int]] = []

    def add(part: str, start: int) -> None:
        part = part.strip()
        for k in range(0, min(9, len(part) - 3)):   # 三方共同贯彻…, 校地携手共同打造…: past the subject
            rest = part[k:]
            if starts_with_goal_verb(rest) or _BA_GOAL.match(rest):
                if 5 <= len(rest) <= 50 and rest.count("“") == rest.count("”"):
                    found.append((rest, start + k, start + len(part)))
                return

    def add_parts(text: str, start: int, sep: str) -> None:
        pos = 0
        for part in re.split(sep, text):
            add(part, start + text.find(part, pos))
            pos = text.find(part, pos) + len(part)

    for m in _AS_MEASURE.finditer(sentence):
        add(m.group(1), m.start(1))
        add_parts(m.group(2), m.start(2), r"[、，,]")
    for m in _IS_MEASURE.finditer(sentence):
        add_parts(m.group(1), m.start(1), r"[，,]")
        more = _MORE_MEASURE.match(sentence, m.end())
        while more:   # …的重要支点，把X转化为Y的关键之举
            add(more.group(1), more.start(1))
            more = _MORE_MEASURE.match(sentence, more.end())
    for m in _AS_TARGET.finditer(sentence):
        n = len(found)
        add(m.group(1), m.start(1))
        if len(found) == n and 6 <= len(m.group(0)) <= 30 and not m.group(1).startswith(("此", "这")):
            found.append((m.group(0), m.start(), m.end()))   # 以智能制造为主攻方向: the orientation itself
    for m in _SUGGESTION_CONTENT.finditer(sentence):
        add_parts(m.group(1), m.start(1), r"[，,]")
    for m in _MEANINGFUL.finditer(sentence):   # 对推动A、带动B和促进C具有重要意义: A, B and C
        pos = m.start(1)
        for part in re.split(r"[、，,]", m.group(1)):
            halves = part.split("和")
            if len(halves) == 2 and all(starts_with_goal_verb(h) for h in halves):
                add(halves[0], pos)
                add(halves[1], pos + len(halves[0]) + 1)
            else:
                add(part, pos)
            pos += len(part) + 1
    for listing in (_AREAS, _TASKS_LISTED, _MEANS_LISTED):   # the 、-list of areas, of tasks, of means
        for m in listing.finditer(sentence):
            if "、" in m.group(1):
                add_parts(m.group(1), m.start(1), r"、")
    for m in _SUGGESTION_TOPICS.finditer(sentence):
        add_parts(m.group(1), m.start(1), r"[、，,]")
    return found


# the mark of a list item at the start of a line: 1.  （一）  一、  ●
LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[\.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[●•·■◆▲◇□○√])\s*")
# 一般公共预算收入增长5%以上, 城镇调查失业率5.5%以内: a listed target (a measure, a figure, a bound)
LISTED_TARGET = re.compile(r"^[\u4e00-\u9fffA-Za-z“”]{2,24}?(?:增长|达到|稳定在|控制在|下降|降低|提高|提升|新增|超过|涨幅|"
                            r"失业率|不低于|不超过)?[^，。；\d]{0,6}\d[\d.]*\s*[%‰万亿个家人户元斤吨千百]*[^，。；\d]{0,3}"
                            r"(?:以上|以内|左右|以下)$")
# 为落实…，全面推进…，结合我省实际，制定本方案: the purposes a document opens with
_PURPOSE_CHAIN = re.compile(r"^\s*为了?[^。；]{4,}[，,](?:[^。；]*[，,])?(?:特|现)?(?:结合[^，。；]{1,12}实际[，,])?"
                            r"(?:特|现)?(?:制定|制订|印发|出台|提出)(?:了)?(?:本|如下|以下|此|该)")
# 制定本方案, 印发如下: the document being made
_MAKES_DOCUMENT = r"(?:制定|制订|印发|出台)(?:了)?(?:本|如下|以下|此|该)"
_DOCUMENT_MADE = re.compile(r"^(?:特|现)?(?:结合[^，。；]{1,12}实际|" + _MAKES_DOCUMENT + r")")
_IN_LIGHT_OF = re.compile(r"^结合[^，。；]{1,12}实际$")
_DOCUMENT_MADE_AFTER = re.compile(_MAKES_DOCUMENT)


def _circumstance_before_tasks(clause: str, after: str) -> bool:
    """Whether a 结合…实际 clause is the circumstance of the tasks after it (结合本单位实际，抓好A), not
    the lead of a document made (结合我省实际，制定本方案)."""
    return bool(_IN_LIGHT_OF.match(clause)) and not _DOCUMENT_MADE_AFTER.search(after)


# 二、起草过程 / 编制经过: a section that tells how a document was made; its steps are no goals
_PROCESS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[\.．、])?\s*"
                              r"(?![^\n]*(?:背景|目的|意义|思路))[\u4e00-\u9fff《》]{0,10}?(?:起草|编制|制定|修订|研究)?(?:过程|经过|历程)\s*$")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；]{0,30}$")


# 一、2020年及“十三五”时期经济社会发展回顾, 在“一、过去一年工作回顾”中提到：: a review of work done,
# whose measures are past, not goals; it runs to the next top-level heading (二、…, 在“二、…”中指出：)
_REVIEW_HEADING = re.compile(r"^[^。；\n]{0,30}(?:回顾|执行情况|工作总结|主要成效|取得的成就)[^。；\n]{0,12}$")
_TOP_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[^。；\n]{0,6}“[一二三四五六七八九十]+、)[^。；\n]{0,40}$")


@lru_cache(maxsize=8)
def process_sections(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the sections whose sentences set no goals: those headed 起草过程,
    编制过程 … (to the next heading line, 二、… or （三）…) and reviews of work done (工作回顾,
    执行情况 …, to the next top-level heading) — or to the end of the text."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    sections = []
    for i, (start, line) in enumerate(lines):
        if _PROCESS_HEADING.match(line):
            end = next((s for s, l in lines[i + 1:] if _HEADING.match(l)), len(text))
            sections.append((start, end))
        elif _REVIEW_HEADING.match(line):
            end = next((s for s, l in lines[i + 1:] if _TOP_HEADING.match(l)), len(text))
            sections.append((start, end))
    return tuple(sections)


def in_process_section(text: str, offset: int) -> bool:
    return any(a <= offset < b for a, b in process_sections(text))


def _lists_tasks(sentence: str, start: int) -> bool:
    """Whether every clause after ``start`` opens with a goal verb: a suggestion's list of tasks
    (建议，提高A，搞好B，建立C), not one goal and its means."""
    rest = [c.strip() for c in CLAUSE_SPLIT.split(sentence[start:])][1:]
    rest = [_CONNECTIVE.sub("", c) for c in rest if c]
    return len(rest) >= 2 and all(starts_with_goal_verb(c) for c in rest)   # A, then its end: one goal


def _acts_after_subject(clause: str) -> bool:
    """我国人工智能全面赋能高质量发展, 智能经济成为重要增长极: a subject (up to ten characters), then
    a goal verb or 成为 — what a target year's clause sets, whatever its subject."""
    if _REPORTS.search(clause):
        return False
    return any(starts_with_goal_verb(clause[k:]) or clause.startswith("成为", k) for k in range(2, min(11, len(clause) - 3)))


# 铁路方面，…  在软件领域，…  对于中小企业，…: a topic before the sentence's tasks
_TOPIC = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}方面|以[^，。；]{2,40}为(?:指导|引领|统领|核心|主线|导向|牵引)|在[^，。；]{1,20}(?:领域|方面|上)|对于?[^，。；]{1,20}|"
                    r"同时|此外|另外|下一步|今后|未来|今年|明年|接下来)$")
# what a sentence reports, not what it sets out: 已, 累计, 了, 截至…
_REPORTS = re.compile(r"已|累计|截至|截止|同比|去年|上年|以来|[\u4e00-\u9fff](?<![为除])了(?!解)|取得|成效|正在"
                      # …是…的重要手段, 作为…的重要途径, 具有…意义: a judgement (not 重要数据, 技术手段 as objects)
                      r"|(?<![一二三四五六七八九十])是|重要(?:意义|作用|手段|途径|举措|支撑|力量|基础|保障|引擎|载体|一环|抓手)|意义"
                      r"|的(?:重要|有效|主要|关键|根本|必要)?(?:手段|途径)")


# 按照《…》要求, 在…的基础上, 数据安全人才培养怎么落地: a clause of means, a circumstance or a question
_NO_AIM = re.compile(r"^(?:按照|根据|依据|遵照|对照)|^在[^，。；]{2,40}(?:基础之?上|背景下|过程中)$|怎么|怎样|如何|哪些|什么|吗$|[？?]"
                     # …发展的思路与重点, …指明的方向: a topic named, not a task; X分为三个阶段: a description
                     r"|的(?:思路|重点|方向|路径|主要工作|现状|战略意义|重要意义|意义)(?:[与和][\u4e00-\u9fff]{2})?$|分为[一二三四五六七八九十两几\d]+个?(?:阶段|部分|方面|步)"
                     # 在…新闻发布会上: where it was said; 相继颁布实施: what was done
                     r"|^在[^，。；]{2,40}(?:会上|会议上|论坛上|大会上|发布会上)$|相继|先后(?:颁布|出台|印发|发布)"
                     # 在“二、依法服务…”中提到: where the words it introduces were said
                     r"|^在[^，。；]{2,60}中(?:提到|指出|强调|写道|表示|明确)$"
                     # 落实上述要求: a task whose object only points back to what was said
                     r"|^[\u4e00-\u9fff]{2,4}?好?(?:上述|以上|前述)[\u4e00-\u9fff]{1,6}$")


# 面向市场需求，围绕重点领域: what the tasks after the clause face or turn on (立足X is often a goal of
# its own: 立足新发展阶段)
_ORIENTING = ("面向", "围绕")


def bare_orientation(label: str) -> bool:
    """面向新时代新征程，我们要…, 围绕重点行业领域，培育…: what the tasks after it face or turn on,
    no task itself — unless a goal verb follows (面向全市学生开展网络安全教育, 围绕推动A开展B)."""
    return label.startswith(_ORIENTING) and not any(starts_with_goal_verb(label[k:]) or opens_listed_task(label[k:])
                                                    for k in range(2, len(label) - 1))


# a clause that frames an aim without stating it: the proposal it was put in (在《关于A的提案》中认为),
# the idea's history (构建A理念自提出以来), the idea named as such (紧紧围绕“A”的理念主张, A这一理念主张)
_FRAMED_AIM = re.compile(r"^(?:[^，。；]{0,30}?在)?《?(?:关于)?(?P<proposal>[^《》，。；]{4,60}?)的(?:提案|建议|议案)》中"
                         r"(?:认为|指出|表示|提出|建议|强调)?$"
                         r"|^(?P<since>[^，。；]{4,40}?)(?:这一)?(?:理念|理念主张|战略|倡议|主张)?自?(?:提出|实施)以来$"
                         r"|^(?:紧紧)?围绕“(?P<quoted>[^“”]{4,40})”的?(?:理念主张|理念|主张|倡议)$"
                         r"|^(?P<named>[^，。；]{4,40}?)这一(?:理念主张|理念|主张|倡议)$")


def framed_aim(clause: str) -> str | None:
    """The aim a clause only frames (在《关于推进A的提案》中 → 推进A, 构建A理念自提出以来 → 构建A), or None."""
    m = _FRAMED_AIM.match(clause)
    return next((v for v in m.groupdict().values() if v), None) if m else None


def states_no_aim(clause: str) -> bool:
    """Whether a clause is means (按照《…》要求), a circumstance (在…的基础上) or a question —
    no goal, whatever verb it holds."""
    return bool(_NO_AIM.search(clause))


def reports_done(clause: str) -> bool:
    """Whether a clause reports what was done (已, 累计, 了, 截至 …) rather than sets a task."""
    return bool(_REPORTS.search(clause))


def contribution(clause: str) -> tuple[str, bool] | None:
    """The goal a clause says something contributes to, 为X提供/注入/贡献/奠定Y (更能为企业提供坚实支撑
    → 为企业提供坚实支撑), and whether a modal of its own (将, 能) opens it; None for any other clause
    or one that reports what was done."""
    m = _CONTRIBUTION.match(clause)
    if not m or reports_done(m.group(2)):
        return None
    return m.group(2), bool(m.group(1))


# 以信息化培育新动能, 用新动能推动新发展, 以和平方式解决争端: a means, then the aim it serves
_MEANS_TO_AIM = re.compile(r"^(?:以|用)(?!及|上|下|来|后|前|外|内|便|免|至|期|此|求|往|致|为)[^，。；、“”]{2,20}?"
                           r"(?:带动|推动|引领|促进|牵引|赋能|培育|联动|支撑|驱动|助力|服务|提升|拉动|解决|降低|"
                           r"深化|倒逼|保障|推进|激发|撬动|实现|构建|打造)[^，。；]{2,}$")
# 让城市治理更智能, 让互联网更好造福世界各国人民: what the tasks before it bring about
_BRINGS_ABOUT = re.compile(r"^(?:让|使)(?!我们|人|大家)[^，。；]{4,}$")


def means_to_aim(clause: str) -> bool:
    """以X培育Y, 用X推动Y: a clause that names a means and the aim it serves, and reports nothing."""
    return bool(_MEANS_TO_AIM.match(clause)) and not reports_done(clause) and "为" not in clause[:8]


def brings_about(clause: str) -> bool:
    """让X更Y: the state a sentence's tasks bring about, when it reports nothing."""
    return bool(_BRINGS_ABOUT.match(clause)) and not reports_done(clause)


_LEADING_LINK = re.compile(r"^(?:并且|并|同时|还|也|从而|进而|更好地?|努力|切实|真正|以此|借此)+")


def aim_after_tasks(clause: str) -> str | None:
    """The clause as a goal when, after a task of its sentence, it names a means and its aim
    (以X培育Y) or the state the tasks bring about (让X更Y); None otherwise."""
    core = _LEADING_LINK.sub("", clause)
    return core if len(core) >= 6 and (means_to_aim(core) or brings_about(core)) else None


def _task_openings(sentence: str) -> list[bool]:
    """For each clause of a sentence, past its list mark and a topic opening it (铁路方面，…),
    whether it opens with a goal verb (past a connective, and past adverbs)."""
    clauses = [c.strip().strip("“”\"") for c in CLAUSE_SPLIT.split(LIST_MARK.sub("", sentence.strip(), count=1))]
    clauses = [c for c in clauses if c]
    if clauses and _TOPIC.match(clauses[0]):
        clauses = clauses[1:]
    # (为A提供B closes a list of tasks, 强化X，为A提供B, but opens none: 为A提供B。 alone is no task)
    return [starts_with_goal_verb(_CONNECTIVE.sub("", c)) or starts_with_goal_verb(GOAL_ADVERBS.sub("", _CONNECTIVE.sub("", c))
                                                                                  or _CONNECTIVE.sub("", c))
            or k > 0 and (contribution(_CONNECTIVE.sub("", c)) is not None or aim_after_tasks(c) is not None)
            for k, c in enumerate(clauses)]


def imperative(sentence: str) -> bool:
    """A sentence of tasks without a modal — the register of plans, work reports and
    briefings (加强X，提高Y。  铁路方面，加强X，同步提高Y。): every clause, past a topic,
    opens with a goal verb and nothing in it reports what was done."""
    if _REPORTS.search(sentence):
        return False
    opens = _task_openings(sentence)
    return bool(opens) and all(opens)


def mostly_tasks(sentence: str) -> bool:
    """A sentence of tasks with a clause of manner among them (强化A，进一步畅通B，线上线下配合，
    为C做好服务保障): its first clause, past a topic, and at least two thirds of its clauses open
    with a goal verb, and nothing in it reports what was done nor announces a list (…，还需要把握好三个方面：)."""
    if _REPORTS.search(sentence) or sentence.rstrip().endswith(("：", ":")):
        return False
    opens = _task_openings(sentence)
    return len(opens) >= 3 and opens[0] and 3 * sum(opens) >= 2 * len(opens)


# 《规划》提出要…, 该方案明确…: a document as the clause's subject, stating what follows
_DOCUMENT_OPENS = re.compile(r"^(?:《[^《》]{1,40}》|[该此本这](?:规划|方案|意见|计划|通知|办法|条例|纲要|报告))(?:中|还|也|进一步)?"
                             r"(?:提出|明确|指出|强调|要求|部署|规定)了?")
_DOCUMENT_SUBJECT = re.compile(r"^(?:《[^《》]{1,40}》|[该此本这](?:规划|方案|意见|计划|通知|办法|条例|纲要|措施))"
                               r"(?:还|也|进一步|同时|首次|全面|专门)*")


def _document_acts(clause: str) -> str | None:
    """What a document as subject sets up (《办法》构建了协同监管机制, 该方案还健全了A): the clause
    past the document, when a goal verb follows it; None otherwise."""
    m = _DOCUMENT_SUBJECT.match(clause)
    if not m:
        return None
    rest = clause[m.end():]
    rest = re.sub(r"^([\u4e00-\u9fff]{2})了", r"\1", rest)   # (构建了A: the document's task 构建A)
    if rest.startswith(("围绕", "聚焦", "强调", "立足", "面向")):   # (《方案》聚焦A: its framing, no task)
        return None
    return rest if len(rest) >= 5 and starts_with_goal_verb(rest) else None


# 南京提出打造…, 某局将重点发展…: a subject, then a modal or 提出
# (工业和信息化部、中央网信办将…: bodies joined by 、; 市场监管总局表示将…: the body's saying before its modal)
_NAMED_SUBJECT = re.compile(r"^([\u4e00-\u9fff、]{2,24}?)(?<!、)(?:表示|指出|强调|称)?(?:也|还|则|又)?(?:将|要|提出|应当|必须|致力于|力争|计划|拟|旨在)")


# 中国电信坚持A，同时突出B，守住C: the adverbs between a named subject and its tasks
_SUBJECT_ADVERB = re.compile(r"(?:始终|一直|也|还|则|继续|将继续|持续)?")


_QUOTED = re.compile(r"“[^“”]{1,40}”")


def _masked_quotes(sentence: str) -> str:
    """The sentence with what its quotation marks hold masked (“网是基础、云为核心” → “某某…”), at the
    same offsets: a quoted slogan is one phrase, whatever commas or 是 it holds."""
    return _QUOTED.sub(lambda m: "“" + "某" * (len(m.group(0)) - 2) + "”", sentence)


def _subject_led_tasks(sentence: str, offset: int, *, speaker_context: bool, is_subject) -> list[GoalClause]:
    """The tasks of a sentence whose subject is a named body or place and whose every clause
    after it opens with a goal verb (中国电信坚持A，同时突出B，守住C): what the body pursues,
    modal or not. [] for any other sentence."""
    masked = _masked_quotes(sentence)   # (坚持“网是基础、云为核心”: a slogan's words report nothing)
    if is_subject is None or _REPORTS.search(masked) or not sentence.rstrip().endswith(("。", "；", "！")):
        return []   # (a title line, 某市建设…规划, is no sentence of tasks)
    subject = leading_subject(sentence, is_subject)
    if not subject:
        return []
    start = sentence.find(subject) + len(subject)
    start = _SUBJECT_ADVERB.match(sentence, start).end()
    rest = sentence[start:]
    if not starts_with_goal_verb(rest) or not imperative(masked[start:]):
        return []
    found = goal_clauses(rest, offset + start, document_context=True, speaker_context=speaker_context)
    return [replace(f, weak=False, modal=True, subject=subject) for f in found]


# 网络攻击将成为最主要的诱因, 人工智能将引领新一轮科技革命: what a trend or a technology will do
_FORECAST_VERBS = ("成为", "引领", "带来", "达到", "迎来", "促进", "推动", "重塑")
_ACTORS = ("我们", "我国", "我省", "我市", "我区", "我县", "我们的", "中国", "中方", "双方", "各方", "公司", "集团", "企业",
           "学校", "政府", "大家", "全行业", "行业")


def forecast(subject: str, modal: str, rest: str, is_subject=None) -> bool:
    """Whether ``subject`` + 将 + ``rest`` forecasts what a thing will do (网络攻击将成为…,
    人工智能将引领…) rather than states an actor's task (我们将推动…, 某局将促进…)."""
    if modal != "将" or not rest.startswith(_FORECAST_VERBS):
        return False
    if subject.startswith(_ACTORS) or subject.endswith(_ACTORS) or (is_subject and is_subject(subject)):
        return False
    return not _BODY_SUBJECT.match(subject)


_SUBMITS = re.compile(r"^(?:提交|提出|带来)")

# 某集团将与各方紧密携手，…, 双方将基于各自优势，…, 某公司将继续在主管部门指导下，…: a subject's modal
# before its partners, its grounds or its guidance — the tasks follow in the next clauses
_COURSE_OPENING = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9“”、]{2,24}?(?:将|要)(?:继续|进一步|持续)?"
                             r"(?:(?:与|同|和)[^，。；]{1,20}?(?:紧密|深度|共同|全面)?(?:携手|合作|一道|一起|联手|并肩)(?:合作)?"
                             r"|基于[^，。；]{2,20}|依托[^，。；]{2,20}|在[^，。；]{2,20}(?:指导|支持|带领|引领)下)$")


def _named_subject_task(rest: str, subject: str, at: int, word_at) -> str | None:
    """What a registered body or place sets itself after its modal when no goal verb opens it:
    a task any task verb opens (上海将逐步取消A, 某部将着眼B) or the task it takes on with partners
    (将与各方携手推进D) — the rest then — or, after means (将以X为引领，…), "" (its tasks follow); None when the rest reports, forecasts, announces a list,
    submits a proposal or names no task."""
    if _REPORTS.search(rest) or _COPULA.match(rest) or forecast(subject, "将", rest) or _LIST_WORDS.search(rest):
        return None   # (某局将牵头做好以下几个方面的工作: the announcement of a list)
    if _SUBMITS.match(rest):
        return None   # (某党派拟提交关于A的提案: the proposal, whose topic is the goal)
    if (joint := _task_with_partners(rest)) is not None:
        return joint
    if opens_listed_task(rest) or opens_any_task_verb(rest, at, word_at):
        return rest
    return "" if _MEANS_OPENING.match(_SUBJECT_ADVERBS.sub("", rest)) else None


# 希望各方能够加强A, 期望某公司能充分发挥B, 希望能和大家一起共同探索C: whom a wish addresses, then its task
_WISHED = re.compile(r"^[^，。；“”]{0,12}?(?:能够|能|可以)(?:和[^，。；]{1,8}一起)?")


def _wished_task(opening: str, rest: str) -> str | None:
    """After a wish (希望, 期望, 期待), the task past whom it addresses and their 能够 when no goal
    verb opens the rest (期望某公司能够充分发挥A → 充分发挥A); None otherwise."""
    if not opening.endswith(("希望", "期望", "期待")) or starts_with_goal_verb(rest):
        return None
    m = _WISHED.match(rest)
    return rest[m.end():] if m and len(rest) - m.end() >= 4 and starts_with_goal_verb(rest[m.end():]) else None


def _demanded_task(opening: str, rest: str) -> str | None:
    """After a demand (《办法》要求, 明确要求), the task past its addressee when no goal verb opens
    the rest (要求会计师事务所建立X → 建立X); None otherwise."""
    if not opening.endswith("要求") or starts_with_goal_verb(rest):
        return None
    return task_past_addressee(rest)


# what a body sentence's first task may follow: the condition of a ruling (对未经许可擅自经营的), its
# means or circumstance (通过A机制, 在B过程中), a topic (此外, 数据方面)
_FRAMING_CLAUSE = re.compile(r"的$|(?:上|中|下|时|后|前|方面|领域)$|^(?:在|通过|依托|借助|按照|根据|依据|依照|遵照|针对|对于|"
                             r"随着|围绕|结合|基于|立足|面向|此外|同时|另外|其中|下一步|今后|对于?[^，。；]{2,60}$)")
# a first clause that only frames (针对A问题, 通过B, 充分考虑C), states a lack (缺少A, 竞争力不足), names a
# wrong a rule forbids (危害国家安全, 假冒仿冒…), gives an example (例如…) or a relative (产生的影响) —
# or whose sentence goes on with its predicate (训练一个大模型，需要…: the clause is the subject)
_FRAME_VERB = re.compile(r"^(?:针对|依托|借助|伴随|随着|有着|拥有|具有|具备|基于|面向|围绕|通过|结合|按照|根据|依据|"
                         r"(?:优先)?在|考虑|例如|比如|可谓|没有|缺少|缺乏|存在|未|无|违反|违背|危害|侵犯|侵害|假冒|仿冒|冒用)"
                         r"|^[\u4e00-\u9fff]{2}的|(?:不足|不够|滞后|薄弱|不强|不高|不畅)$")
_PREDICATE_NEXT = re.compile(r"[，,]\s*(?:需要|需|是|能|可以|可|将|会|有|成为|要)")


def _after_a_task(found: list[GoalClause], written_body: bool, clause: str, sentence: str, start: int) -> bool:
    """Whether a clause stands where a task of the plans' register may open with any task verb:
    after a goal of the same list, or as the first task of a written item's body sentence, past
    only what frames it (对未经许可擅自开展经营的，依法予以查处; 通过反馈机制，积极收集A)."""
    if found:
        return not found[-1].weak
    if not written_body or clause.endswith("的") or _FRAME_VERB.search(clause) \
            or _FRAME_VERB.search(_TASK_ADVERBS.sub("", strip_lead(clause))):
        return False
    before = [c.strip() for c in CLAUSE_SPLIT.split(LIST_MARK.sub("", sentence[:start], count=1)) if c.strip()]
    end = sentence.find(clause, start) + len(clause)
    return all(_FRAMING_CLAUSE.search(c) or _TOPIC.match(c) for c in before) \
        and not _PREDICATE_NEXT.match(sentence, end)


def _task_by_means(part: str) -> bool:
    """以工程化路径提升X: a task its means opens (以 and up to 12 characters before the goal verb)."""
    return part.startswith("以") and any(starts_with_goal_verb(part[k:]) for k in range(3, min(14, len(part) - 3)))


def titled_tasks(sentence: str) -> list[tuple[str, int]]:
    """(task, offset) of each clause of a proposal's title standing as a sentence of its own (关于统筹A的建议。,
    关于发挥B，以C提升D的提案。) that opens with a goal verb or with its means; [] for any other sentence."""
    m = _TITLE_LINE.match(sentence)
    if not m:
        return []
    found, pos = [], m.start(1)
    for part in re.split(r"[，,、]", m.group(1)):
        if len(part) >= 4 and (starts_with_goal_verb(part) or _task_by_means(part)):
            found.append((part, pos))
        pos += len(part) + 1
    return found


def goal_clauses(sentence: str, offset: int, *, document_context: bool,
                 speaker_context: bool = False, is_subject=None, word_at=None,
                 written_body: bool = False) -> list[GoalClause]:
    """Goal clauses of one sentence: a goal verb after 要/将/提出…, or any goal verb once
    such a modal has been seen in the sentence, or (``document_context``) a clause
    that states what a document sets out. ``word_at`` (offset → (word, LAC tag) of the word
    starting there, or None) lets a clause among goals open with any task verb LAC tags —
    and, in the body of a written list item (``written_body``: a plan's or a notice's 
    （一）规范A。依法严查B，及时归集C。), the sentence's first task too."""
    led = _subject_led_tasks(sentence, offset, speaker_context=speaker_context, is_subject=is_subject)
    if led:
        return led
    found: list[GoalClause] = []
    purposes = bool(_PURPOSE_CHAIN.search(sentence))   # 为落实A，推进B，助力C，结合实际，制定本方案: A, B and C
    modal_seen = purposes
    own_body = False
    target_year = False
    proposal = False
    current_subject = None   # 民革中央将加强…，推动…: the subject holds for the sentence's later clauses
    listed_target = False    # ●城镇新增就业110万人以上: a listed target without a year
    pos = 0
    deadline = None
    m = _DEADLINE.search(sentence)
    if m:
        deadline = m.group(1)
    for raw in CLAUSE_SPLIT.split(sentence):
        start = sentence.find(raw, pos)
        pos = start + len(raw)
        clause = raw.strip().strip("“”\"")
        if not found and not modal_seen:
            mark = LIST_MARK.match(clause)
            if mark:   # 1.扎实推进…, （一）构建…, ●…: the item of a list, without its mark
                start += len(raw) - len(raw.lstrip()) + mark.end()
                clause = clause[mark.end():]
                listed_target = bool(LISTED_TARGET.search(clause))
        c = _CONNECTIVE.sub("", clause)
        if "之所以" in c:
            continue   # 国家之所以要建立X，是因为…: the reason for what was done, explained
        if purposes and not found and c.startswith("为"):
            c = re.sub(r"^为了?(?:进一步|更好地?)?", "", c)
        elif _DOCUMENT_MADE.match(c):   # …，结合我省实际，制定本方案: the document, not a goal
            if _circumstance_before_tasks(c, sentence[pos:]):
                continue   # 结合本单位实际，抓好…: the circumstance of the tasks after it
            break
        purpose_aim = False
        if not purposes and not _PURPOSE.match(c) and (pc := _PURPOSE_CLAUSE.match(c)) and pos < len(sentence.rstrip("。；！？ \n")) \
                and starts_with_goal_verb(pc.group(1)) and not _SUGGESTS.search(sentence, pos):
            c, purpose_aim = pc.group(1), True   # 为筑牢人才根基，…: the aim the rest of the sentence serves
        c = _PRONOUN_PROPOSER.sub("", c)   # 她建议加快…: the modal after the pronoun
        if PROPOSAL_CLAUSE.match(c) and not _MODALS.match(c):
            proposal = modal_seen = True   # 李明建议，引入…: the one goal the suggestion names
            continue
        has_modal = purpose_aim
        opens = _DOCUMENT_OPENS.match(c)
        if opens and len(c) - opens.end() >= 4:   # 《规划》提出要加快A: the document sets what follows
            c, has_modal = c[opens.end():], True
            c = _demanded_task(opens.group(0), c) or c
        elif (acts := _document_acts(c)) is not None:   # 《办法》构建了A: what the document sets up
            c, has_modal = acts, True
        tasks_are = _TASKS_ARE.match(c)
        if tasks_are and (tasks_are.end() == len(c) or starts_with_goal_verb(c[tasks_are.end():])):   # 重点工作包括A，B，C等: the tasks the clause announces
            c, has_modal = c[tasks_are.end():], True
            if not c:
                modal_seen = True   # (具体举措包括：A，B: the list follows)
                continue
        if speaker_context and _WE_SUBJECT.match(c) and starts_with_goal_verb(_WE_SUBJECT.sub("", c)):
            c = _WE_SUBJECT.sub("", c)
            has_modal = own_body = True
        mm = _MODALS.match(c)
        ba_text = c[mm.end():] if mm and not c.startswith("将") else c
        ba = _BA_GOAL.match(ba_text)
        if mm and mm.group(0).endswith("明确") and not starts_with_goal_verb(c[mm.end():]) \
                and not _MODALS.match(c[mm.end():]) and len(c) - mm.end() >= 4:
            mm = None   # 明确职责分工: 明确 the verb, not the modal of 明确要求…
            has_modal = has_modal or modal_seen
        if mm and not ba:
            has_modal = True
            c = c[mm.end():]
            c = _demanded_task(mm.group(0), c) or c
            c = _wished_task(mm.group(0), c) or c
            if proposal and mm.group(0).endswith(("要", "应", "应当", "需要", "必须")):
                proposal = False   # 陈某建议，要A，B，C: an explicit modal makes every clause a goal
        contributed = contribution(c) or contribution(clause)   # (以X为…: the 以 a connective would drop)
        pm = None if contributed else _PURPOSE.match(c)   # (为X提供Y: the whole contribution, as gold labels it)
        if pm:   # 为苏州加快打造X提供新方案: the goal the contribution serves
            lead = next((k for k in range(5) if starts_with_goal_verb(pm.group(1)[k:])), None)
            if lead is not None:
                c = pm.group(1)[lead:]
        label = None
        weak = False
        subject = None
        ns = _NAMED_SUBJECT.match(c) if is_subject and not starts_with_goal_verb(c) else None
        if ns and is_subject(ns.group(1)) and (starts_with_goal_verb(c[ns.end():]) or _BA_GOAL.match(c[ns.end():])):
            subject, c, has_modal = ns.group(1), c[ns.end():], True   # the registered place or body's own course
            current_subject, own_body = subject, False
            ba_text, ba = c, _BA_GOAL.match(c)
        elif ns and is_subject(ns.group(1)) and (k := sentence.find(c, start)) >= 0 \
                and (task := _named_subject_task(c[ns.end():], ns.group(1), offset + k + ns.end(), word_at)) is not None:
            subject, has_modal = ns.group(1), True   # 上海将逐步取消A, 某局将与各方携手推进B, 某局将以X为引领，…
            current_subject, own_body = subject, False
            c = ba_text = task
            ba = None
            label = task or None
        if label:
            pass   # (the registered subject's task, whatever verb opens it)
        elif ba:
            label = ba_text[ba.start(2):]
            has_modal = has_modal or bool(mm or ba.group(1))
            weak = not (has_modal or modal_seen or document_context)
        elif starts_with_goal_verb(c) and (has_modal or modal_seen or document_context):
            label = c
        elif (modal_seen or has_modal or document_context) and _after_a_task(found, written_body, c, sentence, start) and (
                opens_listed_task(c) or (k := sentence.find(c, start)) >= 0 and opens_any_task_verb(c, offset + k, word_at)):
            label = c   # 加强A，梳理B, 加强A，摸排B: a task verb of the plans' register, after a goal of the same list
        elif mm and has_modal and _explicit_obligation(mm.group(0)) and (
                opens_listed_task(c) or _preposed_task(c)
                or (k := sentence.find(c, start)) >= 0 and obliged_any_task_verb(sentence, c, offset + k, word_at)):
            label = c   # 要认真清理A, 要对违规项目停止B: a list's task verb after an explicit modal
        elif (modal_seen or has_modal or document_context) and _after_a_task(found, written_body, c, sentence, start) and _preposed_task(c):
            label = c   # 加强A，对重点企业开展B: a task whose object or means a preposition puts first
        elif found and (aim := aim_after_tasks(clause)) is not None:
            label, weak = aim, found[-1].weak   # 加强A，以B培育C，让D更好: the aims the tasks serve
        elif contributed and not starts_with_goal_verb(c):   # 为城市发展注入新活力: the aim it serves, a goal as a goal verb's clause is
            label, own_modal = contributed
            has_modal = has_modal or own_modal
            weak = not (has_modal or modal_seen or document_context)
        elif starts_with_goal_verb(c):
            label, weak = c, True
        elif not starts_with_goal_verb(c):
            sm = _SUBJECT_MODAL.match(c)
            if (speaker_context or document_context) and sm and _BODY_SUBJECT.match(sm.group(1)):
                # 学校将以…为契机，搭建…: the body's own course, whatever the first clause says
                has_modal = own_body = True
                if is_subject and is_subject(sm.group(1)):   # 研究院要…: the body the article names, not the speaker's
                    current_subject, own_body = sm.group(1), False
                if starts_with_goal_verb(sm.group(2)):
                    label = sm.group(2)
            elif speaker_context and sm:
                rest = sm.group(2)
                pronoun = sm.group(1).startswith(("我们", "这", "那", "其", "他", "她", "它"))
                if starts_with_goal_verb(rest) and not _COPULA.match(c) \
                        and not forecast(sm.group(1), c[len(sm.group(1))], rest, is_subject):   # (都是企业应该认真研究的问题)
                    has_modal, label = True, rest
                elif not pronoun and sm.group(0)[len(sm.group(1))] != "将" and "以下" not in rest \
                        and not _COPULA.match(c) and not re.search(r"的[\u4e00-\u9fff]{1,6}$", rest):
                    has_modal, label = True, c
                elif _MEANS_OPENING.match(_SUBJECT_ADVERBS.sub("", rest)) and not _REPORTS.search(c):
                    has_modal = True   # 北京将继续以X为引领，抢抓A，加强B: the means; the tasks follow
            elif (task := _addressed_task(c)) is not None:
                has_modal, label = True, task
            elif (ob := _OBLIGED.match(c)) and (starts_with_goal_verb(ob.group(2)) or opens_listed_task(ob.group(2))
                                                or (k := sentence.find(c, start)) >= 0
                                                and obliged_any_task_verb(sentence, ob.group(2), offset + k + ob.start(2),
                                                                          word_at)) \
                    and not _REPORTS.search(_head_of_subject(ob.group(1))) \
                    and not _COPULA.match(c) and not _RELATIVE.match(strip_lead(ob.group(2))):
                has_modal, label = True, ob.group(2)
            elif (ob := _OBLIGED.match(c)) and (joint := _task_with_partners(ob.group(2))) and not _REPORTS.search(joint) \
                    and not _REPORTS.search(ob.group(1)):
                has_modal, label = True, joint   # 中方愿同各国共同推进A: the task past its partners
            elif _BAN.match(c) and not _REPORTS.search(c):
                has_modal, label = True, c   # （应当依法取得同意，）不得通过欺诈方式取得: a rule's ban, its subject before
            elif (duty := _DUTY.match(c)) and not _REPORTS.search(c):
                # 运营机构应当公开…, 密钥应当存储在境内, 各地不得擅自…: a rule's duty, whatever its verb
                has_modal, label = True, duty.group(2) + duty.group(3) if duty.group(2) == "不得" else duty.group(3)
            elif ob and _MEANS_OPENING.match(ob.group(2)) and not _REPORTS.search(ob.group(1)) and not _COPULA.match(c):
                has_modal = True   # 各企业应按照方案要求，强化A，抓好B: the duty's means; its tasks follow
            elif document_context and (duty := _written_duty(c)):
                has_modal, label = True, duty   # 各企业应扛起主体责任: a written duty, whatever its verb
        target = _TARGET.match(c) or (target_year and not _REACHED_ALREADY.search(c)
                                      and (_TARGET_REST.match(c) or _STATE_REACHED.search(c) or _acts_after_subject(c))) \
            or (listed_target and label is None)
        listed_target = False
        if _TARGET_YEAR.match(c):
            target_year = True
        if label is None and target:
            label, has_modal = c, True
        if label is None and _COURSE_OPENING.match(c) and not _REPORTS.search(c):
            has_modal = True   # 某集团将与各方紧密携手，为A注入新活力: the modal of the tasks after it
        modal_seen = modal_seen or has_modal
        if label and label.count("“") != label.count("”"):   # 引入“某制度”，: the clause cut the quote in two
            label = label.replace("“", "").replace("”", "")
        if label and 5 <= len(label) <= (50 if ba else 40):
            found.append(GoalClause(label, offset + start, offset + pos, deadline, has_modal or modal_seen, weak,
                                    own_body, subject or current_subject))
            if proposal and not weak:   # the suggestion names one goal and its means, or a list of tasks
                modal_seen = _lists_tasks(sentence, start)
                proposal = False
    framed = framed_goals(sentence)
    if framed:
        subject = current_subject or (leading_subject(sentence, is_subject) if is_subject else None)
    for label, start, end in framed:
        overlapping = [f for f in found if f.label == label or f.start <= offset + start < f.end]
        if all(f.weak for f in overlapping):   # a frame names the goal a bare verb clause only touched
            found = [f for f in found if f not in overlapping]
            found.append(GoalClause(label, offset + start, offset + end, deadline, True, subject=subject))
    # 为进一步加快X，提三点建议: the purpose of the proposals is a goal
    if _PROPOSING.search(sentence):
        first = CLAUSE_SPLIT.split(sentence, 1)[0]
        pm = re.match(r"^\s*为了?(?:进一步|更好地?)?(.{4,40})$", first)
        if pm and starts_with_goal_verb(pm.group(1)) and not any(f.label == pm.group(1) for f in found):
            found.append(GoalClause(pm.group(1), offset + pm.start(1), offset + pm.end(1), deadline, True))
    found += [GoalClause(topic, offset + k, offset + k + len(topic), deadline, True) for topic, k in titled_tasks(sentence)
              if not any(f.label == topic for f in found)]
    # 拟提交关于开展X的提案: the topic of a proposal is a goal
    for tm in _PROPOSAL_TOPIC.finditer(sentence):
        topic = tm.group(1)
        if starts_with_goal_verb(topic) and not any(f.label == topic for f in found):
            found.append(GoalClause(topic, offset + tm.start(1), offset + tm.end(1), deadline, True))
    if found and any(f.weak for f in found) and (imperative(sentence) or mostly_tasks(sentence)):
        found = [replace(f, weak=False, modal=True) for f in found]
    found = [part for f in found for part in split_coordinated(f, sentence, offset)
             if not states_no_aim(part.label) and not bare_orientation(part.label)]
    if speaker_context:   # “推动数字经济和实体经济深度融合”: a quoted goal phrase
        for q in re.finditer(r"“([^“”]{4,30})”", sentence):
            if re.search(r"从[^，。；“”]{0,6}$", sentence[max(0, q.start() - 7):q.start()]):
                continue   # 从“A”过渡到“B”: A is where things were, B is the goal
            if _EVENT_AFTER.match(sentence, q.end()):
                continue   # “推动高质量发展”系列主题新闻发布会: the theme of an event
            if starts_with_goal_verb(q.group(1)) and not any(f.label == q.group(1) for f in found):
                found.append(GoalClause(q.group(1), offset + q.start(1), offset + q.end(1), deadline, True))
    return found


# 聚焦 | 某某论坛在京举行, 发布 | 《某办法》（全文）: a headline under a column tag, no goal
COLUMN_TAG = re.compile(r"^[^\s|｜，。]{1,12}\s*[|｜]")


def under_column_tag(label: str) -> bool:
    """Whether a goal label is a headline opened by a column tag (聚焦 |, 发布 |, 专题·某某 |) whose
    parts name no task (某某论坛在京举行; not 关注 | 某省发文 加强X监管, whose second part does)."""
    tag = COLUMN_TAG.match(label)
    return bool(tag) and not any(starts_with_goal_verb(part) for part in label[tag.end():].split())


# 《方案》从A、B等方面…, 《办法》在…中, 《征求意见稿》初步形成…: the document as the subject of how it is
# built, not of a task it sets (in train, dev and r13-15 none of these is a goal of its own; 《X》是…,
# a judgement, is left: on r14 one such clause matched a goal by its words)
_DOCUMENT_DESCRIBED = re.compile(r"^《[^》]+》(?:从|对|在|逐一|初步)")


def describes_document(label: str) -> bool:
    """Whether a goal label describes a document (《方案》从…方面, 《办法》在…中) rather than a task."""
    return bool(_DOCUMENT_DESCRIBED.match(label))
