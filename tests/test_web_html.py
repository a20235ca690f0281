"""The HTML pages through an in-process client: escaping, right-to-left evidence, cited spans,
error pages."""

from __future__ import annotations

import re

import pytest

from web_fixtures import EVIL_TEXT, bilingual_meeting, client, web_store_url  # noqa: F401

PAYLOADS = ["<script>window.__pwned", "<img src=x onerror", "<b onmouseover", 'href="javascript:']


def all_pages(client):  # noqa: F811
    evs = client.get("/api/events", params={"limit": 200}).json()["events"]
    actors = client.get("/api/actors", params={"limit": 200}).json()["actors"]
    arts = client.get("/api/search", params={"q": "e", "limit": 200}).json()["results"]
    return (["/", "/actors", "/network", "/map", "/downloads", "/search?q=envoy", "/search?q=window.__pwned",
             "/?q=delegate", "/offices"] + [f"/events/{e['id']}" for e in evs] + [f"/actors/{a['id']}" for a in actors]
            + [f"/articles/{a['id']}" for a in arts])


def test_every_page_renders_and_escapes_untrusted_text(client):  # noqa: F811
    pages = all_pages(client)
    assert len(pages) > 20
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        for p in PAYLOADS:
            assert p not in r.text, (path, p)
    evil_event = client.get("/api/events", params={"q": "delegate"}).json()["events"][0]
    html = client.get(f"/events/{evil_event['id']}").text
    assert "&lt;script&gt;window.__pwned=3;alert(3)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=4&#34;&gt;" in html


def test_no_page_has_inline_script_or_style(client):  # noqa: F811
    # the CSP forbids them; a page that needed one would silently break
    for path in ["/", "/network", "/map", f"/events/{bilingual_meeting(client)['id']}"]:
        html = client.get(path).text
        assert "<script" not in html and " style=" not in html and "<style" not in html, path


def test_event_page_sets_arabic_side_right_to_left_and_marks_cited_spans(client):  # noqa: F811
    ev = bilingual_meeting(client)
    html = client.get(f"/events/{ev['id']}").text
    assert re.search(r'<section class="side" lang="ar" dir="rtl">', html)
    assert re.search(r'<section class="side" lang="en" dir="ltr">', html)
    marks = re.findall(r'<mark class="cite">(.*?)</mark>', html)
    assert "James Jeffrey, sat down with the opposition negotiator Nasr al-Hariri in Geneva on Tuesday" in marks
    assert any("نصر الحريري" in m for m in marks)
    assert "Special Envoy for Syria" in html
    assert html.index('lang="en" dir="ltr"') < html.index('lang="ar" dir="rtl"')  # English left, Arabic right


def test_timeline_form_keeps_the_chosen_filters(client):  # noqa: F811
    html = client.get("/?type=CONSULT&lang=ar&since=2019").text
    assert "<option selected>CONSULT</option>" in html
    assert '<option value="ar" selected>Arabic</option>' in html
    assert 'name="since" placeholder="2019-01" size="10" value="2019"' in html
    assert html.count('<tr>') - 1 == 1  # the one event with an Arabic source


def test_pagination_links(client):  # noqa: F811
    html = client.get("/?limit=2").text
    assert 'href="?limit=2&amp;offset=2"' in html


def test_javascript_url_is_not_a_link(client):  # noqa: F811
    art = client.get("/api/search", params={"q": "window.__pwned"}).json()["results"][0]
    html = client.get(f"/articles/{art['id']}").text
    assert "javascript:window.__pwned=6" in html  # shown as text
    assert 'href="javascript' not in html


@pytest.mark.parametrize("path, status, heading", [
    ("/events/Fnothing", 404, "Not found"), ("/actors/999999", 404, "Not found"), ("/nowhere", 404, "Not found"),
    ("/?since=yesterday", 400, "Bad request"), ("/actors/abc", 400, "Bad request"),
    ("/?limit=100000", 400, "Bad request"), ("/events/%3Cscript%3E", 400, "Bad request"),
])
def test_errors_are_pages(client, path, status, heading):  # noqa: F811
    r = client.get(path)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert f"<h1>{heading}</h1>" in r.text and "Traceback" not in r.text and "<script" not in r.text


def test_500_is_a_page(client, monkeypatch):  # noqa: F811
    from communique.store import queries

    monkeypatch.setattr(queries, "actors_list", lambda *a, **k: 1 / 0)
    r = client.get("/actors")
    assert r.status_code == 500 and "<h1>Something went wrong</h1>" in r.text and "ZeroDivision" not in r.text


def test_map_page_draws_outlines_when_installed(client):  # noqa: F811
    from communique.web.worldmap import GEOMETRY

    html = client.get("/map").text
    if not GEOMETRY.exists():
        assert "not installed" in html
        pytest.skip("world-atlas is not installed (scripts/web-assets.sh)")
    assert html.count("<path d=\"M") > 100 and "Geneva" in html


def test_article_marks_role_evidence_and_the_linked_span(client):  # noqa: F811
    art = client.get("/api/search", params={"q": "Special Envoy for Syria"}).json()["results"][0]
    a = client.get(f"/api/articles/{art['id']}").json()["article"]
    text = a["text"]
    start = text.index("constitutional committee")
    html = client.get(f"/articles/{art['id']}", params={"mark": f"{start}-{start + 24}"}).text
    assert '<mark class="focus" id="focus">constitutional committee</mark>' in html
    # role evidence overlapping event evidence: the role mark wins its characters, no nesting
    assert '<mark class="role">US Special Envoy for Syria, James Jeffrey</mark><mark class="cite">, sat down' in html
    assert client.get(f"/articles/{art['id']}", params={"mark": f"0-{len(text) + 5}"}).status_code == 400
    assert client.get(f"/articles/{art['id']}", params={"mark": "5"}).status_code == 400


def test_event_page_links_each_source_to_its_marked_sentence(client):  # noqa: F811
    ev = bilingual_meeting(client)
    html = client.get(f"/events/{ev['id']}").text
    links = re.findall(r'class="src-title" href="(/articles/\d+\?mark=\d+-\d+#focus)"', html)
    assert len(links) == 2
    for link in links:
        page = client.get(link.split("#")[0]).text
        assert '<mark class="focus" id="focus">' in page
