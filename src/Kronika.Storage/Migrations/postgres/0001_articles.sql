-- Kronika PostgreSQL schema, version 1: analysed articles and the inputs that produced them (as SQLite's 0001).
-- Applied by PostgresMigrator inside one transaction with its schema_version row, in the schema first on the search path.
-- Texts compared or ordered as ISO 8601 or as ids use COLLATE "C", so that they sort by code point as in SQLite
-- and not by the database's locale (which would ignore the punctuation in dates).

CREATE TABLE articles (
    id               text COLLATE "C" PRIMARY KEY,  -- sha256: + hex SHA-256 of the UTF-8 clean text
    input            text NOT NULL,                 -- the input that first produced it
    url              text,
    outlet           text,
    credited_source  text,
    title            text,
    lead             text,
    published        text COLLATE "C",              -- ISO 8601 date or date-time, kept as written
    language         text,                          -- ISO 639-1
    text             text NOT NULL,                 -- verbatim: offsets are UTF-16 code units into it, never sliced in SQL
    rejection_stage  text,
    rejection_reason text,                          -- snake_case RejectionReason
    rejection_detail text,
    analysis         text NOT NULL,                 -- the kronika/1 JSON record, byte for byte as serialised
    pipeline         text NOT NULL,                 -- Pipeline.Description of the analysis
    stored_at        timestamptz NOT NULL,          -- to the microsecond
    CHECK ((rejection_reason IS NULL) = (rejection_stage IS NULL))
);

CREATE INDEX articles_language ON articles (language);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (lower(outlet));

-- Every input path that produced an article: the same text read from two files is one article with two inputs.
-- seq keeps the order they were first seen in, as SQLite's rowid does.
CREATE TABLE inputs (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    input      text NOT NULL,
    seen_at    timestamptz NOT NULL,
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (article_id, input)
);

CREATE INDEX inputs_input ON inputs (input);
