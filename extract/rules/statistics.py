"""Statistics: every figure of a sentence (增加值突破5000亿元), dated to the sentence's target
year when it names one.

Reads from the context: ``sentences``, ``text``, ``reg`` (statistics already found).
Writes to the context: ``reg`` (Statistic entities with value, unit, date and evidence).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract import figures
from cnkg.extract.rules.context import FactContext

#: 到2025年 / 至2030年: a target year; a forecast (预计到…) names one too
_TARGET_YEAR = re.compile(r"(?:到|至)(20\d\d年)")


def find_statistics(ctx: FactContext) -> None:
    for s in ctx.sentences:
        found = figures.figures(s.text, s.start)
        if not found:
            continue
        # once per sentence (a sentence may be a 1 MB line of many figures)
        target = _TARGET_YEAR.search(s.text)
        # a target (到2025年…达到10%) is a Goal with its figure (goal rules) and also a Statistic dated to its year
        year = target.group(1) if target else None
        for f in found:
            known = ctx.reg.find(f.label, "Statistic")   # 分别为1.5%、2.2%: two values, two figures
            other_value = known is not None and known.value is not None and known.value != f.value
            stat = ctx.reg.add("Statistic", f.label, confidence=conf.STATISTIC, mention=ctx.mention(f.start, f.end),
                               distinct=other_value)
            stat.value_text, stat.value, stat.unit, stat.date = f.value_text, f.value, f.unit, year or f.date
            stat.evidence = ctx.text[f.start:f.end]
