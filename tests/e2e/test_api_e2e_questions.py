"""End to end: guided questions (a form per named query, entity pickers with
search-as-you-type, tables of labels without empty columns), the charts, and the raw
SPARQL editor one tab away, which opens on a query that runs as it is."""
from __future__ import annotations

from e2e_helpers import open_page, severe_logs, text_of, wait

KGR = "https://w3id.org/cnpkg/id/"


def table(browser) -> tuple[list[str], list[list[str]]]:
    from selenium.webdriver.common.by import By

    head = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#question-results table th")]
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in browser.find_elements(By.CSS_SELECTOR, "#question-results table tbody tr")]
    return head, rows


def test_e2e_questions_open_on_a_query_that_runs_and_hide_unbound_parameters(browser, server, shot):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/#questions")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#question-results table tbody tr"))
    form = browser.find_element(By.ID, "question-form")
    assert form.get_attribute("data-query") == "officials"
    # every named query is listed
    names = [li.get_attribute("data-name") for li in browser.find_elements(By.CSS_SELECTOR, "#question-list li")]
    assert {"officials", "entity", "provenance", "goals", "targets-by-deadline"} <= set(names)
    head, rows = table(browser)
    assert "within" not in head                 # the optional parameter left empty: no empty column
    assert "person" in head and "name" not in head     # the label folded into its IRI's column
    people = [r[head.index("person")] for r in rows]
    assert "陈洪宛" in people
    text = browser.find_element(By.ID, "question-results").text
    assert KGR not in text and "%E" not in text        # labels, not IRIs
    link = browser.find_element(By.CSS_SELECTOR, '#question-results a.entity-link[data-id="person/陈洪宛"]')
    assert link.get_attribute("title") == KGR + "person/%E9%99%88%E6%B4%AA%E5%AE%9B" or "陈洪宛" in link.get_attribute("title")
    shot(browser, "officials")
    # a link in the table opens the entity in the explorer
    link.click()
    wait(browser, lambda d: d.find_element(By.ID, "entity-panel").get_attribute("data-entity") == "person/陈洪宛")


def test_e2e_question_with_an_entity_picked_by_search_as_you_type(browser, server, shot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_page(browser, server + "/#questions/provenance")
    wait(browser, lambda d: d.find_element(By.ID, "question-form").get_attribute("data-query") == "provenance")
    # a required parameter: nothing runs until it is given
    assert "fill in" in browser.find_element(By.ID, "question-results").text
    browser.find_element(By.CSS_SELECTOR, "#question-form button[type=submit]").click()
    wait(browser, lambda d: "subject" in d.find_element(By.CSS_SELECTOR, "#question-results .error").text)
    subject = browser.find_element(By.ID, "param-subject")
    subject.send_keys("陈洪")
    option = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '.picker li[data-id="person/陈洪宛"]'))
    shot(browser, "picker")
    from selenium.webdriver.common.action_chains import ActionChains
    ActionChains(browser).click(option[0]).perform()
    assert subject.get_attribute("data-value") == "person/陈洪宛"
    Select(browser.find_element(By.ID, "param-predicate")).select_by_value("holdsPost")
    browser.find_element(By.CSS_SELECTOR, "#question-form button[type=submit]").click()
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#question-results table tbody tr"))
    head, rows = table(browser)
    assert "object" in head and "sentence" in head and "objectLabel" not in head
    assert rows[0][head.index("object")] == "财政金融和信用建设司"
    assert rows[0][head.index("predicate")] == "任职于"
    assert rows[0][head.index("sentence")] == "国家发展改革委财政金融和信用建设司司长陈洪宛在博览会上致辞。"
    assert rows[0][head.index("article")] == "智慧城市博览会开幕"      # the article by its title, linked
    article = browser.find_element(By.CSS_SELECTOR, "#question-results a.article-link")
    assert article.get_attribute("href") == server + "/articles/sample-expo"
    shot(browser, "provenance")
    assert severe_logs(browser) == []


def test_e2e_charts_each_from_a_named_query(browser, server, shot):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/#charts")
    wait(browser, lambda d: d.execute_script("return Object.keys(window.kgCharts).length") == 3)
    wait(browser, lambda d: d.find_element(By.ID, "chart-technologies-note").text)
    option = "return window.kgCharts[arguments[0]].getOption()"
    targets = browser.execute_script(option, "chart-targets")
    assert targets["xAxis"][0]["data"] == ["2025"]
    assert sum(sum(s["data"]) for s in targets["series"]) >= 1
    stats = browser.execute_script(option, "chart-statistics")
    points = [p["value"] for s in stats["series"] for p in s["data"]]
    assert [2020, 805000000] in points
    techs = browser.execute_script(option, "chart-technologies")
    assert {"5G", "大数据"} <= set(techs["yAxis"][0]["data"])
    # each chart says which named query it draws, and that query is a guided question
    sources = [a.get_attribute("data-query") for a in browser.find_elements(By.CSS_SELECTOR, ".chart-card a.source")]
    assert sources == ["targets-by-deadline", "statistics-over-time", "goals-per-technology"]
    shot(browser, "charts")
    for element in ("chart-targets", "chart-statistics", "chart-technologies"):
        size = browser.execute_script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                      "return [r.width, r.height, r.bottom]", element)
        assert size[0] > 300 and size[1] > 150 and size[2] <= 900
    shot(browser, "charts")
    assert severe_logs(browser) == []


def test_e2e_sparql_editor_one_tab_away_opens_on_a_runnable_query(browser, server, shot):
    from selenium.webdriver.common.by import By

    open_page(browser, server + "/")
    # the editor is not there until its view is opened: it cannot take the focus at load
    assert browser.execute_script("return window.kgYasgui === undefined")
    browser.find_element(By.CSS_SELECTOR, '#tabs a[data-view="sparql"]').click()
    wait(browser, lambda d: d.execute_script("return document.body.dataset.sparqlReady === '1'"))
    tab_names = "return Array.from(document.querySelectorAll('#yasgui .tab a > span')).map(t => t.textContent.trim())"
    names = wait(browser, lambda d: (lambda got: got if "officials" in got else None)(d.execute_script(tab_names)))
    assert {"officials", "entity", "goals", "type-counts"} <= set(names)
    active = browser.execute_script("return window.kgYasgui.getTab().getName()")
    assert active == "officials"              # not `entity`, whose required parameter the editor cannot bind
    assert browser.current_url.endswith("#sparql")
    browser.execute_script("window.kgYasgui.getTab().query()")
    wait(browser, lambda d: "陈洪宛" in text_of(d, "#yasgui .yasr"))
    results = text_of(browser, "#yasgui .yasr")
    assert "%E9" not in results and "kgr:person/陈洪宛" in results     # IRIs readable, the full IRI on hover
    iri = browser.find_element(By.CSS_SELECTOR, "#yasgui .yasr a.iri")
    assert iri.get_attribute("title").startswith("https://")
    shot(browser, "sparql")
    assert severe_logs(browser) == []
