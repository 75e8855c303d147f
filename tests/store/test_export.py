"""Exports parse back: JSON Lines validates against the contract, CSV/GeoJSON/Parquet carry the events."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from storefixtures import sample_documents

from rasd.serialize import to_dict
from rasd.store.db import connect, transaction
from rasd.store.dedup import build_stories
from rasd.store.export import ACLED_COLUMNS, export
from rasd.store.query import EventFilter
from rasd.store.rows import document_rows, write_rows


@pytest.fixture()
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = connect(tmp_path / "x.db")
    with transaction(c):
        for d in sample_documents():
            write_rows(c, document_rows(d, fingerprint="fp", run_id=None, ingested_at="t"))
    build_stories(c)
    yield c
    c.close()


def test_jsonl_round_trips_and_validates(conn, tmp_path: Path, validator: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "docs.jsonl"
    assert export(conn, "jsonl", out) == 4
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [to_dict(d) for d in sample_documents()]
    if validator.exists():
        res = subprocess.run([sys.executable, str(validator), str(out)], capture_output=True, check=False,
                             text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_csv_has_acled_columns(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.csv"
    assert export(conn, "csv", out) == 5
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == ACLED_COLUMNS
    raqqa = [r for r in rows if r["location"] == "Ar-Raqqah"]
    assert len(raqqa) == 2
    r = next(x for x in raqqa if x["doc_id"] == "art-a")
    assert (r["event_date"], r["event_type"], r["sub_event_type"]) == ("2015-08-01", "Explosions/Remote violence",
                                                                        "Air/drone strike")
    assert (r["actor1"], r["actor2"], r["geo_precision"], r["fatalities"]) == (
        "Global Coalition against Daesh", "Islamic State", "1", "12")
    assert float(r["latitude"]) == pytest.approx(35.9528) and r["n_reports"] == "2"
    assert "غارات" in r["notes"]


def test_merged_csv_one_row_per_story(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "stories.csv"
    assert export(conn, "csv", out, merged=True) == 4
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(int(r["n_reports"]) for r in rows) == [1, 1, 1, 2]


def test_geojson_points(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.geojson"
    n = export(conn, "geojson", out, f=EventFilter(types=("ASSAULT",)))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n == 3
    for feat in data["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feat["properties"]["plover_type"] == "ASSAULT"


def test_parquet_reads_back(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export(conn, "parquet", out) == 5
    table = pq.read_table(out)
    assert table.column_names == list(ACLED_COLUMNS)
    rows = table.to_pylist()
    assert {r["plover_type"] for r in rows} == {"ASSAULT", "ACCUSE", "AGREE"}
    assert any(r["fatalities"] == 12 for r in rows)
