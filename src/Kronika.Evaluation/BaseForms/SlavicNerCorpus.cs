using System.Globalization;

namespace Kronika.Evaluation.BaseForms;

/// <summary>Reads the SlavicNER gold mentions with their base forms: <c>ner/TOPIC/FILE.tsv</c> lines
/// <c>start end surface lemma type id</c>, offsets into the raw file <c>raw/TOPIC/FILE.txt</c>.</summary>
public static class SlavicNerCorpus
{
    /// <summary>The raw texts by their path relative to <c>raw/</c>, and every gold mention, in a stable order.</summary>
    /// <exception cref="InvalidDataException">When a line is malformed or a raw file is missing.</exception>
    public static (IReadOnlyDictionary<string, string> Texts, IReadOnlyList<BaseFormItem> Mentions) Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        string nerRoot = Path.Combine(root, "ner");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentions = new List<BaseFormItem>();
        foreach (string tsv in Directory.GetFiles(nerRoot, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(nerRoot, tsv)[..^".tsv".Length] + ".txt";
            string rawPath = Path.Combine(root, "raw", relative);
            if (!File.Exists(rawPath))
            {
                throw new InvalidDataException($"{tsv}: its raw text {rawPath} is missing.");
            }

            string text = File.ReadAllText(rawPath);
            texts[relative] = text;
            int number = 0;
            foreach (string line in File.ReadLines(tsv))
            {
                number++;
                string[] columns = line.Split('\t');
                if (columns.Length < 5 || !int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start))
                {
                    continue;
                }

                if (start + columns[2].Length > text.Length)
                {
                    throw new InvalidDataException($"{tsv}:{number}: the mention ends past its text.");
                }

                mentions.Add(new BaseFormItem(columns[2], columns[3], columns[4], relative, start));
            }
        }

        return (texts, mentions);
    }
}
