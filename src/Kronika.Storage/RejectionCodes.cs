using Kronika.Core.Annotations;

namespace Kronika.Storage;

/// <summary>The stable snake_case names of <see cref="RejectionReason"/> as stored ("unsupported_language"), both ways.</summary>
internal static class RejectionCodes
{
    /// <summary>The stored name of <paramref name="reason"/>.</summary>
    public static string ToCode(RejectionReason reason) => reason switch
    {
        RejectionReason.Empty => "empty",
        RejectionReason.Binary => "binary",
        RejectionReason.TooLarge => "too_large",
        RejectionReason.UnknownEncoding => "unknown_encoding",
        RejectionReason.NoArticleText => "no_article_text",
        RejectionReason.UnsupportedLanguage => "unsupported_language",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A rejection reason without a stored name."),
    };

    /// <summary>The reason stored as <paramref name="code"/>.</summary>
    /// <exception cref="StoreException">When the code is unknown (a database written by a newer Kronika).</exception>
    public static RejectionReason FromCode(string code) => code switch
    {
        "empty" => RejectionReason.Empty,
        "binary" => RejectionReason.Binary,
        "too_large" => RejectionReason.TooLarge,
        "unknown_encoding" => RejectionReason.UnknownEncoding,
        "no_article_text" => RejectionReason.NoArticleText,
        "unsupported_language" => RejectionReason.UnsupportedLanguage,
        _ => throw new StoreException($"Unknown rejection reason '{code}' in the database; it was written by a newer Kronika."),
    };
}
