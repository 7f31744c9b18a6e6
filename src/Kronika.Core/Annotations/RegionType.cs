namespace Kronika.Core.Annotations;

/// <summary>Kinds of text regions; later stages use them (no events from captions, mentions everywhere).</summary>
public enum RegionType
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The standfirst or first summary paragraph.</summary>
    Lead,

    /// <summary>A heading inside the body.</summary>
    Subheading,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>An image caption, with its credit inside it.</summary>
    Caption,

    /// <summary>A photo credit ("Źródło: Wikimedia Commons"), always inside a caption.</summary>
    Credit,

    /// <summary>A block quotation set apart from the body.</summary>
    QuoteBlock,
}
