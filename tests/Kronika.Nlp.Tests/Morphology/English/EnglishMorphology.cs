using Kronika.Testing;
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
        Installed.Require(Path.Combine(WordNetLexicon.DebianFolder, "index.noun"), "wordnet-base");
        return _lemmatizer.Value!;
    }
}
