from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.doc import Actor, Document, Event, Mention, Span
from rasd.events.evaluate import read_gold, score_documents


def _perfect(gold: dict) -> Document:  # type: ignore[type-arg]
    """A system output equal to the gold (actors named by each entry's last element)."""
    actors: dict[str, Actor] = {}
    events = []
    for n, g in enumerate(gold["events"]):
        ids = {}
        for role in ("actor", "recipient"):
            ids[role] = []
            for entry in g[role]:
                aid = "a-" + entry[-1]
                actors[aid] = Actor(aid, entry[-1], None, "other")
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
