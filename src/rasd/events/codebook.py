"""The PLOVER codebook, trigger lexicon, discard list and cue lists, loaded from ``rasd/resources/events/``.

Everything here is reviewed data (``codebook.toml``, ``triggers.tsv``, ``discards.tsv``, ``cues.tsv``),
validated on load: a malformed row raises :class:`~rasd.errors.ResourceError` naming ``file:line``. Use
:func:`load_lexicon` (cached: loaded once per process, lazily).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.doc import EVENT_TYPES
from rasd.errors import ResourceError
from rasd.text.normalize import normalize_word

__all__ = [
    "CUE_KINDS",
    "TAGS",
    "Codebook",
    "Cue",
    "Lexicon",
    "TriggerRow",
    "TypeDef",
    "load_codebook",
    "load_lexicon",
    "norm_phrase",
    "parse_cues",
    "parse_discards",
    "parse_triggers",
    "resource_bytes",
]

_DIR = "events"
TAGS = ("capture", "clash", "casualty", "statement")
CUE_KINDS = (
    "negation", "planned", "demanded", "threatened", "hypothetical", "purpose", "attribution-verb",
    "attribution-prep", "source-noun", "dead", "injured", "arrested", "mode",
)
_WHERE = ("before", "after", "around", "-")


def norm_phrase(s: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised words (hamza seats on alef, ى, ة, diacritics unified)."""
    return tuple(normalize_word(w) for w in s.split())


@dataclass(frozen=True, slots=True)
class TypeDef:
    name: str
    quad: str
    recipient: bool
    definition: str
    modes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Codebook:
    types: dict[str, TypeDef]
    contexts: tuple[str, ...]
    acled: dict[str, tuple[str, str]]

    def acled_for(self, type_: str, mode: str | None, tag: str | None = None) -> tuple[str, str] | None:
        """The ACLED (event_type, sub_event_type) for a PLOVER type/mode/tag: the most specific key wins."""
        keys = []
        if mode and tag:
            keys.append(f"{type_}/{mode}@{tag}")
        if tag:
            keys.append(f"{type_}@{tag}")
        if mode:
            keys.append(f"{type_}/{mode}")
        keys.append(type_)
        for k in keys:
            if k in self.acled:
                return self.acled[k]
        return None


@dataclass(frozen=True, slots=True)
class TriggerRow:
    """One trigger: head lemma plus literal follower words, with its PLOVER coding and provenance."""

    words: tuple[str, ...]  # normalised; the first is the head, "+ب"-style items require a proclitic
    pos: str  # "v" or "n"
    type: str
    mode: str | None
    also: tuple[str, ...]
    tag: str | None
    context: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]  # extra surface forms (each a normalised word tuple)
    source: str
    line: int

    @property
    def lemma(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    words: tuple[str, ...]
    where: str
    window: int
    value: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    codebook: Codebook
    triggers: tuple[TriggerRow, ...]
    candidates: int  # inactive rows (UniversalPetrarch candidates awaiting review)
    discards: tuple[tuple[str, ...], ...]
    cues: tuple[Cue, ...]

    def cues_of(self, kind: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.kind == kind)


def resource_bytes(name: str) -> bytes:
    return resources.files("rasd.resources").joinpath(_DIR).joinpath(name).read_bytes()


def _where(name: str) -> str:
    return f"rasd/resources/{_DIR}/{name}"


def parse_codebook(raw: str, name: str = "codebook.toml") -> Codebook:
    path = _where(name)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(path, getattr(exc, "lineno", 0) or 0, f"not valid TOML: {exc}") from exc
    lines = raw.splitlines()

    def line_of(needle: str) -> int:
        for i, ln in enumerate(lines, 1):
            if needle in ln:
                return i
        return 0

    types: dict[str, TypeDef] = {}
    for name_, t in (data.get("types") or {}).items():
        ln = line_of(f"[types.{name_}]")
        if name_ not in EVENT_TYPES:
            raise ResourceError(path, ln, f"{name_!r} is not a PLOVER event type")
        try:
            types[name_] = TypeDef(name_, str(t["quad"]), bool(t["recipient"]), str(t["definition"]),
                                   tuple(str(m) for m in t["modes"]))
        except KeyError as exc:
            raise ResourceError(path, ln, f"type {name_} lacks {exc}") from exc
    missing = [t for t in EVENT_TYPES if t not in types]
    if missing:
        raise ResourceError(path, 0, f"missing event types {missing}")
    contexts = tuple((data.get("contexts") or {}).get("names") or ())
    if not contexts:
        raise ResourceError(path, line_of("[contexts]"), "no contexts listed")
    acled: dict[str, tuple[str, str]] = {}
    for key, val in (data.get("acled") or {}).items():
        ln = line_of(f'"{key}"')
        base = key.split("@")[0]
        typ, _, mode = base.partition("/")
        if typ not in types:
            raise ResourceError(path, ln, f"ACLED key {key!r}: unknown type {typ!r}")
        if mode and mode not in types[typ].modes:
            raise ResourceError(path, ln, f"ACLED key {key!r}: {mode!r} is not a mode of {typ}")
        if not (isinstance(val, list) and len(val) == 2 and all(isinstance(v, str) and v for v in val)):
            raise ResourceError(path, ln, f"ACLED key {key!r}: want [event_type, sub_event_type]")
        acled[key] = (val[0], val[1])
    return Codebook(types, contexts, acled)


def _rows(raw: str, path: str, want: list[str]) -> list[tuple[int, dict[str, str]]]:
    out: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != want:
                raise ResourceError(path, n, f"header is {header}, want {want}")
            continue
        if len(cells) != len(header):
            raise ResourceError(path, n, f"want {len(header)} tab-separated columns, got {len(cells)}")
        out.append((n, {k: v.strip() for k, v in zip(header, cells)}))
    if header is None:
        raise ResourceError(path, 0, "empty file")
    return out


def _opt(v: str) -> str | None:
    return None if v in ("", "-") else v


def _is_arabic_phrase(s: str) -> bool:
    return bool(s) and all(("\u0621" <= ch <= "\u064a") or ch in " +~\u0670\u064b\u064c\u064d\u064e\u064f"
                           "\u0650\u0651\u0652" for ch in s)


def parse_triggers(raw: str, codebook: Codebook, name: str = "triggers.tsv",
                   include_candidates: bool = False) -> tuple[tuple[TriggerRow, ...], int]:
    path = _where(name)
    cols = ["lemma", "pos", "type", "mode", "also", "tag", "context", "forms", "status", "source"]
    rows: list[TriggerRow] = []
    candidates = 0
    for n, r in _rows(raw, path, cols):
        if not _is_arabic_phrase(r["lemma"]):
            raise ResourceError(path, n, f"lemma {r['lemma']!r} is not Arabic")
        if r["pos"] not in ("v", "n"):
            raise ResourceError(path, n, f"pos {r['pos']!r}: want v or n")
        typ = r["type"]
        if typ not in codebook.types:
            raise ResourceError(path, n, f"type {typ!r} is not a PLOVER event type")
        mode = _opt(r["mode"])
        if mode is not None and mode not in codebook.types[typ].modes:
            raise ResourceError(path, n, f"mode {mode!r} is not a mode of {typ}")
        also = tuple(a for a in (_opt(r["also"]) or "").split(",") if a)
        for a in also:
            if a not in codebook.types:
                raise ResourceError(path, n, f"also-type {a!r} is not a PLOVER event type")
        tag = _opt(r["tag"])
        if tag is not None and tag not in TAGS:
            raise ResourceError(path, n, f"tag {tag!r}: want one of {TAGS}")
        ctx = tuple(c for c in (_opt(r["context"]) or "").split(",") if c)
        for c in ctx:
            if c not in codebook.contexts:
                raise ResourceError(path, n, f"context {c!r} is not a PLOVER context")
        forms = tuple(norm_phrase(f) for f in (_opt(r["forms"]) or "").split("|") if f.strip())
        if r["status"] not in ("active", "candidate"):
            raise ResourceError(path, n, f"status {r['status']!r}: want active or candidate")
        if not _opt(r["source"]):
            raise ResourceError(path, n, "every row must name its source")
        if r["status"] == "candidate" and not include_candidates:
            candidates += 1
            continue
        rows.append(TriggerRow(norm_phrase(r["lemma"]), r["pos"], typ, mode, also, tag, ctx, forms,
                               r["source"], n))
    return tuple(rows), candidates


def parse_discards(raw: str, name: str = "discards.tsv") -> tuple[tuple[str, ...], ...]:
    path = _where(name)
    out = []
    for n, r in _rows(raw, path, ["phrase", "note", "source"]):
        if not _is_arabic_phrase(r["phrase"]):
            raise ResourceError(path, n, f"phrase {r['phrase']!r} is not Arabic")
        if not _opt(r["source"]):
            raise ResourceError(path, n, "every row must name its source")
        out.append(norm_phrase(r["phrase"]))
    return tuple(out)


def parse_cues(raw: str, codebook: Codebook, name: str = "cues.tsv") -> tuple[Cue, ...]:
    path = _where(name)
    out = []
    for n, r in _rows(raw, path, ["kind", "phrase", "where", "window", "value", "source"]):
        if r["kind"] not in CUE_KINDS:
            raise ResourceError(path, n, f"kind {r['kind']!r}: want one of {CUE_KINDS}")
        if not _is_arabic_phrase(r["phrase"].rstrip("*")):
            raise ResourceError(path, n, f"phrase {r['phrase']!r} is not Arabic")
        if r["where"] not in _WHERE:
            raise ResourceError(path, n, f"where {r['where']!r}: want one of {_WHERE}")
        if not r["window"].isdigit():
            raise ResourceError(path, n, f"window {r['window']!r} is not a number")
        value = _opt(r["value"])
        if r["kind"] == "mode":
            typ, _, mode = (value or "").partition("/")
            if typ not in codebook.types or mode not in codebook.types[typ].modes:
                raise ResourceError(path, n, f"mode cue value {value!r}: want TYPE/mode from the codebook")
        if not _opt(r["source"]):
            raise ResourceError(path, n, "every row must name its source")
        words = norm_phrase(r["phrase"])
        out.append(Cue(r["kind"], words, r["where"], int(r["window"]), value, n))
    return tuple(out)


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    return parse_codebook(resource_bytes("codebook.toml").decode("utf-8"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped codebook and lists, validated (once per process)."""
    cb = load_codebook()
    triggers, candidates = parse_triggers(resource_bytes("triggers.tsv").decode("utf-8"), cb)
    return Lexicon(
        codebook=cb,
        triggers=triggers,
        candidates=candidates,
        discards=parse_discards(resource_bytes("discards.tsv").decode("utf-8")),
        cues=parse_cues(resource_bytes("cues.tsv").decode("utf-8"), cb),
    )
