"""Polarity, modality, attribution, mode refinement and casualty counts from the cue lists (``cues.tsv``).

All functions work on a sentence's :class:`~rasd.events.matcher.TokInfo` list and token positions; windows are
counted in tokens and never leave the given bounds (the clause for negation, purpose and plans; the sentence for
demands, threats, speculation and attribution).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.events.codebook import Cue, Lexicon
from rasd.events.matcher import TokInfo, phrase_at, word_forms

__all__ = ["CueIndex", "CueScan", "Modality", "number_at"]

_CLAUSE_KINDS = ("negation", "purpose", "planned")
_STOP = {"عن", "ان", "بان", "على", "علي", "الي", "في", "انه", "انها", "ب", "من", "حول",
         # time words end a source's noun phrase («مصادر عسكرية اليوم السبت»)
         "اليوم", "امس", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "مساء", "صباح",
         "ليل", "فجر", "يوم", "الليله", "مؤخرا", "لاحقا"}
_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9,
    "تسعه": 9, "عشر": 10, "عشره": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40,
    "اربعون": 40, "خمسين": 50, "خمسون": 50, "مئه": 100, "مائه": 100, "مئات": 0, "عشرات": 0,
    # counted without a figure: «بضعة آلاف من العوائل», «آلاف المدنيين»
    "الاف": 0, "بضعه": 0, "بضع": 0,
}


def number_at(t: TokInfo) -> int | None:
    """The number a token states (digits or a number word), None when it states none; 0 for «عشرات»."""
    if t.token.kind == "number":
        digits = t.cands[0].replace(",", "").replace("\u066c", "")
        return int(digits) if digits.isdigit() else None
    for c in t.cands:
        if c in _UNITS:
            return _UNITS[c]
    return None


@dataclass(frozen=True, slots=True)
class Modality:
    polarity: str = "asserted"
    modality: str = "actual"
    purpose: bool = False
    attribution_at: int | None = None  # first token of the credited source (an actor mention or a noun phrase)
    attribution_end: int | None = None
    attribution_noun: bool = False  # the source is a noun phrase («مصادر ميدانية»), not (only) an actor


@dataclass(slots=True)
class CueScan:
    """A document's tokens with, per token (memoised), the cues by kind whose first word it matches."""

    toks: Sequence[TokInfo]
    memo: dict[int, dict[str, list[Cue]]]
    index: CueIndex
    where: dict[str, list[int]] = field(default_factory=dict)  # kind -> token positions (built on first use)
    ranges: Sequence[tuple[int, int]] = ()  # the token ranges worth scanning (sorted); empty = all tokens

    def positions(self, kind: str, lo: int, hi: int) -> list[int]:
        """Token positions in [lo, hi) where a cue of ``kind`` may start."""
        if not self.where:
            self.where["\0"] = []
            toks, memo, where, first_hits = self.toks, self.memo, self.where, self.index._first_hits
            for a, b in self.ranges or ((0, len(toks)),):
                for j in range(a, b):
                    t = toks[j]
                    if t.token.kind != "arabic":
                        continue
                    hits = memo.get(j)
                    if hits is None:
                        hits = memo[j] = first_hits(t)
                    for k in hits:
                        where.setdefault(k, []).append(j)
        ps = self.where.get(kind, [])
        return ps[bisect_left(ps, lo):bisect_left(ps, hi)]

    def starting(self, kind: str, j: int) -> list[Cue]:
        d = self.memo.get(j)
        if d is None:
            d = self.memo[j] = self.index._first_hits(self.toks[j])
        return d.get(kind, [])


class CueIndex:
    def __init__(self, lexicon: Lexicon) -> None:
        self.by_kind: dict[str, tuple[Cue, ...]] = {}
        # kind -> first-word form -> cues starting with it; prefix cues ("حتف*") are checked everywhere
        self._merged: dict[str, list[Cue]] = {}
        self._span: dict[str, int] = {}
        self._prefix: dict[str, list[Cue]] = {}
        self._hits_cache: dict[tuple[str, ...], dict[str, list[Cue]]] = {}
        for c in lexicon.cues:
            self.by_kind[c.kind] = self.by_kind.get(c.kind, ()) + (c,)
            w = c.words[0]
            if w.endswith("*"):
                self._prefix.setdefault(c.kind, []).append(c)
                continue
            self._span[c.kind] = max(self._span.get(c.kind, 0), c.window)
            for f in word_forms(w):
                lst = self._merged.setdefault(f, [])
                if c not in lst:
                    lst.append(c)

    def scan(self, toks: Sequence[TokInfo], ranges: Sequence[tuple[int, int]] = ()) -> CueScan:
        """A per-document view that finds, lazily and once per token, which cues' first words it matches (only in
        the sorted token ``ranges`` when given)."""
        return CueScan(toks, {}, self, ranges=ranges)

    def _first_hits(self, t: TokInfo) -> dict[str, list[Cue]]:
        """The cues by kind whose first word the token matches (cached by candidate stems, across documents)."""
        if not t.arabic:
            return {}
        hit = self._hits_cache.get(t.cands)
        if hit is None:
            hit = self._compute_hits(t)
            if len(self._hits_cache) < 200_000:
                self._hits_cache[t.cands] = hit
        return hit

    def _compute_hits(self, t: TokInfo) -> dict[str, list[Cue]]:
        d: dict[str, list[Cue]] = {}
        if t.arabic:
            for c in t.cands:
                for cue in self._merged.get(c, ()):
                    lst = d.setdefault(cue.kind, [])
                    if cue not in lst:
                        lst.append(cue)
            for kind, cues in self._prefix.items():
                for cue in cues:
                    if any(c.startswith(cue.words[0][:-1]) for c in t.cands):
                        d.setdefault(kind, []).append(cue)
        return d

    def find(self, kind: str, scan: CueScan, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
        """Occurrences (first, last, cue) of cues of ``kind`` starting in tokens [lo, hi)."""
        out = []
        toks = scan.toks
        for j in scan.positions(kind, max(lo, 0), min(hi, len(toks))):
            for c in scan.starting(kind, j):
                last = phrase_at(toks, j, c.words)
                if last is not None:
                    out.append((j, last, c))
        return out

    def _near(self, kind: str, scan: CueScan, first: int, last: int, lo: int, hi: int
              ) -> tuple[int, int, Cue] | None:
        """The cue of ``kind`` nearest to the trigger [first, last] within its window and [lo, hi)."""
        best: tuple[int, tuple[int, int, Cue]] | None = None
        toks = scan.toks
        span = self._span.get(kind, 0)
        for j in scan.positions(kind, max(first - span, lo), min(last + 1 + span, hi)):
            for c in scan.starting(kind, j):
                w = c.window
                a = first - w if c.where in ("before", "around") else last + 1
                b = first if c.where == "before" else last + 1 + w
                if not a <= j < b:
                    continue
                end = phrase_at(toks, j, c.words)
                if end is None or (c.where == "before" and end >= first):
                    continue
                dist = first - end if j < first else j - last
                if best is None or dist < best[0]:
                    best = (dist, (j, end, c))
        return best[1] if best else None

    def modality(self, scan: CueScan, first: int, last: int, clause: tuple[int, int],
                 sent: tuple[int, int], type_: str, tag: str | None, future: bool) -> Modality:
        cl_lo, cl_hi = clause
        s_lo, s_hi = sent
        polarity = "negated" if self._near("negation", scan, first, last, cl_lo, cl_hi) else "asserted"
        purpose = self._near("purpose", scan, first, last, cl_lo, cl_hi) is not None
        modality = "actual"
        statement = tag == "statement"
        if not statement and type_ not in ("REQUEST",) and self._near("demanded", scan, first, last, s_lo, s_hi):
            modality = "demanded"
        elif not statement and type_ != "THREATEN" and self._near("threatened", scan, first, last, s_lo, s_hi):
            modality = "threatened"
        elif self._near("hypothetical", scan, first, last, s_lo, s_hi):
            modality = "hypothetical"
        elif future or self._near("planned", scan, first, last, cl_lo, cl_hi):
            modality = "planned"
        if statement and modality in ("planned", "hypothetical") and type_ in ("REQUEST", "ACCUSE", "REJECT",
                                                                                  "THREATEN"):
            modality = "actual"  # a statement reported as made, whatever its content's tense
        noun, at, end = self.attribution(scan, first, sent)
        return Modality(polarity, modality, purpose, at, end, noun)

    def attribution(self, scan: CueScan, first: int, sent: tuple[int, int]
                    ) -> tuple[bool, int | None, int | None]:
        """Where the credited source is: (is a source noun phrase, first token, last token), or no source."""
        s_lo, s_hi = sent
        toks = scan.toks
        hits = [h for h in self.find("attribution-verb", scan, max(s_lo, first - 40), first) if h[1] < first]
        hits += self.find("attribution-prep", scan, s_lo, s_hi)
        hits.sort(key=lambda h: abs(h[0] - first))
        for j, end, _cue in hits:
            k = end + 1
            while k < s_hi and not toks[k].arabic:
                k += 1
            if k >= s_hi:
                continue
            src = self.find("source-noun", scan, k, min(k + 2, s_hi))
            if src:
                a = src[0][0]
                b = a
                while b + 1 < s_hi and b - a < 5 and toks[b + 1].arabic and toks[b + 1].procl in ("", "ل", "ال") \
                        and not (set(toks[b + 1].cands) & _STOP) and b + 1 != first:
                    b += 1
                return True, a, b
            return False, k, k  # the caller checks for an actor mention here
        return False, None, None

    def mode(self, scan: CueScan, first: int, last: int, sent: tuple[int, int], type_: str
             ) -> str | None:
        best: tuple[int, str] | None = None
        toks = scan.toks
        span = self._span.get("mode", 0)
        for j in scan.positions("mode", max(first - span, sent[0]), min(last + 1 + span, sent[1])):
            for c in scan.starting("mode", j):
                typ, _, mode = (c.value or "").partition("/")
                if typ != type_:
                    continue
                a = first - c.window if c.where in ("before", "around") else last + 1
                b = first if c.where == "before" else last + 1 + c.window
                if a <= j < b and phrase_at(toks, j, c.words) is not None:
                    d = abs(j - first)
                    if best is None or d < best[0]:
                        best = (d, mode)
        return best[1] if best else None

    def casualties(self, scan: CueScan, lo: int, hi: int) -> dict[str, int]:
        """Counts stated in tokens [lo, hi): a number right before or after a casualty word."""
        out: dict[str, int] = {}
        toks = scan.toks
        for kind in ("dead", "injured", "arrested"):
            for j, end, _c in self.find(kind, scan, lo, hi):
                n = None
                for k in [j - 1] + list(range(end + 1, end + 9)):  # «12 قتيلا», «مقتل 12», «اعتقلت … عشرين»
                    if lo <= k < hi:
                        if k > end and toks[k].token.text in "،.؛":
                            break
                        n = number_at(toks[k])
                        if n:
                            break
                if n:
                    out[kind] = out.get(kind, 0) + n
                    break
        return out
