"""Train the extractor's learned parts on the corpus and choose their thresholds on dev.

    python -m cnkg.extract.train_extractor            # make train-extractor

1. the goal clause model (:mod:`extract.goal_model`) on ``corpus/train``;
2. the attribution model (:mod:`extract.attribution`) on ``corpus/train``, over the goals
   the extractor finds with the new goal model;
3. the goal and attribution thresholds on ``corpus/dev``: every pair of the grid is scored end to end (micro
   F1 of entities and relations, as ``kg evaluate``), and the pair with the best mean
   of the two is kept among those that leave the seed articles
   (``../shared/eval/dev``) at their bar (entities ≥ 0.95, relations ≥ 0.90).
   ``corpus/test`` is never read;
4. the relation pair classifier (:mod:`extract.relations_model`) on ``corpus/train``, over
   what the extractor finds with the two models just kept, and its add/veto thresholds per
   predicate on ``corpus/dev`` under the same seed bar (:func:`train_relations`): each of the
   some 500 settings scored end to end, each dev article extracted once up to the pair
   classifier and finished again only where a setting changes its pairs
   (:mod:`extract.relation_grid`).

5. the figure model (:mod:`extract.figure_model`: Statistic or not, and its measure name) on
   ``corpus/train`` over the goals the kept models find, its threshold on ``corpus/dev`` under
   the same seed bar, kept only when it beats the figure rules there.

6. each model trained, swapped in alone for the one in ``extract/models/``, replaces it only
   when it beats it on ``corpus/dev`` with the seed at its bar (:func:`keep_winners`;
   ``--replace-all`` writes them all) **and** the behaviour tests pass with it in place
   (:func:`behaviour_failures`: ``pytest`` on :func:`behaviour_tests`, 10–20 s a
   model); a model that fails one is not written, and the failing tests are printed.

Trains into a staging folder, then writes the winners among ``extract/models/goals.npz``,
``attribution.npz``, ``relations.npz`` and ``figures.npz`` (each with its thresholds and a
note of its data); prints the grid, the relation ablation table and the comparison; takes a
few minutes of CPU.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

from cnkg.extract import attribution, figure_model, goal_model, relation_grid, relations_model
from cnkg.extract.evaluate import gold_paths, micro_f1
from cnkg.extract.learned import MODELS_ENV, HashedLogistic

GOAL_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
ATTRIBUTION_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
SEED_BAR = (0.95, 0.90)
#: each gold file's entity matches (evaluate.score_gold_files), kept across the many extractions
#: of the same dev and seed articles that the grids score: an entity found again is not matched again
MATCHES: dict = {}


def train_models(train: list[Path], work: Path) -> tuple[goal_model.GoalModel, HashedLogistic]:
    """The goal clause model, then the attribution model over the goals the extractor finds
    with it (at threshold 0.5); thresholds are left to the caller. ``work``: a scratch folder."""
    from cnkg.extract.pipeline import Extractor

    rules = Extractor.load(goal_model="none", attribution="none")
    examples = [ex for f in train for ex in goal_model.article_examples(f, rules)[0]]
    goals = goal_model.GoalModel.fit(examples)
    goals.meta = {"articles": len(train), "clauses": len(examples), "positives": sum(y for _, y in examples)}
    goals.save(work / "goals-0.5.npz")
    with_goals = Extractor.load(goal_model=str(work / "goals-0.5.npz"), attribution="none")
    rows = [row for f in train for row in attribution.article_rows(f, with_goals)]
    owners = HashedLogistic.train([(f, y) for f, y, _ in rows])
    owners.meta = {"articles": len(train), "pairs": len(rows), "positives": sum(y for _, y, _ in rows)}
    return goals, owners


FIGURE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
TARGET_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
TARGETS_OFF = 1.01   # a probability never reaches it


def train_figure_model(train: list[Path], dev: list[Path], seed: list[Path], work: Path, out: Path, *,
                       goals: Path | None = None, attribution_model: Path | None = None) -> Path | None:
    """The figure model (:mod:`extract.figure_model`) on ``train``, over the goals and owners the
    extractor finds with the given goal and attribution models; its threshold is the one with
    the best entities F1 on ``dev`` among those that leave ``seed`` at its bar, kept only when it
    beats the figure rules there. Returns the model file written, or None."""
    from cnkg.extract.pipeline import Extractor

    learned = {"goal_model": str(goals) if goals and goals.exists() else "default",
               "attribution": str(attribution_model) if attribution_model and attribution_model.exists() else "default"}
    rules = Extractor.load(figure_model="none", **learned)
    data = [figure_model.article_data(f, rules) for f in train]
    model = figure_model.fit(data)
    model.meta.update({"trained_on": str(train[0].parent) if train else ""})
    print(f"figure model: {model.meta['articles']} articles, {model.meta['figures']} figures, "
          f"{model.meta['statistics']} statistics, {model.meta['targets']} targets")
    base = micro_f1(dev, rules, matches=MATCHES)
    base_seed = micro_f1(seed, rules, matches=MATCHES) if seed else (1.0, 1.0)
    print(f"figure rules on dev: entities {base[0]:.3f}  relations {base[1]:.3f}   seed {base_seed[0]:.3f} / {base_seed[1]:.3f}")
    best = None
    for t in FIGURE_THRESHOLDS:
        model.threshold = t
        model.save(work / f"figures-{t}.npz")
        extractor = Extractor.load(figure_model=str(work / f"figures-{t}.npz"), **learned)
        d = micro_f1(dev, extractor, matches=MATCHES)
        s = micro_f1(seed, extractor, matches=MATCHES) if seed else (1.0, 1.0)
        ok = s[0] >= SEED_BAR[0] and s[1] >= SEED_BAR[1]
        print(f"statistic ≥ {t:.2f}: dev {d[0]:.3f} / {d[1]:.3f}   seed {s[0]:.3f} / {s[1]:.3f}"
              f"{'' if ok else '   (seed below its bar)'}")
        if ok and (best is None or d[0] > best[1][0]):
            best = (t, d, s)
    if best is None or best[1][0] <= base[0]:
        print("no figure threshold beats the figure rules on dev with the seed at its bar: no figure model written")
        return None
    t, d, s = best
    model.threshold = t
    # targets no goal states (●城镇新增就业110万人以上): a Goal each, where it beats leaving them to the goal rules
    kept_target = None
    for tt in TARGET_THRESHOLDS:
        model.targets.threshold = tt
        model.save(work / f"figures-{t}-target-{tt}.npz")
        extractor = Extractor.load(figure_model=str(work / f"figures-{t}-target-{tt}.npz"), **learned)
        dt = micro_f1(dev, extractor, matches=MATCHES)
        st = micro_f1(seed, extractor, matches=MATCHES) if seed else (1.0, 1.0)
        ok = st[0] >= SEED_BAR[0] and st[1] >= SEED_BAR[1]
        print(f"statistic ≥ {t:.2f}, target ≥ {tt:.2f}: dev {dt[0]:.3f} / {dt[1]:.3f}   seed {st[0]:.3f} / {st[1]:.3f}"
              f"{'' if ok else '   (seed below its bar)'}")
        if ok and sum(dt) > sum(d):
            kept_target, d, s = tt, dt, st
    model.targets.threshold = kept_target if kept_target is not None else TARGETS_OFF
    print(f"targets: {'≥ ' + str(kept_target) if kept_target is not None else 'left to the goal rules (no threshold beat them on dev)'}")
    model.meta.update({"target_threshold": kept_target})
    model.meta.update({"threshold_from": str(dev[0].parent) if dev else "",
                       "dev_f1": {"entities": round(d[0], 3), "relations": round(d[1], 3)},
                       "dev_f1_figure_rules": {"entities": round(base[0], 3), "relations": round(base[1], 3)},
                       "seed_f1": {"entities": round(s[0], 3), "relations": round(s[1], 3)}})
    path = out / figure_model.MODEL_PATH.name
    model.save(path)
    print(f"kept: statistic ≥ {t}: dev {d[0]:.3f} / {d[1]:.3f} (figure rules {base[0]:.3f} / {base[1]:.3f}), "
          f"seed {s[0]:.3f} / {s[1]:.3f} → {path}")
    return path


def with_threshold(path: Path, threshold: float, out: Path) -> Path:
    model = HashedLogistic.load(path)
    model.threshold = threshold
    model.save(out)
    return out


def train_relations(train: list[Path], dev: list[Path], seed: list[Path], out: Path, *, goals: Path,
                    owners: Path, trained_on: str = "", threshold_from: str = "") -> HashedLogistic:
    """The relation pair classifier: trained on ``train`` over what the extractor finds with the
    ``goals`` and ``owners`` models (its own relations off: the rules' are its features), its
    add/veto thresholds per predicate chosen on ``dev`` with ``seed`` at its bar; a predicate
    whose F1 on dev the model does not beat is left to the rules. Prints the ablation table,
    writes ``out/relations.npz``."""
    from cnkg.extract.pipeline import Extractor

    extractor = Extractor.load(goal_model=str(goals), attribution=str(owners), relations="none")
    rows = [(f, y) for path in train for *_, f, y in relations_model.article_pairs(path, extractor)[2] if y is not None]
    model = relations_model.train(rows)
    dev_scored = relation_grid.GridArticles(dev, extractor, model)
    seed_scored = relation_grid.GridArticles(seed, extractor, model) if seed else None
    decides, ablation = relations_model.choose_thresholds(dev_scored, seed_scored, SEED_BAR)
    print(f"relation model: {len(train)} articles, {len(rows)} candidate pairs, {sum(y for _, y in rows)} relations")
    print(f"{'predicate (dev)':<20} {'rules P':>7} {'R':>6} {'F1':>6}   {'model P':>7} {'R':>6} {'F1':>6}  add   veto  one   kept")
    for p, (rules_prf, model_prf, kept, chosen) in ablation.items():
        m = model_prf or (0.0, 0.0, 0.0)
        chosen = chosen or {}
        print(f"{p:<20} {rules_prf[0]:>7.3f} {rules_prf[1]:>6.3f} {rules_prf[2]:>6.3f}   {m[0]:>7.3f} {m[1]:>6.3f} "
              f"{m[2]:>6.3f}  {chosen.get('add')!s:<5} {chosen.get('veto')!s:<5} {'yes' if chosen.get('single') else 'no':<5} "
              f"{'yes' if kept else 'no'}")
    before, after = dev_scored.tallies({})[1].prf(), dev_scored.tallies(decides)[1].prf()
    seed_after = seed_scored.tallies(decides) if seed_scored else None
    print(f"relations on dev: rules {before[2]:.3f} (P {before[0]:.3f} R {before[1]:.3f}) → with the model "
          f"{after[2]:.3f} (P {after[0]:.3f} R {after[1]:.3f})"
          + (f"; seed {seed_after[0].prf()[2]:.3f} / {seed_after[1].prf()[2]:.3f}" if seed_after else ""))
    model.meta = {"articles": len(train), "pairs": len(rows), "positives": sum(y for _, y in rows),
                  "trained_on": trained_on, "threshold_from": threshold_from, "decides": decides,
                  "dev_relations_f1": {"rules": round(before[2], 3), "model": round(after[2], 3)},
                  "ablation": {p: {"rules_f1": round(r[2], 3), "model_f1": round(m[2], 3) if m else None, "kept": k}
                               for p, (r, m, k, _) in ablation.items()}}
    model.save(out / "relations.npz")
    return model


#: the learned parts' files, and the ``Extractor.load`` argument that takes each
MODEL_FILES = {"goals.npz": "goal_model", "attribution.npz": "attribution", "relations.npz": "relations",
               "figures.npz": "figure_model"}

#: the checkout whose tests guard the models (``tests/`` beside ``extract/``)
REPOSITORY = Path(__file__).resolve().parent.parent

#: each model's own tests: they load the committed model (or fail without it)
MODEL_TESTS = {"goals.npz": ("tests/test_rules_goals.py",),
               "attribution.npz": ("tests/test_extract_attribution.py",),
               "relations.npz": ("tests/test_relations_model.py",),
               "figures.npz": ("tests/test_figure_model.py",)}

#: the extractor-level tests every model is checked against besides its own: they run the
#: extractor with all four committed models, and a model's behaviour is guarded well beyond
#: its own file (without the goal model, tests of test_rules_agreements.py and
#: test_rules_speakers.py fail; without the attribution model, test_rules_title_document.py's;
#: without the relation model, test_rules_agreements.py's and test_rules_proposals.py's;
#: without the figure model, test_rules_goals.py's). Left out: tests/test_extract_pipeline.py
#: (hash-seed subprocesses, half a minute, nothing a model's weights decide) and the service,
#: graph and scale tests (minutes; with no learned model at all they still pass).
EXTRACTOR_TESTS = ("tests/test_rules_*.py", "tests/test_extract_rules.py", "tests/test_extract_attribution.py",
                   "tests/test_extract_lac.py", "tests/test_figure_model.py", "tests/test_relations_model.py",
                   "tests/test_evaluate.py")


def behaviour_tests(name: str, repository: Path = REPOSITORY) -> list[str]:
    """The test files a retrained ``name`` (``"figures.npz"`` …) must pass before it is written:
    its own, then the extractor-level ones, relative to ``repository``."""
    files: list[str] = []
    for pattern in (*MODEL_TESTS.get(name, ()), *EXTRACTOR_TESTS):
        for path in sorted(repository.glob(pattern)):
            relative = path.relative_to(repository).as_posix()
            if relative not in files:
                files.append(relative)
    return files


def behaviour_failures(name: str, candidate: Path, beside: Path, tests: list[str], *,
                       repository: Path = REPOSITORY) -> list[str]:
    """Run ``tests`` (pytest arguments relative to ``repository``) in a pytest subprocess with
    ``candidate`` in the place of ``name`` and the other models those in ``beside`` (the folder
    it would be written to); returns the tests that fail (their node ids), or a line saying why
    the run itself failed; empty when every test passes. No test to run is a failure too: a
    model is not written unchecked."""
    if not tests:
        return [f"no behaviour test of {name} found under {repository / 'tests'}"]
    with tempfile.TemporaryDirectory(prefix="kg-candidate-") as folder:
        models = Path(folder)
        for other in MODEL_FILES:
            if other != name and (beside / other).exists():
                shutil.copyfile(beside / other, models / other)
        shutil.copyfile(candidate, models / name)
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE", *tests],
                             cwd=repository, env={**os.environ, MODELS_ENV: str(models)},
                             capture_output=True, text=True)
    if run.returncode == 0:
        return []
    failed = [line.split()[1] for line in run.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    if failed:
        return failed
    last = (run.stdout.strip() or run.stderr.strip() or "no output").splitlines()[-1]
    return [f"pytest exited with {run.returncode}: {last}"]


def keep_winners(staged: Path, out: Path, dev: list[Path], seed: list[Path], *, compare: bool = True,
                 tests: Callable[[str], list[str]] = behaviour_tests) -> list[str]:
    """Each model trained into ``staged`` replaces the one in ``out`` only when, swapped in alone,
    it beats it on ``dev`` (entities plus relations F1) with ``seed`` at its bar; one with no
    counterpart in ``out`` (or every one, without ``compare``) is written as trained. Before
    any is written, its behaviour tests (``tests(name)``: pytest arguments) run with it in
    place beside the other models of ``out``; one that fails any is not written (the failing
    tests are printed). Returns the names written.

    A component stays only if it beats what it replaces: retraining over changed rules can give
    a model that loses to the committed one, and then the committed one stays. And a dev score
    is not the behaviour the tests protect: a model that wins on dev but no longer types a
    listed figure as a Statistic stays out."""
    from cnkg.extract.pipeline import Extractor

    current = {name: out / name for name in MODEL_FILES if compare and (out / name).exists()}

    def score(files: dict[str, Path]):
        extractor = Extractor.load(**{MODEL_FILES[name]: str(path) for name, path in files.items()})
        return (micro_f1(dev, extractor, matches=MATCHES),
                (micro_f1(seed, extractor, matches=MATCHES) if seed else (1.0, 1.0)))

    if current:
        base, _ = score(current)
        print(f"models in {out}: dev {base[0]:.3f} / {base[1]:.3f}")
    written = []
    for name in MODEL_FILES:
        new = staged / name
        if not new.exists():
            continue
        if name in current:
            d, s = score({**current, name: new})
            wins = s[0] >= SEED_BAR[0] and s[1] >= SEED_BAR[1] and sum(d) > sum(base)
            print(f"{name} retrained, alone in their place: dev {d[0]:.3f} / {d[1]:.3f}   seed {s[0]:.3f} / {s[1]:.3f}"
                  f"   → {'replaces the one there, if its behaviour tests pass' if wins else 'the one there stays'}")
            if not wins:
                continue
        checked = tests(name)
        failed = behaviour_failures(name, new, out, checked)
        if failed:
            print(f"{name} retrained fails {len(failed)} behaviour test{'s' if len(failed) > 1 else ''} "
                  f"with it in place: not written, {'the one there stays' if (out / name).exists() else 'none there'}")
            for test in failed:
                print(f"    {test}")
            continue
        print(f"{name} retrained passes its behaviour tests ({len(checked)} files) with it in place")
        shutil.copyfile(new, out / name)
        written.append(name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cnkg.extract.train_extractor", description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="corpus/train")
    parser.add_argument("--dev", default="corpus/dev")
    parser.add_argument("--seed", default="../shared/eval/dev", help="articles that must stay at their bar")
    parser.add_argument("--out", type=Path, default=goal_model.MODEL_PATH.parent)
    parser.add_argument("--relations-only", action="store_true",
                        help="train only the relation pair classifier, over the goal and attribution models in --out")
    parser.add_argument("--replace-all", action="store_true",
                        help="write every model trained, without comparing it on dev with the one in --out")
    parser.add_argument("--keep-staged", type=Path, metavar="DIR",
                        help="copy every model trained (written to --out or not) into DIR, to inspect a refused one")
    args = parser.parse_args(argv)
    train, dev = gold_paths([args.train]), gold_paths([args.dev])
    seed = gold_paths([args.seed]) if Path(args.seed).is_dir() else []
    with tempfile.TemporaryDirectory(prefix="kg-train-") as scratch:   # removed at the end, whatever happens
        work = Path(scratch)
        staged = work / "models"
        staged.mkdir()
        # trained into a staging folder, kept in --out below only where they win
        if args.relations_only:
            train_relations(train, dev, seed, staged, goals=args.out / "goals.npz", owners=args.out / "attribution.npz",
                            trained_on=args.train, threshold_from=args.dev)
        else:
            _train_all(train, dev, seed, work, staged, committed=args.out, trained_on=args.train, threshold_from=args.dev)
        written = keep_winners(staged, args.out, dev, seed, compare=not args.replace_all)
        if args.keep_staged:
            shutil.copytree(staged, args.keep_staged, dirs_exist_ok=True)
            print(f"trained models kept in {args.keep_staged}: {', '.join(sorted(p.name for p in staged.iterdir()))}")
    print(f"written to {args.out}: {', '.join(written) or 'nothing (the models there stay)'}")
    return 0


def _train_all(train: list[Path], dev: list[Path], seed: list[Path], work: Path, out: Path, *, committed: Path,
               trained_on: str, threshold_from: str) -> None:
    """The goal and attribution models, their thresholds, then the relation and figure models,
    all into ``out`` (the staging folder). When no goal and owner thresholds beat the rules on
    dev with the seed at its bar, no goal or attribution model is staged, and the relation and
    figure models are trained over the ``committed`` ones."""
    from cnkg.extract.pipeline import Extractor

    goals, owners = train_models(train, work)
    for model in (goals, owners):
        model.meta["trained_on"] = trained_on
    goals.save(work / "goals.npz")
    owners.save(work / "attribution.npz")
    print(f"goal model: {len(train)} articles, {goals.meta['clauses']} clauses, {goals.meta['positives']} goal clauses")
    print(f"attribution model: {owners.meta['pairs']} (goal, candidate) pairs, {owners.meta['positives']} relations")

    rules = Extractor.load(goal_model="none", attribution="none")
    base = micro_f1(dev, rules, matches=MATCHES)
    print(f"rules alone on dev: entities {base[0]:.3f}  relations {base[1]:.3f}")
    best = None
    for tg in GOAL_THRESHOLDS:
        g = with_threshold(work / "goals.npz", tg, work / f"goals-{tg}.npz")
        for ta in ATTRIBUTION_THRESHOLDS:
            a = with_threshold(work / "attribution.npz", ta, work / f"attribution-{ta}.npz")
            extractor = Extractor.load(goal_model=str(g), attribution=str(a))
            d = micro_f1(dev, extractor, matches=MATCHES)
            s = micro_f1(seed, extractor, matches=MATCHES) if seed else (1.0, 1.0)
            ok = s[0] >= SEED_BAR[0] and s[1] >= SEED_BAR[1]
            print(f"goal ≥ {tg:.2f}, owner ≥ {ta:.2f}: dev {d[0]:.3f} / {d[1]:.3f}   seed {s[0]:.3f} / {s[1]:.3f}"
                  f"{'' if ok else '   (seed below its bar)'}")
            if ok and (best is None or sum(d) > sum(best[2])):
                best = (tg, ta, d, s)
    if best is None or sum(best[2]) <= sum(base):
        print("no threshold pair beats the rules on dev with the seed at its bar: no goal or attribution model "
              f"staged; the relation and figure models are trained over those in {committed}")
        _train_pairs_and_figures(train, dev, seed, work, out, goals=committed / "goals.npz",
                                 owners=committed / "attribution.npz", trained_on=trained_on,
                                 threshold_from=threshold_from)
        return
    tg, ta, d, s = best
    for name, threshold in (("goals", tg), ("attribution", ta)):
        model = HashedLogistic.load(work / f"{name}.npz")
        model.threshold = threshold
        model.meta.update({"threshold_from": threshold_from, "dev_f1": {"entities": round(d[0], 3), "relations": round(d[1], 3)},
                           "dev_f1_rules_alone": {"entities": round(base[0], 3), "relations": round(base[1], 3)},
                           "seed_f1": {"entities": round(s[0], 3), "relations": round(s[1], 3)}})
        model.save(out / f"{name}.npz")
    print(f"kept: goal ≥ {tg}, owner ≥ {ta}: dev {d[0]:.3f} / {d[1]:.3f} (rules alone {base[0]:.3f} / {base[1]:.3f}), "
          f"seed {s[0]:.3f} / {s[1]:.3f} → {out}")
    _train_pairs_and_figures(train, dev, seed, work, out, goals=out / "goals.npz", owners=out / "attribution.npz",
                             trained_on=trained_on, threshold_from=threshold_from)


def _train_pairs_and_figures(train, dev, seed, work: Path, out: Path, *, goals: Path, owners: Path,
                             trained_on: str, threshold_from: str) -> None:
    """The relation pair classifier and the figure model, over the given goal and attribution models."""
    train_relations(train, dev, seed, out, goals=goals, owners=owners, trained_on=trained_on,
                    threshold_from=threshold_from)
    train_figure_model(train, dev, seed, work, out, goals=goals, attribution_model=owners)


if __name__ == "__main__":
    sys.exit(main())
