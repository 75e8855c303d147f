from __future__ import annotations

import collections

import pytest

from rasd.doc import EVENT_TYPES
from rasd.errors import ResourceError
from rasd.events.codebook import load_codebook, load_lexicon, parse_cues, parse_discards, parse_triggers

HEADER = "lemma\tpos\ttype\tmode\talso\ttag\tcontext\tforms\tstatus\tsource\n"


def test_codebook_has_the_16_types_with_contract_modes() -> None:
    cb = load_codebook()
    assert set(cb.types) == set(EVENT_TYPES)
    assert "aerial" in cb.types["ASSAULT"].modes and cb.types["AGREE"].modes == ()
    assert "military" in cb.contexts


@pytest.mark.parametrize("type_,mode,tag,want", [
    ("ASSAULT", "aerial", None, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", None, None, ("Battles", "Armed clash")),
    ("ASSAULT", None, "capture-state", ("Battles", "Government regains territory")),
    ("COERCE", "arrest", None, ("Strategic developments", "Arrests")),
    ("AGREE", None, None, ("Strategic developments", "Agreement")),
    ("PROTEST", "riot", None, ("Riots", "Violent demonstration")),
    ("ACCUSE", "allege", None, None),
])
def test_acled_mapping_most_specific_key_wins(type_: str, mode: str | None, tag: str | None, want: object) -> None:
    assert load_codebook().acled_for(type_, mode, tag) == want


def test_every_type_has_at_least_20_active_triggers_with_a_source() -> None:
    lex = load_lexicon()
    counts = collections.Counter(r.type for r in lex.triggers)
    assert {t: counts[t] for t in EVENT_TYPES if counts[t] < 20} == {}
    assert all(r.source for r in lex.triggers)
    assert {r.pos for r in lex.triggers} == {"v", "n"}  # verbs and verbal nouns
    assert lex.candidates > 0  # UniversalPetrarch candidates are kept for review, not used


@pytest.mark.parametrize("row,problem", [
    ("قصف\tv\tBOMB\t-\t-\t-\t-\t-\tactive\tx", "not a PLOVER event type"),
    ("قصف\tv\tASSAULT\tnuclear\t-\t-\t-\t-\tactive\tx", "not a mode of ASSAULT"),
    ("قصف\tx\tASSAULT\t-\t-\t-\t-\t-\tactive\tx", "pos"),
    ("bomb\tv\tASSAULT\t-\t-\t-\t-\t-\tactive\tx", "not Arabic"),
    ("قصف\tv\tASSAULT\t-\t-\t-\t-\t-\tactive\t-", "source"),
    ("قصف\tv\tASSAULT\t-\t-\t-\t-", "columns"),
])
def test_bad_trigger_rows_name_file_and_line(row: str, problem: str) -> None:
    with pytest.raises(ResourceError) as exc:
        parse_triggers(HEADER + "# comment\n" + row + "\n", load_codebook())
    assert exc.value.line == 3 and problem in str(exc.value)
    assert str(exc.value).startswith("rasd/resources/events/triggers.tsv:3:")


def test_bad_cue_and_discard_rows() -> None:
    cb = load_codebook()
    head = "kind\tphrase\twhere\twindow\tvalue\tsource\n"
    with pytest.raises(ResourceError, match=":2: kind"):
        parse_cues(head + "maybe\tربما\tbefore\t3\t-\tx\n", cb)
    with pytest.raises(ResourceError, match="TYPE/mode"):
        parse_cues(head + "mode\tغارة\taround\t3\tASSAULT/laser\tx\n", cb)
    with pytest.raises(ResourceError, match=":2: every row"):
        parse_discards("phrase\tnote\tsource\nحرب كلامية\tx\t-\n")


def test_generated_lexicon_contains_every_curated_row() -> None:
    from importlib import resources

    base = resources.files("rasd.resources").joinpath("events")
    curated = [ln.split("\t")[0] for ln in base.joinpath("triggers_curated.tsv").read_text("utf-8").splitlines()
               if ln and not ln.startswith("#")][1:]
    active = [ln.split("\t")[0] for ln in base.joinpath("triggers.tsv").read_text("utf-8").splitlines()
              if "\tactive\t" in ln]
    assert curated == active, "re-run scripts/build_triggers.py"
