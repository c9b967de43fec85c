"""Responsible units: the bodies a plan names in brackets after its tasks — （市教委、市人力资源
社会保障局）, （牵头单位：市发展改革委；配合单位：市财政局）, （各区政府按职责分工负责） — have
those tasks: every goal between the previous such bracket of the paragraph (or its start) and
this one.

Reads from the context: ``text``, ``reg`` (bodies), ``goal_spans``.
Writes to the context: ``reg`` (bodies named only in the brackets, or their short names as
aliases), ``relations`` (hasGoal).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract.rules.context import FactContext

_BRACKET = re.compile(r"[（(]([^（）()\n]{2,160}?)[）)]")
# the roles a bracket may name its units by, and the words after them
_ROLE = re.compile(r"(?:牵头|责任|配合|参与|主责|协办)(?:单位|部门)[：:]")
_DUTY = re.compile(r"(?:按职责分工|按职责|分别)?(?:负责|牵头|配合|落实|参与|组织实施)$|等$")
# a unit's name ends so (局, 委, 办, 厅 …); a bracket of anything else (a year, a source) is no list of units
_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:局|委|厅|办|部|院|中心|委员会|管委会|政府|小组|公司|集团|协会|联合会|银行)$")
_LEVEL = ("市", "省", "区", "县", "自治区")


# units of no one body beside the named ones (各区人力资源和社会保障局, 相关街镇, 有关部门)
_COLLECTIVE = re.compile(r"^(?:各|有关|相关)[\u4e00-\u9fff]{0,20}(?:局|委|厅|办|部|院|中心|委员会|管委会|政府|部门|单位|"
                         r"街镇|乡镇|街道)$")


def unit_names(bracket: str) -> list[str]:
    """The unit names of a bracket's text, or [] when it is not a list of units. A collective
    unit beside named ones (市商务委、相关街镇) is left out, not a reason to doubt the list; a group's
    members (某某协调小组成员单位) are the group."""
    names = []
    for part in re.split(r"[、，,；;]", _ROLE.sub("、", bracket)):
        name = _DUTY.sub("", part.strip())
        if not name:
            continue
        if _COLLECTIVE.match(name):
            continue
        name = re.sub(r"(?<=小组)成员单位$", "", name)
        if not _UNIT.match(name):
            return []
        names.append(name)
    return names


def _normal(name: str) -> str:
    return name.replace("和", "")


def resolve_unit(ctx: FactContext, name: str):
    """The registered body a unit name names: itself, or the body of the article's place it
    shortens (市人力资源社会保障局 → 北京市人力资源和社会保障局); None when there is none."""
    body = ctx.reg.find(name, "Agency") or ctx.reg.find(name, "Organization")
    if body is not None or not name.startswith(_LEVEL):
        return body
    level = next(p for p in sorted(_LEVEL, key=len, reverse=True) if name.startswith(p))
    rest = _normal(name[len(level):])
    if len(rest) < 2:
        return None
    found = [e for e in ctx.reg.of_type("Agency", "Organization")
             if _normal(e.label).endswith(rest) and level in _normal(e.label)[:-len(rest)]]
    return found[0] if len(found) == 1 else None


def find_responsible_units(ctx: FactContext) -> None:
    """hasGoal(unit, task) for each unit a bracket names (units of no one body, 各区…, left out)
    and each goal between the paragraph's previous bracket of units, or its start, and this one."""
    for line in re.finditer(r"[^\n]+", ctx.text):
        since = line.start()
        for m in _BRACKET.finditer(line.group(0)):
            start, end = line.start() + m.start(), line.start() + m.end()
            names = [n for n in unit_names(m.group(1)) if not n.startswith(("各", "有关", "相关"))]
            if not names:
                continue
            tasks = [key for _, _, key in ctx.goal_spans.within(since, start)]
            since = end
            if not tasks:
                continue
            index = ctx.sentence_at(start)
            for name in names:
                body = resolve_unit(ctx, name)
                at = ctx.text.find(name, start, end)
                if body is None:
                    body = ctx.reg.add("Agency", name, confidence=conf.RESPONSIBLE_UNIT,
                                       mention=ctx.mention(at, at + len(name)))
                elif body.label != name:
                    ctx.reg.alias(body, name)
                for goal in dict.fromkeys(tasks):
                    ctx.relate(body.key, "hasGoal", goal, index, confidence=conf.RESPONSIBLE_UNIT_HAS_GOAL)
