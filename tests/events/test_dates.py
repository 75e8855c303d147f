from __future__ import annotations

import pytest

from rasd.events.dates import resolve_date


@pytest.mark.parametrize("text,want", [
    ("وقد بدأ الجيش بالأمس بتطويق المدينة", "2015-08-04"),
    ("قصف الطيران أول أمس البلدة", "2015-08-03"),
    ("أعلن اليوم", "2015-08-05"),
    ("اعتقلت الشرطة يوم الجمعة", "2015-07-31"),
    ("في 3 آب 2014", "2014-08-03"),
    ("في 12 ديسمبر", "2014-12-12"),
    ("بتاريخ 2015/7/28", "2015-07-28"),
    ("قال الوزير", "2015-08-05"),
])
def test_relative_and_explicit_dates(text: str, want: str) -> None:
    assert resolve_date("2015-08-05", [text]) == want


def test_no_article_date() -> None:
    assert resolve_date(None, ["بالأمس"]) is None
    assert resolve_date(None, ["في 3 آب 2014"]) == "2014-08-03"


def test_friday_prayer_is_not_a_date_and_next_weekday_is_ahead() -> None:
    assert resolve_date("2015-08-05", ["وقال خطيب صلاة الجمعة في كربلاء"]) == "2015-08-05"
    assert resolve_date("2015-08-05", ["وقال خطيب صلاة الجمعة إن الجيش قصف البلدة يوم الاثنين"]) == "2015-08-03"
    assert resolve_date("2015-08-05", ["تبدأ المحادثات يوم الاثنين المقبل"]) == "2015-08-10"
