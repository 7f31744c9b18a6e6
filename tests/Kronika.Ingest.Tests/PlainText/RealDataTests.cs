using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Testing;

namespace Kronika.Ingest.Tests.PlainText;

/// <summary>Real scraped texts nobody here wrote (SlavicNER raw: title, blank line, body; PolNeAR texts) read soundly.</summary>
public sealed class RealDataTests
{
    [Theory]
    [InlineData("data/pl-entities-slavicner/raw", 800)]
    [InlineData("data/en-quotes-polnear/dev/text", 80)]
    public void Every_file_reads_with_its_first_line_as_title_and_regions_that_map_back(string folder, int atLeast)
    {
        string[] files = Directory.GetFiles(SharedData.Require(folder), "*.txt", SearchOption.AllDirectories);
        Assert.True(files.Length >= atLeast, $"{files.Length} files in {folder}");
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            string raw = Encoding.UTF8.GetString(bytes);
            Document document = ReadHelper.Read(bytes, raw);
            Assert.Null(document.Rejection);
            // The first line is the title unless cleaning removed it as debris ("Podziel się ..." share widgets).
            if (!document.Removed.Any(removal => removal.Source.Start == 0))
            {
                string firstLine = DocumentDump.Normalize(raw.TrimStart('\uFEFF').Split('\n')[0]);
                Assert.Equal(firstLine, document.TextOf(RegionType.Title));
            }

            // Body text starts with a lead; a paragraph never comes without one.
            Assert.True(document.TextOf(RegionType.Paragraph) is null || document.TextOf(RegionType.Lead) is not null, file);
        }
    }
}
