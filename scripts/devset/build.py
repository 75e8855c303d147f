#!/usr/bin/env python3
"""Build rasd's annotated dev gold set: tests/data/dev/dev-gold.jsonl.

The annotations are code (scripts/devset/annotate_{sy,iq,ye,ly}.py; the fresh split dev-014.. in annotate_fresh.py; the fresh-2
split dev-022.. in annotate_fresh2.py; the fresh-3 split dev-030.. in annotate_fresh3.py): for every article, surface strings with a
context string that occurs exactly once in the text; offsets are computed here with ``span()`` from
../shared/spec/annotation-guidelines.md, never counted by hand. Coordinates come from GeoNames / OpenSyria by id
(scripts/devset/geo.py) or, for what those lack, from the annotator's knowledge with a note.

Run:  .venv/bin/python scripts/devset/build.py        (then scripts/devset/check.py)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import geo

ROOT = HERE.parents[1]
SELECTED = ROOT / "tests" / "data" / "dev" / "selected.jsonl"
GOLD = ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl"


def span(text: str, surface: str, context: str | None = None) -> dict:
    """The guidelines' helper: offsets of ``surface`` inside the unique ``context``."""
    ctx = context or surface
    i = text.find(ctx)
    assert i >= 0 and text.find(ctx, i + 1) < 0, f"context missing or not unique: {ctx}"
    s = i + ctx.index(surface)
    return {"start": s, "end": s + len(surface), "text": surface}


# --- canonical English names of actors (appended to the Arabic surface forms of each actor entry) -------------
EN: dict[str, list[str]] = {
    "SAA": ["Syrian Arab Army", "Syrian army", "Syrian government forces"],
    "SYRGOV": ["Syrian government", "Syria"],
    "SYRFM": ["Walid al-Muallem", "Syrian Foreign Minister"],
    "SYRDFM": ["Faisal Mekdad", "Syrian Deputy Foreign Minister"],
    "PROGOV_MIL": ["pro-government militias"],
    "HEZ": ["Hezbollah", "Lebanese Hezbollah"],
    "REBELS": ["Syrian armed opposition", "rebels"],
    "SYROPP": ["Syrian opposition"],
    "FSA": ["Free Syrian Army", "FSA"],
    "THUWAR": ["Thuwar al-Sham", "Thuwar al-Sham Battalions"],
    "ISIS": ["Islamic State", "ISIS", "ISIL"],
    "NUSRA": ["Jabhat al-Nusra", "Nusra Front", "al-Nusra"],
    "DIV30": ["Division 30", "New Syrian Force"],
    "COALITION": ["US-led coalition", "International coalition against ISIS"],
    "UN": ["United Nations", "UN"],
    "DEMISTURA": ["Staffan de Mistura", "UN envoy to Syria"],
    "SOHR": ["Syrian Observatory for Human Rights", "SOHR"],
    "CIV": ["civilians"],
}


def actor(*arabic: str, en: str | list[str]) -> list[str]:
    """An actor entry: the Arabic surface form(s) then the English canonical name(s)."""
    names = EN[en] if isinstance(en, str) else list(en)
    return list(arabic) + names


# --- place records -------------------------------------------------------------------------------------------
COUNTRIES = {  # representative points (approximate country centroids; Syria as in the seed gold)
    "SY": ("Syria", 35.0, 38.5), "IQ": ("Iraq", 33.0, 44.0), "YE": ("Yemen", 15.5, 47.5),
    "LY": ("Libya", 27.0, 17.0), "TR": ("Turkey", 39.0, 35.0), "LB": ("Lebanon", 33.85, 35.86),
    "IR": ("Iran", 32.0, 53.0), "OM": ("Oman", 21.0, 57.0), "TN": ("Tunisia", 34.0, 9.0),
    "US": ("United States", 39.8, -98.6), "IT": ("Italy", 42.8, 12.8), "MA": ("Morocco", 32.0, -6.0),
    "EG": ("Egypt", 26.8, 30.8), "SA": ("Saudi Arabia", 24.0, 45.0), "DZ": ("Algeria", 28.0, 2.6),
    "TD": ("Chad", 15.5, 18.7), "NE": ("Niger", 17.6, 8.1), "JO": ("Jordan", 31.2, 36.5),
    "ML": ("Mali", 17.6, -2.0),
}


def country(iso2: str) -> dict:
    name, lat, lon = COUNTRIES[iso2]
    note = None if iso2 == "SY" else "approximate country centroid"
    return {"name": name, "lat": lat, "lon": lon, "country": iso2, "feature": "country", "precision": 3,
            **({"note": note} if note else {})}


def gn(geonameid: int, feature: str = "city", precision: int = 1, name: str | None = None,
       note: str | None = None) -> dict:
    """A GeoNames point (cities15000)."""
    r = geo.gn(geonameid)
    out = {"name": name or r["name"], "lat": r["lat"], "lon": r["lon"], "country": r["country"],
           "feature": feature, "precision": precision}
    if note:
        out["note"] = note
    return out


def osy(osy_id: str, feature: str = "admin1", precision: int = 3, name: str | None = None,
        note: str | None = None) -> dict:
    """An OpenSyria unit (centroid); governorates are admin1 precision 3."""
    r = geo.osy(osy_id)
    default = r["en"] + (" Governorate" if r["level"] == "governorates" else "")
    out = {"name": name or default, "lat": r["lat"], "lon": r["lon"], "country": "SY",
           "feature": feature, "precision": precision}
    if note:
        out["note"] = note
    return out


def pt(name: str, lat: float, lon: float, cc: str | None, feature: str, precision: int,
       note: str = "approximate") -> dict:
    """A point from the annotator's own knowledge (always carries a note)."""
    return {"name": name, "lat": lat, "lon": lon, "country": cc, "feature": feature, "precision": precision,
            "note": note}


def with_(place: dict, **kw) -> dict:
    """A copy of a place record with fields changed (precision, note ...)."""
    out = dict(place)
    for k, v in kw.items():
        if k == "note" and place.get("note") and v:
            v = place["note"] + "; " + v
        out[k] = v
    return out


# --- the article builder ----------------------------------------------------------------------------------------
class Article:
    def __init__(self, prefix: str):
        rows = [json.loads(line) for line in SELECTED.read_text(encoding="utf-8").splitlines() if line.strip()]
        (row,) = [r for r in rows if r["id"].startswith(prefix + "_")]
        self.id, self.meta, self.text = row["id"], row["meta"], row["text"]
        self.mentions: list[dict] = []
        self.places: list[dict] = []
        self.events: list[dict] = []

    # mentions ------------------------------------------------------------------------------------------------
    def m(self, typ: str, surface: str, ctx: str | None = None) -> dict:
        sp = span(self.text, surface, ctx)
        for other in self.mentions:
            assert sp["end"] <= other["start"] or other["end"] <= sp["start"], \
                f"{self.id}: overlapping mentions {sp} {other}"
        rec = {**sp, "type": typ}
        self.mentions.append(rec)
        return rec

    def per(self, surface: str, ctx: str | None = None) -> dict:
        return self.m("PER", surface, ctx)

    def org(self, surface: str, ctx: str | None = None) -> dict:
        return self.m("ORG", surface, ctx)

    def misc(self, surface: str, ctx: str | None = None) -> dict:
        return self.m("MISC", surface, ctx)

    def loc(self, surface: str, ctx: str | None = None, place: dict | None = None,
            expr: str | None = None, note: str | None = None) -> dict:
        """A LOC mention; with ``place`` also a place on the same span (``expr``: the regional/relative
        expression around it, which must lie inside ``ctx``)."""
        rec = self.m("LOC", surface, ctx)
        if place is not None:
            p = {k: rec[k] for k in ("start", "end", "text")}
            p.update(place)
            if note:
                p["note"] = (place["note"] + "; " + note) if place.get("note") else note
            if expr is not None:
                e = span(self.text, expr, ctx)
                assert e["start"] <= rec["start"] and rec["end"] <= e["end"], f"{self.id}: expression {expr}"
                p["expression"] = e
            self.places.append(p)
        else:
            assert expr is None and note is None
        return rec

    # events --------------------------------------------------------------------------------------------------
    def ev(self, types: list[str] | str, mode: str | None, trigger: str | tuple[str, str], evidence: str,
           actor: list, recipient: list, place: str | None, modality: str = "actual",
           polarity: str = "asserted", alts: list | None = None, symmetric: bool | None = None,
           attributed_to: str | None = None, note: str | None = None) -> dict:
        """One event. ``trigger`` is a surface found inside the (unique) ``evidence`` string, or
        (surface, context) when the surface is not unique within the evidence; ``alts`` likewise take
        (surface, context) pairs (or a surface that is unique in the text)."""
        ev = span(self.text, evidence)
        if isinstance(trigger, tuple):
            tr = span(self.text, *trigger)
        else:
            k = evidence.find(trigger)
            assert k >= 0 and evidence.find(trigger, k + 1) < 0, f"{self.id}: trigger {trigger!r} not unique in evidence"
            tr = {"start": ev["start"] + k, "end": ev["start"] + k + len(trigger), "text": trigger}
        assert ev["start"] <= tr["start"] and tr["end"] <= ev["end"], f"{self.id}: trigger outside evidence"
        rec = {"types": [types] if isinstance(types, str) else list(types), "mode": mode, "trigger": tr,
               "evidence": {"start": ev["start"], "end": ev["end"]}, "actor": actor, "recipient": recipient,
               "place": place, "modality": modality, "polarity": polarity}
        if symmetric:
            rec["symmetric"] = True
        if attributed_to:
            rec["attributed_to"] = attributed_to
        if alts:
            rec["alt_triggers"] = [span(self.text, *a) if isinstance(a, tuple) else span(self.text, a) for a in alts]
        if note:
            rec["note"] = note
        self.events.append(rec)
        return rec

    def doc(self) -> dict:
        return {"id": self.id, "meta": self.meta, "text": self.text,
                "mentions": sorted(self.mentions, key=lambda m: m["start"]),
                "places": sorted(self.places, key=lambda p: p["start"]),
                "events": self.events}


def main(out: Path | None = None) -> None:
    out = out or GOLD
    import annotate_fresh
    import annotate_fresh2
    import annotate_fresh3
    import annotate_iq
    import annotate_ly
    import annotate_sy
    import annotate_ye

    docs = []
    for mod in (annotate_sy, annotate_iq, annotate_ye, annotate_ly, annotate_fresh, annotate_fresh2, annotate_fresh3):
        for fn in mod.ARTICLES:
            docs.append(fn().doc())
    docs.sort(key=lambda d: d["id"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    for d in docs:
        print(f"{d['id']}  mentions={len(d['mentions'])} places={len(d['places'])} events={len(d['events'])}")
    print(f"wrote {out}: {len(docs)} articles")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
