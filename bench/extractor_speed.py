"""Extractor speed and load time, beside spaCy's stock CPU ``ner`` in the same run (issue 3).

Not a test. One process, pinned to one core where ``os.sched_setaffinity`` allows;
rates are characters per CPU-second (``time.process_time``), so other jobs on a shared
machine slow the wall clock but not the figure. Rounds alternate the two pipelines.

- **ours**: the whole extractor (``Extractor.load()``: tokenizer, lexicon matcher, the
  trained NER, every rule and the fact builder), on whole articles;
- **stock**: ``spacy init config --lang zh --pipeline ner --optimize efficiency`` (char
  tokens, no vectors), initialised with our five labels — untrained, which costs the same
  per character as trained weights (the same layers run whatever the weights);
- **load**: a fresh interpreter importing the package, loading the extractor and
  extracting one sentence (what ``kg extract`` pays before its first article), CPU and wall.

    .venv/bin/python bench/extractor_speed.py [--rounds 3] [--repeat 4]

Writes ``bench/results/extractor.json`` and ``bench/results/extractor.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))

LOAD = """
import time
wall, cpu = time.perf_counter(), time.process_time()
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text
Extractor.load().extract(article_from_text("国家发展改革委副主任张三说，要加快5G建设。", document="x"))
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def articles() -> list:
    from cnkg.extract.reader import read_article
    paths = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    dev = ROOT.parent / "shared" / "eval" / "dev"
    paths += sorted(dev.glob("*.txt")) if dev.is_dir() else []
    return [read_article(p) for p in paths]


def stock_ner():
    import spacy
    from spacy.cli.init_config import init_config
    config = init_config(lang="zh", pipeline=["ner"], optimize="efficiency", gpu=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    ner = nlp.get_pipe("ner")
    for label in ("AGENCY", "ORG", "PERSON", "POST", "PLACE"):
        ner.add_label(label)
    nlp.initialize()
    return nlp


def rate(run, texts_chars: int) -> float:
    start = time.process_time()
    run()
    return texts_chars / (time.process_time() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=4, help="passes over the articles per measurement")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        pinned = True

    loads = []
    for _ in range(args.rounds):
        out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, cwd=ROOT)
        wall, cpu = map(float, out.stdout.split())
        loads.append({"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)})

    from cnkg.extract.pipeline import Extractor
    ours = Extractor.load()
    stock = stock_ner()
    docs = articles()
    chars = sum(len(a.text) for a in docs) * args.repeat
    texts = [a.text for a in docs]
    list(ours.pipe(docs))
    list(stock.pipe(texts))
    runs: dict[str, list[float]] = {"ours": [], "stock": []}
    for n in range(args.rounds):
        runs["ours"].append(rate(lambda: [list(ours.pipe(docs)) for _ in range(args.repeat)], chars))
        runs["stock"].append(rate(lambda: [list(stock.pipe(texts, batch_size=64)) for _ in range(args.repeat)], chars))
        print(f"round {n + 1}: ours {runs['ours'][-1]:,.0f} chars/CPU-s, stock ner {runs['stock'][-1]:,.0f}", flush=True)

    median = {k: round(statistics.median(v)) for k, v in runs.items()}
    load_cpu = statistics.median(x["cpu_s"] for x in loads)
    load_wall = statistics.median(x["wall_s"] for x in loads)
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "pinned_to_one_core": pinned,
                          "load_average": list(os.getloadavg())},
              "articles": len(docs), "characters_per_pass": chars // args.repeat, "repeat": args.repeat,
              "chars_per_cpu_second": {"median": median, "runs": {k: [round(x) for x in v] for k, v in runs.items()}},
              "load": {"runs": loads, "median_cpu_s": load_cpu, "median_wall_s": load_wall}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extractor.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    ok = "✅" if median["ours"] >= 10_000 else "❌"
    lines = ["# Extractor speed (`bench/extractor_speed.py`)", "",
             f"{len(docs)} articles ({chars // args.repeat:,} characters) × {args.repeat} passes, {args.rounds} alternated "
             f"rounds, one core{' (pinned)' if pinned else ''}, characters per CPU-second; load average at the end "
             f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}.", "",
             "| pipeline | chars per CPU-second (median) | runs |", "| --- | ---: | --- |",
             f"| ours: the whole extractor (rules, LAC names, learned goal models, facts) | {median['ours']:,} | {runs['ours'] and ', '.join(f'{x:,.0f}' for x in runs['ours'])} |",
             f"| spaCy stock CPU `ner` (efficiency, char tokens), alone | {median['stock']:,} | {', '.join(f'{x:,.0f}' for x in runs['stock'])} |",
             "", f"Bar (issue 3): ours ≥ 10,000 chars/s on one core {ok}; ratio ours / stock ner = "
             f"{median['ours'] / median['stock']:.2f}.", "",
             f"Load (fresh interpreter, import + `Extractor.load()` + one sentence): median {load_cpu:.2f} CPU-s, "
             f"{load_wall:.2f} s wall (bar ≤ 5 s {'✅' if load_wall <= 5 else '❌ on the wall clock'}); runs: "
             + ", ".join(f"{x['wall_s']} s wall / {x['cpu_s']} CPU-s" for x in loads) + "."]
    (RESULTS / "extractor.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
