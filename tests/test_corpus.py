"""The annotated corpus (corpus/): every article complete, placed in the split its id
gives, its gold scoring 1.0 against itself, and its text outside the hidden set."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnkg.extract.evaluate import Tally, score_pair

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SPLITS = ("train", "dev", "test")
GOLDS = sorted(p for s in SPLITS for p in (CORPUS / s).glob("*.gold.json"))
HELDOUT = CORPUS.parent.parent / "shared" / "eval" / "heldout_overlap.py"
META_KEYS = {"id", "title", "outlet", "date", "url", "genre"}


def _split_module():
    spec = importlib.util.spec_from_file_location("corpus_split", CORPUS / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_every_article_sits_in_the_split_its_id_gives():
    split = _split_module()
    assert [f"{p.parent.name}/{p.name}" for p in GOLDS
            if split.split_of(p.name[:-len(".gold.json")]) != p.parent.name] == []


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name[:-len(".gold.json")])
def test_corpus_article_is_complete_and_its_gold_scores_one_against_itself(gold):
    doc = gold.name[:-len(".gold.json")]
    for part in (".txt", ".gold.py", ".meta.json"):
        assert (gold.parent / f"{doc}{part}").is_file(), part
    meta = json.loads((gold.parent / f"{doc}.meta.json").read_text(encoding="utf-8"))
    assert META_KEYS <= meta.keys() and meta["id"] == doc
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = (gold.parent / data["text"]).read_text(encoding="utf-8")
    assert data["document"] == doc and data["entities"]
    ids = {e["id"] for e in data["entities"]}
    assert all(r["s"] in ids and r["o"] in ids for r in data["relations"])
    for e in data["entities"]:
        if "evidence" in e:
            assert e["evidence"] in text, (e["id"], e["evidence"])
    ents, rels = Tally(), Tally()
    score_pair(data, data, ents, rels)
    assert ents.prf()[2] == 1.0 and (rels.prf()[2] == 1.0 or not rels.tp + rels.fn)


@pytest.mark.skipif(not HELDOUT.exists(), reason="../shared/eval/heldout_overlap.py is not beside the checkout")
def test_corpus_texts_do_not_overlap_the_hidden_set():
    texts = [str(g.parent / (g.name[:-len(".gold.json")] + ".txt")) for g in GOLDS]
    if not texts:
        pytest.skip("no corpus articles yet")
    proc = subprocess.run([sys.executable, str(HELDOUT), *texts], capture_output=True, text=True)
    assert proc.returncode == 0, [line for line in proc.stdout.splitlines() if "overlaps" in line]


def _windows(text: str, width: int = 16) -> set[str]:
    """A content-defined sample of its 16-character windows (a shifted copy samples the same ones)."""
    t = "".join(text.split())
    return {w for w in (t[i:i + width] for i in range(max(0, len(t) - width + 1))) if hash(w) % 4 == 0}


def test_corpus_no_article_is_another_in_disguise():
    """Two copies of one report (two outlets) would leak between train and test."""
    windows = {g.name: _windows((g.parent / (g.name[:-len(".gold.json")] + ".txt")).read_text(encoding="utf-8"))
               for g in GOLDS}
    names = sorted(windows)
    twins = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
             if windows[a] and windows[b]
             and len(windows[a] & windows[b]) > 0.2 * min(len(windows[a]), len(windows[b]))]
    assert twins == []


SEED = CORPUS.parent.parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/eval/dev is not beside the checkout")
def test_corpus_holds_no_copy_of_the_seed_articles():
    """The seed articles stay unseen by training: no corpus text shares much with them."""
    seeds = {p.name: _windows(p.read_text(encoding="utf-8")) for p in SEED.glob("*.txt")}
    copies = []
    for g in GOLDS:
        mine = _windows((g.parent / (g.name[:-len(".gold.json")] + ".txt")).read_text(encoding="utf-8"))
        copies += [(g.name, name) for name, seed in seeds.items() if mine and len(mine & seed) > 0.2 * len(mine)]
    assert copies == []
