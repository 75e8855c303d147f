"""Event dates: the article date adjusted by the relative and explicit dates the text gives.

«أمس» / «بالأمس» → the day before the article date; «أول أمس» → two days before; «اليوم» → the article date;
«غداً» → the day after; «يوم الاثنين» / «الاثنين» → the most recent Monday on or before the article date; explicit
dates («15 آب 2015», «3 أغسطس», «2015/8/3», «3-8-2015») are read directly (a missing year is the article's, or the
year before when the month lies after the article's month).
"""

from __future__ import annotations

import datetime as dt
import re

from rasd.text.normalize import normalize

__all__ = ["parse_iso", "resolve_date"]

_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
             "السبت": 5, "الأحد": 6, "الاحد": 6}
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6,
    "جويلية": 7, "أوت": 8,
}


def _n(s: str) -> str:
    return normalize(s).text


_MONTH_N = sorted({_n(k): v for k, v in _MONTHS.items()}.items(), key=lambda kv: -len(kv[0]))
_WEEKDAY_N = {_n(k): v for k, v in _WEEKDAYS.items()}
_MONTH_RE = re.compile(
    r"(?<![\w])(\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(" + "|".join(re.escape(k) for k, _ in _MONTH_N) + r")"
    r"(?:\s+(?:من\s+)?(?:العام\s+|عام\s+)?(\d{4}))?(?![\w])"
)
_NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/.-])")
_REL = [
    (re.compile(r"(?<![\w])اول\s+(?:من\s+)?امس(?![\w])"), -2),
    (re.compile(r"(?<![\w])(?:وب|ب|و)?(?:ال)?امس(?![\w])"), -1),
    (re.compile(r"(?<![\w])(?:الليله|الليلة)\s+الماضيه(?![\w])"), -1),
    (re.compile(r"(?<![\w])(?:و)?(?:غدا|غدا)(?![\w])"), 1),
    (re.compile(r"(?<![\w])(?:و)?اليوم(?![\w])"), 0),
]
_WEEKDAY_RE = re.compile(r"(?<![\w])(?:و|ب|وب)?(?:يوم\s+)?(" + "|".join(re.escape(k) for k in _WEEKDAY_N) + r")"
                         r"(?![\w])")

_PRAYER_RE = re.compile(r"(?:صلاه|خطبه|خطيب|خطباء|صلوات)\s+$")
_NEXT_RE = re.compile(r"\s+(?:المقبل|القادم)(?![\w])")


def parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _explicit(text: str, article: dt.date | None) -> dt.date | None:
    m = _MONTH_RE.search(text)
    if m:
        day = int(m.group(1))
        month = dict(_MONTH_N)[m.group(2)]
        if m.group(3):
            year = int(m.group(3))
        elif article is not None:
            year = article.year - (1 if month > article.month else 0)
        else:
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    m = _NUMERIC_RE.search(text)
    if m:
        a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
        y, mo, d = (a, b, c) if a > 31 else (c, b, a)
        if 1900 <= y <= 2100:
            try:
                return dt.date(y, mo, d)
            except ValueError:
                return None
    return None


def resolve_date(article_date: str | None, texts: list[str]) -> str | None:
    """The event date from the article date and the nearest text (clause first, then its sentence)."""
    article = parse_iso(article_date)
    for raw in texts:
        text = normalize(raw).text
        exp = _explicit(text, article)
        if exp is not None:
            return exp.isoformat()
        if article is None:
            continue
        for rx, delta in _REL:
            if rx.search(text):
                return (article + dt.timedelta(days=delta)).isoformat()
        for m in _WEEKDAY_RE.finditer(text):
            if _PRAYER_RE.search(text[max(0, m.start() - 8):m.start()]):
                continue  # «صلاة الجمعة», «خطيب الجمعة» name the prayer, not a day
            wd = _WEEKDAY_N[m.group(1)]
            if _NEXT_RE.match(text, m.end()):
                ahead = (wd - article.weekday()) % 7 or 7  # «يوم الاثنين المقبل»
                return (article + dt.timedelta(days=ahead)).isoformat()
            back = (article.weekday() - wd) % 7
            return (article - dt.timedelta(days=back)).isoformat()
    return article.isoformat() if article else None
