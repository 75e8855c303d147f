"""The rasd data model: plain, frozen, slotted dataclasses referring to each other by id.

A :class:`Document` owns its ``text``; every annotation is a half-open code-point span into that text exactly as
it was decoded. Components never mutate a document: they return a new one with :func:`dataclasses.replace`
(see :meth:`Document.replace`).

A *token* is what the text shows, a *word* is what grammar sees: «وبالمدينة» is one :class:`Token` and three
:class:`Word` s (و + ب + المدينة), each with its own offsets.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

__all__ = [
    "ACTOR_KINDS",
    "EVENT_TYPES",
    "INNER_SOURCE",
    "MENTION_TYPES",
    "MODALITIES",
    "OUTLET_SOURCE",
    "PLACE_FEATURES",
    "POLARITIES",
    "Actor",
    "Document",
    "Event",
    "Mention",
    "Meta",
    "Place",
    "Sentence",
    "Span",
    "Token",
    "Word",
]

MENTION_TYPES = ("PER", "ORG", "LOC", "MISC")
ACTOR_KINDS = ("state", "state_body", "armed_group", "party", "igo", "ngo", "person", "media", "other")
PLACE_FEATURES = (
    "country", "admin1", "admin2", "admin3", "city", "town", "village", "district", "region", "border", "road",
    "site",
)
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("actual", "planned", "hypothetical", "demanded", "threatened")
POLARITIES = ("asserted", "negated")

WordRole = Literal["proclitic", "stem", "enclitic"]
TokenKind = Literal["arabic", "latin", "number", "punct", "other"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open code-point span ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Word(NamedTuple):
    """A grammatical word inside a token: a clitic or the stem, with raw offsets and a normalised form.

    ``norm`` is the orthographically normalised form used for matching; for a stem that followed «لل» it is
    restored to its definite form («للجيش» → word «لجيش», norm «الجيش»).

    Words and tokens are immutable named tuples rather than dataclasses: a news article has hundreds of them,
    and tuple construction is several times cheaper (see docs/BENCHMARKS.md, text layer).
    """

    start: int
    end: int
    text: str
    norm: str
    role: WordRole = "stem"


class Token(NamedTuple):
    """An orthographic token with its words (a token without clitics has exactly one word)."""

    start: int
    end: int
    text: str
    words: tuple[Word, ...]
    kind: TokenKind = "arabic"

    @property
    def stem(self) -> Word:
        for w in self.words:
            if w.role == "stem":
                return w
        return self.words[-1]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and its clauses (journalistic sentences run on; events are coded per clause)."""

    start: int
    end: int
    clauses: tuple[Span, ...] = ()


# Sources of mentions that later components treat specially (``Mention.source``): a name inside a description's
# generic mention («قوات [الأسد]», «الأمين العام [للأمم المتحدة]»), which the event coder does not read as an
# argument; and an outlet told something in quotes («قال لـ"الوطن"»), which the linker reads as the paper.
INNER_SOURCE = "lexicon.inner"
OUTLET_SOURCE = "ner.outlet"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention. ``actor`` / ``place`` are ids of what it was resolved to.

    ``descriptors`` are labels the text attaches to the entity («التنظيمات الإرهابية», «ميليشيا»), each a span;
    ``source`` names the component or rule that produced the mention.
    """

    id: str
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None
    place: str | None = None
    descriptors: tuple[Span, ...] = ()
    source: str = ""
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_ar: str | None
    kind: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases_matched: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    dictionary_id: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    name_ar: str | None
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    precision: int
    gazetteer_id: str | None = None
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    trigger: Span
    trigger_text: str
    evidence: Span
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    sentence: int | None = None
    polarity: str = "asserted"
    modality: str = "actual"
    attributed_to: str | None = None
    confidence: float = 0.5
    acled: tuple[str, str] | None = None
    rule: str = ""
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Meta:
    """Article metadata; ``extra`` keeps every field the input had that rasd does not model."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()

    def replace(self, **changes: Any) -> Document:
        """A copy with the given fields replaced (documents are immutable)."""
        return dataclasses.replace(self, **changes)

    def span_text(self, span: Span | Mention | Word | Token) -> str:
        return self.text[span.start:span.end]

    def words(self) -> list[Word]:
        """Every word of every token, in text order."""
        return [w for t in self.tokens for w in t.words]

    def to_dict(self) -> dict[str, Any]:
        """This document as a ``rasd.document/1`` JSON object."""
        from rasd.serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Document:
        from rasd.serialize import from_dict

        return from_dict(obj)
