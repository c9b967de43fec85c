"""The document an article is: a title line that is a document's own title without 《》 —
江苏省人民政府办公厅关于深入推进数字经济发展的意见, 某市人民政府关于印发《…》的通知 — among the
first lines before the body (past a reprint's column tag, the issuers' line, a date line) — and
a document printed in full after a report's lead paragraph, its title on a line of its own.

Reads from the context: ``text`` (its lines), ``reg`` (Agency and Organization, Document, Goal),
``relations`` (hasGoal).
Writes to the context: ``reg`` (the Document, and the issuing body when the title or a signature
line names one the rules did not register), ``printed_documents``, ``relations`` (publishedBy, of
the title's issuers and of the bodies that sign a printed document above its date line; hasGoal of
a printed document, and of the one document a body issued that the lead reports).
"""
from __future__ import annotations

import bisect
import re

from cnkg.extract import confidence as conf
from cnkg.extract.rules.context import FactContext

# [issuer]关于…的意见 / 通知 / 决定 / 方案 …: the whole line
TITLE_DOCUMENT = re.compile(r"^(?P<body>[\u4e00-\u9fff（）()][\u4e00-\u9fff（）() \u3000]{1,60}?)?(?P<doc>关于[^。！？\n]{4,80}?的"
                            r"(?:实施意见|指导意见|若干意见|意见|通知|决定|实施方案|行动方案|工作方案|方案|"
                            r"办法|规定|规划|行动计划|计划|若干措施|措施|批复|公告|提案|议案|建议))$")
# （第一期）, （2024年版）, （试行）, （征求意见稿）: the edition a title line names after the document
EDITION = r"[（(](?:第[一二三四五六七八九十\d]{1,3}[期批版]|\d{4}年?版|试行|暂行|征求意见稿)[)）]"
# 某市人工智能产业发展行动计划（2025—2027年）, 某市场景建设指南（第一期）, 2025年某省人民政府工作报告
# (a compilation's heading): a plan's, a guide's or a report's own title line, its years or edition after it
PLAN_TITLE = re.compile(r"^(?P<doc>[\u4e00-\u9fffA-Za-z0-9“”+]{4,60}?(?:行动计划|实施方案|行动方案|工作方案|三年行动|"
                        r"发展规划|规划纲要|专项规划|规划|实施意见|指导意见|若干措施|工作要点|纲要|指南|指引|"
                        r"政府工作报告))"
                        r"(?P<years>[（(]\d{4}\s*[—–\-－~至]+\s*\d{4}年?[)）]|" + EDITION + r")?$")
# 国务院印发2030年前碳达峰行动方案：… — a headline that names, without 《》, the document a body issued
_ISSUED_IN_HEADLINE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30}?)(?:联合)?印发了?"
                                 r"(?P<doc>(?:关于)?[\u4e00-\u9fff\d“”]{4,50}?(?:行动方案|实施方案|工作方案|方案|行动计划|"
                                 r"指导意见|实施意见|意见|发展规划|规划纲要|战略纲要|纲要|规划|办法|指南|若干措施|条例|决定))"
                                 r"(?=$|[\s:：，,！!；;])")
# a headline about a document, not its title: 某市发布…方案, 解读《…》
_HEADLINE_VERB = re.compile(r"发布|印发|出台|举行|解读|召开|推出|公布|通过|审议|答记者问|出炉|亮相|启动|获批|政策|问答")
# 关于印发《…》的通知: the notice only carries the document it prints
_CARRIES = re.compile(r"^关于(?:印发|转发|发布|公布)《?([^《》]{4,60}?)》?的通知$")
# what an issuer's name ends with
_ISSUER_END = re.compile(r"(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|委|厅|局|部|署|院|会|中心)$")


# a reprint's column tag before the title: 发布 | …, 通知丨…
_COLUMN_TAG = re.compile(r"^[^|｜丨\n]{1,8}\s*[|｜丨]\s*")
#: how many lines the title may come after (a column tag, the issuers' line, a date line)
_TITLE_LINES = 4


def title_lines(text: str):
    """(offset, line) of the lines that may hold the article's title: the first few, up to the
    first sentence of its body (a line that ends with 。)."""
    for k, m in enumerate(re.finditer(r"[^\n]+", text)):
        line = m.group(0)
        if k >= _TITLE_LINES or line.rstrip().endswith("。"):
            return
        tag = _COLUMN_TAG.match(line)
        yield (m.start() + tag.end(), line[tag.end():]) if tag else (m.start(), line)


def find_title_document(ctx: FactContext) -> None:
    """The document the article is (its title among the first lines), and a document printed in
    full after the article's lead (某部等联合印发通知…。⏎关于推动…的通知⏎一、…): a line that is a
    document's whole title, on its own, further down. The goals after a printed document's
    title line, up to the next such line, are that document's — and so are those after the title
    line among the first lines (the article is the document, whatever other documents it cites)."""
    first = set()
    for offset, line in title_lines(ctx.text):
        first.add(offset)
        document = _document_of_line(ctx, offset, line)
        if document is not None:
            ctx.printed_documents.append((offset + len(line), document.key))   # the article is the document
            break
    else:
        _headline_is_a_named_document(ctx)
    if ctx.printed_documents:
        _source_line_issues(ctx, ctx.printed_documents[0][1])
    headline = _ISSUED_IN_HEADLINE.match(ctx.text.split("\n", 1)[0])
    if headline and not ctx.taken.covers(headline.start("doc")) \
            and not ctx.taken.within(headline.start("doc"), headline.end("doc")):
        document = _title_document(ctx, headline.group("doc"), headline.start("doc"), ())
        issuer = ctx.reg.find(headline.group("body"), "Agency") or ctx.reg.find(headline.group("body"), "Organization")
        if issuer is not None:
            ctx.relate(document.key, "publishedBy", issuer.key, 0, confidence=conf.TITLE_PUBLISHER)
    for m in re.finditer(r"[^\n]+", ctx.text):
        if m.start() not in first and not m.group(0).rstrip().endswith(("。", "；", "：", "，")) \
                and len(m.group(0)) <= 90:
            document = _document_of_line(ctx, m.start(), m.group(0))
            if document is not None:
                ctx.printed_documents.append((m.end(), document.key))


# 《某某普惠计划》全文, 《某指南》答记者问, 《某方案》政策解读: a headline that is a document's name in 《》
_NAMED_HEADLINE = re.compile(r"^\s*《(?P<doc>[^《》\n]{4,80})》\s*(?:全文|答记者问|(?:政策)?解读|重点问题回应|起草说明)?\s*$")


def _headline_is_a_named_document(ctx: FactContext) -> None:
    """A headline that is only a registered document's name in 《》, or that and 全文, 解读,
    答记者问 (《某指南》答记者问): the article is that document or explains it, so the goals after
    the headline are the document's (ANNOTATE.md: the document that sets them)."""
    headline = ctx.text.split("\n", 1)[0]
    m = _NAMED_HEADLINE.match(headline)
    document = ctx.reg.find(m.group("doc"), "Document") if m else None
    if document is not None:
        ctx.printed_documents.append((len(headline), document.key))


# （来源：某市经济和信息化委员会）: the body the text comes from, as the last line
_SOURCE_LINE = re.compile(r"^\s*[（(]?来源[：:]\s*(?P<body>[^（）()\s]{3,40})\s*[)）]?\s*$")


def _source_line_issues(ctx: FactContext, document: str) -> None:
    """The article that is a document's text, its last line naming a registered body whose name ends
    like an issuer's (来源：某市经济和信息化委员会; not a website, an outlet or an account: 某部网站,
    某日报, 北京通信业) as its source: that body issued the document."""
    m = _SOURCE_LINE.match(ctx.text.rstrip().rsplit("\n", 1)[-1])
    body = ctx.reg.find(m.group("body"), "Agency") if m and _ISSUER_END.search(m.group("body")) else None
    if body is not None:
        ctx.relate(document, "publishedBy", body.key, ctx.sentence_at(len(ctx.text) - 1), confidence=conf.SOURCE_PUBLISHER)


# the date line that closes a document's signature block: 2024年6月19日, 二〇二四年六月十九日
_DATE_LINE = re.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日\s*")
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
#: the longest line of a signature block (one issuer, or two joined by 、)
_SIGNATURE_LINE = 40


def find_signature_issuers(ctx: FactContext) -> None:
    """The issuers that sign a document printed in the article: the lines just above a date line
    that each name a body (北京市通信管理局 / 北京市经济和信息化局 / 2024年6月19日) publish the
    document whose title line comes last before them (``ctx.printed_documents``: the article's own,
    or one printed after a lead). A spaced name (国 家 数 据 局) counts when the rules know it."""
    if not ctx.printed_documents:
        return
    lines = list(re.finditer(r"[^\n]*", ctx.text))
    lines = [m for m in lines if m.group(0).strip()]
    for k, date in enumerate(lines):
        if not _DATE_LINE.fullmatch(date.group(0)):
            continue
        signers = []
        for line in reversed(lines[max(0, k - 12):k]):
            found = _signature_bodies(ctx, line)
            if not found:
                break
            signers = found + signers
        documents = [key for end, key in ctx.printed_documents if signers and end <= signers[0][0]]
        if documents:
            for _, body in signers:
                ctx.relate(documents[-1], "publishedBy", body, ctx.sentence_at(date.start()),
                           confidence=conf.SIGNATURE_PUBLISHER)


def _signature_bodies(ctx: FactContext, line) -> list[tuple[int, str]]:
    """(offset, key) of the bodies a signature line names, each of its 、-joined names a body;
    [] when the line is anything else."""
    text = line.group(0)
    if len(_SPACES.sub("", text)) > _SIGNATURE_LINE or re.search(r"[，,。；;：:！？“”《》]", text):
        return []
    found = []
    for part in re.finditer(r"[^、]+", text):
        name = _SPACES.sub("", part.group(0))
        start = line.start() + part.start() + len(part.group(0)) - len(part.group(0).lstrip())
        if name == part.group(0).strip():
            key = issuing_body(ctx, name, start)
        else:   # 国 家 数 据 局: only a body the rules know
            known = ctx.reg.find(name, "Agency") or ctx.reg.find(name, "Organization")
            key = known.key if known is not None else None
        if key is None:
            return []
        found.append((start, key))
    return found


# 央行发布《2022年第二季度中国货币政策执行报告》: the lead reports a document a body issued
_REPORTS_ISSUED = re.compile(r"(?:发布|印发|公布|出台)了?《?$")
#: how many lines the lead that reports the document may take (the headline, a date line, its first paragraph)
_LEAD_LINES = 3


def relate_reported_document_goals(ctx: FactContext) -> None:
    """An article that reports the one document a body issued (央行发布《…报告》 in its lead):
    the goals that body has are set by the document too (ANNOTATE.md: the document that sets
    it). Not when the lead reports several documents of the body (which sets which is not said)."""
    lead_end = sum(len(line) + 1 for line in ctx.text.split("\n")[:_LEAD_LINES])
    in_lead = {d.key: [m for m in d.mentions if m.start < lead_end] for d in ctx.reg.of_type("Document")}
    issued: dict[str, set[str]] = {}   # body → the documents of the lead it publishes
    for (s, p, o) in ctx.relations:
        if p == "publishedBy" and in_lead.get(s):
            issued.setdefault(o, set()).add(s)
    for body, documents in issued.items():
        document = next(iter(documents))
        if len(documents) != 1 or not any(_REPORTS_ISSUED.search(ctx.text, max(0, m.start - 4), m.start)
                                          for m in in_lead[document]):
            continue
        for (s, p, o), rel in list(ctx.relations.items()):
            if p == "hasGoal" and s == body:
                ctx.relate(document, "hasGoal", o, rel.sentence, confidence=conf.REPORTED_DOCUMENT_HAS_GOAL)


def relate_printed_document_goals(ctx: FactContext) -> None:
    """Each goal after a printed document's title line (``ctx.printed_documents``), up to the
    next one, that no document has yet: the printed document's."""
    if not ctx.printed_documents:
        return
    starts = [start for start, _ in ctx.printed_documents]
    owned = {o for (s, p, o) in ctx.relations if p == "hasGoal" and ctx.reg.entities[s].type == "Document"}
    for goal in ctx.reg.of_type("Goal"):
        first = min((m.start for m in goal.mentions), default=-1)
        k = bisect.bisect_right(starts, first) - 1
        if k >= 0 and goal.key not in owned:
            ctx.relate(ctx.printed_documents[k][1], "hasGoal", goal.key, ctx.sentence_at(first),
                       confidence=conf.DOCUMENT_HAS_GOAL)


def _document_of_line(ctx: FactContext, offset: int, line: str):
    """The document the title ``line`` (at ``offset``) is, registered as the article's; None
    when the line is no document's title."""
    lead = offset + len(line) - len(line.lstrip())
    m = TITLE_DOCUMENT.match(line.strip())
    if not m:
        plan = PLAN_TITLE.match(line.strip())
        if plan and not _HEADLINE_VERB.search(plan.group("doc")):
            return _title_document(ctx, plan.group("doc"), lead + plan.start("doc"),
                                   (line.strip(),) if plan.group("years") else ())
        return None
    start = lead + m.start("doc")
    label = m.group("doc")
    carried = _CARRIES.match(label)
    if carried:   # the notice only carries the document the article is (关于印发…的通知)
        start += carried.start(1)
        label = carried.group(1)
    document = _title_document(ctx, label, start, (line.strip(),) if m.group("body") and not carried else ())
    if not any(mm.start == start for mm in document.mentions):
        document.mentions.append(ctx.mention(start, start + len(label)))   # the title names it: the article's own
    body_start = lead + (m.start("body") if m.group("body") else 0)
    for name in re.finditer(r"[^\s\u3000]+", m.group("body") or ""):   # 中共中央办公厅 国务院办公厅关于…: each issuer
        issuer = issuing_body(ctx, name.group(0), body_start + name.start())
        if issuer is not None:
            ctx.relate(document.key, "publishedBy", issuer, ctx.sentence_at(start), confidence=conf.TITLE_PUBLISHER)
    return document


def _title_document(ctx: FactContext, label: str, start: int, aliases: tuple[str, ...]):
    """The document the title line names: the one registered under its label, or a new one
    (with ``aliases``); its span in the title is no other rule's."""
    document = ctx.reg.find(label, "Document") or ctx.reg.add(
        "Document", label, aliases=aliases, confidence=conf.DOCUMENT, mention=ctx.mention(start, start + len(label)))
    ctx.taken.add(start, start + len(label))
    return document


def issuing_body(ctx: FactContext, name: str, start: int) -> str | None:
    """The body that opens the title: a registered one, or the issuer's name as written
    (江苏省人民政府办公厅) when it ends like a body."""
    if not name:
        return None
    known = ctx.reg.find(name, "Agency") or ctx.reg.find(name, "Organization")
    if known is not None:
        return known.key
    if not _ISSUER_END.search(name):
        return None
    body = ctx.reg.add("Agency", name, confidence=conf.TITLE_PUBLISHER, mention=ctx.mention(start, start + len(name)))
    return body.key
