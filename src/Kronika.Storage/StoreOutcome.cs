namespace Kronika.Storage;

/// <summary>What <see cref="IArticleStore.Store"/> did with an article.</summary>
public enum StoreOutcome
{
    /// <summary>The article was new and is now stored.</summary>
    Added,

    /// <summary>An article with the same id (the same clean text) was already stored; only the input path was recorded.</summary>
    AlreadyStored,
}
