"""`make train` keeps a model it retrains only where the new one beats the committed one on dev."""
import shutil
from pathlib import Path

from cnkg.extract import goal_model, train_extractor
from cnkg.extract.learned import HashedLogistic

MODELS = goal_model.MODEL_PATH.parent
CORPUS_DEV = sorted(Path(__file__).resolve().parent.parent.joinpath("corpus", "dev").glob("*.gold.json"))[:4]


def _committed(tmp_path) -> Path:
    out = tmp_path / "models"
    out.mkdir()
    for name in train_extractor.MODEL_FILES:
        shutil.copyfile(MODELS / name, out / name)
    return out


def test_a_retrained_model_that_loses_on_dev_leaves_the_committed_one(tmp_path):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    worse = HashedLogistic.load(MODELS / "goals.npz")
    worse.threshold = 0.0   # every clause a goal: many false goals
    worse.save(staged / "goals.npz")
    before = (out / "goals.npz").read_bytes()
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, []) == []
    assert (out / "goals.npz").read_bytes() == before


def test_an_equal_model_does_not_replace_and_a_new_one_is_written(tmp_path):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    shutil.copyfile(MODELS / "relations.npz", staged / "relations.npz")   # the same: no better
    (out / "figures.npz").unlink()                                       # none there: written as trained
    shutil.copyfile(MODELS / "figures.npz", staged / "figures.npz")
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, []) == ["figures.npz"]
    assert (out / "figures.npz").exists()


def test_a_retrained_model_that_wins_on_dev_replaces_the_one_there(tmp_path):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    worse = HashedLogistic.load(MODELS / "goals.npz")
    worse.threshold = 0.0
    worse.save(out / "goals.npz")                                        # a poor model where the kept one lives
    shutil.copyfile(MODELS / "goals.npz", staged / "goals.npz")
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, []) == ["goals.npz"]
    assert (out / "goals.npz").read_bytes() == (MODELS / "goals.npz").read_bytes()
