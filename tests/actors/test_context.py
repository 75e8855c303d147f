"""Context-dependent generics (context.tsv), family-name coreference and generic description actors."""
from __future__ import annotations

import pytest

from rasd.actors.dictionary import _read_resources, load_from
from rasd.actors.linker import GENERIC_SOURCE
from rasd.errors import ResourceError

from .conftest import actor_of


@pytest.mark.parametrize(("text", "date", "want"), [
    ("شنت طائرات قوات التحالف غارات على مواقع الحوثيين في صنعاء اليمنية.", "2016-05-02", "Saudi-led coalition"),
    ("قصفت قوات التحالف مواقع داعش قرب الرقة السورية بعد أن أعلن الجيش السوري تقدمه.", "2016-05-02",
     "Global Coalition against ISIS"),
])
def test_coalition_by_country(link, text: str, date: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert actor_of(link(text, date=date), "التحالف") == want  # «قوات [التحالف]»: the short name alone


def test_bare_coalition_follows_the_coalition_named_before(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("أعلن التحالف الدولي مقتل قيادي في العراق، وقال التحالف إن الغارة دقيقة.", date="2017-03-01")
    assert actor_of(doc, "التحالف") == "Global Coalition against ISIS"


def test_the_organisation_is_the_group_named_before(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("هاجمت جبهة النصرة حاجزا في إدلب، وقال مقاتلو التنظيم إنهم سيطروا عليه.", date="2015-06-01")
    assert actor_of(doc, "مقاتلو التنظيم") == actor_of(doc, "جبهة النصرة")


def test_rebels_in_yemen_are_the_houthis(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("قالت الحكومة اليمنية إن المتمردين قصفوا أحياء في تعز اليمنية.", date="2016-01-10")
    assert actor_of(doc, "المتمردين") == "Houthis (Ansar Allah)"


def test_family_name_refers_back_to_the_person(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("التقى وليد المعلم نظيره الروسي في موسكو. وقال المعلم إن المحادثات مثمرة.", date="2016-04-01")
    linked = [m for m in doc.mentions if m.text == "المعلم"]
    assert linked and linked[0].actor == next(m.actor for m in doc.mentions if m.text == "وليد المعلم")


def test_family_name_not_linked_before_the_full_name(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("قال المعلم في المدرسة إن الدروس بدأت.", date="2016-04-01")
    assert not any(m.text == "المعلم" and m.actor for m in doc.mentions)


def test_civilians_are_a_generic_actor(link) -> None:  # type: ignore[no-untyped-def]
    doc = link("قتل 12 مدنيا في قصف على بلدة في ريف حلب.", date="2016-04-01")
    m = next(m for m in doc.mentions if m.text == "مدنيا")
    assert m.source == GENERIC_SOURCE and actor_of(doc, "مدنيا") == "Civilians"


def test_context_row_with_unknown_actor_fails_with_line() -> None:
    texts = dict(_read_resources())
    texts["context.tsv"] += "@coalition\tSYR\tno_such_actor\t\t\tcurated\n"
    with pytest.raises(ResourceError, match="context.tsv"):
        load_from(texts)
