"""kg serve: the HTTP service (uvicorn over :func:`api.app.create_app`).

``--workers N`` runs N processes (uvicorn's supervisor) that share the listening
socket. Several processes can only share an on-disk store for reading: each opens it
with ``Store.read_only``, so N > 1 needs a store directory and no token (no writes).
The default is the number of CPUs for a read-only directory store, otherwise 1 (one
process owns a writable store). Don't run ``kg build`` on a store served read-only.

Slow and idle clients (:class:`GuardedHttpTools`, over uvicorn's httptools protocol):
a request's headers must arrive within ``header_timeout`` seconds of the connection
(or of the request's first byte on a kept-alive one), its body within ``body_timeout``
seconds of the headers, else the connection is closed (408 when no response has
started); an idle kept-alive connection is closed after ``keep_alive_timeout``; at
``max_connections`` open connections, a new one is accepted after closing the one that
has waited longest for a request, so a flood of idle sockets can neither use up the
process's file limit nor keep new clients out.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from cnkg.errors import KgError
from cnkg.graph.store import MEMORY
from cnkg.graph.stores import is_remote

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:            # uvicorn without httptools: its h11 protocol, without the read timeouts
    HttpToolsProtocol = None


def default_max_connections() -> int:
    """Half the soft file limit (the store, worker pipes and logs need the rest), at most 4,096."""
    try:
        import resource
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, ValueError, OSError):
        return 1024
    if soft == resource.RLIM_INFINITY:
        return 4096
    return max(16, min(4096, soft // 2))


#: connections whose request is not fully in yet (new, kept alive, or sending slowly), oldest first
_WAITING: dict = {}

if HttpToolsProtocol is not None:
    class GuardedHttpTools(HttpToolsProtocol):
        """uvicorn's httptools protocol with read timeouts and a cap on open connections.

        The limits are class attributes set by :func:`configure_protocol` (one server per
        process); uvicorn's worker processes read them from the ``KG_*`` environment.
        """
        header_timeout: float | None = None
        body_timeout: float | None = None
        max_connections: int | None = None
        refused_connections = 0        # closed at once: over max_connections
        timed_out = 0                  # closed for reading too slowly

        def connection_made(self, transport) -> None:
            if GuardedHttpTools.max_connections is None:
                configure_protocol(None)
            super().connection_made(transport)
            self._read_timer = None
            self._read_by = None           # loop time the request being read must be in by; None: not reading
            self._headers_done = False
            if len(self.connections) > GuardedHttpTools.max_connections:
                # over the cap: make room by closing the connection that has waited longest
                # for a request (an idle or slow one); if every one is busy, refuse this one
                GuardedHttpTools.refused_connections += 1
                oldest = next(iter(_WAITING), None)
                if oldest is None:
                    transport.abort()
                    return
                _WAITING.pop(oldest, None)
                oldest.transport.abort()
            _WAITING[self] = None
            self._reading(GuardedHttpTools.header_timeout)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._headers_done = False
            self._reading(GuardedHttpTools.header_timeout)

        def on_headers_complete(self) -> None:
            super().on_headers_complete()
            self._headers_done = True
            self._read_by = self.loop.time() + GuardedHttpTools.body_timeout

        def on_message_complete(self) -> None:
            super().on_message_complete()
            _WAITING.pop(self, None)               # the whole request is in: being answered
            self._read_by = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and not self.pipeline:
                _WAITING[self] = None              # kept alive, idle: first to go when over the cap

        def connection_lost(self, exc) -> None:
            _WAITING.pop(self, None)
            self._read_by = None
            if self._read_timer is not None:
                self._read_timer.cancel()
                self._read_timer = None
            super().connection_lost(exc)

        def _reading(self, seconds: float) -> None:
            # one timer per connection, moved on lazily: a request costs a float, not a timer
            self._read_by = self.loop.time() + seconds
            if self._read_timer is None:
                self._read_timer = self.loop.call_at(self._read_by, self._check_read)

        def _check_read(self) -> None:
            self._read_timer = None
            if self._read_by is None or self.transport.is_closing():
                return
            if self.loop.time() < self._read_by:
                self._read_timer = self.loop.call_at(self._read_by, self._check_read)
                return
            GuardedHttpTools.timed_out += 1
            if not self._headers_done and (self.cycle is None or self.cycle.response_complete):
                self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                                     b"connection: close\r\ncontent-length: 40\r\n\r\n"
                                     b"the request did not arrive in time: 408\n")
            self.transport.close()
else:
    GuardedHttpTools = None


def configure_protocol(settings) -> None:
    """Set :class:`GuardedHttpTools`'s limits from ``settings`` (the environment's when None)."""
    if GuardedHttpTools is None:
        return
    if settings is None:
        from cnkg.api.settings import get_settings
        settings = get_settings()
    GuardedHttpTools.header_timeout = settings.header_timeout
    GuardedHttpTools.body_timeout = settings.body_timeout
    GuardedHttpTools.max_connections = settings.max_connections or default_max_connections()


def uvicorn_options(settings) -> dict:
    """The uvicorn settings that guard against slow and idle clients (also used by tests)."""
    configure_protocol(settings)
    options = {"timeout_keep_alive": settings.keep_alive_timeout, "backlog": 2048}
    if GuardedHttpTools is not None:
        options["http"] = GuardedHttpTools
    return options


def default_workers(store: str, token: bool) -> int:
    """CPUs for a read-only on-disk store; 1 with writes (a token) or in memory."""
    return 1 if token or store == MEMORY else (os.cpu_count() or 1)


def check_store(store: str, *, writable: bool = False) -> None:
    """Refuse, with one line, a store ``kg serve`` cannot open: a missing directory, one
    another process holds (RocksDB allows one writer), a SPARQL server that does not answer
    or refuses the user.

    :raises KgError: naming the store and what to do.
    """
    if store == MEMORY:
        return
    if is_remote(store):            # the server answers, and takes the user and password
        from cnkg.graph.remote import RemoteStore
        with RemoteStore(store) as remote:
            remote.ping()
        return
    path = Path(store)
    if not path.is_dir():
        raise KgError(f"no store at {store} (build one with: kg build ARTICLES --store {store}; "
                      "or serve an empty one with --store :memory:)")
    import gc

    import pyoxigraph as ox
    try:
        probe = ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
    except OSError as exc:
        raise KgError(f"cannot open the store at {store}: {exc}") from None
    del probe
    gc.collect()


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
    token = settings.token()                  # an unreadable token file fails now, not on first write
    workers = args.workers or default_workers(settings.store, token is not None)
    # a missing or locked store: one line now, not a traceback per worker
    check_store(settings.store, writable=workers == 1 and not settings.read_only_store)
    if workers > 1 and (token is not None or settings.store == MEMORY):
        raise SystemExit("kg serve: --workers > 1 needs an on-disk store and no --token-file "
                         "(worker processes share the store read-only)")
    # uvicorn[standard]: uvloop + httptools are picked automatically; access logs cost throughput
    options = {"host": settings.host, "port": settings.port, "log_level": args.log_level,
               "access_log": args.access_log, **uvicorn_options(settings)}
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
