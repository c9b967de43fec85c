"""Patterns for named events, documents and dateline media in running text."""
from __future__ import annotations

import re
from dataclasses import dataclass

CJK = "\u4e00-\u9fff"
_NUMERAL = "一二三四五六七八九十"
_EVENT_SUFFIX = re.compile(r"(?:博览会|论坛|峰会|大会(?![堂议场])|研讨会|座谈会|发布会|展览会|交易会|年会|推进会议?|工作会议|常务会议|"
                           r"全体会议|电视电话会议|视频会议|高峰会|洽谈会|对接会|交流会|启动会|开幕式|博鳌亚洲论坛|"
                           # a standard's or a policy's launch and briefing, a discussion: 某标准发布宣贯会, 某专题讨论会
                           r"宣贯会|讨论会|"
                           r"第[一二三四五六七八九十\d]+次会议|"
                           # sessions of a congress, a CPPCC or a party committee named by their numbers:
                           # 深圳市七届人大一次会议, 全国政协十三届五次会议, 省委十四届十二次全会, 省第十二次党代会
                           rf"届(?:全国)?(?:人大|政协)(?:常委会)?第?[{_NUMERAL}]+次(?:全体)?会议|"
                           rf"(?:人大|政协)(?:常委会)?[{_NUMERAL}]+届[{_NUMERAL}]+次(?:全体)?会议|"
                           rf"届[{_NUMERAL}]+次全会|第[{_NUMERAL}]+次党代会|"
                           # meetings of office-holders, briefings and presentations: 贸易部长会议, 领导人非正式会议,
                           # 国务院政策例行吹风会, 产业投资推介会, 发展规划论证会
                           r"(?:部长|部长级|馆长|校长|市长|领导小组|领导人非正式|高级别)会议|吹风会|记者会|推介会|论证会|报告会)")
# a year written after the name: 某某大会2023, 某某论坛(2019)
_YEAR_AFTER = re.compile(r"20\d\d(?![\d年月])|[（(]20\d\d[）)]")
# what stands before a meeting word in a mention that names no particular meeting (平行论坛,
# 闭幕大会, 全国政协大会: the plenary of a body, 一次重要大会; 六大高峰论坛: a count of them)
_COUNTED = re.compile(r"^[\d一二三四五六七八九十几多数]+(?:[场个项次]|大(?![会学]))")
# a count of times a named meeting is held, before its name (两次|某某产业供需对接会, 多场|某某推介会)
_COUNTED_LEAD = re.compile(r"^[\d一二两三四五六七八九十几多数]+[场次](?!会)")
_GENERIC_EVENT_HEADS = {"平行", "闭幕", "开幕", "千人", "全国", "全体", "一次重要", "重要", "专题", "全国政协", "高层", "高峰",
                        "全国人大", "政协", "人大", "各类", "各种", "有关", "相关", "上述"}
# words that describe a kind of meeting, not one meeting: a head made of them alone names none
# (专业论坛, 系列论坛, 专家研讨会, 行业创新大会, 系列新闻发布会); nor does a head that ends in 相关/有关/等
# (网络安全相关论坛) or in a count of the sessions (两大分论坛, 设一个主论坛)
_KIND_OF_MEETING = re.compile(r"(?:专业|系列|专家|行业|创新|相关|有关|各类|各种|上述|国际|大型|高端|主题|重要|专题|官方|现场)+")
_GENERIC_HEAD_END = re.compile(r"(?:相关|有关|等|[\d一两二三四五六七八九十几多数]+(?:大|个|场|项)(?:主|分|平行|专题)?)$")
# what opens a mention of a meeting without being its name: 首次|全国网络安全和信息化工作会议, 本次|论坛
_MENTION_LEAD = re.compile(r"(?:首次|本次|此次|这次|每次|历次|上次|下次|首场|本场|每场|本届|此届)")
# the part of speech (LAC's tags) of words that do not open a name: verbs, adverbs, prepositions,
# pronouns, particles and conjunctions (积极|承接|中国国际进口博览会, 发布|了|2021世界制造业大会)
_LEAD_TAGS = frozenset({"v", "vd", "ad", "d", "p", "r", "u", "c"})
# verbs whose object is a meeting: before a meeting word they make a clause, not a name
TAKES_A_MEETING = frozenset({"提交", "办好", "筹办", "承接", "秉持", "列席", "参与", "服务", "保障", "用好", "筹备",
                             "举办", "召开", "出席", "参加", "主持", "亮相", "走进", "借助", "依托", "利用", "发挥",
                             "运用", "抓住", "放大", "扩大", "莅临", "出席", "列席"})
# what ends a meeting's name scanned back from its meeting word (了 and 从 too: 发起了|某某峰会,
# 记者从|全市某某工作会议获悉)
_EVENT_STOP = re.compile(r"(?:[^" + CJK + r"A-Za-z0-9·（）()]|在|于|的|了|从|举行|召开|出席|参加|举办|主办|承办|和|与|及|暨|是|(?<!华)为|"
                         r"日前|近日|今天|昨天|当天|期间|本届|此次|这次|通过|上(?!海)|主持|欢迎|邀请|\d{1,2}月\d{1,2}日|"
                         # 某市委市政府向大会致贺信, 对论坛表示祝贺, 代表组委会 (not 面向, 针对, 人民代表大会)
                         r"(?<![面导走方趋转指朝])向|(?<![面针相应绝比核])对(?![话接口])|代表(?!大会)|给)")
# 与/和 end a name unless the part before them is a short topic (数字经济与未来发展…论坛)
_SOFT_STOP = "与和"
_SOFT_TOPIC_MAX = 8
# what is carried out, not a topic (…重要指示批示精神|和|中央经济工作会议: two things studied)
_WHAT_IS_CARRIED_OUT = re.compile(r"(?:精神|部署|要求|讲话|指示|批示)$")
# what a meeting of two sides is about (某省与某院合作建设领导小组会议): the side before 与 is the name's
_BETWEEN_TWO = re.compile(r"合作|交流|对接|协作")
_PARTY_MEETING = re.compile(r"(?:党的)?(?:十[一二三四五六七八九]?|二十)届[一二三四五六七八九]中全会"
                            # not a count of fields (教育等十一大领域, 第十一大)
                            r"|(?:党的)?(?<![等第])(?:十[一二三四五六七八九]|二十)大(?![学会领方类板行产])"
                            r"|(?:十[一二三四五六七八九]?|二十)届全国人大[一二三四五六七八九]次会议"
                            r"|全国两会"
                            # events known by their short names: 进博会, 冬奥会, 广交会 …
                            r"|进博会|服贸会|广交会|消博会|链博会|数博会|高交会|文博会|世博会|冬残奥会|冬奥会|残奥会|奥运会|亚运会")
_YEAR_ORDINAL = re.compile(r"^(?:20\d\d年?)?(?:第[一二三四五六七八九十百\d]+届)?")
_BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_FIVE_YEAR_PLAN = re.compile(r"(?:国家)?“?(十[一二三四五六七八九]五)”?(?:规划|时期规划)(纲要)?")
# reports and communiqués named without 《》: 党的二十大报告, 政府工作报告, 十九届五中全会公报
_MEETING_DOCUMENT = re.compile(r"(党的)?((?:十[一二三四五六七八九]?|二十)大|(?:十[一二三四五六七八九]?|二十)届[一二三四五六七八九]中全会)"
                               r"(报告|公报|决议|决定)|政府工作报告")
DOCUMENT_REFERENCES = ("行动计划", "行动方案", "实施方案", "若干措施", "规划纲要", "规划", "建议", "意见", "方案", "通知", "决定", "报告", "纲要", "办法", "条例",
                       "计划", "白皮书", "指数", "指南", "政策")


@dataclass(frozen=True)
class Found:
    label: str
    start: int
    end: int
    aliases: tuple[str, ...] = ()


def scan_back(text: str, start: int, end: int, longest: int = 30) -> int:
    """Where an event name ending at ``end`` starts: back from ``start`` to the first stop."""
    while start > 0 and end - start < longest:
        stop = _EVENT_STOP.match(text, start - 1)
        two = _EVENT_STOP.match(text, start - 2) if start >= 2 else None
        if two and two.end() == start:
            break
        if stop and stop.end() == start and not _joins_names(text, start - 1):
            break
        if _DATE_BEFORE.search(text, max(0, start - 6), start):   # …2019年7月15日|国务院政策例行吹风会
            break
        start -= 1
    return start


_DATE_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日\Z")


def _joins_names(text: str, at: int) -> bool:
    """A hyphen between two Chinese characters joins a name's parts (中国-东盟博览会), and so does a
    space between an acronym and a year (WAIC 2024全体会议)."""
    if at >= 1 and at + 1 < len(text) and text[at] == " " and text[at - 1].isascii() and text[at - 1].isalpha() \
            and text[at + 1].isascii() and text[at + 1].isdigit():
        return True
    if at >= 1 and at + 1 < len(text) and text[at] == " " and text[at - 1] in "·•" and "\u4e00" <= text[at + 1] <= "\u9fff":
        return True   # 某某大会· 某某论坛: a congress and its forum, one name
    if at < 1 or at + 1 >= len(text) or not "\u4e00" <= text[at + 1] <= "\u9fff":
        return False
    before = text[at - 1]
    return (text[at] in "-－•" and "\u4e00" <= before <= "\u9fff") or \
        (text[at] == "+" and before.isascii() and before.isalpha())   # …ICT+深度观察报告会


def events(text: str, is_entity=None, words=None) -> list[Found]:
    """Named meetings, congresses, expos and forums.

    ``is_entity(start, end)`` says whether the span ends with a known body, person or place:
    与/和 then end the name (郑州市与…论坛) instead of joining a short topic to it.
    ``words``: the text cut into words, (start, end, part of speech) in text order (LAC's,
    ``doc.user_data["kg_lac_words"]``): verbs and adverbs opening a candidate are cut off
    (积极承接|中国国际进口博览会), and a meeting word right after a verb is no name (提交大会)."""
    word_at = {w[0]: w for w in words or ()}
    word_ending = {w[1]: w for w in words or ()}
    out = []
    for m in _PARTY_MEETING.finditer(text):
        label = m.group(0)
        bare = label[2:] if label.startswith("党的") else label
        party = bare.endswith(("全会", "大", "次会议", "两会"))
        out.append(Found(bare, m.start(), m.end(), ("党的" + bare, bare) if party else ()))
    for m in _BRIEFING_ON.finditer(text):   # 国新办就…有关情况举行发布会: the briefing named by its subject
        out.append(Found(m.group(0), m.start(), m.end(), ()))
    for m in _EVENT_SUFFIX.finditer(text):
        end = m.end()
        if m.group(0) == "开幕式" and text[max(0, m.start() - 1):m.start()] in ("会", "坛"):
            continue   # 2021世界某某大会开幕式: the opening of the congress found just before
        start = scan_back(text, m.start(), end)
        if start > 1 and text[start - 1] in _SOFT_STOP:
            head = scan_back(text, start - 1, end)
            if words:   # 全面贯彻|全国网络安全和信息化工作会议
                head = after_lead_words(head, start - 1, word_at, text)
            topic = text[head:start - 1]
            inner = list(_EVENT_SUFFIX.finditer(topic))
            if _MEETING_END.search(topic):   # 十九届五中全会和中央经济工作会议: two meetings
                head, topic = start, ""
            elif inner:   # 第四届某大会数字经济与…论坛: the topic starts after the congress's name
                head, topic = head + inner[-1].end(), topic[inner[-1].end():]
            if 2 <= len(topic) <= _SOFT_TOPIC_MAX and not _WHAT_IS_CARRIED_OUT.search(topic) and re.fullmatch(f"[{CJK}A-Za-z0-9]+(?:[-－][{CJK}A-Za-z0-9]+)*", topic) \
                    and not re.search("[了着过]", topic) and not (is_entity and is_entity(head, start - 1)
                                                                  and not _BETWEEN_TWO.search(text, start, m.start())):
                start = head   # (甘肃省与)内蒙古自治区合作交流座谈会: a meeting of the two sides
        if start > 1 and text[start - 1] == "暨":
            head = scan_back(text, start - 1, end, longest=60)
            if words:
                head = after_lead_words(head, start - 1, word_at, text)
            topic = text[head:start - 1]
            bare = _YEAR_ORDINAL.sub("", text[start:end]) == m.group(0)
            # 2021某地同城暨某某产业投资推介会: a topic joined by 暨 is the name's; and so is a
            # meeting named before a bare 2018年工作会议 (某公司职工代表大会第三次会议暨2018年工作会议)
            if 2 <= len(topic) and (bare or len(topic) <= 16 and not _MEETING_END.search(topic)
                                    and not _EVENT_SUFFIX.search(topic) and not topic.endswith(("仪式", "活动"))):
                start = head
        q = _QUOTED_THEME.search(text[max(0, start - 44):start])
        if q:   # “推动高质量发展”系列主题新闻发布会: the quoted theme is part of the name
            start -= len(q.group(0))
            # 江西省…推进做优做强数字经济“一号发展工程”新闻发布会: and so is the run before it
            start = scan_back(text, start, end, longest=44)
        titled = None
        if m.group(0) == "发布会":
            while text[start] in ")）" and start < m.start():   # …简称《方案》)新闻发布会: not the name's bracket
                start += 1
            titled = _TITLE_BEFORE.search(text, max(0, start - 200), start)
        short_named = None
        if titled:   # 《某某方案》新闻发布会: the briefing is named by the document it presents
            if titled.group(1):   # 《全称》(以下简称《方案》)新闻发布会: also known without the short title
                short_named = text[titled.start():titled.start(1)] + text[start:end]
            start = titled.start()
        year = _YEAR_AFTER.match(text, end)
        if year and not m.group(0).endswith(("次会议", "全会", "党代会")):   # 某某大会2023: the year is the name's
            end = year.end()
        if words:
            start = after_lead_words(start, m.start(), word_at, text)
            before = word_ending.get(m.start())
            if before is not None and text[before[0]:before[1]] in TAKES_A_MEETING:
                continue   # 提交大会, 办好论坛: a verb and the meeting word, no name
        cppcc = [c.start() for c in _CPPCC_START.finditer(text, start, end) if text[c.start() - 1] != "届"]
        if cppcc and cppcc[-1] > start and "次会议" in m.group(0):   # 委员们履职|全国政协第十三届委员会第二次会议
            start = cppcc[-1]
        lead = _MENTION_LEAD.match(text, start, m.start())
        if lead and m.start() - lead.end() >= 2:   # 首次|全国网络安全和信息化工作会议
            start = lead.end()
        label = text[start:end]
        while label[:1] in "（(" and not re.search(r"[）)]", label):   # （…座谈会发言摘登）: not the name's bracket
            label, start = label[1:], start + 1
        core = _YEAR_ORDINAL.sub("", label)
        counted = _COUNTED_LEAD.match(label)
        if counted and len(label) - counted.end() >= 6:   # 两次|某某产业供需对接会: a count of the one named meeting
            start += counted.end()
            label = core = label[counted.end():]
        if len(core) < 4 or label.startswith(("主", "分", "本")) or _verb_led(core):
            continue
        if "次" not in m.group(0) and core[:-len(m.group(0))] in _GENERIC_EVENT_HEADS:   # 平行论坛, 闭幕大会: no particular meeting
            continue
        if "次" not in m.group(0) and _names_no_meeting(core[:-len(m.group(0))]):
            continue
        if _COUNTED.match(core):   # 7场大会, 多场论坛: a count of meetings
            continue
        if m.group(0) == "论坛" and re.search(r"(?:会|坛)[”」』》]?[主分]$", text[max(0, m.start() - 3):m.start()]):
            continue   # 第八届某峰会主论坛: a session of the congress named before it
        if label.endswith("人民代表大会") and not HELD.match(text, end):
            continue   # 向全国人民代表大会报告工作: the congress as a body, not one of its sessions
        aliases = {label, core, label.replace("“", "").replace("”", ""), *_session_aliases(label)}
        if year:
            aliases.add(text[start:year.start()])
        if short_named:
            aliases.add(short_named)
        m2 = re.match(r"^(20\d\d年?)(.+)$", label)
        if m2:
            aliases.add(m2.group(2))
        out.append(Found(label, start, end, tuple(sorted(aliases - {label}))))
    # 数字治理学术论坛成立大会: the forum inside the founding meeting's name is not a second event
    # (a numbered session stays: 十二届全国人大四次会议记者会 names a briefing at the session)
    out = [f for f in out if not any(g.start == f.start and g.end > f.end and
                                     ("暨" in g.label or not f.label.endswith(_SESSION_ENDS)) for g in out)]
    out = _acronym_references(_short_references(_joined_gatherings(out, text)), text)
    # 国新办新闻发布会, 这次新闻发布会: the article's one named briefing
    named = {f.label for f in out if f.label.endswith("发布会") and not _GENERIC_BRIEFING.match(f.label)}
    if len(named) == 1:
        one = named.pop()
        out = [Found(one, f.start, f.end, tuple(sorted(set(f.aliases) | {f.label})))
               if _GENERIC_BRIEFING.match(f.label) else f for f in out]
    return out


_SESSION_ENDS = ("次会议", "全会", "党代会", "大")
# what follows the name of the gathering an article reports: its short name in brackets, the date,
# where it is held and the verb of holding (…7月6日在北京开幕), or 上 (…（以下简称“某大会”）上表示)
_HELD_AFTER = re.compile(r"[”」』》]?(?:[（(][^（）()\n]{1,30}[）)])?\s*(?:(?:\d{1,2}月)?\d{1,2}日(?:[至—\-]\d{1,2}日)?"
                         r"(?:上午|下午|晚)?)?(?:将|正|已|于[^，。；在\n]{0,12})?(?:(?:在[\u4e00-\u9fff]{1,16}?)?"
                         r"(?:隆重|成功|盛大)?(?:开幕|举行|召开|举办|闭幕|拉开帷幕|启幕)|上)")
# a ceremony joined to a meeting by 暨 (…座谈会暨战略合作框架协议签约仪式, “某某”启动仪式暨…论坛)
_CEREMONY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}?仪式")


def _joined_gatherings(found: list[Found], text: str) -> list[Found]:
    """A暨B that is then said to be held (A暨B在北京举行, A暨B（以下简称“某大会”）上) is one
    gathering under the whole name, A and B its short names wherever they recur; so is a meeting
    joined by 暨 to a ceremony (…座谈会暨…签约仪式在某市举行, “某某”启动仪式暨…论坛在北京举办).
    A founding meeting stays apart from what it is joined to (某论坛成立大会暨首届研讨会)."""
    longest: dict[int, Found] = {}
    for f in found:
        if f.start not in longest or f.end > longest[f.start].end:
            longest[f.start] = f
    renamed: dict[str, Found] = {}
    for f in sorted(longest.values(), key=lambda f: f.start):
        if f.label in renamed or f.label.endswith("成立大会"):
            continue
        start, end, parts = f.start, None, [f]
        if text.startswith("暨", f.end):
            after = longest.get(f.end + 1)
            ceremony = _CEREMONY.match(text, f.end + 1)
            if after is not None:
                end, parts = after.end, [f, after]
            elif ceremony and not _EVENT_SUFFIX.search(ceremony.group(0)):
                end = ceremony.end()
        if end is None and text.endswith("仪式", 0, max(0, f.start - 1)) and text[f.start - 1] == "暨":
            head = scan_back(text, f.start - 3, f.start - 1)
            quoted = _QUOTED_THEME.search(text[max(0, head - 44):head])
            head -= len(quoted.group(0)) if quoted else 0
            if f.start - 1 - head >= 4:
                start, end = head, f.end
        if end is None or not _HELD_AFTER.match(text, end):
            continue
        label = text[start:end]
        names = {x for part in parts for x in (part.label, *part.aliases)}
        whole = Found(label, start, end, tuple(sorted(names - {label})))
        for part in parts:
            renamed[part.label] = whole
    if not renamed:
        return found
    out = []
    for f in found:
        whole = renamed.get(f.label)
        if whole is None:
            out.append(f)
        elif whole.start <= f.start and f.end <= whole.end:
            if not any(g is whole for g in out):
                out.append(whole)
        else:
            out.append(Found(whole.label, f.start, f.end, tuple(sorted(set(whole.aliases) | {f.label}))))
    return out
# held: a meeting word followed by one of these names a session (全省人民代表大会在西宁举行)
HELD = re.compile(r"[”」』》]?(?:[^，。；]{0,12}?)(?:开幕|举行|召开|举办|闭幕|拉开帷幕|启幕)")
_MEETING_END = re.compile(r"(?:全会|会议|大会|论坛|峰会|党代会|两会)$")


_N = "[一二三四五六七八九十]+"
_CPPCC_START = re.compile(r"全国政协|中国人民政治协商会议")


def _session_aliases(label: str) -> set[str]:
    """The short names of a national session or congress: 第十四届全国人民代表大会第二次会议 is
    十四届全国人大二次会议, 全国政协第十三届委员会第二次会议 is 全国政协十三届二次会议,
    中国共产党第十九次全国代表大会 is 党的十九大."""
    out = set()
    m = re.search(rf"第({_N})届全国人民代表大会第({_N})次会议$", label)
    if m:
        out |= {f"{m[1]}届全国人大{m[2]}次会议", f"第{m[1]}届全国人大第{m[2]}次会议"}
    m = re.search(rf"(?:全国政协|中国人民政治协商会议)第({_N})届(?:全国)?委员会第({_N})次会议$", label)
    if m:
        out |= {f"全国政协{m[1]}届{m[2]}次会议", f"{m[1]}届全国政协{m[2]}次会议"}
    m = re.search(rf"(?:中国共产党|党的)?第({_N})次全国代表大会$", label)
    if m:
        out |= {f"{m[1]}大", f"党的{m[1]}大"}
    return out


def after_lead_words(start: int, suffix_start: int, word_at: dict, text: str) -> int:
    """Where a candidate name starts once the adverbs, pronouns, prepositions and particles
    opening it are cut off, and the verbs that take a meeting as their object (发布了|2021世界
    制造业大会, 积极承接|中国国际进口博览会; not 新增|服务业…发布会, a name); a word that
    reaches the meeting word stays."""
    cut = False
    while True:
        w = word_at.get(start)
        if w is not None and w[2] == "TIME" and w[1] <= suffix_start and not re.search(r"\d", text[w[0]:w[1]]):
            start, cut = w[1], True   # 今年|…部长级会议, 前两年|吹风会 (not 2021年…)
            continue
        if w is None or w[2] not in _LEAD_TAGS or w[1] > suffix_start or \
                w[1] == suffix_start and w[2] in ("v", "vd") and text[w[0]:w[1]] not in TAKES_A_MEETING:
            return start   # (出席)了|开幕式, 莅临|论坛: nothing of a name is left
        if w[2] in ("v", "vd"):
            nxt = word_at.get(w[1])
            if not (cut or text[w[0]:w[1]] in TAKES_A_MEETING or
                    nxt is not None and nxt[2] in _LEAD_TAGS | {"LOC", "ORG", "nz", "nw", "m"} or
                    nxt is not None and nxt[2] == "n" and _opens_clause(text, w[0])):
                return start
        start, cut = w[1], True


def _opens_clause(text: str, at: int) -> bool:
    """``at`` opens a clause (；启动|世界某某大会…, 、截取|官方新闻发布会): a verb there opens the
    clause, not a meeting's name."""
    return at == 0 or text[at - 1] in "，,；;。、：:\n"


def _short_references(found: list[Found]) -> list[Found]:
    """院士论坛 after 世界大健康院士论坛: a name that ends another one found in the article, or one
    of its short names (A of A暨B), of at least four characters and only one such, is a short
    reference to it; so is a name opening with an acronym for the words another opens with
    (CSIAM|某某论坛 and 中国某某学会|某某论坛)."""
    names: dict[str, set[str]] = {}
    for f in found:
        names.setdefault(f.label, set()).update({f.label, *f.aliases})
    out = []
    for f in found:
        longer = {g for g, known in names.items() if g != f.label and len(f.label) >= 4
                  and any(x != f.label and x.endswith(f.label) for x in known)
                  and not _GENERIC_BRIEFING.match(f.label)}
        acronym = _OPENING_ACRONYM.match(f.label)
        if not longer and acronym and len(f.label) - acronym.end() >= 6:
            rest = f.label[acronym.end():]
            longer = {g for g in names if g != f.label and g.endswith(rest) and not _OPENING_ACRONYM.match(g)}
        if len(longer) == 1:
            full = longer.pop()
            f = Found(full, f.start, f.end, tuple(sorted(set(f.aliases) | {f.label})))
        out.append(f)
    return out


_OPENING_ACRONYM = re.compile(r"[A-Z]{2,8}(?=[\u4e00-\u9fff])")
_ACRONYM_MEETING = re.compile(r"^(?P<acronym>[A-Z]{2,8})(?:大会|论坛|峰会|博览会)$")
_SENTENCE_END = re.compile(r"[。！？\n]")


def _acronym_references(found: list[Found], text: str) -> list[Found]:
    """BCS大会 after BCS2023北京网络安全大会, WAIC大会 after 世界人工智能大会（WAIC 2024）: a meeting
    named by an acronym is the one event found whose name holds the acronym or that the acronym
    follows in brackets in its sentence."""
    out = []
    for f in found:
        m = _ACRONYM_MEETING.match(f.label)
        named_by = [g for g in found if m and g.label != f.label and _named_by(g, m.group("acronym"), text)]
        named = {g.label for g in named_by}
        if len(named) > 1:   # WAIC大会 is the 大会 (…大会暨…会议 too), not its WAIC 2024全体会议
            kind = f.label[len(m.group("acronym")):]
            named = {g.label for g in named_by if any(x.endswith(kind) for x in (g.label, *g.aliases))}
        if len(named) == 1:
            f = Found(named.pop(), f.start, f.end, tuple(sorted(set(f.aliases) | {f.label})))
        out.append(f)
    return out


def _named_by(event: Found, acronym: str, text: str) -> bool:
    if acronym in event.label:
        return True
    stop = _SENTENCE_END.search(text, event.end)
    after = text[event.end:stop.start() if stop else len(text)]
    return bool(re.search(r"[（(]\s*(?:以下)?(?:简称)?“?" + re.escape(acronym), after[:60]))


def _names_no_meeting(head: str) -> bool:
    """The words before a meeting word name a kind of meeting or count them, not one meeting
    (专业|论坛, 系列新闻|发布会, 网络安全相关|论坛, “数字全球化”两大分|论坛)."""
    bare = head.replace("“", "").replace("”", "")
    if bare.endswith("新闻") and len(bare) > 2:   # 系列新闻|发布会 (新闻|发布会 alone is the briefing the article reports)
        bare = bare[:-2]
    return bool(bare) and (_KIND_OF_MEETING.fullmatch(bare) is not None or _GENERIC_HEAD_END.search(bare) is not None)


def _verb_led(core: str) -> bool:
    """发挥峰会(承办地优势), 积极运用峰会(成果): a short "name" that opens with a verb or an
    adverb is the clause around a generic mention, not the event's name."""
    from .jieba_dict import jieba_dictionary
    entry = jieba_dictionary().common.get(core[:2])
    return len(core) <= 6 and entry is not None and entry[1] in ("v", "d", "ad")


_TITLE_BEFORE = re.compile(r"《[^《》\n]{2,120}》(?:[和、及与]《[^《》\n]{2,120}》)*"
                           r"([（(](?:以下)?简称《[^《》\n]{1,20}》[）)])?\Z")
_BRIEFING_ON = re.compile(r"(?:国务院新闻办公室|国务院新闻办|国新办|新闻办)就[^，。；：\n“”《》]{4,40}?举行(?:新闻)?发布会")
_QUOTED_THEME = re.compile(r"“[^“”。；：\n]{2,40}”\Z")   # a comma may stand inside (“数据价值化，我们在行动”)
_GENERIC_BRIEFING = re.compile(r"^(?:国新办|国务院新闻办公室?|国务院新闻办|[省市区县]政府新闻办(?:公室)?)?(?:新闻)?发布会$")


_SHORT_TITLE = re.compile(r"[（(](?:以下)?简称(《[^《》\n]{1,20}》)[）)]")
# 《A》、《B》，以及《C》（以下分别简称《甲》、《乙》、《丙》）: one short title for each, in order
_SHORT_TITLES = re.compile(r"[（(](?:以下)?分别简称((?:《[^《》\n]{1,20}》[、，,和及与]{0,2}){2,})[）)]")


def documents(text: str) -> list[Found]:
    """《…》 titles and five-year plans (“十四五”规划)."""
    out = []
    short_titles: dict[int, int] = {}   # start of （以下简称《规划》）'s 《规划》 → index of the full title
    for m in _BOOK_TITLE.finditer(text):
        label = m.group(1).strip()
        if m.start() in short_titles:   # the short title: an alias of the full one, not a second document
            full = out[short_titles[m.start()]]
            out[short_titles[m.start()]] = Found(full.label, full.start, full.end,
                                                 tuple(sorted({*full.aliases, label, m.group(0)})))
            continue
        out.append(Found(label, m.start(), m.end(), (m.group(0),)))
        short = _SHORT_TITLE.match(text, m.end())
        if short:
            short_titles[short.start(1)] = len(out) - 1
        several = _SHORT_TITLES.match(text, m.end())
        if several:
            shorts = list(re.finditer(r"《[^《》\n]{1,20}》", several.group(1)))
            if len(shorts) <= len(out):
                for k, s in enumerate(shorts):   # the last len(shorts) titles, in order
                    short_titles[several.start(1) + s.start()] = len(out) - len(shorts) + k
    for m in _FIVE_YEAR_PLAN.finditer(text):
        label = f"{m.group(1)}规划" + (m.group(2) or "")
        aliases = {m.group(0), f"“{m.group(1)}”规划", f"{m.group(1)}规划"}
        out.append(Found(label, m.start(), m.end(), tuple(sorted(aliases - {label}))))
    for m in _MEETING_DOCUMENT.finditer(text):
        if any(f.start <= m.start() < f.end for f in out):
            continue
        if m.group(2):
            bare = m.group(2) + m.group(3)
            label = ("党的" + bare) if m.group(2).endswith("大") else bare
            aliases = {"党的" + bare, bare} - {label}
        else:
            label, aliases = m.group(0), set()
        out.append(Found(label, m.start(), m.end(), tuple(sorted(aliases))))
    return out


_DATELINE = re.compile(r"^[（(]?([" + CJK + r"]{2,8}?(?:社|网|报|台|日报|新闻))([" + CJK + r"]{2,4})?"
                       r"\d{1,2}月\d{1,2}日(?:电|讯)")


# one-character names of cities, used after 在 in "在京举行"
CITY_ABBREVIATIONS = {"京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "穗": "广州", "蓉": "成都",
                      "杭": "杭州", "汉": "武汉", "深": "深圳", "港": "香港", "澳": "澳门", "榕": "福州",
                      "厦": "厦门", "筑": "贵阳", "昆": "昆明", "甬": "宁波", "锡": "无锡", "苏": "苏州"}


# 光明网讯（记者 …）, C114讯 3月29日消息: an outlet's dateline without a date
_BARE_DATELINE = re.compile(r"^([A-Za-z0-9" + CJK + r"]{2,10}?(?:网|报|社|台|新闻)?)(?:讯|消息)(?=[\s\u3000（(\d])")


def dateline(paragraph: str) -> tuple[str, str | None] | None:
    """新华网北京10月20日电 → ('新华网', '北京'); 光明网讯（记者 …） → ('光明网', None)."""
    m = _DATELINE.match(paragraph)
    if m:
        return m.group(1), m.group(2)
    m = _BARE_DATELINE.match(paragraph)
    if m and not m.group(1).startswith(("本", "据", "好", "坏", "新", "最新")):
        name, place = m.group(1), None
        dated = re.fullmatch(r"(.{2,}?(?:网|报|社|台|新闻|在线))([" + CJK + r"]{2,3})?\d{1,2}月\d{1,2}日", name) or \
            re.fullmatch(r"(.{2,}?)()\d{1,2}月\d{1,2}日", name)
        if dated:   # 浙江在线7月29日讯, 某某网北京3月19日消息: the outlet, without its place and date
            name, place = dated.group(1), dated.group(2) or None
        name = re.sub(r"(?:客户端|APP|App|微信公众号|官方微博)$", "", name)   # 某某报客户端讯: the paper's
        return (name, place) if len(name) >= 2 else None
    return None
