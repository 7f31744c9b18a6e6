using System.Globalization;
using System.Text.Json;
using Kronika.Testing;

namespace Kronika.Eval;

/// <summary>The floors in eval/floors.json: each gate's measured figures, which a change must not push below.</summary>
internal static class Floors
{
    private static readonly Lazy<JsonElement> _floors = new(() =>
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "eval", "floors.json");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.Clone();
    });

    /// <summary>Fails when <paramref name="value"/> is below the floor <c>floors.json[gate][measure]</c>.</summary>
    public static void AssertAtLeast(string gate, string measure, double value)
    {
        double floor = _floors.Value.GetProperty(gate).GetProperty(measure).GetDouble();
        Assert.True(value >= floor, string.Create(CultureInfo.InvariantCulture, $"{gate} {measure} {value:F4} fell below its floor {floor:F4}."));
    }
}
