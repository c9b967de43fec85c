"""kg build | query | export | validate | stats."""


def register(sub, add_store) -> None:
    """Adds the graph-side subcommands (filled in by graph/)."""
