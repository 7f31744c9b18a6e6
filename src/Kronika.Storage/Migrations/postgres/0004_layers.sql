-- Kronika PostgreSQL schema, version 4 (layers, as SQLite's 0004): the analysis of each article as rows, so that entities, events and quotes
-- can be queried across articles. Every row is made from the article's kronika/1 record (articles.analysis) by the
-- store, in the article's own transaction; an article's layers are replaced whole, never edited (LayerWriter).
-- Articles stored before this version get theirs from their stored record when the store is next opened: an article
-- without an analyses row has no layers yet.

-- Which analysis the layers come from: one row per article whose layers are written.
CREATE TABLE analyses (
    article_id     text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    pipeline       text NOT NULL,               -- Pipeline.Description: the stages, in order
    build          text,                        -- informational version of the program that ran them, null when unknown
    knowledge_base text,                        -- sha256: of the knowledge base's data files, null when unknown
    analysed_at    timestamptz NOT NULL
);

-- Entities across articles, by their kronika/1 id (kb: keys are stable, new: keys derive from base forms); the counts
-- are kept with the layers of every article that names the entity.
CREATE TABLE entities (
    id            text COLLATE "C" PRIMARY KEY,
    type          text NOT NULL,                -- PER, ORG, GPE, LOC, FAC, EVT, PRO
    name          text NOT NULL,                -- the English name, as the latest analysis gave it
    names         text NOT NULL,                -- JSON object: language code to base form
    wikidata      text,
    country       text,                         -- ISO 3166-1 alpha-3
    folded        text NOT NULL,                -- name and names, lowercased, for q
    article_count integer NOT NULL DEFAULT 0,
    mention_count integer NOT NULL DEFAULT 0
);

CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_country ON entities (country);
CREATE INDEX entities_articles ON entities (article_count DESC, id);

-- The forms each entity is written in ("Łukaszence", "Łukaszenką"), with how many mentions use each.
CREATE TABLE entity_names (
    entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
    name      text NOT NULL,                    -- a mention's text exactly as written
    folded    text NOT NULL,                    -- lowercased, for q
    count     integer NOT NULL,
    PRIMARY KEY (entity_id, name)
);

-- The entities of each article, with how many mentions it has of each.
CREATE TABLE article_entities (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  text COLLATE "C" NOT NULL,
    mentions   integer NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,                -- place in the record: entity by entity, mention by mention
    entity_id  text COLLATE "C" NOT NULL,
    span_start integer NOT NULL,                -- UTF-16 offsets into articles.text, half-open
    span_end   integer NOT NULL,
    text       text NOT NULL,
    base       text NOT NULL,
    via        text NOT NULL,
    acts_for   text,
    sentence   integer,                         -- index of the sentence holding the mention's start, null when none does
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE events (
    article_id         text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx                integer NOT NULL,        -- index in the record's events
    type               text NOT NULL,           -- PLOVER type or REQUEST
    quad_class         integer,                 -- 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    cameo              text,
    mode               text,
    context            text,
    modality           text NOT NULL,
    location_id        text,
    date_value         text,
    date_precision     text,
    date_text          text,
    date_resolved_from text,
    day                text COLLATE "C",                    -- yyyy-MM-dd: the event's date when known to the day, else the article's publication day
    trigger_start      integer NOT NULL,
    trigger_end        integer NOT NULL,
    sentence_start     integer NOT NULL,
    sentence_end       integer NOT NULL,
    sentence_index     integer,
    sentence_text      text NOT NULL,
    evidence           text NOT NULL,           -- JSON array of [start, end] spans
    confidence         double precision NOT NULL,
    PRIMARY KEY (article_id, idx)
);

-- NULLS LAST as the listing orders (PostgreSQL puts nulls first in a descending order unless told), so it reads the index.
CREATE INDEX events_day ON events (day DESC NULLS LAST, article_id, idx);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_location ON events (location_id);

CREATE TABLE event_actors (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_idx  integer NOT NULL,
    role       text NOT NULL CHECK (role IN ('source', 'target')),
    position   integer NOT NULL,
    entity_id  text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, event_idx, role, position),
    FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);

CREATE INDEX event_actors_entity ON event_actors (entity_id, role);

CREATE TABLE quotes (
    article_id    text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx           integer NOT NULL,
    kind          text NOT NULL,                -- direct or indirect
    span_start    integer NOT NULL,
    span_end      integer NOT NULL,
    text          text NOT NULL,
    speaker_id    text,
    speaker_start integer,
    speaker_end   integer,
    cue_start     integer,
    cue_end       integer,
    event_idx     integer,
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX quotes_speaker ON quotes (speaker_id);
