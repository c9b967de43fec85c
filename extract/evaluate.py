"""``kg evaluate GOLD.json…``: extract each gold file's article and score it.

Matching follows ``../shared/eval/FORMAT.md``: NFKC, lower case, no spaces, quotes
or 《》; Agency and Organization match each other; goals match by containment in
the gold evidence or bigram Dice ≥ 0.5; statistics by value (±0.5 %) and label;
each gold entity is matched once (a second node for it is a false positive);
a relation is right when both ends match and the predicate is the same.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cnkg.errors import KgError
from cnkg.extract.model import ENTITY_TYPES, PREDICATES

if TYPE_CHECKING:
    from cnkg.extract.reader import Article

_STRIP = re.compile(r"[\s《》〈〉“”\"'‘’「」『』()（）]")
_UNITS = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_COMPATIBLE = {"Agency": {"Agency", "Organization"}, "Organization": {"Agency", "Organization"}}


def norm(s) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(s))).lower()


def dice(a: str, b: str) -> float:
    def grams(s):
        return Counter(s[i:i + 2] for i in range(len(s) - 1)) if len(s) > 1 else Counter([s])
    x, y = grams(a), grams(b)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def number(v) -> float | None:
    if isinstance(v, (int, float)):
        return float(v)
    if not isinstance(v, str):
        return None
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|千|百)?", unicodedata.normalize("NFKC", v).replace(",", ""))
    return float(m.group(1)) * _UNITS.get(m.group(2) or "", 1.0) if m else None


def _names(e: dict) -> set[str]:
    return {norm(x) for x in [e.get("label", "")] + list(e.get("aliases") or []) if norm(x)}


def similarity(pred: dict, gold: dict) -> float:
    if _names(pred) & _names(gold) and gold["type"] != "Statistic":
        return 1.0
    p, g = norm(pred.get("label", "")), norm(gold["label"])
    if gold["type"] == "Goal":
        if len(p) >= 4 and (p in norm(gold.get("evidence", "")) or g in p):
            return 0.9
        d = dice(p, g)
        return d if d >= 0.5 else 0.0
    if gold["type"] == "Statistic":
        gv, pv = number(gold.get("value")), number(pred.get("value"))
        if gv is None or pv is None or abs(gv - pv) > 0.005 * max(abs(gv), 1.0):
            return 0.0
        if p and (p in g or g in p):
            return 1.0
        d = dice(p, g)
        return d if d >= 0.5 else 0.0
    return 0.0


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def prf(self, key: str | None = None) -> tuple[float, float, float, int, int, int]:
        tp, fp, fn = ((c[key] for c in (self.tp, self.fp, self.fn)) if key
                      else (sum(c.values()) for c in (self.tp, self.fp, self.fn)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp, fp, fn

    def add(self, other: "Tally") -> None:
        for mine, theirs in ((self.tp, other.tp), (self.fp, other.fp), (self.fn, other.fn)):
            mine.update(theirs)

    def count(self, key: str, said: bool, true: bool) -> None:
        """One decision under ``key``: said and true (tp), said only (fp), true only (fn)."""
        if said and true:
            self.tp[key] += 1
        elif said:
            self.fp[key] += 1
        elif true:
            self.fn[key] += 1


def match_entities(gold: dict, pred: dict) -> dict[str, str]:
    """Predicted entity id → the gold entity id it matches (FORMAT.md's rules; a second
    prediction of one gold entity maps to it too, and counts as a duplicate when scored)."""
    gold_ents = {e["id"]: e for e in gold["entities"]}
    ranked = []
    for pe in pred.get("entities", []):
        if pe.get("type") not in ENTITY_TYPES:
            continue
        same = _COMPATIBLE.get(pe["type"], {pe["type"]})
        best = max(((similarity(pe, ge), gid) for gid, ge in gold_ents.items() if ge["type"] in same),
                   default=(0.0, None))
        if best[0] > 0 and best[1] is not None:
            ranked.append((best[0], str(pe.get("id")), best[1]))
    return {pid: gid for _, pid, gid in sorted(ranked, key=lambda t: -t[0])}


def score_pair(gold: dict, pred: dict, ents: Tally, rels: Tally, *, matches: dict | None = None) -> None:
    """Count ``pred`` against ``gold`` into ``ents`` and ``rels``. ``matches``: a memo of each
    predicted entity's best gold match, for scoring many predictions of one gold article
    (:mod:`extract.relation_grid`); it must not be shared between gold articles."""
    gold_ents = {e["id"]: e for e in gold["entities"]}
    ranked = []
    for pe in pred.get("entities", []):
        if pe.get("type") not in ENTITY_TYPES:
            continue
        best = _best_match(pe, gold_ents) if matches is None else _memo_best_match(pe, gold_ents, matches)
        ranked.append((best[0], pe, best[1]))
    mapping, matched = {}, set()
    for sim, pe, gid in sorted(ranked, key=lambda t: -t[0]):
        if sim <= 0 or gid is None:
            ents.fp[pe["type"]] += 1
            continue
        mapping[str(pe.get("id"))] = gid
        if gid in matched:
            ents.fp[pe["type"]] += 1
            continue
        matched.add(gid)
        if not gold_ents[gid].get("optional"):
            ents.tp[gold_ents[gid]["type"]] += 1
    for gid, ge in gold_ents.items():
        if gid not in matched and not ge.get("optional"):
            ents.fn[ge["type"]] += 1
    gold_rel = {(r["s"], r["p"], r["o"]): r for r in gold["relations"]}
    seen = set()
    for pr in pred.get("relations", []):
        if pr.get("p") not in PREDICATES:
            continue
        key = (mapping.get(str(pr.get("s"))), pr["p"], mapping.get(str(pr.get("o"))))
        if key in seen:
            continue
        seen.add(key)
        g = gold_rel.get(key)
        if g is None:
            rels.fp[pr["p"]] += 1
        elif not g.get("optional"):
            rels.tp[pr["p"]] += 1
    for key, g in gold_rel.items():
        if key not in seen and not g.get("optional"):
            rels.fn[key[1]] += 1


def _best_match(pe: dict, gold_ents: dict) -> tuple[float, str | None]:
    """(similarity, gold id) of the gold entity most like the predicted ``pe`` (of equals, the greater id)."""
    same = _COMPATIBLE.get(pe["type"], {pe["type"]})
    return max(((similarity(pe, ge), gid) for gid, ge in gold_ents.items() if ge["type"] in same),
               default=(0.0, None))


def _memo_best_match(pe: dict, gold_ents: dict, matches: dict) -> tuple[float, str | None]:
    """:func:`_best_match`, looked up by everything of ``pe`` but its id."""
    key = json.dumps({k: v for k, v in pe.items() if k != "id"}, ensure_ascii=False, sort_keys=True)
    if key not in matches:
        matches[key] = _best_match(pe, gold_ents)
    return matches[key]


def _article_for(gold_path: Path, gold: dict) -> Path:
    name = gold.get("text") or gold_path.name.replace(".gold.json", ".txt")
    path = gold_path.parent / name
    if not path.exists():
        raise KgError(f"{gold_path}: its article {name} is not beside it")
    return path


def gold_paths(paths) -> list[Path]:
    """Gold files as given, folders expanded to the ``*.gold.json`` in them (sorted)."""
    out: list[Path] = []
    for raw in map(Path, paths):
        if raw.is_dir():
            found = sorted(raw.glob("*.gold.json"))
            if not found:
                raise KgError(f"{raw}: no .gold.json files in this folder")
            out += found
        else:
            out.append(raw)
    return out


def read_gold(path: Path) -> tuple[dict, "Article"]:
    """A gold file and the article beside it.

    :raises KgError: for a missing file, bad JSON, or no article beside it.
    """
    from cnkg.extract.reader import read_article

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise KgError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    return gold, read_article(_article_for(path, gold))


def score_gold_files(paths, extractor, *, matches: dict | None = None) -> Iterator[tuple[Path, Tally, Tally]]:
    """(gold file, entity tally, relation tally) of the extractor on each gold file's article.
    ``matches``: gold file → :func:`score_pair`'s memo of its entity matches, kept across calls
    that score many extractors on the same files (``make train``'s threshold grids)."""
    for path in gold_paths(paths):
        gold, article = read_gold(path)
        ents, rels = Tally(), Tally()
        score_pair(gold, extractor.extract(article).to_json(), ents, rels,
                   matches=None if matches is None else matches.setdefault(path, {}))
        yield path, ents, rels


def micro_f1(paths, extractor, *, matches: dict | None = None) -> tuple[float, float]:
    """(entities F1, relations F1), micro-averaged over the gold files (``matches``: see
    :func:`score_gold_files`)."""
    ents, rels = Tally(), Tally()
    for _, one_e, one_r in score_gold_files(paths, extractor, matches=matches):
        ents.add(one_e)
        rels.add(one_r)
    return ents.prf()[2], rels.prf()[2]


def evaluate_gold_files(paths, extractor=None) -> str:
    """Extract the article of each gold file and return the score report (last line: summary)."""
    from cnkg.extract.pipeline import Extractor

    extractor = extractor or Extractor.load()
    ents, rels = Tally(), Tally()
    lines = []
    for p, one_e, one_r in score_gold_files(paths, extractor):
        ents.add(one_e)
        rels.add(one_r)
        lines.append(f"{p.name}: entities F1={one_e.prf()[2]:.3f}  relations F1={one_r.prf()[2]:.3f}")
    lines.append(f"{'':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for title, tally, keys in (("entities", ents, ENTITY_TYPES), ("relations", rels, PREDICATES)):
        for key in (None, *keys):
            p, r, f, tp, fp, fn = tally.prf(key)
            if tp + fp + fn:
                lines.append(f"  {(key or title):<18} {p:>6.3f} {r:>6.3f} {f:>6.3f} {tp:>4} {fp:>4} {fn:>4}")
    ep, er, ef = ents.prf()[:3]
    rp, rr, rf = rels.prf()[:3]
    lines.append(f"entities P={ep:.3f} R={er:.3f} F1={ef:.3f}  relations P={rp:.3f} R={rr:.3f} F1={rf:.3f}")
    return "\n".join(lines)
