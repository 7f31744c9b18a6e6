using System.Numerics;

namespace Kronika.Storage.Duplicates;

/// <summary>64-bit SimHash fingerprints of clean article text, for finding the same story copied with small edits (an
/// agency report on several sites, a correction, a changed headline).</summary>
/// <remarks>
/// Why SimHash: one 64-bit number per article is cheap to store and index (Manku, Jain and Das Sarma, WWW 2007). On
/// news it only proposes candidates: measured on the SlavicNER texts, rewritten versions of one report (Jaccard over
/// 3-word shingles 0.7 to 0.9) lie 5 to 12 bits apart, as do a few pairs of different reports, so the store keeps
/// candidates within <see cref="CandidateDistance"/> bits and confirms them by <see cref="Shingles.Jaccard"/>.
/// Eight 8-bit bands: two fingerprints within 7 bits share a band exactly (pigeonhole), and most within 12 do, so the
/// store finds candidates with eight indexed equality lookups instead of a scan. The price of 8-bit bands: a random
/// fingerprint shares one of eight bands with about 8/256 (3 %) of the stored ones, so a lookup reads that share of the
/// (id, fingerprint) pairs, and the texts of the few within the distance only. 16-bit bands would read 4/65536 of
/// them but find only copies within 3 bits, which misses most rewritten agency stories.
/// Features are overlapping 3-word shingles of the lower-cased words (letters and digits), each hashed with 64-bit
/// FNV-1a and counted once per occurrence. Stateless; safe from many threads.
/// </remarks>
public static class SimHash
{
    /// <summary>Largest Hamming distance at which a stored text is a candidate near-duplicate, to be confirmed by its shingles.</summary>
    public const int CandidateDistance = 12;

    /// <summary>The number of bands a fingerprint is indexed by.</summary>
    public const int Bands = 8;

    /// <summary>Fewest words a text needs for its fingerprint to mean anything; shorter texts get none.</summary>
    public const int MinWords = 30;

    private const int ShingleWords = 3;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The fingerprint of <paramref name="text"/>, or null when it has under <see cref="MinWords"/> words.</summary>
    public static ulong? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordRanges.Of(text).ConvertAll(word => Hash(FnvOffset, text.AsSpan(word.Start, word.Length)));
        if (words.Count < MinWords)
        {
            return null;
        }

        Span<int> votes = stackalloc int[64];
        for (int index = 0; index + ShingleWords <= words.Count; index++)
        {
            ulong shingle = FnvOffset;
            for (int word = index; word < index + ShingleWords; word++)
            {
                shingle = Mix(shingle, words[word]);
            }

            for (int bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong fingerprint = 0;
        for (int bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    /// <summary>The number of bits in which <paramref name="left"/> and <paramref name="right"/> differ.</summary>
    public static int Distance(ulong left, ulong right) => BitOperations.PopCount(left ^ right);

    /// <summary>Band <paramref name="band"/> (0 to 7) of <paramref name="fingerprint"/>: its 8 bits from 8 × band.</summary>
    public static int Band(ulong fingerprint, int band) => (int)((fingerprint >> (8 * band)) & 0xFF);

    /// <summary>The fingerprint as the signed 64-bit integer SQL stores.</summary>
    public static long ToStored(ulong fingerprint) => unchecked((long)fingerprint);

    /// <summary>The fingerprint from its stored signed form.</summary>
    public static ulong FromStored(long stored) => unchecked((ulong)stored);

    private static ulong Hash(ulong hash, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            char lower = char.ToLowerInvariant(c);
            hash = (hash ^ (byte)lower) * FnvPrime;
            hash = (hash ^ (byte)(lower >> 8)) * FnvPrime;
        }

        return hash;
    }

    private static ulong Mix(ulong hash, ulong word)
    {
        for (int shift = 0; shift < 64; shift += 8)
        {
            hash = (hash ^ ((word >> shift) & 0xFF)) * FnvPrime;
        }

        return hash;
    }
}
