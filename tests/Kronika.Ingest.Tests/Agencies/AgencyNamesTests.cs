using Kronika.Ingest.Agencies;

namespace Kronika.Ingest.Tests.Agencies;

public sealed class AgencyNamesTests
{
    [Theory]
    [InlineData("Unian", "UNIAN")]
    [InlineData("UNIAN", "UNIAN")]
    [InlineData("unian.", "UNIAN")]
    [InlineData("Polska Agencja Prasowa", "PAP")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Associated Press", "AP")]
    [InlineData("RIA Nowosti", "RIA Novosti")]
    [InlineData("R.I.A. Novosti", "RIA Novosti")]
    [InlineData("Ukraińska Prawda", "Ukrainska Pravda")]
    [InlineData("ITAR-TASS", "TASS")]
    [InlineData("Biełta", "BelTA")]
    [InlineData("Wirtualna Polska", "WP")]
    [InlineData("Gazeta Lubuska", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Credited_names_resolve_to_the_canonical_name(string? name, string? expected)
    {
        Assert.Equal(expected, AgencyNames.Resolve(name));
    }

    [Theory]
    [InlineData(30)]
    public void The_data_file_has_enough_agencies_each_with_a_country(int atLeast)
    {
        Assert.True(AgencyNames.All.Count >= atLeast);
        Assert.All(AgencyNames.All, agency => Assert.Matches("^[A-Z]{3}$", agency.Country));
        Assert.All(AgencyNames.All, agency => Assert.Equal(agency.Name, AgencyNames.Resolve(agency.Name)));
    }
}
