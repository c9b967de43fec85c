"""Agreements: 甲与乙签署…合作协议 — the agreement is a document, and the goals it sets (双方将…)
are the agreement's and both parties'.

The bodies that issue an agreement (publishedBy, decided after the learned pair classifier)
are its signatories: they have its goals too (:func:`relate_signatory_goals`).

Reads from the context: ``text``, ``sentences``, ``speakers``, ``reg`` (bodies, places,
documents, goals), ``relations`` (proposes, hasGoal, publishedBy), ``goal_spans``.
Writes to the context: ``reg`` (the agreement's Document when the text names it without
《》), ``relations`` (hasGoal of the agreement and of each party).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract.attribution import unfit_owners
from cnkg.extract.rules.context import FactContext

# 甲与乙(今/近日)(在杭)签署《…协议》 / 签订战略合作框架协议
SIGNING = re.compile(r"([\u4e00-\u9fff]{2,16})(?:与|同)([\u4e00-\u9fff]{2,16}?)(?:今天?|近日|日前|正式)?"
                     r"(?:在[\u4e00-\u9fff]{1,6})?(?:正式)?(?:签署|签订)了?"
                     r"(《[^《》\n]{2,60}》|[\u4e00-\u9fff“”]{0,30}?(?:协议|备忘录))")
# 甲与乙(近日)达成战略合作, 甲与乙(正式)签约: a cooperation whose agreement the article does not name
COOPERATION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16})(?:与|同)([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:今天?|近日|日前|正式)?"
                         r"(?:在[\u4e00-\u9fff]{1,6})?(?:正式)?(?:达成|签署|签订|建立)了?(?:全面)?(?:战略)?合作|"
                         r"([\u4e00-\u9fffA-Za-z0-9]{2,16})(?:与|同)([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:今天?|近日|日前)?(?:正式)?签约")
_SIGNED_BEFORE = re.compile(r"(?:签署|签订)了?[“《]?$")
_GENERIC = ("合作协议", "战略合作协议", "合作备忘录", "框架协议")
# an agreement's name ends so (合作协议, 合作备忘录, 协定)
_AGREEMENT = re.compile(r"(?:协议|协议书|备忘录|协定)$")
# the sentence speaks of what both sides will do: 双方将…, 根据协议…, 两地将…
_JOINT = re.compile(r"双方|协议|两地|两市|部省|省部|省企|市企|校地|校企")


def _party(ctx: FactContext, run: str, *, from_end: bool) -> str | None:
    """The body (or place's government) that ends (``from_end``) or opens ``run``."""
    spans = [run[i:] for i in range(len(run) - 1)] if from_end else [run[:n] for n in range(len(run), 1, -1)]
    for name in spans:
        body = ctx.subject_body(name) or _the_government(ctx, name)
        if body:
            return body
    return None


def _the_government(ctx: FactContext, name: str) -> str | None:
    """省政府, 市政府: the one provincial (city) government the article names in full."""
    m = re.fullmatch(r"([省市区县])(?:人民)?政府", name)
    if not m:
        return None
    found = [e.key for e in ctx.reg.of_type("Agency") if re.search(m.group(1) + r"(?:人民)?政府$", e.label)
             and len(e.label) > len(name)]
    return found[0] if len(found) == 1 else None


def signed_agreement(ctx: FactContext):
    """(agreement document key, party keys, offset of the signing) of the first signing the
    article names with both parties known (by a name more than 合作协议, when one does), or None."""
    signings = []
    for m in SIGNING.finditer(ctx.text):
        first = _party(ctx, m.group(1), from_end=True)
        second = _party(ctx, m.group(2), from_end=False)
        name = m.group(3).strip("《》“”")
        if first and second and first != second and len(name) >= 4 and not name.startswith(("相关", "有关", "了")):
            signings.append((m, name, first, second))
    if not signings:   # 签署了《…合作协议》 with parties we cannot resolve: the agreement alone
        signed = next((d for d in ctx.reg.of_type("Document") if d.label.endswith(("协议", "备忘录"))
                       for mm in d.mentions if _SIGNED_BEFORE.search(ctx.text, max(0, mm.start - 12), mm.start)), None)
        if signed is None:
            return None
        at = min(mm.start for mm in signed.mentions)
        return signed.key, _signers_bodies(ctx, at), at
    m, name, first, second = next((t for t in signings if t[1] not in _GENERIC), signings[0])
    docs = [d for d in ctx.reg.of_type("Document") if d.label.endswith(("协议", "备忘录"))]
    doc = next((d for d in docs if d.label in name or name in d.label), None) or (docs[0] if docs else None)
    if doc is None:
        start = m.start(3) + (1 if m.group(3).startswith("《") else 0)
        doc = ctx.reg.add("Document", name, confidence=conf.AGREEMENT, mention=ctx.mention(start, start + len(name)))
    return doc.key, [first, second], signings[0][0].start()


def _signers_bodies(ctx: FactContext, at: int) -> list[str]:
    """部长甲与市长乙共同签署了《…》: the bodies the people who sign it stand for (both needed)."""
    index = ctx.sentence_at(at)
    signers = [p.key for m, p in ctx.by_sentence("Person").get(index, ()) if m.end <= at]
    bodies = list(dict.fromkeys(b for b in (ctx.speaker_body(p) for p in signers) if b))
    return bodies if len(bodies) >= 2 else []


def cooperating_parties(ctx: FactContext) -> tuple[list[str], int] | None:
    """([party, party], offset) of the first cooperation the article names between two known bodies
    (甲与乙达成战略合作, 甲与乙签约), or None."""
    for m in COOPERATION.finditer(ctx.text):
        first_run, second_run = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        first = _party(ctx, first_run, from_end=True)
        second = _party(ctx, second_run, from_end=False)
        if first and second and first != second:
            return [first, second], m.start()
    return None


def relate_agreement_goals(ctx: FactContext) -> None:
    """The goals of an agreement are its parties' too: the goals the agreement has, and the
    goals of the sentences after the signing that speak of both sides (双方将…, 根据协议…)
    and that no speaker proposes. With no agreement named (甲与乙达成战略合作), the goals
    of those sentences are the two parties'."""
    signed = signed_agreement(ctx)
    if signed is None:
        cooperation = cooperating_parties(ctx)
        if cooperation is None:
            return
        signed = (None, *cooperation)
    doc, parties, at = signed
    proposed = {o for (s, p, o) in ctx.relations if p == "proposes"}
    owned_by_doc = {o for (s, p, o) in ctx.relations if p == "hasGoal" and s == doc}
    for start, _, goal in ctx.goal_spans:
        if goal in proposed:
            continue
        s = ctx.sentences[ctx.sentence_at(start)] if ctx.sentences else None
        joint = s is not None and s.start >= at and _JOINT.search(s.text) and s.index not in ctx.speakers
        if goal in owned_by_doc or joint:
            for owner in ([doc] if doc else []) + parties:
                ctx.relate(owner, "hasGoal", goal, s.index if s else 0, confidence=conf.AGREEMENT_HAS_GOAL)


def signatories(ctx: FactContext) -> dict[str, list[str]]:
    """Agreement key → the bodies that issue it (publishedBy), media and plenary bodies aside."""
    unfit = unfit_owners(list(ctx.reg), ctx.relations)
    found: dict[str, list[str]] = {}
    for (s, p, o) in ctx.relations:
        if p == "publishedBy" and _AGREEMENT.search(ctx.reg.entities[s].label) and o not in unfit \
                and ctx.reg.entities[o].type in ("Agency", "Organization"):
            found.setdefault(s, []).append(o)
    return found


def relate_signatory_goals(ctx: FactContext) -> None:
    """Each goal an agreement has is had too by the bodies that issue (sign) it: 省政府与某部签署
    《…合作协议》 whose parties the signing sentence does not resolve (省政府), but whose
    publishers are known."""
    parties = signatories(ctx)
    for (s, p, o), rel in list(ctx.relations.items()):
        if p == "hasGoal" and s in parties:
            for body in parties[s]:
                ctx.relate(body, "hasGoal", o, rel.sentence, confidence=conf.SIGNATORY_HAS_GOAL)
