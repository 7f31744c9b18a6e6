using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>How likely a name of each kind is to stand in each case (<c>Morphology/Polish/Data/case-prior.tsv</c>): breaks
/// ties the words themselves leave open ("Obama" the nominative or "Obam" in the genitive).</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class CasePrior
{
    /// <summary>The embedded counts.</summary>
    public const string DataFile = "Morphology/Polish/Data/case-prior.tsv";

    private readonly Dictionary<(NameKind Kind, GrammaticalCase Case), double> _shares;

    private CasePrior(Dictionary<(NameKind, GrammaticalCase), double> shares) => _shares = shares;

    /// <summary>Loads the embedded counts.</summary>
    /// <exception cref="InvalidDataException">When the file is malformed.</exception>
    public static CasePrior Load()
    {
        var counts = new Dictionary<(NameKind, GrammaticalCase), double>();
        var totals = new Dictionary<NameKind, double>();
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(CasePrior).Assembly, DataFile), DataFile))
        {
            if (line.Columns.Length != 3 || !Enum.TryParse(line.Columns[0], out NameKind kind) || CaseOf(line.Columns[1]) is not { } grammaticalCase
                || !int.TryParse(line.Columns[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                throw new InvalidDataException($"{line.Where}: expected 'kind, case, count'.");
            }

            counts[(kind, grammaticalCase)] = count;
            totals[kind] = totals.GetValueOrDefault(kind) + count;
        }

        foreach ((NameKind kind, GrammaticalCase grammaticalCase) in counts.Keys.ToList())
        {
            counts[(kind, grammaticalCase)] /= totals[kind];
        }

        return new CasePrior(counts);
    }

    /// <summary>The share of names of <paramref name="kind"/> in <paramref name="grammaticalCase"/>, 0 to 1.</summary>
    public double Share(NameKind kind, GrammaticalCase grammaticalCase) => _shares.GetValueOrDefault((kind, grammaticalCase));

    private static GrammaticalCase? CaseOf(string name) => name switch
    {
        "nom" => GrammaticalCase.Nominative,
        "gen" => GrammaticalCase.Genitive,
        "dat" => GrammaticalCase.Dative,
        "acc" => GrammaticalCase.Accusative,
        "inst" => GrammaticalCase.Instrumental,
        "loc" => GrammaticalCase.Locative,
        "voc" => GrammaticalCase.Vocative,
        _ => null,
    };
}
