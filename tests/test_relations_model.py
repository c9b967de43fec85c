"""The learned relation pair classifier (extract/relations_model.py): which pairs are
candidates, what a decision adds and vetoes, how thresholds are chosen on dev, and the
committed model's wiring into the extractor.

Hand-made articles and pairs (none from the corpus); the models here are trained in the
test on a few rows, so what they decide is what the rows taught.
"""
from pathlib import Path

import pytest

from cnkg.extract import confidence, relations_model
from cnkg.extract.evaluate import Tally, score_pair
from cnkg.extract.learned import HashedLogistic
from cnkg.extract.model import Entity, Mention, Relation, Sentence
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text
from cnkg.extract.relations_model import PairContext, candidates, choose_thresholds, decide, features

TEXT = "商务部部长王文涛出席发布会。会上，王文涛介绍了情况。\n第三句。\n第四句提到人工智能。"


def entity(key, type_, label, *spans):
    return Entity(key, type_, label, mentions=[Mention(a, b, TEXT.count("。", 0, a)) for a, b in spans])


def article():
    """Sentences, entities and the rules' relations of TEXT: the rules gave 王文涛 his post."""
    sentences, start = [], 0
    for i, part in enumerate(TEXT.split("。")[:-1]):
        sentences.append(Sentence(i, start, start + len(part) + 1, part + "。"))
        start += len(part) + 1
    wang = entity("person/王文涛", "Person", "王文涛", (5, 8), (17, 20))
    body = entity("org/商务部", "Agency", "商务部", (0, 3))
    event = entity("event/发布会", "Event", "发布会", (10, 13))
    ai = entity("tech/人工智能", "Technology", "人工智能", (TEXT.index("人工智能"), TEXT.index("人工智能") + 4))
    relations = {("person/王文涛", "holdsPost", "org/商务部"):
                 Relation("person/王文涛", "holdsPost", "org/商务部", 0, confidence.POST_OF_BODY, "部长")}
    return sentences, [wang, body, event, ai], relations


def test_candidates_hold_the_rules_pairs_and_near_pairs_but_not_far_ones_for_near_predicates():
    sentences, entities, relations = article()
    found = set(candidates(PairContext(TEXT, entities, relations, sentences)))
    assert ("person/王文涛", "holdsPost", "org/商务部") in found          # the rules' pair
    assert ("person/王文涛", "speaksAt", "event/发布会") in found         # speaksAt: anywhere in the article
    assert ("org/商务部", "promotes", "tech/人工智能") in found            # promotes: anywhere too
    assert not any(p == "involvesTechnology" for _, p, _ in found)      # no goal, no such pair
    assert all(s != o for s, _, o in found)


def test_a_person_named_only_as_elected_is_no_candidate_speaker():
    text = "年会在京召开。张某、李某等3人当选副会长。张某在会上发言。"
    sentences = [Sentence(0, 0, 7, text[:7]), Sentence(1, 7, 21, text[7:21]), Sentence(2, 21, len(text), text[21:])]
    meeting = Entity("event/年会", "Event", "年会", mentions=[Mention(0, 2, 0)])
    zhang = Entity("person/张某", "Person", "张某", mentions=[Mention(7, 9, 1), Mention(21, 23, 2)])
    li = Entity("person/李某", "Person", "李某", mentions=[Mention(10, 12, 1)])
    found = set(candidates(PairContext(text, [meeting, zhang, li], {}, sentences)))
    assert ("person/张某", "speaksAt", "event/年会") in found        # he speaks too
    assert ("person/李某", "speaksAt", "event/年会") not in found    # only elected


def test_a_long_article_relates_article_wide_predicates_only_near_each_other(monkeypatch):
    sentences, entities, relations = article()
    monkeypatch.setattr(relations_model, "ARTICLE_REACH_SENTENCES", 2)   # TEXT has four sentences
    found = set(candidates(PairContext(TEXT, entities, relations, sentences)))
    assert ("org/商务部", "promotes", "tech/人工智能") not in found      # sentence 0 and 3
    assert ("person/王文涛", "speaksAt", "event/发布会") in found         # the same sentence


def test_nearest_mentions_by_lookup_agree_with_comparing_every_pair(monkeypatch):
    sentences, entities, relations = article()
    exact = PairContext(TEXT, entities, relations, sentences)
    monkeypatch.setattr(relations_model, "EXACT_NEAREST", 0)
    looked_up = PairContext(TEXT, entities, relations, sentences)
    keys = [e.key for e in entities]
    for a in keys:
        for b in keys:
            if a != b:
                assert looked_up.nearest(a, b)[0] == exact.nearest(a, b)[0]
    assert exact.nearest("person/王文涛", "org/商务部")[0] == 2     # 商务部|部长|王文涛


def test_features_say_whether_the_rules_proposed_the_pair_and_what_stands_between():
    sentences, entities, relations = article()
    ctx = PairContext(TEXT, entities, relations, sentences)
    proposed = features(ctx, "person/王文涛", "holdsPost", "org/商务部")
    assert "holdsPost:rule" in proposed and "holdsPost:between:部长" in proposed
    assert "holdsPost:between_post" in proposed and "holdsPost:nearest_body_before" in proposed
    new = features(ctx, "person/王文涛", "speaksAt", "event/发布会")
    assert "speaksAt:norule" in new and "speaksAt:rule" not in new
    assert "speaksAt:ts:出席" in new and "speaksAt:only_event" in new
    assert all(f.startswith("speaksAt:") for f in new)


def test_decide_vetoes_below_the_veto_threshold_and_adds_at_or_above_the_add_threshold():
    rules = {("a", "holdsPost", "x"), ("b", "holdsPost", "y")}
    scored = [("a", "holdsPost", "x", 0.05), ("b", "holdsPost", "y", 0.6), ("c", "holdsPost", "x", 0.9),
              ("d", "holdsPost", "y", 0.4), ("a", "speaksAt", "e", 0.99)]
    drop, adds = decide(scored, rules, {"holdsPost": {"add": 0.8, "veto": 0.1}})
    assert drop == {("a", "holdsPost", "x")}
    assert adds == [("c", "holdsPost", "x")]        # speaksAt is not decided: left to the rules


def test_decide_with_single_adds_one_best_object_and_none_to_a_subject_the_rules_related():
    rules = {("p1", "speaksAt", "e1")}
    scored = [("p1", "speaksAt", "e2", 0.95), ("p2", "speaksAt", "e1", 0.7), ("p2", "speaksAt", "e2", 0.9)]
    drop, adds = decide(scored, rules, {"speaksAt": {"add": 0.5, "veto": None, "single": True}})
    assert drop == set()
    assert adds == [("p2", "speaksAt", "e2")]
    _, several = decide(scored, rules, {"speaksAt": {"add": 0.5, "veto": None, "single": False}})
    assert sorted(several) == [("p1", "speaksAt", "e2"), ("p2", "speaksAt", "e1"), ("p2", "speaksAt", "e2")]


def trained_on_article(decides: dict) -> HashedLogistic:
    """A model taught on TEXT that 王文涛 speaks at the 发布会 and that 商务部 does not promote 人工智能."""
    sentences, entities, relations = article()
    ctx = PairContext(TEXT, entities, relations, sentences)
    truth = {("person/王文涛", "speaksAt", "event/发布会"), ("person/王文涛", "holdsPost", "org/商务部")}
    rows = [(features(ctx, s, p, o), int((s, p, o) in truth)) for s, p, o in candidates(ctx)] * 30
    model = relations_model.train(rows)
    model.meta = {"decides": decides}
    return model


def test_classify_adds_and_vetoes_in_place_with_the_learned_confidence():
    sentences, entities, relations = article()
    model = trained_on_article({"speaksAt": {"add": 0.5, "veto": None}, "promotes": {"add": 0.5, "veto": 0.5}})
    relations[("org/商务部", "promotes", "tech/人工智能")] = Relation("org/商务部", "promotes", "tech/人工智能", 3)
    relations_model.classify(TEXT, entities, relations, sentences, model)
    added = relations[("person/王文涛", "speaksAt", "event/发布会")]
    assert added.confidence == confidence.LEARNED_RELATION and added.sentence == 0
    assert ("org/商务部", "promotes", "tech/人工智能") not in relations          # vetoed
    assert ("person/王文涛", "holdsPost", "org/商务部") in relations              # holdsPost not decided: kept


def test_a_model_that_decides_no_predicate_leaves_the_rules_relations_alone():
    sentences, entities, relations = article()
    before = dict(relations)
    relations_model.classify(TEXT, entities, relations, sentences, trained_on_article({}))
    assert relations == before


class DecidedArticle:
    """One hand-made gold and prediction (no extraction) whose relations are the prediction's
    with the pair decisions applied: what choose_thresholds tries its settings on."""

    def __init__(self, gold, pred, scored):
        self.gold, self.pred, self.scored = gold, pred, scored

    def tallies(self, decides):
        rules = {(r["s"], r["p"], r["o"]) for r in self.pred["relations"]}
        drop, adds = decide(self.scored, rules, decides)
        relations = [r for r in self.pred["relations"] if (r["s"], r["p"], r["o"]) not in drop]
        relations += [{"s": s, "p": p, "o": o} for s, p, o in adds]
        ents, rels = Tally(), Tally()
        score_pair(self.gold, {**self.pred, "relations": relations}, ents, rels)
        return ents, rels


def scored_articles(rows, gold_speakers=("甲", "乙"), rule_speakers=("甲",)):
    """Who speaks at the 论坛 in the gold and by the rules, and the model's rows (subject,
    predicate, object, score) over the predicted ids p甲, p乙, p丙, p论坛."""
    names = ("甲", "乙", "丙")
    gold = {"entities": [{"id": "g" + n, "type": "Person", "label": n} for n in names]
            + [{"id": "g论坛", "type": "Event", "label": "论坛"}],
            "relations": [{"s": "g" + n, "p": "speaksAt", "o": "g论坛"} for n in gold_speakers]}
    pred = {"entities": [{"id": "p" + n, "type": "Person", "label": n} for n in names]
            + [{"id": "p论坛", "type": "Event", "label": "论坛"}],
            "relations": [{"s": "p" + n, "p": "speaksAt", "o": "p论坛"} for n in rule_speakers]}
    return DecidedArticle(gold, pred, [("p" + n, "speaksAt", "p论坛", score) for n, score in rows])


def test_thresholds_are_kept_only_for_a_predicate_the_model_improves_on_dev():
    helpful = scored_articles([("甲", 0.9), ("乙", 0.8), ("丙", 0.1)])
    decides, ablation = choose_thresholds(helpful, None)
    assert 0.1 < decides["speaksAt"]["add"] <= 0.8
    rules_prf, model_prf, kept, _ = ablation["speaksAt"]
    assert kept and model_prf[2] == 1.0 > rules_prf[2]
    useless = scored_articles([("甲", 0.9), ("乙", 0.01), ("丙", 0.01)])
    decides, ablation = choose_thresholds(useless, None)
    assert "speaksAt" not in decides and not ablation["speaksAt"][2]


def test_a_threshold_that_drops_the_seed_articles_below_their_bar_is_not_chosen():
    # on dev, vetoing the rules' wrong 丙 and adding 乙 is best ...
    dev = scored_articles([("甲", 0.9), ("乙", 0.8), ("丙", 0.01)], rule_speakers=("甲", "丙"))
    assert choose_thresholds(dev, None)[0]["speaksAt"]["veto"] is not None
    # ... but the same veto would remove the seed's one right relation: only adding is allowed
    seed = scored_articles([("甲", 0.01)], gold_speakers=("甲",), rule_speakers=("甲",))
    decides, _ = choose_thresholds(dev, seed, bar=(0.95, 0.90))
    assert decides["speaksAt"]["veto"] is None and decides["speaksAt"]["add"] is not None
    assert seed.tallies(decides)[1].prf()[2] == 1.0


def test_the_committed_model_decides_only_its_predicates_and_says_what_it_was_trained_on():
    model = relations_model.default_model()
    assert model is not None, "extract/models/relations.npz is committed (make train writes it)"
    decides = model.meta["decides"]
    assert decides and set(decides) <= set(relations_model.PREDICATES)
    assert all(set(t) >= {"add", "veto"} for t in decides.values())
    assert model.meta["trained_on"] == "corpus/train" and model.meta["threshold_from"] == "corpus/dev"
    assert {p for p, a in model.meta["ablation"].items() if a["kept"]} == set(decides)


@pytest.fixture(scope="module")
def extractors():
    return Extractor.load(use_ner=False, relations="none"), Extractor.load(use_ner=False)


def test_the_extractor_runs_the_committed_model_after_the_rules_changing_only_its_predicates(extractors):
    rules_only, with_model = extractors
    text = ("国务院新闻办公室举行新闻发布会。工业和信息化部副部长王江平、国家发展改革委副主任宁吉喆出席发布会。"
            "王江平表示，将加快推进5G和工业互联网发展。中国移动将发展人工智能。"
            "会议发布了《关于推进工业互联网发展的指导意见》。")

    def labelled(x):
        label = {e.key: e.label for e in x.entities}
        return {(label[r.subject], r.predicate, label[r.object]): r for r in x.relations}

    a = labelled(rules_only.extract(article_from_text(text, document="t")))
    b = labelled(with_model.extract(article_from_text(text, document="t")))
    decided = set(relations_model.default_model().meta["decides"])
    added, vetoed = b.keys() - a.keys(), a.keys() - b.keys()
    assert {p for _, p, _ in added | vetoed} <= decided
    assert all(b[t].confidence == confidence.LEARNED_RELATION for t in added)
    assert ("王江平", "holdsPost", "工业和信息化部") in b      # the rules' clear post stays


def test_the_extractor_loads_a_relation_model_from_a_file(tmp_path: Path):
    model = trained_on_article({"speaksAt": {"add": 0.5, "veto": None}})
    model.save(tmp_path / "relations.npz")
    extractor = Extractor.load(use_ner=False, relations=str(tmp_path / "relations.npz"))
    assert extractor.nlp.get_pipe("kg_facts").relations_model.meta["decides"] == {"speaksAt": {"add": 0.5, "veto": None}}
    assert Extractor.load(use_ner=False, relations="none").nlp.get_pipe("kg_facts").relations_model is None
