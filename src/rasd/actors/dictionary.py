"""The actor dictionary: loading, validation (``file:line`` errors) and the compiled matching tables.

The dictionary is reviewed data in ``rasd/resources/actors/`` (see its README): ``actors.tsv``, ``aliases.tsv``,
``roles.tsv`` and ``nationalities.tsv`` are built by ``scripts/build_actors.py`` from curated rows and the
shared lexicons; ``bodies.tsv``, ``generics.tsv`` and ``descriptors.tsv`` are hand-written. :func:`load` reads and
validates them once per process (cached) and compiles the word tries the matcher walks. The build script also
writes ``compiled.marshal``, the compiled tables, which :func:`load` uses when its fingerprint (a hash of the
TSV files) and Python version match; any edit to a TSV makes it stale and the TSVs are compiled again.
"""

from __future__ import annotations

import datetime as _dt
import gc
import hashlib
import marshal
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.doc import ACTOR_KINDS
from rasd.errors import ResourceError
from rasd.text.normalize import normalize_word

__all__ = [
    "COMPILED",
    "RESOURCE_FILES",
    "TERMINAL",
    "ActorEntry",
    "Dictionary",
    "Role",
    "alias_key",
    "compile_blob",
    "load",
    "load_from",
]

RESOURCE_FILES = ("actors.tsv", "aliases.tsv", "roles.tsv", "nationalities.tsv", "bodies.tsv", "generics.tsv",
                  "descriptors.tsv", "context.tsv", "gated.tsv")
TERMINAL = ""  # trie key holding a node's payloads (never a word)
COMPILED = "compiled.marshal"  # the compiled tables, written by scripts/build_actors.py; a cache, never the truth
_FORMAT = 3

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[0-9]+$")
_WORD_SPLIT = re.compile(r"[\s\u00a0]+")
_PUNCT = re.compile(r"[\"'«»“”()\[\]،,.:;!?؟]")
_SOURCE_RANK = (("curated", 0), ("cldr", 1), ("generated", 1), ("up:", 2), ("phoenix", 3))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary actor."""

    id: str
    kind: str
    country: str | None
    sector: str | None
    wikidata: str | None
    name: str
    name_ar: str
    rank: int  # 0 = curated ... 3 = weakest source; breaks ties between actors sharing an alias
    source: str

    @property
    def body(self) -> str | None:
        """The generic body key of a generated state body («SYR.military» → «military»)."""
        head, dot, tail = self.id.partition(".")
        return tail if dot and _ISO3.match(head) else None


@dataclass(frozen=True, slots=True)
class Role:
    person: str
    office: str
    start: _dt.date | None
    end: _dt.date | None

    def covers(self, day: _dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


Trie = dict[str, "Trie | list[tuple[str, ...]]"]


@dataclass
class Dictionary:
    """Validated actor dictionary with compiled word tries (built once; read-only afterwards)."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)
    roles_by_person: dict[str, list[Role]] = field(default_factory=dict)
    roles_by_office: dict[str, list[Role]] = field(default_factory=dict)
    nationalities: dict[str, str] = field(default_factory=dict)  # normalised adjective form -> ISO3
    capitals: set[str] = field(default_factory=set)  # normalised capital-city aliases (metonyms of a state)
    # word tries: each node maps a normalised word to the next node; TERMINAL holds the payloads ending there
    names: dict = field(default_factory=dict)  # type: ignore[type-arg]  # ("actor", id) | ("generic", body, descriptor)
    heads: dict = field(default_factory=dict)  # type: ignore[type-arg]  # ("head", body) state-body heads
    descriptors: dict = field(default_factory=dict)  # type: ignore[type-arg]  # ("descriptor", position, label)
    # context-dependent generics (context.tsv): key -> [(country or "*", actor id or "~armed_group", start, end)]
    context: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)
    # gated aliases (gated.tsv): (NER type, normalised phrase) -> actor ids; common words that name an actor only
    # where NER tags them so («القاعدة» as ORG = al-Qaeda, as a noun = a base)
    gated: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    n_aliases: int = 0
    fingerprint: str = ""

    def context_target(self, key: str, country: str | None, day: _dt.date | None) -> str | None:
        """The actor a context-dependent generic names in an article of ``country`` dated ``day``."""
        iso = day.isoformat() if day else ""
        for want in (country, "*"):
            for c, actor, start, end in self.context.get(key, ()):
                if c != want or actor.startswith("~"):
                    continue
                if iso and ((start and iso < start) or (end and iso >= end)):
                    continue
                return actor
        return None

    def add(self, trie: dict, words: list[str], payload: tuple[str, ...]) -> None:  # type: ignore[type-arg]
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        lst = node.setdefault(TERMINAL, [])
        if payload not in lst:
            lst.append(payload)

    def holder(self, office: str, day: _dt.date) -> str | None:
        """The person who held ``office`` on ``day``, if the roles table knows."""
        for r in self.roles_by_office.get(office, ()):
            if r.covers(day):
                return r.person
        return None

    def previous_holder(self, office: str, day: _dt.date) -> str | None:
        """The last person whose term in ``office`` ended on or before ``day`` («الرئيس اليمني السابق»)."""
        past = [r for r in self.roles_by_office.get(office, ()) if r.end is not None and r.end <= day]
        return max(past, key=lambda r: r.end or day).person if past else None

    def role_of(self, person: str, day: _dt.date | None) -> str | None:
        """The office (an actor id) ``person`` held on ``day``; with no date, the only office they held."""
        roles = self.roles_by_person.get(person, ())
        if day is None:
            return roles[0].office if len(roles) == 1 else None
        for r in roles:
            if r.covers(day):
                return r.office
        return None


def alias_key(text: str) -> list[str]:
    """The normalised words of an alias as the matcher compares them (punctuation dropped)."""
    return normalize_word(_PUNCT.sub(" ", text) if _PUNCT.search(text) else text).split()


def _rank(source: str) -> int:
    for prefix, r in _SOURCE_RANK:
        if source.startswith(prefix):
            return r
    return 2


def _rows(name: str, text: str, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Rows of a TSV with a header line (comments '#' and blank lines skipped), each checked for its width."""
    path = f"rasd/resources/actors/{name}"
    out: list[tuple[int, list[str]]] = []
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise ResourceError(path, n, f"want header {'<TAB>'.join(columns)}, got {line!r}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise ResourceError(path, n, f"want {len(columns)} tab-separated columns ({', '.join(columns)}), "
                                          f"got {len(cells)}")
        out.append((n, cells))
    if not header_seen:
        raise ResourceError(path, 1, "empty file: no header row")
    return out


def _date(path: str, n: int, value: str, col: str) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ResourceError(path, n, f"column {col!r}: want an ISO date YYYY-MM-DD, got {value!r}") from None


def load_from(texts: dict[str, str]) -> Dictionary:
    """Validate and compile a dictionary from file contents keyed by file name (see RESOURCE_FILES)."""
    d = Dictionary()
    d.fingerprint = _fingerprint(texts)

    p = "rasd/resources/actors/actors.tsv"
    for n, (aid, kind, country, sector, qid, name, name_ar, _cameo, source) in _rows(
            "actors.tsv", texts["actors.tsv"],
            ("id", "kind", "country", "sector", "wikidata", "name", "name_ar", "cameo", "source")):
        if not _ID.match(aid):
            raise ResourceError(p, n, f"bad actor id {aid!r}: letters, digits and . _ - only")
        if aid in d.actors:
            raise ResourceError(p, n, f"duplicate actor id {aid!r}")
        if kind not in ACTOR_KINDS:
            raise ResourceError(p, n, f"unknown kind {kind!r}; want one of {', '.join(ACTOR_KINDS)}")
        if country and not _ISO3.match(country):
            raise ResourceError(p, n, f"country {country!r} is not an ISO 3166-1 alpha-3 code")
        if sector and not _SECTOR.match(sector):
            raise ResourceError(p, n, f"sector {sector!r} is not a three-letter PLOVER/CAMEO sector code")
        if qid and not _QID.match(qid):
            raise ResourceError(p, n, f"wikidata {qid!r} is not a Q-id")
        if not name and not name_ar:
            raise ResourceError(p, n, "actor has neither an English nor an Arabic name")
        if not source:
            raise ResourceError(p, n, "every row must name its source")
        d.actors[aid] = ActorEntry(aid, kind, country or None, sector or None, qid or None, name or name_ar,
                                   name_ar, _rank(source), source)

    p = "rasd/resources/actors/aliases.tsv"
    names = d.names
    for n, (aid, alias, lang, source) in _rows("aliases.tsv", texts["aliases.tsv"],
                                               ("actor", "alias", "lang", "source")):
        if aid not in d.actors:
            raise ResourceError(p, n, f"alias {alias!r} names unknown actor id {aid!r}")
        if lang not in ("ar", "en"):
            raise ResourceError(p, n, f"lang must be 'ar' or 'en', got {lang!r}")
        if not source:
            raise ResourceError(p, n, "every row must name its source")
        words = alias_key(alias if lang == "ar" else alias.lower())
        if not words:
            raise ResourceError(p, n, "empty alias")
        if "#capital" in source:
            d.capitals.add(" ".join(words))
        if lang == "en" and not (len(alias) >= 4 or (alias.isupper() and len(alias) >= 3)):
            continue  # short English aliases («IS», «UN») would match ordinary Latin words
        node = names
        for w in words:
            nxt = node.get(w)
            if nxt is None:
                nxt = node[w] = {}
            node = nxt
        lst = node.get(TERMINAL)
        payload = ("actor", aid)
        if lst is None:
            node[TERMINAL] = [payload]
        elif payload not in lst:
            lst.append(payload)
        d.n_aliases += 1

    p = "rasd/resources/actors/roles.tsv"
    for n, (person, office, start, end, source) in _rows("roles.tsv", texts["roles.tsv"],
                                                         ("person", "office", "start", "end", "source")):
        for col, v in (("person", person), ("office", office)):
            if v not in d.actors:
                raise ResourceError(p, n, f"{col} {v!r} is not an actor id")
        r = Role(person, office, _date(p, n, start, "start"), _date(p, n, end, "end"))
        if r.start and r.end and r.end < r.start:
            raise ResourceError(p, n, f"end {end} is before start {start}")
        d.roles_by_person.setdefault(person, []).append(r)
        d.roles_by_office.setdefault(office, []).append(r)

    p = "rasd/resources/actors/nationalities.tsv"
    for n, (form, country, _src) in _rows("nationalities.tsv", texts["nationalities.tsv"],
                                          ("form", "country", "source")):
        if country not in d.actors:
            raise ResourceError(p, n, f"country {country!r} is not a state actor id")
        k = " ".join(alias_key(form))
        d.nationalities.setdefault(k, country)

    p = "rasd/resources/actors/bodies.tsv"
    for n, cells in _rows("bodies.tsv", texts["bodies.tsv"],
                          ("key", "kind", "sector", "name_en", "name_en_noadj", "aliases_en", "patterns_ar", "scope",
                           "source")):
        key, kind, patterns = cells[0], cells[1], cells[6]
        if kind not in ACTOR_KINDS:
            raise ResourceError(p, n, f"unknown kind {kind!r}")
        for pat in patterns.split("|"):
            if not pat:
                raise ResourceError(p, n, "empty Arabic pattern (stray '|')")
            words = pat.split()
            if words and words[-1] in ("{m}", "{f}", "{mp}") and all("{" not in w for w in words[:-1]):
                head = alias_key(" ".join(words[:-1]))
                d.add(d.heads, head, ("head", key))
                if head[0].startswith("ال") and len(head[0]) > 4:  # construct state: «قوات العمليات الخاصة الأميركية»
                    d.add(d.heads, [head[0][2:]] + head[1:], ("head", key))

    bodies = {cells[0] for _, cells in _rows("bodies.tsv", texts["bodies.tsv"], (
        "key", "kind", "sector", "name_en", "name_en_noadj", "aliases_en", "patterns_ar", "scope", "source"))}
    p = "rasd/resources/actors/context.tsv"
    for n, (key, country, actor, start, end, source) in _rows(
            "context.tsv", texts["context.tsv"], ("key", "country", "actor", "start", "end", "source")):
        if not key.startswith("@") and key not in bodies:
            raise ResourceError(p, n, f"key {key!r} is neither an @name nor a key of bodies.tsv")
        if country != "*" and not _ISO3.match(country):
            raise ResourceError(p, n, f"country {country!r} is not '*' or an ISO 3166-1 alpha-3 code")
        if actor not in d.actors and actor != "~armed_group":
            raise ResourceError(p, n, f"actor {actor!r} is not an actor id (or ~armed_group)")
        a, b = _date(p, n, start, "start"), _date(p, n, end, "end")
        if a and b and b < a:
            raise ResourceError(p, n, f"end {end} is before start {start}")
        if not source:
            raise ResourceError(p, n, "every row must name its source")
        d.context.setdefault(key, []).append((country, actor, start, end))
    bodies |= set(d.context)
    p = "rasd/resources/actors/generics.tsv"
    for n, (phrase, body, desc, source) in _rows("generics.tsv", texts["generics.tsv"],
                                                 ("phrase", "body", "descriptor", "source")):
        if body not in bodies:
            raise ResourceError(p, n, f"body {body!r} is not a key of bodies.tsv")
        if desc not in ("-", "*") and " ".join(alias_key(desc)) not in " ".join(alias_key(phrase)):
            raise ResourceError(p, n, f"descriptor {desc!r} is not part of the phrase {phrase!r}")
        d.add(d.names, alias_key(phrase), ("generic", body, desc))

    p = "rasd/resources/actors/gated.tsv"
    for n, (phrase, mtype, aid, source) in _rows("gated.tsv", texts["gated.tsv"], ("phrase", "type", "actor", "source")):
        if mtype not in ("PER", "ORG", "LOC", "MISC", "ADJ"):
            raise ResourceError(p, n, f"type must be PER, ORG, LOC, MISC or ADJ, got {mtype!r}")
        if aid not in d.actors:
            raise ResourceError(p, n, f"actor {aid!r} is not an actor id")
        if not source:
            raise ResourceError(p, n, "every row must name its source")
        gk = (mtype, " ".join(alias_key(phrase)))
        if not gk[1]:
            raise ResourceError(p, n, "empty phrase")
        if aid not in d.gated.get(gk, []):
            d.gated.setdefault(gk, []).append(aid)

    p = "rasd/resources/actors/descriptors.tsv"
    for n, (phrase, position, label, source) in _rows("descriptors.tsv", texts["descriptors.tsv"],
                                                      ("phrase", "position", "label", "source")):
        if position not in ("before", "after", "inside"):
            raise ResourceError(p, n, f"position must be before, after or inside, got {position!r}")
        d.add(d.descriptors, alias_key(phrase), ("descriptor", position, label))
    return d


def _fingerprint(texts: dict[str, str]) -> str:
    h = hashlib.sha256()
    for name in RESOURCE_FILES:
        h.update(texts[name].encode("utf-8"))
    return h.hexdigest()[:12]


def compile_blob(d: Dictionary) -> bytes:
    """The compiled dictionary as a marshal blob (plain dicts, lists, tuples and strings only)."""
    def iso(x: _dt.date | None) -> str:
        return x.isoformat() if x else ""

    plain = (
        _FORMAT, sys.version_info[:2], d.fingerprint, d.n_aliases,
        [(e.id, e.kind, e.country, e.sector, e.wikidata, e.name, e.name_ar, e.rank, e.source) for e in d.actors.values()],
        [(r.person, r.office, iso(r.start), iso(r.end)) for rs in d.roles_by_person.values() for r in rs],
        d.nationalities, sorted(d.capitals), d.names, d.heads, d.descriptors, d.context,
        [(t, k, ids) for (t, k), ids in d.gated.items()],
    )
    return marshal.dumps(plain)


def _from_blob(blob: bytes, fingerprint: str) -> Dictionary | None:
    try:
        plain = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(plain, tuple) or len(plain) != 13 or plain[0] != _FORMAT \
            or tuple(plain[1]) != tuple(sys.version_info[:2]) or plain[2] != fingerprint:
        return None
    d = Dictionary(fingerprint=fingerprint, n_aliases=plain[3])
    d.actors = {row[0]: ActorEntry(*row) for row in plain[4]}
    for person, office, start, end in plain[5]:
        r = Role(person, office, _dt.date.fromisoformat(start) if start else None,
                 _dt.date.fromisoformat(end) if end else None)
        d.roles_by_person.setdefault(person, []).append(r)
        d.roles_by_office.setdefault(office, []).append(r)
    d.nationalities, d.capitals = plain[6], set(plain[7])
    d.names, d.heads, d.descriptors = plain[8], plain[9], plain[10]
    d.context = {k: [tuple(r) for r in v] for k, v in plain[11].items()}
    d.gated = {(t, k): list(ids) for t, k, ids in plain[12]}
    return d


def _read_resources() -> dict[str, str]:
    base = resources.files("rasd.resources").joinpath("actors")
    return {name: base.joinpath(name).read_text(encoding="utf-8") for name in RESOURCE_FILES}


@lru_cache(maxsize=1)
def load() -> Dictionary:
    """The shipped dictionary, loaded and compiled once per process.

    The cyclic garbage collector is paused while the tries are built (tens of thousands of small dicts, none of
    them garbage): that halves the load time.
    """
    texts = _read_resources()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            blob = resources.files("rasd.resources").joinpath("actors", COMPILED).read_bytes()
        except (FileNotFoundError, OSError):
            blob = b""
        # The compiled form is used only when it was built from exactly these TSV files by this Python version;
        # otherwise the TSVs are validated and compiled again (slower, same result).
        d = _from_blob(blob, _fingerprint(texts)) if blob else None
        return d if d is not None else load_from(texts)
    finally:
        if was_enabled:
            gc.enable()
