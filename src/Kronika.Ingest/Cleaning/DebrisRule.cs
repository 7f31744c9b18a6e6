namespace Kronika.Ingest.Cleaning;

/// <summary>One line of a debris data file: lines matching <see cref="Pattern"/> are removed for <see cref="Reason"/>.</summary>
/// <param name="Reason">Stable lowercase reason code stored with the removal ("share", "cookie", "dateline").</param>
/// <param name="Pattern">The folded whole-line pattern (<see cref="GlobPattern"/>).</param>
/// <param name="Example">A line from the data file that the rule must remove; tests run every one.</param>
/// <param name="Origin">File and line number, for messages.</param>
internal sealed record DebrisRule(string Reason, string Pattern, string Example, string Origin)
{
    /// <summary>Reason code of a publication dateline ("Dodano: 15.09.2023"): it also sets the publication date.</summary>
    public const string Dateline = "dateline";

    /// <summary>Reason code of an update dateline ("Aktualizacja: ..."): removed, never the publication date.</summary>
    public const string UpdateDateline = "update_dateline";

    /// <summary>Reason code stored for a dateline with nothing after its label ("Dodano:").</summary>
    public const string EmptyDateline = "empty_dateline";

    /// <summary>True for rules whose matches are dateline labels followed by a date (the pattern is "label*").</summary>
    public bool IsDateline => Reason is Dateline or UpdateDateline;
}
