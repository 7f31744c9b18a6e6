using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Kronika.Evaluation.Ner;

/// <summary>Reads the NKJP named-entity corpus in IOB form (<c>pl-ner-nkjp/*.iob.gz</c>) as sentences of tokens with
/// BIO labels over the top-level classes persName, orgName, placeName and geogName.</summary>
/// <remarks>A token's label joins nested annotations with '#', outermost first ("B-persName#B-persName-forename"); the
/// first component whose class (before any '-' or '_' subtype) is one of the four is kept, the rest (dates, times,
/// subtypes) dropped. The base and ctag columns are not read: they are not disambiguated gold.</remarks>
public static class NkjpNerCorpus
{
    /// <summary>The top-level classes kept.</summary>
    public static ImmutableArray<string> Classes { get; } = ["persName", "orgName", "placeName", "geogName"];

    /// <summary>Reads a file, gzipped when its name ends in ".gz".</summary>
    /// <exception cref="InvalidDataException">When a token line lacks its label; the message names the line.</exception>
    public static IReadOnlyList<NerSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sentences = new List<NerSentence>();
        string document = string.Empty;
        var tokens = ImmutableArray.CreateBuilder<string>();
        var labels = ImmutableArray.CreateBuilder<string>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith("-DOCSTART", StringComparison.Ordinal) || line.Length == 0)
            {
                Flush(sentences, document, tokens, labels);
                if (line.StartsWith("-DOCSTART FILE", StringComparison.Ordinal))
                {
                    document = line["-DOCSTART FILE".Length..].Trim();
                }

                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 4 || columns[0].Length == 0)
            {
                throw new InvalidDataException($"{path}:{number}: expected orth, base, ctag and label separated by TABs.");
            }

            tokens.Add(columns[0]);
            labels.Add(TopLevel(columns[3]));
        }

        Flush(sentences, document, tokens, labels);
        return sentences;
    }

    /// <summary>The documents held out from training for evaluation: every tenth, by order of first appearance
    /// (indexes 9, 19, 29...). <c>kronika train ner</c> trains on the rest; eval/ scores on these.</summary>
    public static HashSet<string> HeldOut(IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = sentences.Select(sentence => sentence.Document).Distinct(StringComparer.Ordinal).ToList();
        return [.. documents.Where((_, index) => index % 10 == 9)];
    }

    /// <summary>The BIO label of the outermost annotation of a top-level class, or "O".</summary>
    public static string TopLevel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (string part in label.Split('#'))
        {
            if (part.Length < 3 || part[1] != '-' || part[0] is not ('B' or 'I'))
            {
                continue;
            }

            string name = part[2..];
            int subtype = name.IndexOfAny(['-', '_']);
            string type = subtype < 0 ? name : name[..subtype];
            if (Classes.Contains(type))
            {
                return part[..2] + type;
            }
        }

        return "O";
    }

    private static void Flush(List<NerSentence> sentences, string document, ImmutableArray<string>.Builder tokens, ImmutableArray<string>.Builder labels)
    {
        if (tokens.Count > 0)
        {
            sentences.Add(new NerSentence(document, tokens.ToImmutable(), labels.ToImmutable()));
        }

        tokens.Clear();
        labels.Clear();
    }
}
