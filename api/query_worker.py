"""One query worker process: evaluates SPARQL queries over a read-only store handle.

Started by :class:`api.query_pool.ProcessPool` as ``python -m cnkg.api.query_worker FD``
with one end of a socket pair as FD (:mod:`api.worker_loop`). Each job names the store directory to read (a
checkpoint of the service's store, or the store itself when it is served read-only);
the handle is reopened when that changes. The answer is a pickled
:class:`api.sparql.Result` or ``("error", kind, message)``. The parent kills this
process when its query passes the deadline, and a native crash here (a stack
overflow in pyoxigraph) ends only this process: the parent answers that one request
with 500 and starts another worker.

Keep the imports light: a replacement worker starts while requests wait.
"""
from __future__ import annotations

from multiprocessing.connection import Connection

from cnkg.api.worker_loop import answer_jobs, run


def serve(conn: Connection) -> None:
    import pyoxigraph as ox

    from cnkg.api.sparql import QueryTimeout, evaluate

    store, opened = None, None

    def query(job):
        nonlocal store, opened
        path, op, max_rows, deadline = job
        if path != opened:
            store, opened = None, None
            store, opened = ox.Store.read_only(path), path
        return evaluate(store, op, max_rows=max_rows, deadline=deadline)

    answer_jobs(conn, query, timeouts=(QueryTimeout,))


if __name__ == "__main__":
    run(serve)
