using System.Text;

namespace Kronika.Contract.Tests;

public sealed class HostileJsonTests
{
    private const string Alphabet = "{}[]\":,-0a\\ ";

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 500)]
    public void Validate_never_throws_on_random_or_mangled_input(int seed, int cases)
    {
        var random = new Random(seed);
        string valid = KronikaJson.Serialize(SampleRecords.Full());
        for (int index = 0; index < cases; index++)
        {
            string json = (index % 3) switch
            {
                0 => RandomText(random, random.Next(0, 200)),
                1 => Mangle(valid, random),
                _ => valid[..random.Next(0, valid.Length)],
            };

            IReadOnlyList<string> errors = KronikaSchema.Validate(json);

            // Mangling may leave a valid record (a changed letter in a URL); what must never happen is an exception.
            Assert.NotNull(errors);
            Assert.True(errors.Count > 0 || index % 3 == 1, json);
        }
    }

    [Theory]
    [InlineData(10_000)]
    public void Deeply_nested_json_is_refused_not_a_crash(int depth)
    {
        string json = new string('[', depth) + new string(']', depth);

        Assert.NotEmpty(KronikaSchema.Validate(json));
    }

    [Theory]
    [InlineData("\"text\":\"", "\ud800\u0000\u202e")]
    public void Odd_characters_in_the_text_still_round_trip_through_json(string find, string insert)
    {
        AnalysisRecord record = SampleRecords.Full();
        string json = KronikaJson.Serialize(record);
        Assert.Contains(find, json, StringComparison.Ordinal);
        AnalysisRecord odd = record with { Article = record.Article with { Text = insert + record.Article.Text[insert.Length..] } };

        AnalysisRecord back = KronikaJson.Deserialize(KronikaJson.Serialize(odd));

        Assert.Equal(odd.Article.Text.Length, back.Article.Text.Length);
        Assert.DoesNotContain(KronikaSchema.Validate(KronikaJson.Serialize(back)), error => !error.Contains("/mentions/", StringComparison.Ordinal));
    }

    private static string Mangle(string json, Random random)
    {
        var builder = new StringBuilder(json);
        for (int edit = 0; edit < 3; edit++)
        {
            int at = random.Next(builder.Length);
            builder[at] = Alphabet[random.Next(Alphabet.Length)];
        }

        return builder.ToString();
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (int index = 0; index < length; index++)
        {
            builder.Append((char)random.Next(0, 0x3000));
        }

        return builder.ToString();
    }
}
