"""Events and documents: their names, where an event is held and who speaks at it, who
publishes a document, at which meeting it is adopted, and who wrote it.

Reads from the context: ``text``, ``sentences``, ``known_bodies``, ``place_terms``,
``speakers``, ``reg`` (events, documents, places, bodies).
Writes to the context: ``reg`` (Event and Document entities, a city named by its
abbreviation, lexicon bodies a title names), ``taken`` (event and document names),
``relations`` (locatedIn, speaksAt, publishedBy, adoptedAt).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract import mentions
from cnkg.extract.components.lac_annotator import WORDS_KEY
from cnkg.extract.rules.bodies import rekey_relations
from cnkg.extract.rules.context import FactContext

HOSTED = re.compile(r"(?:开幕|举行|召开|举办|闭幕|拉开帷幕|启幕)")


def find_events_and_documents(ctx: FactContext) -> None:
    for f in mentions.events(ctx.text, ctx.is_entity_span, ctx.doc.user_data.get(WORDS_KEY)):
        ctx.reg.add("Event", f.label, aliases=f.aliases, confidence=conf.EVENT,
                    mention=ctx.mention(f.start, f.end))
        ctx.taken.add(f.start, f.end)
    found = [f for f in mentions.documents(ctx.text) if not ctx.known_bodies.get(f.label)]   # 《人民日报》: a newspaper
    for f in found:
        label = f.label
        if _PERIODICAL.search(label) or ctx.text.startswith("记者", f.end):
            if not ctx.reg.find(label):   # 《某某信息报》, 《财经》记者: a newspaper or magazine, no document
                ctx.reg.add("Organization", label, aliases=f.aliases, confidence=conf.MEDIA_BEFORE_REPORTER,
                            mention=ctx.mention(f.start, f.end))
            ctx.taken.add(f.start, f.end)
            continue
        if label in mentions.DOCUMENT_REFERENCES or label in _BARE_REFERENCES:
            full = full_title_of(label, f.start, found)
            if full is None:
                continue   # 《规划》 alone: which plan is not said
            label = full.label   # 《纲要》 after 《…规划纲要》: one document, named again
        start, government = f.start, None
        if label == "政府工作报告":
            start, government = _report_owner(ctx, f.start)
            label = ctx.text[start:f.end] if start < f.start else label
        elif _FIVE_YEAR_PLAN.match(label) and not ctx.text.startswith("《", f.start):
            start = _plan_field_start(ctx, f.start)   # 国家教育事业发展|“十三五”规划: the field's plan
            label = ctx.text[start:f.end] if start < f.start else label
        doc = ctx.reg.add("Document", label, aliases=f.aliases if label == f.label else (), confidence=conf.DOCUMENT,
                          mention=ctx.mention(start, f.end))
        ctx.taken.add(start, f.end)
        for inner in _INNER_TITLE.finditer(ctx.text, f.start, f.end):   # 《…关于印发〈某某意见〉的通知》: the 意见 too
            ctx.reg.add("Document", inner.group(1), confidence=conf.DOCUMENT, mention=ctx.mention(inner.start(1), inner.end(1)))
        if government is not None:   # 上海市人民政府工作报告: the report of 上海市人民政府, which publishes it
            name = ctx.text[government:f.start + 2]
            term = ctx.lexicon_term(name)
            body = ctx.add_lexicon_body(name, government) if term else ctx.reg.add(
                "Agency", name, confidence=conf.LEXICON_BODY_IN_TITLE, mention=ctx.mention(government, f.start + 2))
            ctx.relate(doc.key, "publishedBy", body.key, ctx.sentence_at(start), confidence=conf.PUBLISHER_IN_TITLE)
    find_quoted_policies(ctx)
    find_issued_unquoted_documents(ctx)
    find_bare_laws(ctx)
    find_contests(ctx)
    find_press_centres(ctx)


def find_press_centres(ctx: FactContext) -> None:
    """A meeting's press centre (某届全国人大某次会议|新闻中心, 大会新闻中心) is a body of its own,
    named with its meeting."""
    events = ctx.mentions_of("Event")
    for m in re.finditer("新闻中心", ctx.text):
        if ctx.taken.covers(m.start()):
            continue
        before = [(s, e) for s, e, _ in events.containing(m.start() - 1) if e == m.start()]
        if before:
            start = min(s for s, _ in before)
        elif ctx.text.startswith("大会", m.start() - 2):
            start = m.start() - 2
        else:
            continue
        ctx.reg.add("Agency", ctx.text[start:m.end()], confidence=conf.RUNNING_TEXT_BODY,
                    mention=ctx.mention(start, m.end()))
        ctx.taken.add(m.start(), m.end())


#: national laws, codes and charters the genre cites by name without 《》 (依据数据安全法, 贯彻党章)
NATIONAL_LAWS = (
    "民法典", "刑法", "立法法", "网络安全法", "数据安全法", "个人信息保护法", "电子商务法", "密码法",
    "反电信网络诈骗法", "电子签名法", "反垄断法", "反不正当竞争法", "消费者权益保护法", "广告法", "价格法", "招标投标法",
    "政府采购法", "预算法", "会计法", "审计法", "公司法", "证券法", "商业银行法", "中国人民银行法", "银行业监督管理法",
    "保险法", "金融稳定法", "外商投资法", "对外贸易法", "出口管制法", "反外国制裁法", "海关法", "专利法", "商标法",
    "著作权法", "科学技术进步法", "促进科技成果转化法", "标准化法", "计量法", "产品质量法", "安全生产法", "消防法",
    "突发事件应对法", "国家安全法", "反恐怖主义法", "反间谍法", "保守国家秘密法", "档案法", "统计法", "行政许可法",
    "行政处罚法", "行政复议法", "行政诉讼法", "劳动法", "劳动合同法", "就业促进法", "社会保险法", "环境保护法",
    "大气污染防治法", "水污染防治法", "土壤污染防治法", "固体废物污染环境防治法", "环境影响评价法", "节约能源法",
    "可再生能源法", "循环经济促进法", "清洁生产促进法", "能源法", "电力法", "煤炭法", "矿产资源法", "土地管理法",
    "城乡规划法", "建筑法", "道路交通安全法", "食品安全法", "药品管理法", "疫苗管理法", "传染病防治法",
    "基本医疗卫生与健康促进法", "中医药法", "教育法", "高等教育法", "职业教育法", "义务教育法", "未成年人保护法",
    "预防未成年人犯罪法", "乡村振兴促进法", "农业法", "种子法", "粮食安全保障法", "长江保护法", "黄河保护法",
    "生物安全法")
#: one of them written as a law's name, not the head of a longer word (能源法规, 宪法学, 刑法典)
_BARE_LAW = re.compile(r"(?:中华人民共和国)?(?:" + "|".join(sorted(NATIONAL_LAWS, key=len, reverse=True)) + r")(?![规律学条治人院官典庭务理制典0-9A-Za-z])")


#: what may stand right before a law's short name (宪法, 党章): punctuation, or the end of a verb or a
#: preposition (依据, 按照, 遵守, 违反, 修订, 贯彻, 学习) or a conjunction
_BEFORE_SHORT_LAW = re.compile(r"[^\u4e00-\u9fff]|[据照守反订改定彻习施实和与及循背行]")


def find_bare_laws(ctx: FactContext) -> None:
    """A national law named without 《》 (依据数据安全法, 贯彻党章) is a document; the one already
    found under its full title (《中华人民共和国数据安全法》) is named again."""
    for m in _BARE_LAW.finditer(ctx.text):
        if ctx.taken.covers(m.start()) or ctx.taken.covers(m.end() - 1) or \
                len(m.group(0)) <= 3 and not _BEFORE_SHORT_LAW.match(ctx.text[m.start() - 1:m.start()] or "。"):
            continue   # 《…数据安全法》: inside a title; 某行业|会计法…: a short name inside a longer one
        law = m.group(0).removeprefix("中华人民共和国")
        full = "中华人民共和国" + law
        known = ctx.reg.find(law, "Document") or ctx.reg.find(full, "Document")
        label = known.label if known else law
        ctx.reg.add("Document", label, aliases=(law, full) if law != "党章" else (),
                    confidence=conf.DOCUMENT, mention=ctx.mention(m.start(), m.end()))
        ctx.taken.add(m.start(), m.end())


#: a title inside a title: 〈…〉 in 《…印发〈…〉的通知》
_INNER_TITLE = re.compile(r"〈([^〈〉《》\n]{4,60})〉")


#: the title of a newspaper or magazine: 《某某日报》, 《某某信息报》, 《某某周刊》 (not a 公报, 年报,
#: 通报, 简报 or 学报, which are documents or journals' issues)
_PERIODICAL = re.compile(r"(?:[^公年通简月季快情学汇预战画海申举喜捷周]报|周刊|杂志|画报)$")


# “中国制造2025”, “数据二十条”: a policy named in quotation marks by its year or its number of articles
_QUOTED_POLICY = re.compile(r"“([\u4e00-\u9fff]{2,10}(?:20\d\d|[一二三四五六七八九十]{1,3}条))”")


_SHORT_NAME = re.compile(r"[（(](?:以下)?(?:简称|下称)?“([^“”《》\n]{2,12})”[）)]")


def find_quoted_policies(ctx: FactContext) -> None:
    """“中国制造2025” named alone; a short name given after a title (《…意见》（以下简称“数据二十条”）)
    is that document's, wherever it recurs."""
    short_names: dict[str, str] = {}
    for d in ctx.reg.of_type("Document"):
        for mention in d.mentions:
            m = _SHORT_NAME.match(ctx.text, mention.end)
            if m:
                short_names[m.group(1)] = d.label
    for m in _QUOTED_POLICY.finditer(ctx.text):
        if ctx.taken.covers(m.start()) or ctx.taken.covers(m.start(1)):
            continue   # 《“健康中国2030”规划纲要》: part of a longer title
        label = short_names.get(m.group(1), m.group(1))
        ctx.reg.add("Document", label, aliases=(m.group(1), m.group(0)), confidence=conf.DOCUMENT,
                    mention=ctx.mention(m.start(), m.end()))
        ctx.taken.add(m.start(), m.end())


_FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]五(?:时期)?规划")
#: LAC's tags of the words of a field named before a five-year plan (医药流通|行业, 教育|脱贫|攻坚)
_FIELD_WORD_TAGS = {"n", "nz", "vn", "an", "j", "LOC", "ORG"}
#: verbs LAC tags inside a field's name (教育事业|发展, 教育|脱贫|攻坚)
_FIELD_VERBS = {"发展", "脱贫", "攻坚", "流通", "建设", "保护", "改革", "开发", "利用", "服务", "创新"}


def _plan_field_start(ctx: FactContext, start: int) -> int:
    """Where a five-year plan's name starts once the field written right before it is taken in
    (医药流通行业|“十二五”规划, 教育脱贫攻坚|“十三五”规划): back over LAC's nouns, at least four
    characters of them (国家|, 省|“十四五”规划 stays the plan itself)."""
    words = ctx.lac_words
    i = ctx.word_index(start - 1)
    head = start
    while i >= 0 and words[i][1] == head and (words[i][2] in _FIELD_WORD_TAGS or words[i][2] == "v" and
                                               ctx.text[words[i][0]:words[i][1]] in _FIELD_VERBS) \
            and start - words[i][0] <= 14:
        head = words[i][0]
        i -= 1
    while head < start and (w := words[ctx.word_index(head)])[2] == "v":   # a field opens with a noun
        head = w[1]
    return head if start - head >= 4 else start


#: a government named before its work report, with the year: 2025年某某省人民|政府工作报告, 某某区2022年|政府工作报告
_REPORT_OWNER = re.compile(r"(?:20\d\d年)?(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|自治区|州))(?:人民)?(?:20\d\d年)?")


def _report_owner(ctx: FactContext, start: int) -> tuple[int, int | None]:
    """Where a government's work report starts once the place and year written before 政府工作报告
    are taken in (福建省|政府工作报告, 2025年江苏省人民|政府工作报告, 海淀区2022年|…), and where the
    government's name starts when the report names it whole (江苏省人民政府, 福建省政府; not with a
    year between); ``start`` and None when no place is written (作了省|政府工作报告)."""
    words = {w[0]: w[2] for w in ctx.lac_words}
    for head in range(max(0, start - 20), start - 1):
        m = _REPORT_OWNER.fullmatch(ctx.text, head, start)
        if m and (m.group("place").startswith(ctx.place_prefixes) or words.get(m.start("place")) == "LOC"):
            return head, (m.start("place") if not re.search(r"\d", ctx.text[m.end("place"):start]) else None)
    return start, None


#: the kinds of a plan or programme whose name the genre writes without 《》 after 印发/出台 (never a bare
#: 实施细则 or 管理办法, which a clause names as a task: 出台数据分级实施细则)
_PLAN_KIND = r"(?:三年行动计划|行动计划|行动方案|实施方案|工作方案|行动纲要|发展纲要|规划纲要|发展规划|专项规划|总体规划|若干措施)"
_UNQUOTED_PLAN = r"[\u4e00-\u9fff“”0-9]{4,36}?" + _PLAN_KIND
#: 印发了甲行动计划、乙行动方案 (and the like): the names between the verb and the next mark or 等
_ISSUED_UNQUOTED = re.compile(r"(?:印发|出台|发布|颁布|编制)了?(?P<items>" + _UNQUOTED_PLAN +
                              r"(?:、" + _UNQUOTED_PLAN + r")*)(?=[，,。；;、等和及])")
#: what says the plan is still to be issued: 要(加快)出台, 将印发, 抓紧编制
_TO_BE_ISSUED = re.compile(r"[要将应拟需]|加快|抓紧|尽快|研究|推动|适时")
#: what opens a clause, not a name: a conjunction or a verb (和完善…, 出台…)
_NOT_A_TITLE_OPENING = re.compile(r"^(?:[和及与并]|出台|制定|完善|研究|加快制定|相关)")


def find_issued_unquoted_documents(ctx: FactContext) -> None:
    """印发某市工业互联网行动计划、某某建设行动方案等: plans named without 《》 right after the verb that
    issues them are documents (each of four characters or more before its kind)."""
    for m in _ISSUED_UNQUOTED.finditer(ctx.text):
        if _TO_BE_ISSUED.search(ctx.text, max(0, m.start() - 6), m.start()):
            continue   # 要加快出台某某实施方案: a task, the plan not yet named
        at = m.start("items")
        for name in m.group("items").split("、"):
            start, at = at, at + len(name) + 1
            if _NOT_A_TITLE_OPENING.match(name) or ctx.taken.covers(start) or ctx.taken.covers(start + len(name) - 1):
                continue
            ctx.reg.add("Document", name, confidence=conf.ISSUED_UNQUOTED_DOCUMENT,
                        mention=ctx.mention(start, start + len(name)))
            ctx.taken.add(start, start + len(name))


#: an edition or a draft's stage in brackets after a title: （征求意见稿）, （试行）, （2024年版）, （2024—2026年）
_EDITION_AFTER = re.compile(r"[（(](?:征求意见稿|送审稿|修订稿|草案|试行|暂行|第[一二三四五六七八九十\d]{1,3}[期批版]|"
                            r"\d{4}年?版|\d{4}\s*[—–\-－~至]+\s*\d{4}年?)[)）]$")


def merge_document_editions(ctx: FactContext) -> None:
    """《某某实施意见（征求意见稿）》 and 某某实施意见 in one article: one document, named with and without
    its edition (kept under the name without it, the other name an alias)."""
    merged: dict[str, str] = {}
    for doc in ctx.reg.of_type("Document"):
        m = _EDITION_AFTER.search(doc.label)
        bare = ctx.reg.find(doc.label[:m.start()], "Document") if m and m.start() >= 4 else None
        if bare is None or bare.key == doc.key or doc.key not in ctx.reg.entities:
            continue
        ctx.reg.merge(bare, doc)
        merged[doc.key] = bare.key
    rekey_relations(ctx, merged)
    if merged:   # the documents printed in full, as read before: under the kept keys
        ctx.printed_documents = [(end, merged.get(key, key)) for end, key in ctx.printed_documents]
        ctx.documents_changed()


_BARE_REFERENCES = ("指导意见", "实施意见", "总体方案", "工作方案", "三年行动计划", "行动纲要", "发展规划", "专项规划",
                    # a rule's or list's kind named alone (《暂行办法》, 《规定》, 《细则》): the one titled so
                    "暂行办法", "管理办法", "实施办法", "实施细则", "细则", "规定", "暂行规定", "管理规定", "规则",
                    "指引", "准则", "清单", "负面清单", "目录")


def full_title_of(short: str, offset: int, found: list) -> "mentions.Found | None":
    """The full title a bare 《规划》 stands for: the nearest document before it whose title ends
    with it (after it when none comes before)."""
    named = [f for f in found if f.label != short and f.start < offset and short in f.aliases]
    if named:   # 《…数字经济发展规划》（以下简称《规划》）: the title that gave itself the short name
        return max(named, key=lambda f: f.start)
    fitting = [f for f in found if f.label != short and f.label.endswith(short)]
    before = [f for f in fitting if f.start < offset]
    if before:
        return max(before, key=lambda f: f.start)
    return min(fitting, key=lambda f: f.start) if fitting else None


def relate_events_and_documents(ctx: FactContext) -> None:
    events = [e for e in ctx.reg.of_type("Event") if not re.search(r"全会|大$|两会", e.label)]
    locate_events(ctx, events)
    hosted = None
    for e in events:
        for m in e.mentions:
            end = m.end
            while ctx.text.startswith("暨", end):   # A暨B在北京举行: the speakers speak at A
                nxt = [mm.end for ev in events for mm in ev.mentions if mm.start == end + 1]
                if not nxt:
                    break
                end = max(nxt)
            after = ctx.text[end:end + 20]
            place = re.match(r"[”」』》]?(?:于[^，。]{0,12})?在([\u4e00-\u9fff]{1,8}?)(?:隆重)?" + HOSTED.pattern, after)
            if e.label.endswith("次会议"):
                continue   # a session is where it is held, but its speakers are rarely the article's
            if place or re.match(r"[”」』》]?" + HOSTED.pattern, after):
                hosted = hosted or e
            elif hosted is None and opens_hosted_chain(ctx, m.end, events):
                hosted = e   # A暨B…论坛在…举行: the speakers speak at A, the first of the chain
    events = [e for e in events if not e.label.endswith("次会议")]
    if hosted is None and len(events) == 1:
        hosted = events[0]
    if hosted is None:   # 国务院新闻办公室举行…新闻发布会, 在…峰会期间: the article's occasion
        hosted = next((e for e in events for m in e.mentions
                       if re.search(r"(?:举行|召开|举办)了?$", ctx.text[max(0, m.start - 4):m.start])
                       or ctx.text.startswith("期间", m.end)), None)
    if hosted is not None:
        for idx, person in ctx.speakers.items():
            ctx.relate(person, "speaksAt", hosted.key, idx, confidence=conf.SPEAKS_AT)
        for idx, person in listed_speakers(ctx):
            ctx.relate(person, "speaksAt", hosted.key, idx, confidence=conf.LISTED_SPEAKS_AT)
    for d in ctx.reg.of_type("Document"):
        publisher = ctx.body_opening(d.label, 3)
        first = d.mentions[0] if d.mentions else None
        if publisher and first:
            body = ctx.reg.find(publisher, "Agency") or ctx.add_lexicon_body(publisher, first.start)
            ctx.relate(d.key, "publishedBy", body.key, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
            after = d.label[len(publisher):]
            rest = after.lstrip(" 、\u3000\xa0")   # 《中共中央 国务院关于…》: both issue it (a no-break space too)
            second = ctx.body_opening(rest, 3)
            if second and rest == after and not rest.startswith("关于", len(second)):
                second = None   # written together (中共中央国务院关于…) only when 关于 follows the second
            if second:
                body = ctx.reg.find(second, "Agency") or ctx.add_lexicon_body(second, first.start)
                ctx.relate(d.key, "publishedBy", body.key, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
        if first:
            for body in local_issuers_in_title(ctx, d.label, first):
                ctx.relate(d.key, "publishedBy", body.key, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
            carried = _carried_document(ctx, d.label)
            for (s, p, o), rel in list(ctx.relations.items()):   # 某部关于印发〈某意见〉的通知: 某部 issues the 意见 too
                if carried is not None and s == d.key and p == "publishedBy":
                    ctx.relate(carried.key, "publishedBy", o, first.sentence, confidence=conf.PUBLISHER_IN_TITLE)
        meeting = next((e for e in ctx.reg.of_type("Event") if re.search(r"全会|大$", e.label) and
                        any(d.label.startswith(a) and len(d.label) - len(a) == 2 for a in [e.label, *e.aliases])),
                       None)
        if meeting is not None and first:   # 党的二十大报告, 十九届五中全会公报: adopted at that meeting
            ctx.relate(d.key, "adoptedAt", meeting.key, first.sentence, confidence=conf.ADOPTED_AT_MEETING_IN_TITLE)
        for m in d.mentions:
            before = ctx.text[max(0, m.start - 30):m.start]
            ev = adopting_event(ctx, before)
            if ev:
                ctx.relate(d.key, "adoptedAt", ev, m.sentence, confidence=conf.ADOPTED_AT_EVENT_BEFORE)
            issued = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,40}?)(?:（[^（）]{0,20}）)?" + _WITH_OTHER_DEPARTMENTS +
                               r"(?:近日|日前|正式)?(?:联合|共同)?(?:发布|印发|出台|颁布|制定|编制)(?:了|的)?$", before)
            if issued:
                for body in bodies_listed_before(ctx, m.start - (len(before) - issued.end(1))):
                    ctx.relate(d.key, "publishedBy", body, m.sentence, confidence=conf.PUBLISHERS_BEFORE)
    relate_reporting_governments(ctx)
    for s in ctx.sentences:
        m = re.search(r"由(.{3,40}?)(?:联合[^，。]{0,10})?(?:共同)?(?:编写|编制|发布|制定|起草|撰写|研究制定)", s.text)
        if not m:
            continue
        doc_key = ctx.document_in_sentence(s)
        body = body_starting_at(ctx, s.start + m.start(1))
        if doc_key and body:
            ctx.relate(doc_key, "publishedBy", body, s.index, confidence=conf.WRITTEN_BY)


#: a notice that carries another document: 关于印发〈某某意见〉的通知 (the inner title in 〈〉)
_CARRYING_NOTICE = re.compile(r"关于(?:印发|转发|发布|公布)〈([^〈〉《》\n]{4,60})〉的通知$")


def _carried_document(ctx: FactContext, title: str):
    """The document a notice titled 关于印发〈…〉的通知 carries, when the article registered it."""
    m = _CARRYING_NOTICE.search(title)
    return ctx.reg.find(m.group(1), "Document") if m else None


#: a province's, city's or county's body as a title names its issuer: its party committee, its
#: government or the government's office, one of its departments (某省财政厅, 某市发展和改革委员会)
_LOCAL_ISSUER = re.compile(r"(?:中共)?(?P<place>[\u4e00-\u9fff]{2,9}?(?:省|市|自治区|县|区|州))"
                           r"(?:委(?:办公厅)?|党委|人民政府(?:办公厅|办公室)?|政府(?:办公厅|办公室)?|"
                           r"[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会))")


def local_issuers_in_title(ctx: FactContext, title: str, mention) -> list:
    """中共某省委 某省人民政府关于…, 某市人民政府办公厅关于…: the local bodies that open a title before
    关于, each a place the lexicon knows and a body's ending, the whole head read as such bodies
    (written together or apart); none when any part of the head is something else."""
    head = title[:title.find("关于")] if title.find("关于") >= 5 else ""
    found, at = [], 0
    while at < len(head):
        if head[at] in " \u3000、":
            at += 1
            continue
        m = _LOCAL_ISSUER.match(head, at)
        if m is None or m.group("place") not in ctx.place_names or \
                m.end() < len(head) and head[m.end()] not in " \u3000、" and not _LOCAL_ISSUER.match(head, m.end()):
            return []
        found.append((at, m.group(0)))
        at = m.end()
    start = mention.start if ctx.text.startswith(title, mention.start) else None
    return [ctx.reg.find(name, "Agency") or ctx.reg.add(
                "Agency", name, confidence=conf.LEXICON_BODY_IN_TITLE,
                mention=ctx.mention(start + at, start + at + len(name)) if start is not None else None)
            for at, name in found]


#: 省长某某代表省政府向大会作政府工作报告: the government a head speaks for issues the report
_REPORTS_FOR = re.compile(r"代表([\u4e00-\u9fff]{1,15}?(?:人民政府|政府))(?:[，,]?向[^，。；]{1,16}?)?作(?:了)?[《“]?"
                          r"(?P<doc>[\u4e00-\u9fff\d]{0,16}政府工作报告)")


def relate_reporting_governments(ctx: FactContext) -> None:
    """代表省政府向大会作政府工作报告: the government named after 代表 publishes the work report."""
    for m in _REPORTS_FOR.finditer(ctx.text):
        body = ctx.reg.find(m.group(1), "Agency")
        doc = ctx.reg.find(m.group("doc"), "Document") or ctx.reg.find("政府工作报告", "Document")
        if body is not None and doc is not None:
            ctx.relate(doc.key, "publishedBy", body.key, ctx.sentence_at(m.start()), confidence=conf.PUBLISHER_IN_TITLE)


#: what may stand between an event's name and 在 where it is held: a part of the event (开幕式,
#: 主论坛 暨 …) or an activity held with it (暨某某周年纪念活动), its short name in brackets, a closing quote, the date, 将/正/于
_BEFORE_VENUE = re.compile(r"(?:(?:开幕式|闭幕式|主论坛|全体会议)(?:暨[\u4e00-\u9fff]{2,10}?)?|"
                           r"暨[\u4e00-\u9fff\d]{2,20}?(?:活动|仪式))?[”」』》]?"
                           r"(?:[（(][^（）()\n]{1,24}[）)])?\s*(?:(?:\d{1,2}月)?\d{1,2}日(?:[至—\-]\d{1,2}日)?"
                           r"(?:上午|下午|晚)?)?(?:日前|近日|近期|今天|今日|昨天|昨日|当天|当日|前不久)?(?:将|正|已|即将)?"
                           r"(?:(?:先后|相继|分别|同时)?于[^，。；在\n]{0,20})?(?:先后|相继|分别|同时)?(?:在|于)")
#: 在 + where an event is held (a place, maybe a venue after it) + the verb of holding
_HELD_IN = re.compile(r"([\u4e00-\u9fff]{1,16}?)(?:隆重|成功|盛大)?" + HOSTED.pattern)
#: 在 + where + a verb that holds the event named right after it (在贵阳召开…会议, 在京主持召开…)
_HOLDS_IN = re.compile(r"在([\u4e00-\u9fff]{1,16}?)(?:主持|隆重|成功)?(?:召开|举行|举办|组织)了?的?[“「]?$")
#: joins events named in one list (A暨B, A、B和C)
_EVENT_JOINS = "暨、和及与"


def locate_events(ctx: FactContext, events: list) -> None:
    """Each event is located in the place it is said to be held in: after its name (A在北京举行,
    A、B和C先后在合肥召开, A开幕式暨主论坛7月6日在北京国家会议中心开幕) or before it (在贵州贵阳召开A)."""
    places = ctx.mentions_of("Place")
    starts: dict[int, int] = {}
    for ev in events:
        for mm in ev.mentions:
            starts[mm.start] = max(starts.get(mm.start, 0), mm.end)
    for e in events:
        for m in e.mentions:
            end = _end_of_event_list(ctx.text, m.end, starts)
            venue = _BEFORE_VENUE.match(ctx.text, end, end + 40)
            held = _HELD_IN.match(ctx.text, venue.end()) if venue else None
            found = _places_at(ctx, places, held.start(1), held.end(1)) if held else []
            if not found:
                before = _HOLDS_IN.search(ctx.text, max(0, m.start - 24), m.start)
                found = _places_at(ctx, places, before.start(1), before.end(1)) if before else []
            for place in found:
                ctx.relate(e.key, "locatedIn", place, m.sentence, confidence=conf.EVENT_LOCATED_IN)


def _end_of_event_list(text: str, end: int, starts: dict[int, int]) -> int:
    """Where the list of events that opens with the one ending at ``end`` ends (A暨B, A、B和C等“五会”)."""
    while end < len(text) and text[end] in _EVENT_JOINS:
        nxt = starts.get(end + 1) or (starts.get(end + 2) if text.startswith("“", end + 1) else None)
        if not nxt:
            break
        end = nxt + (1 if text.startswith("”", nxt) else 0)
    listed = re.match(r"等“[^“”，。]{1,8}”", text[end:end + 12])
    return end + listed.end() if listed else end


def _places_at(ctx: FactContext, places, start: int, end: int) -> list[str]:
    """The places written at ``start``–``end``: the place of that name (北京, 在京: the city of the
    abbreviation, 北京国家会议中心: a venue) and the last of the places that open it one after
    another (北京|国家会议中心, 贵州贵阳, 重庆|璧山)."""
    found = []
    name = ctx.text[start:end]
    p = ctx.reg.find(name, "Place") or ctx.reg.find(name[:-1], "Place")
    if p is None and name in mentions.CITY_ABBREVIATIONS:   # 在京举行
        city = ctx.place_terms.get(mentions.CITY_ABBREVIATIONS[name])
        if city:
            p = ctx.reg.add("Place", city.canonical, aliases=city.aliases, label_en=city.english or None,
                            confidence=conf.CITY_ABBREVIATION, mention=ctx.mention(start, end))
    if p is not None:
        found.append(p.key)
    opening = [item for item in sorted(places.within(start, end)) if item[2] not in found]
    if opening and opening[0][0] == start:
        last = opening[0]
        for item in opening[1:]:   # places one after another from the start (省 then 市)
            if item[0] != last[1]:
                break
            last = item
        found.append(last[2])
    elif p is not None:   # a venue named with its city (北京国家会议中心): the city too
        city = _place_opening(ctx, start, end)
        if city is not None and city != p.key:
            found.append(city)
    return found


def _place_opening(ctx: FactContext, start: int, end: int) -> str | None:
    """The lexicon's place that opens ``start``–``end`` and is shorter than it, registered."""
    name = ctx.text[start:end]
    surface = next((s for s in ctx.place_prefixes if name.startswith(s) and len(s) < len(name)), None)
    if surface is None:
        return None
    place = ctx.reg.find(surface, "Place")
    if place is None:
        term = next((t for t in ctx.place_terms.values() if surface in t.surfaces), None)
        if term is None:
            return None
        place = ctx.reg.add("Place", term.canonical, aliases=term.aliases, label_en=term.english or None,
                            confidence=conf.LEXICON_ENTITY, mention=ctx.mention(start, start + len(surface)))
    return place.key


#: what persons named right before it did at the occasion, after the tail of their list (等院士专家、
#: 企业代表): 致辞, 发表演讲, 出席会议并讲话, 先后作报告, 在会议现场进行了分享, 作了题为《…》的主旨演讲
_SPOKE = re.compile(r"(?:等[^，,。；;：:“”]{0,36}?)?(?:出席[^，,。；“”]{0,8}?并)?(?:先后|分别|相继|也)?"
                    r"(?:在[^，,。；“”]{1,10}?)?(?:代表[^，,。；“”]{1,12}?)?(?:发表|作|做|进行)?了?(?:题为[《“][^《》“”\n]{1,40}[》”]的|深入的)?"
                    r"(?:主旨|专题|视频|表态|典型)?(?:致辞|讲话|发言|演讲|报告|研讨|交流|分享)")
#: what may stand between two persons of one list: their posts and bodies, 、 and commas
_LIST_GAP = re.compile(r"[^。；;：:“”]{0,60}")


def listed_speakers(ctx: FactContext) -> list[tuple[int, str]]:
    """(sentence, person) of the persons listed right before what they did at the occasion
    (A致辞, 某部副部长A、某市副市长B等嘉宾发表演讲, A出席会议并讲话, A代表某部门发言): each speaks at it."""
    found = []
    for index, named in ctx.by_sentence("Person").items():
        for i, (m, person) in enumerate(named):
            if not _SPOKE.match(ctx.text, m.end):
                continue
            found.append((index, person.key))
            start = m.start
            for m_before, before in reversed(named[:i]):   # back over the list (A、B，C等)
                if not _LIST_GAP.fullmatch(ctx.text, m_before.end, start):
                    break
                found.append((index, before.key))
                start = m_before.start
    return found


#: the other issuers a document's first issuer names without listing them (工信部等六部门印发, 国家网信办
#: 会同相关部门发布)
_WITH_OTHER_DEPARTMENTS = r"(?:等[\d一二三四五六七八九十]*个?部门|会同[^，。；、]{0,10}?部门)?"


#: what joins a meeting to the document it adopts, written right before the document: …全会审议通过的《…》,
#: …第七次会议，审议通过了《…》, 在…人大一次会议上所作的《政府工作报告》
_ADOPTS = re.compile(r"(?:(?:审议)?通过(?:了)?的|[，,]?\s*(?:审议)?通过了|(?:上|会上)(?:所)?作(?:的)?)$")


def adopting_event(ctx: FactContext, before: str) -> str | None:
    """The event that adopts the document written right after ``before`` (None when none does)."""
    joined = _ADOPTS.search(before)
    if not joined:
        return None
    head = before[:joined.start()]
    if joined.group(0).endswith(("作", "作的")) and not re.search(r"在[^，。；在]{2,30}$", head):
        return None   # 在…会议上所作的: delivered at the meeting named after 在
    return next((e.key for e in ctx.reg.of_type("Event") if head.endswith(tuple(e.aliases + [e.label]))), None)


def opens_hosted_chain(ctx: FactContext, end: int, events: list) -> bool:
    """An event ending at ``end`` is followed by 暨 and further events, named one after
    another (暨第四届某大会某论坛), that are then said to be held."""
    starts = {}
    for ev in events:
        for mm in ev.mentions:
            starts[mm.start] = max(starts.get(mm.start, 0), mm.end)
    if not ctx.text.startswith("暨", end) or end + 1 not in starts:
        return False
    end = starts[end + 1]
    while True:
        if ctx.text.startswith("暨", end) and end + 1 in starts:
            end = starts[end + 1]
        elif end in starts:
            end = starts[end]
        else:
            break
    return re.match(r"[”」』》]?(?:于[^，。]{0,12})?(?:在[\u4e00-\u9fff]{1,8}?)?(?:隆重)?" + HOSTED.pattern,
                    ctx.text[end:end + 20]) is not None


def body_starting_at(ctx: FactContext, offset: int) -> str | None:
    best = None
    for e in ctx.reg.of_type("Agency", "Organization"):
        for m in e.mentions:
            if m.start == offset and (best is None or m.end > best[0]):
                best = (m.end, e.key)
    # the deepest unit of a chain starting here
    if best:
        chain_end = max((m.end, e.key) for e in ctx.reg.of_type("Agency", "Organization")
                        for m in e.mentions if offset <= m.start < m.end and m.start <= best[0])
        return chain_end[1]
    return None


def bodies_listed_before(ctx: FactContext, offset: int) -> list[str]:
    """The body ending at ``offset`` and those listed before it with 、/和 (甲、乙和丙联合印发)."""
    found = []
    while True:
        ending = [(m.start, e.key) for e in ctx.reg.of_type("Agency", "Organization")
                  for m in e.mentions if m.end == offset]
        if not ending:
            return found
        start, key = min(ending)   # the whole name, not a unit ending with it
        found.append(key)
        if start < 1 or ctx.text[start - 1] not in "、和及与":
            return found
        offset = start - 1


def body_ending_at(ctx: FactContext, offset: int) -> str | None:
    for e in ctx.reg.of_type("Agency", "Organization"):
        if any(m.end == offset for m in e.mentions):
            return e.key
    return None


#: a contest named by its ending: 某某创新大赛, “某某杯”某某大赛, 某某技能挑战赛
_CONTEST = re.compile(r"(?:大赛|挑战赛)(?![组委办])")
#: what a contest's name may open with: a year, an ordinal, a quoted cup or theme
_CONTEST_OPENING = re.compile(r"(?:20\d\d\s*年?)?(?:首届|第[一二三四五六七八九十\d]+届)?")


def find_contests(ctx: FactContext) -> None:
    """Contests named by their ending (“光华杯”某某应用创新大赛, 2024年“某某×”大赛, 某某网络安全
    技能挑战赛): events, their names back to the clause's stop and without the verbs and adverbs
    before them (启动|2024年…大赛, 探索举办|…大赛); a bare 大赛 (办好大赛) or one inside a longer
    event's name (…大赛启动仪式 is another rule's) is none."""
    if "赛" not in ctx.text:
        return
    words = ctx.lac_words
    word_at = {w[0]: w for w in words}
    word_ending = {w[1]: w for w in words}
    for m in _CONTEST.finditer(ctx.text):
        if ctx.taken.covers(m.start()) or ctx.taken.covers(m.end() - 1):
            continue
        start = mentions.scan_back(ctx.text, m.start(), m.end())
        if words:
            start = mentions.after_lead_words(start, m.start(), word_at, ctx.text)
            start = _after_verbs(ctx, start, m.start())
        before = word_ending.get(m.start())
        if before is not None and before[2] in ("v", "vd") or \
                not words and ctx.text[max(0, m.start() - 2):m.start()] in _RUNS_A_CONTEST:
            continue   # 办好|大赛, 做好|大赛: a verb and the contest word, no name
        quoted = _QUOTED_BEFORE.search(ctx.text, max(0, start - 24), start)
        if quoted:   # “光华杯”|千兆光网…大赛: the quoted cup or theme is part of the name
            start = quoted.start()
        if ctx.text.startswith("年", start):   # 2024 年|北京市…大赛: the year the scan stopped inside
            start += 1
        opening = _OPENING_BEFORE.search(ctx.text, max(0, start - 12), start)
        if opening:   # 2024年|“数据要素×”大赛, 首届|“某某杯”…大赛
            start = opening.start()
        label = ctx.text[start:m.end()]
        core = re.sub(r"[“”\s]", "", label[_CONTEST_OPENING.match(label).end():])
        if len(core) - len(m.group(0)) < 4 or not re.match(r"[“\w]", label):
            continue
        ctx.reg.add("Event", label, confidence=conf.EVENT, mention=ctx.mention(start, m.end()))
        ctx.taken.add(start, m.end())


#: verbs whose object is a contest (办好大赛), read without LAC's words
_RUNS_A_CONTEST = mentions.TAKES_A_MEETING | {"做好", "组织", "开展", "启动", "支持", "参与"}
_QUOTED_BEFORE = re.compile(r"“[^“”，。；：、\n]{1,20}”\Z")
_OPENING_BEFORE = re.compile(r"(?:20\d\d\s*年|首届|第[一二三四五六七八九十\d]+届)+\Z")


#: LAC's tags of words that open a clause, not a name: verbs, adverbs, prepositions, particles
_OPENING_TAGS = {"v", "vd", "d", "ad", "p", "u", "c", "r"}


def _after_verbs(ctx: FactContext, start: int, end: int) -> int:
    """``start`` past the verbs and adverbs that open the run (正式启动|…, 探索举办|…): a name opens
    with none of them."""
    for w in ctx.lac_words[max(0, ctx.word_index(start)):]:
        if w[0] < start:
            continue
        if w[0] >= end or w[2] not in _OPENING_TAGS or w[1] > end:
            break
        start = w[1]
    return start

