"""Learning curve of the extractor's corpus-trained parts: dev F1 against the number of
training articles (is more annotation still paying?).

    python bench/learning_curve.py [--train corpus/train] [--dev corpus/dev]
    python bench/learning_curve.py --plot-only     # redraw the PNG from the JSON

For each size n (nested random subsets of the train split, fixed seed) the goal clause and
attribution models are trained on n articles and scored end to end on the dev split at
the thresholds the committed models carry; the rules alone are the flat baseline.
Writes bench/results/learning_curve.png and .json.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from cnkg.extract import attribution, goal_model
from cnkg.extract.evaluate import gold_paths, micro_f1
from cnkg.extract.learned import HashedLogistic
from cnkg.extract.pipeline import Extractor
from cnkg.extract.train_extractor import train_models

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="corpus/train")
    parser.add_argument("--dev", default="corpus/dev")
    parser.add_argument("--plot-only", action="store_true",
                        help="redraw learning_curve.png from learning_curve.json without training")
    args = parser.parse_args()
    if args.plot_only:
        curve = json.loads((RESULTS / "learning_curve.json").read_text(encoding="utf-8"))
        base = (curve["rules_alone"]["entities"], curve["rules_alone"]["relations"])
        plot(curve["points"], base, curve["dev"])
        return
    train, dev = gold_paths([args.train]), gold_paths([args.dev])
    random.Random(13).shuffle(train)
    thresholds = (HashedLogistic.load(goal_model.MODEL_PATH).threshold,
                  HashedLogistic.load(attribution.MODEL_PATH).threshold)
    work = Path(tempfile.mkdtemp(prefix="kg-curve-"))
    rules = Extractor.load(goal_model="none", attribution="none")
    base = micro_f1(dev, rules)
    sizes = sorted({n for n in (5, 10, 20, 40, 80, 160, len(train)) if n <= len(train)})
    points = []
    for n in sizes:
        goals, owners = train_models(train[:n], work)
        goals.threshold, owners.threshold = thresholds
        goals.save(work / "goals.npz")
        owners.save(work / "attribution.npz")
        e, r = micro_f1(dev, Extractor.load(goal_model=str(work / "goals.npz"), attribution=str(work / "attribution.npz")))
        points.append({"articles": n, "entities": round(e, 3), "relations": round(r, 3)})
        print(f"{n:>4} articles: dev entities {e:.3f}  relations {r:.3f}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "learning_curve.json").write_text(json.dumps(
        {"dev": args.dev, "thresholds": thresholds, "rules_alone": {"entities": round(base[0], 3),
                                                                    "relations": round(base[1], 3)},
         "points": points}, indent=1) + "\n", encoding="utf-8")
    plot(points, base, args.dev)


def plot(points: list[dict], base: tuple[float, float], dev: str) -> None:
    """Draw dev F1 against training articles, with the rules alone as flat lines."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 3.6))
    xs = [p["articles"] for p in points]
    for key, colour in (("entities", "tab:blue"), ("relations", "tab:orange")):
        ax.plot(xs, [p[key] for p in points], marker="o", color=colour, label=f"{key}, learned")
        ax.axhline(base[0 if key == "entities" else 1], color=colour, linestyle="--", linewidth=1,
                   label=f"{key}, rules alone")
    ax.set_xscale("log")
    ax.set_xlabel("training articles (corpus/train)")
    ax.set_ylabel(f"micro F1 on {dev}")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(RESULTS / "learning_curve.png", dpi=120)
    print(f"wrote {RESULTS / 'learning_curve.png'}")


if __name__ == "__main__":
    main()
