"""End to end: the article view and the upload page (issue 14, items 4 and 8) in headless
Chromium (Debian's, driven by selenium) at 1400×900 against a live server holding the
bundled article as the real extractor reads it.

Screenshots go to var/e2e/ (CI keeps them as artefacts)."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from cnkg.api.app import create_app  # noqa: E402
from cnkg.extract.pipeline import Extractor  # noqa: E402
from cnkg.extract.reader import read_article  # noqa: E402
from cnkg.graph.store import KnowledgeStore  # noqa: E402
from server_fixture import TOKEN, live_server, settings_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "var" / "e2e"
ARTICLE = ROOT / "data" / "articles" / "smart-city-expo-2020.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="Debian chromium/chromium-driver not installed "
                                       "(run tests/e2e/install-browser.sh)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,900", "--hide-scrollbars"]

UPLOADED = ("国家数据局局长刘烈宏表示，要加快建设全国一体化数据市场，推动5G和人工智能发展。\n"
            "工业和信息化部副部长张云明在2024世界人工智能大会上说，要加快工业互联网建设。")
HOSTILE = ("国家发展改革委财政金融和信用建设司司长陈洪宛<img src=x onerror=\"window.__xss=1\">在博览会上致辞。\n"
           "他说，要加快5G和大数据建设<script>window.__xss=2</script>，推动“互联网+”发展。</span></mark><b>粗</b>")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="module")
def server(tmp_path_factory, extractor):
    kb = KnowledgeStore(":memory:")
    kb.replace_document(extractor.extract(read_article(ARTICLE)))
    app = create_app(settings_for(tmp_path_factory.mktemp("token"), token=True), knowledge=kb)
    with live_server(app) as base:
        app.state.service.extractor = extractor
        yield base


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
    driver.set_window_size(1400, 900)
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


def _wait(driver, condition, timeout=30):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))


def _severe(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _in_view(driver, element) -> bool:
    return driver.execute_script("const r = arguments[0].getBoundingClientRect(); "
                                 "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element)


def test_article_view_highlights_mentions_and_a_fact_marks_its_sentence(browser, server):
    from selenium.webdriver.common.by import By

    view = httpx.get(server + "/documents/smart-city-expo-2020/view").json()
    browser.get(server + "/articles/smart-city-expo-2020")
    _wait(browser, lambda d: d.execute_script("return !!document.getElementById('article-view').kgView"))
    _shot(browser, "article-view.png")

    # every mention is a coloured span with its type label; the legend names every type
    marks = browser.find_elements(By.CSS_SELECTOR, "#article-view .av-text mark.ent")
    assert {int(m.get_attribute("data-mention")) for m in marks} == {m["id"] for m in view["mentions"]}
    chen = [m for m in marks if m.get_attribute("data-entity") == "person/国家发展改革委/陈洪宛"]
    assert chen and chen[0].text == "陈洪宛" and chen[0].get_attribute("data-label") == "人物"
    assert chen[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert browser.execute_script("return getComputedStyle(arguments[0], '::after').content", chen[0]) == '"人物"'
    legend = [k.get_attribute("data-type") for k in browser.find_elements(By.CSS_SELECTOR, ".av-legend .av-key")]
    assert legend == [t["type"] for t in view["types"]] and "Person" in legend and "Technology" in legend
    text = browser.find_element(By.CSS_SELECTOR, "#article-view .av-text").text
    assert "据统计，截至今年6月底" in text

    # clicking a fact marks its sentence and scrolls it into view
    holds = next(f for f in view["facts"] if f["predicate"] == "holdsPost"
                 and f["subject"] == "person/自然资源部/张兵")
    item = browser.find_element(By.CSS_SELECTOR, f'li.av-fact[data-fact="{holds["id"]}"]')
    assert "任职于" in item.text and "局长" in item.text
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
    item.click()
    sentence = browser.find_element(By.ID, f"s-{holds['sentence']}")
    _wait(browser, lambda d: "av-marked" in sentence.get_attribute("class") and _in_view(d, sentence))
    assert len(browser.find_elements(By.CSS_SELECTOR, ".av-sent.av-marked")) == 1
    assert "张兵" in sentence.text and "国土空间规划局" in sentence.text
    assert view["text"][holds["start"]:holds["end"]] == sentence.text
    _shot(browser, "article-view-fact.png")

    # clicking a mention lists that entity's facts, and only those
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "mark.ent")
                if m.get_attribute("data-entity") == "person/自然资源部/张兵")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    shown = _wait(browser, lambda d: [li for li in d.find_elements(By.CSS_SELECTOR, "li.av-fact") if li.is_displayed()])
    expected = [f for f in view["facts"] if "person/自然资源部/张兵" in (f["subject"], f["object"])]
    assert len(shown) == len(expected) > 1 and all("张兵" in li.text for li in shown)
    assert "张兵 的事实" in browser.find_element(By.CSS_SELECTOR, ".av-filter").text
    _shot(browser, "article-view-entity.png")
    assert _severe(browser) == []

    # a link to a sentence (/articles/{id}#s-N, what other pages cite) opens with it marked
    browser.get(server + f"/articles/smart-city-expo-2020#s-{holds['sentence']}")
    sentence = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".av-sent.av-marked"))[0]
    assert sentence.get_attribute("id") == f"s-{holds['sentence']}"
    _wait(browser, lambda d: _in_view(d, sentence))


def test_an_unknown_id_is_a_readable_404_page_that_leads_to_the_articles(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/articles/no-such-article")
    assert "找不到文章" in browser.find_element(By.TAG_NAME, "h1").text
    assert "no-such-article" in browser.find_element(By.TAG_NAME, "main").text
    _shot(browser, "article-not-found.png")
    # the way back: the list of stored articles, each linked to its view
    browser.find_element(By.LINK_TEXT, "the stored articles").click()
    link = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-list a"))[0]
    _shot(browser, "article-list.png")
    link.click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view .av-text mark.ent"))


def test_upload_preview_commit_then_the_article_view(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server + "/upload.html")
    browser.find_element(By.ID, "token").send_keys(TOKEN)
    browser.find_element(By.ID, "doc-id").send_keys("e2e-upload")
    # a file in GBK, chosen from the page: the server decodes it and the text box shows it
    article = tmp_path / "upload.txt"
    article.write_bytes(UPLOADED.encode("gbk"))
    browser.find_element(By.ID, "file-input").send_keys(str(article))
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#preview mark.ent"))
    assert browser.find_element(By.ID, "article-text").get_attribute("value") == UPLOADED
    preview = browser.find_element(By.ID, "preview")
    assert "预览" in preview.text and "刘烈宏" in preview.text
    people = {m.get_attribute("data-entity") for m in preview.find_elements(By.CSS_SELECTOR, "mark.ent-Person")}
    assert any(p.endswith("刘烈宏") for p in people)
    assert preview.find_elements(By.CSS_SELECTOR, "li.av-fact")
    _shot(browser, "upload-preview.png")
    # nothing is stored by a preview; the token sits in sessionStorage only
    assert httpx.get(server + "/documents/e2e-upload/view").status_code == 404
    assert browser.execute_script("return sessionStorage.getItem('kg-token')") == TOKEN
    assert browser.execute_script("return localStorage.length") == 0

    browser.find_element(By.ID, "commit-button").click()
    link = _wait(browser, lambda d: d.find_elements(By.ID, "stored-link"))[0]
    assert "已保存" in browser.find_element(By.ID, "upload-status").text
    link.click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-view .av-text mark.ent"))
    assert browser.find_element(By.ID, "article-view").get_attribute("data-document") == "e2e-upload"
    assert "张云明" in browser.find_element(By.CSS_SELECTOR, ".av-text").text
    stored = httpx.get(server + "/documents/e2e-upload/view").json()
    assert stored["text"] == UPLOADED and stored["stored"] is True
    _shot(browser, "upload-stored-article.png")

    # the same id with another text: a readable conflict, then replace on request
    browser.get(server + "/upload.html")
    assert browser.find_element(By.ID, "token").get_attribute("value") == TOKEN    # kept for the tab
    browser.find_element(By.ID, "doc-id").send_keys("e2e-upload")
    changed = UPLOADED.replace("张云明", "王江平")
    browser.execute_script("const t = document.getElementById('article-text'); t.value = arguments[0]; "
                           "t.dispatchEvent(new Event('input'));", changed)
    browser.find_element(By.ID, "preview-button").click()
    _wait(browser, lambda d: d.find_element(By.ID, "commit-button").is_enabled())
    assert "已有另一篇文章" in browser.find_element(By.CSS_SELECTOR, "#preview .up-banner").text
    browser.find_element(By.ID, "commit-button").click()
    conflict = _wait(browser, lambda d: d.find_element(By.ID, "conflict").is_displayed()
                     and d.find_element(By.ID, "conflict"))
    assert "409" in conflict.text and "e2e-upload" in conflict.text
    _shot(browser, "upload-conflict.png")
    assert "王江平" not in httpx.get(server + "/documents/e2e-upload/view").json()["text"]
    browser.find_element(By.ID, "replace-button").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "stored-link"))
    assert "已替换" in browser.find_element(By.ID, "upload-status").text
    assert httpx.get(server + "/documents/e2e-upload/view").json()["text"] == changed
    assert _severe(browser) == [] or all("409" in e["message"] for e in _severe(browser))


def test_upload_without_the_token_says_so(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/upload.html")
    browser.execute_script("sessionStorage.clear()")
    browser.get(server + "/upload.html")
    browser.execute_script("document.getElementById('article-text').value = arguments[0]", UPLOADED)
    browser.find_element(By.ID, "preview-button").click()
    _wait(browser, lambda d: "401" in d.find_element(By.ID, "upload-status").text)
    assert "令牌" in browser.find_element(By.ID, "upload-status").text
    assert not browser.find_element(By.ID, "commit-button").is_enabled()


def _no_injection(browser) -> None:
    """No script ran, and no element came out of the text (the view's JSON is data, not code)."""
    assert browser.execute_script("return window.__xss") is None
    injected = browser.execute_script(
        "return Array.from(document.querySelectorAll('img, script:not([type=\"application/json\"]), b')).filter(e => "
        "(e.getAttribute('onerror') || e.textContent || '').match(/__xss|粗/)).length")
    assert injected == 0


def test_a_hostile_article_renders_inert(browser, server):
    from selenium.webdriver.common.by import By

    r = httpx.put(server + "/documents/hostile", json={"text": HOSTILE, "title": '<img src=x onerror="window.__xss=3">标题'},
                  headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    # the page as the server draws it (no script yet) and as article.js redraws it
    html = httpx.get(server + "/articles/hostile").text
    assert "<script>window.__xss" not in html and "&lt;script&gt;window.__xss=2&lt;/script&gt;" in html
    browser.get(server + "/articles/hostile")
    _wait(browser, lambda d: d.execute_script("return !!document.getElementById('article-view').kgView"))
    text = browser.find_element(By.CSS_SELECTOR, ".av-text").text
    assert '<img src=x onerror="window.__xss=1">' in text and "<script>window.__xss=2</script>" in text
    assert "</span></mark><b>粗</b>" in text
    assert '<img src=x onerror="window.__xss=3">标题' == browser.find_element(By.CSS_SELECTOR, ".av-title").text
    assert browser.find_elements(By.CSS_SELECTOR, ".av-text mark.ent")          # still highlighted
    for li in browser.find_elements(By.CSS_SELECTOR, "li.av-fact")[:3]:
        li.click()
    _no_injection(browser)
    _shot(browser, "article-hostile.png")

    # the same text previewed on the upload page
    browser.get(server + "/upload.html")
    browser.find_element(By.ID, "token").send_keys(TOKEN)
    browser.execute_script("document.getElementById('article-text').value = arguments[0]", HOSTILE)
    browser.find_element(By.ID, "preview-button").click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#preview mark.ent"))
    assert "<script>window.__xss=2</script>" in browser.find_element(By.CSS_SELECTOR, "#preview .av-text").text
    _no_injection(browser)
