"""A small hand-made Extraction for graph/ and queries/ tests (no statistical model).

Built from three sentences in the style of the bundled article; offsets are computed
from the text so they are right by construction.
"""
from __future__ import annotations

from decimal import Decimal

from cnkg.extract.model import Entity, Extraction, Mention, Relation, Sentence, entity_key

DOC = "sample-expo"
SENTENCES = [
    "2020第六届中国智慧城市博览会在北京开幕。",
    "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。",
    "他提出，二是提升数字基建质量，加快5G和大数据建设，网络支付用户规模达8.05亿。",
]
TEXT = "".join(SENTENCES)

NDRC = entity_key("Agency", "国家发展改革委")
FIN = entity_key("Agency", "财政金融和信用建设司", parent=NDRC)
CHEN = entity_key("Person", "陈洪宛")
EXPO = entity_key("Event", "2020第六届中国智慧城市博览会")
BEIJING = entity_key("Place", "北京")
G5 = entity_key("Technology", "5G")
BIGDATA = entity_key("Technology", "大数据")
GOAL = entity_key("Goal", "g2", document=DOC)
PAY = entity_key("Statistic", "s1", document=DOC)


def _sentences() -> list[Sentence]:
    out, start = [], 0
    for i, s in enumerate(SENTENCES):
        out.append(Sentence(i, start, start + len(s), s))
        start += len(s)
    return out


def _mention(surface: str, sentence: int) -> Mention:
    start = TEXT.index(surface)
    return Mention(start, start + len(surface), sentence)


def sample_extraction(document: str = DOC, text: str = TEXT) -> Extraction:
    """A fresh copy each call (tests may mutate it)."""
    entities = [
        Entity(NDRC, "Agency", "国家发展改革委", aliases=["国家发改委"], label_en="NDRC",
               confidence=0.95, mentions=[_mention("国家发展改革委", 1)]),
        Entity(FIN, "Agency", "财政金融和信用建设司", parent=NDRC, confidence=0.9,
               mentions=[_mention("财政金融和信用建设司", 1)]),
        Entity(CHEN, "Person", "陈洪宛", mentions=[_mention("陈洪宛", 1)]),
        Entity(EXPO, "Event", "2020第六届中国智慧城市博览会", mentions=[_mention("2020第六届中国智慧城市博览会", 0)]),
        Entity(BEIJING, "Place", "北京", mentions=[_mention("北京", 0)]),
        Entity(G5, "Technology", "5G", mentions=[_mention("5G", 2)]),
        Entity(BIGDATA, "Technology", "大数据", mentions=[_mention("大数据", 2)]),
        Entity(GOAL, "Goal", "提升数字基建质量", evidence="二是提升数字基建质量，加快5G和大数据建设",
               confidence=0.8, mentions=[_mention("提升数字基建质量", 2)]),
        Entity(PAY, "Statistic", "网络支付用户规模", value_text="8.05亿", value=Decimal("805000000"),
               mentions=[_mention("8.05亿", 2)]),
    ]
    relations = [
        Relation(CHEN, "holdsPost", FIN, 1, 0.9, post="司长"),
        Relation(CHEN, "speaksAt", EXPO, 1, 0.85),
        Relation(EXPO, "locatedIn", BEIJING, 0, 0.9),
        Relation(CHEN, "proposes", GOAL, 2, 0.7),
        Relation(FIN, "hasGoal", GOAL, 2, 0.6),
        Relation(GOAL, "involvesTechnology", G5, 2, 0.9),
        Relation(GOAL, "involvesTechnology", BIGDATA, 2, 0.9),
        Relation(FIN, "promotes", G5, 2, 0.75),
    ]
    return Extraction(document, text, title="智慧城市博览会开幕", source="sample", date="2020-11-20",
                      sentences=_sentences(), entities=entities, relations=relations)
