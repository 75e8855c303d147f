"""A small hand-built store for the web tests: real-style Arabic articles with mentions (and descriptors),
actors, places and events, written through the store's own row functions (no NER/events component needed)."""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from rasd.doc import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # the store tests' fixtures: one builder
from storefixtures import ACTORS as STORE_ACTORS
from storefixtures import TEXT_A, TEXT_B, TEXT_C, TEXT_D
from storefixtures import build as _build

ACTORS = {
    **STORE_ACTORS,  # the store tests' actors, and the Iraqi army
    "IRQ_ARMY": {"name": "Iraqi Army", "name_ar": "الجيش العراقي", "kind": "state_body", "country": "IRQ",
                 "sector": "MIL", "wikidata": "Q1140360", "dictionary_id": "IRQ_MIL"},
}
PLACES = {
    "RAQQA": {"name": "Ar-Raqqah", "name_ar": "الرقة", "lat": 35.9528, "lon": 39.0079, "country": "SY",
              "admin1": "Raqqa", "admin2": None, "feature": "city", "precision": 1,
              "gazetteer_id": "geonames:163345"},
    "ABHA": {"name": "Abha", "name_ar": "أبها", "lat": 18.2164, "lon": 42.5053, "country": "SA",
             "admin1": "'Asir", "admin2": None, "feature": "city", "precision": 1,
             "gazetteer_id": "geonames:110690"},
    "ADEN": {"name": "Aden", "name_ar": "عدن", "lat": 12.7794, "lon": 45.0367, "country": "YE",
             "admin1": "Aden", "admin2": None, "feature": "city", "precision": 1,
             "gazetteer_id": "geonames:415189"},
    "MOSUL": {"name": "Mosul", "name_ar": "الموصل", "lat": 36.335, "lon": 43.1189, "country": "IQ",
              "admin1": "Nineveh", "admin2": None, "feature": "city", "precision": 1,
              "gazetteer_id": "geonames:99072"},
}


def build(doc_id: str, text: str, *, source: str, date: str, title: str,
          mentions: list[tuple[str, str, str | None, str | None, list[str]]],
          events: list[dict[str, object]]) -> Document:
    """The store tests' document builder over this module's actor and place tables, without an author."""
    return _build(doc_id, text, source=source, date=date, title=title, mentions=mentions, events=events,
                  actors=ACTORS, places=PLACES, author=None)


TEXT_E = ("دفع الجيش العراقي بتعزيزات عسكرية كبيرة إلى أطراف الموصل، في حين هاجم مسلحو داعش "
          "نقاطاً للجيش العراقي جنوب المدينة، بحسب مصادر أمنية.")
TEXT_F = "افتتح معرض الكتاب في الرياض أبوابه للزوار مساء الخميس بمشاركة مئات دور النشر."


def sample_documents() -> list[Document]:
    return [
        build("art-a", TEXT_A, source="aawsat", date="2015-08-02", title="غارات للتحالف على الرقة", mentions=[
            ("التحالف الدولي", "ORG", "COALITION", None, []),
            ("داعش", "ORG", "ISIL", None, ["التنظيم الإرهابي"]),
            ("الرقة", "LOC", None, "RAQQA", []),
        ], events=[{"type": "ASSAULT", "mode": "aerial", "trigger": "غارات",
                    "evidence": "شنّت طائرات التحالف الدولي غارات جوية على مواقع لتنظيم «داعش» في مدينة الرقة",
                    "actor": ["COALITION"], "recipient": ["ISIL"], "place": "RAQQA", "date": "2015-08-01",
                    "acled": ("Explosions/Remote violence", "Air/drone strike")}]),
        build("art-b", TEXT_B, source="alriyadh", date="2015-08-02", title="قصف مواقع داعش في الرقة", mentions=[
            ("التحالف الدولي", "ORG", "COALITION", None, []),
            ("داعش", "ORG", "ISIL", None, ["التنظيم المتطرف"]),
            ("الرقة", "LOC", None, "RAQQA", []),
        ], events=[{"type": "ASSAULT", "mode": "aerial", "trigger": "قصفت", "evidence": TEXT_B[:-1],
                    "actor": ["COALITION"], "recipient": ["ISIL"], "place": "RAQQA", "date": "2015-08-01",
                    "acled": ("Explosions/Remote violence", "Air/drone strike")}]),
        build("art-c", TEXT_C, source="okaz", date="2015-08-07", title="الخارجية تدين هجوم أبها", mentions=[
            ("وزارة الخارجية السعودية", "ORG", "SAU_MOFA", None, []),
            ("داعش", "ORG", "ISIL", None, ["الميليشيا الإرهابية"]),
            ("أبها", "LOC", None, "ABHA", []),
        ], events=[
            {"type": "ACCUSE", "trigger": "تدين",
             "evidence": "أعلنت وزارة الخارجية السعودية أنها تدين الهجوم", "actor": ["SAU_MOFA"],
             "recipient": ["ISIL"], "date": "2015-08-07"},
            {"type": "ASSAULT", "trigger": "الهجوم",
             "evidence": "الهجوم الإرهابي الذي نفذه تنظيم داعش على مسجد في أبها", "actor": ["ISIL"],
             "place": "ABHA", "date": "2015-08-06", "acled": ("Explosions/Remote violence", "Suicide bomb")},
        ]),
        build("art-d", TEXT_D, source="aawsat", date="2015-08-03", title="اتفاق لإيصال المساعدات إلى عدن",
              mentions=[
                  ("الحكومة اليمنية", "ORG", "YEM_GOV", None, []),
                  ("الأمم المتحدة", "ORG", "UN", None, []),
                  ("عدن", "LOC", None, "ADEN", []),
              ], events=[{"type": "AGREE", "trigger": "وقّعت", "evidence": TEXT_D[:-1], "actor": ["YEM_GOV"],
                          "recipient": ["UN"], "place": "ADEN", "date": "2015-08-03"}]),
        build("art-e", TEXT_E, source="alhayat", date="2015-07-20", title="تعزيزات للجيش العراقي قرب الموصل",
              mentions=[
                  ("الجيش العراقي", "ORG", "IRQ_ARMY", None, []),
                  ("الموصل", "LOC", None, "MOSUL", []),
                  ("داعش", "ORG", "ISIL", None, []),
              ], events=[
                  {"type": "MOBILIZE", "mode": "troops", "trigger": "دفع",
                   "evidence": "دفع الجيش العراقي بتعزيزات عسكرية كبيرة إلى أطراف الموصل",
                   "actor": ["IRQ_ARMY"], "place": "MOSUL", "date": "2015-07-20"},
                  {"type": "ASSAULT", "trigger": "هاجم",
                   "evidence": "هاجم مسلحو داعش نقاطاً للجيش العراقي جنوب المدينة", "actor": ["ISIL"],
                   "recipient": ["IRQ_ARMY"], "place": "MOSUL", "date": "2015-07-19",
                   "acled": ("Battles", "Armed clash")},
              ]),
        build("art-f", TEXT_F, source="alriyadh", date="2015-07-30", title="افتتاح معرض الكتاب", mentions=[],
              events=[]),
    ]


def build_store(path: str | os.PathLike[str], copies: int = 1, bodies: bool = True) -> Path:
    """Write the sample documents into a new store at ``path`` with the store's own functions (``copies`` > 1
    stores each article that many times under different ids, for a bigger database; ``bodies=False``: drop the
    events kept rendered, as in a store written before they were)."""
    from rasd.store import connect
    from rasd.store.db import now, transaction
    from rasd.store.dedup import build_stories
    from rasd.store.rows import document_rows, write_rows

    conn = connect(path)
    try:
        with transaction(conn):
            for k in range(copies):
                for d in sample_documents():
                    if k:
                        d = d.replace(id=f"{d.id}-{k}")
                    write_rows(conn, document_rows(d, fingerprint="test", run_id=None, ingested_at=now()))
            if not bodies:  # a store whose events are not kept rendered (answers come from the tables)
                conn.execute("DELETE FROM event_rows")
        build_stories(conn)
    finally:
        conn.close()
    return Path(path)


class LiveServer:
    def __init__(self, app: object) -> None:
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
