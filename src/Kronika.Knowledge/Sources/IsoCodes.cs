using System.Text.Json;

namespace Kronika.Knowledge.Sources;

/// <summary>Writes <c>Data/countries.iso.tsv</c> from Debian's iso-codes: ISO 3166-1 codes and English short and
/// official names from <c>iso_3166-1.json</c>, their Polish translations from the Polish <c>iso_3166-1.mo</c>
/// (the catalogue's keys are the English names). Used by the generation step (Data/generate.sh); the knowledge base
/// reads the committed file, never the package.</summary>
public static class IsoCodes
{
    /// <summary>Where Debian installs the ISO 3166-1 table.</summary>
    public const string JsonPath = "/usr/share/iso-codes/json/iso_3166-1.json";

    /// <summary>Where Debian installs its Polish translations.</summary>
    public const string PolishCatalogPath = "/usr/share/locale/pl/LC_MESSAGES/iso_3166-1.mo";

    /// <summary>The columns of the generated file.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["alpha2", "alpha3", "numeric", "name_en", "official_en", "common_en", "name_pl", "official_pl", "source", "as_of"];

    /// <summary>The generated file's text, records sorted by alpha-2 code.</summary>
    /// <param name="jsonPath">iso_3166-1.json.</param>
    /// <param name="polishCatalogPath">The Polish iso_3166-1.mo.</param>
    /// <param name="source">The <c>source</c> of every record (the package and its version).</param>
    /// <param name="asOf">The <c>as_of</c> of every record (YYYY-MM).</param>
    /// <exception cref="InvalidDataException">The JSON lacks the 3166-1 list or an entry lacks a code or name.</exception>
    public static string Generate(string jsonPath, string polishCatalogPath, string source, string asOf)
    {
        MoCatalog polish = MoCatalog.Read(polishCatalogPath);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        if (!json.RootElement.TryGetProperty("3166-1", out JsonElement list))
        {
            throw new InvalidDataException($"{jsonPath}: no \"3166-1\" list.");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (JsonElement entry in list.EnumerateArray())
        {
            string alpha2 = Required(entry, "alpha_2", jsonPath);
            string name = Required(entry, "name", jsonPath);
            string official = Optional(entry, "official_name");
            rows.Add([
                alpha2,
                Required(entry, "alpha_3", jsonPath),
                Required(entry, "numeric", jsonPath),
                name,
                official,
                Optional(entry, "common_name"),
                polish.Translate(name) ?? "",
                official.Length == 0 ? "" : polish.Translate(official) ?? "",
                source,
                asOf,
            ]);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        string[] comments =
        [
            "ISO 3166-1 codes with English and Polish names, generated; do not edit by hand (see Data/README.md).",
            $"Source: {source} (LGPL-2.1+): {Path.GetFileName(jsonPath)} and pl/LC_MESSAGES/{Path.GetFileName(polishCatalogPath)}.",
            "Regenerate: src/Kronika.Knowledge/Data/generate.sh. name_pl/official_pl are empty where the catalogue has no translation.",
        ];
        return TsvTable.Write(comments, Header, rows);
    }

    private static string Required(JsonElement entry, string property, string file) =>
        entry.TryGetProperty(property, out JsonElement value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{file}: an entry lacks \"{property}\".");

    private static string Optional(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out JsonElement value) ? value.GetString() ?? "" : "";
}
