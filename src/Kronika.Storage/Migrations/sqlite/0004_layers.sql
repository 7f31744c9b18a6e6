-- Kronika SQLite schema, version 4 (layers): the analysis of each article as rows, so that entities, events and quotes
-- can be queried across articles. Every row is made from the article's kronika/1 record (articles.analysis) by the
-- store, in the article's own transaction; an article's layers are replaced whole, never edited (LayerWriter).
-- Articles stored before this version get theirs from their stored record when the store is next opened: an article
-- without an analyses row has no layers yet.

-- Which analysis the layers come from: one row per article whose layers are written.
CREATE TABLE analyses (
    article_id     TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    pipeline       TEXT NOT NULL,               -- Pipeline.Description: the stages, in order
    build          TEXT,                        -- informational version of the program that ran them, null when unknown
    knowledge_base TEXT,                        -- sha256: of the knowledge base's data files, null when unknown
    analysed_at    TEXT NOT NULL                -- ISO 8601 UTC
) STRICT;

-- Entities across articles, by their kronika/1 id (kb: keys are stable, new: keys derive from base forms); the counts
-- are kept with the layers of every article that names the entity.
CREATE TABLE entities (
    id            TEXT PRIMARY KEY,
    type          TEXT NOT NULL,                -- PER, ORG, GPE, LOC, FAC, EVT, PRO
    name          TEXT NOT NULL,                -- the English name, as the latest analysis gave it
    names         TEXT NOT NULL,                -- JSON object: language code to base form
    wikidata      TEXT,
    country       TEXT,                         -- ISO 3166-1 alpha-3
    folded        TEXT NOT NULL,                -- name and names, lowercased, for q
    article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_country ON entities (country);
CREATE INDEX entities_articles ON entities (article_count DESC, id);

-- The forms each entity is written in ("Łukaszence", "Łukaszenką"), with how many mentions use each.
CREATE TABLE entity_names (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    name      TEXT NOT NULL,                    -- a mention's text exactly as written
    folded    TEXT NOT NULL,                    -- lowercased, for q
    count     INTEGER NOT NULL,
    PRIMARY KEY (entity_id, name)
) STRICT;

-- The entities of each article, with how many mentions it has of each.
CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) STRICT;

CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,                -- place in the record: entity by entity, mention by mention
    entity_id  TEXT NOT NULL,
    span_start INTEGER NOT NULL,                -- UTF-16 offsets into articles.text, half-open
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    base       TEXT NOT NULL,
    via        TEXT NOT NULL,
    acts_for   TEXT,
    sentence   INTEGER,                         -- index of the sentence holding the mention's start, null when none does
    PRIMARY KEY (article_id, ordinal)
) STRICT;

CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE events (
    article_id         TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx                INTEGER NOT NULL,        -- index in the record's events
    type               TEXT NOT NULL,           -- PLOVER type or REQUEST
    quad_class         INTEGER,                 -- 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    cameo              TEXT,
    mode               TEXT,
    context            TEXT,
    modality           TEXT NOT NULL,
    location_id        TEXT,
    date_value         TEXT,
    date_precision     TEXT,
    date_text          TEXT,
    date_resolved_from TEXT,
    day                TEXT,                    -- yyyy-MM-dd: the event's date when known to the day, else the article's publication day
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    sentence_start     INTEGER NOT NULL,
    sentence_end       INTEGER NOT NULL,
    sentence_index     INTEGER,
    sentence_text      TEXT NOT NULL,
    evidence           TEXT NOT NULL,           -- JSON array of [start, end] spans
    confidence         REAL NOT NULL,
    PRIMARY KEY (article_id, idx)
) STRICT;

-- The event listing's order (day DESC NULLS LAST, article, index) reads this index: a page costs a few rows, not a sort.
CREATE INDEX events_day ON events (day DESC, article_id, idx);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_location ON events (location_id);

CREATE TABLE event_actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_idx  INTEGER NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position   INTEGER NOT NULL,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (article_id, event_idx, role, position),
    FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
) STRICT;

CREATE INDEX event_actors_entity ON event_actors (entity_id, role);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    kind          TEXT NOT NULL,                -- direct or indirect
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    speaker_id    TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue_start     INTEGER,
    cue_end       INTEGER,
    event_idx     INTEGER,
    PRIMARY KEY (article_id, idx)
) STRICT;

CREATE INDEX quotes_speaker ON quotes (speaker_id);
