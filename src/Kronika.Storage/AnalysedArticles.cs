using Kronika.Core;
using Kronika.Storage.Layers;
using Kronika.Storage.Search;

namespace Kronika.Storage;

/// <summary>Stores an analysed document the way every writer (ingest, watch, the API) must: the article with its
/// analysis, then its base forms in the search index.</summary>
public static class AnalysedArticles
{
    /// <summary>Stores <paramref name="document"/> with its kronika/1 <paramref name="analysisJson"/> (and, in the same
    /// transaction, its layers, stamped with this process's <see cref="AnalysisVersion"/>), and indexes its base
    /// forms (<see cref="SearchLexemes"/>) whether or not it was stored before, so that a run killed between the two
    /// steps leaves nothing unindexed once run again.</summary>
    public static StoreOutcome Store(IArticleStore store, Document document, string analysisJson, string pipeline, DateTimeOffset storedAt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        AnalysisVersion version = AnalysisVersion.Current(pipeline);
        StoredArticle article = StoredArticle.From(document, analysisJson, pipeline, storedAt) with
        {
            Build = version.Build,
            KnowledgeBase = version.KnowledgeBase,
        };
        StoreOutcome outcome = store.Store(article);
        if (document.Rejection is null)
        {
            IReadOnlyList<string> lexemes = SearchLexemes.Of(document);
            if (lexemes.Count > 0)
            {
                store.IndexLexemes(document.Id, lexemes);
            }
        }

        return outcome;
    }
}
