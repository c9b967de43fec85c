"""One query worker process: evaluates SPARQL queries over a read-only store handle.

Started by :class:`api.query_pool.ProcessPool` as ``python -m cnkg.api.query_worker FD``
with one end of a socket pair as FD. Each job names the store directory to read (a
checkpoint of the service's store, or the store itself when it is served read-only);
the handle is reopened when that changes. The answer is a pickled
:class:`api.sparql.Result` or ``("error", kind, message)``. The parent kills this
process when its query passes the deadline, and a native crash here (a stack
overflow in pyoxigraph) ends only this process: the parent answers that one request
with 500 and starts another worker.

Keep the imports light: a replacement worker starts while requests wait.
"""
from __future__ import annotations

import signal
import sys
import traceback
from multiprocessing.connection import Connection


def serve(conn: Connection) -> None:
    import pyoxigraph as ox

    from cnkg.api.sparql import QueryTimeout, evaluate

    store, opened = None, None
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return                          # the service has gone
        path, op, max_rows, deadline = job
        try:
            if path != opened:
                store, opened = None, None
                store, opened = ox.Store.read_only(path), path
            answer = ("ok", evaluate(store, op, max_rows=max_rows, deadline=deadline))
        except QueryTimeout as exc:
            answer = ("timeout", "QueryTimeout", str(exc))
        except SyntaxError as exc:
            answer = ("error", "SyntaxError", str(exc))
        except Exception as exc:            # OSError reading the store, a ValueError of a term …
            answer = ("error", type(exc).__name__, str(exc))
            traceback.clear_frames(exc.__traceback__)
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the service stops its workers itself
    serve(Connection(int(sys.argv[1])))


if __name__ == "__main__":
    main()
