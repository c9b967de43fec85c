"""Errors a user can cause: the ground floor every layer may import (it imports nothing of ours).

The CLI shows one as one line on stderr with a non-zero exit; the service as a 4xx problem+json."""


class KgError(Exception):
    """A user-facing error: bad input, missing file, unknown query name …"""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
