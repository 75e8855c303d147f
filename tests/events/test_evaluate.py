from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.doc import Actor, Document, Event, Mention, Span
from rasd.events.evaluate import read_gold, score_documents


def _perfect(gold: dict) -> Document:  # type: ignore[type-arg]
    """A system output equal to the gold (actors named by each entry's canonical English name: its first English
    element)."""
    actors: dict[str, Actor] = {}
    events = []
    for n, g in enumerate(gold["events"]):
        ids = {}
        for role in ("actor", "recipient"):
            ids[role] = []
            for entry in g[role]:
                en = next(x for x in entry if not any("\u0600" <= ch <= "\u06ff" for ch in x))
                aid = "a-" + en
                actors[aid] = Actor(aid, en, None, "other")
                ids[role].append(aid)
        t = g["trigger"]
        events.append(Event(f"e{n + 1}", g["types"][0], g["mode"], Span(t["start"], t["end"]), t["text"],
                            Span(g["evidence"]["start"], g["evidence"]["end"]), tuple(ids["actor"]),
                            tuple(ids["recipient"]), place="p" if g["place"] else None))
    mentions = tuple(Mention(f"m{k}", p["start"], p["end"], p["text"], "LOC", None, "p")
                     for k, p in enumerate(gold["places"]))
    return Document("x", gold["text"], mentions=mentions, actors=tuple(actors.values()), events=tuple(events))


def test_perfect_and_empty_systems(shared: Path) -> None:
    gold = read_gold(shared / "examples" / "seed-article.gold.json")[0]
    res = score_documents([(gold, _perfect(gold))])
    assert res["type_clause"]["f1"] == 1.0 and res["tuple_strict"]["f1"] == 1.0
    empty = score_documents([(gold, Document("x", gold["text"]))])
    assert empty["type_clause"]["f1"] == 0.0 and empty["type_clause"]["gold"] == len(gold["events"])


def test_wrong_type_does_not_match(shared: Path) -> None:
    gold = read_gold(shared / "examples" / "seed-article.gold.json")[0]
    doc = _perfect(gold)
    doc = doc.replace(events=tuple(e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "type": "PROTEST"})
                                   for e in doc.events))
    assert score_documents([(gold, doc)])["type_clause"]["tp"] == 0


def test_cli_eval_events_oracle(shared: Path) -> None:
    from rasd.cli.eval import eval_group

    r = CliRunner().invoke(eval_group, ["events", "--gold", str(shared / "examples" / "seed-article.gold.json"),
                                        "--oracle"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["mode"] == "oracle" and res["gold_events"] == 23
    assert set(res) >= {"type_clause", "tuple", "tuple_strict", "per_type"}
    assert res["type_clause"]["f1"] > 0.4


def _one_event_doc(gold: dict, gi: int, actor_name: str, etype: str) -> Document:  # type: ignore[type-arg]
    g = gold["events"][gi]
    t = g["trigger"]
    actors = (Actor("a1", actor_name, None, "other"),)
    ev = Event("e1", etype, g["mode"], Span(t["start"], t["end"]), t["text"],
               Span(g["evidence"]["start"], g["evidence"]["end"]), ("a1",), ())
    return Document("x", gold["text"], actors=actors, events=(ev,))


def test_strict_uses_the_canonical_english_name_and_per_type_follows_gold(shared: Path) -> None:
    gold = read_gold(shared / "examples" / "seed-article.gold.json")[0]
    # The seed's MOBILIZE/troops «بإرسال تعزيزات»: one actor entry with two English names, no recipient.
    gi = next(i for i, g in enumerate(gold["events"]) if g["types"] == ["MOBILIZE"] and g["mode"] == "troops")
    gold = {**gold, "events": [{**gold["events"][gi], "place": None}]}
    entry = gold["events"][0]["actor"][0]
    english = [x for x in entry if not any("\u0600" <= ch <= "\u06ff" for ch in x)]
    assert len(english) >= 2
    canon = score_documents([(gold, _one_event_doc(gold, 0, english[0], "MOBILIZE"))])
    alias = score_documents([(gold, _one_event_doc(gold, 0, english[-1], "MOBILIZE"))])
    assert canon["tuple_strict"]["tp"] == 1 and canon["tuple"]["tp"] == 1
    assert alias["tuple_strict"]["tp"] == 0 and alias["tuple"]["tp"] == 1


def test_second_listed_type_counts_under_the_gold_first_type(shared: Path) -> None:
    gold = read_gold(shared / "examples" / "seed-article.gold.json")[0]
    gi = next(i for i, g in enumerate(gold["events"]) if g["types"] == ["ASSAULT", "COERCE"])
    gold = {**gold, "events": [gold["events"][gi]]}
    res = score_documents([(gold, _one_event_doc(gold, 0, "x", "COERCE"))])
    assert res["type_clause"]["tp"] == 1
    assert res["per_type"]["ASSAULT"]["tp"] == 1 and res["per_type"]["ASSAULT"]["p"] == 1.0
    assert "COERCE" not in res["per_type"]


def test_errors_by_cause_add_up() -> None:
    import json as _json
    from pathlib import Path as _Path

    from rasd.doc import Document as _Doc
    from rasd.events.evaluate import score_documents as _score

    seed = _Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.gold.json"
    gold = _json.loads(seed.read_text(encoding="utf-8"))
    res = _score([(gold, _Doc(id="x", text=gold["text"]))])
    err = res["errors"]
    assert err["missed"] + err["wrong_type"] == len(gold["events"]) and err["spurious"] == 0
    assert err["actor"] == err["recipient"] == err["place"] == 0
