"""Cross-article event deduplication: reports of one real-world event become one *story event*.

Two event reports are linked when they cannot be told apart and something positive ties them together:

- **hard constraints** (any one fails → never linked): same PLOVER type, same polarity and modality, dates
  (the event's date, else its article's) at most ``max_days`` apart, actors compatible (when both reports name
  actors, the sets share one; same for recipients), places compatible (when both have a place, within
  ``max_km`` of each other, and in the same country);
- **support** (need ``min_support`` points): a shared actor (1), a shared recipient (1), the same or a nearby
  place (1; a country-level place counts only ½), similar evidence wording (1 when the Jaccard similarity of
  the normalised evidence stems reaches ``sim_evidence``, 2 when it reaches ``sim_strong``). Two reports in the
  same article need one point less.

Linked reports are grouped with union–find; a group is refused (the link is dropped) when joining it would put
two reports with conflicting actors or places into one story, which stops the chaining that makes one story
swallow its neighbours. Every event belongs to exactly one story (most to a story of one report).

GDELT counts one kidnapping 151 times; here the 151 reports would be one story with ``n_reports = 151``.
"""

from __future__ import annotations

import math
import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasd.doc import Token
from rasd.store.db import transaction
from rasd.store.rows import fts_words
from rasd.text.tokenize import gc_paused

__all__ = ["STORY_COLUMNS", "STORY_SOURCES", "DedupParams", "Report", "build_stories", "link_reports", "load_reports",
           "refresh_summaries"]


@dataclass(frozen=True)
class DedupParams:
    max_days: int = 2
    max_km: float = 50.0
    sim_evidence: float = 0.25
    sim_strong: float = 0.5
    min_support: int = 2
    max_block: int = 5000  # larger blocks are compared only within their day window (always the case)


@dataclass
class Report:
    doc_id: str
    event_id: str
    type: str
    mode: str | None
    polarity: str
    modality: str
    day: int | None  # proleptic ordinal
    source: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    actor_names: tuple[str, ...]
    recipient_names: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    place_name: str | None = None
    place_key: str | None = None
    precision: int | None = None
    feature: str | None = None
    words: frozenset[str] = field(default_factory=frozenset)
    evidence: str = ""
    confidence: float = 0.5


def _ordinal(day: str | None) -> int | None:
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def load_reports(conn: sqlite3.Connection) -> list[Report]:
    """Every stored event with what dedup compares (actor keys, place, evidence stems)."""
    roles: dict[tuple[str, str], dict[str, list[tuple[str, str]]]] = defaultdict(lambda: {"actor": [], "recipient": []})
    for r in conn.execute(
        "SELECT ea.doc_id, ea.event_id, ea.role, a.actor_key, a.name FROM event_actors ea "
        "JOIN actors a ON a.doc_id = ea.doc_id AND a.id = ea.actor_id ORDER BY ea.doc_id, ea.event_id, ea.idx"
    ):
        roles[(r[0], r[1])][r[2]].append((r[3], r[4]))
    no_roles: dict[str, list[tuple[str, str]]] = {"actor": [], "recipient": []}
    words_of = _EvidenceWords()
    out: list[Report] = []
    with gc_paused():  # ~60k reports of small objects: no cyclic collections while they are built
        rows = conn.execute(
            "SELECT e.doc_id, e.id, e.type, e.mode, e.polarity, e.modality, e.day, d.source, e.confidence, "
            "p.lat, p.lon, p.country, p.admin1, p.name, coalesce(p.gazetteer_id, p.name), p.precision, p.feature, "
            "ev.text FROM events e JOIN documents d ON d.id = e.doc_id "
            "LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id "
            "LEFT JOIN evidence ev ON ev.doc_id = e.doc_id AND ev.event_id = e.id"
        ).fetchall()
        words_of.prime(r[17] or "" for r in rows)
        for r in rows:
            ro = roles.get((r[0], r[1]), no_roles)
            text = r[17] or ""
            out.append(Report(
                doc_id=r[0], event_id=r[1], type=r[2], mode=r[3], polarity=r[4], modality=r[5], day=_ordinal(r[6]),
                source=r[7], confidence=r[8] or 0.0,
                actors=frozenset(k for k, _ in ro["actor"]), recipients=frozenset(k for k, _ in ro["recipient"]),
                actor_names=tuple(n for _, n in ro["actor"]), recipient_names=tuple(n for _, n in ro["recipient"]),
                lat=r[9], lon=r[10], country=r[11], admin1=r[12], place_name=r[13], place_key=r[14],
                precision=r[15], feature=r[16], words=words_of(text), evidence=text,
            ))
    return out


class _EvidenceWords:
    """``frozenset(w for w in fts_words(text).split() if len(w) > 2)``, computed per whitespace-separated chunk
    and memoised per chunk (and per text).

    Exactly the same set: no token pattern of the tokenizer matches whitespace (and its one look-ahead, ``(?=\\w)``,
    fails at a chunk's end as it fails before a space), so the tokens of ``text`` are the tokens of its chunks,
    and a token's norm depends only on its string. Evidence sentences repeat their words across the corpus, so
    most chunks are looked up; :meth:`prime` tokenises the new chunks of many texts in one tokenizer call and
    hands each chunk its own tokens (``fts_words(chunk, tokens)``).
    """

    def __init__(self) -> None:
        self._chunks: dict[str, tuple[str, ...]] = {}
        self._texts: dict[str, frozenset[str]] = {}

    def _set(self, chunk: str, tokens: list[Token]) -> None:
        self._chunks[chunk] = tuple(w for w in fts_words(chunk, tokens).split() if len(w) > 2) if tokens else ()

    def prime(self, texts: Iterable[str]) -> None:
        known = self._chunks
        new = [c for c in dict.fromkeys(c for t in dict.fromkeys(texts) for c in t.split()) if c not in known]
        if not new:
            return
        from rasd.store.rows import _get_tokenizer

        tokens = _get_tokenizer().tokenize(" ".join(new))
        k, end, group = 0, len(new[0]), list[Token]()
        for tok in tokens:  # in order; each lies inside one chunk
            while tok[0] >= end:
                self._set(new[k], group)
                k, group = k + 1, list[Token]()
                end += 1 + len(new[k])
            group.append(tok)
        self._set(new[k], group)
        for c in new[k + 1:]:
            self._set(c, [])

    def __call__(self, text: str) -> frozenset[str]:
        done = self._texts.get(text)
        if done is not None:
            return done
        chunks = self._chunks
        out: set[str] = set()
        for chunk in text.split():
            ws = chunks.get(chunk)
            if ws is None:
                ws = chunks[chunk] = tuple(w for w in fts_words(chunk).split() if len(w) > 2)
            out.update(ws)
        done = self._texts[text] = frozenset(out)
        return done


def _km(a: Report, b: Report) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _has_place(r: Report) -> bool:
    return r.lat is not None and r.lon is not None


def conflict(a: Report, b: Report, p: DedupParams) -> bool:
    """True when two reports cannot describe the same event."""
    if a.type != b.type or a.polarity != b.polarity or a.modality != b.modality:
        return True
    if a.day is None or b.day is None:
        if a.doc_id != b.doc_id:
            return True
    elif abs(a.day - b.day) > p.max_days:
        return True
    if a.actors and b.actors and not (a.actors & b.actors):
        return True
    if a.recipients and b.recipients and not (a.recipients & b.recipients):
        return True
    if _has_place(a) and _has_place(b):
        if a.country and b.country and a.country != b.country:
            return True
        if _km(a, b) > p.max_km:
            return True
    return False


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def support(a: Report, b: Report, p: DedupParams) -> float:
    s = 0.0
    if a.actors & b.actors:
        s += 1
    if a.recipients & b.recipients:
        s += 1
    if _has_place(a) and _has_place(b):
        if a.feature == "country" or b.feature == "country":
            s += 0.5
        else:
            s += 1
    sim = _jaccard(a.words, b.words)
    if sim >= p.sim_strong:
        s += 2
    elif sim >= p.sim_evidence:
        s += 1
    return s


def linked(a: Report, b: Report, p: DedupParams) -> bool:
    if conflict(a, b, p):
        return False
    need = p.min_support - (1 if a.doc_id == b.doc_id else 0)
    return support(a, b, p) >= need


def _block_keys(r: Report) -> list[str]:
    keys = [f"a:{k}" for k in r.actors] + [f"r:{k}" for k in r.recipients]
    if r.place_key:
        keys.append(f"p:{r.place_key}")
    if r.admin1:
        keys.append(f"g:{r.country}:{r.admin1}")
    if not keys:
        keys.append("none")
    keys.append(f"d:{r.doc_id}")
    return keys


def _day_key(r: Report) -> int:
    return r.day if r.day is not None else -1


def _linked_pairs(reports: list[Report], blocks: dict[tuple[str, str, str, str], list[int]],
                  p: DedupParams) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of reports in one block, at most ``max_days`` apart, that are
    :func:`linked`.

    The same decision as ``linked(reports[i], reports[j], p)``, inlined for the ~1.2 M candidate pairs of a
    corpus: a block shares type and polarity, per-report values (radians, cosine of the latitude) are computed
    once, and the evidence similarity is computed only when the other support does not already suffice. Every
    float is computed as :func:`_km` / :func:`_jaccard` compute it, so the thresholds decide alike.

    Outside the actor blocks (``a:``) a pair that both name actors is skipped: their actor sets are disjoint
    (a conflict) or they share an actor and meet in that actor's block. Likewise outside the actor and
    recipient blocks for a pair that both name recipients. (:func:`linked` is symmetric, so where a pair is
    decided does not matter.)
    """
    max_days, max_km, sim_evidence, sim_strong = p.max_days, p.max_km, p.sim_evidence, p.sim_strong
    min_support = p.min_support
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    info: list[tuple[Any, ...]] = []
    for r in reports:
        placed = r.lat is not None and r.lon is not None
        p1 = radians(r.lat) if placed else 0.0  # type: ignore[arg-type]
        info.append((r.day, r.doc_id, r.modality, r.actors, r.recipients, placed, r.country, p1,
                     cos(p1) if placed else 0.0, r.lon if placed else 0.0, r.feature == "country", r.words))
    day_key = [_day_key(r) for r in reports]
    pairs: set[tuple[int, int]] = set()
    for (_t, _pol, _mod, bkey), members in blocks.items():
        n = len(members)
        if n < 2:
            continue
        skip_actors = not bkey.startswith("a:")
        skip_recipients = skip_actors and not bkey.startswith("r:")
        members.sort(key=day_key.__getitem__)
        keys = [day_key[i] for i in members]
        infos = [info[i] for i in members]
        for x in range(n - 1):
            i = members[x]
            di, doc_i, mod_i, act_i, rec_i, placed_i, cty_i, p1, cos1, lon_i, ctry_i, words_i = infos[x]
            # the members within max_days of a dated report (sorted by day; undated ones come first, key -1)
            hi = n if di is None else bisect_right(keys, di + max_days, x + 1)
            skip_a = skip_actors and bool(act_i)
            skip_r = skip_recipients and bool(rec_i)
            for y in range(x + 1, hi):
                t = infos[y]
                if skip_a and t[3] or skip_r and t[4]:
                    continue  # decided in an actor / recipient block
                dj, doc_j, mod_j, act_j, rec_j, placed_j, cty_j, p2, cos2, lon_j, ctry_j, words_j = t
                # conflict()
                if mod_i != mod_j:
                    continue
                if di is None or dj is None:
                    if doc_i != doc_j:
                        continue
                elif abs(dj - di) > max_days:
                    continue
                if act_i and act_j and act_i.isdisjoint(act_j):
                    continue
                if rec_i and rec_j and rec_i.isdisjoint(rec_j):
                    continue
                if placed_i and placed_j:
                    if cty_i and cty_j and cty_i != cty_j:
                        continue
                    dp, dl = p2 - p1, radians(lon_j - lon_i)
                    h = sin(dp / 2) ** 2 + cos1 * cos2 * sin(dl / 2) ** 2
                    if 6371.0 * 2 * asin(min(1.0, sqrt(h))) > max_km:
                        continue
                j = members[y]
                key = (i, j) if i < j else (j, i)
                if key in pairs:
                    continue
                # support() >= need
                need = min_support - (1 if doc_i == doc_j else 0)
                s = 0.0
                if act_i and act_j:  # not disjoint, or it would have conflicted
                    s += 1
                if rec_i and rec_j:
                    s += 1
                if placed_i and placed_j:
                    s += 0.5 if ctry_i or ctry_j else 1
                if s < need:
                    sim = 0.0
                    if words_i and words_j:
                        inter = len(words_i & words_j)
                        if inter:  # len(words_i | words_j), the same integer
                            sim = inter / (len(words_i) + len(words_j) - inter)
                    if sim >= sim_strong:
                        s += 2
                    elif sim >= sim_evidence:
                        s += 1
                if s >= need:
                    pairs.add(key)
    return pairs


def link_reports(reports: list[Report], params: DedupParams | None = None) -> list[list[int]]:
    """Group report indices into stories (lists of indices, each sorted; every index in exactly one)."""
    with gc_paused():  # it allocates ~1 M small objects and frees none before it returns
        return _link_reports(reports, params or DedupParams())


def _link_reports(reports: list[Report], p: DedupParams) -> list[list[int]]:
    # a block: the reports of one type, polarity and modality that share one key (reports that differ in
    # modality conflict, so splitting by it drops no link)
    blocks: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        for k in _block_keys(r):
            blocks[(r.type, r.polarity, r.modality, k)].append(i)
    pairs = _linked_pairs(reports, blocks, p)
    # strongest links first, then union groups only when no member pair conflicts
    scored = sorted(pairs, key=lambda ij: (-support(reports[ij[0]], reports[ij[1]], p), ij))
    parent = list(range(len(reports)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(reports))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in scored:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            continue
        gi, gj = groups[root_i], groups[root_j]
        if len(gi) * len(gj) <= 2500 and any(conflict(reports[a], reports[b], p) for a in gi for b in gj):
            continue
        if len(gi) < len(gj):
            root_i, root_j, gi, gj = root_j, root_i, gj, gi
        parent[root_j] = root_i
        gi.extend(gj)
        del groups[root_j]
    return [sorted(g) for g in groups.values()]


def _common(values: list[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None


#: The story's own columns (what ``GET /api/v1/stories/{id}`` shows; ``sources`` is kept for the queries).
STORY_COLUMNS = ("id, type, mode, day_first, day_last, n_reports, n_documents, n_sources, actor1, actor2, "
                 "place_name, country, admin1, lat, lon, geo_precision, rep_doc_id, rep_event_id, evidence")

#: The outlets of each story, kept on the story when it is built (``stories.sources``, migration 8), as the
#: query used to read them for every story shown.
STORY_SOURCES = ("UPDATE stories SET sources = (SELECT group_concat(DISTINCT d2.source) FROM story_reports r2 "
                 "JOIN documents d2 ON d2.id = r2.doc_id WHERE r2.story_id = stories.id)")


def build_stories(conn: sqlite3.Connection, params: DedupParams | None = None) -> int:
    """Recompute ``stories`` and ``story_reports`` from all stored events (one transaction); returns the
    number of stories."""
    reports = load_reports(conn)
    groups = link_reports(reports, params)
    story_rows = []
    report_rows: list[tuple[int, str, str, float | None]] = []
    for sid, g in enumerate(sorted(groups, key=lambda g: (reports[g[0]].doc_id, reports[g[0]].event_id)), 1):
        rs = [reports[i] for i in g]
        days = [r.day for r in rs if r.day is not None]
        placed = sorted((r for r in rs if _has_place(r)), key=lambda r: (r.precision or 9, -r.confidence))
        rep = max(rs, key=lambda r: (r.confidence, _has_place(r), len(r.actors), -(r.day or 0)))
        pl = placed[0] if placed else None
        story_rows.append((
            sid, rep.type, _common([r.mode for r in rs]),
            date.fromordinal(min(days)).isoformat() if days else None,
            date.fromordinal(max(days)).isoformat() if days else None,
            len(rs), len({r.doc_id for r in rs}), len({r.source for r in rs if r.source}),
            _common([n for r in rs for n in r.actor_names]), _common([n for r in rs for n in r.recipient_names]),
            pl.place_name if pl else None, pl.country if pl else None, pl.admin1 if pl else None,
            pl.lat if pl else None, pl.lon if pl else None, pl.precision if pl else None,
            rep.doc_id, rep.event_id, rep.evidence,
        ))
        report_rows.extend((sid, r.doc_id, r.event_id, None) for r in rs)
    with transaction(conn):
        conn.execute("DELETE FROM story_reports")
        conn.execute("DELETE FROM stories")
        conn.executemany(f"INSERT INTO stories({STORY_COLUMNS}) VALUES ({', '.join('?' * 19)})", story_rows)
        conn.executemany("INSERT INTO story_reports VALUES (?, ?, ?, ?)", report_rows)
        conn.execute(STORY_SOURCES)
        conn.execute("INSERT INTO state(key, value) VALUES ('stories_events', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(len(reports)),))
    refresh_summaries(conn)
    return len(story_rows)


def refresh_summaries(conn: sqlite3.Connection) -> None:
    """Recount ``actor_index`` / ``place_index`` (articles, mentions, events) and drop identities no stored
    article names any more. :func:`build_stories` calls it; so does every ingest."""
    with transaction(conn):
        conn.execute("DELETE FROM actor_index WHERE NOT EXISTS (SELECT 1 FROM actors a "
                     "WHERE a.actor_key = actor_index.actor_key)")
        # NOT IN builds the set of keys once (NOT EXISTS on the expression scanned ``places`` per row: 4.6 s
        # on the whole corpus); no NULL enters it, and a NULL key goes as NOT EXISTS would drop it
        conn.execute("DELETE FROM place_index WHERE place_key IS NULL OR place_key NOT IN (SELECT "
                     "coalesce(gazetteer_id, name) FROM places WHERE coalesce(gazetteer_id, name) IS NOT NULL)")
        conn.execute("DROP TABLE IF EXISTS temp.rasd_counts")
        conn.execute("CREATE TEMP TABLE rasd_counts (k TEXT PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER, "
                     "d INTEGER) WITHOUT ROWID")
        conn.execute("INSERT INTO temp.rasd_counts(k, a, b, c, d) SELECT actor_key, count(DISTINCT doc_id), "
                     "sum(json_array_length(mentions)), 0, 0 FROM actors GROUP BY actor_key")
        conn.execute("INSERT INTO temp.rasd_counts(k, a, b, c, d) SELECT actor_key, 0, 0, sum(role = 'actor'), "
                     "sum(role = 'recipient') FROM event_actors WHERE actor_key IS NOT NULL GROUP BY actor_key "
                     "ON CONFLICT(k) DO UPDATE SET c = excluded.c, d = excluded.d")
        conn.execute("UPDATE actor_index SET (n_documents, n_mentions, n_events_actor, n_events_recipient) = "
                     "(SELECT a, b, c, d FROM temp.rasd_counts WHERE k = actor_index.actor_key)")
        conn.execute("DELETE FROM temp.rasd_counts")
        conn.execute("INSERT INTO temp.rasd_counts(k, a, b, c, d) SELECT coalesce(gazetteer_id, name), "
                     "count(DISTINCT doc_id), 0, 0, 0 FROM places GROUP BY 1")
        conn.execute("INSERT INTO temp.rasd_counts(k, a, b, c, d) SELECT coalesce(p.gazetteer_id, p.name), 0, "
                     "count(*), 0, 0 FROM events ev JOIN places p ON p.doc_id = ev.doc_id AND p.id = ev.place_id "
                     "GROUP BY 1 ON CONFLICT(k) DO UPDATE SET b = excluded.b")
        conn.execute("UPDATE place_index SET (n_documents, n_events) = "
                     "(SELECT a, b FROM temp.rasd_counts WHERE k = place_index.place_key)")
        conn.execute("DROP TABLE temp.rasd_counts")
        conn.execute("ANALYZE")
