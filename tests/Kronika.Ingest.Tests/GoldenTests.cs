using System.Text;
using Kronika.Core;
using Kronika.Testing;

namespace Kronika.Ingest.Tests;

public sealed class GoldenTests
{
    private const string Folder = "tests/Kronika.Ingest.Tests/Golden";

    public static TheoryData<string> Names() =>
        [.. Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, Folder), "*.input.txt")
            .Select(path => Path.GetFileName(path)[..^".input.txt".Length]).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Hand_written_article_reads_as_its_golden_dump(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, Folder, name + ".input.txt"));
        Document document = ReadHelper.Read(bytes, Encoding.UTF8.GetString(bytes));
        Golden.Check($"{Folder}/{name}.expected.txt", DocumentDump.Of(document));
    }

    [Theory]
    [InlineData("seeds/000_a6450bc0721d6666.txt")]
    public void Seed_article_reads_as_its_golden_dump(string relative)
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Require(relative));
        Document document = ReadHelper.Read(bytes, Encoding.UTF8.GetString(bytes));
        Golden.Check($"{Folder}/seed.expected.txt", DocumentDump.Of(document));
    }
}
