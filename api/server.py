"""kg serve: the HTTP service (uvicorn over :func:`api.app.create_app`)."""
from __future__ import annotations

import argparse
from pathlib import Path


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    overrides = {"store": args.store, "host": args.host, "port": args.port}
    if args.token_file is not None:
        overrides["token_file"] = args.token_file
    if args.query_timeout is not None:
        overrides["query_timeout"] = args.query_timeout
    if args.cors_origin:
        overrides["cors_origins"] = args.cors_origin
    settings = Settings(**overrides)          # flags over KG_* environment variables
    settings.token()                          # an unreadable token file fails now, not on first write
    # uvicorn[standard]: uvloop + httptools are picked automatically; access logs cost throughput
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level=args.log_level, access_log=args.access_log)
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
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--access-log", action="store_true", help="log every request (costs throughput)")
    p.set_defaults(func=cmd_serve)
