namespace Kronika.Nlp.Morphology.Polish;

/// <summary>How a word is capitalised.</summary>
public enum WordCase
{
    /// <summary>No capital letter: "północnej".</summary>
    Lower,

    /// <summary>A capital first letter, the rest lower case: "Północnej".</summary>
    Capitalised,

    /// <summary>Capitals only: "NATO", "KIJOWA".</summary>
    Upper,

    /// <summary>Anything else: "McDonald", "iPhone".</summary>
    Mixed,
}
