using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Kronika.Evaluation.Sentences;

/// <summary>Reads the NKJP named-entity corpus in IOB form (<c>pl-ner-nkjp/*.iob.gz</c>): TAB-separated lines
/// orth, base, ctag, label; <c>-DOCSTART FILE name</c> opens a document; a blank line ends a sentence.</summary>
/// <remarks>Only orth, the agglutinate flag (ctag starting "aglt") and the sentence breaks are kept: the base and ctag
/// columns are not disambiguated gold (see the data README) and the labels are not needed here.</remarks>
public static class NkjpCorpus
{
    /// <summary>Reads a file, gzipped when its name ends in ".gz".</summary>
    /// <exception cref="InvalidDataException">When a token line has fewer than three columns; the message names the line.</exception>
    public static IReadOnlyList<NkjpDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads the corpus from <paramref name="reader"/>; <paramref name="source"/> is named in errors.</summary>
    /// <exception cref="InvalidDataException">When a token line has fewer than three columns.</exception>
    public static IReadOnlyList<NkjpDocument> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<NkjpDocument>();
        string? name = null;
        var tokens = ImmutableArray.CreateBuilder<NkjpToken>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART", StringComparison.Ordinal))
            {
                if (line.StartsWith("-DOCSTART FILE", StringComparison.Ordinal))
                {
                    Flush(documents, name, tokens);
                    name = line["-DOCSTART FILE".Length..].Trim();
                }

                continue;
            }

            if (line.Length == 0)
            {
                EndSentence(tokens);
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 3 || columns[0].Length == 0)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected orth, base, ctag and label separated by TABs: '{line}'.");
            }

            tokens.Add(new NkjpToken(columns[0], columns[2].StartsWith("aglt", StringComparison.Ordinal), EndsSentence: false));
        }

        Flush(documents, name, tokens);
        return documents;
    }

    private static void EndSentence(ImmutableArray<NkjpToken>.Builder tokens)
    {
        if (tokens.Count > 0)
        {
            tokens[^1] = tokens[^1] with { EndsSentence = true };
        }
    }

    private static void Flush(List<NkjpDocument> documents, string? name, ImmutableArray<NkjpToken>.Builder tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        EndSentence(tokens);
        documents.Add(new NkjpDocument(name ?? $"document {documents.Count + 1}", tokens.DrainToImmutable()));
    }
}
