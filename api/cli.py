"""The ``kg`` command line: a thin shell over functions that tests call too.

Every command is a ``cmd_<name>(args) -> int`` function registered in
:func:`build_parser`. Errors a user can cause raise :class:`cnkg.errors.KgError`
(or OSError / UnicodeDecodeError / SyntaxError), which :func:`main` turns into a
one-line message on stderr and a non-zero exit status — never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cnkg import __version__
from cnkg.errors import KgError

DEFAULT_STORE = "var/kg"


def _add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"store directory (default: {DEFAULT_STORE}); ':memory:' for a throw-away store")


# ----------------------------------------------------------------- extract / evaluate

def cmd_extract(args: argparse.Namespace) -> int:
    from cnkg.extract.pipeline import Extractor
    from cnkg.extract.reader import read_article

    extractor = Extractor.load()
    out = []
    for path in args.files:
        article = read_article(path)
        extraction = extractor.extract(article)
        if args.min_confidence:
            extraction = extraction.filtered(args.min_confidence)
        out.append(extraction)
    if args.format == "json":
        data = [e.to_json() for e in out]
        print(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=1))
    else:
        from cnkg.graph.rdf import extraction_to_dataset, serialize_dataset
        sys.stdout.write(serialize_dataset(extraction_to_dataset(out), args.format))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.ner:
        from cnkg.extract.ner_eval import evaluate_ner_file
        report = evaluate_ner_file(args.ner)
        print(report.format())
        return 0
    if not args.gold:
        raise KgError("give GOLD.json files, or --ner FILE.json")
    from cnkg.extract.evaluate import evaluate_gold_files
    from cnkg.extract.pipeline import Extractor
    print(evaluate_gold_files(args.gold, Extractor.load(names=args.names, goal_model=args.goal_model,
                                                              attribution=args.attribution,
                                                              relations=args.relations)))
    return 0


# ----------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Chinese policy news → knowledge graph")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities and relations from articles")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["json", "turtle", "trig", "nquads"], default="json")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop entities and relations below this confidence")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score the extractor against gold files (FORMAT.md)")
    p.add_argument("gold", nargs="*", metavar="GOLD.json|FOLDER",
                   help="gold files, or folders of them (corpus/dev)")
    p.add_argument("--ner", metavar="FILE.json", help="score the NER model on CLUENER-format data")
    p.add_argument("--names", choices=["cluener", "lac", "both"], default="lac",
                   help="where names come from: Baidu's LAC (default), our CLUENER model, or both")
    p.add_argument("--goal-model", default="default", metavar="default|none|FILE",
                   help="the learned goal clause model: the committed one, none (rules only) or a file")
    p.add_argument("--attribution", default="default", metavar="default|none|FILE",
                   help="the learned goal attribution model (hasGoal, proposes), likewise")
    p.add_argument("--relations", default="default", metavar="default|none|FILE",
                   help="the learned relation pair classifier (holdsPost, speaksAt, publishedBy, …), likewise")
    p.set_defaults(func=cmd_evaluate)

    from cnkg.api import commands  # graph-side commands: build, query, export, validate, stats, serve
    commands.register(sub, _add_store)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except SyntaxError as exc:  # pyoxigraph raises SyntaxError for malformed SPARQL / RDF
        print(f"kg {args.command}: syntax error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:   # `kg … | head`: the reader has gone; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UnicodeDecodeError as exc:
        print(f"kg {args.command}: cannot decode input: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kg {args.command}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
