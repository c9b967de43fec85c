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
