"""Hand-built Arabic documents with mentions (and descriptors), actors, places and events, for store tests.

Also a fake annotator component (``rasd.test.fake.v1``) that adds such annotations to any text deterministically,
so ingest tests exercise every table while the real NER/actors/geo/events components are built elsewhere.
"""
from __future__ import annotations

from rasd.doc import Actor, Document, Event, Mention, Meta, Place, Sentence, Span

ACTORS = {
    "ISIL": {"name": "Islamic State", "name_ar": "داعش", "kind": "armed_group", "country": None,
             "sector": "REB", "wikidata": "Q2429253", "dictionary_id": "ISIL"},
    "COALITION": {"name": "Global Coalition against Daesh", "name_ar": "التحالف الدولي", "kind": "igo",
                  "country": None, "sector": None, "wikidata": "Q18345580",
                  "dictionary_id": "COALITION_ISIL"},
    "SAU_MOFA": {"name": "Saudi Ministry of Foreign Affairs", "name_ar": "وزارة الخارجية السعودية",
                 "kind": "state_body", "country": "SAU", "sector": "GOV", "wikidata": None,
                 "dictionary_id": "SAU_MOFA"},
    "YEM_GOV": {"name": "Government of Yemen", "name_ar": "الحكومة اليمنية", "kind": "state_body",
                "country": "YEM", "sector": "GOV", "wikidata": None, "dictionary_id": "YEM_GOV"},
    "UN": {"name": "United Nations", "name_ar": "الأمم المتحدة", "kind": "igo", "country": None,
           "sector": None, "wikidata": "Q1065", "dictionary_id": "UN"},
}
PLACES = {
    "RAQQA": {"name": "Ar-Raqqah", "name_ar": "الرقة", "lat": 35.9528, "lon": 39.0079, "country": "SY",
              "admin1": "Ar-Raqqah Governorate", "admin2": None, "feature": "city", "precision": 1,
              "gazetteer_id": "geonames:163345"},
    "ABHA": {"name": "Abha", "name_ar": "أبها", "lat": 18.2164, "lon": 42.5053, "country": "SA",
             "admin1": "'Asir", "admin2": None, "feature": "city", "precision": 1,
             "gazetteer_id": "geonames:110690"},
    "ADEN": {"name": "Aden", "name_ar": "عدن", "lat": 12.7794, "lon": 45.0367, "country": "YE",
             "admin1": "Aden", "admin2": None, "feature": "city", "precision": 1,
             "gazetteer_id": "geonames:415189"},
}


def find(text: str, needle: str, nth: int = 0) -> Span:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span(pos, pos + len(needle))


def build(doc_id: str, text: str, *, source: str, date: str, mentions: list[tuple[str, str, str | None, str | None,
          list[str]]], events: list[dict[str, object]], title: str | None = None,
          actors: dict[str, dict[str, object]] | None = None, places: dict[str, dict[str, object]] | None = None,
          author: str | None = "مراسل") -> Document:
    """mentions: (surface, type, actor key, place key, descriptor surfaces); events: type, trigger, evidence
    (surfaces), actor/recipient (actor keys), place (place key), date, mode, acled. ``actors``/``places``: the
    tables the keys refer to (default: this module's); ``author``: ``meta.extra`` author, or none."""
    actor_table = ACTORS if actors is None else actors
    place_table = PLACES if places is None else places
    ms: list[Mention] = []
    actor_mentions: dict[str, list[str]] = {}
    place_mentions: dict[str, list[str]] = {}
    for i, (surface, typ, akey, pkey, descs) in enumerate(mentions):
        sp = find(text, surface)
        mid = f"m{i + 1}"
        ms.append(Mention(mid, sp.start, sp.end, surface, typ, f"a:{akey}" if akey else None,
                          f"p:{pkey}" if pkey else None, tuple(find(text, d) for d in descs), "test"))
        if akey:
            actor_mentions.setdefault(akey, []).append(mid)
        if pkey:
            place_mentions.setdefault(pkey, []).append(mid)
    doc_actors = tuple(Actor(id=f"a:{k}", aliases_matched=(str(actor_table[k]["name_ar"]),), mentions=tuple(v),
                             role=None, **actor_table[k]) for k, v in actor_mentions.items())  # type: ignore[arg-type]
    doc_places = tuple(Place(id=f"p:{k}", mentions=tuple(v), **place_table[k])  # type: ignore[arg-type]
                       for k, v in place_mentions.items())
    evs = []
    for i, e in enumerate(events):
        trig = find(text, str(e["trigger"]))
        evid = find(text, str(e["evidence"]))
        assert evid.contains(trig), (doc_id, e)
        acled = e.get("acled")
        evs.append(Event(
            id=f"e{i + 1}", type=str(e["type"]), mode=e.get("mode"), trigger=trig,  # type: ignore[arg-type]
            trigger_text=text[trig.start:trig.end], evidence=evid,
            actor=tuple(f"a:{k}" for k in e.get("actor", ())),  # type: ignore[attr-defined]
            recipient=tuple(f"a:{k}" for k in e.get("recipient", ())),  # type: ignore[attr-defined]
            place=f"p:{e['place']}" if e.get("place") else None, date=e.get("date"),  # type: ignore[arg-type]
            sentence=0, confidence=float(e.get("confidence", 0.8)),  # type: ignore[arg-type]
            acled=tuple(acled) if acled else None, rule="test.rule",  # type: ignore[arg-type]
            extra=(("fatalities", e["fatalities"]),) if "fatalities" in e else (),
        ))
    return Document(id=doc_id, text=text, meta=Meta(title=title, source=source, url=f"http://example.org/{doc_id}",
                                                     date=date, extra=(("author", author),) if author else ()),
                    sentences=(Sentence(0, len(text), (Span(0, len(text)),)),), mentions=tuple(ms),
                    actors=doc_actors, places=doc_places, events=tuple(evs))


TEXT_A = ("شنّت طائرات التحالف الدولي غارات جوية على مواقع لتنظيم «داعش» في مدينة الرقة، أمس، "
          "ما أدى إلى مقتل 12 عنصراً من التنظيم الإرهابي.")
TEXT_B = "قصفت مقاتلات التحالف الدولي مواقع تنظيم داعش في الرقة أمس وقتلت 12 مسلحاً من التنظيم المتطرف."
TEXT_C = ("أعلنت وزارة الخارجية السعودية أنها تدين الهجوم الإرهابي الذي نفذه تنظيم داعش على مسجد في أبها، "
          "واعتبرت أن الميليشيا الإرهابية تستهدف وحدة المجتمع.")
TEXT_D = "وقّعت الحكومة اليمنية اتفاقاً مع الأمم المتحدة لإيصال المساعدات الإنسانية إلى عدن."


def sample_documents() -> list[Document]:
    a = build("art-a", TEXT_A, source="aawsat", date="2015-08-02", title="غارات على الرقة", mentions=[
        ("التحالف الدولي", "ORG", "COALITION", None, []),
        ("داعش", "ORG", "ISIL", None, ["التنظيم الإرهابي"]),
        ("الرقة", "LOC", None, "RAQQA", []),
    ], events=[{"type": "ASSAULT", "mode": "aerial", "trigger": "غارات", "evidence": TEXT_A[:-1],
                "actor": ["COALITION"], "recipient": ["ISIL"], "place": "RAQQA", "date": "2015-08-01",
                "acled": ("Explosions/Remote violence", "Air/drone strike"), "fatalities": 12}])
    b = build("art-b", TEXT_B, source="alriyadh", date="2015-08-02", mentions=[
        ("التحالف الدولي", "ORG", "COALITION", None, []),
        ("داعش", "ORG", "ISIL", None, ["التنظيم المتطرف"]),
        ("الرقة", "LOC", None, "RAQQA", []),
    ], events=[{"type": "ASSAULT", "mode": "aerial", "trigger": "قصفت", "evidence": TEXT_B[:-1],
                "actor": ["COALITION"], "recipient": ["ISIL"], "place": "RAQQA", "date": "2015-08-01",
                "acled": ("Explosions/Remote violence", "Air/drone strike")}])
    c = build("art-c", TEXT_C, source="okaz", date="2015-08-07", mentions=[
        ("وزارة الخارجية السعودية", "ORG", "SAU_MOFA", None, []),
        ("داعش", "ORG", "ISIL", None, ["الميليشيا الإرهابية"]),
        ("أبها", "LOC", None, "ABHA", []),
    ], events=[
        {"type": "ACCUSE", "mode": None, "trigger": "تدين",
         "evidence": "أعلنت وزارة الخارجية السعودية أنها تدين الهجوم", "actor": ["SAU_MOFA"],
         "recipient": ["ISIL"], "date": "2015-08-07"},
        {"type": "ASSAULT", "mode": None, "trigger": "الهجوم",
         "evidence": "الهجوم الإرهابي الذي نفذه تنظيم داعش على مسجد في أبها", "actor": ["ISIL"],
         "place": "ABHA", "date": "2015-08-06", "acled": ("Explosions/Remote violence", "Suicide bomb")},
    ])
    d = build("art-d", TEXT_D, source="aawsat", date="2015-08-03", mentions=[
        ("الحكومة اليمنية", "ORG", "YEM_GOV", None, []),
        ("الأمم المتحدة", "ORG", "UN", None, []),
        ("عدن", "LOC", None, "ADEN", []),
    ], events=[{"type": "AGREE", "mode": None, "trigger": "وقّعت", "evidence": TEXT_D[:-1],
                "actor": ["YEM_GOV"], "recipient": ["UN"], "place": "ADEN", "date": "2015-08-03",
                "acled": None}])
    return [a, b, c, d]


# ---- a fake annotator for ingest tests ---------------------------------------------------------------------

def register_fake() -> str:
    """Register ``rasd.test.fake.v1``: tags every «داعش» / «السعودية» and codes one event per article that
    mentions both (deterministic), so stored articles have rows in every table."""
    from rasd.pipeline import register

    name = "rasd.test.fake.v1"

    class Fake:
        requires: tuple[str, ...] = ("sentences",)
        assigns: tuple[str, ...] = ("mentions", "actors", "places", "events")

        def __init__(self) -> None:
            self.name = name

        def fingerprint(self) -> str:
            return "fake1"

        def __call__(self, doc: Document) -> Document:
            text = doc.text
            ms = []
            for surface, typ in (("داعش", "ORG"), ("السعودية", "LOC")):
                pos = text.find(surface)
                n = 0
                while pos >= 0 and n < 5:
                    ms.append(Mention(f"m{len(ms) + 1}", pos, pos + len(surface), surface, typ,
                                      "a1" if typ == "ORG" else None, "p1" if typ == "LOC" else None, (), "fake"))
                    pos = text.find(surface, pos + 1)
                    n += 1
            isil = [m.id for m in ms if m.type == "ORG"]
            ksa = [m.id for m in ms if m.type == "LOC"]
            actors = (Actor("a1", **ACTORS["ISIL"], mentions=tuple(isil)),) if isil else ()  # type: ignore[arg-type]
            places = (Place("p1", "Saudi Arabia", "السعودية", 24.0, 45.0, "SA", None, None, "country", 3,
                            "geonames:102358", tuple(ksa)),) if ksa else ()
            events = ()
            if isil and ksa:
                first = ms[0]
                events = (Event("e1", "ASSAULT", None, Span(first.start, first.end), first.text,
                                Span(first.start, first.end), ("a1",), (), (), "p1", doc.meta.date, None),)
            return doc.replace(mentions=tuple(ms), actors=actors, places=places, events=events)

    @register(name, requires=Fake.requires, assigns=Fake.assigns)
    def _make(settings: object) -> Fake:
        return Fake()

    return name
