namespace Kronika.Core.Tests;

public sealed class DataFilesTests
{
    [Theory]
    [InlineData("# header\r\n\nm.in.\tno\r\n# note\nr.\tyes", "2:3:m.in.|no;2:5:r.|yes")]
    [InlineData("", "")]
    public void Lines_skip_comments_and_blanks_and_keep_line_numbers(string content, string expected)
    {
        IEnumerable<string> lines = DataFiles.Lines(content, "test.tsv")
            .Select(line => $"{line.Columns.Length}:{line.Number}:{string.Join('|', line.Columns)}");
        Assert.Equal(expected, string.Join(';', lines));
    }

    [Theory]
    [InlineData("No/Such/file.tsv")]
    public void A_missing_resource_is_an_error_that_names_it(string name)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => DataFiles.ReadEmbedded(typeof(DataFiles).Assembly, name));
        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }
}
