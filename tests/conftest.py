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

ARTICLE_GRAPHS = "https://w3id.org/cnpkg/id/article/"


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    """One server of each kind for the whole run, started on loopback, stopped at the end."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent / "remote"))
    import servers  # tests/remote/servers.py
    started = servers.START[request.param](tmp_path_factory.mktemp(request.param))
    yield started
    started.stop()


def clear_server(url: str) -> None:
    """Drop every article graph and the union graph (the server's own graphs stay)."""
    from cnkg.graph.remote import UNION, RemoteStore
    with RemoteStore(url) as remote:
        rows = remote._run(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                           f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}")) }}')
        for row in rows:
            remote.update(f"DROP SILENT GRAPH {row['g']}")
        remote.update(f"DROP SILENT GRAPH {UNION}")         # the union of the article graphs


@pytest.fixture
def url(server) -> str:
    """The store URL of a server holding no article graph (its own graphs stay)."""
    clear_server(server.url)
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
