"""End to end: the explore view in headless Chromium (Debian's, driven by selenium)
against a live server — it opens at the search box with an overview, then search, an
entity's graph (fcose layout, labels apart, legend, zoom and fit, expand and collapse,
Chinese relation names, PNG export) and a fact's sentence and article."""
from __future__ import annotations

import base64
import struct

from e2e_helpers import foreign_resources, open_page, severe_logs, text_of, wait
from cnkg.api.app import create_app
from server_fixture import live_server, settings_for

CHEN = "person/陈洪宛"


def test_e2e_page_opens_at_the_search_box_with_an_overview(browser, server, shot):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#overview-articles li a"))
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#overview-technologies li a"))
    shot(browser, "overview")
    # not scrolled, nothing focused that scrolls the page, the search box in view
    assert browser.execute_script("return window.scrollY") == 0
    assert browser.execute_script("return document.activeElement.tagName") in ("BODY", "INPUT")
    box = browser.find_element(By.ID, "search-input")
    top, bottom = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom]", box)
    assert 0 < top and bottom < 200
    # the whole explore view fits the 1400×900 window: no page scroll
    assert browser.execute_script("return document.documentElement.scrollHeight <= window.innerHeight + 1")
    # the overview, each part from a named query: counts per type, most connected, latest articles
    types = {li.get_attribute("data-type"): li.text for li in browser.find_elements(By.CSS_SELECTOR, "#overview-types li")}
    assert "人物" in types["Person"] and "技术" in types["Technology"]
    assert all(any(ch.isdigit() for ch in text) for text in types.values())
    bodies = browser.find_element(By.ID, "overview-bodies").text
    assert "国家发展改革委" in bodies
    technologies = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#overview-technologies li a")]
    assert "5G" in technologies
    articles = browser.find_elements(By.CSS_SELECTOR, "#overview-articles li a")
    hrefs = [a.get_attribute("href") for a in articles]
    assert server + "/articles/smart-city-expo-2020" in hrefs and server + "/articles/sample-expo" in hrefs
    assert "智慧城市博览会开幕" in browser.find_element(By.ID, "overview-articles").text
    # nothing from another host, no errors
    assert foreign_resources(browser, server) == []
    assert severe_logs(browser) == []

    # an entity of the overview opens its graph
    browser.find_element(By.CSS_SELECTOR, '#overview-technologies a[data-id="tech/5G"]').click()
    wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == "tech/5G")
    wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") >= 3)
    assert "#explore/" in browser.current_url


def label_overlaps(browser) -> list:
    """Pairs of drawn texts that intersect: node boxes with their labels, and the relation
    names drawn on edges."""
    return browser.execute_script("""
        const cy = window.kgGraph, items = [];
        cy.nodes().forEach(n => items.push([n.data('label'), n.boundingBox({includeLabels: true, includeOverlays: false})]));
        cy.edges('.labelled').forEach(e => items.push([e.data('label') + ' (edge)', e.boundingBox(
            {includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false})]));
        const out = [];
        for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
          const a = items[i][1], b = items[j][1];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push([items[i][0], items[j][0]]);
        }
        return out;""")


def test_e2e_search_open_entity_and_graph(browser, server, shot):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/")
    box = browser.find_element(By.ID, "search-input")
    box.send_keys("陈洪宛")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    item = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, f'#search-results li[data-id="{CHEN}"]'))
    item[0].click()

    # the panel shows his relations, named in Chinese, with their source sentences and articles
    wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == CHEN)
    panel = browser.find_element(By.ID, "entity-panel").text
    assert "任职于（司长）" in panel and "财政金融和信用建设司" in panel
    assert "出席并讲话" in panel and "提出" in panel
    assert "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。" in panel
    assert "holdsPost" not in panel
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#entity-panel .provenance a")]
    assert server + "/articles/sample-expo#s-1" in links

    # the drawn graph: him and his neighbours, edges named by the ontology's rdfs:label@zh
    wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") >= 4)
    nodes = browser.execute_script("return window.kgGraph.nodes().map(n => n.id())")
    assert CHEN in nodes and "event/2020第六届中国智慧城市博览会" in nodes
    edge_labels = set(browser.execute_script("return window.kgGraph.edges().map(e => e.data('label'))"))
    assert {"任职于", "出席并讲话", "提出"} <= edge_labels
    assert browser.execute_script(f"return window.kgGraph.getElementById('{CHEN}').renderedPosition().x") > 0
    assert label_overlaps(browser) == []
    legend = browser.find_element(By.ID, "legend")
    assert "人物 Person" in legend.text and "任职于" in legend.text
    present = [li.get_attribute("data-type") for li in legend.find_elements(By.CSS_SELECTOR, "li.present")]
    assert {"Person", "Agency", "Event", "Goal"} <= set(present)
    shot(browser, "graph")

    # zoom and fit controls
    zoom = browser.execute_script("return window.kgGraph.zoom()")
    browser.find_element(By.ID, "zoom-in").click()
    assert browser.execute_script("return window.kgGraph.zoom()") > zoom
    browser.find_element(By.ID, "zoom-out").click()
    browser.find_element(By.ID, "zoom-out").click()
    assert browser.execute_script("return window.kgGraph.zoom()") < zoom
    browser.find_element(By.ID, "zoom-fit").click()
    inside = browser.execute_script("""const w = window.kgGraph.width(), h = window.kgGraph.height();
        return window.kgGraph.nodes().every(n => { const p = n.renderedPosition();
          return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; });""")
    assert inside

    # clicking a node expands it; double-clicking collapses what it added
    before = set(browser.execute_script("return window.kgGraph.nodes().map(n => n.id())"))
    goal = browser.execute_script("return window.kgGraph.nodes().filter(n => n.data('type') === 'Goal')[0].id()")
    browser.execute_script("window.kgGraph.getElementById(arguments[0]).emit('tap')", goal)
    wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") > len(before))
    wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == goal)
    assert "涉及技术" in browser.find_element(By.ID, "entity-panel").text
    assert label_overlaps(browser) == []
    shot(browser, "expanded")
    browser.execute_script("window.kgGraph.getElementById(arguments[0]).emit('dbltap')", goal)
    wait(browser, lambda d: set(d.execute_script("return window.kgGraph.nodes().map(n => n.id())")) == before)

    # clicking a fact (an edge) shows its sentence and the article it comes from
    edge = browser.execute_script(f"""return window.kgGraph.edges().filter(e => e.data('source') === '{CHEN}'
        && e.data('predicate') === 'holdsPost')[0].id()""")
    browser.execute_script("window.kgGraph.getElementById(arguments[0]).emit('tap')", edge)
    fact = wait(browser, lambda d: d.find_elements(By.ID, "fact"))[0]
    assert "陈洪宛" in fact.text and "任职于（司长）" in fact.text
    assert "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。" in fact.text
    assert fact.find_element(By.CSS_SELECTOR, "a.article-link").get_attribute("href") == server + "/articles/sample-expo#s-1"
    shot(browser, "fact")

    # export as PNG: the button hands the browser a PNG of the whole graph to download
    browser.execute_script("""window.__exported = null;
        HTMLAnchorElement.prototype.click = function () { window.__exported = {href: this.href, name: this.download}; };""")
    browser.find_element(By.ID, "export-png").click()
    exported = wait(browser, lambda d: d.execute_script("return window.__exported"))
    assert exported["name"].endswith(".png")
    prefix = "data:image/png;base64,"
    assert exported["href"].startswith(prefix)
    png = base64.b64decode(exported["href"][len(prefix):])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 200 and height > 200
    assert severe_logs(browser) == []


def test_e2e_results_show_labels_not_iris(browser, server):
    """The overview and the panel name entities by label; the IRI is on hover (title)."""
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#overview-bodies li a"))
    text = browser.find_element(By.ID, "explorer").text
    assert "https://" not in text and "%E" not in text
    titles = [a.get_attribute("title") for a in browser.find_elements(By.CSS_SELECTOR, "#overview-bodies li a")]
    assert titles and all(t.startswith("https://w3id.org/cnpkg/id/") for t in titles)


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
        if entity.key == sample.G5:
            entity.label = '5G<img src=x onerror="window.__xss=5">'
    kb = KnowledgeStore(":memory:")
    kb.replace_document(extraction)
    return kb


def test_e2e_stored_html_renders_as_text_in_every_view(browser, shot):
    from selenium.webdriver.common.by import By

    with live_server(create_app(settings_for(), knowledge=hostile_knowledge())) as base:
        open_page(browser, base + "/")
        wait(browser, lambda d: "onerror" in d.find_element(By.ID, "overview-articles").text)
        wait(browser, lambda d: "__xss=5" in d.find_element(By.ID, "overview-technologies").text)
        browser.find_element(By.ID, "search-input").send_keys("陈洪宛")
        browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
        item = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, f'#search-results li[data-id="{CHEN}"]'))
        assert "<img" in item[0].text                      # the label shown as the characters it is
        item[0].click()
        wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == CHEN)
        wait(browser, lambda d: d.execute_script("return window.kgGraph.nodes().length") >= 4)
        panel = browser.find_element(By.ID, "entity-panel")
        assert "<script>window.__xss=2</script>" in panel.text
        assert 'onerror="window.__xss=3"' in panel.text
        # the questions' tables and the charts
        browser.execute_script("location.hash = '#questions/facts'")
        wait(browser, lambda d: "__xss=3" in d.find_element(By.ID, "question-results").text)
        browser.execute_script("location.hash = '#charts'")
        wait(browser, lambda d: d.execute_script("return Object.keys(window.kgCharts).length") == 3)
        wait(browser, lambda d: d.find_element(By.ID, "chart-technologies-note").text)
        # the tooltip names the bar's technology: as text
        browser.execute_script("""const chart = window.kgCharts['chart-technologies'];
            const names = chart.getOption().yAxis[0].data;
            chart.dispatchAction({type: 'showTip', seriesIndex: 0,
                                  dataIndex: names.findIndex(n => n.includes('__xss'))});""")
        wait(browser, lambda d: "__xss" in d.execute_script(
            "return Array.from(document.querySelectorAll('#view-charts div')).map(e => e.textContent).join(' ')"))
        # the SPARQL editor's results table shows labels and sentences as text too
        browser.execute_script("location.hash = '#sparql'")
        wait(browser, lambda d: d.execute_script("return document.body.dataset.sparqlReady === '1'"))
        browser.execute_script("""
            const tab = window.kgYasgui.getTab();
            tab.getYasqe().setValue('SELECT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label '
                + 'FILTER(CONTAINS(?label, "<")) }');
            tab.query();""")
        wait(browser, lambda d: "onerror" in text_of(d, "#yasgui .yasr"))
        browser.execute_script("""
            const tab = window.kgYasgui.getTab();
            tab.getYasqe().setValue('SELECT ?s ?title WHERE { ?s <http://purl.org/dc/terms/title> ?title }');
            tab.query();""")
        wait(browser, lambda d: "__xss=4" in text_of(d, "#yasgui .yasr"))
        shot(browser, "sparql")
        assert browser.execute_script("return window.__xss") is None
        injected = browser.execute_script(
            "return Array.from(document.querySelectorAll('img, script')).filter(e => "
            "(e.getAttribute('onerror') || e.textContent || '').includes('__xss')).length")
        assert injected == 0
