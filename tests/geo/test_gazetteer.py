"""The shipped gazetteer: it loads, fast, every row is valid and names its source; bad rows fail with file:line."""
from __future__ import annotations

import time

import pytest

from rasd.errors import ResourceError
from rasd.geo.gazetteer import (
    COLUMNS,
    CURATED_COLUMNS,
    Gazetteer,
    haversine_km,
    load_gazetteer,
    parse_common,
    parse_curated,
    parse_places,
)
from rasd.text.normalize import normalize_word

HEADER = "\t".join(COLUMNS)
GOOD = "cur:x\tHadar\tحضر\tحضر\t33.27\t35.77\tSY\tQuneitra\t\ttown\t0\t\tcue\trasd curation"


def test_shipped_gazetteer_loads_and_is_sizeable() -> None:
    g = load_gazetteer()
    assert len(g) > 5000
    assert all(e.source for e in g.entries)
    features = {e.feature for e in g.entries}
    assert {"country", "admin1", "admin2", "admin3", "city", "border", "region"} <= features
    # every Syrian governorate, with its OpenSyria P-code
    assert len([e for e in g.entries if e.id.startswith("os:SY") and e.feature == "admin1"]) == 14


def test_load_is_fast() -> None:
    from rasd.geo.gazetteer import _read

    start = time.perf_counter()
    Gazetteer(list(parse_places(_read("places.tsv"))), parse_common(_read("common.tsv")))
    assert time.perf_counter() - start < 1.5  # budget 0.5 s (bench/bench_geo.py); slack for loaded CI machines


@pytest.mark.parametrize("name, gid", [
    ("البوكمال", "gn:174448"), ("البو كمال", "gn:174448"), ("أبو كمال", "gn:174448"),
    ("سورية", "cc:SY"), ("سوريا", "cc:SY"), ("أميركا", "cc:US"), ("أمريكا", "cc:US"),
    ("حضر", "cur:sy-hadar"), ("أثريا", "cur:sy-ithriya"), ("الأشعري", "cur:sy-ashari"), ("السعن", "gn:172515"),
    ("واشنطن", "cur:washington-dc"), ("جسر الشغور", "gn:169023"), ("إدلب", "os:SY07"), ("ريف دمشق", "os:SY03"),
])
def test_names_and_variants_are_indexed(name: str, gid: str) -> None:
    ids = {e.id for e in load_gazetteer().lookup(normalize_word(name))}
    assert gid in ids


def test_town_point_is_not_the_subdistrict_centroid() -> None:
    # «السعن»: the town (GeoNames) and the subdistrict (OpenSyria) are both there, ~36 km apart
    g = load_gazetteer()
    ents = {e.feature: e for e in g.lookup("السعن")}
    town = ents.get("town") or ents["village"]
    assert haversine_km(town.lat, town.lon, ents["admin3"].lat, ents["admin3"].lon) > 20


def test_a_cities500_place_without_population_is_a_seat_coded_as_a_town() -> None:
    # GeoNames cities500 holds places above 500 people and the seats of administrative divisions: Tal Afar
    # (no population in the extract) is a seat, not a village
    g = load_gazetteer()
    tal_afar = [e for e in g.lookup("تلعفر") if e.country == "IQ"]
    assert tal_afar and all(e.feature == "town" and "seat" in e.flags for e in tal_afar if e.population == 0)


def test_syrian_places_carry_admin_names() -> None:
    g = load_gazetteer()
    homs = g.by_id["gn:169577"]
    assert (homs.country, homs.admin1) == ("SY", "Homs")
    assert g.by_id["gn:174448"].admin1 == "Deir ez-Zor"


@pytest.mark.parametrize("row, problem", [
    (GOOD.replace("33.27", "north"), "lat/lon must be numbers"),
    (GOOD.replace("33.27", "133.27"), "out of range"),
    (GOOD.replace("\ttown\t", "\thamlet\t"), "feature"),
    (GOOD.replace("\tSY\t", "\tSYR\t"), "ISO alpha-2"),
    (GOOD.replace("\tcue\t", "\tbogus\t"), "unknown flags"),
    (GOOD.replace("\trasd curation", "\t"), "source"),
    ("\t".join(GOOD.split("\t")[:5]), "columns"),
])
def test_bad_places_rows_fail_with_file_and_line(row: str, problem: str) -> None:
    with pytest.raises(ResourceError) as info:
        list(parse_places(f"{HEADER}\n{GOOD.replace('cur:x', 'cur:y')}\n{row}\n", "places.tsv"))
    assert info.value.path == "places.tsv" and info.value.line == 3
    assert problem in info.value.problem


def test_repeated_id_fails() -> None:
    with pytest.raises(ResourceError, match="repeated"):
        list(parse_places(f"{HEADER}\n{GOOD}\n{GOOD}\n"))


def test_curated_rows_validate() -> None:
    head = "\t".join(CURATED_COLUMNS)
    ok = "cur:a\tA\tأ\t1\t2\tSY\t\t\ttown\t\t\t\tmemory\tapproximate"
    rows = list(parse_curated(f"# comment\n{head}\n{ok}\n"))
    assert rows[0]["names"] == ["أ"] and rows[0]["lat"] == 1.0
    with pytest.raises(ResourceError) as info:
        list(parse_curated(f"{head}\n{ok}\n{ok.replace('cur:a', 'cur:b').replace('memory', '')}\n", "curated.tsv"))
    assert info.value.line == 3 and "source" in info.value.problem
    with pytest.raises(ResourceError, match="new place needs"):
        list(parse_curated(f"{head}\ncur:c\tC\t\t1\t2\tSY\t\t\ttown\t\t\t\tmemory\t\n"))


def test_shipped_curated_file_is_valid() -> None:
    from rasd.geo.gazetteer import _read

    rows = list(parse_curated(_read("curated.tsv"), "curated.tsv"))
    assert len(rows) > 100
    assert all(r["source"] for r in rows)


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert 110 < haversine_km(0, 0, 1, 0) < 112


def test_keys_are_arabic_letters_and_never_a_bare_place_noun() -> None:
    from rasd.geo.context import PLACE_NOUNS

    g = load_gazetteer()
    persian = set("یکۀہپچژگ")
    for e in g.entries:
        for k in e.keys:
            assert not persian & set(k), (e.id, k)
            assert k not in PLACE_NOUNS, (e.id, k)  # «مدينة» is the noun, not Medina


def test_persian_script_names_are_reachable_with_arabic_letters() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from build_gazetteer import arabic_names

    # ی/ک are ي/ك; گ is written ك or ج, پ ب, چ ج by the Arabic press
    assert arabic_names(["گرگان"]) == []
    assert set(arabic_names(["گرگان"], persian=True)) == {"كركان", "جرجان"}
    assert arabic_names(["پیرانشهر"], persian=True) == ["بيرانشهر"]
    g = load_gazetteer()
    assert len([e for e in g.entries if e.country == "IR"]) > 2000  # ~1,400 with Arabic-letter names alone
