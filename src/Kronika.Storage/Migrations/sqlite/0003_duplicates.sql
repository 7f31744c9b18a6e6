-- Kronika SQLite schema, version 3 (duplicates): near-duplicate articles (the same story copied with small edits).
-- SimHash fingerprints of stored articles, also as eight 8-bit bands: two fingerprints within Hamming distance 7 share a
-- band (and most within 12 do), so candidates come from eight indexed lookups; the store confirms them by the texts'
-- shingles. Articles stored before this version have no fingerprint.
CREATE TABLE fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    simhash    INTEGER NOT NULL,                -- 64 bits as a signed integer
    band0      INTEGER NOT NULL,
    band1      INTEGER NOT NULL,
    band2      INTEGER NOT NULL,
    band3      INTEGER NOT NULL,
    band4      INTEGER NOT NULL,
    band5      INTEGER NOT NULL,
    band6      INTEGER NOT NULL,
    band7      INTEGER NOT NULL
) STRICT;

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
    id           TEXT NOT NULL,                 -- sha256: of the near-duplicate's own clean text
    input        TEXT NOT NULL,
    simhash      INTEGER NOT NULL,              -- its own SimHash fingerprint (signed), kept to re-check the link
    duplicate_of TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url          TEXT,
    distance     INTEGER NOT NULL,
    linked_at    TEXT NOT NULL,                 -- ISO 8601 UTC
    PRIMARY KEY (id, input)
) STRICT;

CREATE INDEX near_duplicates_of ON near_duplicates (duplicate_of);
