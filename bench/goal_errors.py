"""List the Goal errors of the extractor on a corpus split: each missed gold goal (its label,
evidence, the sentence it is in and the goals predicted in that sentence) and each goal
predicted that matches no gold goal, with a rough category per miss and the counts.

    .venv/bin/python bench/goal_errors.py corpus/train [--misses] [--false] [--cache DIR]

For finding general patterns on the train split (and ablations on dev); it refuses
corpus/test, which stays locked. ``--cache DIR`` keeps each article's extraction as JSON
(delete it after changing the extractor).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from cnkg.extract import goals
from cnkg.extract.evaluate import gold_paths, norm, read_gold, similarity

_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；]?")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, start) for ch in "。！？\n") + 1
    ends = [i for i in (text.find(ch, end) for ch in "。！？\n") if i >= 0]
    return a, (min(ends) + 1 if ends else len(text))


def matching(gold: dict, pred: dict) -> tuple[set[str], list[dict]]:
    """(gold goal ids matched, predicted goals that match none or only a matched one)."""
    golds = [e for e in gold["entities"] if e["type"] == "Goal"]
    ranked = []
    for pe in pred["entities"]:
        if pe["type"] != "Goal":
            continue
        best = max(((similarity(pe, ge), ge["id"]) for ge in golds), default=(0.0, None))
        ranked.append((best[0], pe, best[1]))
    matched, false = set(), []
    for sim, pe, gid in sorted(ranked, key=lambda t: -t[0]):
        if sim <= 0 or gid in matched:
            false.append(pe)
        else:
            matched.add(gid)
    return matched, false


_ENUM_ITEM = re.compile(r"(?:^|[。；：:！？，,\n“])\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|首先|其次|再次|最后)")


def category(label: str, evidence: str, sentence: str, preds_in_sentence: list[str], text: str, at: int) -> str:
    """A rough kind of a miss, for counting."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
    if preds_in_sentence:
        if any(norm(label) in norm(p) or norm(p) in norm(label) for p in preds_in_sentence):
            return "overlap-pred (label boundary)"
        return "other goal predicted in sentence"
    if _ENUM_ITEM.search(sentence[:max(1, sentence.find(label[:4]) + 1)]):
        return "inside enumerated item"
    if goals.LIST_MARK.match(line):
        return "list-marked line"
    if re.search(r"(?:到|至)20\d\d年", sentence):
        return "target year"
    if re.search(r"目标|任务", sentence):
        return "目标/任务 frame"
    if goals.starts_with_goal_verb(label):
        return "starts with goal verb"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--misses", action="store_true", help="print each missed gold goal")
    ap.add_argument("--false", action="store_true", help="print each false goal")
    ap.add_argument("--cache", type=Path, help="a folder for the extractions (reused when present)")
    args = ap.parse_args(argv)
    if any("corpus/test" in str(Path(g).resolve()) for g in args.gold):
        print("corpus/test is locked: not evaluated here", file=sys.stderr)
        return 2
    from cnkg.extract.pipeline import Extractor
    extractor = None
    counts, false_count = Counter(), 0
    for path in gold_paths(args.gold):
        gold, article = read_gold(path)
        cached = args.cache / (path.name + ".pred.json") if args.cache else None
        if cached and cached.exists():
            pred = json.loads(cached.read_text(encoding="utf-8"))
        else:
            extractor = extractor or Extractor.load()
            pred = extractor.extract(article).to_json()
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        text = article.text
        matched, false = matching(gold, pred)
        pred_goals = [pe for pe in pred["entities"] if pe["type"] == "Goal"]
        for ge in gold["entities"]:
            if ge["type"] != "Goal" or ge["id"] in matched or ge.get("optional"):
                continue
            ev = ge.get("evidence") or ge["label"]
            at = text.find(ev)
            at = text.find(ge["label"]) if at < 0 else at
            if at < 0:
                counts["(evidence not in text)"] += 1
                continue
            a, b = sentence_around(text, at, at + len(ev))
            in_sentence = sorted({pe["label"] for pe in pred_goals
                                  if pe["label"] in text[a:b] or (pe.get("evidence") or "@") in text[a:b]})
            kind = category(ge["label"], ev, text[a:b], in_sentence, text, at)
            counts[kind] += 1
            if args.misses:
                print(f"## {path.name} [{kind}]\n  gold: {ge['label']}\n  sent: {text[a:b].strip()[:300]}")
                for p in in_sentence:
                    print(f"  pred: {p}")
        false_count += len(false)
        if args.false:
            for pe in false:
                s = text.find(pe.get("evidence") or pe["label"])
                ctx = text[slice(*sentence_around(text, s, s))].strip()[:200] if s >= 0 else ""
                print(f"## FP {path.name}\n  pred: {pe['label']}\n  sent: {ctx}")
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")
    print(f"{sum(counts.values()):5d}  missed in all; {false_count} false goals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
