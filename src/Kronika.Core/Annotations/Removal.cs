namespace Kronika.Core.Annotations;

/// <summary>Page debris that cleaning took out, kept so that nothing disappears without a reason.</summary>
/// <param name="Text">The removed text as it stood in the input.</param>
/// <param name="Reason">Why it was removed (a stable lowercase code: "share", "cookie", "empty_dateline", ...).</param>
/// <param name="Source">Where it was in the decoded raw input (UTF-16 code units, half-open).</param>
public sealed record Removal(string Text, string Reason, TextSpan Source);
