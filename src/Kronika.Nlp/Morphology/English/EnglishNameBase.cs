namespace Kronika.Nlp.Morphology.English;

/// <summary>The base form of an English name as an entity linker wants it: without a possessive ("Vladimir Putin's" →
/// "Vladimir Putin", "the United States'" → "United States") and without a leading article ("the Kremlin" →
/// "Kremlin"); a name that is plural stays plural ("Democrats", "Philippines"), since the plural is its name.</summary>
public static class EnglishNameBase
{
    /// <summary>The base form of <paramref name="phrase"/>.</summary>
    public static string BaseForm(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string name = phrase.Trim();
        foreach (string ending in (ReadOnlySpan<string>)["'s", "’s", "'S", "’S"])
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                name = name[..^ending.Length];
                break;
            }
        }

        if (name.Length > 2 && name[^1] is '\'' or '’' && name[^2] is 's' or 'S')
        {
            name = name[..^1];
        }

        int space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && name[..space] is "the" or "The" or "THE")
        {
            name = name[(space + 1)..].TrimStart();
        }

        return name;
    }
}
