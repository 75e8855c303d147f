from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import EVENT_TYPES, Actor, Document, Event, Mention, Meta, Place, Sentence, Span
from rasd.errors import FormatError
from rasd.serialize import SCHEMA, dumps, from_dict, loads, to_dict

TEXT = st.text(alphabet=st.sampled_from(list("ابتجدرسعفقلمنهوي «»،.") + ["\u200f", "ـ", "\u064e"]), min_size=1,
               max_size=60)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(TEXT)
    n = len(text)

    def span() -> tuple[int, int]:
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return a, b

    mentions = []
    for i in range(draw(st.integers(0, 3))):
        a, b = span()
        mentions.append(Mention(f"m{i}", a, b, text[a:b], draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                                descriptors=(Span(*span()),), source="ner"))
    actors = [Actor("a1", "Syrian Arab Army", "الجيش العربي السوري", "state_body", "SYR", "MIL", "Q1",
                    ("الجيش",), tuple(m.id for m in mentions[:1]))]
    places = [Place("p1", "Al-Bukamal", "البوكمال", 34.45, 40.92, "SY", "Deir ez-Zor", None, "city", 1, "gn:1",
                    ())]
    a, b = span()
    c, d = span()
    ev_span = Span(min(a, c), max(b, d))
    events = [Event("e1", draw(st.sampled_from(EVENT_TYPES)), None, Span(a, b), text[a:b], ev_span, ("a1",), (),
                    ("military",), "p1", "2017-11-04", 0, "asserted", draw(st.sampled_from(["actual", "planned"])),
                    None, 0.75, ("Battles", "Armed clash"), "rule:x", (("dead", 3),))]
    sents = (Sentence(0, n, (Span(0, n),)),)
    meta = Meta(title=draw(st.none() | TEXT), source="x", url=None, date="2017-11-05", extra=(("author", "فلان"),))
    return Document(id=draw(st.text(min_size=1, max_size=10)), text=text, meta=meta, sentences=sents,
                    mentions=tuple(mentions), actors=tuple(actors), places=tuple(places), events=tuple(events))


@given(documents())
@settings(max_examples=150)
def test_round_trip(doc: Document) -> None:
    obj = to_dict(doc)
    assert obj["schema"] == SCHEMA
    back = from_dict(json.loads(json.dumps(obj, ensure_ascii=False)))
    assert back == doc.replace(tokens=())
    assert loads(dumps(back)) == back


@given(documents())
@settings(max_examples=100)
def test_every_emitted_span_is_exact(doc: Document) -> None:
    obj = to_dict(doc)
    text = obj["text"]
    for m in obj["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        for d in m["descriptors"]:
            assert text[d["start"]:d["end"]] == d["text"]
    for e in obj["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        assert e["evidence"]["start"] <= e["trigger"]["start"] <= e["trigger"]["end"] <= e["evidence"]["end"]


def test_generic_mentions_are_kept_apart_and_restored() -> None:
    text = "هاجمت قوات النظام مواقع داعش"
    named = Mention("m2", 24, 28, "داعش", "ORG", actor="a2", source="lexicon")
    generic = Mention("m1", 6, 17, "قوات النظام", "ORG", actor="a1", source="lexicon.generic")
    doc = Document(id="g", text=text, mentions=(generic, named),
                   actors=(Actor("a1", "Syrian Arab Army", None, "state_body", mentions=("m1",)),
                           Actor("a2", "Islamic State", None, "armed_group", mentions=("m2",))))
    obj = to_dict(doc)
    assert [m["id"] for m in obj["mentions"]] == ["m2"]
    assert [m["id"] for m in obj["generic_mentions"]] == ["m1"]
    assert obj["actors"][0]["mentions"] == [] and obj["actors"][0]["generic_mentions"] == ["m1"]
    assert from_dict(obj) == doc


def test_contract_fields_are_never_missing() -> None:
    obj = to_dict(Document(id="x", text=""))
    assert list(obj)[:9] == ["schema", "id", "meta", "text", "sentences", "mentions", "actors", "places", "events"]
    assert obj["meta"] == {"title": None, "source": None, "url": None, "date": None}


@pytest.mark.parametrize("bad", [[], {"schema": "other/1"}, {"schema": SCHEMA}, {"schema": SCHEMA, "id": "x",
                                 "text": "ab", "mentions": [{"id": "m"}]}])
def test_malformed_documents_raise_format_error(bad: object) -> None:
    with pytest.raises(FormatError):
        from_dict(bad)  # type: ignore[arg-type]


def test_not_json() -> None:
    with pytest.raises(FormatError):
        loads("{nope")
