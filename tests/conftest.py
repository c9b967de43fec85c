"""Fixtures of the fact rules' tests (tests/test_extract_rules.py, tests/test_rules_*.py); a test
module that defines its own ``extractor`` uses that one."""
import pytest

from cnkg.extract.lexicon import Lexicon
from rules_helpers import rules_extractor


@pytest.fixture(scope="module")
def extractor():
    """The extractor without the statistical model (loaded once for every module using it)."""
    return rules_extractor()


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon.from_directory()


# ----------------------------------------------------------------- real SPARQL servers
# tests/test_remote_store.py and tests/test_remote_serve.py share one server of each kind
# per run (tests/remote/servers.py) and one embedded store built from the same articles.

def _servers():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent / "remote"))
    import servers  # tests/remote/servers.py
    return servers


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    """One server of each kind for the whole run, started on loopback, stopped at the end."""
    started = _servers().START[request.param](tmp_path_factory.mktemp(request.param))
    yield started
    started.stop()


@pytest.fixture
def url(server) -> str:
    """The store URL of a server holding no article graph (its own graphs stay)."""
    _servers().clear(server.url)
    return server.url


@pytest.fixture(scope="session")
def local():
    """The embedded store built from the test articles and the sample extraction: what
    every answer of a remote store must equal."""
    from pathlib import Path

    from cnkg.extract.pipeline import Extractor
    from cnkg.graph.build import build
    from cnkg.graph.store import KnowledgeStore
    from sample_extraction import sample_extraction
    root = Path(__file__).parents[1]
    kb = KnowledgeStore(None)
    build(kb, [str(root / "tests" / "articles"), str(root / "data" / "articles")], Extractor.load)
    kb.replace_document(sample_extraction())
    return kb
