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
