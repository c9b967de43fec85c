"""The loop both worker processes run (:mod:`api.query_worker`, :mod:`api.extract_worker`).

A worker is started as ``python -m MODULE FD`` with one end of a socket pair as FD. It
says ``("ready",)`` once it has loaded what it needs, then answers each pickled job with
``("ok", result)``, ``("timeout", kind, message)`` for the exceptions it was told are
time-outs, or ``("error", kind, message)`` for any other (a bug fails that job, the worker
goes on). The service kills the process at its deadline or when it is told to stop.
"""
from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection


def answer_jobs(conn: Connection, handle: Callable, *, timeouts: tuple[type[BaseException], ...] = ()) -> None:
    """Say ready, then answer jobs until the service closes its end."""
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return                          # the service has gone
        try:
            answer = ("ok", handle(job))
        except timeouts as exc:
            answer = ("timeout", type(exc).__name__, str(exc))
        except Exception as exc:
            answer = ("error", type(exc).__name__, str(exc))
            traceback.clear_frames(exc.__traceback__)
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


def run(serve: Callable[[Connection], None]) -> None:
    """A worker's ``main``: the service stops it itself, so Ctrl-C in its terminal does not."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    serve(Connection(int(sys.argv[1])))
