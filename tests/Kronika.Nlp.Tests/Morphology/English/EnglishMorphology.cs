using Kronika.Nlp.Morphology.English;

namespace Kronika.Nlp.Tests.Morphology.English;

/// <summary>The English lemmatizer over Debian's WordNet, loaded once; scripts/setup.sh installs wordnet-base.
/// Outside CI a missing package skips, with CI=true it fails.</summary>
internal static class EnglishMorphology
{
    private static readonly Lazy<EnglishLemmatizer?> _lemmatizer = new(() =>
        File.Exists(Path.Combine(WordNetLexicon.DebianFolder, "index.noun")) ? new EnglishLemmatizer(WordNetLexicon.Load(WordNetLexicon.DebianFolder)) : null);

    /// <summary>The lemmatizer, or a skip (outside CI) / failure (CI) when WordNet is not installed.</summary>
    public static EnglishLemmatizer Lemmatizer()
    {
        if (_lemmatizer.Value is { } lemmatizer)
        {
            return lemmatizer;
        }

        string message = $"{WordNetLexicon.DebianFolder} is missing (apt-get install wordnet-base).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " scripts/setup.sh installs it.");
        }

        Assert.Skip(message);
        return null!;
    }
}
