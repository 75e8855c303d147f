"""The dashboard in a real browser (Debian's chromium driven by Playwright) over the hand-built store: the map
draws a marker per place, clicking one lists its events, a link opens the article, and the article shows the
selected event's evidence highlighted in right-to-left Arabic. Screenshots go to tests/artifacts/.

Chromium must be installed (``.ci/run`` installs Debian's ``chromium``): without it these tests FAIL, loudly,
rather than skip — a dashboard nobody opened is not tested.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from webfixtures import sample_documents

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = os.environ.get("RASD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DOCS = {d.id: d for d in sample_documents()}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: install Debian's chromium (apt-get install chromium); "
                    "the browser tests must run", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]'", pytrace=False)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, live_url: str) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    host = urlparse(live_url).netloc
    pg.outside: list[str] = []  # type: ignore[attr-defined]
    pg.errors: list[str] = []  # type: ignore[attr-defined]
    pg.on("request", lambda req: None if urlparse(req.url).netloc in (host, "") or req.url.startswith("data:")
          else pg.outside.append(req.url))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    yield pg
    assert pg.outside == [], f"requests left the server: {pg.outside}"  # type: ignore[attr-defined]
    assert pg.errors == [], f"JavaScript errors: {pg.errors}"  # type: ignore[attr-defined]
    ctx.close()


def test_map_marker_to_article_evidence(page: Any, live_url: str) -> None:
    page.goto(live_url + "/")
    page.wait_for_selector("body[data-map-ready='1']", timeout=15_000)
    page.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length > 0")
    markers = page.locator("path.event-marker")
    places = {p.gazetteer_id for d in DOCS.values() for e in d.events for p in d.places if p.id == e.place}
    assert markers.count() == len(places)
    # the basemap (country borders and governorates) was drawn from the shipped GeoJSON
    assert page.locator(".leaflet-basemap-pane path").count() > 50
    page.screenshot(path=str(ARTIFACTS / "map.png"))

    mosul = page.locator("path.event-marker[data-place='geonames:99072']")
    assert mosul.get_attribute("data-type") in ("ASSAULT", "MOBILIZE")
    mosul.click(force=True)
    popup = page.locator(".leaflet-popup-content .popup")
    popup.wait_for(timeout=10_000)
    links = popup.locator("a.event-link")
    assert links.count() == sum(1 for e in DOCS["art-e"].events if e.place == "p:MOSUL")
    page.screenshot(path=str(ARTIFACTS / "map-popup.png"))

    target = popup.locator("a.event-link[href$='#e2']")
    target.click()
    page.wait_for_url("**/article/art-e#e2")
    page.wait_for_selector("body[data-active-event='e2']")
    doc = DOCS["art-e"]
    event = next(e for e in doc.events if e.id == "e2")
    text = page.locator("#text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.getElementById('text')).direction") == "rtl"
    active = page.locator("#text .ev.active")
    assert "".join(active.all_inner_texts()) == doc.text[event.evidence.start:event.evidence.end]
    # the active evidence is visibly highlighted (a background colour), the others are not
    bg = page.evaluate("getComputedStyle(document.querySelector('#text .ev.active')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("li.event.active").get_attribute("data-event") == "e2"
    trig = page.locator("#text .trig[data-trig~='e2']")
    assert "".join(trig.all_inner_texts()) == event.trigger_text
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)

    # selecting the other event moves the highlight
    page.locator("li.event[data-event='e1']").click()
    other = doc.events[0]
    assert "".join(page.locator("#text .ev.active").all_inner_texts()) == \
        doc.text[other.evidence.start:other.evidence.end]


def test_map_type_filter(page: Any, live_url: str) -> None:
    page.goto(live_url + "/")
    page.wait_for_selector("body[data-map-ready='1']")
    page.locator("input[name='type'][value='AGREE']").check()
    page.locator("#filters button[type='submit']").click()
    page.wait_for_url("**/?type=AGREE")
    page.wait_for_selector("body[data-map-ready='1']")
    page.wait_for_function("document.querySelectorAll('path.event-marker').length === 1")
    assert page.locator("path.event-marker").get_attribute("data-type") == "AGREE"


def test_timeline_network_framing_render(page: Any, live_url: str) -> None:
    page.goto(live_url + "/timeline")
    page.wait_for_selector("body[data-timeline-ready='1']")
    n = sum(int(x) for x in page.locator("#timeline rect.bar").evaluate_all("els => els.map(e => e.dataset.n)"))
    assert n == sum(len(d.events) for d in DOCS.values())
    page.locator("button.interval[data-interval='month']").click()
    page.wait_for_function("document.querySelectorAll('#timeline rect.bar').length > 0 && "
                           "location.search.includes('interval=month')")
    page.screenshot(path=str(ARTIFACTS / "timeline.png"))

    page.goto(live_url + "/network")
    page.wait_for_selector("body[data-network-ready='1']")
    assert page.locator("#network g.node").count() >= 4
    assert page.locator("#network line.edge").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "network.png"))

    page.goto(live_url + "/framing?actor=ISIL")
    assert page.locator("table.framing td.ar").count() == 3
    page.screenshot(path=str(ARTIFACTS / "framing.png"), full_page=True)
