namespace Kronika.Ingest.PlainText;

/// <summary>What a line of scraped plain text is, as the reader decides it.</summary>
internal enum LineRole : byte
{
    /// <summary>Nothing but white space: separates blocks.</summary>
    Blank,

    /// <summary>Page debris; removed with a reason.</summary>
    Debris,

    /// <summary>The credited source line near the end; removed, its agency kept as metadata.</summary>
    Source,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>An image caption ending in a photo credit.</summary>
    Caption,

    /// <summary>Article text: part of a paragraph, or a subheading.</summary>
    Text,
}
