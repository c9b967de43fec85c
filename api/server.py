"""kg serve: the HTTP service."""


def register(sub, add_store) -> None:
    """Adds the serve subcommand (filled in by the service work)."""
