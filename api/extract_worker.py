"""One extraction worker process: runs the extractor for ``POST /extract`` previews and
document ingest.

Started by :class:`api.extract_pool.PreviewExtractor` as ``python -m cnkg.api.extract_worker FD``
(:mod:`api.worker_loop`). It loads the extractor, says ``("ready",)``, then answers each
pickled :class:`extract.reader.Article` with ``("ok", Extraction)`` or ``("error", kind,
message)`` (``KgError`` for a text the extractor refuses). The service kills this process
when an extraction passes its time limit (a thread running spaCy cannot be stopped), and
starts another for the next one.
"""
from __future__ import annotations

from multiprocessing.connection import Connection

from cnkg.api.worker_loop import answer_jobs, run


def serve(conn: Connection) -> None:
    from cnkg.extract.pipeline import Extractor

    extractor = Extractor.load()
    answer_jobs(conn, extractor.extract)


if __name__ == "__main__":
    run(serve)
