"""`make train` keeps a model it retrains only where the new one beats the committed one on dev,
and only when the behaviour tests pass with it in place (a real pytest run of real test files)."""
import shutil
from pathlib import Path

import pytest

from cnkg.errors import KgError
from cnkg.extract import figure_model, goal_model, learned, train_extractor
from cnkg.extract.learned import HashedLogistic

MODELS = goal_model.MODEL_PATH.parent
CORPUS_DEV = sorted(Path(__file__).resolve().parent.parent.joinpath("corpus", "dev").glob("*.gold.json"))[:4]

# one behaviour test of a model each (make train runs many: train_extractor.behaviour_tests), fast
# (one extractor): the figure one fails when no figure is a Statistic, the goal one without the goal model
A_FIGURE_TEST = "tests/test_figure_model.py::test_a_reported_figure_is_a_statistic_named_by_its_measure"
A_GOAL_TEST = "tests/test_rules_speakers.py::test_an_official_who_requires_proposes"


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
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, [], tests=lambda name: [A_FIGURE_TEST]) == ["figures.npz"]
    assert (out / "figures.npz").exists()


def test_a_retrained_model_that_wins_on_dev_replaces_the_one_there(tmp_path):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    worse = HashedLogistic.load(MODELS / "goals.npz")
    worse.threshold = 0.0
    worse.save(out / "goals.npz")                                        # a poor model where the kept one lives
    shutil.copyfile(MODELS / "goals.npz", staged / "goals.npz")
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, [], tests=lambda name: [A_GOAL_TEST]) == ["goals.npz"]
    assert (out / "goals.npz").read_bytes() == (MODELS / "goals.npz").read_bytes()


# ----------------------------------------------------------------- the behaviour tests guard


def _figure_model_typing_nothing(path: Path) -> Path:
    broken = figure_model.FigureModel.load(MODELS / "figures.npz")
    broken.typing.threshold = 1.01   # no probability reaches it: no figure is a Statistic
    broken.typing.weights = broken.typing.weights * 0 - 50.0   # nor the floor of a reported measure's figure
    broken.save(path)
    return path


def test_a_model_whose_behaviour_tests_fail_is_not_written_and_the_one_there_stays(tmp_path, capsys):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    _figure_model_typing_nothing(staged / "figures.npz")
    before = (out / "figures.npz").read_bytes()
    # without the dev comparison (--replace-all) the behaviour tests are all that stand in its way
    written = train_extractor.keep_winners(staged, out, CORPUS_DEV, [], compare=False, tests=lambda name: [A_FIGURE_TEST])
    assert written == []
    assert (out / "figures.npz").read_bytes() == before
    said = capsys.readouterr().out
    assert "figures.npz retrained fails 1 behaviour test" in said and A_FIGURE_TEST in said


def test_a_model_whose_behaviour_tests_pass_is_written(tmp_path, capsys):
    out, staged = _committed(tmp_path), tmp_path / "staged"
    staged.mkdir()
    shutil.copyfile(MODELS / "figures.npz", staged / "figures.npz")
    _figure_model_typing_nothing(out / "figures.npz")                # a poor model where the checked one goes
    assert train_extractor.keep_winners(staged, out, CORPUS_DEV, [], compare=False,
                                        tests=lambda name: [A_FIGURE_TEST]) == ["figures.npz"]
    assert (out / "figures.npz").read_bytes() == (MODELS / "figures.npz").read_bytes()
    assert "figures.npz retrained passes its behaviour tests" in capsys.readouterr().out


def test_the_candidate_is_tested_beside_the_other_models_of_the_folder_it_goes_to(tmp_path):
    beside = tmp_path / "beside"
    beside.mkdir()
    _figure_model_typing_nothing(beside / "figures.npz")
    # the candidate is a relation model; the broken figure model beside it is what the test sees
    failed = train_extractor.behaviour_failures("relations.npz", MODELS / "relations.npz", beside, [A_FIGURE_TEST])
    assert failed == [A_FIGURE_TEST]


def test_a_model_with_no_behaviour_test_to_run_is_not_written(tmp_path):
    failed = train_extractor.behaviour_failures("figures.npz", MODELS / "figures.npz", MODELS, [])
    assert failed and "no behaviour test of figures.npz" in failed[0]
    assert train_extractor.behaviour_tests("figures.npz", repository=tmp_path) == []


def test_every_model_is_checked_against_its_own_tests_and_the_extractor_level_ones():
    for name in train_extractor.MODEL_FILES:
        files = train_extractor.behaviour_tests(name)
        assert files[0] == train_extractor.MODEL_TESTS[name][0]
        assert {"tests/test_rules_goals.py", "tests/test_rules_agreements.py", "tests/test_figure_model.py",
                "tests/test_extract_attribution.py", "tests/test_relations_model.py"} <= set(files)
        assert len(files) == len(set(files)) and all((train_extractor.REPOSITORY / f).is_file() for f in files)
        assert "tests/test_extract_pipeline.py" not in files   # half a minute of hash-seed runs: left to make test


def test_the_models_folder_can_be_named_in_the_environment_but_must_exist(tmp_path, monkeypatch):
    assert learned.model_path("figures.npz") == MODELS / "figures.npz"
    monkeypatch.setenv(learned.MODELS_ENV, str(tmp_path))
    assert learned.model_path("figures.npz") == tmp_path.resolve() / "figures.npz"
    monkeypatch.setenv(learned.MODELS_ENV, str(tmp_path / "missing"))
    with pytest.raises(KgError, match="KG_EXTRACTOR_MODELS"):
        learned.model_path("figures.npz")


def test_the_models_trained_can_be_kept_to_inspect_one_that_is_refused(tmp_path, monkeypatch):
    for split in ("train", "dev"):
        (tmp_path / split).mkdir()
        (tmp_path / split / "a.gold.json").write_text("{}", encoding="utf-8")

    def trains_a_relation_model(train, dev, seed, out, **_):
        HashedLogistic.train([(["a"], 1), (["b"], 0)]).save(out / "relations.npz")

    monkeypatch.setattr(train_extractor, "train_relations", trains_a_relation_model)
    monkeypatch.setattr(train_extractor, "keep_winners", lambda *args, **kwargs: [])   # refused
    train_extractor.main(["--relations-only", "--train", str(tmp_path / "train"), "--dev", str(tmp_path / "dev"),
                          "--seed", str(tmp_path / "no-seed"), "--out", str(_committed(tmp_path)),
                          "--keep-staged", str(tmp_path / "kept")])
    assert HashedLogistic.load(tmp_path / "kept" / "relations.npz").probability(["a"]) > 0.5
