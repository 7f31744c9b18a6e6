namespace Kronika.Core.Annotations;

/// <summary>How the speaker of a quote was found.</summary>
public enum SpeakerVia
{
    /// <summary>No speaker: none was found, or more than one candidate fitted.</summary>
    None,

    /// <summary>A name or noun phrase next to the cue ("Pieskow", "samozwańczy prezydent Białorusi", "the Kremlin").</summary>
    Name,

    /// <summary>A pronoun next to the cue, resolved to the nearest preceding name of a compatible kind.</summary>
    Pronoun,

    /// <summary>A Polish verb with no subject, resolved through its gender and number to the one name that fits.</summary>
    ZeroSubject,

    /// <summary>Carried over from the previous quote in a run of paragraphs.</summary>
    Previous,
}
