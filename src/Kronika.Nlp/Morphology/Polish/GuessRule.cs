using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>One suffix rule of the guesser: cut <see cref="Cut"/> characters off the form's end, append <see cref="Append"/>,
/// and the result is the base form, with <see cref="Tags"/>; seen with <see cref="Lemmas"/> different base forms.</summary>
/// <param name="Cut">Characters to remove from the end of the form.</param>
/// <param name="Append">Characters to add after the cut.</param>
/// <param name="Tags">The tags the rule implies (one per '+' alternative), interned.</param>
/// <param name="Lemmas">How many dictionary base forms showed this rule for this suffix.</param>
public sealed record GuessRule(int Cut, string Append, MorphTag[] Tags, int Lemmas);
