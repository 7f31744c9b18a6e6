-- Kronika SQLite schema, version 1: analysed articles and the inputs that produced them.
-- Applied by SqliteMigrator inside one transaction with its schema_version row.

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,          -- sha256: + hex SHA-256 of the UTF-8 clean text
    input            TEXT NOT NULL,             -- the input that first produced it
    url              TEXT,
    outlet           TEXT,
    credited_source  TEXT,
    title            TEXT,
    lead             TEXT,
    published        TEXT,                      -- ISO 8601 date or date-time
    language         TEXT,                      -- ISO 639-1
    text             TEXT NOT NULL,             -- verbatim: offsets are UTF-16 code units into it, never sliced in SQL
    rejection_stage  TEXT,
    rejection_reason TEXT,                      -- snake_case RejectionReason
    rejection_detail TEXT,
    analysis         TEXT NOT NULL,             -- the kronika/1 JSON record
    pipeline         TEXT NOT NULL,             -- Pipeline.Description of the analysis
    stored_at        TEXT NOT NULL,             -- ISO 8601 UTC
    CHECK ((rejection_reason IS NULL) = (rejection_stage IS NULL))
) STRICT;

CREATE INDEX articles_language ON articles (language);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);

-- Every input path that produced an article: the same text read from two files is one article with two inputs.
CREATE TABLE inputs (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    input      TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, input)
) STRICT;

CREATE INDEX inputs_input ON inputs (input);
