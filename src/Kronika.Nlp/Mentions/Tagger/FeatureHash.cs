namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>64-bit FNV-1a hashes of (template, value) pairs: features are keys, never strings, on the hot path.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of template <paramref name="template"/> with <paramref name="value"/>.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        ulong hash = Mix(Offset, (uint)template);
        foreach (char c in value)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    /// <summary>The key of template <paramref name="template"/> with two values.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        ulong hash = Of(template, first);
        hash = Mix(hash, 0xFFFF);
        foreach (char c in second)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    /// <summary>The key of template <paramref name="template"/> with small integers (labels, flags).</summary>
    public static ulong Of(int template, int first, int second = 0) => Mix(Mix(Mix(Offset, (uint)template), (uint)first), (uint)second);

    private static ulong Mix(ulong hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }
}
