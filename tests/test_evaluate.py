"""`kg evaluate` on the dev gold files: a floor, and agreement with the contract's scorer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnkg.api.cli import main
from cnkg.extract.evaluate import evaluate_gold_files, score_pair, Tally
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import read_article

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
SMART_CITY = DEV / "smart-city-expo-2020.gold.json"
needs_dev = pytest.mark.skipif(not SMART_CITY.exists(), reason="../shared/eval/dev is not beside the repository")


def summary(report: str) -> dict[str, float]:
    last = report.strip().splitlines()[-1]
    return {"entities": float(last.split("F1=")[1].split()[0]), "relations": float(last.split("F1=")[2])}


@needs_dev
def test_evaluate_smart_city_article_meets_the_floor():
    scores = summary(evaluate_gold_files([SMART_CITY]))
    assert scores["entities"] >= 0.90
    assert scores["relations"] >= 0.80


@needs_dev
def test_evaluate_agrees_with_the_contract_scorer(tmp_path):
    extraction = Extractor.load().extract(read_article(DEV / "xinhua-digital-ecology-2021.txt"))
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(extraction.to_json(), ensure_ascii=False), encoding="utf-8")
    gold = DEV / "xinhua-digital-ecology-2021.gold.json"
    out = subprocess.run([sys.executable, str(DEV.parent / "score.py"), str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    ents, rels = Tally(), Tally()
    score_pair(json.loads(gold.read_text(encoding="utf-8")), extraction.to_json(), ents, rels)
    assert f"F1={round(ents.prf()[2], 3)}" in out.split("relations")[0]
    assert out.endswith(f"F1={round(rels.prf()[2], 3)}")


def test_evaluate_missing_gold_file_is_one_line_error(capsys):
    assert main(["evaluate", "no-such-gold.json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_evaluate_gold_without_its_article(tmp_path, capsys):
    gold = tmp_path / "x.gold.json"
    gold.write_text(json.dumps({"text": "x.txt", "entities": [], "relations": []}), encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 2
    assert "not beside it" in capsys.readouterr().err


def test_scoring_with_a_memo_of_entity_matches_counts_as_scoring_without():
    gold = {"entities": [{"id": "g1", "type": "Agency", "label": "市数据局"},
                         {"id": "g2", "type": "Goal", "label": "建设城市数据平台", "evidence": "要加快建设城市数据平台。"},
                         {"id": "g3", "type": "Person", "label": "王明"}],
            "relations": [{"s": "g3", "p": "holdsPost", "o": "g1"}, {"s": "g1", "p": "hasGoal", "o": "g2"}]}
    first = {"entities": [{"id": "a", "type": "Organization", "label": "市数据局"},
                          {"id": "b", "type": "Goal", "label": "加快建设城市数据平台"},
                          {"id": "c", "type": "Person", "label": "王明"}],
             "relations": [{"s": "c", "p": "holdsPost", "o": "a"}]}
    second = {"entities": [{**e, "id": e["id"] + "2"} for e in first["entities"]]   # the same entities, other ids
              + [{"id": "d", "type": "Person", "label": "李华"}],
              "relations": [{"s": "a2", "p": "hasGoal", "o": "b2"}, {"s": "d", "p": "holdsPost", "o": "a2"}]}
    memo: dict = {}
    for pred in (first, second, first):
        plain, memoised = (Tally(), Tally()), (Tally(), Tally())
        score_pair(gold, pred, *plain)
        score_pair(gold, pred, *memoised, matches=memo)
        assert [t.prf(k) for t in plain for k in (None, "Person", "holdsPost", "hasGoal")] == \
               [t.prf(k) for t in memoised for k in (None, "Person", "holdsPost", "hasGoal")]
    assert len(memo) == 4   # each entity matched once, whatever its id
