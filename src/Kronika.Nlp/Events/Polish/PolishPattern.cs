using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>Which side of an event a frame slot fills.</summary>
public enum SlotRole
{
    /// <summary>The actor that acts.</summary>
    Source,

    /// <summary>The actor acted upon.</summary>
    Target,
}

/// <summary>One slot of a frame: a role and the grammatical mark of the phrase that fills it.</summary>
/// <param name="Role">Source or target.</param>
/// <param name="Preposition">The preposition before the phrase ("z", "na", "do"), or null for a bare case.</param>
/// <param name="Case">The case the phrase is in (after the preposition), or <see cref="GrammaticalCase.None"/> for the
/// special markers.</param>
/// <param name="Special">"ust" (said by: "z ust X", "ze strony X"), "content" (the actors of what the event is about),
/// or null.</param>
/// <param name="Required">True when the event needs this role filled ("T!").</param>
public sealed record FrameSlot(SlotRole Role, string? Preposition, GrammaticalCase Case, string? Special, bool Required);

/// <summary>One row of <c>patterns.pl.tsv</c>: a trigger word, its argument frame and the event it names.</summary>
/// <param name="Id">The row's id, kept on the event for explaining it.</param>
/// <param name="Lemma">The trigger's base form, lower case.</param>
/// <param name="Reflexive">True when "się" must stand by the trigger.</param>
/// <param name="Companions">Base forms of which one must stand in the trigger's clause ("sankcja" for "nałożyć"); empty when none.</param>
/// <param name="IsVerb">True for a verb, false for a noun.</param>
/// <param name="Slots">The frame, in the order the row writes it.</param>
/// <param name="Reciprocal">True when either side may be named first, so a coordinated subject names both sides.</param>
/// <param name="Type">The PLOVER type or REQUEST.</param>
/// <param name="Cameo">The CAMEO code.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Context">The PLOVER context, or null.</param>
/// <param name="Confidence">How often the pattern is right when its frame is filled, in (0, 1].</param>
/// <param name="Example">The row's example sentence with its [S ...] and [T ...] marks.</param>
public sealed record PolishPattern(
    string Id,
    string Lemma,
    bool Reflexive,
    FrozenSet<string> Companions,
    bool IsVerb,
    ImmutableArray<FrameSlot> Slots,
    bool Reciprocal,
    string Type,
    string Cameo,
    string? Mode,
    string? Context,
    double Confidence,
    string Example)
{
    /// <summary>True when some target slot is required.</summary>
    public bool NeedsTarget => Slots.Any(slot => slot.Role == SlotRole.Target && slot.Required);

    /// <summary>The example sentence without its marks.</summary>
    public string ExampleText => Example.Replace("[S ", string.Empty, StringComparison.Ordinal).Replace("[T ", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
}
