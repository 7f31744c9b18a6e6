-- Kronika PostgreSQL schema, version 3: near-duplicate articles (as SQLite's 0003).
-- SimHash fingerprints of stored articles, also as eight 8-bit bands: two fingerprints within Hamming distance 7 share a
-- band (and most within 12 do), so candidates come from eight indexed lookups; the store confirms them by the texts'
-- shingles. Articles stored before this version have no fingerprint.
CREATE TABLE fingerprints (
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    simhash    bigint NOT NULL,                 -- 64 bits as a signed integer
    band0      integer NOT NULL,
    band1      integer NOT NULL,
    band2      integer NOT NULL,
    band3      integer NOT NULL,
    band4      integer NOT NULL,
    band5      integer NOT NULL,
    band6      integer NOT NULL,
    band7      integer NOT NULL
);

CREATE INDEX fingerprints_band0 ON fingerprints (band0);
CREATE INDEX fingerprints_band1 ON fingerprints (band1);
CREATE INDEX fingerprints_band2 ON fingerprints (band2);
CREATE INDEX fingerprints_band3 ON fingerprints (band3);
CREATE INDEX fingerprints_band4 ON fingerprints (band4);
CREATE INDEX fingerprints_band5 ON fingerprints (band5);
CREATE INDEX fingerprints_band6 ON fingerprints (band6);
CREATE INDEX fingerprints_band7 ON fingerprints (band7);

-- Inputs whose text nearly repeated a stored article: linked to it, not stored or analysed as reports of their own.
CREATE TABLE near_duplicates (
    id           text COLLATE "C" NOT NULL,      -- sha256: of the near-duplicate's own clean text
    input        text NOT NULL,
    simhash      bigint NOT NULL,                -- its own SimHash fingerprint (signed), kept to re-check the link
    duplicate_of text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url          text,
    distance     integer NOT NULL,
    linked_at    timestamptz NOT NULL,
    PRIMARY KEY (id, input)
);

CREATE INDEX near_duplicates_of ON near_duplicates (duplicate_of);
