namespace Kronika.Core.Annotations;

/// <summary>Grammatical number as a set.</summary>
[Flags]
public enum GrammaticalNumber : byte
{
    /// <summary>No number.</summary>
    None = 0,

    /// <summary>Singular.</summary>
    Singular = 1 << 0,

    /// <summary>Plural.</summary>
    Plural = 1 << 1,
}
