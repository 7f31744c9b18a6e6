using Kronika.Testing;
using Kronika.Nlp.Morphology.English;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

/// <summary>The real PoliMorf dictionary and guessers, loaded once for all tests; scripts/setup.sh installs the
/// dictionary. Outside CI a missing package skips, with CI=true it fails.</summary>
internal static class PolishMorphology
{
    private static readonly Lazy<PolishAnalyzer?> _analyzer = new(() =>
        File.Exists(MorfologikLexicon.DebianJar)
            ? new PolishAnalyzer(MorfologikLexicon.Load(MorfologikLexicon.DebianJar), SuffixGuesser.Load(SuffixGuesser.ProperNounsFile), SuffixGuesser.Load(SuffixGuesser.CommonNounsFile))
            : null);

    private static readonly Lazy<NameBaseForms?> _names = new(() => _analyzer.Value is { } analyzer
        ? new NameBaseForms(analyzer, Directory.Exists(WordNetLexicon.DebianFolder) ? WordNetLexicon.Load(WordNetLexicon.DebianFolder).Knows : null)
        : null);

    /// <summary>The analyzer, or a skip (outside CI) / failure (CI) when the dictionary is not installed.</summary>
    public static PolishAnalyzer Analyzer()
    {
        Installed.Require(MorfologikLexicon.DebianJar, "libmorfologik-stemming2-java");
        return _analyzer.Value!;
    }

    /// <summary>The name lemmatizer over <see cref="Analyzer"/>.</summary>
    public static NameBaseForms Names()
    {
        Installed.Require(MorfologikLexicon.DebianJar, "libmorfologik-stemming2-java");
        return _names.Value!;
    }
}
