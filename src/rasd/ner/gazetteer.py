"""The NER gazetteer: name lists turned into tagger features (built at training time, shipped as a resource).

Phrases are keyed by the normalised stem words rasd's tokenizer gives (:func:`~rasd.ner.features.token_key`),
so a list entry matches however the text attaches clitics to it. Each phrase carries labels naming its source
and type, so the CRF learns how far to trust each list:

- ``wPER`` / ``wORG`` / ``wLOC``: entity phrases of WikiANN-ar (train, dev, extra; silver), kept when one type
  holds ≥ 60 % of a phrase's occurrences;
- ``geo``: Arabic place names from GeoNames cities15000 (MENA), GeoNames and CLDR country names, OpenSyria
  governorates / districts / subdistricts (names and Arabic aliases);
- ``act``: actor names of UniversalPetrarch's Arabic actor dictionary (lemmatised entries, underscores → spaces).

Single words carry name roles: ``given`` / ``surname`` (Wikidata person names, see
``scripts/build_ner_names.py``) and ``wfirst`` / ``wlast`` (first / last words of WikiANN person names); and the
type of WikiANN entity they occur in (words inside ≥ 2 WikiANN entity phrases): ``wt`` + the majority type
(``wtPER``), ``wt`` + type + log2 of the count (``wtPER3``, capped at 6), and ``wtmix`` when the majority type
holds < 70 % of them. These word types reach names the phrase list misses (a surname alone, a new combination).
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from rasd.errors import ResourceError
from rasd.ner.features import Gazetteer, token_key
from rasd.text.tokenize import Tokenizer

__all__ = ["build_gazetteer", "load_gazetteer", "phrase_key", "read_person_names", "save_gazetteer"]

_AR = re.compile(r"[\u0621-\u064a]")


def phrase_key(text: str, tokenizer: Tokenizer) -> tuple[str, ...]:
    return tuple(token_key(t) for t in tokenizer.tokenize(text))


def read_person_names(min_count: int = 2) -> dict[str, set[str]]:
    """Shipped Wikidata given names / surnames: word → roles (single words attested ≥ ``min_count`` times)."""
    raw = resources.files("rasd.resources").joinpath("ner/person_names.tsv.gz").read_bytes()
    out: dict[str, set[str]] = defaultdict(set)
    for n, line in enumerate(gzip.decompress(raw).decode("utf-8").splitlines(), 1):
        if line.startswith("#") or not line:
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not parts[2].isdigit():
            raise ResourceError("rasd/resources/ner/person_names.tsv.gz", n, f"want 4 fields, got {line!r}")
        name, role, count = parts[0], parts[1], int(parts[2])
        if count >= min_count and " " not in name:
            out[name].add(role)
    return out


def _geo_names(geo: Path) -> Iterable[str]:
    with open(geo / "geonames-mena" / "cities15000_mena_arabic.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield from (n for n in (row.get("arabic_names") or "").split("|") if n)
    with open(geo / "countries-geonames" / "countries_ar.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row.get("name_ar"):
                yield row["name_ar"]
    with open(geo / "countries-cldr" / "data_ar_country.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("value"):
                yield row["value"]
    for name in ("governorates", "districts", "subdistricts"):
        for item in json.loads((geo / "opensyria" / "data" / f"{name}.json").read_text(encoding="utf-8")):
            ar = (item.get("name") or {}).get("ar")
            if ar:
                yield ar
            for al in item.get("aliases") or []:
                if al.get("language") == "ar" and al.get("value"):
                    yield al["value"]


def _actor_names(lex: Path) -> Iterable[str]:
    with open(lex / "universalpetrarch-ar" / "actor_dict_ar_v4.txt", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line[0] in " \t#[+":
                continue
            name = line.split("[", 1)[0].split("#", 1)[0].strip()
            name = name.replace("_", " ").strip()
            if len(name) >= 2 and _AR.search(name):
                yield name


def build_gazetteer(shared: Path, wikiann: Iterable[object], tokenizer: Tokenizer, *,
                    word_types: bool = True) -> Gazetteer:
    """Build the gazetteer from ``shared`` data and WikiANN sentences (:class:`~rasd.ner.data.GoldSentence`);
    ``word_types=False`` leaves out the ``wt*`` word roles (for the ablation)."""
    from rasd.ner.data import GoldSentence, spans_of

    labels: dict[tuple[str, ...], set[str]] = defaultdict(set)
    phrase_types: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    wtypes: dict[str, Counter[str]] = defaultdict(Counter)
    for s in wikiann:
        assert isinstance(s, GoldSentence)
        for a, b, typ in spans_of(s.tags):
            key = phrase_key(" ".join(s.tokens[a:b]), tokenizer)
            if not key or len(key) > 8:
                continue
            phrase_types[key][typ] += 1
            for w in key:
                wtypes[w][typ] += 1
            if typ == "PER" and len(key) >= 2:
                first[key[0]] += 1
                last[key[-1]] += 1
    for key, c in phrase_types.items():
        typ, n = c.most_common(1)[0]
        if n >= 0.6 * sum(c.values()) and typ in ("PER", "ORG", "LOC"):
            labels[key].add("w" + typ)
    for name in _geo_names(shared / "data" / "geo"):
        key = phrase_key(name, tokenizer)
        if key and len(key) <= 8:
            labels[key].add("geo")
    for name in _actor_names(shared / "data" / "lexicons"):
        key = phrase_key(name, tokenizer)
        if key and len(key) <= 8:
            labels[key].add("act")
    words: dict[str, set[str]] = read_person_names()
    words = defaultdict(set, {k: set(v) for k, v in words.items()})
    for w, n in first.items():
        if n >= 2 and _AR.search(w):
            words[w].add("wfirst")
    for w, n in last.items():
        if n >= 2 and _AR.search(w):
            words[w].add("wlast")
    for w, c in (wtypes.items() if word_types else ()):
        n = sum(c.values())
        if n < 2 or not w:
            continue
        typ, top = max(c.items(), key=lambda kv: (kv[1], kv[0]))  # ties: the same choice in every process
        words[w] |= {f"wt{typ}", f"wt{typ}{min(int(math.log2(n)), 6)}"}
        if top < 0.7 * n:
            words[w].add("wtmix")
    gaz = Gazetteer({" ".join(k): tuple(sorted(v)) for k, v in labels.items() if all(k)},
                    {k: tuple(sorted(v)) for k, v in words.items()})
    return gaz.finalize()


def save_gazetteer(gaz: Gazetteer, path: Path) -> None:
    lines = ["# kind\tkey (normalised stem words, space-separated)\tlabels"]
    lines += [f"P\t{k}\t{','.join(v)}" for k, v in sorted(gaz.phrases.items())]
    lines += [f"W\t{k}\t{','.join(v)}" for k, v in sorted(gaz.words.items())]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))


def load_gazetteer(data: bytes, name: str = "rasd/resources/ner/gazetteer.tsv.gz") -> Gazetteer:
    phrases: dict[str, tuple[str, ...]] = {}
    words: dict[str, tuple[str, ...]] = {}
    interned: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(gzip.decompress(data).decode("utf-8").split("\n"), 1):
        if not line or line[0] == "#":
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("P", "W") or not parts[1] or not parts[2]:
            raise ResourceError(name, n, f"want 'P|W<TAB>key<TAB>labels', got {line!r}")
        labels = interned.get(parts[2])
        if labels is None:
            labels = interned[parts[2]] = tuple(parts[2].split(","))
        (phrases if parts[0] == "P" else words)[parts[1]] = labels
    return Gazetteer(phrases, words).finalize()
