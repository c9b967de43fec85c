"""Extraction for the service (``POST /extract`` previews and document ingest) in a worker
process that is killed at the time limit.

The extractor (spaCy, LAC on ONNX Runtime) cannot be interrupted in a thread, so a
preview runs in one worker process (:mod:`api.extract_worker`, started on the first
preview and kept for the next ones): past ``timeout`` seconds the process is killed
(SIGKILL) and the request gets 503; the next preview starts a fresh worker. One preview
runs at a time; another asked for meanwhile gets 503 with ``Retry-After`` at once, while an
ingest (``POST``/``PUT /documents``) waits its turn within its own, longer limit.
The worker's start (imports and the extractor's load, a few seconds) counts against
the first preview's time.
"""
from __future__ import annotations

import threading
import time

from cnkg.api.query_pool import Worker, WorkerDeadline, WorkerLost
from cnkg.errors import KgError


class PreviewBusy(Exception):
    """Another preview is being extracted."""


class PreviewTimeout(Exception):
    """The preview passed its time limit; its worker has been killed."""


class PreviewExtractor:
    """One extraction worker process, used by one preview at a time."""

    def __init__(self):
        self._lock = threading.Lock()
        self._worker: Worker | None = None
        self.killed = 0                 # workers killed at a time limit
        self.last_killed_pid: int | None = None

    def extract(self, article, timeout: float, *, wait: float = 0.0):
        """The article's :class:`extract.model.Extraction`, from the worker (blocking).

        :raises PreviewBusy: while another extraction runs: at once, or after ``wait``
            seconds (an ingest queues for the worker; a preview does not).
        :raises PreviewTimeout: after ``timeout`` seconds (the worker is killed).
        :raises KgError: for a text the extractor refuses.
        """
        if not (self._lock.acquire(timeout=wait) if wait > 0 else self._lock.acquire(blocking=False)):
            raise PreviewBusy()
        try:
            deadline = time.monotonic() + timeout
            worker = self._worker
            if worker is None or not worker.alive:
                worker = self._worker = Worker("cnkg.api.extract_worker")
            try:
                if not worker.ready:
                    worker._receive(deadline)          # ("ready",): imports and the extractor loaded
                    worker.ready = True
                worker.conn.send(article)
                answer = worker._receive(deadline)
            except WorkerDeadline:             # Worker._receive has killed it
                self._worker = None
                self.killed += 1
                self.last_killed_pid = worker.process.pid
                raise PreviewTimeout() from None
            except (EOFError, ConnectionError, OSError) as exc:
                worker.kill()
                self._worker = None
                raise WorkerLost(f"the extraction worker stopped ({worker._exit()})") from exc
        finally:
            self._lock.release()
        if answer[0] == "ok":
            return answer[1]
        _, kind, message = answer
        if kind == "KgError":
            raise KgError(message)
        raise RuntimeError(f"the extractor failed: {kind}: {message}")

    @property
    def process(self):
        """The worker's process (None before the first preview and after a kill)."""
        return None if self._worker is None else self._worker.process

    def close(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.kill()
