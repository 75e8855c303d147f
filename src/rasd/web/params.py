"""Query parameters: declared once per endpoint, parsed strictly, and described in the OpenAPI document.

A :class:`Param` says a parameter's type and bounds; :func:`parse` turns a request's query string into checked
Python values or raises :class:`~rasd.web.errors.ApiError` (``rasd.web.bad_param``, HTTP 400) naming the
parameter and the problem. Unknown parameters are refused too (a typo should not silently widen a query).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams

from rasd.doc import EVENT_TYPES
from rasd.web.errors import bad_param

__all__ = ["MAX_STRING", "Param", "openapi_parameters", "parse"]

MAX_STRING = 300  # characters in one string parameter
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # str | int | float | bool | date | bbox | enum
    description: str
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    multi: bool = False  # repeated or comma-separated values → tuple
    max_len: int = MAX_STRING
    required: bool = False

    def schema(self) -> dict[str, Any]:
        base: dict[str, Any]
        if self.kind == "int":
            base = {"type": "integer"}
        elif self.kind == "float":
            base = {"type": "number"}
        elif self.kind == "bool":
            base = {"type": "boolean"}
        elif self.kind == "date":
            base = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
        elif self.kind == "bbox":
            base = {"type": "string", "pattern": r"^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$"}
        elif self.kind == "enum":
            base = {"type": "string", "enum": list(self.choices)}
        else:
            base = {"type": "string", "maxLength": self.max_len}
        if self.minimum is not None:
            base["minimum"] = self.minimum
        if self.maximum is not None:
            base["maximum"] = self.maximum
        if self.default is not None and not self.multi:
            base["default"] = self.default
        if self.multi:
            return {"type": "array", "items": base}
        return base


def _one(p: Param, raw: str) -> Any:
    if len(raw) > p.max_len:
        raise bad_param(p.name, f"longer than {p.max_len} characters")
    if _CONTROL.search(raw):
        raise bad_param(p.name, "contains control characters")
    raw = raw.strip()
    if p.kind == "str":
        if not raw:
            raise bad_param(p.name, "is empty")
        return raw
    if p.kind == "int":
        if not re.fullmatch(r"[+-]?\d{1,12}", raw):
            raise bad_param(p.name, f"must be an integer, got {raw[:40]!r}")
        v: Any = int(raw)
    elif p.kind == "float":
        try:
            v = float(raw)
        except ValueError:
            raise bad_param(p.name, f"must be a number, got {raw[:40]!r}") from None
        if not math.isfinite(v):
            raise bad_param(p.name, "must be a finite number")
    elif p.kind == "bool":
        low = raw.lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise bad_param(p.name, f"must be true or false, got {raw[:40]!r}")
    elif p.kind == "date":
        if not _DATE.match(raw):
            raise bad_param(p.name, f"must be an ISO date YYYY[-MM[-DD]], got {raw[:40]!r}")
        try:
            dt.date.fromisoformat((raw + "-01-01")[:10] if len(raw) < 10 else raw)
        except ValueError:
            raise bad_param(p.name, f"is not a real date: {raw!r}") from None
        return raw
    elif p.kind == "bbox":
        parts = raw.split(",")
        if len(parts) != 4:
            raise bad_param(p.name, "must be min_lon,min_lat,max_lon,max_lat")
        try:
            box = tuple(float(x) for x in parts)
        except ValueError:
            raise bad_param(p.name, "must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
        lo1, la1, lo2, la2 = box
        if not all(math.isfinite(x) for x in box):
            raise bad_param(p.name, "must be finite numbers")
        if not (-180 <= lo1 <= lo2 <= 180 and -90 <= la1 <= la2 <= 90):
            raise bad_param(p.name, "needs -180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90")
        return box
    elif p.kind == "enum":
        for c in p.choices:
            if raw.upper() == c.upper():
                return c
        shown = ", ".join(p.choices[:20])
        raise bad_param(p.name, f"must be one of {shown}; got {raw[:40]!r}")
    else:  # pragma: no cover - a programming error in a Param table
        raise ValueError(p.kind)
    if p.minimum is not None and v < p.minimum:
        raise bad_param(p.name, f"must be at least {p.minimum:g}")
    if p.maximum is not None and v > p.maximum:
        raise bad_param(p.name, f"must be at most {p.maximum:g}")
    return v


def parse(query: QueryParams | Mapping[str, str], params: Sequence[Param]) -> dict[str, Any]:
    """Checked values for ``params`` from ``query`` (defaults filled in); 400 on any problem."""
    by_name = {p.name: p for p in params}
    keys = list(query.keys()) if isinstance(query, QueryParams) else list(query)
    for k in keys:
        if k not in by_name:
            known = ", ".join(sorted(by_name)) or "none"
            raise bad_param(k[:40], f"unknown parameter (this endpoint takes: {known})")
    out: dict[str, Any] = {}
    for p in params:
        if isinstance(query, QueryParams):
            raws = query.getlist(p.name)
        else:
            raws = [query[p.name]] if p.name in query else []
        if not raws:
            if p.required:
                raise bad_param(p.name, "is required")
            out[p.name] = () if p.multi else p.default
            continue
        if p.multi:
            vals = []
            for raw in raws:
                for piece in raw.split(","):
                    if piece.strip():
                        vals.append(_one(p, piece))
            if len(vals) > 50:
                raise bad_param(p.name, "too many values (at most 50)")
            out[p.name] = tuple(dict.fromkeys(vals))
        else:
            if len(raws) > 1:
                raise bad_param(p.name, "given more than once")
            out[p.name] = _one(p, raws[0])
    return out


def openapi_parameters(params: Sequence[Param]) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "in": "query", "required": p.required, "description": p.description, "schema": p.schema(),
         **({"style": "form", "explode": False} if p.multi else {})}
        for p in params
    ]


# ---- shared parameter sets ------------------------------------------------------------------------------

def paging(max_limit: int, default: int, max_offset: int) -> list[Param]:
    return [
        Param("limit", "int", f"Rows per page (1..{max_limit}).", default, 1, max_limit),
        Param("offset", "int", f"Rows to skip (0..{max_offset}).", 0, 0, max_offset),
    ]


EVENT_FILTERS: tuple[Param, ...] = (
    Param("type", "enum", "PLOVER event type(s), comma-separated or repeated.", choices=EVENT_TYPES, multi=True),
    Param("mode", "str", "PLOVER mode (e.g. aerial, troops).", max_len=40),
    Param("actor", "str", "Actor (source side): English or Arabic name, dictionary id or Wikidata id."),
    Param("recipient", "str", "Actor on the receiving side, named the same way."),
    Param("country", "str", "ISO alpha-2 → event place in that country; alpha-3 → an actor of that country.",
          max_len=3),
    Param("place", "str", "Place name (English or Arabic), governorate (admin1) name or gazetteer id."),
    Param("bbox", "bbox", "Bounding box min_lon,min_lat,max_lon,max_lat."),
    Param("date_from", "date", "First day (inclusive), YYYY[-MM[-DD]]."),
    Param("date_to", "date", "Last day (inclusive), YYYY[-MM[-DD]]."),
    Param("source", "str", "News outlet(s), comma-separated or repeated.", multi=True, max_len=100),
    Param("q", "str", "Full-text search in the article (Arabic spelling variants and clitics handled)."),
    Param("polarity", "enum", "asserted or negated.", choices=("asserted", "negated")),
    Param("modality", "enum", "actual, planned, hypothetical, demanded or threatened.",
          choices=("actual", "planned", "hypothetical", "demanded", "threatened")),
)
