"""Full-tuple rules (issue 5, fifth pass): the side struck, agents and places, on constructed sentences."""
from __future__ import annotations

from collections.abc import Callable

from rasd.doc import Document

ARMY = {"الجيش": ("Army", "state_body")}
REBELS = {"المتمردين": ("Rebels", "armed_group"), "المتمردون": ("Rebels", "armed_group")}


def roles(doc: Document) -> list[tuple[str, str, list[str], list[str], str | None]]:
    by = {a.id: a.name for a in doc.actors}
    pl = {p.id: p.name for p in doc.places}
    return [(e.type, e.trigger_text, [by[i] for i in e.actor], [by[i] for i in e.recipient], pl.get(e.place or ""))
            for e in doc.events]


def _only(actors: dict[str, tuple[str, str]], text: str) -> dict[str, tuple[str, str]]:
    return {k: v for k, v in actors.items() if k in text}


def test_a_capture_after_clashes_is_against_the_other_side(code: Callable[..., Document]) -> None:
    text = "ودارت اشتباكات بين الجيش والمتمردين قرب بلدة كفرنبل انتهت بسيطرة الجيش على البلدة."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["بسيطرة"][2:4] == (["Army"], ["Rebels"])
    # A withdrawal told in the next sentence is from the side fought there.
    text = "وهاجم الجيش مواقع المتمردين في كفرنبل أمس. وانسحب المتمردون من البلدة بعد ساعات."
    got = {r[0]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["RETREAT"][2:4] == (["Rebels"], ["Army"])


def test_bombardment_and_securing_ground_take_no_side_from_context(code: Callable[..., Document]) -> None:
    # A shelling whose object is a place, and securing a road, keep their empty recipient.
    text = "ودارت اشتباكات بين الجيش والمتمردين في كفرنبل، وقصف الجيش قرية حاس."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل", "حاس"]))}
    assert got["وقصف"][3] == []
    text = "ودارت اشتباكات بين الجيش والمتمردين في كفرنبل، واستطاع الجيش تأمين الطريق الدولي."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["تأمين"][3] == []
    # Two sentences back is too far.
    text = "وهاجم الجيش مواقع المتمردين في كفرنبل. وقال الضابط إن الوضع هادئ. وسيطر الجيش على قرية حاس."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS, "الضابط": ("Officer", "person")},
                                                          text), places=["كفرنبل", "حاس"]))}
    assert got["وسيطر"][3] == []
