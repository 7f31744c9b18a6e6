namespace Kronika.Core.Annotations;

/// <summary>An expected refusal of an input, stored with the document: which stage refused it, why, and the detail a person needs.</summary>
/// <param name="Stage">The refusing stage's name ("read", "clean", "language").</param>
/// <param name="Reason">The stable reason code.</param>
/// <param name="Detail">One line for a person: what was wrong and, where it helps, what to do.</param>
public sealed record Rejection(string Stage, RejectionReason Reason, string Detail);
