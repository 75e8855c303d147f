"""Guards rasd's hand-annotated dev gold set (tests/data/dev/dev-gold.jsonl).

Runs the checks of scripts/devset/check.py (the guidelines' "Validate" list: offsets, place spans equal LOC
mentions, evidence holds the trigger, valid PLOVER types/modes/modality/polarity) plus a few set-level
properties, so a hand edit that breaks the gold fails CI. Needs ../shared for the PLOVER mode list.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl"
SHARED = ROOT / ".." / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "tools" / "validate_document.py").exists(),
                                reason="../shared is not available")


def _check_module():
    spec = importlib.util.spec_from_file_location("devset_check", ROOT / "scripts" / "devset" / "check.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def check():
    return _check_module()


def test_every_article_validates(docs, check):
    problems = [p for d in docs for p in check.problems(d)]
    assert problems == []


def test_set_size_and_coverage(docs):
    assert len(docs) >= 12
    assert len({d["id"] for d in docs}) == len(docs)
    assert len({d["meta"]["source"] for d in docs}) >= 4
    countries = {p["country"] for d in docs for p in d["places"]}
    assert {"SY", "IQ", "YE", "LY"} <= countries
    assert all(d["events"] and d["mentions"] for d in docs)


def test_offsets_are_code_points_into_raw_text(docs):
    for d in docs:
        text = d["text"]
        assert text == text.strip()
        spans = list(d["mentions"]) + list(d["places"])
        spans += [p["expression"] for p in d["places"] if "expression" in p]
        for e in d["events"]:
            spans += [e["trigger"], *e.get("alt_triggers", [])]
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"], (d["id"], s)


def test_checker_catches_broken_gold(docs, check):
    """The checks must be able to fail: corrupt one copy of an article in several ways."""
    d = json.loads(json.dumps(docs[0]))
    d["mentions"][0]["end"] += 1
    d["places"][0]["start"] += 1
    d["events"][0]["types"] = ["NOT_A_TYPE"]
    d["events"][1]["evidence"] = {"start": 0, "end": 1}
    found = check.problems(d)
    assert any("mention 0" in p for p in found)
    assert any("place 0" in p for p in found)
    assert any("types" in p for p in found)
    assert any("evidence" in p for p in found)
    e = json.loads(json.dumps(docs[0]))
    e["events"][0]["mode"] = "phone"  # a CONSULT mode, wrong for the first event's type
    e["events"][0]["place"] = "no such place"
    found = check.problems(e)
    assert any("mode" in p for p in found) and any("place" in p for p in found)


def test_gold_is_what_the_build_script_writes(docs):
    """dev-gold.jsonl must be regenerated from scripts/devset/annotate_*.py, never hand-edited."""
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "g.jsonl"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "devset" / "build.py"), str(out)],
                       check=True, capture_output=True)
        rebuilt = out.read_text(encoding="utf-8")
    assert rebuilt == GOLD.read_text(encoding="utf-8")
