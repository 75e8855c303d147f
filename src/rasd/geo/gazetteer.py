"""The shipped gazetteer: loading, validation (``file:line`` errors) and name look-up.

``resources/geo/places.tsv`` is built by ``scripts/build_gazetteer.py`` from GeoNames, OpenSyria, country-name
lists and the hand-curated ``resources/geo/curated.tsv``; ``resources/geo/README.md`` documents the columns.
Names are stored normalised as the tokenizer normalises words; the index is keyed by the name with its spaces
removed, so «البو كمال» and «البوكمال» meet, and a name of several words is found by joining the normalised words
of consecutive tokens.

The gazetteer is loaded lazily, once per process (:func:`load_gazetteer`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.doc import PLACE_FEATURES
from rasd.errors import ResourceError

__all__ = [
    "COLUMNS",
    "CURATED_COLUMNS",
    "FLAGS",
    "Entry",
    "Gazetteer",
    "haversine_km",
    "load_gazetteer",
    "parse_curated",
    "squash",
]

COLUMNS = ("id", "name", "name_ar", "keys", "lat", "lon", "country", "admin1", "admin2", "feature", "population",
           "precision", "flags", "source")
CURATED_COLUMNS = ("id", "name", "names_ar", "lat", "lon", "country", "admin1", "admin2", "feature", "population",
                   "precision", "flags", "source", "note")
# cue: a name that is also a common word; matched by the gazetteer alone only after a place word («بلدة حضر»).
# capital: a national capital (may stand for its government: «عقوبات على دمشق»).
# nomatch: never matched by the gazetteer alone (only resolves mentions found by NER).
FLAGS = ("cue", "capital", "nomatch", "seat")
_PKG = "rasd.resources.geo"
_FEATURES = frozenset(PLACE_FEATURES)
_PRECS = frozenset({"", "1", "2", "3"})
_NO_FLAGS: frozenset[str] = frozenset()


def squash(key: str) -> str:
    """The index form of a normalised name: spaces removed."""
    return key.replace(" ", "")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: str
    name: str
    name_ar: str
    keys: tuple[str, ...]
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int
    precision: int | None
    flags: frozenset[str]
    source: str


def _check_common(path: str, n: int, f: list[str], lat_s: str, lon_s: str, country: str, feature: str,
                  pop_s: str, prec_s: str, flags_s: str) -> tuple[float, float, int, int | None, frozenset[str]]:
    try:
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise ResourceError(path, n, f"lat/lon must be numbers, got {lat_s!r}, {lon_s!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ResourceError(path, n, f"lat/lon out of range: {lat}, {lon}")
    if country and (len(country) != 2 or not country.isupper()):
        raise ResourceError(path, n, f"country must be ISO alpha-2 or empty, got {country!r}")
    if feature not in PLACE_FEATURES:
        raise ResourceError(path, n, f"feature {feature!r} is not one of {PLACE_FEATURES}")
    if pop_s and not pop_s.isdigit():
        raise ResourceError(path, n, f"population must be a whole number, got {pop_s!r}")
    if prec_s and prec_s not in ("1", "2", "3"):
        raise ResourceError(path, n, f"precision must be 1, 2, 3 or empty, got {prec_s!r}")
    flags = frozenset(x for x in flags_s.split(",") if x)
    bad = flags - set(FLAGS)
    if bad:
        raise ResourceError(path, n, f"unknown flags {sorted(bad)}; known: {FLAGS}")
    return lat, lon, int(pop_s or 0), int(prec_s) if prec_s else None, flags


def parse_places(text: str, path: str = "rasd/resources/geo/places.tsv") -> Iterator[Entry]:
    """Parse and validate the built gazetteer (``places.tsv``)."""
    lines = text.split("\n")
    if not lines or lines[0].split("\t") != list(COLUMNS):
        raise ResourceError(path, 1, f"header must be {COLUMNS}")
    seen: set[str] = set()
    ncol = len(COLUMNS)
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        f = line.split("\t")
        if len(f) != ncol:
            raise ResourceError(path, n, f"want {ncol} tab-separated columns, got {len(f)}")
        rid, name, name_ar, keys, lat_s, lon_s, country, a1, a2, feature, pop_s, prec_s, flags_s, source = f
        if not rid or rid in seen:
            raise ResourceError(path, n, f"id {rid!r} is empty or repeated")
        seen.add(rid)
        if not keys or not source:
            raise ResourceError(path, n, "keys and source must not be empty")
        try:  # the fast path for a valid row; any doubt goes through the full check for its message
            lat, lon = float(lat_s), float(lon_s)
            ok = (-90 <= lat <= 90 and -180 <= lon <= 180 and feature in _FEATURES and (not pop_s or pop_s.isdigit())
                  and prec_s in _PRECS and (not country or (len(country) == 2 and country.isupper())))
        except ValueError:
            ok = False
        if ok and not flags_s:
            pop, prec, flags = int(pop_s or 0), int(prec_s) if prec_s else None, _NO_FLAGS
        else:
            lat, lon, pop, prec, flags = _check_common(path, n, f, lat_s, lon_s, country, feature, pop_s, prec_s,
                                                       flags_s)
        yield Entry(rid, name, name_ar, tuple(keys.split("|")), lat, lon, country or None, a1 or None, a2 or None,
                    feature, pop, prec, flags, source)


def parse_curated(text: str, path: str = "rasd/resources/geo/curated.tsv") -> Iterator[dict[str, Any]]:
    """Parse and validate the hand-curated rows (``curated.tsv``; ``#`` starts a comment line).

    A row whose id is an existing gazetteer id (``gn:…``, ``os:…``, ``cc:…``) adds its Arabic names as aliases
    and overrides the fields it fills; any other id (``cur:…``) is a new place and must fill every field it
    needs (name, names, lat, lon, feature).
    """
    lines = text.split("\n")
    header = None
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if header is None:
            if tuple(f) != CURATED_COLUMNS:
                raise ResourceError(path, n, f"header must be {CURATED_COLUMNS}")
            header = f
            continue
        if len(f) != len(CURATED_COLUMNS):
            raise ResourceError(path, n, f"want {len(CURATED_COLUMNS)} tab-separated columns, got {len(f)}")
        row: dict[str, Any] = dict(zip(CURATED_COLUMNS, (x.strip() for x in f), strict=True))
        rid = row["id"]
        if not rid or rid in seen or ":" not in rid:
            raise ResourceError(path, n, f"id {rid!r} is empty, repeated or has no source prefix (cur:, gn:, os:, cc:)")
        seen.add(rid)
        if not row["source"]:
            raise ResourceError(path, n, "every row must name its source")
        names = [x.strip() for x in row["names_ar"].split("|") if x.strip()]
        if not names and rid.startswith("cur:"):
            raise ResourceError(path, n, "a new place needs at least one Arabic name")
        row["names"] = names
        if rid.startswith("cur:") or row["lat"] or row["lon"]:
            if (not row["name"] or not row["feature"]) and rid.startswith("cur:"):
                raise ResourceError(path, n, "a new place needs name and feature")
            lat, lon, pop, prec, flags = _check_common(
                path, n, f, row["lat"], row["lon"], row["country"], row["feature"] or "city", row["population"],
                row["precision"], row["flags"])
            row.update(lat=lat, lon=lon)
        else:
            _, _, pop, prec, flags = _check_common(path, n, f, "0", "0", row["country"], row["feature"] or "city",
                                                   row["population"], row["precision"], row["flags"])
            row.update(lat="", lon="")
        row.update(population=pop, precision=prec or "", flags=",".join(sorted(flags)))
        yield row
    if header is None:
        raise ResourceError(path, 1, "no header line")


class Gazetteer:
    """Entries and a name index (squashed normalised name → entry positions)."""

    def __init__(self, entries: list[Entry], common: frozenset[str] = frozenset()) -> None:
        self.entries = entries
        self.common = common  # squashed one-word names that are also common words
        self.by_id = {e.id: e for e in entries}
        self._admin1: dict[tuple[str, str], list[Entry]] | None = None
        index: dict[str, list[int]] = {}
        nwords: dict[str, set[int]] = {}
        prefixes: set[str] = set()
        max_words = 1
        for i, e in enumerate(entries):
            for k in e.keys:
                if " " in k:
                    parts = k.split(" ")
                    sq = "".join(parts)
                    max_words = max(max_words, len(parts))
                    for n in range(1, len(parts)):
                        prefixes.add("".join(parts[:n]))
                else:
                    sq, parts = k, [k]
                ws = nwords.get(sq)
                if ws is None:
                    nwords[sq] = {len(parts)}
                else:
                    ws.add(len(parts))
                lst = index.get(sq)
                if lst is None:
                    index[sq] = [i]
                elif lst[-1] != i:
                    lst.append(i)
        self.index = {k: tuple(v) for k, v in index.items()}
        # how many words each name is written with in the sources («البو كمال» 2, «البوكمال» 1)
        self.nwords = nwords
        # squashed first words of the names written with several words (where a match may go on)
        self.prefixes = frozenset(prefixes)
        self.max_words = max_words

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name_norm: str) -> list[Entry]:
        """Entries whose normalised name (spaces ignored) is ``name_norm``."""
        ids = self.index.get(squash(name_norm), ())
        return [self.entries[i] for i in ids]

    def entries_of_admin1(self, country: str, admin1: str) -> list[Entry]:
        """The governorate entries (feature ``admin1``) of a country named ``admin1``."""
        if self._admin1 is None:
            by: dict[tuple[str, str], list[Entry]] = {}
            for e in self.entries:
                if e.feature == "admin1" and e.country and e.admin1:
                    by.setdefault((e.country, e.admin1), []).append(e)
            self._admin1 = by
        return self._admin1.get((country, admin1), [])

    def has(self, squashed: str) -> bool:
        return squashed in self.index


def _read(name: str) -> str:
    return resources.files(_PKG).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer(list(parse_places(_read("places.tsv"))), parse_common(_read("common.tsv")))


def parse_common(text: str, path: str = "rasd/resources/geo/common.tsv") -> frozenset[str]:
    """The names that are also common words (``key<TAB>loc<TAB>other<TAB>source``)."""
    lines = text.split("\n")
    if not lines or lines[0] != "key\tloc\tother\tsource":
        raise ResourceError(path, 1, "header must be key, loc, other, source")
    out: set[str] = set()
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        f = line.split("\t")
        if len(f) != 4 or not f[0] or not f[3]:
            raise ResourceError(path, n, f"want 'key<TAB>loc<TAB>other<TAB>source', got {line!r}")
        out.add(f[0])
    return frozenset(out)
