"""cn-policy-kg: a knowledge graph of Chinese policy news.

One importable namespace for the whole project. The repository keeps its steps as
top-level folders (``ontology/ → extract/ → graph/ → api/``, ``queries/``); the wheel
maps them to ``cnkg.ontology``, ``cnkg.extract``, ``cnkg.graph``, ``cnkg.api`` and
``cnkg.queries`` (``[tool.setuptools.package-dir]`` in pyproject.toml).
"""
from pathlib import Path as _Path

__version__ = "0.2.0"

# In a source checkout the subpackages are the repository's top-level folders, beside
# this one; in an installed wheel they sit inside this folder and nothing is added.
_checkout = _Path(__file__).resolve().parent.parent
if not (_Path(__file__).resolve().parent / "extract").is_dir() and (_checkout / "extract" / "__init__.py").is_file():
    __path__.append(str(_checkout))
