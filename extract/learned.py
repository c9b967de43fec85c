"""A logistic regression over hashed string features: the learner behind the extractor's
trained decisions (goal clauses, goal attribution).

Small on purpose: features are names (``"goal_verb"``, ``"p2:加快"``) hashed into 2^18
weights, trained by Adagrad with the positives weighted up to balance the classes, saved
as one compressed ``.npz`` with the threshold and a note of the data it was trained on.
Scoring a candidate is a sum over its features' weights: microseconds, no dependency
beyond numpy.

>>> model = HashedLogistic.train([(["a", "x"], 1), (["b", "x"], 0)] * 20)
>>> model.probability(["a", "x"]) > 0.5 > model.probability(["b", "x"])
True
"""
from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import numpy as np

from cnkg.errors import KgError

DIMENSIONS = 1 << 18

#: the environment variable naming a folder that holds the learned models (goals.npz,
#: attribution.npz, relations.npz, figures.npz) in place of ``extract/models/``: how
#: ``make train`` runs a candidate model's behaviour tests before writing it
#: (``extract/train_extractor.py``, ``candidate_check``)
MODELS_ENV = "KG_EXTRACTOR_MODELS"
COMMITTED_MODELS = Path(__file__).resolve().parent / "models"


def model_path(name: str) -> Path:
    """Where the learned model ``name`` (``"goals.npz"`` …) is read from by default: the
    committed one in ``extract/models/``, or the one in the folder ``KG_EXTRACTOR_MODELS``
    names (a folder that does not exist is an error, not the rules alone in silence)."""
    folder = os.environ.get(MODELS_ENV)
    if not folder:
        return COMMITTED_MODELS / name
    if not Path(folder).is_dir():
        raise KgError(f"{MODELS_ENV}={folder}: no such folder (it names the folder of the learned models)")
    return Path(folder).resolve() / name


def hashed(names: list[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(n.encode("utf-8")) & (DIMENSIONS - 1) for n in names), dtype=np.int64)


class HashedLogistic:
    def __init__(self, weights: np.ndarray, threshold: float = 0.5, meta: dict | None = None):
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    def probability(self, names: list[str]) -> float:
        return float(1.0 / (1.0 + np.exp(-float(self.weights[hashed(names)].sum()))))

    def decide(self, names: list[str]) -> bool:
        return self.probability(names) >= self.threshold

    @classmethod
    def train(cls, rows: list[tuple[list[str], int]], *, epochs: int = 12, rate: float = 0.2,
              l2: float = 1e-5, seed: int = 0, max_positive_weight: float = 4.0) -> "HashedLogistic":
        """Adagrad over ``(feature names, 0 or 1)`` rows, shuffled with ``seed``."""
        rng = np.random.default_rng(seed)
        w = np.zeros(DIMENSIONS, dtype=np.float64)
        g2 = np.full(DIMENSIONS, 1e-8)
        data = [(hashed(names), y) for names, y in rows]
        positives = sum(y for _, y in data) or 1
        weight = {1: max(1.0, min(max_positive_weight, (len(data) - positives) / positives)), 0: 1.0}
        for _ in range(epochs):
            for i in rng.permutation(len(data)):
                idx, y = data[i]
                p = 1.0 / (1.0 + np.exp(-w[idx].sum()))
                grad = (p - y) * weight[y] + l2 * w[idx]
                g2[idx] += grad * grad
                w[idx] -= rate * grad / np.sqrt(g2[idx])
        return cls(w.astype(np.float32))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weights=self.weights, threshold=np.float32(self.threshold),
                            meta=np.array(json.dumps(self.meta, ensure_ascii=False)))

    @classmethod
    def load(cls, path: Path) -> "HashedLogistic":
        data = np.load(path)
        return cls(data["weights"], float(data["threshold"]), json.loads(str(data["meta"])))


def train_or_evaluate_args(argv: list[str] | None, *, prog: str, doc: str, model_path: Path,
                           threshold: bool = True, train_help: str | None = None,
                           evaluate_help: str | None = None):
    """The command line the learned parts share: ``train [GOLD…] [--threshold T] [--out FILE]``
    (corpus/train by default) or ``evaluate [GOLD…] [--model FILE]`` (corpus/dev by default)."""
    import argparse

    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help=train_help)
    t.add_argument("gold", nargs="*", default=["corpus/train"])
    if threshold:
        t.add_argument("--threshold", type=float, default=0.5)
    t.add_argument("--out", type=Path, default=model_path)
    e = sub.add_parser("evaluate", help=evaluate_help)
    e.add_argument("gold", nargs="*", default=["corpus/dev"])
    e.add_argument("--model", type=Path, default=model_path)
    return parser.parse_args(argv)


def print_decisions(counts, keys, names=("model", "rules"), width: int = 9) -> None:
    """One P/R/F1 line per (key, decider) of a :class:`~cnkg.extract.evaluate.Tally` counted
    as ``f"{key} {decider}"``."""
    for key in keys:
        for name in names:
            p, r, f1, tp, fp, fn = counts.prf(f"{key} {name}")
            print(f"{key:<{width}} {name:<6} P={p:.3f} R={r:.3f} F1={f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
