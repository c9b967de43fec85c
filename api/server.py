"""kg serve: the HTTP service (uvicorn over :func:`api.app.create_app`).

``--workers N`` runs N processes (uvicorn's supervisor) that share the listening
socket. Several processes can only share an on-disk store for reading: each opens it
with ``Store.read_only``, so N > 1 needs a store directory and no token (no writes).
The default is the number of CPUs for a read-only directory store, otherwise 1 (one
process owns a writable store). Don't run ``kg build`` on a store served read-only.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from cnkg.graph.store import MEMORY


def default_workers(store: str, token: bool) -> int:
    """CPUs for a read-only on-disk store; 1 with writes (a token) or in memory."""
    return 1 if token or store == MEMORY else (os.cpu_count() or 1)


def app_from_environment():
    """The app of one worker process: settings from the ``KG_*`` environment (uvicorn factory)."""
    from cnkg.api.app import create_app
    from cnkg.api.settings import Settings
    return create_app(Settings())


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from cnkg.api.app import create_app
    from cnkg.api.settings import Settings

    overrides = {"store": args.store, "host": args.host, "port": args.port}
    if args.token_file is not None:
        overrides["token_file"] = args.token_file
    if args.query_timeout is not None:
        overrides["query_timeout"] = args.query_timeout
    if args.cors_origin:
        overrides["cors_origins"] = args.cors_origin
    settings = Settings(**overrides)          # flags over KG_* environment variables
    from cnkg.graph.stores import is_remote, redacted
    if is_remote(settings.store):             # not a folder named "http:"
        from cnkg.api.errors import KgError
        raise KgError(f"serving a remote store ({redacted(settings.store)}) is not supported yet: "
                      "kg query, export, stats, validate, search and build work on it; "
                      "kg serve needs a store directory")
    token = settings.token()                  # an unreadable token file fails now, not on first write
    workers = args.workers or default_workers(settings.store, token is not None)
    if workers > 1 and (token is not None or settings.store == MEMORY):
        raise SystemExit("kg serve: --workers > 1 needs an on-disk store and no --token-file "
                         "(worker processes share the store read-only)")
    # uvicorn[standard]: uvloop + httptools are picked automatically; access logs cost throughput
    options = {"host": settings.host, "port": settings.port, "log_level": args.log_level,
               "access_log": args.access_log}
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return 0
    # worker processes build their app from the environment: pass the settings there
    for name, value in settings.model_dump(exclude_unset=True).items():
        os.environ["KG_" + name.upper()] = json.dumps(value) if isinstance(value, list) else str(value)
    os.environ["KG_READ_ONLY_STORE"] = "true"
    uvicorn.run("cnkg.api.server:app_from_environment", factory=True, workers=workers, **options)
    return 0


def register(sub, add_store) -> None:
    """Adds ``kg serve [--store DIR] [--host 127.0.0.1] [--port 8000] [--token-file F]``."""
    p = sub.add_parser("serve", help="serve SPARQL, the graph store and the entity API over HTTP")
    add_store(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token-file", type=Path, default=None, metavar="F",
                   help="file holding the bearer token that allows writes (default: read-only)")
    p.add_argument("--query-timeout", type=float, default=None, metavar="S",
                   help="seconds before a /sparql query ends with 503 (default 10, or KG_QUERY_TIMEOUT)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow this origin by CORS (repeatable; default: none)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="server processes sharing the store read-only (default: CPUs without a token, "
                        "else 1; N > 1 needs no token)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--access-log", action="store_true", help="log every request (costs throughput)")
    p.set_defaults(func=cmd_serve)
