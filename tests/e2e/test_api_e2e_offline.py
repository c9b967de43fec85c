"""End to end: `/`, `/docs` and `/redoc` load from the server alone (no CDN, no web
fonts), and Chinese text is drawn with a CJK font — the check tells real glyphs from
missing-glyph boxes, and is shown to fail in a browser that has no CJK font."""
from __future__ import annotations

import tempfile
from pathlib import Path

from e2e_helpers import foreign_resources, open_page, severe_logs, start_browser, stop_browser, wait


def test_e2e_docs_and_redoc_render_from_the_server_alone(browser, server, shot):
    from selenium.webdriver.common.by import By

    browser.get(server + "/docs")
    wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock")) > 5)
    assert "/sparql" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui").text
    assert foreign_resources(browser, server) == []
    shot(browser, "docs")
    browser.get(server + "/redoc")
    wait(browser, lambda d: "Chinese policy news knowledge graph" in d.find_element(By.TAG_NAME, "body").text)
    wait(browser, lambda d: "/entities" in d.find_element(By.TAG_NAME, "body").text)
    assert foreign_resources(browser, server) == []
    shot(browser, "redoc")
    assert severe_logs(browser) == []


# Draw each Han character of an element's text in the element's own font on a canvas
# and compare the pixels with those of code points no font has (a missing-glyph box):
# a character drawn like the box, or all characters drawn alike, is tofu.
GLYPHS = """
const el = document.querySelector(arguments[0]);
const family = getComputedStyle(el).fontFamily, font = '32px ' + family;
const c = document.createElement('canvas'); c.width = 48; c.height = 48;
const ctx = c.getContext('2d', {willReadFrequently: true});
function render(ch) {
  ctx.clearRect(0, 0, 48, 48); ctx.font = font; ctx.fillStyle = '#000'; ctx.textBaseline = 'top';
  ctx.fillText(ch, 4, 4);
  const d = ctx.getImageData(0, 0, 48, 48).data; let h = 0, ink = 0;
  for (let i = 3; i < d.length; i += 4) { h = (h * 31 + d[i]) >>> 0; ink += d[i] > 0 ? 1 : 0; }
  return h + ':' + ink;
}
const missing = ['\\u0378', '\\uE000', String.fromCodePoint(0x10FFFD)].map(render);
const chars = Array.from(new Set(Array.from(el.textContent).filter(ch => /\\p{Script=Han}/u.test(ch))));
const looks = chars.map(render);
return {family: family, chars: chars.join(''), distinct: new Set(looks).size,
        tofu: chars.filter((ch, i) => missing.includes(looks[i])).join('')};
"""


def missing_glyphs(driver, selector: str) -> str:
    """The Han characters of the element that render as missing-glyph boxes ('' if none)."""
    got = driver.execute_script(GLYPHS, selector)
    assert len(got["chars"]) >= 4, got
    if got["distinct"] == 1:           # every character drawn alike: boxes
        return got["chars"]
    return got["tofu"]


def test_e2e_chinese_text_renders_with_a_cjk_font(browser, server, shot):
    open_page(browser, server + "/")
    family = browser.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "Noto Sans CJK SC" in family and "WenQuanYi Micro Hei" in family
    for selector in ("header h1", "#overview-types", "#search-input + select"):
        wait(browser, lambda d: len(d.execute_script(
            "return document.querySelector(arguments[0]).textContent", selector)) > 3)
        assert missing_glyphs(browser, selector) == "", selector
    shot(browser, "cjk")


def test_e2e_the_glyph_check_fails_without_a_cjk_font(server, shot):
    """The same check in a Chromium whose fontconfig sees no CJK font: every character is tofu."""
    with tempfile.TemporaryDirectory(prefix="kg-fonts-") as tmp:
        dirs = "".join(f"<dir>{d}</dir>" for d in ("/usr/share/fonts/truetype/dejavu", tmp) if Path(d).is_dir())
        conf = Path(tmp) / "fonts.conf"
        conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                        f'<fontconfig>{dirs}<cachedir>{tmp}/cache</cachedir></fontconfig>', encoding="utf-8")
        driver = start_browser(env={"FONTCONFIG_FILE": str(conf)})
        try:
            open_page(driver, server + "/")
            assert missing_glyphs(driver, "header h1") == "政策新闻知识图谱"
            shot(driver, "tofu")
        finally:
            stop_browser(driver)
