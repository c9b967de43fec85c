"""End to end: the web page in headless Chromium (Debian's, driven by selenium) against a
live server — search, open an entity, check the drawn graph, expand a node, SPARQL tabs."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from cnkg.api.app import create_app  # noqa: E402
from server_fixture import live_server, sample_knowledge, settings_for  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="Debian chromium/chromium-driver not installed "
                                       "(run tests/e2e/install-browser.sh)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000"]


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile.name}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


@pytest.fixture(scope="module")
def server():
    with live_server(create_app(settings_for(), knowledge=sample_knowledge())) as base:
        yield base


def _wait(driver, condition, timeout=15):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def test_e2e_search_open_entity_and_graph(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    box = browser.find_element(By.ID, "search-input")
    box.send_keys("陈洪宛")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    item = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '#search-results li[data-id="person/陈洪宛"]'))
    item[0].click()

    # the panel shows his relations with their source sentences
    _wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == "person/陈洪宛")
    panel = browser.find_element(By.ID, "entity-panel").text
    assert "holdsPost (司长)" in panel and "财政金融和信用建设司" in panel
    assert "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。" in panel
    assert "speaksAt" in panel and "proposes" in panel

    # the drawn graph: him and his three neighbours, joined by three edges
    nodes = _wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") >= 4 and
                  d.execute_script("return window.kgGraph.nodes().map(n => n.id()).sort()"))
    assert "person/陈洪宛" in nodes and "event/2020第六届中国智慧城市博览会" in nodes
    assert browser.execute_script("return window.kgGraph.edges().length") == 3
    assert browser.execute_script("return window.kgGraph.getElementById('person/陈洪宛').renderedPosition().x") > 0

    # clicking a node expands it and shows its relations
    before = len(nodes)
    browser.execute_script("window.kgGraph.getElementById('goal/sample-expo/g2').emit('tap')")
    _wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") > before)
    _wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == "goal/sample-expo/g2")
    assert "involvesTechnology" in browser.find_element(By.ID, "entity-panel").text


def test_e2e_sparql_editor_has_the_named_queries(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    names = _wait(browser, lambda d: [t.text.strip() for t in d.find_elements(By.CSS_SELECTOR, "#yasgui .tab a > span")
                                      if t.text.strip()] or None)
    assert {"officials", "entity", "goals"} <= set(names)
    # run a label lookup from the editor against /sparql and see the answer in the results table
    browser.execute_script("""
        const tab = window.kgYasgui.getTab();
        tab.getYasqe().setValue('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> '
            + 'SELECT ?e ?post WHERE { ?e rdfs:label "陈洪宛"@zh . ?m org:member ?e ; org:role/rdfs:label ?post }');
        tab.query();""")
    _wait(browser, lambda d: any("司长" in y.text for y in d.find_elements(By.CSS_SELECTOR, "#yasgui .yasr")))
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


# ----------------------------------------------------------------- stored HTML is inert (issue 12)

def hostile_knowledge():
    """The sample article with HTML in its sentences, title and an entity's label."""
    import sample_extraction as sample
    from cnkg.graph.store import KnowledgeStore

    sentences = ["2020第六届中国智慧城市博览会在北京开幕<img src=x onerror=window.__xss=1>。",
                 "国家发展改革委财政金融和信用建设司司长陈洪宛<script>window.__xss=2</script>在博览会上致辞。",
                 sample.SENTENCES[2]]
    saved = sample.SENTENCES, sample.TEXT
    sample.SENTENCES, sample.TEXT = sentences, "".join(sentences)
    try:
        extraction = sample.sample_extraction(text=sample.TEXT)
    finally:
        sample.SENTENCES, sample.TEXT = saved
    extraction.title = '<img src=x onerror="window.__xss=4">智慧城市'
    for entity in extraction.entities:
        if entity.key == sample.CHEN:
            entity.label = '陈洪宛<img src=x onerror="window.__xss=3">'
    kb = KnowledgeStore(":memory:")
    kb.replace_document(extraction)
    return kb


@pytest.fixture(scope="module")
def hostile_server():
    with live_server(create_app(settings_for(), knowledge=hostile_knowledge())) as base:
        yield base


def test_e2e_stored_html_renders_as_text_in_every_view(browser, hostile_server):
    from selenium.webdriver.common.by import By

    browser.get(hostile_server + "/")
    browser.find_element(By.ID, "search-input").send_keys("陈洪宛")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    item = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '#search-results li[data-id="person/陈洪宛"]'))
    assert "<img" in item[0].text                      # the label shown as the characters it is
    item[0].click()
    _wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == "person/陈洪宛")
    _wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") >= 4)
    panel = browser.find_element(By.ID, "entity-panel")
    assert "<script>window.__xss=2</script>" in panel.text
    assert 'onerror="window.__xss=3"' in panel.text
    # the SPARQL editor's results table shows labels and sentences as text too
    browser.execute_script("""
        const tab = window.kgYasgui.getTab();
        tab.getYasqe().setValue('SELECT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label '
            + 'FILTER(CONTAINS(?label, "<")) }');
        tab.query();""")
    _wait(browser, lambda d: any("onerror" in y.text for y in d.find_elements(By.CSS_SELECTOR, "#yasgui .yasr")))
    browser.execute_script("""
        const tab = window.kgYasgui.getTab();
        tab.getYasqe().setValue('SELECT ?s ?title WHERE { ?s <http://purl.org/dc/terms/title> ?title }');
        tab.query();""")
    _wait(browser, lambda d: any("__xss=4" in y.text for y in d.find_elements(By.CSS_SELECTOR, "#yasgui .yasr")))
    assert browser.execute_script("return window.__xss") is None
    injected = browser.execute_script(
        "return Array.from(document.querySelectorAll('img, script')).filter(e => "
        "(e.getAttribute('onerror') || e.textContent || '').includes('__xss')).length")
    assert injected == 0
