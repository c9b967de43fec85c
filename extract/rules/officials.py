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
from cnkg.extract.rules.context import FactContext


def post_matches(ctx: FactContext):
    """(start, end, title) of every post title in the text, longest first, no overlaps."""
    found = []
    covered = set()
    for post in ctx.posts:
        for m in re.finditer(re.escape(post), ctx.text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            if ctx.text.startswith("会", m.end()) and post.endswith(("委员", "常委", "理事", "董事", "监事")):
                continue   # 全国委员会, 常委会, 理事会: a body's name, not a post
            covered.update(range(m.start(), m.end()))
            found.append((m.start(), m.end(), post))
    return sorted(found)


def find_officials(ctx: FactContext) -> None:
    """Body + post + name appositions: 自然资源部国土空间规划局局长张兵, including series
    such as 工业和信息化部新闻发言人、运行监测协调局局长罗俊杰 (the unit is the ministry's)."""
    posts = post_matches(ctx)
    ends = {end: i for i, (_, end, _) in enumerate(posts)}
    body_before: dict[int, str] = {}   # end of a "BODY POST NAME" → its body, for "…NAME和POST NAME2"
    name_ends: list[int] = []
    for i, (start, end, title) in enumerate(posts):
        name = bodies.name_after(ctx.text, end, ctx.surnames, ctx.compound_surnames, post_start=start)
        if not name:
            continue
        name_start = ctx.text.index(name, end)
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
            if k >= 0 and (ctx.text[k] in "、和及兼" or ctx.text[k] in "，," and k in ends and
                           bodies.left_context(ctx.text, posts[ends[k]][0])) and k in ends and ends[k] < j:
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
            # 全国人大代表、重庆市某局副局长: a body named with its own place is no unit of the one before
            own_place = run.startswith(ctx.place_prefixes) and not run.endswith(("省委会", "市委会"))
            unit = links and not links[0].known and not own_place and \
                links[0].surface.endswith(("司", "局", "处", "室", "厅", "办公室", "中心", "所", "省委会", "市委会")) and \
                not links[0].surface.endswith(("公司", "集团"))
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
                top = [link for link in previous_chain if link.known][:1]
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


def run_before(ctx: FactContext, s0: int, ends: dict[int, int]) -> str:
    """The body run before the post at ``s0``, cut after a 兼 that follows another post
    (总工程师兼…集团首席专家: the run is …集团, and the post before 兼 joins the series)."""
    run = bodies.left_context(ctx.text, s0)
    base = s0 - len(run)
    cut = max((i for i, ch in enumerate(run) if ch == "兼" and base + i in ends), default=None)
    return run[cut + 1:] if cut is not None else run


# a head of government named after a party post of the same place: the level of the place
_LOCAL_HEADS = {"省长": "省", "副省长": "省", "常务副省长": "省", "市长": "市", "副市长": "市", "常务副市长": "市",
                "区长": "区", "副区长": "区", "常务副区长": "区", "县长": "县", "副县长": "县", "常务副县长": "县"}


def local_government(ctx: FactContext, chain: list[bodies.BodyLink], level: str, offset: int) -> str | None:
    """中共苏州市委 → 苏州市人民政府 (an Agency, created when the article has not named it)."""
    for link in chain:
        m = re.match(r"(?:中共)?([\u4e00-\u9fff]{2,8}?" + level + r")(?:委|人大|政协)", link.surface)
        if m:
            place = m.group(1)
            gov = ctx.reg.add("Agency", place + "人民政府", aliases=[place + "政府"], confidence=conf.INFERRED_LOCAL_GOVERNMENT,
                              mention=None)
            return gov.key
    return None


_LEAD_INS = ("由", "请", "经", "受", "有", "并", "包括", "还有", "以及", "分别是", "分别为", "邀请到", "请到", "欢迎")


# 省工信厅, 市委宣传部: a body of the article's own province or city, named without the place
_LEVEL_PREFIXES = ("省委", "市委", "区委", "县委", "省政府", "市政府", "区政府", "县政府", "省人大", "市人大", "省政协", "市政协",
                   "省", "市")


def trim_to_known_body(ctx: FactContext, run: str) -> str:
    """会议由审计署… → 审计署…, 出席活动的有广州市委… → 广州市委…: drop a short lead-in ending in
    由/请/经/受/有/并/包括/还有 before a known body or a place (有研… alone, with nothing known after 有, stays)."""
    for i in range(1, min(len(run) - 1, 10)):
        if run[:i].endswith(_LEAD_INS) and (any(run.startswith(k, i) for k in ctx.known_body_prefixes(run[i:i + 2]))
                                       or run.startswith(ctx.place_prefixes, i)
                                       or run.startswith(_LEVEL_PREFIXES, i) and len(run) - i >= 3):
            return run[i:]
    return run


def more_names(ctx: FactContext, end: int, body: str, title: str, body_before: dict[int, str]) -> None:
    """副部长辛国斌、徐晓兰: further names after the first share its post and body."""
    while end < len(ctx.text) and ctx.text[end] == "、":
        name = bodies.name_after(ctx.text, end + 1, ctx.surnames, ctx.compound_surnames)
        if not name or any(ctx.text.startswith(p, end + 1) for p in ctx.posts if len(p) >= 4):
            return
        start = end + 1
        person = ctx.reg.add("Person", name, confidence=conf.SERIES_NAME, mention=ctx.mention(start, start + len(name)))
        ctx.relate(person.key, "holdsPost", body, ctx.sentence_at(start), confidence=conf.POST_OF_SERIES_NAME, post=title)
        end = start + len(name)
        body_before[end] = body


def find_reporters(ctx: FactContext) -> None:
    """（记者 成静）, 新华网北京10月20日电（记者盖博铭 吴燕霞）."""
    media_key = None
    for s in ctx.sentences[:4]:
        found = mentions.dateline(s.text)
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
