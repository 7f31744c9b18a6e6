namespace Kronika.Knowledge;

/// <summary>One problem <see cref="KnowledgeBase.Validate"/> found in the data files.</summary>
/// <param name="Origin">The file and line ("people.tsv:12").</param>
/// <param name="Id">The record's id, or "" when the record has none.</param>
/// <param name="Message">What is wrong, for a reviewer.</param>
public sealed record KnowledgeProblem(string Origin, string Id, string Message)
{
    /// <summary>"origin id: message".</summary>
    public override string ToString() => Id.Length == 0 ? $"{Origin}: {Message}" : $"{Origin} {Id}: {Message}";
}

/// <summary>A name that matched a lookup.</summary>
/// <param name="Entity">The record the name belongs to.</param>
/// <param name="Name">The name that matched.</param>
/// <param name="How">How the query met the name.</param>
public readonly record struct NameMatch(KnowledgeEntity Entity, EntityName Name, MatchHow How);

/// <summary>How a query met a name, from the strictest.</summary>
public enum MatchHow
{
    /// <summary>Equal but for case, spacing and apostrophe or dash variants (<see cref="NameFolding.Key"/>).</summary>
    Exact,

    /// <summary>Equal once diacritics, dots and hyphens are dropped (<see cref="NameFolding.Fold"/>).</summary>
    Folded,

    /// <summary>Equal transliteration skeletons (<see cref="Transliteration.NameSkeleton"/>): a candidate to confirm.</summary>
    Skeleton,
}
