-- Kronika PostgreSQL schema, version 2: full-text search over each article's title and text (issue 8).
-- One row per article in article_search, written by a trigger in the article's own transaction.
-- The 'simple' configuration lowercases and keeps every word as written: no stemming, no stop words, diacritics kept.
-- Base forms come from Kronika's own morphology instead: they go into lexemes (IArticleStore.IndexLexemes), which
-- kronika_search_document indexes beside the title (weight A) and the text (weight B) with weight C.

-- Only the first 300,000 characters of a text are indexed: a tsvector holds at most 1 MB of distinct words,
-- and news articles are a few thousand characters long.
CREATE FUNCTION kronika_search_document(title text, body text, lexemes text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, left(coalesce(body, ''), 300000)), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(lexemes, '')), 'C');

CREATE TABLE article_search (
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    lexemes    text NOT NULL DEFAULT '',       -- extra words to find the article by (base forms), space-separated
    document   tsvector NOT NULL
);

CREATE INDEX article_search_document ON article_search USING gin (document);

CREATE FUNCTION kronika_index_article() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_search (article_id, document) VALUES (NEW.id, kronika_search_document(NEW.title, NEW.text, ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION kronika_index_article();

INSERT INTO article_search (article_id, document)
SELECT id, kronika_search_document(title, text, '') FROM articles;
