namespace Kronika.Core.Annotations;

/// <summary>When an event happened, as precisely as the text allows.</summary>
/// <param name="Value">ISO date ("2023-09-15"), partial ("--09-15", "2023-09", "2023"), or null when unresolved.</param>
/// <param name="Precision">How precise <paramref name="Value"/> is.</param>
/// <param name="Text">The words that state the date ("15 września", "w środę").</param>
/// <param name="Anchor">What the value was worked out from; null when it is unresolved.</param>
public sealed record EventDate(string? Value, DatePrecision Precision, TextSpan Text, DateAnchor? Anchor);
