"""The fact rules: Doc → entities and relations, one module per kind of fact over one shared
:class:`~cnkg.extract.rules.context.FactContext` (extract/builder.py runs them in order)."""
