"""People and their posts: body + post + name appositions, reporters, a person's other
mentions, posts at the article's one university, and person keys by body.

Reads from the context: ``text``, ``sentences``, ``posts``, ``surnames``, ``compound_surnames``,
``known_bodies``, ``place_names``, ``place_prefixes``, ``body_terms``, ``reg`` (bodies already
registered), ``school_posts`` (in :func:`place_school_posts`).
Writes to the context: ``reg`` (Person entities and their mentions; the bodies of their posts,
the media of a dateline; person keys, :func:`key_persons_by_body`), ``relations`` (holdsPost,
subOrganizationOf), ``taken`` (the bodies of a post and a dateline), ``school_posts``,
``speakers`` (rekeyed with the persons).
"""
from __future__ import annotations

import re

from cnkg.extract import bodies, mentions
from cnkg.extract import confidence as conf
from cnkg.extract.rules.bodies import add_body_chain
from cnkg.extract.jieba_dict import jieba_dictionary
from cnkg.extract.rules.context import FactContext


def post_matches(ctx: FactContext):
    """(start, end, title) of every post title in the text, longest first, no overlaps; start takes in a
    qualifier written before the title (高级|副总裁, 联席|主席), which is no part of the body before it."""
    found = []
    covered = set()
    for post in ctx.posts:
        for m in re.finditer(re.escape(post), ctx.text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            if ctx.text.startswith("会", m.end()) and post.endswith(("委员", "常委", "理事", "董事", "监事")):
                continue   # 全国委员会, 常委会, 理事会: a body's name, not a post
            start = _qualified_start(ctx.text, m.start(), post, covered)
            covered.update(range(start, m.end()))
            found.append((start, m.end(), post))
    return sorted(found)


#: words that qualify a post written right before it (高级副总裁, 资深副总裁, 联席主席,
#: 副总师, 执行总经理): part of the title, not of the body's name
_POST_QUALIFIERS = ("高级", "资深", "联席", "执行", "副")


def _qualified_start(text: str, start: int, post: str, covered: set) -> int:
    """Where a post found at ``start`` begins once a qualifier written before it is taken in."""
    for q in _POST_QUALIFIERS:
        if text.startswith(q, start - len(q)) and not post.startswith(q) and \
                not any(i in covered for i in range(start - len(q), start)):
            return start - len(q)
    return start


def find_officials(ctx: FactContext) -> None:
    """Body + post + name appositions: 自然资源部国土空间规划局局长张兵, including series
    such as 工业和信息化部新闻发言人、运行监测协调局局长罗俊杰 (the unit is the ministry's)."""
    posts = post_matches(ctx)
    ends = {end: i for i, (_, end, _) in enumerate(posts)}
    body_before: dict[int, str] = {}   # end of a "BODY POST NAME" → its body, for "…NAME和POST NAME2"
    name_ends: list[int] = []
    for i, (start, end, title) in enumerate(posts):
        foreign = foreign_name_at(ctx, end)
        name = foreign or bodies.name_after(ctx.text, end, ctx.surnames, ctx.compound_surnames, post_start=start)
        name_start = ctx.text.index(name, end) if name else -1
        name = name if foreign else refine_name(ctx, name, name_start)
        if not name:
            continue
        name_ends.append(name_start + len(name))
        person = ctx.reg.add("Person", name, confidence=conf.OFFICIAL_NAME,
                             mention=ctx.mention(name_start, name_start + len(name)))
        embedded = ctx.body_opening(title, 2) if not bodies.left_context(ctx.text, start) else None
        if embedded:   # 国务院总理李强: the post names its body
            body = ctx.reg.find(embedded, "Agency") or ctx.add_lexicon_body(embedded, start)
            if body is not None:
                ctx.relate(person.key, "holdsPost", body.key, ctx.sentence_at(start), confidence=conf.POST_OF_EMBEDDED_BODY,
                           post=title[len(embedded):])
        shared = body_before.get(start - 1) if start and ctx.text[start - 1] in "、和及与，," else None
        joined = _JOINED_POST_BEFORE.search(ctx.text, max(0, start - 14), start) if not shared else None
        if joined and body_before.get(joined.start()) is not None:   # 部长甲、国际贸易谈判代表兼副部长乙
            shared, title = body_before[joined.start()], joined.group(1) + title
        if shared:   # 工业和信息化部副部长王江平和总工程师田玉龙; 部长金壮龙，副部长辛国斌
            ctx.relate(person.key, "holdsPost", shared, ctx.sentence_at(start), confidence=conf.POST_OF_SHARED_BODY, post=title)
            body_before[name_start + len(name)] = shared
            more_names(ctx, name_start + len(name), shared, title, body_before)
            continue
        series = [(start, title)]
        j = i
        while True:   # walk back over "POST、", "BODY POST、" links of the series
            s0 = series[-1][0]
            run = run_before(ctx, s0, ends)
            k = s0 - len(run) - 1
            # 全国政协委员，某集团董事长X: "，" joins a BODY POST that no name follows
            # …公司副总裁，党委委员，正高级工程师X: a post in the body's party committee joins it too
            if k >= 0 and (ctx.text[k] in "、和及兼" or ctx.text[k] in "，," and k in ends and
                           (bodies.left_context(ctx.text, posts[ends[k]][0]) or
                            posts[ends[k]][2].startswith(("党委", "党组")))) and k in ends and ends[k] < j:
                j = ends[k]
                series.append((posts[j][0], posts[j][2]))
                continue
            break
        previous_chain: list[bodies.BodyLink] = []
        # 某工业总工程师兼某装备集团首席专家: a short name in a series with a company is a company too
        corporate = len(series) > 1 and any(run_before(ctx, s, ends).endswith(("公司", "集团")) for s, _ in series)
        for s0, post in reversed(series):   # earliest first
            run = trim_to_known_body(ctx, run_before(ctx, s0, ends))
            after_name = max((e for e in name_ends if e < s0 and s0 - e <= len(run) + 1), default=None)
            if after_name is not None and ctx.text[after_name] in "和及与、":   # …张利东和科大讯飞董事长刘庆峰
                run = ctx.text[after_name + 1:s0]
            run, post = committee_of_post(ctx, run, post)
            links = bodies.split_body_chain(run, ctx.known_bodies, ctx.place_names) if run else []
            if not links and (post.startswith("校") or post.endswith("校长")):   # 校长柳某: the article's university, once it is known
                ctx.school_posts.append((person.key, post, s0))
            if not links and post in bodies.CORPORATE_POSTS and 2 <= len(run) <= 10:
                links = [bodies.BodyLink(run, "Organization", False)]   # 字节跳动副总裁张利东
            elif not links and corporate and 2 <= len(run) <= 8 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", run):
                links = [bodies.BodyLink(run, "Organization", False)]
            if not run and post in _LOCAL_HEADS and previous_chain:   # 中共X市委副书记、市长某某
                government = local_government(ctx, previous_chain, _LOCAL_HEADS[post], s0)
                if government:
                    ctx.relate(person.key, "holdsPost", government, ctx.sentence_at(s0), confidence=conf.POST_OF_LOCAL_GOVERNMENT,
                               post=post)
                    continue
            if post in _LOCAL_HEADS:
                level = _LOCAL_HEADS[post]
                # 省长某某 alone: the government of the article's province, when it names just one;
                # 福建省省长某某, 海淀区副区长某某: the head of the place's government (kept when the article names it)
                place = level if not run and not previous_chain and len(series) == 1 else \
                    run if not links and _names_a_place(ctx, run, level) else None
                if place is not None:
                    ctx.relate(person.key, "holdsPost", inferred_government(ctx, place), ctx.sentence_at(s0),
                               confidence=conf.POST_OF_LOCAL_GOVERNMENT, post=post)
                    continue
            # 全国人大代表、重庆市某局副局长: a body named with its own place is no unit of the one before
            own_place = run.startswith(ctx.place_prefixes) and not run.endswith(("省委会", "市委会"))
            unit = links and not links[0].known and not own_place and \
                links[0].surface.endswith(("司", "局", "处", "室", "厅", "办公室", "中心", "所", "省委会", "市委会")) and \
                not links[0].surface.endswith(("公司", "集团", "事务所"))   # a law or accounting firm is a body of its own
            k = s0 - len(run) - 1
            listed = body_before.get(k) if unit and not previous_chain and k >= 0 and ctx.text[k] in "、，," else None
            if listed:   # 国家X局局长甲、Y司主要负责人乙、Z司司长丙: the bare units are the head body's
                head = ctx.reg.entities.get(listed)
                if head is not None and head.parent and head.label.endswith(("司", "处", "室", "办公室")):
                    head = ctx.reg.entities.get(head.parent)
                if head is not None and head.type == "Agency":
                    top_link = bodies.BodyLink(head.label, head.type, True)
                    if links[0].surface == head.label:   # 省工信厅综合处处长甲，省工信厅电子信息处处长乙
                        links = links[1:]
                    body = add_body_chain(ctx, [top_link] + links, k + 1 - len(head.label), conf.UNIT_OF_LISTED_BODY, contiguous=False)
                    ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(s0), confidence=conf.POST_OF_UNIT, post=post)
                    body_before[name_start + len(name)] = body
                    continue
            if unit and previous_chain:
                top = _chain_holding(previous_chain, links[0].surface)
                if top:
                    body = add_body_chain(ctx, top + links, s0 - len(run) - len(top[0].surface), conf.UNIT_OF_PREVIOUS_CHAIN,
                                          contiguous=False)
                    ctx.taken.add(s0 - len(run), s0)   # the unit's own words are not a running-text body
                    ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(s0), confidence=conf.POST_OF_UNIT, post=post)
                    continue
            if links:
                body = add_body_chain(ctx, links, s0 - len(run), conf.OFFICIAL_BODY)
                previous_chain = links
                if body:
                    ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(s0), confidence=conf.POST_OF_BODY, post=post)
                    body_before[name_start + len(name)] = body
                    if post == title:
                        more_names(ctx, name_start + len(name), body, title, body_before)


#: a unit's ending → the endings of the units it holds (某所|研究中心, 某司|某处)
_HOLDS_UNITS = {"所": ("中心", "室"), "研究院": ("中心", "室", "所"), "司": ("处",)}


def _chain_holding(previous_chain: list, unit: str) -> list:
    """The links of the chain named before a bare unit that the unit belongs to: the whole chain
    when its last link is a unit that holds units of that kind (中国社科院法学所研究员、科技与法研究中心
    主任: the 所's centre), else its first known body (…部新闻发言人、某某局局长: the ministry's)."""
    last = previous_chain[-1]
    if len(previous_chain) > 1 and not last.known and any(
            last.surface.endswith(holder) and unit.endswith(held) for holder, held in _HOLDS_UNITS.items()):
        return previous_chain
    return [link for link in previous_chain if link.known][:1]


#: a post the lexicon may not know joined by 兼 to the next, right after a listed name's mark:
#: 、国际贸易谈判代表兼(副部长乙) (the match starts at the mark); no body's ending inside it (、某局局长兼…)
_JOINED_POST_BEFORE = re.compile(r"[、，,]((?:(?![部委局厅司处院所会校社行团])[\u4e00-\u9fff]){2,10}兼)$")


# a transliterated name: 艾格尼丝·纳林, 祖木热提·吾布力 (a title after it is no part of it)
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·•‧][\u4e00-\u9fff]{1,8}(?:[·•‧][\u4e00-\u9fff]{1,8})?")


def foreign_name_at(ctx: FactContext, at: int) -> str | None:
    """The transliterated name at ``at``, up to a title or a verb after its last part."""
    m = _FOREIGN_NAME.match(ctx.text, at)
    if not m:
        return None
    name = m.group()
    dot = max(name.rfind(mark) for mark in "·•‧")
    titles = sorted(set(_TITLES_AFTER_NAME) | {p for p in ctx.posts if len(p) >= 2}, key=len, reverse=True)
    ends = [k for k in range(dot + 2, len(name)) if name[k] in _FOREIGN_NAME_END or name.startswith(tuple(titles), k)]
    name = name[:min(ends)] if ends else name
    return name if len(name) - dot > 1 else None


_FOREIGN_NAME_END = set("在说表指认介出等和与及对为是将已")


# genre words that jieba tags as names
_NOT_NAMES = {"贺信", "贺电", "贺词"}


def refine_name(ctx: FactContext, name: str | None, start: int) -> str | None:
    """A name after a post, checked once more: none that opens with a conjunction after the post
    (委员和大连市副市长) or is a genre word (贺信); a three-character one shortened where a title
    follows its first two characters (江松院士) or its last character starts a word with the next
    (万钢如是说, 温彬预计, 陆昊此前, 李群原为)."""
    if not name or name in _NOT_NAMES or name[0] in "和与及":
        return None
    text = ctx.text
    if len(name) == 3 and any(text.startswith(p, start + 2) for p in _TITLES_AFTER_NAME + tuple(ctx.posts) if len(p) >= 2):
        return name[:2]   # 江松院士, 王刚司长: the two-character name's own title follows it
    if len(name) == 3 and text.count(name) == text.count(name[:2]):
        nxt = text[start + 2:start + 4]
        words = jieba_dictionary()
        if len(nxt) == 2 and (nxt in words.common and not words.common[nxt][1].startswith("nr") or nxt in words.plain):
            if name[:2] in words.plain:   # 陆续抵(达): a word, then a verb
                return None
            if name[2] in _ENDS_NO_NAME:
                return name[:2]
    return name


# characters that start the word after a two-character name far more often than they end a name
_ENDS_NO_NAME = set("原此预如作抵在说表指认介分呼称提等的也就对为向告透坦解谈出同是从会今近日上下所已将要还并及"
                    "看则都曾再又即因被把让给于以到代率带领做阐回应答围致参讲")


# honorary titles and academic ranks: the person is named with them, but they hold no post (ANNOTATE.md)
HONORARY_TITLES = ("院士", "会士", "教授")


def drop_honorary_posts(ctx: FactContext) -> None:
    """中国工程院院士某某: a person, and the academy a body, but no holdsPost."""
    for key in [k for k, rel in ctx.relations.items() if k[1] == "holdsPost" and rel.post and
                rel.post.endswith(HONORARY_TITLES)]:
        del ctx.relations[key]


def run_before(ctx: FactContext, s0: int, ends: dict[int, int]) -> str:
    """The body run before the post at ``s0``, cut after a 兼 that follows another post
    (总工程师兼…集团首席专家: the run is …集团, and the post before 兼 joins the series)."""
    run = bodies.left_context(ctx.text, s0)
    base = s0 - len(run)
    cut = max((i for i, ch in enumerate(run) if ch == "兼" and base + i in ends), default=None)
    return run[cut + 1:] if cut is not None else run


# a lexicon post that opens with its party committee: 省委书记, 市委副书记, 党委常委
_COMMITTEE_POST = re.compile(r"(" + "|".join(bodies.LOCAL_COMMITTEES) + r")(副?书记|常委)")


def committee_of_post(ctx: FactContext, run: str, post: str) -> tuple[str, str]:
    """浙江|省委书记 → 浙江省委|书记, 中共安吉|县委书记 → 中共安吉县委|书记, 广西壮族自治区|党委书记 →
    广西壮族自治区党委|书记: after a place, the committee is the body and the rest the post (then
    a 省长 after it in a series heads that place's government). 某集团党委书记 keeps its post."""
    m = _COMMITTEE_POST.fullmatch(post)
    place = run.removeprefix("中共")
    if not m or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", place):
        return run, post
    if m.group(1) == "党委" and not (place.endswith("自治区") or place in ctx.place_names):
        return run, post
    if not place.startswith(ctx.place_prefixes):   # 前任黄山|市委书记: the committee is the place's
        cut = next((i for i in range(1, len(place) - 1) if place.startswith(ctx.place_prefixes, i)), None)
        run = place[cut:] if cut is not None else run
    return run + m.group(1), m.group(2)


# a head of government named after a party post of the same place: the level of the place
_LOCAL_HEADS = {"省长": "省", "副省长": "省", "常务副省长": "省", "市长": "市", "副市长": "市", "常务副市长": "市",
                "区长": "区", "副区长": "区", "常务副区长": "区", "县长": "县", "副县长": "县", "常务副县长": "县"}


def _names_a_place(ctx: FactContext, run: str, level: str) -> bool:
    """福建省, 深圳市, 海淀区: a run that is a place of the level (a known place, or a name LAC reads as one)."""
    if not (3 <= len(run) <= 9 and run.endswith(level)) or not re.fullmatch(r"[\u4e00-\u9fff]+", run):
        return False
    return run in ctx.place_names or run[:-1] in ctx.place_names or len(run) == 3 and bool(ctx.reg.find(run, "Place"))


def local_government(ctx: FactContext, chain: list[bodies.BodyLink], level: str, offset: int) -> str | None:
    """中共苏州市委 → 苏州市人民政府 (an Agency, created when the article has not named it)."""
    for link in chain:
        m = re.match(r"(?:中共)?([\u4e00-\u9fff]{2,8}?" + level + r")(?:委|人大|政协)", link.surface)
        if m:
            return inferred_government(ctx, m.group(1))
    if any(re.fullmatch(r"(?:中共)?" + level + r"委", link.surface) for link in chain):
        return inferred_government(ctx, level)   # 省委副书记、省长某某: the province's government
    return None


def inferred_government(ctx: FactContext, place: str) -> str:
    """The key of ``place``'s government (苏州市 → 苏州市人民政府; 省 → 省人民政府, the one the
    article names), an Agency created when the article has not named it: merged into the named
    one with the other bare level bodies, or dropped as unnamed."""
    return ctx.reg.add("Agency", place + "人民政府", aliases=[place + "政府"], confidence=conf.INFERRED_LOCAL_GOVERNMENT,
                       mention=None).key


_LEAD_INS = ("由", "请", "经", "受", "有", "并", "包括", "还有", "以及", "分别是", "分别为", "邀请到", "请到", "欢迎",
             # verbs of a visit, an invitation, an interview or an appointment before the body
             "了", "会见", "接见", "看望", "专访", "采访", "陪同", "受到", "现任", "任命", "免去其", "免去", "提名")


# 省工信厅, 市委宣传部: a body of the article's own province or city, named without the place
_LEVEL_PREFIXES = ("省委", "市委", "区委", "县委", "省政府", "市政府", "区政府", "县政府", "省人大", "市人大", "省政协", "市政协",
                   "省", "市")


def trim_to_known_body(ctx: FactContext, run: str) -> str:
    """会议由审计署… → 审计署…, 出席活动的有广州市委… → 广州市委…: drop a short lead-in ending in
    由/请/经/受/有/并/包括/还有 before a known body or a place (有研… alone, with nothing known after 有, stays)."""
    run = _cut_before_body(ctx, run)
    for i in range(1, len(run) - 1):
        if run[:i].endswith(_LEAD_INS) and (any(run.startswith(k, i) for k in ctx.known_body_prefixes(run[i:i + 2]))
                                       or run.startswith(ctx.place_prefixes, i)
                                       or run.startswith(_LEVEL_PREFIXES, i) and len(run) - i >= 3):
            return run[i:]
    for i in range(len(run) - 4, 1, -1):   # 并会见了某集团: after a verb of a visit, whatever body follows
        if run[:i].endswith(_VISIT_VERBS) and run.endswith(bodies.ORG_SUFFIXES):
            return run[i:]
    return run


_VISIT_VERBS = ("会见了", "接见了", "看望了", "会见", "接见", "专访", "采访了", "邀请了", "邀请到", "请来了")
_DATELINE_TAIL = re.compile(r"\d{1,2}月\d{1,2}日(?:电)?$")
_LEADING_DATE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|近日|日前|近期|今天|昨天)"
                           r"(?:上午|下午|晚间|晚上)?")


def _cut_before_body(ctx: FactContext, run: str) -> str:
    """What cannot belong to the body before a post: text up to a closing bracket (刘明）中国…),
    a person named earlier in the run (董事长王明某集团),
    a dateline's place and date after a medium (某某网北京3月19日记者), and the date opening a sentence
    (8月20日工信部部长某某)."""
    run = run[_LEADING_DATE.match(run).end():] if _LEADING_DATE.match(run) else run
    for opening, bracket in (("（", "）"), ("(", ")")):
        if bracket in run[:-2] and opening not in run[:run.rindex(bracket)]:   # 某某(集团)有限公司 keeps its own
            run = run[run.rindex(bracket) + 1:]
    for person in ctx.reg.of_type("Person"):
        if person.label in ctx.place_names or len(person.label) < 2:
            continue
        at = run.rfind(person.label)
        if at >= 0 and len(run) - at - len(person.label) >= 2:
            run = run[at + len(person.label):]
    tail = _DATELINE_TAIL.search(run)
    if tail:
        run = run[:tail.start()]
        place = max((p for p in ctx.place_prefixes if run.endswith(p) and len(run) > len(p)), key=len, default="")
        run = run[:len(run) - len(place)]
    return run


def more_names(ctx: FactContext, end: int, body: str, title: str, body_before: dict[int, str]) -> None:
    """副部长辛国斌、徐晓兰: further names after the first share its post and body."""
    while end < len(ctx.text) and ctx.text[end] == "、":
        name = bodies.name_after(ctx.text, end + 1, ctx.surnames, ctx.compound_surnames)
        start = end + 1
        name = refine_name(ctx, name, ctx.text.find(name, start) if name else -1)
        if not name or any(ctx.text.startswith(p, end + 1) for p in ctx.posts if len(p) >= 4) or \
                _opens_a_body(ctx, start, name):
            return
        person = ctx.reg.add("Person", name, confidence=conf.SERIES_NAME, mention=ctx.mention(start, start + len(name)))
        ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(start), confidence=conf.POST_OF_SERIES_NAME, post=title)
        end = start + len(name)
        body_before[end] = body


#: words that end in 讯 without being an outlet's 讯: 资讯, 快讯, 简讯, 通讯, 喜讯, 视讯, 音讯
_NEWS_WORD = re.compile(r"[资快简通喜视音]讯")


def find_reporters(ctx: FactContext) -> None:
    """（记者 成静）, 新华网北京10月20日电（记者盖博铭 吴燕霞）."""
    media_key = None
    for s in ctx.sentences[:4]:
        found = mentions.dateline(s.text)
        if found and _NEWS_WORD.match(s.text, len(found[0]) - 1):
            continue   # 企业资讯 2024-03-06, 每日快讯: a column's name (资讯, 快讯), no outlet's dateline (某网讯)
        if found:
            org, place = found
            term = ctx.lexicon_term(org)
            media = ctx.reg.add(term.type if term else "Organization", term.canonical if term else org,
                                aliases=term.surfaces if term else (), confidence=conf.DATELINE_MEDIA,
                                mention=ctx.mention(s.start, s.start + len(org)))
            media_key = media.key
            ctx.taken.add(s.start, s.start + len(org))
            if place and place in ctx.place_names:
                pass   # the place is picked up by the lexicon
            break
    for m in re.finditer(r"(?:记者|通讯员|摄影)[ \u3000]*((?:[\u4e00-\u9fff]{2,4}[ \u3000、，,]*){1,4})[）)]", ctx.text):
        for name in re.split(r"[ \u3000、，,]+", m.group(1)):
            if 2 <= len(name) <= 3 and (name[0] in ctx.surnames or name[:2] in ctx.compound_surnames):
                start = ctx.text.index(name, m.start(1))
                person = ctx.reg.add("Person", name, confidence=conf.REPORTER_NAME, mention=ctx.mention(start, start + len(name)))
                if media_key:
                    ctx.relate(person.key, "holdsPost", media_key, ctx.sentence_at(start),
                               confidence=conf.REPORTER_POST, post="记者")
    # a byline without 记者 closing the article: …。（张小明） or （欧阳 明）
    tail = _FINAL_BYLINE.search(ctx.text[-40:])
    if tail:
        name = tail.group(1).replace(" ", "").replace("\u3000", "")
        if 2 <= len(name) <= 4 and (name[0] in ctx.surnames or name[:2] in ctx.compound_surnames) and \
                not bodies.is_common_word(name) and not name.endswith(bodies.ORG_SUFFIXES):
            start = len(ctx.text) - 40 + tail.start(1) if len(ctx.text) > 40 else tail.start(1)
            person = ctx.reg.add("Person", name, confidence=conf.FINAL_BYLINE_NAME, mention=ctx.mention(start, start + len(tail.group(1))))
            if media_key:
                ctx.relate(person.key, "holdsPost", media_key, ctx.sentence_at(start), confidence=conf.REPORTER_POST, post="记者")
    # 接受中国经济时报记者采访: the newspaper before 记者 is a media outlet
    for m in _PAPER_BEFORE_REPORTER.finditer(ctx.text):
        run = re.split(r"接受|了|向|对|告诉|据|表示|在|是|为|和|与|及", bodies.left_context(ctx.text, m.end(1)))[-1]
        if len(run) >= 4 and run.endswith(m.group(1)) and not run.startswith(("本报", "该报", "我报")):
            start = m.end(1) - len(run)
            term = ctx.lexicon_term(run)
            ctx.reg.add(term.type if term else "Organization", term.canonical if term else run,
                        aliases=term.surfaces if term else (), confidence=conf.MEDIA_BEFORE_REPORTER,
                        mention=ctx.mention(start, m.end(1)))
            ctx.taken.add(start, m.end(1))


_FINAL_BYLINE = re.compile(r"[（(]([\u4e00-\u9fff]{1,3}[ \u3000]?[\u4e00-\u9fff]{1,3})[）)]\s*$")


_PAPER_BEFORE_REPORTER = re.compile(r"((?:日|时|晚)?报)记者")


def find_person_mentions(ctx: FactContext) -> None:
    for person in ctx.reg.of_type("Person"):
        seen = set(person.mentions)     # a set: a name said 100,000 times stays linear
        for m in re.finditer(re.escape(person.label), ctx.text):
            mention = ctx.mention(m.start(), m.end())
            if mention not in seen:
                seen.add(mention)
                person.mentions.append(mention)


# 王总, 李总工: the short forms a surname takes in place of a post, and the posts they stand for
_SHORT_POSTS = {"总": ("总经理", "总裁", "总工程师", "总监", "总编辑", "总干事"), "总工": ("总工程师",)}
# what may follow a surname and post that stands for a person: punctuation or the word after a subject
_AFTER_SURNAME_POST = re.compile(r"(?:[^\u4e00-\u9fff]|[对在表指强说认介提代主出也还则就的希建谈和与等首进详分回讲作为])")


def find_surname_post_mentions(ctx: FactContext) -> None:
    """聂会长, 吴院士, 敦总: a surname and a post, later in the article, name the one person
    of that surname named in full with that post (会长聂某某, 某某院士, 副总经理敦某某); that
    is a mention of them, so what they say there is theirs."""
    persons = [p for p in ctx.reg.of_type("Person") if 2 <= len(p.label) <= 4 and p.mentions]
    if not persons:
        return
    posts = sorted({*ctx.posts, *_SHORT_POSTS}, key=len, reverse=True)
    pattern = re.compile("(" + "|".join(sorted({p.label[:1] for p in persons})) + ")(" +
                         "|".join(re.escape(p) for p in posts) + ")")
    for m in pattern.finditer(ctx.text):
        if not _AFTER_SURNAME_POST.match(ctx.text, m.end()) and m.end() < len(ctx.text):
            continue
        holders = [p for p in persons if p.label[0] == m.group(1) and not ctx.text.startswith(p.label, m.start())
                   and _holds_post_near_name(ctx, p, m.group(2))]
        if len(holders) != 1:
            continue
        mention = ctx.mention(m.start(), m.end())
        if all(x.start != mention.start for x in holders[0].mentions):
            holders[0].mentions.append(mention)


# 选举某某为协会会长: the post someone is elected or appointed to, right after their name
_ELECTED_AS = re.compile(r"为[^，。；、]{0,8}")


def _holds_post_near_name(ctx: FactContext, person, post: str) -> bool:
    """Whether the article names ``person`` in full with ``post`` (or a post it is short for)
    just before or just after their name."""
    forms = _SHORT_POSTS.get(post, (post,))
    for m in person.mentions:
        if ctx.text[m.start:m.end] != person.label:
            continue
        before = ctx.text[max(0, m.start - 16):m.start]
        after = ctx.text[m.end:m.end + 10]
        elected_as = _ELECTED_AS.match(after)
        elected_to = elected_as.group() if elected_as else ""
        if any(before.endswith(f) or f + "、" in before or f + "，" in before or after.startswith(f)
               or f in elected_to for f in forms):
            return True
    return False


def key_persons_by_body(ctx: FactContext) -> None:
    """A person is keyed by name and body (two 张明 of two bodies are two people):
    person/<top body>/<name> when the article gives their post, person/<name> otherwise."""
    rekey: dict[str, str] = {}
    for (s, p, o), rel in ctx.relations.items():
        if p != "holdsPost" or rel.post == "记者" or s in rekey:
            continue
        top, seen = ctx.reg.entities[o], {o}
        while top.parent and top.parent in ctx.reg.entities and top.parent not in seen:
            seen.add(top.parent)
            top = ctx.reg.entities[top.parent]
        rekey[s] = f"person/{top.label}/{ctx.reg.entities[s].label}"
    if not rekey:
        return
    for old, new in rekey.items():
        entity = ctx.reg.entities.pop(old)
        entity.key = new
        ctx.reg.entities[new] = entity
    ctx.reg.rekey(rekey)
    relations = {}
    for (s, p, o), rel in ctx.relations.items():
        rel.subject, rel.object = rekey.get(s, s), rekey.get(o, o)
        relations[(rel.subject, p, rel.object)] = rel
    ctx.relations = relations
    ctx.speakers = {i: rekey.get(k, k) for i, k in ctx.speakers.items()}


def place_school_posts(ctx: FactContext) -> None:
    """校长, 校党委副书记 named without a body hold their post at the article's one university."""
    schools = [e for e in ctx.reg.of_type("Organization") if e.label.endswith(("大学", "学院")) and not e.parent]
    if len(schools) != 1:
        return
    for person, post, offset in ctx.school_posts:
        ctx.relate(person, "holdsPost", schools[0].key, ctx.sentence_at(offset), confidence=conf.SCHOOL_POST, post=post)


# ---------------------------------------------------------------- names the appositions miss

_SEPARATORS = " \u3000:：|｜丨、，,/"
# what opens a byline: 记者, 作者：, 策划, 本报见习记者, 采访人员, 通讯员 …
_BYLINE_MARKERS = ("见习记者", "特约记者", "全媒体记者", "首席记者", "记者", "通讯员", "作者", "撰文", "策划", "责任编辑", "编辑",
                   "采访人员", "实习生")
_BYLINE = re.compile("(?:" + "|".join(_BYLINE_MARKERS) + ")")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]+")


def looks_like_name(ctx: FactContext, candidate: str) -> bool:
    """A two- or three-character run (four with a compound surname) that opens with a
    surname and is no common word, place or body."""
    base = 2 if candidate[:2] in ctx.compound_surnames else 1 if candidate[:1] in ctx.surnames else 0
    if not base or not base + 1 <= len(candidate) <= base + 2:
        return False
    if bodies.is_common_word(candidate) or candidate in ctx.place_names or candidate in ctx.known_bodies:
        return False
    if candidate.endswith(bodies.ORG_SUFFIXES) or any(candidate.endswith(p) for p in ctx.posts if len(p) >= 2):
        return False
    return not any(candidate.startswith(m) for m in _BYLINE_MARKERS)


def _add_person(ctx: FactContext, name: str, start: int, confidence: float):
    return ctx.reg.add("Person", name, confidence=confidence, mention=ctx.mention(start, start + len(name)))


def find_bylines(ctx: FactContext) -> None:
    """Bylines the reporter rule misses: 记者|张明, 作者：李红, 本报记者 王明 见习记者 杨 洁,
    新华社记者张三 李四 王五, 记者吴明通讯员刘强, and a dateline's （张明 李红）."""
    for m in _BYLINE.finditer(ctx.text):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        if line_end - m.start() > 40 and "）" not in ctx.text[m.end():m.end() + 20]:
            continue   # running text (记者了解到…), not a byline
        _names_in_byline(ctx, m.end(), min(line_end, m.end() + 40))
    for m in re.finditer(r"电[ \u3000]*[（(]([\u4e00-\u9fff \u3000]{2,20})[）)]", ctx.text[:400]):
        tokens = m.group(1).split()
        if tokens and all(looks_like_name(ctx, t) for t in tokens):
            for t in tokens:
                _add_person(ctx, t, ctx.text.index(t, m.start(1)), conf.REPORTER_NAME)


def _names_in_byline(ctx: FactContext, i: int, end: int) -> None:
    while i < end:
        while i < end and ctx.text[i] in _SEPARATORS:
            i += 1
        marker = _BYLINE.match(ctx.text, i)
        if marker:
            i = marker.end()
            continue
        run = _NAME_RUN.match(ctx.text, i)
        if not run:
            return
        word = run.group()
        cut = _BYLINE.search(word, 2)   # 吴明通讯员刘强
        if cut:
            word = word[:cut.start()]
        if len(word) == 1 and word in ctx.surnames and ctx.text[i + 1:i + 2] in (" ", "\u3000"):
            given = _NAME_RUN.match(ctx.text, i + 2)   # 杨 洁: a two-character name spaced out
            if given and len(given.group()) <= 2 and not _BYLINE.match(given.group()):
                name = word + given.group()
                if looks_like_name(ctx, name):
                    _add_person(ctx, name, i, conf.REPORTER_NAME)
                i = given.end()
                continue
            return
        if not looks_like_name(ctx, word):
            return
        _add_person(ctx, word, i, conf.REPORTER_NAME)
        i += len(word)


# a name's own title after it (李明部长, 王红代表, 张强同志); the posts of the lexicon too
_TITLES_AFTER_NAME = ("同志", "代表", "委员", "先生", "女士")
_NAME_OPENING = "\n，。、；：:！？（(“”‘’ \u3000,;!?"


_SPEAKS = re.compile(r"(?:[，。：:、,]|说|表示|建议|认为|指出|关注|提出|介绍|告诉|呼吁|强调|谈到|坦言)")


def find_names_before_titles(ctx: FactContext) -> None:
    """A name between punctuation and its own title: 。李明部长强调, ，王红代表关注, 张强同志任…"""
    titles = sorted(set(_TITLES_AFTER_NAME) | {p for p in ctx.posts if len(p) >= 2}, key=len, reverse=True)
    pattern = re.compile(r"(?:^|(?<=[" + re.escape(_NAME_OPENING) + r"]))([\u4e00-\u9fff]{2,4}?)(" +
                         "|".join(map(re.escape, titles)) + ")", re.M)
    known = {e.label for e in ctx.reg.of_type("Person")}
    for m in pattern.finditer(ctx.text):
        name = m.group(1)
        if name in known:
            continue
        title = m.group(2)
        if not looks_like_name(ctx, name) or any(ctx.text.startswith(p, m.start(1)) for p in titles) or \
                any(p in name for p in ("副", "常务", "执行")) or title[0] in "省市县区州":
            continue   # 某县委书记: the run before a local post is a place
        if title in ("代表", "委员") and not _SPEAKS.match(ctx.text, m.end()):
            continue   # 都各自代表了…: a verb, not a deputy
        _add_person(ctx, name, m.start(1), conf.STATISTICAL_NAME)
        known.add(name)
    # 听了李克强总理…, 经某某主席签批: a name the dictionary knows needs no punctuation before it
    name_tags = jieba_dictionary().name_tags
    for m in re.finditer("|".join(map(re.escape, titles)), ctx.text):
        name = ctx.text[max(0, m.start() - 3):m.start()]
        if len(name) == 3 and name not in known and name_tags.get(name, "").startswith("nr") and looks_like_name(ctx, name):
            _add_person(ctx, name, m.start() - 3, conf.STATISTICAL_NAME)
            known.add(name)


# 任命王明为某部副部长, 王明任某局局长, 王明当选某人大常委会主任, 免去王明的…职务
_APPOINTED = re.compile(r"(?:^|(?<=[\n，。、；：:（(“ ,;]))(?:任命|提名|决定|同意)?([\u4e00-\u9fff]{2,4}?)(?:同志)?"
                        r"(?:当选为|当选|出任|担任|履新|接任|任|为)([\u4e00-\u9fff（）]{2,30}?)(?=[，。；、,;\n（(]|职务)", re.M)
_BEFORE_REN = set("调担接出兼专再现拟曾已转升改继连留新原提选聘")
_DISMISSED = re.compile(r"免去([\u4e00-\u9fff]{2,4}?)(?:（女）|\(女\))?的")


def find_appointments(ctx: FactContext) -> None:
    """The names of a personnel notice: 任命王明为某部副部长 (the person, the post and its body),
    免去王明的…职务 (the person)."""
    for m in _APPOINTED.finditer(ctx.text):
        name, tail = m.group(1), m.group(2)
        if not looks_like_name(ctx, name) or name[-1] in _BEFORE_REN and ctx.text[m.end(1):m.end(1) + 1] in "任为":
            continue   # 凌云调任…, 曾担任…: the verb's first character is no part of the name
        post = next((p for p in ctx.posts if tail.endswith(p)), None)
        if post is None:
            continue
        run = tail[:-len(post)]
        links = bodies.split_body_chain(run, ctx.known_bodies, ctx.place_names) if run else []
        if not links:
            continue
        person = ctx.reg.find(name, "Person") or _add_person(ctx, name, m.start(1), conf.OFFICIAL_NAME)
        body = add_body_chain(ctx, links, m.start(2), conf.OFFICIAL_BODY)
        if body:
            ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(m.start(2)), confidence=conf.POST_OF_BODY, post=post)
    for m in _DISMISSED.finditer(ctx.text):
        if looks_like_name(ctx, m.group(1)) and ctx.reg.find(m.group(1), "Person") is None:
            _add_person(ctx, m.group(1), m.start(1), conf.OFFICIAL_NAME)


# a transcript's guest list: 嘉  宾: 王明   某部某司司长、新闻发言人 / 李红   某市人民政府市长
_GUEST_LINE = re.compile(r"^(?:[\u4e00-\u9fff \u3000]{1,6}[:：][ \u3000]*)?"
                         r"([\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}))[ \u3000\t]{2,}"
                         r"([\u4e00-\u9fff、（）()]{3,60})[ \u3000]*$", re.M)
_NAME_LINE = re.compile(r"^[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]*$", re.M)


def find_guest_lines(ctx: FactContext) -> None:
    """The people of a transcript's heading or a list of deputies: a name, spaces and its posts on
    one line, a line of posts and the name alone on the next line (某局局长、新闻发言人⏎王明), or the
    name alone and its posts on the next line (王明⏎某市教育委员会副主任)."""
    for m in _GUEST_LINE.finditer(ctx.text):
        name = re.sub(r"[ \u3000]", "", m.group(1))
        if looks_like_name(ctx, name):
            person = ctx.reg.find(name, "Person") or _add_person(ctx, name, m.start(1), conf.OFFICIAL_NAME)
            _relate_post_line(ctx, person.key, m.group(2), m.start(2))
    for m in _NAME_LINE.finditer(ctx.text):
        line_start = ctx.text.rfind("\n", 0, max(m.start() - 1, 0)) + 1
        previous = ctx.text[line_start:max(m.start() - 1, line_start)].strip()
        name = m.group(1)
        if previous and any(previous.endswith(p) for p in ctx.posts) and looks_like_name(ctx, name) and \
                re.fullmatch(r"[\u4e00-\u9fff、（）()]{3,60}", previous):
            person = ctx.reg.find(name, "Person") or _add_person(ctx, name, m.start(1), conf.OFFICIAL_NAME)
            _relate_post_line(ctx, person.key, previous, ctx.text.index(previous, line_start))
            continue
        following_end = ctx.text.find("\n", m.end() + 1)
        following = ctx.text[m.end() + 1:following_end if following_end >= 0 else len(ctx.text)].strip()
        following = re.sub(r"[ \u3000]*[（(][^（）()]{1,8}[）)]$", "", following)   # 某局副局长（挂职）
        if following and any(following.endswith(p) for p in ctx.posts) and looks_like_name(ctx, name) and \
                re.fullmatch(r"[\u4e00-\u9fff、（）()]{4,60}", following):   # 王明⏎某市教育委员会副主任
            person = ctx.reg.find(name, "Person") or _add_person(ctx, name, m.start(1), conf.OFFICIAL_NAME)
            _relate_post_line(ctx, person.key, following, ctx.text.index(following, m.end()))


# 文 | 国家信息中心党委书记、主任 徐强: an opinion piece's author, with the posts they write from
_AUTHOR_LINE = re.compile(r"^(?:文|作者|撰文)\s*[|｜丨/／:：]\s*(?P<posts>[\u4e00-\u9fff、，,（）()]{3,60}?)"
                          r"[ \u3000\xa0]+(?P<name>[\u4e00-\u9fff]{2,4})"
                          r"(?P<more>(?:[ \u3000\xa0、，,]+[\u4e00-\u9fff]{2,4})*)[ \u3000\xa0]*$", re.M)
#: how far into the text an author's byline may stand (after the title and a column line)
_AUTHOR_LINE_WITHIN = 300


def find_author_bylines(ctx: FactContext) -> None:
    """The author of an opinion piece or an expert's interpretation, named with their posts on
    a byline near the top (文 | 某研究院副院长 某某): the person, their posts, and ``ctx.author``;
    or a body named alone there (文 | 某市互联网信息办公室): ``ctx.author_body``.
    A journalist's byline (作者 | 记者某某) names no post of a body and is left to the reporter rules."""
    _name_under_title(ctx)
    m = _AUTHOR_LINE.search(ctx.text, 0, _AUTHOR_LINE_WITHIN)
    if m is None:
        _author_body(ctx)
        return
    if "记者" in m.group("posts") or not looks_like_name(ctx, m.group("name")):
        return
    if not any(m.group("posts").endswith(p) for p in ctx.posts):
        _author_of_body(ctx, m)
        return
    for key in _byline_authors(ctx, m):
        _relate_post_line(ctx, key, m.group("posts"), m.start("posts"))


def _byline_authors(ctx: FactContext, m: re.Match) -> list[str]:
    """The persons an author's byline names (文 | 某中心某部 甲 乙: both, with the same posts), the
    first as ``ctx.author``, the others as ``ctx.coauthors``."""
    names = [(m.group("name"), m.start("name"))]
    names += [(n.group(0), m.start("more") + n.start()) for n in re.finditer(r"[\u4e00-\u9fff]+", m.group("more"))]
    keys = []
    for name, start in names:
        if looks_like_name(ctx, name):
            keys.append((ctx.reg.find(name, "Person") or _add_person(ctx, name, start, conf.OFFICIAL_NAME)).key)
    ctx.author, ctx.coauthors = (keys[0], keys[1:]) if keys else (None, [])
    return keys


# 工信部部长金壮龙在《人民日报》撰文, 某某近日在《求是》杂志发表署名文章, 某某发表题为《…》的文章: after
# the person, what says that they wrote the piece the article carries
_WROTE_PIECE = re.compile(r"(?:同志)?(?:近日|日前|今天|今日|\d{1,2}月\d{1,2}日)?(?:在|于)?(?:《[^《》\n]{1,16}》)?"
                          r"(?:杂志|报|上|刊发|发表|了)*(?:题为《[^《》\n]{1,80}》的)?(?:署名文章|撰文|文章)")
# 某某、某某撰文: further authors named before the marker
_FURTHER_AUTHOR = re.compile(r"[、和与](?P<name>[\u4e00-\u9fff]{2,4}?)(?=[、和与]|(?:同志)?(?:近日|日前|在|于|《|撰文|发表|署名))")
#: how far into the text the lead that says who wrote the piece may stand
_SIGNED_LEAD_WITHIN = 400


def find_signed_article_author(ctx: FactContext) -> None:
    """A lead that says a person wrote the piece (某部部长某某在《人民日报》撰文《…》指出, 某某发表署名文章), or the
    name alone under the title of a piece that speaks of its writer (笔者认为): ``ctx.author`` (the first),
    ``ctx.coauthors`` (the others, 某某、某某撰文), when no byline named one."""
    if ctx.author is not None:
        return
    if (writer := _self_referring_writer(ctx)) is not None:
        ctx.author = writer
        return
    found: list[tuple[int, str]] = []
    for person in ctx.reg.of_type("Person"):
        for m in person.mentions:
            if m.start < _SIGNED_LEAD_WITHIN and _wrote_piece_after(ctx, m.end):
                found.append((m.start, person.key))
    for start, key in sorted(found)[:1]:
        ctx.author = key
        end = start + len(ctx.reg.entities[key].label)
        while (more := _FURTHER_AUTHOR.match(ctx.text, end)) and (other := ctx.reg.find(more.group("name"), "Person")):
            ctx.coauthors.append(other.key)
            end = more.end("name")


def _wrote_piece_after(ctx: FactContext, end: int) -> bool:
    """Whether what follows a name at ``end`` (after any further names 、某某) says they wrote the piece."""
    while more := _FURTHER_AUTHOR.match(ctx.text, end):
        end = more.end("name")
    return bool(_WROTE_PIECE.match(ctx.text, end))


#: the article's second line: right under the title
_SECOND_LINE = re.compile(r"\A[^\n]*\n[ \u3000\xa0]*(?P<line>[^\n]*?)[ \u3000\xa0]*(?:\n|\Z)")


def _name_under_title(ctx: FactContext) -> None:
    """A line right under the title that is a person's name and nothing else (标题\n苏某某\n…):
    the author's byline of a page, a Person."""
    m = _SECOND_LINE.match(ctx.text)
    if m and looks_like_name(ctx, m.group("line")) and ctx.reg.find(m.group("line"), "Person") is None:
        _add_person(ctx, m.group("line"), m.start("line"), conf.OFFICIAL_NAME)


# 笔者认为, 笔者建议: the writer of a signed piece speaking of themselves
_THE_WRITER = re.compile(r"笔者")


def _self_referring_writer(ctx: FactContext) -> str | None:
    """The person named alone under the title (标题⏎王某某⏎…) when the piece speaks of its writer
    (笔者认为…): the signed piece's author; a name alone there is a reporter's byline otherwise."""
    m = _SECOND_LINE.match(ctx.text)
    person = ctx.reg.find(m.group("line"), "Person") if m and m.group("line") else None
    return person.key if person is not None and _THE_WRITER.search(ctx.text, m.end()) else None


#: how long a line may be that only attributes the paragraph before it (——全国政协委员、某集团董事长某某)
ATTRIBUTION_LINE_LENGTH = 80
# ——某某, —— 某大学教授某某: a line opened by a dash that names whose words the paragraph above are
ATTRIBUTION_LINE = re.compile(r"[ \u3000]*(?:——|—|－－|--)[^。；;！!？?“”\n]*$")
# what ends a post the lexicon may not know, right before the name that ends such a line (首席架构师, 技术主管)
_POST_LIKE_END = re.compile(r"(?:师|主管|总监|官|专家)$")


def attribution_lines(text: str):
    """(start, end) of each line of its own opened by a dash (——全国人大代表、某集团董事长某某)."""
    for line in re.finditer(r"(?m)^[^\n]+$", text):
        if line.start() > 0 and line.end() - line.start() <= ATTRIBUTION_LINE_LENGTH \
                and ATTRIBUTION_LINE.fullmatch(text, line.start(), line.end()):
            yield line.start(), line.end()


def find_attribution_line_names(ctx: FactContext) -> None:
    """——全国政协委员、某集团首席技术架构师某某: the name that ends a dash line of its own, after a post
    (one the lexicon knows, or one ending 师, 主管, 总监 …), is a Person's."""
    for start, end in attribution_lines(ctx.text):
        line = ctx.text[start:end].rstrip()
        if any(start <= m.start and m.end == start + len(line) for p in ctx.reg.of_type("Person") for m in p.mentions):
            continue   # its name is known already
        for size in (3, 2):
            name, before = line[-size:], line[:-size]
            if looks_like_name(ctx, name) and (_POST_LIKE_END.search(before)
                                               or any(before.endswith(post) for post in ctx.posts if len(post) >= 2)):
                _add_person(ctx, name, start + len(line) - size, conf.OFFICIAL_NAME)
                break


# （张某某 中国科学院院士 某大学副校长）, （作者：张某某，某研究院院长）: an expert's signature closing the piece
_CLOSING_SIGNATURE = re.compile(r"[（(](?:作者[：:])?[ \u3000\xa0]*(?P<name>[\u4e00-\u9fff]{2,4})[ \u3000\xa0，,、]+"
                                r"(?P<posts>[\u4e00-\u9fff][^（()）\n]{1,58}?)[ \u3000\xa0]*[)）]\s*\Z")


def find_closing_signature(ctx: FactContext) -> None:
    """The writer who signs the piece at its end with their posts (…。（张某某 中国科学院院士
    某大学副校长）): a Person and their posts; not a signature without a post (a reporter's,
    （作者：某某））. Not made the author: the goals of the plan such a piece interprets are the
    plan's, and an author's goals get no other owner (that lost on train)."""
    m = _CLOSING_SIGNATURE.search(ctx.text, max(0, len(ctx.text) - 80))
    if m is None or not looks_like_name(ctx, m.group("name")):
        return
    line = re.sub(r"[ \u3000\xa0，,]", "、", m.group("posts"))   # (as long as the text: the offsets hold)
    if not all(any(part.endswith(post) for post in ctx.posts) for part in line.split("、")):
        return
    person = ctx.reg.find(m.group("name"), "Person") or _add_person(ctx, m.group("name"), m.start("name"), conf.OFFICIAL_NAME)
    _relate_post_line(ctx, person.key, line, m.start("posts"))
    drop_honorary_posts(ctx)   # (中国科学院院士: a title, no post)


def _author_of_body(ctx: FactContext, m: re.Match) -> None:
    """A byline that names the author's body and no post (文 | 某大学法学院 某某): the person, a
    member of that body (holdsPost with no post), and ``ctx.author``."""
    run = m.group("posts")
    links = bodies.split_body_chain(run, ctx.known_bodies, ctx.place_names) if run.endswith(bodies.ORG_SUFFIXES) \
        or run in ctx.known_bodies else []
    body = add_body_chain(ctx, links, m.start("posts"), conf.OFFICIAL_BODY) if links else None
    if body is None:
        return
    for key in _byline_authors(ctx, m):
        ctx.relate(key, "holdsPost", body, ctx.sentence_at(m.start("name")), confidence=conf.POST_OF_BODY)


# 文 | 四川省成都市互联网信息办公室: a body as the author
_AUTHOR_BODY_LINE = re.compile(r"^(?:文|作者|撰文)\s*[|｜丨/／:：]\s*(?P<body>[\u4e00-\u9fff（）()]{4,40})[ \u3000\xa0]*$", re.M)


def _author_body(ctx: FactContext) -> None:
    """A byline that names a body alone (文 | 某市互联网信息办公室): the body, and ``ctx.author_body``."""
    m = _AUTHOR_BODY_LINE.search(ctx.text, 0, _AUTHOR_LINE_WITHIN)
    if m is None:
        return
    name = m.group("body")
    known = ctx.reg.find(name, "Agency") or ctx.reg.find(name, "Organization")
    if known is not None:
        ctx.author_body = known.key
        return
    links = bodies.split_body_chain(name, ctx.known_bodies, ctx.place_names)
    body = add_body_chain(ctx, links, m.start("body"), conf.OFFICIAL_BODY) if links else None
    if body is not None:
        ctx.author_body = body


def _relate_post_line(ctx: FactContext, person: str, line: str, offset: int) -> None:
    """某局局长、新闻发言人: each post of the line with its body (a bare post shares the one before)."""
    body = None
    for part in re.split("[、，,]", line):
        post = next((p for p in ctx.posts if part.endswith(p)), None)
        if post is None:
            return
        run = part[:-len(post)]
        if run:
            links = bodies.split_body_chain(run, ctx.known_bodies, ctx.place_names)
            body = add_body_chain(ctx, links, offset, conf.OFFICIAL_BODY) if links else None
        if body:
            ctx.relate(person, "holdsPost", body, ctx.sentence_at(offset), confidence=conf.POST_OF_BODY, post=post)
        offset += len(part) + 1


#: a body's name running on after an item of a series (安世亚太科技股份有限公司, 南昌大学): up to its ending
_BODY_RUN = re.compile(r"[^、，,。；;：:\s]{0,14}?(?:公司|集团|大学|学院|研究院|研究所|协会|学会|中心|实验室|银行|医院)")


def _opens_a_body(ctx: FactContext, start: int, name: str) -> bool:
    """The item after 、 is a body's name (一家公司、苏州某某软件股份有限公司), not a further person:
    the name read is a place, or a body's ending follows it before the next mark."""
    return name in ctx.place_names or bool(_BODY_RUN.match(ctx.text, start + len(name)))


_LIST_ITEM_END = re.compile(r"[、，,。；;：:\n（()）“”等]")
# what may open a list of names without punctuation: 市领导甲、乙, 出席的有甲、乙
_LIST_LEAD = ("领导", "嘉宾", "出席的有", "参加的有", "包括", "以及", "有")


def find_listed_names(ctx: FactContext) -> None:
    """The other names of a list that holds a known person: 甲、乙、丙出席 (each item a name
    on its own between 、 marks; a trailing 等 is the list's end)."""
    for person in list(ctx.reg.of_type("Person")):
        if not 2 <= len(person.label) <= 4 or (person.label + "、" not in ctx.text and "、" + person.label not in ctx.text):
            continue   # in no list
        for m in re.finditer(re.escape(person.label), ctx.text):
            end = m.end()
            while ctx.text.startswith("、", end):   # rightwards
                stop = _LIST_ITEM_END.search(ctx.text, end + 1)
                item_end = stop.start() if stop else len(ctx.text)
                item = ctx.text[end + 1:item_end]
                if not _listed_name(ctx, item, end + 1):
                    break
                end += 1 + len(item)
            start = m.start()
            while start > 0 and ctx.text[start - 1] == "、":   # leftwards
                stop = max((s.end() for s in _LIST_ITEM_END.finditer(ctx.text, max(0, start - 12), start - 1)), default=None)
                if stop is None:
                    break
                item = ctx.text[stop:start - 1]
                lead = next((k for k in range(1, len(item) - 1) if item[:k].endswith(_LIST_LEAD)), None)
                if len(item) > 3 and lead is not None:   # 市领导甲、乙: the lead is no part of the name
                    stop, item = stop + lead, item[lead:]
                if not _listed_name(ctx, item, stop):
                    break
                start = stop


def _listed_name(ctx: FactContext, item: str, start: int) -> bool:
    if not looks_like_name(ctx, item):
        return False
    if ctx.reg.find(item, "Person") is None:
        _add_person(ctx, item, start, conf.SERIES_NAME)
    return True
