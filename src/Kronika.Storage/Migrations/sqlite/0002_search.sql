-- Kronika SQLite schema, version 2: full-text search over each article's title and text (issue 8).
-- An FTS5 index with no copy of the text (content=''): the text stays in articles alone, the index only finds rows.
-- unicode61 with remove_diacritics 0 lowercases every script and keeps diacritics, like PostgreSQL's 'simple':
-- no stemming, no stop words. Base forms come from Kronika's own morphology instead: they go into the lexemes
-- column (IArticleStore.IndexLexemes). Relevance is bm25 with the title weighing 10, the text 1, lexemes 0.5.

-- FTS5 rows are found by an integer rowid; articles' own rowid may change on VACUUM (its key is text), so every
-- article gets an INTEGER PRIMARY KEY here, which never changes.
CREATE TABLE article_search_rows (
    search_rowid INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
) STRICT;

CREATE VIRTUAL TABLE article_search USING fts5 (
    heading, body, lexemes,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.5)');

-- In the article's own transaction, so an article is never stored without its index row or the other way round.
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search_rows (article_id) VALUES (new.id);
    INSERT INTO article_search (rowid, heading, body, lexemes)
    VALUES ((SELECT search_rowid FROM article_search_rows WHERE article_id = new.id), coalesce(new.title, ''), new.text, '');
END;

CREATE TRIGGER article_search_rows_delete AFTER DELETE ON article_search_rows BEGIN
    DELETE FROM article_search WHERE rowid = old.search_rowid;
END;

INSERT INTO article_search_rows (article_id) SELECT id FROM articles ORDER BY rowid;
INSERT INTO article_search (rowid, heading, body, lexemes)
SELECT r.search_rowid, coalesce(a.title, ''), a.text, ''
FROM article_search_rows AS r JOIN articles AS a ON a.id = r.article_id;
