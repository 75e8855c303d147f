"""NER training and evaluation data: CoNLL-style ``token TAG`` files, and their projection onto rasd tokens.

A gold *sentence* is a list of (token, tag) pairs with BIO tags (``PERS`` is read as ``PER``). To tag and score
through exactly the code path used at inference, each sentence is rebuilt as text (tokens joined by one space),
tokenised by rasd's :class:`~rasd.text.tokenize.Tokenizer`, and the gold tags are projected onto rasd tokens: a
rasd token inherits the tag of the gold token it lies in (the first content token of a gold token keeps B-, the
rest get I-; punctuation split off the edge of an entity token is O).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.doc import Token
from rasd.errors import RasdError

__all__ = [
    "ANER_TRAIN_LINES",
    "TYPES",
    "GoldSentence",
    "project",
    "read_anercorp",
    "read_conll",
    "read_wikiann",
    "spans_of",
]

ANER_TRAIN_LINES = 125_305  # ANERcorp lines before the CAMeL Lab test split (never read past this)
TYPES = ("PER", "ORG", "LOC", "MISC")
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "LOC"}


class NerDataError(RasdError):
    code = "rasd.ner.data"


@dataclass(frozen=True)
class GoldSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def token_offsets(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for t in self.tokens:
            out.append((pos, pos + len(t)))
            pos += len(t) + 1
        return out


def _norm_tag(tag: str, where: str) -> str:
    tag = tag.strip()
    if tag == "O":
        return tag
    bio, _, typ = tag.partition("-")
    if bio not in ("B", "I") or not typ:
        raise NerDataError(f"{where}: bad tag {tag!r} (want O, B-TYPE or I-TYPE)")
    return f"{bio}-{_TYPE_ALIASES.get(typ.upper(), typ.upper())}"


def read_conll(path: str | Path, *, max_lines: int | None = None, split_on_period: bool = False,
               strip_prefix: str = "") -> list[GoldSentence]:
    """Read a ``token TAG`` (space or tab separated) file; blank lines end sentences.

    ``split_on_period``: also end a sentence after a «.» token (ANERcorp has no blank lines).
    ``max_lines``: read only that many lines (ANERcorp's training part).
    """
    sents: list[GoldSentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sents.append(GoldSentence(tuple(toks), tuple(tags)))
            toks.clear()
            tags.clear()

    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if max_lines is not None and n > max_lines:
                break
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            parts = line.replace("\t", " ").rsplit(" ", 1)
            if len(parts) != 2:
                raise NerDataError(f"{path}:{n}: want 'token TAG', got {line!r}")
            tok, tag = parts[0].strip(), _norm_tag(parts[1], f"{path}:{n}")
            if strip_prefix and tok.startswith(strip_prefix):
                tok = tok[len(strip_prefix):]
            tok = "".join(tok.split()).replace("\u200e", "").replace("\u200f", "")
            if not tok:
                continue  # ANERcorp has a few empty tokens
            toks.append(tok)
            tags.append(tag)
            if split_on_period and tok in (".", "!", "؟", "?") and tag == "O":
                flush()
    flush()
    return [_repair(s) for s in sents]


def _repair(s: GoldSentence) -> GoldSentence:
    """Turn an I- that does not continue an entity of its type into B- (IOB1 → IOB2)."""
    tags = list(s.tags)
    prev = "O"
    for i, t in enumerate(tags):
        if t.startswith("I-") and prev[2:] != t[2:]:
            tags[i] = "B-" + t[2:]
        prev = tags[i]
    return GoldSentence(s.tokens, tuple(tags))


def read_anercorp(shared: Path) -> list[GoldSentence]:
    """ANERcorp's training part only (its first 125,305 lines), split into sentences at final punctuation."""
    return read_conll(shared / "data" / "ner" / "anercorp" / "ANERCorp.txt", max_lines=ANER_TRAIN_LINES,
                      split_on_period=True)


def read_wikiann(shared: Path, splits: tuple[str, ...] = ("train",)) -> list[GoldSentence]:
    out: list[GoldSentence] = []
    for s in splits:
        out += read_conll(shared / "data" / "ner" / "wikiann-ar" / s, strip_prefix="ar:")
    return out


def spans_of(tags: list[str] | tuple[str, ...]) -> set[tuple[int, int, str]]:
    """Exact entity spans (start index, end index exclusive, type) of a BIO tag sequence (IOB1 tolerated)."""
    spans: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start >= 0:
                spans.add((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (-1, "")
    return spans


def project(sent: GoldSentence, tokens: list[Token]) -> list[str]:
    """Gold tags of ``sent`` projected onto rasd ``tokens`` of ``sent.text`` (see the module docstring)."""
    offs = sent.token_offsets()
    out: list[str] = []
    gi = 0
    last_gold = -1
    for tok in tokens:
        while gi < len(offs) and offs[gi][1] <= tok.start:
            gi += 1
        if gi >= len(offs):
            out.append("O")
            continue
        tag = sent.tags[gi]
        if tag == "O" or tok.kind in ("other", "punct"):
            out.append("O")
            continue
        if gi == last_gold:
            out.append("I-" + tag[2:])
        else:
            out.append(tag)
        last_gold = gi
    # An entity whose gold B-token was split so that its first piece became O keeps a valid BIO sequence.
    prev = "O"
    for i, t in enumerate(out):
        if t.startswith("I-") and prev[2:] != t[2:]:
            out[i] = "B-" + t[2:]
        prev = out[i]
    return out


def iter_gold_token_spans(sent: GoldSentence) -> Iterator[tuple[int, int, str]]:
    yield from sorted(spans_of(sent.tags))
