-- Kronika SQLite schema, version 5 (aggregation, issue 9): what many articles add up to. Written by
-- Kronika.Aggregation (Aggregator, SqlAggregateStore) one article at a time, each in its own transaction; every lookup
-- an article makes goes through an index (entity and day, event type and actor and day, article, story, event), so
-- adding one costs the same however large the store is. Stories and canonical events are named by their earliest
-- article or report, so the same articles give the same rows in any order. Keyed by article id without a foreign key:
-- aggregation can be rebuilt from the articles' records and may hold synthetic reports in tests and benchmarks.

-- The report each aggregated article brought (ArticleReport as JSON): what its neighbours are compared with.
CREATE TABLE aggregated_articles (
    article_id TEXT PRIMARY KEY,
    published  TEXT,                            -- yyyy-MM-dd, null when unknown
    source     TEXT NOT NULL,                   -- the independent source: credited agency, else outlet, else the article
    report     TEXT NOT NULL                    -- JSON
) STRICT;

-- Articles by the weightier entities they name (not states) and publication day: the neighbours a story looks at.
CREATE TABLE aggregate_entity_days (
    entity_id  TEXT NOT NULL,
    day        TEXT NOT NULL,                   -- yyyy-MM-dd
    article_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, day, article_id)
) STRICT, WITHOUT ROWID;

-- Event reports by type, acting actor (an entity id, or country:XXX for the state it acts for) and day.
CREATE TABLE aggregate_event_keys (
    type       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    day        TEXT NOT NULL,
    report_key TEXT NOT NULL,                   -- ARTICLE#INDEX
    PRIMARY KEY (type, actor, day, report_key)
) STRICT, WITHOUT ROWID;

-- Near-duplicate inputs (the store's duplicate links) counted in the stories and events of the article they repeat.
CREATE TABLE aggregate_copies (
    copy_id    TEXT NOT NULL,
    of_article TEXT NOT NULL,
    outlet     TEXT,
    PRIMARY KEY (copy_id, of_article)
) STRICT;

CREATE INDEX aggregate_copies_of ON aggregate_copies (of_article);

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,           -- story: + the earliest article's id
    first_article   TEXT NOT NULL,
    first_published TEXT,
    articles        INTEGER NOT NULL,           -- analysed articles plus their near-duplicates
    copies          INTEGER NOT NULL,
    sources         INTEGER NOT NULL,           -- distinct independent sources
    languages       TEXT NOT NULL               -- JSON array
) STRICT;

CREATE INDEX stories_first_published ON stories (first_published DESC, id);

CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL
) STRICT;

CREATE INDEX story_members_story ON story_members (story_id);

CREATE TABLE canonical_events (
    id                 TEXT PRIMARY KEY,        -- event: + ARTICLE#INDEX of the earliest report
    type               TEXT NOT NULL,
    quad_class         INTEGER,
    day                TEXT,
    source             TEXT NOT NULL,           -- JSON array of entity ids
    target             TEXT NOT NULL,           -- JSON array of entity ids
    location_id        TEXT,
    articles           INTEGER NOT NULL,
    sources            INTEGER NOT NULL,        -- distinct independent sources affirming it
    disputing_sources  INTEGER NOT NULL,        -- distinct independent sources denying it
    status             TEXT NOT NULL,           -- affirmed, contested, disputed, hypothetical
    confidence         REAL NOT NULL,
    earliest_article   TEXT NOT NULL,
    earliest_published TEXT
) STRICT;

CREATE INDEX canonical_events_day ON canonical_events (day DESC, id);
CREATE INDEX canonical_events_type ON canonical_events (type, day);

-- Every report of a canonical event, earliest first.
CREATE TABLE canonical_event_evidence (
    report_key TEXT PRIMARY KEY,                -- ARTICLE#INDEX
    event_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL,
    published  TEXT,
    modality   TEXT NOT NULL,
    confidence REAL NOT NULL,
    sentence   TEXT NOT NULL
) STRICT;

CREATE INDEX canonical_event_evidence_event ON canonical_event_evidence (event_id, position);
CREATE INDEX canonical_event_evidence_article ON canonical_event_evidence (article_id);

-- Canonical events between two actors (level actor) and between their states (level state: persons and organisations
-- rolled up by their country, each event once per pair of states) per day and quad class; weight is the summed
-- confidence in millionths, so that taking an event's old counts away and adding its new ones is exact.
CREATE TABLE relation_counts (
    level      TEXT NOT NULL CHECK (level IN ('actor', 'state')),
    source_id  TEXT NOT NULL,
    target_id  TEXT NOT NULL,
    day        TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    events     INTEGER NOT NULL,
    weight     INTEGER NOT NULL,
    PRIMARY KEY (level, source_id, target_id, day, quad_class)
) STRICT, WITHOUT ROWID;

CREATE INDEX relation_counts_target ON relation_counts (level, target_id, day);
CREATE INDEX relation_counts_day ON relation_counts (level, day);

-- Entity ids with their names under each join key (folded name, surname, transliteration skeleton).
CREATE TABLE entity_sightings (
    join_key  TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    language  TEXT,
    PRIMARY KEY (join_key, entity_id, name)
) STRICT, WITHOUT ROWID;

-- An entity id read as another, with the evidence (EntityJoiner) or a person's decision.
CREATE TABLE entity_joins (
    from_id  TEXT PRIMARY KEY,
    to_id    TEXT NOT NULL,
    evidence TEXT NOT NULL,                     -- same_base_form, knowledge_base_name, transliteration, surname, user_merge
    detail   TEXT NOT NULL
) STRICT;

CREATE INDEX entity_joins_to ON entity_joins (to_id);

-- People's merges and splits of entities, never edited: the audit trail the joins follow.
CREATE TABLE entity_edits (
    seq       INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    from_id   TEXT NOT NULL,
    to_id     TEXT,                             -- the entity merged into; null for a split
    editor    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    edited_at TEXT NOT NULL                     -- ISO 8601 UTC
) STRICT;

CREATE INDEX entity_edits_from ON entity_edits (from_id, seq);
