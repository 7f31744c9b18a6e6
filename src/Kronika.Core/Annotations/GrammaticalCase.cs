namespace Kronika.Core.Annotations;

/// <summary>The Polish cases as a set: one tag may allow several (<c>nom.acc</c>).</summary>
[Flags]
public enum GrammaticalCase : byte
{
    /// <summary>No case (uninflected words, English).</summary>
    None = 0,

    /// <summary>Nominative (mianownik).</summary>
    Nominative = 1 << 0,

    /// <summary>Genitive (dopełniacz).</summary>
    Genitive = 1 << 1,

    /// <summary>Dative (celownik).</summary>
    Dative = 1 << 2,

    /// <summary>Accusative (biernik).</summary>
    Accusative = 1 << 3,

    /// <summary>Instrumental (narzędnik).</summary>
    Instrumental = 1 << 4,

    /// <summary>Locative (miejscownik).</summary>
    Locative = 1 << 5,

    /// <summary>Vocative (wołacz).</summary>
    Vocative = 1 << 6,
}
