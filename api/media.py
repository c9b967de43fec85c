"""A request's media type and its parameters, read by werkzeug's header parser.

>>> media_type("Text/Plain; charset=\\"GBK\\"")
('text/plain', {'charset': 'GBK'})
>>> media_type("")
('', {})
"""
from __future__ import annotations

from werkzeug.http import parse_options_header


def media_type(content_type: str | None) -> tuple[str, dict[str, str]]:
    """(lower-cased media type, parameters with lower-cased names) of a Content-Type value."""
    value, options = parse_options_header(content_type or "")
    return value.strip().lower(), {name.lower(): v for name, v in options.items()}


def charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type value, if it names one."""
    return media_type(content_type)[1].get("charset") or None
