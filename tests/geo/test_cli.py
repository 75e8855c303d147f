"""``rasd geocode``: prints the resolved places of a text (table or JSON lines)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from rasd.cli import cli


def test_geocode_prints_places() -> None:
    res = CliRunner().invoke(cli, ["geocode", "تعزيزات عسكرية إلى بلدة حضر في ريف القنيطرة الشمالي"])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("حضر\tHadar\tSY\ttown\tprecision 1")
    assert lines[1].startswith("القنيطرة\tQuneitra Governorate\tSY\tadmin1\tprecision 3")


def test_geocode_json_and_all() -> None:
    res = CliRunner().invoke(cli, ["geocode", "--json", "--all", "سمحت لهم تركيا بذلك في جنيف"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.strip().splitlines()]
    assert [r["text"] for r in rows] == ["تركيا", "جنيف"]
    assert rows[0]["place"] is None and rows[1]["country"] == "CH"


def test_geocode_reads_stdin_and_says_when_nothing_is_found() -> None:
    res = CliRunner().invoke(cli, ["geocode", "-"], input="لا شيء هنا")
    assert res.exit_code == 0
    assert "no places found" in res.output
