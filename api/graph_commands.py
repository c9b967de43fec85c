"""kg build | query | export | remove | validate | search | stats.

Each ``cmd_<name>(args) -> int`` is a thin shell over :mod:`graph.build`,
:class:`graph.store.KnowledgeStore` and :mod:`queries.registry`; user errors raise
:class:`cnkg.errors.KgError` (one line on stderr, see :func:`api.cli.main`).
"""
from __future__ import annotations

import argparse
import gc
import json
import re
import sys
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from urllib.parse import unquote

from cnkg.errors import KgError

RESULT_FORMATS = ("table", "json", "csv", "tsv", "turtle")
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")
SUMMARY_MAX = 200   # kg build prints store-wide counts and sample facts up to this many articles


# ----------------------------------------------------------------- helpers

def _console():
    from rich.console import Console
    return Console(file=sys.stdout, soft_wrap=False)


def _open(store: str, *, create: bool = False):
    """A local store (directory, ``:memory:``) or a remote one (``http(s)://`` SPARQL endpoint)."""
    from cnkg.graph.stores import open_store
    return open_store(store, create=create)


def _write_bytes(data: bytes, output: str | None = None) -> None:
    if output:
        Path(output).write_bytes(data)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def show_term(term) -> str:
    """A term for people: ``kgr:person/陈洪宛``, ``kg:holdsPost``, a literal's text."""
    from pyoxigraph import NamedNode

    from cnkg.graph.namespaces import KGR, PREFIXES
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        value = term.value
        if value.startswith(KGR):
            return "kgr:" + unquote(value[len(KGR):])
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns) and len(value) > len(ns):
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"
    return getattr(term, "value", str(term))


def _table(title: str | None, columns: list[str], rows) -> "object":
    from rich.table import Table
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


# ----------------------------------------------------------------- build

def cmd_build(args: argparse.Namespace) -> int:
    from cnkg.extract.pipeline import Extractor
    from cnkg.graph.build import build
    from cnkg.graph.stores import redacted

    knowledge = _open(args.store, create=True)
    with _progress(args.paths) as advance:
        report = build(knowledge, args.paths, Extractor.load, force=args.force,
                       min_confidence=args.min_confidence, workers=args.workers,
                       engine=args.engine, progress=advance, follow_symlinks=args.follow_symlinks)
    console = _console()
    console.print(f"built {len(report.built)}, skipped {len(report.skipped)} unchanged, "
                  f"failed {len(report.failed)} → {redacted(args.store)}")
    for path, message in report.failed:      # one line each on stderr, the path once
        print(f"kg build: {message if str(path) in message else f'{path}: {message}'}", file=sys.stderr)
    if len(report.built) + len(report.skipped) <= SUMMARY_MAX:
        _print_summary(console, knowledge, report.built)
    else:   # the summary's counts scan the whole store: time and memory grow with it
        console.print(f"{report.quads} quads written; counts: kg stats --store {redacted(args.store)}")
    return 1 if report.failed else 0


@contextmanager
def _progress(paths):
    """A progress bar on stderr over the articles under ``paths``; yields ``advance(done)``."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from cnkg.graph.sources import article_paths
    total = len(article_paths(paths))
    console = Console(stderr=True)
    with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TimeRemainingColumn(), console=console, disable=not console.is_terminal) as bar:
        task = bar.add_task("build", total=total)
        yield lambda done: bar.update(task, completed=done)


def _print_summary(console, knowledge, built: list[str], n_facts: int = 5) -> None:
    """Entities per type, relations per predicate, and a few facts with their sentence."""
    from cnkg.graph.namespaces import article_iri
    from cnkg.queries.registry import default_registry

    stats = knowledge.stats()
    console.print(_table("entities", ["type", "count"],
                         [(t, str(n)) for t, n in stats.entities.items()]))
    console.print(_table("relations", ["predicate", "count"],
                         [(p, str(n)) for p, n in stats.relations.items()]))
    console.print(f"{stats.graphs} articles, {stats.triples} triples")
    registry = default_registry()
    values = {"article": article_iri(built[0]).value} if len(built) == 1 else {}
    facts = knowledge.query(registry["facts"].text, registry.bind("facts", values))
    rows = [(show_term(r["subjectLabel"]), show_term(r["predicate"]), show_term(r["objectLabel"]),
             show_term(r["sentence"])) for r in islice(facts, n_facts)]
    if rows:
        console.print(_table("some facts and the sentence each came from",
                             ["subject", "predicate", "object", "sentence"], rows))


# ----------------------------------------------------------------- query

_NAME = re.compile(r"[\w.-]+")


def resolve_query(query: str):
    """QUERY as given on the command line → a :class:`queries.registry.NamedQuery`:
    a ``.rq`` file, the name of a bundled query, or SPARQL text."""
    from cnkg.queries.registry import default_registry, parse_query

    if query.endswith(".rq") and "{" not in query:  # SPARQL text always has a group pattern
        path = Path(query)
        return parse_query(path.stem, path.read_text(encoding="utf-8"))
    registry = default_registry()
    if query in registry:
        return registry[query]
    if _NAME.fullmatch(query):
        raise KgError(f"unknown query {query!r}: not a .rq file, not one of {', '.join(registry)}, "
                      "and not SPARQL")
    return parse_query("query", query)


def parse_params(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise KgError(f"--param {pair!r}: expected NAME=VALUE")
        values[name.strip()] = value
    return values


def _adhoc_substitutions(values: dict[str, str]) -> dict:
    """Values for a query without a header: ``<iri>`` or a prefixed name is an IRI,
    anything else a string."""
    from pyoxigraph import Literal, Variable

    from cnkg.queries.registry import to_iri
    subs = {}
    for name, value in values.items():
        if (value.startswith("<") and value.endswith(">")) or re.match(r"(kg|kgr):\S", value):
            try:
                subs[Variable(name)] = to_iri(value)
            except ValueError as exc:
                raise KgError(f"--param {name}={value!r}: {exc}") from None
        else:
            subs[Variable(name)] = Literal(value)
    return subs


def cmd_query(args: argparse.Namespace) -> int:
    from cnkg.graph.limits import InputTooDeep, check_sparql
    from cnkg.queries.registry import bind_params, default_registry

    if args.list or not args.query:
        registry = default_registry()
        _console().print(_table("named queries", ["name", "parameters", "answers"], [
            (q.name, ", ".join(f"{p} ({t}{', optional' if p in q.optional else ''})"
                               for p, t in q.params.items()), q.description)
            for q in registry.values()]))
        return 0
    from cnkg.api.sparql import ProtocolError, scan
    from cnkg.api.syntax import explain

    named = resolve_query(args.query)
    try:
        check_sparql(named.text)      # before pyoxigraph's parser, which a deep text crashes
    except InputTooDeep as exc:
        raise KgError(str(exc)) from None
    values = parse_params(args.param)
    subs = bind_params(named, values) if named.params else _adhoc_substitutions(values)
    try:   # as the server: no SERVICE or LOAD of remote IRIs unless asked for
        scan(named.text).check_remote(allow=args.allow_service)
    except ProtocolError as exc:
        raise KgError(f"{exc}; --allow-service lets kg query make such requests") from None
    knowledge = _open(args.store)
    try:
        result = knowledge.query(named.text, subs)
    except SyntaxError as exc:
        raise KgError(f"syntax error: {explain(named.text, exc)}") from None
    except RuntimeError as exc:  # e.g. a substituted variable missing from the projection
        raise KgError(str(exc)) from None
    write_result(result, args.format)
    return 0


def write_result(result, format: str) -> None:
    """Print a query result: SELECT/ASK as table, json, csv or tsv; CONSTRUCT/DESCRIBE
    as turtle or table."""
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions

    from cnkg.graph.serialize import serialize_triples
    formats = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV,
               "tsv": QueryResultsFormat.TSV}
    if isinstance(result, QuerySolutions):
        if format == "table":
            columns = [v.value for v in result.variables]
            rows = [[show_term(s[c]) for c in columns] for s in result]
            _console().print(_table(None, columns, rows))
            _console().print(f"{len(rows)} rows")
        elif format in formats:
            _write_bytes(result.serialize(format=formats[format]))
        else:
            raise KgError("a SELECT result comes as --format table, json, csv or tsv")
    elif isinstance(result, QueryBoolean):
        if format == "table":
            print("true" if bool(result) else "false")
        elif format in formats:
            _write_bytes(result.serialize(format=formats[format]))
        else:
            raise KgError("an ASK result comes as --format table, json, csv or tsv")
    else:  # QueryTriples
        triples = list(result)
        if format == "turtle":
            _write_bytes(serialize_triples(triples))
        elif format == "table":
            _console().print(_table(None, ["subject", "predicate", "object"],
                                    [[show_term(t.subject), show_term(t.predicate), show_term(t.object)]
                                     for t in triples]))
        else:
            raise KgError("a CONSTRUCT or DESCRIBE result comes as --format turtle or table")


# ----------------------------------------------------------------- export, validate, stats

def cmd_export(args: argparse.Namespace) -> int:
    knowledge = _open(args.store)
    _write_bytes(knowledge.export(args.format, graph=args.graph), args.output)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from cnkg.graph.stores import redacted
    knowledge = _open(args.store)
    conforms, report = knowledge.validate()
    if conforms:
        print(f"{redacted(args.store)}: conforms to ontology/shapes.ttl ({knowledge.stats().graphs} articles)")
        return 0
    print(report)
    print(f"{redacted(args.store)}: does NOT conform to ontology/shapes.ttl")
    return 1


def cmd_stats(args: argparse.Namespace) -> int:
    stats = _open(args.store).stats()
    if args.json:
        print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=1))
        return 0
    console = _console()
    console.print(_table("entities", ["type", "count"], [(t, str(n)) for t, n in stats.entities.items()]))
    console.print(_table("relations", ["predicate", "count"], [(p, str(n)) for p, n in stats.relations.items()]))
    console.print(f"{stats.graphs} articles, {stats.triples} triples, {stats.quads} quads")
    return 0


# ----------------------------------------------------------------- remove

def cmd_remove(args: argparse.Namespace) -> int:
    """Drop articles' graphs; one that is not there is an error once the others are gone."""
    knowledge = _open(args.store)
    missing = []
    for document in args.documents:
        if knowledge.remove_document(document):
            print(f"removed {document}")
        else:
            missing.append(document)
    knowledge.flush()
    if missing:
        raise KgError(f"no article {', '.join(missing)} in the store")
    return 0


# ----------------------------------------------------------------- migrate

def cmd_migrate(args: argparse.Namespace) -> int:
    """Rewrite the entity IRIs of a store built before issue 14 (graph/iri_migration.py)."""
    import pyoxigraph as ox

    from cnkg.graph import iri_migration
    from cnkg.graph.stores import is_remote

    if args.store == ":memory:" or is_remote(args.store):
        raise KgError("kg migrate rewrites a store directory (an in-memory store has nothing to migrate; "
                      "a remote one is migrated on its own server)")
    path = Path(args.store)
    if not path.is_dir():
        if args.if_needed:
            return 0
        raise KgError(f"no store at {path}")
    try:
        store = ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise KgError(f"the store at {path} is in use by another process (a running kg serve or kg build?): "
                          "stop it, then run kg migrate again; nothing was changed") from None
        raise KgError(f"cannot open the store at {path}: {exc}") from None
    if args.if_needed and not iri_migration.needs_migration(store):
        return 0
    report = iri_migration.migrate(store, batch_quads=args.batch_quads,
                                   progress=_migration_progress(), every=args.progress_every)
    store.flush()
    if not report.quads and not report.renamed_graphs:
        print(f"{path}: nothing to migrate (every entity IRI is already in today's form)")
        return 0
    print(f"{path}: rewrote {report.iris:,} entity IRIs in {report.quads:,} quads of {report.graphs:,} graphs "
          f"({report.renamed_graphs:,} renamed) in {report.transactions:,} "
          f"transaction{'s' if report.transactions != 1 else ''}")
    del store
    gc.collect()          # RocksDB: one opener per process; the store again, as a KnowledgeStore
    from cnkg.graph.store import KnowledgeStore
    articles, _ = KnowledgeStore(path).reindex_fulltext()     # it kept the old IRIs (graph/fulltext.py)
    print(f"{path}: full-text index rebuilt ({articles:,} articles)")
    return 0


def _migration_progress():
    """A progress line on stderr: rewritten in place on a terminal, one line per step elsewhere."""
    tty = sys.stderr.isatty()

    def show(scanned: int, total: int, report) -> None:
        line = f"migrating: {scanned:,}/{total:,} quads scanned, {report.quads:,} rewritten"
        print(("\r" + line) if tty else line, end="" if tty and scanned < total else "\n",
              file=sys.stderr, flush=True)
    return show


# ----------------------------------------------------------------- search

def label_index(knowledge):
    """The service's label index (:class:`graph.labels.LabelIndex`) over a local or remote store."""
    from cnkg.graph.labels import LabelIndex
    return LabelIndex.from_store(knowledge.label_store())   # a remote store fetches types and labels


def cmd_search(args: argparse.Namespace) -> int:
    if args.reindex or args.full_text is not None:
        return search_sentences(args)
    if args.text is None:
        raise KgError("give TEXT (entities by label), --text QUERY (sentences) or --reindex")
    from cnkg.graph.labels import ENTITY_CLASSES
    if args.type is not None and args.type not in ENTITY_CLASSES:
        raise KgError(f"unknown type {args.type!r} (one of {', '.join(ENTITY_CLASSES)})")
    total, hits = label_index(_open(args.store)).search(args.text, type=args.type, limit=args.limit)
    if args.json:
        print(json.dumps({"total": total, "items": [h.to_json() for h in hits]}, ensure_ascii=False, indent=1))
        return 0
    console = _console()
    console.print(_table(None, ["label", "type", "id", "matched"],
                         [(h.entity.label, h.entity.type or "", h.entity.id, h.matched) for h in hits]))
    console.print(f"{len(hits)} of {total} entities")
    return 0


def _local_store(args: argparse.Namespace):
    from cnkg.graph.stores import is_remote
    if is_remote(args.store):
        raise KgError("full-text search needs a local store directory: a remote store has no sentence "
                      "index (kg search TEXT finds entities there; SPARQL over kg:sentence finds sentences)")
    return _open(args.store, create=False)


def search_sentences(args: argparse.Namespace) -> int:
    """kg search --text QUERY / --reindex: the sentence index (graph/fulltext.py)."""
    from cnkg.graph.stores import redacted
    if args.text is not None:
        raise KgError("give either TEXT (entities by label) or --text QUERY (sentences), not both")
    knowledge = _local_store(args)
    if args.reindex:
        articles, sentences = knowledge.reindex_fulltext()
        print(f"full-text index rebuilt: {articles:,} articles, {sentences:,} sentences "
              f"→ {redacted(args.store)}", file=sys.stderr)
        if args.full_text is None:
            return 0
    page = knowledge.fulltext.search(args.full_text, limit=args.limit, offset=args.offset)
    if args.json:
        print(json.dumps(page.to_json(), ensure_ascii=False, indent=1))
        return 0
    from rich.console import Console
    console = Console(file=sys.stdout, soft_wrap=True)     # a sentence per line, unbroken
    for hit in page.hits:
        console.print(f"[bold]{escape(hit.title or hit.document)}[/bold] [dim]({escape(hit.document)}, "
                      f"sentence {hit.index})[/dim]")
        console.print("  " + highlighted(hit.text, hit.matches, styled=console.is_terminal))
        if hit.entities:
            console.print("  [dim]" + escape("、".join(f"{e['label']} ({e['type']})" for e in hit.entities))
                          + "[/dim]")
    shown = f"{page.offset + 1}–{page.offset + len(page.hits)} of " if page.hits else ""
    console.print(f"{shown}{page.total} sentences")
    return 0


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape
    return rich_escape(text)


def highlighted(text: str, matches: list[tuple[int, int]], *, styled: bool = True) -> str:
    """Rich markup of ``text`` with the matched spans in reverse video on a terminal, else
    between « and » (so a pipe or a file shows them too).

    >>> highlighted("加强智慧社区建设", [(2, 6)], styled=False)
    '加强«智慧社区»建设'
    """
    out, at = [], 0
    for start, end in matches:
        out.append(escape(text[at:start]))
        match = escape(text[start:end])
        out.append(f"[reverse bold]{match}[/reverse bold]" if styled else f"«{match}»")
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


# ----------------------------------------------------------------- registration

def register(sub, add_store) -> None:
    """Adds the graph-side subcommands."""
    p = sub.add_parser("build", help="extract articles into the store (unchanged ones are skipped)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or directories of them")
    add_store(p)
    p.add_argument("--force", action="store_true", help="rebuild unchanged articles too")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="read symbolic links in a folder that point outside it (default: refused)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop entities and relations below this confidence")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract in N processes (default 1: in this process)")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local processes, or a Ray cluster (RAY_ADDRESS; pip install '.[distributed]')")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run SPARQL, a .rq file or a named query (see --list)")
    p.add_argument("query", nargs="?", metavar="QUERY|FILE.rq|NAME")
    add_store(p)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a query parameter (repeatable)")
    p.add_argument("--format", choices=RESULT_FORMATS, default="table")
    p.add_argument("--list", action="store_true", help="list the named queries")
    p.add_argument("--allow-service", action="store_true",
                   help="let SERVICE and LOAD reach remote endpoints (refused by default, as by the server)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write the store (or one graph) as RDF")
    add_store(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="trig",
                   help="trig (default) and nquads keep one graph per article; turtle is their union")
    p.add_argument("--graph", metavar="IRI|DOC", help="only this article's graph")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("remove", help="remove articles: their graphs (and their sentences in the full-text index)")
    p.add_argument("documents", nargs="+", metavar="DOCUMENT", help="document ids (as kg build named them)")
    add_store(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("validate", help="check the store against the SHACL shapes")
    add_store(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("search", help="find entities by label or alias, or (--text) sentences by their words")
    p.add_argument("text", nargs="?", metavar="TEXT", help="text inside a label or alias (zh or en)")
    p.add_argument("--text", dest="full_text", metavar="QUERY",
                   help="full-text search over the articles' sentences (as GET /search?q=); "
                        "white space separates terms that must all occur")
    p.add_argument("--reindex", action="store_true",
                   help="rebuild the sentence index from the store (it is kept in step by every write "
                        "and caught up on open; this starts it afresh)")
    add_store(p)
    p.add_argument("--type", metavar="T", help="only entities of this type (Person, Agency, …)")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="with --text: hits to skip")
    p.add_argument("--json", action="store_true", help="print JSON (as GET /entities?q= or GET /search?q=)")
    p.set_defaults(func=cmd_search)

    from cnkg.graph.iri_migration import BATCH_QUADS
    p = sub.add_parser("migrate", help="rewrite a store's old percent-encoded entity IRIs in today's form "
                                       "(kgr:person/张兵); safe to run twice")
    add_store(p)
    p.add_argument("--batch-quads", type=int, default=BATCH_QUADS, metavar="N",
                   help=f"rewritten quads per transaction (default {BATCH_QUADS:,}: a store under it "
                        "is migrated in one transaction)")
    p.add_argument("--if-needed", action="store_true",
                   help="only if the store looks old (a few sampled IRIs, no scan), silently otherwise "
                        "and for a missing store: what make build runs")
    p.add_argument("--progress-every", type=int, default=50_000, metavar="N", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("stats", help="entities per type, relations per predicate")
    add_store(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)
