"""Named SPARQL queries: every ``queries/*.rq`` file, keyed by its file stem.

Each file opens with a comment header: first what the query answers, then one line
per parameter::

    # Officials: who holds which post in which body.
    # param: body (iri, optional) -- only the officials of this body

A parameter is a variable of the query's SELECT projection. Values are bound with
pyoxigraph ``substitutions`` ({Variable: term}) made by :meth:`QueryRegistry.bind`,
never pasted into the query text. An optional parameter that is not given stays
unbound. (Oxigraph substitutes into patterns and expressions but not into
``BOUND(?x)``: test a parameter with ``COALESCE(?x, "none") = "none"`` instead.)

Parameter types and what the string value may be:

- ``iri``: an absolute IRI (``https://…``, ``<https://…>``), a prefixed name
  (``kg:holdsPost``, ``kgr:person/陈洪宛``), an entity key (``person/陈洪宛``) or a bare
  ontology term (``holdsPost``, ``Agency``).
- ``string``: any text, as an ``xsd:string`` literal.
- ``integer``, ``decimal``: a number.

>>> reg = QueryRegistry.load()
>>> reg["officials"].params
{'within': 'iri'}
>>> reg.bind("provenance", {"subject": "person/陈洪宛", "predicate": "holdsPost"})[Variable("predicate")]
<NamedNode value=https://w3id.org/cnpkg/ontology#holdsPost>
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Variable

from cnkg.errors import KgError, NotFound
from cnkg.graph.namespaces import KG, KGR, PREFIXES, XSD, iri_for, to_iri  # noqa: F401 (to_iri: the parameter form)
from cnkg.queries import HERE

PARAM_TYPES = ("iri", "string", "integer", "decimal")
_PARAM = re.compile(r"#\s*param:\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<type>\w+)\s*(?P<opt>,\s*optional\s*)?\)"
                    r"\s*(?:--\s*(?P<doc>.*))?$")


@dataclass(frozen=True)
class NamedQuery:
    """One ``.rq`` file: its name (file stem), what it answers, its typed parameters."""
    name: str
    description: str
    params: dict[str, str]          # name -> type, in header order
    text: str
    optional: frozenset[str] = frozenset()
    param_docs: dict[str, str] = field(default_factory=dict)

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.optional]

    def to_dict(self) -> dict:
        """For listings (CLI, service)."""
        return {"name": self.name, "description": self.description,
                "params": [{"name": p, "type": t, "optional": p in self.optional,
                            "description": self.param_docs.get(p, "")}
                           for p, t in self.params.items()]}


def parse_query(name: str, text: str) -> NamedQuery:
    """Read a query's header (its leading ``#`` lines).

    :raises KgError: for a parameter line that does not parse or names an unknown type.
    """
    description, params, optional, docs = [], {}, set(), {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        if re.match(r"#\s*param:", stripped):
            m = _PARAM.match(stripped)
            if not m:
                raise KgError(f"query {name}: cannot read parameter line {stripped!r}")
            if m["type"] not in PARAM_TYPES:
                raise KgError(f"query {name}: parameter {m['name']} has unknown type {m['type']!r}"
                              f" (one of {', '.join(PARAM_TYPES)})")
            params[m["name"]] = m["type"]
            if m["opt"]:
                optional.add(m["name"])
            if m["doc"]:
                docs[m["name"]] = m["doc"].strip()
        else:
            description.append(stripped.lstrip("#").strip())
    return NamedQuery(name, " ".join(d for d in description if d), params, text,
                      frozenset(optional), docs)


# ----------------------------------------------------------------- values → terms

def to_term(type_: str, value: str) -> NamedNode | Literal:
    """A parameter value as the RDF term of its type.

    :raises ValueError: if the value does not fit the type.
    """
    if type_ == "iri":
        return to_iri(value)
    if type_ == "string":
        return Literal(value)
    if type_ == "integer":
        return Literal(str(int(value.strip())), datatype=NamedNode(XSD + "integer"))
    if type_ == "decimal":
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError("expected a decimal number") from None
        if not number.is_finite():
            raise ValueError("expected a finite number")
        return Literal(format(number, "f"), datatype=NamedNode(XSD + "decimal"))
    raise ValueError(f"unknown parameter type {type_!r}")


# ----------------------------------------------------------------- registry

class QueryRegistry(Mapping[str, NamedQuery]):
    """The named queries of a directory, loaded once, keyed by file stem."""

    def __init__(self, queries: dict[str, NamedQuery]):
        self._queries = dict(sorted(queries.items()))

    @classmethod
    def load(cls, directory: str | Path = HERE) -> "QueryRegistry":
        """Read every ``*.rq`` file of ``directory`` (default: the bundled queries)."""
        paths = sorted(Path(directory).glob("*.rq"))
        return cls({p.stem: parse_query(p.stem, p.read_text(encoding="utf-8")) for p in paths})

    def __getitem__(self, name: str) -> NamedQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise NotFound(f"unknown query {name!r} (known: {', '.join(self._queries)})") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._queries)

    def __len__(self) -> int:
        return len(self._queries)

    def __contains__(self, name: object) -> bool:
        return name in self._queries

    def bind(self, name: str, values: Mapping[str, str]) -> dict[Variable, NamedNode | Literal]:
        """Substitutions for ``store.query(query.text, substitutions=…)`` from string values.

        :raises KgError: for an unknown query, an unknown or missing parameter, or a
            value that does not fit its parameter's type.
        """
        return bind_params(self[name], values)


def bind_params(query: NamedQuery, values: Mapping[str, str]) -> dict[Variable, NamedNode | Literal]:
    """:meth:`QueryRegistry.bind` for one query (also for a ``.rq`` file outside the registry)."""
    unknown = sorted(set(values) - set(query.params))
    if unknown:
        known = ", ".join(query.params) or "none"
        raise KgError(f"query {query.name}: unknown parameter {', '.join(unknown)} (parameters: {known})")
    missing = [p for p in query.required if p not in values]
    if missing:
        raise KgError(f"query {query.name}: missing parameter {', '.join(missing)}")
    subs = {}
    for param, value in values.items():
        type_ = query.params[param]
        try:
            subs[Variable(param)] = to_term(type_, value)
        except ValueError as exc:
            raise KgError(f"query {query.name}: parameter {param}={value!r} is not a valid {type_}: {exc}") from None
    return subs


@lru_cache(maxsize=1)
def default_registry() -> QueryRegistry:
    """The bundled queries, loaded on first use (not at import)."""
    return QueryRegistry.load()
