namespace Kronika.Core.Annotations;

/// <summary>Why an input was refused. The names are stable: they are stored and printed in snake_case.</summary>
public enum RejectionReason
{
    /// <summary>The input has no bytes, or only white space.</summary>
    Empty,

    /// <summary>The input is not text (NUL bytes, control characters, an image or archive signature).</summary>
    Binary,

    /// <summary>The input exceeds the configured size limit.</summary>
    TooLarge,

    /// <summary>The bytes are not valid in any encoding the reader knows.</summary>
    UnknownEncoding,

    /// <summary>Nothing of the article was left after cleaning away page debris.</summary>
    NoArticleText,

    /// <summary>The text is in a language Kronika does not analyse; it is stored, not forced through other rules.</summary>
    UnsupportedLanguage,
}
