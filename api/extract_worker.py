"""One extraction worker process: runs the extractor for ``POST /extract`` previews.

Started by :class:`api.extract_pool.PreviewExtractor` as ``python -m cnkg.api.extract_worker FD``
with one end of a socket pair as FD. It loads the extractor, says ``("ready",)``, then
answers each pickled :class:`extract.reader.Article` with ``("ok", Extraction)`` or
``("error", kind, message)``. The service kills this process when a preview passes its
time limit (a thread running spaCy cannot be stopped), and starts another on the next
preview.
"""
from __future__ import annotations

import signal
import sys
import traceback
from multiprocessing.connection import Connection


def serve(conn: Connection) -> None:
    from cnkg.errors import KgError
    from cnkg.extract.pipeline import Extractor

    extractor = Extractor.load()
    conn.send(("ready",))
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError):
            return                          # the service has gone
        try:
            answer = ("ok", extractor.extract(article))
        except KgError as exc:
            answer = ("error", "KgError", str(exc))
        except Exception as exc:            # a bug in a rule: that preview fails, the worker goes on
            answer = ("error", type(exc).__name__, str(exc))
            traceback.clear_frames(exc.__traceback__)
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the service stops its worker itself
    serve(Connection(int(sys.argv[1])))


if __name__ == "__main__":
    main()
