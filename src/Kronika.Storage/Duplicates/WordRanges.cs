namespace Kronika.Storage.Duplicates;

/// <summary>The words of a text for duplicate detection: maximal runs of letters and digits, as ranges.</summary>
internal static class WordRanges
{
    /// <summary>The (start, length) of every word of <paramref name="text"/>, in order.</summary>
    public static List<(int Start, int Length)> Of(string text)
    {
        var words = new List<(int, int)>();
        int start = -1;
        for (int index = 0; index <= text.Length; index++)
        {
            bool inWord = index < text.Length && char.IsLetterOrDigit(text[index]);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, index - start));
                start = -1;
            }
        }

        return words;
    }
}
