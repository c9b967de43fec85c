"""Query worker processes that can be killed: a deadline frees its worker at once.

pyoxigraph cannot cancel a query: a thread running a huge aggregate keeps its core
until the aggregate ends (minutes), whatever the request's deadline. So the service
evaluates SPARQL queries over an on-disk store in worker processes
(:mod:`api.query_worker`), each reading the store through ``Store.read_only``:

* a query past its deadline has its worker killed (SIGKILL) and a new one started, so
  the capacity comes back at once (503 for that request);
* a native crash in a worker (a stack overflow that the depth limits missed) fails
  only its request (500) and the worker is replaced;
* a read-only handle on a store another process writes is undefined behaviour in
  RocksDB, so a writable store is not read directly: after each write the service
  takes a checkpoint of it (``Store.backup``: hard links, ~10 ms) into
  ``<store>.snapshots/`` and the workers read that. A store served read-only
  (``kg serve --workers N``) is read in place.

Updates, and every query over an in-memory store (which another process cannot
open), keep running in threads (:class:`api.sparql.QueryRunner`).

Anonymous clients (no write token) may have at most ``per_client`` *long* queries
(running longer than ``long_after`` seconds) at once per address while another client
has a query waiting or running; beyond that a new query is refused at once with 503 and
``Retry-After`` (a client alone with the service just queues for a worker).
"""
from __future__ import annotations

import asyncio
import contextvars
import hmac
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

#: the address of the anonymous client of the current request (None: a token holder, or no request)
current_client: contextvars.ContextVar[str | None] = contextvars.ContextVar("kg_current_client", default=None)

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])   # where ``cnkg`` can be imported from


class WorkerLost(Exception):
    """The worker process died while evaluating (a native crash)."""


class WorkerDeadline(Exception):
    """The worker did not answer before the deadline; it has been killed."""


class Worker:
    """One ``python -m cnkg.api.query_worker`` process (or another worker ``module``) and
    its end of a socket pair."""

    def __init__(self, module: str = "cnkg.api.query_worker"):
        mine, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", module, str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env,
                start_new_session=True)             # Ctrl-C reaches the service, which stops us
        finally:
            theirs.close()
        self.conn = Connection(mine.detach())
        self.ready = False
        self.snapshot: Snapshot | None = None

    def evaluate(self, path: str, op, max_rows: int, deadline: float):
        """Send one job and wait for its answer until ``deadline`` (``time.monotonic()``).

        :raises WorkerDeadline: when the deadline passes (the process is killed).
        :raises WorkerLost: when the process dies.
        """
        try:
            if not self.ready:
                self._receive(deadline)              # ("ready",) once its imports are done
                self.ready = True
            self.conn.send((path, op, max_rows, deadline))
            return self._receive(deadline)
        except (EOFError, ConnectionError, OSError) as exc:
            self.kill()
            raise WorkerLost(f"the query worker stopped ({self._exit()})") from exc

    def _receive(self, deadline: float):
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            self.kill()
            raise WorkerDeadline()
        return self.conn.recv()

    def _exit(self) -> str:
        code = self.process.poll()
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"signal {-code}"
        return f"exit status {code}"

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


class Snapshot:
    """A directory the workers open read-only, and how many of them have it open."""

    def __init__(self, path: str, generation: int, owned: bool):
        self.path, self.generation, self.owned = path, generation, owned
        self.users = 0


class Snapshots:
    """Checkpoints of the service's writable store, one per write generation, taken
    when a query first needs one; a superseded checkpoint is deleted once no worker
    has it open. For a store served read-only, the store directory itself."""

    def __init__(self, store: ox.Store, path: str, *, read_only: bool):
        self._store, self._lock = store, threading.Lock()
        self._generation = 0
        if read_only:
            self._folder = None
            self._current = Snapshot(path, 0, owned=False)
        else:
            self._folder = Path(path).resolve().with_name(Path(path).resolve().name + ".snapshots")
            shutil.rmtree(self._folder, ignore_errors=True)     # left by a killed service
            self._folder.mkdir(parents=True, exist_ok=True)
            self._current = None
        self._taken = 0

    def changed(self) -> None:
        """The store was written: the next query reads a new checkpoint."""
        with self._lock:
            self._generation += 1

    def current(self) -> Snapshot:
        """The checkpoint of the store's present state (blocking: run it in a thread)."""
        with self._lock:
            if self._current is None or (self._folder is not None and self._current.generation != self._generation):
                self._taken += 1
                target = self._folder / f"g{self._generation}-{self._taken}"
                self._store.backup(str(target))
                old, self._current = self._current, Snapshot(str(target), self._generation, owned=True)
                if old is not None:
                    self._drop_if_unused(old)
            return self._current

    def use(self, worker: Worker, snapshot: Snapshot) -> None:
        with self._lock:
            if worker.snapshot is snapshot:
                return
            if worker.snapshot is not None:
                worker.snapshot.users -= 1
                self._drop_if_unused(worker.snapshot)
            worker.snapshot = snapshot
            snapshot.users += 1

    def forget(self, worker: Worker) -> None:
        with self._lock:
            if worker.snapshot is not None:
                worker.snapshot.users -= 1
                self._drop_if_unused(worker.snapshot)
                worker.snapshot = None

    def _drop_if_unused(self, snapshot: Snapshot) -> None:
        if snapshot.owned and snapshot.users <= 0 and snapshot is not self._current:
            shutil.rmtree(snapshot.path, ignore_errors=True)

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


class ProcessPool:
    """``size`` worker processes; a request takes an idle one within its deadline."""

    def __init__(self, store: ox.Store, path: str, *, size: int, read_only: bool):
        self.size = size
        self.snapshots = Snapshots(store, path, read_only=read_only)
        self._workers = [Worker() for _ in range(size)]
        self._idle: asyncio.Queue | None = None
        self._closed = False
        self.replaced = 0            # workers killed at a deadline or lost to a crash

    def _queue(self) -> asyncio.Queue:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        return self._idle

    @property
    def idle(self) -> int:
        return self._queue().qsize()

    async def acquire(self, deadline: float) -> Worker:
        """An idle worker, or TimeoutError when none becomes idle before ``deadline``."""
        queue = self._queue()
        if not queue.empty():
            return queue.get_nowait()
        return await asyncio.wait_for(queue.get(), max(0.0, deadline - time.monotonic()))

    def evaluate(self, worker: Worker, op, max_rows: int, deadline: float, loop: asyncio.AbstractEventLoop):
        """Run ``op`` in ``worker`` (blocking: in a thread); gives the worker back to the
        pool, or a new one in its place when it was killed or died."""
        keep = False
        try:
            snapshot = self.snapshots.current()
            self.snapshots.use(worker, snapshot)
            answer = worker.evaluate(snapshot.path, op, max_rows, deadline)
            keep = True
            return answer
        finally:
            if not keep:
                self.snapshots.forget(worker)
                worker.kill()
                self.replaced += 1
            loop.call_soon_threadsafe(self._give_back, worker if keep else None)

    def _give_back(self, worker: Worker | None) -> None:
        if self._closed:
            if worker is not None:
                worker.kill()
            return
        if worker is None:
            worker = Worker()
            self._workers = [w for w in self._workers if w.alive] + [worker]
        self._queue().put_nowait(worker)

    def close(self) -> None:
        self._closed = True
        for worker in self._workers:
            worker.kill()
        self.snapshots.close()


class AnonymousClients:
    """Pure ASGI: sets :data:`current_client` to the client's address for a request
    without the write token (a token holder is not limited per address)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(("/sparql", "/queries")):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("unknown",))[0]
        service = getattr(scope["app"].state, "service", None) if "app" in scope else None
        token = getattr(service, "token", None)
        if token:
            for name, value in scope["headers"]:
                if name == b"authorization":
                    scheme, _, given = value.decode("latin-1").partition(" ")
                    if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
                        client = None
                    break
        marker = current_client.set(client)
        try:
            await self.app(scope, receive, send)
        finally:
            current_client.reset(marker)
