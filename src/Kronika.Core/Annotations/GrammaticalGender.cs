namespace Kronika.Core.Annotations;

/// <summary>The Polish genders as a set: masculine personal, animate and inanimate, feminine, neuter.</summary>
/// <remarks>Older tagsets split neuter and plural-only nouns further (n1, n2, p1, p2, p3); they map onto these.</remarks>
[Flags]
public enum GrammaticalGender : byte
{
    /// <summary>No gender.</summary>
    None = 0,

    /// <summary>Masculine personal (m1): "prezydent".</summary>
    MasculinePersonal = 1 << 0,

    /// <summary>Masculine animate (m2): "pies".</summary>
    MasculineAnimate = 1 << 1,

    /// <summary>Masculine inanimate (m3): "Kijów".</summary>
    MasculineInanimate = 1 << 2,

    /// <summary>Feminine (f).</summary>
    Feminine = 1 << 3,

    /// <summary>Neuter (n).</summary>
    Neuter = 1 << 4,
}
