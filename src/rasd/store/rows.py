"""Documents to table rows and back.

:func:`document_rows` is pure and picklable-friendly (tuples only), so ingest workers compute the rows and the
single writer only inserts them. :func:`write_rows` replaces a whole article (delete its rows, insert the new
ones, keep its events rendered for the HTTP API in ``event_rows``) and must run inside a transaction
(:func:`write_many` does the same for a batch, bulk-inserting the articles known to be new);
:func:`load_document` rebuilds the :class:`~rasd.doc.Document`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from rasd.doc import Actor, Document, Event, Mention, Meta, Place, Sentence, Span, Token
from rasd.store.query import fill_event_rows
from rasd.text.normalize import normalize_word

__all__ = [
    "CHILD_TABLES",
    "MARK_STALE",
    "DocRows",
    "actor_key",
    "content_hash",
    "delete_document",
    "document_rows",
    "fts_words",
    "load_document",
    "norm_name",
    "write_many",
    "write_rows",
]

CHILD_TABLES = ("sentences", "mentions", "descriptors", "actors", "places", "events", "event_actors", "evidence",
                "story_reports")

_tokenizer: Any = None


def _get_tokenizer() -> Any:
    global _tokenizer  # a per-process cache of a loaded resource (built lazily, once)
    if _tokenizer is None:
        from rasd.text.tokenize import Tokenizer

        _tokenizer = Tokenizer()
    return _tokenizer


def fts_words(text: str, tokens: tuple[Token, ...] | list[Token] | None = None) -> str:
    """The full-text-search view of ``text``: normalised stems (clitics dropped), numbers and Latin words
    (lower-cased).

    «وللجيش السوري» → «الجيش السوري»; search queries go through the same function, so a search for «الجيش»
    finds «والجيش» and «للجيش».
    """
    toks = tokens if tokens else _get_tokenizer().tokenize(text)
    out: list[str] = []
    append = out.append
    # Tokens and words are named tuples; plain indexing keeps this loop cheap (it runs on every word of
    # every ingested article): t[3] words, t[4] kind; w[3] norm, w[4] role.
    for t in toks:
        kind = t[4]
        if kind == "arabic":
            words = t[3]
            if len(words) == 1:
                norm = words[0][3]
            else:
                for w in words:
                    if w[4] == "stem":
                        norm = w[3]
                        break
                else:
                    norm = words[-1][3]
            if len(norm) < 2:  # a detached clitic («بـ», «و»)
                continue
        elif kind == "punct" or kind == "other":
            continue
        else:
            norm = t[3][0][3]
        if norm:
            append(norm)
    return " ".join(out)


def content_hash(doc: Document) -> str:
    """A hash of what the pipeline reads (text and metadata): when it changes, the article is processed again."""
    h = hashlib.sha1(doc.text.encode("utf-8", "surrogatepass"))
    meta = [doc.meta.title, doc.meta.source, doc.meta.url, doc.meta.date, sorted(doc.meta.extra, key=lambda kv: kv[0])]
    h.update(json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:20]


def actor_key(a: Actor) -> str:
    """The identity of an actor across articles: its dictionary id, else Wikidata id, else its name."""
    if a.dictionary_id:
        return a.dictionary_id
    if a.wikidata:
        return "wd:" + a.wikidata
    return "name:" + (a.name or a.name_ar or a.id)


def norm_name(s: str | None) -> str | None:
    """How names are compared in queries: orthographically normalised and case-folded."""
    return normalize_word(s.strip()).casefold() if s else None


_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one encoder, not one per value


def _j(v: Any) -> str:
    if not v:
        return "{}" if isinstance(v, dict) else "[]"
    return _encode(v)


@dataclass(frozen=True, slots=True)
class DocRows:
    """Everything one article puts in the store, as plain tuples."""

    id: str
    document: tuple[Any, ...]
    fts: tuple[str, str]
    sentences: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]
    descriptors: list[tuple[Any, ...]]
    actors: list[tuple[Any, ...]]
    places: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    event_actors: list[tuple[Any, ...]]
    evidence: list[tuple[Any, ...]]
    actor_index: list[tuple[Any, ...]] = ()  # type: ignore[assignment]
    place_index: list[tuple[Any, ...]] = ()  # type: ignore[assignment]


def document_rows(doc: Document, *, fingerprint: str, run_id: int | None, ingested_at: str,
                  chash: str | None = None) -> DocRows:
    did, text = doc.id, doc.text
    m = doc.meta
    document = (
        did, m.source, m.title, m.url, m.date, text, _j(dict(m.extra)), chash or content_hash(doc), fingerprint,
        run_id, ingested_at, len(text), len(doc.sentences), len(doc.mentions), len(doc.actors), len(doc.places),
        len(doc.events),
    )
    fts = (fts_words(m.title) if m.title else "", fts_words(text, doc.tokens))
    sentences = [
        (did, i, s.start, s.end, _j([[c.start, c.end] for c in s.clauses])) for i, s in enumerate(doc.sentences)
    ]
    mentions = []
    descriptors = []
    for k, mn in enumerate(doc.mentions):
        mentions.append((did, mn.id, mn.start, mn.end, mn.text, normalize_word(mn.text), mn.type, mn.actor,
                         mn.place, mn.source or None, mn.score, k))
        for i, d in enumerate(mn.descriptors):
            dtext = text[d.start:d.end]
            descriptors.append((did, mn.id, i, d.start, d.end, dtext, normalize_word(dtext)))
    actors = [
        (did, a.id, actor_key(a), a.name, a.name_ar, a.kind, a.country, a.sector, a.wikidata, a.dictionary_id,
         a.role, _j(list(a.aliases_matched)), _j(list(a.mentions)), k)
        for k, a in enumerate(doc.actors)
    ]
    places = [
        (did, p.id, p.name, p.name_ar, p.lat, p.lon, p.country, p.admin1, p.admin2, p.feature, p.precision,
         p.gazetteer_id, _j(list(p.mentions)), k)
        for k, p in enumerate(doc.places)
    ]
    keys = {a.id: actor_key(a) for a in doc.actors}
    actor_index = [
        (actor_key(a), a.name, a.name_ar, a.kind, a.country, a.sector, a.wikidata, a.dictionary_id,
         norm_name(a.name), norm_name(a.name_ar))
        for a in doc.actors
    ]
    place_index = [
        (p.gazetteer_id or p.name, p.name, p.name_ar, p.admin1, p.country, p.feature, p.precision, p.lat, p.lon,
         p.gazetteer_id, norm_name(p.name), norm_name(p.name_ar), norm_name(p.admin1))
        for p in doc.places
    ]
    events = []
    event_actors = []
    evidence = []
    place_country = {p.id: p.country for p in doc.places}
    for k, e in enumerate(doc.events):
        day = e.date or m.date
        events.append((
            did, e.id, e.type, e.mode, _j(list(e.context)), e.place, e.date, day, e.trigger.start,
            e.trigger.end, e.trigger_text, e.sentence, e.polarity, e.modality, e.attributed_to, e.confidence,
            e.acled[0] if e.acled else None, e.acled[1] if e.acled else None, e.rule or None, _j(dict(e.extra)), k,
            place_country.get(e.place) if e.place is not None else None, m.source,
        ))
        for role, ids in (("actor", e.actor), ("recipient", e.recipient)):
            for i, aid in enumerate(ids):
                event_actors.append((did, e.id, role, i, aid, keys.get(aid), day, k))
        evidence.append((did, e.id, e.evidence.start, e.evidence.end, text[e.evidence.start:e.evidence.end]))
    return DocRows(did, document, fts, sentences, mentions, descriptors, actors, places, events, event_actors,
                   evidence, actor_index, place_index)


_INSERT = {
    "sentences": "INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
    "mentions": "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "descriptors": "INSERT INTO descriptors VALUES (?, ?, ?, ?, ?, ?, ?)",
    "actors": "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "places": "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "events": "INSERT INTO events(doc_id, id, type, mode, context, place_id, date, day, trigger_start, trigger_end, "
              "trigger_text, sentence, polarity, modality, attributed_to, confidence, acled_event_type, "
              "acled_sub_event_type, rule, extra, ord, place_country, doc_source) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "event_actors": "INSERT INTO event_actors(doc_id, event_id, role, idx, actor_id, actor_key, day, ord) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "actor_index": "INSERT OR IGNORE INTO actor_index(actor_key, name, name_ar, kind, country, sector, wikidata, "
                   "dictionary_id, norm, norm_ar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "place_index": "INSERT OR IGNORE INTO place_index(place_key, name, name_ar, admin1, country, feature, precision, "
                   "lat, lon, gazetteer_id, norm, norm_ar, norm_admin1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "evidence": "INSERT INTO evidence VALUES (?, ?, ?, ?, ?)",
}
_DOC_COLS = ("id, source, title, url, date, text, meta, content_hash, fingerprint, run_id, ingested_at, n_chars, "
             "n_sentences, n_mentions, n_actors, n_places, n_events")
_UPSERT_DOC = (
    f"INSERT INTO documents ({_DOC_COLS}) VALUES ({', '.join('?' * 17)}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _DOC_COLS.split(", ")[1:])
    + " RETURNING pk"
)


#: Every change to stored articles marks the story events and summaries stale; ingest rebuilds them at its end
#: and clears the mark, so a run that changes nothing can skip the rebuild (see :mod:`rasd.store.ingest`).
MARK_STALE = ("INSERT INTO state(key, value) VALUES ('stories_stale', '1') "
              "ON CONFLICT(key) DO UPDATE SET value = '1'")


def delete_document(conn: sqlite3.Connection, doc_id: str, *, keep_document: bool = False) -> None:
    """Remove an article's annotation rows (and, unless ``keep_document``, the article). Call in a transaction."""
    conn.execute(MARK_STALE)
    for table in CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM event_rows WHERE doc_id = ?", (doc_id,))  # rendered events (rasd.store.query)
    row = conn.execute("SELECT pk FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (row[0],))
        if not keep_document:
            conn.execute("DELETE FROM documents WHERE pk = ?", (row[0],))


def write_rows(conn: sqlite3.Connection, rows: DocRows) -> None:
    """Replace one whole article. Must run inside a transaction (see :class:`rasd.store.db.transaction`)."""
    delete_document(conn, rows.id, keep_document=True)
    pk = conn.execute(_UPSERT_DOC, rows.document).fetchone()[0]
    conn.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)", (pk, *rows.fts))
    for table, sql in _INSERT.items():
        data = getattr(rows, table)
        if data:
            conn.executemany(sql, data)
    conn.execute("DELETE FROM failures WHERE doc_id = ?", (rows.id,))
    fill_event_rows(conn, [rows.id])  # its events as the HTTP API renders them (rasd.store.query.event_bodies)


_CHILD_ROWS = tuple(_INSERT)  # DocRows fields with child rows, in insertion order
_INSERT_DOC = f"INSERT INTO documents (pk, {_DOC_COLS}) VALUES ({', '.join('?' * 18)})"


def write_many(conn: sqlite3.Connection, batch: list[DocRows], *, stored: Container[str] = (),
               failed: Container[str] | None = None) -> None:
    """Replace many whole articles at once. Must run inside a transaction.

    Articles whose id is in ``stored`` (may already be in the store) go through :func:`write_rows` one by one;
    the others are known new and are bulk-inserted: one ``executemany`` per table for the whole batch, with
    document keys handed out after the current largest, and no per-article deletes. ``failed`` (ids that may
    have a row in ``failures``; None = any may) limits the clean-up of stale failure rows. If a "new" article
    turns out to be there (another process wrote it meanwhile), the batch falls back to :func:`write_rows`.
    The result is the same as calling :func:`write_rows` for each article in order.
    """
    if len({r.id for r in batch}) < len(batch):  # an article twice in one batch: the last one wins
        for r in batch:
            write_rows(conn, r)
        return
    fresh: list[DocRows] = []
    for r in batch:
        if r.id in stored:
            write_rows(conn, r)  # an update: delete its rows, then insert (keeps its key)
        else:
            fresh.append(r)
    if not fresh:
        return
    conn.execute("SAVEPOINT rasd_bulk")
    try:
        conn.execute(MARK_STALE)
        base = conn.execute("SELECT coalesce(max(pk), 0) FROM documents").fetchone()[0]
        conn.executemany(_INSERT_DOC, [(base + k, *r.document) for k, r in enumerate(fresh, 1)])
        conn.executemany("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)",
                         [(base + k, *r.fts) for k, r in enumerate(fresh, 1)])
        for table in _CHILD_ROWS:
            data = [row for r in fresh for row in getattr(r, table)]
            if data:
                conn.executemany(_INSERT[table], data)
        gone = [(r.id,) for r in fresh if failed is None or r.id in failed]
        if gone:
            conn.executemany("DELETE FROM failures WHERE doc_id = ?", gone)
        fill_event_rows(conn, [r.id for r in fresh if r.events])
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO rasd_bulk")
        conn.execute("RELEASE rasd_bulk")
        for r in fresh:
            write_rows(conn, r)
        return
    conn.execute("RELEASE rasd_bulk")


def _spans(raw: str) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in json.loads(raw))


def load_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    """The stored article ``doc_id`` as a Document (tokens are not stored), or None."""
    d = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if d is None:
        return None
    text = d["text"]
    q = conn.execute
    sentences = tuple(
        Sentence(r["char_start"], r["char_end"], _spans(r["clauses"]))
        for r in q("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,))
    )
    desc: dict[str, list[Span]] = {}
    for r in q("SELECT * FROM descriptors WHERE doc_id = ? ORDER BY mention_id, idx", (doc_id,)):
        desc.setdefault(r["mention_id"], []).append(Span(r["char_start"], r["char_end"]))
    mentions = tuple(
        Mention(r["id"], r["char_start"], r["char_end"], r["text"], r["type"], r["actor_id"], r["place_id"],
                tuple(desc.get(r["id"], ())), r["source"] or "", r["score"] if r["score"] is not None else 1.0)
        for r in q("SELECT * FROM mentions WHERE doc_id = ? ORDER BY ord", (doc_id,))
    )
    actors = tuple(
        Actor(r["id"], r["name"], r["name_ar"], r["kind"], r["country"], r["sector"], r["wikidata"],
              tuple(json.loads(r["aliases_matched"])), tuple(json.loads(r["mentions"])), r["dictionary_id"],
              r["role"])
        for r in q("SELECT * FROM actors WHERE doc_id = ? ORDER BY ord", (doc_id,))
    )
    places = tuple(
        Place(r["id"], r["name"], r["name_ar"], r["lat"], r["lon"], r["country"], r["admin1"], r["admin2"],
              r["feature"], r["precision"], r["gazetteer_id"], tuple(json.loads(r["mentions"])))
        for r in q("SELECT * FROM places WHERE doc_id = ? ORDER BY ord", (doc_id,))
    )
    roles: dict[tuple[str, str], list[str]] = {}
    for r in q("SELECT * FROM event_actors WHERE doc_id = ? ORDER BY event_id, role, idx", (doc_id,)):
        roles.setdefault((r["event_id"], r["role"]), []).append(r["actor_id"])
    ev: dict[str, tuple[int, int]] = {
        r["event_id"]: (r["char_start"], r["char_end"])
        for r in q("SELECT * FROM evidence WHERE doc_id = ?", (doc_id,))
    }
    events = []
    for r in q("SELECT * FROM events WHERE doc_id = ? ORDER BY ord", (doc_id,)):
        eid = r["id"]
        es, ee = ev.get(eid, (r["trigger_start"], r["trigger_end"]))
        acled = (r["acled_event_type"], r["acled_sub_event_type"]) if r["acled_event_type"] is not None else None
        events.append(Event(
            id=eid, type=r["type"], mode=r["mode"], trigger=Span(r["trigger_start"], r["trigger_end"]),
            trigger_text=r["trigger_text"], evidence=Span(es, ee),
            actor=tuple(roles.get((eid, "actor"), ())), recipient=tuple(roles.get((eid, "recipient"), ())),
            context=tuple(json.loads(r["context"])), place=r["place_id"], date=r["date"], sentence=r["sentence"],
            polarity=r["polarity"], modality=r["modality"], attributed_to=r["attributed_to"],
            confidence=r["confidence"], acled=acled, rule=r["rule"] or "",
            extra=tuple(json.loads(r["extra"]).items()),
        ))
    meta = Meta(d["title"], d["source"], d["url"], d["date"], tuple(json.loads(d["meta"]).items()))
    return Document(id=doc_id, text=text, meta=meta, sentences=sentences, mentions=mentions, actors=actors,
                    places=places, events=tuple(events))
