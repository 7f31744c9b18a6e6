using Kronika.Core;

namespace Kronika.Nlp.Language;

/// <summary>The languages the detector chooses among, read from <c>Language/Data/candidates.tsv</c>:
/// ISO 639-1 code and the Lingua library's name for each.</summary>
public static class CandidateLanguages
{
    /// <summary>The embedded data file's resource name.</summary>
    public const string ResourceName = "Language/Data/candidates.tsv";

    /// <summary>Reads the embedded list, in file order.</summary>
    /// <exception cref="InvalidDataException">When the file is missing, a line is malformed, a name is not a Lingua language,
    /// or a code repeats; the message names the file and line.</exception>
    public static IReadOnlyList<(string Code, Lingua.Language Language)> Load()
    {
        return Parse(DataFiles.ReadEmbedded(typeof(CandidateLanguages).Assembly, ResourceName), ResourceName);
    }

    /// <summary>Parses the two-column TSV (code, Lingua name); <paramref name="fileName"/> is named in errors.</summary>
    /// <exception cref="InvalidDataException">On a malformed line, an unknown language or a repeated code.</exception>
    public static IReadOnlyList<(string Code, Lingua.Language Language)> Parse(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var languages = new List<(string, Lingua.Language)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (DataLine entry in DataFiles.Lines(content, fileName))
        {
            (string line, string where, string[] columns) = (entry.Text, entry.Where, entry.Columns);
            if (columns.Length != 2 || columns[0].Length != 2 || !columns[0].All(char.IsAsciiLetterLower))
            {
                throw new InvalidDataException($"{where}: expected a two-letter lowercase ISO 639-1 code, a TAB and a Lingua language name: '{line}'.");
            }

            if (!Enum.TryParse(columns[1], ignoreCase: false, out Lingua.Language language) || language == Lingua.Language.Unknown
                || !Enum.IsDefined(language) || int.TryParse(columns[1], out _))
            {
                throw new InvalidDataException($"{where}: '{columns[1]}' is not a language of the Lingua library.");
            }

            if (!codes.Add(columns[0]))
            {
                throw new InvalidDataException($"{where}: code '{columns[0]}' is listed twice.");
            }

            languages.Add((columns[0], language));
        }

        if (languages.Count == 0)
        {
            throw new InvalidDataException($"{fileName}: no languages found.");
        }

        return languages;
    }
}
