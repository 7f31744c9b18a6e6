using Kronika.Core;

namespace Kronika.Storage.Duplicates;

/// <summary>Links a freshly read document to the stored article it nearly repeats (the same agency story on another
/// site), so that it is not analysed and stored as a report of its own: shared by <c>ingest</c>, <c>watch</c> and the API.</summary>
public static class NearDuplicateLinker
{
    /// <summary>The stored original <paramref name="document"/> repeats, linked in <paramref name="store"/>; null when it
    /// repeats none or is an exact copy (storing then records its input against the article). <paramref name="newLink"/>
    /// is false when an earlier run made the same link.</summary>
    public static NearDuplicate? Link(Document document, IArticleStore store, DateTimeOffset now, out bool newLink)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(store);
        newLink = false;
        if (store.Find(document.Id) is not null || store.FindNearDuplicate(document.Text) is not { } original)
        {
            return null;
        }

        newLink = store.LinkNearDuplicate(new DuplicateLink(
            document.Id, original.ArticleId, document.Input, document.Metadata.Url, original.Fingerprint, original.Distance, now));
        return original;
    }
}
