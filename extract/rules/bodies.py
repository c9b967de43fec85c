"""Bodies (agencies and organisations) outside an apposition: chains of bodies in running
text, party committees beside their government, short party units, democratic parties'
committees, short names (以下简称…) and 该部/该局 references.

Reads from the context: ``text``, ``doc`` (its ``kg_lexicon`` spans), ``known_bodies``,
``body_terms``, ``place_names``, ``place_prefixes``, ``taken``, ``reg``.
Writes to the context: ``reg`` (Agency and Organization entities, their parents, aliases and
mentions; merged entities), ``relations`` (subOrganizationOf; subjects and objects of merged
entities), ``taken`` (the characters of a body chain).
"""
from __future__ import annotations

import bisect
import heapq
import re
from functools import lru_cache

from cnkg.extract import bodies
from cnkg.extract import confidence as conf
from cnkg.extract.rules.context import FactContext


def add_body_chain(ctx: FactContext, links: list[bodies.BodyLink], start: int, confidence: float, *,
                   contiguous: bool = True) -> str | None:
    """Register a chain of bodies (parent first), linked by subOrganizationOf; returns the last key.

    ``contiguous=False``: the first link was named earlier in the sentence, not at ``start``."""
    term_number = _TERM_NUMBER.match(links[0].surface) if links and contiguous else None
    if term_number and len(links[0].surface) - term_number.end() >= 2:   # 十四届|全国政协: the term, not the name
        surface = links[0].surface[term_number.end():]
        links = [bodies.BodyLink(surface, links[0].type, surface in ctx.known_bodies), *links[1:]]
        start += term_number.end()
    parent = None
    parent_type = None
    parent_surface = None
    pos = start
    for n, link in enumerate(links):
        if not contiguous and n == 0:
            entity = ctx.reg.find(link.surface, "Agency")
            if entity is not None:
                parent, parent_type, parent_surface = entity.key, entity.type, link.surface
                pos = start + len(link.surface)
                continue
        # 某省委|网信办: a local committee's office, named like a central body the lexicon knows, is not that body
        local_office = parent is not None and not link.known and ctx.lexicon_term(link.surface) is not None
        term = None if local_office else (
            ctx.lexicon_term(link.surface) or ctx.lexicon_term(bodies.strip_legal_form(link.surface)) or
            (ctx.lexicon_term(bodies.without_country(link.surface)) if link.known else None))
        label = term.canonical if term else (parent_surface + link.surface if local_office else link.surface)
        if parent is not None and link.surface.startswith("附属"):   # named with its university: 复旦大学附属中山医院
            label = (ctx.text[start:pos] if contiguous and n >= 2 else
                     parent_surface or ctx.reg.entities[parent].label) + link.surface   # 某大学医学院附属第一医院: the whole chain
        existing = None if local_office else ctx.reg.find(link.surface, "Agency")
        # 甲大学人工智能研究院 after 乙大学人工智能研究院: the same bare name, another body's unit
        other_body_s = existing is not None and parent is not None and not link.known and \
            existing.parent not in (None, parent) and existing.key != parent
        if other_body_s:
            existing = None
        aliases = list(term.surfaces) if term else []
        if parent is not None and not link.known:
            full = ctx.reg.entities[parent].label + link.surface
            aliases.append(full)
            if parent_surface and parent_surface + link.surface != full:   # 中科院物理研究所, as written
                aliases.append(parent_surface + link.surface)
            if existing is None:
                existing = ctx.reg.find(full, "Agency")
            if other_body_s and existing is None:
                label = full   # named with its body, so the bare name keeps finding the first unit
        type_ = existing.type if existing else (term.type if term else link.type)
        if existing is not None:
            entity = ctx.reg.add(existing.type, existing.label, aliases=[link.surface, *aliases],
                                 confidence=confidence, mention=ctx.mention(pos, pos + len(link.surface)))
        else:
            entity = ctx.reg.add(type_, label, aliases=aliases, label_en=term.english if term else None,
                                 confidence=confidence if not link.known else conf.KNOWN_BODY_IN_CHAIN,
                                 mention=ctx.mention(pos, pos + len(link.surface)),
                                 parent=parent if not link.known else None)
        if parent is not None and not link.known and entity.key != parent:   # never its own unit
            entity.parent = entity.parent or parent
            ctx.relate(entity.key, "subOrganizationOf", parent, ctx.sentence_at(pos), confidence=conf.CHAIN_SUB_ORGANIZATION)
        parent, parent_type, parent_surface = entity.key, entity.type, link.surface
        pos += len(link.surface)
    if contiguous:
        ctx.taken.add(start, pos)
    return parent


#: a body's term before its name (十四届全国政协, 第十届某省政协)
_TERM_NUMBER = re.compile(r"第?[一二三四五六七八九十]{1,3}届")


RUN_BREAK = re.compile(r"联合|编写|编制|发布|举办|主办|承办|牵头|会同|携手|共同|指导|支持|正在|正|将|已|在|的|"
                        r"共建|组建|成立|揭牌|依托|签署|签约|"   # 某大学|共建实验室: a founding verb ends the name
                        r"建设成为|成为|打造|(?<!自)由|积极|参与|院士|组成|"
                        # a clause or a count, never inside a name: 淮南市召开…, 江西5名市委书记, 黑龙江等省也各有
                        r"召开|宣布|调任|会见|任命|免去|共有|各有|也有|\d+[名家个位所]|等[省市地]|"
                        # 深圳建设国际科技创新中心: an aim (not 城乡建设部, 建设银行, 生产建设兵团)
                        r"建设(?![部银兵厅局委管集工投])")


_COORDINATION = re.compile(r"(?<!以)[和与及]")


# a preposition or conjunction right after a body's suffix ends the run (not 分析与应用 inside a name)
_BREAK_AFTER_BODY = re.compile(r"向|对|代表|为|与|以及")


_PARTY_AND_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,6}?)([省市区县州])委\2(人民)?政府")


def add_party_and_government(ctx: FactContext, chunk: str, start: int) -> bool:
    """天津市委市政府, 四川省委省政府: the party committee and the government side by side, not a unit of it."""
    m = _PARTY_AND_GOVERNMENT.match(chunk)
    if not m or not (m.group(1) in ctx.place_names or m.group(1) + m.group(2) in ctx.place_names):
        return False
    place = m.group(1) + m.group(2)
    split = start + len(place) + 1
    ctx.reg.add("Agency", place + "委", confidence=conf.PARTY_AND_GOVERNMENT, mention=ctx.mention(start, split))
    ctx.reg.add("Agency", place + "政府", aliases=[place + "人民政府"], confidence=conf.PARTY_AND_GOVERNMENT,
                mention=ctx.mention(split, start + m.end()))
    ctx.taken.add(start, start + m.end())
    return True


#: a kind of laboratory or centre the state names by its level: 国家实验室, 全国重点实验室, 国家工程研究中心
_KIND_OF_LAB = re.compile(r"(?:国家|全国)(?:级)?(?:重点)?(?:实验室|工程实验室|工程研究中心|技术创新中心|制造业创新中心|"
                          r"产业创新中心|企业技术中心|工程技术研究中心|临床医学研究中心)")
#: endings of a unit of a central body named right after it (财政部|资产管理司, 中国人民银行|上海总部)
_CENTRAL_UNIT_SUFFIXES = ("司", "总部")


def find_bodies_in_running_text(ctx: FactContext) -> None:
    """Bodies named outside an apposition: 此报告由北京大学…实验室联合多家单位编写.

    A run starts at a known body or place (or 中国/国家…) and ends at the last
    organisation suffix before a verb or punctuation; it is split into a chain."""
    starts = sorted({sp.start_char for sp in ctx.doc.spans.get("kg_lexicon", [])
                     if sp.label_ in ("Agency", "Organization", "Place")}
                    | {m.start() for m in re.finditer(r"(?:健康|数字|美丽|平安|法治|智慧)?中国|国家|全国|中华", ctx.text)})
    suffixes = tuple(sorted(bodies.RUNNING_TEXT_SUFFIXES, key=len, reverse=True))
    local_suffixes = tuple(sorted(bodies.RUNNING_TEXT_SUFFIXES + bodies.LOCAL_GOVERNMENT_SUFFIXES, key=len, reverse=True))
    central_suffixes = tuple(sorted(local_suffixes + _CENTRAL_UNIT_SUFFIXES, key=len, reverse=True))
    heapq.heapify(starts)   # a coordinated body (…政府和苏州大学) adds its start
    done = set()
    while starts:
        start = heapq.heappop(starts)
        if start in done or ctx.taken.covers(start):
            continue
        done.add(start)
        if ctx.text[max(0, start - 2):start] in ("成为", "打造", "建设", "建成", "创建", "争创"):   # 打造中国一流…中心: an aim, not a body
            continue
        m = re.match(r"[\u4e00-\u9fffA-Za-z0-9（）()·]{3,40}", ctx.text[start:start + 40])
        if not m:
            continue
        chunk = re.split(r"[（(](?:以下)?(?:简称|下称)", m.group(0))[0]   # …中心（简称…）: the short name is not a unit
        if bodies.closes_unopened_bracket(chunk):   # 某某（北京|）科技有限公司, （来源：某某网站|）: the run ends
            chunk = chunk[:re.search(r"[）)]", chunk).start()]   # at the bracket it never opened
        brk = RUN_BREAK.search(chunk, 2)
        if brk:
            chunk = chunk[:brk.start()]
        post = _post_pattern(tuple(ctx.posts)).search(chunk, 2)
        if post:   # 亳州市委|常委, 吉林省|代省长…: the body ends before a post (not 常委会, 理事会)
            # …and inside 省委书记, 党委常委: the committee is the body's
            chunk = chunk[:post.start() + (2 if _keeps_its_committee(ctx, chunk[:post.start()], post.group()) else 0)]
        for brk in _COORDINATION.finditer(chunk, 2):   # 苏州市人民政府|和|苏州大学: two bodies
            tail = chunk[brk.end():]
            head = _CAMPUS_END.sub("", chunk[:brk.start()])
            if (head.endswith(bodies.ORG_SUFFIXES) or head in ctx.known_bodies) and \
                    any(tail.find(x, 2) >= 0 for x in local_suffixes):   # 智谱华章|与|之江实验室 too
                chunk = chunk[:brk.start()]
                heapq.heappush(starts, start + brk.end())
                break
        for brk in _BREAK_AFTER_BODY.finditer(chunk, 2):   # 天津市委市政府|向…, 深圳市科创委|与…
            if chunk[:brk.start()].endswith(local_suffixes):
                chunk = chunk[:brk.start()]
                break
        if add_party_and_government(ctx, chunk, start):
            continue
        local = chunk.startswith(ctx.place_prefixes)   # 浙江省经济和信息化厅, 杭州市人民政府
        opening = None if local else ctx.body_opening(chunk, 2)
        central = opening is not None and ctx.known_bodies.get(opening) == "Agency"   # 财政部资产管理司, 某部办公厅
        if central:
            unit = chunk[len(opening):]
            if re.match(r"[（()）]|有关|相关|各|其他|驻", unit):
                central = False   # 某部（某司）, 某部有关司局, 某委驻某部: no unit named after the body
            chunk = re.split(r"[（(]", chunk)[0]
        ends = [e.end() for e in re.finditer("|".join(central_suffixes if central else local_suffixes if local else suffixes),
                                             chunk)
                if e.end() >= 4 and chunk[e.end():e.end() + 1] not in ("长", "员")   # 市委|委员, 局|长: a post
                and not (e.group(0) == "日报" and (chunk[e.start() - 1].isdigit() or chunk[e.end():e.end() + 1] == "道"))]
        ends = [_with_campus(ctx, chunk, end) for end in ends]
        for end in reversed(ends):
            if clause_word_end(ctx, start, start + end) > start:
                continue   # 上海出席上海市委, 国家应鼓励…医院: a clause, not a name
            campus = _CAMPUS_END.search(chunk[:end])
            links = bodies.split_body_chain(chunk[:campus.start()] if campus else chunk[:end], ctx.known_bodies,
                                            ctx.place_names)
            if links and campus:   # 中国矿业大学（北京）: one university, named with its campus
                links[-1] = bodies.BodyLink(links[-1].surface + campus.group(0), links[-1].type, False)
            if len(links) == 1 and _KIND_OF_LAB.fullmatch(links[0].surface):
                break   # 国家实验室, 全国重点实验室: a kind of laboratory, not one of them
            if _is_kind_of_park(chunk[:end]):
                break   # 国家网络安全产业园区, 全国数据标注基地: a kind of park or base, not one of them
            if chunk[:end].endswith(bodies.PARK_SUFFIXES) and _opens_with_place(ctx, chunk):
                break   # 某市数据标注基地, 某某科技园区: read as a place's park, the place would be lost
            if links and not (len(links) == 1 and links[0].known) and links[-1].surface not in ctx.place_names:
                if not links[-1].known and links[-1].surface.endswith(_FACILITIES) and \
                        not _is_local_big_data_centre(ctx, links):
                    break   # 全国一体化大数据中心(体系建设): a facility, not a body
                add_body_chain(ctx, links, start, conf.RUNNING_TEXT_BODY)
                break


#: a university's department right after its name: 计算机系, 数学系, 中文系 (not 体系, 系统, 系列 …)
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{1,5}?)系(?![统列数])")
#: characters of a clause or of a word that ends in 系 without being a department (体系, 关系, 联系, 派系)
_NOT_A_DEPARTMENT = re.compile(r"[的和与及在是将等了为对从由把被向]|体$|关$|联$|派$|直$|星$|水$|谱$|世$|母$|父$")


def find_university_departments(ctx: FactContext) -> None:
    """某某大学计算机系, 北大数学系: a department named right after its university is a unit of it
    (subOrganizationOf), named as written."""
    for university in ctx.reg.of_type("Organization", "Agency"):
        if not any(n.endswith("大学") or n in ("北大", "清华") for n in (university.label, *university.aliases)):
            continue
        for m in list(university.mentions):
            dept = _DEPARTMENT.match(ctx.text, m.end)
            if not dept or _NOT_A_DEPARTMENT.search(dept.group(1)) or ctx.taken.covers(m.end):
                continue
            surface = ctx.text[m.start:m.end]
            links = [bodies.BodyLink(surface, university.type, True), bodies.BodyLink(dept.group(0), "Organization", False)]
            add_body_chain(ctx, links, m.start, conf.UNIVERSITY_DEPARTMENT)


#: the democratic parties' short names, which open their local committees' names (民盟北京市委)
_DEMOCRATIC_PARTY = re.compile(bodies.DEMOCRATIC_PARTIES)


#: LAC's tags of the words of a clause, never inside a body's name: verbs, adverbs, pronouns,
#: prepositions, conjunctions and particles (出席, 应, 我校, 与, 的)
_CLAUSE_TAGS = {"v", "vd", "d", "ad", "r", "p", "c", "u", "xc"}
#: verbs that name a field inside a name (类脑计算联合实验室, 智能制造研究院), never a clause's verb (出席, 走出)
FIELD_VERB = re.compile(r"计算|制造|检测|测试|通信|设计|控制|加工|监测|存储|感知|传感|识别|交互|驾驶|导航|诊断|治理|"
                        r"服务|管理|发展|开发|应用|创新|育种|合成|转化|融合|计量|勘探|规划|评估|评价|认证|装备|网联|执行|"
                        r"监督|监察|审查|协调|保障|促进|推广|改革|建设|交流|合作|推进|领导|指导|工作")


# 某学会第六届会员代表大会, 某百人会·某地论坛, 某联盟成立仪式: a body, then what it holds
_BODY_BEFORE_ITS_MEETING = re.compile(
    r"(?:\d{4}年?度?)?(.{2,30}?(?:分会|协会|学会|商会|联合会|研究会|促进会|联盟|百人会|基金会|研究院|中心|集团|公司))"
    r"(?=第[一二三四五六七八九十\d]+届|[一二三四五六七八九十\d]+届|年会|成立(?:大会|仪式)|会员代表大会|理事会|[·•]|"
    r"论坛|峰会|揭牌|\d{4})")


def find_bodies_named_in_event_names(ctx: FactContext) -> None:
    """某商会某分会第六届会员代表大会, 某百人会·常州论坛: the body an event's name opens with is
    one of the article's bodies (of its parent, when both are named), even where the text
    names it nowhere else."""
    for event in ctx.reg.of_type("Event"):
        m = _BODY_BEFORE_ITS_MEETING.match(event.label)
        if not m or not event.mentions or re.search(r"届|第", m.group(1)):
            continue   # 政协某省第十三届委员会第一次会议: a term of a council, not a body of its own
        name = m.group(1)
        if ctx.reg.find(name, "Agency") or ctx.reg.find(name, "Organization"):
            continue
        at = ctx.text.find(name, event.mentions[0].start)
        links = bodies.split_body_chain(name, ctx.known_bodies, ctx.place_names) or _society_and_branch(ctx, name)
        if at >= 0 and links:
            add_body_chain(ctx, links, at, conf.BODY_IN_EVENT_NAME)


#: the endings of a society's branch and of a society the body chains do not know (某商会某分会, 某百人会)
_SOCIETY_ENDINGS = ("分会", "百人会", "商会", "研究会", "促进会", "联合会", "协会", "学会")


def _society_and_branch(ctx: FactContext, name: str) -> list[bodies.BodyLink]:
    """某商会|某分会 as a chain of two (the society first), or 某百人会 as one body."""
    if not name.endswith(_SOCIETY_ENDINGS) or len(name) < 4:
        return []
    for n in range(len(name) - 3, 3, -1):
        head = name[:n]
        if head.endswith(_SOCIETY_ENDINGS + bodies.ORG_SUFFIXES[:22]) or head in ctx.known_bodies:
            return [bodies.BodyLink(head, bodies.body_type(head), head in ctx.known_bodies),
                    bodies.BodyLink(name[n:], "Organization", False)]
    return [bodies.BodyLink(name, bodies.body_type(name), name in ctx.known_bodies)]


# 某某大会秘书长, 某某大会国际组织: what only a body has, right after the name
_WHAT_ONLY_A_BODY_HAS = re.compile(r"(?:副?秘书长|副?理事长|秘书处|国际组织|理事单位|会员单位)")


def organisations_named_like_their_meetings(ctx: FactContext) -> None:
    """世界某某大会秘书长某某, 成立世界某某大会国际组织: a name the article gives a secretary-general
    or an organisation of is the body that holds the meeting, not one meeting (an edition,
    2024年某某大会, stays an event)."""
    for event in list(ctx.reg.of_type("Event")):
        label = event.label
        if re.match(r"\d|第|本", label) or not label.endswith(("大会", "论坛", "峰会", "博览会")):
            continue
        found = [m for m in re.finditer(re.escape(label), ctx.text)
                 if _WHAT_ONLY_A_BODY_HAS.match(ctx.text, m.end()) and not re.search(r"\d{4}年?$|第[^，。]{1,4}届$",
                                                                                  ctx.text[max(0, m.start() - 6):m.start()])]
        if not found:
            continue
        ctx.forget([event])
        aliases = [a for a in event.aliases if a] + [label + "国际组织"] * any(
            ctx.text.startswith("国际组织", m.end()) for m in found)
        for m in event.mentions or [None]:
            ctx.reg.add("Organization", label, aliases=aliases, confidence=conf.BODY_IN_EVENT_NAME, mention=m)


def clause_word_end(ctx: FactContext, start: int, end: int) -> int:
    """Where the last clause word (a verb, adverb, pronoun, preposition …, by LAC's tags) inside
    ``start``–``end`` ends, before the name's last two characters and outside a lexicon name;
    ``start`` when there is none or the pipeline ran no LAC."""
    words = ctx.lac_words
    if not words:
        return start
    i = max(0, ctx.word_index(start))
    if words[i][0] < start:
        i += 1
    last = start
    while i < len(words) and words[i][1] <= end - 2:
        w_start, w_end, tag = words[i]
        word = ctx.text[w_start:w_end]
        if tag in _CLAUSE_TAGS and not (tag == "v" and FIELD_VERB.fullmatch(word)) \
                and not (word in _AND and not _ends_body_or_post(ctx, ctx.text[start:w_start])) \
                and not ctx.in_lexicon_name(w_start, w_end):
            last = w_end
        i += 1
    return last


_AND = {"与", "和", "及", "或", "同", "暨"}


def _ends_body_or_post(ctx: FactContext, before: str) -> bool:
    """分析与应用 (a name's field) is no coordination of bodies; 部长与…, 某某大学和… are."""
    return before.endswith(bodies.ORG_SUFFIXES) or any(before.endswith(p) for p in ctx.posts if len(p) >= 2)


_FACILITIES = ("数据中心", "算力中心", "计算中心", "超算中心")


def _is_local_big_data_centre(ctx: FactContext, links: list[bodies.BodyLink]) -> bool:
    """某省大数据中心, 某市大数据中心: a province's or city's agency for its data, not a facility."""
    name = "".join(link.surface for link in links)
    return name.endswith("大数据中心") and name[:-len("大数据中心")] in ctx.place_names
_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[）)]")
_CAMPUS_END = re.compile(r"[（(][\u4e00-\u9fff]{2,3}[）)]$")


def _with_campus(ctx: FactContext, chunk: str, end: int) -> int:
    """中国矿业大学（北京）: a university's campus city in brackets is part of its name."""
    m = _CAMPUS.match(chunk, end)
    if m and chunk[:end].endswith(("大学", "学院")) and m.group(1) in ctx.place_names:
        return m.end()
    park = _PARK_SITE.match(chunk, end)   # 国家某某产业园区（通州园）: a park named with its site
    if park and chunk[:end].endswith(bodies.PARK_SUFFIXES) and park.group(1).endswith(("园", "园区", "片区")):
        return park.end()   # (a bare place in the brackets, （北京）, stays a place of its own)
    return end


def _opens_with_place(ctx: FactContext, chunk: str) -> bool:
    """某市…, 中关村…: the run opens with a place's name (with or without its level)."""
    return chunk.startswith(ctx.place_prefixes) or any(chunk.startswith(p) for p in ctx.place_names if len(p) >= 2)


def _is_kind_of_park(name: str) -> bool:
    """A park or base named by the nation and its field alone (国家某某产业园区, 全国某某基地) is a kind
    of park, a programme's aim; one park is named with its site (国家某某产业园区（通州园）)."""
    return name.endswith(bodies.PARK_SUFFIXES) and name.startswith(("国家", "全国", "中国")) and \
        not _PARK_SITE.search(name)


_PARK_SITE = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


_COMMITTEE_HEADS = ("党委", "党组", "省委", "市委", "区委", "县委")


def _keeps_its_committee(ctx: FactContext, body: str, post: str) -> bool:
    """某省委|书记, 某自治区党委|常委: a place's party committee is the body the post is in; a body's own
    党委 or 党组 (某部党委委员, 某大学党委书记) is part of the post held in that body."""
    if not post.startswith(_COMMITTEE_HEADS):
        return False
    if not post.startswith(("党委", "党组")):
        return True
    place = body.removeprefix("中共")
    return place.endswith("自治区") or place in ctx.place_names


@lru_cache(maxsize=4)
def _post_pattern(posts: tuple[str, ...]) -> re.Pattern:
    """The lexicon's posts of two characters or more, not where they open a body's word
    (委员会, 常委会, 理事会, 秘书处)."""
    words = sorted((p for p in posts if len(p) >= 2), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?![会处团组室厅部局])")


_SHORT_PARTY_UNIT = re.compile(r"([省市区县州])委[\u4e00-\u9fff]{2,}")


def attach_short_party_units(ctx: FactContext) -> None:
    """天津市委常委、市委教育工委书记: a unit named 市委X/省委X belongs to the party
    committee (天津市委) named last before it in the same sentence."""
    committees = [(m, e) for e in ctx.reg.of_type("Agency") if len(e.label) > 2 and
                  re.fullmatch(r"[\u4e00-\u9fff]{2,6}[省市区县州]委", e.label) for m in e.mentions]
    for unit in ctx.reg.of_type("Agency", "Organization"):
        short = _SHORT_PARTY_UNIT.fullmatch(unit.label)
        if not short or unit.parent:
            continue
        for um in unit.mentions:
            before = [(m.end, e) for m, e in committees if m.sentence == um.sentence and m.end <= um.start
                      and e.label.endswith(short.group(1) + "委") and e.key != unit.key]
            if before:
                parent = max(before, key=lambda x: x[0])[1]
                unit.parent = parent.key
                ctx.relate(unit.key, "subOrganizationOf", parent.key, um.sentence, confidence=conf.SHORT_PARTY_UNIT_PARENT)
                break


#: a party committee's working body named bare (宣传部, 政法委), as after the committee's post: 某市委常委、政法委书记
_BARE_PARTY_UNIT = re.compile(r"组织部|宣传部|统战部|政法委|网信办|农办|编办|政研室|财经办|外办|台办|社会工作部")
_COMMITTEE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,12}(?:" + "|".join(bodies.LOCAL_COMMITTEES) + ")")


def attach_bare_party_units(ctx: FactContext) -> None:
    """某自治区党委常委、统战部部长: a bare working body of a party committee (组织部, 宣传部, 政法委 …)
    without a parent belongs to the committee named last before it in the same sentence."""
    committees = [(m, e) for e in ctx.reg.of_type("Agency") if _COMMITTEE.fullmatch(e.label) for m in e.mentions]
    if not committees:
        return
    for unit in ctx.reg.of_type("Agency", "Organization"):
        if unit.parent or not _BARE_PARTY_UNIT.fullmatch(unit.label):
            continue
        for um in unit.mentions:
            before = [(m.end, e) for m, e in committees if m.sentence == um.sentence and m.end <= um.start
                      and e.key != unit.key]
            if before:
                parent = max(before, key=lambda x: x[0])[1]
                unit.parent = parent.key
                ctx.reg.alias(unit, parent.label + unit.label)
                ctx.relate(unit.key, "subOrganizationOf", parent.key, um.sentence, confidence=conf.SHORT_PARTY_UNIT_PARENT)
                break


# the eight democratic parties: short name → short name of the central committee
_PARTIES = {"民革": "民革中央", "民盟": "民盟中央", "民建": "民建中央", "民进": "民进中央", "农工党": "农工党中央",
            "致公党": "致公党中央", "九三学社": "九三学社中央", "台盟": "台盟中央"}


def attach_party_committees(ctx: FactContext) -> None:
    """民盟福建省委会, 九三学社上海市委: a party's local committee belongs to its central committee
    when the article names that too."""
    centrals = {_PARTIES[p]: p for p in _PARTIES}
    for unit in ctx.reg.of_type("Agency", "Organization"):
        parent = ctx.reg.entities.get(unit.parent) if unit.parent else None
        party = next((centrals[a] for a in ([parent.label, *parent.aliases] if parent else []) if a in centrals),
                     None)
        if party and not unit.label.startswith(party):   # 民盟中央常委、福建省委会主委: 民盟福建省委会
            ctx.reg.alias(unit, party + unit.label)
            continue
        party = next((p for p in _PARTIES if unit.label.startswith(p)), None)
        if not party or unit.parent or "中央" in unit.label[:len(party) + 2]:
            continue
        central = ctx.reg.find(_PARTIES[party])
        if central is not None and central.key != unit.key:
            unit.parent = central.key
            ctx.relate(unit.key, "subOrganizationOf", central.key, unit.mentions[0].sentence, confidence=conf.PARTY_COMMITTEE_PARENT)


_SHORT_NAME = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?[）)]")


def merge_short_body_names(ctx: FactContext) -> None:
    """江南数字经济研究院（以下简称“数经院”）: the short name is an alias of the body named right
    before it; a node found under the short name (数经院院长…) is merged into it."""
    ending = {m.end: e for e in ctx.reg.of_type("Agency", "Organization") for m in e.mentions}
    merged: dict[str, str] = {}
    for m in _SHORT_NAME.finditer(ctx.text):
        body = ending.get(m.start())
        if body is None or body.key not in ctx.reg.entities:
            continue
        short = m.group(1)
        other = ctx.reg.find(short, "Agency")
        if other is not None and other.key != body.key:
            ctx.reg.merge(body, other)
            merged[other.key] = body.key
        ctx.reg.alias(body, short)
    rekey_relations(ctx, merged)


def rekey_relations(ctx: FactContext, merged: dict[str, str]) -> None:
    """Point the relations of merged entities (old key → kept key) at the kept ones."""
    if not merged:
        return
    relations, ctx.relations = ctx.relations, {}
    for rel in relations.values():   # one pass over the relations, whatever the number of merges
        s, o = rel.subject, rel.object
        while s in merged:
            s = merged[s]
        while o in merged:
            o = merged[o]
        if s == o:
            continue
        rel.subject, rel.object = s, o
        if (s, rel.predicate, o) not in ctx.relations:
            ctx.relations[(s, rel.predicate, o)] = rel


def resolve_body_references(ctx: FactContext) -> None:
    """该部, 该局, 该院 … name the last body mentioned before them with that ending."""
    bodies_ = [(m.start, m.end, e) for e in ctx.reg.of_type("Agency", "Organization") for m in e.mentions]
    for ref in re.finditer(r"该(部|局|委|院|中心|公司|集团|司|厅|所|校|会|行|办)", ctx.text):
        suffix = ref.group(1)
        before = [(start, e) for start, end, e in bodies_ if end <= ref.start() and e.label.endswith(suffix)]
        if before:
            entity = max(before, key=lambda t: t[0])[1]
            entity.mentions.append(ctx.mention(ref.start(), ref.end()))


_PARTY_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:" + "|".join(bodies.LOCAL_COMMITTEES) + ")")


def name_party_committees_both_ways(ctx: FactContext) -> None:
    """中共苏州市委 and 苏州市委 are one committee: each name is an alias of the other, and
    two nodes found under the two names become one."""
    merged: dict[str, str] = {}
    for e in ctx.reg.of_type("Agency"):
        if e.key not in ctx.reg.entities:
            continue
        if e.label.startswith("中共") and _PARTY_COMMITTEE.fullmatch(e.label[2:]):
            other = e.label[2:]
        elif _PARTY_COMMITTEE.fullmatch(e.label) and not e.label.startswith(("中共", "党委")) and \
                not _DEMOCRATIC_PARTY.match(e.label):   # 民盟北京市委: a democratic party's, never 中共…
            other = "中共" + e.label
        else:
            continue
        twin = ctx.reg.find(other, "Agency")
        if twin is not None and twin.key != e.key:
            ctx.reg.merge(e, twin)
            merged[twin.key] = e.key
        ctx.reg.alias(e, other)
        _name_units_both_ways(ctx, e, other, merged)
    rekey_relations(ctx, merged)


def _name_units_both_ways(ctx: FactContext, committee, other: str, merged: dict[str, str]) -> None:
    """A unit of the committee (海南省委|宣传部) is also named with the committee's other name
    (中共海南省委宣传部): that name is an alias, and a node found under it is the unit."""
    for unit in ctx.reg.of_type("Agency"):
        if unit.parent != committee.key or unit.key not in ctx.reg.entities:
            continue
        if unit.label.startswith(other):
            continue
        full = other + unit.label.removeprefix(committee.label)
        twin = ctx.reg.find(full, "Agency")
        if twin is not None and twin.key != unit.key and twin.parent in (None, committee.key):
            ctx.reg.merge(unit, twin)
            merged[twin.key] = unit.key
        ctx.reg.alias(unit, full)


def drop_unnamed_local_governments(ctx: FactContext) -> None:
    """X市人民政府 inferred from a 市长 after a party post (中共X市委副书记、市长) stays only when
    the article names the government somewhere; otherwise it and its relations go (the text
    names the committee, not the government)."""
    gone = {e.key for e in ctx.reg.of_type("Agency") if not e.mentions and e.label.endswith("人民政府")
            and e.confidence <= conf.INFERRED_LOCAL_GOVERNMENT}
    if not gone:
        return
    merged: dict[str, str] = {}
    for key in list(gone):   # 上海市委副书记、市长某某 … 上海政府: the government named without its level
        inferred = ctx.reg.entities[key]
        named = _named_without_level(ctx, inferred.label)
        if named is not None:
            ctx.reg.merge(named, inferred)
            merged[key] = named.key
            gone.discard(key)
    rekey_relations(ctx, merged)
    ctx.forget([ctx.reg.entities[key] for key in gone])


def _named_without_level(ctx: FactContext, government: str):
    """The one named Agency that is ``government`` (上海市人民政府) written without its place's level
    (上海政府, 上海人民政府), or None."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)[省市区县]人民政府", government)
    if not m:
        return None
    found = [e for e in ctx.reg.of_type("Agency") if e.mentions
             and e.label in (m.group(1) + "政府", m.group(1) + "人民政府")]
    return found[0] if len(found) == 1 else None


# a level's own bodies named without the place (省政府, 市委): the article's one body of that level
_BARE_LEVEL_BODY = re.compile(r"(?:中共)?(省|市|区|县|自治区)(委|党委|人民政府|政府|人大常委会|政协)")


def merge_bare_level_bodies(ctx: FactContext) -> None:
    """省政府 in an article that names 四川省人民政府 and no other province's government is
    that government: the bare node is merged into the named one (its name becomes an alias)."""
    def names_it(bare):
        m = _BARE_LEVEL_BODY.fullmatch(bare.label)
        if not m:
            return None
        level, kind = m.group(1), m.group(2)
        kinds = ("人民政府", "政府") if kind in ("人民政府", "政府") else (kind,)
        return lambda e: not _BARE_LEVEL_BODY.fullmatch(e.label) and any(
            re.fullmatch(r"(?:中共)?[\u4e00-\u9fff]{2,8}?" + level + k, e.label) for k in kinds)
    _merge_into_the_one_named(ctx, names_it)


def _merge_into_the_one_named(ctx: FactContext, names_it) -> None:
    """Merge each bare agency into the one other agency that ``names_it(bare)`` accepts (a
    predicate, or None for no bare name), when there is exactly one; relations follow."""
    merged: dict[str, str] = {}
    agencies = ctx.reg.of_type("Agency")
    for bare in agencies:
        accepts = names_it(bare) if bare.key in ctx.reg.entities else None
        if accepts is None:
            continue
        named = [e for e in agencies if e.key != bare.key and e.key in ctx.reg.entities and accepts(e)]
        if len(named) == 1:
            ctx.reg.merge(named[0], bare)
            merged[bare.key] = named[0].key
    rekey_relations(ctx, merged)


#: the endings of a unit that belongs to the body named right before it (华能某公司|江苏分公司,
#: 某大学|人工智能研究院): found by another rule than its parent, it is still its unit
_UNIT_ENDINGS = ("分公司", "子公司", "分行", "支行", "分院", "分所", "分中心", "分会", "研究院", "研究所", "研究中心",
                 "实验室", "学院", "医院", "事业部", "工作部")


def attach_adjacent_units(ctx: FactContext) -> None:
    """A body no lexicon knows, with a unit's ending and no parent yet, whose mention follows a
    body's mention with nothing between them, is that body's unit (subOrganizationOf), and the
    two names written together are its alias."""
    ending_at = {}
    for e in ctx.reg.of_type("Agency", "Organization"):
        for m in e.mentions:
            ending_at.setdefault(m.end, (e, m.start))
    for unit in ctx.reg.of_type("Agency", "Organization"):
        if unit.parent or not unit.label.endswith(_UNIT_ENDINGS) or ctx.lexicon_term(unit.label) is not None:
            continue
        for m in unit.mentions:
            parent, parent_start = ending_at.get(m.start, (None, None))
            if parent is None or parent.key == unit.key or parent.parent == unit.key:
                continue
            unit.parent = parent.key
            ctx.reg.alias(unit, ctx.text[parent_start:m.end])   # as written: 华能某公司江苏分公司
            ctx.relate(unit.key, "subOrganizationOf", parent.key, m.sentence, confidence=conf.CHAIN_SUB_ORGANIZATION)
            break


#: a level's department named without the place: 省教育厅, 市人力资源社会保障局, 区发展改革委
_BARE_LEVEL_DEPARTMENT = re.compile(r"(省|市|区|县|自治区)([\u4e00-\u9fff]{2,16}(?:厅|局|委|委员会|办|办公室))")


def merge_bare_level_departments(ctx: FactContext) -> None:
    """省教育厅 in an article that names 广东省教育厅 (and no other province's 教育厅) is that
    department: the bare node is merged into the named one (its name becomes an alias)."""
    def names_it(bare):
        m = _BARE_LEVEL_DEPARTMENT.fullmatch(bare.label)
        if not m or bare.label in ctx.place_names:
            return None
        level, key = m.group(1), _variant_key(m.group(2))
        return lambda e: any(e.label.startswith(p) and (_variant_key(e.label[len(p):]) == key or
                                                         bodies.is_abbreviation(m.group(2), e.label[len(p):]))
                             for p in _place_heads_of_level(ctx, e.label, level))
    _merge_into_the_one_named(ctx, names_it)


def _place_heads_of_level(ctx: FactContext, label: str, level: str) -> list[str]:
    """The place names of ``level`` (广东省, 北京市) that open ``label``."""
    return [label[:n] for n in range(len(level) + 1, min(len(label), 10)) if label[:n].endswith(level)
            and label[:n] in ctx.place_names]


#: 省委、省政府, 经市政府同意: a level's party committee or government named without the place
_BARE_BODY_MENTION = re.compile(r"(?:中共)?(省|市|自治区)(委|党委|人民政府|政府)")
#: what may stand before such a bare name: punctuation, or a word that opens a phrase (经, 由, 在 …)
_BEFORE_BARE = set("，,。；;：:、“”\"（）() \n\u3000经由在和与及将并对向为是按据请报")
#: place kinds of each level
_LEVEL_KINDS = {"省": ("province", "region"), "自治区": ("region",), "市": ("city", "municipality")}


def find_bare_level_bodies(ctx: FactContext) -> None:
    """省委、省政府高度重视, 经市政府同意: the article's own province's or city's party committee or
    government, named without the place. Where the article names one place of that level, the
    body is named with it (中共河南省委, alias 省委); otherwise under the bare name."""
    words = ctx.lac_words
    for m in _BARE_BODY_MENTION.finditer(ctx.text):
        i, end = m.start(), m.end()
        lac_org = _is_lac_organisation(ctx, i, end)   # 落实|省委|省政府|工作部署: LAC reads the body alone
        if i and ctx.text[i - 1] not in _BEFORE_BARE and not lac_org:
            continue
        after = ctx.text[end:end + 1]
        unit = _PARTY_UNIT.match(ctx.text, end) if m.group(2) in ("委", "党委") else None
        if not unit and (ctx.taken.covers(i) or ctx.taken.covers(end - 1)):
            continue   # inside a name another rule read (a unit's own bare name is read here)
        level, kind = m.group(1), m.group(2)
        # 市委书记某某 in an article of one city: that city's committee, whose post it is
        committee_post = kind in ("委", "党委") and _COMMITTEE_POST.match(ctx.text, end) is not None
        if after and not unit and after not in "、，,。；;和与及" and not (words and _opens_verb_phrase(ctx, end)) \
                and not lac_org and not committee_post:
            continue   # 市委书记, 省政府办公厅: a post's or another unit's name, not the body alone
        place = _the_place_of_level(ctx, level)
        if committee_post and place is None and not (after in "、，,。；;和与及" or lac_org):
            continue   # 市委书记 in an article of several cities (or none): whose, the text does not say
        if unit and place is None:
            continue   # 省委组织部 in an article of several provinces: whose, the text does not say
        bare = level + ("党委" if level == "自治区" and kind == "委" else kind)
        if place is None:
            label, aliases = bare, []
        elif kind in ("委", "党委"):
            label = "中共" + place + ("党委" if level == "自治区" else "委")
            aliases = [bare, place + ("党委" if level == "自治区" else "委")]
        else:
            label, aliases = place + "人民政府", [bare, place + "政府", level + "人民政府", level + "政府"]
        existing = ctx.reg.find(label, "Agency") or next(
            (e for a in aliases if (e := ctx.reg.find(a, "Agency")) is not None), None)
        if existing is not None:
            for a in [label, *aliases]:
                ctx.reg.alias(existing, a)
            existing.mentions.append(ctx.mention(i, end))
            committee = existing
        else:
            committee = ctx.reg.add("Agency", label, aliases=aliases, confidence=conf.BARE_LEVEL_BODY,
                                    mention=ctx.mention(i, end))
        if unit and place is not None:   # 省委组织部: the unit of the article's province's committee
            _add_party_unit(ctx, committee, ctx.text[i:unit.end()], place, unit)


#: a party committee's posts right after its bare name (市委书记, 省委副书记, 市委常委)
_COMMITTEE_POST = re.compile(r"(?:副?书记|常委)(?!会)")


#: the working bodies of a party committee named after it (省委组织部, 市委宣传部, 自治区党委统战部)
_PARTY_UNIT = re.compile(r"组织部|宣传部|统战部|政法委|办公厅|农办|网信办|编办|政研室|财经办|外办|台办|教育工委|巡视办|"
                         r"纪委|社会工作部|机构编制委员会办公室")


def _add_party_unit(ctx: FactContext, committee, surface: str, place: str, unit: re.Match) -> None:
    full = place + ("党委" if surface.startswith(("自治区", "中共自治区")) else "委") + unit.group(0)
    bare, named = ctx.reg.find(surface, "Agency"), ctx.reg.find(full, "Agency")
    mention = ctx.mention(unit.end() - len(surface), unit.end())
    if bare is not None and named is not None and bare.key != named.key:
        ctx.reg.merge(named, bare)   # 省委组织部 and 辽宁省委组织部: one unit
        rekey_relations(ctx, {bare.key: named.key})
    entity = named or bare
    if entity is None:
        entity = ctx.reg.add("Agency", full, aliases=[surface], confidence=conf.BARE_LEVEL_BODY, mention=mention)
    else:
        ctx.reg.alias(entity, full)
        ctx.reg.alias(entity, surface)
        entity.mentions.append(mention)
    if entity.key != committee.key and entity.parent in (None, committee.key):
        entity.parent = committee.key
        ctx.relate(entity.key, "subOrganizationOf", committee.key, mention.sentence,
                   confidence=conf.SHORT_PARTY_UNIT_PARENT)


def _is_lac_organisation(ctx: FactContext, start: int, end: int) -> bool:
    """LAC's word at ``start``–``end`` is one organisation word (省委, 自治区党委), no longer word
    such as 省委书记 or 省政府办公厅."""
    i = ctx.word_index(start)
    words = ctx.lac_words
    return 0 <= i < len(words) and words[i][0] == start and words[i][1] == end and words[i][2] == "ORG"


def _opens_verb_phrase(ctx: FactContext, at: int) -> bool:
    """LAC's word at ``at`` is a verb or adverb (省政府|印发, 省委|高度重视)."""
    i = ctx.word_index(at)
    words = ctx.lac_words
    return 0 <= i < len(words) and words[i][0] == at and words[i][2] in ("v", "vd", "d", "ad", "p")


def _the_place_of_level(ctx: FactContext, level: str) -> str | None:
    """The one place of ``level`` (省: a province or region, 市: a city) the article names, written
    in full (河南省, 广西壮族自治区, 武汉市); None where it names none or several."""
    kinds = _LEVEL_KINDS[level]
    found = set()
    for sp in ctx.doc.spans.get("kg_lexicon", []):
        term = ctx.place_terms.get(sp.kb_id_) if sp.label_ == "Place" else None
        if term is not None and term.kind in kinds:
            found.add(term)
    if len(found) != 1:
        return None
    term = next(iter(found))
    suffix = {"province": "省", "region": "自治区", "city": "市", "municipality": "市"}[term.kind]
    full = next((a for a in term.surfaces if a.endswith(suffix)), None)
    if level == "省" and term.kind == "region" or level == "自治区" and term.kind != "region":
        return None
    return full or term.canonical + suffix


#: a ministry-level body that has 司 and 局 as units (工业和信息化部, 国家发展改革委, 市场监管总局)
_MINISTRY_ENDINGS = ("部", "委", "委员会", "总局", "署", "银行")
#: a bare unit of a ministry: 职业能力建设司, 运行监测协调局 (not 国家统计局 nor 某省某局, bodies of their own)
_BARE_MINISTRY_UNIT = re.compile(r"[\u4e00-\u9fff]{2,12}(?:司|局)")


def _is_bare_ministry_unit(ctx: FactContext, e) -> bool:
    return bool(_BARE_MINISTRY_UNIT.fullmatch(e.label)) and ctx.lexicon_term(e.label) is None and \
        not e.label.startswith(("国家", "中国", "中央")) and not e.label.startswith(ctx.place_prefixes) and \
        (e.label[0] not in "省市县区州" or e.label.startswith(_WORDS_OF_A_LEVEL_CHARACTER))


#: words that open with a level's character but name no level (市场监管司, 区域开放司 are a ministry's)
_WORDS_OF_A_LEVEL_CHARACTER = ("市场", "区域")


#: a 、-list of a ministry's departments named short (科技司、基教司、高教司负责同志): three or more 司, each
#: of two to six characters, the first right after a mark
_LISTED_DEPARTMENTS = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,5}(?<![公上官])司、){2,}[\u4e00-\u9fff]{1,5}(?<![公上官])司")


def find_listed_departments(ctx: FactContext) -> None:
    """科技司、基教司、职成司负责同志: each 司 of such a list is a department (an Agency), which
    :func:`attach_bare_ministry_units` then gives to the ministry named before it."""
    for m in _LISTED_DEPARTMENTS.finditer(ctx.text):
        at = m.start()
        for item in m.group(0).split("、"):
            if not ctx.taken.covers(at) and ctx.reg.find(item, "Agency") is None:
                ctx.reg.add("Agency", item, confidence=conf.RUNNING_TEXT_BODY, mention=ctx.mention(at, at + len(item)))
            at += len(item) + 1


def attach_bare_ministry_units(ctx: FactContext) -> None:
    """A bare 司 or 局 no rule gave a parent (…就业促进司副司长甲、职业能力建设司司长乙) is a unit of
    the ministry named last before it in the article."""
    ministries = sorted(((m.start, e) for e in ctx.reg.of_type("Agency") if not e.parent
                         and ctx.lexicon_term(e.label) is not None and e.label.endswith(_MINISTRY_ENDINGS)
                         for m in e.mentions), key=lambda t: t[0])
    if not ministries:
        return
    starts = [s for s, _ in ministries]
    for unit in ctx.reg.of_type("Agency"):
        sibling = ctx.reg.entities.get(unit.parent) if unit.parent else None
        if sibling is not None and unit.label.endswith("司") and _is_bare_ministry_unit(ctx, sibling):
            # …公路局局长乙、运输服务司司长丙: a 司 is the ministry's, never a unit of the 局 listed before it
            ctx.relations.pop((unit.key, "subOrganizationOf", sibling.key), None)
            unit.parent = None
    for unit in ctx.reg.of_type("Agency"):
        if unit.parent or not unit.mentions or not _is_bare_ministry_unit(ctx, unit):
            continue
        first = min(unit.mentions, key=lambda m: m.start)
        i = bisect.bisect_right(starts, first.start) - 1
        if i < 0:
            continue
        ministry = ministries[i][1]
        unit.parent = ministry.key
        ctx.reg.alias(unit, ministry.label + unit.label)
        ctx.relate(unit.key, "subOrganizationOf", ministry.key, first.sentence, confidence=conf.UNIT_OF_PREVIOUS_CHAIN)


def _variant_key(name: str) -> str:
    """One key for the ways a body's name is written: without its legal form, 委员会 as 委, 人民政府 as 政府,
    without 和 inside it, 科学技术协会 as 科协, without the country before it (中国航天科技集团有限公司, 航天科技集团; 某市卫生健康委员会, 某市卫生健康委)."""
    key = re.sub(r"(?<=..)(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$", "", name)   # a group (集团) stays
    key = re.sub(r"委员会$", "委", key)
    key = re.sub(r"人民政府$", "政府", key)   # 某市人民政府, 某市政府
    key = re.sub(r"(?<=..)和(?=..)", "", key)   # 人力资源和社会保障局, 人力资源社会保障局
    key = key.replace("科学技术协会", "科协")
    key = key[2:] if key.startswith("中国") and len(key) >= 6 else key
    return key


def merge_name_variants(ctx: FactContext) -> None:
    """Two bodies whose names differ only in how they are written (a legal form, 委员会 for 委, 中国 before
    a name) are one, and so are the units that hang from them; the kept one is the first found."""
    merged: dict[str, str] = {}
    seen: dict[tuple, object] = {}
    for e in ctx.reg.of_type("Agency", "Organization"):
        if e.key not in ctx.reg.entities:
            continue
        key = (_variant_key(e.label), e.parent)
        if len(key[0]) < 4:
            continue
        kept = seen.get(key)
        if kept is None or kept.key not in ctx.reg.entities:
            seen[key] = e
            continue
        ctx.reg.merge(kept, e)
        merged[e.key] = kept.key
    rekey_relations(ctx, merged)


def _company_core(name: str) -> str:
    """A company's name without its line of business and legal form, its number in digits:
    三六零数字安全科技集团有限公司, 360数字安全集团 → 360数字安全."""
    name = _CHINESE_NUMBER.sub(lambda m: m.group(0).translate(_DIGITS), name)
    for n in range(1, len(name)):
        form = bodies.company_form_after(name[n:])
        if form == name[n:]:
            return name[:n]
    return name


#: a number written in Chinese numerals inside a name (三六零), and each numeral's digit
_CHINESE_NUMBER = re.compile(r"[零〇一二三四五六七八九]{3,}")
_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def merge_company_name_variants(ctx: FactContext) -> None:
    """三六零数字安全科技集团有限公司, 360数字安全科技集团 and 360数字安全集团 are one company: companies
    whose names differ only in the line of business and legal form after them, or in how their number
    is written, merge into the one with the
    longest name (five characters or more before the line of business)."""
    merged: dict[str, str] = {}
    seen: dict[tuple, object] = {}
    for e in ctx.reg.of_type("Organization"):
        core = _company_core(e.label)
        if core == e.label and not _CHINESE_NUMBER.search(e.label) or len(core) < 5:
            continue
        key = (core, e.parent)
        kept = seen.get(key)
        if kept is None or kept.key not in ctx.reg.entities:
            seen[key] = e
            continue
        if len(e.label) > len(kept.label):   # the full name is the label
            kept, e = e, kept
            seen[key] = kept
        ctx.reg.merge(kept, e)
        merged[e.key] = kept.key
    rekey_relations(ctx, merged)


def merge_abbreviated_names(ctx: FactContext) -> None:
    """北京市经信局 beside 北京市经济和信息化局, 网安局 beside 网络安全管理局 (units of one ministry),
    浙能集团 beside 浙江省能源集团: a body named short, its characters taken in order from the words
    of one longer name of the article (:func:`bodies.is_abbreviation`), is that body; the short node
    is merged into the long one, relations follow. A body the lexicon knows keeps
    the short names it lists."""
    _merge_into_sole_match(
        ctx, lambda short: len(short.label) >= 3,
        lambda short, e: (short.parent is None or e.parent is None or short.parent == e.parent)
        and short.key not in (e.parent,) and e.key != short.parent
        and bodies.is_abbreviation(short.label, e.label) and not _lexicon_tells_apart(ctx, short, e)
        and _named_short_later(short, e))


def _merge_into_sole_match(ctx: FactContext, eligible, matches) -> None:
    """Each body (Agency or Organization) that is ``eligible`` and ``matches`` exactly one other body
    still standing is merged into that one; relations follow."""
    entities = ctx.reg.of_type("Agency", "Organization")
    merged: dict[str, str] = {}
    for node in entities:
        if node.key not in ctx.reg.entities or not eligible(node):
            continue
        found = [e for e in entities if e.key != node.key and e.key in ctx.reg.entities and matches(node, e)]
        if len(found) == 1:
            ctx.reg.merge(found[0], node)
            merged[node.key] = found[0].key
    rekey_relations(ctx, merged)


def _named_short_later(short, long) -> bool:
    """The short name comes after the long one, in a later sentence: two names of one list
    (中国化学工程集团…，中国化工集团…) are two bodies."""
    if not short.mentions or not long.mentions:
        return False
    first_short, first_long = min(short.mentions, key=lambda m: m.start), min(long.mentions, key=lambda m: m.start)
    return first_short.start > first_long.end and \
        {m.sentence for m in short.mentions}.isdisjoint(m.sentence for m in long.mentions)


def _lexicon_tells_apart(ctx: FactContext, a, b) -> bool:
    """Either name is the lexicon's, which lists the short names it knows (中国化工 is no short name
    of 中国化学工程集团)."""
    return ctx.lexicon_term(a.label) is not None or ctx.lexicon_term(b.label) is not None


def merge_bodies_named_without_their_place(ctx: FactContext) -> None:
    """江城市软件行业协会, later 软件行业协会: a body no lexicon knows named again without the place
    that opens its name is the same body, when the article names one such body only (the bare node
    is merged into the named one, relations follow)."""
    _merge_into_sole_match(ctx, lambda bare: _may_be_named_without_place(ctx, bare.label),
                           lambda bare, e: bare.parent in (None, e.parent) and _is_place_and(ctx, e.label, bare.label))


def _may_be_named_without_place(ctx: FactContext, label: str) -> bool:
    """A name of four characters or more, not a kind's word, no lexicon body and no place's body."""
    return len(label) >= 4 and label not in _GENERIC_BODY_WORDS and ctx.lexicon_term(label) is None and \
        not label.startswith(ctx.place_prefixes) and label[0] not in "省市县区州"


def _is_place_and(ctx: FactContext, label: str, bare: str) -> bool:
    """``label`` is a place's name followed by ``bare`` (浙江|某某研究院, 江城市|软件行业协会)."""
    head = label[:-len(bare)] if label.endswith(bare) and len(label) > len(bare) else ""
    return head in ctx.place_names or head.removeprefix("中国") in ctx.place_names and head != "中国"


#: what a unit's name adds to its body's name (国务院|办公厅, 某省委农办|秘书处, 某部|某某司): an office's,
#: a department's or a bureau's ending, never a company's (集团有限公司), a commission (…委员会), a research
#: office (…研究室) or an organisation department (…组织部), bodies the genre names on their own
_UNIT_REMAINDER = re.compile(r"[\u4e00-\u9fff]{0,10}(?:办公厅|秘书处|(?<!公)司|(?<!政治)局|处)")


def attach_units_named_with_their_body(ctx: FactContext) -> None:
    """A body without a parent whose name is another body's name of the article and a unit's ending
    (国务院办公厅 beside 国务院, 中共中央办公厅 beside 中共中央, 北京大学党委 beside 北京大学) is that
    body's unit (subOrganizationOf), even where both are bodies the lexicon knows; the longest such
    body is its parent."""
    named = [(n, e) for e in ctx.reg.of_type("Agency", "Organization") if e.mentions
             for n in {e.label, *e.aliases} if len(n) >= 2]
    for unit in ctx.reg.of_type("Agency", "Organization"):
        if unit.parent:
            continue
        best = None
        for name in {unit.label, *unit.aliases}:
            for n, body in named:
                if body.key == unit.key or body.parent == unit.key or not name.startswith(n) or \
                        not _UNIT_REMAINDER.fullmatch(name[len(n):]) or len(name) - len(n) < 2:
                    continue
                if best is None or len(n) > len(best[0]):
                    best = (n, body)
        if best is not None:
            unit.parent = best[1].key
            ctx.relate(unit.key, "subOrganizationOf", best[1].key, unit.mentions[0].sentence if unit.mentions else
                       best[1].mentions[0].sentence, confidence=conf.UNIT_OF_PREVIOUS_CHAIN)


#: a place's party committee: 某省委, 中共某市委, 某区委 (not a democratic party's, 民盟某省委)
_PLACE_COMMITTEE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,10}?[省市区县州]委")


_GOVERNMENT_BESIDE_COMMITTEE = ("政府", "人大常委会", "政协")


def _named_on_its_own(ctx: FactContext, committee, unit_mentions) -> bool:
    """Any of the committee's names written outside its units' names (某省委书记, 宣布省委决定), not
    right before a unit's (某市委|统战部) nor inside one (市委网信办)."""
    for name in {committee.label, *committee.aliases}:
        for m in re.finditer(re.escape(name), ctx.text):
            if not any(u.start == m.end() or u.start <= m.start() and m.end() <= u.end for u in unit_mentions):
                return True
    return False


def drop_committees_named_only_in_their_units(ctx: FactContext) -> None:
    """某市委网信办, 某省委统战部: a place's party committee named only as the opening of its working
    bodies' names is no body the article speaks of: the unit's name is one name (某市委统战部), and
    the committee node goes with its subOrganizationOf; a committee named on its own anywhere (某省委
    书记, 在省委领导下) stays."""
    units: dict[str, list] = {}
    for e in ctx.reg.of_type("Agency", "Organization"):
        if e.parent:
            units.setdefault(e.parent, []).append(e)
    for committee in ctx.reg.of_type("Agency"):
        if not _PLACE_COMMITTEE.fullmatch(committee.label) or _DEMOCRATIC_PARTY.match(committee.label) or \
                committee.key not in units or not committee.mentions:
            continue
        if any(unit.label.endswith(_GOVERNMENT_BESIDE_COMMITTEE) for unit in units[committee.key]):
            continue   # 某区委|区政府: the government beside the committee, no working body of it
        unit_mentions = [m for unit in units[committee.key] for m in unit.mentions]
        if _named_on_its_own(ctx, committee, unit_mentions) or \
                any(committee.key in (k[0], k[2]) and k[1] != "subOrganizationOf" for k in ctx.relations):
            continue
        for unit in units[committee.key]:
            written = next((ctx.text[m.start - len(committee.label):m.end] for m in unit.mentions
                            if ctx.text[m.start - len(committee.label):m.start] == committee.label), None)
            if written and not unit.label.startswith(committee.label):
                ctx.reg.alias(unit, unit.label)
                unit.label = written   # 统战部 → 某市委统战部, as written
        ctx.forget([committee])


#: the endings of a venue: a place where a meeting is held, not a body (国家会议中心, 某宾馆, 某会堂)
#: …and a city's sub-centre, an area (北京城市副中心), never a body
_VENUE = re.compile(r"(?:会议中心|会展中心|博览中心|展览中心|世博中心|展览馆|会堂|多功能厅|报告厅|宾馆|酒店|饭店|副中心)$")


def venues_are_places(ctx: FactContext) -> None:
    """A body the lexicon does not know whose name ends like a venue (某国际会议中心, 某宾馆, 某中心多功能厅)
    is a place where something is held, not an organisation: it becomes a Place, and the unit or
    post relations another rule gave it go."""
    for e in ctx.reg.of_type("Agency", "Organization"):
        if not _VENUE.search(e.label) or ctx.lexicon_term(e.label) is not None:
            continue
        ctx.forget([e])
        for m in e.mentions or [None]:
            ctx.reg.add("Place", e.label, aliases=e.aliases, confidence=e.confidence, mention=m)


#: words that say what kind of body something is or qualify a post, never a body's name on their own
_GENERIC_BODY_WORDS = frozenset({"集团", "公司", "集团公司", "总公司", "分公司", "学会", "协会", "研究院", "研究所", "中心",
                                 "实验室", "大学", "学院", "高级", "资深", "首席", "信息", "部门", "单位", "机构", "总部"})


def drop_generic_bodies(ctx: FactContext) -> None:
    """A body known only by a kind's word (公司物资部, 学会理事长, 某集团高级副总裁 → 公司, 学会, 高级)
    names no body: it goes, with the relations another rule gave it."""
    ctx.forget([e for e in ctx.reg.of_type("Agency", "Organization")
                if all(name in _GENERIC_BODY_WORDS for name in (e.label, *e.aliases))])


def name_local_bodies_without_their_province(ctx: FactContext) -> None:
    """宁夏中卫市委, 浙江省台州市卫生健康委: a city's or county's body named with its province before
    it is also named without it (中卫市委, 中共中卫市委; 台州市卫生健康委); a node found under that
    shorter name is the same body."""
    merged: dict[str, str] = {}
    for e in ctx.reg.of_type("Agency"):
        if e.key not in ctx.reg.entities:
            continue
        label = e.label[2:] if e.label.startswith("中共") else e.label
        province = next((p for p in ctx.place_prefixes if label.startswith(p)), None)
        if province is None:
            continue
        rest = label[len(province):]
        city = next((p for p in ctx.place_prefixes if rest.startswith(p)), None)
        if city is None or not city.endswith(("市", "州", "县", "区", "盟", "地区")) or len(rest) <= len(city):
            continue
        twin = ctx.reg.find(rest, "Agency")
        if twin is not None and twin.key != e.key and twin.parent in (None, e.parent):
            ctx.reg.merge(e, twin)
            merged[twin.key] = e.key
        ctx.reg.alias(e, rest)
        if _PARTY_COMMITTEE.fullmatch(rest):
            ctx.reg.alias(e, "中共" + rest)
    rekey_relations(ctx, merged)
