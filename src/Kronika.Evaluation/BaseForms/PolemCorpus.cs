namespace Kronika.Evaluation.BaseForms;

/// <summary>Reads the KPWr named-entity base-form files that Polem is evaluated on (<c>kpwr-1.2-ne-tune-fix.tsv</c>):
/// TAB-separated gold base form, surface form, token bases, tags, spacing flags, category.</summary>
/// <remarks>The token bases and tags are a tagger's and are not read: Kronika works from the surface form.</remarks>
public static class PolemCorpus
{
    /// <summary>Every name of the file, in file order.</summary>
    /// <exception cref="InvalidDataException">When a line has fewer than six columns.</exception>
    public static IReadOnlyList<BaseFormItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var items = new List<BaseFormItem>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 6)
            {
                throw new InvalidDataException($"{path}:{number}: expected at least 6 TAB-separated columns, found {columns.Length}.");
            }

            items.Add(new BaseFormItem(columns[1], columns[0], columns[5]));
        }

        return items;
    }
}
