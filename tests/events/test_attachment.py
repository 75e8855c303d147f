"""Argument attachment and spurious-event rules of the coder (issue 5, third pass), on constructed sentences."""
from __future__ import annotations

from collections.abc import Callable

from rasd.doc import Document

ARMY = {"الجيش السوري": ("Syrian Arab Army", "state_body")}
ISIS = {"داعش": ("Islamic State", "armed_group")}


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    by = {a.id: a.name for a in doc.actors}
    return [by[i] for i in ids]


def typed(doc: Document, type_: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.trigger_text, names(doc, e.actor), names(doc, e.recipient)) for e in doc.events if e.type == type_]


def test_pronoun_on_that_resumes_the_speaker(code: Callable[..., Document]) -> None:
    doc = code("وأكد الجيش السوري أنه قصف مواقع داعش.", actors={**ARMY, **ISIS})
    assert typed(doc, "ASSAULT") == [("قصف", ["Syrian Arab Army"], ["Islamic State"])]
    doc = code("وأعلن الجيش السوري في بيان أنه سيطر على بلدة مورك.", actors=ARMY, places=["مورك"])
    assert typed(doc, "ASSAULT") == [("سيطر", ["Syrian Arab Army"], [])]


def test_pronoun_on_that_never_makes_the_object_the_subject(code: Callable[..., Document]) -> None:
    # «لأنه هاجم التنظيم»: he (the executed sheikh, no actor mention) attacked the group; the group is the object.
    doc = code("أعدم تنظيم داعش الشيخ محمد لأنه هاجم التنظيم خلال خطبه.",
               actors={"تنظيم داعش": ("Islamic State", "armed_group"), "التنظيم": ("Islamic State", "armed_group")})
    assert [e.trigger_text for e in doc.events] == ["أعدم"]
    assert names(doc, doc.events[0].actor) == ["Islamic State"]


def test_counted_people_before_a_casualty_verb_are_the_killed(code: Callable[..., Document]) -> None:
    civ = {"مدنيا": ("civilians", "civilian"), "المرصد": ("SOHR", "ngo")}
    # Alone, the killed are no actor: no event.
    assert code("وقال المرصد إن 173 مدنيا قتلوا في المدينة.", actors=civ).events == ()
    # With «جراء هذه الغارات» the toll is that of the strikes told before: their agent, the victims as recipient.
    doc = code("وقتلت غارات التحالف 50 مسلحا في الرقة. وقال المرصد إن 173 مدنيا قتلوا جراء هذه الغارات.",
               actors={**civ, "التحالف": ("US-led coalition", "igo")})
    assert typed(doc, "ASSAULT")[-1] == ("قتلوا", ["US-led coalition"], ["civilians"])
