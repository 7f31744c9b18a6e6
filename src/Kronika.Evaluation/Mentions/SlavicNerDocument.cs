using System.Globalization;

namespace Kronika.Evaluation.Mentions;

/// <summary>One SlavicNER article: its raw text and gold mentions.</summary>
/// <param name="Topic">The topic folder ("brexit", "covid-19").</param>
/// <param name="Name">The file path relative to <c>raw/</c>.</param>
/// <param name="Text">The raw text (title, blank line, body).</param>
/// <param name="Mentions">The gold mentions in file order.</param>
public sealed record SlavicNerDocument(string Topic, string Name, string Text, IReadOnlyList<GoldMention> Mentions)
{
    /// <summary>Every article of the corpus at <paramref name="root"/> (<c>raw/TOPIC/*.txt</c> with <c>ner/TOPIC/*.tsv</c>:
    /// <c>start end surface lemma type id</c>), in a stable order. An article without a gold file has no mentions.</summary>
    /// <exception cref="InvalidDataException">When a gold line is malformed or points past its text.</exception>
    public static IReadOnlyList<SlavicNerDocument> ReadAll(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        string rawRoot = Path.Combine(root, "raw");
        var documents = new List<SlavicNerDocument>();
        foreach (string raw in Directory.GetFiles(rawRoot, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string name = Path.GetRelativePath(rawRoot, raw);
            string topic = name.Split(Path.DirectorySeparatorChar)[0];
            string text = File.ReadAllText(raw);
            string gold = Path.Combine(root, "ner", name[..^".txt".Length] + ".tsv");
            documents.Add(new SlavicNerDocument(topic, name, text, File.Exists(gold) ? Read(gold, text) : []));
        }

        return documents;
    }

    private static List<GoldMention> Read(string path, string text)
    {
        var mentions = new List<GoldMention>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 6
                || !int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end <= start || end > text.Length)
            {
                throw new InvalidDataException($"{path}:{number}: not 'start end surface lemma type id' inside the text");
            }

            mentions.Add(new GoldMention(start, end, columns[2], columns[3], columns[4], columns[5]));
        }

        return mentions;
    }
}
