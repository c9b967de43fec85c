"""Learned goal attribution: which body or document has each goal (hasGoal), and who
proposes it (proposes).

The rules attribute a goal to the sentence's speaker, the speaker's body, a document the
sentence names or a body that is its subject; in the annotated corpus most owners are
not in the goal's sentence at all (the ministry holding the briefing, the plan the
article reports, the government whose work report it is). Here each (goal, candidate)
pair — every Agency, Organization and Document of the article for hasGoal, every Person
for proposes — is described by what the rules said and where the candidate stands
(speaker's body, same or previous sentence, title, the most named body, distance, …)
and a hashed logistic regression (:mod:`extract.learned`) trained on the corpus's train
split decides. It has the final say on both relations; the rules' decisions are its
strongest features.

``python -m cnkg.extract.attribution train|evaluate [GOLD…]``; the model lives in
``extract/models/attribution.npz``.
"""
from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from cnkg.extract import confidence, learned
from cnkg.extract.learned import HashedLogistic, print_decisions, train_or_evaluate_args
from cnkg.extract.model import Relation
from cnkg.extract.rules.context import is_member_post

MODEL_PATH = learned.model_path("attribution.npz")   # extract/models/, or $KG_EXTRACTOR_MODELS
OWNER_TYPES = ("Agency", "Organization", "Document")
CONFIDENCE = confidence.LEARNED_ATTRIBUTION   # extract/confidence.py
#: the relations the model decides: on the dev split it beat the rules for hasGoal
#: (F1 0.50 → 0.61) but not for proposes (0.84 → 0.77), which stays with the rules
DECIDES = ("hasGoal",)


# bodies that report on goals or debate them but have none of their own: the media (浙江日报,
# 中国经济网, 新华社, the outlet a reporter writes for) and the plenary CPPCC and congresses
# (全国政协, 省政协, 全国人大: their members propose, the plenary body does not; its committees may)
_MEDIA = re.compile(r"(?:日报|晚报|早报|时报|商报|报社|(?<![公通简情预战])报|(?<!电)网|新闻社|通讯社|新华社|中新社|电视台|广播电台|卫视|"
                    r"客户端|杂志社?|周刊|新闻)$")
_PLENARY = re.compile(r"(?:政协|人大|人大常委会|人民代表大会)$")


def unfit_owners(entities, relations) -> set[str]:
    """The keys of the bodies and documents that never have a goal: media outlets (by name,
    or as the body a reporter holds a post at) and plenary CPPCC and congresses."""
    return media_outlets(entities, relations) | {e.key for e in entities if e.type in OWNER_TYPES
                                                 and _PLENARY.search(e.label)}


def media_outlets(entities, relations) -> set[str]:
    """The keys of the media outlets: by name (浙江日报, 澎湃新闻), or as the body a reporter
    holds a post at."""
    reporters_at = {o for (s, p, o), r in relations.items() if p == "holdsPost" and r.post == "记者"}
    return {e.key for e in entities if e.type in OWNER_TYPES and (e.key in reporters_at or _MEDIA.search(e.label))}


def drop_unfit_owners(entities, relations: dict) -> None:
    """Remove the hasGoal relations whose owner is unfit (:func:`unfit_owners`), in place."""
    unfit = unfit_owners(entities, relations)
    for key in [k for k in relations if k[1] == "hasGoal" and k[0] in unfit]:
        del relations[key]


# 欧盟, 东盟, 联合国教科文组织, 二十国集团: intergovernmental bodies a Chinese policy article names as the
# world around its goals (欧盟出台了…, 与东盟合作): a sentence of theirs may give them a goal, the model does not
_INTERNATIONAL = re.compile(r"^(?:联合国|欧洲联盟|欧盟|东南亚国家联盟|东盟|非洲联盟|非盟|上海合作组织|上合组织|世界贸易组织|世贸组织|"
                            r"世界银行|国际货币基金组织|经济合作与发展组织|经合组织|二十国集团|金砖国家|亚太经济合作组织|"
                            r"亚太经合组织|APEC|G20|OECD|WTO)")


def international_bodies(entities) -> set[str]:
    """The keys of the intergovernmental bodies (欧盟, 东盟, 联合国…), which the learned model gives no
    goal: in the genre their goals are stated in their own sentences, where the rules find them."""
    return {e.key for e in entities if e.type in ("Agency", "Organization")
            and any(_INTERNATIONAL.match(n) for n in (e.label, *e.aliases) if n)}


# 全面实施《规划》, 推动制定《条例》, 加入《协定》, 根据《意见》: the document is what the goal acts on
# or follows, not the one that sets it
_ACT_VERBS = (r"(?:实施|推进|加入|制定|修订|编制|出台|落实|贯彻|执行|推动|根据|按照|依据|依照|结合|"
              r"对照|遵循|参照|学习|宣传|解读|印发|抓|做好|用好|实现|完成)[了好]?")
_ACTS_ON_DOCUMENT = re.compile(_ACT_VERBS + r"[“《]?$")
# 按照《甲法》《乙条例》以及《丙规定》: a document later in the list of what an action is on
_LISTED_AFTER_ACTION = re.compile(_ACT_VERBS + r"(?:《[^《》\n]{1,60}》[ \u3000]*(?:、|，|,|和|及|以及|与|或)?[ \u3000]*){1,12}《?\Z")


# 为贯彻落实某委联合印发的《若干措施》，…: the document the purpose clause carries out, however long its object
_PURPOSE_CARRIES_OUT = re.compile(r"为了?(?:全面|深入|进一步|更好地?)?(?:贯彻落实|贯彻|落实|实施|执行|推动落实)")


# 发布《甲战略》、提出《乙倡议》等, 出台《丙办法》《丁规定》等规章: documents listed among what was done
# (a country's or a body's record), none of which sets the sentence's goals
_RELEASED_IN_CLAUSE = re.compile(r"(?:发布|提出|出台|颁布|印发|制定|发起)[^，,。；;：:\n]{0,40}\Z")
_LIST_GOES_ON = re.compile(r"》?[ \u3000]*(?:、|《|等)")


def _listed_as_done(text: str, start: int, end: int) -> bool:
    """Whether the document mention at ``start``-``end`` is one of a list of documents some clause
    reports issued (发布《甲》、提出《乙》等): it is an achievement, not the source of the goals."""
    listed = _LIST_GOES_ON.match(text, end) or text[max(0, start - 2):start].rstrip("《").endswith(("、", "》"))
    return bool(listed) and bool(_RELEASED_IN_CLAUSE.search(text, max(0, start - 40), start))


def _carried_out_in_purpose(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` ends a purpose clause that carries it out."""
    clause = max(text.rfind(c, 0, start) for c in "，,。；\n") + 1
    return bool(_PURPOSE_CARRIES_OUT.match(text, clause)) and text[end:end + 2].lstrip("》")[:1] in ("，", ",")


_ISSUED = re.compile(r"印发[了好]?[“《]?$")
# 某部印发《方案》，提出到2025年…: the document issued, then what it sets out
_THEN_STATES = re.compile(r"[”》]?[，,]\s*(?:并|同时)?(?:提出|明确了?|部署)")


def _issued_then_states(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is of a document issued and then said to set out
    what follows (某部印发《方案》，提出…): the goals of that clause are the document's."""
    return bool(_ISSUED.search(text, max(0, start - 8), start)) and bool(_THEN_STATES.match(text, end))


# 制定《办法》是…的必然要求, 出台《意见》旨在…: making the document is the subject, its aims are the document's
_MAKING = re.compile(r"(?:制定|修订|出台|编制|印发)[“《]?$")
_MAKING_IS_SUBJECT = re.compile(r"[”》]?(?:是|旨在|目的是|有利于|有助于)")


def _making_it_is_the_subject(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is the document whose making opens the clause as its
    subject (制定《办法》是贯彻落实…的必然要求): what it serves, the document sets."""
    return bool(_MAKING.search(text, max(0, start - 4), start)) and bool(_MAKING_IS_SUBJECT.match(text, end))


def object_documents(text: str, entities) -> set[tuple[str, str]]:
    """(document, goal) pairs where the goal's sentences name the document only as the
    object of an action (全面实施《规划》, 根据《意见》): the document does not set that goal.
    A document the article names only so (为落实《意见》, 深入实施《中国制造2025》) sets none of
    its goals — unless it is first named as issued (某部印发了《…》: the article reports it)."""
    goals = [e for e in entities if e.type == "Goal"]
    documents = [e for e in entities if e.type == "Document"]
    spans = [(m.start, m.end, d.key) for d in documents for m in d.mentions]
    pairs = set()
    for doc in documents:
        # …推进落实<某若干措施>重点任务分工方案: a document named inside another's title is what that one carries out
        acted_on = [m for m in doc.mentions if _ACTS_ON_DOCUMENT.search(text, max(0, m.start - 8), m.start)
                    and not _making_it_is_the_subject(text, m.start, m.end)
                    and not _issued_then_states(text, m.start, m.end)
                    or _carried_out_in_purpose(text, m.start, m.end)
                    or _listed_as_done(text, m.start, m.end)
                    or _LISTED_AFTER_ACTION.search(text, max(0, m.start - 500), m.start)
                    or any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) and k != doc.key
                           for a, b, k in spans)]
        acted = {m.sentence for m in acted_on}
        stated = {m.sentence for m in doc.mentions} - acted
        first = min(doc.mentions, key=lambda m: m.start, default=None)
        if first is not None and len(acted_on) == len(doc.mentions) \
                and not _ISSUED.search(text, max(0, first.start - 8), first.start):
            pairs |= {(doc.key, goal.key) for goal in goals}
            continue
        for goal in goals:
            sentences = {m.sentence for m in goal.mentions}
            if sentences & acted and not sentences & stated:
                pairs.add((doc.key, goal.key))
    return pairs


def drop_object_documents(text: str, entities, relations: dict) -> set[tuple[str, str]]:
    """Remove hasGoal(document, goal) of the :func:`object_documents` pairs (in place) and
    return the pairs, which the learned model then leaves aside too."""
    pairs = object_documents(text, entities)
    for key in [k for k in relations if k[1] == "hasGoal" and (k[0], k[2]) in pairs]:
        del relations[key]
    return pairs


# 某省政府印发《…》, 近日发布的《…》: the document the article reports as issued (not 发布《…》等团体标准,
# one of a body's works given as an example)
_ISSUED_BEFORE = re.compile(r"(?:印发|发布|出台|公布|颁布|审议通过|正式实施)[了的]?[“《]?$")
_EXAMPLE_AFTER = re.compile(r"[”》]?等")


def passing_documents(text: str, entities) -> set[tuple[str, str]]:
    """(document, goal) pairs of a document named once in passing — not in the headline, not as
    the document the article reports issued (某省印发《…》) — and a goal outside the paragraph that
    names it: a work a body lists (发布《某标准》等团体标准) or a pact it signs does not set what the
    body's people go on to say elsewhere."""
    headline = text.split("\n", 1)[0]
    breaks = [m.start() for m in re.finditer("\n", text)]
    paragraph = lambda offset: bisect.bisect_left(breaks, offset)
    goals = [(e.key, {paragraph(m.start) for m in e.mentions}) for e in entities if e.type == "Goal"]
    pairs = set()
    for doc in (e for e in entities if e.type == "Document" and len(e.mentions) == 1):
        m = doc.mentions[0]
        if any(name and name in headline for name in (doc.label, *doc.aliases)) \
                or _ISSUED_BEFORE.search(text, max(0, m.start - 6), m.start) and not _EXAMPLE_AFTER.match(text, m.end):
            continue
        named_in = paragraph(m.start)
        pairs |= {(doc.key, goal) for goal, paragraphs in goals if paragraphs and named_in not in paragraphs}
    return pairs


# 作题为《…》的主旨演讲, 以《…》为题发表演讲, 发表《…》主题演讲, 在《…》主题演讲中: the title of a talk,
# not a document that sets goals
_TALK_BEFORE = re.compile(r"(?:题为|以|发表了?|作了?|在)[“《]?$")
_TALK_AFTER = re.compile(r"[”》]?(?:为题|的?(?:主旨|主题|专题)?(?:演讲|讲话|发言|致辞))")


def talk_titles(text: str, entities) -> set[str]:
    """The documents that are only ever named as the title of a talk (作题为《…》的主旨演讲,
    以《…》为题, 发表《…》主题演讲): the speaker and their body state its goals, the title has none."""
    found = set()
    for doc in (e for e in entities if e.type == "Document"):
        if doc.mentions and all(_TALK_BEFORE.search(text, max(0, m.start - 4), m.start)
                                and _TALK_AFTER.match(text, m.end) for m in doc.mentions):
            found.add(doc.key)
    return found


# 据《第5次全国未成年人互联网使用情况调查报告》显示: a report cited for what it found
_FINDINGS = re.compile(r"(?:报告|白皮书|蓝皮书|公报)")
_NOT_FINDINGS = re.compile(r"工作报告|党的[^》]{0,8}报告|大报告")
_CITED_AFTER = re.compile(r"[”》]?(?:[（(][^）)]{0,30}[）)])?(?:数据)?(?:显示|表明)")


def cited_reports(text: str, entities) -> set[str]:
    """The reports, white papers and bulletins only ever cited for their findings (《…调查报告》显示,
    《…白皮书》表明): a source of figures, not a document that sets goals (a work report is one)."""
    return {doc.key for doc in entities
            if doc.type == "Document" and doc.mentions and _FINDINGS.search(doc.label)
            and not _NOT_FINDINGS.search(doc.label)
            and all(_CITED_AFTER.match(text, m.end) for m in doc.mentions)}


# 《2024中国数字银行调查报告》, 《中国互联网络发展状况统计报告》, 《某白皮书（2023版）》, 《某企业图谱》: what a
# survey, a statistics office or a research body found, not what a plan sets (a work report, a party
# congress's report or a policy report is no such thing). Not an index (《数字生态指数》): an article
# presenting one states its aims (为政府部门提供决策支持), and its other goals are then given to its makers
_FINDINGS_LABEL = re.compile(r"(?:(?:调查|统计|状况|发展|年度|研究|评价|评估|普查|监测|态势|洞察|APT)报告|白皮书|蓝皮书|"
                             r"图谱|全景图|状况公报|统计公报)"
                             r"\s*(?:[（(][^（）()]{1,12}[）)]|\d{4}(?:年|版)?)?$")


# 在《某白皮书》中，某某指出，要…: a speaker presenting the document, whose goals it then sets
_PRESENTED_IN = re.compile(r"[”》]?(?:中|里)[，,]")


def findings_reports(text: str, entities) -> set[str]:
    """The documents whose name says they report findings (某调查报告, 某白皮书, 某图谱): a source of
    figures, not a document that sets goals — unless a speaker presents its proposals (在《…》中，…指出)."""
    return {e.key for e in entities if e.type == "Document" and _FINDINGS_LABEL.search(e.label)
            and not any(_PRESENTED_IN.match(text, m.end) and text[max(0, m.start - 2):m.start].startswith("在")
                        for m in e.mentions)}


# 《数据安全法》, 中华人民共和国网络安全法, 民法典, 党章: a law or charter (not a 办法, a method or a view)
_LAW = re.compile(r"(?:(?<![办方做看想说立执司])法|法典|党章)$")


def cited_laws(text: str, entities) -> set[str]:
    """The laws an article cites without being about them (not named in its headline): the
    ground the goals stand on (依据《网络安全法》, 落实《数据安全法》), not what sets them."""
    headline = text.split("\n", 1)[0]
    return {e.key for e in entities if e.type == "Document" and _LAW.search(e.label)
            and not any(name and name in headline for name in (e.label, *e.aliases))}


# 党的二十大报告指出…, 《决定》明确提出…, 《某决定》（以下简称《决定》），提出…: a higher authority the
# article quotes for what it says (its short name given on the way)
_SHORT_NAME = r"(?:[（(](?:以下)?简称[^（）()]{1,30}[）)])?"
_QUOTED_FOR = re.compile(r"[”》]?" + _SHORT_NAME + r"[”》]?[）)]?[，,]?"
                         r"(?:中|里)?(?:也|还|更|进一步)?(?:明确|专门|多次|鲜明)?(?:指出|强调|提出|要求|部署|写道)")


def quoted_authorities(text: str, entities) -> set[str]:
    """The documents the article only ever quotes (党的二十大报告指出…, 《决定》明确提出…) and does not
    name in its headline: they set the goals of the sentences quoting them, not those of the
    speaker who quotes them (ANNOTATE.md: who has a goal is the body its speaker speaks for)."""
    headline = text.split("\n", 1)[0]
    return {d.key for d in entities if d.type == "Document" and d.mentions
            and not any(name and name in headline for name in (d.label, *d.aliases))
            and all(_QUOTED_FOR.match(text, m.end) for m in d.mentions)}


def goals_beyond_quotes(text: str, entities) -> set[tuple[str, str]]:
    """(document, goal) pairs of :func:`quoted_authorities` whose goal no sentence quoting the
    document states: the learned model leaves them aside."""
    quoted = quoted_authorities(text, entities)
    by_key = {e.key: e for e in entities}
    goals = [e for e in entities if e.type == "Goal"]
    return {(doc, g.key) for doc in quoted for g in goals
            if not {m.sentence for m in g.mentions} & {m.sentence for m in by_key[doc].mentions}}


def drop_documents_without_goals(text: str, entities, relations: dict) -> set[tuple[str, str]]:
    """Remove the hasGoal relations of :func:`talk_titles`, :func:`cited_reports`, :func:`cited_laws`
    and :func:`findings_reports` (in place) and return every (document, goal) pair of theirs, which the
    learned model then leaves aside too."""
    titles = talk_titles(text, entities) | cited_reports(text, entities) | cited_laws(text, entities) \
        | findings_reports(text, entities)
    for key in [k for k in relations if k[1] == "hasGoal" and k[0] in titles]:
        del relations[key]
    return {(t, g.key) for t in titles for g in entities if g.type == "Goal"}


# 问：《指南》适用范围是什么？ / 三、《规定》主要修订内容有哪些？ / 七、请介绍一下《通知》的主要考虑。⏎答：…
_ASKS = re.compile(r"^\s*(?:问|记者)[：:]")
_ANSWERS = re.compile(r"^\s*答[：:]")
_QUESTION_END = re.compile(r"[？?]\s*$")
#: the longest line that is a question by its question mark alone
_QUESTION_LINE = 90
# 如何推动《规定》贯彻落实, 《指南》发布后如何推动落地: the document is what the answer carries out
_ASKS_TO_CARRY_OUT = re.compile(r"贯彻|落实|落地|实施|推进|推动|宣传|下一步")


def answers_by_question(text: str) -> list[tuple[int, int, str]]:
    """(start, end, question) of each answer of a press Q&A: the lines after a question (问：…,
    a line ending with ？, or the line before 答：…) up to the next question."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    asked = [k for k, (_, _, line) in enumerate(lines)
             if _ASKS.match(line) or (_QUESTION_END.search(line) and len(line.strip()) <= _QUESTION_LINE)
             or (k + 1 < len(lines) and _ANSWERS.match(lines[k + 1][2]) and not _ANSWERS.match(line))]
    out = []
    for i, k in enumerate(asked):
        end = lines[asked[i + 1]][0] if i + 1 < len(asked) else len(text)
        out.append((lines[k][1], end, lines[k][2]))
    return out


# the end of a sentence inside a question line: what comes after it is the question itself
_SENTENCE_END = re.compile(r"[。！!；;]")


def asked_sentence_offset(question: str) -> int:
    """Where the asking sentence of a question line starts: the whole line for a marked question
    (问：…), else the part after the line's last full stop (党的某决定提出，建设A。如何更好打造B？
    asks about B, not about the document the lead-in cites)."""
    if _ASKS.match(question):
        return 0
    # 七、请介绍一下《通知》的主要考虑。: the full stop that ends the question line is no lead-in's end
    ends = list(_SENTENCE_END.finditer(question.rstrip().rstrip("。！!；;")))
    return ends[-1].end() if ends else 0


def asked_documents(text: str, entities) -> list[tuple[int, int, str]]:
    """(start, end, document) of the answers whose question asks about one document (问：《指南》
    适用范围是什么？): the goals the answer states are that document's. Not when the question asks
    how the document is carried out (如何推动《规定》贯彻落实？: the answering body's tasks)."""
    documents = [e for e in entities if e.type == "Document"]
    out = []
    for start, end, question in answers_by_question(text):
        if _ASKS_TO_CARRY_OUT.search(question):
            continue
        q_start = start - len(question) + asked_sentence_offset(question)
        named = {d.key for d in documents for m in d.mentions if q_start <= m.start and m.end <= start}
        if len(named) == 1:
            out.append((start, end, named.pop()))
    return out


def documents_unasked_in_answers(text: str, entities) -> set[tuple[str, str]]:
    """(document, goal) pairs the learned model leaves aside in a Q&A on several documents (one
    question asks about 《甲办法》, another about 《乙通知》): a goal of an answer whose question
    asks about none of them (如何抓好几份文件的落实？) is the answering body's, not the first
    document's. Articles whose questions ask about one document or none keep their candidates."""
    spans = asked_documents(text, entities)
    if len({document for _, _, document in spans}) < 2:
        return set()
    documents = [e.key for e in entities if e.type == "Document"]
    out = set()
    for start, end, _ in answers_by_question(text):
        if any(s <= start < e for s, e, _ in spans):
            continue
        for goal in (g for g in entities if g.type == "Goal" and g.mentions):
            if start <= min(m.start for m in goal.mentions) < end:
                out |= {(d, goal.key) for d in documents}
    return out


def relate_answers_to_asked_documents(text: str, entities, relations: dict) -> None:
    """Each goal of an answer whose question asks about one document (:func:`asked_documents`)
    that no document has yet is that document's (in place, before the learned model, which
    would give it the document named most)."""
    spans = asked_documents(text, entities)
    if not spans:
        return
    kinds = {e.key: e.type for e in entities}
    owned = {o for (s, p, o) in relations if p == "hasGoal" and kinds.get(s) == "Document"}
    for goal in (e for e in entities if e.type == "Goal" and e.key not in owned and e.mentions):
        first = min(goal.mentions, key=lambda m: m.start)
        for start, end, document in spans:
            if start <= first.start < end:
                relations[(document, "hasGoal", goal.key)] = Relation(
                    document, "hasGoal", goal.key, first.sentence, confidence.ASKED_DOCUMENT_HAS_GOAL)
                break


# 下一步，/ 2024年，/ 同时， — an opener before the sentence's subject
_OPENER = re.compile(r"\s*(?:[^，,。；;：:！？“”\n]{1,10}[，,])?\s*")
# 某局将…, 某部、某办统筹推进…: what a body that opens its sentence goes on to do
_BODY_ACTS = re.compile(r"(?:将|要|应|还将|也将|正|会同[^，。；]{0,20}?(?:将|要)?|牵头|负责|统筹|组织|持续|全面|着力|加快|加强|"
                        r"推进|推动|深化|完善|建立|健全|开展|指导|督促|鼓励|支持|做好)")
_JOINS = re.compile(r"[、和与及]|以及")


def sentence_subject_bodies(text: str, entities, sentence) -> list[str]:
    """The bodies that open ``sentence`` as its subject (某局将…, 某部、某办统筹推进…, after an
    opener such as 下一步，), when what follows them is what they do; [] otherwise."""
    mentions: dict[int, tuple[int, str]] = {}   # start → (end, key), the longest name at each start
    for e in entities:
        if e.type in ("Agency", "Organization"):
            for m in e.mentions:
                if sentence.start <= m.start < sentence.end and m.end > mentions.get(m.start, (0, ""))[0]:
                    mentions[m.start] = (m.end, e.key)
    lead = len(sentence.text) - len(sentence.text.lstrip())
    for at in dict.fromkeys((sentence.start + lead, _OPENER.match(text, sentence.start).end())):
        found = []
        while at in mentions:
            end, key = mentions[at]
            found.append(key)
            join = _JOINS.match(text, end)
            at = join.end() if join and join.end() in mentions else end
            if at == end:
                break
        if found and _BODY_ACTS.match(text, at):
            return list(dict.fromkeys(found))
    return []


def relate_goals_to_sentence_subjects(text: str, entities, relations: dict, sentences) -> None:
    """Each goal a document sets, stated in a sentence whose subject is a body (某局将着力完善A，持续
    提升B；做好C。), is that body's too (in place, before the learned model): ANNOTATE.md's body that
    is the subject, beside the document. Only goals that a document has and no body has yet (a
    document's own text: elsewhere 省委、省政府将X确定为Y is no plan of theirs)."""
    kinds = {e.key: e.type for e in entities}
    owned_by_body = {o for (s, p, o) in relations if p == "hasGoal" and kinds.get(s) in ("Agency", "Organization")}
    set_by_document = {o for (s, p, o) in relations if p == "hasGoal" and kinds.get(s) == "Document"}
    goals_by_sentence: dict[int, list[str]] = {}
    for e in entities:
        if e.type == "Goal" and e.key in set_by_document and e.key not in owned_by_body and e.mentions:
            goals_by_sentence.setdefault(min(e.mentions, key=lambda m: m.start).sentence, []).append(e.key)
    for sentence in sentences:
        goals = goals_by_sentence.get(sentence.index)
        if not goals:
            continue
        for body in sentence_subject_bodies(text, entities, sentence):
            for goal in goals:
                relations[(body, "hasGoal", goal)] = Relation(body, "hasGoal", goal, sentence.index,
                                                              confidence.SENTENCE_SUBJECT_HAS_GOAL)


# research bodies: their people give advice, which no body adopts by saying it
_RESEARCH = re.compile(r"(?:研究院|研究所|研究中心|研究会|大学|学院|实验室|智库|学会)$")


def is_research_body(label: str) -> bool:
    """Whether a body is a research body (某研究院, 某大学, 某实验室): its people give advice."""
    return bool(_RESEARCH.search(label))


def experts_goals(ctx: "Context") -> set[str]:
    """The goals whose proposers all speak as experts (every post of theirs at a research
    body: 某研究院院长, 某大学教授): advice that no body has, so the model gives it no owner."""
    out = set()
    for goal, people in ctx.proposers.items():
        if people and all(all(_RESEARCH.search(ctx.entities[b].label) for b in ctx.posts[p]) if ctx.posts.get(p)
                          else _titled_scholar(ctx, p) for p in people):
            out.add(goal)
    return out


# 中国工程院院士吴世忠, 吴世忠院士, 王明教授: an honorary or academic title, no post of a body
_SCHOLAR_BEFORE = re.compile(r"(?:院士|教授|研究员|专家|学者)$")
_SCHOLAR_AFTER = re.compile(r"^(?:院士|教授|研究员)")


def _titled_scholar(ctx: "Context", person: str) -> bool:
    """Whether a person with no post of a body is named with a scholar's title (院士, 教授 …)."""
    return any(_SCHOLAR_BEFORE.search(ctx.text, max(0, m.start - 3), m.start) or _SCHOLAR_AFTER.match(ctx.text[m.end:m.end + 3])
               for m in ctx.entities[person].mentions)


# 习近平总书记强调, 总书记习近平指出: the central leader a speaker or writer quotes
_LEADER_BEFORE = re.compile(r"总书记$")
_LEADER_AFTER = re.compile(r"^总书记")


def quoted_leaders_goals(ctx: "Context") -> set[str]:
    """The goals whose proposers are all the central leader a speaker quotes (习近平总书记强调…),
    with no post at a body of the article: the leader's words, which no body of the article has
    by quoting them, so the model gives them no body (a document may still set them)."""
    def quoted_leader(person: str) -> bool:
        return not ctx.posts.get(person) and any(
            _LEADER_BEFORE.search(ctx.text, max(0, m.start - 3), m.start) or _LEADER_AFTER.match(ctx.text[m.end:m.end + 3])
            for m in ctx.entities[person].mentions)
    return {goal for goal, people in ctx.proposers.items() if people and all(quoted_leader(p) for p in people)}


def members_goals(ctx: "Context", relations: dict) -> set[str]:
    """The goals whose proposers are all CPPCC members or NPC deputies (委员, 代表): their
    proposal may have them, no body does."""
    labels = {e.key: e.label for e in ctx.entities.values()}
    members = {s for (s, p, o), r in relations.items() if p == "holdsPost" and is_member_post(r.post, labels.get(o, ""))}
    return {goal for goal, people in ctx.proposers.items() if people and people <= members}


def speakers_bodies(ctx: "Context") -> dict[str, set[str]]:
    """Goal → the bodies its proposers hold posts at, and those bodies' parents (ANNOTATE.md: who
    has a goal is the body its speaker speaks for, or the document that sets it), for the goals
    whose proposers hold a post."""
    out = {}
    for goal, people in ctx.proposers.items():
        bodies = {b for p in people for b in ctx.posts.get(p, ())}
        if bodies:
            out[goal] = bodies | {ctx.parent[b] for b in bodies if b in ctx.parent}
    return out


# a document's name less its edition or years (某行动计划(2016-2020), 某规划（2023年版）)
_EDITION = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
# 本次行动计划, 该意见, 这一规划: the document the sentence is about, by its kind
# 《实施意见》: a short title, which names the document whose name ends with it
_SHORT_TITLE = re.compile(r"《([^《》]{2,8})》")
_THIS = r"(?:本|该|这一?|此)(?:次|项|个|部|份)?[^，,。；;：:\n]{0,4}?"


def refers_to_document(sentence: str, document) -> bool:
    """Whether a sentence names a document: by its name or short name (《建议》提出…), or as 本次行动计划,
    该意见 (a demonstrative before the kind its name ends with), or by a short title its name ends with
    (《实施意见》; not one as bare as 《规划》)."""
    names = [n.strip("《》") for n in (document.label, *document.aliases) if n]
    if any(len(n) >= 2 and n in sentence for n in names):
        return True
    bare = [_EDITION.sub("", n) for n in names]
    if any(len(short) >= 3 and any(n.endswith(short) for n in bare) for short in _SHORT_TITLE.findall(sentence)):
        return True
    kinds = {n[-2:] for n in bare}
    return any(len(k) == 2 and re.search(_THIS + re.escape(k), sentence) for k in kinds)


def documents_speakers_do_not_name(ctx: "Context", spoken_for: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(document, goal) pairs of a goal whose proposers speak for a body (:func:`speakers_bodies`) and a
    document neither the goal's sentences nor the one before them in its paragraph names: an official at a meeting states their body's aims
    (ANNOTATE.md), not those of the document the meeting is about — unless they say it sets them
    (《建议》提出…, 本次行动计划将…)."""
    documents = [e for e in ctx.entities.values() if e.type == "Document"]
    pairs = set()
    for goal in spoken_for:
        sentences = ctx.sentences_of(goal)
        sentences |= {i - 1 for i in sentences if ctx.paragraph_of.get(i - 1, -1) == ctx.paragraph_of.get(i)}
        said = [ctx.sentence_text.get(i, "") for i in sentences]
        pairs |= {(d.key, goal) for d in documents if not any(refers_to_document(s, d) for s in said)}
    return pairs


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 10, 20)) -> str:
    return str(next((e for e in edges if n <= e), "more"))


class Context:
    """What the features of one article need: its entities, relations and sentences."""

    def __init__(self, text: str, entities, relations, sentences):
        self.text = text
        self.entities = {e.key: e for e in entities}
        self.relations = relations          # {(s, p, o): Relation}
        self.title = text.split("\n", 1)[0]
        self.paragraph_of = {s.index: text.count("\n", 0, s.start) for s in sentences}
        self.sentence_text = {s.index: text[s.start:s.end] for s in sentences}
        counts = Counter({k: len(e.mentions) for k, e in self.entities.items() if e.type in OWNER_TYPES})
        self.owner_rank = {k: i for i, (k, _) in enumerate(counts.most_common())}
        persons = Counter({k: len(e.mentions) for k, e in self.entities.items() if e.type == "Person"})
        self.person_rank = {k: i for i, (k, _) in enumerate(persons.most_common())}
        self.posts: dict[str, set[str]] = {}
        self.parent: dict[str, str] = {}
        self.proposers: dict[str, set[str]] = {}
        for (s, p, o) in relations:
            if p == "holdsPost":
                self.posts.setdefault(s, set()).add(o)
            elif p == "subOrganizationOf":
                self.parent[s] = o
            elif p == "proposes":
                self.proposers.setdefault(o, set()).add(s)

    def sentences_of(self, key: str) -> set[int]:
        return {m.sentence for m in self.entities[key].mentions}

    def offsets_of(self, key: str) -> list[int]:
        return [m.start for m in self.entities[key].mentions]


def owner_features(ctx: Context, goal: str, owner: str) -> list[str]:
    e, g = ctx.entities[owner], ctx.entities[goal]
    g_sents, o_sents = ctx.sentences_of(goal), ctx.sentences_of(owner)
    g_first = min((m.start for m in g.mentions), default=0)
    g_par = {ctx.paragraph_of.get(i) for i in g_sents}
    offsets = ctx.offsets_of(owner)
    before = [g_first - o for o in offsets if o <= g_first]
    after = [o - g_first for o in offsets if o > g_first]
    proposers = ctx.proposers.get(goal, set())
    speaker_bodies = {b for p in proposers for b in ctx.posts.get(p, ())}
    speaker_parents = {ctx.parent.get(b) for b in speaker_bodies}
    names = [e.label, *e.aliases]
    f = ["bias", f"type:{e.type}",
         f"rank:{_bucket(ctx.owner_rank.get(owner, 99))}", f"mentions:{_bucket(len(e.mentions))}",
         f"near_before:{_bucket(min(before) // 100) if before else 'none'}",
         f"near_after:{_bucket(min(after) // 100) if after else 'none'}"]
    flags = {
        "rule": (owner, "hasGoal", goal) in ctx.relations,
        "same_sentence": bool(g_sents & o_sents),
        "previous_sentence": bool({i - 1 for i in g_sents} & o_sents),
        "same_paragraph": bool(g_par & {ctx.paragraph_of.get(i) for i in o_sents}),
        "in_title": any(n and n in ctx.title for n in names),
        "speaker_body": owner in speaker_bodies,
        "speaker_parent": owner in speaker_parents,
        "has_proposer": bool(proposers),
        "is_unit": owner in ctx.parent,
        "has_units": owner in ctx.parent.values(),
        "top": ctx.owner_rank.get(owner) == 0,
        "only": len(ctx.owner_rank) == 1,
        "first_named": bool(offsets) and min(offsets) == min((m.start for k in ctx.owner_rank
                                                                for m in ctx.entities[k].mentions), default=-1),
    }
    f += [k for k, v in flags.items() if v]
    f += [f"{e.type}&{k}" for k, v in flags.items() if v]
    f += [f"{a}&{b}" for a, b in (("rule", "same_sentence"), ("in_title", "top"), ("speaker_body", "rule"),
                                  ("has_proposer", "in_title"), ("top", "same_paragraph")) if flags[a] and flags[b]]
    return f


def proposer_features(ctx: Context, goal: str, person: str) -> list[str]:
    g = ctx.entities[goal]
    g_sents, p_sents = ctx.sentences_of(goal), ctx.sentences_of(person)
    g_first = min((m.start for m in g.mentions), default=0)
    offsets = ctx.offsets_of(person)
    before = [g_first - o for o in offsets if o <= g_first]
    g_par = {ctx.paragraph_of.get(i) for i in g_sents}
    flags = {
        "rule": (person, "proposes", goal) in ctx.relations,
        "other_rule": any(p != person for p in ctx.proposers.get(goal, ())),
        "same_sentence": bool(g_sents & p_sents),
        "previous_sentence": bool({i - 1 for i in g_sents} & p_sents),
        "same_paragraph": bool(g_par & {ctx.paragraph_of.get(i) for i in p_sents}),
        "has_post": person in ctx.posts,
        "top": ctx.person_rank.get(person) == 0,
        "only": len(ctx.person_rank) == 1,
        "in_title": ctx.entities[person].label in ctx.title,
    }
    f = ["bias", f"rank:{_bucket(ctx.person_rank.get(person, 99))}",
         f"near_before:{_bucket(min(before) // 100) if before else 'none'}"]
    f += [k for k, v in flags.items() if v]
    f += [f"{a}&{b}" for a, b in (("rule", "same_sentence"), ("top", "same_paragraph"), ("only", "has_post"),
                                  ("previous_sentence", "has_post")) if flags[a] and flags[b]]
    return f


def candidates(ctx: Context):
    """(goal, candidate, predicate) of one article."""
    goals = [k for k, e in ctx.entities.items() if e.type == "Goal"]
    owners = [k for k, e in ctx.entities.items() if e.type in OWNER_TYPES]
    persons = [k for k, e in ctx.entities.items() if e.type == "Person"]
    for g in goals:
        for o in owners:
            yield g, o, "hasGoal"
        for p in persons:
            yield g, p, "proposes"


def features(ctx: Context, goal: str, other: str, predicate: str) -> list[str]:
    f = owner_features(ctx, goal, other) if predicate == "hasGoal" else proposer_features(ctx, goal, other)
    return [f"{predicate}:{x}" for x in f]


def attribute(text: str, entities, relations: dict, sentences, model: HashedLogistic,
              decides: tuple[str, ...] = DECIDES, excluded: set[tuple[str, str]] = frozenset(),
              unowned: set[str] = frozenset()) -> None:
    """Give each goal that the rules left without an owner (a ``decides`` relation) the
    candidate the model ranks first, when the model is confident of it (in place). The
    ``unowned`` goals (an author's own proposals) get none.

    The rules keep what they found: on the seed articles they are right, and a model that
    overrode them lost there what it won on the corpus."""
    ctx = Context(text, entities, relations, sentences)
    best: dict[tuple[str, str], tuple[float, str]] = {}
    owned = {(o, p) for (s, p, o) in relations if p in decides}
    unfit = unfit_owners(entities, relations) | international_bodies(entities)
    advice = experts_goals(ctx) | set(unowned)
    members = members_goals(ctx, relations) | quoted_leaders_goals(ctx)
    spoken_for = speakers_bodies(ctx)
    excluded = set(excluded) | documents_speakers_do_not_name(ctx, spoken_for)
    for goal, other, predicate in candidates(ctx):
        if goal in advice or goal in members and ctx.entities[other].type != "Document":
            continue
        if goal in spoken_for and ctx.entities[other].type != "Document" and other not in spoken_for[goal]:
            continue   # a body that none of the goal's proposers speaks for
        if predicate not in decides or (goal, predicate) in owned or other in unfit or (other, goal) in excluded:
            continue
        p = model.probability(features(ctx, goal, other, predicate))
        if p >= model.threshold and p > best.get((goal, predicate), (0.0, ""))[0]:
            best[(goal, predicate)] = (p, other)
    for (goal, predicate), (_, other) in best.items():
        sentence = min(ctx.sentences_of(goal), default=0)
        relations[(other, predicate, goal)] = Relation(other, predicate, goal, sentence, CONFIDENCE)


@lru_cache(maxsize=1)
def default_model() -> HashedLogistic | None:
    return HashedLogistic.load(MODEL_PATH) if MODEL_PATH.exists() else None


# ----------------------------------------------------------------- training

def article_rows(gold_path: Path, extractor) -> list[tuple[list[str], int, str]]:
    """(features, label, predicate) of every candidate pair of one annotated article."""
    from cnkg.extract.evaluate import match_entities, read_gold

    gold, article = read_gold(gold_path)
    extraction = extractor.extract(article)
    mapping = match_entities(gold, extraction.to_json())
    gold_rel = {(r["s"], r["p"], r["o"]): r for r in gold["relations"]}
    relations = {(r.subject, r.predicate, r.object): r for r in extraction.relations}
    ctx = Context(article.text, extraction.entities, relations, extraction.sentences)
    rows = []
    for goal, other, predicate in candidates(ctx):
        gg, go = mapping.get(goal), mapping.get(other)
        if gg is None:
            continue     # a goal the gold does not have: its attribution teaches nothing
        r = gold_rel.get((go, predicate, gg)) if go is not None else None
        if r is not None and r.get("optional"):
            continue     # either way is right
        rows.append((features(ctx, goal, other, predicate), int(r is not None), predicate))
    return rows


def main(argv: list[str] | None = None) -> int:
    from cnkg.extract.evaluate import Tally, gold_paths
    from cnkg.extract.pipeline import Extractor

    args = train_or_evaluate_args(argv, prog="python -m cnkg.extract.attribution", doc=__doc__,
                                  model_path=MODEL_PATH)
    # the rules' own attribution is the feature: extract without this model
    extractor = Extractor.load(attribution="none")
    files = gold_paths(args.gold)
    rows = [row for f in files for row in article_rows(f, extractor)]
    if args.command == "train":
        model = HashedLogistic.train([(f, y) for f, y, _ in rows])
        model.threshold = args.threshold
        model.meta = {"articles": len(files), "pairs": len(rows), "positives": sum(y for _, y, _ in rows),
                      "sources": args.gold}
        model.save(args.out)
        print(f"trained on {len(files)} articles, {len(rows)} pairs ({model.meta['positives']} relations) → {args.out}")
        return 0
    model = HashedLogistic.load(args.model)
    counts = Tally()
    for f, y, predicate in rows:
        counts.count(f"{predicate} model", model.decide(f), y)
        counts.count(f"{predicate} rules", f"{predicate}:rule" in f, y)
    print_decisions(counts, ("hasGoal", "proposes"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
