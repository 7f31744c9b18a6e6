namespace Kronika.Cli.Tests.Commands;

public sealed class BaseFormSearchTests : IDisposable
{
    private const string Article = """
        Putin rozmawiał z Łukaszenką

        Prezydent Rosji Władimir Putin rozmawiał w piątek telefonicznie z Aleksandrem Łukaszenką. Według Kremla rozmowa dotyczyła współpracy z Koreą Północną.

        Putin podziękował Łukaszence za wsparcie i zaprosił go na szczyt do Moskwy, gdzie mają podpisać umowy gospodarcze.
        """;

    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "kronika.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("łukaszenka", 1)]
    [InlineData("Łukaszenka Putin", 1)]
    [InlineData("korea północna", 1)]
    [InlineData("moskwa", 1)]
    [InlineData("rozmawiać", 1)]
    [InlineData("mińsk", 0)]
    public void Search_finds_an_article_by_the_base_forms_of_its_words_and_names(string search, int expected)
    {
        CliRun.Run(["ingest", _folder.Write("putin.txt", Article), "--db", Database]);

        CliRun.Result result = CliRun.Run(["query", "articles", "--search", search, "--json", "--db", Database]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.OutputLines.Length);
    }
}
