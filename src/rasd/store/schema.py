"""The store's schema as numbered migrations.

Plain relational tables (so ``datasette rasd.db`` shows everything), one row per annotation, keyed by the
article id (``doc_id``) and the annotation's id inside its article. Offsets are ``char_start``/``char_end``:
half-open code-point offsets into ``documents.text`` (``end`` is an SQL keyword, hence the prefix).

Migrations are applied in order, each in its own transaction, and recorded in ``migrations``; a database made
by a newer rasd (a version this code does not know) is refused rather than guessed at.
"""

from __future__ import annotations

__all__ = ["BACKFILLS", "LATEST", "MIGRATIONS"]

_V1 = """
CREATE TABLE migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE TABLE state (
  key TEXT PRIMARY KEY,
  value TEXT
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  fingerprint TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  settings TEXT NOT NULL,
  rasd_version TEXT,
  inputs TEXT,
  n_stored INTEGER NOT NULL DEFAULT 0,
  n_skipped INTEGER NOT NULL DEFAULT 0,
  n_failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT,
  title TEXT,
  url TEXT,
  date TEXT,
  text TEXT NOT NULL,
  meta TEXT NOT NULL DEFAULT '{}',
  content_hash TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  ingested_at TEXT NOT NULL,
  n_chars INTEGER NOT NULL,
  n_sentences INTEGER NOT NULL,
  n_mentions INTEGER NOT NULL,
  n_actors INTEGER NOT NULL,
  n_places INTEGER NOT NULL,
  n_events INTEGER NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source_date ON documents(source, date);
CREATE TABLE sentences (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  clauses TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE mentions (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  id TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  norm TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_id TEXT,
  place_id TEXT,
  source TEXT,
  score REAL,
  ord INTEGER NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE TABLE descriptors (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  mention_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  norm TEXT NOT NULL,
  PRIMARY KEY (doc_id, mention_id, idx)
) WITHOUT ROWID;
CREATE TABLE actors (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  id TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  name TEXT NOT NULL,
  name_ar TEXT,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  wikidata TEXT,
  dictionary_id TEXT,
  role TEXT,
  aliases_matched TEXT NOT NULL DEFAULT '[]',
  mentions TEXT NOT NULL DEFAULT '[]',
  ord INTEGER NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE INDEX actors_key ON actors(actor_key);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_name_ar ON actors(name_ar);
CREATE INDEX actors_country ON actors(country);
CREATE TABLE places (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_ar TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  country TEXT,
  admin1 TEXT,
  admin2 TEXT,
  feature TEXT NOT NULL,
  precision INTEGER NOT NULL,
  gazetteer_id TEXT,
  mentions TEXT NOT NULL DEFAULT '[]',
  ord INTEGER NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_latlon ON places(lat, lon);
CREATE TABLE events (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT NOT NULL DEFAULT '[]',
  place_id TEXT,
  date TEXT,
  day TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER,
  polarity TEXT NOT NULL,
  modality TEXT NOT NULL,
  attributed_to TEXT,
  confidence REAL NOT NULL,
  acled_event_type TEXT,
  acled_sub_event_type TEXT,
  rule TEXT,
  extra TEXT NOT NULL DEFAULT '{}',
  ord INTEGER NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE event_actors (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  idx INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id, role, idx)
) WITHOUT ROWID;
CREATE TABLE evidence (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id)
) WITHOUT ROWID;
CREATE TABLE failures (
  key TEXT PRIMARY KEY,
  doc_id TEXT,
  input TEXT,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  fingerprint TEXT,
  run_id INTEGER REFERENCES runs(id),
  failed_at TEXT NOT NULL
);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  mode TEXT,
  day_first TEXT,
  day_last TEXT,
  n_reports INTEGER NOT NULL,
  n_documents INTEGER NOT NULL,
  n_sources INTEGER NOT NULL,
  actor1 TEXT,
  actor2 TEXT,
  place_name TEXT,
  country TEXT,
  admin1 TEXT,
  lat REAL,
  lon REAL,
  geo_precision INTEGER,
  rep_doc_id TEXT NOT NULL,
  rep_event_id TEXT NOT NULL,
  evidence TEXT
);
CREATE INDEX stories_type_day ON stories(type, day_first);
CREATE TABLE story_reports (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  doc_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  score REAL,
  PRIMARY KEY (doc_id, event_id)
) WITHOUT ROWID;
CREATE INDEX story_reports_story ON story_reports(story_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
"""

_V2 = """
CREATE INDEX mentions_actor ON mentions(doc_id, actor_id);
CREATE INDEX failures_doc ON failures(doc_id);
"""

_V3 = """
CREATE TABLE actor_index (
  actor_key TEXT PRIMARY KEY,
  name TEXT,
  name_ar TEXT,
  kind TEXT,
  country TEXT,
  sector TEXT,
  wikidata TEXT,
  dictionary_id TEXT,
  norm TEXT,
  norm_ar TEXT,
  n_documents INTEGER NOT NULL DEFAULT 0,
  n_mentions INTEGER NOT NULL DEFAULT 0,
  n_events_actor INTEGER NOT NULL DEFAULT 0,
  n_events_recipient INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE place_index (
  place_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_ar TEXT,
  admin1 TEXT,
  country TEXT,
  feature TEXT,
  precision INTEGER,
  lat REAL,
  lon REAL,
  gazetteer_id TEXT,
  norm TEXT,
  norm_ar TEXT,
  norm_admin1 TEXT,
  n_documents INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX place_index_country ON place_index(country);
ALTER TABLE event_actors ADD COLUMN actor_key TEXT;
UPDATE event_actors SET actor_key = (SELECT a.actor_key FROM actors a WHERE a.doc_id = event_actors.doc_id
  AND a.id = event_actors.actor_id);
CREATE INDEX event_actors_key ON event_actors(actor_key, role);
INSERT OR IGNORE INTO actor_index(actor_key, name, name_ar, kind, country, sector, wikidata, dictionary_id,
  norm, norm_ar) SELECT actor_key, name, name_ar, kind, country, sector, wikidata, dictionary_id, lower(name),
  name_ar FROM actors;
INSERT OR IGNORE INTO place_index(place_key, name, name_ar, admin1, country, feature, precision, lat, lon,
  gazetteer_id, norm, norm_ar, norm_admin1) SELECT coalesce(gazetteer_id, name), name, name_ar, admin1, country,
  feature, precision, lat, lon, gazetteer_id, lower(name), name_ar, lower(admin1) FROM places;
"""

_V4 = """
CREATE INDEX events_order ON events(day DESC, doc_id, ord);
CREATE INDEX events_type_order ON events(type, day DESC, doc_id, ord);
CREATE INDEX stories_rank ON stories(n_reports DESC, day_first DESC, id);
"""

_V5 = """
CREATE INDEX actor_index_norm ON actor_index(norm);
CREATE INDEX actor_index_norm_ar ON actor_index(norm_ar);
CREATE INDEX actor_index_wikidata ON actor_index(wikidata);
CREATE INDEX actor_index_dictionary_id ON actor_index(dictionary_id);
"""

_V6 = """
CREATE INDEX events_order_place ON events(day DESC, doc_id, ord, place_id);
CREATE INDEX events_type_order_place ON events(type, day DESC, doc_id, ord, place_id);
"""

# Events rendered as the HTTP API sends them (see rasd.store.query.event_bodies); filled for the events already
# stored by the migration's backfill (BACKFILLS), and by ingest for every article it writes. A rowid table (not
# WITHOUT ROWID): a body of about 1 KB fits in its leaf page, where an index b-tree would spill it to overflow
# pages (twice the size on disk and one more page read per row).
_V7 = """
CREATE TABLE event_rows (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  fmt INTEGER NOT NULL,
  body BLOB NOT NULL,
  UNIQUE (doc_id, event_id)
);
"""

# Page-order walks for the commonest single filters, from per-event copies written with the article: the
# event's place country and its article's outlet on the event (events_country_order and events_source_order
# walk a country's or an outlet's events newest first, as events_type_order walks a type's) and the event's day and order on its actor roles (event_actors_order walks
# an actor's events newest first); a covering index for the article checks (outlet, full text); the outlets of
# each story kept on the story (the story dedup writes them). The backfill copies the values for stores made
# before; ANALYZE (BACKFILLS) gives the planner the new indexes' statistics.
_V8 = """
CREATE INDEX documents_id_source ON documents(id, source);
ALTER TABLE events ADD COLUMN place_country TEXT;
UPDATE events SET place_country = (SELECT p.country FROM places p WHERE p.doc_id = events.doc_id
  AND p.id = events.place_id) WHERE place_id IS NOT NULL;
CREATE INDEX events_country_order ON events(place_country, day DESC, doc_id, ord);
ALTER TABLE events ADD COLUMN doc_source TEXT;
UPDATE events SET doc_source = (SELECT d.source FROM documents d WHERE d.id = events.doc_id);
CREATE INDEX events_source_order ON events(doc_source, day DESC, doc_id, ord);
ALTER TABLE event_actors ADD COLUMN day TEXT;
ALTER TABLE event_actors ADD COLUMN ord INTEGER;
UPDATE event_actors SET (day, ord) = (SELECT e.day, e.ord FROM events e WHERE e.doc_id = event_actors.doc_id
  AND e.id = event_actors.event_id);
CREATE INDEX event_actors_order ON event_actors(actor_key, role, day DESC, doc_id, ord, event_id);
ALTER TABLE stories ADD COLUMN sources TEXT;
UPDATE stories SET sources = (SELECT group_concat(DISTINCT d2.source) FROM story_reports r2
  JOIN documents d2 ON d2.id = r2.doc_id WHERE r2.story_id = stories.id);
"""

# (version, name, SQL). Append only; never edit a released migration.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", _V1),
    (2, "indexes for framing labels and failures", _V2),
    (3, "actor and place indexes (identity, normalised names, counts); actor keys on event roles", _V3),
    (4, "page-order indexes for events and stories (page-first queries)", _V4),
    (5, "actor name and identity indexes (exact actor filters without a scan)", _V5),
    (6, "page-order indexes covering the event's place (place filters checked without a table lookup)", _V6),
    (7, "rendered event rows (pages of events without joins or per-row rendering)", _V7),
    (8, ("page-order walks by place country, outlet and actor (per-event copies); covering index for article "
         "checks; outlets kept on stories"), _V8),
)
# Data steps that run after a migration's SQL, in the same transaction: version -> (module, function), called
# with the connection (kept as names so the schema module imports nothing of the store).
BACKFILLS: dict[int, tuple[str, str]] = {
    7: ("rasd.store.query", "fill_event_rows"),
    8: ("rasd.store.db", "analyze_stored"),
}
LATEST = MIGRATIONS[-1][0]
