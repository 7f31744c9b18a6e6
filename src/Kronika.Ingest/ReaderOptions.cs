namespace Kronika.Ingest;

/// <summary>Limits and choices of <see cref="InputReader"/>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: inputs up to 32 MiB.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Largest input accepted, in bytes; larger inputs are refused (TooLarge) before they are decoded.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;
}
