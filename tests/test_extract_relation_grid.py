"""The relation classifier's threshold grid (extract/relation_grid.py): an article extracted
once up to the pair classifier and finished again for each setting scores exactly as the
article extracted end to end with a model of that setting.

A hand-made article and gold (none from the corpus); the model is trained in the test on
the article's own candidate pairs.
"""
import copy
import json

import pytest

from cnkg.extract import relations_model
from cnkg.extract.evaluate import Tally, score_gold_files
from cnkg.extract.pipeline import Extractor
from cnkg.extract.relation_grid import ArticleAtRelationStep, GridArticles

TEXT = ("市经济和信息化局召开智能制造推进会\n"
        "3月5日，市经济和信息化局召开全市智能制造推进会。市经济和信息化局局长李明华出席会议并讲话。"
        "李明华表示，要加快推进人工智能和工业互联网在制造业的应用。现场展示了区块链和物联网产品。"
        "会上发布了《关于加快智能制造发展的实施意见》。市大数据中心主任赵刚介绍了大数据平台建设情况。\n")

GOLD = {"text": "meeting.txt",
        "entities": [{"id": "bureau", "type": "Agency", "label": "市经济和信息化局"},
                     {"id": "li", "type": "Person", "label": "李明华"},
                     {"id": "zhao", "type": "Person", "label": "赵刚"},
                     {"id": "centre", "type": "Agency", "label": "市大数据中心"},
                     {"id": "meeting", "type": "Event", "label": "全市智能制造推进会"},
                     {"id": "opinion", "type": "Document", "label": "关于加快智能制造发展的实施意见"},
                     {"id": "ai", "type": "Technology", "label": "人工智能"},
                     {"id": "iiot", "type": "Technology", "label": "工业互联网"},
                     {"id": "bigdata", "type": "Technology", "label": "大数据"},
                     {"id": "chain", "type": "Technology", "label": "区块链"},
                     {"id": "iot", "type": "Technology", "label": "物联网"}],
        "relations": [{"s": "li", "p": "holdsPost", "o": "bureau"},
                      {"s": "zhao", "p": "holdsPost", "o": "centre"},
                      {"s": "li", "p": "speaksAt", "o": "meeting"},
                      {"s": "zhao", "p": "speaksAt", "o": "meeting"},
                      {"s": "opinion", "p": "publishedBy", "o": "bureau"},
                      {"s": "bureau", "p": "promotes", "o": "ai"},
                      {"s": "bureau", "p": "promotes", "o": "iiot"}]}

#: settings from none to every pair the model scores added and every pair of the rules vetoed
SETTINGS = [{},
            {"speaksAt": {"add": 0.5, "veto": None, "single": True}},
            {"holdsPost": {"add": 0.0, "veto": 1.01, "single": False}},
            {p: {"add": 0.0, "veto": None, "single": False} for p in relations_model.PREDICATES},
            {p: {"add": 0.3, "veto": 0.6, "single": True} for p in relations_model.PREDICATES},
            {p: {"add": None, "veto": 1.01, "single": False} for p in relations_model.PREDICATES}]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grid")
    (folder / "meeting.txt").write_text(TEXT, encoding="utf-8")
    path = folder / "meeting.gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rules_extractor():
    return Extractor.load(use_ner=False, relations="none")


@pytest.fixture(scope="module")
def model(gold_file, rules_extractor):
    """A pair model taught that every speaker and every post of the article holds, nothing else."""
    unscored = ArticleAtRelationStep(gold_file, rules_extractor, relations_model.train([(["bias"], 1), (["bias"], 0)]))
    pairs = unscored.pairs
    rows = [(relations_model.features(pairs, s, p, o), int(p in ("speaksAt", "holdsPost")))
            for s, p, o in relations_model.candidates(pairs)] * 20
    return relations_model.train(rows)


@pytest.fixture(scope="module")
def model_extractor():
    """An extractor whose pair classifier each test sets (loading one per setting takes seconds)."""
    return Extractor.load(use_ner=False, relations="none")


def tallies_end_to_end(gold_file, model, decides, extractor):
    with_setting = copy.deepcopy(model)
    with_setting.meta = {"decides": decides}
    extractor.nlp.get_pipe("kg_facts").relations_model = with_setting
    [(_, ents, rels)] = score_gold_files([gold_file], extractor)
    return ents, rels


def counts(tally: Tally) -> dict:
    return {k: (tally.tp[k], tally.fp[k], tally.fn[k]) for k in {*tally.tp, *tally.fp, *tally.fn}}


@pytest.mark.parametrize("decides", SETTINGS, ids=range(len(SETTINGS)))
def test_a_setting_scores_on_the_grid_exactly_as_an_extraction_with_it(gold_file, rules_extractor, model,
                                                                       model_extractor, decides):
    grid = GridArticles([gold_file], rules_extractor, model)
    ents, rels = grid.tallies(decides)
    end_ents, end_rels = tallies_end_to_end(gold_file, model, decides, model_extractor)
    assert counts(ents) == counts(end_ents) and counts(rels) == counts(end_rels)


def test_the_settings_change_what_the_article_relates(gold_file, rules_extractor, model):
    """The settings above do not all finish the article alike: the comparison tests something."""
    grid = GridArticles([gold_file], rules_extractor, model)
    assert len({json.dumps(counts(grid.tallies(d)[1]), sort_keys=True) for d in SETTINGS}) >= 3


def test_settings_that_decide_the_same_pairs_share_one_finished_extraction(gold_file, rules_extractor, model):
    article = ArticleAtRelationStep(gold_file, rules_extractor, model)
    article.tallies({})
    article.tallies({"promotes": {"add": None, "veto": 0.0, "single": False}})   # vetoes nothing: no pair is < 0
    assert len(article._tallies) == 1


def test_finishing_a_setting_leaves_the_article_at_the_relation_step_as_it_was(gold_file, rules_extractor, model):
    article = ArticleAtRelationStep(gold_file, rules_extractor, model)
    before = (dict(article.builder.context.relations), len(list(article.builder.context.reg)))
    article.tallies(SETTINGS[3])
    article.tallies(SETTINGS[5])
    assert (dict(article.builder.context.relations), len(list(article.builder.context.reg))) == before
