#!/usr/bin/env python3
"""Assign annotated articles to train / dev / test, by article, once and for good.

    python3 corpus/split.py            # moves every complete article of corpus/pool/ into its split
    python3 corpus/split.py --check    # exit 1 if an article sits outside the split its id gives

Each article's split follows from its id alone: the first 8 bytes of
sha256("cnkg-corpus-split-v1:" + id) as a fraction in [0, 1) — below 0.70 train, below 0.85
dev, else test. The salt is the fixed seed: an article's split never depends on which
other articles exist, so adding articles never moves one that is already placed, and the
split is made before any training. No decision may look at corpus/test/ (README).

An article is complete when its ``.txt``, ``.gold.json``, ``.gold.py`` and ``.meta.json``
are all there; incomplete ones stay in the pool.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SALT = "cnkg-corpus-split-v1:"
SPLITS = (("train", 0.70), ("dev", 0.85), ("test", 1.0))
PARTS = (".txt", ".gold.json", ".gold.py", ".meta.json")


def split_of(document: str) -> str:
    """train, dev or test for this article id.

    >>> split_of("briefing-miit-5g-2023") in ("train", "dev", "test")
    True
    """
    x = int.from_bytes(hashlib.sha256((SALT + document).encode()).digest()[:8], "big") / 2 ** 64
    return next(name for name, upper in SPLITS if x < upper)


def articles(folder: Path) -> list[str]:
    return sorted(p.name[:-len(".gold.json")] for p in folder.glob("*.gold.json"))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        wrong = [f"{name}/{doc}" for name, _ in SPLITS for doc in articles(HERE / name)
                 if split_of(doc) != name]
        print("\n".join(wrong) or "every article is in its split")
        return 1 if wrong else 0
    pool = HERE / "pool"
    moved = 0
    for doc in articles(pool):
        if not all((pool / f"{doc}{part}").exists() for part in PARTS):
            print(f"{doc}: incomplete, left in the pool", file=sys.stderr)
            continue
        target = HERE / split_of(doc)
        target.mkdir(exist_ok=True)
        for part in PARTS:
            (pool / f"{doc}{part}").rename(target / f"{doc}{part}")
        moved += 1
    counts = {name: len(articles(HERE / name)) for name, _ in SPLITS}
    print(f"moved {moved}; " + ", ".join(f"{n} {c}" for n, c in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
