using System.Text.Json;

namespace Kronika.Evaluation;

/// <summary>Finds, reads and locates <c>kronika-gold/1</c> files and the articles they describe.</summary>
public static class GoldFile
{
    /// <summary>The file name ending that marks a gold file.</summary>
    public const string Extension = ".gold.json";

    /// <summary>Reads the gold file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not valid <c>kronika-gold/1</c> JSON; the message names the file.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static GoldArticle Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json = File.ReadAllText(path);
        GoldArticle? gold;
        try
        {
            gold = JsonSerializer.Deserialize(json, GoldJsonContext.Default.GoldArticle);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not a {GoldArticle.CurrentFormat} file: {exception.Message}", exception);
        }

        if (gold is null)
        {
            throw new InvalidDataException($"{path}: not a {GoldArticle.CurrentFormat} file: the JSON is null.");
        }

        if (!string.Equals(gold.Format, GoldArticle.CurrentFormat, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: format is '{gold.Format}', expected '{GoldArticle.CurrentFormat}'.");
        }

        return WithoutNulls(gold);
    }

    /// <summary>Gold files may leave a list out. The source-generated reader then sets it to null despite the
    /// initialiser (init-only properties are all assigned), so absent lists are made empty here, once.</summary>
    private static GoldArticle WithoutNulls(GoldArticle gold) => gold with
    {
        Junk = gold.Junk ?? [],
        Captions = gold.Captions ?? [],
        Entities = [.. (gold.Entities ?? []).Select(entity => entity with { Names = entity.Names ?? [], Mentions = entity.Mentions ?? [] })],
        Events = [.. (gold.Events ?? []).Select(happening => happening with
        {
            Source = happening.Source ?? [],
            Target = happening.Target ?? [],
            Evidence = happening.Evidence ?? [],
        })],
        Quotes = gold.Quotes ?? [],
    };

    /// <summary>The gold files named by <paramref name="filesOrDirectories"/>: a file stands for itself; a folder for every
    /// <c>*.gold.json</c> under it, at any depth, in ordinal order. Full paths, each once, in the order given.</summary>
    /// <exception cref="FileNotFoundException">When a path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> filesOrDirectories)
    {
        ArgumentNullException.ThrowIfNull(filesOrDirectories);
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in filesOrDirectories)
        {
            if (File.Exists(path))
            {
                Add(Path.GetFullPath(path), found, seen);
            }
            else if (Directory.Exists(path))
            {
                string[] files = Directory.GetFiles(path, "*" + Extension, SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    Add(Path.GetFullPath(file), found, seen);
                }
            }
            else
            {
                throw new FileNotFoundException($"No gold file or folder at '{path}'.", path);
            }
        }

        return found;
    }

    /// <summary>The full path of the article <paramref name="gold"/> describes: its <see cref="GoldArticle.Article"/> path taken
    /// relative to the gold file's folder, else to that folder's parent (gold/ and seeds/ side by side), whichever exists first.</summary>
    /// <exception cref="FileNotFoundException">When neither exists; the message names both paths tried.</exception>
    public static string ResolveArticle(string goldPath, GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(gold);
        string folder = Path.GetDirectoryName(Path.GetFullPath(goldPath)) ?? Path.GetFullPath(".");
        string beside = Path.GetFullPath(Path.Combine(folder, gold.Article));
        if (File.Exists(beside))
        {
            return beside;
        }

        string? parent = Path.GetDirectoryName(folder);
        string above = parent is null ? beside : Path.GetFullPath(Path.Combine(parent, gold.Article));
        if (File.Exists(above))
        {
            return above;
        }

        throw new FileNotFoundException($"The article '{gold.Article}' of {goldPath} is neither at '{beside}' nor at '{above}'.", beside);
    }

    private static void Add(string path, List<string> found, HashSet<string> seen)
    {
        if (seen.Add(path))
        {
            found.Add(path);
        }
    }
}
