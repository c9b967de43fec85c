"""Errors a user can cause: the ground floor every layer may import (it imports nothing of ours).

The CLI shows one as one line on stderr with a non-zero exit; the service as a 4xx problem+json."""


class KgError(Exception):
    """A user-facing error: bad input, missing file, unknown query name …"""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


class NotFound(KgError):
    """A named thing that does not exist: a named query, an entity, a document (→ 404)."""


class Conflict(KgError):
    """A write that would replace something without being asked to (→ 409)."""

    def __init__(self, message: str, *, existing: str | None = None):
        super().__init__(message)
        self.existing = existing
