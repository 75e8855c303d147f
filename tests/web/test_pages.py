"""Dashboard pages as served HTML (no browser): Arabic is marked up right-to-left, the article view's highlighted
pieces re-assemble the exact raw text, and every event's evidence is highlighted where its offsets say."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from webfixtures import sample_documents

from rasd.doc import Document, Event, Mention, Span
from rasd.web.highlight import segments

DOCS = sample_documents()


class _TextDiv(HTMLParser):
    """Collects the #text div: its full text, and the text of pieces by data attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text = ""
        self.attrs: dict[str, str] = {}
        self.div_attrs: dict[str, str] = {}
        self.by_ev: dict[str, str] = {}
        self.by_trig: dict[str, str] = {}
        self.by_m: dict[str, str] = {}
        self.stack: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.depth:
            self.depth += 1
            self.stack.append(a)
        elif tag == "div" and a.get("id") == "text":
            self.depth = 1
            self.div_attrs = a

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.stack:
                self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        self.text += data
        cur = self.stack[-1] if self.stack else {}
        for ev in cur.get("data-ev", "").split():
            self.by_ev[ev] = self.by_ev.get(ev, "") + data
        for t in cur.get("data-trig", "").split():
            self.by_trig[t] = self.by_trig.get(t, "") + data
        if cur.get("data-m"):
            self.by_m[cur["data-m"]] = self.by_m.get(cur["data-m"], "") + data


@pytest.fixture(scope="module")
def client(live_url: str) -> Any:
    with httpx.Client(base_url=live_url, timeout=30) as c:
        yield c


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.id)
def test_article_view_highlights_evidence_triggers_and_mentions(client: httpx.Client, doc: Document) -> None:
    r = client.get(f"/article/{doc.id}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    p = _TextDiv()
    p.feed(r.text)
    assert p.div_attrs.get("dir") == "rtl" and p.div_attrs.get("lang") == "ar"
    assert p.text == doc.text  # the pieces are the raw text, nothing added or lost
    for e in doc.events:
        # evidence pieces are contiguous here, so their joined text is the evidence span's text
        assert p.by_ev[e.id] == doc.text[e.evidence.start:e.evidence.end]
        assert p.by_trig[e.id] == e.trigger_text
        assert f'id="{e.id}"' in r.text and e.type in r.text
    for m in doc.mentions:
        assert p.by_m[m.id] == m.text
    if not doc.events:
        assert "No events were coded" in r.text


@pytest.mark.parametrize("path", ["/", "/timeline", "/network", "/framing", "/articles", "/articles?q=داعش",
                                  "/articles?with_events=true&source=aawsat", "/framing?actor=داعش",
                                  "/?type=ASSAULT&date_from=2015-08-01", "/timeline?interval=month"])
def test_pages_render_with_local_assets_only(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    html = r.text
    assert '<html lang="en"' in html
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not re.match(r"^(https?:)?//", url), f"external asset {url} on {path}"
        if url.startswith("/static/"):
            assert client.get(url).status_code == 200, url


def test_page_with_bad_filter_shows_an_error_not_a_crash(client: httpx.Client) -> None:
    r = client.get("/?date_from=not-a-date&type=NOPE")
    assert r.status_code == 200 and "Filter ignored" in r.text


def test_framing_page_lists_each_outlets_labels(client: httpx.Client) -> None:
    html = client.get("/framing", params={"actor": "ISIL"}).text
    for label in ("التنظيم الإرهابي", "التنظيم المتطرف", "الميليشيا الإرهابية"):
        assert label in html
    assert 'lang="ar" dir="rtl"' in html


def test_articles_search_finds_through_clitics(client: httpx.Client) -> None:
    html = client.get("/articles", params={"q": "للجيش العراقي"}).text
    assert "/article/art-e" in html and "/article/art-a" not in html


def test_html_is_escaped(client: httpx.Client) -> None:
    html = client.get("/articles", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)</script>" not in html


# ---- the segmentation itself ------------------------------------------------------------------------------

@st.composite
def annotated(draw: Any) -> Document:
    text = draw(st.text(alphabet="دامشع الرقةو،. \n", min_size=1, max_size=80))
    n = len(text)

    def span() -> Span:
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return Span(a, b)

    mentions = []
    for i in range(draw(st.integers(0, 4))):
        s = span()
        mentions.append(Mention(f"m{i}", s.start, s.end, text[s.start:s.end], "ORG"))
    events = []
    for i in range(draw(st.integers(0, 3))):
        ev = span()
        tr = Span(draw(st.integers(ev.start, ev.end)), ev.end)
        events.append(Event(f"e{i}", "ASSAULT", None, tr, text[tr.start:tr.end], ev))
    return Document(id="x", text=text, mentions=tuple(mentions), events=tuple(events))


@given(annotated())
def test_segments_cover_the_text_exactly(doc: Document) -> None:
    segs = segments(doc)
    assert "".join(s.text for s in segs) == doc.text
    pos = 0
    for s in segs:
        assert s.start == pos
        pos += len(s.text)
    for e in doc.events:
        got = "".join(s.text for s in segs if e.id in s.evidence)
        assert got == doc.text[e.evidence.start:e.evidence.end]
        got = "".join(s.text for s in segs if e.id in s.trigger)
        assert got == doc.text[e.trigger.start:e.trigger.end]
