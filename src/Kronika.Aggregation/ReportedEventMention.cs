namespace Kronika.Aggregation;

/// <summary>One event as one article reports it.</summary>
/// <param name="Index">Its index in the article's events.</param>
/// <param name="Type">PLOVER type or REQUEST.</param>
/// <param name="Source">Entity ids of the actors that act, sorted.</param>
/// <param name="Target">Entity ids of the actors acted upon, sorted.</param>
/// <param name="Location">Entity id of the place, or null.</param>
/// <param name="Day">The day it happened when the text gives the day, else the article's publication day, else null.</param>
/// <param name="DayStated">True when <paramref name="Day"/> is the text's own date, false when it is the publication day.</param>
/// <param name="Modality">asserted, reported, hypothetical, negated or denied.</param>
/// <param name="Confidence">The extractor's confidence in [0, 1].</param>
/// <param name="Sentence">The sentence that states it, as written.</param>
public sealed record ReportedEventMention(
    int Index, string Type, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string? Location, DateOnly? Day, bool DayStated,
    string Modality, double Confidence, string Sentence)
{
    /// <summary>True when the report says it happened or will (asserted, reported), false for hypothetical, negated and denied.</summary>
    public bool Affirms => Modality is "asserted" or "reported";

    /// <summary>True when the report says it did not happen (negated, denied).</summary>
    public bool Disputes => Modality is "negated" or "denied";
}
