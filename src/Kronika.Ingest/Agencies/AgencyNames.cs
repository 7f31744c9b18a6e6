using System.Collections.Frozen;
using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Agencies;

/// <summary>Canonical names of news agencies, from <c>Agencies/Data/agencies.tsv</c>.</summary>
/// <remarks>Loaded once on first use; immutable and safe from many threads.</remarks>
public static class AgencyNames
{
    private const string DataName = "Agencies/Data/agencies.tsv";
    private static readonly Lazy<(FrozenDictionary<string, Agency> ByKey, IReadOnlyList<Agency> All)> _data = new(Load);

    /// <summary>Every agency in the data file, in file order.</summary>
    public static IReadOnlyList<Agency> All => _data.Value.All;

    /// <summary>The canonical name of the agency credited as <paramref name="name"/>, or null when none is known.</summary>
    /// <remarks>Case, diacritics, white space and punctuation are ignored: "unian", "UNIAN" and "Unian." resolve alike.</remarks>
    public static string? Resolve(string? name) => Find(name)?.Name;

    /// <summary>The agency credited as <paramref name="name"/>, or null when none is known.</summary>
    public static Agency? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        string key = KeyOf(name);
        return key.Length > 0 && _data.Value.ByKey.TryGetValue(key, out Agency? agency) ? agency : null;
    }

    /// <summary>The lookup key: folded letters and digits only.</summary>
    internal static string KeyOf(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = TextFold.Fold(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static (FrozenDictionary<string, Agency>, IReadOnlyList<Agency>) Load()
    {
        var byKey = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var all = new List<Agency>();
        foreach ((int line, string[] columns) in DataFile.Read(DataName, 3))
        {
            string[] names = columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns[1].Length != 3)
            {
                throw new InvalidDataException($"{DataName}:{line}: country '{columns[1]}' is not an ISO alpha-3 code.");
            }

            var agency = new Agency(columns[0], columns[1], [columns[0], .. names]);
            all.Add(agency);
            foreach (string name in agency.Names)
            {
                string key = KeyOf(name);
                if (byKey.TryGetValue(key, out Agency? other) && other.Name != agency.Name)
                {
                    throw new InvalidDataException($"{DataName}:{line}: name '{name}' already belongs to {other.Name}.");
                }

                byKey[key] = agency;
            }
        }

        return (byKey.ToFrozenDictionary(StringComparer.Ordinal), all);
    }
}
