"""The HTTP API against a real uvicorn server on 127.0.0.1: every endpoint, the filters, and bad input answered
with 4xx JSON errors (never 500)."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from webfixtures import sample_documents

from rasd.serialize import to_dict

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DOCS = sample_documents()
ALL_EVENTS = [(d, e) for d in DOCS for e in d.events]


@pytest.fixture(scope="module")
def client(live_url: str) -> Any:
    with httpx.Client(base_url=live_url, timeout=30) as c:
        yield c


def ok(client: httpx.Client, path: str, **params: Any) -> Any:
    r = client.get(path, params=params)
    assert r.status_code == 200, (path, params, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith(("application/json", "application/geo+json"))
    return r.json()


def err(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, (r.request.url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    e = r.json()["error"]
    assert e["status"] == status and e["message"]
    if code:
        assert e["code"] == code, e
    return e


# ---- every endpoint -------------------------------------------------------------------------------------

def test_health_and_stats(client: httpx.Client) -> None:
    assert ok(client, "/api/v1/health")["documents"] == len(DOCS)
    s = ok(client, "/api/v1/stats")
    assert s["counts"]["events"] == len(ALL_EVENTS)
    assert s["event_types"] == dict(Counter(e.type for _, e in ALL_EVENTS))
    assert {x["source"] for x in s["sources"]} == {d.meta.source for d in DOCS}


def test_documents_list_and_paging(client: httpx.Client) -> None:
    page = ok(client, "/api/v1/documents", limit=2, count="true")
    assert page["total"] == len(DOCS) and len(page["items"]) == 2 and page["next_offset"] == 2
    seen = []
    offset = 0
    while offset is not None:
        p = ok(client, "/api/v1/documents", limit=2, offset=offset)
        seen += [it["id"] for it in p["items"]]
        offset = p["next_offset"]
    assert sorted(seen) == sorted(d.id for d in DOCS)
    dates = [it["date"] for it in ok(client, "/api/v1/documents")["items"]]
    assert dates == sorted(dates, reverse=True)
    with_events = ok(client, "/api/v1/documents", with_events="true")["items"]
    assert {it["id"] for it in with_events} == {d.id for d in DOCS if d.events}
    aawsat = ok(client, "/api/v1/documents", source="aawsat")["items"]
    assert {it["id"] for it in aawsat} == {d.id for d in DOCS if d.meta.source == "aawsat"}


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.id)
def test_document_is_the_stored_article(client: httpx.Client, doc: Any, tmp_path: Path) -> None:
    got = ok(client, f"/api/v1/documents/{doc.id}")
    want = to_dict(doc)
    assert got["schema"] == "rasd.document/1"
    for key in ("id", "text", "mentions", "actors", "places", "events"):
        assert got[key] == want[key], key
    for e in got["events"]:
        assert got["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    validator = SHARED / "tools" / "validate_document.py"
    if validator.exists():
        out = tmp_path / "doc.json"
        out.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(validator), str(out)], capture_output=True, check=False,
                             text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_events_unfiltered_newest_first(client: httpx.Client) -> None:
    items = ok(client, "/api/v1/events", limit=500)["items"]
    assert len(items) == len(ALL_EVENTS)
    days = [it["day"] for it in items]
    assert days == sorted(days, reverse=True)
    by_key = {(d.id, e.id): (d, e) for d, e in ALL_EVENTS}
    for it in items:
        d, e = by_key[(it["doc_id"], it["event_id"])]
        assert it["type"] == e.type and it["trigger"] == e.trigger_text
        assert it["evidence"] == d.text[e.evidence.start:e.evidence.end]


@pytest.mark.parametrize("params, keep", [
    ({"type": "ASSAULT"}, lambda d, e: e.type == "ASSAULT"),
    ({"type": "AGREE,MOBILIZE"}, lambda d, e: e.type in ("AGREE", "MOBILIZE")),
    ({"type": "assault", "source": "okaz"}, lambda d, e: e.type == "ASSAULT" and d.meta.source == "okaz"),
    ({"actor": "داعش"}, lambda d, e: "a:ISIL" in e.actor),
    ({"recipient": "Islamic State"}, lambda d, e: "a:ISIL" in e.recipient),
    ({"country": "SY"}, lambda d, e: e.place == "p:RAQQA"),
    ({"country": "IRQ"}, lambda d, e: "a:IRQ_ARMY" in e.actor + e.recipient),
    ({"place": "الموصل"}, lambda d, e: e.place == "p:MOSUL"),
    ({"bbox": "38,30,45,38"}, lambda d, e: e.place in ("p:RAQQA", "p:MOSUL")),
    ({"date_from": "2015-08-01", "date_to": "2015-08-03"},
     lambda d, e: "2015-08-01" <= (e.date or d.meta.date) <= "2015-08-03"),
    ({"date_from": "2015-08"}, lambda d, e: (e.date or d.meta.date) >= "2015-08"),
    ({"q": "الرقة"}, lambda d, e: "الرقة" in d.text),
    ({"mode": "aerial"}, lambda d, e: e.mode == "aerial"),
])
def test_event_filters(client: httpx.Client, params: dict[str, str], keep: Any) -> None:
    items = ok(client, "/api/v1/events", limit=500, count="true", **params)
    want = sorted((d.id, e.id) for d, e in ALL_EVENTS if keep(d, e))
    assert want, "a filter test must select something"
    assert sorted((it["doc_id"], it["event_id"]) for it in items["items"]) == want
    assert items["total"] == len(want)


def test_merged_events_are_stories(client: httpx.Client) -> None:
    stories = ok(client, "/api/v1/events", merged="true")["items"]
    assert sum(s["n_reports"] for s in stories) == len(ALL_EVENTS)
    raqqa = [s for s in stories if s["place"] == "Ar-Raqqah"]
    assert len(raqqa) == 1 and raqqa[0]["n_reports"] == 2  # two outlets, one air strike
    story = ok(client, f"/api/v1/stories/{raqqa[0]['story_id']}")
    assert {r["doc_id"] for r in story["reports"]} == {"art-a", "art-b"}


def test_actors_places_labels_search(client: httpx.Client) -> None:
    actors = {a["actor_key"]: a for a in ok(client, "/api/v1/actors")["items"]}
    assert actors["ISIL"]["n_documents"] == sum(any(a.dictionary_id == "ISIL" for a in d.actors) for d in DOCS)
    assert [a["actor_key"] for a in ok(client, "/api/v1/actors", kind="igo")["items"]] != []
    assert all(a["kind"] == "igo" for a in ok(client, "/api/v1/actors", kind="igo")["items"])
    places = {p["name"] for p in ok(client, "/api/v1/places", country="IQ")["items"]}
    assert places == {"Mosul"}
    labels = ok(client, "/api/v1/labels", actor="ISIL")["items"]
    assert {(x["source"], x["label"]) for x in labels} == {
        ("aawsat", "التنظيم الإرهابي"), ("alriyadh", "التنظيم المتطرف"), ("okaz", "الميليشيا الإرهابية")}
    hits = ok(client, "/api/v1/search", q="والجيش العراقي")["items"]  # clitic «و» and all words must match
    assert [h["doc_id"] for h in hits] == ["art-e"]
    assert "الجيش العراقي" in hits[0]["snippet"]


def test_timeline_network_map(client: httpx.Client) -> None:
    tl = ok(client, "/api/v1/timeline", interval="month")
    assert tl["total"] == len(ALL_EVENTS)
    assert tl["periods"] == sorted({(e.date or d.meta.date)[:7] for d, e in ALL_EVENTS})
    assert sum(tl["series"]["ASSAULT"]) == sum(e.type == "ASSAULT" for _, e in ALL_EVENTS)
    net = ok(client, "/api/v1/network")
    edges = {(x["source"], x["target"]): x["weight"] for x in net["edges"]}
    assert edges[("COALITION_ISIL", "ISIL")] == 2 and edges[("ISIL", "IRQ_MIL")] == 1
    assert {n["id"] for n in net["nodes"]} == {k for pair in edges for k in pair}
    geo = ok(client, "/api/v1/map")
    assert geo["type"] == "FeatureCollection"
    counts = {f["properties"]["name"]: f["properties"]["n_events"] for f in geo["features"]}
    assert counts == dict(Counter(p.name for d, e in ALL_EVENTS for p in d.places if p.id == e.place))
    only = ok(client, "/api/v1/map", type="MOBILIZE")["features"]
    assert [f["properties"]["top_type"] for f in only] == ["MOBILIZE"]


def test_openapi_describes_every_route(client: httpx.Client, live_url: str) -> None:
    doc = ok(client, "/api/v1/openapi.json")
    assert doc["openapi"].startswith("3.")
    from rasd.web.api import API_PREFIX, Limits, endpoints

    for ep in endpoints(Limits()):
        path = API_PREFIX + ep.path.replace(":path}", "}")
        op = doc["paths"][path][ep.method.lower()]
        assert {p["name"] for p in op["parameters"] if p["in"] == "query"} == {p.name for p in ep.params}
        assert op["summary"]


# ---- bad input: 4xx JSON, never 500 ---------------------------------------------------------------------

@pytest.mark.parametrize("path, params", [
    ("/api/v1/events", {"limit": "abc"}),
    ("/api/v1/events", {"limit": "100000"}),
    ("/api/v1/events", {"limit": "0"}),
    ("/api/v1/events", {"limit": "-5"}),
    ("/api/v1/events", {"limit": "1e3"}),
    ("/api/v1/events", {"offset": "99999999999"}),
    ("/api/v1/events", {"type": "BOMBING"}),
    ("/api/v1/events", {"date_from": "2015-13-45"}),
    ("/api/v1/events", {"date_to": "yesterday"}),
    ("/api/v1/events", {"bbox": "1,2,3"}),
    ("/api/v1/events", {"bbox": "nan,0,1,1"}),
    ("/api/v1/events", {"bbox": "10,10,0,0"}),
    ("/api/v1/events", {"country": "SYRIA"}),
    ("/api/v1/events", {"country": "1'"}),
    ("/api/v1/events", {"merged": "maybe"}),
    ("/api/v1/events", {"limit": ["1", "2"]}),
    ("/api/v1/events", {"type": ",".join(["ASSAULT"] * 60) + ",AGREE," * 60}),
    ("/api/v1/events", {"actor": "x" * 5000}),
    ("/api/v1/events", {"actor": "a\x00b"}),
    ("/api/v1/events", {"unknown": "1"}),
    ("/api/v1/events", {"actor": ""}),
    ("/api/v1/documents", {"limit": "1000"}),
    ("/api/v1/documents", {"with_events": "2"}),
    ("/api/v1/search", {}),
    ("/api/v1/search", {"q": "داعش", "limit": "-1"}),
    ("/api/v1/actors", {"kind": "terrorist"}),
    ("/api/v1/places", {"bbox": "a,b,c,d"}),
    ("/api/v1/labels", {"min_count": "0"}),
    ("/api/v1/timeline", {"interval": "week"}),
    ("/api/v1/network", {"limit": "1000000"}),
    ("/api/v1/map", {"date_from": "2015-02-30"}),
    ("/api/v1/health", {"x": "1"}),
])
def test_bad_parameters_are_400(client: httpx.Client, path: str, params: dict[str, Any]) -> None:
    e = err(client.get(path, params=params), 400, "rasd.web.bad_param")
    assert "parameter" in e["message"]


SQLISH = ["' OR '1'='1", "1; DROP TABLE documents; --", "\" OR 1=1 --", "x') UNION SELECT id, text FROM documents --",
          "\\", "%", "_", "*", "^", "'; ATTACH DATABASE '/tmp/x' AS x; --", "NEAR(x y)", "title:x", "\"\"\""]


@pytest.mark.parametrize("value", SQLISH)
@pytest.mark.parametrize("param", ["actor", "recipient", "place", "q", "source", "mode"])
def test_sql_ish_strings_are_data(client: httpx.Client, param: str, value: str) -> None:
    r = client.get("/api/v1/events", params={param: value})
    assert r.status_code in (200, 400), r.text[:300]
    if r.status_code == 200:
        assert r.json()["items"] == []  # nothing in the fixture matches these strings
    assert ok(client, "/api/v1/health")["documents"] == len(DOCS)


@pytest.mark.parametrize("value, plain", [("داعش*", "داعش"), ("NEAR(داعش الرقة)", "near داعش الرقة"),
                                          ("body:داعش", "body داعش"), ("\"داعش\" OR", "داعش OR"), ("(الرقة", "الرقة")])
def test_full_text_syntax_is_plain_words(client: httpx.Client, value: str, plain: str) -> None:
    """FTS5 operators typed by a user are read as words, never as query syntax (or an error)."""
    def ids(q: str) -> list[tuple[str, str]]:
        return sorted((it["doc_id"], it["event_id"]) for it in ok(client, "/api/v1/events", q=q)["items"])
    assert ids(value) == ids(plain)


@pytest.mark.parametrize("path, status", [
    ("/api/v1/documents/..%2F..%2F..%2Fetc%2Fpasswd", 404),
    ("/api/v1/documents/../../etc/passwd", 404),
    ("/api/v1/documents/art-a%2F..%2Fart-b", 404),
    ("/api/v1/documents/%00", 400),
    ("/api/v1/documents/" + "a" * 1000, 400),
    ("/api/v1/documents/art-a%27%20OR%20%271%27%3D%271", 404),
    ("/api/v1/stories/abc", 400),
    ("/api/v1/stories/-1", 400),
    ("/api/v1/stories/1%3B%20DROP%20TABLE%20stories", 400),
    ("/api/v1/stories/999999", 404),
    ("/api/v1/nothing-here", 404),
    ("/static/..%2F..%2Fapi.py", 404),
    ("/static/../../../etc/passwd", 404),
    ("/static/vendor/leaflet/..%2F..%2F..%2Fapp.py", 404),
])
def test_ids_and_paths(client: httpx.Client, path: str, status: int) -> None:
    r = client.send(client.build_request("GET", httpx.URL(client.base_url.join(path), params=None)))
    if path.startswith("/static"):
        assert r.status_code == status and "def create_app" not in r.text and "root:" not in r.text
    else:
        err(r, status)


def test_method_not_allowed(client: httpx.Client) -> None:
    err(client.post("/api/v1/events", json={}), 405, "rasd.web.method")
    err(client.delete("/api/v1/documents/art-a"), 405, "rasd.web.method")
    err(client.get("/api/v1/extract"), 405, "rasd.web.method")


def test_html_pages_get_html_errors(client: httpx.Client) -> None:
    r = client.get("/article/no-such-article")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


# ---- POST /extract ---------------------------------------------------------------------------------------

TEXT = "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في مدينة الرقة السورية يوم الاثنين."


def test_extract_json_returns_a_document_and_stores_nothing(client: httpx.Client) -> None:
    r = client.post("/api/v1/extract", json={"text": TEXT, "date": "2015-08-03", "title": "خبر"})
    assert r.status_code == 200, r.text[:300]
    doc = r.json()
    assert doc["schema"] == "rasd.document/1" and doc["text"] == TEXT
    assert doc["meta"]["date"] == "2015-08-03" and doc["sentences"]
    for key in ("mentions", "actors", "places", "events"):
        assert isinstance(doc[key], list)
    assert ok(client, "/api/v1/health")["documents"] == len(DOCS)
    assert client.get(f"/api/v1/documents/{doc['id']}").status_code == 404


def test_extract_plain_text(client: httpx.Client) -> None:
    r = client.post("/api/v1/extract", content=TEXT.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert r.status_code == 200 and r.json()["text"] == TEXT


@pytest.mark.parametrize("kwargs, status, code", [
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "rasd.input.format"),
    ({"content": "\xff\xfe".encode("latin-1"), "headers": {"content-type": "text/plain"}}, 400, "rasd.input.format"),
    ({"json": ["a list"]}, 400, "rasd.web.bad_param"),
    ({"json": {"text": ""}}, 400, "rasd.web.bad_param"),
    ({"json": {"text": 42}}, 400, "rasd.web.bad_param"),
    ({"json": {"text": "نص", "date": "not a date"}}, 400, "rasd.web.bad_param"),
    ({"json": {"text": "نص", "sql": "DROP"}}, 400, "rasd.web.bad_param"),
    ({"json": {"text": "نص", "title": ["x"]}}, 400, "rasd.web.bad_param"),
    ({"json": {"text": "ب" * 6_000}}, 413, "rasd.input.too_large"),  # over max_text_chars, under max_body
    ({"content": b"x" * 30_000, "headers": {"content-type": "text/plain"}}, 413, "rasd.input.too_large"),
    ({"content": b"<xml/>", "headers": {"content-type": "application/xml"}}, 415, "rasd.web.media_type"),
])
def test_extract_bad_bodies(client: httpx.Client, kwargs: dict[str, Any], status: int, code: str) -> None:
    err(client.post("/api/v1/extract", **kwargs), status, code)


def test_extract_chunked_body_over_limit(client: httpx.Client) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b"x" * 1000
    err(client.post("/api/v1/extract", content=chunks(), headers={"content-type": "text/plain"}), 413,
        "rasd.input.too_large")


# ---- limits, headers, fuzz -------------------------------------------------------------------------------

def test_query_time_limit(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.web import Limits, create_app

    big = build_store(tmp_path / "big.db", copies=100)
    with LiveServer(create_app(big, limits=Limits(query_timeout=0.0))) as url:
        # (a plain page of stories, or one outlet's, is a few index steps now, under the interrupt's
        # granularity: a place filter makes it check every story)
        for path in ("/api/v1/timeline", "/api/v1/labels", "/api/v1/events?merged=true&bbox=35,32,42,37"):
            err(httpx.get(url + path, timeout=30), 503, "rasd.web.timeout")
        assert httpx.get(url + "/api/v1/openapi.json").status_code == 200  # no query: still served
    with LiveServer(create_app(big, limits=Limits(query_timeout=10.0))) as url:
        assert httpx.get(url + "/api/v1/timeline", timeout=30).json()["total"] == 100 * len(ALL_EVENTS)


def test_pool_interrupts_a_runaway_query(store_path: Path) -> None:
    from rasd.web.db import Pool
    from rasd.web.errors import ApiError

    pool = Pool(store_path, size=1, query_timeout=0.2)
    with pytest.raises(ApiError) as info, pool.connection() as conn:
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c").fetchone()
    assert info.value.code == "rasd.web.timeout"
    with pool.connection() as conn:  # the connection went back to the pool and works
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(DOCS)
    pool.close()


def test_security_headers(client: httpx.Client) -> None:
    for path in ("/", "/api/v1/health", "/static/js/rasd.js"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp


def test_missing_database_is_refused_at_start(tmp_path: Path) -> None:
    from rasd.errors import StoreError
    from rasd.web import create_app

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(param=st.sampled_from(["actor", "recipient", "place", "q", "source", "mode", "country", "type", "bbox",
                              "date_from", "limit", "offset", "merged"]),
       value=st.text(max_size=60))
def test_fuzzed_parameters_never_500(client: httpx.Client, param: str, value: str) -> None:
    r = client.get("/api/v1/events", params={param: value})
    assert r.status_code in (200, 400), (param, value, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")


def test_database_is_opened_read_only(store_path: Path) -> None:
    import sqlite3

    from rasd.web.db import Pool

    pool = Pool(store_path, size=1)
    with pool.connection() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM documents")
    pool.close()


def test_cached_answers_follow_the_database(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.store import connect
    from rasd.store.db import now, transaction
    from rasd.store.rows import document_rows, write_rows
    from rasd.web import create_app

    db = build_store(tmp_path / "c.db")
    with LiveServer(create_app(db)) as url, httpx.Client(base_url=url) as c:
        first = c.get("/api/v1/documents", params={"count": "true"})
        again = c.get("/api/v1/documents", params={"count": "true"})
        assert again.headers.get("x-rasd-cache") == "hit" and again.json() == first.json()
        conn = connect(db)  # another process (here: a writer connection) ingests one more article
        with transaction(conn):
            extra = DOCS[0].replace(id="art-new")
            write_rows(conn, document_rows(extra, fingerprint="test", run_id=None, ingested_at=now()))
        conn.close()
        after = c.get("/api/v1/documents", params={"count": "true"})
        assert after.headers.get("x-rasd-cache") is None
        assert after.json()["total"] == first.json()["total"] + 1


def test_etag_answers_not_modified_until_the_database_changes(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.store import connect
    from rasd.store.db import now, transaction
    from rasd.store.rows import document_rows, write_rows
    from rasd.web import Limits, create_app

    db = build_store(tmp_path / "e.db")
    for cache in (512, 0):  # ETags hold with and without the answer cache
        with LiveServer(create_app(db, limits=Limits(cache_entries=cache))) as url, \
                httpx.Client(base_url=url) as c:
            first = c.get("/api/v1/events", params={"type": "ASSAULT"})
            tag = first.headers["etag"]
            assert first.status_code == 200 and tag.startswith('"')
            assert first.headers["cache-control"] == "no-cache"
            same = c.get("/api/v1/events", params={"type": "ASSAULT"}, headers={"if-none-match": tag})
            assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == tag
            other = c.get("/api/v1/events", params={"type": "ASSAULT"}, headers={"if-none-match": '"nope"'})
            assert other.status_code == 200 and other.json() == first.json()
            conn = connect(db)
            with transaction(conn):
                write_rows(conn, document_rows(DOCS[0].replace(id=f"art-etag-{cache}"), fingerprint="test",
                                               run_id=None, ingested_at=now()))
            conn.close()
            changed = c.get("/api/v1/events", params={"type": "ASSAULT"}, headers={"if-none-match": tag})
            assert changed.status_code == 200 and changed.headers["etag"] != tag
            assert len(changed.json()["items"]) == len(first.json()["items"]) + sum(
                e.type == "ASSAULT" for e in DOCS[0].events)


def test_cache_key_is_normalised(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.web import create_app

    db = build_store(tmp_path / "n.db")
    with LiveServer(create_app(db)) as url, httpx.Client(base_url=url) as c:
        a = c.get("/api/v1/events?type=ASSAULT&limit=50")
        b = c.get("/api/v1/events?limit=50&type=assault")
        d = c.get("/api/v1/events?type=ASSAULT")  # limit 50 is the default
        assert a.headers.get("x-rasd-cache") is None
        assert b.headers.get("x-rasd-cache") == "hit" and d.headers.get("x-rasd-cache") == "hit"
        assert a.content == b.content == d.content
        other = c.get("/api/v1/events?type=ASSAULT&limit=49")
        assert other.headers.get("x-rasd-cache") is None


EVENT_QUERIES = [{}, {"limit": 1}, {"limit": 2, "offset": 1}, {"type": "ASSAULT"}, {"type": "ASSAULT,AGREE"},
                 {"merged": "true"}, {"country": "SY"}, {"actor": "داعش"}, {"recipient": "داعش"},
                 {"q": "الرقة"}, {"source": "aawsat"}, {"date_from": "2015-08-03"}, {"count": "true"},
                 {"count": "true", "type": "ASSAULT", "limit": 1}, {"actor": "nobody"}]


def test_event_pages_are_the_same_bytes_with_and_without_the_cache(tmp_path: Path) -> None:
    """The cached path assembles pages from kept rows; it must answer exactly what the plain path answers."""
    from webfixtures import LiveServer, build_store

    from rasd.web import Limits, create_app

    db = build_store(tmp_path / "b.db", copies=3)
    uncached = create_app(db, limits=Limits(cache_entries=0))
    with LiveServer(create_app(db)) as cached, LiveServer(uncached) as plain, httpx.Client() as c:
        nonempty = 0
        for rounds in range(2):  # second round: rows (and answers) come from the cache
            for params in EVENT_QUERIES:
                a = c.get(cached + "/api/v1/events", params=params)
                b = c.get(plain + "/api/v1/events", params=params)
                assert a.status_code == b.status_code == 200, params
                assert a.content == b.content, params
                assert a.headers["etag"] == b.headers["etag"]
                nonempty += bool(json.loads(a.content)["items"])
        assert nonempty == 2 * (len(EVENT_QUERIES) - 1)  # all but «nobody» find events


def test_event_pages_from_kept_bodies_are_the_rows_rendered(tmp_path: Path) -> None:
    """Pages are assembled from the events kept rendered in the store (event_rows); they must be byte for byte
    what rendering the query rows gives (the plain answer before the bodies existed), and a store without
    bodies (or with bodies of another format) must answer the same."""
    from webfixtures import LiveServer, build_store

    from rasd.store import connect
    from rasd.store import query as sq
    from rasd.web import Limits, create_app
    from rasd.web.api import _filter, _page, dumps, endpoints
    from rasd.web.params import parse

    kept = build_store(tmp_path / "k.db", copies=3)
    bare = build_store(tmp_path / "n.db", copies=3, bodies=False)
    stale = build_store(tmp_path / "s.db", copies=3)
    conn = connect(stale)
    with conn:
        conn.execute("UPDATE event_rows SET fmt = fmt + 1, body = CAST('{\"x\":1' AS BLOB)")
    conn.close()
    ro = connect(kept, readonly=True)
    assert ro.execute("SELECT count(*) FROM event_rows").fetchone()[0] == ro.execute(
        "SELECT count(*) FROM events").fetchone()[0] > 0
    ep = next(e for e in endpoints(Limits()) if e.path == "/events")
    apps = [create_app(db, limits=Limits(cache_entries=0)) for db in (kept, bare, stale)]
    with LiveServer(apps[0]) as a, LiveServer(apps[1]) as b, LiveServer(apps[2]) as s, httpx.Client() as c:
        for params in EVENT_QUERIES + [{"limit": 500}, {"offset": 4}, {"place": "عدن"}, {"bbox": "35,32,42,37"}]:
            p = parse({k: str(v) for k, v in params.items()}, ep.params)
            f = _filter(p, p["limit"], p["offset"])
            total = sq.count_events(ro, _filter(p)) if p["count"] and not p["merged"] else None
            rows = sq.stories(ro, f) if p["merged"] else sq.events(ro, f)
            want = dumps(_page(rows, p["limit"], p["offset"], merged=p["merged"], total=total))
            for base in (a, b, s):
                r = c.get(base + "/api/v1/events", params=params)
                assert r.status_code == 200 and r.content == want, (base, params)
    ro.close()


def test_worker_factory_builds_the_same_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.config import resolve
    from rasd.web import Limits
    from rasd.web.app import CONFIG_ENV, app_from_env, worker_config

    db = build_store(tmp_path / "w.db")
    settings = resolve(env={}, overrides={"max_chars": 12345})
    monkeypatch.setenv(CONFIG_ENV, worker_config(db, settings=settings, limits=Limits(max_page=7)))
    app = app_from_env()
    assert app.state.ctx.limits.max_page == 7 and app.state.ctx.settings == settings
    with LiveServer(app) as url, httpx.Client(base_url=url) as c:
        assert c.get("/api/v1/events", params={"limit": 8}).status_code == 400
        assert c.get("/api/v1/events", params={"limit": 7}).status_code == 200
    monkeypatch.delenv(CONFIG_ENV)
    with pytest.raises(Exception, match=CONFIG_ENV):
        app_from_env()


def test_event_rows_are_rendered_at_start_up(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.web import Limits, create_app

    db = build_store(tmp_path / "p.db", copies=2)
    app = create_app(db, limits=Limits(event_rows=3))
    with LiveServer(app) as url, httpx.Client(base_url=url) as c:
        cache = app.state.ctx.cache
        kept = list(cache._frags)
        assert len(kept) == 3  # bounded by event_rows, newest first
        items = c.get("/api/v1/events", params={"limit": 3}).json()["items"]
        assert kept == [(it["doc_id"], it["event_id"]) for it in items]
        assert json.loads(cache._frags[kept[0]]) == items[0]
    assert create_app(db, limits=Limits(cache_entries=0)).state.ctx.cache is None


def test_landing_page_answers_are_ready_at_start_up(tmp_path: Path) -> None:
    from webfixtures import LiveServer, build_store

    from rasd.web import create_app

    db = build_store(tmp_path / "l.db")
    with LiveServer(create_app(db)) as url, httpx.Client(base_url=url) as c:
        for path, params in (("/api/v1/map", {}), ("/api/v1/timeline", {"interval": "month"}),
                             ("/api/v1/network", {"limit": "60"}), ("/api/v1/stats", {})):
            r = c.get(path, params=params)
            assert r.status_code == 200 and r.headers.get("x-rasd-cache") == "hit", path
        fresh = c.get("/api/v1/timeline", params={"interval": "year"})
        assert fresh.status_code == 200 and fresh.headers.get("x-rasd-cache") is None
