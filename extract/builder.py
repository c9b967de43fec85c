"""Doc → facts: turn the candidate spans of a processed Doc into an :class:`Extraction`.

The steps run in order, each a method of :class:`FactBuilder`:
sentences → lexicon entities → bodies and officials → persons, events, documents,
places → speakers → goals → statistics → relations that need several of these.
"""
from __future__ import annotations

import heapq
import re

from spacy.tokens import Doc

from cnkg.extract import attribution, bodies, figures, goal_model, goals, mentions
from cnkg.extract import confidence as conf
from cnkg.extract.lexicon import Lexicon
from cnkg.extract.model import Extraction, Sentence
from cnkg.extract.jieba_dict import jieba_dictionary
from cnkg.extract.rules.context import FactContext

SPEECH_VERBS = ("说道", "说", "指出", "表示", "介绍", "认为", "强调", "称", "呼吁", "坦言", "透露", "解释", "谈到",
                "建议", "提出", "分享", "阐述", "提到", "总结", "补充", "回应", "直言", "看来", "告诉", "介绍说")
GENERIC_TECHNOLOGIES = {"信息技术", "数字技术", "智能技术", "数字化转型", "新能源", "开源"}
# policy initiatives named like a technology: a goal may involve them, a body does not "promote" them as one
POLICY_CONCEPTS = {"互联网+"}
HOSTED = re.compile(r"(?:开幕|举行|召开|举办|闭幕|拉开帷幕|启幕)")
_PRONOUN = re.compile(r"(?:^|[，。：；“])\s*(?:他|她)")

#: 到2025年 / 至2030年: a target year; a forecast (预计到…) names one too
_TARGET_YEAR = re.compile(r"(?:到|至)(20\d\d年)")
# 《意见》指出，要…: a document as the subject that states what follows
_DOCUMENT_STATES = re.compile(r"《[^《》]+》(?:中)?(?:指出|提出|强调|明确|要求|部署)[，,：:]")
# 李明建议，…: a suggestion whose goals run to the end of the paragraph
_PROPOSAL_OPEN = re.compile(r"^\s*(?:[^，。；]{0,30}[，,])?(?:他|她)?[\u4e00-\u9fff]{0,5}(?:建议|呼吁)[，,：:]")
# a bare headline sentence: one short clause
_HEADLINE = re.compile(r"^\s*[^，,；;：:。！？]{4,14}。\s*$")
# a body directly followed by what it does (…局全面提升, …局将加强), not by a post
_ACTS = re.compile(r"(?:将|要|正|已|还|也|先后|积极|全面|持续|大力|不断|进一步|切实|着力|深入|扎实|加快|加强|"
                   r"推进|推动|提升|完善|建设|打造|实施|开展|部署|围绕|聚焦)")


class FactBuilder(FactContext):
    """The fact rules in order over one :class:`FactContext` (extract/rules/context.py)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, *, document: str, title: str | None = None,
                 ner_spans_key: str = "kg_ner", goal_model=None, attribution_model=None):
        super().__init__(doc, lexicon, document=document, title=title, ner_spans_key=ner_spans_key)
        self.goal_model = goal_model
        self.attribution_model = attribution_model

    # ------------------------------------------------------------------ driver
    def build(self) -> Extraction:
        self.read_sentences()
        self.find_events_and_documents()
        self.find_officials()
        self.find_reporters()
        self.find_bodies_in_running_text()
        self.attach_short_party_units()
        self.find_lexicon_entities()
        self.attach_party_committees()
        self.find_statistical_entities()
        self.merge_short_body_names()
        self.place_school_posts()
        self.find_person_mentions()
        self.resolve_body_references()
        self.find_speakers()
        self.find_enumerated_goals()
        self.find_clause_goals()
        self.find_model_goals()
        self.find_statistics()
        self.relate_events_and_documents()
        self.attribute_goals()
        self.relate_goals_to_technologies()
        self.key_persons_by_body()
        return Extraction(document=self.document, text=self.text, title=self.title,
                          sentences=self.sentences, entities=list(self.reg),
                          relations=list(self.relations.values()))

    def find_events_and_documents(self) -> None:
        for f in mentions.events(self.text, self.is_entity_span):
            self.reg.add("Event", f.label, aliases=f.aliases, confidence=conf.EVENT,
                         mention=self.mention(f.start, f.end))
            self.taken.add(f.start, f.end)
        for f in mentions.documents(self.text):
            known = self.known_bodies.get(f.label)
            if known:   # 《人民日报》 is a newspaper, not a document
                continue
            self.reg.add("Document", f.label, aliases=f.aliases, confidence=conf.DOCUMENT,
                         mention=self.mention(f.start, f.end))
            self.taken.add(f.start, f.end)

    def add_body_chain(self, links: list[bodies.BodyLink], start: int, confidence: float, *,
                       contiguous: bool = True) -> str | None:
        """Register a chain of bodies (parent first), linked by subOrganizationOf; returns the last key.

        ``contiguous=False``: the first link was named earlier in the sentence, not at ``start``."""
        parent = None
        parent_type = None
        pos = start
        for n, link in enumerate(links):
            if not contiguous and n == 0:
                entity = self.reg.find(link.surface, "Agency")
                if entity is not None:
                    parent, parent_type = entity.key, entity.type
                    pos = start + len(link.surface)
                    continue
            term = self.lexicon_term(link.surface) or self.lexicon_term(bodies.strip_legal_form(link.surface))
            label = term.canonical if term else link.surface
            existing = self.reg.find(link.surface, "Agency")
            aliases = list(term.surfaces) if term else []
            if parent is not None and not link.known:
                full = self.reg.entities[parent].label + link.surface
                aliases.append(full)
                if existing is None:
                    existing = self.reg.find(full, "Agency")
            type_ = existing.type if existing else (term.type if term else link.type)
            if existing is not None:
                entity = self.reg.add(existing.type, existing.label, aliases=[link.surface, *aliases],
                                      confidence=confidence, mention=self.mention(pos, pos + len(link.surface)))
            else:
                entity = self.reg.add(type_, label, aliases=aliases, label_en=term.english if term else None,
                                      confidence=confidence if not link.known else conf.KNOWN_BODY_IN_CHAIN,
                                      mention=self.mention(pos, pos + len(link.surface)),
                                      parent=parent if not link.known else None)
            if parent is not None and not link.known and entity.key != parent:   # never its own unit
                entity.parent = entity.parent or parent
                self.relate(entity.key, "subOrganizationOf", parent, self.sentence_at(pos), confidence=conf.CHAIN_SUB_ORGANIZATION)
            parent, parent_type = entity.key, entity.type
            pos += len(link.surface)
        if contiguous:
            self.taken.add(start, pos)
        return parent

    def post_matches(self):
        """(start, end, title) of every post title in the text, longest first, no overlaps."""
        found = []
        covered = set()
        for post in self.posts:
            for m in re.finditer(re.escape(post), self.text):
                if any(i in covered for i in range(m.start(), m.end())):
                    continue
                covered.update(range(m.start(), m.end()))
                found.append((m.start(), m.end(), post))
        return sorted(found)

    def find_officials(self) -> None:
        """Body + post + name appositions: 自然资源部国土空间规划局局长张兵, including series
        such as 工业和信息化部新闻发言人、运行监测协调局局长罗俊杰 (the unit is the ministry's)."""
        posts = self.post_matches()
        ends = {end: i for i, (_, end, _) in enumerate(posts)}
        body_before: dict[int, str] = {}   # end of a "BODY POST NAME" → its body, for "…NAME和POST NAME2"
        name_ends: list[int] = []
        for i, (start, end, title) in enumerate(posts):
            name = bodies.name_after(self.text, end, self.surnames, self.compound_surnames, post_start=start)
            if not name:
                continue
            name_start = self.text.index(name, end)
            name_ends.append(name_start + len(name))
            person = self.reg.add("Person", name, confidence=conf.OFFICIAL_NAME,
                                  mention=self.mention(name_start, name_start + len(name)))
            embedded = self.body_opening(title, 2) if not bodies.left_context(self.text, start) else None
            if embedded:   # 国务院总理李强: the post names its body
                body = self.reg.find(embedded, "Agency") or self.add_lexicon_body(embedded, start)
                if body is not None:
                    self.relate(person.key, "holdsPost", body.key, self.sentence_at(start), confidence=conf.POST_OF_EMBEDDED_BODY,
                                post=title[len(embedded):])
            shared = body_before.get(start - 1) if start and self.text[start - 1] in "、和及与，," else None
            if shared:   # 工业和信息化部副部长王江平和总工程师田玉龙; 部长金壮龙，副部长辛国斌
                self.relate(person.key, "holdsPost", shared, self.sentence_at(start), confidence=conf.POST_OF_SHARED_BODY, post=title)
                body_before[name_start + len(name)] = shared
                self.more_names(name_start + len(name), shared, title, body_before)
                continue
            series = [(start, title)]
            j = i
            while True:   # walk back over "POST、", "BODY POST、" links of the series
                s0 = series[-1][0]
                run = self.run_before(s0, ends)
                k = s0 - len(run) - 1
                # 全国政协委员，某集团董事长X: "，" joins a BODY POST that no name follows
                if k >= 0 and (self.text[k] in "、和及兼" or self.text[k] in "，," and k in ends and
                               bodies.left_context(self.text, posts[ends[k]][0])) and k in ends and ends[k] < j:
                    j = ends[k]
                    series.append((posts[j][0], posts[j][2]))
                    continue
                break
            previous_chain: list[bodies.BodyLink] = []
            # 某工业总工程师兼某装备集团首席专家: a short name in a series with a company is a company too
            corporate = len(series) > 1 and any(self.run_before(s, ends).endswith(("公司", "集团")) for s, _ in series)
            for s0, post in reversed(series):   # earliest first
                run = self.trim_to_known_body(self.run_before(s0, ends))
                after_name = max((e for e in name_ends if e < s0 and s0 - e <= len(run) + 1), default=None)
                if after_name is not None and self.text[after_name] in "和及与、":   # …张利东和科大讯飞董事长刘庆峰
                    run = self.text[after_name + 1:s0]
                links = bodies.split_body_chain(run, self.known_bodies, self.place_names) if run else []
                if not links and (post.startswith("校") or post.endswith("校长")):   # 校长柳某: the article's university, once it is known
                    self.school_posts.append((person.key, post, s0))
                if not links and post in bodies.CORPORATE_POSTS and 2 <= len(run) <= 10:
                    links = [bodies.BodyLink(run, "Organization", False)]   # 字节跳动副总裁张利东
                elif not links and corporate and 2 <= len(run) <= 8 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", run):
                    links = [bodies.BodyLink(run, "Organization", False)]
                if not run and post in self._LOCAL_HEADS and previous_chain:   # 中共X市委副书记、市长某某
                    government = self.local_government(previous_chain, self._LOCAL_HEADS[post], s0)
                    if government:
                        self.relate(person.key, "holdsPost", government, self.sentence_at(s0), confidence=conf.POST_OF_LOCAL_GOVERNMENT,
                                    post=post)
                        continue
                # 全国人大代表、重庆市某局副局长: a body named with its own place is no unit of the one before
                own_place = run.startswith(self.place_prefixes) and not run.endswith(("省委会", "市委会"))
                unit = links and not links[0].known and not own_place and \
                    links[0].surface.endswith(("司", "局", "处", "室", "厅", "办公室", "中心", "所", "省委会", "市委会")) and \
                    not links[0].surface.endswith(("公司", "集团"))
                k = s0 - len(run) - 1
                listed = body_before.get(k) if unit and not previous_chain and k >= 0 and self.text[k] in "、，," else None
                if listed:   # 国家X局局长甲、Y司主要负责人乙、Z司司长丙: the bare units are the head body's
                    head = self.reg.entities.get(listed)
                    if head is not None and head.parent and head.label.endswith(("司", "处", "室", "办公室")):
                        head = self.reg.entities.get(head.parent)
                    if head is not None and head.type == "Agency":
                        top_link = bodies.BodyLink(head.label, head.type, True)
                        if links[0].surface == head.label:   # 省工信厅综合处处长甲，省工信厅电子信息处处长乙
                            links = links[1:]
                        body = self.add_body_chain([top_link] + links, k + 1 - len(head.label), conf.UNIT_OF_LISTED_BODY, contiguous=False)
                        self.relate(person.key, "holdsPost", body, self.sentence_at(s0), confidence=conf.POST_OF_UNIT, post=post)
                        body_before[name_start + len(name)] = body
                        continue
                if unit and previous_chain:
                    top = [link for link in previous_chain if link.known][:1]
                    if top:
                        body = self.add_body_chain(top + links, s0 - len(run) - len(top[0].surface), conf.UNIT_OF_PREVIOUS_CHAIN,
                                                   contiguous=False)
                        self.taken.add(s0 - len(run), s0)   # the unit's own words are not a running-text body
                        self.relate(person.key, "holdsPost", body, self.sentence_at(s0), confidence=conf.POST_OF_UNIT, post=post)
                        continue
                if links:
                    body = self.add_body_chain(links, s0 - len(run), conf.OFFICIAL_BODY)
                    previous_chain = links
                    if body:
                        self.relate(person.key, "holdsPost", body, self.sentence_at(s0), confidence=conf.POST_OF_BODY, post=post)
                        body_before[name_start + len(name)] = body
                        if post == title:
                            self.more_names(name_start + len(name), body, title, body_before)

    def run_before(self, s0: int, ends: dict[int, int]) -> str:
        """The body run before the post at ``s0``, cut after a 兼 that follows another post
        (总工程师兼…集团首席专家: the run is …集团, and the post before 兼 joins the series)."""
        run = bodies.left_context(self.text, s0)
        base = s0 - len(run)
        cut = max((i for i, ch in enumerate(run) if ch == "兼" and base + i in ends), default=None)
        return run[cut + 1:] if cut is not None else run

    # a head of government named after a party post of the same place: the level of the place
    _LOCAL_HEADS = {"省长": "省", "副省长": "省", "常务副省长": "省", "市长": "市", "副市长": "市", "常务副市长": "市",
                    "区长": "区", "副区长": "区", "常务副区长": "区", "县长": "县", "副县长": "县", "常务副县长": "县"}

    def local_government(self, chain: list[bodies.BodyLink], level: str, offset: int) -> str | None:
        """中共苏州市委 → 苏州市人民政府 (an Agency, created when the article has not named it)."""
        for link in chain:
            m = re.match(r"(?:中共)?([\u4e00-\u9fff]{2,8}?" + level + r")(?:委|人大|政协)", link.surface)
            if m:
                place = m.group(1)
                gov = self.reg.add("Agency", place + "人民政府", aliases=[place + "政府"], confidence=conf.INFERRED_LOCAL_GOVERNMENT,
                                   mention=None)
                return gov.key
        return None

    _LEAD_INS = ("由", "请", "经", "受", "有", "并", "包括", "还有", "以及", "分别是", "分别为", "邀请到", "请到", "欢迎")

    # 省工信厅, 市委宣传部: a body of the article's own province or city, named without the place
    _LEVEL_PREFIXES = ("省委", "市委", "区委", "县委", "省政府", "市政府", "区政府", "县政府", "省人大", "市人大", "省政协", "市政协",
                       "省", "市")

    def trim_to_known_body(self, run: str) -> str:
        """会议由审计署… → 审计署…, 出席活动的有广州市委… → 广州市委…: drop a short lead-in ending in
        由/请/经/受/有/并/包括/还有 before a known body or a place (有研… alone, with nothing known after 有, stays)."""
        for i in range(1, min(len(run) - 1, 10)):
            if run[:i].endswith(self._LEAD_INS) and (any(run.startswith(k, i) for k in self.known_body_prefixes(run[i:i + 2]))
                                           or run.startswith(self.place_prefixes, i)
                                           or run.startswith(self._LEVEL_PREFIXES, i) and len(run) - i >= 3):
                return run[i:]
        return run

    def more_names(self, end: int, body: str, title: str, body_before: dict[int, str]) -> None:
        """副部长辛国斌、徐晓兰: further names after the first share its post and body."""
        while end < len(self.text) and self.text[end] == "、":
            name = bodies.name_after(self.text, end + 1, self.surnames, self.compound_surnames)
            if not name or any(self.text.startswith(p, end + 1) for p in self.posts if len(p) >= 4):
                return
            start = end + 1
            person = self.reg.add("Person", name, confidence=conf.SERIES_NAME, mention=self.mention(start, start + len(name)))
            self.relate(person.key, "holdsPost", body, self.sentence_at(start), confidence=conf.POST_OF_SERIES_NAME, post=title)
            end = start + len(name)
            body_before[end] = body

    def find_reporters(self) -> None:
        """（记者 成静）, 新华网北京10月20日电（记者盖博铭 吴燕霞）."""
        media_key = None
        for s in self.sentences[:4]:
            found = mentions.dateline(s.text)
            if found:
                org, place = found
                term = self.lexicon_term(org)
                media = self.reg.add(term.type if term else "Organization", term.canonical if term else org,
                                     aliases=term.surfaces if term else (), confidence=conf.DATELINE_MEDIA,
                                     mention=self.mention(s.start, s.start + len(org)))
                media_key = media.key
                self.taken.add(s.start, s.start + len(org))
                if place and place in self.place_names:
                    pass   # the place is picked up by the lexicon
                break
        for m in re.finditer(r"(?:记者|通讯员|摄影)[ \u3000]*((?:[\u4e00-\u9fff]{2,4}[ \u3000、，,]*){1,4})[）)]", self.text):
            for name in re.split(r"[ \u3000、，,]+", m.group(1)):
                if 2 <= len(name) <= 3 and (name[0] in self.surnames or name[:2] in self.compound_surnames):
                    start = self.text.index(name, m.start(1))
                    person = self.reg.add("Person", name, confidence=conf.REPORTER_NAME, mention=self.mention(start, start + len(name)))
                    if media_key:
                        self.relate(person.key, "holdsPost", media_key, self.sentence_at(start),
                                    confidence=conf.REPORTER_POST, post="记者")
        # a byline without 记者 closing the article: …。（张小明） or （欧阳 明）
        tail = self._FINAL_BYLINE.search(self.text[-40:])
        if tail:
            name = tail.group(1).replace(" ", "").replace("\u3000", "")
            if 2 <= len(name) <= 4 and (name[0] in self.surnames or name[:2] in self.compound_surnames) and \
                    not bodies.is_common_word(name) and not name.endswith(bodies.ORG_SUFFIXES):
                start = len(self.text) - 40 + tail.start(1) if len(self.text) > 40 else tail.start(1)
                person = self.reg.add("Person", name, confidence=conf.FINAL_BYLINE_NAME, mention=self.mention(start, start + len(tail.group(1))))
                if media_key:
                    self.relate(person.key, "holdsPost", media_key, self.sentence_at(start), confidence=conf.REPORTER_POST, post="记者")
        # 接受中国经济时报记者采访: the newspaper before 记者 is a media outlet
        for m in self._PAPER_BEFORE_REPORTER.finditer(self.text):
            run = re.split(r"接受|了|向|对|告诉|据|表示|在|是|为|和|与|及", bodies.left_context(self.text, m.end(1)))[-1]
            if len(run) >= 4 and run.endswith(m.group(1)) and not run.startswith(("本报", "该报", "我报")):
                start = m.end(1) - len(run)
                term = self.lexicon_term(run)
                self.reg.add(term.type if term else "Organization", term.canonical if term else run,
                             aliases=term.surfaces if term else (), confidence=conf.MEDIA_BEFORE_REPORTER,
                             mention=self.mention(start, m.end(1)))
                self.taken.add(start, m.end(1))

    _FINAL_BYLINE = re.compile(r"[（(]([\u4e00-\u9fff]{1,3}[ \u3000]?[\u4e00-\u9fff]{1,3})[）)]\s*$")

    _PAPER_BEFORE_REPORTER = re.compile(r"((?:日|时|晚)?报)记者")

    _RUN_BREAK = re.compile(r"联合|编写|编制|发布|举办|主办|承办|牵头|会同|携手|共同|指导|支持|正在|正|将|已|在|的|"
                            r"建设成为|成为|打造|(?<!自)由|积极|参与|院士|组成")

    _COORDINATION = re.compile(r"(?<!以)[和与及]")

    # a preposition or conjunction right after a body's suffix ends the run (not 分析与应用 inside a name)
    _BREAK_AFTER_BODY = re.compile(r"向|对|代表|为|与|以及")

    _PARTY_AND_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,6}?)([省市区县州])委\2(人民)?政府")

    def add_party_and_government(self, chunk: str, start: int) -> bool:
        """天津市委市政府, 四川省委省政府: the party committee and the government side by side, not a unit of it."""
        m = self._PARTY_AND_GOVERNMENT.match(chunk)
        if not m or not (m.group(1) in self.place_names or m.group(1) + m.group(2) in self.place_names):
            return False
        place = m.group(1) + m.group(2)
        split = start + len(place) + 1
        self.reg.add("Agency", place + "委", confidence=conf.PARTY_AND_GOVERNMENT, mention=self.mention(start, split))
        self.reg.add("Agency", place + "政府", aliases=[place + "人民政府"], confidence=conf.PARTY_AND_GOVERNMENT,
                     mention=self.mention(split, start + m.end()))
        self.taken.add(start, start + m.end())
        return True

    def find_bodies_in_running_text(self) -> None:
        """Bodies named outside an apposition: 此报告由北京大学…实验室联合多家单位编写.

        A run starts at a known body or place (or 中国/国家…) and ends at the last
        organisation suffix before a verb or punctuation; it is split into a chain."""
        starts = sorted({sp.start_char for sp in self.doc.spans.get("kg_lexicon", [])
                         if sp.label_ in ("Agency", "Organization", "Place")}
                        | {m.start() for m in re.finditer(r"中国|国家|全国|中华", self.text)})
        suffixes = tuple(sorted(bodies.RUNNING_TEXT_SUFFIXES, key=len, reverse=True))
        local_suffixes = tuple(sorted(bodies.RUNNING_TEXT_SUFFIXES + bodies.LOCAL_GOVERNMENT_SUFFIXES, key=len, reverse=True))
        heapq.heapify(starts)   # a coordinated body (…政府和苏州大学) adds its start
        done = set()
        while starts:
            start = heapq.heappop(starts)
            if start in done or self.taken.covers(start):
                continue
            done.add(start)
            if self.text[max(0, start - 2):start] in ("成为", "打造"):   # 打造中国一流…中心: an aim, not a body
                continue
            m = re.match(r"[\u4e00-\u9fffA-Za-z0-9（）()·]{3,40}", self.text[start:start + 40])
            if not m:
                continue
            chunk = re.split(r"[（(](?:以下)?简称", m.group(0))[0]   # …中心（简称…）: the short name is not a unit
            brk = self._RUN_BREAK.search(chunk, 2)
            if brk:
                chunk = chunk[:brk.start()]
            for brk in self._COORDINATION.finditer(chunk, 3):   # 苏州市人民政府|和|苏州大学: two bodies
                tail = chunk[brk.end():]
                if chunk[:brk.start()].endswith(bodies.ORG_SUFFIXES) and \
                        any(tail.find(x, 2) >= 0 for x in local_suffixes):
                    chunk = chunk[:brk.start()]
                    heapq.heappush(starts, start + brk.end())
                    break
            for brk in self._BREAK_AFTER_BODY.finditer(chunk, 2):   # 天津市委市政府|向…, 深圳市科创委|与…
                if chunk[:brk.start()].endswith(local_suffixes):
                    chunk = chunk[:brk.start()]
                    break
            if self.add_party_and_government(chunk, start):
                continue
            local = chunk.startswith(self.place_prefixes)   # 浙江省经济和信息化厅, 杭州市人民政府
            ends = [e.end() for e in re.finditer("|".join(local_suffixes if local else suffixes), chunk)
                    if e.end() >= 4]
            for end in reversed(ends):
                links = bodies.split_body_chain(chunk[:end], self.known_bodies, self.place_names)
                if links and not (len(links) == 1 and links[0].known) and links[-1].surface not in self.place_names:
                    if not links[-1].known and links[-1].surface.endswith(self._FACILITIES):
                        break   # 全国一体化大数据中心(体系建设): a facility, not a body
                    self.add_body_chain(links, start, conf.RUNNING_TEXT_BODY)
                    break

    _FACILITIES = ("数据中心", "算力中心", "计算中心", "超算中心")

    _SHORT_PARTY_UNIT = re.compile(r"([省市区县州])委[\u4e00-\u9fff]{2,}")

    def attach_short_party_units(self) -> None:
        """天津市委常委、市委教育工委书记: a unit named 市委X/省委X belongs to the party
        committee (天津市委) named last before it in the same sentence."""
        committees = [(m, e) for e in self.reg.of_type("Agency") if len(e.label) > 2 and
                      re.fullmatch(r"[\u4e00-\u9fff]{2,6}[省市区县州]委", e.label) for m in e.mentions]
        for unit in self.reg.of_type("Agency", "Organization"):
            short = self._SHORT_PARTY_UNIT.fullmatch(unit.label)
            if not short or unit.parent:
                continue
            for um in unit.mentions:
                before = [(m.end, e) for m, e in committees if m.sentence == um.sentence and m.end <= um.start
                          and e.label.endswith(short.group(1) + "委") and e.key != unit.key]
                if before:
                    parent = max(before, key=lambda x: x[0])[1]
                    unit.parent = parent.key
                    self.relate(unit.key, "subOrganizationOf", parent.key, um.sentence, confidence=conf.SHORT_PARTY_UNIT_PARENT)
                    break

    # the eight democratic parties: short name → short name of the central committee
    _PARTIES = {"民革": "民革中央", "民盟": "民盟中央", "民建": "民建中央", "民进": "民进中央", "农工党": "农工党中央",
                "致公党": "致公党中央", "九三学社": "九三学社中央", "台盟": "台盟中央"}

    def attach_party_committees(self) -> None:
        """民盟福建省委会, 九三学社上海市委: a party's local committee belongs to its central committee
        when the article names that too."""
        centrals = {self._PARTIES[p]: p for p in self._PARTIES}
        for unit in self.reg.of_type("Agency", "Organization"):
            parent = self.reg.entities.get(unit.parent) if unit.parent else None
            party = next((centrals[a] for a in ([parent.label, *parent.aliases] if parent else []) if a in centrals),
                         None)
            if party and not unit.label.startswith(party):   # 民盟中央常委、福建省委会主委: 民盟福建省委会
                self.reg.alias(unit, party + unit.label)
                continue
            party = next((p for p in self._PARTIES if unit.label.startswith(p)), None)
            if not party or unit.parent or "中央" in unit.label[:len(party) + 2]:
                continue
            central = self.reg.find(self._PARTIES[party])
            if central is not None and central.key != unit.key:
                unit.parent = central.key
                self.relate(unit.key, "subOrganizationOf", central.key, unit.mentions[0].sentence, confidence=conf.PARTY_COMMITTEE_PARENT)

    def find_lexicon_entities(self) -> None:
        names = self.mentions_of("Person")   # 辛清华: a short alias (清华) inside a person's name is no body
        for span in self.doc.spans.get("kg_lexicon", []):
            if span.label_ == "Post" or self.is_taken(span.start_char, span.end_char) or (
                    span.label_ in ("Place", "Technology") and self.taken.covers(span.start_char)):
                continue
            if len(span.text) <= 2 and names.covers(span.start_char):
                continue
            if span.label_ == "Technology" and (self.text.startswith("服务业", span.end_char) or
                                                span.text in GENERIC_TECHNOLOGIES and
                                                self.text.startswith("产业", span.end_char)):
                continue   # 软件与信息技术服务业, 信息技术产业: an industry, not the technology (人工智能产业 keeps it)
            if span.label_ == "Place" and span.text == "中国" and \
                    self.text[max(0, span.start_char - 2):span.start_char] in self._SLOGANS:
                continue   # 数字中国, 健康中国: a slogan, not the country
            term = self.terms.get((span.kb_id_, span.label_))
            if term is None:
                continue
            self.reg.add(term.type, term.canonical, aliases=term.aliases, label_en=term.english or None,
                         confidence=conf.LEXICON_ENTITY, mention=self.mention(span.start_char, span.end_char))

    _SLOGANS = {"数字", "健康", "美丽", "平安", "法治", "智慧", "创新", "文化", "体育", "教育", "科技", "网络", "交通",
                "质量", "制造", "航天", "海洋", "人才", "贸易", "农业", "金融", "智造"}

    _NER_PERSON_CONTEXT = re.compile(r"^(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) +
                                     r"|在|[，。、：:）)”])")

    _GENERIC_PLACES = {"自治区", "地区", "社区", "城乡社区", "园区", "小区", "景区", "城区", "辖区", "市区", "县城",
                       "全省", "全市", "本市", "该市", "各省", "各市"}

    def find_statistical_entities(self) -> None:
        """Names the trained NER finds that no rule did (people, local bodies, companies).

        The model is right often enough to add names no lexicon has, but a span is only
        taken where the text around it agrees: a person followed by a speech verb or
        punctuation and not a fragment of a known name; a body ending like a body; a
        place ending like an administrative division."""
        persons = [e.label for e in self.reg.of_type("Person")]
        # 中国信息|通信研究院: a span inside a name already found is a fragment of it
        known = self.mentions_of("Agency", "Organization", "Person", "Place")
        for span in self.doc.spans.get(self.ner_spans_key, []):
            text, start, end = trim_span(span.text, span.start_char, span.end_char)
            if not text:
                continue
            if self.is_taken(start, end) or self.taken.covers(start) or self.reg.find(text) or \
                    known.covers(start) or known.covers(end - 1):
                continue
            if bodies.splits_common_word(self.text, start):
                continue   # (出)席省政府, (介绍)…: the span starts inside a word, or with a verb
            if span.label_ == "PERSON":
                if not (2 <= len(text) <= 3 and (text[0] in self.surnames or text[:2] in self.compound_surnames)):
                    continue
                if bodies.is_common_word(text) or text in jieba_dictionary().plain or \
                        self.text[max(0, start - 1):start] in ("更", "很", "最", "较", "太", "越"):
                    continue   # 积极, 更周全: a word, not a name
                if any(text in p for p in persons) or not self._NER_PERSON_CONTEXT.match(self.text[end:end + 4]):
                    continue
                self.reg.add("Person", text, confidence=conf.STATISTICAL_NAME, mention=self.mention(start, end))
                persons.append(text)
            elif span.label_ in ("AGENCY", "ORG") and len(text) >= 4:
                brk = self._RUN_BREAK.search(text, 2)   # 国家发展改革委主办: the verb is not part of the name
                if brk:
                    text = text[:brk.start()]
                if len(text) < 4 or not text.endswith(bodies.ORG_SUFFIXES) or self.reg.find(text):
                    continue
                links = bodies.split_body_chain(text, self.known_bodies, self.place_names)
                if any(not link.known and self.verb_like_unit(link.surface) for link in links):
                    continue
                if links:
                    self.add_body_chain(links, start, conf.STATISTICAL_NAME)
            elif span.label_ == "PLACE" and text.endswith(("省", "市", "县", "州", "自治区")) and \
                    3 <= len(text) <= 8 and text not in self._GENERIC_PLACES and not text.endswith("城市"):
                self.reg.add("Place", text, confidence=conf.STATISTICAL_NAME, mention=self.mention(start, end))

    _SHORT_NAME = re.compile(r"[（(](?:以下)?简称[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?[）)]")

    def merge_short_body_names(self) -> None:
        """江南数字经济研究院（以下简称“数经院”）: the short name is an alias of the body named right
        before it; a node found under the short name (数经院院长…) is merged into it."""
        ending = {m.end: e for e in self.reg.of_type("Agency", "Organization") for m in e.mentions}
        merged: dict[str, str] = {}
        for m in self._SHORT_NAME.finditer(self.text):
            body = ending.get(m.start())
            if body is None or body.key not in self.reg.entities:
                continue
            short = m.group(1)
            other = self.reg.find(short, "Agency")
            if other is not None and other.key != body.key:
                self.reg.merge(body, other)
                merged[other.key] = body.key
            self.reg.alias(body, short)
        if not merged:
            return
        relations, self.relations = self.relations, {}
        for rel in relations.values():   # one pass over the relations, whatever the number of merges
            s, o = rel.subject, rel.object
            while s in merged:
                s = merged[s]
            while o in merged:
                o = merged[o]
            if s == o:
                continue
            rel.subject, rel.object = s, o
            if (s, rel.predicate, o) not in self.relations:
                self.relations[(s, rel.predicate, o)] = rel

    @staticmethod
    def verb_like_unit(surface: str) -> bool:
        """主办, 承办, 协办: two characters ending in a one-character suffix, but a verb, not a unit."""
        return len(surface) == 2 and surface[-1] in "办部委所" and surface[0] in "主承协举创开合"

    def find_person_mentions(self) -> None:
        for person in self.reg.of_type("Person"):
            seen = set(person.mentions)     # a set: a name said 100,000 times stays linear
            for m in re.finditer(re.escape(person.label), self.text):
                mention = self.mention(m.start(), m.end())
                if mention not in seen:
                    seen.add(mention)
                    person.mentions.append(mention)

    def quote_speakers(self, verbs: str) -> list[tuple[int, int, str]]:
        """(start, end, person) of quotes attributed by 。”X说 after them or X说：“ before them."""
        found = []
        self._persons = self.reg.of_type("Person")
        for q in re.finditer(r"“[^“”\n]{6,}”", self.text):
            who = None
            after = re.match(r"([\u4e00-\u9fff]{2,4}?)(?:在[^，。“”]{0,12})?(?:" + verbs + ")", self.text[q.end():q.end() + 20])
            before = re.search(r"([\u4e00-\u9fff]{2,4}?)(?:" + verbs + r")[：:，,]$", self.text[max(0, q.start() - 12):q.start()])
            for m in (after, before):
                if m and (person := self.reg.find(m.group(1), "Person")):
                    who = person.key
                    break
            if who is None:   # 。”某市数据资源局副局长王某某介绍: a body and a post before the name
                who = self.person_before_verb(self.text[q.end():q.end() + 40], verbs)
            if who:
                found.append((q.start(), q.end(), who))
        return found

    def person_before_verb(self, window: str, verbs: str) -> str | None:
        """The registered person named within ~30 characters of the start of ``window``
        (one clause) and followed by a speech verb."""
        clause = re.split(r"[，。；：“”\n]", window, maxsplit=1)[0]
        best = None
        for person in self.persons_in(clause):
            for m in re.finditer(re.escape(person.label), clause):
                if m.start() <= 30 and re.match(r"(?:在[^，。“”]{0,12})?(?:" + verbs + ")", clause[m.end():]) \
                        and (best is None or m.start() < best[0]):
                    best = (m.start(), person.key)
        return best[1] if best else None

    def persons_in(self, chunk: str) -> list:
        return [p for p in self._persons if p.label in chunk]

    def resolve_body_references(self) -> None:
        """该部, 该局, 该院 … name the last body mentioned before them with that ending."""
        bodies_ = [(m.start, m.end, e) for e in self.reg.of_type("Agency", "Organization") for m in e.mentions]
        for ref in re.finditer(r"该(部|局|委|院|中心|公司|集团|司|厅|所|校|会|行|办)", self.text):
            suffix = ref.group(1)
            before = [(start, e) for start, end, e in bodies_ if end <= ref.start() and e.label.endswith(suffix)]
            if before:
                entity = max(before, key=lambda t: t[0])[1]
                entity.mentions.append(self.mention(ref.start(), ref.end()))

    def key_persons_by_body(self) -> None:
        """A person is keyed by name and body (two 张明 of two bodies are two people):
        person/<top body>/<name> when the article gives their post, person/<name> otherwise."""
        rekey: dict[str, str] = {}
        for (s, p, o), rel in self.relations.items():
            if p != "holdsPost" or rel.post == "记者" or s in rekey:
                continue
            top, seen = self.reg.entities[o], {o}
            while top.parent and top.parent in self.reg.entities and top.parent not in seen:
                seen.add(top.parent)
                top = self.reg.entities[top.parent]
            rekey[s] = f"person/{top.label}/{self.reg.entities[s].label}"
        if not rekey:
            return
        for old, new in rekey.items():
            entity = self.reg.entities.pop(old)
            entity.key = new
            self.reg.entities[new] = entity
        self.reg.rekey(rekey)
        relations = {}
        for (s, p, o), rel in self.relations.items():
            rel.subject, rel.object = rekey.get(s, s), rekey.get(o, o)
            relations[(rel.subject, p, rel.object)] = rel
        self.relations = relations
        self.speakers = {i: rekey.get(k, k) for i, k in self.speakers.items()}

    def find_speakers(self) -> None:
        """Who speaks in each sentence: a person followed by a speech verb (据X介绍, 在X看来),
        a quote attributed to X, 他/她 referring back to the last speaker, or — inside one
        paragraph — the speaker of an earlier sentence."""
        persons = self.by_sentence("Person")
        verbs = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
        quotes = self.quote_speakers(verbs)
        long_verbs = "|".join(v for v in sorted(SPEECH_VERBS, key=len, reverse=True) if len(v) > 1)
        current = None
        previous_opener = None
        paragraph_speaker: tuple[int, str] | None = None
        header_speaker = None   # 发言摘登: "…董事长刘某：" on a line of its own speaks for the lines after it
        for s in self.sentences:
            paragraph = self.text.rfind("\n", 0, s.start)
            para_end = self.text.find("\n", s.start)
            para_end = len(self.text) if para_end < 0 else para_end
            if paragraph + 1 == s.start and re.search(r"[：:]\s*$", self.text[s.start:para_end]):
                header = next((p for m, p in persons.get(s.index, ())
                               if re.match(r"\s*[：:]\s*$", self.text[m.end:para_end])), None)
                if header is not None:
                    header_speaker = header.key
                    self.speakers[s.index] = header.key
                    current = header.key
                    continue
            speaker = None
            for m, person in persons.get(s.index, ()):
                start, end, key = m.start, m.end, person.key
                if s.start <= start < s.end:
                    # to the end of the clause: X代表学校对…表示衷心感谢 (a one-character verb only close by)
                    after = self.text[end:min(end + 80, s.end)]
                    after = re.split(r"[，。；：“”]", after, maxsplit=1)[0]
                    if re.search(verbs, after[:14]) or re.search(long_verbs, after):
                        speaker = key
                        break
            opener = previous_opener
            previous_opener = next((p.key for m, p in persons.get(s.index, ())
                                    if m.start - s.start <= 24 and not re.search(r"[，、：:“”]", self.text[s.start:m.start])),
                                   None)
            if speaker is None and (paragraph + 1 == s.start or s.start == 0):
                m = re.match(r"([\u4e00-\u9fff]{2,4})[：:]", s.text)
                who = self.reg.find(m.group(1), "Person") if m else None
                speaker = who.key if who else None
            if speaker is None:
                speaker = next((who for a, b, who in quotes if a < s.end and s.start < b), None)
            if speaker is None and opener and re.match(r"\s*(?:他|她)", s.text) and re.search(verbs + "|阐述|谈", s.text):
                speaker = opener   # X为中心揭牌。他指出…: 他 is the person who opened the sentence before
            if speaker is None and current and _PRONOUN.search(s.text) and re.search(verbs + "|阐述|谈", s.text):
                speaker = current
            if speaker is None and paragraph_speaker and paragraph_speaker[0] == paragraph:
                speaker = paragraph_speaker[1]
            if speaker is None and header_speaker:
                speaker = header_speaker
            if speaker:
                self.speakers[s.index] = speaker
                current = speaker
                paragraph_speaker = (paragraph, speaker)
                if speaker == header_speaker:   # a transcript: the speaker answers for their body
                    self.transcript.add(s.index)
            elif re.search(r"(?:专家|学者|业内人士|有关负责人)(?:" + verbs + ")", s.text):
                current = None

    def find_enumerated_goals(self) -> None:
        last_speaker = None
        group_goals: dict[int, set[str]] = {}
        for item in goals.enumerations(self.text):
            idx = self.sentence_at(item.start)
            intro_idx = self.sentence_at(max(item.intro_end - 1, 0))
            intro = self.sentences[intro_idx] if self.sentences else None
            if item.ordinal == 1:
                last_speaker = self.speakers.get(intro_idx) or self.speakers.get(idx) or next(
                    (self.speakers[i] for i in range(intro_idx, max(intro_idx - 3, -1), -1) if i in self.speakers), None)
            evidence = self.text[item.start:item.end]
            label = item.label
            same = self.reg.find(label, "Goal")
            if same is not None and same.key in group_goals.get(item.group, ()):
                # two items of one list are two goals, even when their first clauses agree
                label = goals.goal_label(re.split(r"[。！？]", evidence, maxsplit=1)[0])
                label = re.sub(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|(?:首先|其次|再次|最后)[，,])", "", label)
            goal = self.reg.add("Goal", label, confidence=conf.ENUMERATED_GOAL, mention=self.mention(item.start, item.end))
            group_goals.setdefault(item.group, set()).add(goal.key)
            goal.evidence = goal.evidence or evidence
            self.goal_spans.add(item.start, item.end, goal.key)
            if last_speaker:
                self.relate(last_speaker, "proposes", goal.key, idx, confidence=conf.ENUMERATION_PROPOSER)
            named = self.reg.find(item.organiser, "Agency") if item.organiser else None
            owner = (named.key if named else None) or self.intro_body(intro, before=item.intro_end) \
                or (self.speaker_body(last_speaker) if last_speaker else None) or self.intro_document(intro)
            if owner:
                self.relate(owner, "hasGoal", goal.key, idx, confidence=conf.ENUMERATION_OWNER)

    def intro_body(self, intro: Sentence | None, *, before: int | None = None) -> str | None:
        """The first top-level body of the intro sentence (named before the first item)."""
        if intro is None:
            return None
        named = [(m, e) for m, e in self.bodies_by_sentence().get(intro.index, ())
                 if before is None or m.end <= before]
        # 某部某局全面提升…：一是… — the body (the end of a parent+unit chain) that a verb follows acts
        acting = [(m.end, e.key) for m, e in named if _ACTS.match(self.text, m.end)]
        units = [e for _, e in named if e.parent]
        for m, e in named:   # the unit's second mention may be recorded only as its parent's: 某部|某局全面提升
            acting += [(m.end + len(u.label), u.key) for u in units if u.parent == e.key
                       and self.text.startswith(u.label, m.end) and _ACTS.match(self.text, m.end + len(u.label))]
        if acting:
            return max(acting)[1]
        return next((e.key for m, e in named if not e.parent), None)

    def intro_document(self, intro: Sentence | None) -> str | None:
        if intro is None:
            return None
        return next((e.key for _, e in self.documents_by_sentence().get(intro.index, ())), None)

    _QUOTES_DOCUMENT = re.compile(r"(?:中)?(?:明确|进一步)?(?:指出|提出|强调|明确|要求|写道|部署)[：:，,]?\s*“")

    def document_quotes(self) -> list[tuple[int, int, str]]:
        """(start, end, document) of quotations from a document: 党的二十大报告指出：“…。…。”"""
        found = []
        for d in self.reg.of_type("Document"):
            for m in d.mentions:
                q = self._QUOTES_DOCUMENT.match(self.text, m.end)
                if q:
                    close = self.text.find("”", q.end())
                    newline = self.text.find("\n", q.end())
                    if close > 0 and (newline < 0 or close < newline):
                        found.append((q.end(), close, d.key))
        return found

    def find_clause_goals(self) -> None:
        inside_enumeration = self.goal_spans.covers
        quotes = self.document_quotes()
        carried: tuple[int, str] | None = None   # (paragraph, document) that sentences go on describing
        proposal: list | None = None   # [paragraph, headline goal]: 李明建议，… runs to the end of the paragraph
        for s in self.sentences:
            quote = next((q for q in quotes if q[0] < s.end and s.start < q[1]), None)
            paragraph = self.text.rfind("\n", 0, s.start)
            if proposal and proposal[0] != paragraph:
                proposal = None
            if inside_enumeration(s.start) and quote is None:
                continue
            doc_key = quote[2] if quote else self.document_in_sentence(s)
            speaker = self.speakers.get(s.index)
            if doc_key and not speaker:
                carried = (paragraph, doc_key)
            elif speaker or (carried and carried[0] != paragraph):
                carried = None
            elif carried:   # 《规划》明确…。其中，要…: the sentences after it go on with the document
                doc_key = carried[1]
            clauses = goals.goal_clauses(s.text, s.start, document_context=bool(doc_key),
                                         speaker_context=bool(speaker) or '“' in s.text,
                                         is_subject=lambda name: self.subject_body(name) is not None)
            pm = _PROPOSAL_OPEN.match(s.text)
            rest = s.text[pm.end():] if pm else s.text
            headline = bool(_HEADLINE.match(rest))
            if pm:
                proposal = [paragraph, None]
            elif proposal:
                if proposal[1] is not None and not headline:   # a step of the headline before it
                    proposal[1].evidence = (proposal[1].evidence or "") + s.text
                    continue
                if not any(c.modal and not c.weak for c in clauses):   # one goal: its first goal-verb clause
                    first = next((c for c in clauses if c.weak), None)
                    clauses = [goals.GoalClause(first.label, first.start, first.end, first.deadline, True)] \
                        if first else []
            made = None
            for clause in clauses:
                quoted = quote is not None and quote[0] - 1 <= clause.start < quote[1]
                if inside_enumeration(clause.start) and not quoted:
                    continue
                if quoted:   # the document states the goal; a speaker who quotes it only repeats it
                    existing = self.reg.find(clause.label, "Goal") or self.similar_goal(clause.label)
                    goal = existing or self.reg.add("Goal", clause.label, confidence=conf.QUOTED_DOCUMENT_GOAL,
                                                    mention=self.mention(clause.start, clause.end))
                    goal.evidence = goal.evidence or self.text[clause.start:clause.end]
                    self.goal_spans.add(clause.start, clause.end, goal.key)
                    self.relate(quote[2], "hasGoal", goal.key, s.index, confidence=conf.QUOTED_DOCUMENT_HAS_GOAL)
                    continue
                existing = self.reg.find(clause.label, "Goal") or self.similar_goal(clause.label)
                if existing is None and (clause.weak or not (clause.modal or doc_key)):
                    continue
                goal = existing or self.reg.add("Goal", clause.label, confidence=conf.CLAUSE_GOAL,
                                                mention=self.mention(clause.start, clause.end))
                if existing is not None:
                    self.reg.alias(goal, clause.label)
                goal.evidence = goal.evidence or self.text[clause.start:clause.end]
                if clause.deadline:
                    goal.deadline = clause.deadline
                    target = figures.figures(clause.label, clause.start)
                    if target and goal.value is None:   # 到2025年…达到10%: the goal's figure
                        goal.value_text, goal.value, goal.unit = target[0].value_text, target[0].value, target[0].unit
                self.goal_spans.add(clause.start, clause.end, goal.key)
                made = made or goal
                owner = self.subject_body(clause.subject) if clause.subject else None
                if owner:   # 国家数据局将加强…, 南京提出打造… (the city's government, when the article names it)
                    self.relate(owner, "hasGoal", goal.key, s.index, confidence=conf.SUBJECT_HAS_GOAL)
                stated = _DOCUMENT_STATES.search(s.text)
                if doc_key and stated and s.start + stated.end() <= clause.start:
                    # 他说：“《意见》指出，要坚持创新发展…”: the document's goal, which the speaker quotes
                    self.relate(doc_key, "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
                elif speaker:
                    self.relate(speaker, "proposes", goal.key, s.index, confidence=conf.SPEAKER_PROPOSES)
                    named = re.search(r"《([^《》]+)》", clause.label)
                    named = self.reg.find(named.group(1), "Document") if named else None
                    body = self.speaker_body(speaker) if clause.own_body or (s.index in self.transcript
                                                                             and not owner) else None
                    if named is not None and clause.own_body:   # 确保《规划》目标任务完成: the plan's goal
                        self.relate(named.key, "hasGoal", goal.key, s.index, confidence=conf.NAMED_DOCUMENT_HAS_GOAL)
                    elif body:   # 学校将…: the speaker's own body pursues it
                        self.relate(body, "hasGoal", goal.key, s.index, confidence=conf.SPEAKER_BODY_HAS_GOAL)
                elif doc_key:
                    self.relate(doc_key, "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
            if proposal is not None:   # 夯实基础设施。 — a headline: the sentences after it are its steps
                proposal[1] = made if headline and made is not None else None

    def attribute_goals(self) -> None:
        """Who has and who proposes each goal, decided by the learned attribution model
        (extract/attribution.py) over every candidate, the rules' choices among its features."""
        if self.attribution_model is not None:
            attribution.attribute(self.text, list(self.reg), self.relations, self.sentences,
                                  self.attribution_model)

    def find_model_goals(self) -> None:
        """Goal clauses the rules missed, where the learned clause model (extract/goal_model.py,
        trained on the corpus) is confident; nothing without a committed model."""
        if self.goal_model is not None:
            goal_model.add_model_goals(self, self.goal_model)

    def find_statistics(self) -> None:
        for s in self.sentences:
            found = figures.figures(s.text, s.start)
            if not found:
                continue
            # once per sentence (a sentence may be a 1 MB line of many figures)
            target = _TARGET_YEAR.search(s.text)
            # a target (到2025年…达到10%) is a Goal with its figure (goal rules) and also a Statistic dated to its year
            year = target.group(1) if target else None
            for f in found:
                known = self.reg.find(f.label, "Statistic")   # 分别为1.5%、2.2%: two values, two figures
                other_value = known is not None and known.value is not None and known.value != f.value
                stat = self.reg.add("Statistic", f.label, confidence=conf.STATISTIC, mention=self.mention(f.start, f.end),
                                    distinct=other_value)
                stat.value_text, stat.value, stat.unit, stat.date = f.value_text, f.value, f.unit, year or f.date
                stat.evidence = self.text[f.start:f.end]

    def relate_events_and_documents(self) -> None:
        events = [e for e in self.reg.of_type("Event") if not re.search(r"全会|大$|两会|次会议", e.label)]
        hosted = None
        for e in events:
            for m in e.mentions:
                end = m.end
                while self.text.startswith("暨", end):   # A暨B在北京举行: both are held there
                    nxt = [mm.end for ev in events for mm in ev.mentions if mm.start == end + 1]
                    if not nxt:
                        break
                    end = max(nxt)
                after = self.text[end:end + 20]
                place = re.match(r"[”」』》]?(?:于[^，。]{0,12})?在([\u4e00-\u9fff]{1,8}?)(?:隆重)?" + HOSTED.pattern, after)
                if place:
                    name = place.group(1)
                    p = self.reg.find(name, "Place") or self.reg.find(name[:-1], "Place")
                    if p is None and name in mentions.CITY_ABBREVIATIONS:   # 在京举行
                        city = self.place_terms.get(mentions.CITY_ABBREVIATIONS[name])
                        if city:
                            p = self.reg.add("Place", city.canonical, aliases=city.aliases,
                                             label_en=city.english or None, confidence=conf.CITY_ABBREVIATION,
                                             mention=self.mention(end + place.start(1), end + place.end(1)))
                    if p:
                        self.relate(e.key, "locatedIn", p.key, m.sentence, confidence=conf.EVENT_LOCATED_IN)
                if place or re.match(r"[”」』》]?" + HOSTED.pattern, after):
                    hosted = hosted or e
                elif hosted is None and self.opens_hosted_chain(m.end, events):
                    hosted = e   # A暨B…论坛在…举行: the speakers speak at A, the first of the chain
        if hosted is None and len(events) == 1:
            hosted = events[0]
        if hosted is None:   # 国务院新闻办公室举行…新闻发布会, 在…峰会期间: the article's occasion
            hosted = next((e for e in events for m in e.mentions
                           if re.search(r"(?:举行|召开|举办)了?$", self.text[max(0, m.start - 4):m.start])
                           or self.text.startswith("期间", m.end)), None)
        if hosted is not None:
            for idx, person in self.speakers.items():
                self.relate(person, "speaksAt", hosted.key, idx, confidence=conf.SPEAKS_AT)
        for d in self.reg.of_type("Document"):
            publisher = self.body_opening(d.label, 3)
            first = d.mentions[0] if d.mentions else None
            if publisher and first:
                body = self.reg.find(publisher, "Agency") or self.add_lexicon_body(publisher, first.start)
                self.relate(d.key, "publishedBy", body.key, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
                after = d.label[len(publisher):]
                rest = after.lstrip(" 、\u3000")   # 《中共中央 国务院关于…》: both issue it
                second = self.body_opening(rest, 3) if rest != after else None
                if second:
                    body = self.reg.find(second, "Agency") or self.add_lexicon_body(second, first.start)
                    self.relate(d.key, "publishedBy", body.key, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
            meeting = next((e for e in self.reg.of_type("Event") if re.search(r"全会|大$", e.label) and
                            any(d.label.startswith(a) and len(d.label) - len(a) == 2 for a in [e.label, *e.aliases])),
                           None)
            if meeting is not None and first:   # 党的二十大报告, 十九届五中全会公报: adopted at that meeting
                self.relate(d.key, "adoptedAt", meeting.key, first.sentence, confidence=conf.ADOPTED_AT_MEETING_IN_TITLE)
            for m in d.mentions:
                before = self.text[max(0, m.start - 30):m.start]
                adopted = re.search(r"([\u4e00-\u9fff]{4,20})(?:审议)?通过(?:了)?的$", before)
                if adopted:
                    ev = next((e for e in self.reg.of_type("Event") if before.endswith(
                        tuple(a + "通过的" for a in e.aliases + [e.label])) or adopted.group(1).endswith(
                        tuple(e.aliases + [e.label]))), None)
                    if ev:
                        self.relate(d.key, "adoptedAt", ev.key, m.sentence, confidence=conf.ADOPTED_AT_EVENT_BEFORE)
                issued = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,40}?)(?:（[^（）]{0,20}）)?(?:近日|日前|正式)?(?:联合|共同)?"
                                   r"(?:发布|印发|出台|颁布|制定|编制)(?:了)?$", before)
                if issued:
                    for body in self.bodies_listed_before(m.start - (len(before) - issued.end(1))):
                        self.relate(d.key, "publishedBy", body, m.sentence, confidence=conf.PUBLISHERS_BEFORE)
        for s in self.sentences:
            m = re.search(r"由(.{3,40}?)(?:联合[^，。]{0,10})?(?:共同)?(?:编写|编制|发布|制定|起草|撰写|研究制定)", s.text)
            if not m:
                continue
            doc_key = self.document_in_sentence(s)
            body = self.body_starting_at(s.start + m.start(1))
            if doc_key and body:
                self.relate(doc_key, "publishedBy", body, s.index, confidence=conf.WRITTEN_BY)

    def opens_hosted_chain(self, end: int, events: list) -> bool:
        """An event ending at ``end`` is followed by 暨 and further events, named one after
        another (暨第四届某大会某论坛), that are then said to be held."""
        starts = {}
        for ev in events:
            for mm in ev.mentions:
                starts[mm.start] = max(starts.get(mm.start, 0), mm.end)
        if not self.text.startswith("暨", end) or end + 1 not in starts:
            return False
        end = starts[end + 1]
        while True:
            if self.text.startswith("暨", end) and end + 1 in starts:
                end = starts[end + 1]
            elif end in starts:
                end = starts[end]
            else:
                break
        return re.match(r"[”」』》]?(?:于[^，。]{0,12})?(?:在[\u4e00-\u9fff]{1,8}?)?(?:隆重)?" + HOSTED.pattern,
                        self.text[end:end + 20]) is not None

    def body_starting_at(self, offset: int) -> str | None:
        best = None
        for e in self.reg.of_type("Agency", "Organization"):
            for m in e.mentions:
                if m.start == offset and (best is None or m.end > best[0]):
                    best = (m.end, e.key)
        # the deepest unit of a chain starting here
        if best:
            chain_end = max((m.end, e.key) for e in self.reg.of_type("Agency", "Organization")
                            for m in e.mentions if offset <= m.start < m.end and m.start <= best[0])
            return chain_end[1]
        return None

    def place_school_posts(self) -> None:
        """校长, 校党委副书记 named without a body hold their post at the article's one university."""
        schools = [e for e in self.reg.of_type("Organization") if e.label.endswith(("大学", "学院")) and not e.parent]
        if len(schools) != 1:
            return
        for person, post, offset in self.school_posts:
            self.relate(person, "holdsPost", schools[0].key, self.sentence_at(offset), confidence=conf.SCHOOL_POST, post=post)

    def bodies_listed_before(self, offset: int) -> list[str]:
        """The body ending at ``offset`` and those listed before it with 、/和 (甲、乙和丙联合印发)."""
        found = []
        while True:
            ending = [(m.start, e.key) for e in self.reg.of_type("Agency", "Organization")
                      for m in e.mentions if m.end == offset]
            if not ending:
                return found
            start, key = min(ending)   # the whole name, not a unit ending with it
            found.append(key)
            if start < 1 or self.text[start - 1] not in "、和及与":
                return found
            offset = start - 1

    def body_ending_at(self, offset: int) -> str | None:
        for e in self.reg.of_type("Agency", "Organization"):
            if any(m.end == offset for m in e.mentions):
                return e.key
        return None

    def relate_goals_to_technologies(self) -> None:
        techs = self.mentions_of("Technology", keep=lambda t: t.label not in GENERIC_TECHNOLOGIES)
        involves: dict[str, dict[str, None]] = {}   # goal → its technologies, in text order (not a set:
        for start, end, goal in self.goal_spans:       # its order would follow the hash seed)
            for ts, _, tech in techs.within(start, end):
                self.relate(goal, "involvesTechnology", tech, self.sentence_at(ts), confidence=conf.GOAL_INVOLVES_TECHNOLOGY)
                involves.setdefault(goal, {})[tech] = None
        for (s, p, o), rel in list(self.relations.items()):
            if p == "hasGoal" and self.reg.entities[s].type in ("Agency", "Organization"):
                for tech in involves.get(o, ()):
                    if self.reg.entities[tech].label in POLICY_CONCEPTS:
                        continue
                    self.relate(s, "promotes", tech, rel.sentence, confidence=conf.BODY_PROMOTES_TECHNOLOGY)


_EDGE_PUNCTUATION = " \u3000（）()【】[]《》〈〉“”‘’\"'，,。、：:；;！!？?·-—…"


def trim_span(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A statistical span without the brackets and punctuation at its edges (刘昊） → 刘昊)."""
    stripped = text.lstrip(_EDGE_PUNCTUATION)
    start += len(text) - len(stripped)
    text = stripped.rstrip(_EDGE_PUNCTUATION)
    return text, start, start + len(text)

