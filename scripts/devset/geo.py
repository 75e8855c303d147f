#!/usr/bin/env python3
"""Coordinate look-ups for the dev gold set: GeoNames cities15000 (MENA Arabic extract + the full zip) and OpenSyria.

``gn(geonameid)`` and ``osy(id)`` return the record used by scripts/devset/build.py; ``python geo.py NAME ...``
prints candidate records for a name (Arabic or English, substring match) to choose from while annotating.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

GEO = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "geo"


@lru_cache(maxsize=1)
def _geonames() -> dict[int, dict]:
    rows: dict[int, dict] = {}
    with zipfile.ZipFile(GEO / "geonames-mena" / "cities15000.zip") as z, z.open("cities15000.txt") as fh:
        for line in io.TextIOWrapper(fh, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            rows[int(f[0])] = {"id": int(f[0]), "name": f[1], "alt": f[3], "lat": float(f[4]),
                               "lon": float(f[5]), "fcode": f[7], "country": f[8], "pop": int(f[14] or 0)}
    with open(GEO / "geonames-mena" / "cities15000_mena_arabic.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            rows[int(r["geonameid"])]["arabic"] = r["arabic_names"]
    return rows


@lru_cache(maxsize=1)
def _opensyria() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for level in ("governorates", "districts", "subdistricts"):
        for r in json.loads((GEO / "opensyria" / "data" / f"{level}.json").read_text(encoding="utf-8")):
            c = r.get("centroid") or {}
            out[r["id"]] = {"id": r["id"], "level": level, "en": r["name"]["en"], "ar": r["name"]["ar"],
                            "aliases": [a["value"] for a in r.get("aliases", [])],
                            "lat": c.get("latitude"), "lon": c.get("longitude")}
    return out


def gn(geonameid: int) -> dict:
    """GeoNames record by id (name, lat, lon, country)."""
    return _geonames()[geonameid]


def osy(osy_id: str) -> dict:
    """OpenSyria governorate/district/subdistrict record by id (en, ar, lat, lon = centroid)."""
    return _opensyria()[osy_id]


def search(name: str) -> list[str]:
    hits = []
    for r in _geonames().values():
        if name in r.get("arabic", "") or name.lower() in r["name"].lower() or name in r["alt"].split(","):
            hits.append(f"GN {r['id']} {r['name']} {r['country']} {r['fcode']} {r['lat']},{r['lon']} pop={r['pop']} "
                        f"ar={r.get('arabic', '')[:60]}")
    for r in _opensyria().values():
        if name in r["ar"] or name.lower() in r["en"].lower() or any(name in a for a in r["aliases"]):
            hits.append(f"OSY {r['id']} {r['level']} {r['en']} {r['ar']} {r['lat']},{r['lon']}")
    return hits


if __name__ == "__main__":
    for n in sys.argv[1:]:
        print("##", n)
        for h in search(n)[:15]:
            print("  ", h)
