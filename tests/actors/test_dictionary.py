"""The shipped actor dictionary: coverage, validation with file:line errors, load time."""
from __future__ import annotations

import time

import pytest

from rasd.actors.dictionary import RESOURCE_FILES, _read_resources, load, load_from
from rasd.errors import ResourceError


def test_coverage() -> None:
    d = load()
    assert len(d.actors) >= 1500
    assert d.n_aliases >= 6000
    kinds = {e.kind for e in d.actors.values()}
    assert {"state", "state_body", "armed_group", "party", "igo", "person", "media"} <= kinds


@pytest.mark.parametrize("body", ["government", "military", "police", "intelligence", "foreign_ministry"])
@pytest.mark.parametrize("iso3", ["SYR", "IRQ", "YEM", "LBY", "LBN", "TUR", "RUS", "USA", "FRA", "BRA", "KEN"])
def test_every_state_has_its_bodies(iso3: str, body: str) -> None:
    e = load().actors[f"{iso3}.{body}"]
    assert e.kind == "state_body" and e.country == iso3


@pytest.mark.parametrize("aid", ["isis", "nusra", "hts", "ahrar", "jaysh_islam", "faylaq_rahman", "fsa", "sdf", "ypg",
                                 "euphrates_shield", "tip", "hezbollah", "pmf", "houthis", "lna", "un", "eu", "nato",
                                 "arab_league", "opcw", "jim"])
def test_issue_actors_present(aid: str) -> None:
    assert aid in load().actors


def test_every_row_names_its_source() -> None:
    texts = _read_resources()
    for name in ("actors.tsv", "aliases.tsv", "roles.tsv"):
        rows = [ln.split("\t") for ln in texts[name].splitlines() if ln and not ln.startswith("#")][1:]
        assert rows and all(r[-1] for r in rows), name


def _broken(name: str, old: str, new: str) -> dict[str, str]:
    texts = dict(_read_resources())
    assert old in texts[name]
    texts[name] = texts[name].replace(old, new, 1)
    return texts


@pytest.mark.parametrize(
    ("name", "old", "new", "problem"),
    [
        ("actors.tsv", "\tarmed_group\tSYR\tREB\t", "\tmilitia\tSYR\tREB\t", "unknown kind 'militia'"),
        ("actors.tsv", "isis\tarmed_group\t", "isis\tarmed_group\tXX\t", "want 9 tab-separated columns"),
        ("actors.tsv", "sdf\tarmed_group\tSYR\t", "sdf\tarmed_group\tSyria\t", "not an ISO 3166-1 alpha-3"),
        ("aliases.tsv", "sdf\tقسد\tar\t", "sdff\tقسد\tar\t", "unknown actor id 'sdff'"),
        ("aliases.tsv", "sdf\tقسد\tar\t", "sdf\tقسد\tku\t", "lang must be"),
        ("roles.tsv", "p.mattis\tUSA.defence_minister\t2017-01-20", "p.mattis\tUSA.defence_minister\t20.1.2017",
         "want an ISO date"),
        ("generics.tsv", "الجيش\tmilitary\t", "الجيش\tarmy\t", "not a key of bodies.tsv"),
        ("descriptors.tsv", "ميليشيا\tbefore\t", "ميليشيا\tprefix\t", "position must be"),
        ("gated.tsv", "القاعدة\tORG\talqaeda\t", "القاعدة\tORG\talqaida\t", "is not an actor id"),
        ("gated.tsv", "القاعدة\tORG\t", "القاعدة\tGROUP\t", "type must be"),
    ],
)
def test_malformed_row_fails_with_file_and_line(name: str, old: str, new: str, problem: str) -> None:
    texts = _broken(name, old, new)
    with pytest.raises(ResourceError) as err:
        load_from(texts)
    assert err.value.path == f"rasd/resources/actors/{name}"
    assert problem in err.value.problem
    assert str(err.value).startswith(f"rasd/resources/actors/{name}:{err.value.line}: ")
    assert new.split("\t")[0] in texts[name].splitlines()[err.value.line - 1]


def test_error_line_points_at_the_bad_row() -> None:
    texts = dict(_read_resources())
    lines = texts["actors.tsv"].splitlines()
    k = next(i for i, ln in enumerate(lines) if ln.startswith("hezbollah\t"))
    lines[k] = lines[k].replace("\tLBN\t", "\tLB\t")
    texts["actors.tsv"] = "\n".join(lines)
    with pytest.raises(ResourceError) as err:
        load_from(texts)
    assert err.value.line == k + 1


def test_load_is_fast() -> None:
    texts = _read_resources()
    assert set(texts) == set(RESOURCE_FILES)
    import gc

    best = 9.0
    for _ in range(3):
        gc.disable()
        t = time.perf_counter()
        load_from(texts)
        best = min(best, time.perf_counter() - t)
        gc.enable()
    assert best < 3.0  # a guard against pathological slowdowns; the 0.5 s budget is measured by bench/bench_actors.py


def test_shipped_compiled_cache_is_fresh_and_equal() -> None:
    from importlib import resources

    from rasd.actors.dictionary import COMPILED, _fingerprint, _from_blob

    texts = _read_resources()
    blob = resources.files("rasd.resources").joinpath("actors", COMPILED).read_bytes()
    cached = _from_blob(blob, _fingerprint(texts))
    assert cached is not None, "compiled.marshal is stale: run scripts/build_actors.py"
    fresh = load_from(texts)
    assert (cached.actors, cached.names, cached.nationalities) == (fresh.actors, fresh.names, fresh.nationalities)
    assert _from_blob(blob, "0" * 12) is None  # a TSV edit makes the cache unusable
