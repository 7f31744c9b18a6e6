namespace Kronika.Ingest.Bulk;

/// <summary>A WARC file that breaks off or breaks its format; the records before the break were read.</summary>
public sealed class WarcFormatException : IOException
{
    /// <summary>An empty exception (for serializers).</summary>
    public WarcFormatException()
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public WarcFormatException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with <paramref name="message"/> caused by <paramref name="inner"/>.</summary>
    public WarcFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
