"""Errors a user can cause, shown as one line by the CLI and as 4xx by the service."""


class KgError(Exception):
    """A user-facing error: bad input, missing file, unknown query name …"""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
