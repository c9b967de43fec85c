"""Helpers of the end-to-end tests: Debian's headless Chromium (driven by selenium) at
1400×900, a live server over the bundled article and the hand-made sample, and
screenshots saved under var/e2e/ (CI keeps them as artefacts)."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS = ROOT / "var" / "e2e"
ARTICLE = ROOT / "data" / "articles" / "smart-city-expo-2020.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
WIDTH, HEIGHT = 1400, 900
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}"]


def start_browser(env: dict | None = None):
    """A headless Chromium whose page is 1400×900 CSS pixels; ``env`` for the browser
    process (e.g. FONTCONFIG_FILE)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile.name}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(CHROMEDRIVER, env={**os.environ, **env} if env else None)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    driver._kg_profile = profile
    return driver


def stop_browser(driver) -> None:
    driver.quit()
    driver._kg_profile.cleanup()


def e2e_knowledge():
    """The bundled article (through the real extractor) and the hand-made sample, whose
    goal gets a deadline and whose statistic a date and unit, so every chart has data."""
    import sample_extraction as sample
    from cnkg.extract.pipeline import Extractor
    from cnkg.extract.reader import read_article
    from cnkg.graph.store import KnowledgeStore

    kb = KnowledgeStore(":memory:")
    kb.replace_document(Extractor.load().extract(read_article(ARTICLE)))
    extraction = sample.sample_extraction()
    for entity in extraction.entities:
        if entity.key == sample.GOAL:
            entity.deadline = "2025"
        if entity.key == sample.PAY:
            entity.date, entity.unit = "2020年", "人"
    kb.replace_document(extraction)
    return kb


def wait(driver, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def open_page(driver, url: str) -> None:
    """Load the page and wait until its first view is drawn."""
    driver.get(url)
    wait(driver, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def severe_logs(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def foreign_resources(driver, base: str) -> list[str]:
    """Every resource the page loaded from anywhere but the server."""
    names = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return [n for n in names if not (n.startswith(base + "/") or n.startswith("data:") or n.startswith("blob:"))]


def text_of(driver, selector: str) -> str:
    """The drawn text of every element matching ``selector``, read in one go (a widget
    that redraws itself cannot leave a stale element behind)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText).join('\\n')", selector)
