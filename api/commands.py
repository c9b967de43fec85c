"""Graph-side and service subcommands of ``kg``, registered by their own modules."""


def register(sub, add_store) -> None:
    from cnkg.api import graph_commands, server

    graph_commands.register(sub, add_store)
    server.register(sub, add_store)
