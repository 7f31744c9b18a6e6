namespace Kronika.Core.Annotations;

/// <summary>Coarse kinds of tokens.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes ("biało-czerwony", "don't").</summary>
    Word,

    /// <summary>Digits, possibly with inner separators ("3,5", "1.000", "15:30").</summary>
    Number,

    /// <summary>A word with a final period that belongs to it ("m.in.", "Mr.", "U.S.").</summary>
    Abbreviation,

    /// <summary>Punctuation, including quotation marks and dashes.</summary>
    Punctuation,

    /// <summary>Anything else: symbols, emoji, currency signs.</summary>
    Symbol,
}
