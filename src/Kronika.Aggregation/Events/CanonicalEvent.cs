namespace Kronika.Aggregation.Events;

/// <summary>One happening as many articles report it.</summary>
/// <param name="Id"><c>event:</c> + the key (<c>ARTICLE#INDEX</c>) of its earliest report (by publication day, article id, index).</param>
/// <param name="Type">PLOVER type or REQUEST.</param>
/// <param name="QuadClass">1 to 4 (verbal and material cooperation, verbal and material conflict), or null.</param>
/// <param name="Day">The earliest day its reports give it.</param>
/// <param name="Source">The actors that act, across reports, sorted.</param>
/// <param name="Target">The actors acted upon, across reports, sorted.</param>
/// <param name="Location">The place its reports name (the smallest id when they name several), or null.</param>
/// <param name="Articles">Articles reporting it, near-duplicates included.</param>
/// <param name="Sources">Distinct independent sources that affirm it (asserted or reported).</param>
/// <param name="DisputingSources">Distinct independent sources that deny it or say it did not happen.</param>
/// <param name="Status">What the reports say together.</param>
/// <param name="Confidence">1 − Π(1 − c) over the affirming sources, c the best confidence of each source's reports:
/// grows with independent sources, not with copies; 0 when none affirms.</param>
/// <param name="EarliestArticle">The id of the earliest report's article.</param>
/// <param name="EarliestPublished">Its publication day.</param>
/// <param name="Evidence">Every report, earliest first.</param>
public sealed record CanonicalEvent(
    string Id, string Type, int? QuadClass, DateOnly? Day, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string? Location,
    int Articles, int Sources, int DisputingSources, EventStatus Status, double Confidence, string EarliestArticle, DateOnly? EarliestPublished,
    IReadOnlyList<EventEvidence> Evidence);
