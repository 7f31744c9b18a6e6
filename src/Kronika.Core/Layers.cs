namespace Kronika.Core;

/// <summary>The layers of a <see cref="Document"/>; stages state which they require and which they produce.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The clean text and its offset map (made by the readers in Kronika.Ingest).</summary>
    Text = 1 << 0,

    /// <summary>Typed regions over the text: title, lead, paragraphs, captions.</summary>
    Regions = 1 << 1,

    /// <summary>The identified language.</summary>
    Language = 1 << 2,

    /// <summary>Tokens.</summary>
    Tokens = 1 << 3,

    /// <summary>Sentences over the tokens.</summary>
    Sentences = 1 << 4,

    /// <summary>Morphological analyses of the tokens.</summary>
    Morphology = 1 << 5,

    /// <summary>Entity mentions.</summary>
    Mentions = 1 << 6,

    /// <summary>Links of mentions to entities.</summary>
    Entities = 1 << 7,

    /// <summary>Event mentions.</summary>
    Events = 1 << 8,

    /// <summary>Quotes.</summary>
    Quotes = 1 << 9,
}
