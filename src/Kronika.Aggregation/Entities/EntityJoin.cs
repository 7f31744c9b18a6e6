namespace Kronika.Aggregation.Entities;

/// <summary>One entity id joined to another: every article that names <paramref name="From"/> names <paramref name="To"/>.</summary>
/// <param name="From">The id that is read as <paramref name="To"/> (always a <c>new:</c> id unless a person merged it).</param>
/// <param name="To">The id it joins: a <c>kb:</c> id when one fits, else a <c>new:</c> id (the smallest of a group of one
/// base form or skeleton, or the fuller name a surname joins).</param>
/// <param name="Evidence">Why.</param>
/// <param name="Detail">The names compared, so that a person can check the join ("Partia brexit = Partia Brexit").</param>
public sealed record EntityJoin(string From, string To, JoinEvidence Evidence, string Detail);
