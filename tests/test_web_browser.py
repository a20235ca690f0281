"""The workspace in a real browser: Debian's chromium driven by Playwright (never a
downloaded browser). Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from web_fixtures import EVIL_TEXT, EVIL_TITLE, LiveServer, client, web_store_url  # noqa: F401

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium (/usr/bin/chromium) is not installed; "
                                                            "scripts/test-setup.sh installs it"),
]


@pytest.fixture(scope="module")
def server(web_store_url):  # noqa: F811
    from communique.web.app import create_app

    srv = LiveServer(create_app(web_store_url)).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_home_to_bilingual_event_and_its_evidence(server, page):
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text().startswith("Timeline")
    shot(page, "01-timeline")
    # "when did Jeffrey meet al-Hariri?": the filter form, the second actor typed in Arabic
    page.select_option('select[name="actor"]', label="James Jeffrey (3)")
    page.fill('input[name="with"]', "نصر الحريري")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**/?*actor=*")
    assert "James Jeffrey with Nasr al-Hariri" in page.locator("h1").inner_text()
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1
    row = rows.first
    assert "Geneva" in row.inner_text() and [t.lower() for t in row.locator("span.lang").all_inner_texts()] == ["ar", "en"]
    shot(page, "01b-timeline-filtered")
    row.locator("td.date a").click()
    page.wait_for_url("**/events/*")
    assert "James Jeffrey" in page.locator("h1").inner_text()
    en = page.locator('section.side[lang="en"]')
    ar = page.locator('section.side[lang="ar"]')
    assert en.get_attribute("dir") == "ltr" and ar.get_attribute("dir") == "rtl"
    # the cited spans are highlighted in both languages
    assert "sat down with the opposition negotiator Nasr al-Hariri" in en.locator("mark.cite").first.inner_text()
    assert "نصر الحريري" in ar.locator("mark.cite").first.inner_text()
    # the two columns sit side by side: English left, Arabic right
    box_en, box_ar = en.bounding_box(), ar.bounding_box()
    assert box_en["x"] < box_ar["x"] and abs(box_en["y"] - box_ar["y"]) < 5
    # roles at the meeting's date and the statement made there
    assert "Special Envoy for Syria" in page.locator("table.grid").first.inner_text()
    assert "backs the process" in page.locator("table.statements").inner_text()
    shot(page, "02-event-bilingual")
    # on to the Arabic source article, right-to-left
    ar.locator("a.src-title").click()
    page.wait_for_url("**/articles/*")
    assert page.locator(".article-text").get_attribute("dir") == "rtl"
    shot(page, "03-article-arabic")


def test_actor_network_map_pages(server, page):
    page.goto(server.url + "/actors")
    page.get_by_role("link", name="James Jeffrey").first.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("ul.names[lang=ar]").inner_text().strip().startswith("جيمس جيفري")
    assert page.locator("svg.roles-chart rect.bar").count() >= 1
    assert "Mevlut Cavusoglu" in page.locator("body").inner_text()
    shot(page, "04-actor")
    page.goto(server.url + "/network")
    assert page.locator("svg.network circle").count() >= 3
    shot(page, "05-network")
    page.goto(server.url + "/map")
    assert page.locator("svg.map .land path").count() > 100, "world-atlas outlines missing (scripts/web-assets.sh)"
    assert page.locator("svg.map .places circle").count() == 3
    shot(page, "06-map")
    page.goto(server.url + "/search?q=" + "الحريري")
    assert page.locator("ol.results li").count() == 1
    assert page.locator("ol.results mark").first.inner_text() == "الحريري"
    shot(page, "07-search-arabic")


def test_injected_article_runs_no_script_and_shows_literally(server, page, client):  # noqa: F811
    [evil] = [e for e in client.get("/api/events", params={"q": "delegate"}).json()["events"]]
    art_id = client.get("/api/search", params={"q": "window.__pwned"}).json()["results"][0]["id"]
    actor_ids = [p["id"] for p in evil["participants"]]
    for path in ["/", f"/events/{evil['id']}", f"/articles/{art_id}", f"/actors/{actor_ids[0]}",
                 f"/actors/{actor_ids[1]}", "/search?q=envoy", "/network", "/actors"]:
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.dialogs == [], path
        assert page.locator("body script").count() == 0, path
        assert page.locator("main img").count() == 0, path
        # no element was built from the payloads: no event-handler attributes anywhere
        assert page.locator("[onerror], [onmouseover], [onload], [onclick]").count() == 0, path
        page.mouse.move(200, 300)  # a hover would fire an injected onmouseover
    # the payloads are shown as text
    page.goto(server.url + f"/articles/{art_id}")
    assert page.locator("h1").inner_text() == EVIL_TITLE
    assert EVIL_TEXT in page.locator(".article-text").inner_text()
    # a javascript: URL never becomes a link
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.goto(server.url + f"/events/{evil['id']}")
    assert '<script>window.__pwned=3;alert(3)</script>' in page.locator("blockquote.evidence").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    shot(page, "08-injection-event")
