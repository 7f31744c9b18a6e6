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

    /// <summary>Replaces the analysis of the stored article <paramref name="document"/> was rebuilt from (its id) with the
    /// new one, layers and all, in one transaction, then indexes its base forms again.</summary>
    /// <returns>False when no accepted article has the document's id.</returns>
    public static bool Reanalysed(IArticleStore store, Document document, string pipeline, DateTimeOffset analysedAt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        Contract.AnalysisRecord record = Contract.ArticleContract.From(document);
        if (!store.ReplaceAnalysis(document.Id, Contract.KronikaJson.Serialize(record), record, AnalysisVersion.Current(pipeline), analysedAt))
        {
            return false;
        }

        store.IndexLexemes(document.Id, document.Rejection is null ? SearchLexemes.Of(document) : []);
        return true;
    }
}
