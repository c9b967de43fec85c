"""Fixtures of the end-to-end tests (helpers in e2e_helpers.py): the browser, a live
server over the bundled article and the sample, and screenshots under var/e2e/."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from cnkg.api.app import create_app  # noqa: E402
from e2e_helpers import CHROMEDRIVER, CHROMIUM, SHOTS, e2e_knowledge, start_browser, stop_browser  # noqa: E402
from server_fixture import live_server, settings_for  # noqa: E402


def pytest_collection_modifyitems(items):
    skip = pytest.mark.skip(reason="Debian chromium/chromium-driver not installed (run tests/e2e/install-browser.sh)")
    for item in items:
        if "/e2e/" in str(item.fspath) and not (CHROMIUM and CHROMEDRIVER):
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    driver = start_browser()
    try:
        yield driver
    finally:
        stop_browser(driver)


@pytest.fixture(scope="session")
def server():
    with live_server(create_app(settings_for(), knowledge=e2e_knowledge())) as base:
        yield base


@pytest.fixture
def shot(request):
    """shot(driver, name): save a screenshot as var/e2e/<test>-<name>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(driver, name: str) -> Path:
        path = SHOTS / f"{re.sub(r'[^A-Za-z0-9_-]+', '-', request.node.name)}-{name}.png"
        driver.save_screenshot(str(path))
        return path
    return save
